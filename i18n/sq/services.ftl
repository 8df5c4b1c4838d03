# The service catalogue: names and short descriptions by slug, and desk names.
# Katalogu i shërbimeve: emra dhe përshkrime të shkurtra sipas slug, dhe emrat e sporteleve.

service-shower = Dush
service-shower-description = Një dush i ngrohtë, me peshqir, sapun dhe shampo. 20 minuta.
service-laundry = Lavanderi
service-laundry-description = Lani dhe thani rrobat tuaja. Një orë, me detergjent.
service-meal = Ushqim
service-meal-description = Një drekë e ngrohtë. Merrni një numër dhe prisni të thirreni.
service-nurse = Infermieria
service-nurse-description = Plagë të vogla, tension, ilaçe, këshilla. Falas dhe privat.
service-social-worker = Punonjës social
service-social-worker-description = Flisni për strehim, dokumente, të ardhura ose çdo gjë që ju shqetëson.
service-legal-desk = Ndihmë ligjore
service-legal-desk-description = Këshilla falas për lejen e qëndrimit, gjobat, punën dhe të drejtat.
service-job-orientation = Ndihmë për punë
service-job-orientation-description = Gjeni punë ose kurs, shkruani CV-në, përgatituni për intervistë.
service-harm-reduction-kit = Kit për përdorim më të sigurt
service-harm-reduction-kit-description = Shiringa të pastra, letër alumini, prezervativë. Nalokson, për mbidozat. Pa pyetje.
service-phone-charging = Karikim telefoni
service-phone-charging-description = Lini telefonin të karikohet për një orë në një kuti të kyçur.
service-luggage-storage = Ruajtje bagazhesh
service-luggage-storage-description = Lini një çantë në një vend të sigurt për gjithë ditën.
service-hiv-hcv-testing = Test për HIV dhe hepatit
service-hiv-hcv-testing-description = Një test i shpejtë dhe falas. Rezultati në 20 minuta, privatisht.

desk-showers = Dushet
desk-laundry = Lavanderia
desk-canteen = Mensa
desk-clinic = Dhoma mjekësore
desk-office-1 = Zyra 1
desk-office-2 = Zyra 2
desk-reception = Recepsioni
