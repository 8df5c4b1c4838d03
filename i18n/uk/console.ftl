# The coordinator's console in the staff station (administrators only).
# Консоль координатора на робочому місці працівників (лише для адміністраторів).

station-console = Консоль
console-tab-services = Послуги
console-tab-staff = Працівники
console-tab-questions = Запитання

console-new-service = Нова послуга
console-new-account = Новий обліковий запис
console-new-pin-for = Новий PIN: { $name }
console-edit = Змінити
console-up = Вгору
console-down = Вниз
console-withdraw = Більше не надавати
console-offer = Надавати знову
console-pin = Новий PIN
console-reset = Розблокувати
console-disable = Вимкнути
console-enable = Увімкнути
console-make-admin = Зробити координатором
console-make-staff = Зробити працівником
console-ask = Запитувати
console-skip = Не запитувати
console-save = Зберегти
console-save-anyway = Усе одно зберегти
console-cancel = Скасувати
console-yes = Так
console-no = Ні

console-mode-slots = Часові інтервали
console-mode-queue = Номери в черзі
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } місце
    [few] { $capacity } місця
    [many] { $capacity } місць
   *[other] { $capacity } місця
}{ $active ->
    [no] {" "}· не надається
   *[yes] {""}
}
console-account-active = можна увійти
console-account-disabled = вимкнений
console-account-locked = заблокований після неправильних PIN

console-question-age_band = Вік: до 25, 25–39, 40–59, 60 і більше
console-question-gender = Стать: жінка, чоловік, інше
console-question-housing = Де ночували минулої ночі: удома, у друзів або родичів, у притулку, на вулиці
console-question-first_visit = Уперше тут: так чи ні
console-question-asked = Запитується в кіоску після вибору мови. Відвідувачі завжди можуть його пропустити
console-question-not-asked = Не запитується
console-questions-max = { $max ->
    [many] Щонайбільше { $max } запитань
   *[other] Щонайбільше { $max } запитання
}: кожне — це ще один екран перед послугами

console-field-name = Назва
console-field-description = Короткий опис
console-field-name-in = Назва ({ $language })
console-field-description-in = Короткий опис ({ $language })
console-field-icon = Зображення
console-field-desk = Віконце
console-field-mode = Місця
console-field-slot = Хвилин на інтервал
console-field-minutes = Хвилин на людину
console-field-capacity = Місць на інтервал або номерів на день
console-field-per-visit = Найбільше за один візит
console-field-dates = Особливі дні: сама дата — зачинено, або дата з годинами роботи; дні розділяйте знаком ;
console-field-discreet = Конфіденційно: на талоні видно лише віконце й час
console-field-account-name = Ім'я
console-field-pin = PIN (від 6 до 12 цифр)
console-field-role = Роль

console-missing-languages = Немає власної назви такими мовами: { $languages }. Вони показують італійську назву
console-italian-name-needed = Спочатку напишіть назву італійською: її показує кожна мова, що не має власної назви
console-not-a-number = { $field }: напишіть ціле число
console-bad-hours = { $field }: запишіть години як 09:00-12:00, кілька — через пробіл
console-bad-dates = { $field }: запишіть кожен день як 2026-12-25 (зачинено) або 2026-12-24 09:00-12:00, розділяючи знаком ;
console-stranded = Ці бронювання опиняться поза новими годинами роботи. Вони залишаються в силі: повідомте відвідувачів або торкніться «Усе одно зберегти»
console-slug-taken = Послуга «{ $slug }» уже існує
console-service-gone = Тим часом послугу видалили
console-unprintable = Символ «{ $char }» (у назві або описі, { $language }) не можна надрукувати на талоні: приберіть його
console-scan-in-form = Талон відскановано, коли відкрита ця форма: у форму його не введено. Збережіть або скасуйте форму, потім відскануйте талон ще раз
console-name-needs-letters = Італійська назва має містити хоча б одну літеру від a до z або цифру: з неї також утворюється коротка назва послуги
console-withdraw-stranded = { $count ->
    [one] { $count } бронювання цієї послуги ще не обслуговано. Бронювання залишається в силі: торкніться «Більше не надавати» ще раз, щоб підтвердити
    [few] { $count } бронювання цієї послуги ще не обслуговано. Бронювання залишаються в силі: торкніться «Більше не надавати» ще раз, щоб підтвердити
    [many] { $count } бронювань цієї послуги ще не обслуговано. Бронювання залишаються в силі: торкніться «Більше не надавати» ще раз, щоб підтвердити
   *[other] { $count } бронювання цієї послуги ще не обслуговано. Бронювання залишаються в силі: торкніться «Більше не надавати» ще раз, щоб підтвердити
}
console-date-twice = { $field }: один день записано двічі. Запишіть кожен день лише один раз, з усіма його годинами
