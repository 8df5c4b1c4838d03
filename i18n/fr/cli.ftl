# The command line: help texts, results and errors for coordinators and scripts.
# La ligne de commande : aide, résultats et erreurs pour les coordinateurs et les scripts.

cli-about = Sosta : la borne libre-service d'un accueil de jour
cli-cmd-kiosk = La borne pour les visiteurs (par défaut)
cli-cmd-services = Les services du jour et les places encore libres
cli-cmd-book = Réserve un service comme le fait la borne, pour une nouvelle visite anonyme
cli-cmd-scan = Le résultat pour un ticket scanné ou un code court tapé au clavier
cli-cmd-cancel = Annule une réservation d'un ticket, ce qui libère sa place
cli-cmd-staff = Le poste du personnel à un guichet : scanner les tickets, servir, le tableau du jour
cli-cmd-display = L'écran de la salle d'attente : les numéros appelés par les guichets et les créneaux en cours, chaque appel annoncé par un carillon et lu à voix haute
cli-cmd-help = Affiche ce message ou l'aide d'une commande
cli-cmd-catalogue = Le catalogue des services : l'exporter dans un fichier, ou en importer un
cli-cmd-catalogue-export = Écrit les services actifs, leurs horaires et les jours particuliers dans un fichier TOML
cli-cmd-report = Le rapport pour les financeurs d'un mois ou d'une période : comptages anonymes, petits nombres masqués
cli-arg-data-dir = Le dossier des données (sinon SOSTA_DATA_DIR, sinon le dossier des données du système)
cli-arg-now = L'horloge, au format RFC 3339 (pour les démonstrations et les tests)
cli-arg-lang = La langue des messages (it, en, …)
cli-arg-json = Affiche du JSON (décrit dans le README)
cli-arg-fullscreen = Verrouille la borne en plein écran
cli-arg-windowed = Ouvre dans une fenêtre au lieu du plein écran
cli-arg-service = Le nom court du service (slug), par exemple shower
cli-arg-slot = L'heure de début du créneau, HH:MM (sinon le premier créneau libre)
cli-arg-quantity = Combien d'articles (pour les services qui distribuent des objets)
cli-arg-payload = Le texte du code QR, ou le code court
cli-arg-desk = Le service de ce guichet
cli-arg-serve = Marque comme servie une réservation valide
cli-arg-code = Le code court ou le texte QR du ticket
cli-arg-help = Affiche l'aide
cli-arg-version = Affiche la version

error-bad-lang = Il n'y a pas de traduction pour « { $value } ». Langues : { $known }
error-bad-now = « { $value } » n'est pas une date avec une heure. Écrivez-la au format RFC 3339, par exemple 2026-11-25T10:30:00+01:00
error-bad-slot = « { $value } » n'est pas une heure. Écrivez-la sous la forme HH:MM, par exemple 10:30
error-unknown-service = Le service « { $slug } » n'existe pas. Services : { $known }
error-store-unreachable = Impossible d'ouvrir la base de données. Vérifiez que le dossier des données existe et qu'il appartient à l'utilisateur de Sosta
error-store-busy = La base de données est occupée par un autre programme. Réessayez dans un instant
error-store-read-only = Impossible d'écrire dans la base de données. Vérifiez les permissions du dossier des données
error-store-full = Le disque est plein : plus rien ne peut être enregistré. Libérez un peu de place
error-store-damaged = La base de données est endommagée. Restaurez-la depuis une sauvegarde
error-store-newer = La base de données a été créée par une version plus récente de Sosta. Réinstallez cette version
error-store-other = Impossible d'utiliser la base de données. La raison est écrite dans le journal du programme
error-store-network = Le dossier des données se trouve sur un lecteur réseau, et le fichier de la base de données ne peut pas y être partagé sans risque. Gardez le dossier des données sur le disque de cet ordinateur, ou partagez les données via un serveur PostgreSQL (README, section « Several computers »)
error-server-unreachable = Impossible de joindre le serveur de base de données { $server }. Vérifiez qu'il fonctionne et que cet ordinateur est connecté au réseau
error-server-login = Le serveur de base de données { $server } a refusé l'utilisateur ou le mot de passe de Sosta. Vérifiez [database] url dans sosta.toml
error-server-no-database = Le serveur de base de données { $server } n'a pas de base de données nommée { $database }. Créez-la comme l'explique le README (section « Several computers »)
error-server-not-sosta = La base de données { $database } sur { $server } contient les tables d'un autre programme. Donnez à Sosta une base de données vide qui lui soit réservée
error-server-tls = Le serveur de base de données { $server } n'accepte pas la connexion chiffrée que demande [database] url (sslmode). Vérifiez le certificat du serveur ou l'URL
error-payload = Impossible de créer le code du ticket : vérifiez la date et l'heure de l'ordinateur
error-key-generation = Impossible de créer une nouvelle clé des tickets : les nombres aléatoires du système ne sont pas disponibles
key-problem-line = Fichier de clé des tickets, ligne { $line } : il faut un identifiant de clé et un secret, séparés par un espace.
key-problem-id = Fichier de clé des tickets, ligne { $line } : l'identifiant de clé n'est pas un nombre de 0 à 255.
key-problem-length = Fichier de clé des tickets, ligne { $line } : le secret doit avoir 64 caractères, mais il en a { $length }.
key-problem-hex = Fichier de clé des tickets, ligne { $line } : le secret n'est pas écrit en hexadécimal minuscule.
key-problem-duplicate = Fichier de clé des tickets, ligne { $line } : l'identifiant { $id } est déjà utilisé à la ligne { $first }.
key-problem-empty = Le fichier de clé des tickets ne contient aucune clé.
error-data-dir = Impossible d'utiliser le dossier des données { $path } : { $detail }
error-no-data-dir = Il n'y a pas de dossier des données. Indiquez-en un avec --data-dir ou SOSTA_DATA_DIR
error-key-file = Le fichier de clé des tickets { $path } est endommagé. Restaurez-le depuis une sauvegarde : sans lui, les tickets imprimés avec cette clé ne peuvent pas être vérifiés

settings-error-line = { $file }, ligne { $line } : { $problem }
settings-error = { $file } : { $problem }
settings-problem-read = impossible de le lire ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = « { $value } » n'est pas un identifiant de structure. Utilisez des lettres minuscules, des chiffres et -, 32 caractères au maximum
settings-problem-database-url = [database] url n'est pas une adresse PostgreSQL ({ $detail }). Écrivez-la sous la forme postgresql://user:password@server/database
settings-problem-time-zone = « { $value } » n'est pas un fuseau horaire. Utilisez un nom comme Europe/Rome
settings-problem-language = il n'y a pas de traduction pour « { $value } ». Langues : { $allowed }
settings-problem-range = { $key } = { $value } est hors limites. Valeurs permises : de { $min } à { $max }
settings-problem-time-range = « { $value } » n'est pas un horaire d'ouverture. Écrivez-le sous la forme HH:MM-HH:MM, le début avant la fin
settings-problem-mode = « { $value } » n'est pas un mode de réservation. Valeurs permises : slots, queue
settings-problem-date = « { $value } » n'est pas une date. Écrivez-la sous la forme YYYY-MM-DD
settings-problem-weekday = « { $value } » n'est pas un jour. Valeurs permises : mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = le service « { $value } » apparaît deux fois

services-heading = Services du { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Fermé aujourd'hui
services-slots-over = { $count ->
    [one] { $count } créneau est déjà passé
   *[other] { $count } créneaux sont déjà passés
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } place libre
   *[other] { $free } places libres
}
services-slot-full = { $start }–{ $end }  complet
services-slot-too-soon = { $start }–{ $end }  commence maintenant
services-queue = File { $start }–{ $end } : { $waiting } en attente, environ { $minutes } min, reste : { $left }
services-queue-over = Fermé pour aujourd'hui

booked-heading = Réservé.
booked-slot = { $service } : { $start }–{ $end }, { $desk }
booked-number = { $service } : numéro { $number }, { $desk }
booked-code = Code court : { $code }
booked-payload = Code QR : { $payload }

when-today = aujourd'hui à { $time }
when-day = le { $date } à { $time }

refusal-closed = Le service { $service } est fermé maintenant. Il ouvre { $when }
refusal-closed-long = Le service { $service } est fermé et n'ouvre pas dans les deux prochaines semaines
refusal-full = Le créneau de { $time } du service { $service } est complet. { $next ->
    [none] Aucun autre créneau n'est libre aujourd'hui
   *[other] Le prochain créneau libre est à { $next }
}
refusal-full-today = Le service { $service } est complet pour aujourd'hui
refusal-no-such-slot = Le service { $service } n'a pas de créneau à { $time } aujourd'hui. { $next ->
    [none] Aucun autre créneau n'est libre aujourd'hui
   *[other] Le prochain créneau libre est à { $next }
}
refusal-slot-gone = Le créneau de { $time } du service { $service } a commencé ou va commencer tout de suite. { $next ->
    [none] Aucun autre créneau n'est libre aujourd'hui
   *[other] Le prochain créneau libre est à { $next }
}
refusal-already-booked = Cette visite a déjà une réservation pour { $service }
refusal-overlap = { $service } à cette heure chevauche la réservation pour { $other }
refusal-too-many = Une visite peut réserver au maximum { $limit ->
    [one] { $limit } service
   *[other] { $limit } services
}
refusal-again = Le service { $service } a été réservé depuis cette borne il y a un instant : une autre place passe par le personnel
refusal-quantity = Pour { $service }, une visite peut prendre de 1 à { $limit }

verdict-valid = VALIDE : servir cette personne
verdict-served = SERVI : marqué comme servi maintenant
verdict-already-served = DÉJÀ SERVI : ce ticket a déjà été utilisé
verdict-too-early = TROP TÔT : le créneau n'a pas encore commencé
verdict-too-late = TROP TARD : le créneau est terminé (absent)
verdict-not-today = PAS AUJOURD'HUI : ce ticket est d'un autre jour
verdict-cancelled = ANNULÉ : cette réservation a été annulée
verdict-other-service = AUTRE SERVICE : pas de réservation pour ce guichet
verdict-forged = NON AUTHENTIQUE : ce ticket n'a pas été fait ici
verdict-malformed = PAS UN TICKET : scannez de nouveau ou tapez le code
verdict-unknown = INCONNU : aucun ticket avec ce code ici
verdict-genuine-offline = AUTHENTIQUE, POUR AUJOURD'HUI : impossible de joindre la base de données, donc de vérifier s'il a déjà été utilisé

status-booked = réservé
status-served = servi
status-no-show = absent
status-cancelled = annulé

cancelled = Annulé : { $service }. La place est de nouveau libre
cancel-nothing = Le ticket { $code } n'a pas de réservation pour { $service }
cancel-not-booked = La réservation pour { $service } ne peut pas être annulée. État : { $status }

cli-cmd-slip = Refait un ticket à partir de son code court : l'imprime, ou l'écrit avec --out
cli-cmd-screenshot = Dessine un écran de la borne dans un fichier PNG, sans écran branché, avec des données de démonstration
cli-arg-slip-out = Écrit le ticket dans ce fichier PDF au lieu de l'imprimer
cli-arg-out = Le fichier à écrire
cli-arg-screen = L'écran à dessiner (voir --list)
cli-arg-size = La taille de l'image en pixels, LARGEURxHAUTEUR
cli-arg-list = Liste les écrans
cli-arg-file = Le fichier à écrire
cli-arg-month = Le mois du rapport, YYYY-MM
cli-arg-from = Le premier jour du rapport, YYYY-MM-DD
cli-arg-to = Le dernier jour du rapport, YYYY-MM-DD
cli-arg-format = csv (un tableau pour un tableur), json ou pdf (graphiques à imprimer, avec --out)
catalogue-exported = { $count ->
    [one] { $count } service écrit dans { $path }
   *[other] { $count } services écrits dans { $path }
}
cli-cmd-keys = Les clés qui signent les tickets : en créer une nouvelle
cli-cmd-rotate = Signe les nouveaux tickets avec une nouvelle clé ; les tickets signés auparavant restent valides
keys-rotated = Les nouveaux tickets sont signés avec la clé { $id }. Les tickets signés auparavant restent valides
cli-cmd-db = La base de données de la structure : la sauvegarder, la restaurer depuis une sauvegarde, ou la déplacer vers un serveur PostgreSQL
cli-cmd-doctor = Vérifie ce pour quoi un bénévole demanderait de l'aide, et dit que faire
cli-cmd-copy = Copie toutes les lignes de cette structure dans une base de données PostgreSQL vide et les recompte des deux côtés
cli-arg-site = Une autre structure de la même base de données, désignée par son identifiant ([site] id)
cli-arg-target = La base de données PostgreSQL dans laquelle copier, postgresql://user:password@server/database
db-copied = Copie vers { $server } réussie : { $rows } lignes dans { $tables } tables, recomptées des deux côtés. Indiquez maintenant [database] url dans le sosta.toml de chaque ordinateur
db-copy-from-server = Les données de cette structure sont déjà sur { $server }. Faites la copie depuis l'ordinateur dont le dossier des données contient le fichier SQLite
db-copy-bad-url = --to n'est pas une adresse PostgreSQL ({ $detail }). Écrivez-la sous la forme postgresql://user:password@server/database
db-copy-not-empty = La base de données sur { $server } contient déjà des données de Sosta (table { $table }). Copiez uniquement dans une base de données vide : rien n'a été modifié
db-copy-mismatch = La copie vers { $server } ne correspondait pas ({ $table } : { $here } lignes ici, { $there } là-bas), donc rien n'a été conservé. Réessayez. Si cela se reproduit, continuez à utiliser le fichier de cet ordinateur
error-bad-month = « { $value } » n'est pas un mois. Écrivez-le sous la forme YYYY-MM, par exemple 2026-11
error-bad-date = « { $value } » n'est pas une date. Écrivez-la sous la forme YYYY-MM-DD, par exemple 2026-11-25
error-bad-period = La période du { $from } au { $to } n'est pas possible : le premier jour ne peut pas être après le dernier, et les deux peuvent être séparés de deux ans au plus
error-report-period = Indiquez la période : --month YYYY-MM, ou --from YYYY-MM-DD avec --to YYYY-MM-DD

booked-slip = Ticket : { $path }
error-print = La réservation est enregistrée (code { $code }). Réimprimez le ticket avec : sosta slip { $code }
print-problem-draw = Impossible de dessiner le ticket.
print-problem-spool = Impossible d'enregistrer le ticket dans le dossier d'impression (spool).
print-problem-no-cups = Le système d'impression (CUPS) n'est pas installé.
print-problem-missing = L'imprimante { $printer } est introuvable.
print-problem-disabled = L'imprimante { $printer } est éteinte ou en pause.
print-problem-refused = L'imprimante { $printer } a refusé le ticket.
print-problem-denied = Sosta n'a pas le droit d'écrire sur l'imprimante { $printer } : ajoutez son utilisateur au groupe lp.
print-problem-timeout = L'imprimante { $printer } ne répond pas. Vérifiez qu'elle est allumée et branchée.
print-problem-write = Impossible d'envoyer le ticket à l'imprimante { $printer }.
error-unknown-slip = Il n'y a aucun ticket avec le code { $code }
error-display = Impossible d'ouvrir la fenêtre de la borne : { $detail }
error-bad-size = « { $value } » n'est pas une taille d'image. Écrivez-la sous la forme LARGEURxHAUTEUR, par exemple 1920x1080
error-unknown-screen = L'écran « { $value } » n'existe pas. Écrans : { $known }
error-screenshot = Impossible de dessiner l'écran : { $detail }
settings-problem-choice = { $key } = « { $value } » n'est pas permis. Valeurs permises : { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Lit un fichier de catalogue : le vérifie en entier, montre les différences et remplace le catalogue, tout ou rien
cli-arg-source = Le fichier de catalogue à lire
cli-arg-dry-run = Montre ce qui changerait, sans rien changer
cli-arg-confirm = Importe même si des réservations restent en dehors des nouveaux horaires
catalogue-unchanged = Le fichier est le catalogue en service : rien à changer
catalogue-diff-added = + { $slug } : nouveau service
catalogue-diff-withdrawn = - { $slug } : n'est plus proposé (ses réservations restent)
catalogue-diff-changed = ~ { $slug } { $field } : { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } réservation resterait en dehors des nouveaux horaires :
   *[other] { $count } réservations resteraient en dehors des nouveaux horaires :
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Simulation : rien n'a été changé
catalogue-imported = { $path } importé : ajoutés : { $added }, modifiés : { $changed }, plus proposés : { $withdrawn }
catalogue-confirm-needed = Rien n'a été importé. Prévenez les personnes qui ont ces réservations, ou relancez avec --confirm : les réservations restent, et l'équipe les voit sur son tableau
settings-problem-invalid = le service « { $service } » : { $problem }
settings-problem-unprintable = « { $value } » ne peut pas être imprimé sur un ticket : retirez-le
settings-problem-printer-address = [printer] escpos = « { $value } » n'est pas une imprimante de tickets. Écrivez un périphérique comme /dev/usb/lp0 ou une adresse comme tcp://192.168.1.50:9100
settings-problem-both-printers = [printer] contient à la fois escpos et destination : un ticket va à une seule imprimante. Gardez-en un seul
catalogue-italian-name-needed = Le service « { $slug } » n'a pas de nom italien, le nom qu'affiche toute langue qui n'a pas son propre nom : ajoutez-le sous [service.name] sous la forme it = "…"
cli-cmd-backup = Copie la base de données dans un nouveau fichier pendant que les bornes fonctionnent, et vérifie la copie
db-backup-done = Sauvegarde écrite dans { $path } et vérifiée : { $visits ->
    [one] { $visits } visite
   *[other] { $visits } visites
}, { $bookings ->
    [one] { $bookings } réservation
   *[other] { $bookings } réservations
}, { $kib } Kio. Conservez-la dans un endroit où seul l'utilisateur de Sosta peut la lire
db-backup-no-folder = Il n'y a pas de dossier { $folder } où écrire la sauvegarde
db-backup-on-server = La base de données est sur un serveur PostgreSQL : sauvegardez-la sur ce serveur, avec pg_dump, car c'est là que se trouvent les données de tous les ordinateurs
db-backup-exists = { $path } existe déjà : une sauvegarde n'écrase jamais un fichier. Choisissez un nouveau nom
db-backup-failed = Impossible d'écrire la sauvegarde dans { $path } : { $detail }
db-backup-folder = Le dossier { $folder } ne peut pas servir aux sauvegardes : { $detail }
db-backup-removed = { $count ->
    [one] { $count } sauvegarde de plus de { $days } jours supprimée
   *[other] { $count } sauvegardes de plus de { $days } jours supprimées
} de { $folder }
cli-arg-dir = Un dossier pour les sauvegardes de nuit, chacune nommée d'après la structure et l'heure ; celles de plus de [backup] keep_days sont supprimées
cli-cmd-restore = Met une sauvegarde à la place de la base de données : le fichier est d'abord vérifié, et la base précédente est conservée
cli-arg-backup = Le fichier de sauvegarde à restaurer, écrit par sosta db backup
db-restore-done = Restauré depuis { $path } : { $visits ->
    [one] { $visits } visite
   *[other] { $visits } visites
}, { $bookings ->
    [one] { $bookings } réservation
   *[other] { $bookings } réservations
}. Redémarrez les bornes et les postes
db-restore-kept = La base de données précédente est conservée sous { $kept }
db-restore-on-server = La base de données est sur un serveur PostgreSQL : restaurez-la sur ce serveur, avec pg_restore, à partir d'une sauvegarde faite avec pg_dump
db-restore-unreadable = Impossible de lire { $path } : { $detail }. Rien n'a été modifié
db-restore-not-sqlite = { $path } n'est pas une base de données SQLite, donc pas une sauvegarde de Sosta. Rien n'a été modifié
db-restore-damaged = { $path } est endommagé ({ $detail }). Choisissez une autre sauvegarde : rien n'a été modifié
db-restore-not-sosta = { $path } est la base de données d'un autre programme, pas une sauvegarde de Sosta. Rien n'a été modifié
db-restore-newer = { $path } a été créé par une version plus récente de Sosta (schéma { $found } ; celle-ci connaît jusqu'au { $known }). Restaurez-le avec cette version : rien n'a été modifié
db-restore-in-use = La base de données { $path } est en cours d'utilisation : une borne ou un poste y écrit. Arrêtez les bornes et les postes, puis réessayez : rien n'a été modifié
db-restore-same-file = { $path } est la base de données de la structure elle-même : choisissez une sauvegarde
db-restore-failed = La sauvegarde n'a pas pu être restaurée ({ $path } : { $detail }). La base de données est telle qu'elle était
standby-not-full = Le service { $service } n'est pas complet aujourd'hui : réservez plutôt une place.
standby-joined = Sur la liste d'attente de { $service } : numéro { $number }. Code { $code }
cli-arg-standby = Met sur la liste d'attente d'un service complet aujourd'hui, au lieu de réserver
