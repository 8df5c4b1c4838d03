# The service catalogue: names and short descriptions by slug, and desk names.
# سروسز کی فہرست: slug کے حساب سے نام اور مختصر تفصیل، اور کاؤنٹرز کے نام۔

service-shower = شاور
service-shower-description = گرم پانی سے شاور، تولیہ، صابن اور شیمپو کے ساتھ۔ 20 منٹ۔
service-laundry = کپڑے دھونا
service-laundry-description = اپنے کپڑے دھوئیں اور سکھائیں۔ ایک گھنٹہ، صابن بھی ملے گا۔
service-meal = کھانا
service-meal-description = دوپہر کا گرم کھانا۔ نمبر لیں اور اپنی باری کا انتظار کریں۔
service-nurse = نرس
service-nurse-description = چھوٹے زخم، بلڈ پریشر، دوائیں، مشورہ۔ مفت اور راز میں۔
service-social-worker = سوشل ورکر
service-social-worker-description = رہائش، کاغذات، آمدنی یا کسی بھی پریشانی کے بارے میں بات کریں۔
service-legal-desk = قانونی مدد
service-legal-desk-description = رہائشی پرمٹ، جرمانوں، کام اور حقوق کے بارے میں مفت مشورہ۔
service-job-orientation = نوکری میں مدد
service-job-orientation-description = کام یا کورس ڈھونڈیں، سی وی لکھیں، انٹرویو کی تیاری کریں۔
service-harm-reduction-kit = زیادہ محفوظ استعمال کی کٹ
service-harm-reduction-kit-description = صاف سرنجیں، فوائل، کنڈوم۔ نالوکسون، اوور ڈوز کے لیے۔ کوئی سوال نہیں پوچھا جائے گا۔
service-phone-charging = فون چارجنگ
service-phone-charging-description = اپنا فون ایک گھنٹے کے لیے تالے والے ڈبے میں چارج پر چھوڑ دیں۔
service-luggage-storage = سامان رکھنا
service-luggage-storage-description = دن بھر کے لیے اپنا بیگ ایک محفوظ جگہ پر چھوڑ دیں۔
service-hiv-hcv-testing = ایچ آئی وی اور ہیپاٹائٹس ٹیسٹ
service-hiv-hcv-testing-description = جلدی اور مفت ٹیسٹ۔ نتیجہ 20 منٹ میں، راز میں۔

desk-showers = شاور روم
desk-laundry = لانڈری روم
desk-canteen = کینٹین
desk-clinic = کلینک
desk-office-1 = دفتر 1
desk-office-2 = دفتر 2
desk-reception = استقبالیہ
