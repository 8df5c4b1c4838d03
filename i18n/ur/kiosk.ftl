# The visitor kiosk and the printed slip. Short sentences, everyday words.
# آنے والوں کا کیوسک اور چھپی ہوئی پرچی۔ چھوٹے جملے، روزمرہ کے الفاظ۔

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = اردو
language-direction = rtl
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = ur_PK
date-format = %A %-d %B

kiosk-choose-language = اپنی زبان چنیں
kiosk-change-language = زبان بدلیں
kiosk-start-again = دوبارہ شروع کریں
kiosk-today-title = آج آپ کو کیا چاہیے؟
kiosk-back = واپس
kiosk-my-choices = میرا انتخاب
kiosk-take-number = نمبر لیں
kiosk-confirm-title = آپ کا انتخاب
kiosk-remove = ہٹائیں
kiosk-add-another = ایک اور سروس شامل کریں
kiosk-print = میری پرچی پرنٹ کریں
kiosk-printing = آپ کی پرچی پرنٹ ہو رہی ہے…
kiosk-take-slip = اپنی پرچی لے لیں
kiosk-print-failed = پرنٹر نے کام نہیں کیا۔ آپ کی جگہ محفوظ ہے: عملے سے کہیں کہ آپ کی پرچی پرنٹ کر دیں۔
kiosk-your-code = آپ کا کوڈ
kiosk-show-slip = کاؤنٹر پر اپنی پرچی یا یہ کوڈ دکھائیں۔
kiosk-still-there = کیا آپ ابھی بھی یہاں ہیں؟
kiosk-im-here = میں یہاں ہوں

kiosk-status-closed-today = آج بند ہے
kiosk-status-over = آج کے لیے بند
kiosk-status-opens = کھلنے کا وقت: { $time }
kiosk-status-free = { $time } بجے خالی · { $free ->
    [one] { $free } جگہ
   *[other] { $free } جگہیں
}
kiosk-status-calling = اب نمبر { $number } بلایا جا رہا ہے · { $waiting ->
    [0] کوئی انتظار نہیں
    [one] { $waiting } شخص انتظار میں
   *[other] { $waiting } لوگ انتظار میں
}
kiosk-status-full = آج کوئی جگہ نہیں
kiosk-status-queue = { $waiting ->
    [0] کوئی انتظار نہیں
    [one] { $waiting } شخص انتظار میں · تقریباً { $minutes } منٹ
   *[other] { $waiting } لوگ انتظار میں · تقریباً { $minutes } منٹ
}
kiosk-slot-free = { $free ->
    [one] { $free } جگہ
   *[other] { $free } جگہیں
}
kiosk-slot-full = بھر گیا
kiosk-slot-past = گزر گیا
kiosk-slot-soon = شروع ہو رہا ہے
kiosk-when-queue = قطار میں ایک نمبر · { $waiting ->
    [0] کوئی انتظار نہیں
    [one] { $waiting } شخص انتظار میں
   *[other] { $waiting } لوگ انتظار میں
}
kiosk-when-number = نمبر { $number }

kiosk-problem-full = { $service }: یہ وقت ابھی کسی اور نے لے لیا۔ براہ کرم کوئی اور وقت چنیں۔
kiosk-problem-closed = { $service } ابھی بند ہے۔
kiosk-problem-other = ابھی { $service } کی بکنگ نہیں ہو سکتی۔ براہ کرم عملے سے پوچھیں۔
kiosk-problem-failed = کچھ غلط ہو گیا اور کوئی بکنگ نہیں ہوئی۔ دوبارہ کوشش کریں یا عملے سے پوچھیں۔

slip-number = نمبر { $number }
slip-instruction = یہ پرچی کاؤنٹر پر دکھائیں۔
kiosk-problem-unavailable = کیوسک ابھی بکنگ نہیں کر سکتا۔ براہ کرم عملے سے پوچھیں۔
kiosk-problem-again = { $service } کی بکنگ ابھی ابھی یہاں ہوئی ہے۔ اگر آپ کو ایک اور جگہ چاہیے تو براہ کرم عملے سے پوچھیں۔

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = آپ کی عمر کتنی ہے؟
kiosk-question-gender = آپ ہیں…
kiosk-question-housing = کل رات آپ کہاں سوئے تھے؟
kiosk-question-first_visit = کیا آپ یہاں پہلی بار آئے ہیں؟
kiosk-answer-age_band-under-25 = 25 سے کم
kiosk-answer-age_band-25-39 = 25 سے 39
kiosk-answer-age_band-40-59 = 40 سے 59
kiosk-answer-age_band-60-plus = 60 یا اس سے زیادہ
kiosk-answer-gender-woman = عورت
kiosk-answer-gender-man = مرد
kiosk-answer-gender-other = دیگر
kiosk-answer-housing-home = گھر پر
kiosk-answer-housing-friends = دوستوں یا رشتہ داروں کے پاس
kiosk-answer-housing-shelter = پناہ گاہ میں
kiosk-answer-housing-outside = باہر کھلے میں
kiosk-answer-first_visit-yes = ہاں، پہلی بار
kiosk-answer-first_visit-no = نہیں، پہلی بار نہیں
kiosk-answer-declined = بتانا نہیں چاہتے
kiosk-question-skip = یہ سوال چھوڑ دیں
kiosk-question-why = بے نام: اس سے سینٹر کو منصوبہ بندی میں مدد ملتی ہے۔ آپ کا جواب آپ کی پرچی پر نہیں ہوتا۔
kiosk-question-progress = سوال { $number } از { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = عملے کو بلائیں
kiosk-help-ask = کیا آپ کو ابھی مدد چاہیے؟
kiosk-help-ask-detail = عملے کا کوئی فرد اس کیوسک پر آئے گا۔
kiosk-help-yes = ہاں، عملے کو بلائیں
kiosk-help-no = نہیں، واپس جائیں
kiosk-help-sent = عملہ آ رہا ہے۔
kiosk-help-already = عملے کو پہلے ہی بلا لیا گیا ہے۔
kiosk-help-stay = براہ کرم کیوسک کے پاس رہیں۔
kiosk-help-failed = بلاوا نہیں پہنچا۔
kiosk-help-failed-detail = براہ کرم استقبالیہ پر کسی سے بھی پوچھیں۔
kiosk-help-ok = ٹھیک ہے

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = یہ اسکرین بلند آواز میں سنیں
kiosk-speech-today = وقت دیکھنے کے لیے کسی سروس کو دبائیں۔
kiosk-speech-queue = اپنا نمبر لینے کے لیے «نمبر لیں» دبائیں۔
kiosk-speech-slots = بک کرنے کے لیے کوئی وقت دبائیں۔
kiosk-speech-confirm = اپنی پرچی لینے کے لیے «میری پرچی پرنٹ کریں» دبائیں۔
kiosk-speech-question = کوئی جواب دبائیں، یا سوال چھوڑ دیں۔

# Standby when a service is full today.
kiosk-standby = خالی جگہ کا انتظار کریں
kiosk-standby-detail = اگر کوئی اپنی جگہ چھوڑ دے تو ہم انتظار گاہ کی اسکرین پر آپ کا نمبر بلائیں گے۔
kiosk-when-standby = انتظار کی فہرست، نمبر { $number }
slip-standby = انتظار کی فہرست نمبر { $number }
slip-instruction-standby = اسکرین دیکھتے رہیں: جگہ خالی ہونے پر ہم آپ کا نمبر بلائیں گے۔
