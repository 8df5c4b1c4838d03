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
