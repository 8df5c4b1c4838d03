# The coordinator's console in the staff station (administrators only).
# La console du coordinateur dans le poste de l'équipe (administrateurs seulement).

station-console = Console
console-tab-services = Services
console-tab-staff = Équipe
console-tab-questions = Questions

console-new-service = Nouveau service
console-new-account = Nouveau compte
console-new-pin-for = Nouveau PIN pour { $name }
console-edit = Modifier
console-up = Monter
console-down = Descendre
console-withdraw = Ne plus proposer
console-offer = Proposer de nouveau
console-pin = Nouveau PIN
console-reset = Débloquer
console-disable = Désactiver
console-enable = Réactiver
console-make-admin = Nommer coordinateur
console-make-staff = Nommer membre de l'équipe
console-ask = Poser
console-skip = Ne pas poser
console-save = Enregistrer
console-save-anyway = Enregistrer quand même
console-cancel = Annuler
console-yes = Oui
console-no = Non

console-mode-slots = Créneaux horaires
console-mode-queue = Numéros de file d'attente
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } place
   *[other] { $capacity } places
}{ $active ->
    [no] {" "}· plus proposé
   *[yes] {""}
}
console-account-active = connexion possible
console-account-disabled = désactivé
console-account-locked = bloqué après des PIN incorrects

console-question-age_band = Âge : moins de 25, 25–39, 40–59, 60 ou plus
console-question-gender = Genre : femme, homme, autre
console-question-housing = Où la personne a dormi la nuit dernière : chez elle, amis ou famille, foyer, dehors
console-question-first_visit = Première fois ici : oui ou non
console-question-asked = Posée à la borne, après la langue. Les visiteurs peuvent toujours la passer
console-question-not-asked = Pas posée
console-questions-max = { $max } questions au maximum : chacune ajoute un écran avant les services

console-field-name = Nom
console-field-description = Description courte
console-field-name-in = Nom en { $language }
console-field-description-in = Description courte en { $language }
console-field-icon = Image
console-field-desk = Guichet
console-field-mode = Places
console-field-slot = Minutes par créneau
console-field-minutes = Minutes par personne
console-field-capacity = Places par créneau, ou numéros par jour
console-field-per-visit = Maximum pour une visite
console-field-dates = Jours particuliers : une date seule veut dire fermé, ou une date et ses horaires ; séparez les jours par ;
console-field-discreet = Discret : le ticket ne montre que le guichet et l'heure
console-field-account-name = Nom
console-field-pin = PIN (6 à 12 chiffres)
console-field-role = Rôle

console-missing-languages = Pas de nom dans ces langues : { $languages }. Elles affichent le nom italien
console-italian-name-needed = Écrivez d'abord le nom en italien : toute langue qui n'a pas son propre nom l'affiche
console-not-a-number = { $field } : écrivez un nombre entier
console-bad-hours = { $field } : écrivez les horaires sous la forme 09:00-12:00, plusieurs séparés par des espaces
console-bad-dates = { $field } : écrivez chaque jour sous la forme 2026-12-25 (fermé) ou 2026-12-24 09:00-12:00, séparés par ;
console-stranded = Ces réservations resteraient en dehors des nouveaux horaires. Elles restent réservées : prévenez les visiteurs, ou touchez « Enregistrer quand même »
console-slug-taken = Il existe déjà un service appelé « { $slug } »
console-service-gone = Le service a été supprimé entre-temps
console-unprintable = « { $char } » (dans le nom ou la description en { $language }) ne peut pas être imprimé sur un ticket : retirez-le
console-scan-in-form = Un ticket a été scanné pendant que ce formulaire est ouvert : il n'a pas été saisi dans le formulaire. Enregistrez ou annulez le formulaire, puis scannez de nouveau le ticket
console-name-needs-letters = Le nom italien doit contenir au moins une lettre de a à z ou un chiffre : il sert aussi à former le nom court du service
console-withdraw-stranded = { $count ->
    [one] { $count } réservation de ce service n'a pas encore été servie. Elle reste réservée : touchez de nouveau « Ne plus proposer » pour confirmer
   *[other] { $count } réservations de ce service n'ont pas encore été servies. Elles restent réservées : touchez de nouveau « Ne plus proposer » pour confirmer
}
console-date-twice = { $field } : un jour est écrit deux fois. Écrivez chaque jour une seule fois, avec tous ses horaires
