# sosta doctor: кожна перевірка каже, що знайшла, а для проблеми — що робити.

doctor-status-ok = гаразд
doctor-status-warn = попередження
doctor-status-problem = ПРОБЛЕМА
doctor-fine = Ніщо не заважає роботі кіоску. Попереджень: { $warnings }
doctor-problems = Проблем: { $problems }. Попереджень: { $warnings }. Зробіть те, що сказано для кожної проблеми, і знову запустіть sosta doctor

doctor-folder-ok = Тека даних { $path } є, і читати її може лише користувач Sosta
doctor-folder-missing = Теки даних { $path } немає
doctor-folder-missing-todo = Запустіть Sosta один раз (sosta kiosk), щоб її створити, або перевірте --data-dir і SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } — це файл, а не тека
doctor-folder-not-folder-todo = Виберіть правильну теку даних через --data-dir або SOSTA_DATA_DIR
doctor-folder-open = Інші користувачі цього комп'ютера можуть читати: { $paths }
doctor-folder-open-todo = Виконайте: chmod -R go-rwx { $path }

doctor-settings-ok = Файл налаштувань правильний
doctor-settings-default = Файлу налаштувань ще немає: перший запуск запише його зі стандартними значеннями
doctor-settings-bad-todo = Виправте цей рядок у sosta.toml: Sosta не запуститься, доки він не буде правильним

doctor-database-ok = База даних { $place } ціла (версія схеми { $version })
doctor-database-none = У { $path } ще немає бази даних
doctor-database-none-todo = Запустіть Sosta один раз, щоб її створити. Якщо заклад мав тут бронювання, натомість поверніть останню резервну копію (див. Backups у README)
doctor-database-unreadable = Базу даних { $place } неможливо прочитати: { $detail }
doctor-database-damaged = База даних { $place } не пройшла перевірку цілісності: { $detail }
doctor-database-restore-todo = Не видаляйте її. Зупиніть кіоски й робочі місця, збережіть копію файлу і поверніть останню резервну копію (див. Backups у README)
doctor-database-older = База даних { $place } має версію схеми { $version }: наступний запуск оновить її до { $known }
doctor-database-newer = База даних { $place } має версію схеми { $version }, новішу, ніж знає ця програма ({ $known })
doctor-database-newer-todo = Встановіть ту саму версію Sosta, що й на інших комп'ютерах, які користуються цією базою даних
doctor-server-unreachable = Сервер бази даних { $place } недоступний: { $detail }
doctor-server-unreachable-todo = Перевірте мережу і чи увімкнено сервер; його адреса — [database] url у sosta.toml (або SOSTA_DATABASE_URL)

doctor-key-ok = Файл ключа талонів { $path } є, і читати його може лише користувач Sosta
doctor-key-server = Ключі талонів зберігаються в базі даних закладу
doctor-key-missing = Немає файлу ключа талонів { $path }
doctor-key-damaged = Файл ключа талонів { $path } неможливо прочитати: { $detail }
doctor-key-restore-todo = Поверніть файл slip-keys із резервної копії до наступного запуску: без нього вже надруковані талони неможливо перевірити
doctor-key-open = Інші користувачі можуть читати файл ключа талонів { $path } (права { $mode })
doctor-key-open-todo = Виконайте: chmod 600 { $path }. Якщо хтось міг його скопіювати, виконайте також: sosta keys rotate

doctor-printer-none = Принтер не налаштовано: талони лише зберігаються в { $path }
doctor-printer-none-todo = Вкажіть принтер у sosta.toml, у розділі [printer]: destination (черга CUPS) або escpos (чековий принтер)
doctor-printer-no-cups = Систему друку (CUPS) не встановлено: lpstat не знайдено
doctor-printer-no-cups-todo = Встановіть її (apt install cups cups-client) і додайте принтер або зверніться до того, хто обслуговує цей комп'ютер
doctor-printer-no-default = У CUPS немає принтера за замовчуванням
doctor-printer-no-default-todo = Вкажіть чергу в sosta.toml у [printer] destination або зробіть одну чергою за замовчуванням: lpoptions -d ЧЕРГА
doctor-printer-missing = У CUPS немає принтера { $printer }
doctor-printer-missing-todo = Перевірте назву командою lpstat -p або додайте принтер у CUPS (http://localhost:631)
doctor-printer-disabled = Принтер { $printer } вимкнено
doctor-printer-disabled-todo = Перевірте папір, кришку й кабель, потім виконайте: cupsenable { $printer }
doctor-printer-rejecting = Принтер { $printer } не приймає завдань
doctor-printer-rejecting-todo = Виконайте: cupsaccept { $printer }
doctor-printer-paper = Принтер { $printer } не має розміру паперу для талонів { $format } (має: { $sizes })
doctor-printer-paper-todo = Виберіть у CUPS драйвер принтера для вашого рулону або встановіть [printer] format у sosta.toml відповідно до його паперу
doctor-printer-ok = Принтер { $printer } увімкнено, і він приймає завдання
doctor-escpos-ok = Чековий принтер { $printer } доступний
doctor-escpos-missing = Чековий принтер { $printer } недоступний: { $detail }
doctor-escpos-missing-todo = Перевірте, чи він увімкнений, його кабель або мережу; його адреса — [printer] escpos у sosta.toml
doctor-escpos-denied = Користувач Sosta не може писати на чековий принтер { $printer }
doctor-escpos-denied-todo = Додайте користувача Sosta до групи lp (adduser КОРИСТУВАЧ lp), потім увійдіть знову

doctor-disk-ok = Вільне місце на диску: { $free } МіБ
doctor-disk-low = Мало вільного місця на диску: { $free } МіБ
doctor-disk-full = Диск майже заповнений: вільно { $free } МіБ. Незабаром бронювання можуть не зберігатися
doctor-disk-todo = Звільніть місце: видаліть старі файли й непотрібні копії або очистьте кошик
doctor-disk-unknown = Не вдалося прочитати вільне місце на диску: { $detail }

doctor-clock-ok = Часовий пояс { $zone }: годинник показує { $time }. Порівняйте з іншим годинником
doctor-clock-behind = Годинник показує { $time }, раніше за найновіший візит ({ $newest }): годинник неправильний
doctor-clock-todo = Встановіть дату й час (timedatectl set-time) або увімкніть мережевий час (timedatectl set-ntp true)

doctor-fonts-ok = Шрифти талона для всіх мов вбудовані й завантажуються
doctor-fonts-bad = Шрифт талона не завантажується: { $detail }
doctor-fonts-todo = Встановіть Sosta ще раз

doctor-voice-off = Читання вголос вимкнено ([kiosk] read_aloud = false): не перевірялося
doctor-espeak-ok = Голос встановлено: { $version }
doctor-espeak-missing = Голос (espeak-ng) не встановлено: кіоск не може читати вголос
doctor-espeak-missing-todo = Встановіть його (apt install espeak-ng) або задайте read_aloud = false у [kiosk] у sosta.toml
doctor-sound-ok = Знайдено звукових карт: { $count }
doctor-sound-none = Звукової карти не знайдено (aplay -l)
doctor-sound-none-todo = Під'єднайте динаміки й перевірте налаштування звуку (alsamixer) або задайте read_aloud = false у [kiosk]
doctor-sound-no-aplay = Програвач звуку (aplay) не встановлено
doctor-sound-no-aplay-todo = Встановіть його (apt install alsa-utils) або задайте read_aloud = false у [kiosk]
