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

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Вік (відповіді в кіоску)
report-table-gender = Стать (відповіді в кіоску)
report-table-housing = Де ночували попередньої ночі (відповіді в кіоску)
report-table-first-visit = Перший візит до центру (відповіді в кіоску)
report-key-age-band-under-25 = До 25 років
report-key-age-band-25-39 = Від 25 до 39 років
report-key-age-band-40-59 = Від 40 до 59 років
report-key-age-band-60-plus = 60 років і більше
report-key-age-band-declined = Воліли не відповідати
report-key-age-band-none = Без відповіді
report-key-gender-woman = Жінка
report-key-gender-man = Чоловік
report-key-gender-other = Інше
report-key-gender-declined = Воліли не відповідати
report-key-gender-none = Без відповіді
report-key-housing-home = Удома
report-key-housing-friends = У друзів або родичів
report-key-housing-shelter = У притулку
report-key-housing-outside = На вулиці
report-key-housing-declined = Воліли не відповідати
report-key-housing-none = Без відповіді
report-key-first-visit-yes = Уперше
report-key-first-visit-no = Не вперше
report-key-first-visit-none = Без відповіді
report-no-data = З { $from } до { $to } нічого не пораховано: жоден день цього періоду не має тут записаних відвідувань. Звіт не записано.
report-key-first-visit-declined = Воліли не відповідати
