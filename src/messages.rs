//! Message ids built from data (a service's slug, a verdict, a status) and their words:
//! the one place that knows how such ids are made, for the CLI, the kiosk, the station and
//! the slip. The translation tests build the ids they expect through these functions too.
//! It also owns the words of refusals, errors and login problems, and the tones and times
//! the screens show, so that each is said the same way everywhere.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

use crate::accounts::LoginError;
use crate::domain::{Refusal, Service, Slot, Status, Verdict, local_date};
use crate::i18n::Tr;
use crate::print::{PrintError, PrinterError};
use crate::store::{StoreError, StoreTrouble};
use crate::token::KeyFileError;

/// `service-shower`: a service's name.
pub fn service_id(slug: &str) -> String {
    format!("service-{slug}")
}

/// `service-shower-description`: a service's short description.
pub fn description_id(slug: &str) -> String {
    format!("service-{slug}-description")
}

/// `desk-showers`: where a service is given.
pub fn desk_id(desk: &str) -> String {
    format!("desk-{desk}")
}

/// `verdict-already-served`: a scan verdict as staff read it.
pub fn verdict_id(verdict: Verdict) -> String {
    format!("verdict-{}", verdict.as_str().replace('_', "-"))
}

/// `status-no-show`: a booking's status.
pub fn status_id(status: Status) -> String {
    format!("status-{}", status.as_str().replace('_', "-"))
}

/// Why a service cannot be saved, in words, naming the day and hours at fault.
pub fn invalid(tr: Tr<'_>, invalid: &crate::domain::Invalid) -> String {
    use crate::domain::{HoursDay, Invalid};
    let day = |day: &HoursDay| match day {
        HoursDay::Weekday(n) => tr.weekday(*n),
        HoursDay::Date(date) => tr.date(*date),
    };
    match invalid {
        Invalid::Slug(value) => tr.args("invalid-slug", &[("value", value.as_str().into())]),
        Invalid::Capacity(value) => tr.args(
            "invalid-capacity",
            &[
                ("value", (*value).into()),
                ("max", crate::domain::MAX_CAPACITY.into()),
            ],
        ),
        Invalid::PerVisitLimit(value) => {
            tr.args("invalid-per-visit", &[("value", (*value).into())])
        }
        Invalid::Minutes(value) => tr.args("invalid-minutes", &[("value", (*value).into())]),
        Invalid::Overlap(on, first, second) => tr.args(
            "invalid-overlap",
            &[
                ("day", day(on).into()),
                ("first", first.to_string().into()),
                ("second", second.to_string().into()),
            ],
        ),
        Invalid::SlotLongerThanRange(on, range, minutes) => tr.args(
            "invalid-slot-too-long",
            &[
                ("day", day(on).into()),
                ("range", range.to_string().into()),
                ("minutes", (*minutes).into()),
            ],
        ),
    }
}

/// Why an account could not be added or changed, in words.
pub fn account_error(tr: Tr<'_>, e: &crate::accounts::AccountError) -> String {
    use crate::accounts::{AccountError, MAX_NAME_CHARS, MAX_PIN_DIGITS, MIN_PIN_DIGITS, WeakPin};
    match e {
        AccountError::NameEmpty => tr.t("staff-name-empty"),
        AccountError::NameTooLong { .. } => {
            tr.args("staff-name-too-long", &[("max", MAX_NAME_CHARS.into())])
        }
        AccountError::NameHasControl => tr.t("staff-name-control"),
        AccountError::PinTooShort { .. } => {
            tr.args("staff-pin-too-short", &[("min", MIN_PIN_DIGITS.into())])
        }
        AccountError::PinTooLong { .. } => {
            tr.args("staff-pin-too-long", &[("max", MAX_PIN_DIGITS.into())])
        }
        AccountError::PinNotDigits => tr.t("staff-pin-not-digits"),
        AccountError::PinWeak(reason) => tr.t(match reason {
            WeakPin::OneDigit => "staff-pin-weak-one-digit",
            WeakPin::Run => "staff-pin-weak-run",
            WeakPin::Date => "staff-pin-weak-date",
            WeakPin::Common => "staff-pin-weak-common",
            WeakPin::Repeated => "staff-pin-weak-repeated",
        }),
        AccountError::NameTaken(name) => {
            tr.args("staff-name-taken", &[("name", name.as_str().into())])
        }
        // Names are looked up first, so only an account removed meanwhile gets here.
        AccountError::UnknownStaff => tr.t("staff-account-gone"),
        AccountError::LastAdmin => tr.t("staff-last-admin"),
        AccountError::Hash(detail) => {
            tr.args("staff-error-hash", &[("detail", detail.as_str().into())])
        }
        AccountError::Store(e) => store_error(tr, e),
    }
}

/// `kiosk-question-housing`: an anonymous question as the kiosk asks it.
pub fn question_id(question: crate::domain::Question) -> String {
    format!("kiosk-question-{}", question.as_str())
}

/// `kiosk-answer-housing-outside`; "prefer not to say" is one message for every question.
pub fn answer_id(question: crate::domain::Question, answer: &str) -> String {
    if answer == "declined" {
        "kiosk-answer-declined".to_owned()
    } else {
        format!("kiosk-answer-{}-{answer}", question.as_str())
    }
}

/// `console-question-housing`: a question as the coordinator chooses it.
pub fn console_question_id(question: crate::domain::Question) -> String {
    format!("console-question-{}", question.as_str())
}

pub fn service_name(tr: Tr<'_>, slug: &str) -> String {
    tr.t(&service_id(slug))
}

pub fn service_description(tr: Tr<'_>, slug: &str) -> String {
    tr.t(&description_id(slug))
}

pub fn desk_name(tr: Tr<'_>, desk: &str) -> String {
    tr.t(&desk_id(desk))
}

pub fn verdict(tr: Tr<'_>, verdict: Verdict) -> String {
    tr.t(&verdict_id(verdict))
}

pub fn status(tr: Tr<'_>, status: Status) -> String {
    tr.t(&status_id(status))
}

/// How a status, a verdict or a slot looks on screen: good (free, valid), caution (waiting,
/// few left, look again), bad (full, refused) or off (closed, over, done).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Caution,
    Bad,
    Off,
}

/// A verdict's tone at the desk: green to serve, amber to look again, red to refuse.
pub fn verdict_tone(verdict: Verdict) -> Tone {
    match verdict {
        Verdict::Valid | Verdict::Served => Tone::Good,
        Verdict::AlreadyServed
        | Verdict::TooEarly
        | Verdict::TooLate
        | Verdict::OtherService
        | Verdict::GenuineOffline => Tone::Caution,
        _ => Tone::Bad,
    }
}

/// A booking's tone on the desk's board: still to serve, done, or missed/cancelled.
pub fn status_tone(status: Status) -> Tone {
    match status {
        Status::Booked => Tone::Good,
        Status::Served => Tone::Off,
        _ => Tone::Caution,
    }
}

/// "10:40": a time of day on the site's clock.
pub fn hhmm(tz: Tz, t: DateTime<Utc>) -> String {
    t.with_timezone(&tz).format("%H:%M").to_string()
}

/// "10:40–11:00", kept left to right inside Arabic or Urdu text: without the isolation
/// marks the bidi algorithm shows it as "11:00–10:40". The renderer draws no glyph for them.
pub fn time_range(start: &str, end: &str) -> String {
    format!("\u{2066}{start}–{end}\u{2069}")
}

/// When something happens next, in words: "today at 14:00" or "on 2026-11-30 at 09:00".
pub fn when(tr: Tr<'_>, tz: Tz, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let time = hhmm(tz, at);
    if local_date(at, tz) == local_date(now, tz) {
        tr.args("when-today", &[("time", time.into())])
    } else {
        tr.args(
            "when-day",
            &[
                ("date", local_date(at, tz).to_string().into()),
                ("time", time.into()),
            ],
        )
    }
}

/// What a refusal is about, to say it fully (the command line and the staff).
pub struct Refused<'a> {
    pub service: &'a Service,
    /// The slot asked for, if one was.
    pub asked: Option<DateTime<Utc>>,
    /// Every service, to name the other one of an overlap.
    pub services: &'a [Service],
    pub tz: Tz,
    pub now: DateTime<Utc>,
}

/// Why a booking was refused, in full, with the next free slot where there is one.
pub fn refusal(tr: Tr<'_>, refusal: &Refusal, about: &Refused<'_>) -> String {
    let tz = about.tz;
    let name: FluentValue<'_> = service_name(tr, &about.service.slug).into();
    let asked: FluentValue<'_> = about.asked.map(|t| hhmm(tz, t)).unwrap_or_default().into();
    let next = |slot: &Option<Slot>| -> FluentValue<'_> {
        match slot {
            Some(s) => hhmm(tz, s.start).into(),
            None => "none".into(),
        }
    };
    let slot_refusal = |id: &str, next_free: &Option<Slot>| {
        tr.args(
            id,
            &[
                ("service", name.clone()),
                ("time", asked.clone()),
                ("next", next(next_free)),
            ],
        )
    };
    match refusal {
        Refusal::Closed {
            next_opening: Some(t),
        } => tr.args(
            "refusal-closed",
            &[
                ("service", name.clone()),
                ("when", when(tr, tz, *t, about.now).into()),
            ],
        ),
        Refusal::Closed { next_opening: None } => {
            tr.args("refusal-closed-long", &[("service", name)])
        }
        Refusal::Full { next_free } => slot_refusal("refusal-full", next_free),
        Refusal::NoSuchSlot { next_free } => slot_refusal("refusal-no-such-slot", next_free),
        Refusal::SlotGone { next_free } => slot_refusal("refusal-slot-gone", next_free),
        Refusal::FullToday => tr.args("refusal-full-today", &[("service", name)]),
        Refusal::AlreadyBooked => tr.args("refusal-already-booked", &[("service", name)]),
        Refusal::Overlap { with } => {
            let other = about
                .services
                .iter()
                .find(|s| s.id == *with)
                .map(|s| service_name(tr, &s.slug))
                .unwrap_or_default();
            tr.args(
                "refusal-overlap",
                &[("service", name), ("other", other.into())],
            )
        }
        Refusal::TooMany { limit } => tr.args("refusal-too-many", &[("limit", (*limit).into())]),
        Refusal::TooSoonAgain => tr.args("refusal-again", &[("service", name)]),
        Refusal::QuantityOverLimit { limit } => tr.args(
            "refusal-quantity",
            &[("service", name), ("limit", (*limit).into())],
        ),
    }
}

/// Why a booking was refused, as a visitor at the kiosk reads it: short, and always with
/// where to go next.
pub fn kiosk_refusal(tr: Tr<'_>, refusal: &Refusal, service_name: &str) -> String {
    let id = match refusal {
        Refusal::Full { .. }
        | Refusal::FullToday
        | Refusal::SlotGone { .. }
        | Refusal::NoSuchSlot { .. } => "kiosk-problem-full",
        Refusal::Closed { .. } => "kiosk-problem-closed",
        Refusal::TooSoonAgain => "kiosk-problem-again",
        _ => "kiosk-problem-other",
    };
    tr.args(id, &[("service", service_name.into())])
}

/// Why the database could not be used, in words: what kind of trouble and what to do.
/// The technical detail (SQLite's own words) belongs in the log, not in this sentence.
pub fn store_error(tr: Tr<'_>, e: &StoreError) -> String {
    let id = match e.trouble() {
        StoreTrouble::Unreachable => "error-store-unreachable",
        StoreTrouble::Busy => "error-store-busy",
        StoreTrouble::ReadOnly => "error-store-read-only",
        StoreTrouble::Full => "error-store-full",
        StoreTrouble::Damaged => "error-store-damaged",
        StoreTrouble::Newer => "error-store-newer",
        StoreTrouble::Other => "error-store-other",
        StoreTrouble::ServerUnreachable => "error-server-unreachable",
        StoreTrouble::ServerLogin => "error-server-login",
        StoreTrouble::NoDatabase => "error-server-no-database",
        StoreTrouble::NotSosta => "error-server-not-sosta",
        StoreTrouble::Tls => "error-server-tls",
        StoreTrouble::NetworkFolder => "error-store-network",
    };
    match e.server() {
        Some(server) => tr.args(
            id,
            &[
                ("server", server.to_string().into()),
                ("database", server.database().into()),
            ],
        ),
        None => tr.t(id),
    }
}

/// Why a slip was not printed, as a sentence of its own.
pub fn print_error(tr: Tr<'_>, e: &PrintError) -> String {
    match e {
        PrintError::Slip(_) => tr.t("print-problem-draw"),
        PrintError::Spool { .. } => tr.t("print-problem-spool"),
        PrintError::Printer(PrinterError::NoCups(_)) => tr.t("print-problem-no-cups"),
        PrintError::Printer(PrinterError::Missing { printer, .. }) => tr.args(
            "print-problem-missing",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::Disabled { printer, .. }) => tr.args(
            "print-problem-disabled",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::Refused { printer, .. }) => tr.args(
            "print-problem-refused",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::NoDevice { printer, .. }) => tr.args(
            "print-problem-missing",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::Denied { printer, .. }) => tr.args(
            "print-problem-denied",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::Timeout { printer, .. }) => tr.args(
            "print-problem-timeout",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Printer(PrinterError::WriteFailed { printer, .. }) => tr.args(
            "print-problem-write",
            &[("printer", printer.as_str().into())],
        ),
        PrintError::Store(e) => store_error(tr, e),
        PrintError::UnknownCode(code) => {
            tr.args("error-unknown-slip", &[("code", code.as_str().into())])
        }
    }
}

/// What is wrong in the slip key file, naming the line (never quoting it: it may hold a
/// secret).
pub fn key_file_error(tr: Tr<'_>, e: &KeyFileError) -> String {
    match *e {
        KeyFileError::BadLine { line } => tr.args("key-problem-line", &[("line", line.into())]),
        KeyFileError::BadId { line } => tr.args("key-problem-id", &[("line", line.into())]),
        KeyFileError::WrongLength { line, len } => tr.args(
            "key-problem-length",
            &[("line", line.into()), ("length", len.into())],
        ),
        KeyFileError::BadHex { line } => tr.args("key-problem-hex", &[("line", line.into())]),
        KeyFileError::DuplicateId { line, id, first } => tr.args(
            "key-problem-duplicate",
            &[
                ("line", line.into()),
                ("id", id.into()),
                ("first", first.into()),
            ],
        ),
        KeyFileError::NoKey => tr.t("key-problem-empty"),
    }
}

/// Why a PIN did not open, in words for the person at the screen.
pub fn login_error(tr: Tr<'_>, tz: Tz, e: &LoginError) -> String {
    match e {
        LoginError::WrongPin {
            attempts_before_wait,
        } => tr.args(
            "station-login-wrong",
            &[("left", (*attempts_before_wait).into())],
        ),
        LoginError::Wait { until } => {
            let time = until.with_timezone(&tz).format("%H:%M:%S").to_string();
            tr.args("station-login-wait", &[("time", time.into())])
        }
        LoginError::Locked => tr.t("station-login-locked"),
        LoginError::SharedPin => tr.t("station-login-shared"),
        LoginError::Disabled | LoginError::UnknownStaff => tr.t("station-login-disabled"),
        LoginError::Store(e) => store_error(tr, e),
    }
}
