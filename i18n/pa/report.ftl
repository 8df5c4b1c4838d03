# ਫੰਡ ਦੇਣ ਵਾਲਿਆਂ (ਸ਼ਹਿਰ ਅਤੇ ਖੇਤਰ) ਲਈ PDF ਰਿਪੋਰਟ: ਬਾਰ ਚਾਰਟ ਜੋ ਕਾਲੇ-ਚਿੱਟੇ ਵਿੱਚ ਛਪਦੇ ਹਨ।
# ਸੌਖੇ ਸ਼ਬਦ: ਇਸ ਨੂੰ ਉਹ ਲੋਕ ਪੜ੍ਹਦੇ ਹਨ ਜੋ Sosta ਨੂੰ ਨਹੀਂ ਜਾਣਦੇ।

report-title = { $site } — ਕੰਮਕਾਜ ਦੀ ਰਿਪੋਰਟ
report-period = ਮਿਆਦ: { $from } – { $to }
report-note = 1 ਤੋਂ { $last } ਤੱਕ ਦੇ ਅੰਕ { $small } ਲਿਖੇ ਜਾਂਦੇ ਹਨ; { $withheld } ਉਸ ਅੰਕ ਲਈ ਹੈ ਜੋ ਲੁਕਾਇਆ ਗਿਆ ਤਾਂ ਜੋ ਕੋਈ ਛੋਟਾ ਅੰਕ ਕੱਢਿਆ ਨਾ ਜਾ ਸਕੇ।
report-page = ਸਫ਼ਾ { $page } / { $pages }
report-total = ਕੁੱਲ: { $total }
report-withheld-table = ਲੁਕਾਇਆ ਗਿਆ: ਇੱਥੇ ਹਰ ਅੰਕ ਦਿਖਾਉਣ ਲਈ ਬਹੁਤ ਛੋਟਾ ਹੈ
report-nothing = ਇਸ ਮਿਆਦ ਵਿੱਚ ਕੋਈ ਨਹੀਂ
report-table-visits-by-day = ਦਿਨ ਅਨੁਸਾਰ ਆਮਦ
report-table-visits-by-weekday = ਹਫ਼ਤੇ ਦੇ ਦਿਨ ਅਨੁਸਾਰ ਆਮਦ
report-table-visits-by-hour = ਘੰਟੇ ਅਨੁਸਾਰ ਆਮਦ
report-table-languages = ਭਾਸ਼ਾ ਅਨੁਸਾਰ ਆਮਦ
report-table-bookings = ਸੇਵਾ ਅਨੁਸਾਰ ਬੁਕਿੰਗਾਂ
report-table-outcomes = { $service }: ਬੁਕਿੰਗਾਂ ਦਾ ਨਤੀਜਾ
report-table-items = ਦਿੱਤੀਆਂ ਚੀਜ਼ਾਂ
report-waits = ਕਤਾਰ ਵਿੱਚ ਉਡੀਕ (ਮਿੰਟ)
report-waits-service = ਸੇਵਾ
report-waits-count = ਉਡੀਕਾਂ
report-waits-median = ਵਿਚਕਾਰਲਾ ਮੁੱਲ
report-waits-p90 = 10 ਵਿੱਚੋਂ 9 ਇੰਨੇ ਵਿੱਚ
error-report-pdf-needs-out = PDF ਰਿਪੋਰਟ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੀ ਜਾਂਦੀ ਹੈ: --out FILE.pdf ਜੋੜੋ
error-report-pdf = PDF ਰਿਪੋਰਟ ਬਣ ਨਹੀਂ ਸਕੀ: { $detail }
