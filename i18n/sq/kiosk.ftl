# The visitor kiosk and the printed slip. Short sentences, everyday words.
# Kioska për vizitorët dhe bileta e shtypur. Fjali të shkurtra, fjalë të përditshme.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = Shqip
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = sq_AL
date-format = %A %-d %B

kiosk-choose-language = Zgjidhni gjuhën
kiosk-change-language = Ndryshoni gjuhën
kiosk-start-again = Filloni nga e para
kiosk-today-title = Çfarë ju duhet sot?
kiosk-back = Prapa
kiosk-my-choices = Zgjedhjet e mia
kiosk-take-number = Merrni një numër
kiosk-confirm-title = Zgjedhjet tuaja
kiosk-remove = Hiqni
kiosk-add-another = Shtoni një shërbim tjetër
kiosk-print = Printoni biletën
kiosk-printing = Po printohet bileta juaj…
kiosk-take-slip = Merrni biletën
kiosk-print-failed = Printeri nuk punoi. Vendi juaj është ruajtur: kërkojini stafit ta printojë biletën tuaj.
kiosk-your-code = Kodi juaj
kiosk-show-slip = Tregoni biletën ose këtë kod te sporteli.
kiosk-still-there = Jeni ende këtu?
kiosk-im-here = Jam këtu

kiosk-status-closed-today = Mbyllur sot
kiosk-status-over = Mbyllur për sot
kiosk-status-opens = Hapet në orën { $time }
kiosk-status-free = Ka vend në orën { $time } · { $free ->
    [one] { $free } vend
   *[other] { $free } vende
}
kiosk-status-calling = Po thërrasim numrin { $number } · { $waiting ->
    [0] pa pritje
    [one] { $waiting } person në pritje
   *[other] { $waiting } persona në pritje
}
kiosk-status-full = Plot për sot
kiosk-status-queue = { $waiting ->
    [0] Pa pritje
    [one] { $waiting } person në pritje · rreth { $minutes } min
   *[other] { $waiting } persona në pritje · rreth { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] { $free } vend
   *[other] { $free } vende
}
kiosk-slot-full = Plot
kiosk-slot-past = Ka kaluar
kiosk-slot-soon = Po fillon
kiosk-when-queue = Një numër në radhë · { $waiting ->
    [0] pa pritje
    [one] { $waiting } person në pritje
   *[other] { $waiting } persona në pritje
}
kiosk-when-number = Numri { $number }

kiosk-problem-full = { $service }: kjo orë sapo u zu. Ju lutemi, zgjidhni një tjetër.
kiosk-problem-closed = Shërbimi { $service } është i mbyllur tani.
kiosk-problem-other = { $service } nuk mund të rezervohet tani. Ju lutemi, pyesni stafin.
kiosk-problem-failed = Diçka nuk shkoi dhe nuk u rezervua asgjë. Provoni përsëri ose pyesni stafin.

slip-number = Nr. { $number }
slip-instruction = Tregojeni këtë biletë te sporteli.
kiosk-problem-unavailable = Kioska nuk mund të rezervojë tani. Ju lutemi, pyesni stafin.
kiosk-problem-again = { $service } u rezervua këtu pak më parë. Nëse ju duhet një vend tjetër, ju lutemi, pyesni stafin.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = Sa vjeç jeni?
kiosk-question-gender = Jeni…
kiosk-question-housing = Ku fjetët natën e kaluar?
kiosk-question-first_visit = A është hera e parë që vini këtu?
kiosk-answer-age_band-under-25 = Nën 25
kiosk-answer-age_band-25-39 = Nga 25 deri në 39
kiosk-answer-age_band-40-59 = Nga 40 deri në 59
kiosk-answer-age_band-60-plus = 60 ose më shumë
kiosk-answer-gender-woman = Grua
kiosk-answer-gender-man = Burrë
kiosk-answer-gender-other = Tjetër
kiosk-answer-housing-home = Në shtëpi
kiosk-answer-housing-friends = Te miqtë ose te familja
kiosk-answer-housing-shelter = Në një qendër strehimi
kiosk-answer-housing-outside = Në rrugë
kiosk-answer-first_visit-yes = Po, hera e parë
kiosk-answer-first_visit-no = Jo, kam qenë këtu edhe më parë
kiosk-answer-declined = Preferoj të mos e them
kiosk-question-skip = Kaloni këtë pyetje
kiosk-question-why = Është anonime: i ndihmon qendrës të planifikojë. Përgjigjja juaj nuk shkruhet në biletë.
kiosk-question-progress = Pyetja { $number } nga { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Thërrisni stafin
kiosk-help-ask = Ju duhet ndihmë tani?
kiosk-help-ask-detail = Dikush nga stafi do të vijë te kjo kioskë.
kiosk-help-yes = Po, thërrisni stafin
kiosk-help-no = Jo, kthehuni prapa
kiosk-help-sent = Dikush nga stafi po vjen.
kiosk-help-already = Stafi është thirrur tashmë.
kiosk-help-stay = Ju lutemi, qëndroni pranë kioskës.
kiosk-help-failed = Thirrja nuk shkoi.
kiosk-help-failed-detail = Ju lutemi, pyesni këdo te recepsioni.
kiosk-help-ok = Në rregull

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Dëgjoni këtë ekran
kiosk-speech-today = Prekni një shërbim për të parë oraret.
kiosk-speech-queue = Prekni „Merrni një numër” për të marrë numrin tuaj.
kiosk-speech-slots = Prekni një orë për ta rezervuar.
kiosk-speech-confirm = Prekni „Printoni biletën” për të marrë biletën tuaj.
kiosk-speech-question = Prekni një përgjigje, ose kaloni pyetjen.

# Standby when a service is full today.
kiosk-standby = Prisni një vend të lirë
kiosk-standby-detail = Nëse dikush heq dorë nga vendi, e thërrasim numrin tuaj në ekranin e sallës së pritjes.
kiosk-when-standby = Lista e pritjes, numri { $number }
slip-standby = Lista e pritjes nr. { $number }
slip-instruction-standby = Shikoni ekranin: e thërrasim numrin tuaj kur lirohet një vend.
