# Le rapport PDF pour les financeurs (Ville et Région) : des graphiques en barres imprimés
# en noir et blanc. Des mots simples : il est lu par des gens qui ne connaissent pas Sosta.

report-title = { $site } — rapport d'activité
report-period = Période : { $from } – { $to }
report-note = Les nombres de 1 à { $last } sont notés { $small } ; { $withheld } marque un nombre caché pour qu'on ne puisse pas retrouver un petit nombre.
report-page = Page { $page } sur { $pages }
report-total = Total : { $total }
report-withheld-table = Masqué : chaque nombre ici est trop petit pour être montré
report-nothing = Aucun sur cette période
report-table-visits-by-day = Visites par jour
report-table-visits-by-weekday = Visites par jour de la semaine
report-table-visits-by-hour = Visites par heure de la journée
report-table-languages = Visites par langue
report-table-bookings = Réservations par service
report-table-outcomes = { $service } : suite des réservations
report-table-items = Articles distribués
report-waits = Attente dans la file (minutes)
report-waits-service = Service
report-waits-count = Attentes
report-waits-median = Médiane
report-waits-p90 = 9 sur 10 en moins de
error-report-pdf-needs-out = Un rapport PDF s'écrit dans un fichier : ajoutez --out FICHIER.pdf
error-report-pdf = Impossible de dessiner le rapport PDF : { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Âge (réponses à la borne)
report-table-gender = Genre (réponses à la borne)
report-table-housing = Lieu où les personnes ont dormi la nuit précédente (réponses à la borne)
report-table-first-visit = Première venue à l'accueil de jour (réponses à la borne)
report-key-age-band-under-25 = Moins de 25 ans
report-key-age-band-25-39 = De 25 à 39 ans
report-key-age-band-40-59 = De 40 à 59 ans
report-key-age-band-60-plus = 60 ans ou plus
report-key-age-band-declined = Préfère ne pas répondre
report-key-age-band-none = Sans réponse
report-key-gender-woman = Femme
report-key-gender-man = Homme
report-key-gender-other = Autre
report-key-gender-declined = Préfère ne pas répondre
report-key-gender-none = Sans réponse
report-key-housing-home = À domicile
report-key-housing-friends = Chez des amis ou de la famille
report-key-housing-shelter = En foyer d'hébergement
report-key-housing-outside = À la rue
report-key-housing-declined = Préfère ne pas répondre
report-key-housing-none = Sans réponse
report-key-first-visit-yes = Première venue
report-key-first-visit-no = Pas la première venue
report-key-first-visit-none = Sans réponse
report-no-data = Rien n'a été compté du { $from } au { $to } : aucun jour de cette période n'a de visites enregistrées ici. Aucun rapport n'a été écrit.
report-key-first-visit-declined = Préfère ne pas répondre
