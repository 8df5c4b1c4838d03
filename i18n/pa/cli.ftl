# The command line: help texts, results and errors for coordinators and scripts.
# ਕਮਾਂਡ ਲਾਈਨ: ਕੋਆਰਡੀਨੇਟਰਾਂ ਅਤੇ ਸਕ੍ਰਿਪਟਾਂ ਲਈ ਮਦਦ, ਨਤੀਜੇ ਅਤੇ ਗ਼ਲਤੀਆਂ।

cli-about = Sosta: ਇੱਕ ਡੇ ਸੈਂਟਰ ਦਾ ਸੈਲਫ਼-ਸਰਵਿਸ ਕਿਓਸਕ
cli-cmd-kiosk = ਆਉਣ ਵਾਲਿਆਂ ਲਈ ਕਿਓਸਕ (ਡਿਫ਼ਾਲਟ)
cli-cmd-services = ਅੱਜ ਦੀਆਂ ਸੇਵਾਵਾਂ ਅਤੇ ਜੋ ਥਾਵਾਂ ਅਜੇ ਖਾਲੀ ਹਨ
cli-cmd-book = ਕਿਓਸਕ ਵਾਂਗ ਇੱਕ ਸੇਵਾ ਬੁੱਕ ਕਰੋ, ਇੱਕ ਨਵੀਂ ਬਿਨਾਂ ਨਾਮ ਵਾਲੀ ਫੇਰੀ ਲਈ
cli-cmd-scan = ਸਕੈਨ ਕੀਤੀ ਪਰਚੀ ਜਾਂ ਟਾਈਪ ਕੀਤੇ ਛੋਟੇ ਕੋਡ ਦਾ ਨਤੀਜਾ
cli-cmd-cancel = ਪਰਚੀ ਦੀ ਇੱਕ ਬੁਕਿੰਗ ਰੱਦ ਕਰੋ, ਜਿਸ ਨਾਲ ਉਸ ਦੀ ਥਾਂ ਖਾਲੀ ਹੋ ਜਾਂਦੀ ਹੈ
cli-cmd-staff = ਡੈਸਕ 'ਤੇ ਸਟਾਫ਼ ਦੀ ਥਾਂ: ਪਰਚੀਆਂ ਸਕੈਨ ਕਰੋ, ਸੇਵਾ ਦਿਓ, ਅੱਜ ਦਾ ਬੋਰਡ
cli-cmd-display = ਉਡੀਕ ਵਾਲੇ ਕਮਰੇ ਦੀ ਸਕਰੀਨ: ਕਾਊਂਟਰਾਂ ਵੱਲੋਂ ਬੁਲਾਏ ਨੰਬਰ ਅਤੇ ਚੱਲ ਰਹੇ ਸਲਾਟ; ਹਰ ਬੁਲਾਵੇ 'ਤੇ ਘੰਟੀ ਵੱਜਦੀ ਹੈ ਅਤੇ ਉਹ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਬੋਲਿਆ ਜਾਂਦਾ ਹੈ
cli-cmd-help = ਇਹ ਸੁਨੇਹਾ ਜਾਂ ਕਿਸੇ ਕਮਾਂਡ ਦੀ ਮਦਦ ਦਿਖਾਓ
cli-cmd-catalogue = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ: ਇਸ ਨੂੰ ਇੱਕ ਫ਼ਾਈਲ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ, ਜਾਂ ਕੋਈ ਫ਼ਾਈਲ ਇੰਪੋਰਟ ਕਰੋ
cli-cmd-catalogue-export = ਚਾਲੂ ਸੇਵਾਵਾਂ, ਉਨ੍ਹਾਂ ਦੇ ਸਮੇਂ ਅਤੇ ਖ਼ਾਸ ਦਿਨ ਇੱਕ TOML ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ
cli-cmd-report = ਫੰਡ ਦੇਣ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ ਲਈ ਇੱਕ ਮਹੀਨੇ ਜਾਂ ਕਿਸੇ ਮਿਆਦ ਦੀ ਰਿਪੋਰਟ: ਬਿਨਾਂ ਨਾਮਾਂ ਵਾਲੀਆਂ ਗਿਣਤੀਆਂ, ਛੋਟੀਆਂ ਗਿਣਤੀਆਂ ਲੁਕਾਈਆਂ ਹੋਈਆਂ
cli-arg-data-dir = ਡਾਟਾ ਫੋਲਡਰ (ਨਹੀਂ ਤਾਂ SOSTA_DATA_DIR, ਨਹੀਂ ਤਾਂ ਸਿਸਟਮ ਦਾ ਡਾਟਾ ਫੋਲਡਰ)
cli-arg-now = ਘੜੀ, RFC 3339 ਫਾਰਮੈਟ ਵਿੱਚ (ਡੈਮੋ ਅਤੇ ਟੈਸਟਾਂ ਲਈ)
cli-arg-lang = ਸੁਨੇਹਿਆਂ ਦੀ ਭਾਸ਼ਾ (it, en, …)
cli-arg-json = ਨਤੀਜਾ JSON ਵਿੱਚ ਛਾਪੋ (README ਵਿੱਚ ਦੱਸਿਆ ਗਿਆ ਹੈ)
cli-arg-fullscreen = ਕਿਓਸਕ ਨੂੰ ਪੂਰੀ ਸਕਰੀਨ 'ਤੇ ਲੌਕ ਕਰੋ
cli-arg-windowed = ਪੂਰੀ ਸਕਰੀਨ ਦੀ ਥਾਂ ਇੱਕ ਵਿੰਡੋ ਵਿੱਚ ਖੋਲ੍ਹੋ
cli-arg-service = ਸੇਵਾ ਦਾ ਛੋਟਾ ਨਾਮ (slug), ਜਿਵੇਂ shower
cli-arg-slot = ਸਲਾਟ ਸ਼ੁਰੂ ਹੋਣ ਦਾ ਸਮਾਂ, HH:MM (ਨਹੀਂ ਤਾਂ ਪਹਿਲਾ ਖਾਲੀ ਸਲਾਟ)
cli-arg-quantity = ਕਿੰਨੀਆਂ ਚੀਜ਼ਾਂ (ਉਹਨਾਂ ਸੇਵਾਵਾਂ ਲਈ ਜੋ ਚੀਜ਼ਾਂ ਵੰਡਦੀਆਂ ਹਨ)
cli-arg-payload = QR ਕੋਡ ਦਾ ਟੈਕਸਟ, ਜਾਂ ਛੋਟਾ ਕੋਡ
cli-arg-desk = ਇਸ ਕਾਊਂਟਰ ਦੀ ਸੇਵਾ
cli-arg-serve = ਵੈਧ ਬੁਕਿੰਗ ਨੂੰ “ਸੇਵਾ ਦਿੱਤੀ” ਵਜੋਂ ਦਰਜ ਕਰੋ
cli-arg-code = ਪਰਚੀ ਦਾ ਛੋਟਾ ਕੋਡ ਜਾਂ QR ਟੈਕਸਟ
cli-arg-help = ਮਦਦ ਦਿਖਾਓ
cli-arg-version = ਵਰਜਨ ਦਿਖਾਓ

error-bad-lang = “{ $value }” ਲਈ ਕੋਈ ਅਨੁਵਾਦ ਨਹੀਂ ਹੈ। ਭਾਸ਼ਾਵਾਂ: { $known }
error-bad-now = “{ $value }” ਮਿਤੀ ਅਤੇ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ RFC 3339 ਫਾਰਮੈਟ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 2026-11-25T10:30:00+01:00
error-bad-slot = “{ $value }” ਸਮਾਂ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ HH:MM ਵਾਂਗ ਲਿਖੋ, ਜਿਵੇਂ 10:30
error-unknown-service = “{ $slug }” ਨਾਮ ਦੀ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਹੈ। ਸੇਵਾਵਾਂ: { $known }
error-store-unreachable = ਡਾਟਾਬੇਸ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦਾ। ਜਾਂਚ ਕਰੋ ਕਿ ਡਾਟਾ ਫੋਲਡਰ ਮੌਜੂਦ ਹੈ ਅਤੇ Sosta ਦੇ ਯੂਜ਼ਰ ਦਾ ਹੈ
error-store-busy = ਡਾਟਾਬੇਸ ਨੂੰ ਕੋਈ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਵਰਤ ਰਿਹਾ ਹੈ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ
error-store-read-only = ਡਾਟਾਬੇਸ ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਡਾਟਾ ਫੋਲਡਰ ਦੀਆਂ ਇਜਾਜ਼ਤਾਂ ਜਾਂਚੋ
error-store-full = ਡਿਸਕ ਭਰ ਗਈ ਹੈ: ਹੋਰ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ
error-store-damaged = ਡਾਟਾਬੇਸ ਖ਼ਰਾਬ ਹੈ। ਇਸ ਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਵਾਪਸ ਲਿਆਓ
error-store-newer = ਇਹ ਡਾਟਾਬੇਸ Sosta ਦੇ ਨਵੇਂ ਵਰਜਨ ਨੇ ਬਣਾਇਆ ਸੀ। ਉਹ ਵਰਜਨ ਦੁਬਾਰਾ ਇੰਸਟਾਲ ਕਰੋ
error-store-other = ਡਾਟਾਬੇਸ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਾਰਨ ਲੌਗ ਵਿੱਚ ਲਿਖਿਆ ਹੈ
error-store-network = ਡਾਟਾ ਫੋਲਡਰ ਨੈੱਟਵਰਕ ਡਰਾਈਵ 'ਤੇ ਹੈ, ਜਿੱਥੇ ਡਾਟਾਬੇਸ ਫ਼ਾਈਲ ਨੂੰ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸਾਂਝਾ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਡਾਟਾ ਫੋਲਡਰ ਨੂੰ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਆਪਣੀ ਡਿਸਕ 'ਤੇ ਰੱਖੋ, ਜਾਂ ਡਾਟਾ ਨੂੰ PostgreSQL ਸਰਵਰ ਰਾਹੀਂ ਸਾਂਝਾ ਕਰੋ (README, ਭਾਗ “Several computers”)
error-server-unreachable = ਡਾਟਾਬੇਸ ਸਰਵਰ { $server } ਤੱਕ ਪਹੁੰਚਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਜਾਂਚ ਕਰੋ ਕਿ ਸਰਵਰ ਚੱਲ ਰਿਹਾ ਹੈ ਅਤੇ ਇਹ ਕੰਪਿਊਟਰ ਨੈੱਟਵਰਕ ਨਾਲ ਜੁੜਿਆ ਹੋਇਆ ਹੈ
error-server-login = ਡਾਟਾਬੇਸ ਸਰਵਰ { $server } ਨੇ Sosta ਦਾ ਯੂਜ਼ਰ ਜਾਂ ਪਾਸਵਰਡ ਰੱਦ ਕਰ ਦਿੱਤਾ। sosta.toml ਵਿੱਚ [database] url ਜਾਂਚੋ
error-server-no-database = ਡਾਟਾਬੇਸ ਸਰਵਰ { $server } ਉੱਤੇ { $database } ਨਾਮ ਦਾ ਕੋਈ ਡਾਟਾਬੇਸ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ README ਵਿੱਚ ਦੱਸੇ ਤਰੀਕੇ ਨਾਲ ਬਣਾਓ (ਭਾਗ “Several computers”)
error-server-not-sosta = ਸਰਵਰ { $server } ਉੱਤੇ ਡਾਟਾਬੇਸ { $database } ਵਿੱਚ ਕਿਸੇ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਦੀਆਂ ਟੇਬਲਾਂ ਹਨ। Sosta ਨੂੰ ਉਸ ਦਾ ਆਪਣਾ ਇੱਕ ਖਾਲੀ ਡਾਟਾਬੇਸ ਦਿਓ
error-server-tls = ਡਾਟਾਬੇਸ ਸਰਵਰ { $server } ਉਹ ਇਨਕ੍ਰਿਪਟਡ ਕਨੈਕਸ਼ਨ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰਦਾ ਜੋ [database] url ਮੰਗਦਾ ਹੈ (sslmode)। ਸਰਵਰ ਦਾ ਸਰਟੀਫਿਕੇਟ ਜਾਂ URL ਜਾਂਚੋ
error-payload = ਪਰਚੀ ਦਾ ਕੋਡ ਨਹੀਂ ਬਣ ਸਕਿਆ: ਕੰਪਿਊਟਰ ਦੀ ਮਿਤੀ ਅਤੇ ਸਮਾਂ ਜਾਂਚੋ
error-key-generation = ਪਰਚੀਆਂ ਲਈ ਨਵੀਂ ਕੁੰਜੀ ਨਹੀਂ ਬਣ ਸਕੀ: ਸਿਸਟਮ ਦੇ ਰੈਂਡਮ ਨੰਬਰ ਨਹੀਂ ਮਿਲ ਰਹੇ
key-problem-line = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ, ਲਾਈਨ { $line }: ਕੁੰਜੀ ਦਾ ਪਛਾਣ ਨੰਬਰ ਅਤੇ ਗੁਪਤ ਕੋਡ ਚਾਹੀਦੇ ਹਨ, ਵਿਚਕਾਰ ਇੱਕ ਖਾਲੀ ਥਾਂ ਨਾਲ।
key-problem-id = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ, ਲਾਈਨ { $line }: ਕੁੰਜੀ ਦਾ ਪਛਾਣ ਨੰਬਰ 0 ਤੋਂ 255 ਤੱਕ ਦਾ ਨੰਬਰ ਨਹੀਂ ਹੈ।
key-problem-length = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ, ਲਾਈਨ { $line }: ਗੁਪਤ ਕੋਡ ਵਿੱਚ 64 ਦੀ ਥਾਂ { $length } ਅੱਖਰ ਹਨ।
key-problem-hex = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ, ਲਾਈਨ { $line }: ਗੁਪਤ ਕੋਡ ਛੋਟੇ ਅੱਖਰਾਂ ਵਾਲੇ ਹੈਕਸਾਡੈਸੀਮਲ ਵਿੱਚ ਨਹੀਂ ਲਿਖਿਆ ਹੋਇਆ।
key-problem-duplicate = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ, ਲਾਈਨ { $line }: ਪਛਾਣ ਨੰਬਰ { $id } ਪਹਿਲਾਂ ਹੀ ਲਾਈਨ { $first } 'ਤੇ ਵਰਤਿਆ ਗਿਆ ਹੈ।
key-problem-empty = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ ਵਿੱਚ ਕੋਈ ਕੁੰਜੀ ਨਹੀਂ ਹੈ।
error-data-dir = ਡਾਟਾ ਫੋਲਡਰ { $path } ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: { $detail }
error-no-data-dir = ਕੋਈ ਡਾਟਾ ਫੋਲਡਰ ਨਹੀਂ ਹੈ। --data-dir ਜਾਂ SOSTA_DATA_DIR ਨਾਲ ਇੱਕ ਫੋਲਡਰ ਦੱਸੋ
error-key-file = ਪਰਚੀਆਂ ਦੀ ਕੁੰਜੀ ਵਾਲੀ ਫ਼ਾਈਲ { $path } ਖ਼ਰਾਬ ਹੈ। ਇਸ ਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਵਾਪਸ ਲਿਆਓ: ਇਸ ਤੋਂ ਬਿਨਾਂ ਇਸ ਕੁੰਜੀ ਨਾਲ ਛਪੀਆਂ ਪਰਚੀਆਂ ਜਾਂਚੀਆਂ ਨਹੀਂ ਜਾ ਸਕਦੀਆਂ

settings-error-line = { $file }, ਲਾਈਨ { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = ਇਸ ਨੂੰ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = “{ $value }” ਸੈਂਟਰ ਦਾ ਪਛਾਣ ਕੋਡ ਨਹੀਂ ਹੈ। ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ - ਵਰਤੋ, ਵੱਧ ਤੋਂ ਵੱਧ 32 ਅੱਖਰ
settings-problem-database-url = [database] url PostgreSQL ਦਾ ਪਤਾ ਨਹੀਂ ਹੈ ({ $detail })। ਇਸ ਨੂੰ postgresql://user:password@server/database ਵਾਂਗ ਲਿਖੋ
settings-problem-time-zone = “{ $value }” ਸਮਾਂ ਖੇਤਰ ਨਹੀਂ ਹੈ। Europe/Rome ਵਰਗਾ ਨਾਮ ਵਰਤੋ
settings-problem-language = “{ $value }” ਲਈ ਕੋਈ ਅਨੁਵਾਦ ਨਹੀਂ ਹੈ। ਭਾਸ਼ਾਵਾਂ: { $allowed }
settings-problem-range = { $key } = { $value } ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। ਮਨਜ਼ੂਰ: { $min } ਤੋਂ { $max } ਤੱਕ
settings-problem-time-range = “{ $value }” ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ HH:MM-HH:MM ਵਾਂਗ ਲਿਖੋ, ਸ਼ੁਰੂ ਦਾ ਸਮਾਂ ਅੰਤ ਤੋਂ ਪਹਿਲਾਂ
settings-problem-mode = “{ $value }” ਬੁਕਿੰਗ ਦਾ ਢੰਗ ਨਹੀਂ ਹੈ। ਮਨਜ਼ੂਰ: slots, queue
settings-problem-date = “{ $value }” ਮਿਤੀ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ YYYY-MM-DD ਵਾਂਗ ਲਿਖੋ
settings-problem-weekday = “{ $value }” ਦਿਨ ਨਹੀਂ ਹੈ। ਮਨਜ਼ੂਰ: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = ਸੇਵਾ “{ $value }” ਦੋ ਵਾਰ ਹੈ

services-heading = { $date } ਦੀਆਂ ਸੇਵਾਵਾਂ
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = ਅੱਜ ਬੰਦ ਹੈ
services-slots-over = { $count ->
    [one] { $count } ਸਲਾਟ ਲੰਘ ਗਿਆ ਹੈ
   *[other] { $count } ਸਲਾਟ ਲੰਘ ਗਏ ਹਨ
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } ਥਾਂ ਖਾਲੀ
   *[other] { $free } ਥਾਵਾਂ ਖਾਲੀ
}
services-slot-full = { $start }–{ $end }  ਭਰਿਆ ਹੋਇਆ
services-slot-too-soon = { $start }–{ $end }  ਹੁਣੇ ਸ਼ੁਰੂ ਹੋ ਰਿਹਾ ਹੈ
services-queue = ਲਾਈਨ { $start }–{ $end }: { $waiting } ਉਡੀਕ ਵਿੱਚ, ਲਗਭਗ { $minutes } ਮਿੰਟ, { $left } ਬਾਕੀ
services-queue-over = ਅੱਜ ਲਈ ਬੰਦ

booked-heading = ਬੁਕਿੰਗ ਹੋ ਗਈ।
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: ਨੰਬਰ { $number }, { $desk }
booked-code = ਛੋਟਾ ਕੋਡ: { $code }
booked-payload = QR ਕੋਡ: { $payload }

when-today = ਅੱਜ { $time } ਵਜੇ
when-day = { $date } ਨੂੰ { $time } ਵਜੇ

refusal-closed = { $service } ਹੁਣ ਬੰਦ ਹੈ। ਇਹ { $when } ਖੁੱਲ੍ਹੇਗੀ
refusal-closed-long = { $service } ਬੰਦ ਹੈ ਅਤੇ ਅਗਲੇ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਹੀਂ ਖੁੱਲ੍ਹੇਗੀ
refusal-full = { $service } ਦਾ { $time } ਵਜੇ ਵਾਲਾ ਸਲਾਟ ਭਰ ਗਿਆ ਹੈ। { $next ->
    [none] ਅੱਜ ਕੋਈ ਹੋਰ ਸਲਾਟ ਖਾਲੀ ਨਹੀਂ
   *[other] ਅਗਲਾ ਖਾਲੀ ਸਲਾਟ { $next } ਵਜੇ ਹੈ
}
refusal-full-today = { $service } ਵਿੱਚ ਅੱਜ ਕੋਈ ਥਾਂ ਖਾਲੀ ਨਹੀਂ
refusal-no-such-slot = ਅੱਜ { $service } ਦਾ { $time } ਵਜੇ ਕੋਈ ਸਲਾਟ ਨਹੀਂ ਹੈ। { $next ->
    [none] ਅੱਜ ਕੋਈ ਹੋਰ ਸਲਾਟ ਖਾਲੀ ਨਹੀਂ
   *[other] ਅਗਲਾ ਖਾਲੀ ਸਲਾਟ { $next } ਵਜੇ ਹੈ
}
refusal-slot-gone = { $service } ਦਾ { $time } ਵਜੇ ਵਾਲਾ ਸਲਾਟ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ ਹੈ ਜਾਂ ਬਹੁਤ ਜਲਦੀ ਸ਼ੁਰੂ ਹੋ ਰਿਹਾ ਹੈ। { $next ->
    [none] ਅੱਜ ਕੋਈ ਹੋਰ ਸਲਾਟ ਖਾਲੀ ਨਹੀਂ
   *[other] ਅਗਲਾ ਖਾਲੀ ਸਲਾਟ { $next } ਵਜੇ ਹੈ
}
refusal-already-booked = ਇਸ ਫੇਰੀ ਵਿੱਚ { $service } ਦੀ ਬੁਕਿੰਗ ਪਹਿਲਾਂ ਹੀ ਹੈ
refusal-overlap = ਉਸ ਸਮੇਂ { $service } ਦੀ ਬੁਕਿੰਗ { $other } ਦੀ ਬੁਕਿੰਗ ਨਾਲ ਟਕਰਾਉਂਦੀ ਹੈ
refusal-too-many = ਇੱਕ ਫੇਰੀ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $limit ->
    [one] { $limit } ਸੇਵਾ ਬੁੱਕ ਹੋ ਸਕਦੀ ਹੈ
   *[other] { $limit } ਸੇਵਾਵਾਂ ਬੁੱਕ ਹੋ ਸਕਦੀਆਂ ਹਨ
}
refusal-again = { $service } ਦੀ ਬੁਕਿੰਗ ਹੁਣੇ ਇਸ ਕਿਓਸਕ ਤੋਂ ਹੋਈ ਹੈ: ਹੋਰ ਥਾਂ ਸਿਰਫ਼ ਸਟਾਫ਼ ਰਾਹੀਂ ਮਿਲ ਸਕਦੀ ਹੈ
refusal-quantity = { $service } ਲਈ ਇੱਕ ਫੇਰੀ ਵਿੱਚ 1 ਤੋਂ { $limit } ਤੱਕ ਚੀਜ਼ਾਂ ਲਈਆਂ ਜਾ ਸਕਦੀਆਂ ਹਨ

verdict-valid = ਵੈਧ: ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਸੇਵਾ ਦਿਓ
verdict-served = ਸੇਵਾ ਦਿੱਤੀ: ਹੁਣੇ ਦਰਜ ਕਰ ਦਿੱਤਾ
verdict-already-served = ਪਹਿਲਾਂ ਹੀ ਸੇਵਾ ਦਿੱਤੀ: ਇਹ ਪਰਚੀ ਵਰਤੀ ਜਾ ਚੁੱਕੀ ਹੈ
verdict-too-early = ਬਹੁਤ ਜਲਦੀ: ਸਲਾਟ ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ
verdict-too-late = ਬਹੁਤ ਦੇਰ: ਸਲਾਟ ਖ਼ਤਮ ਹੋ ਗਿਆ (ਗ਼ੈਰਹਾਜ਼ਰ)
verdict-not-today = ਅੱਜ ਦੀ ਨਹੀਂ: ਇਹ ਪਰਚੀ ਕਿਸੇ ਹੋਰ ਦਿਨ ਦੀ ਹੈ
verdict-cancelled = ਰੱਦ: ਇਹ ਬੁਕਿੰਗ ਰੱਦ ਕੀਤੀ ਗਈ ਸੀ
verdict-other-service = ਹੋਰ ਸੇਵਾ: ਇਸ ਕਾਊਂਟਰ ਲਈ ਕੋਈ ਬੁਕਿੰਗ ਨਹੀਂ
verdict-forged = ਅਸਲੀ ਨਹੀਂ: ਇਹ ਪਰਚੀ ਇੱਥੇ ਨਹੀਂ ਬਣੀ
verdict-malformed = ਪਰਚੀ ਨਹੀਂ: ਦੁਬਾਰਾ ਸਕੈਨ ਕਰੋ ਜਾਂ ਕੋਡ ਟਾਈਪ ਕਰੋ
verdict-unknown = ਅਣਜਾਣ: ਇੱਥੇ ਇਸ ਕੋਡ ਵਾਲੀ ਕੋਈ ਪਰਚੀ ਨਹੀਂ
verdict-genuine-offline = ਅਸਲੀ, ਅੱਜ ਦੀ: ਡਾਟਾਬੇਸ ਤੱਕ ਪਹੁੰਚਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ, ਇਸ ਲਈ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕਦੀ ਕਿ ਇਹ ਪਹਿਲਾਂ ਵਰਤੀ ਜਾ ਚੁੱਕੀ ਹੈ ਜਾਂ ਨਹੀਂ

status-booked = ਬੁੱਕ ਕੀਤੀ
status-served = ਸੇਵਾ ਦਿੱਤੀ
status-no-show = ਗ਼ੈਰਹਾਜ਼ਰ
status-cancelled = ਰੱਦ

cancelled = ਰੱਦ ਕੀਤੀ: { $service }। ਥਾਂ ਫਿਰ ਖਾਲੀ ਹੈ
cancel-nothing = ਪਰਚੀ { $code } ਵਿੱਚ { $service } ਦੀ ਕੋਈ ਬੁਕਿੰਗ ਨਹੀਂ ਹੈ
cancel-not-booked = { $service } ਦੀ ਬੁਕਿੰਗ ਰੱਦ ਨਹੀਂ ਹੋ ਸਕਦੀ। ਸਥਿਤੀ: { $status }

cli-cmd-slip = ਛੋਟੇ ਕੋਡ ਤੋਂ ਪਰਚੀ ਦੁਬਾਰਾ ਬਣਾਓ: ਇਸ ਨੂੰ ਛਾਪੋ, ਜਾਂ --out ਨਾਲ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ
cli-cmd-screenshot = ਡੈਮੋ ਡਾਟਾ 'ਤੇ, ਡਿਸਪਲੇ ਤੋਂ ਬਿਨਾਂ, ਕਿਓਸਕ ਦੀ ਇੱਕ ਸਕਰੀਨ PNG ਫ਼ਾਈਲ ਵਿੱਚ ਬਣਾਓ
cli-arg-slip-out = ਪਰਚੀ ਛਾਪਣ ਦੀ ਬਜਾਏ ਇਸ PDF ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ
cli-arg-out = ਉਹ ਫ਼ਾਈਲ ਜਿਸ ਵਿੱਚ ਲਿਖਣਾ ਹੈ
cli-arg-screen = ਉਹ ਸਕਰੀਨ ਜੋ ਬਣਾਉਣੀ ਹੈ (ਦੇਖੋ --list)
cli-arg-size = ਤਸਵੀਰ ਦਾ ਆਕਾਰ ਪਿਕਸਲਾਂ ਵਿੱਚ, WIDTHxHEIGHT
cli-arg-list = ਸਕਰੀਨਾਂ ਦੀ ਸੂਚੀ ਦਿਖਾਓ
cli-arg-file = ਉਹ ਫ਼ਾਈਲ ਜਿਸ ਵਿੱਚ ਲਿਖਣਾ ਹੈ
cli-arg-month = ਰਿਪੋਰਟ ਦਾ ਮਹੀਨਾ, YYYY-MM
cli-arg-from = ਰਿਪੋਰਟ ਦਾ ਪਹਿਲਾ ਦਿਨ, YYYY-MM-DD
cli-arg-to = ਰਿਪੋਰਟ ਦਾ ਆਖ਼ਰੀ ਦਿਨ, YYYY-MM-DD
cli-arg-format = csv (ਸਪ੍ਰੈਡਸ਼ੀਟ ਲਈ ਟੇਬਲ), json ਜਾਂ pdf (ਛਾਪਣ ਲਈ ਚਾਰਟ, --out ਨਾਲ)
catalogue-exported = { $count ->
    [one] { $count } ਸੇਵਾ { $path } ਵਿੱਚ ਲਿਖੀ ਗਈ
   *[other] { $count } ਸੇਵਾਵਾਂ { $path } ਵਿੱਚ ਲਿਖੀਆਂ ਗਈਆਂ
}
cli-cmd-keys = ਪਰਚੀਆਂ 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ: ਇੱਕ ਨਵੀਂ ਬਣਾਓ
cli-cmd-rotate = ਨਵੀਆਂ ਪਰਚੀਆਂ 'ਤੇ ਇੱਕ ਨਵੀਂ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕਰੋ; ਪਹਿਲਾਂ ਦਸਤਖ਼ਤ ਕੀਤੀਆਂ ਪਰਚੀਆਂ ਵੈਧ ਰਹਿੰਦੀਆਂ ਹਨ
keys-rotated = ਨਵੀਆਂ ਪਰਚੀਆਂ 'ਤੇ ਕੁੰਜੀ { $id } ਨਾਲ ਦਸਤਖ਼ਤ ਹੁੰਦੇ ਹਨ। ਪਹਿਲਾਂ ਦਸਤਖ਼ਤ ਕੀਤੀਆਂ ਪਰਚੀਆਂ ਵੈਧ ਰਹਿੰਦੀਆਂ ਹਨ
cli-cmd-db = ਸੈਂਟਰ ਦਾ ਡਾਟਾਬੇਸ: ਇਸ ਦਾ ਬੈਕਅੱਪ ਬਣਾਓ, ਇਸ ਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਮੁੜ ਲਿਆਓ, ਜਾਂ ਇਸ ਨੂੰ ਇੱਕ PostgreSQL ਸਰਵਰ 'ਤੇ ਲੈ ਜਾਓ
cli-cmd-doctor = ਉਹ ਚੀਜ਼ਾਂ ਜਾਂਚਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਲਈ ਨਹੀਂ ਤਾਂ ਕੋਈ ਵਲੰਟੀਅਰ ਮਦਦ ਮੰਗਦਾ, ਅਤੇ ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ
cli-cmd-copy = ਇਸ ਸੈਂਟਰ ਦੀਆਂ ਸਾਰੀਆਂ ਕਤਾਰਾਂ ਇੱਕ ਖਾਲੀ PostgreSQL ਡਾਟਾਬੇਸ ਵਿੱਚ ਕਾਪੀ ਕਰੋ ਅਤੇ ਦੋਹਾਂ ਪਾਸਿਆਂ 'ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਦੁਬਾਰਾ ਗਿਣੋ
cli-arg-site = ਉਸੇ ਡਾਟਾਬੇਸ ਦਾ ਕੋਈ ਹੋਰ ਸੈਂਟਰ, ਉਸ ਦੇ ਪਛਾਣ ਕੋਡ ਰਾਹੀਂ ([site] id)
cli-arg-target = ਉਹ PostgreSQL ਡਾਟਾਬੇਸ ਜਿਸ ਵਿੱਚ ਕਾਪੀ ਕਰਨਾ ਹੈ, postgresql://user:password@server/database
db-copied = { $server } 'ਤੇ ਕਾਪੀ ਹੋ ਗਿਆ: { $tables } ਟੇਬਲਾਂ ਵਿੱਚ { $rows } ਕਤਾਰਾਂ, ਦੋਹਾਂ ਪਾਸਿਆਂ 'ਤੇ ਦੁਬਾਰਾ ਗਿਣੀਆਂ ਗਈਆਂ। ਹੁਣ ਹਰ ਕੰਪਿਊਟਰ ਦੀ sosta.toml ਵਿੱਚ [database] url ਸੈੱਟ ਕਰੋ
db-copy-from-server = ਇਸ ਸੈਂਟਰ ਦਾ ਡਾਟਾ ਪਹਿਲਾਂ ਹੀ { $server } 'ਤੇ ਹੈ। ਉਸ ਕੰਪਿਊਟਰ ਤੋਂ ਕਾਪੀ ਕਰੋ ਜਿਸ ਦੇ ਡਾਟਾ ਫੋਲਡਰ ਵਿੱਚ SQLite ਫ਼ਾਈਲ ਹੈ
db-copy-bad-url = --to PostgreSQL ਦਾ ਪਤਾ ਨਹੀਂ ਹੈ ({ $detail })। ਇਸ ਨੂੰ postgresql://user:password@server/database ਵਾਂਗ ਲਿਖੋ
db-copy-not-empty = { $server } ਉੱਤੇ ਡਾਟਾਬੇਸ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ Sosta ਦਾ ਡਾਟਾ ਹੈ (ਟੇਬਲ { $table })। ਸਿਰਫ਼ ਖਾਲੀ ਡਾਟਾਬੇਸ ਵਿੱਚ ਕਾਪੀ ਕਰੋ: ਕੁਝ ਵੀ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ
db-copy-mismatch = { $server } 'ਤੇ ਕੀਤੀ ਕਾਪੀ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ ਸੀ ({ $table }: ਇੱਥੇ { $here } ਕਤਾਰਾਂ, ਉੱਥੇ { $there }), ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਅਜਿਹਾ ਹੋਵੇ, ਤਾਂ ਇਸ ਕੰਪਿਊਟਰ ਦੀ ਫ਼ਾਈਲ ਹੀ ਵਰਤਦੇ ਰਹੋ
error-bad-month = “{ $value }” ਮਹੀਨਾ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ YYYY-MM ਵਾਂਗ ਲਿਖੋ, ਜਿਵੇਂ 2026-11
error-bad-date = “{ $value }” ਮਿਤੀ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ YYYY-MM-DD ਵਾਂਗ ਲਿਖੋ, ਜਿਵੇਂ 2026-11-25
error-bad-period = { $from } ਤੋਂ { $to } ਤੱਕ ਦੀ ਮਿਆਦ ਸੰਭਵ ਨਹੀਂ ਹੈ: ਪਹਿਲਾ ਦਿਨ ਆਖ਼ਰੀ ਦਿਨ ਤੋਂ ਬਾਅਦ ਨਹੀਂ ਹੋ ਸਕਦਾ, ਅਤੇ ਦੋਹਾਂ ਵਿਚਕਾਰ ਵੱਧ ਤੋਂ ਵੱਧ ਦੋ ਸਾਲ ਹੋ ਸਕਦੇ ਹਨ
error-report-period = ਮਿਆਦ ਦੱਸੋ: --month YYYY-MM, ਜਾਂ --from YYYY-MM-DD ਅਤੇ --to YYYY-MM-DD

booked-slip = ਪਰਚੀ: { $path }
error-print = ਬੁਕਿੰਗ ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ (ਕੋਡ { $code })। ਪਰਚੀ ਇਸ ਨਾਲ ਦੁਬਾਰਾ ਛਾਪੋ: sosta slip { $code }
print-problem-draw = ਪਰਚੀ ਬਣਾਈ ਨਹੀਂ ਜਾ ਸਕੀ।
print-problem-spool = ਪਰਚੀ ਸਪੂਲ (spool) ਫੋਲਡਰ ਵਿੱਚ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ।
print-problem-no-cups = ਛਾਪਣ ਵਾਲਾ ਸਿਸਟਮ (CUPS) ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ।
print-problem-missing = ਪ੍ਰਿੰਟਰ { $printer } ਨਹੀਂ ਮਿਲਿਆ।
print-problem-disabled = ਪ੍ਰਿੰਟਰ { $printer } ਬੰਦ ਹੈ ਜਾਂ ਰੋਕਿਆ ਹੋਇਆ ਹੈ।
print-problem-refused = ਪ੍ਰਿੰਟਰ { $printer } ਨੇ ਪਰਚੀ ਲੈਣ ਤੋਂ ਇਨਕਾਰ ਕਰ ਦਿੱਤਾ।
print-problem-denied = Sosta ਨੂੰ ਪ੍ਰਿੰਟਰ { $printer } 'ਤੇ ਲਿਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ: ਇਸ ਦੇ ਯੂਜ਼ਰ ਨੂੰ lp ਗਰੁੱਪ ਵਿੱਚ ਜੋੜੋ।
print-problem-timeout = ਪ੍ਰਿੰਟਰ { $printer } ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਿਹਾ। ਦੇਖੋ ਕਿ ਇਹ ਚਾਲੂ ਹੈ ਅਤੇ ਜੁੜਿਆ ਹੋਇਆ ਹੈ।
print-problem-write = ਪਰਚੀ ਪ੍ਰਿੰਟਰ { $printer } ਨੂੰ ਭੇਜੀ ਨਹੀਂ ਜਾ ਸਕੀ।
error-unknown-slip = ਕੋਡ { $code } ਵਾਲੀ ਕੋਈ ਪਰਚੀ ਨਹੀਂ ਹੈ
error-display = ਕਿਓਸਕ ਦੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ: { $detail }
error-bad-size = “{ $value }” ਤਸਵੀਰ ਦਾ ਆਕਾਰ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ WIDTHxHEIGHT ਵਾਂਗ ਲਿਖੋ, ਜਿਵੇਂ 1920x1080
error-unknown-screen = “{ $value }” ਨਾਮ ਦੀ ਕੋਈ ਸਕਰੀਨ ਨਹੀਂ ਹੈ। ਸਕਰੀਨਾਂ: { $known }
error-screenshot = ਸਕਰੀਨ ਨਹੀਂ ਬਣ ਸਕੀ: { $detail }
settings-problem-choice = { $key } = “{ $value }” ਮਨਜ਼ੂਰ ਨਹੀਂ ਹੈ। ਮਨਜ਼ੂਰ: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਵਾਲੀ ਫ਼ਾਈਲ ਪੜ੍ਹੋ: ਪੂਰੀ ਫ਼ਾਈਲ ਜਾਂਚੋ, ਫ਼ਰਕ ਦਿਖਾਓ, ਅਤੇ ਸੂਚੀ ਬਦਲ ਦਿਓ; ਜਾਂ ਤਾਂ ਸਾਰਾ ਕੁਝ ਜਾਂ ਕੁਝ ਵੀ ਨਹੀਂ
cli-arg-source = ਸੂਚੀ ਵਾਲੀ ਉਹ ਫ਼ਾਈਲ ਜੋ ਪੜ੍ਹਨੀ ਹੈ
cli-arg-dry-run = ਦਿਖਾਓ ਕਿ ਕੀ ਬਦਲੇਗਾ, ਪਰ ਕੁਝ ਵੀ ਨਾ ਬਦਲੋ
cli-arg-confirm = ਇੰਪੋਰਟ ਕਰੋ, ਭਾਵੇਂ ਕੁਝ ਬੁਕਿੰਗਾਂ ਨਵੇਂ ਸਮਿਆਂ ਤੋਂ ਬਾਹਰ ਰਹਿ ਜਾਣ
catalogue-unchanged = ਇਹ ਫ਼ਾਈਲ ਉਹੀ ਸੂਚੀ ਹੈ ਜੋ ਹੁਣ ਵਰਤੀ ਜਾ ਰਹੀ ਹੈ: ਬਦਲਣ ਲਈ ਕੁਝ ਨਹੀਂ
catalogue-diff-added = + { $slug }: ਨਵੀਂ ਸੇਵਾ
catalogue-diff-withdrawn = - { $slug }: ਹੁਣ ਪੇਸ਼ ਨਹੀਂ ਕੀਤੀ ਜਾਂਦੀ (ਇਸ ਦੀਆਂ ਬੁਕਿੰਗਾਂ ਬਣੀਆਂ ਰਹਿੰਦੀਆਂ ਹਨ)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } ਬੁਕਿੰਗ ਨਵੇਂ ਸਮਿਆਂ ਤੋਂ ਬਾਹਰ ਰਹਿ ਜਾਵੇਗੀ:
   *[other] { $count } ਬੁਕਿੰਗਾਂ ਨਵੇਂ ਸਮਿਆਂ ਤੋਂ ਬਾਹਰ ਰਹਿ ਜਾਣਗੀਆਂ:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = ਸਿਰਫ਼ ਜਾਂਚ: ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
catalogue-imported = { $path } ਇੰਪੋਰਟ ਹੋ ਗਈ: ਜੋੜੀਆਂ: { $added }, ਬਦਲੀਆਂ: { $changed }, ਹੁਣ ਪੇਸ਼ ਨਹੀਂ: { $withdrawn }
catalogue-confirm-needed = ਕੁਝ ਵੀ ਇੰਪੋਰਟ ਨਹੀਂ ਹੋਇਆ। ਇਨ੍ਹਾਂ ਬੁਕਿੰਗਾਂ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਦੱਸੋ, ਜਾਂ --confirm ਨਾਲ ਦੁਬਾਰਾ ਚਲਾਓ: ਬੁਕਿੰਗਾਂ ਬਣੀਆਂ ਰਹਿੰਦੀਆਂ ਹਨ, ਅਤੇ ਸਟਾਫ਼ ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੀ ਸੂਚੀ ਵਿੱਚ ਦੇਖਦਾ ਹੈ
settings-problem-invalid = ਸੇਵਾ “{ $service }”: { $problem }
settings-problem-unprintable = “{ $value }” ਪਰਚੀ 'ਤੇ ਛਾਪਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਇਸ ਨੂੰ ਹਟਾ ਦਿਓ
settings-problem-printer-address = [printer] escpos = “{ $value }” ਰਸੀਦਾਂ ਵਾਲਾ ਪ੍ਰਿੰਟਰ ਨਹੀਂ ਹੈ। /dev/usb/lp0 ਵਰਗਾ ਡਿਵਾਈਸ ਜਾਂ tcp://192.168.1.50:9100 ਵਰਗਾ ਪਤਾ ਲਿਖੋ
settings-problem-both-printers = [printer] ਵਿੱਚ escpos ਅਤੇ destination ਦੋਵੇਂ ਹਨ: ਇੱਕ ਪਰਚੀ ਇੱਕੋ ਪ੍ਰਿੰਟਰ 'ਤੇ ਜਾਂਦੀ ਹੈ। ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੀ ਰੱਖੋ
catalogue-italian-name-needed = ਸੇਵਾ “{ $slug }” ਦਾ ਕੋਈ ਇਤਾਲਵੀ ਨਾਮ ਨਹੀਂ, ਜੋ ਹਰ ਉਸ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਦਾ ਹੈ ਜਿਸ ਦਾ ਆਪਣਾ ਨਾਮ ਨਹੀਂ: ਇਸ ਨੂੰ [service.name] ਹੇਠ it = "…" ਵਾਂਗ ਜੋੜੋ
cli-cmd-backup = ਕਿਓਸਕ ਚੱਲਦੇ ਹੋਏ ਹੀ ਡਾਟਾਬੇਸ ਨੂੰ ਇੱਕ ਨਵੀਂ ਫ਼ਾਈਲ ਵਿੱਚ ਕਾਪੀ ਕਰੋ, ਅਤੇ ਕਾਪੀ ਦੀ ਜਾਂਚ ਕਰੋ
db-backup-done = ਬੈਕਅੱਪ { $path } ਵਿੱਚ ਲਿਖਿਆ ਗਿਆ ਅਤੇ ਜਾਂਚਿਆ ਗਿਆ: { $visits ->
    [one] { $visits } ਫੇਰੀ
   *[other] { $visits } ਫੇਰੀਆਂ
}, { $bookings ->
    [one] { $bookings } ਬੁਕਿੰਗ
   *[other] { $bookings } ਬੁਕਿੰਗਾਂ
}, { $kib } KiB। ਇਸ ਨੂੰ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਸਿਰਫ਼ Sosta ਦਾ ਯੂਜ਼ਰ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕੇ
db-backup-no-folder = ਫੋਲਡਰ { $folder } ਮੌਜੂਦ ਨਹੀਂ ਹੈ, ਜਿਸ ਵਿੱਚ ਬੈਕਅੱਪ ਲਿਖਿਆ ਜਾਣਾ ਸੀ
db-backup-on-server = ਡਾਟਾਬੇਸ ਇੱਕ PostgreSQL ਸਰਵਰ 'ਤੇ ਹੈ: ਇਸ ਦਾ ਬੈਕਅੱਪ ਉੱਥੇ ਹੀ pg_dump ਨਾਲ ਬਣਾਓ, ਜਿੱਥੇ ਹਰ ਕੰਪਿਊਟਰ ਦਾ ਡਾਟਾ ਹੈ
db-backup-exists = { $path } ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ: ਬੈਕਅੱਪ ਕਦੇ ਵੀ ਕਿਸੇ ਫ਼ਾਈਲ ਦੇ ਉੱਤੇ ਨਹੀਂ ਲਿਖਦਾ। ਕੋਈ ਨਵਾਂ ਨਾਮ ਚੁਣੋ
db-backup-failed = ਬੈਕਅੱਪ { $path } ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }
db-backup-folder = ਫੋਲਡਰ { $folder } ਬੈਕਅੱਪਾਂ ਲਈ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: { $detail }
db-backup-removed = { $count ->
    [one] { $days } ਦਿਨਾਂ ਤੋਂ ਪੁਰਾਣਾ { $count } ਬੈਕਅੱਪ { $folder } ਵਿੱਚੋਂ ਹਟਾਇਆ ਗਿਆ
   *[other] { $days } ਦਿਨਾਂ ਤੋਂ ਪੁਰਾਣੇ { $count } ਬੈਕਅੱਪ { $folder } ਵਿੱਚੋਂ ਹਟਾਏ ਗਏ
}
cli-arg-dir = ਰਾਤ ਦੇ ਬੈਕਅੱਪਾਂ ਲਈ ਇੱਕ ਫੋਲਡਰ, ਹਰ ਇੱਕ ਦਾ ਨਾਮ ਸੈਂਟਰ ਅਤੇ ਸਮੇਂ ਨਾਲ; [backup] keep_days ਤੋਂ ਪੁਰਾਣੇ ਹਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ
cli-cmd-restore = ਡਾਟਾਬੇਸ ਦੀ ਥਾਂ ਇੱਕ ਬੈਕਅੱਪ ਰੱਖੋ: ਪਹਿਲਾਂ ਫ਼ਾਈਲ ਦੀ ਜਾਂਚ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਪਿਛਲਾ ਡਾਟਾਬੇਸ ਸੰਭਾਲ ਕੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
cli-arg-backup = ਮੁੜ ਲਿਆਉਣ ਲਈ ਬੈਕਅੱਪ ਫ਼ਾਈਲ, ਜੋ sosta db backup ਨੇ ਲਿਖੀ ਸੀ
db-restore-done = { $path } ਤੋਂ ਮੁੜ ਲਿਆਂਦਾ ਗਿਆ: { $visits ->
    [one] { $visits } ਫੇਰੀ
   *[other] { $visits } ਫੇਰੀਆਂ
}, { $bookings ->
    [one] { $bookings } ਬੁਕਿੰਗ
   *[other] { $bookings } ਬੁਕਿੰਗਾਂ
}। ਕਿਓਸਕ ਅਤੇ ਸਟਾਫ਼ ਦੀਆਂ ਥਾਵਾਂ ਦੁਬਾਰਾ ਚਾਲੂ ਕਰੋ
db-restore-kept = ਪਿਛਲਾ ਡਾਟਾਬੇਸ { $kept } ਵਜੋਂ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ
db-restore-on-server = ਡਾਟਾਬੇਸ ਇੱਕ PostgreSQL ਸਰਵਰ 'ਤੇ ਹੈ: ਇਸ ਨੂੰ ਉੱਥੇ ਹੀ pg_restore ਨਾਲ, pg_dump ਦੇ ਬੈਕਅੱਪ ਤੋਂ ਮੁੜ ਲਿਆਓ
db-restore-unreadable = { $path } ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: { $detail }। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-not-sqlite = { $path } ਇੱਕ SQLite ਡਾਟਾਬੇਸ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ Sosta ਦਾ ਬੈਕਅੱਪ ਨਹੀਂ ਹੈ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-damaged = { $path } ਖ਼ਰਾਬ ਹੈ ({ $detail })। ਕੋਈ ਹੋਰ ਬੈਕਅੱਪ ਚੁਣੋ: ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-not-sosta = { $path } ਕਿਸੇ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਦਾ ਡਾਟਾਬੇਸ ਹੈ, Sosta ਦਾ ਬੈਕਅੱਪ ਨਹੀਂ। ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-newer = { $path } Sosta ਦੇ ਨਵੇਂ ਵਰਜਨ ਨੇ ਬਣਾਇਆ ਸੀ (ਸਕੀਮਾ { $found }; ਇਹ ਵਰਜਨ { $known } ਤੱਕ ਜਾਣਦਾ ਹੈ)। ਇਸ ਨੂੰ ਉਸੇ ਵਰਜਨ ਨਾਲ ਮੁੜ ਲਿਆਓ: ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-in-use = ਡਾਟਾਬੇਸ { $path } ਵਰਤੋਂ ਵਿੱਚ ਹੈ: ਕੋਈ ਕਿਓਸਕ ਜਾਂ ਸਟਾਫ਼ ਦੀ ਥਾਂ ਇਸ ਵਿੱਚ ਲਿਖ ਰਹੀ ਹੈ। ਕਿਓਸਕ ਅਤੇ ਸਟਾਫ਼ ਦੀਆਂ ਥਾਵਾਂ ਬੰਦ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ
db-restore-same-file = { $path } ਸੈਂਟਰ ਦਾ ਆਪਣਾ ਡਾਟਾਬੇਸ ਹੀ ਹੈ: ਕੋਈ ਬੈਕਅੱਪ ਚੁਣੋ
db-restore-failed = ਬੈਕਅੱਪ ਮੁੜ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਿਆ ({ $path }: { $detail })। ਡਾਟਾਬੇਸ ਜਿਵੇਂ ਸੀ ਉਵੇਂ ਹੀ ਹੈ
standby-not-full = ਅੱਜ { $service } ਵਿੱਚ ਅਜੇ ਥਾਂ ਹੈ: ਉਡੀਕ ਦੀ ਬਜਾਏ ਬੁਕਿੰਗ ਕਰੋ।
standby-joined = { $service } ਦੀ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ: ਨੰਬਰ { $number }। ਕੋਡ { $code }
cli-arg-standby = ਬੁਕਿੰਗ ਦੀ ਬਜਾਏ, ਅੱਜ ਲਈ ਭਰੀ ਹੋਈ ਸੇਵਾ ਦੀ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਦਰਜ ਕਰੋ
