# The staff station at a service desk. Staff are busy and standing: short, clear words.
# Le poste de l'équipe au guichet. L'équipe est pressée et debout : des mots courts et clairs.

station-who-are-you = Qui êtes-vous ? Touchez votre nom
station-pin-clear = Effacer un chiffre
station-pin-ok = Se connecter
station-scan-now = Scannez un ticket
station-or-type = ou tapez le code du ticket
station-erase = Effacer
station-check-code = Vérifier le code
station-served = Servi
station-next = Suivant
station-board = Le tableau du jour
station-scan = Scanner
station-logout = Se déconnecter
station-close-today = Fermer pour aujourd'hui
station-capacity = Places par créneau aujourd'hui :
station-capacity-less = Une place de moins aujourd'hui
station-capacity-more = Une place de plus aujourd'hui
station-mark-no-show = Absent
station-cancel-booking = Annuler
station-all-desks = Tous les guichets
station-login-first = Connectez-vous d'abord, puis scannez de nouveau le ticket
station-login-wrong = PIN incorrect. { $left ->
    [0] Attendez un moment avant le prochain essai
    [one] Encore { $left } essai, puis il faudra attendre
   *[other] Encore { $left } essais, puis il faudra attendre
}
station-login-wait = Trop de PIN incorrects. Réessayez à { $time }
station-login-locked = Ce compte est bloqué après trop de PIN incorrects. Un administrateur doit le débloquer
station-login-disabled = Ce compte n'est pas actif. Demandez à un administrateur
station-slip-language = Langue du ticket : { $language }
station-board-summary = Réservés { $booked } · servis { $served } · absents { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# Le coin de l'équipe sur la borne (appui de 3 secondes sur le nom du lieu, puis un PIN).
corner-menu-title = Équipe : { $name }
corner-open-station = Ouvrir le poste de l'équipe
corner-exit = Fermer la borne
corner-reprint = Réimprimer un ticket récent
corner-close-service = Fermer un service pour le reste de la journée
corner-back-to-kiosk = Retour à la borne
corner-reprinted = Ticket { $code } réimprimé
corner-closed = Le service { $service } est fermé pour le reste de la journée
corner-station-opened = Le poste de l'équipe s'ouvre dans sa propre fenêtre
corner-station-failed = Impossible de démarrer le poste de l'équipe. La raison est écrite dans le journal du programme

# Queue desks and items handed out.
# Guichets avec file d'attente et articles distribués.
station-now-calling = Appel en cours : { $number }
station-call-next = Appeler le suivant
station-nobody-waiting = Personne n'attend
station-quantity = Articles distribués :
station-quantity-less = Un article de moins
station-quantity-more = Un article de plus
station-admin-only = Seul un administrateur peut faire cela. Demandez au coordinateur
station-login-shared = Ce PIN appartient à plus d'un compte. Demandez à un administrateur de vous donner un nouveau PIN
corner-admin-only = Seul un administrateur peut faire cela
corner-pin-title = PIN de l'équipe
station-help-alert = La borne { $kiosk } appelle à l'aide ({ $time }). Allez voir.
station-help-going = J'y vais
station-help-taken = Un collègue y va déjà.
station-standby-may-come = Le numéro { $number } de la liste d'attente peut venir maintenant (jusqu'à { $time }).
