# Comptes du personnel et journal des actions du personnel, en ligne de commande.

cli-cmd-staff-user = Gère les comptes du personnel (ajouter, lister, désactiver, débloquer)
cli-cmd-add = Ajoute un compte ; le code PIN est lu sur l'entrée standard, une ligne
cli-cmd-list = Liste les comptes du personnel, sans leurs codes PIN
cli-cmd-disable = Désactive un compte : on ne pourra plus s'y connecter
cli-cmd-reset-lock = Débloque un compte bloqué après trop de codes PIN erronés
cli-cmd-pin = Donne un nouveau code PIN à un compte, lu comme le lit add, et le débloque
cli-cmd-audit = Le journal des actions du personnel pour un jour
cli-arg-name = Le nom du membre du personnel
cli-arg-role = Le rôle : staff ou admin
cli-arg-date = Le jour, YYYY-MM-DD

staff-added-staff = Compte de { $name } ajouté, rôle : personnel
staff-added-admin = Compte de { $name } ajouté, rôle : administrateur
staff-disabled = Le compte de { $name } est désactivé : on ne peut plus s'y connecter
staff-lock-reset = Le compte de { $name } est débloqué : on peut de nouveau s'y connecter
staff-pin-changed = { $name } a un nouveau code PIN et peut s'en servir pour se connecter
staff-pin-prompt = Nouveau code PIN (chiffres uniquement, non affiché) :
staff-pin-weak-one-digit = Le code PIN répète toujours le même chiffre : choisissez-en un difficile à deviner
staff-pin-weak-run = Le code PIN compte en montant ou en descendant (comme 123456) : choisissez-en un difficile à deviner
staff-pin-weak-date = Le code PIN ressemble à une date ou à une année : choisissez-en un difficile à deviner
staff-pin-weak-common = Le code PIN fait partie de ceux que les gens choisissent le plus souvent : choisissez-en un difficile à deviner
staff-pin-weak-repeated = Le code PIN répète un court groupe de chiffres (comme 121212) : choisissez-en un difficile à deviner
staff-list-empty = Il n'y a encore aucun compte. Ajoutez-en un avec : sosta staff-user add NOM --role admin
staff-role-staff = personnel
staff-role-admin = administrateur
staff-state-active = actif
staff-state-disabled = désactivé
staff-lock-open = connexion possible
staff-lock-wait = attente jusqu'à { $time }
staff-lock-locked = bloqué : un administrateur doit le débloquer
staff-account-gone = Le compte a été supprimé entre-temps
staff-unknown = Il n'y a aucun compte « { $name } ». Comptes : { $known }
staff-name-taken = Il existe déjà un compte « { $name } ». Choisissez un autre nom
staff-name-empty = Le nom est vide
staff-name-too-long = Le nom est trop long : { $max } caractères au maximum
staff-name-control = Le nom contient des caractères de contrôle
staff-pin-missing = Le code PIN manque. Écrivez-le sur une ligne de l'entrée standard, par exemple : echo 482957 | sosta staff-user add NOM --role staff
staff-pin-too-short = Le code PIN est trop court : il faut au moins { $min } chiffres
staff-pin-too-long = Le code PIN est trop long : { $max } chiffres au maximum
staff-pin-not-digits = Le code PIN ne peut contenir que les chiffres de 0 à 9
staff-error-hash = Impossible de protéger le code PIN : { $detail }
staff-error-input = Impossible de lire le code PIN sur l'entrée standard : { $detail }
staff-error-output = Impossible d'écrire le résultat : { $detail }

audit-heading = Journal du { $date }
audit-empty = Rien n'a été enregistré le { $date }
audit-bad-date = « { $value } » n'est pas une date. Écrivez-la sous la forme YYYY-MM-DD, par exemple 2026-11-25
audit-command-line = ligne de commande
audit-action-serve = servi
audit-action-no-show = absent
audit-action-cancel = annulé
audit-action-close-service = service fermé
audit-action-capacity = capacité modifiée
audit-action-login = connexion
audit-action-login-failed = connexion refusée
audit-action-logout = déconnexion
audit-action-reset-lock = compte débloqué
audit-action-staff-added = compte ajouté
audit-action-staff-disabled = compte désactivé
audit-action-call-next = numéro appelé
audit-action-kiosk-closed = borne fermée
audit-action-pin-changed = code PIN modifié
audit-detail-wrong-pin = code PIN erroné
audit-detail-wait = trop d'essais, en attente
audit-detail-locked = compte bloqué
audit-detail-disabled = compte désactivé

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = C'est le dernier administrateur actif : nommez d'abord un autre compte administrateur
audit-action-service-added = service ajouté
audit-action-service-changed = service modifié
audit-action-catalogue-imported = catalogue importé
audit-action-staff-enabled = compte réactivé
audit-action-role-changed = rôle modifié
audit-action-settings-changed = réglages modifiés
audit-action-help-called = une borne a appelé à l'aide
audit-action-help-answered = appel à l'aide pris en charge

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = « { $value } » ne peut pas être le nom court d'un service. Utilisez des lettres minuscules, des chiffres et -, 40 caractères au maximum
invalid-capacity = { $value } places, c'est trop. Valeurs permises : de 0 à { $max }
invalid-per-visit = { $value } par visite est hors limites. Valeurs permises : de 1 à 100
invalid-minutes = { $value } minutes : hors limites. Valeurs permises : de 1 à 1440
invalid-overlap = le { $day }, les horaires { $first } et { $second } se chevauchent
invalid-slot-too-long = le { $day }, l'horaire { $range } est plus court qu'un créneau de { $minutes } minutes
