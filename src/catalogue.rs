//! The service catalogue file (`assets/services.toml`): what a first run seeds.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::config::{Problem, SettingsError, Source};
use crate::domain::{DayHours, Mode, Service, TimeRange, WeeklyHours};
use crate::store::ServiceDef;

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
    icon: String,
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
}

fn default_slot() -> Spanned<i64> {
    Spanned::new(0..0, 30)
}

fn default_one() -> Spanned<i64> {
    Spanned::new(0..0, 1)
}

/// Parses a catalogue; `file` names it in errors.
pub fn parse(file: &Path, text: &str) -> Result<Vec<ServiceDef>, SettingsError> {
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
    for s in raw.service {
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
        services.push(ServiceDef {
            slug: s.slug.into_inner(),
            icon: s.icon,
            desk: s.desk,
            mode,
            slot_minutes,
            capacity: source.ranged(&s.capacity, "capacity", 0, 10_000)? as u32,
            per_visit_limit: source.ranged(&s.per_visit_limit, "per_visit_limit", 1, 100)? as u32,
            minutes_per_person: match &s.minutes_per_person {
                Some(m) => source.ranged(m, "minutes_per_person", 1, 24 * 60)? as u32,
                None => slot_minutes,
            },
            discreet: s.discreet,
            weekly,
            exceptions,
        });
    }
    Ok(services)
}

/// The catalogue file of `services` (the active ones), in the format [`parse`] reads:
/// what `sosta catalogue export` writes, so a catalogue can be kept, shared and read back.
/// Days a service is closed are written per service, under its `dates`.
pub fn to_text(services: &[Service]) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
    let ranges = |list: &[TimeRange]| {
        let items: Vec<String> = list
            .iter()
            .map(|r| {
                quote(&format!(
                    "{}-{}",
                    r.start().format("%H:%M"),
                    r.end().format("%H:%M")
                ))
            })
            .collect();
        format!("[{}]", items.join(", "))
    };
    let mut text = String::from(
        "# A Sosta catalogue, written by `sosta catalogue export`. The format is the one of\n\
         # assets/services.toml; `sosta catalogue import` reads it back.\n",
    );
    for service in services.iter().filter(|s| s.active) {
        text += "\n[[service]]\n";
        text += &format!("slug = {}\n", quote(&service.slug));
        text += &format!("icon = {}\n", quote(&service.icon));
        text += &format!("desk = {}\n", quote(&service.desk));
        text += &format!("mode = {}\n", quote(service.mode.as_str()));
        text += &format!("slot_minutes = {}\n", service.slot_minutes);
        text += &format!("capacity = {}\n", service.capacity);
        text += &format!("per_visit_limit = {}\n", service.per_visit_limit);
        text += &format!("minutes_per_person = {}\n", service.minutes_per_person);
        if service.discreet {
            text += "discreet = true\n";
        }
        text += "[service.hours]\n";
        for (day, name) in WEEKDAYS.iter().enumerate() {
            let list = service.weekly.on_weekday(day);
            if !list.is_empty() {
                text += &format!("{name} = {}\n", ranges(list));
            }
        }
        if !service.exceptions.is_empty() {
            text += "[service.dates]\n";
            for (date, hours) in &service.exceptions {
                let list = match hours {
                    DayHours::Closed => String::from("[]"),
                    DayHours::Hours(list) => ranges(list),
                };
                text += &format!("{} = {list}\n", quote(&date.to_string()));
            }
        }
    }
    text
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
            .map(|(i, d)| Service {
                id: crate::domain::ServiceId(i as i64 + 1),
                slug: d.slug.clone(),
                icon: d.icon.clone(),
                desk: d.desk.clone(),
                mode: d.mode,
                slot_minutes: d.slot_minutes,
                capacity: d.capacity,
                per_visit_limit: d.per_visit_limit,
                minutes_per_person: d.minutes_per_person,
                active: true,
                discreet: d.discreet,
                weekly: d.weekly.clone(),
                exceptions: d.exceptions.clone(),
                day_changes: BTreeMap::new(),
            })
            .collect();
        let text = to_text(&services);
        assert_eq!(
            parse(Path::new("export.toml"), &text).unwrap(),
            defs,
            "{text}"
        );
        assert!(text.contains("discreet = true"));
    }
}
