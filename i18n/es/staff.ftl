# Cuentas del personal y registro de las acciones del personal, desde la línea de comandos.

cli-cmd-staff-user = Gestiona las cuentas del personal (añadir, listar, desactivar, desbloquear)
cli-cmd-add = Añade una cuenta; el PIN se lee de la entrada estándar, una línea
cli-cmd-list = Lista las cuentas del personal, sin sus PIN
cli-cmd-disable = Desactiva una cuenta: ya no se podrá entrar con ella
cli-cmd-reset-lock = Desbloquea una cuenta bloqueada tras demasiados PIN incorrectos
cli-cmd-pin = Da un PIN nuevo a una cuenta, leído como lo lee add, y la desbloquea
cli-cmd-audit = El registro de las acciones del personal en un día
cli-arg-name = El nombre de la persona del personal
cli-arg-role = El rol: staff o admin
cli-arg-date = El día, YYYY-MM-DD

staff-added-staff = Cuenta de { $name } añadida, rol: personal
staff-added-admin = Cuenta de { $name } añadida, rol: administrador
staff-disabled = La cuenta de { $name } está desactivada: ya no se puede entrar con ella
staff-lock-reset = La cuenta de { $name } está desbloqueada: se puede entrar de nuevo
staff-pin-changed = { $name } tiene un PIN nuevo y puede entrar con él
staff-pin-prompt = PIN nuevo (solo cifras, no se muestra):
staff-pin-weak-one-digit = El PIN es la misma cifra repetida: elige uno difícil de adivinar
staff-pin-weak-run = El PIN cuenta hacia arriba o hacia abajo (como 123456): elige uno difícil de adivinar
staff-pin-weak-date = El PIN parece una fecha o un año: elige uno difícil de adivinar
staff-pin-weak-common = El PIN es uno de los que la gente elige más a menudo: elige uno difícil de adivinar
staff-pin-weak-repeated = El PIN repite un grupo corto de cifras (como 121212): elige uno difícil de adivinar
staff-list-empty = Todavía no hay cuentas. Añade una con: sosta staff-user add NOMBRE --role admin
staff-role-staff = personal
staff-role-admin = administrador
staff-state-active = activa
staff-state-disabled = desactivada
staff-lock-open = puede entrar
staff-lock-wait = debe esperar hasta las { $time }
staff-lock-locked = bloqueada: un administrador debe desbloquearla
staff-account-gone = La cuenta se eliminó mientras tanto
staff-unknown = No hay ninguna cuenta «{ $name }». Cuentas: { $known }
staff-name-taken = Ya existe una cuenta «{ $name }». Elige otro nombre
staff-name-empty = El nombre está vacío
staff-name-too-long = El nombre es demasiado largo: como máximo { $max } caracteres
staff-name-control = El nombre contiene caracteres de control
staff-pin-missing = Falta el PIN. Escríbelo en una línea de la entrada estándar, por ejemplo: echo 482957 | sosta staff-user add NOMBRE --role staff
staff-pin-too-short = El PIN es demasiado corto: necesita al menos { $min } cifras
staff-pin-too-long = El PIN es demasiado largo: como máximo { $max } cifras
staff-pin-not-digits = El PIN solo puede contener las cifras del 0 al 9
staff-error-hash = No se pudo proteger el PIN: { $detail }
staff-error-input = No se puede leer el PIN de la entrada estándar: { $detail }
staff-error-output = No se puede escribir el resultado: { $detail }

audit-heading = Registro del { $date }
audit-empty = No se registró nada el { $date }
audit-bad-date = «{ $value }» no es una fecha. Escríbela como YYYY-MM-DD, por ejemplo 2026-11-25
audit-command-line = línea de comandos
audit-action-serve = atendido
audit-action-no-show = ausente
audit-action-cancel = anulado
audit-action-close-service = servicio cerrado
audit-action-capacity = capacidad cambiada
audit-action-login = entrada
audit-action-login-failed = entrada rechazada
audit-action-logout = salida
audit-action-reset-lock = cuenta desbloqueada
audit-action-staff-added = cuenta añadida
audit-action-staff-disabled = cuenta desactivada
audit-action-call-next = número llamado
audit-action-kiosk-closed = quiosco cerrado
audit-action-pin-changed = PIN cambiado
audit-detail-wrong-pin = PIN incorrecto
audit-detail-wait = demasiados intentos, en espera
audit-detail-locked = cuenta bloqueada
audit-detail-disabled = cuenta desactivada

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = Este es el último administrador activo: primero da el rol de administrador a otra cuenta
audit-action-service-added = servicio añadido
audit-action-service-changed = servicio cambiado
audit-action-catalogue-imported = catálogo importado
audit-action-staff-enabled = cuenta reactivada
audit-action-role-changed = rol cambiado
audit-action-settings-changed = ajustes cambiados
audit-action-help-called = un quiosco pidió ayuda
audit-action-help-answered = llamada de ayuda atendida

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = «{ $value }» no puede ser el nombre corto de un servicio. Usa letras minúsculas, cifras y -, como máximo 40 caracteres
invalid-capacity = { $value } plazas son demasiadas. Valores permitidos: de 0 a { $max }
invalid-per-visit = { $value } por visita está fuera de rango. Valores permitidos: de 1 a 100
invalid-minutes = { $value } minutos: fuera de rango. Valores permitidos: de 1 a 1440
invalid-overlap = el { $day }, los horarios { $first } y { $second } se solapan
invalid-slot-too-long = el { $day }, el horario { $range } es más corto que una franja de { $minutes } minutos
