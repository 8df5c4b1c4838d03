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
