# The coordinator's console in the staff station (administrators only).

station-console = Console
console-tab-services = Services
console-tab-staff = Staff
console-tab-questions = Questions

console-new-service = New service
console-new-account = New account
console-new-pin-for = New PIN for { $name }
console-edit = Edit
console-up = Up
console-down = Down
console-withdraw = Stop offering
console-offer = Offer again
console-pin = New PIN
console-reset = Unlock
console-disable = Disable
console-enable = Enable
console-make-admin = Make coordinator
console-make-staff = Make staff
console-ask = Ask
console-skip = Do not ask
console-save = Save
console-save-anyway = Save anyway
console-cancel = Cancel
console-yes = Yes
console-no = No

console-mode-slots = Time slots
console-mode-queue = Queue numbers
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] 1 place
   *[other] { $capacity } places
}{ $active ->
    [no] {" "}· not offered
   *[yes] {""}
}
console-account-active = can log in
console-account-disabled = disabled
console-account-locked = locked after wrong PINs

console-question-age_band = Age: under 25, 25–39, 40–59, 60 or more
console-question-gender = Gender: woman, man, other
console-question-housing = Where they slept last night: home, friends or family, shelter, outside
console-question-first_visit = First time here: yes or no
console-question-asked = Asked at the kiosk, after the language. Visitors can always skip it
console-question-not-asked = Not asked
console-questions-max = At most { $max } questions: each one is another screen before the services

console-field-name = Name
console-field-description = Short description
console-field-name-in = Name in { $language }
console-field-description-in = Short description in { $language }
console-field-icon = Picture
console-field-desk = Desk
console-field-mode = Places
console-field-slot = Minutes per slot
console-field-minutes = Minutes per person
console-field-capacity = Places per slot, or numbers per day
console-field-per-visit = Most one visit may take
console-field-dates = Special days: a date alone is closed, or a date and its hours; separate days with ;
console-field-discreet = Discreet: the slip shows only the desk and time
console-field-account-name = Name
console-field-pin = PIN (6 to 12 digits)
console-field-role = Role

console-missing-languages = No name of its own in: { $languages }. These show the Italian name
console-italian-name-needed = Write the name in Italian first: every language without its own name shows it
console-not-a-number = { $field }: write a whole number
console-bad-hours = { $field }: write the hours as 09:00-12:00, several separated by spaces
console-bad-dates = { $field }: write each day as 2026-12-25 (closed) or 2026-12-24 09:00-12:00, separated by ;
console-stranded = These bookings would be left outside the new hours. They stay booked: tell the visitors, or tap “Save anyway”
console-slug-taken = There is already a service called “{ $slug }”
console-service-gone = The service was removed meanwhile
console-unprintable = “{ $char }” (in the { $language } name or description) cannot be printed on a slip: leave it out
console-scan-in-form = A slip was scanned while this form is open: it was not typed into the form. Save or cancel the form, then scan the slip again
console-name-needs-letters = The Italian name needs at least one letter from a to z or a digit: it also makes the service's short name
console-withdraw-stranded = { $count ->
    [one] 1 booking of this service is still to be served. It stays booked: tap “Stop offering” again to confirm
   *[other] { $count } bookings of this service are still to be served. They stay booked: tap “Stop offering” again to confirm
}
console-date-twice = { $field }: a day is written twice. Write each day once, with all its hours
