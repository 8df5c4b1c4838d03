# Raporti PDF për financuesit (Bashkia dhe Rajoni): grafikë me shtylla që shtypen bardh e
# zi. Fjalë të thjeshta: e lexojnë njerëz që nuk e njohin Sosta-n.

report-title = { $site } — raport i veprimtarisë
report-period = Periudha: { $from } – { $to }
report-note = Numrat nga 1 deri në { $last } shfaqen si { $small }; { $withheld } shënon një numër të fshehur, që të mos nxirret dot një numër i vogël.
report-page = Faqja { $page } nga { $pages }
report-total = Gjithsej: { $total }
report-withheld-table = E fshehur: çdo numër këtu është shumë i vogël për t'u treguar
report-nothing = Asnjë në këtë periudhë
report-table-visits-by-day = Vizita sipas ditës
report-table-visits-by-weekday = Vizita sipas ditës së javës
report-table-visits-by-hour = Vizita sipas orës
report-table-languages = Vizita sipas gjuhës
report-table-bookings = Rezervime sipas shërbimit
report-table-outcomes = { $service }: si përfunduan rezervimet
report-table-items = Sende të shpërndara
report-waits = Pritja në radhë (minuta)
report-waits-service = Shërbimi
report-waits-count = Pritje
report-waits-median = Mesorja
report-waits-p90 = 9 nga 10 brenda
error-report-pdf-needs-out = Një raport PDF shkruhet në një skedar: shto --out SKEDAR.pdf
error-report-pdf = Raporti PDF nuk u vizatua dot: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Mosha (përgjigje në kioskë)
report-table-gender = Gjinia (përgjigje në kioskë)
report-table-housing = Ku fjetën natën e mëparshme (përgjigje në kioskë)
report-table-first-visit = Hera e parë në qendër (përgjigje në kioskë)
report-key-age-band-under-25 = Nën 25 vjeç
report-key-age-band-25-39 = Nga 25 deri në 39 vjeç
report-key-age-band-40-59 = Nga 40 deri në 59 vjeç
report-key-age-band-60-plus = 60 vjeç e lart
report-key-age-band-declined = Preferuan të mos përgjigjen
report-key-age-band-none = Pa përgjigje
report-key-gender-woman = Grua
report-key-gender-man = Burrë
report-key-gender-other = Tjetër
report-key-gender-declined = Preferuan të mos përgjigjen
report-key-gender-none = Pa përgjigje
report-key-housing-home = Në shtëpi
report-key-housing-friends = Te miqtë ose te familja
report-key-housing-shelter = Në një qendër strehimi
report-key-housing-outside = Në rrugë
report-key-housing-declined = Preferuan të mos përgjigjen
report-key-housing-none = Pa përgjigje
report-key-first-visit-yes = Hera e parë
report-key-first-visit-no = Kanë ardhur edhe më parë
report-key-first-visit-none = Pa përgjigje
report-no-data = Nuk u numërua asgjë nga { $from } deri më { $to }: asnjë ditë e kësaj periudhe nuk ka vizita të regjistruara këtu. Nuk u shkrua asnjë raport.
report-key-first-visit-declined = Preferuan të mos përgjigjen
