# The coordinator's console in the staff station (administrators only).
# La consola del coordinador en el puesto del personal (solo administradores).

station-console = Consola
console-tab-services = Servicios
console-tab-staff = Personal
console-tab-questions = Preguntas

console-new-service = Servicio nuevo
console-new-account = Cuenta nueva
console-new-pin-for = PIN nuevo para { $name }
console-edit = Editar
console-up = Subir
console-down = Bajar
console-withdraw = Dejar de ofrecer
console-offer = Volver a ofrecer
console-pin = PIN nuevo
console-reset = Desbloquear
console-disable = Desactivar
console-enable = Reactivar
console-make-admin = Nombrar coordinador
console-make-staff = Pasar a personal
console-ask = Preguntar
console-skip = No preguntar
console-save = Guardar
console-save-anyway = Guardar de todos modos
console-cancel = Cancelar
console-yes = Sí
console-no = No

console-mode-slots = Franjas horarias
console-mode-queue = Números de cola
# A service in the list: its desk, how it hands out places, its capacity, whether offered.
console-service-detail = { $desk } · { $mode } · { $capacity ->
    [one] { $capacity } plaza
   *[other] { $capacity } plazas
}{ $active ->
    [no] {" "}· no se ofrece
   *[yes] {""}
}
console-account-active = puede entrar
console-account-disabled = desactivada
console-account-locked = bloqueada tras PIN incorrectos

console-question-age_band = Edad: menos de 25, 25–39, 40–59, 60 o más
console-question-gender = Género: mujer, hombre, otro
console-question-housing = Dónde durmió anoche: en casa, con amigos o familia, en un albergue, en la calle
console-question-first_visit = Primera vez aquí: sí o no
console-question-asked = Se pregunta en el quiosco, después del idioma. Los visitantes siempre pueden saltarla
console-question-not-asked = No se pregunta
console-questions-max = Como máximo { $max } preguntas: cada una es una pantalla más antes de los servicios

console-field-name = Nombre
console-field-description = Descripción corta
console-field-name-in = Nombre en { $language }
console-field-description-in = Descripción corta en { $language }
console-field-icon = Imagen
console-field-desk = Ventanilla
console-field-mode = Plazas
console-field-slot = Minutos por franja
console-field-minutes = Minutos por persona
console-field-capacity = Plazas por franja, o números por día
console-field-per-visit = Máximo por visita
console-field-dates = Días especiales: una fecha sola es cerrado, o una fecha con su horario; separa los días con ;
console-field-discreet = Discreto: el ticket solo muestra la ventanilla y la hora
console-field-account-name = Nombre
console-field-pin = PIN (de 6 a 12 cifras)
console-field-role = Rol

console-missing-languages = Sin nombre propio en: { $languages }. Estos idiomas muestran el nombre en italiano
console-italian-name-needed = Escribe primero el nombre en italiano: todo idioma sin nombre propio muestra ese
console-not-a-number = { $field }: escribe un número entero
console-bad-hours = { $field }: escribe el horario como 09:00-12:00, varios separados por espacios
console-bad-dates = { $field }: escribe cada día como 2026-12-25 (cerrado) o 2026-12-24 09:00-12:00, separados por ;
console-stranded = Estas reservas quedarían fuera del nuevo horario. Siguen reservadas: avisa a los visitantes, o toca «Guardar de todos modos»
console-slug-taken = Ya existe un servicio llamado «{ $slug }»
console-service-gone = El servicio se eliminó mientras tanto
console-unprintable = «{ $char }» (en el nombre o la descripción en { $language }) no se puede imprimir en un ticket: quítalo
console-scan-in-form = Se ha escaneado un ticket con este formulario abierto: no se ha escrito en el formulario. Guarda o cancela el formulario y luego escanea otra vez el ticket
console-name-needs-letters = El nombre en italiano necesita al menos una letra de la a a la z o una cifra: también sirve para formar el nombre corto del servicio
console-withdraw-stranded = { $count ->
    [one] { $count } reserva de este servicio aún está por atender. Sigue reservada: toca otra vez «Dejar de ofrecer» para confirmar
   *[other] { $count } reservas de este servicio aún están por atender. Siguen reservadas: toca otra vez «Dejar de ofrecer» para confirmar
}
console-date-twice = { $field }: hay un día escrito dos veces. Escribe cada día una sola vez, con todo su horario
