# The coordinator's console in the staff station (administrators only).
# عملے کے اسٹیشن میں کوآرڈینیٹر کا کنسول (صرف ایڈمن کے لیے)۔

station-console = کنسول
console-tab-services = سروسز
console-tab-staff = عملہ
console-tab-questions = سوالات

console-new-service = نئی سروس
console-new-account = نیا اکاؤنٹ
console-new-pin-for = { $name } کے لیے نیا PIN
console-edit = ترمیم کریں
console-up = اوپر
console-down = نیچے
console-withdraw = پیش کرنا بند کریں
console-offer = دوبارہ پیش کریں
console-pin = نیا PIN
console-reset = لاک کھولیں
console-disable = غیر فعال کریں
console-enable = فعال کریں
console-make-admin = کوآرڈینیٹر بنائیں
console-make-staff = عملہ بنائیں
console-ask = پوچھیں
console-skip = نہ پوچھیں
console-save = محفوظ کریں
console-save-anyway = پھر بھی محفوظ کریں
console-cancel = منسوخ کریں
console-yes = ہاں
console-no = نہیں

console-mode-slots = وقت کے سلاٹ
console-mode-queue = قطار کے نمبر
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } جگہ
   *[other] { $capacity } جگہیں
}{ $active ->
    [no] {" "}· پیش نہیں کی جاتی
   *[yes] {""}
}
console-account-active = لاگ اِن ہو سکتا ہے
console-account-disabled = غیر فعال
console-account-locked = غلط PIN کی وجہ سے لاک

console-question-age_band = عمر: 25 سے کم، 25–39، 40–59، 60 یا زیادہ
console-question-gender = جنس: عورت، مرد، دیگر
console-question-housing = پچھلی رات کہاں سوئے: گھر، دوست یا رشتہ دار، پناہ گاہ، باہر کھلے میں
console-question-first_visit = یہاں پہلی بار: ہاں یا نہیں
console-question-asked = کیوسک پر زبان کے بعد پوچھا جاتا ہے۔ آنے والے اسے ہمیشہ چھوڑ سکتے ہیں
console-question-not-asked = نہیں پوچھا جاتا
console-questions-max = زیادہ سے زیادہ { $max } سوالات: ہر سوال سروسز سے پہلے ایک اور اسکرین ہے

console-field-name = نام
console-field-description = مختصر تفصیل
console-field-name-in = { $language } میں نام
console-field-description-in = { $language } میں مختصر تفصیل
console-field-icon = تصویر
console-field-desk = کاؤنٹر
console-field-mode = جگہیں
console-field-slot = ہر سلاٹ کے منٹ
console-field-minutes = ہر شخص کے منٹ
console-field-capacity = ہر سلاٹ میں جگہیں، یا ہر دن کے نمبر
console-field-per-visit = ایک وزٹ میں زیادہ سے زیادہ
console-field-dates = خاص دن: صرف تاریخ کا مطلب بند ہے، یا تاریخ اور اس کے اوقات؛ دنوں کو ; سے الگ کریں
console-field-discreet = رازداری: پرچی پر صرف کاؤنٹر اور وقت ہوتا ہے
console-field-account-name = نام
console-field-pin = PIN (6 سے 12 ہندسے)
console-field-role = کردار

console-missing-languages = ان زبانوں میں اپنا نام نہیں: { $languages }۔ یہ اطالوی نام دکھاتی ہیں
console-italian-name-needed = پہلے نام اطالوی میں لکھیں: جس زبان میں اپنا نام نہیں، وہ یہی نام دکھاتی ہے
console-not-a-number = { $field }: پورا عدد لکھیں
console-bad-hours = { $field }: اوقات 09:00-12:00 کی طرح لکھیں، کئی ہوں تو خالی جگہ سے الگ کریں
console-bad-dates = { $field }: ہر دن 2026-12-25 (بند) یا 2026-12-24 09:00-12:00 کی طرح لکھیں، ; سے الگ کر کے
console-stranded = یہ بکنگ نئے اوقات سے باہر رہ جائیں گی۔ یہ بک ہی رہتی ہیں: آنے والوں کو بتائیں، یا «پھر بھی محفوظ کریں» دبائیں
console-slug-taken = «{ $slug }» نام کی سروس پہلے سے موجود ہے
console-service-gone = اس دوران سروس ہٹا دی گئی
console-unprintable = «{ $char }» ({ $language } والے نام یا تفصیل میں) پرچی پر پرنٹ نہیں ہو سکتا: اسے نکال دیں
console-scan-in-form = یہ فارم کھلا ہونے کے دوران ایک پرچی اسکین ہوئی: وہ فارم میں نہیں لکھی گئی۔ فارم محفوظ کریں یا منسوخ کریں، پھر پرچی دوبارہ اسکین کریں
console-name-needs-letters = اطالوی نام میں a سے z تک کم از کم ایک حرف یا ایک ہندسہ ہونا چاہیے: اسی سے سروس کا مختصر نام بھی بنتا ہے
console-withdraw-stranded = { $count ->
    [one] اس سروس کی { $count } بکنگ پر ابھی سروس دینا باقی ہے۔ یہ بک ہی رہتی ہے: تصدیق کے لیے «پیش کرنا بند کریں» دوبارہ دبائیں
   *[other] اس سروس کی { $count } بکنگ پر ابھی سروس دینا باقی ہے۔ یہ بک ہی رہتی ہیں: تصدیق کے لیے «پیش کرنا بند کریں» دوبارہ دبائیں
}
console-date-twice = { $field }: ایک دن دو بار لکھا گیا ہے۔ ہر دن صرف ایک بار لکھیں، اس کے سارے اوقات کے ساتھ
