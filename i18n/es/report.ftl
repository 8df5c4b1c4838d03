# El informe PDF para los financiadores (Ayuntamiento y Región): gráficos de barras que se
# imprimen en blanco y negro. Palabras sencillas: lo leen personas que no conocen Sosta.

report-title = { $site } — informe de actividad
report-period = Periodo: { $from } – { $to }
report-note = Los números del 1 al { $last } se muestran como { $small }; { $withheld } marca un número oculto para que no se pueda deducir uno pequeño.
report-page = Página { $page } de { $pages }
report-total = Total: { $total }
report-withheld-table = Oculta: todos los números aquí son demasiado pequeños para mostrarlos
report-nothing = Ninguno en este periodo
report-table-visits-by-day = Visitas por día
report-table-visits-by-weekday = Visitas por día de la semana
report-table-visits-by-hour = Visitas por hora del día
report-table-languages = Visitas por idioma
report-table-bookings = Reservas por servicio
report-table-outcomes = { $service }: qué pasó con las reservas
report-table-items = Artículos entregados
report-waits = Espera en la cola (minutos)
report-waits-service = Servicio
report-waits-count = Esperas
report-waits-median = Mediana
report-waits-p90 = 9 de 10 en menos de
error-report-pdf-needs-out = Un informe PDF se escribe en un archivo: añade --out ARCHIVO.pdf
error-report-pdf = No se pudo dibujar el informe PDF: { $detail }

# The kiosk's optional anonymous questions, as visitors answered them.
report-table-age-band = Edad (respuestas en el quiosco)
report-table-gender = Género (respuestas en el quiosco)
report-table-housing = Dónde durmieron la noche anterior (respuestas en el quiosco)
report-table-first-visit = Primera vez en el centro (respuestas en el quiosco)
report-key-age-band-under-25 = Menos de 25 años
report-key-age-band-25-39 = De 25 a 39 años
report-key-age-band-40-59 = De 40 a 59 años
report-key-age-band-60-plus = 60 años o más
report-key-age-band-declined = Prefiere no decirlo
report-key-age-band-none = Sin respuesta
report-key-gender-woman = Mujer
report-key-gender-man = Hombre
report-key-gender-other = Otro
report-key-gender-declined = Prefiere no decirlo
report-key-gender-none = Sin respuesta
report-key-housing-home = En casa
report-key-housing-friends = Con amigos o familia
report-key-housing-shelter = En un albergue
report-key-housing-outside = En la calle
report-key-housing-declined = Prefiere no decirlo
report-key-housing-none = Sin respuesta
report-key-first-visit-yes = Primera vez
report-key-first-visit-no = Ya había venido antes
report-key-first-visit-none = Sin respuesta
report-no-data = No se contó nada del { $from } al { $to }: ningún día de ese periodo tiene visitas registradas aquí. No se escribió ningún informe.
report-key-first-visit-declined = Prefiere no decirlo
