# La línea de comandos: ayuda, resultados y errores para coordinadores y scripts.

cli-about = Sosta: el quiosco de autoservicio de un centro de día
cli-cmd-kiosk = El quiosco para los visitantes (predeterminado)
cli-cmd-services = Los servicios de hoy y las plazas que aún quedan libres
cli-cmd-book = Reserva un servicio como lo hace el quiosco, para una nueva visita anónima
cli-cmd-scan = El resultado de un ticket escaneado o de un código corto tecleado
cli-cmd-cancel = Anula una reserva de un ticket y libera su plaza
cli-cmd-staff = El puesto del personal en un mostrador: escanear tickets, atender, el tablero de hoy
cli-cmd-display = La pantalla de la sala de espera: los números que llaman las ventanillas y las franjas en curso, cada llamada con un aviso sonoro y leída en voz alta
cli-cmd-help = Muestra este mensaje o la ayuda de un comando
cli-cmd-catalogue = El catálogo de servicios: exportarlo a un archivo o importar uno
cli-cmd-catalogue-export = Escribe los servicios activos, sus horarios y los días especiales en un archivo TOML
cli-cmd-report = El informe para los financiadores de un mes o de un periodo: recuentos anónimos, números pequeños ocultos
cli-arg-data-dir = La carpeta de datos (si no, SOSTA_DATA_DIR; si no, la carpeta de datos del sistema)
cli-arg-now = El reloj, en formato RFC 3339 (para demostraciones y pruebas)
cli-arg-lang = El idioma de los mensajes (it, en, …)
cli-arg-json = Imprime JSON (descrito en el README)
cli-arg-fullscreen = Bloquea el quiosco a pantalla completa
cli-arg-windowed = Abre en una ventana en lugar de a pantalla completa
cli-arg-service = El nombre corto del servicio (slug), por ejemplo shower
cli-arg-slot = La hora de inicio de la franja, HH:MM (si no, la primera franja libre)
cli-arg-quantity = Cuántos artículos (para los servicios que reparten cosas)
cli-arg-payload = El texto del código QR, o el código corto
cli-arg-desk = El servicio de esta ventanilla
cli-arg-serve = Marca como atendida una reserva válida
cli-arg-code = El código corto o el texto QR del ticket
cli-arg-help = Muestra la ayuda
cli-arg-version = Muestra la versión

error-bad-lang = No hay traducciones para «{ $value }». Idiomas: { $known }
error-bad-now = «{ $value }» no es una fecha con hora. Escríbela en formato RFC 3339, por ejemplo 2026-11-25T10:30:00+01:00
error-bad-slot = «{ $value }» no es una hora. Escríbela como HH:MM, por ejemplo 10:30
error-unknown-service = No existe el servicio «{ $slug }». Servicios: { $known }
error-store-unreachable = No se puede abrir la base de datos. Comprueba que la carpeta de datos existe y que pertenece al usuario de Sosta
error-store-busy = La base de datos está ocupada por otro programa. Vuelve a intentarlo en un momento
error-store-read-only = No se puede escribir en la base de datos. Comprueba los permisos de la carpeta de datos
error-store-full = El disco está lleno: no se puede guardar nada más. Libera algo de espacio
error-store-damaged = La base de datos está dañada. Restáurala desde una copia de seguridad
error-store-newer = La base de datos la creó una versión más nueva de Sosta. Vuelve a instalar esa versión
error-store-other = No se pudo usar la base de datos. El motivo está escrito en el registro del programa
error-store-network = La carpeta de datos está en una unidad de red, donde el archivo de la base de datos no se puede compartir con seguridad. Deja la carpeta de datos en el disco de este ordenador, o comparte los datos a través de un servidor PostgreSQL (README, sección «Several computers»)
error-server-unreachable = No se puede conectar con el servidor de base de datos { $server }. Comprueba que está en marcha y que este ordenador está conectado a la red
error-server-login = El servidor de base de datos { $server } rechazó el usuario o la contraseña de Sosta. Comprueba [database] url en sosta.toml
error-server-no-database = El servidor de base de datos { $server } no tiene ninguna base de datos llamada { $database }. Créala como explica el README (sección «Several computers»)
error-server-not-sosta = La base de datos { $database } en { $server } contiene las tablas de otro programa. Dale a Sosta una base de datos propia y vacía
error-server-tls = El servidor de base de datos { $server } no acepta la conexión cifrada que pide [database] url (sslmode). Comprueba el certificado del servidor o la URL
error-payload = No se pudo crear el código del ticket: comprueba la fecha y la hora del ordenador
error-key-generation = No se pudo crear una clave nueva para los tickets: los números aleatorios del sistema no están disponibles
key-problem-line = Archivo de la clave de los tickets, línea { $line }: se esperan un identificador de clave y un secreto, separados por un espacio.
key-problem-id = Archivo de la clave de los tickets, línea { $line }: el identificador de clave no es un número del 0 al 255.
key-problem-length = Archivo de la clave de los tickets, línea { $line }: el secreto debe tener 64 caracteres, pero tiene { $length }.
key-problem-hex = Archivo de la clave de los tickets, línea { $line }: el secreto no está escrito en hexadecimal en minúsculas.
key-problem-duplicate = Archivo de la clave de los tickets, línea { $line }: el identificador { $id } ya se usa en la línea { $first }.
key-problem-empty = El archivo de la clave de los tickets no tiene ninguna clave.
error-data-dir = No se puede usar la carpeta de datos { $path }: { $detail }
error-no-data-dir = No hay carpeta de datos. Indica una con --data-dir o SOSTA_DATA_DIR
error-key-file = El archivo de la clave de los tickets { $path } está dañado. Restáuralo desde una copia de seguridad: sin él no se pueden verificar los tickets impresos con esa clave

settings-error-line = { $file }, línea { $line }: { $problem }
settings-error = { $file }: { $problem }
settings-problem-read = no se puede leer ({ $detail })
settings-problem-syntax = { $detail }
settings-problem-site-id = «{ $value }» no es un identificador de centro. Usa letras minúsculas, cifras y -, como máximo 32 caracteres
settings-problem-database-url = [database] url no es una dirección de PostgreSQL ({ $detail }). Escríbela como postgresql://user:password@server/database
settings-problem-time-zone = «{ $value }» no es una zona horaria. Usa un nombre como Europe/Rome
settings-problem-language = no hay traducciones para «{ $value }». Idiomas: { $allowed }
settings-problem-range = { $key } = { $value } está fuera de rango. Valores permitidos: de { $min } a { $max }
settings-problem-time-range = «{ $value }» no es un horario de apertura. Escríbelo como HH:MM-HH:MM, con el inicio antes del final
settings-problem-mode = «{ $value }» no es un modo de reserva. Valores permitidos: slots, queue
settings-problem-date = «{ $value }» no es una fecha. Escríbela como YYYY-MM-DD
settings-problem-weekday = «{ $value }» no es un día. Valores permitidos: mon, tue, wed, thu, fri, sat, sun
settings-problem-duplicate = el servicio «{ $value }» aparece dos veces

services-heading = Servicios del { $date }
services-service = { $name } ({ $slug }), { $desk }
services-closed-today = Cerrado hoy
services-slots-over = { $count ->
    [one] Ya pasó { $count } franja
   *[other] Ya pasaron { $count } franjas
}
services-slot-free = { $start }–{ $end }  { $free ->
    [one] { $free } plaza libre
   *[other] { $free } plazas libres
}
services-slot-full = { $start }–{ $end }  sin plazas
services-slot-too-soon = { $start }–{ $end }  empieza ahora
services-queue = Cola { $start }–{ $end }: { $waiting } esperando, unos { $minutes } min, quedan { $left }
services-queue-over = Cerrado por hoy

booked-heading = Reservado.
booked-slot = { $service }: { $start }–{ $end }, { $desk }
booked-number = { $service }: número { $number }, { $desk }
booked-code = Código corto: { $code }
booked-payload = Código QR: { $payload }

when-today = hoy a las { $time }
when-day = el { $date } a las { $time }

refusal-closed = El servicio { $service } está cerrado ahora. Abre { $when }
refusal-closed-long = El servicio { $service } está cerrado y no abre en las próximas dos semanas
refusal-full = La franja de las { $time } de { $service } está llena. { $next ->
    [none] Hoy no hay otras franjas libres
   *[other] La próxima franja libre es a las { $next }
}
refusal-full-today = { $service } no tiene plazas libres hoy
refusal-no-such-slot = { $service } no tiene ninguna franja a las { $time } hoy. { $next ->
    [none] Hoy no hay otras franjas libres
   *[other] La próxima franja libre es a las { $next }
}
refusal-slot-gone = La franja de las { $time } de { $service } ya empezó o empieza muy pronto. { $next ->
    [none] Hoy no hay otras franjas libres
   *[other] La próxima franja libre es a las { $next }
}
refusal-already-booked = Esta visita ya tiene una reserva para { $service }
refusal-overlap = { $service } a esa hora coincide con la reserva de { $other }
refusal-too-many = Una visita puede reservar como máximo { $limit ->
    [one] { $limit } servicio
   *[other] { $limit } servicios
}
refusal-again = { $service } se reservó desde este quiosco hace un momento: otra plaza se pide al personal
refusal-quantity = Para { $service } una visita puede llevarse de 1 a { $limit }

verdict-valid = VÁLIDO: atender a esta persona
verdict-served = ATENDIDO: marcado como atendido ahora
verdict-already-served = YA ATENDIDO: este ticket ya se usó
verdict-too-early = DEMASIADO PRONTO: la franja aún no ha empezado
verdict-too-late = DEMASIADO TARDE: la franja ya terminó (no se presentó)
verdict-not-today = NO ES DE HOY: este ticket es de otro día
verdict-cancelled = ANULADO: esta reserva fue anulada
verdict-other-service = OTRO SERVICIO: no hay reserva para esta ventanilla
verdict-forged = NO AUTÉNTICO: este ticket no se hizo aquí
verdict-malformed = NO ES UN TICKET: escanea de nuevo o escribe el código
verdict-unknown = DESCONOCIDO: aquí no hay ningún ticket con este código
verdict-genuine-offline = AUTÉNTICO, DE HOY: no se puede conectar con la base de datos, así que no se puede comprobar si ya se usó

status-booked = reservado
status-served = atendido
status-no-show = ausente
status-cancelled = anulado

cancelled = Anulado: { $service }. La plaza vuelve a estar libre
cancel-nothing = El ticket { $code } no tiene ninguna reserva para { $service }
cancel-not-booked = La reserva de { $service } no se puede anular. Estado: { $status }

cli-cmd-slip = Vuelve a hacer un ticket a partir de su código corto: lo imprime, o lo escribe con --out
cli-cmd-screenshot = Dibuja una pantalla del quiosco en un archivo PNG, sin monitor, con datos de demostración
cli-arg-slip-out = Escribe el ticket en este archivo PDF en lugar de imprimirlo
cli-arg-out = El archivo que se escribe
cli-arg-screen = La pantalla que se dibuja (ver --list)
cli-arg-size = El tamaño de la imagen en píxeles, ANCHOxALTO
cli-arg-list = Muestra la lista de pantallas
cli-arg-file = El archivo que se escribe
cli-arg-month = El mes del informe, YYYY-MM
cli-arg-from = El primer día del informe, YYYY-MM-DD
cli-arg-to = El último día del informe, YYYY-MM-DD
cli-arg-format = csv (una tabla para una hoja de cálculo), json o pdf (gráficos para imprimir, con --out)
catalogue-exported = { $count ->
    [one] { $count } servicio escrito en { $path }
   *[other] { $count } servicios escritos en { $path }
}
cli-cmd-keys = Las claves que firman los tickets: crear una nueva
cli-cmd-rotate = Firma los tickets nuevos con una clave nueva; los tickets firmados antes siguen siendo válidos
keys-rotated = Los tickets nuevos se firman con la clave { $id }. Los tickets firmados antes siguen siendo válidos
cli-cmd-db = La base de datos del centro: hacer una copia de seguridad, restaurarla desde una copia o trasladarla a un servidor PostgreSQL
cli-cmd-doctor = Comprueba aquello por lo que un voluntario pediría ayuda, y dice qué hacer
cli-cmd-copy = Copia todas las filas de este centro en una base de datos PostgreSQL vacía y las vuelve a contar en ambos lados
cli-arg-site = Otro centro de la misma base de datos, indicado por su identificador ([site] id)
cli-arg-target = La base de datos PostgreSQL en la que se copia, postgresql://user:password@server/database
db-copied = Copia en { $server } terminada: { $rows } filas en { $tables } tablas, contadas de nuevo en ambos lados. Ahora configura [database] url en el sosta.toml de cada ordenador
db-copy-from-server = Los datos de este centro ya están en { $server }. Haz la copia desde el ordenador cuya carpeta de datos contiene el archivo SQLite
db-copy-bad-url = --to no es una dirección de PostgreSQL ({ $detail }). Escríbela como postgresql://user:password@server/database
db-copy-not-empty = La base de datos en { $server } ya contiene datos de Sosta (tabla { $table }). Copia solo en una base de datos vacía: no se ha cambiado nada
db-copy-mismatch = La copia en { $server } no coincidía ({ $table }: { $here } filas aquí, { $there } allí), así que no se ha conservado nada. Inténtalo de nuevo; si vuelve a pasar, sigue usando el archivo de este ordenador
error-bad-month = «{ $value }» no es un mes. Escríbelo como YYYY-MM, por ejemplo 2026-11
error-bad-date = «{ $value }» no es una fecha. Escríbela como YYYY-MM-DD, por ejemplo 2026-11-25
error-bad-period = El periodo del { $from } al { $to } no es posible: el primer día no puede ser posterior al último, y entre ellos puede haber como máximo dos años
error-report-period = Indica el periodo: --month YYYY-MM, o --from YYYY-MM-DD con --to YYYY-MM-DD

booked-slip = Ticket: { $path }
error-print = La reserva está guardada (código { $code }). Vuelve a imprimir el ticket con: sosta slip { $code }
print-problem-draw = No se pudo dibujar el ticket.
print-problem-spool = No se pudo guardar el ticket en la carpeta de impresión (spool).
print-problem-no-cups = El sistema de impresión (CUPS) no está instalado.
print-problem-missing = La impresora { $printer } no se encuentra.
print-problem-disabled = La impresora { $printer } está apagada o en pausa.
print-problem-refused = La impresora { $printer } rechazó el ticket.
print-problem-denied = Sosta no tiene permiso para escribir en la impresora { $printer }: añade su usuario al grupo lp.
print-problem-timeout = La impresora { $printer } no responde. Comprueba que esté encendida y conectada.
print-problem-write = No se pudo enviar el ticket a la impresora { $printer }.
error-unknown-slip = No hay ningún ticket con el código { $code }
error-display = No se puede abrir la ventana del quiosco: { $detail }
error-bad-size = «{ $value }» no es un tamaño de imagen. Escríbelo como ANCHOxALTO, por ejemplo 1920x1080
error-unknown-screen = No existe la pantalla «{ $value }». Pantallas: { $known }
error-screenshot = No se pudo dibujar la pantalla: { $detail }
settings-problem-choice = { $key } = «{ $value }» no está permitido. Valores permitidos: { $allowed }

# Importing the catalogue of services from a file.
cli-cmd-import = Lee un archivo de catálogo: lo comprueba entero, muestra las diferencias y sustituye el catálogo, todo o nada
cli-arg-source = El archivo de catálogo que se lee
cli-arg-dry-run = Muestra qué cambiaría, sin cambiar nada
cli-arg-confirm = Importa aunque algunas reservas queden fuera del nuevo horario
catalogue-unchanged = El archivo es el catálogo en uso: no hay nada que cambiar
catalogue-diff-added = + { $slug }: servicio nuevo
catalogue-diff-withdrawn = - { $slug }: ya no se ofrece (sus reservas se mantienen)
catalogue-diff-changed = ~ { $slug } { $field }: { $before } -> { $after }
catalogue-stranded = { $count ->
    [one] { $count } reserva quedaría fuera del nuevo horario:
   *[other] { $count } reservas quedarían fuera del nuevo horario:
}
catalogue-stranded-booking = { $code }, { $service }, { $day } { $time }
catalogue-dry-run = Simulación: no se ha cambiado nada
catalogue-imported = Importado { $path }: añadidos: { $added }, cambiados: { $changed }, ya no ofrecidos: { $withdrawn }
catalogue-confirm-needed = No se ha importado nada. Avisa a las personas que tienen estas reservas, o vuelve a ejecutar con --confirm: las reservas se mantienen y el personal las ve en su panel
settings-problem-invalid = el servicio «{ $service }»: { $problem }
settings-problem-unprintable = «{ $value }» no se puede imprimir en un ticket: quítalo
settings-problem-printer-address = [printer] escpos = «{ $value }» no es una impresora de tickets. Escribe un dispositivo como /dev/usb/lp0 o una dirección como tcp://192.168.1.50:9100
settings-problem-both-printers = [printer] tiene a la vez escpos y destination: un ticket va a una sola impresora. Deja solo uno de los dos
catalogue-italian-name-needed = El servicio «{ $slug }» no tiene nombre en italiano, que es el que muestra todo idioma sin nombre propio: añádelo en [service.name] como it = "…"
cli-cmd-backup = Copia la base de datos en un archivo nuevo mientras los quioscos funcionan y comprueba la copia
db-backup-done = Copia de seguridad escrita en { $path } y comprobada: { $visits ->
    [one] { $visits } visita
   *[other] { $visits } visitas
}, { $bookings ->
    [one] { $bookings } reserva
   *[other] { $bookings } reservas
}, { $kib } KiB. Guárdala donde solo el usuario de Sosta pueda leerla
db-backup-no-folder = No existe la carpeta { $folder } en la que escribir la copia de seguridad
db-backup-on-server = La base de datos está en un servidor PostgreSQL: haz la copia de seguridad allí, con pg_dump, donde están los datos de todos los ordenadores
db-backup-exists = { $path } ya existe: una copia de seguridad nunca sobrescribe un archivo. Elige un nombre nuevo
db-backup-failed = No se ha podido escribir la copia de seguridad en { $path }: { $detail }
db-backup-folder = La carpeta { $folder } no se puede usar para copias de seguridad: { $detail }
db-backup-removed = { $count ->
    [one] { $count } copia de seguridad de más de { $days } días borrada
   *[other] { $count } copias de seguridad de más de { $days } días borradas
} de { $folder }
cli-arg-dir = Una carpeta para las copias de seguridad nocturnas, cada una con el nombre del centro y la hora; las de más de [backup] keep_days se borran
cli-cmd-restore = Pone una copia de seguridad en lugar de la base de datos: primero se comprueba el archivo, y la base de datos anterior se conserva
cli-arg-backup = El archivo de la copia de seguridad que se restaura, escrito por sosta db backup
db-restore-done = Restaurado desde { $path }: { $visits ->
    [one] { $visits } visita
   *[other] { $visits } visitas
}, { $bookings ->
    [one] { $bookings } reserva
   *[other] { $bookings } reservas
}. Vuelve a poner en marcha los quioscos y los puestos
db-restore-kept = La base de datos anterior se conserva como { $kept }
db-restore-on-server = La base de datos está en un servidor PostgreSQL: restáurala allí, con pg_restore, desde una copia hecha con pg_dump
db-restore-unreadable = No se puede leer { $path }: { $detail }. No se ha cambiado nada
db-restore-not-sqlite = { $path } no es una base de datos SQLite, así que no es una copia de seguridad de Sosta. No se ha cambiado nada
db-restore-damaged = { $path } está dañado ({ $detail }). Elige otra copia de seguridad: no se ha cambiado nada
db-restore-not-sosta = { $path } es una base de datos de otro programa, no una copia de seguridad de Sosta. No se ha cambiado nada
db-restore-newer = { $path } lo creó una versión más nueva de Sosta (esquema { $found }; esta conoce hasta el { $known }). Restáuralo con esa versión: no se ha cambiado nada
db-restore-in-use = La base de datos { $path } está en uso: un quiosco o un puesto está escribiendo en ella. Detén los quioscos y los puestos y vuelve a intentarlo: no se ha cambiado nada
db-restore-same-file = { $path } es la propia base de datos del centro: elige una copia de seguridad
db-restore-failed = No se ha podido restaurar la copia de seguridad ({ $path }: { $detail }). La base de datos está como estaba
standby-not-full = El servicio { $service } no está lleno hoy: reserva una plaza.
standby-joined = En la lista de espera de { $service }: número { $number }. Código { $code }
cli-arg-standby = Inscribe en la lista de espera de un servicio lleno hoy, en lugar de reservar
