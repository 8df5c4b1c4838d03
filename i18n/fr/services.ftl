# The service catalogue: names and short descriptions by slug, and desk names.
# Le catalogue des services : noms et descriptions courtes par slug, et noms des guichets.

service-shower = Douche
service-shower-description = Une douche chaude, avec serviette, savon et shampoing. 20 minutes.
service-laundry = Laverie
service-laundry-description = Lavez et séchez vos vêtements. Une heure, lessive comprise.
service-meal = Repas
service-meal-description = Un déjeuner chaud. Prenez un numéro et attendez qu'on vous appelle.
service-nurse = Infirmerie
service-nurse-description = Petites blessures, tension, médicaments, conseils. Gratuit et confidentiel.
service-social-worker = Assistant social
service-social-worker-description = Parlez de logement, de papiers, d'argent ou de ce qui vous inquiète.
service-legal-desk = Aide juridique
service-legal-desk-description = Conseils gratuits sur le permis de séjour, les amendes, le travail et les droits.
service-job-orientation = Aide à l'emploi
service-job-orientation-description = Trouvez un travail ou une formation, écrivez un CV, préparez un entretien.
service-harm-reduction-kit = Kit à moindre risque
service-harm-reduction-kit-description = Seringues propres, papier alu, préservatifs. Naloxone, en cas d'overdose. Sans questions.
service-phone-charging = Recharge téléphone
service-phone-charging-description = Laissez votre téléphone charger une heure dans une boîte fermée à clé.
service-luggage-storage = Consigne bagages
service-luggage-storage-description = Laissez un sac dans un endroit sûr pour la journée.
service-hiv-hcv-testing = Test VIH et hépatite
service-hiv-hcv-testing-description = Un test rapide et gratuit. Le résultat en 20 minutes, en privé.

desk-showers = Douches
desk-laundry = Laverie
desk-canteen = Cantine
desk-clinic = Salle de soins
desk-office-1 = Bureau 1
desk-office-2 = Bureau 2
desk-reception = Accueil
