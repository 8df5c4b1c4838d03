# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Записати послуги закладу для іншої програми: hsds для довідника послуг міста
cli-cmd-hsds = Записати активні послуги, їхні години роботи, дні, коли закрито, і мови у файли JSON Open Referral HSDS 3.0
cli-arg-out-dir = Тека, у яку записати файли (створюється, якщо її немає)
export-hsds-written = { $count ->
    [one] У файли HSDS у { $path } записано { $count } послугу
    [few] У файли HSDS у { $path } записано { $count } послуги
    [many] У файли HSDS у { $path } записано { $count } послуг
   *[other] У файли HSDS у { $path } записано { $count } послуги
}
export-hsds-cannot-write = Не вдається записати в теку { $path } ({ $detail }). Виберіть іншу теку за допомогою --out
export-hsds-failed = Не вдалося підготувати файли HSDS ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: денний центр для людей у скрутному становищі. Послуги бронюють у кіоску біля входу, не називаючи імені
hsds-apply-slots = Забронюйте час у кіоску біля входу, не називаючи свого імені, і принесіть надрукований талон до віконця
hsds-apply-queue = Візьміть номер у кіоску біля входу, не називаючи свого імені, і чекайте, поки вас покличуть
hsds-closed = Цього дня зачинено
hsds-special-hours = Цього дня особливий розклад
hsds-language-name = { $code ->
    [it] італійська
    [ro] румунська
    [pa] панджабі
    [ar] арабська
    [sq] албанська
    [en] англійська
    [fr] французька
    [ur] урду
    [uk] українська
    [es] іспанська
   *[other] { $code }
}
