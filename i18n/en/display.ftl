# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = No desk is calling right now.
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = Number { $number }, { $place }.

# Standby numbers called for a place someone gave up.
display-standby-title = Standby list: come to the desk now
# Said aloud after the chime when a standby number is called. $place as above.
display-standby-speech = Standby list, number { $number }, { $place }.
