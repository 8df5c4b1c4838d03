# The command line: help texts, results and errors for coordinators and scripts.

cli-about = Sosta: the self-service kiosk of a drop-in centre
cli-cmd-kiosk = The visitor kiosk (the default)
cli-cmd-services = Today's services and what is still free
cli-cmd-book = Book a service as the kiosk does, for a new anonymous visit
cli-cmd-scan = The verdict for a scanned slip or a typed short code
cli-cmd-cancel = Cancel one booking of a slip, which frees its place
cli-cmd-staff = The staff station at a desk: scan slips, serve, today's board
cli-cmd-display = The waiting room's display: the numbers desks call and the slots being served, each call with a chime and said aloud
cli-cmd-help = Print this message or the help of a verb
cli-cmd-catalogue = The catalogue of services: export it to a file, or import one
cli-cmd-import = Read a catalogue file: check it whole, show the differences, and replace the catalogue, all or nothing
cli-cmd-catalogue-export = Write the active services, their hours and special days to a TOML file
cli-cmd-report = The funders' report of a month or a period: anonymous counts, small numbers hidden
cli-arg-data-dir = The data folder (else SOSTA_DATA_DIR, else the platform's data folder)
cli-arg-now = The clock, as RFC 3339 (for demos and tests)
cli-arg-lang = The language of messages (it, en, …)
cli-arg-json = Print JSON (documented in the README)
cli-arg-fullscreen = Lock the kiosk full screen
cli-arg-windowed = Open in a window instead of full screen
cli-arg-service = The service's short name (slug), e.g. shower
cli-arg-slot = The slot's start time, HH:MM (else the first free slot)
cli-arg-quantity = How many items (for services that hand things out)
cli-arg-payload = The text of the QR code, or the short code
cli-arg-desk = The service of this desk
cli-arg-serve = Mark a valid booking served
cli-arg-code = The slip's short code or QR text
cli-arg-help = Print help
cli-arg-version = Print the version

error-bad-lang = There are no translations for “{ $value }”. Languages: { $known }
error-bad-now = “{ $value }” is not a date and time. Write it as RFC 3339, for example 2026-11-25T10:30:00+01:00
error-bad-slot = “{ $value }” is not a time. Write it as HH:MM, for example 10:30
error-unknown-service = There is no service “{ $slug }”. Services: { $known }
error-store-unreachable = The database cannot be opened. Check that the data folder is there and belongs to Sosta's user
error-store-busy = The database is busy with another program. Try again in a moment
error-store-read-only = The database cannot be written. Check the permissions of the data folder
error-store-full = The disk is full: nothing more can be saved. Free some space
error-store-damaged = The database is damaged. Restore it from a backup
error-store-newer = The database was made by a newer version of Sosta. Install that version again
error-store-other = The database could not be used. The log says why
error-store-network = The data folder is on a network drive, where the database file cannot be shared safely. Keep the data folder on this computer's own disk, or share the data through a PostgreSQL server (README, "Several computers")
error-server-unreachable = The database server { $server } cannot be reached. Check that it is running and that this computer is on the network
error-server-login = The database server { $server } refused Sosta's user or password. Check [database] url in sosta.toml
error-server-no-database = The database server { $server } has no database called { $database }. Create it as the README says (Several computers)
error-server-not-sosta = The database { $database } on { $server } holds another program's tables. Give Sosta an empty database of its own
error-server-tls = The database server { $server } does not accept the encrypted connection that [database] url asks for (sslmode). Check the server's certificate or the URL
error-payload = The slip's code could not be made: check the computer's date and time
error-key-generation = A new slip key could not be made: the system's random numbers are not available
key-problem-line = Slip key file, line { $line }: a key id and a secret separated by a space are expected.
key-problem-id = Slip key file, line { $line }: the key id is not a number from 0 to 255.
key-problem-length = Slip key file, line { $line }: the secret has { $length } characters instead of 64.
key-problem-hex = Slip key file, line { $line }: the secret is not written in lowercase hexadecimal.
key-problem-duplicate = Slip key file, line { $line }: key id { $id } is already used on line { $first }.
key-problem-empty = The slip key file has no key.
error-data-dir = The data folder { $path } cannot be used: { $detail }
error-no-data-dir = There is no data folder. Give one with --data-dir or SOSTA_DATA_DIR
error-key-file = The slip key file { $path } is damaged. Restore it from a backup: slips printed with it cannot be checked without it

settings-error-line = { $file }, line { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = it cannot be read ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = “{ $value }” is not a site id. Use lowercase letters, digits and -, at most 32
settings-problem-database-url = [database] url is not a PostgreSQL address ({ $detail }). Write it as postgresql://user:password@server/database
settings-problem-time-zone = “{ $value }” is not a time zone. Use a name such as Europe/Rome
settings-problem-language = there are no translations for “{ $value }”. Languages: { $allowed }
settings-problem-range = { $key } = { $value } is out of range. Allowed: { $min } to { $max }
settings-problem-time-range = “{ $value }” is not an opening time. Write it as HH:MM-HH:MM, the start before the end
settings-problem-mode = “{ $value }” is not a booking mode. Allowed: slots, queue
settings-problem-date = “{ $value }” is not a date. Write it as YYYY-MM-DD
settings-problem-weekday = “{ $value }” is not a day. Allowed: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = the service “{ $value }” is there twice

services-heading = Services on { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Closed today
services-slots-over = { $count ->
    [one] 1 slot is over
   *[other] { $count } slots are over
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] 1 place free
   *[other] { $free } places free
}
services-slot-full = { $start }–{ $end }  full
services-slot-too-soon = { $start }–{ $end }  starting now
services-queue = Queue { $start }–{ $end }: { $waiting } waiting, about { $minutes } min, { $left } left
services-queue-over = Closed for today

booked-heading = Booked.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: number { $number }, { $desk }
booked-code = Short code: { $code }
booked-payload = QR code: { $payload }

when-today = today at { $time }
when-day = on { $date } at { $time }

refusal-closed = { $service } is closed now. It opens { $when }
refusal-closed-long = { $service } is closed and does not open in the next two weeks
refusal-full = The { $time } slot of { $service } is full. { $next ->
    [none] No other slot is free today
   *[other] The next free slot is at { $next }
}
refusal-full-today = { $service } is full for today
refusal-no-such-slot = { $service } has no slot at { $time } today. { $next ->
    [none] No other slot is free today
   *[other] The next free slot is at { $next }
}
refusal-slot-gone = The { $time } slot of { $service } has started or starts too soon. { $next ->
    [none] No other slot is free today
   *[other] The next free slot is at { $next }
}
refusal-already-booked = This visit already has a booking for { $service }
refusal-overlap = { $service } at that time overlaps the booking for { $other }
refusal-too-many = One visit can book at most { $limit } services
refusal-again = { $service } was booked from this kiosk a moment ago: another place goes through the staff
refusal-quantity = For { $service } one visit can take from 1 to { $limit }

verdict-valid = VALID: serve this person
verdict-served = SERVED: marked as served now
verdict-already-served = ALREADY SERVED: this slip was used
verdict-too-early = TOO EARLY: the slot has not started yet
verdict-too-late = TOO LATE: the slot is over (no-show)
verdict-not-today = NOT TODAY: this slip is from another day
verdict-cancelled = CANCELLED: this booking was cancelled
verdict-other-service = OTHER SERVICE: no booking for this desk
verdict-forged = NOT GENUINE: this slip was not made here
verdict-malformed = NOT A SLIP: scan again or type the code
verdict-unknown = UNKNOWN: no such slip here
verdict-genuine-offline = GENUINE, FOR TODAY: the database cannot be reached, so whether it was already used cannot be checked

status-booked = booked
status-served = served
status-no-show = no-show
status-cancelled = cancelled

cancelled = Cancelled: { $service }. The place is free again
cancel-nothing = The slip { $code } has no booking for { $service }
cancel-not-booked = The booking for { $service } cannot be cancelled: it is { $status }

cli-cmd-slip = Make a slip again by its short code: print it, or write it with --out
cli-cmd-screenshot = Draw a kiosk screen into a PNG file, without a display, on demo data
cli-arg-slip-out = Write the slip to this PDF file instead of printing it
cli-arg-out = The file to write
cli-arg-screen = The screen to draw (see --list)
cli-arg-size = The picture's size in pixels, WIDTHxHEIGHT
cli-arg-list = List the screens
cli-arg-file = The file to write
cli-arg-source = The catalogue file to read
cli-arg-dry-run = Show what would change, and change nothing
cli-arg-confirm = Import even if bookings would be left outside the new hours
cli-arg-month = The month of the report, YYYY-MM
cli-arg-from = The first day of the report, YYYY-MM-DD
cli-arg-to = The last day of the report, YYYY-MM-DD
cli-arg-format = csv (a table for a spreadsheet), json or pdf (charts to print, with --out)
catalogue-exported = { $count } services written to { $path }
catalogue-unchanged = The file is the catalogue in use: nothing to change
catalogue-diff-added = + { $slug }: new service
catalogue-diff-withdrawn = - { $slug }: no longer offered (its bookings stay)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] 1 booking would be left outside the new hours:
   *[other] { $count } bookings would be left outside the new hours:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Dry run: nothing was changed
catalogue-italian-name-needed = The service “{ $slug }” has no Italian name, which every language without a name of its own shows: add it under [service.name] as it = "…"
catalogue-imported = Imported { $path }: { $added } added, { $changed } changed, { $withdrawn } no longer offered
catalogue-confirm-needed = Nothing was imported. Tell the visitors of these bookings, or run again with --confirm: the bookings stay, and staff see them on their board
cli-cmd-keys = The keys that sign slips: make a new one
cli-cmd-rotate = Sign new slips with a fresh key; slips signed before stay valid
keys-rotated = New slips are signed with key { $id }. Slips signed before stay valid
cli-cmd-db = The site's database: back it up, restore it from a backup, or move it to a PostgreSQL server
cli-cmd-doctor = Check what a volunteer would otherwise ask for help with, and say what to do
cli-cmd-copy = Copy every row of this site into an empty PostgreSQL database and count them again on both sides
cli-arg-site = Another site of the same database, by its id ([site] id)
cli-arg-target = The PostgreSQL database to copy into, postgresql://user:password@server/database
db-copied = Copied to { $server }: { $rows } rows in { $tables } tables, counted again on both sides. Now set [database] url in each computer's sosta.toml
db-copy-from-server = This site's data is already on { $server }. Copy from the computer whose data folder holds the SQLite file
db-copy-bad-url = --to is not a PostgreSQL address ({ $detail }). Write it as postgresql://user:password@server/database
db-copy-not-empty = The database on { $server } already holds Sosta data (table { $table }). Copy only into an empty database: nothing was changed
db-copy-mismatch = The copy to { $server } did not match ({ $table }: { $here } rows here, { $there } there), so nothing was kept. Try again; if it happens again, keep using this computer's file
error-bad-month = “{ $value }” is not a month. Write it as YYYY-MM, for example 2026-11
error-bad-date = “{ $value }” is not a date. Write it as YYYY-MM-DD, for example 2026-11-25
error-bad-period = The period from { $from } to { $to } is not possible: the first day must not come after the last, and the period is at most two years
error-report-period = Say which period: --month YYYY-MM, or --from YYYY-MM-DD with --to YYYY-MM-DD

booked-slip = Slip: { $path }
error-print = The booking is saved (code { $code }). Print the slip again with: sosta slip { $code }
print-problem-draw = The slip could not be drawn.
print-problem-spool = The slip could not be saved in the spool folder.
print-problem-no-cups = The printing system (CUPS) is not installed.
print-problem-missing = The printer { $printer } is not there.
print-problem-disabled = The printer { $printer } is switched off or paused.
print-problem-refused = The printer { $printer } refused the slip.
print-problem-denied = Sosta may not write to the printer { $printer }: add its user to the lp group.
print-problem-timeout = The printer { $printer } does not answer. Check that it is switched on and connected.
print-problem-write = The slip could not be sent to the printer { $printer }.
error-unknown-slip = There is no slip with the code { $code }
error-display = The kiosk window cannot be opened: { $detail }
error-bad-size = “{ $value }” is not a picture size. Write it as WIDTHxHEIGHT, for example 1920x1080
error-unknown-screen = There is no screen “{ $value }”. Screens: { $known }
error-screenshot = The screen could not be drawn: { $detail }
settings-problem-choice = { $key } = “{ $value }” is not allowed. Allowed: { $allowed }

settings-problem-invalid = the service “{ $service }”: { $problem }
settings-problem-unprintable = “{ $value }” cannot be printed on a slip: leave it out
settings-problem-printer-address = [printer] escpos = “{ $value }” is not a receipt printer. Write a device such as /dev/usb/lp0 or an address such as tcp://192.168.1.50:9100
settings-problem-both-printers = [printer] has both escpos and destination: a slip goes to one printer. Keep one of them
cli-cmd-backup = Copy the database to a new file while the kiosks run, and check the copy
db-backup-done = Backup written to { $path } and checked: { $visits ->
    [one] 1 visit
   *[other] { $visits } visits
}, { $bookings ->
    [one] 1 booking
   *[other] { $bookings } bookings
}, { $kib } KiB. Keep it where only Sosta's user can read it
db-backup-no-folder = There is no folder { $folder } to write the backup in
db-backup-on-server = The database is on a PostgreSQL server: back it up there, with pg_dump, where every computer's data is
db-backup-exists = { $path } exists already: a backup never overwrites a file. Choose a new name
db-backup-failed = The backup could not be written to { $path }: { $detail }
db-backup-folder = The folder { $folder } cannot be used for backups: { $detail }
db-backup-removed = { $count ->
    [one] 1 backup
   *[other] { $count } backups
} older than { $days } days removed from { $folder }
cli-arg-dir = A folder for nightly backups, each named by site and time; those older than [backup] keep_days are removed
cli-cmd-restore = Put a backup in the database's place: the file is checked first, and the previous database is kept
cli-arg-backup = The backup file to restore, written by sosta db backup
db-restore-done = Restored from { $path }: { $visits ->
    [one] 1 visit
   *[other] { $visits } visits
}, { $bookings ->
    [one] 1 booking
   *[other] { $bookings } bookings
}. Start the kiosks and stations again
db-restore-kept = The previous database is kept as { $kept }
db-restore-on-server = The database is on a PostgreSQL server: restore it there, with pg_restore, from a pg_dump backup
db-restore-unreadable = { $path } cannot be read: { $detail }. Nothing was changed
db-restore-not-sqlite = { $path } is not a SQLite database, so it is not a Sosta backup. Nothing was changed
db-restore-damaged = { $path } is damaged ({ $detail }). Choose another backup: nothing was changed
db-restore-not-sosta = { $path } is a database of another program, not a Sosta backup. Nothing was changed
db-restore-newer = { $path } was made by a newer version of Sosta (schema { $found }; this one knows up to { $known }). Restore it with that version: nothing was changed
db-restore-in-use = The database { $path } is in use: a kiosk or a station is writing to it. Stop the kiosks and stations, then try again: nothing was changed
db-restore-same-file = { $path } is the site's database itself: choose a backup
db-restore-failed = The backup could not be restored ({ $path }: { $detail }). The database is as it was
standby-not-full = { $service } is not full today: book a place instead.
standby-joined = On the standby list of { $service }: number { $number }. Code { $code }
cli-arg-standby = Wait on the standby list of a service full today, instead of booking
