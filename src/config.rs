//! The settings file `sosta.toml` in the data folder, written with commented defaults on the
//! first run. A bad setting is reported with the file, the line and what is allowed.

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::Duration;
use chrono_tz::Tz;
use serde::Deserialize;
use toml::Spanned;

use crate::domain::BookingRules;
use crate::i18n::line_of;
use crate::slip::SlipFormat;

/// The settings file as the first run writes it.
pub const DEFAULT_TEXT: &str = include_str!("../assets/sosta.default.toml");

/// What is wrong with a settings or catalogue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Read(String),
    /// Not valid TOML, or a key that does not exist; the parser's own words.
    Syntax(String),
    TimeZone(String),
    Language {
        value: String,
        allowed: String,
    },
    Range {
        key: String,
        value: i64,
        min: i64,
        max: i64,
    },
    TimeRange(String),
    Mode(String),
    Date(String),
    Weekday(String),
    DuplicateSlug(String),
    /// `[site] id` that is not lowercase letters, digits and `-`.
    SiteId(String),
    /// `[database] url` that is not a PostgreSQL address; the parser's words, which name
    /// the part it could not read and never a password.
    DatabaseUrl(String),
    /// A service that breaks a rule of the catalogue (overlapping hours, a slot longer
    /// than its range…).
    Invalid {
        service: String,
        problem: crate::domain::Invalid,
    },
    /// A character no font of the slip can print (an emoji in a service's name).
    Unprintable(String),
    /// A value that must be one of a list.
    Choice {
        key: String,
        value: String,
        allowed: String,
    },
    /// `[printer] escpos` that is neither an absolute path nor `tcp://host[:port]`.
    PrinterAddress(String),
    /// `[printer] escpos` and `destination` both set: a slip goes to one printer.
    BothPrinters,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{}: {problem:?}", line.unwrap_or(0))]
pub struct SettingsError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub problem: Problem,
}

/// Ties problems found in one text to its file and lines.
pub(crate) struct Source<'a> {
    pub file: &'a Path,
    pub text: &'a str,
}

impl Source<'_> {
    pub fn error(&self, span: Option<Range<usize>>, problem: Problem) -> SettingsError {
        SettingsError {
            file: self.file.to_path_buf(),
            line: span.map(|s| line_of(self.text, s.start)),
            problem,
        }
    }

    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, SettingsError> {
        toml::from_str(self.text)
            .map_err(|e| self.error(e.span(), Problem::Syntax(e.message().to_owned())))
    }

    pub fn ranged(
        &self,
        value: &Spanned<i64>,
        key: &str,
        min: i64,
        max: i64,
    ) -> Result<i64, SettingsError> {
        let v = *value.get_ref();
        if (min..=max).contains(&v) {
            Ok(v)
        } else {
            Err(self.error(
                Some(value.span()),
                Problem::Range {
                    key: key.to_owned(),
                    value: v,
                    min,
                    max,
                },
            ))
        }
    }
}

/// Where slips go, from the settings file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// No printer (a laptop trying the kiosk): slips only go to the spool folder.
    None,
    /// CUPS's default destination.
    Default,
    /// A named CUPS queue.
    Queue(String),
    /// A receipt printer spoken to directly in ESC/POS (Debian ships no CUPS driver for
    /// them): the slip goes as a raster image `dots` wide.
    EscPos { target: EscPosTarget, dots: u32 },
}

/// Where an ESC/POS printer listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EscPosTarget {
    /// A device (`/dev/usb/lp0`) or a plain file, written to.
    Device(PathBuf),
    /// A network printer's raw port (JetDirect, usually 9100).
    Tcp { host: String, port: u16 },
}

/// The raw printing port of network receipt printers, when the address names none.
pub const ESCPOS_PORT: u16 = 9100;

impl EscPosTarget {
    /// `/dev/usb/lp0`, `/var/spool/slips.bin`, `tcp://192.168.1.50:9100` or `tcp://printer`
    /// (port 9100). A device path must be absolute: a relative one would depend on the
    /// folder the kiosk was started from.
    pub fn parse(text: &str) -> Option<EscPosTarget> {
        if let Some(address) = text.strip_prefix("tcp://") {
            let (host, port) = match address.rsplit_once(':') {
                // A bracketed IPv6 address without a port: `[fe80::1]`.
                _ if address.ends_with(']') => (address, ESCPOS_PORT),
                None => (address, ESCPOS_PORT),
                Some((host, port)) => (host, port.parse::<u16>().ok().filter(|p| *p > 0)?),
            };
            let bare_v6 = host.contains(':') && !(host.starts_with('[') && host.ends_with(']'));
            let fine = !host.is_empty()
                && !bare_v6
                && !host
                    .chars()
                    .any(|c| c.is_whitespace() || c == '/' || c == '@');
            return fine.then(|| EscPosTarget::Tcp {
                host: host.to_owned(),
                port,
            });
        }
        let path = Path::new(text);
        (path.is_absolute() && !text.contains("://"))
            .then(|| EscPosTarget::Device(path.to_path_buf()))
    }
}

impl std::fmt::Display for EscPosTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EscPosTarget::Device(path) => write!(f, "{}", path.display()),
            EscPosTarget::Tcp { host, port } => write!(f, "tcp://{host}:{port}"),
        }
    }
}

/// A receipt printer's width in dots when `[printer] dots` is not set: the printable width
/// of the roll at 203 dpi (8 dots a millimetre). An A6 layout is drawn scaled down to an
/// 80 mm roll.
pub fn default_dots(format: SlipFormat) -> u32 {
    match format {
        SlipFormat::Receipt80 | SlipFormat::A6 => 576,
        SlipFormat::Receipt58 => 384,
    }
}

/// The narrowest and widest rasters `[printer] dots` allows: a 1-inch label printer to a
/// 300-dpi 6-inch one.
pub const DOTS_RANGE: (i64, i64) = (128, 2048);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The drop-in's name, printed on slips.
    pub site_name: String,
    pub timezone: Tz,
    /// The language of the command line and of staff screens.
    pub language: String,
    /// This kiosk's name, stored with each visit it checks in.
    pub kiosk: String,
    /// The site this computer belongs to, when several share one database.
    pub site_id: String,
    pub rules: BookingRules,
    /// Where slips are printed.
    pub printer: Destination,
    pub slip_format: SlipFormat,
    /// Days a printed slip's PDF stays in the spool folder.
    pub slip_retention_days: u32,
    /// Days visits, bookings and answers are kept before only their counts remain.
    pub visit_retention_days: u32,
    /// Days the audit log of staff actions is kept.
    pub audit_retention_days: u32,
    /// The smallest count a report shows; fewer is shown as "<min_cell".
    pub report_min_cell: u64,
    /// Lock the kiosk full screen (only a staff PIN leaves it).
    pub fullscreen: bool,
    /// Seconds without a touch before the kiosk asks "still there?".
    pub idle_seconds: u32,
    /// The kiosk's speaker button reads each screen aloud (espeak-ng).
    pub read_aloud: bool,
    /// The kiosk's voice, 0 to 100.
    pub kiosk_volume: u8,
    /// The waiting room display's chime and calls, 0 to 100 (0: silent).
    pub display_volume: u8,
    /// The stations' bell when a kiosk calls for help, 0 to 100.
    pub station_volume: u8,
    /// Minutes a visitor on standby has to come once called; then the place goes to the
    /// next one waiting.
    pub standby_minutes: u32,
    /// Minutes without a tap or scan before a staff station logs out.
    pub staff_idle_minutes: u32,
    /// Desks (service slugs) where a valid scan is served at once, without a tap: items
    /// handed out over a counter, such as kits or meals.
    pub serve_on_scan: Vec<String>,
    /// The PostgreSQL database several computers share; `None`: the SQLite file in the
    /// data folder.
    pub database: Option<crate::store::Server>,
    /// Days a backup written by `sosta db backup --dir` is kept in its folder.
    pub backup_keep_days: u32,
}

/// `[backup] keep_days` when the settings do not say.
pub const BACKUP_KEEP_DAYS: u32 = 14;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDatabase {
    url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    database: Option<RawDatabase>,
    site: Option<RawSite>,
    booking: Option<RawBooking>,
    printer: Option<RawPrinter>,
    kiosk: Option<RawKiosk>,
    staff: Option<RawStaff>,
    privacy: Option<RawPrivacy>,
    report: Option<RawReport>,
    display: Option<RawDisplay>,
    backup: Option<RawBackup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBackup {
    keep_days: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisplay {
    volume: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    min_cell: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrivacy {
    retention_days: Option<Spanned<i64>>,
    audit_retention_days: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStaff {
    idle_minutes: Option<Spanned<i64>>,
    serve_on_scan: Option<Vec<String>>,
    volume: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinter {
    destination: Option<Spanned<String>>,
    escpos: Option<Spanned<String>>,
    dots: Option<Spanned<i64>>,
    format: Option<Spanned<String>>,
    retention_days: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    fullscreen: Option<bool>,
    idle_seconds: Option<Spanned<i64>>,
    rebook_minutes: Option<Spanned<i64>>,
    read_aloud: Option<bool>,
    volume: Option<Spanned<i64>>,
}

/// The slip formats by their settings names.
const FORMATS: [(&str, SlipFormat); 3] = [
    ("receipt80", SlipFormat::Receipt80),
    ("receipt58", SlipFormat::Receipt58),
    ("a6", SlipFormat::A6),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    id: Option<Spanned<String>>,
    name: Option<String>,
    timezone: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    kiosk: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBooking {
    standby_minutes: Option<Spanned<i64>>,
    lead_minutes: Option<Spanned<i64>>,
    grace_minutes: Option<Spanned<i64>>,
    early_minutes: Option<Spanned<i64>>,
    max_bookings_per_visit: Option<Spanned<i64>>,
}

impl Config {
    /// Reads settings from `text` (the contents of `file`); `languages` are the shipped
    /// locales a `language` may name.
    pub fn parse(file: &Path, text: &str, languages: &[&str]) -> Result<Config, SettingsError> {
        let source = Source { file, text };
        let raw: RawConfig = source.parse()?;
        let site = raw.site.unwrap_or(RawSite {
            id: None,
            name: None,
            timezone: None,
            language: None,
            kiosk: None,
        });
        let timezone = match &site.timezone {
            None => chrono_tz::Europe::Rome,
            Some(tz) => tz.get_ref().parse::<Tz>().map_err(|_| {
                source.error(Some(tz.span()), Problem::TimeZone(tz.get_ref().clone()))
            })?,
        };
        let language = match &site.language {
            None => crate::i18n::FALLBACK.to_owned(),
            Some(lang) if languages.contains(&lang.get_ref().as_str()) => lang.get_ref().clone(),
            Some(lang) => {
                return Err(source.error(
                    Some(lang.span()),
                    Problem::Language {
                        value: lang.get_ref().clone(),
                        allowed: languages.join(", "),
                    },
                ));
            }
        };
        let defaults = BookingRules::default();
        let mut rules = defaults;
        let mut standby_minutes = 10;
        if let Some(booking) = raw.booking {
            if let Some(wait) = &booking.standby_minutes {
                standby_minutes = source.ranged(wait, "standby_minutes", 1, 120)? as u32;
            }
            let minutes = |value: &Option<Spanned<i64>>, key: &str, default: Duration| match value {
                None => Ok(default),
                Some(v) => source.ranged(v, key, 0, 24 * 60).map(Duration::minutes),
            };
            rules.lead = minutes(&booking.lead_minutes, "lead_minutes", defaults.lead)?;
            rules.grace = minutes(&booking.grace_minutes, "grace_minutes", defaults.grace)?;
            rules.early = minutes(&booking.early_minutes, "early_minutes", defaults.early)?;
            if let Some(max) = &booking.max_bookings_per_visit {
                rules.max_per_visit = source.ranged(max, "max_bookings_per_visit", 1, 20)? as u32;
            }
        }
        let mut printer = Destination::None;
        let mut slip_format = SlipFormat::Receipt80;
        let mut slip_retention_days = 30;
        if let Some(p) = raw.printer {
            let text = |value: &Option<Spanned<String>>| {
                value
                    .as_ref()
                    .map(|v| (v.get_ref().trim().to_owned(), v.span()))
                    .filter(|(v, _)| !v.is_empty())
            };
            if let Some(format) = &p.format {
                slip_format = FORMATS
                    .iter()
                    .find(|(name, _)| name == format.get_ref())
                    .map(|(_, f)| *f)
                    .ok_or_else(|| {
                        source.error(
                            Some(format.span()),
                            Problem::Choice {
                                key: "format".to_owned(),
                                value: format.get_ref().clone(),
                                allowed: FORMATS.map(|(n, _)| n).join(", "),
                            },
                        )
                    })?;
            }
            let dots = match &p.dots {
                Some(dots) => source.ranged(dots, "dots", DOTS_RANGE.0, DOTS_RANGE.1)? as u32,
                None => default_dots(slip_format),
            };
            printer = match (text(&p.destination), text(&p.escpos)) {
                (Some(_), Some((_, span))) => {
                    return Err(source.error(Some(span), Problem::BothPrinters));
                }
                (None, Some((address, span))) => Destination::EscPos {
                    target: EscPosTarget::parse(&address).ok_or_else(|| {
                        source.error(Some(span), Problem::PrinterAddress(address.clone()))
                    })?,
                    dots,
                },
                (Some((name, _)), None) if name == "default" => Destination::Default,
                (Some((name, _)), None) => Destination::Queue(name),
                (None, None) => Destination::None,
            };
            if let Some(days) = &p.retention_days {
                slip_retention_days = source.ranged(days, "retention_days", 1, 3650)? as u32;
            }
        }
        let (mut visit_retention_days, mut audit_retention_days) = (90, 365);
        if let Some(p) = raw.privacy {
            if let Some(days) = &p.retention_days {
                visit_retention_days = source.ranged(days, "retention_days", 1, 3650)? as u32;
            }
            if let Some(days) = &p.audit_retention_days {
                audit_retention_days = source.ranged(days, "audit_retention_days", 1, 3650)? as u32;
            }
        }
        let report_min_cell = match raw.report.and_then(|r| r.min_cell) {
            Some(k) => source.ranged(&k, "min_cell", 2, 100)? as u64,
            None => 5,
        };
        let backup_keep_days = match raw.backup.and_then(|b| b.keep_days) {
            Some(days) => source.ranged(&days, "keep_days", 1, 3650)? as u32,
            None => BACKUP_KEEP_DAYS,
        };
        let mut fullscreen = false;
        let mut idle_seconds = 60;
        let (mut read_aloud, mut kiosk_volume, mut display_volume) = (true, 80, 80);
        if let Some(d) = raw.display
            && let Some(volume) = &d.volume
        {
            display_volume = source.ranged(volume, "volume", 0, 100)? as u8;
        }
        if let Some(k) = raw.kiosk {
            fullscreen = k.fullscreen.unwrap_or(false);
            read_aloud = k.read_aloud.unwrap_or(true);
            if let Some(volume) = &k.volume {
                kiosk_volume = source.ranged(volume, "volume", 0, 100)? as u8;
            }
            if let Some(idle) = &k.idle_seconds {
                idle_seconds = source.ranged(idle, "idle_seconds", 15, 600)? as u32;
            }
            if let Some(minutes) = &k.rebook_minutes {
                rules.rebook_after =
                    Duration::minutes(source.ranged(minutes, "rebook_minutes", 0, 24 * 60)?);
            }
        }
        let (idle, serve_on_scan, staff_volume) = raw
            .staff
            .map(|s| {
                (
                    s.idle_minutes,
                    s.serve_on_scan.unwrap_or_default(),
                    s.volume,
                )
            })
            .unwrap_or_default();
        let station_volume = match staff_volume {
            Some(volume) => source.ranged(&volume, "volume", 0, 100)? as u8,
            None => 100,
        };
        let staff_idle_minutes = match idle {
            Some(minutes) => source.ranged(&minutes, "idle_minutes", 1, 120)? as u32,
            None => 5,
        };
        let database =
            match raw.database.and_then(|d| d.url) {
                Some(url) if url.get_ref().trim().is_empty() => None,
                Some(url) => Some(crate::store::Server::parse(url.get_ref().trim()).map_err(
                    |detail| source.error(Some(url.span()), Problem::DatabaseUrl(detail)),
                )?),
                None => None,
            };
        let site_id = match &site.id {
            None => crate::store::DEFAULT_SITE.to_owned(),
            Some(id) => {
                let text = id.get_ref();
                let fine = (1..=32).contains(&text.len())
                    && text
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !fine {
                    return Err(source.error(Some(id.span()), Problem::SiteId(text.clone())));
                }
                text.clone()
            }
        };
        Ok(Config {
            backup_keep_days,
            site_id,
            database,
            staff_idle_minutes,
            serve_on_scan,
            printer,
            slip_format,
            slip_retention_days,
            visit_retention_days,
            audit_retention_days,
            report_min_cell,
            fullscreen,
            idle_seconds,
            read_aloud,
            kiosk_volume,
            display_volume,
            station_volume,
            standby_minutes,
            site_name: site.name.unwrap_or_else(|| "Sosta".to_owned()),
            timezone,
            language,
            kiosk: site.kiosk.unwrap_or_else(|| "kiosk-1".to_owned()),
            rules,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "it"];

    fn parse(text: &str) -> Result<Config, SettingsError> {
        Config::parse(Path::new("sosta.toml"), text, LANGS)
    }

    #[test]
    fn rebook_minutes_set_the_fair_share_window_and_zero_turns_it_off() {
        let config = parse("[kiosk]\nrebook_minutes = 10\n").unwrap();
        assert_eq!(config.rules.rebook_after, Duration::minutes(10));
        let config = parse("[kiosk]\nrebook_minutes = 0\n").unwrap();
        assert_eq!(config.rules.rebook_after, Duration::zero());
        assert_eq!(parse("").unwrap().rules.rebook_after, Duration::minutes(3));
        let error = parse("[site]\n\n[kiosk]\nrebook_minutes = -4\n").unwrap_err();
        assert_eq!(error.line, Some(4));
        assert_eq!(
            error.problem,
            Problem::Range {
                key: "rebook_minutes".to_owned(),
                value: -4,
                min: 0,
                max: 24 * 60,
            }
        );
        let error = parse("[kiosk]\nrebook_minutes = \"three\"\n").unwrap_err();
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let config = parse(DEFAULT_TEXT).unwrap();
        assert_eq!(config.timezone, chrono_tz::Europe::Rome);
        assert_eq!(config.language, "it");
        assert_eq!(config.rules, BookingRules::default());
    }

    #[test]
    fn printer_settings_parse_and_a_bad_format_lists_the_allowed_ones() {
        let config = parse("[printer]\ndestination = \"SostaPDF\"\nformat = \"a6\"\n").unwrap();
        assert_eq!(config.printer, Destination::Queue("SostaPDF".into()));
        assert_eq!(config.slip_format, SlipFormat::A6);
        let error = parse("[printer]\nformat = \"A4\"\n").unwrap_err();
        assert_eq!(error.line, Some(2));
        assert_eq!(
            error.problem,
            Problem::Choice {
                key: "format".into(),
                value: "A4".into(),
                allowed: "receipt80, receipt58, a6".into()
            }
        );
    }

    #[test]
    fn a_receipt_printer_is_a_device_or_a_tcp_address_with_its_width_in_dots() {
        let config = parse("[printer]\nescpos = \"/dev/usb/lp0\"\n").unwrap();
        assert_eq!(
            config.printer,
            Destination::EscPos {
                target: EscPosTarget::Device("/dev/usb/lp0".into()),
                dots: 576
            }
        );
        let config =
            parse("[printer]\nescpos = \"tcp://192.168.1.50:9100\"\nformat = \"receipt58\"\n")
                .unwrap();
        assert_eq!(
            config.printer,
            Destination::EscPos {
                target: EscPosTarget::Tcp {
                    host: "192.168.1.50".into(),
                    port: 9100
                },
                dots: 384
            }
        );
        let config = parse("[printer]\nescpos = \"tcp://printer\"\ndots = 512\n").unwrap();
        assert_eq!(
            config.printer,
            Destination::EscPos {
                target: EscPosTarget::Tcp {
                    host: "printer".into(),
                    port: ESCPOS_PORT
                },
                dots: 512
            }
        );
        // An empty address is no printer, as an empty destination is.
        assert_eq!(
            parse("[printer]\nescpos = \"\"\n").unwrap().printer,
            Destination::None
        );
        for (text, shown) in [
            ("tcp://192.168.1.50:9100", "tcp://192.168.1.50:9100"),
            ("tcp://[fe80::1]", "tcp://[fe80::1]:9100"),
            ("/var/spool/slips.bin", "/var/spool/slips.bin"),
        ] {
            assert_eq!(EscPosTarget::parse(text).unwrap().to_string(), shown);
        }
    }

    #[test]
    fn a_bad_receipt_printer_names_its_key_and_line() {
        let error = parse("[printer]\nescpos = \"/dev/usb/lp0\"\n\ndots = 4000\n").unwrap_err();
        assert_eq!(error.line, Some(4));
        assert_eq!(
            error.problem,
            Problem::Range {
                key: "dots".into(),
                value: 4000,
                min: 128,
                max: 2048
            }
        );
        for address in [
            "usb0",
            "lp0",
            "tcp://",
            "tcp://printer:0",
            "tcp://printer:99999",
            "tcp://fe80::1",
            "usb://EPSON/TM-T20",
        ] {
            let error = parse(&format!(
                "[printer]\nformat = \"receipt80\"\nescpos = \"{address}\"\n"
            ))
            .unwrap_err();
            assert_eq!(error.line, Some(3), "{address}");
            assert_eq!(error.problem, Problem::PrinterAddress(address.into()));
        }
        let error = parse("[printer]\ndestination = \"SostaPDF\"\nescpos = \"/dev/usb/lp0\"\n")
            .unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.problem, Problem::BothPrinters);
    }

    #[test]
    fn backups_are_kept_fourteen_days_unless_the_settings_say_and_a_bad_value_names_its_line() {
        assert_eq!(parse("").unwrap().backup_keep_days, 14);
        assert_eq!(
            parse("[backup]\nkeep_days = 30\n")
                .unwrap()
                .backup_keep_days,
            30
        );
        for bad in [0, 3651, -1] {
            let error = parse(&format!("[site]\n\n[backup]\nkeep_days = {bad}\n")).unwrap_err();
            assert_eq!(error.line, Some(4), "{bad}");
            assert_eq!(
                error.problem,
                Problem::Range {
                    key: "keep_days".into(),
                    value: bad,
                    min: 1,
                    max: 3650
                }
            );
        }
    }

    #[test]
    fn a_bad_time_zone_names_its_line() {
        let error = parse("[site]\nname = \"x\"\ntimezone = \"Europe/Cremona\"\n").unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.problem, Problem::TimeZone("Europe/Cremona".into()));
    }

    #[test]
    fn an_unknown_language_lists_the_allowed_ones() {
        let error = parse("[site]\nlanguage = \"de\"\n").unwrap_err();
        assert_eq!(
            error.problem,
            Problem::Language {
                value: "de".into(),
                allowed: "en, it".into()
            }
        );
        assert_eq!(error.line, Some(2));
    }

    #[test]
    fn out_of_range_and_unknown_keys_are_refused() {
        let error = parse("[booking]\n\ngrace_minutes = -5\n").unwrap_err();
        assert_eq!(error.line, Some(3));
        assert!(
            matches!(error.problem, Problem::Range { ref key, value: -5, .. } if key == "grace_minutes")
        );
        let error = parse("[booking]\ngrace = 5\n").unwrap_err();
        assert_eq!(error.line, Some(2));
        assert!(matches!(error.problem, Problem::Syntax(ref m) if m.contains("grace")));
    }
}
