# The command line: help texts, results and errors for coordinators and scripts.
# Linia de comandă: ajutor, rezultate și erori pentru coordonatori și scripturi.

cli-about = Sosta: chioșcul self-service al unui centru de zi
cli-cmd-kiosk = Chioșcul pentru vizitatori (implicit)
cli-cmd-services = Serviciile de azi și locurile încă libere
cli-cmd-book = Rezervă un serviciu cum face chioșcul, pentru o vizită anonimă nouă
cli-cmd-scan = Rezultatul pentru un bon scanat sau un cod scurt tastat
cli-cmd-cancel = Anulează o rezervare de pe un bon și eliberează locul
cli-cmd-staff = Postul personalului la un ghișeu: scanați bonurile, serviți, tabloul de azi
cli-cmd-display = Ecranul din sala de așteptare: numerele chemate de ghișee și intervalele în curs, fiecare chemare cu un semnal sonor și citită cu voce tare
cli-cmd-help = Afișează acest mesaj sau ajutorul unei comenzi
cli-cmd-catalogue = Catalogul serviciilor: exportați-l într-un fișier sau importați unul
cli-cmd-catalogue-export = Scrie serviciile active, programul lor și zilele speciale într-un fișier TOML
cli-cmd-report = Raportul pentru finanțatori pe o lună sau pe o perioadă: cifre anonime, numerele mici sunt ascunse
cli-arg-data-dir = Dosarul de date (altfel SOSTA_DATA_DIR, altfel dosarul de date al sistemului)
cli-arg-now = Ceasul, în format RFC 3339 (pentru demonstrații și teste)
cli-arg-lang = Limba mesajelor (it, en, …)
cli-arg-json = Afișează JSON (descris în README)
cli-arg-fullscreen = Blochează chioșcul pe tot ecranul
cli-arg-windowed = Deschide într-o fereastră în loc de tot ecranul
cli-arg-service = Numele scurt al serviciului (slug), de exemplu shower
cli-arg-slot = Ora de început a intervalului, HH:MM (altfel primul interval liber)
cli-arg-quantity = Câte articole (pentru serviciile care împart obiecte)
cli-arg-payload = Textul codului QR sau codul scurt
cli-arg-desk = Serviciul acestui ghișeu
cli-arg-serve = Marchează ca servită o rezervare validă
cli-arg-code = Codul scurt sau textul QR al bonului
cli-arg-help = Afișează ajutorul
cli-arg-version = Afișează versiunea

error-bad-lang = Nu există traduceri pentru „{ $value }”. Limbi: { $known }
error-bad-now = „{ $value }” nu este o dată cu oră. Scrieți-o în format RFC 3339, de exemplu 2026-11-25T10:30:00+01:00
error-bad-slot = „{ $value }” nu este o oră. Scrieți-o ca HH:MM, de exemplu 10:30
error-unknown-service = Serviciul „{ $slug }” nu există. Servicii: { $known }
error-store-unreachable = Baza de date nu poate fi deschisă. Verificați că dosarul de date există și că aparține utilizatorului Sosta
error-store-busy = Baza de date este ocupată de alt program. Încercați din nou peste o clipă
error-store-read-only = Nu se poate scrie în baza de date. Verificați permisiunile dosarului de date
error-store-full = Discul este plin: nu se mai poate salva nimic. Eliberați puțin spațiu
error-store-damaged = Baza de date este deteriorată. Restaurați-o dintr-o copie de siguranță
error-store-newer = Baza de date a fost făcută de o versiune mai nouă a programului Sosta. Instalați din nou acea versiune
error-store-other = Baza de date nu a putut fi folosită. Motivul este scris în jurnalul programului
error-store-network = Dosarul de date este pe o unitate de rețea, unde fișierul bazei de date nu poate fi partajat în siguranță. Țineți dosarul de date pe discul acestui calculator sau partajați datele printr-un server PostgreSQL (README, secțiunea „Several computers”)
error-server-unreachable = Serverul bazei de date { $server } nu poate fi accesat. Verificați că funcționează și că acest calculator este conectat la rețea
error-server-login = Serverul bazei de date { $server } a refuzat utilizatorul sau parola programului Sosta. Verificați [database] url în sosta.toml
error-server-no-database = Pe serverul bazei de date { $server } nu există o bază de date numită { $database }. Creați-o așa cum se arată în README (secțiunea „Several computers”)
error-server-not-sosta = Baza de date { $database } de pe { $server } conține tabelele altui program. Dați programului Sosta o bază de date proprie, goală
error-server-tls = Serverul bazei de date { $server } nu acceptă conexiunea criptată cerută de [database] url (sslmode). Verificați certificatul serverului sau URL-ul
error-payload = Codul bonului nu a putut fi făcut: verificați data și ora calculatorului
error-key-generation = Nu s-a putut face o cheie nouă pentru bonuri: numerele aleatoare ale sistemului nu sunt disponibile
key-problem-line = Fișierul cu cheia bonurilor, linia { $line }: se așteaptă un identificator de cheie și un secret, separate printr-un spațiu.
key-problem-id = Fișierul cu cheia bonurilor, linia { $line }: identificatorul cheii nu este un număr de la 0 la 255.
key-problem-length = Fișierul cu cheia bonurilor, linia { $line }: secretul trebuie să aibă 64 de caractere, dar are { $length }.
key-problem-hex = Fișierul cu cheia bonurilor, linia { $line }: secretul nu este scris în hexazecimal cu litere mici.
key-problem-duplicate = Fișierul cu cheia bonurilor, linia { $line }: identificatorul { $id } este deja folosit pe linia { $first }.
key-problem-empty = Fișierul cu cheia bonurilor nu conține nicio cheie.
error-data-dir = Dosarul de date { $path } nu poate fi folosit: { $detail }
error-no-data-dir = Nu există un dosar de date. Indicați unul cu --data-dir sau SOSTA_DATA_DIR
error-key-file = Fișierul cu cheia bonurilor { $path } este deteriorat. Restaurați-l dintr-o copie de siguranță: fără el, bonurile tipărite cu această cheie nu pot fi verificate

settings-error-line = { $file }, linia { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = nu poate fi citit ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = „{ $value }” nu este un identificator de centru. Folosiți litere mici, cifre și -, cel mult 32 de caractere
settings-problem-database-url = [database] url nu este o adresă PostgreSQL ({ $detail }). Scrieți-o ca postgresql://user:password@server/database
settings-problem-time-zone = „{ $value }” nu este un fus orar. Folosiți un nume ca Europe/Rome
settings-problem-language = nu există traduceri pentru „{ $value }”. Limbi: { $allowed }
settings-problem-range = { $key } = { $value } este în afara limitelor. Valori permise: de la { $min } la { $max }
settings-problem-time-range = „{ $value }” nu este un program de deschidere. Scrieți-l ca HH:MM-HH:MM, cu începutul înainte de sfârșit
settings-problem-mode = „{ $value }” nu este un mod de rezervare. Valori permise: slots, queue
settings-problem-date = „{ $value }” nu este o dată. Scrieți-o ca YYYY-MM-DD
settings-problem-weekday = „{ $value }” nu este o zi. Valori permise: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = serviciul „{ $value }” apare de două ori

services-heading = Serviciile din { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Închis azi
services-slots-over = { $count ->
    [one] { $count } interval a trecut deja
    [few] { $count } intervale au trecut deja
   *[other] { $count } de intervale au trecut deja
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } loc liber
    [few] { $free } locuri libere
   *[other] { $free } de locuri libere
}
services-slot-full = { $start }–{ $end }  plin
services-slot-too-soon = { $start }–{ $end }  începe acum
services-queue = Coadă { $start }–{ $end }: { $waiting } în așteptare, cam { $minutes } min, mai rămân { $left }
services-queue-over = Închis pentru azi

booked-heading = Rezervat.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: numărul { $number }, { $desk }
booked-code = Cod scurt: { $code }
booked-payload = Cod QR: { $payload }

when-today = azi la ora { $time }
when-day = pe { $date } la ora { $time }

refusal-closed = Serviciul { $service } este închis acum. Se deschide { $when }
refusal-closed-long = Serviciul { $service } este închis și nu se deschide în următoarele două săptămâni
refusal-full = Intervalul de la ora { $time } pentru { $service } este plin. { $next ->
    [none] Azi nu mai este liber niciun alt interval
   *[other] Următorul interval liber este la ora { $next }
}
refusal-full-today = Serviciul { $service } este plin pentru azi
refusal-no-such-slot = Serviciul { $service } nu are azi niciun interval la ora { $time }. { $next ->
    [none] Azi nu mai este liber niciun alt interval
   *[other] Următorul interval liber este la ora { $next }
}
refusal-slot-gone = Intervalul de la ora { $time } pentru { $service } a început sau începe prea curând. { $next ->
    [none] Azi nu mai este liber niciun alt interval
   *[other] Următorul interval liber este la ora { $next }
}
refusal-already-booked = Această vizită are deja o rezervare pentru { $service }
refusal-overlap = { $service } la acea oră se suprapune cu rezervarea pentru { $other }
refusal-too-many = O vizită poate rezerva cel mult { $limit ->
    [one] { $limit } serviciu
    [few] { $limit } servicii
   *[other] { $limit } de servicii
}
refusal-again = Serviciul { $service } a fost rezervat de la acest chioșc acum o clipă: alt loc se rezervă prin personal
refusal-quantity = Pentru { $service }, o vizită poate lua de la 1 la { $limit }

verdict-valid = VALID: serviți această persoană
verdict-served = SERVIT: marcat acum ca servit
verdict-already-served = DEJA SERVIT: acest bon a fost folosit
verdict-too-early = PREA DEVREME: intervalul nu a început încă
verdict-too-late = PREA TÂRZIU: intervalul s-a terminat (absent)
verdict-not-today = NU E DE AZI: acest bon este din altă zi
verdict-cancelled = ANULAT: această rezervare a fost anulată
verdict-other-service = ALT SERVICIU: nicio rezervare pentru acest ghișeu
verdict-forged = NEAUTENTIC: acest bon nu a fost făcut aici
verdict-malformed = NU E UN BON: scanați din nou sau tastați codul
verdict-unknown = NECUNOSCUT: aici nu există niciun bon cu acest cod
verdict-genuine-offline = AUTENTIC, DE AZI: baza de date nu poate fi accesată, deci nu se poate verifica dacă a fost deja folosit

status-booked = rezervat
status-served = servit
status-no-show = absent
status-cancelled = anulat

cancelled = Anulat: { $service }. Locul este din nou liber
cancel-nothing = Bonul { $code } nu are nicio rezervare pentru { $service }
cancel-not-booked = Rezervarea pentru { $service } nu poate fi anulată. Stare: { $status }

cli-cmd-slip = Refă un bon după codul lui scurt: îl tipărește sau îl scrie cu --out
cli-cmd-screenshot = Desenează un ecran al chioșcului într-un fișier PNG, fără monitor, cu date demonstrative
cli-arg-slip-out = Scrie bonul în acest fișier PDF în loc să-l tipărească
cli-arg-out = Fișierul de scris
cli-arg-screen = Ecranul de desenat (vezi --list)
cli-arg-size = Mărimea imaginii în pixeli, LĂȚIMExÎNĂLȚIME
cli-arg-list = Listează ecranele
cli-arg-file = Fișierul de scris
cli-arg-month = Luna raportului, YYYY-MM
cli-arg-from = Prima zi a raportului, YYYY-MM-DD
cli-arg-to = Ultima zi a raportului, YYYY-MM-DD
cli-arg-format = csv (un tabel pentru o foaie de calcul), json sau pdf (grafice de tipărit, cu --out)
catalogue-exported = { $count ->
    [one] { $count } serviciu scris în { $path }
    [few] { $count } servicii scrise în { $path }
   *[other] { $count } de servicii scrise în { $path }
}
cli-cmd-keys = Cheile care semnează bonurile: creați una nouă
cli-cmd-rotate = Semnează bonurile noi cu o cheie nouă; bonurile semnate înainte rămân valabile
keys-rotated = Bonurile noi sunt semnate cu cheia { $id }. Bonurile semnate înainte rămân valabile
cli-cmd-db = Baza de date a centrului: faceți o copie de siguranță a ei, restaurați-o dintr-o copie sau mutați-o pe un server PostgreSQL
cli-cmd-doctor = Verifică ce l-ar face pe un voluntar să ceară ajutor și spune ce e de făcut
cli-cmd-copy = Copiază toate rândurile acestui centru într-o bază de date PostgreSQL goală și le numără din nou de ambele părți
cli-arg-site = Un alt centru din aceeași bază de date, indicat prin identificatorul său ([site] id)
cli-arg-target = Baza de date PostgreSQL în care se copiază, postgresql://user:password@server/database
db-copied = Copierea pe { $server } a reușit: { $rows ->
    [one] { $rows } rând
    [few] { $rows } rânduri
   *[other] { $rows } de rânduri
} în { $tables ->
    [one] { $tables } tabel
    [few] { $tables } tabele
   *[other] { $tables } de tabele
}, numărate din nou de ambele părți. Acum scrieți [database] url în fișierul sosta.toml al fiecărui calculator
db-copy-from-server = Datele acestui centru sunt deja pe { $server }. Copiați de pe calculatorul al cărui dosar de date conține fișierul SQLite
db-copy-bad-url = --to nu este o adresă PostgreSQL ({ $detail }). Scrieți-o ca postgresql://user:password@server/database
db-copy-not-empty = Baza de date de pe { $server } conține deja date ale programului Sosta (tabelul { $table }). Copiați doar într-o bază de date goală: nu s-a schimbat nimic
db-copy-mismatch = Copia de pe { $server } nu a corespuns ({ $table }: numărul de rânduri este { $here } aici și { $there } acolo), așa că nu s-a păstrat nimic. Încercați din nou; dacă se întâmplă iar, folosiți în continuare fișierul acestui calculator
error-bad-month = „{ $value }” nu este o lună. Scrieți-o ca YYYY-MM, de exemplu 2026-11
error-bad-date = „{ $value }” nu este o dată. Scrieți-o ca YYYY-MM-DD, de exemplu 2026-11-25
error-bad-period = Perioada de la { $from } la { $to } nu este posibilă: prima zi nu poate fi după ultima, iar între ele pot fi cel mult doi ani
error-report-period = Indicați perioada: --month YYYY-MM sau --from YYYY-MM-DD împreună cu --to YYYY-MM-DD

booked-slip = Bon: { $path }
error-print = Rezervarea este salvată (cod { $code }). Tipăriți bonul din nou cu: sosta slip { $code }
print-problem-draw = Bonul nu a putut fi desenat.
print-problem-spool = Bonul nu a putut fi salvat în dosarul de tipărire (spool).
print-problem-no-cups = Sistemul de tipărire (CUPS) nu este instalat.
print-problem-missing = Imprimanta { $printer } nu există.
print-problem-disabled = Imprimanta { $printer } este oprită sau pusă pe pauză.
print-problem-refused = Imprimanta { $printer } a refuzat bonul.
print-problem-denied = Sosta nu are voie să scrie pe imprimanta { $printer }: adăugați utilizatorul său în grupul lp.
print-problem-timeout = Imprimanta { $printer } nu răspunde. Verificați că este pornită și conectată.
print-problem-write = Bonul nu a putut fi trimis la imprimanta { $printer }.
error-unknown-slip = Nu există niciun bon cu codul { $code }
error-display = Fereastra chioșcului nu poate fi deschisă: { $detail }
error-bad-size = „{ $value }” nu este o mărime de imagine. Scrieți-o ca LĂȚIMExÎNĂLȚIME, de exemplu 1920x1080
error-unknown-screen = Ecranul „{ $value }” nu există. Ecrane: { $known }
error-screenshot = Ecranul nu a putut fi desenat: { $detail }
settings-problem-choice = { $key } = „{ $value }” nu este permis. Valori permise: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Citește un fișier de catalog: îl verifică în întregime, arată diferențele și înlocuiește catalogul, totul sau nimic
cli-arg-source = Fișierul de catalog de citit
cli-arg-dry-run = Arată ce s-ar schimba, fără să schimbe nimic
cli-arg-confirm = Importă chiar dacă unele rezervări ar rămâne în afara noului program
catalogue-unchanged = Fișierul este catalogul folosit acum: nu este nimic de schimbat
catalogue-diff-added = + { $slug }: serviciu nou
catalogue-diff-withdrawn = - { $slug }: nu mai este oferit (rezervările lui rămân)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } rezervare ar rămâne în afara noului program:
    [few] { $count } rezervări ar rămâne în afara noului program:
   *[other] { $count } de rezervări ar rămâne în afara noului program:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Simulare: nu s-a schimbat nimic
catalogue-imported = S-a importat { $path }: adăugate: { $added }, modificate: { $changed }, care nu mai sunt oferite: { $withdrawn }
catalogue-confirm-needed = Nu s-a importat nimic. Anunțați vizitatorii care au aceste rezervări sau rulați din nou cu --confirm: rezervările rămân, iar personalul le vede în situația lui
settings-problem-invalid = serviciul „{ $service }”: { $problem }
settings-problem-unprintable = „{ $value }” nu poate fi tipărit pe un bon: scoateți-l
settings-problem-printer-address = [printer] escpos = „{ $value }” nu este o imprimantă de bonuri. Scrieți un dispozitiv ca /dev/usb/lp0 sau o adresă ca tcp://192.168.1.50:9100
settings-problem-both-printers = [printer] are atât escpos, cât și destination: un bon merge la o singură imprimantă. Păstrați doar una dintre ele
catalogue-italian-name-needed = Serviciul „{ $slug }” nu are nume în italiană, numele pe care îl arată fiecare limbă fără nume propriu: adăugați-l sub [service.name] ca it = "…"
cli-cmd-backup = Copiază baza de date într-un fișier nou în timp ce chioșcurile funcționează și verifică copia
db-backup-done = Copia de siguranță a fost scrisă în { $path } și verificată: { $visits ->
    [one] { $visits } vizită
    [few] { $visits } vizite
   *[other] { $visits } de vizite
}, { $bookings ->
    [one] { $bookings } rezervare
    [few] { $bookings } rezervări
   *[other] { $bookings } de rezervări
}, { $kib } KiB. Păstrați-o într-un loc unde numai utilizatorul Sosta o poate citi
db-backup-no-folder = Nu există dosarul { $folder } în care să fie scrisă copia de siguranță
db-backup-on-server = Baza de date este pe un server PostgreSQL: faceți copia de siguranță acolo, cu pg_dump, unde sunt datele tuturor calculatoarelor
db-backup-exists = { $path } există deja: o copie de siguranță nu suprascrie niciodată un fișier. Alegeți un nume nou
db-backup-failed = Copia de siguranță nu a putut fi scrisă în { $path }: { $detail }
db-backup-folder = Dosarul { $folder } nu poate fi folosit pentru copii de siguranță: { $detail }
db-backup-removed = { $count ->
    [one] A fost ștearsă din { $folder } { $count } copie de siguranță mai veche de { $days } zile
    [few] Au fost șterse din { $folder } { $count } copii de siguranță mai vechi de { $days } zile
   *[other] Au fost șterse din { $folder } { $count } de copii de siguranță mai vechi de { $days } zile
}
cli-arg-dir = Un dosar pentru copiile de siguranță de noapte, fiecare numită după centru și oră; cele mai vechi de [backup] keep_days sunt șterse
cli-cmd-restore = Pune o copie de siguranță în locul bazei de date: fișierul este verificat mai întâi, iar baza de date anterioară este păstrată
cli-arg-backup = Fișierul copiei de siguranță de restaurat, scris de sosta db backup
db-restore-done = Restaurat din { $path }: { $visits ->
    [one] { $visits } vizită
    [few] { $visits } vizite
   *[other] { $visits } de vizite
}, { $bookings ->
    [one] { $bookings } rezervare
    [few] { $bookings } rezervări
   *[other] { $bookings } de rezervări
}. Porniți din nou chioșcurile și posturile
db-restore-kept = Baza de date anterioară este păstrată ca { $kept }
db-restore-on-server = Baza de date este pe un server PostgreSQL: restaurați-o acolo, cu pg_restore, dintr-o copie făcută cu pg_dump
db-restore-unreadable = { $path } nu poate fi citit: { $detail }. Nu s-a schimbat nimic
db-restore-not-sqlite = { $path } nu este o bază de date SQLite, deci nu este o copie de siguranță Sosta. Nu s-a schimbat nimic
db-restore-damaged = { $path } este deteriorat ({ $detail }). Alegeți altă copie de siguranță: nu s-a schimbat nimic
db-restore-not-sosta = { $path } este baza de date a altui program, nu o copie de siguranță Sosta. Nu s-a schimbat nimic
db-restore-newer = { $path } a fost făcut de o versiune mai nouă a programului Sosta (schema { $found }; aceasta o cunoaște până la { $known }). Restaurați-l cu acea versiune: nu s-a schimbat nimic
db-restore-in-use = Baza de date { $path } este în uz: un chioșc sau un post scrie în ea. Opriți chioșcurile și posturile, apoi încercați din nou: nu s-a schimbat nimic
db-restore-same-file = { $path } este chiar baza de date a centrului: alegeți o copie de siguranță
db-restore-failed = Copia de siguranță nu a putut fi restaurată ({ $path }: { $detail }). Baza de date este așa cum era
standby-not-full = Serviciul { $service } nu este plin azi: rezervați un loc.
standby-joined = Pe lista de așteptare pentru { $service }: numărul { $number }. Cod { $code }
cli-arg-standby = Înscrie pe lista de așteptare a unui serviciu plin azi, în loc de rezervare
