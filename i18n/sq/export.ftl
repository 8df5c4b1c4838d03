# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Shkruan shërbimet e qendrës për një program tjetër: hsds për udhëzuesin e shërbimeve të një qyteti
cli-cmd-hsds = Shkruan shërbimet aktive, oraret e tyre, ditët e mbyllura dhe gjuhët si skedarë JSON Open Referral HSDS 3.0
cli-arg-out-dir = Dosja ku do të shkruhen skedarët (krijohet nëse mungon)
export-hsds-written = { $count ->
    [one] { $count } shërbim u rendit në skedarët HSDS në { $path }
   *[other] { $count } shërbime u renditën në skedarët HSDS në { $path }
}
export-hsds-cannot-write = Në dosjen { $path } nuk mund të shkruhet ({ $detail }). Zgjidhni një dosje tjetër me --out
export-hsds-failed = Skedarët HSDS nuk mund të përgatiteshin ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: qendër ditore pritjeje për njerëz në vështirësi. Shërbimet rezervohen te kioska në hyrje, pa dhënë emrin
hsds-apply-slots = Rezervoni një orar te kioska në hyrje, pa dhënë emrin tuaj, dhe sillni biletën e shtypur te sporteli
hsds-apply-queue = Merrni një numër te kioska në hyrje, pa dhënë emrin tuaj, dhe prisni të thirreni
hsds-closed = Mbyllur në këtë ditë
hsds-special-hours = Orar i veçantë në këtë ditë
hsds-language-name = { $code ->
    [it] italisht
    [ro] rumanisht
    [pa] panxhabisht
    [ar] arabisht
    [sq] shqip
    [en] anglisht
    [fr] frëngjisht
    [ur] urdu
    [uk] ukrainisht
    [es] spanjisht
   *[other] { $code }
}
