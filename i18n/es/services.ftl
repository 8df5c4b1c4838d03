# The service catalogue: names and short descriptions by slug, and desk names.
# El catálogo de servicios: nombres y descripciones cortas por slug, y nombres de las ventanillas.

service-shower = Ducha
service-shower-description = Una ducha caliente, con toalla, jabón y champú. 20 minutos.
service-laundry = Lavandería
service-laundry-description = Lava y seca tu ropa. Una hora, con detergente.
service-meal = Comida
service-meal-description = Una comida caliente. Toma un número y espera a que te llamen.
service-nurse = Enfermería
service-nurse-description = Heridas pequeñas, tensión, medicinas, consejos. Gratis y privado.
service-social-worker = Asistente social
service-social-worker-description = Habla de vivienda, documentos, dinero o de lo que te preocupa.
service-legal-desk = Ayuda legal
service-legal-desk-description = Consejos gratis sobre permiso de residencia, multas, trabajo y derechos.
service-job-orientation = Buscar trabajo
service-job-orientation-description = Encuentra trabajo o un curso, escribe tu currículum, prepara una entrevista.
service-harm-reduction-kit = Kit de consumo más seguro
service-harm-reduction-kit-description = Jeringas limpias, papel de aluminio, condones. Naloxona, para sobredosis. Sin preguntas.
service-phone-charging = Cargar el teléfono
service-phone-charging-description = Deja tu teléfono cargando una hora en una caja cerrada con llave.
service-luggage-storage = Guardar equipaje
service-luggage-storage-description = Deja una bolsa en un lugar seguro durante el día.
service-hiv-hcv-testing = Prueba VIH y hepatitis
service-hiv-hcv-testing-description = Una prueba rápida y gratis. El resultado en 20 minutos, en privado.

desk-showers = Duchas
desk-laundry = Lavandería
desk-canteen = Comedor
desk-clinic = Sala médica
desk-office-1 = Oficina 1
desk-office-2 = Oficina 2
desk-reception = Recepción
