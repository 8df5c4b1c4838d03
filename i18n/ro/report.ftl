# Raportul PDF pentru finanțatori (Primăria și Regiunea): grafice cu bare tipărite alb-negru.
# Cuvinte simple: îl citesc oameni care nu cunosc Sosta.

report-title = { $site } — raport de activitate
report-period = Perioada: { $from } – { $to }
report-note = Numerele de la 1 la { $last } apar ca { $small }; { $withheld } marchează un număr ascuns, ca să nu se poată afla unul mic.
report-page = Pagina { $page } din { $pages }
report-total = Total: { $total }
report-withheld-table = Ascuns: fiecare număr de aici este prea mic pentru a fi arătat
report-nothing = Niciunul în această perioadă
report-table-visits-by-day = Vizite pe zile
report-table-visits-by-weekday = Vizite pe zilele săptămânii
report-table-visits-by-hour = Vizite pe ore
report-table-languages = Vizite pe limbi
report-table-bookings = Rezervări pe servicii
report-table-outcomes = { $service }: ce s-a întâmplat cu rezervările
report-table-items = Obiecte date
report-waits = Așteptarea la coadă (minute)
report-waits-service = Serviciu
report-waits-count = Așteptări
report-waits-median = Mediana
report-waits-p90 = 9 din 10 în cel mult
error-report-pdf-needs-out = Un raport PDF se scrie într-un fișier: adaugă --out FIȘIER.pdf
error-report-pdf = Raportul PDF nu a putut fi desenat: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Vârsta (răspuns dat la chioșc)
report-table-gender = Genul (răspuns dat la chioșc)
report-table-housing = Unde au dormit în noaptea dinainte (răspuns dat la chioșc)
report-table-first-visit = Prima vizită la centru (răspuns dat la chioșc)
report-key-age-band-under-25 = Sub 25 de ani
report-key-age-band-25-39 = Între 25 și 39 de ani
report-key-age-band-40-59 = Între 40 și 59 de ani
report-key-age-band-60-plus = 60 de ani sau peste
report-key-age-band-declined = Au preferat să nu răspundă
report-key-age-band-none = Fără răspuns
report-key-gender-woman = Femeie
report-key-gender-man = Bărbat
report-key-gender-other = Altul
report-key-gender-declined = Au preferat să nu răspundă
report-key-gender-none = Fără răspuns
report-key-housing-home = Acasă
report-key-housing-friends = La prieteni sau la familie
report-key-housing-shelter = Într-un adăpost
report-key-housing-outside = Pe stradă
report-key-housing-declined = Au preferat să nu răspundă
report-key-housing-none = Fără răspuns
report-key-first-visit-yes = Prima vizită
report-key-first-visit-no = Au mai venit înainte
report-key-first-visit-none = Fără răspuns
report-no-data = Nu s-a numărat nimic între { $from } și { $to }: nicio zi din această perioadă nu are vizite înregistrate aici. Nu s-a scris niciun raport.
report-key-first-visit-declined = Au preferat să nu răspundă
