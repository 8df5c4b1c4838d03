# The command line: help texts, results and errors for coordinators and scripts.
# Rreshti i komandave: ndihmë, rezultate dhe gabime për koordinatorët dhe skriptet.

cli-about = Sosta: kioska e vetëshërbimit e një qendre ditore
cli-cmd-kiosk = Kioska për vizitorët (parazgjedhje)
cli-cmd-services = Shërbimet e sotme dhe vendet që janë ende të lira
cli-cmd-book = Rezervon një shërbim si kioska, për një vizitë të re anonime
cli-cmd-scan = Rezultati për një biletë të skanuar ose një kod të shkurtër të printuar
cli-cmd-cancel = Anulon një rezervim të një bilete dhe liron vendin
cli-cmd-staff = Vendi i stafit në sportel: skanoni fletët, shërbeni, tabela e sotme
cli-cmd-display = Ekrani i sallës së pritjes: numrat që thërrasin sportelet dhe intervalet në vazhdim, çdo thirrje me një tingull dhe e lexuar me zë
cli-cmd-help = Shfaq këtë mesazh ose ndihmën e një komande
cli-cmd-catalogue = Katalogu i shërbimeve: eksportojeni në një skedar ose importoni një të tillë
cli-cmd-catalogue-export = Shkruan shërbimet aktive, oraret e tyre dhe ditët e veçanta në një skedar TOML
cli-cmd-report = Raporti për financuesit për një muaj ose një periudhë: numërime anonime, numrat e vegjël fshihen
cli-arg-data-dir = Dosja e të dhënave (përndryshe SOSTA_DATA_DIR, përndryshe dosja e të dhënave e sistemit)
cli-arg-now = Ora, në formatin RFC 3339 (për demonstrime dhe teste)
cli-arg-lang = Gjuha e mesazheve (it, en, …)
cli-arg-json = Shfaq JSON (përshkruar në README)
cli-arg-fullscreen = Blloko kioskën në ekran të plotë
cli-arg-windowed = Hap në një dritare në vend të ekranit të plotë
cli-arg-service = Emri i shkurtër i shërbimit (slug), p.sh. shower
cli-arg-slot = Ora e fillimit të intervalit, HH:MM (përndryshe intervali i parë i lirë)
cli-arg-quantity = Sa artikuj (për shërbimet që shpërndajnë sende)
cli-arg-payload = Teksti i kodit QR, ose kodi i shkurtër
cli-arg-desk = Shërbimi i këtij sporteli
cli-arg-serve = Shëno si të shërbyer një rezervim të vlefshëm
cli-arg-code = Kodi i shkurtër ose teksti QR i biletës
cli-arg-help = Shfaq ndihmën
cli-arg-version = Shfaq versionin

error-bad-lang = Nuk ka përkthime për „{ $value }”. Gjuhët: { $known }
error-bad-now = „{ $value }” nuk është datë me orë. Shkruajeni në formatin RFC 3339, p.sh. 2026-11-25T10:30:00+01:00
error-bad-slot = „{ $value }” nuk është orë. Shkruajeni si HH:MM, p.sh. 10:30
error-unknown-service = Shërbimi „{ $slug }” nuk ekziston. Shërbimet: { $known }
error-store-unreachable = Baza e të dhënave nuk mund të hapet. Kontrolloni që dosja e të dhënave të jetë aty dhe t'i përkasë përdoruesit të Sosta-s
error-store-busy = Baza e të dhënave është e zënë nga një program tjetër. Provoni përsëri pas pak
error-store-read-only = Në bazën e të dhënave nuk mund të shkruhet. Kontrolloni lejet e dosjes së të dhënave
error-store-full = Disku është plot: nuk mund të ruhet asgjë më. Lironi pak hapësirë
error-store-damaged = Baza e të dhënave është e dëmtuar. Rivendoseni nga një kopje rezervë
error-store-newer = Baza e të dhënave është bërë nga një version më i ri i Sosta-s. Instalojeni përsëri atë version
error-store-other = Baza e të dhënave nuk mund të përdorej. Arsyeja është shkruar në regjistrin e programit
error-store-network = Dosja e të dhënave është në një disk rrjeti, ku skedari i bazës së të dhënave nuk mund të ndahet në mënyrë të sigurt. Mbajeni dosjen e të dhënave në diskun e këtij kompjuteri, ose ndani të dhënat përmes një serveri PostgreSQL (README, seksioni „Several computers”)
error-server-unreachable = Serveri i bazës së të dhënave { $server } nuk mund të arrihet. Kontrolloni që të jetë në punë dhe që ky kompjuter të jetë i lidhur me rrjetin
error-server-login = Serveri i bazës së të dhënave { $server } refuzoi përdoruesin ose fjalëkalimin e Sosta-s. Kontrolloni [database] url në sosta.toml
error-server-no-database = Në serverin e bazës së të dhënave { $server } nuk ka bazë të dhënash me emrin { $database }. Krijojeni siç tregon README (seksioni „Several computers”)
error-server-not-sosta = Baza e të dhënave { $database } në { $server } përmban tabelat e një programi tjetër. Jepini Sosta-s një bazë të dhënash bosh, vetëm për të
error-server-tls = Serveri i bazës së të dhënave { $server } nuk e pranon lidhjen e enkriptuar që kërkon [database] url (sslmode). Kontrolloni certifikatën e serverit ose URL-në
error-payload = Kodi i biletës nuk mund të bëhej: kontrolloni datën dhe orën e kompjuterit
error-key-generation = Nuk mund të bëhej një çelës i ri për biletat: numrat e rastësishëm të sistemit nuk janë të disponueshëm
key-problem-line = Skedari i çelësit të biletave, rreshti { $line }: priten një identifikues çelësi dhe një sekret, të ndarë me një hapësirë.
key-problem-id = Skedari i çelësit të biletave, rreshti { $line }: identifikuesi i çelësit nuk është numër nga 0 deri në 255.
key-problem-length = Skedari i çelësit të biletave, rreshti { $line }: sekreti duhet të ketë 64 karaktere, por ka { $length }.
key-problem-hex = Skedari i çelësit të biletave, rreshti { $line }: sekreti nuk është shkruar në heksadecimal me shkronja të vogla.
key-problem-duplicate = Skedari i çelësit të biletave, rreshti { $line }: identifikuesi { $id } është përdorur tashmë në rreshtin { $first }.
key-problem-empty = Skedari i çelësit të biletave nuk ka asnjë çelës.
error-data-dir = Dosja e të dhënave { $path } nuk mund të përdoret: { $detail }
error-no-data-dir = Nuk ka dosje të dhënash. Jepni një me --data-dir ose SOSTA_DATA_DIR
error-key-file = Skedari i çelësit të biletave { $path } është i dëmtuar. Rivendoseni nga një kopje rezervë: pa të, biletat e printuara me këtë çelës nuk mund të verifikohen

settings-error-line = { $file }, rreshti { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = nuk mund të lexohet ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = „{ $value }” nuk është identifikues qendre. Përdorni shkronja të vogla, shifra dhe -, më së shumti 32 karaktere
settings-problem-database-url = [database] url nuk është adresë PostgreSQL ({ $detail }). Shkruajeni si postgresql://user:password@server/database
settings-problem-time-zone = „{ $value }” nuk është zonë kohore. Përdorni një emër si Europe/Rome
settings-problem-language = nuk ka përkthime për „{ $value }”. Gjuhët: { $allowed }
settings-problem-range = { $key } = { $value } është jashtë kufijve. Vlerat e lejuara: nga { $min } deri në { $max }
settings-problem-time-range = „{ $value }” nuk është orar hapjeje. Shkruajeni si HH:MM-HH:MM, me fillimin para mbarimit
settings-problem-mode = „{ $value }” nuk është mënyrë rezervimi. Vlerat e lejuara: slots, queue
settings-problem-date = „{ $value }” nuk është datë. Shkruajeni si YYYY-MM-DD
settings-problem-weekday = „{ $value }” nuk është ditë. Vlerat e lejuara: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = shërbimi „{ $value }” shfaqet dy herë

services-heading = Shërbimet më { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Mbyllur sot
services-slots-over = { $count ->
    [one] { $count } interval ka kaluar
   *[other] { $count } intervale kanë kaluar
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } vend i lirë
   *[other] { $free } vende të lira
}
services-slot-full = { $start }–{ $end }  plot
services-slot-too-soon = { $start }–{ $end }  po fillon tani
services-queue = Radha { $start }–{ $end }: { $waiting } në pritje, rreth { $minutes } min, mbeten { $left }
services-queue-over = Mbyllur për sot

booked-heading = U rezervua.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: numri { $number }, { $desk }
booked-code = Kodi i shkurtër: { $code }
booked-payload = Kodi QR: { $payload }

when-today = sot në orën { $time }
when-day = më { $date } në orën { $time }

refusal-closed = Shërbimi { $service } është i mbyllur tani. Hapet { $when }
refusal-closed-long = Shërbimi { $service } është i mbyllur dhe nuk hapet në dy javët e ardhshme
refusal-full = Intervali i orës { $time } për { $service } është plot. { $next ->
    [none] Sot nuk ka asnjë interval tjetër të lirë
   *[other] Intervali tjetër i lirë është në orën { $next }
}
refusal-full-today = Shërbimi { $service } është plot për sot
refusal-no-such-slot = Shërbimi { $service } nuk ka sot interval në orën { $time }. { $next ->
    [none] Sot nuk ka asnjë interval tjetër të lirë
   *[other] Intervali tjetër i lirë është në orën { $next }
}
refusal-slot-gone = Intervali i orës { $time } për { $service } ka filluar ose fillon shumë shpejt. { $next ->
    [none] Sot nuk ka asnjë interval tjetër të lirë
   *[other] Intervali tjetër i lirë është në orën { $next }
}
refusal-already-booked = Kjo vizitë ka tashmë një rezervim për { $service }
refusal-overlap = { $service } në atë orë mbivendoset me rezervimin për { $other }
refusal-too-many = Një vizitë mund të rezervojë më së shumti { $limit ->
    [one] { $limit } shërbim
   *[other] { $limit } shërbime
}
refusal-again = { $service } u rezervua nga kjo kioskë pak më parë: një vend tjetër rezervohet përmes stafit
refusal-quantity = Për { $service }, një vizitë mund të marrë nga 1 deri në { $limit }

verdict-valid = E VLEFSHME: shërbejeni këtë person
verdict-served = U SHËRBYE: u shënua tani si e shërbyer
verdict-already-served = SHËRBYER MË PARË: kjo biletë është përdorur
verdict-too-early = SHUMË HERËT: intervali nuk ka filluar ende
verdict-too-late = SHUMË VONË: intervali ka mbaruar (nuk erdhi)
verdict-not-today = JO PËR SOT: kjo biletë është e një dite tjetër
verdict-cancelled = ANULUAR: ky rezervim është anuluar
verdict-other-service = SHËRBIM TJETËR: asnjë rezervim për këtë sportel
verdict-forged = JO E VËRTETË: kjo biletë nuk është bërë këtu
verdict-malformed = NUK ËSHTË BILETË: skanojeni përsëri ose shkruani kodin
verdict-unknown = E PANJOHUR: këtu nuk ka biletë me këtë kod
verdict-genuine-offline = E VËRTETË, PËR SOT: baza e të dhënave nuk mund të arrihet, prandaj nuk mund të kontrollohet nëse është përdorur më parë

status-booked = rezervuar
status-served = shërbyer
status-no-show = nuk erdhi
status-cancelled = anuluar

cancelled = U anulua: { $service }. Vendi është përsëri i lirë
cancel-nothing = Bileta { $code } nuk ka rezervim për { $service }
cancel-not-booked = Rezervimi për { $service } nuk mund të anulohet. Gjendja: { $status }

cli-cmd-slip = Bën përsëri një biletë nga kodi i saj i shkurtër: e printon, ose e shkruan me --out
cli-cmd-screenshot = Vizaton një ekran të kioskës në një skedar PNG, pa monitor, me të dhëna demonstruese
cli-arg-slip-out = Shkruan biletën në këtë skedar PDF në vend që ta printojë
cli-arg-out = Skedari që do të shkruhet
cli-arg-screen = Ekrani që do të vizatohet (shih --list)
cli-arg-size = Madhësia e figurës në piksela, GJERËSIxLARTËSI
cli-arg-list = Liston ekranet
cli-arg-file = Skedari që do të shkruhet
cli-arg-month = Muaji i raportit, YYYY-MM
cli-arg-from = Dita e parë e raportit, YYYY-MM-DD
cli-arg-to = Dita e fundit e raportit, YYYY-MM-DD
cli-arg-format = csv (një tabelë për një fletë llogaritëse), json ose pdf (grafikë për t'u shtypur, me --out)
catalogue-exported = { $count ->
    [one] { $count } shërbim u shkrua në { $path }
   *[other] { $count } shërbime u shkruan në { $path }
}
cli-cmd-keys = Çelësat që nënshkruajnë biletat: krijoni një të ri
cli-cmd-rotate = Nënshkruan biletat e reja me një çelës të ri; biletat e nënshkruara më parë mbeten të vlefshme
keys-rotated = Biletat e reja nënshkruhen me çelësin { $id }. Biletat e nënshkruara më parë mbeten të vlefshme
cli-cmd-db = Baza e të dhënave e qendrës: bëni një kopje rezervë të saj, riktheni nga një kopje rezervë, ose zhvendoseni në një server PostgreSQL
cli-cmd-doctor = Kontrollon atë për të cilën një vullnetar do të kërkonte ndihmë, dhe thotë çfarë duhet bërë
cli-cmd-copy = Kopjon të gjitha rreshtat e kësaj qendre në një bazë të dhënash PostgreSQL bosh dhe i numëron sërish në të dyja anët
cli-arg-site = Një qendër tjetër e së njëjtës bazë të dhënash, sipas identifikuesit të saj ([site] id)
cli-arg-target = Baza e të dhënave PostgreSQL ku do të kopjohet, postgresql://user:password@server/database
db-copied = Kopjimi në { $server } përfundoi: { $rows } rreshta në { $tables } tabela, të numëruar sërish në të dyja anët. Tani vendosni [database] url në sosta.toml të çdo kompjuteri
db-copy-from-server = Të dhënat e kësaj qendre janë tashmë në { $server }. Kopjoni nga kompjuteri që e ka skedarin SQLite në dosjen e vet të të dhënave
db-copy-bad-url = --to nuk është adresë PostgreSQL ({ $detail }). Shkruajeni si postgresql://user:password@server/database
db-copy-not-empty = Baza e të dhënave në { $server } ka tashmë të dhëna të Sosta-s (tabela { $table }). Kopjoni vetëm në një bazë të dhënash bosh: nuk u ndryshua asgjë
db-copy-mismatch = Kopja në { $server } nuk përputhej ({ $table }: { $here } rreshta këtu, { $there } atje), prandaj nuk u ruajt asgjë. Provoni përsëri; nëse ndodh sërish, vazhdoni të përdorni skedarin e këtij kompjuteri
error-bad-month = „{ $value }” nuk është muaj. Shkruajeni si YYYY-MM, p.sh. 2026-11
error-bad-date = „{ $value }” nuk është datë. Shkruajeni si YYYY-MM-DD, p.sh. 2026-11-25
error-bad-period = Periudha nga { $from } deri më { $to } nuk është e mundur: dita e parë nuk mund të jetë pas ditës së fundit, dhe mes tyre mund të ketë më së shumti dy vjet
error-report-period = Tregoni periudhën: --month YYYY-MM, ose --from YYYY-MM-DD bashkë me --to YYYY-MM-DD

booked-slip = Bileta: { $path }
error-print = Rezervimi është ruajtur (kodi { $code }). Printojeni përsëri biletën me: sosta slip { $code }
print-problem-draw = Bileta nuk mund të vizatohej.
print-problem-spool = Bileta nuk mund të ruhej në dosjen e printimit (spool).
print-problem-no-cups = Sistemi i printimit (CUPS) nuk është i instaluar.
print-problem-missing = Printeri { $printer } nuk gjendet.
print-problem-disabled = Printeri { $printer } është i fikur ose në pauzë.
print-problem-refused = Printeri { $printer } e refuzoi biletën.
print-problem-denied = Sosta nuk ka leje të shkruajë në printerin { $printer }: shtojeni përdoruesin e tij në grupin lp.
print-problem-timeout = Printeri { $printer } nuk përgjigjet. Kontrolloni që të jetë i ndezur dhe i lidhur.
print-problem-write = Bileta nuk mund t'i dërgohej printerit { $printer }.
error-unknown-slip = Nuk ka biletë me kodin { $code }
error-display = Dritarja e kioskës nuk mund të hapet: { $detail }
error-bad-size = „{ $value }” nuk është madhësi figure. Shkruajeni si GJERËSIxLARTËSI, p.sh. 1920x1080
error-unknown-screen = Ekrani „{ $value }” nuk ekziston. Ekranet: { $known }
error-screenshot = Ekrani nuk mund të vizatohej: { $detail }
settings-problem-choice = { $key } = „{ $value }” nuk lejohet. Vlerat e lejuara: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Lexon një skedar katalogu: e kontrollon të tërin, tregon ndryshimet dhe zëvendëson katalogun, të gjitha ose asgjë
cli-arg-source = Skedari i katalogut që do të lexohet
cli-arg-dry-run = Tregon çfarë do të ndryshonte, pa ndryshuar asgjë
cli-arg-confirm = Importon edhe nëse disa rezervime do të mbeteshin jashtë orareve të reja
catalogue-unchanged = Skedari është katalogu në përdorim: nuk ka asgjë për të ndryshuar
catalogue-diff-added = + { $slug }: shërbim i ri
catalogue-diff-withdrawn = - { $slug }: nuk ofrohet më (rezervimet e tij mbeten)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } rezervim do të mbetej jashtë orareve të reja:
   *[other] { $count } rezervime do të mbeteshin jashtë orareve të reja:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Provë: nuk u ndryshua asgjë
catalogue-imported = U importua { $path }: të shtuara: { $added }, të ndryshuara: { $changed }, që nuk ofrohen më: { $withdrawn }
catalogue-confirm-needed = Nuk u importua asgjë. Njoftoni vizitorët që kanë këto rezervime, ose ekzekutojeni përsëri me --confirm: rezervimet mbeten dhe stafi i sheh në pasqyrën e vet
settings-problem-invalid = shërbimi „{ $service }”: { $problem }
settings-problem-unprintable = „{ $value }” nuk mund të printohet në biletë: hiqeni
settings-problem-printer-address = [printer] escpos = „{ $value }” nuk është printer faturash. Shkruani një pajisje si /dev/usb/lp0 ose një adresë si tcp://192.168.1.50:9100
settings-problem-both-printers = [printer] ka edhe escpos edhe destination: një biletë shkon vetëm te një printer. Mbani vetëm njërin
catalogue-italian-name-needed = Shërbimi „{ $slug }” nuk ka emër në italisht, emrin që tregon çdo gjuhë pa emër të vetin: shtojeni te [service.name] si it = "…"
cli-cmd-backup = Kopjon bazën e të dhënave në një skedar të ri ndërkohë që kioskat punojnë, dhe e verifikon kopjen
db-backup-done = Kopja rezervë u shkrua në { $path } dhe u verifikua: { $visits ->
    [one] { $visits } vizitë
   *[other] { $visits } vizita
}, { $bookings ->
    [one] { $bookings } rezervim
   *[other] { $bookings } rezervime
}, { $kib } KiB. Ruajeni në një vend ku vetëm përdoruesi i Sosta-s mund ta lexojë
db-backup-no-folder = Nuk ekziston dosja { $folder } ku të shkruhet kopja rezervë
db-backup-on-server = Baza e të dhënave është në një server PostgreSQL: bëni kopjen rezervë atje, me pg_dump, ku janë të dhënat e të gjithë kompjuterëve
db-backup-exists = { $path } ekziston tashmë: një kopje rezervë nuk mbishkruan kurrë një skedar. Zgjidhni një emër të ri
db-backup-failed = Kopja rezervë nuk mund të shkruhej në { $path }: { $detail }
db-backup-folder = Dosja { $folder } nuk mund të përdoret për kopje rezervë: { $detail }
db-backup-removed = { $count ->
    [one] Nga { $folder } u hoq { $count } kopje rezervë më e vjetër se { $days } ditë
   *[other] Nga { $folder } u hoqën { $count } kopje rezervë më të vjetra se { $days } ditë
}
cli-arg-dir = Një dosje për kopjet rezervë të natës, secila me emrin e qendrës dhe orën; ato më të vjetra se [backup] keep_days hiqen
cli-cmd-restore = Vendos një kopje rezervë në vend të bazës së të dhënave: skedari verifikohet më parë, dhe baza e mëparshme ruhet
cli-arg-backup = Skedari i kopjes rezervë që do të rikthehet, i shkruar nga sosta db backup
db-restore-done = U rikthye nga { $path }: { $visits ->
    [one] { $visits } vizitë
   *[other] { $visits } vizita
}, { $bookings ->
    [one] { $bookings } rezervim
   *[other] { $bookings } rezervime
}. Nisni përsëri kioskat dhe vendet e stafit
db-restore-kept = Baza e mëparshme e të dhënave ruhet si { $kept }
db-restore-on-server = Baza e të dhënave është në një server PostgreSQL: riktheni atje, me pg_restore, nga një kopje e bërë me pg_dump
db-restore-unreadable = { $path } nuk mund të lexohet: { $detail }. Nuk u ndryshua asgjë
db-restore-not-sqlite = { $path } nuk është bazë të dhënash SQLite, prandaj nuk është kopje rezervë e Sosta-s. Nuk u ndryshua asgjë
db-restore-damaged = { $path } është i dëmtuar ({ $detail }). Zgjidhni një kopje tjetër rezervë: nuk u ndryshua asgjë
db-restore-not-sosta = { $path } është bazë të dhënash e një programi tjetër, jo kopje rezervë e Sosta-s. Nuk u ndryshua asgjë
db-restore-newer = { $path } është bërë nga një version më i ri i Sosta-s (skema { $found }; ky version njeh deri në { $known }). Riktheni me atë version: nuk u ndryshua asgjë
db-restore-in-use = Baza e të dhënave { $path } është në përdorim: një kioskë ose një vend i stafit po shkruan në të. Ndalni kioskat dhe vendet e stafit, pastaj provoni përsëri: nuk u ndryshua asgjë
db-restore-same-file = { $path } është vetë baza e të dhënave e qendrës: zgjidhni një kopje rezervë
db-restore-failed = Kopja rezervë nuk mund të rikthehej ({ $path }: { $detail }). Baza e të dhënave është siç ishte
standby-not-full = Shërbimi { $service } nuk është plot sot: rezervoni një vend.
standby-joined = Në listën e pritjes për { $service }: numri { $number }. Kodi { $code }
cli-arg-standby = Shton në listën e pritjes për një shërbim plot për sot, në vend që të rezervojë
