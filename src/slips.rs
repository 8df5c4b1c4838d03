//! Slips out of the door, a use case of the app layer: a visit's slip is drawn, written to
//! the spool first, then sent to the printer (`print`): its PDF to CUPS, or its raster to a
//! receipt printer in ESC/POS. The booking is committed before any of this, so a printer
//! failure costs a reprint, never a place.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use crate::app::{App, Forgotten};
use crate::config::{Destination, EscPosTarget};
use crate::domain::{Booking, local_date};
use crate::i18n::{FALLBACK, Translations};
use crate::messages::hhmm;
use crate::print::{PrintError, print_escpos, print_pdf};
use crate::slip::{Layout, Slip, SlipBooking, render_layout_pdf, render_raster};
use crate::store::Visit;

/// What happened to a slip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The slip's PDF in the spool folder.
    pub path: PathBuf,
    /// The CUPS job id, or the receipt printer's address (`/dev/usb/lp0`,
    /// `tcp://192.168.1.50:9100`), when it went to a printer.
    pub job: Option<String>,
}

/// The icon of a discreet service's line: a clock, which says nothing of the service.
const DISCREET_ICON: &str = "clock";

/// Whether the fonts built into the program for slips (every script of the ten
/// languages) load.
pub fn fonts_load() -> Result<(), crate::slip::SlipError> {
    crate::slip::Fonts::load().map(drop)
}

/// The slip of a visit, in the visitor's language with Italian for staff. A discreet
/// service is named by its desk only.
pub fn slip_for(
    app: &App,
    translations: &Translations,
    visit: &Visit,
    bookings: &[Booking],
    payload: String,
) -> Result<Slip, PrintError> {
    let tr = translations.lang(&visit.lang);
    let it = translations.lang(FALLBACK);
    let tz = app.config.timezone;
    let services = app.store.services()?;
    // A place on a standby list, until a place is offered (then its booking is a line).
    let waiting: Vec<(crate::domain::ServiceId, String)> = app
        .store
        .visit_standby(visit.id)?
        .into_iter()
        .filter(|s| s.offer.is_none() && !s.expired)
        .map(|s| {
            let when = tr.args("slip-standby", &[("number", s.number.into())]);
            (s.service, when)
        })
        .collect();
    let booked = bookings.iter().filter(|b| b.holds_place()).map(|b| {
        let when = match b.number {
            Some(n) => tr.args("slip-number", &[("number", n.into())]),
            None => format!("{}–{}", hhmm(tz, b.slot.start), hhmm(tz, b.slot.end)),
        };
        (b.service, when)
    });
    let only_standby = !waiting.is_empty() && !bookings.iter().any(|b| b.holds_place());
    let lines = booked
        .chain(waiting)
        .filter_map(|(id, when)| {
            let service = services.iter().find(|s| s.id == id)?;
            let desk = crate::messages::desk_name(tr, &service.desk);
            Some(if service.discreet {
                // Whoever reads a lost or shown slip learns a room and a time, not that
                // its holder came for an HIV test or a safer-use kit: no name, no icon.
                SlipBooking {
                    icon: DISCREET_ICON.to_owned(),
                    name: desk,
                    name_it: crate::messages::desk_name(it, &service.desk),
                    when,
                    desk: String::new(),
                }
            } else {
                SlipBooking {
                    icon: service.icon.clone(),
                    name: crate::messages::service_name(tr, &service.slug),
                    name_it: crate::messages::service_name(it, &service.slug),
                    when,
                    desk,
                }
            })
        })
        .collect();
    let instruction = if only_standby {
        "slip-instruction-standby"
    } else {
        "slip-instruction"
    };
    Ok(Slip {
        site_name: app.config.site_name.clone(),
        date: tr.date(visit.issued_on),
        rtl: tr.t("language-direction") == "rtl",
        lang: tr.locale().to_owned(),
        bookings: lines,
        short_code: visit.short_code.to_string(),
        payload,
        instruction: tr.t(instruction),
        instruction_it: it.t(instruction),
    })
}

/// Draws the slip, writes it to the spool, and prints it if a printer is set.
pub fn issue(
    app: &App,
    translations: &Translations,
    visit: &Visit,
    bookings: &[Booking],
    now: DateTime<Utc>,
) -> Result<Delivery, PrintError> {
    let payload = app
        .payload(visit)
        .map_err(|e| PrintError::UnknownCode(e.to_string()))?;
    let slip = slip_for(app, translations, visit, bookings, payload)?;
    let format = app.config.slip_format;
    let layout = crate::slip::layout(&slip, format)?;
    let pdf = render_layout_pdf(&layout)?;
    let path = spool(&app.data_dir.slips(), visit, &pdf)?;
    remove_old_slips(
        &app.data_dir.slips(),
        local_date(now, app.config.timezone),
        app.config.slip_retention_days,
    );
    let height = layout.height_mm;
    let printed = match &app.config.printer {
        Destination::None => None,
        Destination::Default => Some(print_pdf(None, &path, format, height).map_err(Into::into)),
        Destination::Queue(name) => {
            Some(print_pdf(Some(name), &path, format, height).map_err(Into::into))
        }
        Destination::EscPos { target, dots } => Some(print_raster(&layout, target, *dots)),
    };
    let job = printed.transpose().inspect_err(|e| {
        // The short code, never the payload: a log line must not be a ticket.
        log::error!("slip {} not printed: {e}", visit.short_code);
    })?;
    Ok(Delivery { path, job })
}

/// Draws the slip for a receipt printer and sends it; the printer's address stands for the
/// job id CUPS would give.
fn print_raster(layout: &Layout, target: &EscPosTarget, dots: u32) -> Result<String, PrintError> {
    let raster = render_raster(layout, dots)?;
    print_escpos(target, &raster)?;
    Ok(target.to_string())
}

/// A slip printed again by its short code (or QR text).
pub fn reissue(
    app: &App,
    translations: &Translations,
    code: &str,
    out: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Delivery, PrintError> {
    let visit = app
        .find_visit(code)?
        .ok_or_else(|| PrintError::UnknownCode(code.trim().to_owned()))?;
    let bookings = app.store.visit_bookings(visit.id)?;
    match out {
        None => issue(app, translations, &visit, &bookings, now),
        Some(out) => {
            let payload = app
                .payload(&visit)
                .map_err(|e| PrintError::UnknownCode(e.to_string()))?;
            let slip = slip_for(app, translations, &visit, &bookings, payload)?;
            let pdf = crate::slip::render_pdf(&slip, app.config.slip_format)?;
            crate::files::write_atomically(out, &pdf).map_err(|source| PrintError::Spool {
                path: out.to_path_buf(),
                source,
            })?;
            Ok(Delivery {
                path: out.to_path_buf(),
                job: None,
            })
        }
    }
}

/// `slips/DATE/CODE.pdf` in the data folder.
fn spool(dir: &Path, visit: &Visit, pdf: &[u8]) -> Result<PathBuf, PrintError> {
    let folder = dir.join(visit.issued_on.to_string());
    crate::files::create_private_dir(&folder).map_err(|source| PrintError::Spool {
        path: folder.clone(),
        source,
    })?;
    let path = folder.join(format!("{}.pdf", visit.short_code.as_str()));
    crate::files::write_atomically(&path, pdf).map_err(|source| PrintError::Spool {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}

/// The nightly step, run when a kiosk or station starts and then once a day: old rows
/// become counts ([`App::forget`]) and old slips leave the spool folder. Logged, never shown.
pub fn forget(app: &App, now: DateTime<Utc>) {
    let today = local_date(now, app.config.timezone);
    remove_old_slips(&app.data_dir.slips(), today, app.config.slip_retention_days);
    match app.forget(now) {
        // A quiet log: only a step that counted or deleted something is worth a line.
        Ok(done) if done == Forgotten::default() => {}
        Ok(done) => log::info!(
            "forgetting: {} finished days counted; {} visits, {} bookings, {} audit rows deleted",
            done.days_counted,
            done.visits_deleted,
            done.bookings_deleted,
            done.audit_deleted
        ),
        Err(e) => log::error!("forgetting failed, nothing was deleted: {e}"),
    }
}

/// Removes spool folders older than the retention period; a failure only leaves files.
fn remove_old_slips(dir: &Path, today: NaiveDate, retention_days: u32) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(day) = name
            .to_str()
            .and_then(|n| NaiveDate::parse_from_str(n, "%Y-%m-%d").ok())
        else {
            continue;
        };
        if (today - day).num_days() > i64::from(retention_days) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
