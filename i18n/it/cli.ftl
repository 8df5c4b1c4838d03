# La riga di comando: aiuto, risultati ed errori per coordinatori e script.

cli-about = Sosta: il chiosco self-service di un drop-in
cli-cmd-kiosk = Il chiosco per i visitatori (predefinito)
cli-cmd-services = I servizi di oggi e i posti ancora liberi
cli-cmd-book = Prenota un servizio come fa il chiosco, per una nuova visita anonima
cli-cmd-scan = L'esito di un tagliando letto o di un codice breve digitato
cli-cmd-cancel = Annulla una prenotazione di un tagliando e libera il posto
cli-cmd-staff = La postazione degli operatori a uno sportello: leggi i tagliandi, servi, il quadro di oggi
cli-cmd-display = Lo schermo della sala d'attesa: i numeri chiamati dagli sportelli e gli orari in corso, ogni chiamata con un suono e letta ad alta voce
cli-cmd-help = Mostra questo messaggio o l'aiuto di un comando
cli-cmd-catalogue = Il catalogo dei servizi: esportalo in un file, o importane uno
cli-cmd-catalogue-export = Scrive i servizi attivi, i loro orari e i giorni speciali in un file TOML
cli-cmd-report = Il resoconto per i finanziatori di un mese o di un periodo: conteggi anonimi, numeri piccoli nascosti
cli-arg-data-dir = La cartella dei dati (altrimenti SOSTA_DATA_DIR, altrimenti quella del sistema)
cli-arg-now = L'orologio, in formato RFC 3339 (per prove e dimostrazioni)
cli-arg-lang = La lingua dei messaggi (it, en, …)
cli-arg-json = Stampa JSON (descritto nel README)
cli-arg-fullscreen = Blocca il chiosco a schermo intero
cli-arg-windowed = Apri in una finestra invece che a schermo intero
cli-arg-service = Il nome breve del servizio (slug), per esempio shower
cli-arg-slot = L'ora di inizio della fascia, HH:MM (altrimenti la prima libera)
cli-arg-quantity = Quanti articoli (per i servizi che distribuiscono oggetti)
cli-arg-payload = Il testo del codice QR, oppure il codice breve
cli-arg-desk = Il servizio di questo sportello
cli-arg-serve = Segna come servita una prenotazione valida
cli-arg-code = Il codice breve o il testo QR del tagliando
cli-arg-help = Mostra l'aiuto
cli-arg-version = Mostra la versione

error-bad-lang = Non ci sono traduzioni per «{ $value }». Lingue: { $known }
error-bad-now = «{ $value }» non è una data con ora. Scrivila in formato RFC 3339, per esempio 2026-11-25T10:30:00+01:00
error-bad-slot = «{ $value }» non è un orario. Scrivilo come HH:MM, per esempio 10:30
error-unknown-service = Il servizio «{ $slug }» non esiste. Servizi: { $known }
error-store-unreachable = Non è possibile aprire il database. Controlla che la cartella dei dati ci sia e che appartenga all'utente di Sosta
error-store-busy = Il database è occupato da un altro programma. Riprova tra un momento
error-store-read-only = Non è possibile scrivere nel database. Controlla i permessi della cartella dei dati
error-store-full = Il disco è pieno: non si può salvare più niente. Libera un po' di spazio
error-store-damaged = Il database è danneggiato. Ripristinalo da una copia
error-store-newer = Il database è stato creato da una versione più recente di Sosta. Installa di nuovo quella versione
error-store-other = Non è stato possibile usare il database. Il motivo è scritto nel log
error-store-network = La cartella dei dati è su un'unità di rete, dove il file del database non si può condividere in modo sicuro. Tieni la cartella dei dati sul disco di questo computer, oppure condividi i dati tramite un server PostgreSQL (README, sezione «Several computers»)
error-server-unreachable = Non è possibile raggiungere il server del database { $server }. Controlla che sia in funzione e che questo computer sia collegato alla rete
error-server-login = Il server del database { $server } ha rifiutato l'utente o la password di Sosta. Controlla [database] url in sosta.toml
error-server-no-database = Sul server del database { $server } non c'è un database chiamato { $database }. Crealo come spiega il README (sezione «Several computers»)
error-server-not-sosta = Il database { $database } su { $server } contiene le tabelle di un altro programma. Dai a Sosta un database vuoto, tutto suo
error-server-tls = Il server del database { $server } non accetta la connessione cifrata richiesta da [database] url (sslmode). Controlla il certificato del server o l'URL
error-payload = Non è stato possibile creare il codice del tagliando: controlla la data e l'ora del computer
error-key-generation = Non è stato possibile creare una nuova chiave dei tagliandi: i numeri casuali del sistema non sono disponibili
key-problem-line = File della chiave dei tagliandi, riga { $line }: servono un identificativo della chiave e un segreto, separati da uno spazio.
key-problem-id = File della chiave dei tagliandi, riga { $line }: l'identificativo della chiave non è un numero da 0 a 255.
key-problem-length = File della chiave dei tagliandi, riga { $line }: il segreto deve avere 64 caratteri, ma ne ha { $length }.
key-problem-hex = File della chiave dei tagliandi, riga { $line }: il segreto non è scritto in esadecimale minuscolo.
key-problem-duplicate = File della chiave dei tagliandi, riga { $line }: l'identificativo { $id } è già usato alla riga { $first }.
key-problem-empty = Il file della chiave dei tagliandi non contiene nessuna chiave.
error-data-dir = Non è possibile usare la cartella dei dati { $path }: { $detail }
error-no-data-dir = Manca la cartella dei dati. Indicala con --data-dir o SOSTA_DATA_DIR
error-key-file = Il file della chiave dei tagliandi { $path } è danneggiato. Ripristinalo da una copia: senza di esso i tagliandi stampati non si possono verificare

settings-error-line = { $file }, riga { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = non si può leggere ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = «{ $value }» non è un identificativo di sede. Usa lettere minuscole, cifre e -, al massimo 32 caratteri
settings-problem-database-url = [database] url non è un indirizzo PostgreSQL ({ $detail }). Scrivilo come postgresql://user:password@server/database
settings-problem-time-zone = «{ $value }» non è un fuso orario. Usa un nome come Europe/Rome
settings-problem-language = non ci sono traduzioni per «{ $value }». Lingue: { $allowed }
settings-problem-range = { $key } = { $value } è fuori dai limiti. Valori ammessi: da { $min } a { $max }
settings-problem-time-range = «{ $value }» non è un orario di apertura. Scrivilo come HH:MM-HH:MM, con l'inizio prima della fine
settings-problem-mode = «{ $value }» non è un modo di prenotazione. Valori ammessi: slots, queue
settings-problem-date = «{ $value }» non è una data. Scrivila come AAAA-MM-GG
settings-problem-weekday = «{ $value }» non è un giorno. Valori ammessi: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = il servizio «{ $value }» compare due volte

services-heading = Servizi del { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Chiuso oggi
services-slots-over = { $count ->
    [one] 1 fascia è già passata
   *[other] { $count } fasce sono già passate
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] 1 posto libero
   *[other] { $free } posti liberi
}
services-slot-full = { $start }–{ $end }  pieno
services-slot-too-soon = { $start }–{ $end }  sta per iniziare
services-queue = Coda { $start }–{ $end }: { $waiting } in attesa, circa { $minutes } min, ne restano { $left }
services-queue-over = Chiuso per oggi

booked-heading = Prenotato.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: numero { $number }, { $desk }
booked-code = Codice breve: { $code }
booked-payload = Codice QR: { $payload }

when-today = oggi alle { $time }
when-day = il { $date } alle { $time }

refusal-closed = { $service } ora è chiuso. Apre { $when }
refusal-closed-long = { $service } è chiuso e non apre nelle prossime due settimane
refusal-full = La fascia delle { $time } di { $service } è piena. { $next ->
    [none] Oggi non ci sono altre fasce libere
   *[other] La prossima fascia libera è alle { $next }
}
refusal-full-today = { $service } è pieno per oggi
refusal-no-such-slot = { $service } oggi non ha una fascia alle { $time }. { $next ->
    [none] Oggi non ci sono altre fasce libere
   *[other] La prossima fascia libera è alle { $next }
}
refusal-slot-gone = La fascia delle { $time } di { $service } è iniziata o sta per iniziare. { $next ->
    [none] Oggi non ci sono altre fasce libere
   *[other] La prossima fascia libera è alle { $next }
}
refusal-already-booked = Questa visita ha già una prenotazione per { $service }
refusal-overlap = { $service } a quell'ora si sovrappone alla prenotazione per { $other }
refusal-too-many = Una visita può prenotare al massimo { $limit } servizi
refusal-again = { $service } è stato prenotato da questo chiosco un momento fa: un altro posto passa dagli operatori
refusal-quantity = Per { $service } una visita può prendere da 1 a { $limit }

verdict-valid = VALIDO: servire questa persona
verdict-served = SERVITO: segnato come servito ora
verdict-already-served = GIÀ SERVITO: questo tagliando è stato usato
verdict-too-early = TROPPO PRESTO: la fascia non è ancora iniziata
verdict-too-late = TROPPO TARDI: la fascia è finita (assente)
verdict-not-today = NON È DI OGGI: questo tagliando è di un altro giorno
verdict-cancelled = ANNULLATO: questa prenotazione è stata annullata
verdict-other-service = ALTRO SERVIZIO: nessuna prenotazione per questo sportello
verdict-forged = NON AUTENTICO: questo tagliando non è stato fatto qui
verdict-malformed = NON È UN TAGLIANDO: leggere di nuovo o digitare il codice
verdict-unknown = SCONOSCIUTO: nessun tagliando con questo codice
verdict-genuine-offline = AUTENTICO, DI OGGI: il database non è raggiungibile, quindi non si può controllare se è già stato usato

status-booked = prenotato
status-served = servito
status-no-show = assente
status-cancelled = annullato

cancelled = Annullato: { $service }. Il posto è di nuovo libero
cancel-nothing = Il tagliando { $code } non ha prenotazioni per { $service }
cancel-not-booked = La prenotazione per { $service } non si può annullare: è { $status }

cli-cmd-slip = Rifà un tagliando dal suo codice breve: lo stampa, o lo scrive con --out
cli-cmd-screenshot = Disegna una schermata del chiosco in un file PNG, senza schermo, con dati dimostrativi
cli-arg-slip-out = Scrive il tagliando in questo file PDF invece di stamparlo
cli-arg-out = Il file da scrivere
cli-arg-screen = La schermata da disegnare (vedi --list)
cli-arg-size = La dimensione dell'immagine in pixel, LARGHEZZAxALTEZZA
cli-arg-list = Elenca le schermate
cli-arg-file = Il file da scrivere
cli-arg-month = Il mese del resoconto, YYYY-MM
cli-arg-from = Il primo giorno del resoconto, YYYY-MM-DD
cli-arg-to = L'ultimo giorno del resoconto, YYYY-MM-DD
cli-arg-format = csv (una tabella per un foglio di calcolo), json o pdf (grafici da stampare, con --out)
catalogue-exported = { $count ->
    [one] 1 servizio scritto in { $path }
   *[other] { $count } servizi scritti in { $path }
}
cli-cmd-keys = Le chiavi che firmano i tagliandi: creane una nuova
cli-cmd-rotate = Firma i nuovi tagliandi con una nuova chiave; i tagliandi firmati prima restano validi
keys-rotated = I nuovi tagliandi sono firmati con la chiave { $id }. I tagliandi firmati prima restano validi
cli-cmd-db = Il database della sede: fanne una copia di sicurezza, ripristinalo da una copia, oppure spostalo su un server PostgreSQL
cli-cmd-doctor = Controlla ciò per cui un volontario chiederebbe aiuto, e dice che cosa fare
cli-cmd-copy = Copia tutte le righe di questa sede in un database PostgreSQL vuoto e le conta di nuovo da entrambe le parti
cli-arg-site = Un'altra sede dello stesso database, indicata dal suo identificativo ([site] id)
cli-arg-target = Il database PostgreSQL in cui copiare, postgresql://user:password@server/database
db-copied = Copia su { $server } riuscita: { $rows } righe in { $tables } tabelle, contate di nuovo da entrambe le parti. Ora imposta [database] url nel sosta.toml di ogni computer
db-copy-from-server = I dati di questa sede sono già su { $server }. Fai la copia dal computer che ha il file SQLite nella sua cartella dei dati
db-copy-bad-url = --to non è un indirizzo PostgreSQL ({ $detail }). Scrivilo come postgresql://user:password@server/database
db-copy-not-empty = Il database su { $server } contiene già dati di Sosta (tabella { $table }). Copia solo in un database vuoto: non è stato cambiato niente
db-copy-mismatch = La copia su { $server } non corrispondeva ({ $table }: { $here } righe qui, { $there } là), quindi non è stato conservato niente. Riprova; se succede di nuovo, continua a usare il file di questo computer
error-bad-month = «{ $value }» non è un mese. Scrivilo come YYYY-MM, per esempio 2026-11
error-bad-date = «{ $value }» non è una data. Scrivila come YYYY-MM-DD, per esempio 2026-11-25
error-bad-period = Il periodo dal { $from } al { $to } non è possibile: il primo giorno non può venire dopo l'ultimo e tra i due ci possono essere al massimo due anni
error-report-period = Indica il periodo: --month YYYY-MM, oppure --from YYYY-MM-DD con --to YYYY-MM-DD

booked-slip = Tagliando: { $path }
error-print = La prenotazione è salvata (codice { $code }). Ristampa il tagliando con: sosta slip { $code }
print-problem-draw = Non è stato possibile disegnare il tagliando.
print-problem-spool = Non è stato possibile salvare il tagliando nella cartella di stampa (spool).
print-problem-no-cups = Il sistema di stampa (CUPS) non è installato.
print-problem-missing = La stampante { $printer } non c'è.
print-problem-disabled = La stampante { $printer } è spenta o in pausa.
print-problem-refused = La stampante { $printer } ha rifiutato il tagliando.
print-problem-denied = Sosta non ha il permesso di scrivere sulla stampante { $printer }: aggiungi il suo utente al gruppo lp.
print-problem-timeout = La stampante { $printer } non risponde. Controlla che sia accesa e collegata.
print-problem-write = Non è stato possibile inviare il tagliando alla stampante { $printer }.
error-unknown-slip = Non c'è nessun tagliando con il codice { $code }
error-display = Non è possibile aprire la finestra del chiosco: { $detail }
error-bad-size = «{ $value }» non è una dimensione. Scrivila come LARGHEZZAxALTEZZA, per esempio 1920x1080
error-unknown-screen = La schermata «{ $value }» non esiste. Schermate: { $known }
error-screenshot = Non è stato possibile disegnare la schermata: { $detail }
settings-problem-choice = { $key } = «{ $value }» non è ammesso. Valori ammessi: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Legge un file di catalogo: lo controlla tutto, mostra le differenze e sostituisce il catalogo, tutto o niente
cli-arg-source = Il file di catalogo da leggere
cli-arg-dry-run = Mostra cosa cambierebbe, senza cambiare niente
cli-arg-confirm = Importa anche se alcune prenotazioni resterebbero fuori dai nuovi orari
catalogue-unchanged = Il file è il catalogo in uso: non c'è niente da cambiare
catalogue-diff-added = + { $slug }: servizio nuovo
catalogue-diff-withdrawn = - { $slug }: non più offerto (le sue prenotazioni restano)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] 1 prenotazione resterebbe fuori dai nuovi orari:
   *[other] { $count } prenotazioni resterebbero fuori dai nuovi orari:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Prova: non è stato cambiato niente
catalogue-imported = Importato { $path }: aggiunti { $added }, cambiati { $changed }, non più offerti { $withdrawn }
catalogue-confirm-needed = Non è stato importato niente. Avvisa i visitatori di queste prenotazioni, oppure esegui di nuovo con --confirm: le prenotazioni restano e gli operatori le vedono nel loro quadro
settings-problem-invalid = il servizio «{ $service }»: { $problem }
settings-problem-unprintable = «{ $value }» non si può stampare su un tagliando: toglilo
settings-problem-printer-address = [printer] escpos = «{ $value }» non è una stampante per scontrini. Scrivi un dispositivo come /dev/usb/lp0 o un indirizzo come tcp://192.168.1.50:9100
settings-problem-both-printers = in [printer] ci sono sia escpos sia destination: un tagliando va a una sola stampante. Tienine uno solo
catalogue-italian-name-needed = Il servizio «{ $slug }» non ha un nome italiano, che è il nome mostrato da ogni lingua senza un nome proprio: aggiungilo sotto [service.name] come it = "…"
cli-cmd-backup = Copia il database in un file nuovo mentre i chioschi sono in funzione, e verifica la copia
db-backup-done = Copia di sicurezza scritta in { $path } e verificata: { $visits ->
    [one] 1 visita
   *[other] { $visits } visite
}, { $bookings ->
    [one] 1 prenotazione
   *[other] { $bookings } prenotazioni
}, { $kib } KiB. Conservala dove solo l'utente di Sosta può leggerla
db-backup-no-folder = Non esiste la cartella { $folder } in cui scrivere la copia di sicurezza
db-backup-on-server = Il database è su un server PostgreSQL: fanne la copia di sicurezza lì, con pg_dump, dove ci sono i dati di tutti i computer
db-backup-exists = { $path } esiste già: una copia di sicurezza non sovrascrive mai un file. Scegli un nome nuovo
db-backup-failed = Non è stato possibile scrivere la copia di sicurezza in { $path }: { $detail }
db-backup-folder = La cartella { $folder } non si può usare per le copie di sicurezza: { $detail }
db-backup-removed = { $count ->
    [one] Tolta da { $folder } 1 copia di sicurezza più vecchia di { $days } giorni
   *[other] Tolte da { $folder } { $count } copie di sicurezza più vecchie di { $days } giorni
}
cli-arg-dir = Una cartella per le copie di sicurezza notturne, ognuna con il nome della sede e l'ora; quelle più vecchie di [backup] keep_days vengono tolte
cli-cmd-restore = Mette una copia di sicurezza al posto del database: prima il file viene verificato, e il database precedente viene conservato
cli-arg-backup = Il file della copia di sicurezza da ripristinare, scritto da sosta db backup
db-restore-done = Ripristinato da { $path }: { $visits ->
    [one] 1 visita
   *[other] { $visits } visite
}, { $bookings ->
    [one] 1 prenotazione
   *[other] { $bookings } prenotazioni
}. Riavvia i chioschi e le postazioni
db-restore-kept = Il database precedente è conservato come { $kept }
db-restore-on-server = Il database è su un server PostgreSQL: ripristinalo lì, con pg_restore, da una copia fatta con pg_dump
db-restore-unreadable = Non è possibile leggere { $path }: { $detail }. Non è stato cambiato niente
db-restore-not-sqlite = { $path } non è un database SQLite, quindi non è una copia di sicurezza di Sosta. Non è stato cambiato niente
db-restore-damaged = { $path } è danneggiato ({ $detail }). Scegli un'altra copia di sicurezza: non è stato cambiato niente
db-restore-not-sosta = { $path } è un database di un altro programma, non una copia di sicurezza di Sosta. Non è stato cambiato niente
db-restore-newer = { $path } è stato creato da una versione più recente di Sosta (schema { $found }; questa conosce fino al { $known }). Ripristinalo con quella versione: non è stato cambiato niente
db-restore-in-use = Il database { $path } è in uso: un chiosco o una postazione ci sta scrivendo. Ferma i chioschi e le postazioni, poi riprova: non è stato cambiato niente
db-restore-same-file = { $path } è il database stesso della sede: scegli una copia di sicurezza
db-restore-failed = Non è stato possibile ripristinare la copia di sicurezza ({ $path }: { $detail }). Il database è com'era
standby-not-full = { $service } oggi non è pieno: prenota un posto.
standby-joined = Nella lista d'attesa di { $service }: numero { $number }. Codice { $code }
cli-arg-standby = Mettiti nella lista d'attesa di un servizio pieno per oggi, invece di prenotare
