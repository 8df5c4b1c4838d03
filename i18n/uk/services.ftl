# The service catalogue: names and short descriptions by slug, and desk names.
# Каталог послуг: назви та короткі описи за slug, і назви віконець.

service-shower = Душ
service-shower-description = Гарячий душ із рушником, милом і шампунем. 20 хвилин.
service-laundry = Пральня
service-laundry-description = Виперіть і висушіть свій одяг. Одна година, засіб для прання є.
service-meal = Гаряча їжа
service-meal-description = Гарячий обід. Візьміть номер і чекайте, поки вас покличуть.
service-nurse = Медпункт
service-nurse-description = Невеликі рани, тиск, ліки, поради. Безкоштовно і конфіденційно.
service-social-worker = Соціальний працівник
service-social-worker-description = Поговоріть про житло, документи, гроші або про те, що вас турбує.
service-legal-desk = Юридична допомога
service-legal-desk-description = Безкоштовні поради про дозвіл на проживання, штрафи, роботу та ваші права.
service-job-orientation = Допомога з роботою
service-job-orientation-description = Знайдіть роботу або навчання, напишіть резюме, підготуйтеся до співбесіди.
service-harm-reduction-kit = Набір для безпечнішого вживання
service-harm-reduction-kit-description = Чисті шприци, фольга, презервативи. Налоксон, при передозуванні. Без зайвих питань.
service-phone-charging = Зарядка телефону
service-phone-charging-description = Залиште телефон заряджатися на одну годину в замкненій скриньці.
service-luggage-storage = Зберігання речей
service-luggage-storage-description = Залиште сумку в безпечному місці на весь день.
service-hiv-hcv-testing = Тест на ВІЛ і гепатит
service-hiv-hcv-testing-description = Швидкий безкоштовний тест. Результат за 20 хвилин, конфіденційно.

desk-showers = Душові
desk-laundry = Пральня
desk-canteen = Їдальня
desk-clinic = Медичний кабінет
desk-office-1 = Кабінет 1
desk-office-2 = Кабінет 2
desk-reception = Рецепція
