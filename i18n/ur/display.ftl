# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = اس وقت کوئی کاؤنٹر نہیں بلا رہا۔
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = نمبر { $number }، { $place }۔

# Standby numbers called for a place someone gave up.
display-standby-title = انتظار کی فہرست: ابھی کاؤنٹر پر آئیں
# Said aloud after the chime when a standby number is called. $place as above.
display-standby-speech = انتظار کی فہرست، نمبر { $number }، { $place }۔
