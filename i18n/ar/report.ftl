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
