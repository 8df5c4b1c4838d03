# sosta doctor: ਹਰ ਜਾਂਚ ਦੱਸਦੀ ਹੈ ਕਿ ਉਸ ਨੂੰ ਕੀ ਮਿਲਿਆ, ਅਤੇ ਕਿਸੇ ਸਮੱਸਿਆ ਲਈ ਕੀ ਕਰਨਾ ਹੈ।

doctor-status-ok = ਠੀਕ
doctor-status-warn = ਚੇਤਾਵਨੀ
doctor-status-problem = ਸਮੱਸਿਆ
doctor-fine = ਕਿਓਸਕ ਨੂੰ ਕੋਈ ਚੀਜ਼ ਨਹੀਂ ਰੋਕ ਰਹੀ। ਚੇਤਾਵਨੀਆਂ: { $warnings }
doctor-problems = ਸਮੱਸਿਆਵਾਂ: { $problems }। ਚੇਤਾਵਨੀਆਂ: { $warnings }। ਹਰ ਸਮੱਸਿਆ ਜੋ ਕਹਿੰਦੀ ਹੈ ਉਹ ਕਰੋ, ਫਿਰ sosta doctor ਦੁਬਾਰਾ ਚਲਾਓ

doctor-folder-ok = ਡਾਟਾ ਫੋਲਡਰ { $path } ਮੌਜੂਦ ਹੈ ਅਤੇ ਸਿਰਫ਼ Sosta ਦਾ ਯੂਜ਼ਰ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ
doctor-folder-missing = ਡਾਟਾ ਫੋਲਡਰ { $path } ਮੌਜੂਦ ਨਹੀਂ ਹੈ
doctor-folder-missing-todo = ਇਸ ਨੂੰ ਬਣਾਉਣ ਲਈ Sosta ਇੱਕ ਵਾਰ ਚਾਲੂ ਕਰੋ (sosta kiosk), ਜਾਂ --data-dir ਅਤੇ SOSTA_DATA_DIR ਜਾਂਚੋ
doctor-folder-not-folder = { $path } ਇੱਕ ਫ਼ਾਈਲ ਹੈ, ਫੋਲਡਰ ਨਹੀਂ
doctor-folder-not-folder-todo = --data-dir ਜਾਂ SOSTA_DATA_DIR ਨਾਲ ਸਹੀ ਡਾਟਾ ਫੋਲਡਰ ਚੁਣੋ
doctor-folder-open = ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਹੋਰ ਯੂਜ਼ਰ ਇਹ ਪੜ੍ਹ ਸਕਦੇ ਹਨ: { $paths }
doctor-folder-open-todo = ਚਲਾਓ: chmod -R go-rwx { $path }

doctor-settings-ok = ਸੈਟਿੰਗਾਂ ਦੀ ਫ਼ਾਈਲ ਸਹੀ ਹੈ
doctor-settings-default = ਅਜੇ ਸੈਟਿੰਗਾਂ ਦੀ ਕੋਈ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ: ਪਹਿਲੀ ਵਾਰ ਚਾਲੂ ਹੋਣ 'ਤੇ ਡਿਫ਼ਾਲਟ ਮੁੱਲਾਂ ਨਾਲ ਇੱਕ ਫ਼ਾਈਲ ਲਿਖੀ ਜਾਂਦੀ ਹੈ
doctor-settings-bad-todo = sosta.toml ਦੀ ਉਹ ਲਾਈਨ ਠੀਕ ਕਰੋ: ਜਦੋਂ ਤੱਕ ਉਹ ਸਹੀ ਨਹੀਂ ਹੁੰਦੀ Sosta ਚਾਲੂ ਨਹੀਂ ਹੋਵੇਗਾ

doctor-database-ok = ਡਾਟਾਬੇਸ { $place } ਪੂਰਾ ਹੈ (ਸਕੀਮਾ ਵਰਜਨ { $version })
doctor-database-none = { $path } ਵਿੱਚ ਅਜੇ ਕੋਈ ਡਾਟਾਬੇਸ ਨਹੀਂ ਹੈ
doctor-database-none-todo = ਇਸ ਨੂੰ ਬਣਾਉਣ ਲਈ Sosta ਇੱਕ ਵਾਰ ਚਾਲੂ ਕਰੋ। ਜੇ ਇੱਥੇ ਸੈਂਟਰ ਦੀਆਂ ਬੁਕਿੰਗਾਂ ਸਨ, ਤਾਂ ਇਸ ਦੀ ਬਜਾਏ ਆਖ਼ਰੀ ਬੈਕਅੱਪ ਵਾਪਸ ਰੱਖੋ (README ਵਿੱਚ Backups ਵੇਖੋ)
doctor-database-unreadable = ਡਾਟਾਬੇਸ { $place } ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: { $detail }
doctor-database-damaged = ਡਾਟਾਬੇਸ { $place } ਸਹੀ-ਸਲਾਮਤੀ ਦੀ ਜਾਂਚ ਵਿੱਚ ਫੇਲ੍ਹ ਹੋ ਗਿਆ: { $detail }
doctor-database-restore-todo = ਇਸ ਨੂੰ ਨਾ ਮਿਟਾਓ। ਕਿਓਸਕ ਅਤੇ ਸਟੇਸ਼ਨ ਬੰਦ ਕਰੋ, ਫ਼ਾਈਲ ਦੀ ਇੱਕ ਕਾਪੀ ਰੱਖੋ, ਅਤੇ ਆਖ਼ਰੀ ਬੈਕਅੱਪ ਵਾਪਸ ਰੱਖੋ (README ਵਿੱਚ Backups ਵੇਖੋ)
doctor-database-older = ਡਾਟਾਬੇਸ { $place } ਦਾ ਸਕੀਮਾ ਵਰਜਨ { $version } ਹੈ: ਅਗਲੀ ਵਾਰ ਚਾਲੂ ਹੋਣ 'ਤੇ ਇਹ { $known } ਹੋ ਜਾਵੇਗਾ
doctor-database-newer = ਡਾਟਾਬੇਸ { $place } ਦਾ ਸਕੀਮਾ ਵਰਜਨ { $version } ਹੈ, ਜੋ ਇਸ ਪ੍ਰੋਗਰਾਮ ਦੇ ਜਾਣੇ ਹੋਏ ਵਰਜਨ ({ $known }) ਤੋਂ ਨਵਾਂ ਹੈ
doctor-database-newer-todo = Sosta ਦਾ ਉਹੀ ਵਰਜਨ ਇੰਸਟਾਲ ਕਰੋ ਜੋ ਇਸ ਡਾਟਾਬੇਸ ਨੂੰ ਵਰਤਣ ਵਾਲੇ ਹੋਰ ਕੰਪਿਊਟਰਾਂ 'ਤੇ ਹੈ
doctor-server-unreachable = ਡਾਟਾਬੇਸ ਸਰਵਰ { $place } ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਸਕੀ: { $detail }
doctor-server-unreachable-todo = ਨੈੱਟਵਰਕ ਜਾਂਚੋ ਅਤੇ ਇਹ ਕਿ ਸਰਵਰ ਚੱਲ ਰਿਹਾ ਹੈ; ਇਸ ਦਾ ਪਤਾ sosta.toml ਵਿੱਚ [database] url ਹੈ (ਜਾਂ SOSTA_DATABASE_URL)

doctor-key-ok = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ { $path } ਮੌਜੂਦ ਹੈ ਅਤੇ ਸਿਰਫ਼ Sosta ਦਾ ਯੂਜ਼ਰ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ
doctor-key-server = ਪਰਚੀਆਂ ਦੀਆਂ ਕੁੰਜੀਆਂ ਸੈਂਟਰ ਦੇ ਡਾਟਾਬੇਸ ਵਿੱਚ ਰੱਖੀਆਂ ਹਨ
doctor-key-missing = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ { $path } ਗੁੰਮ ਹੈ
doctor-key-damaged = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ { $path } ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: { $detail }
doctor-key-restore-todo = ਅਗਲੀ ਵਾਰ ਚਾਲੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ slip-keys ਫ਼ਾਈਲ ਆਪਣੇ ਬੈਕਅੱਪ ਤੋਂ ਵਾਪਸ ਰੱਖੋ: ਇਸ ਤੋਂ ਬਿਨਾਂ ਪਹਿਲਾਂ ਛਪੀਆਂ ਪਰਚੀਆਂ ਜਾਂਚੀਆਂ ਨਹੀਂ ਜਾ ਸਕਦੀਆਂ
doctor-key-open = ਹੋਰ ਯੂਜ਼ਰ ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ { $path } ਪੜ੍ਹ ਸਕਦੇ ਹਨ (ਇਜਾਜ਼ਤਾਂ { $mode })
doctor-key-open-todo = ਚਲਾਓ: chmod 600 { $path }। ਜੇ ਕਿਸੇ ਨੇ ਇਸ ਦੀ ਕਾਪੀ ਕੀਤੀ ਹੋ ਸਕਦੀ ਹੈ, ਤਾਂ ਇਹ ਵੀ ਚਲਾਓ: sosta keys rotate

doctor-printer-none = ਕੋਈ ਪ੍ਰਿੰਟਰ ਸੈੱਟ ਨਹੀਂ ਹੈ: ਪਰਚੀਆਂ ਸਿਰਫ਼ { $path } ਵਿੱਚ ਸੰਭਾਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ
doctor-printer-none-todo = sosta.toml ਵਿੱਚ [printer] ਹੇਠ ਪ੍ਰਿੰਟਰ ਲਿਖੋ: destination (CUPS ਦੀ ਕਤਾਰ) ਜਾਂ escpos (ਰਸੀਦਾਂ ਵਾਲਾ ਪ੍ਰਿੰਟਰ)
doctor-printer-no-cups = ਛਾਪਣ ਵਾਲਾ ਸਿਸਟਮ (CUPS) ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ: lpstat ਨਹੀਂ ਮਿਲਿਆ
doctor-printer-no-cups-todo = ਇਸ ਨੂੰ ਇੰਸਟਾਲ ਕਰੋ (apt install cups cups-client) ਅਤੇ ਪ੍ਰਿੰਟਰ ਜੋੜੋ, ਜਾਂ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਨੂੰ ਪੁੱਛੋ
doctor-printer-no-default = CUPS ਵਿੱਚ ਕੋਈ ਡਿਫ਼ਾਲਟ ਪ੍ਰਿੰਟਰ ਨਹੀਂ ਹੈ
doctor-printer-no-default-todo = sosta.toml ਵਿੱਚ [printer] destination ਹੇਠ ਕਤਾਰ ਲਿਖੋ, ਜਾਂ ਕਿਸੇ ਇੱਕ ਨੂੰ ਡਿਫ਼ਾਲਟ ਬਣਾਓ: lpoptions -d QUEUE
doctor-printer-missing = CUPS ਵਿੱਚ { $printer } ਨਾਂ ਦਾ ਕੋਈ ਪ੍ਰਿੰਟਰ ਨਹੀਂ ਹੈ
doctor-printer-missing-todo = lpstat -p ਨਾਲ ਨਾਂ ਜਾਂਚੋ, ਜਾਂ CUPS ਵਿੱਚ ਪ੍ਰਿੰਟਰ ਜੋੜੋ (http://localhost:631)
doctor-printer-disabled = ਪ੍ਰਿੰਟਰ { $printer } ਬੰਦ ਕੀਤਾ ਹੋਇਆ ਹੈ
doctor-printer-disabled-todo = ਕਾਗਜ਼, ਢੱਕਣ ਅਤੇ ਕੇਬਲ ਜਾਂਚੋ, ਫਿਰ ਚਲਾਓ: cupsenable { $printer }
doctor-printer-rejecting = ਪ੍ਰਿੰਟਰ { $printer } ਛਪਾਈ ਦੇ ਕੰਮ ਨਹੀਂ ਲੈ ਰਿਹਾ
doctor-printer-rejecting-todo = ਚਲਾਓ: cupsaccept { $printer }
doctor-printer-paper = ਪ੍ਰਿੰਟਰ { $printer } ਕੋਲ { $format } ਪਰਚੀਆਂ ਲਈ ਕਾਗਜ਼ ਦਾ ਆਕਾਰ ਨਹੀਂ ਹੈ (ਇਸ ਕੋਲ ਹਨ: { $sizes })
doctor-printer-paper-todo = CUPS ਵਿੱਚ ਆਪਣੇ ਕਾਗਜ਼ ਦੇ ਰੋਲ ਲਈ ਪ੍ਰਿੰਟਰ ਦਾ ਡਰਾਈਵਰ ਚੁਣੋ, ਜਾਂ sosta.toml ਵਿੱਚ [printer] format ਇਸ ਦੇ ਕਾਗਜ਼ ਮੁਤਾਬਕ ਰੱਖੋ
doctor-printer-ok = ਪ੍ਰਿੰਟਰ { $printer } ਚਾਲੂ ਹੈ ਅਤੇ ਕੰਮ ਲੈ ਰਿਹਾ ਹੈ
doctor-escpos-ok = ਰਸੀਦਾਂ ਵਾਲੇ ਪ੍ਰਿੰਟਰ { $printer } ਤੱਕ ਪਹੁੰਚ ਹੋ ਸਕਦੀ ਹੈ
doctor-escpos-missing = ਰਸੀਦਾਂ ਵਾਲੇ ਪ੍ਰਿੰਟਰ { $printer } ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਸਕੀ: { $detail }
doctor-escpos-missing-todo = ਜਾਂਚੋ ਕਿ ਇਹ ਚਾਲੂ ਹੈ, ਅਤੇ ਇਸ ਦੀ ਕੇਬਲ ਜਾਂ ਨੈੱਟਵਰਕ; ਇਸ ਦਾ ਪਤਾ sosta.toml ਵਿੱਚ [printer] escpos ਹੈ
doctor-escpos-denied = Sosta ਦਾ ਯੂਜ਼ਰ ਰਸੀਦਾਂ ਵਾਲੇ ਪ੍ਰਿੰਟਰ { $printer } 'ਤੇ ਨਹੀਂ ਲਿਖ ਸਕਦਾ
doctor-escpos-denied-todo = Sosta ਦੇ ਯੂਜ਼ਰ ਨੂੰ lp ਗਰੁੱਪ ਵਿੱਚ ਜੋੜੋ (adduser USER lp), ਫਿਰ ਦੁਬਾਰਾ ਲੌਗ ਇਨ ਕਰੋ

doctor-disk-ok = ਡਿਸਕ 'ਤੇ ਖਾਲੀ ਥਾਂ: { $free } MiB
doctor-disk-low = ਡਿਸਕ 'ਤੇ ਖਾਲੀ ਥਾਂ ਘੱਟ ਹੈ: { $free } MiB
doctor-disk-full = ਡਿਸਕ ਲਗਭਗ ਭਰ ਗਈ ਹੈ: { $free } MiB ਖਾਲੀ। ਜਲਦੀ ਹੀ ਬੁਕਿੰਗਾਂ ਸੰਭਾਲੀਆਂ ਜਾਣੀਆਂ ਬੰਦ ਹੋ ਸਕਦੀਆਂ ਹਨ
doctor-disk-todo = ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ: ਪੁਰਾਣੀਆਂ ਫ਼ਾਈਲਾਂ ਅਤੇ ਬੇਲੋੜੇ ਬੈਕਅੱਪ ਮਿਟਾਓ, ਜਾਂ ਰੱਦੀ ਖਾਲੀ ਕਰੋ
doctor-disk-unknown = ਡਿਸਕ 'ਤੇ ਖਾਲੀ ਥਾਂ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $detail }

doctor-clock-ok = ਸਮਾਂ ਖੇਤਰ { $zone }: ਘੜੀ { $time } ਦੱਸ ਰਹੀ ਹੈ। ਇਸ ਨੂੰ ਕਿਸੇ ਹੋਰ ਘੜੀ ਨਾਲ ਮਿਲਾਓ
doctor-clock-behind = ਘੜੀ { $time } ਦੱਸ ਰਹੀ ਹੈ, ਜੋ ਸਭ ਤੋਂ ਨਵੀਂ ਫੇਰੀ ({ $newest }) ਤੋਂ ਪਹਿਲਾਂ ਹੈ: ਘੜੀ ਗ਼ਲਤ ਹੈ
doctor-clock-todo = ਤਾਰੀਖ਼ ਅਤੇ ਸਮਾਂ ਸੈੱਟ ਕਰੋ (timedatectl set-time), ਜਾਂ ਨੈੱਟਵਰਕ ਦਾ ਸਮਾਂ ਚਾਲੂ ਕਰੋ (timedatectl set-ntp true)

doctor-fonts-ok = ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ ਲਈ ਪਰਚੀ ਦੇ ਫੌਂਟ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ ਅਤੇ ਲੋਡ ਹੁੰਦੇ ਹਨ
doctor-fonts-bad = ਪਰਚੀ ਦਾ ਇੱਕ ਫੌਂਟ ਲੋਡ ਨਹੀਂ ਹੁੰਦਾ: { $detail }
doctor-fonts-todo = Sosta ਦੁਬਾਰਾ ਇੰਸਟਾਲ ਕਰੋ

doctor-voice-off = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਬੰਦ ਹੈ ([kiosk] read_aloud = false): ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ
doctor-espeak-ok = ਆਵਾਜ਼ ਇੰਸਟਾਲ ਹੈ: { $version }
doctor-espeak-missing = ਆਵਾਜ਼ (espeak-ng) ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ: ਕਿਓਸਕ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ
doctor-espeak-missing-todo = ਇਸ ਨੂੰ ਇੰਸਟਾਲ ਕਰੋ (apt install espeak-ng), ਜਾਂ sosta.toml ਵਿੱਚ [kiosk] ਹੇਠ read_aloud = false ਰੱਖੋ
doctor-sound-ok = ਮਿਲੇ ਸਾਊਂਡ ਕਾਰਡ: { $count }
doctor-sound-none = ਕੋਈ ਸਾਊਂਡ ਕਾਰਡ ਨਹੀਂ ਮਿਲਿਆ (aplay -l)
doctor-sound-none-todo = ਸਪੀਕਰ ਲਗਾਓ ਅਤੇ ਆਵਾਜ਼ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਜਾਂਚੋ (alsamixer), ਜਾਂ [kiosk] ਹੇਠ read_aloud = false ਰੱਖੋ
doctor-sound-no-aplay = ਆਵਾਜ਼ ਚਲਾਉਣ ਵਾਲਾ ਪ੍ਰੋਗਰਾਮ (aplay) ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ
doctor-sound-no-aplay-todo = ਇਸ ਨੂੰ ਇੰਸਟਾਲ ਕਰੋ (apt install alsa-utils), ਜਾਂ [kiosk] ਹੇਠ read_aloud = false ਰੱਖੋ
