# The staff station at a service desk. Staff are busy and standing: short, clear words.
# کاؤنٹر پر عملے کا اسٹیشن۔ عملہ جلدی میں اور کھڑا ہوتا ہے: چھوٹے، صاف الفاظ۔

station-who-are-you = آپ کون ہیں؟ اپنا نام دبائیں
station-pin-clear = ایک ہندسہ مٹائیں
station-pin-ok = لاگ اِن کریں
station-scan-now = پرچی اسکین کریں
station-or-type = یا پرچی والا کوڈ ٹائپ کریں
station-erase = مٹائیں
station-check-code = کوڈ چیک کریں
station-served = سروس دی گئی
station-next = اگلا
station-board = آج کی فہرست
station-scan = اسکین
station-logout = لاگ آؤٹ
station-close-today = آج کے لیے بند کریں
station-capacity = آج ہر سلاٹ میں جگہیں:
station-capacity-less = آج ایک جگہ کم
station-capacity-more = آج ایک جگہ زیادہ
station-mark-no-show = غیر حاضر
station-cancel-booking = منسوخ کریں
station-all-desks = تمام کاؤنٹر
station-login-first = پہلے لاگ اِن کریں، پھر پرچی دوبارہ اسکین کریں
station-login-wrong = غلط PIN۔ { $left ->
    [0] اگلی کوشش سے پہلے تھوڑا انتظار کریں
    [one] ابھی { $left } کوشش باقی ہے، پھر انتظار کرنا ہوگا
   *[other] ابھی { $left } کوششیں باقی ہیں، پھر انتظار کرنا ہوگا
}
station-login-wait = بہت بار غلط PIN۔ { $time } بجے دوبارہ کوشش کریں
station-login-locked = بہت بار غلط PIN کی وجہ سے یہ اکاؤنٹ بند ہو گیا ہے۔ اسے کوئی ایڈمن ہی کھول سکتا ہے
station-login-disabled = یہ اکاؤنٹ فعال نہیں ہے۔ کسی ایڈمن سے پوچھیں
station-slip-language = پرچی کی زبان: { $language }
station-board-summary = بک شدہ { $booked } · سروس دی گئی { $served } · غیر حاضر { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# کیوسک میں عملے کا کونا (جگہ کے نام کو 3 سیکنڈ دبائے رکھیں، پھر PIN)۔
corner-menu-title = عملہ: { $name }
corner-open-station = عملے کا اسٹیشن کھولیں
corner-exit = کیوسک بند کریں
corner-reprint = حالیہ پرچی دوبارہ پرنٹ کریں
corner-close-service = آج کے باقی دن کے لیے کوئی سروس بند کریں
corner-back-to-kiosk = کیوسک پر واپس
corner-reprinted = پرچی { $code } دوبارہ پرنٹ ہو گئی
corner-closed = { $service } آج کے باقی دن کے لیے بند ہے
corner-station-opened = عملے کا اسٹیشن اپنی الگ ونڈو میں کھل رہا ہے
corner-station-failed = عملے کا اسٹیشن شروع نہیں ہو سکا۔ وجہ لاگ میں لکھی ہے

# Queue desks and items handed out.
# قطار والے کاؤنٹر اور دی گئی چیزیں۔
station-now-calling = اب بلایا جا رہا ہے: { $number }
station-call-next = اگلے کو بلائیں
station-nobody-waiting = کوئی انتظار میں نہیں
station-quantity = دی گئی چیزیں:
station-quantity-less = ایک چیز کم
station-quantity-more = ایک چیز زیادہ
station-admin-only = یہ صرف ایڈمن کر سکتا ہے۔ کوآرڈینیٹر سے پوچھیں
station-login-shared = یہ PIN ایک سے زیادہ اکاؤنٹس کا ہے۔ کسی ایڈمن سے نیا PIN دینے کو کہیں
corner-admin-only = یہ صرف ایڈمن کر سکتا ہے
corner-pin-title = عملے کا PIN
station-help-alert = کیوسک { $kiosk } سے مدد مانگی جا رہی ہے ({ $time })۔ جا کر دیکھیں۔
station-help-going = میں جا رہا ہوں
station-help-taken = ایک ساتھی پہلے ہی جا رہا ہے۔
station-standby-may-come = انتظار کی فہرست کا نمبر { $number } اب آ سکتا ہے ({ $time } بجے تک)۔
