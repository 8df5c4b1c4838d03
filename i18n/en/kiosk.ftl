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
