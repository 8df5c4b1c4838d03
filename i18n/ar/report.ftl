# تقرير PDF للجهات الممولة (البلدية والإقليم): رسوم بيانية بالأعمدة تُطبع بالأبيض والأسود.
# كلمات بسيطة: يقرؤه أشخاص لا يعرفون Sosta.

report-title = { $site } — تقرير النشاط
report-period = الفترة: { $from } – { $to }
report-note = تظهر الأعداد من 1 إلى { $last } على شكل { $small }؛ وتدل { $withheld } على عدد محجوب كي لا يمكن استنتاج عدد صغير.
report-page = الصفحة { $page } من { $pages }
report-total = المجموع: { $total }
report-withheld-table = محجوب: كل الأعداد هنا أصغر من أن تُعرض
report-nothing = لا شيء في هذه الفترة
report-table-visits-by-day = الزيارات حسب اليوم
report-table-visits-by-weekday = الزيارات حسب أيام الأسبوع
report-table-visits-by-hour = الزيارات حسب ساعة اليوم
report-table-languages = الزيارات حسب اللغة
report-table-bookings = الحجوزات حسب الخدمة
report-table-outcomes = { $service }: مصير الحجوزات
report-table-items = الأغراض الموزعة
report-waits = الانتظار في الطابور (بالدقائق)
report-waits-service = الخدمة
report-waits-count = عدد الانتظارات
report-waits-median = الوسيط
report-waits-p90 = 9 من 10 خلال
error-report-pdf-needs-out = يُكتب تقرير PDF في ملف: أضف --out FILE.pdf
error-report-pdf = تعذر رسم تقرير PDF: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = العمر (حسب الإجابات في الكشك)
report-table-gender = الجنس (حسب الإجابات في الكشك)
report-table-housing = مكان المبيت في الليلة السابقة (حسب الإجابات في الكشك)
report-table-first-visit = الزيارة الأولى للمركز (حسب الإجابات في الكشك)
report-key-age-band-under-25 = أقل من 25 سنة
report-key-age-band-25-39 = من 25 إلى 39 سنة
report-key-age-band-40-59 = من 40 إلى 59 سنة
report-key-age-band-60-plus = 60 سنة فأكثر
report-key-age-band-declined = فضّل عدم الإجابة
report-key-age-band-none = بدون إجابة
report-key-gender-woman = امرأة
report-key-gender-man = رجل
report-key-gender-other = غير ذلك
report-key-gender-declined = فضّل عدم الإجابة
report-key-gender-none = بدون إجابة
report-key-housing-home = في البيت
report-key-housing-friends = عند أصدقاء أو أقارب
report-key-housing-shelter = في مأوى
report-key-housing-outside = في الشارع
report-key-housing-declined = فضّل عدم الإجابة
report-key-housing-none = بدون إجابة
report-key-first-visit-yes = الزيارة الأولى
report-key-first-visit-no = زار المركز من قبل
report-key-first-visit-none = بدون إجابة
report-no-data = لم يُحتسب شيء من { $from } إلى { $to }: لا توجد زيارات مسجّلة هنا في أي يوم من هذه الفترة. لم يُكتب أي تقرير.
report-key-first-visit-declined = فضّل عدم الإجابة
