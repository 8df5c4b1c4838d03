# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Écrit les services de la structure pour un autre programme : hsds pour l'annuaire des services d'une ville
cli-cmd-hsds = Écrit les services actifs, leurs horaires, les jours de fermeture et les langues en fichiers JSON Open Referral HSDS 3.0
cli-arg-out-dir = Le dossier où écrire les fichiers (créé s'il manque)
export-hsds-written = { $count ->
    [one] { $count } service répertorié dans les fichiers HSDS de { $path }
   *[other] { $count } services répertoriés dans les fichiers HSDS de { $path }
}
export-hsds-cannot-write = Impossible d'écrire dans le dossier { $path } ({ $detail }). Choisissez un autre dossier avec --out
export-hsds-failed = Les fichiers HSDS n'ont pas pu être préparés ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site } : accueil de jour pour les personnes en difficulté. Les services se réservent à la borne de l'entrée, sans donner son nom
hsds-apply-slots = Réservez un horaire à la borne de l'entrée, sans donner votre nom, et apportez le ticket imprimé au guichet
hsds-apply-queue = Prenez un numéro à la borne de l'entrée, sans donner votre nom, et attendez qu'on vous appelle
hsds-closed = Fermé ce jour-là
hsds-special-hours = Horaires particuliers ce jour-là
hsds-language-name = { $code ->
    [it] italien
    [ro] roumain
    [pa] pendjabi
    [ar] arabe
    [sq] albanais
    [en] anglais
    [fr] français
    [ur] ourdou
    [uk] ukrainien
    [es] espagnol
   *[other] { $code }
}
