# The visitor kiosk and the printed slip. Short sentences, everyday words.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = English
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = en_GB
date-format = %A %-d %B

kiosk-choose-language = Choose your language
kiosk-change-language = Change language
kiosk-start-again = Start again
kiosk-today-title = What do you need today?
kiosk-back = Back
kiosk-my-choices = My choices
kiosk-take-number = Take a number
kiosk-confirm-title = Your choices
kiosk-remove = Remove
kiosk-add-another = Add another service
kiosk-print = Print my slip
kiosk-printing = Printing your slip…
kiosk-take-slip = Take your slip
kiosk-print-failed = The printer did not work. Your place is saved: ask the staff to print your slip.
kiosk-your-code = Your code
kiosk-show-slip = Show your slip or this code at the desk.
kiosk-still-there = Are you still there?
kiosk-im-here = I am here

kiosk-status-closed-today = Closed today
kiosk-status-over = Closed for today
kiosk-status-opens = Opens at { $time }
kiosk-status-free = Free at { $time } · { $free ->
    [one] 1 place
   *[other] { $free } places
}
kiosk-status-calling = Now calling number { $number } · { $waiting ->
    [0] no waiting
    [one] 1 person waiting
   *[other] { $waiting } people waiting
}
kiosk-status-full = Full today
kiosk-status-queue = { $waiting ->
    [0] No waiting
    [one] 1 person waiting · about { $minutes } min
   *[other] { $waiting } people waiting · about { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] 1 place
   *[other] { $free } places
}
kiosk-slot-full = Full
kiosk-slot-past = Over
kiosk-slot-soon = Starting
kiosk-when-queue = A number in the queue · { $waiting ->
    [0] no waiting
    [one] 1 person waiting
   *[other] { $waiting } people waiting
}
kiosk-when-number = Number { $number }

kiosk-problem-full = { $service }: that time was just taken. Please choose another.
kiosk-problem-closed = { $service } is closed now.
kiosk-problem-other = { $service } cannot be booked now. Please ask the staff.
kiosk-problem-failed = Something went wrong and nothing was booked. Please try again or ask the staff.

slip-number = No. { $number }
slip-instruction = Show this slip at the desk.
kiosk-problem-unavailable = The kiosk cannot book right now. Please ask the staff.
kiosk-problem-again = { $service } was booked here a moment ago. If you need another place, please ask the staff.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = How old are you?
kiosk-question-gender = You are…
kiosk-question-housing = Where did you sleep last night?
kiosk-question-first_visit = Is this your first time here?
kiosk-answer-age_band-under-25 = Under 25
kiosk-answer-age_band-25-39 = 25 to 39
kiosk-answer-age_band-40-59 = 40 to 59
kiosk-answer-age_band-60-plus = 60 or more
kiosk-answer-gender-woman = A woman
kiosk-answer-gender-man = A man
kiosk-answer-gender-other = Other
kiosk-answer-housing-home = At home
kiosk-answer-housing-friends = With friends or family
kiosk-answer-housing-shelter = In a shelter
kiosk-answer-housing-outside = Outside
kiosk-answer-first_visit-yes = Yes, the first time
kiosk-answer-first_visit-no = No, I have been here before
kiosk-answer-declined = I prefer not to say
kiosk-question-skip = Skip this question
kiosk-question-why = Anonymous: it helps the drop-in plan. Your answer is not on your slip.
kiosk-question-progress = Question { $number } of { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Call staff
kiosk-help-ask = Do you need help now?
kiosk-help-ask-detail = A member of staff will come to this kiosk.
kiosk-help-yes = Yes, call staff
kiosk-help-no = No, go back
kiosk-help-sent = Staff are on their way.
kiosk-help-already = Staff have already been called.
kiosk-help-stay = Please stay near the kiosk.
kiosk-help-failed = The call did not go through.
kiosk-help-failed-detail = Please ask anyone at the reception desk.
kiosk-help-ok = OK

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Read this screen aloud
kiosk-speech-today = Tap a service to see its times.
kiosk-speech-queue = Tap "Take a number" to get your number.
kiosk-speech-slots = Tap a time to book it.
kiosk-speech-confirm = Tap "Print my slip" to get your slip.
kiosk-speech-question = Tap an answer, or skip the question.

# Standby when a service is full today.
kiosk-standby = Wait for a free place
kiosk-standby-detail = If someone gives up a place, we call your number on the waiting room screen.
kiosk-when-standby = Standby list, number { $number }
slip-standby = Standby no. { $number }
slip-instruction-standby = Watch the screen: we call your number when a place is free.
