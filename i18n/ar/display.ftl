# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = لا يوجد شباك ينادي الآن.
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = الرقم { $number }، { $place }.
    .speech = الرَّقْمُ { $number }، { $place }.

# Standby numbers called for a place someone gave up.
display-standby-title = قائمة الانتظار: تعال إلى الشباك الآن
# Said aloud after the chime when a standby number is called. $place as above.
display-standby-speech = قائمة الانتظار، الرقم { $number }، { $place }.
    .speech = قَائِمَةُ ٱلِٱنْتِظَارِ، الرَّقْمُ { $number }، { $place }.
