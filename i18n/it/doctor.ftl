# sosta doctor: ogni controllo dice che cosa ha trovato e, per un problema, che cosa fare.

doctor-status-ok = ok
doctor-status-warn = avviso
doctor-status-problem = PROBLEMA
doctor-fine = Niente blocca il chiosco. Avvisi: { $warnings }
doctor-problems = Problemi: { $problems }. Avvisi: { $warnings }. Fai quello che dice ogni problema, poi esegui di nuovo sosta doctor

doctor-folder-ok = La cartella dei dati { $path } c'è e solo l'utente di Sosta può leggerla
doctor-folder-missing = La cartella dei dati { $path } non esiste
doctor-folder-missing-todo = Avvia Sosta una volta (sosta kiosk) per crearla, oppure controlla --data-dir e SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } è un file, non una cartella
doctor-folder-not-folder-todo = Scegli la cartella dei dati giusta con --data-dir o SOSTA_DATA_DIR
doctor-folder-open = Altri utenti di questo computer possono leggere: { $paths }
doctor-folder-open-todo = Esegui: chmod -R go-rwx { $path }

doctor-settings-ok = Il file delle impostazioni è corretto
doctor-settings-default = Non c'è ancora un file delle impostazioni: il primo avvio ne scrive uno con i valori predefiniti
doctor-settings-bad-todo = Correggi quella riga di sosta.toml: Sosta non parte finché non è giusta

doctor-database-ok = Il database { $place } è integro (versione dello schema { $version })
doctor-database-none = Non c'è ancora un database in { $path }
doctor-database-none-todo = Avvia Sosta una volta per crearlo. Se la sede aveva prenotazioni qui, rimetti invece l'ultima copia di sicurezza (vedi Backups nel README)
doctor-database-unreadable = Il database { $place } non si può leggere: { $detail }
doctor-database-damaged = Il database { $place } non ha superato il controllo di integrità: { $detail }
doctor-database-restore-todo = Non cancellarlo. Ferma chioschi e postazioni, tieni una copia del file e rimetti l'ultima copia di sicurezza (vedi Backups nel README)
doctor-database-older = Il database { $place } ha la versione dello schema { $version }: il prossimo avvio lo porta alla { $known }
doctor-database-newer = Il database { $place } ha la versione dello schema { $version }, più nuova di quella che questo programma conosce ({ $known })
doctor-database-newer-todo = Installa la stessa versione di Sosta degli altri computer che usano questo database
doctor-server-unreachable = Il server del database { $place } non si raggiunge: { $detail }
doctor-server-unreachable-todo = Controlla la rete e che il server sia acceso; il suo indirizzo è [database] url in sosta.toml (o SOSTA_DATABASE_URL)

doctor-key-ok = Il file della chiave dei tagliandi { $path } c'è e solo l'utente di Sosta può leggerlo
doctor-key-server = Le chiavi dei tagliandi sono nel database della sede
doctor-key-missing = Manca il file della chiave dei tagliandi { $path }
doctor-key-damaged = Il file della chiave dei tagliandi { $path } non si può leggere: { $detail }
doctor-key-restore-todo = Rimetti il file slip-keys dalla tua copia di sicurezza prima del prossimo avvio: senza di esso i tagliandi già stampati non si possono verificare
doctor-key-open = Altri utenti possono leggere il file della chiave dei tagliandi { $path } (permessi { $mode })
doctor-key-open-todo = Esegui: chmod 600 { $path }. Se qualcuno potrebbe averlo copiato, esegui anche: sosta keys rotate

doctor-printer-none = Nessuna stampante impostata: i tagliandi sono solo salvati in { $path }
doctor-printer-none-todo = Indica la stampante in sosta.toml, sotto [printer]: destination (una coda CUPS) o escpos (una stampante per scontrini)
doctor-printer-no-cups = Il sistema di stampa (CUPS) non è installato: lpstat non si trova
doctor-printer-no-cups-todo = Installalo (apt install cups cups-client) e aggiungi la stampante, oppure chiedi a chi si occupa di questo computer
doctor-printer-no-default = CUPS non ha una stampante predefinita
doctor-printer-no-default-todo = Indica la coda in sosta.toml sotto [printer] destination, oppure rendine una predefinita: lpoptions -d CODA
doctor-printer-missing = In CUPS non c'è la stampante { $printer }
doctor-printer-missing-todo = Controlla il nome con lpstat -p, oppure aggiungi la stampante in CUPS (http://localhost:631)
doctor-printer-disabled = La stampante { $printer } è disattivata
doctor-printer-disabled-todo = Controlla carta, coperchio e cavo, poi esegui: cupsenable { $printer }
doctor-printer-rejecting = La stampante { $printer } non accetta lavori
doctor-printer-rejecting-todo = Esegui: cupsaccept { $printer }
doctor-printer-paper = La stampante { $printer } non ha un formato di carta per i tagliandi { $format } (ha: { $sizes })
doctor-printer-paper-todo = Scegli in CUPS il driver della stampante adatto al tuo rotolo, oppure imposta [printer] format in sosta.toml sulla carta che ha
doctor-printer-ok = La stampante { $printer } è attiva e accetta lavori
doctor-escpos-ok = La stampante per scontrini { $printer } si raggiunge
doctor-escpos-missing = La stampante per scontrini { $printer } non si raggiunge: { $detail }
doctor-escpos-missing-todo = Controlla che sia accesa, il cavo o la rete; il suo indirizzo è [printer] escpos in sosta.toml
doctor-escpos-denied = L'utente di Sosta non può scrivere sulla stampante per scontrini { $printer }
doctor-escpos-denied-todo = Aggiungi l'utente di Sosta al gruppo lp (adduser UTENTE lp), poi rientra

doctor-disk-ok = Spazio libero sul disco: { $free } MiB
doctor-disk-low = Poco spazio libero sul disco: { $free } MiB
doctor-disk-full = Il disco è quasi pieno: { $free } MiB liberi. Presto le prenotazioni potrebbero non essere salvate
doctor-disk-todo = Libera spazio: cancella i file vecchi e le copie che non servono più, o svuota il cestino
doctor-disk-unknown = Non è stato possibile leggere lo spazio libero sul disco: { $detail }

doctor-clock-ok = Fuso orario { $zone }: l'orologio segna { $time }. Confrontalo con un orologio
doctor-clock-behind = L'orologio segna { $time }, prima dell'ultima visita ({ $newest }): l'orologio è sbagliato
doctor-clock-todo = Imposta data e ora (timedatectl set-time), oppure attiva l'ora di rete (timedatectl set-ntp true)

doctor-fonts-ok = I caratteri del tagliando per tutte le lingue sono inclusi e si caricano
doctor-fonts-bad = Un carattere del tagliando non si carica: { $detail }
doctor-fonts-todo = Installa di nuovo Sosta

doctor-voice-off = La lettura ad alta voce è spenta ([kiosk] read_aloud = false): non controllato
doctor-espeak-ok = La voce è installata: { $version }
doctor-espeak-missing = La voce (espeak-ng) non è installata: il chiosco non può leggere ad alta voce
doctor-espeak-missing-todo = Installala (apt install espeak-ng), oppure imposta read_aloud = false sotto [kiosk] in sosta.toml
doctor-sound-ok = Schede audio trovate: { $count }
doctor-sound-none = Nessuna scheda audio trovata (aplay -l)
doctor-sound-none-todo = Collega gli altoparlanti e controlla le impostazioni audio (alsamixer), oppure imposta read_aloud = false sotto [kiosk]
doctor-sound-no-aplay = Il lettore audio (aplay) non è installato
doctor-sound-no-aplay-todo = Installalo (apt install alsa-utils), oppure imposta read_aloud = false sotto [kiosk]
