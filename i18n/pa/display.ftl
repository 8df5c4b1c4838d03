# The waiting room's display: numbers and desks only, read from across the room.

# When no queue desk is calling and no slot is being served.
display-nothing-now = ਇਸ ਵੇਲੇ ਕੋਈ ਕਾਊਂਟਰ ਨਹੀਂ ਬੁਲਾ ਰਿਹਾ।
# Said aloud after the chime when a desk calls a number. $place is the service's name, or
# the desk's name for a discreet service.
display-call-speech = ਨੰਬਰ { $number }, { $place }।

# Standby numbers called for a place someone gave up.
display-standby-title = ਉਡੀਕ ਸੂਚੀ: ਹੁਣੇ ਕਾਊਂਟਰ 'ਤੇ ਆਓ
# Said aloud after the chime when a standby number is called. $place as above.
display-standby-speech = ਉਡੀਕ ਸੂਚੀ, ਨੰਬਰ { $number }, { $place }।
