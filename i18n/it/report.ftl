# Il resoconto PDF per i finanziatori (Comune e Regione): grafici a barre da stampare in
# bianco e nero. Parole semplici: lo legge chi non conosce Sosta.

report-title = { $site } — resoconto dell'attività
report-period = Periodo: { $from } – { $to }
report-note = I numeri da 1 a { $last } sono scritti { $small }; { $withheld } indica un numero nascosto perché non si possa risalire a uno piccolo.
report-page = Pagina { $page } di { $pages }
report-total = Totale: { $total }
report-withheld-table = Tabella nascosta: ogni numero qui è troppo piccolo per mostrarlo
report-nothing = Nessuno in questo periodo
report-table-visits-by-day = Visite per giorno
report-table-visits-by-weekday = Visite per giorno della settimana
report-table-visits-by-hour = Visite per ora del giorno
report-table-languages = Visite per lingua
report-table-bookings = Prenotazioni per servizio
report-table-outcomes = { $service }: com'è andata con le prenotazioni
report-table-items = Oggetti distribuiti
report-waits = Attesa in coda (minuti)
report-waits-service = Servizio
report-waits-count = Attese
report-waits-median = Mediana
report-waits-p90 = 9 su 10 entro
error-report-pdf-needs-out = Il resoconto PDF va scritto in un file: aggiungi --out FILE.pdf
error-report-pdf = Non si può disegnare il resoconto PDF: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Età (risposta al chiosco)
report-table-gender = Genere (risposta al chiosco)
report-table-housing = Dove hanno dormito la notte precedente (risposta al chiosco)
report-table-first-visit = Primo accesso al centro (risposta al chiosco)
report-key-age-band-under-25 = Meno di 25 anni
report-key-age-band-25-39 = Da 25 a 39 anni
report-key-age-band-40-59 = Da 40 a 59 anni
report-key-age-band-60-plus = 60 anni e oltre
report-key-age-band-declined = Preferisce non rispondere
report-key-age-band-none = Nessuna risposta
report-key-gender-woman = Donna
report-key-gender-man = Uomo
report-key-gender-other = Altro
report-key-gender-declined = Preferisce non rispondere
report-key-gender-none = Nessuna risposta
report-key-housing-home = A casa
report-key-housing-friends = Da amici o parenti
report-key-housing-shelter = In dormitorio o struttura di accoglienza
report-key-housing-outside = In strada
report-key-housing-declined = Preferisce non rispondere
report-key-housing-none = Nessuna risposta
report-key-first-visit-yes = Primo accesso
report-key-first-visit-no = Già venuti in passato
report-key-first-visit-none = Nessuna risposta
report-no-data = Nessun conteggio dal { $from } al { $to }: nessun giorno di quel periodo ha visite registrate qui. Nessun resoconto è stato scritto.
report-key-first-visit-declined = Preferisce non rispondere
