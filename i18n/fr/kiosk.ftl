# The visitor kiosk and the printed slip. Short sentences, everyday words.
# La borne pour les visiteurs et le ticket imprimé. Phrases courtes, mots de tous les jours.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = Français
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = fr_FR
date-format = %A %-d %B

kiosk-choose-language = Choisissez votre langue
kiosk-change-language = Changer de langue
kiosk-start-again = Recommencer
kiosk-today-title = De quoi avez-vous besoin aujourd'hui ?
kiosk-back = Retour
kiosk-my-choices = Mes choix
kiosk-take-number = Prendre un numéro
kiosk-confirm-title = Vos choix
kiosk-remove = Enlever
kiosk-add-another = Ajouter un autre service
kiosk-print = Imprimer mon ticket
kiosk-printing = Impression de votre ticket…
kiosk-take-slip = Prenez votre ticket
kiosk-print-failed = L'imprimante n'a pas marché. Votre place est gardée : demandez à l'équipe d'imprimer votre ticket.
kiosk-your-code = Votre code
kiosk-show-slip = Montrez votre ticket ou ce code au guichet.
kiosk-still-there = Vous êtes toujours là ?
kiosk-im-here = Je suis là

kiosk-status-closed-today = Fermé aujourd'hui
kiosk-status-over = Fermé pour aujourd'hui
kiosk-status-opens = Ouvre à { $time }
kiosk-status-free = Libre à { $time } · { $free ->
    [one] { $free } place
   *[other] { $free } places
}
kiosk-status-calling = On appelle le numéro { $number } · { $waiting ->
    [0] pas d'attente
    [one] { $waiting } personne attend
   *[other] { $waiting } personnes attendent
}
kiosk-status-full = Complet aujourd'hui
kiosk-status-queue = { $waiting ->
    [0] Pas d'attente
    [one] { $waiting } personne attend · environ { $minutes } min
   *[other] { $waiting } personnes attendent · environ { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] { $free } place
   *[other] { $free } places
}
kiosk-slot-full = Complet
kiosk-slot-past = Passé
kiosk-slot-soon = Commence
kiosk-when-queue = Un numéro dans la file · { $waiting ->
    [0] pas d'attente
    [one] { $waiting } personne attend
   *[other] { $waiting } personnes attendent
}
kiosk-when-number = Numéro { $number }

kiosk-problem-full = { $service } : cette heure vient d'être prise. Choisissez-en une autre, s'il vous plaît.
kiosk-problem-closed = Le service { $service } est fermé maintenant.
kiosk-problem-other = On ne peut pas réserver { $service } maintenant. Demandez à l'équipe, s'il vous plaît.
kiosk-problem-failed = Il y a eu un problème et rien n'a été réservé. Réessayez ou demandez à l'équipe.

slip-number = N° { $number }
slip-instruction = Montrez ce ticket au guichet.
kiosk-problem-unavailable = La borne ne peut pas réserver pour le moment. Demandez à l'équipe, s'il vous plaît.
kiosk-problem-again = Le service { $service } a été réservé ici il y a un instant. Si vous avez besoin d'une autre place, demandez à l'équipe, s'il vous plaît.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = Quel âge avez-vous ?
kiosk-question-gender = Vous êtes…
kiosk-question-housing = Où avez-vous dormi la nuit dernière ?
kiosk-question-first_visit = C'est la première fois que vous venez ici ?
kiosk-answer-age_band-under-25 = Moins de 25 ans
kiosk-answer-age_band-25-39 = De 25 à 39 ans
kiosk-answer-age_band-40-59 = De 40 à 59 ans
kiosk-answer-age_band-60-plus = 60 ans ou plus
kiosk-answer-gender-woman = Une femme
kiosk-answer-gender-man = Un homme
kiosk-answer-gender-other = Autre
kiosk-answer-housing-home = Chez moi
kiosk-answer-housing-friends = Chez des amis ou de la famille
kiosk-answer-housing-shelter = Dans un foyer
kiosk-answer-housing-outside = Dehors
kiosk-answer-first_visit-yes = Oui, c'est la première fois
kiosk-answer-first_visit-no = Non, pas la première fois
kiosk-answer-declined = Je préfère ne pas répondre
kiosk-question-skip = Passer cette question
kiosk-question-why = C'est anonyme : cela aide l'accueil de jour à s'organiser. Votre réponse n'est pas sur votre ticket.
kiosk-question-progress = Question { $number } sur { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Appeler l'équipe
kiosk-help-ask = Avez-vous besoin d'aide maintenant ?
kiosk-help-ask-detail = Une personne de l'équipe va venir à cette borne.
kiosk-help-yes = Oui, appeler l'équipe
kiosk-help-no = Non, revenir en arrière
kiosk-help-sent = Quelqu'un de l'équipe arrive.
kiosk-help-already = L'équipe a déjà été appelée.
kiosk-help-stay = Restez près de la borne, s'il vous plaît.
kiosk-help-failed = L'appel n'est pas passé.
kiosk-help-failed-detail = Demandez à n'importe qui à l'accueil, s'il vous plaît.
kiosk-help-ok = OK

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Lire cet écran à voix haute
kiosk-speech-today = Touchez un service pour voir ses horaires.
kiosk-speech-queue = Touchez « Prendre un numéro » pour avoir votre numéro.
kiosk-speech-slots = Touchez une heure pour la réserver.
kiosk-speech-confirm = Touchez « Imprimer mon ticket » pour avoir votre ticket.
kiosk-speech-question = Touchez une réponse, ou passez la question.

# Standby when a service is full today.
kiosk-standby = Attendre une place libre
kiosk-standby-detail = Si quelqu'un laisse sa place, nous appelons votre numéro sur l'écran de la salle d'attente.
kiosk-when-standby = Liste d'attente, numéro { $number }
slip-standby = Liste d'attente n° { $number }
slip-instruction-standby = Regardez l'écran : nous appelons votre numéro quand une place se libère.
