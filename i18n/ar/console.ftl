# The coordinator's console in the staff station (administrators only).
# لوحة تحكم المنسّق في محطة الموظفين (للمسؤولين فقط).

station-console = لوحة التحكم
console-tab-services = الخدمات
console-tab-staff = الموظفون
console-tab-questions = الأسئلة

console-new-service = خدمة جديدة
console-new-account = حساب جديد
console-new-pin-for = رمز PIN جديد لـ { $name }
console-edit = تعديل
console-up = لأعلى
console-down = لأسفل
console-withdraw = إيقاف تقديمها
console-offer = تقديمها من جديد
console-pin = رمز PIN جديد
console-reset = فتح القفل
console-disable = تعطيل
console-enable = تفعيل
console-make-admin = تعيين كمنسّق
console-make-staff = تعيين كموظف
console-ask = طرح السؤال
console-skip = عدم طرحه
console-save = حفظ
console-save-anyway = حفظ رغم ذلك
console-cancel = إلغاء
console-yes = نعم
console-no = لا

console-mode-slots = فترات زمنية
console-mode-queue = أرقام الطابور
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $capacity } أماكن
    [many] { $capacity } مكانًا
   *[other] { $capacity } مكان
}{ $active ->
    [no] {" "}· غير متاحة
   *[yes] {""}
}
console-account-active = يمكن الدخول
console-account-disabled = معطّل
console-account-locked = مقفل بعد إدخال رمز PIN خاطئ

console-question-age_band = العمر: أقل من 25، 25–39، 40–59، 60 أو أكثر
console-question-gender = الجنس: امرأة، رجل، غير ذلك
console-question-housing = مكان المبيت الليلة الماضية: البيت، أصدقاء أو أقارب، مأوى، الشارع
console-question-first_visit = أول مرة هنا: نعم أو لا
console-question-asked = يُطرح في الكشك بعد اختيار اللغة. يستطيع الزوار دائمًا تجاوزه
console-question-not-asked = لا يُطرح
console-questions-max = الحد الأقصى للأسئلة: { $max }. كل سؤال شاشة إضافية قبل الخدمات

console-field-name = الاسم
console-field-description = وصف قصير
console-field-name-in = الاسم ({ $language })
console-field-description-in = الوصف القصير ({ $language })
console-field-icon = الصورة
console-field-desk = الشباك
console-field-mode = الأماكن
console-field-slot = عدد دقائق الفترة
console-field-minutes = عدد الدقائق لكل شخص
console-field-capacity = الأماكن في كل فترة، أو الأرقام في كل يوم
console-field-per-visit = الحد الأقصى للزيارة الواحدة
console-field-dates = أيام خاصة: التاريخ وحده يعني مغلق، أو تاريخ مع أوقاته؛ افصل بين الأيام بالعلامة ;
console-field-discreet = بتكتّم: لا تُظهر التذكرة إلا الشباك والوقت
console-field-account-name = الاسم
console-field-pin = رمز PIN (من 6 إلى 12 رقمًا)
console-field-role = الدور

console-missing-languages = لا يوجد اسم خاص بالخدمة في: { $languages }. هذه اللغات تعرض الاسم الإيطالي
console-italian-name-needed = اكتب الاسم بالإيطالية أولًا: كل لغة ليس فيها اسم خاص تعرضه
console-not-a-number = { $field }: اكتب عددًا صحيحًا
console-bad-hours = { $field }: اكتب الأوقات بالشكل 09:00-12:00، وافصل بين عدة أوقات بمسافات
console-bad-dates = { $field }: اكتب كل يوم بالشكل 2026-12-25 (مغلق) أو 2026-12-24 09:00-12:00، وافصل بين الأيام بالعلامة ;
console-stranded = هذه الحجوزات ستبقى خارج الأوقات الجديدة. تبقى محجوزة: أخبر الزوار، أو اضغط «حفظ رغم ذلك»
console-slug-taken = توجد من قبل خدمة باسم «{ $slug }»
console-service-gone = حُذفت الخدمة في هذه الأثناء
console-unprintable = لا يمكن طباعة «{ $char }» (في الاسم أو الوصف، { $language }) على التذكرة: احذفه
console-scan-in-form = مُسحت تذكرة بينما هذا النموذج مفتوح: لم تُكتب في النموذج. احفظ النموذج أو ألغِه، ثم امسح التذكرة مرة أخرى
console-name-needs-letters = يجب أن يحتوي الاسم الإيطالي على حرف واحد على الأقل من a إلى z أو على رقم: فمنه يُصنع أيضًا الاسم القصير للخدمة
console-withdraw-stranded = { $count ->
    [zero] لا توجد لهذه الخدمة حجوزات لم تُخدم بعد. اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
    [one] ما زال لهذه الخدمة حجز واحد لم يُخدم بعد. يبقى محجوزًا: اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
    [two] ما زال لهذه الخدمة حجزان لم يُخدما بعد. يبقيان محجوزين: اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
    [few] ما زالت لهذه الخدمة { $count } حجوزات لم تُخدم بعد. تبقى محجوزة: اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
    [many] ما زال لهذه الخدمة { $count } حجزًا لم تُخدم بعد. تبقى محجوزة: اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
   *[other] ما زال لهذه الخدمة { $count } حجز لم تُخدم بعد. تبقى محجوزة: اضغط «إيقاف تقديمها» مرة أخرى للتأكيد
}
console-date-twice = { $field }: يوم مكتوب مرتين. اكتب كل يوم مرة واحدة فقط، مع كل أوقاته
