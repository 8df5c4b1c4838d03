# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = Asnjë sportel nuk po thërret tani.
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = Numri { $number }, { $place }.

# Standby numbers called for a place someone gave up.
display-standby-title = Lista e pritjes: ejani tani te sporteli
# Said aloud after the chime when a standby number is called. $place as above.
display-standby-speech = Lista e pritjes, numri { $number }, { $place }.
