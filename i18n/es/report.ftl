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
