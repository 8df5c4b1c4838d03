# The staff station at a service desk. Staff are busy and standing: short, clear words.

station-who-are-you = Who are you? Tap your name
station-pin-clear = Delete a digit
station-pin-ok = Log in
station-scan-now = Scan a slip
station-or-type = or type the code from the slip
station-erase = Delete
station-check-code = Check the code
station-served = Served
station-next = Next
station-board = Today's board
station-scan = Scan
station-logout = Log out
station-close-today = Close for today
station-capacity = Places per slot today:
station-capacity-less = One place less today
station-capacity-more = One place more today
station-mark-no-show = No-show
station-cancel-booking = Cancel
station-all-desks = All desks
station-login-first = Log in first, then scan the slip again
station-login-wrong = Wrong PIN. { $left ->
    [0] Wait a moment before the next try
    [one] 1 more try before a wait
   *[other] { $left } more tries before a wait
}
station-login-wait = Too many wrong PINs. Try again at { $time }
station-login-locked = This account is locked after too many wrong PINs. An admin must unlock it
station-login-disabled = This account is not active. Ask an admin
station-slip-language = Slip in { $language }
station-board-summary = Booked { $booked } · served { $served } · no-show { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
corner-menu-title = Staff: { $name }
corner-open-station = Open the staff station
corner-exit = Close the kiosk
corner-reprint = Print a recent slip again
corner-close-service = Close a service for the rest of today
corner-back-to-kiosk = Back to the kiosk
corner-reprinted = Slip { $code } printed again
corner-closed = { $service } is closed for the rest of today
corner-station-opened = The staff station is opening in its own window
corner-station-failed = The staff station could not be started. The log says why

# Queue desks and items handed out.
station-now-calling = Now calling: { $number }
station-call-next = Call next
station-nobody-waiting = Nobody is waiting
station-quantity = Items handed out:
station-quantity-less = One item less
station-quantity-more = One item more
station-admin-only = Only an administrator can do this. Ask the coordinator
station-login-shared = This PIN belongs to more than one account. Ask an administrator to give you a new PIN
corner-admin-only = Only an administrator can do this
corner-pin-title = Staff PIN
station-help-alert = The kiosk { $kiosk } is calling for help ({ $time }). Go and see.
station-help-going = I am going
station-help-taken = A colleague is already going.
station-standby-may-come = Standby { $number } may come now (until { $time }).
