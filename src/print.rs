//! Slips out of the door: the PDF is written to the spool first, then sent to the printer
//! through CUPS (`lp`). The booking is committed before any of this, so a printer failure
//! costs a reprint, never a place.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, Utc};

use crate::app::App;
use crate::domain::{Booking, local_date};
use crate::i18n::{FALLBACK, Translations};
use crate::slip::{Slip, SlipBooking, SlipFormat, render_layout_pdf};
use crate::store::{StoreError, Visit};

/// Where slips go, from the settings file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// No printer (a laptop trying the kiosk): slips only go to the spool folder.
    None,
    /// CUPS's default destination.
    Default,
    /// A named CUPS queue.
    Queue(String),
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the slip could not be drawn: {0}")]
    Slip(#[from] crate::slip::SlipError),
    #[error("the slip could not be written to {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the printing system (lp) could not be started: {0}")]
    NoCups(std::io::Error),
    #[error("printer {printer} is not there: {detail}")]
    Missing { printer: String, detail: String },
    #[error("printer {printer} is disabled: {detail}")]
    Disabled { printer: String, detail: String },
    #[error("printer {printer} refused the slip: {detail}")]
    Refused { printer: String, detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no slip with the code {0}")]
    UnknownCode(String),
}

/// What happened to a slip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The slip's PDF in the spool folder.
    pub path: PathBuf,
    /// The CUPS job id, when it went to a printer.
    pub job: Option<String>,
}

/// The slip of a visit, in the visitor's language with Italian for staff.
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
    let hhmm = |t: DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
    let services = app.store.services()?;
    let lines = bookings
        .iter()
        .filter(|b| b.holds_place())
        .filter_map(|b| {
            let service = services.iter().find(|s| s.id == b.service)?;
            let when = match b.number {
                Some(n) => tr.args("slip-number", &[("number", n.into())]),
                None => format!("{}–{}", hhmm(b.slot.start), hhmm(b.slot.end)),
            };
            Some(SlipBooking {
                icon: service.icon.clone(),
                name: tr.t(&format!("service-{}", service.slug)),
                name_it: it.t(&format!("service-{}", service.slug)),
                when,
                desk: tr.t(&format!("desk-{}", service.desk)),
            })
        })
        .collect();
    Ok(Slip {
        site_name: app.config.site_name.clone(),
        date: tr.date(visit.issued_on),
        rtl: tr.t("language-direction") == "rtl",
        lang: tr.locale().to_owned(),
        bookings: lines,
        short_code: visit.short_code.to_string(),
        payload,
        instruction: tr.t("slip-instruction"),
        instruction_it: it.t("slip-instruction"),
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
    let job = match &app.config.printer {
        Destination::None => None,
        destination => Some(
            print_pdf(destination, &path, format, layout.height_mm).inspect_err(|e| {
                // The short code, never the payload: a log line must not be a ticket.
                log::error!("slip {} not printed: {e}", visit.short_code);
            })?,
        ),
    };
    Ok(Delivery { path, job })
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
            write_atomically(out, &pdf)?;
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
    crate::app::create_private_dir(&folder).map_err(|source| PrintError::Spool {
        path: folder.clone(),
        source,
    })?;
    let path = folder.join(format!("{}.pdf", visit.short_code.as_str()));
    write_atomically(&path, pdf)?;
    Ok(path)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PrintError> {
    let error = |source| PrintError::Spool {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    // A slip carries a valid ticket: only Sosta's user may read it.
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp).map_err(error)?;
    file.write_all(bytes).map_err(error)?;
    file.sync_all().map_err(error)?;
    fs::rename(&tmp, path).map_err(error)
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

/// Sends a PDF to CUPS and returns the job id. The page size is the slip's own, so a
/// thermal roll is cut after the slip rather than after an A4 page.
fn print_pdf(
    destination: &Destination,
    path: &Path,
    format: SlipFormat,
    height_mm: f32,
) -> Result<String, PrintError> {
    let printer = match destination {
        Destination::Queue(name) => name.clone(),
        _ => String::from("default"),
    };
    if let Destination::Queue(name) = destination {
        check_printer(name)?;
    }
    let mut lp = cups_command("lp");
    if let Destination::Queue(name) = destination {
        lp.args(["-d", name]);
    }
    let size = format!(
        "PageSize=Custom.{:.0}x{:.0}mm",
        format.page_width_mm(),
        format.page_height_mm().unwrap_or(height_mm).ceil()
    );
    let out = lp
        .args(["-o", &size])
        .arg(path)
        .output()
        .map_err(PrintError::NoCups)?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    if !out.status.success() {
        return Err(PrintError::Refused {
            printer,
            detail: stderr,
        });
    }
    // "request id is SostaPDF-12 (1 file(s))"
    stdout
        .split_whitespace()
        .skip_while(|w| *w != "is")
        .nth(1)
        .map(str::to_owned)
        .ok_or(PrintError::Refused {
            printer,
            detail: stdout.trim().to_owned(),
        })
}

/// A CUPS command that speaks the C locale whatever the system's language, so its words
/// ("disabled", "request id is") are the ones parsed here.
fn cups_command(program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .env("LANGUAGE", "C");
    command
}

/// Asks CUPS whether a queue exists and accepts jobs.
fn check_printer(name: &str) -> Result<(), PrintError> {
    let out = cups_command("lpstat")
        .args(["-p", name])
        .output()
        .map_err(PrintError::NoCups)?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
    .trim()
    .to_owned();
    if !out.status.success() {
        return Err(PrintError::Missing {
            printer: name.to_owned(),
            detail: text,
        });
    }
    if text.contains("disabled") {
        return Err(PrintError::Disabled {
            printer: name.to_owned(),
            detail: text,
        });
    }
    Ok(())
}
