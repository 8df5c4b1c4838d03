# Account del personale e registro delle azioni, dalla riga di comando.

cli-cmd-staff-user = Gestisce gli account del personale (aggiungi, elenca, disattiva, sblocca)
cli-cmd-add = Aggiunge un account; il PIN si legge dall'input standard, una riga
cli-cmd-list = Elenca gli account del personale, senza i PIN
cli-cmd-disable = Disattiva un account: non potrà più accedere
cli-cmd-reset-lock = Sblocca un account bloccato dopo troppi PIN sbagliati
cli-cmd-pin = Dai a un account un PIN nuovo, letto come per add, e sbloccalo
cli-cmd-audit = Il registro delle azioni del personale in un giorno
cli-arg-name = Il nome della persona dello staff
cli-arg-role = Il ruolo: staff oppure admin
cli-arg-date = Il giorno, AAAA-MM-GG

staff-added-staff = Account di { $name } aggiunto, ruolo: operatore
staff-added-admin = Account di { $name } aggiunto, ruolo: amministratore
staff-disabled = L'account di { $name } è disattivato: non si può più accedere
staff-lock-reset = L'account di { $name } è sbloccato: si può di nuovo accedere
staff-pin-changed = { $name } ha un PIN nuovo e può entrare con quello
staff-pin-prompt = PIN nuovo (solo cifre, non viene mostrato):
staff-pin-weak-one-digit = Il PIN è sempre la stessa cifra: scegline uno difficile da indovinare
staff-pin-weak-run = Il PIN conta in avanti o indietro (come 123456): scegline uno difficile da indovinare
staff-pin-weak-date = Il PIN sembra una data o un anno: scegline uno difficile da indovinare
staff-pin-weak-common = Il PIN è tra quelli scelti più spesso: scegline uno difficile da indovinare
staff-pin-weak-repeated = Il PIN ripete un breve gruppo di cifre (come 121212): scegline uno difficile da indovinare
staff-list-empty = Non ci sono ancora account. Aggiungine uno con: sosta staff-user add NOME --role admin
staff-role-staff = operatore
staff-role-admin = amministratore
staff-state-active = attivo
staff-state-disabled = disattivato
staff-lock-open = può accedere
staff-lock-wait = deve aspettare fino alle { $time }
staff-lock-locked = bloccato: un amministratore deve sbloccarlo
staff-account-gone = Nel frattempo l'account è stato eliminato
staff-unknown = Non c'è nessun account «{ $name }». Account: { $known }
staff-name-taken = Esiste già un account «{ $name }». Scegli un altro nome
staff-name-empty = Il nome è vuoto
staff-name-too-long = Il nome è troppo lungo: al massimo { $max } caratteri
staff-name-control = Il nome contiene caratteri di controllo
staff-pin-missing = Manca il PIN. Scrivilo su una riga dell'input standard, per esempio: echo 482957 | sosta staff-user add NOME --role staff
staff-pin-too-short = Il PIN è troppo corto: servono almeno { $min } cifre
staff-pin-too-long = Il PIN è troppo lungo: al massimo { $max } cifre
staff-pin-not-digits = Il PIN può contenere solo cifre da 0 a 9
staff-error-hash = Non è stato possibile proteggere il PIN: { $detail }
staff-error-input = Non è possibile leggere il PIN dall'input standard: { $detail }
staff-error-output = Non è possibile scrivere il risultato: { $detail }

audit-heading = Registro del { $date }
audit-empty = Nessuna azione registrata il { $date }
audit-bad-date = «{ $value }» non è una data. Scrivila come AAAA-MM-GG, per esempio 2026-11-25
audit-command-line = riga di comando
audit-action-serve = servito
audit-action-no-show = assente
audit-action-cancel = annullato
audit-action-close-service = servizio chiuso
audit-action-capacity = capienza cambiata
audit-action-login = accesso
audit-action-login-failed = accesso rifiutato
audit-action-logout = uscita
audit-action-reset-lock = account sbloccato
audit-action-staff-added = account aggiunto
audit-action-staff-disabled = account disattivato
audit-action-call-next = numero chiamato
audit-action-kiosk-closed = chiosco chiuso
audit-action-pin-changed = PIN cambiato
audit-detail-wrong-pin = PIN sbagliato
audit-detail-wait = troppi tentativi, in attesa
audit-detail-locked = account bloccato
audit-detail-disabled = account disattivato

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = Questo è l'ultimo amministratore attivo: prima rendi amministratore un altro account
audit-action-service-added = servizio aggiunto
audit-action-service-changed = servizio modificato
audit-action-catalogue-imported = catalogo importato
audit-action-staff-enabled = account riattivato
audit-action-role-changed = ruolo cambiato
audit-action-settings-changed = impostazioni cambiate
audit-action-help-called = un chiosco ha chiamato aiuto
audit-action-help-answered = chiamata d'aiuto presa in carico

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = «{ $value }» non può essere il nome breve di un servizio. Usa lettere minuscole, cifre e -, al massimo 40 caratteri
invalid-capacity = { $value } posti sono troppi. Valori ammessi: da 0 a { $max }
invalid-per-visit = { $value } per visita è fuori dai limiti. Valori ammessi: da 1 a 100
invalid-minutes = { $value } minuti: fuori dai limiti. Valori ammessi: da 1 a 1440
invalid-overlap = il { $day }, gli orari { $first } e { $second } si sovrappongono
invalid-slot-too-long = il { $day }, l'orario { $range } è più breve di una fascia di { $minutes } minuti
