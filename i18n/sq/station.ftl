# The staff station at a service desk. Staff are busy and standing: short, clear words.
# Posti i stafit te sporteli. Stafi nxiton dhe qëndron në këmbë: fjalë të shkurtra dhe të qarta.

station-who-are-you = Kush jeni? Prekni emrin tuaj
station-pin-clear = Fshini një shifër
station-pin-ok = Hyni
station-scan-now = Skanoni një biletë
station-or-type = ose shkruani kodin e biletës
station-erase = Fshini
station-check-code = Kontrolloni kodin
station-served = U shërbye
station-next = Tjetri
station-board = Pasqyra e sotme
station-scan = Skanoni
station-logout = Dilni
station-close-today = Mbyllni për sot
station-capacity = Vende për interval sot:
station-capacity-less = Një vend më pak sot
station-capacity-more = Një vend më shumë sot
station-mark-no-show = Nuk erdhi
station-cancel-booking = Anuloni
station-all-desks = Të gjitha sportelet
station-login-first = Në fillim hyni, pastaj skanoni përsëri biletën
station-login-wrong = PIN i gabuar. { $left ->
    [0] Prisni pak para provës tjetër
    [one] Edhe { $left } provë, pastaj duhet të prisni
   *[other] Edhe { $left } prova, pastaj duhet të prisni
}
station-login-wait = Shumë PIN të gabuar. Provoni përsëri në orën { $time }
station-login-locked = Kjo llogari është bllokuar pas shumë PIN-eve të gabuar. Duhet ta zhbllokojë një administrator
station-login-disabled = Kjo llogari nuk është aktive. Pyetni një administrator
station-slip-language = Gjuha e biletës: { $language }
station-board-summary = Rezervuar { $booked } · shërbyer { $served } · nuk erdhën { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# Këndi i stafit në kioskë (shtypni 3 sekonda emrin e vendit, pastaj PIN-in).
corner-menu-title = Stafi: { $name }
corner-open-station = Hapni postin e stafit
corner-exit = Mbyllni kioskën
corner-reprint = Printoni përsëri një biletë të fundit
corner-close-service = Mbyllni një shërbim për pjesën tjetër të ditës
corner-back-to-kiosk = Kthehuni te kioska
corner-reprinted = Bileta { $code } u printua përsëri
corner-closed = Shërbimi { $service } është i mbyllur për pjesën tjetër të ditës
corner-station-opened = Posti i stafit po hapet në një dritare më vete
corner-station-failed = Posti i stafit nuk mund të nisej. Arsyeja është shkruar në regjistrin e programit

# Queue desks and items handed out.
# Sportele me radhë dhe artikuj të shpërndarë.
station-now-calling = Po thërrasim: { $number }
station-call-next = Thërrisni tjetrin
station-nobody-waiting = Nuk pret askush
station-quantity = Artikuj të shpërndarë:
station-quantity-less = Një artikull më pak
station-quantity-more = Një artikull më shumë
station-admin-only = Këtë mund ta bëjë vetëm një administrator. Pyetni koordinatorin
station-login-shared = Ky PIN i përket më shumë se një llogarie. Kërkojini një administratori t'ju japë një PIN të ri
corner-admin-only = Këtë mund ta bëjë vetëm një administrator
corner-pin-title = PIN-i i stafit
station-help-alert = Kioska { $kiosk } po kërkon ndihmë ({ $time }). Shkoni të shihni.
station-help-going = Po shkoj unë
station-help-taken = Një koleg po shkon tashmë.
station-standby-may-come = Numri { $number } i listës së pritjes mund të vijë tani (deri në orën { $time }).
