# The visitor kiosk and the printed slip. Short sentences, everyday words.
# Chioșcul pentru vizitatori și bonul tipărit. Propoziții scurte, cuvinte de zi cu zi.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = Română
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = ro_RO
date-format = %A %-d %B

kiosk-choose-language = Alegeți limba
kiosk-change-language = Schimbați limba
kiosk-start-again = Începeți din nou
kiosk-today-title = De ce aveți nevoie azi?
kiosk-back = Înapoi
kiosk-my-choices = Ce am ales
kiosk-take-number = Luați un număr
kiosk-confirm-title = Ce ați ales
kiosk-remove = Scoateți
kiosk-add-another = Adăugați alt serviciu
kiosk-print = Tipăriți bonul
kiosk-printing = Se tipărește bonul…
kiosk-take-slip = Luați bonul
kiosk-print-failed = Imprimanta nu a mers. Locul dumneavoastră este păstrat: cereți personalului să vă tipărească bonul.
kiosk-your-code = Codul dumneavoastră
kiosk-show-slip = Arătați bonul sau acest cod la ghișeu.
kiosk-still-there = Mai sunteți aici?
kiosk-im-here = Sunt aici

kiosk-status-closed-today = Închis azi
kiosk-status-over = Închis pentru azi
kiosk-status-opens = Se deschide la ora { $time }
kiosk-status-free = Liber la ora { $time } · { $free ->
    [one] { $free } loc
    [few] { $free } locuri
   *[other] { $free } de locuri
}
kiosk-status-calling = Acum chemăm numărul { $number } · { $waiting ->
    [0] fără așteptare
    [one] { $waiting } persoană așteaptă
    [few] { $waiting } persoane așteaptă
   *[other] { $waiting } de persoane așteaptă
}
kiosk-status-full = Plin pentru azi
kiosk-status-queue = { $waiting ->
    [0] Fără așteptare
    [one] { $waiting } persoană așteaptă · cam { $minutes } min
    [few] { $waiting } persoane așteaptă · cam { $minutes } min
   *[other] { $waiting } de persoane așteaptă · cam { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] { $free } loc
    [few] { $free } locuri
   *[other] { $free } de locuri
}
kiosk-slot-full = Plin
kiosk-slot-past = Trecut
kiosk-slot-soon = Începe acum
kiosk-when-queue = Un număr la coadă · { $waiting ->
    [0] fără așteptare
    [one] { $waiting } persoană așteaptă
    [few] { $waiting } persoane așteaptă
   *[other] { $waiting } de persoane așteaptă
}
kiosk-when-number = Numărul { $number }

kiosk-problem-full = { $service }: ora aceasta tocmai a fost luată. Vă rog, alegeți alta.
kiosk-problem-closed = Serviciul { $service } este închis acum.
kiosk-problem-other = { $service } nu se poate rezerva acum. Vă rog, întrebați personalul.
kiosk-problem-failed = Ceva nu a mers și nu s-a rezervat nimic. Încercați din nou sau întrebați personalul.

slip-number = Nr. { $number }
slip-instruction = Arătați acest bon la ghișeu.
kiosk-problem-unavailable = Chioșcul nu poate face rezervări acum. Vă rog, întrebați personalul.
kiosk-problem-again = Serviciul { $service } a fost rezervat aici acum o clipă. Dacă aveți nevoie de încă un loc, vă rog, întrebați personalul.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = Câți ani aveți?
kiosk-question-gender = Sunteți…
kiosk-question-housing = Unde ați dormit azi-noapte?
kiosk-question-first_visit = Este prima dată când veniți aici?
kiosk-answer-age_band-under-25 = Sub 25
kiosk-answer-age_band-25-39 = Între 25 și 39
kiosk-answer-age_band-40-59 = Între 40 și 59
kiosk-answer-age_band-60-plus = 60 sau mai mult
kiosk-answer-gender-woman = Femeie
kiosk-answer-gender-man = Bărbat
kiosk-answer-gender-other = Altceva
kiosk-answer-housing-home = Acasă
kiosk-answer-housing-friends = La prieteni sau la familie
kiosk-answer-housing-shelter = Într-un adăpost
kiosk-answer-housing-outside = Pe stradă
kiosk-answer-first_visit-yes = Da, prima dată
kiosk-answer-first_visit-no = Nu, am mai fost aici
kiosk-answer-declined = Prefer să nu spun
kiosk-question-skip = Săriți peste această întrebare
kiosk-question-why = Este anonim: ajută centrul să se organizeze. Răspunsul dumneavoastră nu apare pe bon.
kiosk-question-progress = Întrebarea { $number } din { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Chemați personalul
kiosk-help-ask = Aveți nevoie de ajutor acum?
kiosk-help-ask-detail = Cineva din personal va veni la acest chioșc.
kiosk-help-yes = Da, chemați personalul
kiosk-help-no = Nu, înapoi
kiosk-help-sent = Cineva din personal vine acum.
kiosk-help-already = Personalul a fost deja chemat.
kiosk-help-stay = Vă rog, rămâneți lângă chioșc.
kiosk-help-failed = Chemarea nu a ajuns.
kiosk-help-failed-detail = Vă rog, întrebați pe oricine de la recepție.
kiosk-help-ok = Bine

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Ascultați acest ecran
kiosk-speech-today = Atingeți un serviciu ca să vedeți orele.
kiosk-speech-queue = Atingeți „Luați un număr” ca să primiți numărul.
kiosk-speech-slots = Atingeți o oră ca să o rezervați.
kiosk-speech-confirm = Atingeți „Tipăriți bonul” ca să primiți bonul.
kiosk-speech-question = Atingeți un răspuns sau săriți peste întrebare.

# Standby when a service is full today.
kiosk-standby = Așteptați un loc liber
kiosk-standby-detail = Dacă cineva renunță la un loc, chemăm numărul dumneavoastră pe ecranul din sala de așteptare.
kiosk-when-standby = Lista de așteptare, numărul { $number }
slip-standby = Lista de așteptare nr. { $number }
slip-instruction-standby = Urmăriți ecranul: vă chemăm numărul când se eliberează un loc.
