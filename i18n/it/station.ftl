# La postazione degli operatori allo sportello. Gli operatori sono di fretta e in piedi:
# parole brevi e chiare.

station-who-are-you = Chi sei? Tocca il tuo nome
station-pin-clear = Cancella una cifra
station-pin-ok = Entra
station-scan-now = Leggi un tagliando
station-or-type = oppure scrivi il codice del tagliando
station-erase = Cancella
station-check-code = Controlla il codice
station-served = Servito
station-next = Avanti
station-board = Il quadro di oggi
station-scan = Leggi
station-logout = Esci
station-close-today = Chiudi per oggi
station-capacity = Posti per fascia oggi:
station-capacity-less = Un posto in meno oggi
station-capacity-more = Un posto in più oggi
station-mark-no-show = Assente
station-cancel-booking = Annulla
station-all-desks = Tutti gli sportelli
station-login-first = Prima entra, poi leggi di nuovo il tagliando
station-login-wrong = PIN sbagliato. { $left ->
    [0] Aspetta un momento prima di riprovare
    [one] Ancora 1 tentativo prima di un'attesa
   *[other] Ancora { $left } tentativi prima di un'attesa
}
station-login-wait = Troppi PIN sbagliati. Riprova alle { $time }
station-login-locked = Questo account è bloccato dopo troppi PIN sbagliati. Deve sbloccarlo un amministratore
station-login-disabled = Questo account non è attivo. Chiedi a un amministratore
station-slip-language = Tagliando in { $language }
station-board-summary = Prenotati { $booked } · serviti { $served } · assenti { $noshow }

# L'angolo degli operatori nel chiosco (tenere premuto 3 secondi il nome del posto, poi il PIN).
corner-menu-title = Operatore: { $name }
corner-open-station = Apri la postazione operatori
corner-exit = Chiudi il chiosco
corner-reprint = Ristampa un tagliando recente
corner-close-service = Chiudi un servizio per il resto di oggi
corner-back-to-kiosk = Torna al chiosco
corner-reprinted = Tagliando { $code } ristampato
corner-closed = { $service } è chiuso per il resto di oggi
corner-station-opened = La postazione operatori si apre in una finestra sua
corner-station-failed = Non è stato possibile avviare la postazione operatori. Il motivo è scritto nel log

# Sportelli con la coda e oggetti consegnati.
station-now-calling = Chiamato ora: { $number }
station-call-next = Chiama il prossimo
station-nobody-waiting = Non aspetta nessuno
station-quantity = Oggetti consegnati:
station-quantity-less = Un oggetto in meno
station-quantity-more = Un oggetto in più
station-admin-only = Solo un amministratore può farlo. Chiedi al coordinatore
station-login-shared = Questo PIN appartiene a più di un account. Chiedi a un amministratore un PIN nuovo
corner-admin-only = Solo un amministratore può farlo
corner-pin-title = PIN operatore
station-help-alert = Il chiosco { $kiosk } chiede aiuto ({ $time }). Vai a vedere.
station-help-going = Vado io
station-help-taken = Ci sta già andando un collega.
station-standby-may-come = Attesa { $number } può venire ora (fino alle { $time }).
