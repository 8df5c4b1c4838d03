# The staff station at a service desk. Staff are busy and standing: short, clear words.
# El puesto del personal en la ventanilla. El personal va con prisa y de pie: palabras cortas y claras.

station-who-are-you = ¿Quién eres? Toca tu nombre
station-pin-clear = Borrar una cifra
station-pin-ok = Entrar
station-scan-now = Escanea un ticket
station-or-type = o escribe el código del ticket
station-erase = Borrar
station-check-code = Comprobar el código
station-served = Atendido
station-next = Siguiente
station-board = El panel de hoy
station-scan = Escanear
station-logout = Salir
station-close-today = Cerrar por hoy
station-capacity = Plazas por franja hoy:
station-capacity-less = Una plaza menos hoy
station-capacity-more = Una plaza más hoy
station-mark-no-show = Ausente
station-cancel-booking = Anular
station-all-desks = Todas las ventanillas
station-login-first = Primero entra, luego escanea otra vez el ticket
station-login-wrong = PIN incorrecto. { $left ->
    [0] Espera un momento antes de volver a intentarlo
    [one] Te queda { $left } intento, luego tendrás que esperar
   *[other] Te quedan { $left } intentos, luego tendrás que esperar
}
station-login-wait = Demasiados PIN incorrectos. Vuelve a intentarlo a las { $time }
station-login-locked = Esta cuenta está bloqueada por demasiados PIN incorrectos. Un administrador tiene que desbloquearla
station-login-disabled = Esta cuenta no está activa. Pregunta a un administrador
station-slip-language = Idioma del ticket: { $language }
station-board-summary = Reservados { $booked } · atendidos { $served } · ausentes { $noshow }

# The kiosk's staff corner (a 3-second press on the site's name, then a PIN).
# El rincón del personal en el quiosco (pulsar 3 segundos el nombre del sitio y luego el PIN).
corner-menu-title = Personal: { $name }
corner-open-station = Abrir el puesto del personal
corner-exit = Cerrar el quiosco
corner-reprint = Volver a imprimir un ticket reciente
corner-close-service = Cerrar un servicio por el resto del día
corner-back-to-kiosk = Volver al quiosco
corner-reprinted = Ticket { $code } impreso de nuevo
corner-closed = El servicio { $service } está cerrado por el resto del día
corner-station-opened = El puesto del personal se abre en su propia ventana
corner-station-failed = No se pudo abrir el puesto del personal. El motivo está escrito en el registro del programa

# Queue desks and items handed out.
# Ventanillas con cola y artículos entregados.
station-now-calling = Llamando ahora: { $number }
station-call-next = Llamar al siguiente
station-nobody-waiting = No espera nadie
station-quantity = Artículos entregados:
station-quantity-less = Un artículo menos
station-quantity-more = Un artículo más
station-admin-only = Solo un administrador puede hacer esto. Pregunta al coordinador
station-login-shared = Este PIN pertenece a más de una cuenta. Pide a un administrador que te dé un PIN nuevo
corner-admin-only = Solo un administrador puede hacer esto
corner-pin-title = PIN del personal
station-help-alert = El quiosco { $kiosk } pide ayuda ({ $time }). Ve a ver.
station-help-going = Voy yo
station-help-taken = Ya va un compañero.
station-standby-may-come = El número { $number } de la lista de espera puede venir ahora (hasta las { $time }).
