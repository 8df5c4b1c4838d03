# Il catalogo dei servizi: nomi e brevi descrizioni per slug, e nomi degli sportelli.

service-shower = Doccia
service-shower-description = Una doccia calda, con asciugamano, sapone e shampoo. 20 minuti.
service-laundry = Lavanderia
service-laundry-description = Lava e asciuga i tuoi vestiti. Un'ora, detersivo compreso.
service-meal = Pasto
service-meal-description = Un pranzo caldo. Prendi il numero e aspetta la chiamata.
service-nurse = Infermiere
service-nurse-description = Piccole ferite, pressione, medicine, consigli. Gratis e riservato.
service-social-worker = Assistente sociale
service-social-worker-description = Parla di casa, documenti, soldi o di quello che ti preoccupa.
service-legal-desk = Aiuto legale
service-legal-desk-description = Consigli gratuiti su permesso di soggiorno, multe, lavoro e diritti.
service-job-orientation = Aiuto per il lavoro
service-job-orientation-description = Trova lavoro o un corso, scrivi il curriculum, prepara un colloquio.
service-harm-reduction-kit = Kit per uso più sicuro
service-harm-reduction-kit-description = Siringhe pulite, stagnola, preservativi. Naloxone, per le overdose. Senza domande.
service-phone-charging = Ricarica telefono
service-phone-charging-description = Lascia il telefono in carica in una cassetta chiusa per un'ora.
service-luggage-storage = Deposito bagagli
service-luggage-storage-description = Lascia una borsa in un posto sicuro per la giornata.
service-hiv-hcv-testing = Test HIV ed epatite
service-hiv-hcv-testing-description = Un test rapido e gratuito. Il risultato in 20 minuti, in privato.

desk-showers = Docce
desk-laundry = Lavanderia
desk-canteen = Mensa
desk-clinic = Ambulatorio
desk-office-1 = Ufficio 1
desk-office-2 = Ufficio 2
desk-reception = Accoglienza
