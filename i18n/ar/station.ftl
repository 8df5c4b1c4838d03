# The staff station at a service desk. Staff are busy and standing: short, clear words.
# محطة الموظفين عند الشباك. الموظفون مستعجلون وواقفون: كلمات قصيرة وواضحة.

station-who-are-you = من أنت؟ اضغط على اسمك
station-pin-clear = احذف رقمًا
station-pin-ok = دخول
station-scan-now = امسح تذكرة
station-or-type = أو اكتب الرمز المكتوب على التذكرة
station-erase = حذف
station-check-code = تحقّق من الرمز
station-served = تمّت الخدمة
station-next = التالي
station-board = لوحة اليوم
station-scan = مسح
station-logout = خروج
station-close-today = إغلاق لهذا اليوم
station-capacity = عدد الأماكن في كل فترة اليوم:
station-capacity-less = مكان واحد أقل اليوم
station-capacity-more = مكان واحد أكثر اليوم
station-mark-no-show = لم يحضر
station-cancel-booking = إلغاء
station-all-desks = كل الشبابيك
station-login-first = سجّل الدخول أولًا، ثم امسح التذكرة مرة أخرى
station-login-wrong = رمز PIN خاطئ. { $left ->
    [0] انتظر قليلًا قبل المحاولة التالية
    [zero] انتظر قليلًا قبل المحاولة التالية
    [one] بقيت محاولة واحدة، ثم يجب الانتظار
    [two] بقيت محاولتان، ثم يجب الانتظار
    [few] بقيت { $left } محاولات، ثم يجب الانتظار
    [many] بقيت { $left } محاولةً، ثم يجب الانتظار
   *[other] بقيت { $left } محاولة، ثم يجب الانتظار
}
station-login-wait = رمز PIN خاطئ مرات كثيرة. حاول مرة أخرى الساعة { $time }
station-login-locked = هذا الحساب مقفل بعد إدخال رمز PIN خاطئ مرات كثيرة. يجب أن يفتحه مسؤول
station-login-disabled = هذا الحساب غير مفعّل. اسأل مسؤولًا
station-slip-language = لغة التذكرة: { $language }
station-board-summary = محجوز { $booked } · تمّت الخدمة { $served } · لم يحضر { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# ركن الموظفين في الكشك (ضغطة 3 ثوانٍ على اسم المكان، ثم رمز PIN).
corner-menu-title = الموظف: { $name }
corner-open-station = فتح محطة الموظفين
corner-exit = إغلاق الكشك
corner-reprint = إعادة طباعة تذكرة حديثة
corner-close-service = إغلاق خدمة لبقية اليوم
corner-back-to-kiosk = رجوع إلى الكشك
corner-reprinted = أُعيدت طباعة التذكرة { $code }
corner-closed = خدمة { $service } مغلقة لبقية اليوم
corner-station-opened = محطة الموظفين تُفتح الآن في نافذة منفصلة
corner-station-failed = تعذّر تشغيل محطة الموظفين. السبب مكتوب في سجل البرنامج

# Queue desks and items handed out.
# شبابيك الطابور والقطع الموزّعة.
station-now-calling = ننادي الآن: { $number }
station-call-next = نادِ الرقم التالي
station-nobody-waiting = لا أحد ينتظر
station-quantity = عدد القطع الموزّعة:
station-quantity-less = قطعة واحدة أقل
station-quantity-more = قطعة واحدة أكثر
station-admin-only = لا يستطيع القيام بهذا إلا مسؤول. اسأل المنسّق
station-login-shared = رمز PIN هذا يخص أكثر من حساب. اطلب من مسؤول أن يعطيك رمز PIN جديدًا
corner-admin-only = لا يستطيع القيام بهذا إلا مسؤول
corner-pin-title = رمز PIN للموظفين
station-help-alert = الكشك { $kiosk } يطلب المساعدة ({ $time }). اذهب وانظر.
station-help-going = سأذهب أنا
station-help-taken = أحد الزملاء في طريقه بالفعل.
station-standby-may-come = الرقم { $number } من قائمة الانتظار يمكنه أن يأتي الآن (حتى الساعة { $time }).
