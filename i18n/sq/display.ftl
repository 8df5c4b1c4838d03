# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = Asnjë sportel nuk po thërret tani.
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = Numri { $number }, { $place }.
