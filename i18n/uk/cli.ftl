# The command line: help texts, results and errors for coordinators and scripts.
# Командний рядок: довідка, результати та помилки для координаторів і скриптів.

cli-about = Sosta: кіоск самообслуговування денного центру
cli-cmd-kiosk = Кіоск для відвідувачів (за замовчуванням)
cli-cmd-services = Послуги на сьогодні та місця, які ще вільні
cli-cmd-book = Забронювати послугу так, як це робить кіоск, для нового анонімного візиту
cli-cmd-scan = Результат перевірки відсканованого талона або введеного короткого коду
cli-cmd-cancel = Скасувати одне бронювання на талоні; місце знову стає вільним
cli-cmd-staff = Місце працівника біля стійки: сканувати талони, обслуговувати, дошка на сьогодні
cli-cmd-display = Екран у залі очікування: номери, які викликають віконця, і поточні інтервали; кожен виклик супроводжують сигнал і голос
cli-cmd-help = Показати це повідомлення або довідку команди
cli-cmd-catalogue = Каталог послуг: експортувати його у файл або імпортувати файл
cli-cmd-catalogue-export = Записати активні послуги, їхні години роботи та особливі дні у файл TOML
cli-cmd-report = Звіт для фінансувальників за місяць або за період: анонімні підрахунки, малі числа приховано
cli-arg-data-dir = Тека даних (інакше SOSTA_DATA_DIR, інакше системна тека даних)
cli-arg-now = Годинник у форматі RFC 3339 (для демонстрацій і тестів)
cli-arg-lang = Мова повідомлень (it, en, …)
cli-arg-json = Вивести JSON (описано в README)
cli-arg-fullscreen = Заблокувати кіоск у повноекранному режимі
cli-arg-windowed = Відкрити у вікні, а не на весь екран
cli-arg-service = Коротка назва послуги (slug), наприклад shower
cli-arg-slot = Час початку інтервалу, HH:MM (інакше перший вільний інтервал)
cli-arg-quantity = Кількість предметів (для послуг, які видають речі)
cli-arg-payload = Текст QR-коду або короткий код
cli-arg-desk = Послуга цього віконця
cli-arg-serve = Позначити дійсне бронювання як обслуговане
cli-arg-code = Короткий код талона або текст його QR-коду
cli-arg-help = Показати довідку
cli-arg-version = Показати версію

error-bad-lang = Немає перекладів для «{ $value }». Мови: { $known }
error-bad-now = «{ $value }» — це не дата й час. Запишіть у форматі RFC 3339, наприклад 2026-11-25T10:30:00+01:00
error-bad-slot = «{ $value }» — це не час. Запишіть як HH:MM, наприклад 10:30
error-unknown-service = Послуги «{ $slug }» не існує. Послуги: { $known }
error-store-unreachable = Не вдається відкрити базу даних. Перевірте, чи є тека даних і чи належить вона користувачеві Sosta
error-store-busy = Базою даних зараз користується інша програма. Спробуйте ще раз за хвилину
error-store-read-only = Не вдається записати в базу даних. Перевірте права доступу до теки даних
error-store-full = Диск заповнений: більше нічого не можна зберегти. Звільніть трохи місця
error-store-damaged = Базу даних пошкоджено. Відновіть її з резервної копії
error-store-newer = Базу даних створила новіша версія Sosta. Встановіть ту версію знову
error-store-other = Не вдалося використати базу даних. Причину записано в журналі програми
error-store-network = Тека даних лежить на мережевому диску, де файлом бази даних не можна безпечно користуватися спільно. Тримайте теку даних на власному диску цього комп'ютера або спільно використовуйте дані через сервер PostgreSQL (README, розділ «Several computers»)
error-server-unreachable = Не вдається з'єднатися з сервером бази даних { $server }. Перевірте, чи він працює і чи цей комп'ютер підключений до мережі
error-server-login = Сервер бази даних { $server } відхилив користувача або пароль Sosta. Перевірте [database] url у sosta.toml
error-server-no-database = На сервері бази даних { $server } немає бази даних з назвою { $database }. Створіть її, як описано в README (розділ «Several computers»)
error-server-not-sosta = База даних { $database } на { $server } містить таблиці іншої програми. Виділіть для Sosta окрему порожню базу даних
error-server-tls = Сервер бази даних { $server } не приймає зашифрованого з'єднання, якого вимагає [database] url (sslmode). Перевірте сертифікат сервера або URL
error-payload = Не вдалося створити код талона: перевірте дату й час на комп'ютері
error-key-generation = Не вдалося створити новий ключ талонів: випадкові числа системи недоступні
key-problem-line = Файл ключа талонів, рядок { $line }: потрібні ідентифікатор ключа і секрет, розділені пробілом.
key-problem-id = Файл ключа талонів, рядок { $line }: ідентифікатор ключа — не число від 0 до 255.
key-problem-length = Файл ключа талонів, рядок { $line }: секрет має містити 64 символи, а містить { $length }.
key-problem-hex = Файл ключа талонів, рядок { $line }: секрет не записано шістнадцятковими цифрами в нижньому регістрі.
key-problem-duplicate = Файл ключа талонів, рядок { $line }: ідентифікатор { $id } уже використано в рядку { $first }.
key-problem-empty = У файлі ключа талонів немає жодного ключа.
error-data-dir = Не вдається використати теку даних { $path }: { $detail }
error-no-data-dir = Немає теки даних. Вкажіть її через --data-dir або SOSTA_DATA_DIR
error-key-file = Файл ключа талонів { $path } пошкоджено. Відновіть його з резервної копії: без нього талони, надруковані з цим ключем, неможливо перевірити

settings-error-line = { $file }, рядок { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = не вдається прочитати ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = «{ $value }» — це не ідентифікатор закладу. Використайте малі літери, цифри та -, щонайбільше 32 символи
settings-problem-database-url = [database] url — це не адреса PostgreSQL ({ $detail }). Запишіть як postgresql://user:password@server/database
settings-problem-time-zone = «{ $value }» — це не часовий пояс. Використайте назву на зразок Europe/Rome
settings-problem-language = немає перекладів для «{ $value }». Мови: { $allowed }
settings-problem-range = { $key } = { $value } поза допустимими межами. Дозволено: від { $min } до { $max }
settings-problem-time-range = «{ $value }» — це не години роботи. Запишіть як HH:MM-HH:MM, початок раніше за кінець
settings-problem-mode = «{ $value }» — це не режим бронювання. Дозволено: slots, queue
settings-problem-date = «{ $value }» — це не дата. Запишіть як YYYY-MM-DD
settings-problem-weekday = «{ $value }» — це не день. Дозволено: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = послуга «{ $value }» трапляється двічі

services-heading = Послуги на { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Сьогодні зачинено
services-slots-over = { $count ->
    [one] Уже минув { $count } інтервал
    [few] Уже минули { $count } інтервали
    [many] Уже минуло { $count } інтервалів
   *[other] Уже минуло { $count } інтервалу
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } вільне місце
    [few] { $free } вільні місця
    [many] { $free } вільних місць
   *[other] { $free } вільного місця
}
services-slot-full = { $start }–{ $end }  місць немає
services-slot-too-soon = { $start }–{ $end }  починається зараз
services-queue = Черга { $start }–{ $end }: чекають { $waiting }, приблизно { $minutes } хв, залишилося { $left }
services-queue-over = На сьогодні зачинено

booked-heading = Заброньовано.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: номер { $number }, { $desk }
booked-code = Короткий код: { $code }
booked-payload = QR-код: { $payload }

when-today = сьогодні о { $time }
when-day = { $date } о { $time }

refusal-closed = Послуга «{ $service }» зараз не працює. Вона відкривається { $when }
refusal-closed-long = Послуга «{ $service }» не працює і не відкривається найближчі два тижні
refusal-full = Інтервал о { $time } для послуги «{ $service }» заповнений. { $next ->
    [none] Сьогодні інших вільних інтервалів немає
   *[other] Наступний вільний інтервал о { $next }
}
refusal-full-today = Послуга «{ $service }» на сьогодні заповнена
refusal-no-such-slot = Сьогодні в послуги «{ $service }» немає інтервалу о { $time }. { $next ->
    [none] Сьогодні інших вільних інтервалів немає
   *[other] Наступний вільний інтервал о { $next }
}
refusal-slot-gone = Інтервал о { $time } для послуги «{ $service }» уже почався або починається надто скоро. { $next ->
    [none] Сьогодні інших вільних інтервалів немає
   *[other] Наступний вільний інтервал о { $next }
}
refusal-already-booked = Цей візит уже має бронювання на послугу «{ $service }»
refusal-overlap = «{ $service }» у цей час перетинається з бронюванням на «{ $other }»
refusal-too-many = За один візит можна забронювати щонайбільше { $limit ->
    [one] { $limit } послугу
    [few] { $limit } послуги
    [many] { $limit } послуг
   *[other] { $limit } послуги
}
refusal-again = Послугу «{ $service }» щойно забронювали з цього кіоску: ще одне місце можна отримати лише через працівників
refusal-quantity = Для послуги «{ $service }» за один візит можна взяти від 1 до { $limit }

verdict-valid = ДІЙСНИЙ: обслужіть цю людину
verdict-served = ОБСЛУГОВАНО: щойно позначено як обслуговане
verdict-already-served = ВЖЕ ОБСЛУГОВАНО: цей талон уже використано
verdict-too-early = ЗАРАНО: інтервал ще не почався
verdict-too-late = ЗАПІЗНО: інтервал уже закінчився (неявка)
verdict-not-today = НЕ СЬОГОДНІ: цей талон з іншого дня
verdict-cancelled = СКАСОВАНО: це бронювання скасовано
verdict-other-service = ІНША ПОСЛУГА: немає бронювання для цього віконця
verdict-forged = НЕСПРАВЖНІЙ: цей талон зроблено не тут
verdict-malformed = ЦЕ НЕ ТАЛОН: відскануйте ще раз або введіть код
verdict-unknown = НЕВІДОМИЙ: талона з таким кодом тут немає
verdict-genuine-offline = СПРАВЖНІЙ, НА СЬОГОДНІ: немає зв'язку з базою даних, тому неможливо перевірити, чи його вже використано

status-booked = заброньовано
status-served = обслуговано
status-no-show = неявка
status-cancelled = скасовано

cancelled = Скасовано: { $service }. Місце знову вільне
cancel-nothing = На талоні { $code } немає бронювання на послугу «{ $service }»
cancel-not-booked = Бронювання на послугу «{ $service }» не можна скасувати. Стан: { $status }

cli-cmd-slip = Зробити талон знову за його коротким кодом: надрукувати або записати у файл через --out
cli-cmd-screenshot = Намалювати екран кіоску у файл PNG, без дисплея, на демонстраційних даних
cli-arg-slip-out = Записати талон у цей файл PDF замість друку
cli-arg-out = Файл, у який записати
cli-arg-screen = Екран, який намалювати (див. --list)
cli-arg-size = Розмір зображення в пікселях, ШИРИНАxВИСОТА
cli-arg-list = Показати список екранів
cli-arg-file = Файл, у який записати
cli-arg-month = Місяць звіту, YYYY-MM
cli-arg-from = Перший день звіту, YYYY-MM-DD
cli-arg-to = Останній день звіту, YYYY-MM-DD
cli-arg-format = csv (таблиця для табличного редактора), json або pdf (діаграми для друку, з --out)
catalogue-exported = { $count ->
    [one] Записано { $count } послугу в { $path }
    [few] Записано { $count } послуги в { $path }
    [many] Записано { $count } послуг у { $path }
   *[other] Записано { $count } послуги в { $path }
}
cli-cmd-keys = Ключі, якими підписуються талони: створити новий
cli-cmd-rotate = Підписувати нові талони новим ключем; талони, підписані раніше, залишаються дійсними
keys-rotated = Нові талони підписуються ключем { $id }. Талони, підписані раніше, залишаються дійсними
cli-cmd-db = База даних закладу: зробити її резервну копію, відновити її з резервної копії або перенести її на сервер PostgreSQL
cli-cmd-doctor = Перевіряє те, з чим волонтер інакше звертався б по допомогу, і каже, що робити
cli-cmd-copy = Скопіювати всі рядки цього закладу в порожню базу даних PostgreSQL і ще раз перелічити їх з обох боків
cli-arg-site = Інший заклад у тій самій базі даних, за його ідентифікатором ([site] id)
cli-arg-target = База даних PostgreSQL, у яку копіювати, postgresql://user:password@server/database
db-copied = Скопійовано на { $server }: рядків — { $rows }, таблиць — { $tables }; їх ще раз перелічено з обох боків. Тепер вкажіть [database] url у sosta.toml на кожному комп'ютері
db-copy-from-server = Дані цього закладу вже на { $server }. Копіюйте з комп'ютера, у теці даних якого є файл SQLite
db-copy-bad-url = --to — це не адреса PostgreSQL ({ $detail }). Запишіть як postgresql://user:password@server/database
db-copy-not-empty = База даних на { $server } уже містить дані Sosta (таблиця { $table }). Копіюйте тільки в порожню базу даних: нічого не змінено
db-copy-mismatch = Копія на { $server } не збіглася ({ $table }: рядків тут — { $here }, там — { $there }), тому нічого не збережено. Спробуйте ще раз; якщо це повториться, і далі користуйтеся файлом цього комп'ютера
error-bad-month = «{ $value }» — це не місяць. Запишіть як YYYY-MM, наприклад 2026-11
error-bad-date = «{ $value }» — це не дата. Запишіть як YYYY-MM-DD, наприклад 2026-11-25
error-bad-period = Період з { $from } по { $to } неможливий: перший день не може бути пізніше за останній, а між ними може бути щонайбільше два роки
error-report-period = Вкажіть період: --month YYYY-MM або --from YYYY-MM-DD разом із --to YYYY-MM-DD

booked-slip = Талон: { $path }
error-print = Бронювання збережено (код { $code }). Надрукуйте талон знову командою: sosta slip { $code }
print-problem-draw = Не вдалося намалювати талон.
print-problem-spool = Не вдалося зберегти талон у теці черги друку (spool).
print-problem-no-cups = Систему друку (CUPS) не встановлено.
print-problem-missing = Принтера { $printer } немає.
print-problem-disabled = Принтер { $printer } вимкнено або призупинено.
print-problem-refused = Принтер { $printer } не прийняв талон.
print-problem-denied = Sosta не має дозволу писати на принтер { $printer }: додайте його користувача до групи lp.
print-problem-timeout = Принтер { $printer } не відповідає. Перевірте, чи він увімкнений і підключений.
print-problem-write = Не вдалося надіслати талон на принтер { $printer }.
error-unknown-slip = Немає талона з кодом { $code }
error-display = Не вдається відкрити вікно кіоску: { $detail }
error-bad-size = «{ $value }» — це не розмір зображення. Запишіть як ШИРИНАxВИСОТА, наприклад 1920x1080
error-unknown-screen = Екрана «{ $value }» немає. Екрани: { $known }
error-screenshot = Не вдалося намалювати екран: { $detail }
settings-problem-choice = { $key } = «{ $value }» не дозволено. Дозволено: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Прочитати файл каталогу: перевірити його повністю, показати відмінності й замінити каталог — усе або нічого
cli-arg-source = Файл каталогу, який треба прочитати
cli-arg-dry-run = Показати, що зміниться, нічого не змінюючи
cli-arg-confirm = Імпортувати, навіть якщо деякі бронювання опиняться поза новими годинами роботи
catalogue-unchanged = Файл збігається з чинним каталогом: змінювати нічого
catalogue-diff-added = + { $slug }: нова послуга
catalogue-diff-withdrawn = - { $slug }: більше не надається (її бронювання залишаються)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } бронювання опиниться поза новими годинами роботи:
    [few] { $count } бронювання опиняться поза новими годинами роботи:
    [many] { $count } бронювань опиняться поза новими годинами роботи:
   *[other] { $count } бронювання опиняться поза новими годинами роботи:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Пробний запуск: нічого не змінено
catalogue-imported = Імпортовано { $path }: додано — { $added }, змінено — { $changed }, більше не надається — { $withdrawn }
catalogue-confirm-needed = Нічого не імпортовано. Повідомте відвідувачів, які мають ці бронювання, або запустіть ще раз із --confirm: бронювання залишаться, і працівники бачитимуть їх у своєму огляді
settings-problem-invalid = послуга «{ $service }»: { $problem }
settings-problem-unprintable = «{ $value }» не можна надрукувати на талоні: приберіть це значення
settings-problem-printer-address = [printer] escpos = «{ $value }» — це не принтер чеків. Вкажіть пристрій, як-от /dev/usb/lp0, або адресу, як-от tcp://192.168.1.50:9100
settings-problem-both-printers = у [printer] задано і escpos, і destination: талон іде лише на один принтер. Залиште щось одне
catalogue-italian-name-needed = Послуга «{ $slug }» не має італійської назви, яку показує кожна мова без власної назви: додайте її в [service.name] як it = "…"
cli-cmd-backup = Скопіювати базу даних у новий файл, поки кіоски працюють, і перевірити копію
db-backup-done = Резервну копію записано в { $path } і перевірено: { $visits ->
    [one] { $visits } візит
    [few] { $visits } візити
    [many] { $visits } візитів
   *[other] { $visits } візиту
}, { $bookings ->
    [one] { $bookings } бронювання
    [few] { $bookings } бронювання
    [many] { $bookings } бронювань
   *[other] { $bookings } бронювання
}, { $kib } КіБ. Зберігайте її там, де її може прочитати тільки користувач Sosta
db-backup-no-folder = Немає теки { $folder }, у яку можна записати резервну копію
db-backup-on-server = База даних розміщена на сервері PostgreSQL: робіть резервну копію там, за допомогою pg_dump, адже там зберігаються дані всіх комп'ютерів
db-backup-exists = { $path } уже існує: резервна копія ніколи не перезаписує файл. Виберіть нову назву
db-backup-failed = Не вдалося записати резервну копію в { $path }: { $detail }
db-backup-folder = Теку { $folder } не можна використати для резервних копій: { $detail }
db-backup-removed = З { $folder } видалено резервні копії, старші за { $days } дн.: { $count }
cli-arg-dir = Тека для нічних резервних копій, кожна з назвою закладу й часом; старші за [backup] keep_days видаляються
cli-cmd-restore = Поставити резервну копію на місце бази даних: спершу файл перевіряється, а попередня база даних зберігається
cli-arg-backup = Файл резервної копії для відновлення, записаний командою sosta db backup
db-restore-done = Відновлено з { $path }: { $visits ->
    [one] { $visits } візит
    [few] { $visits } візити
    [many] { $visits } візитів
   *[other] { $visits } візиту
}, { $bookings ->
    [one] { $bookings } бронювання
    [few] { $bookings } бронювання
    [many] { $bookings } бронювань
   *[other] { $bookings } бронювання
}. Запустіть кіоски й місця працівників знову
db-restore-kept = Попередню базу даних збережено як { $kept }
db-restore-on-server = База даних розміщена на сервері PostgreSQL: відновлюйте її там, за допомогою pg_restore, з копії, зробленої pg_dump
db-restore-unreadable = Не вдалося прочитати { $path }: { $detail }. Нічого не змінено
db-restore-not-sqlite = { $path } не є базою даних SQLite, тож це не резервна копія Sosta. Нічого не змінено
db-restore-damaged = { $path } пошкоджено ({ $detail }). Виберіть іншу резервну копію: нічого не змінено
db-restore-not-sosta = { $path } — база даних іншої програми, а не резервна копія Sosta. Нічого не змінено
db-restore-newer = { $path } створила новіша версія Sosta (схема { $found }; ця версія знає до { $known }). Відновіть її тією версією: нічого не змінено
db-restore-in-use = База даних { $path } використовується: кіоск або місце працівника записує в неї. Зупиніть кіоски й місця працівників, тоді спробуйте знову: нічого не змінено
db-restore-same-file = { $path } — це сама база даних закладу: виберіть резервну копію
db-restore-failed = Не вдалося відновити резервну копію ({ $path }: { $detail }). База даних така, як була
standby-not-full = { $service }: сьогодні ще є місця. Забронюйте місце.
standby-joined = У списку очікування: { $service }, номер { $number }. Код { $code }
cli-arg-standby = Записатися до списку очікування послуги, на яку сьогодні немає місць, замість бронювання
