# The service catalogue: names and short descriptions by slug, and desk names.
# قائمة الخدمات: الأسماء والأوصاف القصيرة حسب slug، وأسماء الشبابيك.

service-shower = الاستحمام
service-shower-description = استحمام بماء ساخن، مع منشفة وصابون وشامبو. 20 دقيقة.
service-laundry = غسيل الملابس
service-laundry-description = اغسل ملابسك وجفّفها. ساعة واحدة، ومسحوق الغسيل موجود.
service-meal = وجبة الغداء
service-meal-description = غداء ساخن. خذ رقمًا وانتظر حتى ننادي رقمك.
service-nurse = التمريض
service-nurse-description = جروح صغيرة، ضغط الدم، أدوية، نصائح. مجانًا وبسرّية.
service-social-worker = الأخصائي الاجتماعي
service-social-worker-description = تكلّم عن السكن أو الأوراق أو المال أو أي شيء يقلقك.
service-legal-desk = مساعدة قانونية
service-legal-desk-description = نصائح مجانية عن تصريح الإقامة والغرامات والعمل والحقوق.
service-job-orientation = البحث عن عمل
service-job-orientation-description = ابحث عن عمل أو تدريب، اكتب سيرتك الذاتية، واستعد لمقابلة عمل.
service-harm-reduction-kit = أدوات للاستعمال الأكثر أمانًا
service-harm-reduction-kit-description = حقن نظيفة، ورق ألومنيوم، واقيات ذكرية. نالوكسون، لحالات الجرعة الزائدة. بدون أسئلة.
service-phone-charging = شحن الهاتف
service-phone-charging-description = اترك هاتفك يُشحن لمدة ساعة في صندوق مقفل.
service-luggage-storage = حفظ الأمتعة
service-luggage-storage-description = اترك حقيبة في مكان آمن طوال اليوم.
service-hiv-hcv-testing = فحص نقص المناعة (HIV) والتهاب الكبد
service-hiv-hcv-testing-description = فحص سريع ومجاني. النتيجة خلال 20 دقيقة، بسرّية.

desk-showers = غرف الاستحمام
desk-laundry = غرفة الغسيل
desk-canteen = قاعة الطعام
desk-clinic = العيادة
desk-office-1 = المكتب 1
desk-office-2 = المكتب 2
desk-reception = الاستقبال
