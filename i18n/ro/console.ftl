# The coordinator's console in the staff station (administrators only).
# Consola coordonatorului în postul personalului (doar pentru administratori).

station-console = Consolă
console-tab-services = Servicii
console-tab-staff = Personal
console-tab-questions = Întrebări

console-new-service = Serviciu nou
console-new-account = Cont nou
console-new-pin-for = PIN nou pentru { $name }
console-edit = Modificați
console-up = Sus
console-down = Jos
console-withdraw = Nu mai oferiți
console-offer = Oferiți din nou
console-pin = PIN nou
console-reset = Deblocați
console-disable = Dezactivați
console-enable = Reactivați
console-make-admin = Faceți coordonator
console-make-staff = Treceți la personal
console-ask = Întrebați
console-skip = Nu întrebați
console-save = Salvați
console-save-anyway = Salvați oricum
console-cancel = Anulați
console-yes = Da
console-no = Nu

console-mode-slots = Intervale orare
console-mode-queue = Numere la coadă
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } loc
    [few] { $capacity } locuri
   *[other] { $capacity } de locuri
}{ $active ->
    [no] {" "}· nu este oferit
   *[yes] {""}
}
console-account-active = se poate intra
console-account-disabled = dezactivat
console-account-locked = blocat după PIN-uri greșite

console-question-age_band = Vârsta: sub 25, 25–39, 40–59, 60 sau mai mult
console-question-gender = Genul: femeie, bărbat, altceva
console-question-housing = Unde au dormit azi-noapte: acasă, la prieteni sau familie, adăpost, pe stradă
console-question-first_visit = Prima dată aici: da sau nu
console-question-asked = Se întreabă la chioșc, după limbă. Vizitatorii pot oricând să sară peste ea
console-question-not-asked = Nu se întreabă
console-questions-max = Cel mult { $max } întrebări: fiecare este încă un ecran înainte de servicii

console-field-name = Nume
console-field-description = Descriere scurtă
console-field-name-in = Numele în { $language }
console-field-description-in = Descrierea scurtă în { $language }
console-field-icon = Imagine
console-field-desk = Ghișeu
console-field-mode = Locuri
console-field-slot = Minute pe interval
console-field-minutes = Minute de persoană
console-field-capacity = Locuri pe interval sau numere pe zi
console-field-per-visit = Cel mult la o vizită
console-field-dates = Zile speciale: o dată singură înseamnă închis, sau o dată și orele ei; separați zilele cu ;
console-field-discreet = Discret: bonul arată doar ghișeul și ora
console-field-account-name = Nume
console-field-pin = PIN (de la 6 la 12 cifre)
console-field-role = Rol

console-missing-languages = Fără nume propriu în: { $languages }. Acestea arată numele în italiană
console-italian-name-needed = Scrieți mai întâi numele în italiană: fiecare limbă fără nume propriu îl arată pe acesta
console-not-a-number = { $field }: scrieți un număr întreg
console-bad-hours = { $field }: scrieți orele ca 09:00-12:00, mai multe separate prin spații
console-bad-dates = { $field }: scrieți fiecare zi ca 2026-12-25 (închis) sau 2026-12-24 09:00-12:00, separate prin ;
console-stranded = Aceste rezervări ar rămâne în afara noului program. Rămân rezervate: anunțați vizitatorii sau atingeți „Salvați oricum”
console-slug-taken = Există deja un serviciu numit „{ $slug }”
console-service-gone = Între timp, serviciul a fost șters
console-unprintable = „{ $char }” (în numele sau descrierea în { $language }) nu poate fi tipărit pe un bon: scoateți-l
console-scan-in-form = S-a scanat un bon cât timp acest formular este deschis: nu a fost scris în formular. Salvați sau anulați formularul, apoi scanați din nou bonul
console-name-needs-letters = Numele în italiană trebuie să conțină cel puțin o literă de la a la z sau o cifră: din el se face și numele scurt al serviciului
console-withdraw-stranded = { $count ->
    [one] { $count } rezervare la acest serviciu nu a fost încă servită. Rămâne rezervată: atingeți din nou „Nu mai oferiți” pentru a confirma
    [few] { $count } rezervări la acest serviciu nu au fost încă servite. Rămân rezervate: atingeți din nou „Nu mai oferiți” pentru a confirma
   *[other] { $count } de rezervări la acest serviciu nu au fost încă servite. Rămân rezervate: atingeți din nou „Nu mai oferiți” pentru a confirma
}
console-date-twice = { $field }: o zi este scrisă de două ori. Scrieți fiecare zi o singură dată, cu toate orele ei
