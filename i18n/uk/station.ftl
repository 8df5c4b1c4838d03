# The staff station at a service desk. Staff are busy and standing: short, clear words.
# Робоче місце працівників біля віконця. Працівники поспішають і стоять: короткі, зрозумілі слова.

station-who-are-you = Хто ви? Торкніться свого імені
station-pin-clear = Стерти цифру
station-pin-ok = Увійти
station-scan-now = Відскануйте талон
station-or-type = або введіть код із талона
station-erase = Стерти
station-check-code = Перевірити код
station-served = Обслуговано
station-next = Наступний
station-board = Огляд на сьогодні
station-scan = Сканувати
station-logout = Вийти
station-close-today = Закрити на сьогодні
station-capacity = Місць на інтервал сьогодні:
station-capacity-less = Сьогодні на одне місце менше
station-capacity-more = Сьогодні на одне місце більше
station-mark-no-show = Неявка
station-cancel-booking = Скасувати
station-all-desks = Усі віконця
station-login-first = Спочатку увійдіть, потім відскануйте талон ще раз
station-login-wrong = Неправильний PIN. { $left ->
    [0] Зачекайте трохи перед наступною спробою
    [one] Залишилася { $left } спроба, потім треба зачекати
    [few] Залишилося { $left } спроби, потім треба зачекати
    [many] Залишилося { $left } спроб, потім треба зачекати
   *[other] Залишилося { $left } спроби, потім треба зачекати
}
station-login-wait = Забагато неправильних PIN. Спробуйте знову о { $time }
station-login-locked = Цей обліковий запис заблоковано: забагато неправильних PIN. Розблокувати його має адміністратор
station-login-disabled = Цей обліковий запис не активний. Зверніться до адміністратора
station-slip-language = Мова талона: { $language }
station-board-summary = Заброньовано { $booked } · обслуговано { $served } · неявка { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# Куточок працівників у кіоску (утримувати 3 секунди назву місця, потім PIN).
corner-menu-title = Працівник: { $name }
corner-open-station = Відкрити робоче місце працівників
corner-exit = Закрити кіоск
corner-reprint = Надрукувати недавній талон ще раз
corner-close-service = Закрити послугу до кінця дня
corner-back-to-kiosk = Назад до кіоску
corner-reprinted = Талон { $code } надруковано ще раз
corner-closed = Послуга «{ $service }» не працює до кінця дня
corner-station-opened = Робоче місце працівників відкривається в окремому вікні
corner-station-failed = Не вдалося запустити робоче місце працівників. Причину записано в журналі програми

# Queue desks and items handed out.
# Віконця з чергою та видані речі.
station-now-calling = Зараз викликаємо: { $number }
station-call-next = Викликати наступного
station-nobody-waiting = Ніхто не чекає
station-quantity = Видано предметів:
station-quantity-less = На один предмет менше
station-quantity-more = На один предмет більше
station-admin-only = Це може зробити лише адміністратор. Зверніться до координатора
station-login-shared = Цей PIN належить кільком обліковим записам. Попросіть адміністратора дати вам новий PIN
corner-admin-only = Це може зробити лише адміністратор
corner-pin-title = PIN працівника
station-help-alert = Кіоск { $kiosk } викликає допомогу ({ $time }). Підійдіть і подивіться.
station-help-going = Я йду
station-help-taken = Колега вже йде.
station-standby-may-come = Номер { $number } зі списку очікування може підійти зараз (до { $time }).
