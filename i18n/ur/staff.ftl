# عملے کے اکاؤنٹس اور عملے کی کارروائیوں کا ریکارڈ، کمانڈ لائن سے۔

cli-cmd-staff-user = عملے کے اکاؤنٹس کا انتظام (شامل کریں، فہرست، غیر فعال کریں، لاک کھولیں)
cli-cmd-add = ایک اکاؤنٹ شامل کریں؛ PIN معیاری ان پٹ سے ایک سطر میں پڑھا جاتا ہے
cli-cmd-list = عملے کے اکاؤنٹس کی فہرست، PIN کے بغیر
cli-cmd-disable = ایک اکاؤنٹ غیر فعال کریں: اس سے مزید لاگ اِن نہیں ہو سکے گا
cli-cmd-reset-lock = بہت زیادہ غلط PIN کے بعد لاک ہونے والا اکاؤنٹ کھولیں
cli-cmd-pin = کسی اکاؤنٹ کو نیا PIN دیں (add کی طرح ہی پڑھا جاتا ہے) اور اس کا لاک کھولیں
cli-cmd-audit = ایک دن میں عملے کی کارروائیوں کا ریکارڈ
cli-arg-name = عملے کے رکن کا نام
cli-arg-role = کردار: staff یا admin
cli-arg-date = دن، YYYY-MM-DD

staff-added-staff = «{ $name }» کا اکاؤنٹ شامل ہو گیا، کردار: عملہ
staff-added-admin = «{ $name }» کا اکاؤنٹ شامل ہو گیا، کردار: منتظم
staff-disabled = «{ $name }» کا اکاؤنٹ غیر فعال ہے: اس سے مزید لاگ اِن نہیں ہو سکتا
staff-lock-reset = «{ $name }» کا اکاؤنٹ کھل گیا: اس سے دوبارہ لاگ اِن ہو سکتا ہے
staff-pin-changed = { $name } کو نیا PIN مل گیا ہے اور اس سے لاگ اِن ہو سکتا ہے
staff-pin-prompt = نیا PIN (صرف ہندسے، دکھایا نہیں جائے گا):
staff-pin-weak-one-digit = PIN میں ایک ہی ہندسہ بار بار ہے: ایسا PIN چنیں جس کا اندازہ لگانا مشکل ہو
staff-pin-weak-run = PIN کے ہندسے بڑھتی یا گھٹتی ترتیب میں ہیں (مثلاً 123456): ایسا PIN چنیں جس کا اندازہ لگانا مشکل ہو
staff-pin-weak-date = PIN کسی تاریخ یا سال جیسا لگتا ہے: ایسا PIN چنیں جس کا اندازہ لگانا مشکل ہو
staff-pin-weak-common = یہ PIN ان PIN میں سے ہے جو لوگ سب سے زیادہ چنتے ہیں: ایسا PIN چنیں جس کا اندازہ لگانا مشکل ہو
staff-pin-weak-repeated = PIN ہندسوں کا ایک چھوٹا گروپ دہراتا ہے (مثلاً 121212): ایسا PIN چنیں جس کا اندازہ لگانا مشکل ہو
staff-list-empty = ابھی کوئی اکاؤنٹ نہیں ہے۔ اس طرح شامل کریں: sosta staff-user add NAME --role admin
staff-role-staff = عملہ
staff-role-admin = منتظم
staff-state-active = فعال
staff-state-disabled = غیر فعال
staff-lock-open = لاگ اِن ہو سکتا ہے
staff-lock-wait = { $time } تک انتظار کرنا ہوگا
staff-lock-locked = لاک: کسی منتظم کو اسے کھولنا ہوگا
staff-account-gone = اس دوران اکاؤنٹ ہٹا دیا گیا
staff-unknown = «{ $name }» نام کا کوئی اکاؤنٹ نہیں ہے۔ اکاؤنٹس: { $known }
staff-name-taken = «{ $name }» نام کا اکاؤنٹ پہلے سے موجود ہے۔ کوئی اور نام چنیں
staff-name-empty = نام خالی ہے
staff-name-too-long = نام بہت لمبا ہے: زیادہ سے زیادہ { $max } حروف
staff-name-control = نام میں کنٹرول حروف ہیں
staff-pin-missing = PIN موجود نہیں ہے۔ اسے معیاری ان پٹ کی ایک سطر میں لکھیں، مثلاً: echo 482957 | sosta staff-user add NAME --role staff
staff-pin-too-short = PIN بہت چھوٹا ہے: کم از کم { $min } ہندسے ہونے چاہییں
staff-pin-too-long = PIN بہت لمبا ہے: زیادہ سے زیادہ { $max } ہندسے
staff-pin-not-digits = PIN میں صرف 0 سے 9 تک کے ہندسے ہو سکتے ہیں
staff-error-hash = PIN محفوظ نہیں کیا جا سکا: { $detail }
staff-error-input = معیاری ان پٹ سے PIN نہیں پڑھا جا سکا: { $detail }
staff-error-output = نتیجہ نہیں لکھا جا سکا: { $detail }

audit-heading = { $date } کا ریکارڈ
audit-empty = { $date } کو کچھ درج نہیں ہوا
audit-bad-date = «{ $value }» تاریخ نہیں ہے۔ اسے YYYY-MM-DD کی طرح لکھیں، مثلاً 2026-11-25
audit-command-line = کمانڈ لائن
audit-action-serve = سروس دی گئی
audit-action-no-show = غیر حاضر
audit-action-cancel = منسوخ
audit-action-close-service = سروس بند کی گئی
audit-action-capacity = گنجائش بدلی گئی
audit-action-login = لاگ اِن
audit-action-login-failed = لاگ اِن مسترد
audit-action-logout = لاگ آؤٹ
audit-action-reset-lock = اکاؤنٹ کھولا گیا
audit-action-staff-added = اکاؤنٹ شامل کیا گیا
audit-action-staff-disabled = اکاؤنٹ غیر فعال کیا گیا
audit-action-call-next = نمبر بلایا گیا
audit-action-kiosk-closed = کیوسک بند کیا گیا
audit-action-pin-changed = PIN بدلا گیا
audit-detail-wrong-pin = غلط PIN
audit-detail-wait = بہت زیادہ کوششیں، انتظار میں
audit-detail-locked = اکاؤنٹ لاک ہے
audit-detail-disabled = اکاؤنٹ غیر فعال ہے

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = یہ آخری فعال منتظم ہے: پہلے کسی اور اکاؤنٹ کو منتظم بنائیں
audit-action-service-added = سروس شامل کی گئی
audit-action-service-changed = سروس بدلی گئی
audit-action-catalogue-imported = سروسز کی فہرست امپورٹ کی گئی
audit-action-staff-enabled = اکاؤنٹ فعال کیا گیا
audit-action-role-changed = کردار بدلا گیا
audit-action-settings-changed = سیٹنگز بدلی گئیں
audit-action-help-called = ایک کیوسک سے مدد مانگی گئی
audit-action-help-answered = مدد کی درخواست کا جواب دیا گیا

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = «{ $value }» کسی سروس کا مختصر نام نہیں ہو سکتا۔ چھوٹے حروف، ہندسے اور - استعمال کریں، زیادہ سے زیادہ 40 حروف
invalid-capacity = { $value } جگہیں بہت زیادہ ہیں۔ اجازت ہے: 0 سے { $max } تک
invalid-per-visit = ایک وزٹ کے لیے { $value } حد سے باہر ہے۔ اجازت ہے: 1 سے 100 تک
invalid-minutes = { $value } منٹ حد سے باہر ہے۔ اجازت ہے: 1 سے 1440 تک
invalid-overlap = { $day } کو اوقات { $first } اور { $second } آپس میں ٹکراتے ہیں
invalid-slot-too-long = { $day } کو وقت { $range } ایک سلاٹ ({ $minutes } منٹ) سے چھوٹا ہے
