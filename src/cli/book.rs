//! The booking verbs: `services`, `book` and `slip` (print a slip again).

use super::*;

pub(super) fn services(app: &App, tr: Tr<'_>, now: DateTime<Utc>, json: bool) -> Outcome {
    let today = app.today(now).map_err(|e| store_failure(tr, &e))?;
    if json {
        let list: Vec<json::ServiceJson> = today.iter().map(|s| service_json(app, tr, s)).collect();
        say!("{}", json::text(&list));
        return Ok(());
    }
    let date = local_date(now, app.config.timezone).to_string();
    say!("{}", tr.args("services-heading", &[("date", date.into())]));
    for ServiceToday {
        service,
        availability,
    } in &today
    {
        say!(
            "\n{}",
            tr.args(
                "services-service",
                &[
                    ("name", service_name(tr, &service.slug).into()),
                    ("slug", service.slug.as_str().into()),
                    ("desk", desk_name(tr, &service.desk).into()),
                ],
            )
        );
        match availability {
            DayAvailability::Closed => say!("  {}", tr.t("services-closed-today")),
            DayAvailability::Slots(slots) => {
                let over = slots.iter().filter(|s| s.state == SlotState::Past).count();
                if over > 0 {
                    say!(
                        "  {}",
                        tr.args("services-slots-over", &[("count", over.into())])
                    );
                }
                for s in slots.iter().filter(|s| s.state != SlotState::Past) {
                    let (id, free) = match s.state {
                        SlotState::Free(n) => ("services-slot-free", n),
                        SlotState::Full => ("services-slot-full", 0),
                        _ => ("services-slot-too-soon", 0),
                    };
                    let args = [
                        ("start", hhmm(app, s.slot.start).into()),
                        ("end", hhmm(app, s.slot.end).into()),
                        ("free", free.into()),
                    ];
                    say!("  {}", tr.args(id, &args));
                }
            }
            DayAvailability::Queue(q) => {
                let line = match q.period {
                    Some(period) => tr.args(
                        "services-queue",
                        &[
                            ("start", hhmm(app, period.start).into()),
                            ("end", hhmm(app, period.end).into()),
                            ("waiting", q.waiting.into()),
                            ("minutes", q.estimated_wait.num_minutes().into()),
                            ("left", q.left.into()),
                        ],
                    ),
                    None => tr.t("services-queue-over"),
                };
                say!("  {line}");
            }
        }
    }
    Ok(())
}

pub(super) fn service_json(app: &App, tr: Tr<'_>, s: &ServiceToday) -> json::ServiceJson {
    let slots: Vec<json::SlotJson> = match &s.availability {
        DayAvailability::Slots(slots) => slots
            .iter()
            .map(|a| {
                let state = match a.state {
                    SlotState::Free(_) => "free",
                    SlotState::Full => "full",
                    SlotState::Past => "past",
                    SlotState::TooSoon => "too_soon",
                };
                json::SlotJson {
                    start: hhmm(app, a.slot.start),
                    end: hhmm(app, a.slot.end),
                    free: a.free(),
                    capacity: a.capacity,
                    state,
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let queue = match &s.availability {
        DayAvailability::Queue(q) => Some(json::QueueJson {
            waiting: q.waiting,
            next_number: q.next_number,
            left: q.left,
            estimated_wait_minutes: q.estimated_wait.num_minutes(),
            start: q.period.map(|p| hhmm(app, p.start)),
            end: q.period.map(|p| hhmm(app, p.end)),
        }),
        _ => None,
    };
    json::ServiceJson {
        slug: s.service.slug.clone(),
        name: service_name(tr, &s.service.slug),
        icon: s.service.icon.clone(),
        desk: s.service.desk.clone(),
        mode: s.service.mode.as_str(),
        open: s.availability.is_open(),
        slots,
        queue,
    }
}

#[allow(clippy::too_many_arguments)]
/// `book SERVICE --standby`: a new visit waits on the standby list of a service full today.
pub(super) fn standby(
    app: &mut App,
    translations: &Translations,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    slug: &str,
    json: bool,
) -> Outcome {
    let service = find_service(app, tr, slug)?;
    let name = messages::service_name(tr, &service.slug);
    let (visit, number) = app
        .join_standby(tr.locale(), &[], service.id, now)
        .map_err(|e| store_failure(tr, &e))?
        .ok_or_else(|| {
            Failure::could_not(tr.args("standby-not-full", &[("service", name.as_str().into())]))
        })?;
    let payload = app
        .payload(&visit)
        .map_err(|e| Failure::could_not(format!("{}\n  ({e})", tr.t("error-payload"))))?;
    // On the list already: whatever happens to the slip now, the place in line is kept.
    let delivery = slips::issue(app, translations, &visit, &[], now);
    let code = visit.short_code.to_string();
    if json {
        let joined = json::BookJson {
            code: code.clone(),
            payload,
            bookings: Vec::new(),
            standby: Some(number),
            slip: delivery.as_ref().ok().map(|d| d.path.display().to_string()),
            printed: delivery.as_ref().ok().and_then(|d| d.job.clone()),
        };
        say!("{}", json::text(&joined));
    } else {
        say!(
            "{}",
            tr.args(
                "standby-joined",
                &[
                    ("service", name.as_str().into()),
                    ("number", number.into()),
                    ("code", code.as_str().into()),
                ],
            )
        );
    }
    if let Err(e) = delivery {
        return Err(Failure::could_not(print_failure(tr, &code, &e)));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn book(
    app: &mut App,
    translations: &Translations,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    slug: &str,
    slot: Option<&str>,
    quantity: u32,
    slip_out: Option<&Path>,
    json: bool,
) -> Outcome {
    let service = find_service(app, tr, slug)?;
    let wanted = match slot {
        None => Wanted::Next,
        Some(text) => {
            let time = NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
                Failure::usage(tr.args("error-bad-slot", &[("value", text.into())]))
            })?;
            let tz = app.config.timezone;
            Wanted::At(instant(local_date(now, tz), time, tz))
        }
    };
    let request = BookingRequest {
        service: service.id,
        wanted,
        quantity,
    };
    let (visit, bookings) = match app.book(tr.locale(), &[request], now) {
        Ok(made) => made,
        Err(BookError::Refused { refusal, .. }) => {
            let services = app.services().map_err(|e| store_failure(tr, &e))?;
            let about = messages::Refused {
                service: &service,
                asked: match wanted {
                    Wanted::At(t) => Some(t),
                    Wanted::Next => None,
                },
                services: &services,
                tz: app.config.timezone,
                now,
            };
            return Err(Failure::could_not(messages::refusal(tr, &refusal, &about)));
        }
        Err(BookError::NoSuchService(_)) => {
            return Err(find_service(app, tr, "")
                .err()
                .unwrap_or_else(|| Failure::usage(slug.to_owned())));
        }
        Err(BookError::Store(e)) => return Err(store_failure(tr, &e)),
    };
    let payload = app
        .payload(&visit)
        .map_err(|e| Failure::could_not(format!("{}\n  ({e})", tr.t("error-payload"))))?;
    // The booking is committed: whatever happens to the slip now, the place is kept.
    let code = visit.short_code.to_string();
    let delivery = match slip_out {
        Some(out) => slips::reissue(app, translations, &code, Some(out), now),
        None => slips::issue(app, translations, &visit, &bookings, now),
    };
    let slip_path = delivery.as_ref().ok().map(|d| d.path.display().to_string());
    if json {
        let bookings = bookings
            .iter()
            .map(|b| json::BookedJson {
                service: service.slug.clone(),
                start: hhmm(app, b.slot.start),
                end: hhmm(app, b.slot.end),
                number: b.number,
                quantity: b.quantity,
            })
            .collect();
        let booked = json::BookJson {
            code: code.clone(),
            payload: payload.clone(),
            bookings,
            standby: None,
            slip: slip_path.clone(),
            printed: delivery.as_ref().ok().and_then(|d| d.job.clone()),
        };
        say!("{}", json::text(&booked));
    } else {
        say!("{}", tr.t("booked-heading"));
        for b in &bookings {
            say!("  {}", booking_line(app, tr, &service, b));
        }
        say!(
            "{}",
            tr.args("booked-code", &[("code", code.as_str().into())])
        );
        say!(
            "{}",
            tr.args("booked-payload", &[("payload", payload.into())])
        );
        if let Ok(d) = &delivery {
            say!(
                "{}",
                tr.args(
                    "booked-slip",
                    &[("path", d.path.display().to_string().into())]
                )
            );
        }
    }
    delivery
        .map(|_| ())
        .map_err(|e| Failure::could_not(print_failure(tr, &code, &e)))
}

/// A slip that did not print: the booking is safe, and this is how to get the slip.
pub(super) fn print_failure(tr: Tr<'_>, code: &str, e: &PrintError) -> String {
    log::error!("slip {code} was not printed: {e}");
    format!(
        "{}\n{}",
        messages::print_error(tr, e),
        tr.args("error-print", &[("code", code.into())])
    )
}

pub(super) fn slip(
    app: &App,
    translations: &Translations,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    code: &str,
    out: Option<&Path>,
) -> Outcome {
    match slips::reissue(app, translations, code, out, now) {
        Ok(delivery) => {
            say!(
                "{}",
                tr.args(
                    "booked-slip",
                    &[("path", delivery.path.display().to_string().into())]
                )
            );
            Ok(())
        }
        Err(PrintError::UnknownCode(_)) => Err(Failure::could_not(
            tr.args("error-unknown-slip", &[("code", code.trim().into())]),
        )),
        Err(e) => Err(Failure::could_not(print_failure(tr, code.trim(), &e))),
    }
}
