# The coordinator's console in the staff station (administrators only).
# Konsola e koordinatorit në postin e stafit (vetëm për administratorët).

station-console = Konsola
console-tab-services = Shërbimet
console-tab-staff = Stafi
console-tab-questions = Pyetjet

console-new-service = Shërbim i ri
console-new-account = Llogari e re
console-new-pin-for = PIN i ri për { $name }
console-edit = Ndryshoni
console-up = Lart
console-down = Poshtë
console-withdraw = Mos e ofroni më
console-offer = Ofrojeni përsëri
console-pin = PIN i ri
console-reset = Zhbllokoni
console-disable = Çaktivizoni
console-enable = Aktivizoni
console-make-admin = Bëjeni koordinator
console-make-staff = Bëjeni staf
console-ask = Pyetni
console-skip = Mos pyetni
console-save = Ruani
console-save-anyway = Ruani gjithsesi
console-cancel = Anuloni
console-yes = Po
console-no = Jo

console-mode-slots = Intervale orare
console-mode-queue = Numra në radhë
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } vend
   *[other] { $capacity } vende
}{ $active ->
    [no] {" "}· nuk ofrohet
   *[yes] {""}
}
console-account-active = mund të hyjë
console-account-disabled = e çaktivizuar
console-account-locked = e bllokuar pas PIN-eve të gabuar

console-question-age_band = Mosha: nën 25, 25–39, 40–59, 60 ose më shumë
console-question-gender = Gjinia: grua, burrë, tjetër
console-question-housing = Ku fjetën natën e kaluar: në shtëpi, te miqtë ose familja, në qendër strehimi, në rrugë
console-question-first_visit = Hera e parë këtu: po ose jo
console-question-asked = Pyetet në kioskë, pas gjuhës. Vizitorët mund ta kalojnë gjithmonë
console-question-not-asked = Nuk pyetet
console-questions-max = Më së shumti { $max } pyetje: secila është një ekran më shumë para shërbimeve

console-field-name = Emri
console-field-description = Përshkrim i shkurtër
console-field-name-in = Emri në { $language }
console-field-description-in = Përshkrimi i shkurtër në { $language }
console-field-icon = Figura
console-field-desk = Sporteli
console-field-mode = Vendet
console-field-slot = Minuta për interval
console-field-minutes = Minuta për person
console-field-capacity = Vende për interval, ose numra në ditë
console-field-per-visit = Më së shumti për një vizitë
console-field-dates = Ditë të veçanta: vetëm data do të thotë mbyllur, ose data me oraret e saj; ndani ditët me ;
console-field-discreet = Diskret: bileta tregon vetëm sportelin dhe orën
console-field-account-name = Emri
console-field-pin = PIN (nga 6 deri në 12 shifra)
console-field-role = Roli

console-missing-languages = Pa emër të vetin në: { $languages }. Këto gjuhë tregojnë emrin në italisht
console-italian-name-needed = Shkruani në fillim emrin në italisht: çdo gjuhë pa emër të vetin tregon atë
console-not-a-number = { $field }: shkruani një numër të plotë
console-bad-hours = { $field }: shkruani oraret si 09:00-12:00, disa të ndara me hapësira
console-bad-dates = { $field }: shkruani çdo ditë si 2026-12-25 (mbyllur) ose 2026-12-24 09:00-12:00, të ndara me ;
console-stranded = Këto rezervime do të mbeteshin jashtë orareve të reja. Mbeten të rezervuara: njoftoni vizitorët, ose prekni „Ruani gjithsesi”
console-slug-taken = Ekziston tashmë një shërbim me emrin „{ $slug }”
console-service-gone = Ndërkohë shërbimi është fshirë
console-unprintable = „{ $char }” (në emrin ose në përshkrimin në { $language }) nuk mund të printohet në biletë: hiqeni
console-scan-in-form = U skanua një biletë ndërsa ky formular është i hapur: nuk u shkrua në formular. Ruani ose anuloni formularin, pastaj skanoni përsëri biletën
console-name-needs-letters = Emri në italisht duhet të ketë të paktën një shkronjë nga a te z ose një shifër: prej tij bëhet edhe emri i shkurtër i shërbimit
console-withdraw-stranded = { $count ->
    [one] { $count } rezervim i këtij shërbimi ende nuk është shërbyer. Mbetet i rezervuar: prekni përsëri „Mos e ofroni më” për ta konfirmuar
   *[other] { $count } rezervime të këtij shërbimi ende nuk janë shërbyer. Mbeten të rezervuara: prekni përsëri „Mos e ofroni më” për ta konfirmuar
}
console-date-twice = { $field }: një ditë është shkruar dy herë. Shkruajeni çdo ditë vetëm një herë, me të gjitha oraret e saj
