# sosta doctor: ہر جانچ بتاتی ہے کہ اسے کیا ملا، اور کسی مسئلے کے لیے کیا کرنا ہے۔

doctor-status-ok = ٹھیک
doctor-status-warn = انتباہ
doctor-status-problem = مسئلہ
doctor-fine = کیوسک کو کوئی چیز نہیں روک رہی۔ انتباہات: { $warnings }
doctor-problems = مسائل: { $problems }۔ انتباہات: { $warnings }۔ ہر مسئلہ جو کہتا ہے وہ کریں، پھر sosta doctor دوبارہ چلائیں

doctor-folder-ok = ڈیٹا فولڈر { $path } موجود ہے اور صرف Sosta کا صارف اسے پڑھ سکتا ہے
doctor-folder-missing = ڈیٹا فولڈر { $path } موجود نہیں ہے
doctor-folder-missing-todo = اسے بنانے کے لیے Sosta ایک بار شروع کریں (sosta kiosk)، یا --data-dir اور SOSTA_DATA_DIR چیک کریں
doctor-folder-not-folder = { $path } ایک فائل ہے، فولڈر نہیں
doctor-folder-not-folder-todo = --data-dir یا SOSTA_DATA_DIR سے درست ڈیٹا فولڈر چنیں
doctor-folder-open = اس کمپیوٹر کے دوسرے صارفین یہ پڑھ سکتے ہیں: { $paths }
doctor-folder-open-todo = چلائیں: chmod -R go-rwx { $path }

doctor-settings-ok = سیٹنگز کی فائل درست ہے
doctor-settings-default = ابھی سیٹنگز کی کوئی فائل نہیں ہے: پہلی بار شروع ہونے پر ڈیفالٹ قدروں کے ساتھ ایک فائل لکھی جاتی ہے
doctor-settings-bad-todo = sosta.toml کی وہ سطر درست کریں: جب تک وہ ٹھیک نہ ہو Sosta شروع نہیں ہوگا

doctor-database-ok = ڈیٹا بیس { $place } مکمل ہے (اسکیما ورژن { $version })
doctor-database-none = { $path } میں ابھی کوئی ڈیٹا بیس نہیں ہے
doctor-database-none-todo = اسے بنانے کے لیے Sosta ایک بار شروع کریں۔ اگر یہاں سینٹر کی بکنگز تھیں تو اس کے بجائے آخری بیک اپ واپس رکھیں (README میں Backups دیکھیں)
doctor-database-unreadable = ڈیٹا بیس { $place } پڑھا نہیں جا سکتا: { $detail }
doctor-database-damaged = ڈیٹا بیس { $place } سالمیت کی جانچ میں ناکام رہا: { $detail }
doctor-database-restore-todo = اسے حذف نہ کریں۔ کیوسک اور اسٹیشن بند کریں، فائل کی ایک کاپی رکھیں، اور آخری بیک اپ واپس رکھیں (README میں Backups دیکھیں)
doctor-database-older = ڈیٹا بیس { $place } کا اسکیما ورژن { $version } ہے: اگلی بار شروع ہونے پر یہ { $known } ہو جائے گا
doctor-database-newer = ڈیٹا بیس { $place } کا اسکیما ورژن { $version } ہے، جو اس پروگرام کے جانے ہوئے ورژن ({ $known }) سے نیا ہے
doctor-database-newer-todo = Sosta کا وہی ورژن انسٹال کریں جو اس ڈیٹا بیس کو استعمال کرنے والے دوسرے کمپیوٹروں پر ہے
doctor-server-unreachable = ڈیٹا بیس سرور { $place } تک رسائی نہیں ہو سکی: { $detail }
doctor-server-unreachable-todo = نیٹ ورک چیک کریں اور یہ کہ سرور چل رہا ہے؛ اس کا پتہ sosta.toml میں [database] url ہے (یا SOSTA_DATABASE_URL)

doctor-key-ok = پرچیوں کی کلید والی فائل { $path } موجود ہے اور صرف Sosta کا صارف اسے پڑھ سکتا ہے
doctor-key-server = پرچیوں کی کلیدیں سینٹر کے ڈیٹا بیس میں رکھی ہیں
doctor-key-missing = پرچیوں کی کلید والی فائل { $path } غائب ہے
doctor-key-damaged = پرچیوں کی کلید والی فائل { $path } پڑھی نہیں جا سکتی: { $detail }
doctor-key-restore-todo = اگلی بار شروع کرنے سے پہلے slip-keys فائل اپنے بیک اپ سے واپس رکھیں: اس کے بغیر پہلے چھپی پرچیاں چیک نہیں ہو سکتیں
doctor-key-open = دوسرے صارفین پرچیوں کی کلید والی فائل { $path } پڑھ سکتے ہیں (اجازتیں { $mode })
doctor-key-open-todo = چلائیں: chmod 600 { $path }۔ اگر کسی نے اسے کاپی کیا ہو سکتا ہے تو یہ بھی چلائیں: sosta keys rotate

doctor-printer-none = کوئی پرنٹر مقرر نہیں ہے: پرچیاں صرف { $path } میں محفوظ ہوتی ہیں
doctor-printer-none-todo = sosta.toml میں [printer] کے نیچے پرنٹر لکھیں: destination (CUPS کی قطار) یا escpos (رسید والا پرنٹر)
doctor-printer-no-cups = پرنٹنگ سسٹم (CUPS) انسٹال نہیں ہے: lpstat نہیں ملا
doctor-printer-no-cups-todo = اسے انسٹال کریں (apt install cups cups-client) اور پرنٹر شامل کریں، یا اس کمپیوٹر کی دیکھ بھال کرنے والے سے پوچھیں
doctor-printer-no-default = CUPS میں کوئی ڈیفالٹ پرنٹر نہیں ہے
doctor-printer-no-default-todo = sosta.toml میں [printer] destination کے تحت قطار لکھیں، یا کسی ایک کو ڈیفالٹ بنائیں: lpoptions -d QUEUE
doctor-printer-missing = CUPS میں { $printer } نام کا کوئی پرنٹر نہیں ہے
doctor-printer-missing-todo = lpstat -p سے نام چیک کریں، یا CUPS میں پرنٹر شامل کریں (http://localhost:631)
doctor-printer-disabled = پرنٹر { $printer } غیر فعال ہے
doctor-printer-disabled-todo = کاغذ، ڈھکن اور کیبل چیک کریں، پھر چلائیں: cupsenable { $printer }
doctor-printer-rejecting = پرنٹر { $printer } پرنٹ کے کام قبول نہیں کر رہا
doctor-printer-rejecting-todo = چلائیں: cupsaccept { $printer }
doctor-printer-paper = پرنٹر { $printer } میں { $format } پرچیوں کے لیے کاغذ کا سائز نہیں ہے (اس میں ہیں: { $sizes })
doctor-printer-paper-todo = CUPS میں اپنے کاغذ کے رول کے مطابق پرنٹر کا ڈرائیور چنیں، یا sosta.toml میں [printer] format اس کے کاغذ کے مطابق رکھیں
doctor-printer-ok = پرنٹر { $printer } فعال ہے اور کام قبول کر رہا ہے
doctor-escpos-ok = رسید والے پرنٹر { $printer } تک رسائی ہو سکتی ہے
doctor-escpos-missing = رسید والے پرنٹر { $printer } تک رسائی نہیں ہو سکی: { $detail }
doctor-escpos-missing-todo = چیک کریں کہ وہ چالو ہے، اور اس کی کیبل یا نیٹ ورک؛ اس کا پتہ sosta.toml میں [printer] escpos ہے
doctor-escpos-denied = Sosta کا صارف رسید والے پرنٹر { $printer } پر نہیں لکھ سکتا
doctor-escpos-denied-todo = Sosta کے صارف کو lp گروپ میں شامل کریں (adduser USER lp)، پھر دوبارہ لاگ ان کریں

doctor-disk-ok = ڈسک پر خالی جگہ: { $free } MiB
doctor-disk-low = ڈسک پر خالی جگہ کم ہے: { $free } MiB
doctor-disk-full = ڈسک تقریباً بھر گئی ہے: { $free } MiB خالی۔ جلد ہی بکنگز محفوظ ہونا بند ہو سکتی ہیں
doctor-disk-todo = کچھ جگہ خالی کریں: پرانی فائلیں اور غیر ضروری بیک اپ حذف کریں، یا ردی کی ٹوکری خالی کریں
doctor-disk-unknown = ڈسک پر خالی جگہ پڑھی نہیں جا سکی: { $detail }

doctor-clock-ok = ٹائم زون { $zone }: گھڑی { $time } دکھا رہی ہے۔ اسے کسی دوسری گھڑی سے ملائیں
doctor-clock-behind = گھڑی { $time } دکھا رہی ہے، جو تازہ ترین وزٹ ({ $newest }) سے پہلے ہے: گھڑی غلط ہے
doctor-clock-todo = تاریخ اور وقت درست کریں (timedatectl set-time)، یا نیٹ ورک کا وقت چالو کریں (timedatectl set-ntp true)

doctor-fonts-ok = تمام زبانوں کے لیے پرچی کے فونٹ پروگرام میں شامل ہیں اور لوڈ ہوتے ہیں
doctor-fonts-bad = پرچی کا ایک فونٹ لوڈ نہیں ہوتا: { $detail }
doctor-fonts-todo = Sosta دوبارہ انسٹال کریں

doctor-voice-off = بلند آواز سے پڑھنا بند ہے ([kiosk] read_aloud = false): جانچ نہیں کی گئی
doctor-espeak-ok = آواز انسٹال ہے: { $version }
doctor-espeak-missing = آواز (espeak-ng) انسٹال نہیں ہے: کیوسک بلند آواز سے نہیں پڑھ سکتا
doctor-espeak-missing-todo = اسے انسٹال کریں (apt install espeak-ng)، یا sosta.toml میں [kiosk] کے تحت read_aloud = false رکھیں
doctor-sound-ok = ملنے والے ساؤنڈ کارڈ: { $count }
doctor-sound-none = کوئی ساؤنڈ کارڈ نہیں ملا (aplay -l)
doctor-sound-none-todo = اسپیکر لگائیں اور آواز کی سیٹنگز چیک کریں (alsamixer)، یا [kiosk] کے تحت read_aloud = false رکھیں
doctor-sound-no-aplay = آواز چلانے والا پروگرام (aplay) انسٹال نہیں ہے
doctor-sound-no-aplay-todo = اسے انسٹال کریں (apt install alsa-utils)، یا [kiosk] کے تحت read_aloud = false رکھیں
