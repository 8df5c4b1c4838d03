# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = كتابة خدمات المركز لبرنامج آخر: hsds لدليل خدمات المدينة
cli-cmd-hsds = كتابة الخدمات المفعّلة وأوقات عملها وأيام الإغلاق واللغات في ملفات JSON بصيغة Open Referral HSDS 3.0
cli-arg-out-dir = المجلد الذي تُكتب فيه الملفات (يُنشأ إن لم يكن موجودًا)
export-hsds-written = { $count ->
    [zero] لم تُدرج أي خدمة في ملفات HSDS في { $path }
    [one] أُدرجت خدمة واحدة في ملفات HSDS في { $path }
    [two] أُدرجت خدمتان في ملفات HSDS في { $path }
    [few] أُدرجت { $count } خدمات في ملفات HSDS في { $path }
    [many] أُدرجت { $count } خدمةً في ملفات HSDS في { $path }
   *[other] أُدرجت { $count } خدمة في ملفات HSDS في { $path }
}
export-hsds-cannot-write = لا يمكن الكتابة في المجلد { $path } ({ $detail }). اختر مجلدًا آخر باستخدام --out
export-hsds-failed = تعذّر إعداد ملفات HSDS ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: مركز استقبال نهاري للأشخاص الذين يمرّون بظروف صعبة. تُحجز الخدمات من الكشك عند المدخل دون ذكر الاسم
hsds-apply-slots = احجز موعدًا من الكشك عند المدخل دون ذكر اسمك، وأحضر التذكرة المطبوعة إلى الشباك
hsds-apply-queue = خذ رقمًا من الكشك عند المدخل دون ذكر اسمك، وانتظر حتى ننادي رقمك
hsds-closed = مغلق في هذا اليوم
hsds-special-hours = مواعيد خاصة في هذا اليوم
hsds-language-name = { $code ->
    [it] الإيطالية
    [ro] الرومانية
    [pa] البنجابية
    [ar] العربية
    [sq] الألبانية
    [en] الإنجليزية
    [fr] الفرنسية
    [ur] الأردية
    [uk] الأوكرانية
    [es] الإسبانية
   *[other] { $code }
}
