# The coordinator's console in the staff station (administrators only).
# ਸਟਾਫ਼ ਦੇ ਸਟੇਸ਼ਨ ਵਿੱਚ ਕੋਆਰਡੀਨੇਟਰ ਦਾ ਕੰਸੋਲ (ਸਿਰਫ਼ ਐਡਮਿਨ ਲਈ)।

station-console = ਕੰਸੋਲ
console-tab-services = ਸੇਵਾਵਾਂ
console-tab-staff = ਸਟਾਫ਼
console-tab-questions = ਸਵਾਲ

console-new-service = ਨਵੀਂ ਸੇਵਾ
console-new-account = ਨਵਾਂ ਖਾਤਾ
console-new-pin-for = { $name } ਲਈ ਨਵਾਂ PIN
console-edit = ਸੋਧੋ
console-up = ਉੱਪਰ
console-down = ਹੇਠਾਂ
console-withdraw = ਪੇਸ਼ ਕਰਨਾ ਬੰਦ ਕਰੋ
console-offer = ਫਿਰ ਪੇਸ਼ ਕਰੋ
console-pin = ਨਵਾਂ PIN
console-reset = ਤਾਲਾ ਖੋਲ੍ਹੋ
console-disable = ਬੰਦ ਕਰੋ
console-enable = ਚਾਲੂ ਕਰੋ
console-make-admin = ਕੋਆਰਡੀਨੇਟਰ ਬਣਾਓ
console-make-staff = ਸਟਾਫ਼ ਬਣਾਓ
console-ask = ਪੁੱਛੋ
console-skip = ਨਾ ਪੁੱਛੋ
console-save = ਸੰਭਾਲੋ
console-save-anyway = ਫਿਰ ਵੀ ਸੰਭਾਲੋ
console-cancel = ਰੱਦ ਕਰੋ
console-yes = ਹਾਂ
console-no = ਨਹੀਂ

console-mode-slots = ਸਮੇਂ ਦੇ ਸਲਾਟ
console-mode-queue = ਲਾਈਨ ਦੇ ਨੰਬਰ
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } ਥਾਂ
   *[other] { $capacity } ਥਾਵਾਂ
}{ $active ->
    [no] {" "}· ਪੇਸ਼ ਨਹੀਂ ਕੀਤੀ ਜਾਂਦੀ
   *[yes] {""}
}
console-account-active = ਲੌਗ ਇਨ ਹੋ ਸਕਦਾ ਹੈ
console-account-disabled = ਬੰਦ
console-account-locked = ਗ਼ਲਤ PIN ਕਾਰਨ ਲੌਕ

console-question-age_band = ਉਮਰ: 25 ਤੋਂ ਘੱਟ, 25–39, 40–59, 60 ਜਾਂ ਵੱਧ
console-question-gender = ਲਿੰਗ: ਔਰਤ, ਮਰਦ, ਹੋਰ
console-question-housing = ਪਿਛਲੀ ਰਾਤ ਕਿੱਥੇ ਸੁੱਤੇ: ਘਰ, ਦੋਸਤ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰ, ਸ਼ੈਲਟਰ, ਬਾਹਰ ਖੁੱਲ੍ਹੇ ਵਿੱਚ
console-question-first_visit = ਇੱਥੇ ਪਹਿਲੀ ਵਾਰ: ਹਾਂ ਜਾਂ ਨਹੀਂ
console-question-asked = ਕਿਓਸਕ 'ਤੇ ਭਾਸ਼ਾ ਤੋਂ ਬਾਅਦ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ। ਆਉਣ ਵਾਲੇ ਇਸ ਨੂੰ ਹਮੇਸ਼ਾ ਛੱਡ ਸਕਦੇ ਹਨ
console-question-not-asked = ਨਹੀਂ ਪੁੱਛਿਆ ਜਾਂਦਾ
console-questions-max = ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਸਵਾਲ: ਹਰ ਸਵਾਲ ਸੇਵਾਵਾਂ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਹੋਰ ਸਕਰੀਨ ਹੈ

console-field-name = ਨਾਮ
console-field-description = ਛੋਟਾ ਵੇਰਵਾ
console-field-name-in = { $language } ਵਿੱਚ ਨਾਮ
console-field-description-in = { $language } ਵਿੱਚ ਛੋਟਾ ਵੇਰਵਾ
console-field-icon = ਤਸਵੀਰ
console-field-desk = ਕਾਊਂਟਰ
console-field-mode = ਥਾਵਾਂ
console-field-slot = ਹਰ ਸਲਾਟ ਦੇ ਮਿੰਟ
console-field-minutes = ਹਰ ਵਿਅਕਤੀ ਦੇ ਮਿੰਟ
console-field-capacity = ਹਰ ਸਲਾਟ ਵਿੱਚ ਥਾਵਾਂ, ਜਾਂ ਹਰ ਦਿਨ ਦੇ ਨੰਬਰ
console-field-per-visit = ਇੱਕ ਫੇਰੀ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ
console-field-dates = ਖ਼ਾਸ ਦਿਨ: ਸਿਰਫ਼ ਮਿਤੀ ਦਾ ਮਤਲਬ ਬੰਦ, ਜਾਂ ਮਿਤੀ ਅਤੇ ਉਸ ਦੇ ਸਮੇਂ; ਦਿਨਾਂ ਨੂੰ ; ਨਾਲ ਵੱਖ ਕਰੋ
console-field-discreet = ਗੁਪਤ: ਪਰਚੀ 'ਤੇ ਸਿਰਫ਼ ਕਾਊਂਟਰ ਅਤੇ ਸਮਾਂ ਦਿਖਦਾ ਹੈ
console-field-account-name = ਨਾਮ
console-field-pin = PIN (6 ਤੋਂ 12 ਅੰਕ)
console-field-role = ਭੂਮਿਕਾ

console-missing-languages = ਇਨ੍ਹਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਆਪਣਾ ਨਾਮ ਨਹੀਂ: { $languages }। ਇਹ ਇਤਾਲਵੀ ਨਾਮ ਦਿਖਾਉਂਦੀਆਂ ਹਨ
console-italian-name-needed = ਪਹਿਲਾਂ ਨਾਮ ਇਤਾਲਵੀ ਵਿੱਚ ਲਿਖੋ: ਜਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਆਪਣਾ ਨਾਮ ਨਹੀਂ, ਉਹ ਇਹੀ ਨਾਮ ਦਿਖਾਉਂਦੀ ਹੈ
console-not-a-number = { $field }: ਪੂਰੀ ਸੰਖਿਆ ਲਿਖੋ
console-bad-hours = { $field }: ਸਮੇਂ 09:00-12:00 ਵਾਂਗ ਲਿਖੋ, ਕਈ ਹੋਣ ਤਾਂ ਖਾਲੀ ਥਾਂ ਨਾਲ ਵੱਖ ਕਰੋ
console-bad-dates = { $field }: ਹਰ ਦਿਨ 2026-12-25 (ਬੰਦ) ਜਾਂ 2026-12-24 09:00-12:00 ਵਾਂਗ ਲਿਖੋ, ; ਨਾਲ ਵੱਖ ਕਰਕੇ
console-stranded = ਇਹ ਬੁਕਿੰਗਾਂ ਨਵੇਂ ਸਮਿਆਂ ਤੋਂ ਬਾਹਰ ਰਹਿ ਜਾਣਗੀਆਂ। ਇਹ ਬੁੱਕ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ: ਆਉਣ ਵਾਲਿਆਂ ਨੂੰ ਦੱਸੋ, ਜਾਂ “ਫਿਰ ਵੀ ਸੰਭਾਲੋ” ਦਬਾਓ
console-slug-taken = “{ $slug }” ਨਾਮ ਦੀ ਸੇਵਾ ਪਹਿਲਾਂ ਹੀ ਹੈ
console-service-gone = ਇਸ ਦੌਰਾਨ ਸੇਵਾ ਹਟਾ ਦਿੱਤੀ ਗਈ
console-unprintable = “{ $char }” ({ $language } ਵਾਲੇ ਨਾਮ ਜਾਂ ਵੇਰਵੇ ਵਿੱਚ) ਪਰਚੀ 'ਤੇ ਛਾਪਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਇਸ ਨੂੰ ਹਟਾ ਦਿਓ
console-scan-in-form = ਇਹ ਫ਼ਾਰਮ ਖੁੱਲ੍ਹਾ ਹੋਣ ਦੌਰਾਨ ਇੱਕ ਪਰਚੀ ਸਕੈਨ ਹੋਈ: ਉਹ ਫ਼ਾਰਮ ਵਿੱਚ ਨਹੀਂ ਲਿਖੀ ਗਈ। ਫ਼ਾਰਮ ਸੰਭਾਲੋ ਜਾਂ ਰੱਦ ਕਰੋ, ਫਿਰ ਪਰਚੀ ਦੁਬਾਰਾ ਸਕੈਨ ਕਰੋ
console-name-needs-letters = ਇਤਾਲਵੀ ਨਾਮ ਵਿੱਚ a ਤੋਂ z ਤੱਕ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅੱਖਰ ਜਾਂ ਇੱਕ ਅੰਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ: ਇਸੇ ਤੋਂ ਸੇਵਾ ਦਾ ਛੋਟਾ ਨਾਮ ਵੀ ਬਣਦਾ ਹੈ
console-withdraw-stranded = { $count ->
    [one] ਇਸ ਸੇਵਾ ਦੀ { $count } ਬੁਕਿੰਗ ਨੂੰ ਅਜੇ ਸੇਵਾ ਦੇਣੀ ਬਾਕੀ ਹੈ। ਇਹ ਬੁੱਕ ਹੀ ਰਹਿੰਦੀ ਹੈ: ਪੱਕਾ ਕਰਨ ਲਈ “ਪੇਸ਼ ਕਰਨਾ ਬੰਦ ਕਰੋ” ਦੁਬਾਰਾ ਦਬਾਓ
   *[other] ਇਸ ਸੇਵਾ ਦੀਆਂ { $count } ਬੁਕਿੰਗਾਂ ਨੂੰ ਅਜੇ ਸੇਵਾ ਦੇਣੀ ਬਾਕੀ ਹੈ। ਇਹ ਬੁੱਕ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ: ਪੱਕਾ ਕਰਨ ਲਈ “ਪੇਸ਼ ਕਰਨਾ ਬੰਦ ਕਰੋ” ਦੁਬਾਰਾ ਦਬਾਓ
}
console-date-twice = { $field }: ਇੱਕ ਦਿਨ ਦੋ ਵਾਰ ਲਿਖਿਆ ਗਿਆ ਹੈ। ਹਰ ਦਿਨ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਲਿਖੋ, ਉਸ ਦੇ ਸਾਰੇ ਸਮਿਆਂ ਨਾਲ
