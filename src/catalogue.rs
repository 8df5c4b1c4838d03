//! The service catalogue file (`assets/services.toml`): what a first run seeds.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::config::{Problem, SettingsError, Source};
use crate::domain::{DayHours, MAX_CAPACITY, Mode, Service, ServiceDef, TimeRange, WeeklyHours};

/// The demo catalogue of a realistic drop-in day, built into the program.
pub const DEFAULT_TEXT: &str = include_str!("../assets/services.toml");

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    #[serde(default)]
    holidays: Vec<Spanned<String>>,
    service: Vec<RawService>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    slug: Spanned<String>,
    icon: Spanned<String>,
    desk: String,
    mode: Spanned<String>,
    #[serde(default = "default_slot")]
    slot_minutes: Spanned<i64>,
    capacity: Spanned<i64>,
    #[serde(default = "default_one")]
    per_visit_limit: Spanned<i64>,
    minutes_per_person: Option<Spanned<i64>>,
    #[serde(default)]
    discreet: bool,
    #[serde(default)]
    hours: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    #[serde(default)]
    dates: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    /// The coordinator's own name and short description, by language.
    #[serde(default)]
    name: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    description: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// A catalogue file: its services and the coordinator's own texts for them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub services: Vec<ServiceDef>,
    /// (locale, Fluent id, text): a service's name (`service-<slug>`) or description
    /// (`service-<slug>-description`) in one language.
    pub texts: Vec<(String, String, String)>,
}

/// The longest name or description a coordinator may write, in characters.
pub const MAX_TEXT: usize = 400;

/// The Fluent id of a service's name; its description's adds `-description`.
pub fn name_id(slug: &str) -> String {
    format!("service-{slug}")
}

pub fn description_id(slug: &str) -> String {
    format!("service-{slug}-description")
}

fn default_slot() -> Spanned<i64> {
    Spanned::new(0..0, 30)
}

fn default_one() -> Spanned<i64> {
    Spanned::new(0..0, 1)
}

/// Parses a catalogue's services; `file` names it in errors. Own texts are checked
/// against the shipped languages by [`parse_file`].
pub fn parse(file: &Path, text: &str) -> Result<Vec<ServiceDef>, SettingsError> {
    Ok(parse_file(file, text, None)?.services)
}

/// Parses a whole catalogue file, own texts included. `locales`, when given, are the
/// languages a name may be written in.
pub fn parse_file(
    file: &Path,
    text: &str,
    locales: Option<&[&str]>,
) -> Result<Catalogue, SettingsError> {
    let source = Source { file, text };
    let raw: RawCatalogue = source.parse()?;
    let date = |d: &Spanned<String>| {
        NaiveDate::parse_from_str(d.get_ref(), "%Y-%m-%d")
            .map_err(|_| source.error(Some(d.span()), Problem::Date(d.get_ref().clone())))
    };
    let ranges = |list: &[Spanned<String>]| {
        list.iter()
            .map(|r| {
                TimeRange::parse(r.get_ref()).ok_or_else(|| {
                    source.error(Some(r.span()), Problem::TimeRange(r.get_ref().clone()))
                })
            })
            .collect::<Result<Vec<_>, _>>()
    };
    let holidays = raw
        .holidays
        .iter()
        .map(date)
        .collect::<Result<Vec<_>, _>>()?;
    let mut seen = HashSet::new();
    let mut services = Vec::with_capacity(raw.service.len());
    let mut texts = Vec::new();
    for s in raw.service {
        if !crate::icons::SERVICE.contains(&s.icon.get_ref().as_str()) {
            return Err(source.error(
                Some(s.icon.span()),
                Problem::Choice {
                    key: "icon".to_owned(),
                    value: s.icon.into_inner(),
                    allowed: crate::icons::SERVICE.join(", "),
                },
            ));
        }
        for (table, id) in [
            (&s.name, name_id(s.slug.get_ref())),
            (&s.description, description_id(s.slug.get_ref())),
        ] {
            for (locale, text) in table {
                if let Some(allowed) = locales
                    && !allowed.contains(&locale.get_ref().as_str())
                {
                    return Err(source.error(
                        Some(locale.span()),
                        Problem::Language {
                            value: locale.get_ref().clone(),
                            allowed: allowed.join(", "),
                        },
                    ));
                }
                if let Some(ch) = crate::slip::unprintable(text.get_ref()) {
                    return Err(
                        source.error(Some(text.span()), Problem::Unprintable(ch.to_string()))
                    );
                }
                let length = text.get_ref().trim().chars().count();
                if !(1..=MAX_TEXT).contains(&length) {
                    return Err(source.error(
                        Some(text.span()),
                        Problem::Range {
                            key: format!("{}.{}", id, locale.get_ref()),
                            value: length as i64,
                            min: 1,
                            max: MAX_TEXT as i64,
                        },
                    ));
                }
                texts.push((
                    locale.get_ref().clone(),
                    id.clone(),
                    text.get_ref().trim().to_owned(),
                ));
            }
        }
        if !seen.insert(s.slug.get_ref().clone()) {
            return Err(source.error(
                Some(s.slug.span()),
                Problem::DuplicateSlug(s.slug.into_inner()),
            ));
        }
        let mode = Mode::parse(s.mode.get_ref()).ok_or_else(|| {
            source.error(Some(s.mode.span()), Problem::Mode(s.mode.get_ref().clone()))
        })?;
        let mut weekly = WeeklyHours::default();
        for (day, list) in &s.hours {
            let weekday = WEEKDAYS
                .iter()
                .position(|w| w == day.get_ref())
                .ok_or_else(|| {
                    source.error(Some(day.span()), Problem::Weekday(day.get_ref().clone()))
                })?;
            for range in ranges(list)? {
                weekly.add(weekday, range);
            }
        }
        let mut exceptions = BTreeMap::new();
        for holiday in &holidays {
            exceptions.insert(*holiday, DayHours::Closed);
        }
        for (day, list) in &s.dates {
            let hours = ranges(list)?;
            let rule = if hours.is_empty() {
                DayHours::Closed
            } else {
                DayHours::Hours(hours)
            };
            exceptions.insert(date(day)?, rule);
        }
        let slot_minutes = source.ranged(&s.slot_minutes, "slot_minutes", 1, 24 * 60)? as u32;
        let slug_span = s.slug.span();
        let def = ServiceDef {
            slug: s.slug.into_inner(),
            icon: s.icon.into_inner(),
            desk: s.desk,
            mode,
            slot_minutes,
            capacity: source.ranged(&s.capacity, "capacity", 0, i64::from(MAX_CAPACITY))? as u32,
            per_visit_limit: source.ranged(&s.per_visit_limit, "per_visit_limit", 1, 100)? as u32,
            minutes_per_person: match &s.minutes_per_person {
                Some(m) => source.ranged(m, "minutes_per_person", 1, 24 * 60)? as u32,
                None => slot_minutes,
            },
            discreet: s.discreet,
            weekly,
            exceptions,
        };
        def.check().map_err(|problem| {
            source.error(
                Some(slug_span),
                Problem::Invalid {
                    service: def.slug.clone(),
                    problem,
                },
            )
        })?;
        services.push(def);
    }
    Ok(Catalogue { services, texts })
}

/// The catalogue file of `services` (the active ones) and the coordinator's own `texts`,
/// in the format [`parse_file`] reads: what `sosta catalogue export` writes, so a
/// catalogue can be kept, shared and read back. Days a service is closed are written per
/// service, under its `dates`.
pub fn to_text(services: &[Service], texts: &[(String, String, String)]) -> String {
    let mut text = String::from(
        "# A Sosta catalogue, written by `sosta catalogue export`. The format is the one of\n\
         # assets/services.toml; `sosta catalogue import` reads it back.\n",
    );
    for service in services.iter().filter(|s| s.active) {
        text += "\n[[service]]\n";
        text += &format!("slug = {}\n", quote(&service.slug));
        for (key, value) in fields(&service.def()) {
            if let Some(value) = value.toml {
                text += &format!("{key} = {value}\n");
            }
        }
        for (table, id) in [
            ("name", name_id(&service.slug)),
            ("description", description_id(&service.slug)),
        ] {
            let own: Vec<_> = texts.iter().filter(|(_, i, _)| *i == id).collect();
            if !own.is_empty() {
                text += &format!("[service.{table}]\n");
                for (locale, _, words) in own {
                    text += &format!("{locale} = {}\n", quote(words));
                }
            }
        }
        let hours: Vec<_> = WEEKDAYS
            .iter()
            .enumerate()
            .filter(|(day, _)| !service.weekly.on_weekday(*day).is_empty())
            .collect();
        if !hours.is_empty() {
            text += "[service.hours]\n";
            for (day, name) in hours {
                text += &format!("{name} = {}\n", ranges(service.weekly.on_weekday(day)));
            }
        }
        if !service.exceptions.is_empty() {
            text += "[service.dates]\n";
            for (date, hours) in &service.exceptions {
                text += &format!("{} = {}\n", quote(&date.to_string()), day_hours(hours));
            }
        }
    }
    text
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn ranges(list: &[TimeRange]) -> String {
    let items: Vec<String> = list.iter().map(|r| quote(&r.to_string())).collect();
    format!("[{}]", items.join(", "))
}

fn day_hours(hours: &DayHours) -> String {
    match hours {
        DayHours::Closed => String::from("[]"),
        DayHours::Hours(list) => ranges(list),
    }
}

/// One field of a service as a file shows it: its TOML value (None for what the file
/// leaves out) and how a person reads it in a list of differences.
struct Field {
    toml: Option<String>,
    shown: String,
}

/// Every field of a definition, by its key in the file (`hours.mon`, `dates.2026-12-25`
/// for hours, which are written in their own tables).
fn fields(def: &ServiceDef) -> Vec<(String, Field)> {
    let plain = |value: String| Field {
        toml: Some(value.clone()),
        shown: value,
    };
    let mut list = vec![
        ("icon".to_owned(), plain(quote(&def.icon))),
        ("desk".to_owned(), plain(quote(&def.desk))),
        ("mode".to_owned(), plain(quote(def.mode.as_str()))),
        (
            "slot_minutes".to_owned(),
            plain(def.slot_minutes.to_string()),
        ),
        ("capacity".to_owned(), plain(def.capacity.to_string())),
        (
            "per_visit_limit".to_owned(),
            plain(def.per_visit_limit.to_string()),
        ),
        (
            "minutes_per_person".to_owned(),
            plain(def.minutes_per_person.to_string()),
        ),
        (
            "discreet".to_owned(),
            Field {
                toml: def.discreet.then(|| "true".to_owned()),
                shown: def.discreet.to_string(),
            },
        ),
    ];
    for (day, name) in WEEKDAYS.iter().enumerate() {
        list.push((
            format!("hours.{name}"),
            Field {
                toml: None,
                shown: ranges(def.weekly.on_weekday(day)),
            },
        ));
    }
    for (date, hours) in &def.exceptions {
        list.push((
            format!("dates.{date}"),
            Field {
                toml: None,
                shown: day_hours(hours),
            },
        ));
    }
    list
}

/// One difference between the catalogue in use and a file about to be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// A service the file adds.
    Added(String),
    /// A service in use the file leaves out: it is no longer offered (its bookings stay).
    Withdrawn(String),
    /// A field of a service, or one of its own texts (`name.it`), before and after.
    Changed {
        slug: String,
        field: String,
        before: String,
        after: String,
    },
}

/// What importing `file` would change in the catalogue `services` with own `texts`.
pub fn differences(
    services: &[Service],
    texts: &[(String, String, String)],
    file: &Catalogue,
) -> Vec<Difference> {
    let mut found = Vec::new();
    let own = |texts: &[(String, String, String)], slug: &str| -> BTreeMap<String, String> {
        let (name, description) = (name_id(slug), description_id(slug));
        texts
            .iter()
            .filter_map(|(locale, id, text)| {
                let table = if *id == name {
                    "name"
                } else if *id == description {
                    "description"
                } else {
                    return None;
                };
                Some((format!("{table}.{locale}"), text.clone()))
            })
            .collect()
    };
    for def in &file.services {
        let Some(current) = services.iter().find(|s| s.slug == def.slug) else {
            found.push(Difference::Added(def.slug.clone()));
            continue;
        };
        let changed = |field: String, before: String, after: String| Difference::Changed {
            slug: def.slug.clone(),
            field,
            before,
            after,
        };
        if !current.active {
            found.push(changed("active".into(), "false".into(), "true".into()));
        }
        let before: BTreeMap<String, Field> = fields(&current.def()).into_iter().collect();
        let after: BTreeMap<String, Field> = fields(def).into_iter().collect();
        let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        for key in keys {
            let shown = |map: &BTreeMap<String, Field>| {
                map.get(key)
                    .map_or_else(|| "-".to_owned(), |f| f.shown.clone())
            };
            let (b, a) = (shown(&before), shown(&after));
            if b != a {
                found.push(changed(key.clone(), b, a));
            }
        }
        let (before, after) = (own(texts, &def.slug), own(&file.texts, &def.slug));
        let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        for key in keys {
            let text = |map: &BTreeMap<String, String>| map.get(key).cloned().unwrap_or_default();
            if text(&before) != text(&after) {
                found.push(changed(key.clone(), text(&before), text(&after)));
            }
        }
    }
    for service in services.iter().filter(|s| s.active) {
        if !file.services.iter().any(|d| d.slug == service.slug) {
            found.push(Difference::Withdrawn(service.slug.clone()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_catalogue_parses() {
        let services = parse(Path::new("services.toml"), DEFAULT_TEXT).unwrap();
        assert!(services.len() >= 11);
        let slugs: Vec<_> = services.iter().map(|s| s.slug.as_str()).collect();
        for expected in [
            "shower",
            "laundry",
            "meal",
            "nurse",
            "social-worker",
            "legal-desk",
        ] {
            assert!(slugs.contains(&expected), "{expected} missing");
        }
    }

    #[test]
    fn a_bad_range_names_its_line() {
        let text = "[[service]]\nslug = \"x\"\nicon = \"bath\"\ndesk = \"a\"\nmode = \"slots\"\ncapacity = 1\n[service.hours]\nmon = [\"09:00-08:00\"]\n";
        let error = parse(Path::new("c.toml"), text).unwrap_err();
        assert_eq!(error.line, Some(8));
        assert_eq!(error.problem, Problem::TimeRange("09:00-08:00".into()));
    }

    #[test]
    fn a_bad_mode_and_weekday_are_refused() {
        let base = "[[service]]\nslug = \"x\"\nicon = \"bath\"\ndesk = \"a\"\ncapacity = 1\n";
        let error = parse(Path::new("c.toml"), &format!("{base}mode = \"line\"\n")).unwrap_err();
        assert_eq!(error.problem, Problem::Mode("line".into()));
        let error = parse(
            Path::new("c.toml"),
            &format!("{base}mode = \"queue\"\n[service.hours]\nmonday = [\"09:00-10:00\"]\n"),
        )
        .unwrap_err();
        assert_eq!(error.problem, Problem::Weekday("monday".into()));
    }

    /// What `export` writes, `parse` reads back as the same services: hours, closed and
    /// special days, the discreet flag and every number.
    #[test]
    fn an_exported_catalogue_reads_back_the_same() {
        let defs = parse(Path::new("services.toml"), DEFAULT_TEXT).unwrap();
        let services: Vec<Service> = defs
            .iter()
            .enumerate()
            .map(|(i, d)| Service::new(crate::domain::ServiceId(i as i64 + 1), d))
            .collect();
        let text = to_text(&services, &[]);
        assert_eq!(
            parse(Path::new("export.toml"), &text).unwrap(),
            defs,
            "{text}"
        );
        assert!(text.contains("discreet = true"));
    }
}
