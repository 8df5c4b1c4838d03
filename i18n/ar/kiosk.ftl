# The visitor kiosk and the printed slip. Short sentences, everyday words.
# كشك الزوار والتذكرة المطبوعة. جمل قصيرة وكلمات بسيطة.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = العربية
language-direction = rtl
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = ar_EG
date-format = %A %-d %B

kiosk-choose-language = اختر لغتك
kiosk-change-language = تغيير اللغة
kiosk-start-again = ابدأ من جديد
kiosk-today-title = ماذا تحتاج اليوم؟
kiosk-back = رجوع
kiosk-my-choices = اختياراتي
kiosk-take-number = خذ رقمًا
kiosk-confirm-title = اختياراتك
kiosk-remove = إزالة
kiosk-add-another = أضف خدمة أخرى
kiosk-print = اطبع تذكرتي
kiosk-printing = جارٍ طباعة تذكرتك…
kiosk-take-slip = خذ تذكرتك
kiosk-print-failed = الطابعة لم تعمل. مكانك محفوظ: اطلب من الموظفين أن يطبعوا تذكرتك.
kiosk-your-code = رمزك
kiosk-show-slip = أظهر تذكرتك أو هذا الرمز عند الشباك.
kiosk-still-there = هل ما زلت هنا؟
kiosk-im-here = أنا هنا

kiosk-status-closed-today = مغلق اليوم
kiosk-status-over = مغلق لبقية اليوم
kiosk-status-opens = يفتح الساعة { $time }
kiosk-status-free = متاح الساعة { $time } · { $free ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $free } أماكن
    [many] { $free } مكانًا
   *[other] { $free } مكان
}
kiosk-status-calling = ننادي الآن الرقم { $number } · { $waiting ->
    [0] لا يوجد انتظار
    [zero] لا يوجد انتظار
    [one] شخص واحد ينتظر
    [two] شخصان ينتظران
    [few] { $waiting } أشخاص ينتظرون
    [many] { $waiting } شخصًا ينتظرون
   *[other] { $waiting } شخص ينتظرون
}
kiosk-status-full = ممتلئ اليوم
kiosk-status-queue = { $waiting ->
    [0] لا يوجد انتظار
   *[other] { $waiting ->
        [zero] لا يوجد انتظار
        [one] شخص واحد ينتظر
        [two] شخصان ينتظران
        [few] { $waiting } أشخاص ينتظرون
        [many] { $waiting } شخصًا ينتظرون
       *[other] { $waiting } شخص ينتظرون
    } · { $minutes ->
        [zero] أقل من دقيقة
        [one] حوالي دقيقة واحدة
        [two] حوالي دقيقتين
        [few] حوالي { $minutes } دقائق
        [many] حوالي { $minutes } دقيقةً
       *[other] حوالي { $minutes } دقيقة
    }
}
kiosk-slot-free = { $free ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $free } أماكن
    [many] { $free } مكانًا
   *[other] { $free } مكان
}
kiosk-slot-full = ممتلئ
kiosk-slot-past = انتهى
kiosk-slot-soon = يبدأ الآن
kiosk-when-queue = رقم في الطابور · { $waiting ->
    [0] لا يوجد انتظار
    [zero] لا يوجد انتظار
    [one] شخص واحد ينتظر
    [two] شخصان ينتظران
    [few] { $waiting } أشخاص ينتظرون
    [many] { $waiting } شخصًا ينتظرون
   *[other] { $waiting } شخص ينتظرون
}
kiosk-when-number = رقم { $number }

kiosk-problem-full = { $service }: هذا الوقت أُخذ قبل قليل. من فضلك اختر وقتًا آخر.
kiosk-problem-closed = خدمة { $service } مغلقة الآن.
kiosk-problem-other = لا يمكن حجز { $service } الآن. من فضلك اسأل الموظفين.
kiosk-problem-failed = حدث خطأ ولم يُحجز أي شيء. حاول مرة أخرى أو اسأل الموظفين.

slip-number = رقم { $number }
slip-instruction = أظهر هذه التذكرة عند الشباك.
kiosk-problem-unavailable = لا يمكن الحجز من الكشك الآن. من فضلك اسأل الموظفين.
kiosk-problem-again = حُجزت خدمة { $service } هنا قبل لحظة. إذا كنت تحتاج مكانًا آخر، من فضلك اسأل الموظفين.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = كم عمرك؟
kiosk-question-gender = أنت…
kiosk-question-housing = أين نمت الليلة الماضية؟
kiosk-question-first_visit = هل هذه زيارتك الأولى هنا؟
kiosk-answer-age_band-under-25 = أقل من 25
kiosk-answer-age_band-25-39 = من 25 إلى 39
kiosk-answer-age_band-40-59 = من 40 إلى 59
kiosk-answer-age_band-60-plus = 60 أو أكثر
kiosk-answer-gender-woman = امرأة
kiosk-answer-gender-man = رجل
kiosk-answer-gender-other = غير ذلك
kiosk-answer-housing-home = في البيت
kiosk-answer-housing-friends = عند أصدقاء أو أقارب
kiosk-answer-housing-shelter = في مأوى
kiosk-answer-housing-outside = في الشارع
kiosk-answer-first_visit-yes = نعم، أول مرة
kiosk-answer-first_visit-no = لا، جئت من قبل
kiosk-answer-declined = أفضّل ألّا أجيب
kiosk-question-skip = تجاوز هذا السؤال
kiosk-question-why = بدون اسم: يساعد المركز على التخطيط. جوابك لا يُكتب على تذكرتك.
kiosk-question-progress = السؤال { $number } من { $count }
