# حسابات الموظفين وسجل إجراءات الموظفين، من سطر الأوامر.

cli-cmd-staff-user = إدارة حسابات الموظفين (إضافة، عرض، تعطيل، فتح القفل)
cli-cmd-add = إضافة حساب؛ يُقرأ الرقم السري من الإدخال القياسي، في سطر واحد
cli-cmd-list = عرض حسابات الموظفين، بدون أرقامهم السرية
cli-cmd-disable = تعطيل حساب: لا يمكن الدخول به بعد ذلك
cli-cmd-reset-lock = فتح قفل حساب أُقفل بعد إدخال رقم سري خاطئ مرات كثيرة
cli-cmd-pin = إعطاء حساب رقمًا سريًا جديدًا، يُقرأ كما يقرؤه add، وفتح قفله
cli-cmd-audit = سجل إجراءات الموظفين في يوم واحد
cli-arg-name = اسم الموظف
cli-arg-role = الدور: staff أو admin
cli-arg-date = اليوم، بصيغة YYYY-MM-DD

staff-added-staff = أُضيف حساب «{ $name }»، الدور: موظف
staff-added-admin = أُضيف حساب «{ $name }»، الدور: مسؤول
staff-disabled = عُطِّل حساب «{ $name }»: لا يمكن الدخول به بعد الآن
staff-lock-reset = فُتح قفل حساب «{ $name }»: يمكن الدخول به من جديد
staff-pin-changed = لدى { $name } رقم سري جديد، ويمكن الدخول به الآن
staff-pin-prompt = رقم سري جديد (أرقام فقط، لن يظهر):
staff-pin-weak-one-digit = الرقم السري يتكوّن من رقم واحد يتكرر: اختر رقمًا سريًا يصعب تخمينه
staff-pin-weak-run = أرقام الرقم السري متسلسلة تصاعديًا أو تنازليًا (مثل 123456): اختر رقمًا سريًا يصعب تخمينه
staff-pin-weak-date = الرقم السري يشبه تاريخًا أو سنة: اختر رقمًا سريًا يصعب تخمينه
staff-pin-weak-common = الرقم السري من الأرقام السرية التي يختارها الناس أكثر من غيرها: اختر رقمًا سريًا يصعب تخمينه
staff-pin-weak-repeated = الرقم السري يكرّر مجموعة قصيرة من الأرقام (مثل 121212): اختر رقمًا سريًا يصعب تخمينه
staff-list-empty = لا توجد حسابات بعد. أضف حسابًا بالأمر: sosta staff-user add NAME --role admin
staff-role-staff = موظف
staff-role-admin = مسؤول
staff-state-active = مفعّل
staff-state-disabled = معطّل
staff-lock-open = يمكن الدخول
staff-lock-wait = يجب الانتظار حتى { $time }
staff-lock-locked = مقفل: يجب أن يفتحه مسؤول
staff-account-gone = حُذف الحساب في هذه الأثناء
staff-unknown = لا يوجد حساب باسم «{ $name }». الحسابات: { $known }
staff-name-taken = يوجد من قبل حساب باسم «{ $name }». اختر اسمًا آخر
staff-name-empty = الاسم فارغ
staff-name-too-long = الاسم طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }
staff-name-control = يحتوي الاسم على أحرف تحكم
staff-pin-missing = الرقم السري غير موجود. اكتبه في سطر واحد في الإدخال القياسي، مثلًا: echo 482957 | sosta staff-user add NAME --role staff
staff-pin-too-short = الرقم السري قصير جدًا: الحد الأدنى لعدد الأرقام هو { $min }
staff-pin-too-long = الرقم السري طويل جدًا: الحد الأقصى لعدد الأرقام هو { $max }
staff-pin-not-digits = يجب أن يتكون الرقم السري من الأرقام 0 إلى 9 فقط
staff-error-hash = تعذّرت حماية الرقم السري: { $detail }
staff-error-input = تعذّرت قراءة الرقم السري من الإدخال القياسي: { $detail }
staff-error-output = تعذّرت كتابة النتيجة: { $detail }

audit-heading = سجل يوم { $date }
audit-empty = لم يُسجَّل أي شيء يوم { $date }
audit-bad-date = «{ $value }» ليس تاريخًا. اكتبه بصيغة YYYY-MM-DD، مثلًا 2026-11-25
audit-command-line = سطر الأوامر
audit-action-serve = تمّت الخدمة
audit-action-no-show = لم يحضر
audit-action-cancel = أُلغي
audit-action-close-service = أُغلقت الخدمة
audit-action-capacity = تغيّرت السعة
audit-action-login = دخول
audit-action-login-failed = رُفض الدخول
audit-action-logout = خروج
audit-action-reset-lock = فُتح قفل الحساب
audit-action-staff-added = أُضيف حساب
audit-action-staff-disabled = عُطِّل حساب
audit-action-call-next = نُودي على رقم
audit-action-kiosk-closed = أُغلق الكشك
audit-action-pin-changed = تغيّر الرقم السري
audit-detail-wrong-pin = رقم سري خاطئ
audit-detail-wait = محاولات كثيرة، في الانتظار
audit-detail-locked = الحساب مقفل
audit-detail-disabled = الحساب معطّل

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = هذا آخر مسؤول مفعّل: اجعل حسابًا آخر مسؤولًا أولًا
audit-action-service-added = أُضيفت خدمة
audit-action-service-changed = عُدّلت خدمة
audit-action-catalogue-imported = استُوردت قائمة الخدمات
audit-action-staff-enabled = فُعِّل حساب
audit-action-role-changed = تغيّر الدور
audit-action-settings-changed = تغيّرت الإعدادات
audit-action-help-called = طُلبت المساعدة من كشك
audit-action-help-answered = استُجيب لطلب المساعدة

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = «{ $value }» لا يصلح اسمًا قصيرًا لخدمة. استخدم الأحرف الصغيرة والأرقام والعلامة - فقط، والحد الأقصى لعدد الأحرف هو 40
invalid-capacity = عدد الأماكن { $value } كبير جدًا. المسموح: من 0 إلى { $max }
invalid-per-visit = العدد { $value } لكل زيارة خارج الحدود. المسموح: من 1 إلى 100
invalid-minutes = عدد الدقائق { $value } خارج الحدود. المسموح: من 1 إلى 1440
invalid-overlap = يوم { $day } تتداخل الأوقات { $first } و{ $second }
invalid-slot-too-long = يوم { $day } الوقت { $range } أقصر من فترة واحدة (مدة الفترة بالدقائق: { $minutes })
