# The command line: help texts, results and errors for coordinators and scripts.
# سطر الأوامر: نصوص المساعدة والنتائج والأخطاء للمنسقين والسكربتات.

cli-about = Sosta: كشك الخدمة الذاتية في مركز استقبال نهاري
cli-cmd-kiosk = كشك الزوار (الافتراضي)
cli-cmd-services = خدمات اليوم والأماكن التي ما زالت متاحة
cli-cmd-book = حجز خدمة كما يفعل الكشك، لزيارة جديدة بدون اسم
cli-cmd-scan = نتيجة فحص تذكرة ممسوحة أو رمز قصير مكتوب
cli-cmd-cancel = إلغاء حجز واحد في تذكرة، فيصبح مكانه متاحًا
cli-cmd-staff = محطة الموظفين عند المكتب: مسح التذاكر، تقديم الخدمة، لوحة اليوم
cli-cmd-display = شاشة غرفة الانتظار: الأرقام التي تناديها الشبابيك والفترات الجارية، مع رنين لكل نداء وقراءته بصوت عالٍ
cli-cmd-help = عرض هذه الرسالة أو مساعدة أمر معيّن
cli-cmd-catalogue = قائمة الخدمات: تصديرها إلى ملف، أو استيراد ملف
cli-cmd-catalogue-export = كتابة الخدمات المفعّلة وأوقات عملها وأيامها الخاصة في ملف TOML
cli-cmd-report = تقرير للجهات المموّلة عن شهر أو مدة: أعداد بدون أسماء، مع إخفاء الأعداد الصغيرة
cli-arg-data-dir = مجلد البيانات (وإلا SOSTA_DATA_DIR، وإلا مجلد البيانات في النظام)
cli-arg-now = الساعة، بصيغة RFC 3339 (للعروض والاختبارات)
cli-arg-lang = لغة الرسائل (it, en, …)
cli-arg-json = طباعة JSON (موصوف في README)
cli-arg-fullscreen = قفل الكشك في وضع ملء الشاشة
cli-arg-windowed = الفتح في نافذة بدلًا من ملء الشاشة
cli-arg-service = الاسم القصير للخدمة (slug)، مثلًا shower
cli-arg-slot = وقت بداية الفترة، HH:MM (وإلا أول فترة متاحة)
cli-arg-quantity = عدد القطع (للخدمات التي توزّع أشياء)
cli-arg-payload = نص رمز QR، أو الرمز القصير
cli-arg-desk = خدمة هذا الشباك
cli-arg-serve = تسجيل حجز صالح على أنه تمّت خدمته
cli-arg-code = الرمز القصير للتذكرة أو نص رمز QR
cli-arg-help = عرض المساعدة
cli-arg-version = عرض الإصدار

error-bad-lang = لا توجد ترجمات لـ «{ $value }». اللغات: { $known }
error-bad-now = «{ $value }» ليس تاريخًا ووقتًا. اكتبه بصيغة RFC 3339، مثلًا 2026-11-25T10:30:00+01:00
error-bad-slot = «{ $value }» ليس وقتًا. اكتبه بصيغة HH:MM، مثلًا 10:30
error-unknown-service = لا توجد خدمة «{ $slug }». الخدمات: { $known }
error-store-unreachable = لا يمكن فتح قاعدة البيانات. تحقّق من أن مجلد البيانات موجود وأنه يخص مستخدم Sosta
error-store-busy = قاعدة البيانات مشغولة ببرنامج آخر. حاول مرة أخرى بعد قليل
error-store-read-only = لا يمكن الكتابة في قاعدة البيانات. تحقّق من أذونات مجلد البيانات
error-store-full = القرص ممتلئ: لا يمكن حفظ أي شيء آخر. حرّر بعض المساحة
error-store-damaged = قاعدة البيانات تالفة. استرجعها من نسخة احتياطية
error-store-newer = أُنشئت قاعدة البيانات بإصدار أحدث من Sosta. ثبّت ذلك الإصدار من جديد
error-store-other = تعذّر استخدام قاعدة البيانات. السبب مكتوب في سجل البرنامج
error-store-network = مجلد البيانات موجود على قرص شبكي، ولا يمكن فيه مشاركة ملف قاعدة البيانات بأمان. احتفظ بمجلد البيانات على القرص الخاص بهذا الحاسوب، أو شارك البيانات عبر خادم PostgreSQL (README، قسم «Several computers»)
error-server-unreachable = لا يمكن الوصول إلى خادم قاعدة البيانات { $server }. تحقّق من أنه يعمل ومن أن هذا الحاسوب متصل بالشبكة
error-server-login = رفض خادم قاعدة البيانات { $server } مستخدم Sosta أو كلمة المرور. تحقّق من [database] url في sosta.toml
error-server-no-database = لا توجد على خادم قاعدة البيانات { $server } قاعدة بيانات باسم { $database }. أنشئها كما هو موصوف في README (قسم «Several computers»)
error-server-not-sosta = قاعدة البيانات { $database } على { $server } تحتوي على جداول برنامج آخر. أعطِ Sosta قاعدة بيانات فارغة خاصة به
error-server-tls = خادم قاعدة البيانات { $server } لا يقبل الاتصال المشفّر الذي يطلبه [database] url (sslmode). تحقّق من شهادة الخادم أو من عنوان URL
error-payload = تعذّر إنشاء رمز التذكرة: تحقّق من تاريخ الحاسوب ووقته
error-key-generation = تعذّر إنشاء مفتاح جديد للتذاكر: الأرقام العشوائية في النظام غير متاحة
key-problem-line = ملف مفتاح التذاكر، السطر { $line }: المطلوب معرّف المفتاح وقيمة سرية، بينهما مسافة.
key-problem-id = ملف مفتاح التذاكر، السطر { $line }: معرّف المفتاح ليس رقمًا من 0 إلى 255.
key-problem-length = ملف مفتاح التذاكر، السطر { $line }: عدد أحرف القيمة السرية { $length } بدلًا من 64.
key-problem-hex = ملف مفتاح التذاكر، السطر { $line }: القيمة السرية ليست مكتوبة بالنظام الست عشري بأحرف صغيرة.
key-problem-duplicate = ملف مفتاح التذاكر، السطر { $line }: المعرّف { $id } مستخدم من قبل في السطر { $first }.
key-problem-empty = ملف مفتاح التذاكر لا يحتوي على أي مفتاح.
error-data-dir = لا يمكن استخدام مجلد البيانات { $path }: { $detail }
error-no-data-dir = لا يوجد مجلد بيانات. حدّده باستخدام --data-dir أو SOSTA_DATA_DIR
error-key-file = ملف مفتاح التذاكر { $path } تالف. استرجعه من نسخة احتياطية: بدونه لا يمكن التحقق من التذاكر المطبوعة بهذا المفتاح

settings-error-line = { $file }، السطر { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = لا يمكن قراءته ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = «{ $value }» ليس معرّف مركز. استخدم الأحرف الصغيرة والأرقام والعلامة - فقط، والحد الأقصى لعدد الأحرف هو 32
settings-problem-database-url = قيمة [database] url ليست عنوان PostgreSQL ({ $detail }). اكتبها بصيغة postgresql://user:password@server/database
settings-problem-time-zone = «{ $value }» ليست منطقة زمنية. استخدم اسمًا مثل Europe/Rome
settings-problem-language = لا توجد ترجمات لـ «{ $value }». اللغات: { $allowed }
settings-problem-range = { $key } = { $value } خارج الحدود. المسموح: من { $min } إلى { $max }
settings-problem-time-range = «{ $value }» ليس وقت عمل. اكتبه بصيغة HH:MM-HH:MM، والبداية قبل النهاية
settings-problem-mode = «{ $value }» ليس طريقة حجز. المسموح: slots, queue
settings-problem-date = «{ $value }» ليس تاريخًا. اكتبه بصيغة YYYY-MM-DD
settings-problem-weekday = «{ $value }» ليس يومًا. المسموح: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = الخدمة «{ $value }» موجودة مرتين

services-heading = الخدمات يوم { $date }
services-service = { $name } ({ $slug })، { $desk }
services-closed-today = مغلق اليوم
services-slots-over = { $count ->
    [zero] لم تنتهِ أي فترة
    [one] انتهت فترة واحدة
    [two] انتهت فترتان
    [few] انتهت { $count } فترات
    [many] انتهت { $count } فترةً
   *[other] انتهت { $count } فترة
}
services-slot-free = { $start }–{ $end }  { $free ->
    [zero] لا توجد أماكن متاحة
    [one] مكان واحد متاح
    [two] مكانان متاحان
    [few] { $free } أماكن متاحة
    [many] { $free } مكانًا متاحًا
   *[other] { $free } مكان متاح
}
services-slot-full = { $start }–{ $end }  ممتلئ
services-slot-too-soon = { $start }–{ $end }  يبدأ الآن
services-queue = الطابور { $start }–{ $end }: في الانتظار { $waiting }، الانتظار { $minutes ->
    [zero] أقل من دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
    [many] حوالي { $minutes } دقيقةً
   *[other] حوالي { $minutes } دقيقة
}، المتبقي { $left }
services-queue-over = مغلق لبقية اليوم

booked-heading = تم الحجز.
booked-slot = { $service }: { $start }–{ $end }، { $desk }
booked-number = { $service }: رقم { $number }، { $desk }
booked-code = الرمز القصير: { $code }
booked-payload = رمز QR: { $payload }

when-today = اليوم الساعة { $time }
when-day = يوم { $date } الساعة { $time }

refusal-closed = خدمة { $service } مغلقة الآن. تفتح { $when }
refusal-closed-long = خدمة { $service } مغلقة ولن تفتح خلال الأسبوعين القادمين
refusal-full = فترة الساعة { $time } في خدمة { $service } ممتلئة. { $next ->
    [none] لا توجد فترة أخرى متاحة اليوم
   *[other] الفترة المتاحة التالية الساعة { $next }
}
refusal-full-today = خدمة { $service } ممتلئة لهذا اليوم
refusal-no-such-slot = ليس في خدمة { $service } فترة الساعة { $time } اليوم. { $next ->
    [none] لا توجد فترة أخرى متاحة اليوم
   *[other] الفترة المتاحة التالية الساعة { $next }
}
refusal-slot-gone = فترة الساعة { $time } في خدمة { $service } بدأت أو ستبدأ بعد قليل جدًا. { $next ->
    [none] لا توجد فترة أخرى متاحة اليوم
   *[other] الفترة المتاحة التالية الساعة { $next }
}
refusal-already-booked = هذه الزيارة فيها حجز من قبل لخدمة { $service }
refusal-overlap = خدمة { $service } في هذا الوقت تتعارض مع حجز { $other }
refusal-too-many = يمكن للزيارة الواحدة أن تحجز { $limit ->
    [zero] { $limit } خدمة
    [one] خدمة واحدة
    [two] خدمتين
    [few] { $limit } خدمات
    [many] { $limit } خدمةً
   *[other] { $limit } خدمة
} على الأكثر
refusal-again = حُجزت خدمة { $service } من هذا الكشك قبل لحظة: أي مكان آخر يُحجز عن طريق الموظفين
refusal-quantity = في خدمة { $service } يمكن للزيارة الواحدة أن تأخذ من 1 إلى { $limit }

verdict-valid = صالحة: قدّم الخدمة لهذا الشخص
verdict-served = تمّت الخدمة: سُجّلت الآن
verdict-already-served = خُدم من قبل: هذه التذكرة استُعملت
verdict-too-early = مبكر جدًا: الفترة لم تبدأ بعد
verdict-too-late = متأخر جدًا: الفترة انتهت (لم يحضر)
verdict-not-today = ليست لليوم: هذه التذكرة من يوم آخر
verdict-cancelled = ملغاة: هذا الحجز أُلغي
verdict-other-service = خدمة أخرى: لا يوجد حجز لهذا الشباك
verdict-forged = غير أصلية: هذه التذكرة لم تُصنع هنا
verdict-malformed = ليست تذكرة: امسحها مرة أخرى أو اكتب الرمز
verdict-unknown = غير معروفة: لا توجد هنا تذكرة بهذا الرمز
verdict-genuine-offline = أصلية، لليوم: لا يمكن الوصول إلى قاعدة البيانات، لذلك لا يمكن التحقق مما إذا كانت استُعملت من قبل

status-booked = محجوز
status-served = تمّت الخدمة
status-no-show = لم يحضر
status-cancelled = ملغى

cancelled = أُلغي: { $service }. المكان متاح من جديد
cancel-nothing = التذكرة { $code } ليس فيها حجز لخدمة { $service }
cancel-not-booked = لا يمكن إلغاء حجز { $service }. الحالة: { $status }

cli-cmd-slip = إعادة إصدار تذكرة من رمزها القصير: طباعتها، أو كتابتها في ملف باستخدام --out
cli-cmd-screenshot = رسم شاشة من الكشك في ملف PNG، بدون شاشة عرض، ببيانات تجريبية
cli-arg-slip-out = كتابة التذكرة في ملف PDF هذا بدل طباعتها
cli-arg-out = الملف المراد كتابته
cli-arg-screen = الشاشة المراد رسمها (انظر --list)
cli-arg-size = حجم الصورة بالبكسل، بالشكل WIDTHxHEIGHT
cli-arg-list = عرض قائمة الشاشات
cli-arg-file = الملف المراد كتابته
cli-arg-month = شهر التقرير، YYYY-MM
cli-arg-from = أول يوم في التقرير، YYYY-MM-DD
cli-arg-to = آخر يوم في التقرير، YYYY-MM-DD
cli-arg-format = csv (جدول لبرنامج جداول البيانات) أو json أو pdf (رسوم بيانية للطباعة، مع --out)
catalogue-exported = { $count ->
    [zero] لم تتم كتابة أي خدمة في { $path }
    [one] تمت كتابة خدمة واحدة في { $path }
    [two] تمت كتابة خدمتين في { $path }
    [few] تمت كتابة { $count } خدمات في { $path }
    [many] تمت كتابة { $count } خدمةً في { $path }
   *[other] تمت كتابة { $count } خدمة في { $path }
}
cli-cmd-keys = المفاتيح التي توقّع التذاكر: إنشاء مفتاح جديد
cli-cmd-rotate = توقيع التذاكر الجديدة بمفتاح جديد؛ التذاكر الموقّعة من قبل تبقى صالحة
keys-rotated = التذاكر الجديدة تُوقّع بالمفتاح { $id }. التذاكر الموقّعة من قبل تبقى صالحة
cli-cmd-db = قاعدة بيانات المركز: إنشاء نسخة احتياطية منها، أو استعادتها من نسخة احتياطية، أو نقلها إلى خادم PostgreSQL
cli-cmd-doctor = يفحص ما كان المتطوع سيطلب المساعدة بشأنه، ويقول ما يجب فعله
cli-cmd-copy = نسخ كل صفوف هذا المركز إلى قاعدة بيانات PostgreSQL فارغة، ثم عدّها من جديد في الطرفين
cli-arg-site = مركز آخر في قاعدة البيانات نفسها، بمعرّفه ([site] id)
cli-arg-target = قاعدة بيانات PostgreSQL المراد النسخ إليها، postgresql://user:password@server/database
db-copied = تم النسخ إلى { $server }: عدد الصفوف { $rows } وعدد الجداول { $tables }، وأُعيد عدّها في الطرفين. والآن اضبط قيمة [database] url في ملف sosta.toml على كل حاسوب
db-copy-from-server = بيانات هذا المركز موجودة بالفعل على { $server }. انسخ من الحاسوب الذي يحتوي مجلد بياناته على ملف SQLite
db-copy-bad-url = قيمة --to ليست عنوان PostgreSQL ({ $detail }). اكتبها بصيغة postgresql://user:password@server/database
db-copy-not-empty = قاعدة البيانات على { $server } تحتوي بالفعل على بيانات Sosta (الجدول { $table }). انسخ فقط إلى قاعدة بيانات فارغة: لم يتغيّر شيء
db-copy-mismatch = لم تتطابق النسخة على { $server } مع الأصل ({ $table }: عدد الصفوف هنا { $here }، وهناك { $there })، لذلك لم يُحتفظ بأي شيء. حاول مرة أخرى؛ وإذا تكرر ذلك فاستمر في استخدام ملف هذا الحاسوب
error-bad-month = «{ $value }» ليس شهرًا. اكتبه بصيغة YYYY-MM، مثلًا 2026-11
error-bad-date = «{ $value }» ليس تاريخًا. اكتبه بصيغة YYYY-MM-DD، مثلًا 2026-11-25
error-bad-period = المدة من { $from } إلى { $to } غير ممكنة: يجب ألّا يأتي اليوم الأول بعد اليوم الأخير، وألّا يزيد الفرق بينهما على سنتين
error-report-period = حدّد المدة: --month YYYY-MM، أو --from YYYY-MM-DD مع --to YYYY-MM-DD

booked-slip = التذكرة: { $path }
error-print = تم حفظ الحجز (الرمز { $code }). اطبع التذكرة من جديد بالأمر: sosta slip { $code }
print-problem-draw = تعذّر رسم التذكرة.
print-problem-spool = تعذّر حفظ التذكرة في مجلد الطباعة (spool).
print-problem-no-cups = نظام الطباعة (CUPS) غير مثبّت.
print-problem-missing = الطابعة { $printer } غير موجودة.
print-problem-disabled = الطابعة { $printer } مطفأة أو موقوفة مؤقتًا.
print-problem-refused = رفضت الطابعة { $printer } التذكرة.
print-problem-denied = لا يُسمح لـ Sosta بالكتابة إلى الطابعة { $printer }: أضف مستخدمه إلى مجموعة lp.
print-problem-timeout = الطابعة { $printer } لا تستجيب. تأكد من أنها مشغّلة وموصولة.
print-problem-write = تعذّر إرسال التذكرة إلى الطابعة { $printer }.
error-unknown-slip = لا توجد تذكرة بالرمز { $code }
error-display = تعذّر فتح نافذة الكشك: { $detail }
error-bad-size = «{ $value }» ليس حجم صورة. اكتبه بالشكل WIDTHxHEIGHT، مثلًا 1920x1080
error-unknown-screen = لا توجد شاشة «{ $value }». الشاشات: { $known }
error-screenshot = تعذّر رسم الشاشة: { $detail }
settings-problem-choice = { $key } = «{ $value }» غير مسموح. المسموح: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = قراءة ملف قائمة الخدمات: فحصه كاملًا، وعرض الفروق، واستبدال القائمة، إما كلها وإما لا شيء
cli-arg-source = ملف قائمة الخدمات المراد قراءته
cli-arg-dry-run = عرض ما سيتغيّر، دون تغيير أي شيء
cli-arg-confirm = الاستيراد حتى لو بقيت حجوزات خارج الأوقات الجديدة
catalogue-unchanged = الملف هو قائمة الخدمات المستخدمة حاليًا: لا يوجد ما يتغيّر
catalogue-diff-added = + { $slug }: خدمة جديدة
catalogue-diff-withdrawn = - { $slug }: لم تعد متاحة (تبقى حجوزاتها)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [zero] لن يبقى أي حجز خارج الأوقات الجديدة:
    [one] سيبقى حجز واحد خارج الأوقات الجديدة:
    [two] سيبقى حجزان خارج الأوقات الجديدة:
    [few] ستبقى { $count } حجوزات خارج الأوقات الجديدة:
    [many] سيبقى { $count } حجزًا خارج الأوقات الجديدة:
   *[other] سيبقى { $count } حجز خارج الأوقات الجديدة:
}
catalogue-stranded-booking = { $code }، { $service }، { $day } { $time }
catalogue-dry-run = تجربة فقط: لم يتغيّر شيء
catalogue-imported = تم استيراد { $path }: المضافة: { $added }، المعدّلة: { $changed }، التي لم تعد متاحة: { $withdrawn }
catalogue-confirm-needed = لم يُستورد أي شيء. أخبر أصحاب هذه الحجوزات، أو شغّل الأمر مرة أخرى مع --confirm: تبقى الحجوزات، ويراها الموظفون في لوحتهم
settings-problem-invalid = الخدمة «{ $service }»: { $problem }
settings-problem-unprintable = لا يمكن طباعة «{ $value }» على التذكرة: احذفه
settings-problem-printer-address = [printer] escpos = «{ $value }» ليست طابعة إيصالات. اكتب جهازًا مثل /dev/usb/lp0 أو عنوانًا مثل tcp://192.168.1.50:9100
settings-problem-both-printers = في [printer] يوجد escpos و destination معًا: التذكرة تذهب إلى طابعة واحدة فقط. أبقِ واحدًا منهما
catalogue-italian-name-needed = ليس للخدمة «{ $slug }» اسم بالإيطالية، وهو الاسم الذي تعرضه كل لغة ليس فيها اسم خاص: أضفه تحت [service.name] بالشكل it = "…"
cli-cmd-backup = نسخ قاعدة البيانات إلى ملف جديد أثناء عمل الأكشاك، ثم التحقق من النسخة
db-backup-done = كُتبت النسخة الاحتياطية في { $path } وتم التحقق منها: { $visits ->
    [zero] لا زيارات
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $visits } زيارات
    [many] { $visits } زيارةً
   *[other] { $visits } زيارة
}، { $bookings ->
    [zero] لا حجوزات
    [one] حجز واحد
    [two] حجزان
    [few] { $bookings } حجوزات
    [many] { $bookings } حجزًا
   *[other] { $bookings } حجز
}، { $kib } KiB. احفظها في مكان لا يستطيع قراءتها فيه إلا مستخدم Sosta
db-backup-no-folder = لا يوجد مجلد { $folder } لكتابة النسخة الاحتياطية فيه
db-backup-on-server = قاعدة البيانات موجودة على خادم PostgreSQL: أنشئ نسختها الاحتياطية هناك باستخدام pg_dump، حيث توجد بيانات كل الحواسيب
db-backup-exists = { $path } موجود بالفعل: النسخة الاحتياطية لا تكتب أبدًا فوق ملف موجود. اختر اسمًا جديدًا
db-backup-failed = تعذّرت كتابة النسخة الاحتياطية في { $path }: { $detail }
db-backup-folder = لا يمكن استخدام المجلد { $folder } للنسخ الاحتياطية: { $detail }
db-backup-removed = { $count ->
    [zero] لم تُحذف أي نسخة احتياطية
    [one] حُذفت نسخة احتياطية واحدة
    [two] حُذفت نسختان احتياطيتان
    [few] حُذفت { $count } نسخ احتياطية
    [many] حُذفت { $count } نسخةً احتياطية
   *[other] حُذفت { $count } نسخة احتياطية
} أقدم من عدد الأيام المحدد ({ $days }) من المجلد { $folder }
cli-arg-dir = مجلد للنسخ الاحتياطية الليلية، تُسمّى كل نسخة باسم المركز والوقت؛ وتُحذف النسخ الأقدم من [backup] keep_days
cli-cmd-restore = وضع نسخة احتياطية مكان قاعدة البيانات: يُفحص الملف أولًا، وتُحفظ قاعدة البيانات السابقة
cli-arg-backup = ملف النسخة الاحتياطية المراد استعادته، الذي كتبه الأمر sosta db backup
db-restore-done = تمت الاستعادة من { $path }: { $visits ->
    [zero] لا زيارات
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $visits } زيارات
    [many] { $visits } زيارةً
   *[other] { $visits } زيارة
}، { $bookings ->
    [zero] لا حجوزات
    [one] حجز واحد
    [two] حجزان
    [few] { $bookings } حجوزات
    [many] { $bookings } حجزًا
   *[other] { $bookings } حجز
}. شغّل الأكشاك ومحطات الموظفين من جديد
db-restore-kept = قاعدة البيانات السابقة محفوظة باسم { $kept }
db-restore-on-server = قاعدة البيانات موجودة على خادم PostgreSQL: استعدها هناك باستخدام pg_restore من نسخة احتياطية أنشأها pg_dump
db-restore-unreadable = تعذّرت قراءة { $path }: { $detail }. لم يتغيّر شيء
db-restore-not-sqlite = { $path } ليس قاعدة بيانات SQLite، لذلك ليس نسخة احتياطية من Sosta. لم يتغيّر شيء
db-restore-damaged = { $path } تالف ({ $detail }). اختر نسخة احتياطية أخرى: لم يتغيّر شيء
db-restore-not-sosta = { $path } قاعدة بيانات لبرنامج آخر، وليس نسخة احتياطية من Sosta. لم يتغيّر شيء
db-restore-newer = أُنشئ { $path } بإصدار أحدث من Sosta (المخطط { $found }؛ وهذا الإصدار يعرف حتى { $known }). استعده بذلك الإصدار: لم يتغيّر شيء
db-restore-in-use = قاعدة البيانات { $path } قيد الاستخدام: كشك أو محطة موظفين يكتب فيها. أوقف الأكشاك والمحطات، ثم حاول مرة أخرى: لم يتغيّر شيء
db-restore-same-file = { $path } هو قاعدة بيانات المركز نفسها: اختر نسخة احتياطية
db-restore-failed = تعذّرت استعادة النسخة الاحتياطية ({ $path }: { $detail }). قاعدة البيانات كما كانت
standby-not-full = خدمة { $service } ليست ممتلئة اليوم: احجز مكانًا بدلًا من الانتظار.
standby-joined = في قائمة الانتظار لخدمة { $service }: الرقم { $number }. الرمز { $code }
cli-arg-standby = التسجيل في قائمة الانتظار لخدمة ممتلئة اليوم، بدلًا من الحجز
