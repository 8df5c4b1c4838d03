//! The command line: parse, open the data folder, run one verb, report in the chosen
//! language. Exit status 0 when the verb did its job (any scan verdict counts), 1 when it
//! could not (closed, full, a store failure), 2 for bad usage.

/// `println!` for the command line's output, except that a reader who went away (`sosta
/// services | head`) ends the program quietly, as a closed pipe ends other tools, rather
/// than with a panic. The work the line reports was done before it is printed.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::say_line(format_args!($($arg)*))
    };
}

mod book;
mod catalogue;
mod db;
mod desk;
mod doctor;
mod export;
pub mod json;
mod keys;
mod report;
pub mod staff_user;
mod windows;

use book::{book, services, slip};
use desk::{cancel, scan};
use windows::{kiosk, screenshot, station, waiting_room};

// The verb modules share these names and the helpers below through `use super::*`.
use crate::messages::{self, desk_name, service_name};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use chrono::{DateTime, NaiveTime, Utc};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::app::{App, AppError, DataDir, ScanOutcome, ServiceToday};
use crate::app::{BookError, BookingRequest, StoreError};
use crate::clock::SystemClock;
use crate::config::{Problem, SettingsError};
use crate::display::{self, DisplayController};
use crate::domain::booking::Wanted;
use crate::domain::schedule::instant;
use crate::domain::{Booking, DayAvailability, Service, SlotState, local_date};
use crate::i18n::{FALLBACK, Tr, Translations};
use crate::kiosk::{self, KioskController};
use crate::print::PrintError;
use crate::screenshot;
use crate::slips;
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
    Display {
        #[arg(long)]
        windowed: bool,
    },
    Services {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "SITE")]
        site: Option<String>,
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
        #[arg(long, value_name = "SITE")]
        site: Option<String>,
    },
    Book {
        service: String,
        #[arg(long, value_name = "HH:MM", conflicts_with = "standby")]
        slot: Option<String>,
        #[arg(long)]
        standby: bool,
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
    Catalogue {
        #[command(subcommand)]
        action: catalogue::CatalogueAction,
    },
    Export {
        #[command(subcommand)]
        action: export::ExportAction,
    },
    Db {
        #[command(subcommand)]
        action: db::DbAction,
    },
    Keys {
        #[command(subcommand)]
        action: keys::KeysAction,
    },
    Report {
        #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
        month: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "csv")]
        format: report::Format,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "SITE")]
        site: Option<String>,
    },
    Cancel {
        code: String,
        #[arg(long, value_name = "SERVICE")]
        service: String,
        #[arg(long)]
        json: bool,
    },
    Doctor {
        #[arg(long)]
        json: bool,
    },
}

/// Writes one line of output; see [`say!`].
pub(crate) fn say_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush())
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        // 128 + SIGPIPE: what a shell expects of a program whose reader went away.
        std::process::exit(141);
    }
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

/// The message id of a verb's help: `cli-cmd-<verb>`, or for a verb under another one
/// `cli-cmd-<parent>-<verb>` when the translations have it, so that two verbs of one name
/// (`sosta export` and `sosta catalogue export`) can say different things.
pub fn verb_help_id(tr: Tr<'_>, parent: Option<&str>, verb: &str) -> String {
    if let Some(parent) = parent {
        let qualified = format!("cli-cmd-{parent}-{verb}");
        if tr.has(&qualified) {
            return qualified;
        }
    }
    format!("cli-cmd-{verb}")
}

/// The clap command with every help text taken from the translations: `cli-about`,
/// `cli-cmd-<verb>` (see [`verb_help_id`]) and `cli-arg-<argument>`.
pub fn command(tr: Tr<'_>) -> clap::Command {
    // `nested` is the command's own name when it is a verb: its verbs are nested under it.
    fn localize(
        mut cmd: clap::Command,
        tr: Tr<'_>,
        nested: Option<&str>,
        about: String,
    ) -> clap::Command {
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
            let about = tr.t(&verb_help_id(tr, nested, &verb));
            // clap's `help` lists the verbs of the command it belongs to: they keep the
            // names they have there.
            let under = if verb == "help" {
                nested.map(str::to_owned)
            } else {
                Some(verb.clone())
            };
            cmd = cmd.mut_subcommand(verb, |sub| localize(sub, tr, under.as_deref(), about));
        }
        cmd
    }
    // Building first adds clap's own --help, --version and `help`, so they are translated too.
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, tr, None, tr.t("cli-about"))
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
    // The doctor looks at the folder as it is: opening it would create what is missing.
    if let Some(Verb::Doctor { json }) = &cli.verb {
        return doctor::doctor(translations, cli.lang.as_deref(), &data_dir, now, *json);
    }
    // A restore replaces a database that a start might refuse to open.
    if let Some(Verb::Db {
        action: db::DbAction::Restore { backup },
    }) = &cli.verb
    {
        return db::restore(translations, cli.lang.as_deref(), data_dir, backup, now);
    }
    let mut app =
        App::open(data_dir, &locales).map_err(|e| Failure::could_not(app_error(early_tr, &e)))?;
    crate::logging::init(Some(app.data_dir.root()));
    // `--lang` speaks for this run: the command line, the station and the kiosk's start
    // screen and staff corner.
    if let Some(lang) = &cli.lang {
        app.config.language = lang.clone();
    }
    let lang = app.config.language.clone();
    // A coordinator's own names for services; the kiosk and the station reload them on
    // every change.
    translations.set_own_texts(app.own_texts().map_err(|e| store_failure(early_tr, &e))?);
    let tr = translations.lang(&lang);
    match cli.verb.unwrap_or(Verb::Kiosk { fullscreen: false }) {
        Verb::Kiosk { fullscreen } => {
            kiosk(app, translations, tr, now, cli.now.is_some(), fullscreen)
        }
        Verb::Services { json, site } => {
            if let Some(site) = site {
                app.view_site(&site);
            }
            services(&app, tr, now, json)
        }
        Verb::StaffUser { action } => {
            let mut stdin = std::io::stdin().lock();
            staff_user::staff_user(&mut app, tr, action, &mut stdin, now)
        }
        Verb::Audit { date, json, site } => {
            if let Some(site) = site {
                app.view_site(&site);
            }
            staff_user::audit(&app, tr, &date, json)
        }
        Verb::Display { windowed } => {
            waiting_room(app, translations, tr, now, cli.now.is_some(), windowed)
        }
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
            standby: true,
            json,
            ..
        } => book::standby(&mut app, translations, tr, now, &service, json),
        Verb::Book {
            service,
            slot,
            quantity,
            slip_out,
            json,
            ..
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
        Verb::Screenshot { .. } | Verb::Doctor { .. } => Ok(()),
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
        Verb::Catalogue { action } => catalogue::catalogue(&app, tr, &locales, now, action),
        Verb::Export { action } => export::export(&app, translations, tr, action),
        Verb::Db { action } => db::db(&app, tr, action, now),
        Verb::Keys { action } => keys::keys(&mut app, tr, action),
        Verb::Report {
            month,
            from,
            to,
            format,
            out,
            site,
        } => {
            if let Some(site) = site {
                app.view_site(&site);
            }
            let period = report::period(tr, month.as_deref(), from.as_deref(), to.as_deref())?;
            report::report(&app, tr, &locales, now, period, format, out.as_deref())
        }
    }
}

fn hhmm(app: &App, t: DateTime<Utc>) -> String {
    messages::hhmm(app.config.timezone, t)
}

/// The database's trouble in words, then SQLite's own words on a line of their own for
/// whoever looks into it.
fn store_failure(tr: Tr<'_>, e: &StoreError) -> Failure {
    Failure::could_not(format!("{}\n  ({e})", messages::store_error(tr, e)))
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
        AppError::KeyFile { path, source } => format!(
            "{}\n{}",
            messages::key_file_error(tr, source),
            tr.args(
                "error-key-file",
                &[("path", path.display().to_string().into())]
            )
        ),
        AppError::KeyGeneration(detail) => {
            format!("{}\n  ({detail})", tr.t("error-key-generation"))
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
        Problem::SiteId(value) => tr.args(
            "settings-problem-site-id",
            &[("value", value.as_str().into())],
        ),
        Problem::DatabaseUrl(detail) => tr.args(
            "settings-problem-database-url",
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
        Problem::Unprintable(value) => tr.args(
            "settings-problem-unprintable",
            &[("value", value.as_str().into())],
        ),
        Problem::Invalid { service, problem } => tr.args(
            "settings-problem-invalid",
            &[
                ("service", service.as_str().into()),
                ("problem", messages::invalid(tr, problem).into()),
            ],
        ),
        Problem::PrinterAddress(value) => tr.args(
            "settings-problem-printer-address",
            &[("value", value.as_str().into())],
        ),
        Problem::BothPrinters => tr.t("settings-problem-both-printers"),
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
