# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = سینٹر کی سروسز کسی دوسرے پروگرام کے لیے لکھیں: شہر کی سروسز کی ڈائریکٹری کے لیے hsds
cli-cmd-hsds = فعال سروسز، ان کے اوقات، بند دن اور زبانیں Open Referral HSDS 3.0 کی JSON فائلوں کی صورت میں لکھیں
cli-arg-out-dir = وہ فولڈر جس میں فائلیں لکھنی ہیں (نہ ہو تو بنا دیا جاتا ہے)
export-hsds-written = { $count ->
    [one] { $path } کی HSDS فائلوں میں { $count } سروس درج کی گئی
   *[other] { $path } کی HSDS فائلوں میں { $count } سروسز درج کی گئیں
}
export-hsds-cannot-write = فولڈر { $path } میں لکھا نہیں جا سکتا ({ $detail })۔ --out سے کوئی دوسرا فولڈر چنیں
export-hsds-failed = HSDS فائلیں تیار نہیں ہو سکیں ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: مشکل میں پھنسے لوگوں کے لیے دن کا سینٹر۔ سروسز داخلی دروازے پر لگے کیوسک سے بک ہوتی ہیں، نام بتانے کی ضرورت نہیں
hsds-apply-slots = داخلی دروازے پر لگے کیوسک سے وقت بک کریں، نام بتانے کی ضرورت نہیں، اور چھپی ہوئی پرچی کاؤنٹر پر لائیں
hsds-apply-queue = داخلی دروازے پر لگے کیوسک سے نمبر لیں، نام بتانے کی ضرورت نہیں، اور اپنی باری کا انتظار کریں
hsds-closed = اس دن بند
hsds-special-hours = اس دن خاص اوقات
hsds-language-name = { $code ->
    [it] اطالوی
    [ro] رومانیائی
    [pa] پنجابی
    [ar] عربی
    [sq] البانوی
    [en] انگریزی
    [fr] فرانسیسی
    [ur] اردو
    [uk] یوکرینی
    [es] ہسپانوی
   *[other] { $code }
}
