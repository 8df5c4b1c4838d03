//! The site's catalogue as Open Referral HSDS 3.0 (Human Services Data Specification), so
//! a city's service directory can list the drop-in: one organization (the site), one
//! physical location (the drop-in itself), every active service with its name and
//! description in Italian, the languages the kiosk speaks, the link of each service to the
//! location, and the opening hours with the closed and special days. Pure: services,
//! words and the site's name in, file names and JSON text out.
//!
//! Only the catalogue goes out. The input is the services and the site's name and id;
//! nothing here can see a visit, a booking, a slip or a count, so nothing about a visitor
//! can be exported. A discreet service (an HIV test, a safer-use kit) is listed like any
//! other: it is a public service, discretion is about who uses it.
//!
//! # Layout
//!
//! HSDS 3.0 defines each object by a JSON schema (`schema/*.json` in
//! openreferral/specification, tag `v3.0`) and two ways to publish them: nested JSON
//! through its API, and a tabular form, one table per object linked by identifiers
//! (`organization_id`, `service_id`, `location_id`), whose CSV files a Tabular Data Package
//! (`datapackage.json`) describes. A folder of files has no API, so we write the tabular
//! form, in JSON: one file per table, named as the schema's `path` names the table with
//! `.json` for `.csv` (`organizations.json`, `locations.json`, `services.json`,
//! `service_at_location.json`, `schedules.json`, `languages.json`), each a JSON array of
//! flat rows that carry the table's fields under the schema's names. The spec calls JSON
//! its primary format, a row is exactly the canonical object without its nested lists, so
//! each validates against its schema, and an importer can read the tables one by one.
//! There is no `datapackage.json`: the spec's package descriptor describes CSV resources,
//! and pointing it at JSON files would describe something it does not define.
//!
//! # Hours
//!
//! A schedule row is an iCalendar rule: the weekly hours are `freq` `WEEKLY` rows, one per
//! distinct range, with the weekdays that have it in `byday` (`MO,TU`) and `opens_at` /
//! `closes_at` as local `HH:MM`; several ranges a day are several rows. HSDS 3.0 has no
//! field for a closed day. Its guidance for exceptional hours (docs/hsds/schedules.md) is
//! to end the regular schedule with `valid_to` and add rows for the exception, so the
//! weekly rows are repeated for each stretch of days between dated exceptions, bounded by
//! `valid_from` / `valid_to`; a day of special hours is a one-off rule (`dtstart` the day,
//! `count` 1) valid that day only; a closed day is a row valid that day only with no hours
//! and a description that says closed. A reader that honours the validity dates sees
//! exactly the catalogue's hours on every day (tested below by such a reader).
//!
//! Times are the site's wall-clock times. HSDS asks for a UTC offset on `opens_at`, or a
//! `timezone` offset in hours, but one offset cannot say Europe/Rome's hours across the
//! change to summer time; local times without an offset are what the catalogue means.
//!
//! # Identifiers
//!
//! HSDS identifiers are UUIDs. Ours are name-based (RFC 9562 version 5: SHA-1 of a fixed
//! namespace and a name), from the site's id, the kind of row and what the row is about,
//! e.g. `main/service/shower` or `main/schedule/shower/weekly/09:00-12:00/2026-12-27`: the
//! same catalogue gives the same ids on every run and every computer, so the directory
//! updates its rows instead of adding new ones.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use serde::Serialize;
use uuid::Uuid;

use crate::domain::{DayHours, Mode, Service, TimeRange};
use crate::i18n::Tr;
use crate::messages;

/// The namespace of every Sosta HSDS id (a random UUID drawn once; never change it, or
/// every listed row gets a new id).
const NAMESPACE: Uuid = Uuid::from_u128(0xbaac54c4_0331_4b9d_80f2_ed07ca70282b);

/// iCalendar's weekday codes, Monday first as `WeeklyHours` counts.
const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Who lists the services: the site's id (`[site] id`) and its name.
#[derive(Clone, Copy, Debug)]
pub struct Site<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// HSDS `organization`: the site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// HSDS `location`: the drop-in's building.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    pub id: String,
    pub location_type: &'static str,
    pub organization_id: String,
    pub name: String,
}

/// HSDS `service`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ListedService {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    pub status: &'static str,
    pub application_process: String,
}

/// HSDS `service_at_location`: a service given at the drop-in, at one of its desks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub description: String,
}

/// HSDS `schedule`: one iCalendar rule of a service's hours.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub id: String,
    pub service_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dtstart: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// HSDS `language`: a language a service is given in (here: the kiosk's languages).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Language {
    pub id: String,
    pub service_id: String,
    pub name: String,
    pub code: String,
}

/// Every table of the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub organizations: Vec<Organization>,
    pub locations: Vec<Location>,
    pub services: Vec<ListedService>,
    pub service_at_location: Vec<ServiceAtLocation>,
    pub schedules: Vec<Schedule>,
    pub languages: Vec<Language>,
}

/// A name-based id: the same `site/kind/key` gives the same UUID everywhere.
fn uuid(site: &Site<'_>, kind: &str, key: &str) -> String {
    let name = format!("{}/{kind}/{key}", site.id);
    Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

fn hhmm(time: chrono::NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// The listing of the active `services` of `site`, in `tr`'s language (Italian for a
/// directory in Italy); `languages` are the kiosk's languages, as ISO 639-1 codes.
pub fn listing(site: Site<'_>, services: &[Service], tr: Tr<'_>, languages: &[&str]) -> Listing {
    let organization_id = uuid(&site, "organization", "");
    let location_id = uuid(&site, "location", "");
    let mut listing = Listing {
        organizations: vec![Organization {
            id: organization_id.clone(),
            name: site.name.to_owned(),
            description: tr.args(
                "hsds-organization-description",
                &[("site", site.name.into())],
            ),
        }],
        locations: vec![Location {
            id: location_id.clone(),
            location_type: "physical",
            organization_id: organization_id.clone(),
            name: site.name.to_owned(),
        }],
        services: Vec::new(),
        service_at_location: Vec::new(),
        schedules: Vec::new(),
        languages: Vec::new(),
    };
    for service in services.iter().filter(|s| s.active) {
        let slug = service.slug.as_str();
        let service_id = uuid(&site, "service", slug);
        listing.services.push(ListedService {
            id: service_id.clone(),
            organization_id: organization_id.clone(),
            name: messages::service_name(tr, slug),
            description: messages::service_description(tr, slug),
            status: "active",
            application_process: tr.t(match service.mode {
                Mode::Slots => "hsds-apply-slots",
                Mode::Queue => "hsds-apply-queue",
            }),
        });
        listing.service_at_location.push(ServiceAtLocation {
            id: uuid(&site, "service_at_location", slug),
            service_id: service_id.clone(),
            location_id: location_id.clone(),
            description: messages::desk_name(tr, &service.desk),
        });
        listing
            .schedules
            .extend(schedules(&site, service, &service_id, tr));
        for code in languages {
            listing.languages.push(Language {
                id: uuid(&site, "language", &format!("{slug}/{code}")),
                service_id: service_id.clone(),
                name: tr.args("hsds-language-name", &[("code", FluentValue::from(*code))]),
                code: (*code).to_owned(),
            });
        }
    }
    listing
}

/// The stretches of days between dated exceptions, when the weekly hours hold; `None` is
/// an open end.
fn usual_periods(
    exceptions: &BTreeMap<NaiveDate, DayHours>,
) -> Vec<(Option<NaiveDate>, Option<NaiveDate>)> {
    let mut periods = Vec::new();
    let mut from: Option<NaiveDate> = None;
    for &date in exceptions.keys() {
        if from.is_none_or(|f| f < date)
            && let Some(last) = date.pred_opt()
        {
            periods.push((from, Some(last)));
        }
        match date.succ_opt() {
            Some(next) => from = Some(next),
            // The last day chrono knows: no stretch follows it.
            None => return periods,
        }
    }
    periods.push((from, None));
    periods
}

/// A service's schedule rows: its weekly hours in each stretch between dated exceptions,
/// then each closed or special day.
fn schedules(site: &Site<'_>, service: &Service, service_id: &str, tr: Tr<'_>) -> Vec<Schedule> {
    let slug = &service.slug;
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let mut by_range: BTreeMap<TimeRange, Vec<&str>> = BTreeMap::new();
    for (weekday, code) in BYDAY.iter().enumerate() {
        for range in service.weekly.on_weekday(weekday) {
            by_range.entry(*range).or_default().push(code);
        }
    }
    let mut rows = Vec::new();
    for (from, to) in usual_periods(&service.exceptions) {
        let since = from.map_or_else(|| String::from("start"), date);
        for (range, days) in &by_range {
            rows.push(Schedule {
                id: uuid(site, "schedule", &format!("{slug}/weekly/{range}/{since}")),
                service_id: service_id.to_owned(),
                valid_from: from.map(date),
                valid_to: to.map(date),
                dtstart: None,
                freq: Some("WEEKLY"),
                count: None,
                byday: Some(days.join(",")),
                opens_at: Some(hhmm(range.start())),
                closes_at: Some(hhmm(range.end())),
                description: None,
            });
        }
    }
    for (day, hours) in &service.exceptions {
        let on = date(*day);
        match hours {
            DayHours::Closed => rows.push(Schedule {
                id: uuid(site, "schedule", &format!("{slug}/closed/{on}")),
                service_id: service_id.to_owned(),
                valid_from: Some(on.clone()),
                valid_to: Some(on.clone()),
                dtstart: None,
                freq: None,
                count: None,
                byday: None,
                opens_at: None,
                closes_at: None,
                description: Some(tr.t("hsds-closed")),
            }),
            DayHours::Hours(ranges) => {
                let code = BYDAY[day.weekday().num_days_from_monday() as usize];
                for range in ranges {
                    rows.push(Schedule {
                        id: uuid(site, "schedule", &format!("{slug}/day/{on}/{range}")),
                        service_id: service_id.to_owned(),
                        valid_from: Some(on.clone()),
                        valid_to: Some(on.clone()),
                        dtstart: Some(on.clone()),
                        freq: Some("WEEKLY"),
                        count: Some(1),
                        byday: Some(code.to_owned()),
                        opens_at: Some(hhmm(range.start())),
                        closes_at: Some(hhmm(range.end())),
                        description: Some(tr.t("hsds-special-hours")),
                    });
                }
            }
        }
    }
    rows
}

/// The listing's files: (file name, JSON text), one per table, in a fixed order.
pub fn files(listing: &Listing) -> Result<Vec<(&'static str, String)>, serde_json::Error> {
    fn table<T: Serialize>(rows: &[T]) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(rows).map(|text| text + "\n")
    }
    Ok(vec![
        ("organizations.json", table(&listing.organizations)?),
        ("locations.json", table(&listing.locations)?),
        ("services.json", table(&listing.services)?),
        (
            "service_at_location.json",
            table(&listing.service_at_location)?,
        ),
        ("schedules.json", table(&listing.schedules)?),
        ("languages.json", table(&listing.languages)?),
    ])
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use serde_json::Value;

    use super::*;
    use crate::domain::ServiceId;
    use crate::i18n::Translations;

    const KIOSK_LANGUAGES: [&str; 10] =
        ["it", "ro", "pa", "ar", "sq", "en", "fr", "ur", "uk", "es"];
    const SITE: Site<'static> = Site {
        id: "cremona",
        name: "Sosta Cremona",
    };

    /// The demo catalogue as the store would hand it over.
    fn demo_services() -> Vec<Service> {
        let defs =
            crate::catalogue::parse(Path::new("services.toml"), crate::catalogue::DEFAULT_TEXT)
                .unwrap();
        defs.iter()
            .enumerate()
            .map(|(i, d)| Service::new(ServiceId(i as i64 + 1), d))
            .collect()
    }

    fn demo_listing(services: &[Service]) -> Listing {
        let translations = Translations::embedded().unwrap();
        listing(SITE, services, translations.lang("it"), &KIOSK_LANGUAGES)
    }

    /// The tables as a reader gets them: file name → rows.
    fn tables(listing: &Listing) -> BTreeMap<&'static str, Vec<serde_json::Map<String, Value>>> {
        files(listing)
            .unwrap()
            .into_iter()
            .map(|(name, text)| {
                let rows: Vec<Value> = serde_json::from_str(&text).unwrap();
                let rows = rows
                    .into_iter()
                    .map(|row| row.as_object().unwrap().clone())
                    .collect();
                (name, rows)
            })
            .collect()
    }

    /// Per table, from HSDS 3.0's schema files (tag v3.0): the fields it requires
    /// (`required`, plus `tabular_required` since we write the tabular form), and the
    /// fields it defines at all; a row may carry no other.
    fn schema(file: &str) -> (&'static [&'static str], &'static [&'static str]) {
        match file {
            "organizations.json" => (
                &["id", "name", "description"],
                &[
                    "id",
                    "name",
                    "alternate_name",
                    "description",
                    "email",
                    "website",
                    "legal_status",
                    "logo",
                    "uri",
                    "parent_organization_id",
                ],
            ),
            "locations.json" => (
                &["id", "location_type"],
                &[
                    "id",
                    "location_type",
                    "url",
                    "organization_id",
                    "name",
                    "alternate_name",
                    "description",
                    "transportation",
                    "latitude",
                    "longitude",
                ],
            ),
            "services.json" => (
                &["id", "name", "status", "organization_id"],
                &[
                    "id",
                    "organization_id",
                    "program_id",
                    "name",
                    "alternate_name",
                    "description",
                    "url",
                    "email",
                    "status",
                    "interpretation_services",
                    "application_process",
                    "fees_description",
                    "eligibility_description",
                    "alert",
                    "last_modified",
                ],
            ),
            "service_at_location.json" => (
                &["id", "service_id", "location_id"],
                &["id", "service_id", "location_id", "description"],
            ),
            "schedules.json" => (
                &["id"],
                &[
                    "id",
                    "service_id",
                    "location_id",
                    "service_at_location_id",
                    "valid_from",
                    "valid_to",
                    "dtstart",
                    "timezone",
                    "until",
                    "count",
                    "wkst",
                    "freq",
                    "interval",
                    "byday",
                    "byweekno",
                    "bymonthday",
                    "byyearday",
                    "description",
                    "opens_at",
                    "closes_at",
                    "schedule_link",
                    "attending_type",
                    "notes",
                ],
            ),
            "languages.json" => (
                &["id"],
                &[
                    "id",
                    "service_id",
                    "location_id",
                    "phone_id",
                    "name",
                    "code",
                    "note",
                ],
            ),
            other => panic!("{other} is not an HSDS 3.0 table"),
        }
    }

    #[test]
    fn every_row_has_the_fields_its_hsds_schema_requires_and_no_other() {
        let tables = tables(&demo_listing(&demo_services()));
        assert_eq!(tables.len(), 6);
        for (file, rows) in &tables {
            assert!(!rows.is_empty(), "{file} is empty");
            let (required, known) = schema(file);
            for row in rows {
                for field in required {
                    let value = row.get(*field);
                    assert!(
                        value.is_some_and(|v| v.as_str().is_some_and(|s| !s.is_empty())),
                        "{file}: {field} missing in {row:?}"
                    );
                }
                for field in row.keys() {
                    assert!(
                        known.contains(&field.as_str()),
                        "{file}: {field} is not HSDS"
                    );
                }
            }
        }
        // The enumerations the schemas fix.
        assert!(
            tables["locations.json"]
                .iter()
                .all(|r| r["location_type"] == "physical")
        );
        assert!(
            tables["services.json"]
                .iter()
                .all(|r| r["status"] == "active")
        );
        assert!(
            tables["schedules.json"]
                .iter()
                .filter_map(|r| r.get("freq"))
                .all(|f| f == "WEEKLY")
        );
    }

    #[test]
    fn ids_are_uuids_unique_and_every_link_points_at_a_row() {
        let tables = tables(&demo_listing(&demo_services()));
        let ids = |file: &str| -> BTreeSet<String> {
            tables[file]
                .iter()
                .map(|r| r["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let mut all = BTreeSet::new();
        for (file, rows) in &tables {
            for row in rows {
                let id = row["id"].as_str().unwrap();
                let parsed = Uuid::parse_str(id).unwrap();
                assert_eq!(parsed.get_version_num(), 5, "{id}");
                assert_eq!(parsed.to_string(), id, "{id} is not in the canonical form");
                assert!(all.insert(id.to_owned()), "{file}: {id} is there twice");
            }
        }
        for (file, field, target) in [
            ("locations.json", "organization_id", "organizations.json"),
            ("services.json", "organization_id", "organizations.json"),
            ("service_at_location.json", "service_id", "services.json"),
            ("service_at_location.json", "location_id", "locations.json"),
            ("schedules.json", "service_id", "services.json"),
            ("languages.json", "service_id", "services.json"),
        ] {
            let targets = ids(target);
            for row in &tables[file] {
                assert!(
                    targets.contains(row[field].as_str().unwrap()),
                    "{file}: {field}"
                );
            }
        }
    }

    #[test]
    fn the_same_catalogue_gives_the_same_files_and_ids() {
        let services = demo_services();
        let first = files(&demo_listing(&services)).unwrap();
        let second = files(&demo_listing(&services)).unwrap();
        assert_eq!(first, second);
        // Pinned (Python's uuid.uuid5 gives the same): a change of namespace or of how names are made would give every listed
        // row a new id, and the directory would list the drop-in twice.
        let listing = demo_listing(&services);
        let shower = listing
            .services
            .iter()
            .find(|s| s.name == "Doccia")
            .unwrap();
        assert_eq!(shower.id, "9b185c5e-d349-5966-8de4-8ebe9fe49d37");
        // Another site's ids are its own.
        let translations = Translations::embedded().unwrap();
        let other = listing_of_site("lodi", &services, &translations);
        assert_ne!(other.services[0].id, listing.services[0].id);
        assert_ne!(other.organizations[0].id, listing.organizations[0].id);
    }

    fn listing_of_site(id: &str, services: &[Service], translations: &Translations) -> Listing {
        let site = Site {
            id,
            name: SITE.name,
        };
        listing(site, services, translations.lang("it"), &KIOSK_LANGUAGES)
    }

    /// What a directory that honours HSDS's rules shows for a service on a day: the rows
    /// valid that day whose weekly rule falls on it (and, for a one-off rule, on its
    /// `dtstart`), as `HH:MM-HH:MM`.
    fn hours_read_back(schedules: &[Schedule], service_id: &str, day: NaiveDate) -> Vec<String> {
        let on = day.format("%Y-%m-%d").to_string();
        let code = BYDAY[day.weekday().num_days_from_monday() as usize];
        let mut hours: Vec<String> = schedules
            .iter()
            .filter(|s| s.service_id == service_id)
            .filter(|s| s.valid_from.as_ref().is_none_or(|from| *from <= on))
            .filter(|s| s.valid_to.as_ref().is_none_or(|to| on <= *to))
            .filter(|s| s.freq == Some("WEEKLY"))
            .filter(|s| {
                s.byday
                    .as_ref()
                    .is_some_and(|d| d.split(',').any(|d| d == code))
            })
            .filter(|s| match (s.count, &s.dtstart) {
                (Some(1), Some(start)) => *start == on,
                (None, None) => true,
                other => panic!("a rule this reader does not know: {other:?}"),
            })
            .map(|s| {
                format!(
                    "{}-{}",
                    s.opens_at.as_ref().unwrap(),
                    s.closes_at.as_ref().unwrap()
                )
            })
            .collect();
        hours.sort();
        hours
    }

    #[test]
    fn a_reader_of_the_schedules_sees_the_catalogues_hours_on_every_day() {
        let services = demo_services();
        let listing = demo_listing(&services);
        let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        for service in &services {
            let id = uuid(&SITE, "service", &service.slug);
            // Four months across every holiday and special day of the demo catalogue.
            for day in first.iter_days().take(130) {
                let expected: Vec<String> = service
                    .ranges_on(day)
                    .iter()
                    .map(|r| r.to_string())
                    .collect();
                assert_eq!(
                    hours_read_back(&listing.schedules, &id, day),
                    expected,
                    "{} on {day}",
                    service.slug
                );
            }
        }
    }

    #[test]
    fn several_ranges_a_day_are_several_weekly_rows() {
        let mut service = crate::fixtures::service(1, "nurse", Mode::Slots);
        let range = |text: &str| TimeRange::parse(text).unwrap();
        for day in 0..5 {
            service.weekly.add(day, range("09:00-12:00"));
        }
        service.weekly.add(0, range("14:00-16:00"));
        let listing = demo_listing(&[service]);
        let rows: Vec<(&str, &str, &str)> = listing
            .schedules
            .iter()
            .map(|s| {
                (
                    s.byday.as_deref().unwrap(),
                    s.opens_at.as_deref().unwrap(),
                    s.closes_at.as_deref().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("MO,TU,WE,TH,FR", "09:00", "12:00"),
                ("MO", "14:00", "16:00")
            ]
        );
        assert!(
            listing
                .schedules
                .iter()
                .all(|s| s.valid_from.is_none() && s.valid_to.is_none())
        );
    }

    #[test]
    fn a_closed_day_is_a_closure_and_ends_the_weekly_rows() {
        let services = demo_services();
        let listing = demo_listing(&services);
        let christmas = "2026-12-25";
        for service in &listing.services {
            let rows: Vec<&Schedule> = listing
                .schedules
                .iter()
                .filter(|s| s.service_id == service.id)
                .collect();
            let closure = rows
                .iter()
                .find(|s| s.valid_from.as_deref() == Some(christmas))
                .unwrap_or_else(|| panic!("{} has no row for Christmas", service.name));
            assert_eq!(closure.valid_to.as_deref(), Some(christmas));
            assert_eq!(
                closure.description.as_deref(),
                Some("Chiuso in questo giorno")
            );
            assert_eq!((&closure.opens_at, &closure.freq), (&None, &None));
            // The weekly rows stop the day before and start again the day after.
            assert!(
                rows.iter()
                    .any(|s| s.freq.is_some() && s.valid_to.as_deref() == Some("2026-12-24"))
            );
        }
    }

    #[test]
    fn the_stretches_between_exceptions_skip_the_days_in_a_row() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let exceptions: BTreeMap<NaiveDate, DayHours> = [day(8), day(25), day(26)]
            .into_iter()
            .map(|d| (d, DayHours::Closed))
            .collect();
        assert_eq!(
            usual_periods(&exceptions),
            [
                (None, Some(day(7))),
                (Some(day(9)), Some(day(24))),
                (Some(day(27)), None)
            ]
        );
        assert_eq!(usual_periods(&BTreeMap::new()), [(None, None)]);
    }

    #[test]
    fn inactive_services_are_left_out_and_discreet_ones_listed() {
        let mut services = demo_services();
        let meal = services.iter_mut().find(|s| s.slug == "meal").unwrap();
        meal.active = false;
        let listing = demo_listing(&services);
        assert_eq!(listing.services.len(), services.len() - 1);
        let meal_id = uuid(&SITE, "service", "meal");
        let text: String = files(&listing)
            .unwrap()
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert!(!text.contains(&meal_id));
        assert!(!text.contains("Pasto"));
        // The HIV test and the safer-use kit are public services: listed, with their names.
        for slug in ["hiv-hcv-testing", "harm-reduction-kit"] {
            let service = services.iter().find(|s| s.slug == slug).unwrap();
            assert!(service.discreet);
            assert!(
                listing
                    .services
                    .iter()
                    .any(|s| s.id == uuid(&SITE, "service", slug))
            );
        }
    }

    #[test]
    fn names_descriptions_and_languages_are_in_italian() {
        let listing = demo_listing(&demo_services());
        let shower = listing
            .services
            .iter()
            .find(|s| s.id == uuid(&SITE, "service", "shower"))
            .unwrap();
        assert_eq!(shower.name, "Doccia");
        assert!(shower.description.starts_with("Una doccia calda"));
        let languages: Vec<(&str, &str)> = listing
            .languages
            .iter()
            .filter(|l| l.service_id == shower.id)
            .map(|l| (l.code.as_str(), l.name.as_str()))
            .collect();
        assert_eq!(languages.len(), 10);
        assert_eq!(languages[0], ("it", "italiano"));
        assert_eq!(languages[3], ("ar", "arabo"));
        assert_eq!(listing.organizations[0].name, "Sosta Cremona");
    }
}
