# ਸਟਾਫ਼ ਦੇ ਖਾਤੇ ਅਤੇ ਸਟਾਫ਼ ਦੀਆਂ ਕਾਰਵਾਈਆਂ ਦਾ ਰਿਕਾਰਡ, ਕਮਾਂਡ ਲਾਈਨ ਤੋਂ।

cli-cmd-staff-user = ਸਟਾਫ਼ ਦੇ ਖਾਤਿਆਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ (ਜੋੜੋ, ਸੂਚੀ, ਬੰਦ ਕਰੋ, ਤਾਲਾ ਖੋਲ੍ਹੋ)
cli-cmd-add = ਇੱਕ ਖਾਤਾ ਜੋੜੋ; PIN ਸਟੈਂਡਰਡ ਇਨਪੁਟ ਤੋਂ ਇੱਕ ਲਾਈਨ ਵਿੱਚ ਪੜ੍ਹਿਆ ਜਾਂਦਾ ਹੈ
cli-cmd-list = ਸਟਾਫ਼ ਦੇ ਖਾਤਿਆਂ ਦੀ ਸੂਚੀ, PIN ਤੋਂ ਬਿਨਾਂ
cli-cmd-disable = ਇੱਕ ਖਾਤਾ ਬੰਦ ਕਰੋ: ਉਸ ਨਾਲ ਹੋਰ ਲੌਗ ਇਨ ਨਹੀਂ ਹੋ ਸਕੇਗਾ
cli-cmd-reset-lock = ਬਹੁਤ ਵਾਰ ਗਲਤ PIN ਤੋਂ ਬਾਅਦ ਲੌਕ ਹੋਏ ਖਾਤੇ ਦਾ ਤਾਲਾ ਖੋਲ੍ਹੋ
cli-cmd-pin = ਕਿਸੇ ਖਾਤੇ ਨੂੰ ਨਵਾਂ PIN ਦਿਓ (add ਵਾਂਗ ਹੀ ਪੜ੍ਹਿਆ ਜਾਂਦਾ ਹੈ) ਅਤੇ ਉਸ ਦਾ ਤਾਲਾ ਖੋਲ੍ਹੋ
cli-cmd-audit = ਇੱਕ ਦਿਨ ਵਿੱਚ ਸਟਾਫ਼ ਦੀਆਂ ਕਾਰਵਾਈਆਂ ਦਾ ਰਿਕਾਰਡ
cli-arg-name = ਸਟਾਫ਼ ਮੈਂਬਰ ਦਾ ਨਾਮ
cli-arg-role = ਭੂਮਿਕਾ: staff ਜਾਂ admin
cli-arg-date = ਦਿਨ, YYYY-MM-DD

staff-added-staff = “{ $name }” ਦਾ ਖਾਤਾ ਜੋੜਿਆ ਗਿਆ, ਭੂਮਿਕਾ: ਸਟਾਫ਼
staff-added-admin = “{ $name }” ਦਾ ਖਾਤਾ ਜੋੜਿਆ ਗਿਆ, ਭੂਮਿਕਾ: ਪ੍ਰਬੰਧਕ
staff-disabled = “{ $name }” ਦਾ ਖਾਤਾ ਬੰਦ ਹੈ: ਉਸ ਨਾਲ ਹੋਰ ਲੌਗ ਇਨ ਨਹੀਂ ਹੋ ਸਕਦਾ
staff-lock-reset = “{ $name }” ਦੇ ਖਾਤੇ ਦਾ ਤਾਲਾ ਖੁੱਲ੍ਹ ਗਿਆ: ਉਸ ਨਾਲ ਫਿਰ ਲੌਗ ਇਨ ਹੋ ਸਕਦਾ ਹੈ
staff-pin-changed = { $name } ਨੂੰ ਨਵਾਂ PIN ਮਿਲ ਗਿਆ ਹੈ ਅਤੇ ਇਸ ਨਾਲ ਲੌਗ ਇਨ ਹੋ ਸਕਦਾ ਹੈ
staff-pin-prompt = ਨਵਾਂ PIN (ਸਿਰਫ਼ ਅੰਕ, ਦਿਖਾਇਆ ਨਹੀਂ ਜਾਵੇਗਾ):
staff-pin-weak-one-digit = PIN ਵਿੱਚ ਇੱਕੋ ਅੰਕ ਵਾਰ-ਵਾਰ ਹੈ: ਅਜਿਹਾ PIN ਚੁਣੋ ਜਿਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੋਵੇ
staff-pin-weak-run = PIN ਦੇ ਅੰਕ ਵਧਦੇ ਜਾਂ ਘਟਦੇ ਕ੍ਰਮ ਵਿੱਚ ਹਨ (ਜਿਵੇਂ 123456): ਅਜਿਹਾ PIN ਚੁਣੋ ਜਿਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੋਵੇ
staff-pin-weak-date = PIN ਕਿਸੇ ਮਿਤੀ ਜਾਂ ਸਾਲ ਵਰਗਾ ਲੱਗਦਾ ਹੈ: ਅਜਿਹਾ PIN ਚੁਣੋ ਜਿਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੋਵੇ
staff-pin-weak-common = ਇਹ PIN ਉਹਨਾਂ PIN ਵਿੱਚੋਂ ਹੈ ਜੋ ਲੋਕ ਸਭ ਤੋਂ ਵੱਧ ਚੁਣਦੇ ਹਨ: ਅਜਿਹਾ PIN ਚੁਣੋ ਜਿਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੋਵੇ
staff-pin-weak-repeated = PIN ਅੰਕਾਂ ਦੇ ਇੱਕ ਛੋਟੇ ਸਮੂਹ ਨੂੰ ਦੁਹਰਾਉਂਦਾ ਹੈ (ਜਿਵੇਂ 121212): ਅਜਿਹਾ PIN ਚੁਣੋ ਜਿਸ ਦਾ ਅੰਦਾਜ਼ਾ ਲਾਉਣਾ ਔਖਾ ਹੋਵੇ
staff-list-empty = ਅਜੇ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਹੈ। ਇਸ ਤਰ੍ਹਾਂ ਜੋੜੋ: sosta staff-user add NAME --role admin
staff-role-staff = ਸਟਾਫ਼
staff-role-admin = ਪ੍ਰਬੰਧਕ
staff-state-active = ਚਾਲੂ
staff-state-disabled = ਬੰਦ
staff-lock-open = ਲੌਗ ਇਨ ਹੋ ਸਕਦਾ ਹੈ
staff-lock-wait = { $time } ਤੱਕ ਉਡੀਕ ਕਰਨੀ ਪਵੇਗੀ
staff-lock-locked = ਲੌਕ: ਕਿਸੇ ਪ੍ਰਬੰਧਕ ਨੂੰ ਇਸ ਦਾ ਤਾਲਾ ਖੋਲ੍ਹਣਾ ਪਵੇਗਾ
staff-account-gone = ਇਸ ਦੌਰਾਨ ਖਾਤਾ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ
staff-unknown = “{ $name }” ਨਾਮ ਦਾ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਹੈ। ਖਾਤੇ: { $known }
staff-name-taken = “{ $name }” ਨਾਮ ਦਾ ਖਾਤਾ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਕੋਈ ਹੋਰ ਨਾਮ ਚੁਣੋ
staff-name-empty = ਨਾਮ ਖਾਲੀ ਹੈ
staff-name-too-long = ਨਾਮ ਬਹੁਤ ਲੰਮਾ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ
staff-name-control = ਨਾਮ ਵਿੱਚ ਕੰਟਰੋਲ ਅੱਖਰ ਹਨ
staff-pin-missing = PIN ਨਹੀਂ ਮਿਲਿਆ। ਇਸ ਨੂੰ ਸਟੈਂਡਰਡ ਇਨਪੁਟ ਦੀ ਇੱਕ ਲਾਈਨ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ: echo 482957 | sosta staff-user add NAME --role staff
staff-pin-too-short = PIN ਬਹੁਤ ਛੋਟਾ ਹੈ: ਘੱਟੋ-ਘੱਟ { $min } ਅੰਕ ਚਾਹੀਦੇ ਹਨ
staff-pin-too-long = PIN ਬਹੁਤ ਲੰਮਾ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੰਕ
staff-pin-not-digits = PIN ਵਿੱਚ ਸਿਰਫ਼ 0 ਤੋਂ 9 ਤੱਕ ਦੇ ਅੰਕ ਹੋ ਸਕਦੇ ਹਨ
staff-error-hash = PIN ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਿਆ: { $detail }
staff-error-input = ਸਟੈਂਡਰਡ ਇਨਪੁਟ ਤੋਂ PIN ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }
staff-error-output = ਨਤੀਜਾ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }

audit-heading = { $date } ਦਾ ਰਿਕਾਰਡ
audit-empty = { $date } ਨੂੰ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਹੋਇਆ
audit-bad-date = “{ $value }” ਮਿਤੀ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ YYYY-MM-DD ਵਾਂਗ ਲਿਖੋ, ਜਿਵੇਂ 2026-11-25
audit-command-line = ਕਮਾਂਡ ਲਾਈਨ
audit-action-serve = ਸੇਵਾ ਦਿੱਤੀ
audit-action-no-show = ਗ਼ੈਰਹਾਜ਼ਰ
audit-action-cancel = ਰੱਦ
audit-action-close-service = ਸੇਵਾ ਬੰਦ ਕੀਤੀ
audit-action-capacity = ਸਮਰੱਥਾ ਬਦਲੀ
audit-action-login = ਲੌਗ ਇਨ
audit-action-login-failed = ਲੌਗ ਇਨ ਰੱਦ
audit-action-logout = ਲੌਗ ਆਊਟ
audit-action-reset-lock = ਖਾਤੇ ਦਾ ਤਾਲਾ ਖੋਲ੍ਹਿਆ
audit-action-staff-added = ਖਾਤਾ ਜੋੜਿਆ
audit-action-staff-disabled = ਖਾਤਾ ਬੰਦ ਕੀਤਾ
audit-action-call-next = ਨੰਬਰ ਬੁਲਾਇਆ
audit-action-kiosk-closed = ਕਿਓਸਕ ਬੰਦ ਕੀਤਾ
audit-action-pin-changed = PIN ਬਦਲਿਆ
audit-detail-wrong-pin = ਗਲਤ PIN
audit-detail-wait = ਬਹੁਤ ਕੋਸ਼ਿਸ਼ਾਂ, ਉਡੀਕ ਵਿੱਚ
audit-detail-locked = ਖਾਤਾ ਲੌਕ ਹੈ
audit-detail-disabled = ਖਾਤਾ ਬੰਦ ਹੈ

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = ਇਹ ਆਖ਼ਰੀ ਚਾਲੂ ਪ੍ਰਬੰਧਕ ਹੈ: ਪਹਿਲਾਂ ਕਿਸੇ ਹੋਰ ਖਾਤੇ ਨੂੰ ਪ੍ਰਬੰਧਕ ਬਣਾਓ
audit-action-service-added = ਸੇਵਾ ਜੋੜੀ
audit-action-service-changed = ਸੇਵਾ ਬਦਲੀ
audit-action-catalogue-imported = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਇੰਪੋਰਟ ਕੀਤੀ
audit-action-staff-enabled = ਖਾਤਾ ਚਾਲੂ ਕੀਤਾ
audit-action-role-changed = ਭੂਮਿਕਾ ਬਦਲੀ
audit-action-settings-changed = ਸੈਟਿੰਗਾਂ ਬਦਲੀਆਂ
audit-action-help-called = ਇੱਕ ਕਿਓਸਕ ਤੋਂ ਮਦਦ ਮੰਗੀ ਗਈ
audit-action-help-answered = ਮਦਦ ਦੀ ਬੇਨਤੀ ਦਾ ਜਵਾਬ ਦਿੱਤਾ

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = “{ $value }” ਕਿਸੇ ਸੇਵਾ ਦਾ ਛੋਟਾ ਨਾਮ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ - ਵਰਤੋ, ਵੱਧ ਤੋਂ ਵੱਧ 40 ਅੱਖਰ
invalid-capacity = { $value } ਥਾਵਾਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹਨ। ਮਨਜ਼ੂਰ: 0 ਤੋਂ { $max } ਤੱਕ
invalid-per-visit = ਇੱਕ ਫੇਰੀ ਲਈ { $value } ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। ਮਨਜ਼ੂਰ: 1 ਤੋਂ 100 ਤੱਕ
invalid-minutes = { $value } ਮਿੰਟ ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। ਮਨਜ਼ੂਰ: 1 ਤੋਂ 1440 ਤੱਕ
invalid-overlap = { $day } ਨੂੰ ਸਮੇਂ { $first } ਅਤੇ { $second } ਆਪਸ ਵਿੱਚ ਟਕਰਾਉਂਦੇ ਹਨ
invalid-slot-too-long = { $day } ਨੂੰ ਸਮਾਂ { $range } ਇੱਕ ਸਲਾਟ ({ $minutes } ਮਿੰਟ) ਤੋਂ ਛੋਟਾ ਹੈ
