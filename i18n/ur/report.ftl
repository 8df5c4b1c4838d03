# فنڈ دینے والوں (شہر اور علاقہ) کے لیے PDF رپورٹ: کالموں والے چارٹ جو سیاہ و سفید میں چھپتے
# ہیں۔ سادہ الفاظ: اسے وہ لوگ پڑھتے ہیں جو Sosta کو نہیں جانتے۔

report-title = { $site } — کارکردگی کی رپورٹ
report-period = مدت: { $from } – { $to }
report-note = 1 سے { $last } تک کے عدد { $small } لکھے جاتے ہیں؛ { $withheld } اس عدد پر ہے جو چھپایا گیا تاکہ کوئی چھوٹا عدد معلوم نہ کیا جا سکے۔
report-page = صفحہ { $page } از { $pages }
report-total = کل: { $total }
report-withheld-table = چھپایا گیا: یہاں ہر عدد دکھانے کے لیے بہت چھوٹا ہے
report-nothing = اس مدت میں کوئی نہیں
report-table-visits-by-day = دن کے حساب سے آمد
report-table-visits-by-weekday = ہفتے کے دن کے حساب سے آمد
report-table-visits-by-hour = گھنٹے کے حساب سے آمد
report-table-languages = زبان کے حساب سے آمد
report-table-bookings = خدمت کے حساب سے بکنگ
report-table-outcomes = { $service }: بکنگ کا نتیجہ
report-table-items = دی گئی چیزیں
report-waits = قطار میں انتظار (منٹ)
report-waits-service = خدمت
report-waits-count = انتظار
report-waits-median = درمیانی قدر
report-waits-p90 = 10 میں سے 9 اتنے میں
error-report-pdf-needs-out = PDF رپورٹ فائل میں لکھی جاتی ہے: --out FILE.pdf شامل کریں
error-report-pdf = PDF رپورٹ نہیں بن سکی: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = عمر (کیوسک پر دیے گئے جواب)
report-table-gender = جنس (کیوسک پر دیے گئے جواب)
report-table-housing = پچھلی رات کہاں سوئے (کیوسک پر دیے گئے جواب)
report-table-first-visit = سینٹر میں پہلی بار (کیوسک پر دیے گئے جواب)
report-key-age-band-under-25 = 25 سال سے کم
report-key-age-band-25-39 = 25 سے 39 سال
report-key-age-band-40-59 = 40 سے 59 سال
report-key-age-band-60-plus = 60 سال یا زیادہ
report-key-age-band-declined = بتانا نہیں چاہا
report-key-age-band-none = جواب نہیں دیا
report-key-gender-woman = عورت
report-key-gender-man = مرد
report-key-gender-other = دیگر
report-key-gender-declined = بتانا نہیں چاہا
report-key-gender-none = جواب نہیں دیا
report-key-housing-home = گھر پر
report-key-housing-friends = دوستوں یا رشتہ داروں کے پاس
report-key-housing-shelter = پناہ گاہ میں
report-key-housing-outside = باہر کھلے میں
report-key-housing-declined = بتانا نہیں چاہا
report-key-housing-none = جواب نہیں دیا
report-key-first-visit-yes = پہلی بار
report-key-first-visit-no = پہلے بھی آ چکے
report-key-first-visit-none = جواب نہیں دیا
report-no-data = { $from } سے { $to } تک کچھ شمار نہیں ہوا: اس مدت کے کسی دن کی کوئی آمد یہاں درج نہیں۔ کوئی رپورٹ نہیں لکھی گئی۔
report-key-first-visit-declined = بتانا نہیں چاہا
