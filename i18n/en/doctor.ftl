# sosta doctor: each check says what it found and, for a problem, what to do.

doctor-status-ok = ok
doctor-status-warn = warning
doctor-status-problem = PROBLEM
doctor-fine = Nothing stops the kiosk. Warnings: { $warnings }
doctor-problems = Problems: { $problems }. Warnings: { $warnings }. Do what each problem says, then run sosta doctor again

doctor-folder-ok = The data folder { $path } is there and only Sosta's user can read it
doctor-folder-missing = The data folder { $path } does not exist
doctor-folder-missing-todo = Start Sosta once (sosta kiosk) to create it, or check --data-dir and SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } is a file, not a folder
doctor-folder-not-folder-todo = Choose the right data folder with --data-dir or SOSTA_DATA_DIR
doctor-folder-open = Other users of this computer can read these: { $paths }
doctor-folder-open-todo = Run: chmod -R go-rwx { $path }

doctor-settings-ok = The settings file is correct
doctor-settings-default = There is no settings file yet: the first start writes one with the defaults
doctor-settings-bad-todo = Correct that line of sosta.toml: Sosta does not start until it is right

doctor-database-ok = The database { $place } is whole (schema version { $version })
doctor-database-none = There is no database yet at { $path }
doctor-database-none-todo = Start Sosta once to create it. If the site had bookings here, put back the last backup instead (see Backups in the README)
doctor-database-unreadable = The database { $place } cannot be read: { $detail }
doctor-database-damaged = The database { $place } failed its integrity check: { $detail }
doctor-database-restore-todo = Do not delete it. Stop the kiosks and stations, keep a copy of the file, and put back the last backup (see Backups in the README)
doctor-database-older = The database { $place } has schema version { $version }: the next start brings it to { $known }
doctor-database-newer = The database { $place } has schema version { $version }, newer than this program knows ({ $known })
doctor-database-newer-todo = Install the same version of Sosta as the other computers that use this database
doctor-server-unreachable = The database server { $place } cannot be reached: { $detail }
doctor-server-unreachable-todo = Check the network and that the server is on; its address is [database] url in sosta.toml (or SOSTA_DATABASE_URL)

doctor-key-ok = The slip key file { $path } is there and only Sosta's user can read it
doctor-key-server = The slip keys are kept in the site's database
doctor-key-missing = The slip key file { $path } is missing
doctor-key-damaged = The slip key file { $path } cannot be read: { $detail }
doctor-key-restore-todo = Put the slip-keys file back from your backup before the next start: without it, slips printed before cannot be checked
doctor-key-open = Other users can read the slip key file { $path } (mode { $mode })
doctor-key-open-todo = Run: chmod 600 { $path }. If someone may have copied it, also run: sosta keys rotate

doctor-printer-none = No printer is set: slips are only saved in { $path }
doctor-printer-none-todo = Name the printer in sosta.toml, under [printer]: destination (a CUPS queue) or escpos (a receipt printer)
doctor-printer-no-cups = The printing system (CUPS) is not installed: lpstat was not found
doctor-printer-no-cups-todo = Install it (apt install cups cups-client) and add the printer, or ask whoever looks after this computer
doctor-printer-no-default = CUPS has no default printer
doctor-printer-no-default-todo = Name the queue in sosta.toml under [printer] destination, or make one the default: lpoptions -d QUEUE
doctor-printer-missing = CUPS has no printer { $printer }
doctor-printer-missing-todo = Check the name with lpstat -p, or add the printer in CUPS (http://localhost:631)
doctor-printer-disabled = The printer { $printer } is disabled
doctor-printer-disabled-todo = Check paper, cover and cable, then run: cupsenable { $printer }
doctor-printer-rejecting = The printer { $printer } does not accept jobs
doctor-printer-rejecting-todo = Run: cupsaccept { $printer }
doctor-printer-paper = The printer { $printer } has no paper size for { $format } slips (it has: { $sizes })
doctor-printer-paper-todo = Choose the printer's driver for your paper roll in CUPS, or set [printer] format in sosta.toml to the paper it has
doctor-printer-ok = The printer { $printer } is enabled and accepts jobs
doctor-escpos-ok = The receipt printer { $printer } can be reached
doctor-escpos-missing = The receipt printer { $printer } cannot be reached: { $detail }
doctor-escpos-missing-todo = Check that it is on and its cable or network; its address is [printer] escpos in sosta.toml
doctor-escpos-denied = Sosta's user may not write to the receipt printer { $printer }
doctor-escpos-denied-todo = Add Sosta's user to the lp group (adduser USER lp), then log in again

doctor-disk-ok = Free disk space: { $free } MiB
doctor-disk-low = Little free disk space: { $free } MiB
doctor-disk-full = Almost no free disk space: { $free } MiB. Bookings may soon fail to save
doctor-disk-todo = Free some space: delete old files and backups you no longer need, or empty the trash
doctor-disk-unknown = The free disk space could not be read: { $detail }

doctor-clock-ok = Time zone { $zone }: the clock says { $time }. Compare it with a watch
doctor-clock-behind = The clock says { $time }, before the newest visit ({ $newest }): the clock is wrong
doctor-clock-todo = Set the date and time (timedatectl set-time), or turn on network time (timedatectl set-ntp true)

doctor-fonts-ok = The slip's fonts for every language are built in and load
doctor-fonts-bad = A font of the slip does not load: { $detail }
doctor-fonts-todo = Install Sosta again

doctor-voice-off = Reading aloud is off ([kiosk] read_aloud = false): not checked
doctor-espeak-ok = The voice is installed: { $version }
doctor-espeak-missing = The voice (espeak-ng) is not installed: the kiosk cannot read aloud
doctor-espeak-missing-todo = Install it (apt install espeak-ng), or set read_aloud = false under [kiosk] in sosta.toml
doctor-sound-ok = Sound cards found: { $count }
doctor-sound-none = No sound card was found (aplay -l)
doctor-sound-none-todo = Connect the speakers and check the sound settings (alsamixer), or set read_aloud = false under [kiosk]
doctor-sound-no-aplay = The sound player (aplay) is not installed
doctor-sound-no-aplay-todo = Install it (apt install alsa-utils), or set read_aloud = false under [kiosk]
