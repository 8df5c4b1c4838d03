# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = ਸੈਂਟਰ ਦੀਆਂ ਸੇਵਾਵਾਂ ਕਿਸੇ ਹੋਰ ਪ੍ਰੋਗਰਾਮ ਲਈ ਲਿਖੋ: ਸ਼ਹਿਰ ਦੀ ਸੇਵਾਵਾਂ ਦੀ ਡਾਇਰੈਕਟਰੀ ਲਈ hsds
cli-cmd-hsds = ਚਾਲੂ ਸੇਵਾਵਾਂ, ਉਨ੍ਹਾਂ ਦੇ ਸਮੇਂ, ਬੰਦ ਦਿਨ ਅਤੇ ਭਾਸ਼ਾਵਾਂ Open Referral HSDS 3.0 ਦੀਆਂ JSON ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਲਿਖੋ
cli-arg-out-dir = ਉਹ ਫੋਲਡਰ ਜਿਸ ਵਿੱਚ ਫ਼ਾਈਲਾਂ ਲਿਖਣੀਆਂ ਹਨ (ਜੇ ਨਾ ਹੋਵੇ ਤਾਂ ਬਣਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ)
export-hsds-written = { $count ->
    [one] { $path } ਦੀਆਂ HSDS ਫ਼ਾਈਲਾਂ ਵਿੱਚ { $count } ਸੇਵਾ ਦਰਜ ਕੀਤੀ ਗਈ
   *[other] { $path } ਦੀਆਂ HSDS ਫ਼ਾਈਲਾਂ ਵਿੱਚ { $count } ਸੇਵਾਵਾਂ ਦਰਜ ਕੀਤੀਆਂ ਗਈਆਂ
}
export-hsds-cannot-write = ਫੋਲਡਰ { $path } ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $detail })। --out ਨਾਲ ਕੋਈ ਹੋਰ ਫੋਲਡਰ ਚੁਣੋ
export-hsds-failed = HSDS ਫ਼ਾਈਲਾਂ ਬਣਾਈਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: ਮੁਸ਼ਕਲ ਵਿੱਚ ਫਸੇ ਲੋਕਾਂ ਲਈ ਦਿਨ ਵੇਲੇ ਦਾ ਸਹਾਇਤਾ ਕੇਂਦਰ। ਸੇਵਾਵਾਂ ਦਰਵਾਜ਼ੇ ਕੋਲ ਲੱਗੇ ਕਿਓਸਕ 'ਤੇ ਬੁੱਕ ਹੁੰਦੀਆਂ ਹਨ, ਨਾਮ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ
hsds-apply-slots = ਦਰਵਾਜ਼ੇ ਕੋਲ ਲੱਗੇ ਕਿਓਸਕ 'ਤੇ ਸਮਾਂ ਬੁੱਕ ਕਰੋ, ਨਾਮ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ, ਅਤੇ ਛਪੀ ਹੋਈ ਪਰਚੀ ਕਾਊਂਟਰ 'ਤੇ ਲਿਆਓ
hsds-apply-queue = ਦਰਵਾਜ਼ੇ ਕੋਲ ਲੱਗੇ ਕਿਓਸਕ ਤੋਂ ਨੰਬਰ ਲਓ, ਨਾਮ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ, ਅਤੇ ਆਪਣੀ ਵਾਰੀ ਦੀ ਉਡੀਕ ਕਰੋ
hsds-closed = ਇਸ ਦਿਨ ਬੰਦ
hsds-special-hours = ਇਸ ਦਿਨ ਖ਼ਾਸ ਸਮਾਂ
hsds-language-name = { $code ->
    [it] ਇਤਾਲਵੀ
    [ro] ਰੋਮਾਨੀਆਈ
    [pa] ਪੰਜਾਬੀ
    [ar] ਅਰਬੀ
    [sq] ਅਲਬਾਨੀਆਈ
    [en] ਅੰਗਰੇਜ਼ੀ
    [fr] ਫ਼ਰਾਂਸੀਸੀ
    [ur] ਉਰਦੂ
    [uk] ਯੂਕਰੇਨੀ
    [es] ਸਪੇਨੀ
   *[other] { $code }
}
