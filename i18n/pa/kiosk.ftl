# The visitor kiosk and the printed slip. Short sentences, everyday words.
# ਆਉਣ ਵਾਲਿਆਂ ਦਾ ਕਿਓਸਕ ਅਤੇ ਛਪੀ ਹੋਈ ਪਰਚੀ। ਛੋਟੇ ਵਾਕ, ਰੋਜ਼ ਦੇ ਸ਼ਬਦ।

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = ਪੰਜਾਬੀ
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = pa_IN
date-format = %A %-d %B

kiosk-choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
kiosk-change-language = ਭਾਸ਼ਾ ਬਦਲੋ
kiosk-start-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
kiosk-today-title = ਅੱਜ ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ?
kiosk-back = ਵਾਪਸ
kiosk-my-choices = ਮੇਰੀ ਚੋਣ
kiosk-take-number = ਨੰਬਰ ਲਓ
kiosk-confirm-title = ਤੁਹਾਡੀ ਚੋਣ
kiosk-remove = ਹਟਾਓ
kiosk-add-another = ਇੱਕ ਹੋਰ ਸੇਵਾ ਜੋੜੋ
kiosk-print = ਮੇਰੀ ਪਰਚੀ ਛਾਪੋ
kiosk-printing = ਤੁਹਾਡੀ ਪਰਚੀ ਛਪ ਰਹੀ ਹੈ…
kiosk-take-slip = ਆਪਣੀ ਪਰਚੀ ਲੈ ਲਓ
kiosk-print-failed = ਪ੍ਰਿੰਟਰ ਨੇ ਕੰਮ ਨਹੀਂ ਕੀਤਾ। ਤੁਹਾਡੀ ਥਾਂ ਸੰਭਾਲੀ ਹੋਈ ਹੈ: ਸਟਾਫ਼ ਨੂੰ ਆਪਣੀ ਪਰਚੀ ਛਾਪਣ ਲਈ ਕਹੋ।
kiosk-your-code = ਤੁਹਾਡਾ ਕੋਡ
kiosk-show-slip = ਕਾਊਂਟਰ 'ਤੇ ਆਪਣੀ ਪਰਚੀ ਜਾਂ ਇਹ ਕੋਡ ਦਿਖਾਓ।
kiosk-still-there = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
kiosk-im-here = ਮੈਂ ਇੱਥੇ ਹਾਂ

kiosk-status-closed-today = ਅੱਜ ਬੰਦ
kiosk-status-over = ਅੱਜ ਲਈ ਬੰਦ
kiosk-status-opens = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: { $time }
kiosk-status-free = { $time } ਵਜੇ ਖਾਲੀ · { $free ->
    [one] { $free } ਥਾਂ
   *[other] { $free } ਥਾਵਾਂ
}
kiosk-status-calling = ਹੁਣ ਨੰਬਰ { $number } ਬੁਲਾਇਆ ਜਾ ਰਿਹਾ ਹੈ · { $waiting ->
    [0] ਕੋਈ ਉਡੀਕ ਨਹੀਂ
    [one] { $waiting } ਵਿਅਕਤੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $waiting } ਲੋਕ ਉਡੀਕ ਵਿੱਚ
}
kiosk-status-full = ਅੱਜ ਕੋਈ ਥਾਂ ਨਹੀਂ
kiosk-status-queue = { $waiting ->
    [0] ਕੋਈ ਉਡੀਕ ਨਹੀਂ
    [one] { $waiting } ਵਿਅਕਤੀ ਉਡੀਕ ਵਿੱਚ · ਲਗਭਗ { $minutes } ਮਿੰਟ
   *[other] { $waiting } ਲੋਕ ਉਡੀਕ ਵਿੱਚ · ਲਗਭਗ { $minutes } ਮਿੰਟ
}
kiosk-slot-free = { $free ->
    [one] { $free } ਥਾਂ
   *[other] { $free } ਥਾਵਾਂ
}
kiosk-slot-full = ਭਰ ਗਿਆ
kiosk-slot-past = ਲੰਘ ਗਿਆ
kiosk-slot-soon = ਸ਼ੁਰੂ ਹੋ ਰਿਹਾ
kiosk-when-queue = ਲਾਈਨ ਵਿੱਚ ਇੱਕ ਨੰਬਰ · { $waiting ->
    [0] ਕੋਈ ਉਡੀਕ ਨਹੀਂ
    [one] { $waiting } ਵਿਅਕਤੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $waiting } ਲੋਕ ਉਡੀਕ ਵਿੱਚ
}
kiosk-when-number = ਨੰਬਰ { $number }

kiosk-problem-full = { $service }: ਇਹ ਸਮਾਂ ਹੁਣੇ ਕਿਸੇ ਹੋਰ ਨੇ ਲੈ ਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਸਮਾਂ ਚੁਣੋ।
kiosk-problem-closed = { $service } ਹੁਣ ਬੰਦ ਹੈ।
kiosk-problem-other = ਹੁਣ { $service } ਦੀ ਬੁਕਿੰਗ ਨਹੀਂ ਹੋ ਸਕਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ।
kiosk-problem-failed = ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ ਅਤੇ ਕੋਈ ਬੁਕਿੰਗ ਨਹੀਂ ਹੋਈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ ਜਾਂ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ।

slip-number = ਨੰ. { $number }
slip-instruction = ਇਹ ਪਰਚੀ ਕਾਊਂਟਰ 'ਤੇ ਦਿਖਾਓ।
kiosk-problem-unavailable = ਕਿਓਸਕ ਹੁਣ ਬੁਕਿੰਗ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ।
kiosk-problem-again = { $service } ਦੀ ਬੁਕਿੰਗ ਹੁਣੇ ਇੱਥੇ ਹੋਈ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਇੱਕ ਹੋਰ ਥਾਂ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ।

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
kiosk-question-gender = ਤੁਸੀਂ ਹੋ…
kiosk-question-housing = ਕੱਲ੍ਹ ਰਾਤ ਤੁਸੀਂ ਕਿੱਥੇ ਸੁੱਤੇ ਸੀ?
kiosk-question-first_visit = ਕੀ ਤੁਸੀਂ ਇੱਥੇ ਪਹਿਲੀ ਵਾਰ ਆਏ ਹੋ?
kiosk-answer-age_band-under-25 = 25 ਤੋਂ ਘੱਟ
kiosk-answer-age_band-25-39 = 25 ਤੋਂ 39
kiosk-answer-age_band-40-59 = 40 ਤੋਂ 59
kiosk-answer-age_band-60-plus = 60 ਜਾਂ ਵੱਧ
kiosk-answer-gender-woman = ਔਰਤ
kiosk-answer-gender-man = ਮਰਦ
kiosk-answer-gender-other = ਹੋਰ
kiosk-answer-housing-home = ਘਰ ਵਿੱਚ
kiosk-answer-housing-friends = ਦੋਸਤਾਂ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰਾਂ ਕੋਲ
kiosk-answer-housing-shelter = ਸ਼ੈਲਟਰ ਵਿੱਚ
kiosk-answer-housing-outside = ਬਾਹਰ ਖੁੱਲ੍ਹੇ ਵਿੱਚ
kiosk-answer-first_visit-yes = ਹਾਂ, ਪਹਿਲੀ ਵਾਰ
kiosk-answer-first_visit-no = ਨਹੀਂ, ਪਹਿਲੀ ਵਾਰ ਨਹੀਂ
kiosk-answer-declined = ਦੱਸਣਾ ਨਹੀਂ ਚਾਹੁੰਦੇ
kiosk-question-skip = ਇਹ ਸਵਾਲ ਛੱਡੋ
kiosk-question-why = ਬਿਨਾਂ ਨਾਮ ਦੇ: ਇਸ ਨਾਲ ਸੈਂਟਰ ਨੂੰ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ। ਤੁਹਾਡਾ ਜਵਾਬ ਤੁਹਾਡੀ ਪਰਚੀ 'ਤੇ ਨਹੀਂ ਹੁੰਦਾ।
kiosk-question-progress = ਸਵਾਲ { $number } / { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = ਸਟਾਫ਼ ਨੂੰ ਬੁਲਾਓ
kiosk-help-ask = ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
kiosk-help-ask-detail = ਸਟਾਫ਼ ਦਾ ਕੋਈ ਮੈਂਬਰ ਇਸ ਕਿਓਸਕ 'ਤੇ ਆਵੇਗਾ।
kiosk-help-yes = ਹਾਂ, ਸਟਾਫ਼ ਨੂੰ ਬੁਲਾਓ
kiosk-help-no = ਨਹੀਂ, ਵਾਪਸ ਜਾਓ
kiosk-help-sent = ਸਟਾਫ਼ ਆ ਰਿਹਾ ਹੈ।
kiosk-help-already = ਸਟਾਫ਼ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਬੁਲਾਇਆ ਜਾ ਚੁੱਕਾ ਹੈ।
kiosk-help-stay = ਕਿਰਪਾ ਕਰਕੇ ਕਿਓਸਕ ਦੇ ਨੇੜੇ ਰਹੋ।
kiosk-help-failed = ਬੁਲਾਵਾ ਨਹੀਂ ਪਹੁੰਚਿਆ।
kiosk-help-failed-detail = ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਕਿਸੇ ਨੂੰ ਵੀ ਪੁੱਛੋ।
kiosk-help-ok = ਠੀਕ ਹੈ

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = ਇਹ ਸਕਰੀਨ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣੋ
kiosk-speech-today = ਸਮੇਂ ਦੇਖਣ ਲਈ ਕਿਸੇ ਸੇਵਾ ਨੂੰ ਦਬਾਓ।
kiosk-speech-queue = ਆਪਣਾ ਨੰਬਰ ਲੈਣ ਲਈ “ਨੰਬਰ ਲਓ” ਦਬਾਓ।
kiosk-speech-slots = ਬੁੱਕ ਕਰਨ ਲਈ ਕੋਈ ਸਮਾਂ ਦਬਾਓ।
kiosk-speech-confirm = ਆਪਣੀ ਪਰਚੀ ਲੈਣ ਲਈ “ਮੇਰੀ ਪਰਚੀ ਛਾਪੋ” ਦਬਾਓ।
kiosk-speech-question = ਕੋਈ ਜਵਾਬ ਦਬਾਓ, ਜਾਂ ਸਵਾਲ ਛੱਡ ਦਿਓ।

# Standby when a service is full today.
kiosk-standby = ਖਾਲੀ ਥਾਂ ਦੀ ਉਡੀਕ ਕਰੋ
kiosk-standby-detail = ਜੇ ਕੋਈ ਆਪਣੀ ਥਾਂ ਛੱਡ ਦਿੰਦਾ ਹੈ, ਤਾਂ ਅਸੀਂ ਉਡੀਕ ਵਾਲੇ ਕਮਰੇ ਦੀ ਸਕਰੀਨ 'ਤੇ ਤੁਹਾਡਾ ਨੰਬਰ ਬੁਲਾਵਾਂਗੇ।
kiosk-when-standby = ਉਡੀਕ ਸੂਚੀ, ਨੰਬਰ { $number }
slip-standby = ਉਡੀਕ ਸੂਚੀ ਨੰ. { $number }
slip-instruction-standby = ਸਕਰੀਨ ਦੇਖਦੇ ਰਹੋ: ਥਾਂ ਖਾਲੀ ਹੋਣ 'ਤੇ ਅਸੀਂ ਤੁਹਾਡਾ ਨੰਬਰ ਬੁਲਾਵਾਂਗੇ।
