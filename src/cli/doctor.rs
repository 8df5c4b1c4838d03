//! `sosta doctor`: what a volunteer would otherwise ask for help with, checked one by one,
//! each problem said with what to do about it, in the site's language.
//!
//! Split as the rest of Sosta is: `gather.rs` asks the system (files and their modes, the
//! database read-only, CUPS, the receipt printer, the disk, espeak-ng and ALSA) and
//! returns plain [`Facts`]; [`findings`] turns facts into [`Check`]s and is pure, so every
//! verdict is unit-tested without any of those things. Nothing here creates or changes a
//! file: a damaged database is looked at, never opened for writing.
//!
//! Exit status: 0 when no check is a problem (warnings do not fail: they are things that
//! work, only less well, such as no printer set or no sound card), 1 otherwise.

mod gather;

use super::*;
use crate::app::{Inspection, Location};
use crate::config::SettingsError;
use crate::print::QueueState;
use crate::slip::SlipFormat;

/// Below this much free space the disk is a warning, and below [`DISK_PROBLEM_MIB`] a
/// problem: a day of bookings takes kilobytes, but slips, logs and backups take more.
const DISK_WARN_MIB: u64 = 1024;
const DISK_PROBLEM_MIB: u64 = 100;

/// How a check came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warn,
    Problem,
}

impl Status {
    /// The word of `--json`, stable for scripts.
    fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Problem => "problem",
        }
    }
}

/// One finding: which check, how it came out, what it found, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The check's stable name in `--json`.
    pub id: &'static str,
    pub status: Status,
    pub what: String,
    pub todo: Option<String>,
}

/// The data folder itself.
#[derive(Debug)]
pub enum Folder {
    Missing,
    NotADirectory,
    /// The folder is there; these entries (the folder itself included) are readable or
    /// writable by others, with their modes.
    Present {
        open: Vec<(PathBuf, u32)>,
    },
}

/// The site's database.
#[derive(Debug)]
pub enum Database {
    /// The SQLite file is not there yet.
    NoFile(PathBuf),
    /// What a read-only look found.
    Looked {
        location: Location,
        look: Result<Inspection, StoreError>,
    },
}

/// The slip signing keys.
#[derive(Debug)]
pub enum Keys {
    /// Kept in the shared database, not in a file.
    InDatabase,
    Missing(PathBuf),
    Open {
        path: PathBuf,
        mode: u32,
    },
    Damaged {
        path: PathBuf,
        detail: String,
    },
    Fine(PathBuf),
}

/// The printer the settings name, and what it says.
#[derive(Debug)]
pub enum Printer {
    None {
        spool: PathBuf,
    },
    /// `destination = "default"` and CUPS has no default destination.
    NoDefault,
    Queue {
        name: String,
        state: QueueState,
        format: SlipFormat,
    },
    EscPos {
        target: String,
        reach: Result<(), PrintError>,
    },
}

/// Reading aloud's helpers, asked only when `[kiosk] read_aloud` is on.
#[derive(Debug)]
pub struct Voice {
    /// espeak-ng's version line, `None` when it cannot be started.
    pub espeak: Option<String>,
    /// How many sound cards ALSA lists, `None` when aplay cannot be started.
    pub cards: Option<usize>,
}

/// Everything `sosta doctor` found out, before any judgement.
#[derive(Debug)]
pub struct Facts {
    pub root: PathBuf,
    pub folder: Folder,
    /// The settings file's error, if it has one; `Ok(false)` when there is no file yet.
    pub settings: Result<bool, SettingsError>,
    pub database: Database,
    pub keys: Keys,
    pub printer: Printer,
    /// Free bytes for the data folder, or why they could not be read.
    pub free_bytes: Result<u64, String>,
    pub now: DateTime<Utc>,
    pub timezone: chrono_tz::Tz,
    /// The site's language (`[site] language`, Italian by default).
    pub language: String,
    pub fonts: Result<(), String>,
    pub voice: Option<Voice>,
}

fn check(id: &'static str, status: Status, what: String, todo: Option<String>) -> Check {
    Check {
        id,
        status,
        what,
        todo,
    }
}

/// The judgement: facts in, one check per subject out, always in the same order with the
/// same ids (so `--json` lists every check on every run).
pub fn findings(tr: Tr<'_>, facts: &Facts) -> Vec<Check> {
    let path = |p: &Path| -> fluent_bundle::FluentValue<'static> { p.display().to_string().into() };
    let mut checks = Vec::new();

    checks.push(match &facts.folder {
        Folder::Missing => check(
            "data-folder",
            Status::Problem,
            tr.args("doctor-folder-missing", &[("path", path(&facts.root))]),
            Some(tr.t("doctor-folder-missing-todo")),
        ),
        Folder::NotADirectory => check(
            "data-folder",
            Status::Problem,
            tr.args("doctor-folder-not-folder", &[("path", path(&facts.root))]),
            Some(tr.t("doctor-folder-not-folder-todo")),
        ),
        Folder::Present { open } if open.is_empty() => check(
            "data-folder",
            Status::Ok,
            tr.args("doctor-folder-ok", &[("path", path(&facts.root))]),
            None,
        ),
        Folder::Present { open } => {
            let names: Vec<String> = open
                .iter()
                .map(|(p, mode)| format!("{} ({mode:04o})", p.display()))
                .collect();
            check(
                "data-folder",
                Status::Problem,
                tr.args("doctor-folder-open", &[("paths", names.join(", ").into())]),
                Some(tr.args("doctor-folder-open-todo", &[("path", path(&facts.root))])),
            )
        }
    });

    checks.push(match &facts.settings {
        Ok(true) => check("settings", Status::Ok, tr.t("doctor-settings-ok"), None),
        Ok(false) => check(
            "settings",
            Status::Ok,
            tr.t("doctor-settings-default"),
            None,
        ),
        Err(e) => check(
            "settings",
            Status::Problem,
            settings_error(tr, e),
            Some(tr.t("doctor-settings-bad-todo")),
        ),
    });

    checks.push(database_check(tr, &facts.database));

    checks.push(match &facts.keys {
        Keys::InDatabase => check("signing-key", Status::Ok, tr.t("doctor-key-server"), None),
        Keys::Fine(p) => check(
            "signing-key",
            Status::Ok,
            tr.args("doctor-key-ok", &[("path", path(p))]),
            None,
        ),
        Keys::Missing(p) => check(
            "signing-key",
            Status::Problem,
            tr.args("doctor-key-missing", &[("path", path(p))]),
            Some(tr.t("doctor-key-restore-todo")),
        ),
        Keys::Damaged { path: p, detail } => check(
            "signing-key",
            Status::Problem,
            tr.args(
                "doctor-key-damaged",
                &[("path", path(p)), ("detail", detail.as_str().into())],
            ),
            Some(tr.t("doctor-key-restore-todo")),
        ),
        Keys::Open { path: p, mode } => check(
            "signing-key",
            Status::Problem,
            tr.args(
                "doctor-key-open",
                &[("path", path(p)), ("mode", format!("{mode:04o}").into())],
            ),
            Some(tr.args("doctor-key-open-todo", &[("path", path(p))])),
        ),
    });

    checks.push(printer_check(tr, &facts.printer));

    checks.push(match &facts.free_bytes {
        Err(detail) => check(
            "disk",
            Status::Warn,
            tr.args("doctor-disk-unknown", &[("detail", detail.as_str().into())]),
            None,
        ),
        Ok(bytes) => {
            let mib = bytes / (1024 * 1024);
            let free = [("free", mib.into())];
            if mib < DISK_PROBLEM_MIB {
                check(
                    "disk",
                    Status::Problem,
                    tr.args("doctor-disk-full", &free),
                    Some(tr.t("doctor-disk-todo")),
                )
            } else if mib < DISK_WARN_MIB {
                check(
                    "disk",
                    Status::Warn,
                    tr.args("doctor-disk-low", &free),
                    Some(tr.t("doctor-disk-todo")),
                )
            } else {
                check("disk", Status::Ok, tr.args("doctor-disk-ok", &free), None)
            }
        }
    });

    checks.push(clock_check(tr, facts));

    checks.push(match &facts.fonts {
        Ok(()) => check("fonts", Status::Ok, tr.t("doctor-fonts-ok"), None),
        Err(detail) => check(
            "fonts",
            Status::Problem,
            tr.args("doctor-fonts-bad", &[("detail", detail.as_str().into())]),
            Some(tr.t("doctor-fonts-todo")),
        ),
    });

    match &facts.voice {
        None => {
            checks.push(check(
                "espeak-ng",
                Status::Ok,
                tr.t("doctor-voice-off"),
                None,
            ));
            checks.push(check("sound", Status::Ok, tr.t("doctor-voice-off"), None));
        }
        Some(voice) => {
            // Without a voice the kiosk still books and prints: a warning, not a problem.
            checks.push(match &voice.espeak {
                Some(version) => check(
                    "espeak-ng",
                    Status::Ok,
                    tr.args("doctor-espeak-ok", &[("version", version.as_str().into())]),
                    None,
                ),
                None => check(
                    "espeak-ng",
                    Status::Warn,
                    tr.t("doctor-espeak-missing"),
                    Some(tr.t("doctor-espeak-missing-todo")),
                ),
            });
            checks.push(match voice.cards {
                None => check(
                    "sound",
                    Status::Warn,
                    tr.t("doctor-sound-no-aplay"),
                    Some(tr.t("doctor-sound-no-aplay-todo")),
                ),
                Some(0) => check(
                    "sound",
                    Status::Warn,
                    tr.t("doctor-sound-none"),
                    Some(tr.t("doctor-sound-none-todo")),
                ),
                Some(count) => check(
                    "sound",
                    Status::Ok,
                    tr.args("doctor-sound-ok", &[("count", count.into())]),
                    None,
                ),
            });
        }
    }
    checks
}

fn database_check(tr: Tr<'_>, database: &Database) -> Check {
    let (location, look) = match database {
        Database::NoFile(path) => {
            return check(
                "database",
                Status::Warn,
                tr.args(
                    "doctor-database-none",
                    &[("path", path.display().to_string().into())],
                ),
                Some(tr.t("doctor-database-none-todo")),
            );
        }
        Database::Looked { location, look } => (location, look),
    };
    let place = || location.to_string().into();
    match look {
        Err(e) => match location {
            Location::Server(_) => check(
                "database",
                Status::Problem,
                tr.args(
                    "doctor-server-unreachable",
                    &[("place", place()), ("detail", e.to_string().into())],
                ),
                Some(tr.t("doctor-server-unreachable-todo")),
            ),
            Location::File(_) => check(
                "database",
                Status::Problem,
                tr.args(
                    "doctor-database-unreadable",
                    &[("place", place()), ("detail", e.to_string().into())],
                ),
                Some(tr.t("doctor-database-restore-todo")),
            ),
        },
        Ok(look) if look.integrity != "ok" => check(
            "database",
            Status::Problem,
            tr.args(
                "doctor-database-damaged",
                &[
                    ("place", place()),
                    ("detail", look.integrity.as_str().into()),
                ],
            ),
            Some(tr.t("doctor-database-restore-todo")),
        ),
        Ok(look) => {
            let versions = [
                ("place", place()),
                ("version", look.schema.into()),
                ("known", look.known_schema.into()),
            ];
            if look.schema > look.known_schema {
                check(
                    "database",
                    Status::Problem,
                    tr.args("doctor-database-newer", &versions),
                    Some(tr.t("doctor-database-newer-todo")),
                )
            } else if look.schema < look.known_schema {
                check(
                    "database",
                    Status::Warn,
                    tr.args("doctor-database-older", &versions),
                    None,
                )
            } else {
                check(
                    "database",
                    Status::Ok,
                    tr.args("doctor-database-ok", &versions),
                    None,
                )
            }
        }
    }
}

fn printer_check(tr: Tr<'_>, printer: &Printer) -> Check {
    let named = |id: &str, name: &str| tr.args(id, &[("printer", name.into())]);
    match printer {
        Printer::None { spool } => check(
            "printer",
            Status::Warn,
            tr.args(
                "doctor-printer-none",
                &[("path", spool.display().to_string().into())],
            ),
            Some(tr.t("doctor-printer-none-todo")),
        ),
        Printer::NoDefault => check(
            "printer",
            Status::Problem,
            tr.t("doctor-printer-no-default"),
            Some(tr.t("doctor-printer-no-default-todo")),
        ),
        Printer::Queue {
            name,
            state,
            format,
        } => match state {
            QueueState::NoCups => check(
                "printer",
                Status::Problem,
                tr.t("doctor-printer-no-cups"),
                Some(tr.t("doctor-printer-no-cups-todo")),
            ),
            QueueState::Missing { .. } => check(
                "printer",
                Status::Problem,
                named("doctor-printer-missing", name),
                Some(tr.t("doctor-printer-missing-todo")),
            ),
            QueueState::Found { enabled: false, .. } => check(
                "printer",
                Status::Problem,
                named("doctor-printer-disabled", name),
                Some(named("doctor-printer-disabled-todo", name)),
            ),
            QueueState::Found {
                accepting: false, ..
            } => check(
                "printer",
                Status::Problem,
                named("doctor-printer-rejecting", name),
                Some(named("doctor-printer-rejecting-todo", name)),
            ),
            QueueState::Found {
                page_sizes: Some(sizes),
                ..
            } if !paper_fits(*format, sizes) => check(
                "printer",
                Status::Warn,
                tr.args(
                    "doctor-printer-paper",
                    &[
                        ("printer", name.as_str().into()),
                        ("format", format_name(*format).into()),
                        ("sizes", sizes.join(", ").into()),
                    ],
                ),
                Some(tr.t("doctor-printer-paper-todo")),
            ),
            QueueState::Found { .. } => check(
                "printer",
                Status::Ok,
                named("doctor-printer-ok", name),
                None,
            ),
        },
        Printer::EscPos { target, reach } => match reach {
            Ok(()) => check(
                "printer",
                Status::Ok,
                named("doctor-escpos-ok", target),
                None,
            ),
            Err(PrintError::Printer(crate::print::PrinterError::Denied { .. })) => check(
                "printer",
                Status::Problem,
                named("doctor-escpos-denied", target),
                Some(tr.t("doctor-escpos-denied-todo")),
            ),
            Err(e) => check(
                "printer",
                Status::Problem,
                tr.args(
                    "doctor-escpos-missing",
                    &[
                        ("printer", target.as_str().into()),
                        ("detail", e.to_string().into()),
                    ],
                ),
                Some(tr.t("doctor-escpos-missing-todo")),
            ),
        },
    }
}

/// The settings' name of a slip format.
fn format_name(format: SlipFormat) -> &'static str {
    match format {
        SlipFormat::Receipt80 => "receipt80",
        SlipFormat::Receipt58 => "receipt58",
        SlipFormat::A6 => "a6",
    }
}

/// Whether a queue's paper sizes can take the slip: a custom size (Sosta asks for the
/// slip's own, `PageSize=Custom.80x…mm`), or a named size of the slip's width (thermal
/// drivers name their rolls by millimetres: `X80MMY200MM`, `om_80x297mm`…; A6 by name).
fn paper_fits(format: SlipFormat, sizes: &[String]) -> bool {
    let width = match format {
        SlipFormat::Receipt80 => "80",
        SlipFormat::Receipt58 => "58",
        SlipFormat::A6 => "a6",
    };
    sizes.iter().any(|size| {
        let size = size.to_ascii_lowercase();
        size.starts_with("custom") || size.contains(width)
    })
}

fn clock_check(tr: Tr<'_>, facts: &Facts) -> Check {
    let local = |t: DateTime<Utc>| {
        t.with_timezone(&facts.timezone)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let newest = match &facts.database {
        Database::Looked { look: Ok(look), .. } => look.newest_visit,
        _ => None,
    };
    match newest {
        Some(newest) if facts.now < newest => check(
            "clock",
            Status::Problem,
            tr.args(
                "doctor-clock-behind",
                &[
                    ("time", local(facts.now).into()),
                    ("newest", local(newest).into()),
                ],
            ),
            Some(tr.t("doctor-clock-todo")),
        ),
        _ => check(
            "clock",
            Status::Ok,
            tr.args(
                "doctor-clock-ok",
                &[
                    ("zone", facts.timezone.name().into()),
                    ("time", local(facts.now).into()),
                ],
            ),
            None,
        ),
    }
}

/// `sosta doctor [--json]`: runs before the data folder is opened, since opening it
/// would create what is missing and refuse what is damaged, the very things to report.
pub(super) fn doctor(
    translations: &Translations,
    cli_lang: Option<&str>,
    data_dir: &DataDir,
    now: DateTime<Utc>,
    json: bool,
) -> Outcome {
    let locales: Vec<&str> = translations.locales().collect();
    let facts = gather::facts(data_dir, &locales, now)
        .map_err(|e| Failure::could_not(settings_error(translations.lang(FALLBACK), &e)))?;
    let lang = cli_lang.unwrap_or(&facts.language);
    let tr = translations.lang(lang);
    let checks = findings(tr, &facts);
    if json {
        let rows: Vec<json::DoctorJson> = checks
            .iter()
            .map(|c| json::DoctorJson {
                check: c.id,
                status: c.status.as_str(),
                message: c.what.clone(),
                todo: c.todo.clone(),
            })
            .collect();
        say!("{}", json::text(&rows));
    } else {
        for c in &checks {
            let status = match c.status {
                Status::Ok => tr.t("doctor-status-ok"),
                Status::Warn => tr.t("doctor-status-warn"),
                Status::Problem => tr.t("doctor-status-problem"),
            };
            say!("[{status}] {}", c.what);
            if let Some(todo) = &c.todo {
                say!("    -> {todo}");
            }
        }
    }
    let count = |s: Status| checks.iter().filter(|c| c.status == s).count();
    let (problems, warnings) = (count(Status::Problem), count(Status::Warn));
    if problems == 0 {
        if !json {
            say!(
                "{}",
                tr.args("doctor-fine", &[("warnings", warnings.into())])
            );
        }
        Ok(())
    } else {
        Err(Failure::could_not(tr.args(
            "doctor-problems",
            &[("problems", problems.into()), ("warnings", warnings.into())],
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-25T10:30:00+01:00";

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(NOW).unwrap().to_utc()
    }

    fn healthy() -> Facts {
        Facts {
            root: PathBuf::from("/srv/sosta"),
            folder: Folder::Present { open: Vec::new() },
            settings: Ok(true),
            database: Database::Looked {
                location: Location::File(PathBuf::from("/srv/sosta/sosta.db")),
                look: Ok(Inspection {
                    integrity: "ok".into(),
                    schema: 10,
                    known_schema: 10,
                    newest_visit: Some(now() - chrono::Duration::hours(1)),
                }),
            },
            keys: Keys::Fine(PathBuf::from("/srv/sosta/slip-keys")),
            printer: Printer::Queue {
                name: "slips".into(),
                state: QueueState::Found {
                    enabled: true,
                    accepting: true,
                    page_sizes: Some(vec!["A4".into(), "Custom.WIDTHxHEIGHT".into()]),
                },
                format: SlipFormat::Receipt80,
            },
            free_bytes: Ok(20 * 1024 * 1024 * 1024),
            now: now(),
            timezone: chrono_tz::Europe::Rome,
            language: "it".into(),
            fonts: Ok(()),
            voice: Some(Voice {
                espeak: Some("eSpeak NG text-to-speech: 1.51".into()),
                cards: Some(1),
            }),
        }
    }

    fn find(facts: &Facts, id: &str) -> Check {
        let translations = Translations::embedded().unwrap();
        findings(translations.lang("en"), facts)
            .into_iter()
            .find(|c| c.id == id)
            .unwrap()
    }

    const IDS: [&str; 10] = [
        "data-folder",
        "settings",
        "database",
        "signing-key",
        "printer",
        "disk",
        "clock",
        "fonts",
        "espeak-ng",
        "sound",
    ];

    #[test]
    fn a_healthy_site_is_all_ok_with_every_check_in_order() {
        let translations = Translations::embedded().unwrap();
        for locale in translations.locales() {
            let checks = findings(translations.lang(locale), &healthy());
            let ids: Vec<_> = checks.iter().map(|c| c.id).collect();
            assert_eq!(ids, IDS, "{locale}");
            for c in &checks {
                assert_eq!(c.status, Status::Ok, "{locale}: {c:?}");
                assert_eq!(c.todo, None);
            }
        }
    }

    #[test]
    fn a_disabled_or_rejecting_queue_is_a_problem_that_names_the_command() {
        let mut facts = healthy();
        facts.printer = Printer::Queue {
            name: "slips".into(),
            state: QueueState::Found {
                enabled: false,
                accepting: true,
                page_sizes: None,
            },
            format: SlipFormat::Receipt80,
        };
        let c = find(&facts, "printer");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("slips"), "{c:?}");
        assert!(c.todo.unwrap().contains("cupsenable slips"));

        facts.printer = Printer::Queue {
            name: "slips".into(),
            state: QueueState::Found {
                enabled: true,
                accepting: false,
                page_sizes: None,
            },
            format: SlipFormat::Receipt80,
        };
        let c = find(&facts, "printer");
        assert_eq!(c.status, Status::Problem);
        assert!(c.todo.unwrap().contains("cupsaccept slips"));
    }

    #[test]
    fn no_cups_and_a_missing_queue_are_told_apart() {
        let mut facts = healthy();
        facts.printer = Printer::Queue {
            name: "slips".into(),
            state: QueueState::NoCups,
            format: SlipFormat::Receipt80,
        };
        let no_cups = find(&facts, "printer");
        assert_eq!(no_cups.status, Status::Problem);
        assert!(no_cups.what.contains("CUPS"), "{no_cups:?}");
        facts.printer = Printer::Queue {
            name: "slips".into(),
            state: QueueState::Missing {
                detail: "lpstat: Invalid destination name".into(),
            },
            format: SlipFormat::Receipt80,
        };
        let missing = find(&facts, "printer");
        assert_eq!(missing.status, Status::Problem);
        assert!(missing.what.contains("slips"));
        assert_ne!(missing.what, no_cups.what);
    }

    #[test]
    fn paper_of_another_width_is_a_warning_and_custom_sizes_fit() {
        let sizes = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(paper_fits(
            SlipFormat::Receipt80,
            &sizes(&["Custom.WIDTHxHEIGHT"])
        ));
        assert!(paper_fits(SlipFormat::Receipt80, &sizes(&["X80MMY200MM"])));
        assert!(paper_fits(SlipFormat::Receipt58, &sizes(&["om_58x210mm"])));
        assert!(paper_fits(SlipFormat::A6, &sizes(&["A4", "A6"])));
        assert!(!paper_fits(
            SlipFormat::Receipt80,
            &sizes(&["A4", "Letter"])
        ));
        assert!(!paper_fits(SlipFormat::Receipt58, &sizes(&["X80MMY200MM"])));
        let mut facts = healthy();
        facts.printer = Printer::Queue {
            name: "office".into(),
            state: QueueState::Found {
                enabled: true,
                accepting: true,
                page_sizes: Some(sizes(&["A4", "Letter"])),
            },
            format: SlipFormat::Receipt80,
        };
        let c = find(&facts, "printer");
        assert_eq!(c.status, Status::Warn);
        assert!(
            c.what.contains("receipt80") && c.what.contains("A4"),
            "{c:?}"
        );
    }

    #[test]
    fn a_clock_before_the_newest_visit_is_a_problem() {
        let mut facts = healthy();
        facts.database = Database::Looked {
            location: Location::File(PathBuf::from("/srv/sosta/sosta.db")),
            look: Ok(Inspection {
                integrity: "ok".into(),
                schema: 10,
                known_schema: 10,
                newest_visit: Some(now() + chrono::Duration::days(400)),
            }),
        };
        let c = find(&facts, "clock");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("2026-11-25 10:30"), "{c:?}");
        assert!(c.what.contains("2027-12-30"), "{c:?}");
        assert_eq!(find(&healthy(), "clock").status, Status::Ok);
    }

    #[test]
    fn an_open_key_file_names_the_file_and_the_chmod() {
        let mut facts = healthy();
        facts.keys = Keys::Open {
            path: PathBuf::from("/srv/sosta/slip-keys"),
            mode: 0o644,
        };
        let c = find(&facts, "signing-key");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("/srv/sosta/slip-keys") && c.what.contains("0644"));
        assert!(c.todo.unwrap().contains("chmod 600 /srv/sosta/slip-keys"));
    }

    #[test]
    fn database_schema_versions_and_damage() {
        let look = |schema, integrity: &str| Database::Looked {
            location: Location::File(PathBuf::from("/srv/sosta/sosta.db")),
            look: Ok(Inspection {
                integrity: integrity.into(),
                schema,
                known_schema: 10,
                newest_visit: None,
            }),
        };
        let mut facts = healthy();
        facts.database = look(11, "ok");
        assert_eq!(find(&facts, "database").status, Status::Problem);
        facts.database = look(9, "ok");
        assert_eq!(find(&facts, "database").status, Status::Warn);
        facts.database = look(10, "*** in database main ***\nPage 4: btree");
        let c = find(&facts, "database");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("Page 4"), "{c:?}");
        facts.database = Database::NoFile(PathBuf::from("/srv/sosta/sosta.db"));
        assert_eq!(find(&facts, "database").status, Status::Warn);
    }

    #[test]
    fn little_disk_warns_then_fails() {
        let mut facts = healthy();
        facts.free_bytes = Ok(500 * 1024 * 1024);
        assert_eq!(find(&facts, "disk").status, Status::Warn);
        facts.free_bytes = Ok(50 * 1024 * 1024);
        let c = find(&facts, "disk");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("50"));
    }

    #[test]
    fn voice_is_checked_only_when_reading_aloud_and_only_warns() {
        let mut facts = healthy();
        facts.voice = Some(Voice {
            espeak: None,
            cards: Some(0),
        });
        assert_eq!(find(&facts, "espeak-ng").status, Status::Warn);
        assert_eq!(find(&facts, "sound").status, Status::Warn);
        assert!(
            find(&facts, "espeak-ng")
                .todo
                .unwrap()
                .contains("read_aloud")
        );
        facts.voice = None;
        assert_eq!(find(&facts, "espeak-ng").status, Status::Ok);
        assert_eq!(find(&facts, "sound").status, Status::Ok);
    }

    #[test]
    fn loose_folder_modes_are_listed() {
        let mut facts = healthy();
        facts.folder = Folder::Present {
            open: vec![(PathBuf::from("/srv/sosta/sosta.db"), 0o644)],
        };
        let c = find(&facts, "data-folder");
        assert_eq!(c.status, Status::Problem);
        assert!(c.what.contains("/srv/sosta/sosta.db (0644)"), "{c:?}");
        assert!(c.todo.unwrap().contains("chmod -R go-rwx /srv/sosta"));
    }
}
