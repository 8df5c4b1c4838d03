# The service catalogue: names and short descriptions by slug, and desk names.
# Catalogul serviciilor: nume și descrieri scurte după slug, și numele ghișeelor.

service-shower = Duș
service-shower-description = Un duș cald, cu prosop, săpun și șampon. 20 de minute.
service-laundry = Spălătorie
service-laundry-description = Spălați și uscați-vă hainele. O oră, cu detergent inclus.
service-meal = Masă caldă
service-meal-description = Un prânz cald. Luați un număr și așteptați să vă chemăm.
service-nurse = Infirmerie
service-nurse-description = Răni mici, tensiune, medicamente, sfaturi. Gratuit și confidențial.
service-social-worker = Asistent social
service-social-worker-description = Vorbiți despre locuință, acte, bani sau orice vă îngrijorează.
service-legal-desk = Ajutor juridic
service-legal-desk-description = Sfaturi gratuite despre permisul de ședere, amenzi, muncă și drepturi.
service-job-orientation = Ajutor la angajare
service-job-orientation-description = Găsiți de lucru sau un curs, scrieți un CV, pregătiți un interviu.
service-harm-reduction-kit = Kit pentru consum mai sigur
service-harm-reduction-kit-description = Seringi curate, folie, prezervative. Naloxonă, pentru supradoze. Fără întrebări.
service-phone-charging = Încărcare telefon
service-phone-charging-description = Lăsați telefonul la încărcat o oră, într-o cutie încuiată.
service-luggage-storage = Păstrare bagaje
service-luggage-storage-description = Lăsați o geantă într-un loc sigur pentru toată ziua.
service-hiv-hcv-testing = Test HIV și hepatită
service-hiv-hcv-testing-description = Un test rapid și gratuit. Rezultatul în 20 de minute, în privat.

desk-showers = Dușuri
desk-laundry = Spălătorie
desk-canteen = Cantină
desk-clinic = Cabinet medical
desk-office-1 = Biroul 1
desk-office-2 = Biroul 2
desk-reception = Recepție
