# The staff station at a service desk. Staff are busy and standing: short, clear words.
# Postul personalului la ghișeu. Personalul se grăbește și stă în picioare: cuvinte scurte și clare.

station-who-are-you = Cine sunteți? Atingeți-vă numele
station-pin-clear = Ștergeți o cifră
station-pin-ok = Intrați
station-scan-now = Scanați un bon
station-or-type = sau tastați codul de pe bon
station-erase = Ștergeți
station-check-code = Verificați codul
station-served = Servit
station-next = Următorul
station-board = Situația de azi
station-scan = Scanați
station-logout = Ieșiți
station-close-today = Închideți pentru azi
station-capacity = Locuri pe interval azi:
station-capacity-less = Un loc în minus azi
station-capacity-more = Un loc în plus azi
station-mark-no-show = Absent
station-cancel-booking = Anulați
station-all-desks = Toate ghișeele
station-login-first = Mai întâi intrați, apoi scanați din nou bonul
station-login-wrong = PIN greșit. { $left ->
    [0] Așteptați puțin înainte de următoarea încercare
    [one] Mai aveți { $left } încercare, apoi trebuie să așteptați
    [few] Mai aveți { $left } încercări, apoi trebuie să așteptați
   *[other] Mai aveți { $left } de încercări, apoi trebuie să așteptați
}
station-login-wait = Prea multe PIN-uri greșite. Încercați din nou la ora { $time }
station-login-locked = Acest cont este blocat după prea multe PIN-uri greșite. Un administrator trebuie să-l deblocheze
station-login-disabled = Acest cont nu este activ. Întrebați un administrator
station-slip-language = Limba bonului: { $language }
station-board-summary = Rezervate { $booked } · servite { $served } · absente { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# Colțul personalului din chioșc (apăsați 3 secunde pe numele locului, apoi PIN-ul).
corner-menu-title = Personal: { $name }
corner-open-station = Deschideți postul personalului
corner-exit = Închideți chioșcul
corner-reprint = Tipăriți din nou un bon recent
corner-close-service = Închideți un serviciu pentru restul zilei
corner-back-to-kiosk = Înapoi la chioșc
corner-reprinted = Bonul { $code } a fost tipărit din nou
corner-closed = Serviciul { $service } este închis pentru restul zilei
corner-station-opened = Postul personalului se deschide într-o fereastră separată
corner-station-failed = Postul personalului nu a putut fi pornit. Motivul este scris în jurnalul programului

# Queue desks and items handed out.
# Ghișee cu coadă și articole împărțite.
station-now-calling = Acum chemăm: { $number }
station-call-next = Chemați următorul
station-nobody-waiting = Nu așteaptă nimeni
station-quantity = Articole împărțite:
station-quantity-less = Un articol în minus
station-quantity-more = Un articol în plus
station-admin-only = Doar un administrator poate face asta. Întrebați coordonatorul
station-login-shared = Acest PIN aparține mai multor conturi. Cereți unui administrator un PIN nou
corner-admin-only = Doar un administrator poate face asta
corner-pin-title = PIN pentru personal
station-help-alert = Chioșcul { $kiosk } cere ajutor ({ $time }). Mergeți să vedeți.
station-help-going = Merg eu
station-help-taken = Merge deja un coleg.
station-standby-may-come = Numărul { $number } de pe lista de așteptare poate veni acum (până la ora { $time }).
