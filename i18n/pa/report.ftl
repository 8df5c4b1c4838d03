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

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = ਉਮਰ (ਕਿਓਸਕ 'ਤੇ ਦਿੱਤੇ ਜਵਾਬ)
report-table-gender = ਲਿੰਗ (ਕਿਓਸਕ 'ਤੇ ਦਿੱਤੇ ਜਵਾਬ)
report-table-housing = ਪਿਛਲੀ ਰਾਤ ਕਿੱਥੇ ਸੁੱਤੇ (ਕਿਓਸਕ 'ਤੇ ਦਿੱਤੇ ਜਵਾਬ)
report-table-first-visit = ਸੈਂਟਰ ਵਿੱਚ ਪਹਿਲੀ ਵਾਰ (ਕਿਓਸਕ 'ਤੇ ਦਿੱਤੇ ਜਵਾਬ)
report-key-age-band-under-25 = 25 ਸਾਲ ਤੋਂ ਘੱਟ
report-key-age-band-25-39 = 25 ਤੋਂ 39 ਸਾਲ
report-key-age-band-40-59 = 40 ਤੋਂ 59 ਸਾਲ
report-key-age-band-60-plus = 60 ਸਾਲ ਜਾਂ ਵੱਧ
report-key-age-band-declined = ਦੱਸਣਾ ਨਹੀਂ ਚਾਹਿਆ
report-key-age-band-none = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
report-key-gender-woman = ਔਰਤ
report-key-gender-man = ਮਰਦ
report-key-gender-other = ਹੋਰ
report-key-gender-declined = ਦੱਸਣਾ ਨਹੀਂ ਚਾਹਿਆ
report-key-gender-none = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
report-key-housing-home = ਘਰ ਵਿੱਚ
report-key-housing-friends = ਦੋਸਤਾਂ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰਾਂ ਕੋਲ
report-key-housing-shelter = ਸ਼ੈਲਟਰ ਵਿੱਚ
report-key-housing-outside = ਬਾਹਰ ਖੁੱਲ੍ਹੇ ਵਿੱਚ
report-key-housing-declined = ਦੱਸਣਾ ਨਹੀਂ ਚਾਹਿਆ
report-key-housing-none = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
report-key-first-visit-yes = ਪਹਿਲੀ ਵਾਰ
report-key-first-visit-no = ਪਹਿਲਾਂ ਵੀ ਆ ਚੁੱਕੇ
report-key-first-visit-none = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
report-no-data = { $from } ਤੋਂ { $to } ਤੱਕ ਕੁਝ ਵੀ ਨਹੀਂ ਗਿਣਿਆ ਗਿਆ: ਇਸ ਸਮੇਂ ਦੇ ਕਿਸੇ ਵੀ ਦਿਨ ਦੀਆਂ ਮੁਲਾਕਾਤਾਂ ਇੱਥੇ ਦਰਜ ਨਹੀਂ ਹਨ। ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ ਲਿਖੀ ਗਈ।
report-key-first-visit-declined = ਦੱਸਣਾ ਨਹੀਂ ਚਾਹਿਆ
