# The service catalogue: names and short descriptions by slug, and desk names.
# ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ: slug ਅਨੁਸਾਰ ਨਾਮ ਅਤੇ ਛੋਟੇ ਵੇਰਵੇ, ਅਤੇ ਕਾਊਂਟਰਾਂ ਦੇ ਨਾਮ।

service-shower = ਨਹਾਉਣਾ
service-shower-description = ਗਰਮ ਪਾਣੀ ਨਾਲ ਨਹਾਓ, ਤੌਲੀਆ, ਸਾਬਣ ਅਤੇ ਸ਼ੈਂਪੂ ਨਾਲ। 20 ਮਿੰਟ।
service-laundry = ਕੱਪੜੇ ਧੋਣਾ
service-laundry-description = ਆਪਣੇ ਕੱਪੜੇ ਧੋਵੋ ਅਤੇ ਸੁਕਾਓ। ਇੱਕ ਘੰਟਾ, ਸਾਬਣ ਵੀ ਮਿਲੇਗਾ।
service-meal = ਖਾਣਾ
service-meal-description = ਦੁਪਹਿਰ ਦਾ ਗਰਮ ਖਾਣਾ। ਨੰਬਰ ਲਓ ਅਤੇ ਆਪਣੀ ਵਾਰੀ ਦੀ ਉਡੀਕ ਕਰੋ।
service-nurse = ਨਰਸ
service-nurse-description = ਛੋਟੇ ਜ਼ਖ਼ਮ, ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ, ਦਵਾਈਆਂ, ਸਲਾਹ। ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ।
service-social-worker = ਸੋਸ਼ਲ ਵਰਕਰ
service-social-worker-description = ਘਰ, ਕਾਗ਼ਜ਼ਾਂ, ਆਮਦਨ ਜਾਂ ਕਿਸੇ ਵੀ ਫ਼ਿਕਰ ਬਾਰੇ ਗੱਲ ਕਰੋ।
service-legal-desk = ਕਾਨੂੰਨੀ ਮਦਦ
service-legal-desk-description = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ, ਜੁਰਮਾਨਿਆਂ, ਕੰਮ ਅਤੇ ਹੱਕਾਂ ਬਾਰੇ ਮੁਫ਼ਤ ਸਲਾਹ।
service-job-orientation = ਕੰਮ ਦੀ ਭਾਲ
service-job-orientation-description = ਕੰਮ ਜਾਂ ਕੋਰਸ ਲੱਭੋ, CV ਲਿਖੋ, ਇੰਟਰਵਿਊ ਦੀ ਤਿਆਰੀ ਕਰੋ।
service-harm-reduction-kit = ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਵਰਤੋਂ ਲਈ ਕਿੱਟ
service-harm-reduction-kit-description = ਸਾਫ਼ ਸਰਿੰਜਾਂ, ਫ਼ੌਇਲ, ਕੰਡੋਮ। ਨਾਲੋਕਸੋਨ, ਓਵਰਡੋਜ਼ ਲਈ। ਕੋਈ ਸਵਾਲ ਨਹੀਂ ਪੁੱਛਿਆ ਜਾਵੇਗਾ।
service-phone-charging = ਫ਼ੋਨ ਚਾਰਜਿੰਗ
service-phone-charging-description = ਆਪਣਾ ਫ਼ੋਨ ਇੱਕ ਘੰਟੇ ਲਈ ਜਿੰਦਰੇ ਵਾਲੇ ਡੱਬੇ ਵਿੱਚ ਚਾਰਜ 'ਤੇ ਛੱਡੋ।
service-luggage-storage = ਸਮਾਨ ਰੱਖਣਾ
service-luggage-storage-description = ਪੂਰੇ ਦਿਨ ਲਈ ਆਪਣਾ ਬੈਗ ਸੁਰੱਖਿਅਤ ਥਾਂ 'ਤੇ ਛੱਡੋ।
service-hiv-hcv-testing = ਐੱਚਆਈਵੀ ਅਤੇ ਹੈਪੇਟਾਈਟਸ ਟੈਸਟ
service-hiv-hcv-testing-description = ਜਲਦੀ ਅਤੇ ਮੁਫ਼ਤ ਟੈਸਟ। ਨਤੀਜਾ 20 ਮਿੰਟਾਂ ਵਿੱਚ, ਗੁਪਤ ਤੌਰ 'ਤੇ।

desk-showers = ਨਹਾਉਣ ਵਾਲੇ ਕਮਰੇ
desk-laundry = ਲਾਂਡਰੀ
desk-canteen = ਕੰਟੀਨ
desk-clinic = ਕਲੀਨਿਕ
desk-office-1 = ਦਫ਼ਤਰ 1
desk-office-2 = ਦਫ਼ਤਰ 2
desk-reception = ਰਿਸੈਪਸ਼ਨ
