# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Scrive i servizi della sede per un altro programma: hsds per la guida ai servizi del Comune
cli-cmd-hsds = Scrive i servizi attivi, i loro orari, i giorni di chiusura e le lingue come file JSON Open Referral HSDS 3.0
cli-arg-out-dir = La cartella in cui scrivere i file (creata se manca)
export-hsds-written = { $count ->
    [one] { $count } servizio elencato nei file HSDS in { $path }
   *[other] { $count } servizi elencati nei file HSDS in { $path }
}
export-hsds-cannot-write = Impossibile scrivere nella cartella { $path } ({ $detail }). Scegli un'altra cartella con --out
export-hsds-failed = Impossibile preparare i file HSDS ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: centro diurno di accoglienza per persone in difficoltà. I servizi si prenotano al chiosco all'ingresso, senza dare il nome
hsds-apply-slots = Prenota un orario al chiosco all'ingresso, senza dare il tuo nome, e porta allo sportello il tagliando stampato
hsds-apply-queue = Prendi un numero al chiosco all'ingresso, senza dare il tuo nome, e aspetta la chiamata
hsds-closed = Chiuso in questo giorno
hsds-special-hours = Orario speciale in questo giorno
hsds-language-name = { $code ->
    [it] italiano
    [ro] rumeno
    [pa] punjabi
    [ar] arabo
    [sq] albanese
    [en] inglese
    [fr] francese
    [ur] urdu
    [uk] ucraino
    [es] spagnolo
   *[other] { $code }
}
