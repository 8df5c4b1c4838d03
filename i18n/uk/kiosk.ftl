# The visitor kiosk and the printed slip. Short sentences, everyday words.
# Кіоск для відвідувачів і надрукований талон. Короткі речення, прості слова.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = Українська
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = uk_UA
date-format = %A %-d %B

kiosk-choose-language = Оберіть мову
kiosk-change-language = Змінити мову
kiosk-start-again = Почати знову
kiosk-today-title = Що вам потрібно сьогодні?
kiosk-back = Назад
kiosk-my-choices = Мій вибір
kiosk-take-number = Взяти номер
kiosk-confirm-title = Ваш вибір
kiosk-remove = Прибрати
kiosk-add-another = Додати ще одну послугу
kiosk-print = Надрукувати мій талон
kiosk-printing = Друкуємо ваш талон…
kiosk-take-slip = Візьміть свій талон
kiosk-print-failed = Принтер не спрацював. Ваше місце збережено: попросіть працівників надрукувати ваш талон.
kiosk-your-code = Ваш код
kiosk-show-slip = Покажіть талон або цей код біля віконця.
kiosk-still-there = Ви ще тут?
kiosk-im-here = Я тут

kiosk-status-closed-today = Сьогодні зачинено
kiosk-status-over = На сьогодні зачинено
kiosk-status-opens = Відкривається о { $time }
kiosk-status-free = Вільно о { $time } · { $free ->
    [one] { $free } місце
    [few] { $free } місця
    [many] { $free } місць
   *[other] { $free } місця
}
kiosk-status-calling = Зараз викликаємо номер { $number } · { $waiting ->
    [0] без очікування
    [one] { $waiting } людина чекає
    [few] { $waiting } людини чекають
    [many] { $waiting } людей чекають
   *[other] { $waiting } людини чекає
}
kiosk-status-full = На сьогодні місць немає
kiosk-status-queue = { $waiting ->
    [0] Без очікування
    [one] { $waiting } людина чекає · близько { $minutes } хв
    [few] { $waiting } людини чекають · близько { $minutes } хв
    [many] { $waiting } людей чекають · близько { $minutes } хв
   *[other] { $waiting } людини чекає · близько { $minutes } хв
}
kiosk-slot-free = { $free ->
    [one] { $free } місце
    [few] { $free } місця
    [many] { $free } місць
   *[other] { $free } місця
}
kiosk-slot-full = Місць немає
kiosk-slot-past = Минуло
kiosk-slot-soon = Починається
kiosk-when-queue = Номер у черзі · { $waiting ->
    [0] без очікування
    [one] { $waiting } людина чекає
    [few] { $waiting } людини чекають
    [many] { $waiting } людей чекають
   *[other] { $waiting } людини чекає
}
kiosk-when-number = Номер { $number }

kiosk-problem-full = { $service }: цей час щойно зайняли. Будь ласка, оберіть інший.
kiosk-problem-closed = { $service }: зараз зачинено.
kiosk-problem-other = { $service }: зараз не можна забронювати. Будь ласка, зверніться до працівників.
kiosk-problem-failed = Щось пішло не так, і нічого не заброньовано. Спробуйте ще раз або зверніться до працівників.

slip-number = № { $number }
slip-instruction = Покажіть цей талон біля віконця.
kiosk-problem-unavailable = Кіоск зараз не може бронювати. Будь ласка, зверніться до працівників.
kiosk-problem-again = { $service }: це щойно забронювали тут. Якщо вам потрібне ще одне місце, будь ласка, зверніться до працівників.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = Скільки вам років?
kiosk-question-gender = Ви…
kiosk-question-housing = Де ви ночували минулої ночі?
kiosk-question-first_visit = Ви тут уперше?
kiosk-answer-age_band-under-25 = До 25
kiosk-answer-age_band-25-39 = Від 25 до 39
kiosk-answer-age_band-40-59 = Від 40 до 59
kiosk-answer-age_band-60-plus = 60 і більше
kiosk-answer-gender-woman = Жінка
kiosk-answer-gender-man = Чоловік
kiosk-answer-gender-other = Інше
kiosk-answer-housing-home = Удома
kiosk-answer-housing-friends = У друзів або родичів
kiosk-answer-housing-shelter = У притулку
kiosk-answer-housing-outside = На вулиці
kiosk-answer-first_visit-yes = Так, уперше
kiosk-answer-first_visit-no = Ні, не вперше
kiosk-answer-declined = Волію не відповідати
kiosk-question-skip = Пропустити це запитання
kiosk-question-why = Це анонімно: так центру легше планувати роботу. Вашої відповіді немає на талоні.
kiosk-question-progress = Запитання { $number } з { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Покликати працівника
kiosk-help-ask = Вам зараз потрібна допомога?
kiosk-help-ask-detail = До цього кіоску підійде працівник.
kiosk-help-yes = Так, покликати працівника
kiosk-help-no = Ні, повернутися
kiosk-help-sent = Працівник уже йде до вас.
kiosk-help-already = Працівника вже покликали.
kiosk-help-stay = Будь ласка, залишайтеся біля кіоску.
kiosk-help-failed = Виклик не вдався.
kiosk-help-failed-detail = Будь ласка, зверніться до будь-кого на рецепції.
kiosk-help-ok = Гаразд

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Прочитати цей екран уголос
kiosk-speech-today = Торкніться послуги, щоб побачити її години.
kiosk-speech-queue = Торкніться «Взяти номер», щоб отримати свій номер.
kiosk-speech-slots = Торкніться часу, щоб забронювати його.
kiosk-speech-confirm = Торкніться «Надрукувати мій талон», щоб отримати талон.
kiosk-speech-question = Торкніться відповіді або пропустіть запитання.

# Standby when a service is full today.
kiosk-standby = Чекати на вільне місце
kiosk-standby-detail = Якщо хтось відмовиться від місця, ми викличемо ваш номер на екрані в залі очікування.
kiosk-when-standby = Список очікування, номер { $number }
slip-standby = Список очікування № { $number }
slip-instruction-standby = Стежте за екраном: ми викличемо ваш номер, коли звільниться місце.
