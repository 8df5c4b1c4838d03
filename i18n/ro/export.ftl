# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Scrie serviciile centrului pentru un alt program: hsds pentru ghidul serviciilor unui oraș
cli-cmd-hsds = Scrie serviciile active, programul lor, zilele închise și limbile ca fișiere JSON Open Referral HSDS 3.0
cli-arg-out-dir = Dosarul în care se scriu fișierele (creat dacă lipsește)
export-hsds-written = { $count ->
    [one] { $count } serviciu listat în fișierele HSDS din { $path }
    [few] { $count } servicii listate în fișierele HSDS din { $path }
   *[other] { $count } de servicii listate în fișierele HSDS din { $path }
}
export-hsds-cannot-write = Nu se poate scrie în dosarul { $path } ({ $detail }). Alegeți alt dosar cu --out
export-hsds-failed = Fișierele HSDS nu au putut fi pregătite ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: centru de zi pentru persoane aflate în dificultate. Serviciile se rezervă la chioșcul de la intrare, fără a da numele
hsds-apply-slots = Rezervați o oră la chioșcul de la intrare, fără a vă da numele, și aduceți bonul tipărit la ghișeu
hsds-apply-queue = Luați un număr de la chioșcul de la intrare, fără a vă da numele, și așteptați să vă chemăm
hsds-closed = Închis în această zi
hsds-special-hours = Program special în această zi
hsds-language-name = { $code ->
    [it] italiană
    [ro] română
    [pa] punjabi
    [ar] arabă
    [sq] albaneză
    [en] engleză
    [fr] franceză
    [ur] urdu
    [uk] ucraineană
    [es] spaniolă
   *[other] { $code }
}
