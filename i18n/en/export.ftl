# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Write the site's services for another program: hsds for a city's service directory
cli-cmd-hsds = Write the active services, their opening hours, closed days and languages as Open Referral HSDS 3.0 JSON files
cli-arg-out-dir = The folder to write the files into (made if missing)
export-hsds-written = { $count ->
    [one] { $count } service listed in the HSDS files in { $path }
   *[other] { $count } services listed in the HSDS files in { $path }
}
export-hsds-cannot-write = The folder { $path } cannot be written ({ $detail }). Choose another folder with --out
export-hsds-failed = The HSDS files could not be made ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: a drop-in centre for people in difficulty. Services are booked at the kiosk at the entrance, without giving a name
hsds-apply-slots = Book a time at the kiosk at the entrance, without giving your name, and bring the printed slip to the desk
hsds-apply-queue = Take a number at the kiosk at the entrance, without giving your name, and wait until it is called
hsds-closed = Closed on this day
hsds-special-hours = Special hours on this day
hsds-language-name = { $code ->
    [it] Italian
    [ro] Romanian
    [pa] Punjabi
    [ar] Arabic
    [sq] Albanian
    [en] English
    [fr] French
    [ur] Urdu
    [uk] Ukrainian
    [es] Spanish
   *[other] { $code }
}
