# The coordinator's console in the staff station (administrators only).
# La console del coordinatore nella postazione operatori (solo amministratori).

station-console = Console
console-tab-services = Servizi
console-tab-staff = Operatori
console-tab-questions = Domande

console-new-service = Nuovo servizio
console-new-account = Nuovo account
console-new-pin-for = Nuovo PIN per { $name }
console-edit = Modifica
console-up = Su
console-down = Giù
console-withdraw = Non offrire più
console-offer = Offri di nuovo
console-pin = Nuovo PIN
console-reset = Sblocca
console-disable = Disattiva
console-enable = Riattiva
console-make-admin = Rendi coordinatore
console-make-staff = Rendi operatore
console-ask = Chiedi
console-skip = Non chiedere
console-save = Salva
console-save-anyway = Salva comunque
console-cancel = Annulla
console-yes = Sì
console-no = No

console-mode-slots = Fasce orarie
console-mode-queue = Numeri in coda
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] 1 posto
   *[other] { $capacity } posti
}{ $active ->
    [no] {" "}· non offerto
   *[yes] {""}
}
console-account-active = può accedere
console-account-disabled = disattivato
console-account-locked = bloccato dopo PIN sbagliati

console-question-age_band = Età: meno di 25, 25–39, 40–59, 60 o più
console-question-gender = Genere: donna, uomo, altro
console-question-housing = Dove ha dormito la notte scorsa: casa, amici o parenti, dormitorio, in strada
console-question-first_visit = Prima volta qui: sì o no
console-question-asked = Chiesta al chiosco, dopo la lingua. I visitatori possono sempre saltarla
console-question-not-asked = Non chiesta
console-questions-max = Al massimo { $max } domande: ognuna è una schermata in più prima dei servizi

console-field-name = Nome
console-field-description = Descrizione breve
console-field-name-in = Nome in { $language }
console-field-description-in = Descrizione breve in { $language }
console-field-icon = Immagine
console-field-desk = Sportello
console-field-mode = Posti
console-field-slot = Minuti per fascia
console-field-minutes = Minuti per persona
console-field-capacity = Posti per fascia, o numeri al giorno
console-field-per-visit = Massimo per una visita
console-field-dates = Giorni speciali: una data da sola vuol dire chiuso, oppure una data e i suoi orari; separa i giorni con ;
console-field-discreet = Discreto: il tagliando mostra solo lo sportello e l'ora
console-field-account-name = Nome
console-field-pin = PIN (da 6 a 12 cifre)
console-field-role = Ruolo

console-missing-languages = Manca un nome proprio in: { $languages }. Queste lingue mostrano il nome italiano
console-italian-name-needed = Scrivi prima il nome in italiano: ogni lingua senza un nome proprio mostra quello
console-not-a-number = { $field }: scrivi un numero intero
console-bad-hours = { $field }: scrivi gli orari come 09:00-12:00, più orari separati da spazi
console-bad-dates = { $field }: scrivi ogni giorno come 2026-12-25 (chiuso) o 2026-12-24 09:00-12:00, separati da ;
console-stranded = Queste prenotazioni resterebbero fuori dai nuovi orari. Restano prenotate: avvisa i visitatori, oppure tocca «Salva comunque»
console-slug-taken = Esiste già un servizio chiamato «{ $slug }»
console-service-gone = Nel frattempo il servizio è stato eliminato
console-unprintable = «{ $char }» (nel nome o nella descrizione in { $language }) non si può stampare su un tagliando: toglilo
console-scan-in-form = È stato letto un tagliando mentre questo modulo è aperto: non è stato scritto nel modulo. Salva o annulla il modulo, poi leggi di nuovo il tagliando
console-name-needs-letters = Il nome italiano deve contenere almeno una lettera dalla a alla z o una cifra: da questo si ricava anche il nome breve del servizio
console-withdraw-stranded = { $count ->
    [one] 1 prenotazione di questo servizio è ancora da servire. Resta prenotata: tocca di nuovo «Non offrire più» per confermare
   *[other] { $count } prenotazioni di questo servizio sono ancora da servire. Restano prenotate: tocca di nuovo «Non offrire più» per confermare
}
console-date-twice = { $field }: un giorno è scritto due volte. Scrivi ogni giorno una volta sola, con tutti i suoi orari
