//! The desk verbs: `scan` (with `--serve`) and `cancel`.

use super::*;

pub(super) fn scan(
    app: &App,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    payload: &str,
    desk: Option<&str>,
    serve: bool,
    json: bool,
) -> Outcome {
    let desk = desk.map(|slug| find_service(app, tr, slug)).transpose()?;
    let actor = command_line_actor();
    let outcome = app
        .scan(
            payload,
            desk.as_ref().map(|d| d.id),
            serve.then_some(&actor),
            now,
        )
        .map_err(|e| store_failure(tr, &e))?;
    print_scan(app, tr, now, &outcome, json)
}

/// The command line as the actor of a staff action: nobody logs in there.
pub(super) fn command_line_actor() -> crate::app::Actor {
    crate::app::Actor {
        staff: None,
        station: crate::accounts::COMMAND_LINE_STATION.to_owned(),
        desk: None,
    }
}

pub(super) fn print_scan(
    app: &App,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    outcome: &ScanOutcome,
    json: bool,
) -> Outcome {
    let services = app.services().map_err(|e| store_failure(tr, &e))?;
    let booking = outcome
        .booking
        .as_ref()
        .and_then(|b| services.iter().find(|s| s.id == b.service).map(|s| (s, b)));
    if json {
        let scanned = json::ScanJson {
            verdict: outcome.verdict.as_str(),
            booking: booking.map(|(s, b)| json::ScannedJson {
                service: s.slug.clone(),
                start: hhmm(app, b.slot.start),
                end: hhmm(app, b.slot.end),
                number: b.number,
                status: b.effective_status(&app.config.rules, now).as_str(),
            }),
            lang: outcome.visit.as_ref().map(|v| v.lang.clone()),
        };
        say!("{}", json::text(&scanned));
        return Ok(());
    }
    say!("{}", crate::messages::verdict(tr, outcome.verdict));
    if let Some((service, b)) = booking {
        say!("  {}", booking_line(app, tr, service, b));
    }
    Ok(())
}

pub(super) fn cancel(
    app: &App,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    code: &str,
    slug: &str,
    json: bool,
) -> Outcome {
    let service = find_service(app, tr, slug)?;
    let outcome = app
        .scan(code, Some(service.id), None, now)
        .map_err(|e| store_failure(tr, &e))?;
    let name = service_name(tr, &service.slug);
    let Some(booking) = outcome.booking.filter(|_| outcome.visit.is_some()) else {
        return Err(Failure::could_not(tr.args(
            "cancel-nothing",
            &[("code", code.trim().into()), ("service", name.into())],
        )));
    };
    let actor = command_line_actor();
    let cancelled = app
        .cancel(&actor, &booking, now)
        .map_err(|e| store_failure(tr, &e))?;
    if !cancelled {
        let status = booking.effective_status(&app.config.rules, now);
        return Err(Failure::could_not(tr.args(
            "cancel-not-booked",
            &[
                ("service", name.into()),
                ("status", crate::messages::status(tr, status).into()),
            ],
        )));
    }
    if json {
        let cancelled = json::CancelJson {
            cancelled: true,
            service: service.slug.clone(),
        };
        say!("{}", json::text(&cancelled));
    } else {
        say!("{}", tr.args("cancelled", &[("service", name.into())]));
    }
    Ok(())
}
