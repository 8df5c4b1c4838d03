# The service catalogue: names and short descriptions by slug, and desk names.

service-shower = Shower
service-shower-description = A hot shower, with towel, soap and shampoo. 20 minutes.
service-laundry = Laundry
service-laundry-description = Wash and dry your clothes. One hour, soap included.
service-meal = Meal
service-meal-description = A hot lunch. Take a number and wait to be called.
service-nurse = Nurse
service-nurse-description = Small wounds, blood pressure, medicines, advice. Free and private.
service-social-worker = Social worker
service-social-worker-description = Talk about housing, documents, income or anything that worries you.
service-legal-desk = Legal help
service-legal-desk-description = Free advice on residence permits, fines, work and rights.
service-job-orientation = Job help
service-job-orientation-description = Find work or training, write a CV, prepare an interview.
service-harm-reduction-kit = Safer use kit
service-harm-reduction-kit-description = Clean needles, foil, condoms. Naloxone, for overdoses. No questions asked.
service-phone-charging = Phone charging
service-phone-charging-description = Leave your phone to charge in a locked box for one hour.
service-luggage-storage = Luggage storage
service-luggage-storage-description = Leave a bag in a safe place for the day.
service-hiv-hcv-testing = HIV and hepatitis test
service-hiv-hcv-testing-description = A quick, free test. The result in 20 minutes, privately.

desk-showers = Showers
desk-laundry = Laundry room
desk-canteen = Canteen
desk-clinic = Clinic room
desk-office-1 = Office 1
desk-office-2 = Office 2
desk-reception = Reception
