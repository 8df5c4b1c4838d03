# Conturile personalului și registrul acțiunilor personalului, din linia de comandă.

cli-cmd-staff-user = Gestionează conturile personalului (adăugare, listă, dezactivare, deblocare)
cli-cmd-add = Adaugă un cont; PIN-ul se citește de la intrarea standard, un rând
cli-cmd-list = Afișează conturile personalului, fără PIN-uri
cli-cmd-disable = Dezactivează un cont: nu se mai poate intra cu el
cli-cmd-reset-lock = Deblochează un cont blocat după prea multe PIN-uri greșite
cli-cmd-pin = Dă unui cont un PIN nou, citit la fel ca la add, și îl deblochează
cli-cmd-audit = Registrul acțiunilor personalului dintr-o zi
cli-arg-name = Numele persoanei din personal
cli-arg-role = Rolul: staff sau admin
cli-arg-date = Ziua, YYYY-MM-DD

staff-added-staff = Contul „{ $name }” a fost adăugat, rol: personal
staff-added-admin = Contul „{ $name }” a fost adăugat, rol: administrator
staff-disabled = Contul „{ $name }” este dezactivat: nu se mai poate intra cu el
staff-lock-reset = Contul „{ $name }” este deblocat: se poate intra din nou cu el
staff-pin-changed = { $name } are un PIN nou și poate intra cu el
staff-pin-prompt = PIN nou (doar cifre, nu se afișează):
staff-pin-weak-one-digit = PIN-ul este aceeași cifră repetată: alegeți unul greu de ghicit
staff-pin-weak-run = PIN-ul numără în sus sau în jos (ca 123456): alegeți unul greu de ghicit
staff-pin-weak-date = PIN-ul arată ca o dată sau ca un an: alegeți unul greu de ghicit
staff-pin-weak-common = PIN-ul este unul dintre cele alese cel mai des: alegeți unul greu de ghicit
staff-pin-weak-repeated = PIN-ul repetă un grup scurt de cifre (ca 121212): alegeți unul greu de ghicit
staff-list-empty = Nu există încă niciun cont. Adăugați unul cu: sosta staff-user add NUME --role admin
staff-role-staff = personal
staff-role-admin = administrator
staff-state-active = activ
staff-state-disabled = dezactivat
staff-lock-open = se poate intra
staff-lock-wait = trebuie să aștepte până la { $time }
staff-lock-locked = blocat: un administrator trebuie să-l deblocheze
staff-account-gone = Între timp, contul a fost șters
staff-unknown = Nu există niciun cont „{ $name }”. Conturi: { $known }
staff-name-taken = Există deja un cont „{ $name }”. Alegeți alt nume
staff-name-empty = Numele este gol
staff-name-too-long = Numele este prea lung: numărul maxim de caractere este { $max }
staff-name-control = Numele conține caractere de control
staff-pin-missing = Lipsește PIN-ul. Scrieți-l pe un rând la intrarea standard, de exemplu: echo 482957 | sosta staff-user add NUME --role staff
staff-pin-too-short = PIN-ul este prea scurt: numărul minim de cifre este { $min }
staff-pin-too-long = PIN-ul este prea lung: numărul maxim de cifre este { $max }
staff-pin-not-digits = PIN-ul poate conține doar cifrele de la 0 la 9
staff-error-hash = PIN-ul nu a putut fi protejat: { $detail }
staff-error-input = PIN-ul nu poate fi citit de la intrarea standard: { $detail }
staff-error-output = Rezultatul nu poate fi scris: { $detail }

audit-heading = Registrul din { $date }
audit-empty = Nu s-a înregistrat nimic în { $date }
audit-bad-date = „{ $value }” nu este o dată. Scrieți-o ca YYYY-MM-DD, de exemplu 2026-11-25
audit-command-line = linia de comandă
audit-action-serve = servit
audit-action-no-show = absent
audit-action-cancel = anulat
audit-action-close-service = serviciu închis
audit-action-capacity = capacitate schimbată
audit-action-login = intrare
audit-action-login-failed = intrare refuzată
audit-action-logout = ieșire
audit-action-reset-lock = cont deblocat
audit-action-staff-added = cont adăugat
audit-action-staff-disabled = cont dezactivat
audit-action-call-next = număr chemat
audit-action-kiosk-closed = chioșc închis
audit-action-pin-changed = PIN schimbat
audit-detail-wrong-pin = PIN greșit
audit-detail-wait = prea multe încercări, în așteptare
audit-detail-locked = cont blocat
audit-detail-disabled = cont dezactivat

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = Acesta este ultimul administrator activ: mai întâi faceți administrator alt cont
audit-action-service-added = serviciu adăugat
audit-action-service-changed = serviciu modificat
audit-action-catalogue-imported = catalog importat
audit-action-staff-enabled = cont reactivat
audit-action-role-changed = rol schimbat
audit-action-settings-changed = setări schimbate
audit-action-help-called = un chioșc a cerut ajutor
audit-action-help-answered = cerere de ajutor preluată

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = „{ $value }” nu poate fi numele scurt al unui serviciu. Folosiți litere mici, cifre și -, cel mult 40 de caractere
invalid-capacity = Prea multe locuri: { $value }. Valori permise: de la 0 la { $max }
invalid-per-visit = Pe vizită: { $value } este în afara limitelor. Valori permise: de la 1 la 100
invalid-minutes = Minute: { $value } este în afara limitelor. Valori permise: de la 1 la 1440
invalid-overlap = pe { $day }, orele { $first } și { $second } se suprapun
invalid-slot-too-long = pe { $day }, orele { $range } sunt mai scurte decât un interval ({ $minutes } min)
