//! The command line: parse, open the data folder, run one verb, report in the chosen
//! language. Exit status 0 when the verb did its job (any scan verdict counts), 1 when it
//! could not (closed, full, a store failure), 2 for bad usage.

pub mod json;
pub mod staff_user;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use chrono::{DateTime, NaiveTime, Utc};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use fluent_bundle::FluentValue;

use crate::app::{App, AppError, DataDir, ScanOutcome, ServiceToday};
use crate::app::{BookError, BookingRequest, StoreError};
use crate::clock::SystemClock;
use crate::config::{Problem, SettingsError};
use crate::domain::booking::Wanted;
use crate::domain::schedule::instant;
use crate::domain::{Booking, DayAvailability, Refusal, Service, SlotState, local_date};
use crate::i18n::{FALLBACK, Tr, Translations};
use crate::kiosk::{self, KioskController};
use crate::screenshot;
use crate::slips::{self, PrintError};
use crate::staff::{self, StationController};

#[derive(Parser, Debug)]
#[command(name = "sosta", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "RFC3339")]
    pub now: Option<String>,
    #[arg(long, global = true, value_name = "LL")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub verb: Option<Verb>,
}

#[derive(Subcommand, Debug)]
pub enum Verb {
    Kiosk {
        #[arg(long)]
        fullscreen: bool,
    },
    Services {
        #[arg(long)]
        json: bool,
    },
    Staff {
        #[arg(long, value_name = "SERVICE")]
        desk: Option<String>,
    },
    StaffUser {
        #[command(subcommand)]
        action: staff_user::StaffUserAction,
    },
    Audit {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        json: bool,
    },
    Book {
        service: String,
        #[arg(long, value_name = "HH:MM")]
        slot: Option<String>,
        #[arg(long, default_value_t = 1)]
        quantity: u32,
        #[arg(long, value_name = "FILE.pdf")]
        slip_out: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    Slip {
        code: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
    },
    Screenshot {
        #[arg(required_unless_present = "list")]
        screen: Option<String>,
        #[arg(long, value_name = "WxH", default_value = "1920x1080")]
        size: String,
        #[arg(long, value_name = "FILE.png", required_unless_present = "list")]
        out: Option<PathBuf>,
        #[arg(long)]
        list: bool,
    },
    Scan {
        payload: String,
        #[arg(long, value_name = "SERVICE")]
        desk: Option<String>,
        #[arg(long)]
        serve: bool,
        #[arg(long)]
        json: bool,
    },
    Cancel {
        code: String,
        #[arg(long, value_name = "SERVICE")]
        service: String,
        #[arg(long)]
        json: bool,
    },
}

/// A failure on its way to the person: the message and the exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub status: u8,
}

impl Failure {
    pub(crate) fn usage(message: String) -> Failure {
        Failure { message, status: 2 }
    }
    pub(crate) fn could_not(message: String) -> Failure {
        Failure { message, status: 1 }
    }
}

type Outcome = Result<(), Failure>;

/// The clap command with every help text taken from the translations: `cli-about`,
/// `cli-cmd-<verb>` and `cli-arg-<argument>`.
pub fn command(tr: Tr<'_>) -> clap::Command {
    fn localize(mut cmd: clap::Command, tr: Tr<'_>, about: String) -> clap::Command {
        cmd = cmd.about(about);
        let ids: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            let help = tr.t(&format!("cli-arg-{}", id.replace('_', "-")));
            cmd = cmd.mut_arg(id, |a| a.help(help));
        }
        let verbs: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        for verb in verbs {
            let about = tr.t(&format!("cli-cmd-{verb}"));
            cmd = cmd.mut_subcommand(verb, |sub| localize(sub, tr, about));
        }
        cmd
    }
    // Building first adds clap's own --help, --version and `help`, so they are translated too.
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, tr, tr.t("cli-about"))
}

/// The language asked for on the command line, read before parsing so help is translated.
fn lang_arg(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        if arg == "--lang" {
            return iter.next().map(str::to_owned);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    // Whatever Sosta or SQLite creates (database, WAL, spool, logs, exports) is readable by
    // Sosta's user only.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let args: Vec<OsString> = args.into_iter().collect();
    let translations = match Translations::embedded() {
        Ok(t) => t,
        Err(e) => {
            // Without translations there is no language to speak; the tests keep this from
            // ever shipping.
            eprintln!("sosta: {e}");
            return ExitCode::from(1);
        }
    };
    let asked = lang_arg(&args);
    let help_lang = asked.as_deref().unwrap_or(FALLBACK);
    let matches = match command(translations.lang(help_lang)).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    match run(cli, &Rc::new(translations)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}

fn run(cli: Cli, translations: &Rc<Translations>) -> Outcome {
    let locales: Vec<&str> = translations.locales().collect();
    let fallback = translations.lang(FALLBACK);
    if let Some(lang) = &cli.lang
        && !translations.has_locale(lang)
    {
        return Err(Failure::usage(fallback.args(
            "error-bad-lang",
            &[
                ("value", lang.as_str().into()),
                ("known", locales.join(", ").into()),
            ],
        )));
    }
    let early_tr = translations.lang(cli.lang.as_deref().unwrap_or(FALLBACK));
    let now = match &cli.now {
        None => Utc::now(),
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                Failure::usage(early_tr.args("error-bad-now", &[("value", text.as_str().into())]))
            })?,
    };
    // Screenshots draw on a demo folder of their own: the real data is never touched.
    if let Some(Verb::Screenshot {
        screen,
        size,
        out,
        list,
    }) = &cli.verb
    {
        let lang = cli.lang.as_deref().unwrap_or(FALLBACK);
        let at = cli.now.is_some().then_some(now);
        return screenshot(
            translations,
            early_tr,
            screen.as_deref(),
            size,
            out.as_deref(),
            *list,
            lang,
            at,
        );
    }
    let data_dir =
        DataDir::resolve(cli.data_dir).map_err(|e| Failure::could_not(app_error(early_tr, &e)))?;
    let mut app =
        App::open(data_dir, &locales).map_err(|e| Failure::could_not(app_error(early_tr, &e)))?;
    crate::logging::init(Some(app.data_dir.root()));
    // `--lang` speaks for this run: the command line, the station and the kiosk's start
    // screen and staff corner.
    if let Some(lang) = &cli.lang {
        app.config.language = lang.clone();
    }
    let lang = app.config.language.clone();
    let tr = translations.lang(&lang);
    match cli.verb.unwrap_or(Verb::Kiosk { fullscreen: false }) {
        Verb::Kiosk { fullscreen } => {
            kiosk(app, translations, tr, now, cli.now.is_some(), fullscreen)
        }
        Verb::Services { json } => services(&app, tr, now, json),
        Verb::StaffUser { action } => {
            let mut stdin = std::io::stdin().lock();
            staff_user::staff_user(&mut app, tr, action, &mut stdin, now)
        }
        Verb::Audit { date, json } => staff_user::audit(&app, tr, &date, json),
        Verb::Staff { desk } => station(
            app,
            translations,
            tr,
            now,
            cli.now.is_some(),
            desk.as_deref(),
        ),
        Verb::Book {
            service,
            slot,
            quantity,
            slip_out,
            json,
        } => book(
            &mut app,
            translations,
            tr,
            now,
            &service,
            slot.as_deref(),
            quantity,
            slip_out.as_deref(),
            json,
        ),
        Verb::Slip { code, out } => slip(&app, translations, tr, now, &code, out.as_deref()),
        Verb::Screenshot { .. } => Ok(()),
        Verb::Scan {
            payload,
            desk,
            serve,
            json,
        } => scan(&app, tr, now, &payload, desk.as_deref(), serve, json),
        Verb::Cancel {
            code,
            service,
            json,
        } => cancel(&app, tr, now, &code, &service, json),
    }
}

fn hhmm(app: &App, t: DateTime<Utc>) -> String {
    t.with_timezone(&app.config.timezone)
        .format("%H:%M")
        .to_string()
}

fn service_name(tr: Tr<'_>, slug: &str) -> String {
    crate::messages::service_name(tr, slug)
}

fn desk_name(tr: Tr<'_>, desk: &str) -> String {
    crate::messages::desk_name(tr, desk)
}

fn store_failure(tr: Tr<'_>, e: &StoreError) -> Failure {
    Failure::could_not(tr.args("error-store", &[("detail", e.to_string().into())]))
}

fn find_service(app: &App, tr: Tr<'_>, slug: &str) -> Result<Service, Failure> {
    let services = app.services().map_err(|e| store_failure(tr, &e))?;
    let known: Vec<&str> = services
        .iter()
        .filter(|s| s.active)
        .map(|s| s.slug.as_str())
        .collect();
    services
        .iter()
        .find(|s| s.active && s.slug.eq_ignore_ascii_case(slug.trim()))
        .cloned()
        .ok_or_else(|| {
            Failure::usage(tr.args(
                "error-unknown-service",
                &[("slug", slug.into()), ("known", known.join(", ").into())],
            ))
        })
}

fn services(app: &App, tr: Tr<'_>, now: DateTime<Utc>, json: bool) -> Outcome {
    let today = app.today(now).map_err(|e| store_failure(tr, &e))?;
    if json {
        let list: Vec<json::ServiceJson> = today.iter().map(|s| service_json(app, tr, s)).collect();
        println!("{}", json::text(&list));
        return Ok(());
    }
    let date = local_date(now, app.config.timezone).to_string();
    println!("{}", tr.args("services-heading", &[("date", date.into())]));
    for ServiceToday {
        service,
        availability,
    } in &today
    {
        println!(
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
            DayAvailability::Closed => println!("  {}", tr.t("services-closed-today")),
            DayAvailability::Slots(slots) => {
                let over = slots.iter().filter(|s| s.state == SlotState::Past).count();
                if over > 0 {
                    println!(
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
                    println!("  {}", tr.args(id, &args));
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
                println!("  {line}");
            }
        }
    }
    Ok(())
}

fn service_json(app: &App, tr: Tr<'_>, s: &ServiceToday) -> json::ServiceJson {
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
fn book(
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
            return Err(Failure::could_not(refusal_message(
                app, tr, &service, wanted, &refusal, now,
            )));
        }
        Err(BookError::NoSuchService(_)) => {
            return Err(find_service(app, tr, "")
                .err()
                .unwrap_or_else(|| Failure::usage(slug.to_owned())));
        }
        Err(BookError::Store(e)) => return Err(store_failure(tr, &e)),
    };
    let payload = app.payload(&visit).map_err(|e| {
        Failure::could_not(tr.args("error-store", &[("detail", e.to_string().into())]))
    })?;
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
            slip: slip_path.clone(),
            printed: delivery.as_ref().ok().and_then(|d| d.job.clone()),
        };
        println!("{}", json::text(&booked));
    } else {
        println!("{}", tr.t("booked-heading"));
        for b in &bookings {
            println!("  {}", booking_line(app, tr, &service, b));
        }
        println!(
            "{}",
            tr.args("booked-code", &[("code", code.as_str().into())])
        );
        println!(
            "{}",
            tr.args("booked-payload", &[("payload", payload.into())])
        );
        if let Ok(d) = &delivery {
            println!(
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
fn print_failure(tr: Tr<'_>, code: &str, e: &PrintError) -> String {
    tr.args(
        "error-print",
        &[("code", code.into()), ("detail", e.to_string().into())],
    )
}

fn slip(
    app: &App,
    translations: &Translations,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    code: &str,
    out: Option<&Path>,
) -> Outcome {
    match slips::reissue(app, translations, code, out, now) {
        Ok(delivery) => {
            println!(
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

fn kiosk(
    app: App,
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    shifted: bool,
    fullscreen: bool,
) -> Outcome {
    let fullscreen = fullscreen || app.config.fullscreen;
    let controller =
        KioskController::new(app, Rc::clone(translations), running_clock(now, shifted));
    kiosk::run(controller, fullscreen).map_err(|e| display_failure(tr, &e))
}

/// The clock of a window: with --now the demo starts at that time and runs on from there.
fn running_clock(now: DateTime<Utc>, shifted: bool) -> Rc<SystemClock> {
    let offset = if shifted {
        now - Utc::now()
    } else {
        chrono::Duration::zero()
    };
    Rc::new(SystemClock { offset })
}

fn display_failure(tr: Tr<'_>, e: &slint::PlatformError) -> Failure {
    Failure::could_not(tr.args("error-display", &[("detail", e.to_string().into())]))
}

fn station(
    app: App,
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    shifted: bool,
    desk: Option<&str>,
) -> Outcome {
    let desk = desk.map(|slug| find_service(&app, tr, slug)).transpose()?;
    let clock = running_clock(now, shifted);
    let controller = StationController::new(app, Rc::clone(translations), clock, desk);
    staff::run(controller).map_err(|e| display_failure(tr, &e))
}

#[allow(clippy::too_many_arguments)]
fn screenshot(
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    screen: Option<&str>,
    size: &str,
    out: Option<&Path>,
    list: bool,
    lang: &str,
    now: Option<DateTime<Utc>>,
) -> Outcome {
    if list {
        for name in screenshot::SCREENS {
            println!("{name}");
        }
        return Ok(());
    }
    let bad_size = || Failure::usage(tr.args("error-bad-size", &[("value", size.into())]));
    let (w, h) = size.split_once(['x', 'X']).ok_or_else(bad_size)?;
    let (w, h): (u32, u32) = (
        w.trim().parse().map_err(|_| bad_size())?,
        h.trim().parse().map_err(|_| bad_size())?,
    );
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(bad_size());
    }
    let (Some(screen), Some(out)) = (screen, out) else {
        return Err(bad_size());
    };
    if !screenshot::SCREENS.contains(&screen) {
        return Err(Failure::usage(tr.args(
            "error-unknown-screen",
            &[
                ("value", screen.into()),
                ("known", screenshot::SCREENS.join(", ").into()),
            ],
        )));
    }
    let now = now.unwrap_or_else(screenshot::demo_now);
    screenshot::render(Rc::clone(translations), screen, lang, (w, h), now, out).map_err(|e| {
        Failure::could_not(tr.args("error-screenshot", &[("detail", e.to_string().into())]))
    })
}

fn booking_line(app: &App, tr: Tr<'_>, service: &Service, b: &Booking) -> String {
    let name = service_name(tr, &service.slug);
    let desk = desk_name(tr, &service.desk);
    match b.number {
        Some(number) => tr.args(
            "booked-number",
            &[
                ("service", name.into()),
                ("number", number.into()),
                ("desk", desk.into()),
            ],
        ),
        None => tr.args(
            "booked-slot",
            &[
                ("service", name.into()),
                ("start", hhmm(app, b.slot.start).into()),
                ("end", hhmm(app, b.slot.end).into()),
                ("desk", desk.into()),
            ],
        ),
    }
}

/// When something happens next, in words: "today at 14:00" or "on 2026-11-30 at 09:00".
fn when(app: &App, tr: Tr<'_>, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let tz = app.config.timezone;
    let time = hhmm(app, at);
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

fn refusal_message(
    app: &App,
    tr: Tr<'_>,
    service: &Service,
    wanted: Wanted,
    refusal: &Refusal,
    now: DateTime<Utc>,
) -> String {
    let name: FluentValue<'_> = service_name(tr, &service.slug).into();
    let asked: FluentValue<'_> = match wanted {
        Wanted::At(t) => hhmm(app, t).into(),
        Wanted::Next => "".into(),
    };
    let next = |slot: &Option<crate::domain::Slot>| -> FluentValue<'_> {
        match slot {
            Some(s) => hhmm(app, s.start).into(),
            None => "none".into(),
        }
    };
    match refusal {
        Refusal::Closed { next_opening } => match next_opening {
            Some(t) => tr.args(
                "refusal-closed",
                &[("service", name), ("when", when(app, tr, *t, now).into())],
            ),
            None => tr.args("refusal-closed-long", &[("service", name)]),
        },
        Refusal::Full { next_free } => tr.args(
            "refusal-full",
            &[
                ("service", name),
                ("time", asked),
                ("next", next(next_free)),
            ],
        ),
        Refusal::FullToday => tr.args("refusal-full-today", &[("service", name)]),
        Refusal::NoSuchSlot { next_free } => tr.args(
            "refusal-no-such-slot",
            &[
                ("service", name),
                ("time", asked),
                ("next", next(next_free)),
            ],
        ),
        Refusal::SlotGone { next_free } => tr.args(
            "refusal-slot-gone",
            &[
                ("service", name),
                ("time", asked),
                ("next", next(next_free)),
            ],
        ),
        Refusal::AlreadyBooked => tr.args("refusal-already-booked", &[("service", name)]),
        Refusal::Overlap { with } => {
            let other = app
                .services()
                .ok()
                .and_then(|all| all.into_iter().find(|s| s.id == *with))
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

fn scan(
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
fn command_line_actor() -> crate::app::Actor {
    crate::app::Actor {
        staff: None,
        station: crate::accounts::COMMAND_LINE_STATION.to_owned(),
        desk: None,
    }
}

fn print_scan(
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
        println!("{}", json::text(&scanned));
        return Ok(());
    }
    println!("{}", crate::messages::verdict(tr, outcome.verdict));
    if let Some((service, b)) = booking {
        println!("  {}", booking_line(app, tr, service, b));
    }
    Ok(())
}

fn cancel(
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
        println!("{}", json::text(&cancelled));
    } else {
        println!("{}", tr.args("cancelled", &[("service", name.into())]));
    }
    Ok(())
}

/// Every library error, in the person's language, naming what and where.
fn app_error(tr: Tr<'_>, e: &AppError) -> String {
    match e {
        AppError::DataDir { path, source } => tr.args(
            "error-data-dir",
            &[
                ("path", path.display().to_string().into()),
                ("detail", source.to_string().into()),
            ],
        ),
        AppError::NoDataDir => tr.t("error-no-data-dir"),
        AppError::Settings(e) => settings_error(tr, e),
        AppError::Store(e) => store_failure(tr, e).message,
        AppError::KeyFile { path, source } => tr.args(
            "error-key-file",
            &[
                ("path", path.display().to_string().into()),
                ("detail", source.to_string().into()),
            ],
        ),
        AppError::KeyGeneration(detail) => {
            tr.args("error-store", &[("detail", detail.as_str().into())])
        }
    }
}

pub fn settings_error(tr: Tr<'_>, e: &SettingsError) -> String {
    let problem = match &e.problem {
        Problem::Read(detail) => tr.args(
            "settings-problem-read",
            &[("detail", detail.as_str().into())],
        ),
        Problem::Syntax(detail) => tr.args(
            "settings-problem-syntax",
            &[("detail", detail.as_str().into())],
        ),
        Problem::TimeZone(v) => tr.args(
            "settings-problem-time-zone",
            &[("value", v.as_str().into())],
        ),
        Problem::Language { value, allowed } => tr.args(
            "settings-problem-language",
            &[
                ("value", value.as_str().into()),
                ("allowed", allowed.as_str().into()),
            ],
        ),
        Problem::Range {
            key,
            value,
            min,
            max,
        } => tr.args(
            "settings-problem-range",
            &[
                ("key", key.as_str().into()),
                ("value", (*value).into()),
                ("min", (*min).into()),
                ("max", (*max).into()),
            ],
        ),
        Problem::TimeRange(v) => tr.args(
            "settings-problem-time-range",
            &[("value", v.as_str().into())],
        ),
        Problem::Mode(v) => tr.args("settings-problem-mode", &[("value", v.as_str().into())]),
        Problem::Date(v) => tr.args("settings-problem-date", &[("value", v.as_str().into())]),
        Problem::Weekday(v) => tr.args("settings-problem-weekday", &[("value", v.as_str().into())]),
        Problem::DuplicateSlug(v) => tr.args(
            "settings-problem-duplicate",
            &[("value", v.as_str().into())],
        ),
        Problem::Choice {
            key,
            value,
            allowed,
        } => tr.args(
            "settings-problem-choice",
            &[
                ("key", key.as_str().into()),
                ("value", value.as_str().into()),
                ("allowed", allowed.as_str().into()),
            ],
        ),
    };
    let file = e.file.display().to_string();
    match e.line {
        Some(line) => tr.args(
            "settings-error-line",
            &[
                ("file", file.into()),
                ("line", line.into()),
                ("problem", problem.into()),
            ],
        ),
        None => tr.args(
            "settings-error",
            &[("file", file.into()), ("problem", problem.into())],
        ),
    }
}
