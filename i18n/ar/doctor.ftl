# sosta doctor: كل فحص يقول ما وجده، وعند وجود مشكلة ما يجب فعله.

doctor-status-ok = سليم
doctor-status-warn = تنبيه
doctor-status-problem = مشكلة
doctor-fine = لا شيء يمنع الكشك من العمل. التنبيهات: { $warnings }
doctor-problems = المشكلات: { $problems }. التنبيهات: { $warnings }. افعل ما تقوله كل مشكلة، ثم شغّل sosta doctor مرة أخرى

doctor-folder-ok = مجلد البيانات { $path } موجود ولا يستطيع قراءته إلا مستخدم Sosta
doctor-folder-missing = مجلد البيانات { $path } غير موجود
doctor-folder-missing-todo = شغّل Sosta مرة واحدة (sosta kiosk) لإنشائه، أو تحقّق من --data-dir و SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } ملف وليس مجلدًا
doctor-folder-not-folder-todo = اختر مجلد البيانات الصحيح باستخدام --data-dir أو SOSTA_DATA_DIR
doctor-folder-open = يستطيع مستخدمون آخرون على هذا الحاسوب قراءة: { $paths }
doctor-folder-open-todo = شغّل: chmod -R go-rwx { $path }

doctor-settings-ok = ملف الإعدادات صحيح
doctor-settings-default = لا يوجد ملف إعدادات بعد: أول تشغيل يكتب ملفًا بالقيم الافتراضية
doctor-settings-bad-todo = صحّح هذا السطر في sosta.toml: لن يعمل Sosta حتى يصبح صحيحًا

doctor-database-ok = قاعدة البيانات { $place } سليمة (إصدار المخطط { $version })
doctor-database-none = لا توجد قاعدة بيانات بعد في { $path }
doctor-database-none-todo = شغّل Sosta مرة واحدة لإنشائها. إذا كانت للمركز حجوزات هنا، فأعد بدلًا من ذلك آخر نسخة احتياطية (انظر Backups في README)
doctor-database-unreadable = لا يمكن قراءة قاعدة البيانات { $place }: { $detail }
doctor-database-damaged = فشلت قاعدة البيانات { $place } في فحص السلامة: { $detail }
doctor-database-restore-todo = لا تحذفها. أوقف الأكشاك ومحطات العمل، واحتفظ بنسخة من الملف، وأعد آخر نسخة احتياطية (انظر Backups في README)
doctor-database-older = إصدار مخطط قاعدة البيانات { $place } هو { $version }: التشغيل القادم يرفعه إلى { $known }
doctor-database-newer = إصدار مخطط قاعدة البيانات { $place } هو { $version }، وهو أحدث مما يعرفه هذا البرنامج ({ $known })
doctor-database-newer-todo = ثبّت إصدار Sosta نفسه الموجود على الحواسيب الأخرى التي تستخدم قاعدة البيانات هذه
doctor-server-unreachable = لا يمكن الوصول إلى خادم قاعدة البيانات { $place }: { $detail }
doctor-server-unreachable-todo = تحقّق من الشبكة ومن أن الخادم يعمل؛ عنوانه هو [database] url في sosta.toml (أو SOSTA_DATABASE_URL)

doctor-key-ok = ملف مفتاح التذاكر { $path } موجود ولا يستطيع قراءته إلا مستخدم Sosta
doctor-key-server = مفاتيح التذاكر محفوظة في قاعدة بيانات المركز
doctor-key-missing = ملف مفتاح التذاكر { $path } مفقود
doctor-key-damaged = لا يمكن قراءة ملف مفتاح التذاكر { $path }: { $detail }
doctor-key-restore-todo = أعد ملف slip-keys من نسختك الاحتياطية قبل التشغيل القادم: بدونه لا يمكن التحقق من التذاكر المطبوعة سابقًا
doctor-key-open = يستطيع مستخدمون آخرون قراءة ملف مفتاح التذاكر { $path } (الصلاحيات { $mode })
doctor-key-open-todo = شغّل: chmod 600 { $path }. إذا كان من الممكن أن أحدًا نسخه، فشغّل أيضًا: sosta keys rotate

doctor-printer-none = لم تُحدَّد أي طابعة: التذاكر تُحفظ فقط في { $path }
doctor-printer-none-todo = حدّد الطابعة في sosta.toml تحت [printer]: destination (طابور CUPS) أو escpos (طابعة إيصالات)
doctor-printer-no-cups = نظام الطباعة (CUPS) غير مثبّت: لم يُعثر على lpstat
doctor-printer-no-cups-todo = ثبّته (apt install cups cups-client) وأضف الطابعة، أو اسأل من يعتني بهذا الحاسوب
doctor-printer-no-default = ليس لدى CUPS طابعة افتراضية
doctor-printer-no-default-todo = حدّد الطابور في sosta.toml تحت [printer] destination، أو اجعل أحدها افتراضيًا: lpoptions -d QUEUE
doctor-printer-missing = لا توجد في CUPS طابعة باسم { $printer }
doctor-printer-missing-todo = تحقّق من الاسم باستخدام lpstat -p، أو أضف الطابعة في CUPS (http://localhost:631)
doctor-printer-disabled = الطابعة { $printer } معطّلة
doctor-printer-disabled-todo = تحقّق من الورق والغطاء والكابل، ثم شغّل: cupsenable { $printer }
doctor-printer-rejecting = الطابعة { $printer } لا تقبل مهام الطباعة
doctor-printer-rejecting-todo = شغّل: cupsaccept { $printer }
doctor-printer-paper = ليس لدى الطابعة { $printer } مقاس ورق لتذاكر { $format } (لديها: { $sizes })
doctor-printer-paper-todo = اختر في CUPS مشغّل الطابعة المناسب لبكرة الورق لديك، أو اضبط [printer] format في sosta.toml على الورق الموجود فيها
doctor-printer-ok = الطابعة { $printer } مفعّلة وتقبل مهام الطباعة
doctor-escpos-ok = يمكن الوصول إلى طابعة الإيصالات { $printer }
doctor-escpos-missing = لا يمكن الوصول إلى طابعة الإيصالات { $printer }: { $detail }
doctor-escpos-missing-todo = تحقّق من أنها تعمل ومن الكابل أو الشبكة؛ عنوانها هو [printer] escpos في sosta.toml
doctor-escpos-denied = لا يستطيع مستخدم Sosta الكتابة إلى طابعة الإيصالات { $printer }
doctor-escpos-denied-todo = أضف مستخدم Sosta إلى مجموعة lp (adduser USER lp)، ثم سجّل الدخول من جديد

doctor-disk-ok = المساحة الحرة على القرص: { $free } MiB
doctor-disk-low = المساحة الحرة على القرص قليلة: { $free } MiB
doctor-disk-full = القرص ممتلئ تقريبًا: { $free } MiB حرة. قد لا تُحفظ الحجوزات قريبًا
doctor-disk-todo = حرّر بعض المساحة: احذف الملفات القديمة والنسخ التي لم تعد تحتاجها، أو أفرغ سلة المهملات
doctor-disk-unknown = تعذّرت قراءة المساحة الحرة على القرص: { $detail }

doctor-clock-ok = المنطقة الزمنية { $zone }: الساعة تشير إلى { $time }. قارنها بساعة أخرى
doctor-clock-behind = الساعة تشير إلى { $time }، أي قبل أحدث زيارة ({ $newest }): الساعة خاطئة
doctor-clock-todo = اضبط التاريخ والوقت (timedatectl set-time)، أو فعّل وقت الشبكة (timedatectl set-ntp true)

doctor-fonts-ok = خطوط التذكرة لكل اللغات مضمّنة في البرنامج وتُحمَّل
doctor-fonts-bad = أحد خطوط التذكرة لا يُحمَّل: { $detail }
doctor-fonts-todo = ثبّت Sosta من جديد

doctor-voice-off = القراءة بصوت عالٍ متوقفة ([kiosk] read_aloud = false): لم يُفحص
doctor-espeak-ok = الصوت مثبّت: { $version }
doctor-espeak-missing = الصوت (espeak-ng) غير مثبّت: لا يستطيع الكشك القراءة بصوت عالٍ
doctor-espeak-missing-todo = ثبّته (apt install espeak-ng)، أو اضبط read_aloud = false تحت [kiosk] في sosta.toml
doctor-sound-ok = بطاقات الصوت الموجودة: { $count }
doctor-sound-none = لم يُعثر على أي بطاقة صوت (aplay -l)
doctor-sound-none-todo = صِل مكبّرات الصوت وتحقّق من إعدادات الصوت (alsamixer)، أو اضبط read_aloud = false تحت [kiosk]
doctor-sound-no-aplay = مشغّل الصوت (aplay) غير مثبّت
doctor-sound-no-aplay-todo = ثبّته (apt install alsa-utils)، أو اضبط read_aloud = false تحت [kiosk]
