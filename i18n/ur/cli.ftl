# The command line: help texts, results and errors for coordinators and scripts.
# کمانڈ لائن: کوآرڈینیٹرز اور اسکرپٹس کے لیے مدد، نتائج اور غلطیاں۔

cli-about = Sosta: ایک ڈے سینٹر کا سیلف سروس کیوسک
cli-cmd-kiosk = آنے والوں کے لیے کیوسک (ڈیفالٹ)
cli-cmd-services = آج کی سروسز اور وہ جگہیں جو ابھی خالی ہیں
cli-cmd-book = کیوسک کی طرح ایک سروس بک کریں، ایک نئے بے نام وزٹ کے لیے
cli-cmd-scan = اسکین کی گئی پرچی یا ٹائپ کیے گئے مختصر کوڈ کا نتیجہ
cli-cmd-cancel = پرچی کی ایک بکنگ منسوخ کریں، جس سے اس کی جگہ خالی ہو جاتی ہے
cli-cmd-staff = ڈیسک پر عملے کی جگہ: پرچیاں اسکین کریں، خدمت دیں، آج کا بورڈ
cli-cmd-display = انتظار گاہ کی اسکرین: کاؤنٹرز کے بلائے ہوئے نمبر اور جاری سلاٹ؛ ہر بلاوے پر گھنٹی بجتی ہے اور وہ بلند آواز میں سنایا جاتا ہے
cli-cmd-help = یہ پیغام یا کسی کمانڈ کی مدد دکھائیں
cli-cmd-catalogue = سروسز کی فہرست: اسے ایک فائل میں ایکسپورٹ کریں، یا کوئی فائل امپورٹ کریں
cli-cmd-catalogue-export = فعال سروسز، ان کے اوقات اور خاص دن ایک TOML فائل میں لکھیں
cli-cmd-report = فنڈ دینے والے اداروں کے لیے ایک مہینے یا کسی مدت کی رپورٹ: بے نام گنتیاں، چھوٹی گنتیاں چھپی ہوئی
cli-arg-data-dir = ڈیٹا فولڈر (ورنہ SOSTA_DATA_DIR، ورنہ سسٹم کا ڈیٹا فولڈر)
cli-arg-now = گھڑی، RFC 3339 فارمیٹ میں (ڈیمو اور ٹیسٹ کے لیے)
cli-arg-lang = پیغامات کی زبان (it, en, …)
cli-arg-json = نتیجہ JSON میں پرنٹ کریں (README میں بیان کیا گیا ہے)
cli-arg-fullscreen = کیوسک کو پوری اسکرین پر لاک کریں
cli-arg-windowed = پوری اسکرین کے بجائے ایک ونڈو میں کھولیں
cli-arg-service = سروس کا مختصر نام (slug)، مثلاً shower
cli-arg-slot = سلاٹ شروع ہونے کا وقت، HH:MM (ورنہ پہلا خالی سلاٹ)
cli-arg-quantity = کتنی چیزیں (ان سروسز کے لیے جو چیزیں دیتی ہیں)
cli-arg-payload = QR کوڈ کا متن، یا مختصر کوڈ
cli-arg-desk = اس کاؤنٹر کی سروس
cli-arg-serve = درست بکنگ پر «سروس دی گئی» کا نشان لگائیں
cli-arg-code = پرچی کا مختصر کوڈ یا QR کا متن
cli-arg-help = مدد دکھائیں
cli-arg-version = ورژن دکھائیں

error-bad-lang = «{ $value }» کے لیے کوئی ترجمہ نہیں ہے۔ زبانیں: { $known }
error-bad-now = «{ $value }» تاریخ اور وقت نہیں ہے۔ اسے RFC 3339 فارمیٹ میں لکھیں، مثلاً 2026-11-25T10:30:00+01:00
error-bad-slot = «{ $value }» وقت نہیں ہے۔ اسے HH:MM کی طرح لکھیں، مثلاً 10:30
error-unknown-service = «{ $slug }» نام کی کوئی سروس نہیں ہے۔ سروسز: { $known }
error-store-unreachable = ڈیٹا بیس کھل نہیں سکتا۔ چیک کریں کہ ڈیٹا فولڈر موجود ہے اور Sosta کے صارف کا ہے
error-store-busy = ڈیٹا بیس کو کوئی اور پروگرام استعمال کر رہا ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں
error-store-read-only = ڈیٹا بیس میں لکھا نہیں جا سکتا۔ ڈیٹا فولڈر کی اجازتیں چیک کریں
error-store-full = ڈسک بھر گئی ہے: اب کچھ بھی محفوظ نہیں ہو سکتا۔ کچھ جگہ خالی کریں
error-store-damaged = ڈیٹا بیس خراب ہے۔ اسے بیک اپ سے بحال کریں
error-store-newer = یہ ڈیٹا بیس Sosta کے نئے ورژن نے بنایا تھا۔ وہ ورژن دوبارہ انسٹال کریں
error-store-other = ڈیٹا بیس استعمال نہیں ہو سکا۔ وجہ لاگ میں لکھی ہے
error-store-network = ڈیٹا فولڈر نیٹ ورک ڈرائیو پر ہے، جہاں ڈیٹا بیس فائل کو محفوظ طریقے سے شیئر نہیں کیا جا سکتا۔ ڈیٹا فولڈر کو اس کمپیوٹر کی اپنی ڈسک پر رکھیں، یا ڈیٹا کو PostgreSQL سرور کے ذریعے شیئر کریں (README، حصہ «Several computers»)
error-server-unreachable = ڈیٹا بیس سرور { $server } تک رسائی نہیں ہو سکتی۔ چیک کریں کہ سرور چل رہا ہے اور یہ کمپیوٹر نیٹ ورک سے جڑا ہوا ہے
error-server-login = ڈیٹا بیس سرور { $server } نے Sosta کا صارف یا پاس ورڈ رد کر دیا۔ sosta.toml میں [database] url چیک کریں
error-server-no-database = ڈیٹا بیس سرور { $server } پر { $database } نام کا کوئی ڈیٹا بیس نہیں ہے۔ اسے README میں بتائے گئے طریقے سے بنائیں (حصہ «Several computers»)
error-server-not-sosta = سرور { $server } پر ڈیٹا بیس { $database } میں کسی اور پروگرام کے ٹیبل ہیں۔ Sosta کو اس کا اپنا ایک خالی ڈیٹا بیس دیں
error-server-tls = ڈیٹا بیس سرور { $server } وہ انکرپٹڈ کنکشن قبول نہیں کرتا جو [database] url مانگتا ہے (sslmode)۔ سرور کا سرٹیفکیٹ یا URL چیک کریں
error-payload = پرچی کا کوڈ نہیں بن سکا: کمپیوٹر کی تاریخ اور وقت چیک کریں
error-key-generation = پرچیوں کے لیے نئی کلید نہیں بن سکی: سسٹم کے رینڈم نمبر دستیاب نہیں ہیں
key-problem-line = پرچیوں کی کلید والی فائل، سطر { $line }: کلید کا شناختی نمبر اور خفیہ کوڈ چاہیے، درمیان میں ایک خالی جگہ کے ساتھ۔
key-problem-id = پرچیوں کی کلید والی فائل، سطر { $line }: کلید کا شناختی نمبر 0 سے 255 تک کا نمبر نہیں ہے۔
key-problem-length = پرچیوں کی کلید والی فائل، سطر { $line }: خفیہ کوڈ میں 64 کی بجائے { $length } حروف ہیں۔
key-problem-hex = پرچیوں کی کلید والی فائل، سطر { $line }: خفیہ کوڈ چھوٹے حروف والے ہیکسا ڈیسیمل میں نہیں لکھا ہوا۔
key-problem-duplicate = پرچیوں کی کلید والی فائل، سطر { $line }: شناختی نمبر { $id } پہلے ہی سطر { $first } میں استعمال ہو چکا ہے۔
key-problem-empty = پرچیوں کی کلید والی فائل میں کوئی کلید نہیں ہے۔
error-data-dir = ڈیٹا فولڈر { $path } استعمال نہیں ہو سکتا: { $detail }
error-no-data-dir = کوئی ڈیٹا فولڈر نہیں ہے۔ --data-dir یا SOSTA_DATA_DIR سے ایک فولڈر بتائیں
error-key-file = پرچیوں کی کلید والی فائل { $path } خراب ہے۔ اسے بیک اپ سے بحال کریں: اس کے بغیر اس کلید سے چھپی پرچیاں چیک نہیں ہو سکتیں

settings-error-line = { $file }، سطر { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = اسے پڑھا نہیں جا سکتا ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = «{ $value }» سینٹر کا شناختی کوڈ نہیں ہے۔ چھوٹے حروف، ہندسے اور - استعمال کریں، زیادہ سے زیادہ 32 حروف
settings-problem-database-url = [database] url میں PostgreSQL کا درست پتہ نہیں ہے ({ $detail })۔ اسے postgresql://user:password@server/database کی طرح لکھیں
settings-problem-time-zone = «{ $value }» ٹائم زون نہیں ہے۔ Europe/Rome جیسا نام استعمال کریں
settings-problem-language = «{ $value }» کے لیے کوئی ترجمہ نہیں ہے۔ زبانیں: { $allowed }
settings-problem-range = { $key } = { $value } حد سے باہر ہے۔ اجازت ہے: { $min } سے { $max } تک
settings-problem-time-range = «{ $value }» کھلنے کا وقت نہیں ہے۔ اسے HH:MM-HH:MM کی طرح لکھیں، شروع کا وقت ختم ہونے کے وقت سے پہلے
settings-problem-mode = «{ $value }» بکنگ کا طریقہ نہیں ہے۔ اجازت ہے: slots, queue
settings-problem-date = «{ $value }» تاریخ نہیں ہے۔ اسے YYYY-MM-DD کی طرح لکھیں
settings-problem-weekday = «{ $value }» دن نہیں ہے۔ اجازت ہے: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = سروس «{ $value }» دو بار موجود ہے

services-heading = { $date } کی سروسز
services-service = { $name } ({ $slug })، { $desk }
services-closed-today = آج بند ہے
services-slots-over = { $count ->
    [one] { $count } سلاٹ گزر چکا ہے
   *[other] { $count } سلاٹ گزر چکے ہیں
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } جگہ خالی
   *[other] { $free } جگہیں خالی
}
services-slot-full = { $start }–{ $end }  بھرا ہوا
services-slot-too-soon = { $start }–{ $end }  ابھی شروع ہو رہا ہے
services-queue = قطار { $start }–{ $end }: { $waiting } انتظار میں، تقریباً { $minutes } منٹ، { $left } باقی
services-queue-over = آج کے لیے بند

booked-heading = بکنگ ہو گئی۔
booked-slot = { $service }: { $start }–{ $end }، { $desk }
booked-number = { $service }: نمبر { $number }، { $desk }
booked-code = مختصر کوڈ: { $code }
booked-payload = QR کوڈ: { $payload }

when-today = آج { $time } بجے
when-day = { $date } کو { $time } بجے

refusal-closed = { $service } ابھی بند ہے۔ یہ { $when } کھلے گی
refusal-closed-long = { $service } بند ہے اور اگلے دو ہفتوں میں نہیں کھلے گی
refusal-full = { $service } کا { $time } بجے والا سلاٹ بھر گیا ہے۔ { $next ->
    [none] آج کوئی اور سلاٹ خالی نہیں
   *[other] اگلا خالی سلاٹ { $next } بجے ہے
}
refusal-full-today = { $service } میں آج کوئی جگہ خالی نہیں
refusal-no-such-slot = آج { $service } کا { $time } بجے کوئی سلاٹ نہیں ہے۔ { $next ->
    [none] آج کوئی اور سلاٹ خالی نہیں
   *[other] اگلا خالی سلاٹ { $next } بجے ہے
}
refusal-slot-gone = { $service } کا { $time } بجے والا سلاٹ شروع ہو چکا ہے یا بہت جلد شروع ہو رہا ہے۔ { $next ->
    [none] آج کوئی اور سلاٹ خالی نہیں
   *[other] اگلا خالی سلاٹ { $next } بجے ہے
}
refusal-already-booked = اس وزٹ میں { $service } کی بکنگ پہلے سے موجود ہے
refusal-overlap = اس وقت { $service } کی بکنگ { $other } کی بکنگ سے ٹکراتی ہے
refusal-too-many = ایک وزٹ میں زیادہ سے زیادہ { $limit ->
    [one] { $limit } سروس بک ہو سکتی ہے
   *[other] { $limit } سروسز بک ہو سکتی ہیں
}
refusal-again = { $service } کی بکنگ ابھی ابھی اس کیوسک سے ہوئی ہے: اور جگہ صرف عملے کے ذریعے مل سکتی ہے
refusal-quantity = { $service } کے لیے ایک وزٹ میں 1 سے { $limit } تک چیزیں لی جا سکتی ہیں

verdict-valid = درست: اس شخص کو سروس دیں
verdict-served = سروس دی گئی: ابھی نشان لگا دیا گیا
verdict-already-served = سروس پہلے دی جا چکی: یہ پرچی استعمال ہو چکی ہے
verdict-too-early = بہت جلدی: سلاٹ ابھی شروع نہیں ہوا
verdict-too-late = بہت دیر: سلاٹ ختم ہو چکا ہے (غیر حاضر)
verdict-not-today = آج کی نہیں: یہ پرچی کسی اور دن کی ہے
verdict-cancelled = منسوخ: یہ بکنگ منسوخ کر دی گئی تھی
verdict-other-service = دوسری سروس: اس کاؤنٹر کے لیے کوئی بکنگ نہیں
verdict-forged = اصلی نہیں: یہ پرچی یہاں نہیں بنی
verdict-malformed = پرچی نہیں: دوبارہ اسکین کریں یا کوڈ ٹائپ کریں
verdict-unknown = نامعلوم: یہاں اس کوڈ کی کوئی پرچی نہیں
verdict-genuine-offline = اصلی، آج کی: ڈیٹا بیس تک رسائی نہیں ہو سکتی، اس لیے چیک نہیں ہو سکتا کہ یہ پہلے استعمال ہو چکی ہے یا نہیں

status-booked = بک شدہ
status-served = سروس دی گئی
status-no-show = غیر حاضر
status-cancelled = منسوخ

cancelled = منسوخ: { $service }۔ جگہ پھر سے خالی ہے
cancel-nothing = پرچی { $code } میں { $service } کی کوئی بکنگ نہیں ہے
cancel-not-booked = { $service } کی بکنگ منسوخ نہیں ہو سکتی۔ حالت: { $status }

cli-cmd-slip = مختصر کوڈ سے پرچی دوبارہ بنائیں: اسے پرنٹ کریں، یا --out سے فائل میں لکھیں
cli-cmd-screenshot = ڈیمو ڈیٹا پر، ڈسپلے کے بغیر، کیوسک کی ایک اسکرین PNG فائل میں بنائیں
cli-arg-slip-out = پرچی پرنٹ کرنے کے بجائے اس PDF فائل میں لکھیں
cli-arg-out = وہ فائل جس میں لکھنا ہے
cli-arg-screen = وہ اسکرین جو بنانی ہے (دیکھیں --list)
cli-arg-size = تصویر کا سائز پکسلز میں، WIDTHxHEIGHT
cli-arg-list = اسکرینوں کی فہرست دکھائیں
cli-arg-file = وہ فائل جس میں لکھنا ہے
cli-arg-month = رپورٹ کا مہینہ، YYYY-MM
cli-arg-from = رپورٹ کا پہلا دن، YYYY-MM-DD
cli-arg-to = رپورٹ کا آخری دن، YYYY-MM-DD
cli-arg-format = csv (اسپریڈشیٹ کے لیے ٹیبل)، json یا pdf (چھاپنے کے لیے چارٹ، --out کے ساتھ)
catalogue-exported = { $count ->
    [one] { $count } سروس { $path } میں لکھی گئی
   *[other] { $count } سروسز { $path } میں لکھی گئیں
}
cli-cmd-keys = پرچیوں پر دستخط کرنے والی کلیدیں: ایک نئی بنائیں
cli-cmd-rotate = نئی پرچیوں پر ایک نئی کلید سے دستخط کریں؛ پہلے دستخط شدہ پرچیاں درست رہتی ہیں
keys-rotated = نئی پرچیوں پر کلید { $id } سے دستخط ہوتے ہیں۔ پہلے دستخط شدہ پرچیاں درست رہتی ہیں
cli-cmd-db = سینٹر کا ڈیٹا بیس: اس کا بیک اپ بنائیں، اسے بیک اپ سے بحال کریں، یا اسے PostgreSQL سرور پر منتقل کریں
cli-cmd-doctor = وہ چیزیں چیک کرتا ہے جن کے لیے ورنہ کوئی رضاکار مدد مانگتا، اور بتاتا ہے کہ کیا کرنا ہے
cli-cmd-copy = اس سینٹر کے تمام ریکارڈ ایک خالی PostgreSQL ڈیٹا بیس میں کاپی کریں اور دونوں طرف انہیں دوبارہ گنیں
cli-arg-site = اسی ڈیٹا بیس کا کوئی اور سینٹر، اس کے شناختی کوڈ سے ([site] id)
cli-arg-target = وہ PostgreSQL ڈیٹا بیس جس میں کاپی کرنا ہے، postgresql://user:password@server/database
db-copied = { $server } پر کاپی ہو گیا: { $tables } ٹیبلوں میں { $rows } ریکارڈ، دونوں طرف دوبارہ گنے گئے۔ اب ہر کمپیوٹر کی sosta.toml میں [database] url سیٹ کریں
db-copy-from-server = اس سینٹر کا ڈیٹا پہلے ہی { $server } پر ہے۔ اس کمپیوٹر سے کاپی کریں جس کے ڈیٹا فولڈر میں SQLite فائل ہے
db-copy-bad-url = --to میں PostgreSQL کا درست پتہ نہیں ہے ({ $detail })۔ اسے postgresql://user:password@server/database کی طرح لکھیں
db-copy-not-empty = { $server } پر موجود ڈیٹا بیس میں پہلے ہی Sosta کا ڈیٹا ہے (ٹیبل { $table })۔ صرف خالی ڈیٹا بیس میں کاپی کریں: کچھ بھی تبدیل نہیں ہوا
db-copy-mismatch = { $server } پر کی گئی کاپی میل نہیں کھاتی تھی ({ $table }: یہاں { $here } ریکارڈ، وہاں { $there })، اس لیے کچھ بھی نہیں رکھا گیا۔ دوبارہ کوشش کریں؛ اگر پھر ایسا ہو تو اس کمپیوٹر کی فائل ہی استعمال کرتے رہیں
error-bad-month = «{ $value }» مہینہ نہیں ہے۔ اسے YYYY-MM کی طرح لکھیں، مثلاً 2026-11
error-bad-date = «{ $value }» تاریخ نہیں ہے۔ اسے YYYY-MM-DD کی طرح لکھیں، مثلاً 2026-11-25
error-bad-period = { $from } سے { $to } تک کی مدت ممکن نہیں: پہلا دن آخری دن کے بعد نہیں ہو سکتا، اور دونوں کے درمیان زیادہ سے زیادہ دو سال ہو سکتے ہیں
error-report-period = مدت بتائیں: --month YYYY-MM، یا --from YYYY-MM-DD اور --to YYYY-MM-DD

booked-slip = پرچی: { $path }
error-print = بکنگ محفوظ ہے (کوڈ { $code })۔ پرچی دوبارہ پرنٹ کرنے کے لیے: sosta slip { $code }
print-problem-draw = پرچی بن نہیں سکی۔
print-problem-spool = پرچی اسپول (spool) فولڈر میں محفوظ نہیں ہو سکی۔
print-problem-no-cups = پرنٹنگ سسٹم (CUPS) انسٹال نہیں ہے۔
print-problem-missing = پرنٹر { $printer } موجود نہیں ہے۔
print-problem-disabled = پرنٹر { $printer } بند ہے یا روکا ہوا ہے۔
print-problem-refused = پرنٹر { $printer } نے پرچی قبول نہیں کی۔
print-problem-denied = Sosta کو پرنٹر { $printer } پر لکھنے کی اجازت نہیں ہے: اس کے صارف کو lp گروپ میں شامل کریں۔
print-problem-timeout = پرنٹر { $printer } جواب نہیں دے رہا۔ دیکھیں کہ یہ آن ہے اور جڑا ہوا ہے۔
print-problem-write = پرچی پرنٹر { $printer } کو نہیں بھیجی جا سکی۔
error-unknown-slip = کوڈ { $code } والی کوئی پرچی نہیں ہے
error-display = کیوسک کی ونڈو نہیں کھل سکتی: { $detail }
error-bad-size = «{ $value }» تصویر کا سائز نہیں ہے۔ اسے WIDTHxHEIGHT کی طرح لکھیں، مثلاً 1920x1080
error-unknown-screen = «{ $value }» نام کی کوئی اسکرین نہیں ہے۔ اسکرینیں: { $known }
error-screenshot = اسکرین نہیں بن سکی: { $detail }
settings-problem-choice = { $key } = «{ $value }» کی اجازت نہیں ہے۔ اجازت ہے: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = سروسز کی فہرست والی فائل پڑھیں: پوری فائل جانچیں، فرق دکھائیں، اور موجودہ فہرست کی جگہ لگائیں؛ یا سب کچھ یا کچھ بھی نہیں
cli-arg-source = فہرست والی وہ فائل جو پڑھنی ہے
cli-arg-dry-run = دکھائیں کہ کیا بدلے گا، مگر کچھ نہ بدلیں
cli-arg-confirm = امپورٹ کریں، چاہے کچھ بکنگ نئے اوقات سے باہر رہ جائیں
catalogue-unchanged = یہ فائل وہی فہرست ہے جو ابھی استعمال میں ہے: بدلنے کو کچھ نہیں
catalogue-diff-added = + { $slug }: نئی سروس
catalogue-diff-withdrawn = - { $slug }: اب پیش نہیں کی جاتی (اس کی بکنگ برقرار رہتی ہیں)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } بکنگ نئے اوقات سے باہر رہ جائے گی:
   *[other] { $count } بکنگ نئے اوقات سے باہر رہ جائیں گی:
}
catalogue-stranded-booking = { $code }، { $service }، { $day } { $time }
catalogue-dry-run = صرف جانچ: کچھ نہیں بدلا گیا
catalogue-imported = { $path } امپورٹ ہو گئی: شامل: { $added }، تبدیل: { $changed }، اب پیش نہیں: { $withdrawn }
catalogue-confirm-needed = کچھ امپورٹ نہیں ہوا۔ ان بکنگ والے لوگوں کو بتائیں، یا --confirm کے ساتھ دوبارہ چلائیں: بکنگ برقرار رہتی ہیں، اور عملہ انہیں اپنی فہرست میں دیکھتا ہے
settings-problem-invalid = سروس «{ $service }»: { $problem }
settings-problem-unprintable = «{ $value }» پرچی پر پرنٹ نہیں ہو سکتا: اسے نکال دیں
settings-problem-printer-address = [printer] escpos = «{ $value }» رسید والا پرنٹر نہیں ہے۔ /dev/usb/lp0 جیسا آلہ یا tcp://192.168.1.50:9100 جیسا پتہ لکھیں
settings-problem-both-printers = [printer] میں escpos اور destination دونوں ہیں: ایک پرچی ایک ہی پرنٹر پر جاتی ہے۔ ان میں سے ایک ہی رکھیں
catalogue-italian-name-needed = سروس «{ $slug }» کا کوئی اطالوی نام نہیں، جو ہر اس زبان میں دکھایا جاتا ہے جس کا اپنا نام نہ ہو: اسے [service.name] کے نیچے it = "…" کی طرح شامل کریں
cli-cmd-backup = کیوسک چلتے رہنے کے دوران ڈیٹا بیس کو ایک نئی فائل میں کاپی کریں، اور کاپی کو چیک کریں
db-backup-done = بیک اپ { $path } میں لکھ دیا گیا اور چیک کر لیا گیا: { $visits ->
    [one] { $visits } وزٹ
   *[other] { $visits } وزٹ
}، { $bookings ->
    [one] { $bookings } بکنگ
   *[other] { $bookings } بکنگ
}، { $kib } KiB۔ اسے ایسی جگہ رکھیں جہاں صرف Sosta کا صارف اسے پڑھ سکے
db-backup-no-folder = فولڈر { $folder } موجود نہیں ہے، جس میں بیک اپ لکھا جانا تھا
db-backup-on-server = ڈیٹا بیس ایک PostgreSQL سرور پر ہے: اس کا بیک اپ وہیں pg_dump سے بنائیں، جہاں ہر کمپیوٹر کا ڈیٹا موجود ہے
db-backup-exists = { $path } پہلے سے موجود ہے: بیک اپ کبھی کسی فائل کے اوپر نہیں لکھتا۔ کوئی نیا نام چنیں
db-backup-failed = بیک اپ { $path } میں نہیں لکھا جا سکا: { $detail }
db-backup-folder = فولڈر { $folder } بیک اپ کے لیے استعمال نہیں ہو سکتا: { $detail }
db-backup-removed = { $count ->
    [one] { $days } دن سے پرانا { $count } بیک اپ { $folder } سے ہٹا دیا گیا
   *[other] { $days } دن سے پرانے { $count } بیک اپ { $folder } سے ہٹا دیے گئے
}
cli-arg-dir = رات کے بیک اپ کے لیے ایک فولڈر، ہر ایک کا نام سینٹر اور وقت سے؛ [backup] keep_days سے پرانے ہٹا دیے جاتے ہیں
cli-cmd-restore = ڈیٹا بیس کی جگہ ایک بیک اپ رکھیں: پہلے فائل چیک کی جاتی ہے، اور پچھلا ڈیٹا بیس محفوظ رکھا جاتا ہے
cli-arg-backup = بحال کرنے کے لیے بیک اپ فائل، جو sosta db backup نے لکھی تھی
db-restore-done = { $path } سے بحال کر دیا گیا: { $visits ->
    [one] { $visits } وزٹ
   *[other] { $visits } وزٹ
}، { $bookings ->
    [one] { $bookings } بکنگ
   *[other] { $bookings } بکنگ
}۔ کیوسک اور عملے کی جگہیں دوبارہ چلائیں
db-restore-kept = پچھلا ڈیٹا بیس { $kept } کے طور پر محفوظ ہے
db-restore-on-server = ڈیٹا بیس ایک PostgreSQL سرور پر ہے: اسے وہیں pg_restore سے، pg_dump کے بیک اپ سے بحال کریں
db-restore-unreadable = { $path } پڑھی نہیں جا سکتی: { $detail }۔ کچھ نہیں بدلا گیا
db-restore-not-sqlite = { $path } ایک SQLite ڈیٹا بیس نہیں ہے، اس لیے یہ Sosta کا بیک اپ نہیں ہے۔ کچھ نہیں بدلا گیا
db-restore-damaged = { $path } خراب ہے ({ $detail })۔ کوئی اور بیک اپ چنیں: کچھ نہیں بدلا گیا
db-restore-not-sosta = { $path } کسی اور پروگرام کا ڈیٹا بیس ہے، Sosta کا بیک اپ نہیں۔ کچھ نہیں بدلا گیا
db-restore-newer = { $path } Sosta کے نئے ورژن نے بنایا تھا (اسکیما { $found }؛ یہ ورژن { $known } تک جانتا ہے)۔ اسے اسی ورژن سے بحال کریں: کچھ نہیں بدلا گیا
db-restore-in-use = ڈیٹا بیس { $path } استعمال میں ہے: کوئی کیوسک یا عملے کی جگہ اس میں لکھ رہی ہے۔ کیوسک اور عملے کی جگہیں بند کریں، پھر دوبارہ کوشش کریں: کچھ نہیں بدلا گیا
db-restore-same-file = { $path } سینٹر کا اپنا ڈیٹا بیس ہی ہے: کوئی بیک اپ چنیں
db-restore-failed = بیک اپ بحال نہیں ہو سکا ({ $path }: { $detail })۔ ڈیٹا بیس جیسا تھا ویسا ہی ہے
standby-not-full = آج { $service } میں ابھی جگہ ہے: انتظار کے بجائے بکنگ کریں۔
standby-joined = { $service } کی انتظار کی فہرست میں: نمبر { $number }۔ کوڈ { $code }
cli-arg-standby = بکنگ کے بجائے، آج کے لیے بھری ہوئی سروس کی انتظار کی فہرست میں شامل کریں
