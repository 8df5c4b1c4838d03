# sosta doctor: çdo kontroll thotë çfarë gjeti dhe, për një problem, çfarë duhet bërë.

doctor-status-ok = ok
doctor-status-warn = paralajmërim
doctor-status-problem = PROBLEM
doctor-fine = Asgjë nuk e ndalon kioskën. Paralajmërime: { $warnings }
doctor-problems = Probleme: { $problems }. Paralajmërime: { $warnings }. Bëni atë që thotë çdo problem, pastaj ekzekutoni përsëri sosta doctor

doctor-folder-ok = Dosja e të dhënave { $path } ekziston dhe vetëm përdoruesi i Sosta mund ta lexojë
doctor-folder-missing = Dosja e të dhënave { $path } nuk ekziston
doctor-folder-missing-todo = Nisni Sosta një herë (sosta kiosk) për ta krijuar, ose kontrolloni --data-dir dhe SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } është skedar, jo dosje
doctor-folder-not-folder-todo = Zgjidhni dosjen e duhur të të dhënave me --data-dir ose SOSTA_DATA_DIR
doctor-folder-open = Përdorues të tjerë të këtij kompjuteri mund të lexojnë: { $paths }
doctor-folder-open-todo = Ekzekutoni: chmod -R go-rwx { $path }

doctor-settings-ok = Skedari i cilësimeve është i saktë
doctor-settings-default = Ende nuk ka skedar cilësimesh: nisja e parë shkruan një me vlerat e parazgjedhura
doctor-settings-bad-todo = Korrigjoni atë rresht të sosta.toml: Sosta nuk niset derisa të jetë i saktë

doctor-database-ok = Baza e të dhënave { $place } është e plotë (versioni i skemës { $version })
doctor-database-none = Ende nuk ka bazë të dhënash në { $path }
doctor-database-none-todo = Nisni Sosta një herë për ta krijuar. Nëse qendra kishte rezervime këtu, vendosni në vend të kësaj kopjen e fundit rezervë (shihni Backups te README)
doctor-database-unreadable = Baza e të dhënave { $place } nuk mund të lexohet: { $detail }
doctor-database-damaged = Baza e të dhënave { $place } nuk e kaloi kontrollin e integritetit: { $detail }
doctor-database-restore-todo = Mos e fshini. Ndalni kioskat dhe postet, ruani një kopje të skedarit dhe vendosni kopjen e fundit rezervë (shihni Backups te README)
doctor-database-older = Baza e të dhënave { $place } ka versionin e skemës { $version }: nisja e ardhshme e çon në { $known }
doctor-database-newer = Baza e të dhënave { $place } ka versionin e skemës { $version }, më të ri se ai që njeh ky program ({ $known })
doctor-database-newer-todo = Instaloni të njëjtin version të Sosta si kompjuterët e tjerë që përdorin këtë bazë të dhënash
doctor-server-unreachable = Serveri i bazës së të dhënave { $place } nuk arrihet: { $detail }
doctor-server-unreachable-todo = Kontrolloni rrjetin dhe që serveri të jetë ndezur; adresa e tij është [database] url te sosta.toml (ose SOSTA_DATABASE_URL)

doctor-key-ok = Skedari i çelësit të biletave { $path } ekziston dhe vetëm përdoruesi i Sosta mund ta lexojë
doctor-key-server = Çelësat e biletave ruhen në bazën e të dhënave të qendrës
doctor-key-missing = Mungon skedari i çelësit të biletave { $path }
doctor-key-damaged = Skedari i çelësit të biletave { $path } nuk mund të lexohet: { $detail }
doctor-key-restore-todo = Vendosni përsëri skedarin slip-keys nga kopja juaj rezervë para nisjes së ardhshme: pa të, biletat e printuara më parë nuk mund të verifikohen
doctor-key-open = Përdorues të tjerë mund të lexojnë skedarin e çelësit të biletave { $path } (lejet { $mode })
doctor-key-open-todo = Ekzekutoni: chmod 600 { $path }. Nëse dikush mund ta ketë kopjuar, ekzekutoni edhe: sosta keys rotate

doctor-printer-none = Nuk është caktuar asnjë printer: biletat vetëm ruhen në { $path }
doctor-printer-none-todo = Shënoni printerin te sosta.toml, nën [printer]: destination (një radhë CUPS) ose escpos (një printer faturash)
doctor-printer-no-cups = Sistemi i printimit (CUPS) nuk është i instaluar: lpstat nuk u gjet
doctor-printer-no-cups-todo = Instalojeni (apt install cups cups-client) dhe shtoni printerin, ose pyesni personin që kujdeset për këtë kompjuter
doctor-printer-no-default = CUPS nuk ka printer të parazgjedhur
doctor-printer-no-default-todo = Shënoni radhën te sosta.toml nën [printer] destination, ose bëni një të parazgjedhur: lpoptions -d RADHA
doctor-printer-missing = CUPS nuk ka printerin { $printer }
doctor-printer-missing-todo = Kontrolloni emrin me lpstat -p, ose shtoni printerin në CUPS (http://localhost:631)
doctor-printer-disabled = Printeri { $printer } është i çaktivizuar
doctor-printer-disabled-todo = Kontrolloni letrën, kapakun dhe kabllon, pastaj ekzekutoni: cupsenable { $printer }
doctor-printer-rejecting = Printeri { $printer } nuk pranon punë
doctor-printer-rejecting-todo = Ekzekutoni: cupsaccept { $printer }
doctor-printer-paper = Printeri { $printer } nuk ka madhësi letre për biletat { $format } (ka: { $sizes })
doctor-printer-paper-todo = Zgjidhni në CUPS drejtuesin e printerit që i përshtatet rulit tuaj, ose vendosni [printer] format te sosta.toml sipas letrës që ka
doctor-printer-ok = Printeri { $printer } është aktiv dhe pranon punë
doctor-escpos-ok = Printeri i faturave { $printer } arrihet
doctor-escpos-missing = Printeri i faturave { $printer } nuk arrihet: { $detail }
doctor-escpos-missing-todo = Kontrolloni që të jetë ndezur, kabllon ose rrjetin; adresa e tij është [printer] escpos te sosta.toml
doctor-escpos-denied = Përdoruesi i Sosta nuk mund të shkruajë në printerin e faturave { $printer }
doctor-escpos-denied-todo = Shtoni përdoruesin e Sosta në grupin lp (adduser PËRDORUESI lp), pastaj hyni përsëri

doctor-disk-ok = Hapësirë e lirë në disk: { $free } MiB
doctor-disk-low = Pak hapësirë e lirë në disk: { $free } MiB
doctor-disk-full = Disku është pothuajse plot: { $free } MiB të lira. Së shpejti rezervimet mund të mos ruhen
doctor-disk-todo = Lironi hapësirë: fshini skedarët e vjetër dhe kopjet që nuk ju duhen më, ose zbrazni koshin
doctor-disk-unknown = Hapësira e lirë në disk nuk mund të lexohej: { $detail }

doctor-clock-ok = Zona kohore { $zone }: ora tregon { $time }. Krahasojeni me një orë
doctor-clock-behind = Ora tregon { $time }, para vizitës më të re ({ $newest }): ora është gabim
doctor-clock-todo = Vendosni datën dhe orën (timedatectl set-time), ose aktivizoni orën nga rrjeti (timedatectl set-ntp true)

doctor-fonts-ok = Shkronjat e biletës për të gjitha gjuhët janë të përfshira dhe ngarkohen
doctor-fonts-bad = Një shkronjë e biletës nuk ngarkohet: { $detail }
doctor-fonts-todo = Instaloni përsëri Sosta

doctor-voice-off = Leximi me zë është i fikur ([kiosk] read_aloud = false): nuk u kontrollua
doctor-espeak-ok = Zëri është i instaluar: { $version }
doctor-espeak-missing = Zëri (espeak-ng) nuk është i instaluar: kioska nuk mund të lexojë me zë
doctor-espeak-missing-todo = Instalojeni (apt install espeak-ng), ose vendosni read_aloud = false nën [kiosk] te sosta.toml
doctor-sound-ok = Karta zëri të gjetura: { $count }
doctor-sound-none = Nuk u gjet asnjë kartë zëri (aplay -l)
doctor-sound-none-todo = Lidhni altoparlantët dhe kontrolloni cilësimet e zërit (alsamixer), ose vendosni read_aloud = false nën [kiosk]
doctor-sound-no-aplay = Luajtësi i zërit (aplay) nuk është i instaluar
doctor-sound-no-aplay-todo = Instalojeni (apt install alsa-utils), ose vendosni read_aloud = false nën [kiosk]
