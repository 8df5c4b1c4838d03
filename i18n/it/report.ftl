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
