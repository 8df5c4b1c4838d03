# PDF-звіт для фінансувальників (міста й регіону): стовпчикові діаграми, що друкуються
# чорно-білими. Прості слова: його читають люди, які не знають Sosta.

report-title = { $site } — звіт про діяльність
report-period = Період: { $from } – { $to }
report-note = Числа від 1 до { $last } показано як { $small }; { $withheld } позначає приховане число, щоб не можна було вирахувати мале.
report-page = Сторінка { $page } з { $pages }
report-total = Разом: { $total }
report-withheld-table = Приховано: усі числа тут замалі, щоб їх показати
report-nothing = Жодного за цей період
report-table-visits-by-day = Відвідування за днями
report-table-visits-by-weekday = Відвідування за днями тижня
report-table-visits-by-hour = Відвідування за годинами
report-table-languages = Відвідування за мовами
report-table-bookings = Бронювання за послугами
report-table-outcomes = { $service }: чим закінчилися бронювання
report-table-items = Видані речі
report-waits = Очікування в черзі (хвилини)
report-waits-service = Послуга
report-waits-count = Очікувань
report-waits-median = Медіана
report-waits-p90 = 9 з 10 не довше
error-report-pdf-needs-out = PDF-звіт записується у файл: додайте --out ФАЙЛ.pdf
error-report-pdf = Не вдалося намалювати PDF-звіт: { $detail }
