# Il chiosco per i visitatori e il tagliando stampato. Frasi brevi, parole di tutti i giorni.

# Il nome della lingua, nella sua scrittura, e la direzione della scrittura (ltr o rtl).
language-name = Italiano
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = it_IT
date-format = %A %-d %B

kiosk-choose-language = Scegli la lingua
kiosk-change-language = Cambia lingua
kiosk-start-again = Ricomincia
kiosk-today-title = Di cosa hai bisogno oggi?
kiosk-back = Indietro
kiosk-my-choices = Le mie scelte
kiosk-take-number = Prendi il numero
kiosk-confirm-title = Le tue scelte
kiosk-remove = Togli
kiosk-add-another = Aggiungi un altro servizio
kiosk-print = Stampa il mio tagliando
kiosk-printing = Sto stampando il tagliando…
kiosk-take-slip = Prendi il tagliando
kiosk-print-failed = La stampante non ha funzionato. Il tuo posto è salvato: chiedi agli operatori di stampare il tagliando.
kiosk-your-code = Il tuo codice
kiosk-show-slip = Mostra il tagliando o questo codice allo sportello.
kiosk-still-there = Sei ancora qui?
kiosk-im-here = Sono qui

kiosk-status-closed-today = Chiuso oggi
kiosk-status-over = Chiuso per oggi
kiosk-status-opens = Apre alle { $time }
kiosk-status-free = Libero alle { $time } · { $free ->
    [one] 1 posto
   *[other] { $free } posti
}
kiosk-status-calling = Ora chiamano il numero { $number } · { $waiting ->
    [0] nessuna attesa
    [one] 1 persona in attesa
   *[other] { $waiting } persone in attesa
}
kiosk-status-full = Pieno per oggi
kiosk-status-queue = { $waiting ->
    [0] Nessuna attesa
    [one] 1 persona in attesa · circa { $minutes } min
   *[other] { $waiting } persone in attesa · circa { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] 1 posto
   *[other] { $free } posti
}
kiosk-slot-full = Pieno
kiosk-slot-past = Passato
kiosk-slot-soon = Inizia ora
kiosk-when-queue = Un numero in coda · { $waiting ->
    [0] nessuna attesa
    [one] 1 persona in attesa
   *[other] { $waiting } persone in attesa
}
kiosk-when-number = Numero { $number }

kiosk-problem-full = { $service }: quell'orario è appena stato preso. Scegline un altro.
kiosk-problem-closed = { $service } ora è chiuso.
kiosk-problem-other = { $service } ora non si può prenotare. Chiedi agli operatori.
kiosk-problem-failed = Qualcosa non ha funzionato e non è stato prenotato niente. Riprova o chiedi agli operatori.

slip-number = N. { $number }
slip-instruction = Mostra questo tagliando allo sportello.
kiosk-problem-unavailable = Il chiosco ora non può prenotare. Chiedi agli operatori.
kiosk-problem-again = { $service } è stato prenotato qui un momento fa. Se ti serve un altro posto, chiedi agli operatori.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = Quanti anni hai?
kiosk-question-gender = Sei…
kiosk-question-housing = Dove hai dormito ieri notte?
kiosk-question-first_visit = È la prima volta che vieni qui?
kiosk-answer-age_band-under-25 = Meno di 25
kiosk-answer-age_band-25-39 = Da 25 a 39
kiosk-answer-age_band-40-59 = Da 40 a 59
kiosk-answer-age_band-60-plus = 60 o più
kiosk-answer-gender-woman = Una donna
kiosk-answer-gender-man = Un uomo
kiosk-answer-gender-other = Altro
kiosk-answer-housing-home = A casa
kiosk-answer-housing-friends = Da amici o parenti
kiosk-answer-housing-shelter = In un dormitorio
kiosk-answer-housing-outside = In strada
kiosk-answer-first_visit-yes = Sì, è la prima volta
kiosk-answer-first_visit-no = No, non è la prima volta
kiosk-answer-declined = Preferisco non dirlo
kiosk-question-skip = Salta questa domanda
kiosk-question-why = È anonimo: aiuta il centro a organizzarsi. La tua risposta non è sul tagliando.
kiosk-question-progress = Domanda { $number } di { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Chiama un operatore
kiosk-help-ask = Ti serve aiuto adesso?
kiosk-help-ask-detail = Un operatore verrà a questo chiosco.
kiosk-help-yes = Sì, chiama un operatore
kiosk-help-no = No, torna indietro
kiosk-help-sent = Un operatore sta arrivando.
kiosk-help-already = Un operatore è già stato chiamato.
kiosk-help-stay = Resta vicino al chiosco.
kiosk-help-failed = La chiamata non è partita.
kiosk-help-failed-detail = Chiedi a chiunque all'accoglienza.
kiosk-help-ok = OK

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Leggi ad alta voce questa pagina
kiosk-speech-today = Tocca un servizio per vedere gli orari.
kiosk-speech-queue = Tocca "Prendi il numero" per avere il tuo numero.
kiosk-speech-slots = Tocca un orario per prenotarlo.
kiosk-speech-confirm = Tocca "Stampa il mio tagliando" per avere il tagliando.
kiosk-speech-question = Tocca una risposta, oppure salta la domanda.

# Standby when a service is full today.
kiosk-standby = Aspetta un posto libero
kiosk-standby-detail = Se qualcuno rinuncia a un posto, chiamiamo il tuo numero sullo schermo della sala d'attesa.
kiosk-when-standby = Lista d'attesa, numero { $number }
slip-standby = Attesa n. { $number }
slip-instruction-standby = Guarda lo schermo: chiamiamo il tuo numero quando si libera un posto.
