# Llogaritë e stafit dhe regjistri i veprimeve të stafit, nga rreshti i komandave.

cli-cmd-staff-user = Menaxhon llogaritë e stafit (shto, listo, çaktivizo, zhblloko)
cli-cmd-add = Shton një llogari; PIN-i lexohet nga hyrja standarde, një rresht
cli-cmd-list = Liston llogaritë e stafit, pa PIN-et
cli-cmd-disable = Çaktivizon një llogari: nuk mund të hyhet më me të
cli-cmd-reset-lock = Zhbllokon një llogari të bllokuar pas shumë PIN-eve të gabuara
cli-cmd-pin = I jep një llogarie një PIN të ri, të lexuar si te add, dhe e zhbllokon
cli-cmd-audit = Regjistri i veprimeve të stafit në një ditë
cli-arg-name = Emri i anëtarit të stafit
cli-arg-role = Roli: staff ose admin
cli-arg-date = Dita, YYYY-MM-DD

staff-added-staff = Llogaria „{ $name }” u shtua, roli: staf
staff-added-admin = Llogaria „{ $name }” u shtua, roli: administrator
staff-disabled = Llogaria „{ $name }” u çaktivizua: nuk mund të hyhet më me të
staff-lock-reset = Llogaria „{ $name }” u zhbllokua: mund të hyhet përsëri me të
staff-pin-changed = { $name } ka një PIN të ri dhe mund të hyjë me të
staff-pin-prompt = PIN i ri (vetëm shifra, nuk shfaqet):
staff-pin-weak-one-digit = PIN-i është e njëjta shifër e përsëritur: zgjidhni një që nuk merret me mend lehtë
staff-pin-weak-run = PIN-i është një varg shifrash në rritje ose në zbritje (si 123456): zgjidhni një që nuk merret me mend lehtë
staff-pin-weak-date = PIN-i duket si datë ose vit: zgjidhni një që nuk merret me mend lehtë
staff-pin-weak-common = PIN-i është nga ata që njerëzit zgjedhin më shpesh: zgjidhni një që nuk merret me mend lehtë
staff-pin-weak-repeated = PIN-i përsërit një grup të shkurtër shifrash (si 121212): zgjidhni një që nuk merret me mend lehtë
staff-list-empty = Ende nuk ka asnjë llogari. Shtoni një me: sosta staff-user add EMRI --role admin
staff-role-staff = staf
staff-role-admin = administrator
staff-state-active = aktive
staff-state-disabled = e çaktivizuar
staff-lock-open = mund të hyjë
staff-lock-wait = duhet të presë deri në { $time }
staff-lock-locked = e bllokuar: një administrator duhet ta zhbllokojë
staff-account-gone = Ndërkohë llogaria është fshirë
staff-unknown = Nuk ka asnjë llogari „{ $name }”. Llogaritë: { $known }
staff-name-taken = Ekziston tashmë një llogari „{ $name }”. Zgjidhni një emër tjetër
staff-name-empty = Emri është bosh
staff-name-too-long = Emri është shumë i gjatë: më së shumti { $max } karaktere
staff-name-control = Emri përmban karaktere kontrolli
staff-pin-missing = Mungon PIN-i. Shkruajeni në një rresht të hyrjes standarde, p.sh.: echo 482957 | sosta staff-user add EMRI --role staff
staff-pin-too-short = PIN-i është shumë i shkurtër: duhen të paktën { $min } shifra
staff-pin-too-long = PIN-i është shumë i gjatë: më së shumti { $max } shifra
staff-pin-not-digits = PIN-i mund të përmbajë vetëm shifrat nga 0 deri në 9
staff-error-hash = PIN-i nuk mund të mbrohej: { $detail }
staff-error-input = PIN-i nuk mund të lexohet nga hyrja standarde: { $detail }
staff-error-output = Rezultati nuk mund të shkruhet: { $detail }

audit-heading = Regjistri i datës { $date }
audit-empty = Asgjë nuk u regjistrua më { $date }
audit-bad-date = „{ $value }” nuk është datë. Shkruajeni si YYYY-MM-DD, p.sh. 2026-11-25
audit-command-line = rreshti i komandave
audit-action-serve = shërbyer
audit-action-no-show = nuk erdhi
audit-action-cancel = anuluar
audit-action-close-service = shërbimi u mbyll
audit-action-capacity = kapaciteti u ndryshua
audit-action-login = hyrje
audit-action-login-failed = hyrje e refuzuar
audit-action-logout = dalje
audit-action-reset-lock = llogaria u zhbllokua
audit-action-staff-added = llogaria u shtua
audit-action-staff-disabled = llogaria u çaktivizua
audit-action-call-next = numri u thirr
audit-action-kiosk-closed = kioska u mbyll
audit-action-pin-changed = PIN-i u ndryshua
audit-detail-wrong-pin = PIN i gabuar
audit-detail-wait = shumë përpjekje, në pritje
audit-detail-locked = llogaria e bllokuar
audit-detail-disabled = llogaria e çaktivizuar

# The coordinator's console: the last administrator, and the new actions in the log.
staff-last-admin = Ky është administratori i fundit aktiv: në fillim bëni administrator një llogari tjetër
audit-action-service-added = shërbimi u shtua
audit-action-service-changed = shërbimi u ndryshua
audit-action-catalogue-imported = katalogu u importua
audit-action-staff-enabled = llogaria u aktivizua
audit-action-role-changed = roli u ndryshua
audit-action-settings-changed = cilësimet u ndryshuan
audit-action-help-called = një kioskë thirri për ndihmë
audit-action-help-answered = thirrja për ndihmë u mor përsipër

# Why a service cannot be saved (the console and a catalogue file).
invalid-slug = „{ $value }” nuk mund të jetë emri i shkurtër i një shërbimi. Përdorni shkronja të vogla, shifra dhe -, më së shumti 40 karaktere
invalid-capacity = { $value } vende janë shumë. Lejohen: nga 0 deri në { $max }
invalid-per-visit = { $value } për vizitë është jashtë kufijve. Lejohen: nga 1 deri në 100
invalid-minutes = { $value } minuta janë jashtë kufijve. Lejohen: nga 1 deri në 1440
invalid-overlap = { $day }: oraret { $first } dhe { $second } mbivendosen
invalid-slot-too-long = { $day }: orari { $range } është më i shkurtër se një interval ({ $minutes } min)
