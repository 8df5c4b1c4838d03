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
