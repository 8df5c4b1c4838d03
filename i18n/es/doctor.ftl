# sosta doctor: cada comprobación dice qué ha encontrado y, si hay un problema, qué hacer.

doctor-status-ok = ok
doctor-status-warn = aviso
doctor-status-problem = PROBLEMA
doctor-fine = Nada impide que el quiosco funcione. Avisos: { $warnings }
doctor-problems = Problemas: { $problems }. Avisos: { $warnings }. Haz lo que dice cada problema y vuelve a ejecutar sosta doctor

doctor-folder-ok = La carpeta de datos { $path } existe y solo el usuario de Sosta puede leerla
doctor-folder-missing = La carpeta de datos { $path } no existe
doctor-folder-missing-todo = Inicia Sosta una vez (sosta kiosk) para crearla, o comprueba --data-dir y SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } es un archivo, no una carpeta
doctor-folder-not-folder-todo = Elige la carpeta de datos correcta con --data-dir o SOSTA_DATA_DIR
doctor-folder-open = Otros usuarios de este ordenador pueden leer: { $paths }
doctor-folder-open-todo = Ejecuta: chmod -R go-rwx { $path }

doctor-settings-ok = El archivo de configuración es correcto
doctor-settings-default = Todavía no hay archivo de configuración: el primer inicio escribe uno con los valores predeterminados
doctor-settings-bad-todo = Corrige esa línea de sosta.toml: Sosta no se inicia hasta que esté bien

doctor-database-ok = La base de datos { $place } está íntegra (versión del esquema { $version })
doctor-database-none = Todavía no hay base de datos en { $path }
doctor-database-none-todo = Inicia Sosta una vez para crearla. Si el centro tenía reservas aquí, vuelve a poner la última copia de seguridad (ver Backups en el README)
doctor-database-unreadable = La base de datos { $place } no se puede leer: { $detail }
doctor-database-damaged = La base de datos { $place } no ha superado la comprobación de integridad: { $detail }
doctor-database-restore-todo = No la borres. Detén los quioscos y los puestos, guarda una copia del archivo y vuelve a poner la última copia de seguridad (ver Backups en el README)
doctor-database-older = La base de datos { $place } tiene la versión del esquema { $version }: el próximo inicio la lleva a la { $known }
doctor-database-newer = La base de datos { $place } tiene la versión del esquema { $version }, más nueva de la que conoce este programa ({ $known })
doctor-database-newer-todo = Instala la misma versión de Sosta que los demás ordenadores que usan esta base de datos
doctor-server-unreachable = No se puede llegar al servidor de la base de datos { $place }: { $detail }
doctor-server-unreachable-todo = Comprueba la red y que el servidor esté encendido; su dirección es [database] url en sosta.toml (o SOSTA_DATABASE_URL)

doctor-key-ok = El archivo de la clave de los tickets { $path } existe y solo el usuario de Sosta puede leerlo
doctor-key-server = Las claves de los tickets están en la base de datos del centro
doctor-key-missing = Falta el archivo de la clave de los tickets { $path }
doctor-key-damaged = El archivo de la clave de los tickets { $path } no se puede leer: { $detail }
doctor-key-restore-todo = Vuelve a poner el archivo slip-keys desde tu copia de seguridad antes del próximo inicio: sin él no se pueden verificar los tickets ya impresos
doctor-key-open = Otros usuarios pueden leer el archivo de la clave de los tickets { $path } (permisos { $mode })
doctor-key-open-todo = Ejecuta: chmod 600 { $path }. Si alguien ha podido copiarlo, ejecuta también: sosta keys rotate

doctor-printer-none = No hay ninguna impresora configurada: los tickets solo se guardan en { $path }
doctor-printer-none-todo = Indica la impresora en sosta.toml, en [printer]: destination (una cola de CUPS) o escpos (una impresora de tiques)
doctor-printer-no-cups = El sistema de impresión (CUPS) no está instalado: no se encuentra lpstat
doctor-printer-no-cups-todo = Instálalo (apt install cups cups-client) y añade la impresora, o pregunta a quien se ocupa de este ordenador
doctor-printer-no-default = CUPS no tiene una impresora predeterminada
doctor-printer-no-default-todo = Indica la cola en sosta.toml en [printer] destination, o haz que una sea la predeterminada: lpoptions -d COLA
doctor-printer-missing = CUPS no tiene la impresora { $printer }
doctor-printer-missing-todo = Comprueba el nombre con lpstat -p, o añade la impresora en CUPS (http://localhost:631)
doctor-printer-disabled = La impresora { $printer } está desactivada
doctor-printer-disabled-todo = Comprueba el papel, la tapa y el cable, y luego ejecuta: cupsenable { $printer }
doctor-printer-rejecting = La impresora { $printer } no acepta trabajos
doctor-printer-rejecting-todo = Ejecuta: cupsaccept { $printer }
doctor-printer-paper = La impresora { $printer } no tiene un tamaño de papel para tickets { $format } (tiene: { $sizes })
doctor-printer-paper-todo = Elige en CUPS el controlador de la impresora adecuado para tu rollo, o pon [printer] format en sosta.toml según el papel que tiene
doctor-printer-ok = La impresora { $printer } está activada y acepta trabajos
doctor-escpos-ok = Se puede llegar a la impresora de tiques { $printer }
doctor-escpos-missing = No se puede llegar a la impresora de tiques { $printer }: { $detail }
doctor-escpos-missing-todo = Comprueba que esté encendida, su cable o la red; su dirección es [printer] escpos en sosta.toml
doctor-escpos-denied = El usuario de Sosta no puede escribir en la impresora de tiques { $printer }
doctor-escpos-denied-todo = Añade el usuario de Sosta al grupo lp (adduser USUARIO lp) y vuelve a iniciar sesión

doctor-disk-ok = Espacio libre en el disco: { $free } MiB
doctor-disk-low = Queda poco espacio libre en el disco: { $free } MiB
doctor-disk-full = El disco está casi lleno: { $free } MiB libres. Pronto las reservas podrían no guardarse
doctor-disk-todo = Libera espacio: borra los archivos viejos y las copias que ya no necesitas, o vacía la papelera
doctor-disk-unknown = No se ha podido leer el espacio libre en el disco: { $detail }

doctor-clock-ok = Zona horaria { $zone }: el reloj marca { $time }. Compáralo con otro reloj
doctor-clock-behind = El reloj marca { $time }, antes de la última visita ({ $newest }): el reloj está mal
doctor-clock-todo = Pon la fecha y la hora (timedatectl set-time), o activa la hora de red (timedatectl set-ntp true)

doctor-fonts-ok = Las fuentes del ticket para todos los idiomas están incluidas y se cargan
doctor-fonts-bad = Una fuente del ticket no se carga: { $detail }
doctor-fonts-todo = Vuelve a instalar Sosta

doctor-voice-off = La lectura en voz alta está desactivada ([kiosk] read_aloud = false): no se comprueba
doctor-espeak-ok = La voz está instalada: { $version }
doctor-espeak-missing = La voz (espeak-ng) no está instalada: el quiosco no puede leer en voz alta
doctor-espeak-missing-todo = Instálala (apt install espeak-ng), o pon read_aloud = false en [kiosk] de sosta.toml
doctor-sound-ok = Tarjetas de sonido encontradas: { $count }
doctor-sound-none = No se ha encontrado ninguna tarjeta de sonido (aplay -l)
doctor-sound-none-todo = Conecta los altavoces y comprueba la configuración del sonido (alsamixer), o pon read_aloud = false en [kiosk]
doctor-sound-no-aplay = El reproductor de sonido (aplay) no está instalado
doctor-sound-no-aplay-todo = Instálalo (apt install alsa-utils), o pon read_aloud = false en [kiosk]
