# sosta doctor: fiecare verificare spune ce a găsit și, pentru o problemă, ce e de făcut.

doctor-status-ok = ok
doctor-status-warn = avertisment
doctor-status-problem = PROBLEMĂ
doctor-fine = Nimic nu oprește chioșcul. Avertismente: { $warnings }
doctor-problems = Probleme: { $problems }. Avertismente: { $warnings }. Faceți ce spune fiecare problemă, apoi rulați din nou sosta doctor

doctor-folder-ok = Dosarul de date { $path } există și numai utilizatorul Sosta îl poate citi
doctor-folder-missing = Dosarul de date { $path } nu există
doctor-folder-missing-todo = Porniți Sosta o dată (sosta kiosk) ca să îl creați, sau verificați --data-dir și SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } este un fișier, nu un dosar
doctor-folder-not-folder-todo = Alegeți dosarul de date potrivit cu --data-dir sau SOSTA_DATA_DIR
doctor-folder-open = Alți utilizatori ai acestui calculator pot citi: { $paths }
doctor-folder-open-todo = Rulați: chmod -R go-rwx { $path }

doctor-settings-ok = Fișierul de setări este corect
doctor-settings-default = Încă nu există un fișier de setări: prima pornire scrie unul cu valorile implicite
doctor-settings-bad-todo = Corectați acea linie din sosta.toml: Sosta nu pornește până nu este corectă

doctor-database-ok = Baza de date { $place } este întreagă (versiunea schemei { $version })
doctor-database-none = Încă nu există o bază de date în { $path }
doctor-database-none-todo = Porniți Sosta o dată ca să o creați. Dacă centrul avea rezervări aici, puneți la loc ultima copie de siguranță (vedeți Backups în README)
doctor-database-unreadable = Baza de date { $place } nu poate fi citită: { $detail }
doctor-database-damaged = Baza de date { $place } nu a trecut verificarea de integritate: { $detail }
doctor-database-restore-todo = Nu o ștergeți. Opriți chioșcurile și posturile, păstrați o copie a fișierului și puneți la loc ultima copie de siguranță (vedeți Backups în README)
doctor-database-older = Baza de date { $place } are versiunea schemei { $version }: următoarea pornire o aduce la { $known }
doctor-database-newer = Baza de date { $place } are versiunea schemei { $version }, mai nouă decât cea pe care o cunoaște acest program ({ $known })
doctor-database-newer-todo = Instalați aceeași versiune de Sosta ca pe celelalte calculatoare care folosesc această bază de date
doctor-server-unreachable = Serverul bazei de date { $place } nu poate fi contactat: { $detail }
doctor-server-unreachable-todo = Verificați rețeaua și că serverul este pornit; adresa lui este [database] url în sosta.toml (sau SOSTA_DATABASE_URL)

doctor-key-ok = Fișierul cu cheia bonurilor { $path } există și numai utilizatorul Sosta îl poate citi
doctor-key-server = Cheile bonurilor sunt în baza de date a centrului
doctor-key-missing = Lipsește fișierul cu cheia bonurilor { $path }
doctor-key-damaged = Fișierul cu cheia bonurilor { $path } nu poate fi citit: { $detail }
doctor-key-restore-todo = Puneți la loc fișierul slip-keys din copia de siguranță înainte de următoarea pornire: fără el, bonurile deja tipărite nu pot fi verificate
doctor-key-open = Alți utilizatori pot citi fișierul cu cheia bonurilor { $path } (permisiuni { $mode })
doctor-key-open-todo = Rulați: chmod 600 { $path }. Dacă cineva l-ar fi putut copia, rulați și: sosta keys rotate

doctor-printer-none = Nu este setată nicio imprimantă: bonurile sunt doar salvate în { $path }
doctor-printer-none-todo = Indicați imprimanta în sosta.toml, la [printer]: destination (o coadă CUPS) sau escpos (o imprimantă de chitanțe)
doctor-printer-no-cups = Sistemul de tipărire (CUPS) nu este instalat: lpstat nu a fost găsit
doctor-printer-no-cups-todo = Instalați-l (apt install cups cups-client) și adăugați imprimanta, sau întrebați persoana care se ocupă de acest calculator
doctor-printer-no-default = CUPS nu are o imprimantă implicită
doctor-printer-no-default-todo = Indicați coada în sosta.toml la [printer] destination, sau faceți una implicită: lpoptions -d COADĂ
doctor-printer-missing = CUPS nu are imprimanta { $printer }
doctor-printer-missing-todo = Verificați numele cu lpstat -p, sau adăugați imprimanta în CUPS (http://localhost:631)
doctor-printer-disabled = Imprimanta { $printer } este dezactivată
doctor-printer-disabled-todo = Verificați hârtia, capacul și cablul, apoi rulați: cupsenable { $printer }
doctor-printer-rejecting = Imprimanta { $printer } nu acceptă lucrări
doctor-printer-rejecting-todo = Rulați: cupsaccept { $printer }
doctor-printer-paper = Imprimanta { $printer } nu are un format de hârtie pentru bonurile { $format } (are: { $sizes })
doctor-printer-paper-todo = Alegeți în CUPS driverul imprimantei potrivit pentru rola dumneavoastră, sau setați [printer] format în sosta.toml după hârtia pe care o are
doctor-printer-ok = Imprimanta { $printer } este activă și acceptă lucrări
doctor-escpos-ok = Imprimanta de chitanțe { $printer } poate fi contactată
doctor-escpos-missing = Imprimanta de chitanțe { $printer } nu poate fi contactată: { $detail }
doctor-escpos-missing-todo = Verificați că este pornită, cablul sau rețeaua; adresa ei este [printer] escpos în sosta.toml
doctor-escpos-denied = Utilizatorul Sosta nu poate scrie pe imprimanta de chitanțe { $printer }
doctor-escpos-denied-todo = Adăugați utilizatorul Sosta în grupul lp (adduser UTILIZATOR lp), apoi autentificați-vă din nou

doctor-disk-ok = Spațiu liber pe disc: { $free } MiB
doctor-disk-low = Puțin spațiu liber pe disc: { $free } MiB
doctor-disk-full = Discul este aproape plin: { $free } MiB liberi. În curând rezervările s-ar putea să nu mai fie salvate
doctor-disk-todo = Eliberați spațiu: ștergeți fișierele vechi și copiile de care nu mai aveți nevoie, sau goliți coșul
doctor-disk-unknown = Spațiul liber pe disc nu a putut fi citit: { $detail }

doctor-clock-ok = Fusul orar { $zone }: ceasul arată { $time }. Comparați-l cu un ceas
doctor-clock-behind = Ceasul arată { $time }, înainte de cea mai nouă vizită ({ $newest }): ceasul este greșit
doctor-clock-todo = Setați data și ora (timedatectl set-time), sau porniți ora din rețea (timedatectl set-ntp true)

doctor-fonts-ok = Fonturile bonului pentru toate limbile sunt incluse și se încarcă
doctor-fonts-bad = Un font al bonului nu se încarcă: { $detail }
doctor-fonts-todo = Instalați Sosta din nou

doctor-voice-off = Citirea cu voce tare este oprită ([kiosk] read_aloud = false): nu s-a verificat
doctor-espeak-ok = Vocea este instalată: { $version }
doctor-espeak-missing = Vocea (espeak-ng) nu este instalată: chioșcul nu poate citi cu voce tare
doctor-espeak-missing-todo = Instalați-o (apt install espeak-ng), sau setați read_aloud = false la [kiosk] în sosta.toml
doctor-sound-ok = Plăci de sunet găsite: { $count }
doctor-sound-none = Nu a fost găsită nicio placă de sunet (aplay -l)
doctor-sound-none-todo = Conectați difuzoarele și verificați setările de sunet (alsamixer), sau setați read_aloud = false la [kiosk]
doctor-sound-no-aplay = Playerul audio (aplay) nu este instalat
doctor-sound-no-aplay-todo = Instalați-l (apt install alsa-utils), sau setați read_aloud = false la [kiosk]
