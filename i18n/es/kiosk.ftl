# The visitor kiosk and the printed slip. Short sentences, everyday words.
# El quiosco para los visitantes y el ticket impreso. Frases cortas, palabras de todos los días.

# The language's own name, in its own script, and its writing direction (ltr or rtl).
language-name = Español
language-direction = ltr
# The POSIX locale whose weekday and month names dates use, and the date's pattern
# (strftime: %A weekday, %-d day, %B month).
language-locale = es_ES
date-format = %A %-d de %B

kiosk-choose-language = Elige tu idioma
kiosk-change-language = Cambiar idioma
kiosk-start-again = Empezar de nuevo
kiosk-today-title = ¿Qué necesitas hoy?
kiosk-back = Atrás
kiosk-my-choices = Lo que elegí
kiosk-take-number = Toma un número
kiosk-confirm-title = Lo que elegiste
kiosk-remove = Quitar
kiosk-add-another = Añadir otro servicio
kiosk-print = Imprimir mi ticket
kiosk-printing = Imprimiendo tu ticket…
kiosk-take-slip = Toma tu ticket
kiosk-print-failed = La impresora no funcionó. Tu plaza está guardada: pide al personal que imprima tu ticket.
kiosk-your-code = Tu código
kiosk-show-slip = Enseña tu ticket o este código en la ventanilla.
kiosk-still-there = ¿Sigues ahí?
kiosk-im-here = Estoy aquí

kiosk-status-closed-today = Cerrado hoy
kiosk-status-over = Cerrado por hoy
kiosk-status-opens = Abre a las { $time }
kiosk-status-free = Libre a las { $time } · { $free ->
    [one] { $free } plaza
   *[other] { $free } plazas
}
kiosk-status-calling = Llamando ahora al número { $number } · { $waiting ->
    [0] sin espera
    [one] { $waiting } persona esperando
   *[other] { $waiting } personas esperando
}
kiosk-status-full = Lleno por hoy
kiosk-status-queue = { $waiting ->
    [0] Sin espera
    [one] { $waiting } persona esperando · unos { $minutes } min
   *[other] { $waiting } personas esperando · unos { $minutes } min
}
kiosk-slot-free = { $free ->
    [one] { $free } plaza
   *[other] { $free } plazas
}
kiosk-slot-full = Lleno
kiosk-slot-past = Ya pasó
kiosk-slot-soon = Empieza ya
kiosk-when-queue = Un número en la cola · { $waiting ->
    [0] sin espera
    [one] { $waiting } persona esperando
   *[other] { $waiting } personas esperando
}
kiosk-when-number = Número { $number }

kiosk-problem-full = { $service }: esa hora se acaba de ocupar. Por favor, elige otra.
kiosk-problem-closed = El servicio { $service } está cerrado ahora.
kiosk-problem-other = Ahora no se puede reservar { $service }. Por favor, pregunta al personal.
kiosk-problem-failed = Algo salió mal y no se reservó nada. Inténtalo otra vez o pregunta al personal.

slip-number = N.º { $number }
slip-instruction = Enseña este ticket en la ventanilla.
kiosk-problem-unavailable = El quiosco no puede reservar ahora. Por favor, pregunta al personal.
kiosk-problem-again = { $service } se reservó aquí hace un momento. Si necesitas otra plaza, por favor, pregunta al personal.

# The optional anonymous questions after the language (a coordinator chooses up to three).
kiosk-question-age_band = ¿Cuántos años tienes?
kiosk-question-gender = Eres…
kiosk-question-housing = ¿Dónde dormiste anoche?
kiosk-question-first_visit = ¿Es la primera vez que vienes?
kiosk-answer-age_band-under-25 = Menos de 25
kiosk-answer-age_band-25-39 = De 25 a 39
kiosk-answer-age_band-40-59 = De 40 a 59
kiosk-answer-age_band-60-plus = 60 o más
kiosk-answer-gender-woman = Una mujer
kiosk-answer-gender-man = Un hombre
kiosk-answer-gender-other = Otro
kiosk-answer-housing-home = En casa
kiosk-answer-housing-friends = Con amigos o familia
kiosk-answer-housing-shelter = En un albergue
kiosk-answer-housing-outside = En la calle
kiosk-answer-first_visit-yes = Sí, es la primera vez
kiosk-answer-first_visit-no = No, ya he venido antes
kiosk-answer-declined = Prefiero no decirlo
kiosk-question-skip = Saltar esta pregunta
kiosk-question-why = Es anónimo: ayuda al centro a organizarse. Tu respuesta no sale en tu ticket.
kiosk-question-progress = Pregunta { $number } de { $count }

# The call for help: a button on every screen, asked once more, then sent to the stations.
kiosk-help-button = Llamar al personal
kiosk-help-ask = ¿Necesitas ayuda ahora?
kiosk-help-ask-detail = Una persona del personal vendrá a este quiosco.
kiosk-help-yes = Sí, llamar al personal
kiosk-help-no = No, volver atrás
kiosk-help-sent = Alguien del personal ya viene.
kiosk-help-already = El personal ya está avisado.
kiosk-help-stay = Por favor, quédate cerca del quiosco.
kiosk-help-failed = La llamada no ha funcionado.
kiosk-help-failed-detail = Por favor, pregunta a cualquier persona en recepción.
kiosk-help-ok = De acuerdo

# Read-aloud: the speaker button's name, and what to do on each screen, said after the
# screen's title and choices.
kiosk-read-aloud = Leer esta pantalla en voz alta
kiosk-speech-today = Toca un servicio para ver sus horarios.
kiosk-speech-queue = Toca «Toma un número» para tener tu número.
kiosk-speech-slots = Toca una hora para reservarla.
kiosk-speech-confirm = Toca «Imprimir mi ticket» para tener tu ticket.
kiosk-speech-question = Toca una respuesta, o salta la pregunta.

# Standby when a service is full today.
kiosk-standby = Espera una plaza libre
kiosk-standby-detail = Si alguien deja su plaza, llamamos a tu número en la pantalla de la sala de espera.
kiosk-when-standby = Lista de espera, número { $number }
slip-standby = Lista de espera n.º { $number }
slip-instruction-standby = Mira la pantalla: llamamos a tu número cuando quede una plaza libre.
