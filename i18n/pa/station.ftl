# The staff station at a service desk. Staff are busy and standing: short, clear words.
# ਕਾਊਂਟਰ 'ਤੇ ਸਟਾਫ਼ ਦਾ ਸਟੇਸ਼ਨ। ਸਟਾਫ਼ ਕਾਹਲੀ ਵਿੱਚ ਅਤੇ ਖੜ੍ਹਾ ਹੁੰਦਾ ਹੈ: ਛੋਟੇ, ਸਾਫ਼ ਸ਼ਬਦ।

station-who-are-you = ਤੁਸੀਂ ਕੌਣ ਹੋ? ਆਪਣਾ ਨਾਮ ਦਬਾਓ
station-pin-clear = ਇੱਕ ਅੰਕ ਮਿਟਾਓ
station-pin-ok = ਲੌਗ ਇਨ ਕਰੋ
station-scan-now = ਪਰਚੀ ਸਕੈਨ ਕਰੋ
station-or-type = ਜਾਂ ਪਰਚੀ ਵਾਲਾ ਕੋਡ ਟਾਈਪ ਕਰੋ
station-erase = ਮਿਟਾਓ
station-check-code = ਕੋਡ ਜਾਂਚੋ
station-served = ਸੇਵਾ ਦਿੱਤੀ
station-next = ਅਗਲਾ
station-board = ਅੱਜ ਦੀ ਸੂਚੀ
station-scan = ਸਕੈਨ
station-logout = ਲੌਗ ਆਊਟ
station-close-today = ਅੱਜ ਲਈ ਬੰਦ ਕਰੋ
station-capacity = ਅੱਜ ਹਰ ਸਲਾਟ ਵਿੱਚ ਥਾਵਾਂ:
station-capacity-less = ਅੱਜ ਇੱਕ ਥਾਂ ਘੱਟ
station-capacity-more = ਅੱਜ ਇੱਕ ਥਾਂ ਵੱਧ
station-mark-no-show = ਗ਼ੈਰਹਾਜ਼ਰ
station-cancel-booking = ਰੱਦ ਕਰੋ
station-all-desks = ਸਾਰੇ ਕਾਊਂਟਰ
station-login-first = ਪਹਿਲਾਂ ਲੌਗ ਇਨ ਕਰੋ, ਫਿਰ ਪਰਚੀ ਦੁਬਾਰਾ ਸਕੈਨ ਕਰੋ
station-login-wrong = ਗ਼ਲਤ PIN। { $left ->
    [0] ਅਗਲੀ ਕੋਸ਼ਿਸ਼ ਤੋਂ ਪਹਿਲਾਂ ਥੋੜ੍ਹਾ ਰੁਕੋ
    [one] ਅਜੇ { $left } ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਹੈ, ਫਿਰ ਉਡੀਕ ਕਰਨੀ ਪਵੇਗੀ
   *[other] ਅਜੇ { $left } ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ, ਫਿਰ ਉਡੀਕ ਕਰਨੀ ਪਵੇਗੀ
}
station-login-wait = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ PIN। { $time } ਵਜੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
station-login-locked = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ PIN ਕਾਰਨ ਇਹ ਖਾਤਾ ਬੰਦ ਹੋ ਗਿਆ ਹੈ। ਕੋਈ ਐਡਮਿਨ ਹੀ ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ
station-login-disabled = ਇਹ ਖਾਤਾ ਚਾਲੂ ਨਹੀਂ ਹੈ। ਕਿਸੇ ਐਡਮਿਨ ਨੂੰ ਪੁੱਛੋ
station-slip-language = ਪਰਚੀ ਦੀ ਭਾਸ਼ਾ: { $language }
station-board-summary = ਬੁੱਕ ਕੀਤੀਆਂ { $booked } · ਸੇਵਾ ਦਿੱਤੀ { $served } · ਗ਼ੈਰਹਾਜ਼ਰ { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# ਕਿਓਸਕ ਵਿੱਚ ਸਟਾਫ਼ ਦਾ ਕੋਨਾ (ਥਾਂ ਦੇ ਨਾਮ ਨੂੰ 3 ਸਕਿੰਟ ਦਬਾ ਕੇ ਰੱਖੋ, ਫਿਰ PIN)।
corner-menu-title = ਸਟਾਫ਼: { $name }
corner-open-station = ਸਟਾਫ਼ ਦਾ ਸਟੇਸ਼ਨ ਖੋਲ੍ਹੋ
corner-exit = ਕਿਓਸਕ ਬੰਦ ਕਰੋ
corner-reprint = ਹਾਲੀਆ ਪਰਚੀ ਦੁਬਾਰਾ ਛਾਪੋ
corner-close-service = ਅੱਜ ਦੇ ਬਾਕੀ ਦਿਨ ਲਈ ਕੋਈ ਸੇਵਾ ਬੰਦ ਕਰੋ
corner-back-to-kiosk = ਕਿਓਸਕ 'ਤੇ ਵਾਪਸ
corner-reprinted = ਪਰਚੀ { $code } ਦੁਬਾਰਾ ਛਪ ਗਈ
corner-closed = { $service } ਅੱਜ ਦੇ ਬਾਕੀ ਦਿਨ ਲਈ ਬੰਦ ਹੈ
corner-station-opened = ਸਟਾਫ਼ ਦਾ ਸਟੇਸ਼ਨ ਆਪਣੀ ਵੱਖਰੀ ਵਿੰਡੋ ਵਿੱਚ ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ
corner-station-failed = ਸਟਾਫ਼ ਦਾ ਸਟੇਸ਼ਨ ਚਾਲੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਾਰਨ ਲੌਗ ਵਿੱਚ ਲਿਖਿਆ ਹੈ

# Queue desks and items handed out.
# ਲਾਈਨ ਵਾਲੇ ਕਾਊਂਟਰ ਅਤੇ ਵੰਡੀਆਂ ਗਈਆਂ ਚੀਜ਼ਾਂ।
station-now-calling = ਹੁਣ ਬੁਲਾਇਆ ਜਾ ਰਿਹਾ ਹੈ: { $number }
station-call-next = ਅਗਲੇ ਨੂੰ ਬੁਲਾਓ
station-nobody-waiting = ਕੋਈ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ
station-quantity = ਵੰਡੀਆਂ ਚੀਜ਼ਾਂ:
station-quantity-less = ਇੱਕ ਚੀਜ਼ ਘੱਟ
station-quantity-more = ਇੱਕ ਚੀਜ਼ ਵੱਧ
station-admin-only = ਇਹ ਸਿਰਫ਼ ਐਡਮਿਨ ਕਰ ਸਕਦਾ ਹੈ। ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਪੁੱਛੋ
station-login-shared = ਇਹ PIN ਇੱਕ ਤੋਂ ਵੱਧ ਖਾਤਿਆਂ ਦਾ ਹੈ। ਕਿਸੇ ਐਡਮਿਨ ਨੂੰ ਨਵਾਂ PIN ਦੇਣ ਲਈ ਕਹੋ
corner-admin-only = ਇਹ ਸਿਰਫ਼ ਐਡਮਿਨ ਕਰ ਸਕਦਾ ਹੈ
corner-pin-title = ਸਟਾਫ਼ ਦਾ PIN
station-help-alert = ਕਿਓਸਕ { $kiosk } ਤੋਂ ਮਦਦ ਮੰਗੀ ਜਾ ਰਹੀ ਹੈ ({ $time })। ਜਾ ਕੇ ਦੇਖੋ।
station-help-going = ਮੈਂ ਜਾ ਰਿਹਾ ਹਾਂ
station-help-taken = ਇੱਕ ਸਾਥੀ ਪਹਿਲਾਂ ਹੀ ਜਾ ਰਿਹਾ ਹੈ।
station-standby-may-come = ਉਡੀਕ ਸੂਚੀ ਦਾ ਨੰਬਰ { $number } ਹੁਣ ਆ ਸਕਦਾ ਹੈ ({ $time } ਵਜੇ ਤੱਕ)।
