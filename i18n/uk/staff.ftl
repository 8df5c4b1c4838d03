# Облікові записи персоналу та журнал дій персоналу, з командного рядка.

cli-cmd-staff-user = Керування обліковими записами персоналу (додати, переглянути, вимкнути, розблокувати)
cli-cmd-add = Додати обліковий запис; PIN-код читається зі стандартного входу, один рядок
cli-cmd-list = Список облікових записів персоналу, без PIN-кодів
cli-cmd-disable = Вимкнути обліковий запис: з ним більше не можна увійти
cli-cmd-reset-lock = Розблокувати обліковий запис, заблокований після надто багатьох неправильних PIN-кодів
cli-cmd-pin = Дати обліковому запису новий PIN-код (читається так само, як для add) і розблокувати його
cli-cmd-audit = Журнал дій персоналу за один день
cli-arg-name = Ім'я працівника
cli-arg-role = Роль: staff або admin
cli-arg-date = День, YYYY-MM-DD

staff-added-staff = Обліковий запис «{ $name }» додано, роль: працівник
staff-added-admin = Обліковий запис «{ $name }» додано, роль: адміністратор
staff-disabled = Обліковий запис «{ $name }» вимкнено: з ним більше не можна увійти
staff-lock-reset = Обліковий запис «{ $name }» розблоковано: з ним знову можна увійти
staff-pin-changed = { $name } має новий PIN-код і може з ним увійти
staff-pin-prompt = Новий PIN-код (лише цифри, не показується):
staff-pin-weak-one-digit = PIN-код складається з однієї й тієї самої цифри: виберіть такий, який важко вгадати
staff-pin-weak-run = Цифри PIN-коду йдуть підряд за зростанням або спаданням (наприклад, 123456): виберіть такий, який важко вгадати
staff-pin-weak-date = PIN-код схожий на дату або рік: виберіть такий, який важко вгадати
staff-pin-weak-common = PIN-код — один із тих, які люди вибирають найчастіше: виберіть такий, який важко вгадати
staff-pin-weak-repeated = PIN-код повторює коротку групу цифр (наприклад, 121212): виберіть такий, який важко вгадати
staff-list-empty = Облікових записів ще немає. Додайте перший так: sosta staff-user add ІМ'Я --role admin
staff-role-staff = працівник
staff-role-admin = адміністратор
staff-state-active = активний
staff-state-disabled = вимкнений
staff-lock-open = можна увійти
staff-lock-wait = треба чекати до { $time }
staff-lock-locked = заблокований: адміністратор має його розблокувати
staff-account-gone = Тим часом обліковий запис видалили
staff-unknown = Облікового запису «{ $name }» немає. Облікові записи: { $known }
staff-name-taken = Обліковий запис «{ $name }» уже існує. Виберіть інше ім'я
staff-name-empty = Ім'я порожнє
staff-name-too-long = Ім'я задовге: найбільша кількість символів — { $max }
staff-name-control = Ім'я містить керівні символи
staff-pin-missing = Немає PIN-коду. Запишіть його одним рядком у стандартний вхід, наприклад: echo 482957 | sosta staff-user add ІМ'Я --role staff
staff-pin-too-short = PIN-код закороткий: найменша кількість цифр — { $min }
staff-pin-too-long = PIN-код задовгий: найбільша кількість цифр — { $max }
staff-pin-not-digits = PIN-код може містити лише цифри від 0 до 9
staff-error-hash = Не вдалося захистити PIN-код: { $detail }
staff-error-input = Не вдається прочитати PIN-код зі стандартного входу: { $detail }
staff-error-output = Не вдається записати результат: { $detail }

audit-heading = Журнал за { $date }
audit-empty = За { $date } нічого не записано
audit-bad-date = «{ $value }» — це не дата. Запишіть як YYYY-MM-DD, наприклад 2026-11-25
audit-command-line = командний рядок
audit-action-serve = обслуговано
audit-action-no-show = неявка
audit-action-cancel = скасовано
audit-action-close-service = послугу закрито
audit-action-capacity = місткість змінено
audit-action-login = вхід
audit-action-login-failed = вхід відхилено
audit-action-logout = вихід
audit-action-reset-lock = обліковий запис розблоковано
audit-action-staff-added = обліковий запис додано
audit-action-staff-disabled = обліковий запис вимкнено
audit-action-call-next = номер викликано
audit-action-kiosk-closed = кіоск закрито
audit-action-pin-changed = PIN-код змінено
audit-detail-wrong-pin = неправильний PIN-код
audit-detail-wait = забагато спроб, очікування
audit-detail-locked = обліковий запис заблоковано
audit-detail-disabled = обліковий запис вимкнено

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = Це останній активний адміністратор: спочатку зробіть адміністратором інший обліковий запис
audit-action-service-added = послугу додано
audit-action-service-changed = послугу змінено
audit-action-catalogue-imported = каталог імпортовано
audit-action-staff-enabled = обліковий запис увімкнено
audit-action-role-changed = роль змінено
audit-action-settings-changed = налаштування змінено
audit-action-help-called = кіоск викликав допомогу
audit-action-help-answered = виклик допомоги прийнято

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = «{ $value }» не може бути коротким ім'ям послуги. Використайте малі літери, цифри та -, щонайбільше 40 символів
invalid-capacity = Місць: { $value } — це забагато. Дозволено: від 0 до { $max }
invalid-per-visit = За один візит: { $value } — поза допустимими межами. Дозволено: від 1 до 100
invalid-minutes = Хвилин: { $value } — поза допустимими межами. Дозволено: від 1 до 1440
invalid-overlap = { $day }: години { $first } і { $second } перетинаються
invalid-slot-too-long = { $day }: години { $range } коротші за один інтервал ({ $minutes } хв)
