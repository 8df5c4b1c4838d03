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
