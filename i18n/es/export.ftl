# sosta export: the site's services for other programs, e.g. a city's service directory.

cli-cmd-export = Escribe los servicios del centro para otro programa: hsds para la guía de servicios de una ciudad
cli-cmd-hsds = Escribe los servicios activos, sus horarios, los días de cierre y los idiomas como archivos JSON Open Referral HSDS 3.0
cli-arg-out-dir = La carpeta donde se escriben los archivos (se crea si no existe)
export-hsds-written = { $count ->
    [one] { $count } servicio incluido en los archivos HSDS de { $path }
   *[other] { $count } servicios incluidos en los archivos HSDS de { $path }
}
export-hsds-cannot-write = No se puede escribir en la carpeta { $path } ({ $detail }). Elige otra carpeta con --out
export-hsds-failed = No se pudieron preparar los archivos HSDS ({ $detail })

# The words of the HSDS listing itself, written in the country's language (Italian in
# Italy) whatever language the command line speaks.
hsds-organization-description = { $site }: centro de día para personas en dificultad. Los servicios se reservan en el quiosco de la entrada, sin dar el nombre
hsds-apply-slots = Reserva una hora en el quiosco de la entrada, sin dar tu nombre, y lleva el ticket impreso a la ventanilla
hsds-apply-queue = Toma un número en el quiosco de la entrada, sin dar tu nombre, y espera a que te llamen
hsds-closed = Cerrado este día
hsds-special-hours = Horario especial este día
hsds-language-name = { $code ->
    [it] italiano
    [ro] rumano
    [pa] panyabí
    [ar] árabe
    [sq] albanés
    [en] inglés
    [fr] francés
    [ur] urdu
    [uk] ucraniano
    [es] español
   *[other] { $code }
}
