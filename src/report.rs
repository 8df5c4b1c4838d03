//! The funders' report: a period's counts (the `figure` rows of finished days) as tables a
//! coordinator can hand to the City and the Region, with small numbers never shown.
//!
//! Pure: figures and services in, a [`Report`] out; `cli/report.rs` writes it as CSV or
//! JSON.
//!
//! **Small numbers.** A count from 1 to k−1 could point at one person, so it is shown as
//! "<k" (primary suppression). Every table is a partition of its total, which a reader
//! knows (it is printed, or it is the same visits or bookings as in another table), so one
//! hidden cell could be recomputed as the total minus the others: more cells are hidden
//! (secondary suppression, the smallest first, printed "x") until no hidden cell can be
//! worked out from the sum and what a reader knows of how cells are hidden (see
//! [`disclosed`]). A total from 1 to k−1 is hidden too.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::app::Figure;
use crate::domain::{Question, Service, ServiceId};

/// A count as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// From 1 to k−1: printed "<5".
    Small,
    /// Hidden so that a small count cannot be worked out from the total: printed "x".
    Withheld,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// A stable key: a date, a weekday number (1 = Monday), an hour, a locale, a slug, a
    /// status.
    pub key: String,
    pub value: Shown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// `visits-by-day`, `visits-by-weekday`, `visits-by-hour`, `languages`, `bookings`,
    /// `outcomes:<slug>`, `items`.
    pub id: String,
    pub rows: Vec<Row>,
    pub total: Shown,
}

/// How long a queue service's visitors waited between taking a number and being served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waits {
    pub service: String,
    /// How many waits were measured (hidden below k, and then so are the minutes).
    pub count: Shown,
    pub median_minutes: Option<u64>,
    pub p90_minutes: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// k: the smallest count shown.
    pub min_cell: u64,
    pub tables: Vec<Table>,
    pub waits: Vec<Waits>,
}

/// The report of the finished days from `from` to `to` (both included). Every language,
/// hour and service has its row, zero or not: a zero is a cell like any other, and
/// hiding one is what keeps a table of small counts from adding up to its total.
pub fn build(
    figures: &[Figure],
    services: &[Service],
    locales: &[&str],
    from: NaiveDate,
    to: NaiveDate,
    min_cell: u64,
) -> Report {
    let figures: Vec<&Figure> = figures
        .iter()
        .filter(|f| (from..=to).contains(&f.day))
        .collect();
    let slug = |id: Option<ServiceId>| {
        services.iter().find(|s| Some(s.id) == id).map_or_else(
            || format!("service-{}", id.map_or(0, |i| i.0)),
            |s| s.slug.clone(),
        )
    };
    let sum = |kind: &str, key_of: &dyn Fn(&Figure) -> String| {
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for f in figures.iter().filter(|f| f.kind == kind) {
            *counts.entry(key_of(f)).or_insert(0) += f.value;
        }
        counts
    };

    let mut by_day: BTreeMap<String, u64> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .map(|d| (d.to_string(), 0))
        .collect();
    for (day, n) in sum("visits_hour", &|f| f.day.to_string()) {
        by_day.insert(day, n);
    }
    let mut by_weekday: BTreeMap<String, u64> = (1..=7).map(|d| (d.to_string(), 0)).collect();
    for (day, n) in sum("visits_hour", &|f| {
        f.day.weekday().number_from_monday().to_string()
    }) {
        by_weekday.insert(day, n);
    }
    let with_zeros = |keys: Vec<String>, counts: BTreeMap<String, u64>| {
        let mut all: BTreeMap<String, u64> = keys.into_iter().map(|k| (k, 0)).collect();
        all.extend(counts);
        all
    };
    let by_hour = with_zeros(
        (0..24).map(|h| format!("{h:02}")).collect(),
        sum("visits_hour", &|f| f.key.clone()),
    );
    let languages = with_zeros(
        locales.iter().map(|l| (*l).to_owned()).collect(),
        sum("language", &|f| f.key.clone()),
    );
    let booked = with_zeros(
        services.iter().map(|s| s.slug.clone()).collect(),
        sum("booked", &|f| slug(f.service)),
    );
    let items = sum("quantity", &|f| slug(f.service));

    let mut tables = vec![
        table("visits-by-day", by_day, min_cell),
        table("visits-by-weekday", by_weekday, min_cell),
        table("visits-by-hour", by_hour, min_cell),
        table("languages", languages, min_cell),
    ];
    let bookings = table("bookings", booked.clone(), min_cell);
    let mut outcome_tables = Vec::with_capacity(booked.len());
    for (service, n) in &booked {
        let outcomes: BTreeMap<String, u64> = ["served", "no_show", "cancelled"]
            .into_iter()
            .map(|kind| {
                let count = figures
                    .iter()
                    .filter(|f| f.kind == kind && slug(f.service) == *service)
                    .map(|f| f.value)
                    .sum();
                (kind.to_owned(), count)
            })
            .collect();
        let mut outcomes = partition(&format!("outcomes:{service}"), outcomes, *n, min_cell);
        // The outcomes add up to the service's bookings: published or hidden as there.
        outcomes.total = bookings
            .rows
            .iter()
            .find(|r| r.key == *service)
            .map_or(Shown::Withheld, |r| r.value);
        outcome_tables.push(outcomes);
    }
    tables.push(bookings);
    tables.extend(outcome_tables);
    // Items are not people, but few items still mean few people: hidden alike. They are
    // no partition of anything published, so hiding the total is enough to protect them.
    let items_total = items.values().sum();
    let items: Vec<Row> = items
        .into_iter()
        .map(|(key, n)| Row {
            key,
            value: primary(n, min_cell),
        })
        .collect();
    // The anonymous questions: each a partition of the period's visits, "none" counting
    // the visits that skipped it (or came while it was not asked). Left out while no
    // visit answered.
    let visits_total: u64 = figures
        .iter()
        .filter(|f| f.kind == "visits_hour")
        .map(|f| f.value)
        .sum();
    for question in Question::ALL {
        let counts = sum(question.as_str(), &|f| f.key.clone());
        if counts.is_empty() {
            continue;
        }
        let answers = question.answers();
        let mut all = with_zeros(answers.iter().map(|a| (*a).to_owned()).collect(), counts);
        let answered: u64 = all.values().sum();
        all.insert("none".to_owned(), visits_total.saturating_sub(answered));
        let mut table = partition(
            &question.as_str().replace('_', "-"),
            all,
            visits_total,
            min_cell,
        );
        // In the order the kiosk offers the answers, "not answered" last.
        table.rows.sort_by_key(|r| {
            answers
                .iter()
                .position(|a| *a == r.key)
                .unwrap_or(answers.len())
        });
        tables.push(table);
    }
    tables.push(Table {
        id: "items".to_owned(),
        total: if items.iter().any(|r| r.value == Shown::Small) {
            Shown::Withheld
        } else {
            Shown::Count(items_total)
        },
        rows: items,
    });

    let mut waits = Vec::new();
    let mut histograms: BTreeMap<String, Vec<(u64, u64)>> = BTreeMap::new();
    for f in figures.iter().filter(|f| f.kind == "wait") {
        if let Ok(minutes) = f.key.parse::<u64>() {
            histograms
                .entry(slug(f.service))
                .or_default()
                .push((minutes, f.value));
        }
    }
    for (service, mut histogram) in histograms {
        histogram.sort_unstable();
        let count: u64 = histogram.iter().map(|(_, n)| n).sum();
        let shown = count >= min_cell;
        waits.push(Waits {
            service,
            count: primary(count, min_cell),
            median_minutes: shown.then(|| quantile(&histogram, count, 50)),
            p90_minutes: shown.then(|| quantile(&histogram, count, 90)),
        });
    }
    Report {
        from,
        to,
        min_cell,
        tables,
        waits,
    }
}

/// The smallest value with at least `percent` % of the counts at or below it.
fn quantile(histogram: &[(u64, u64)], count: u64, percent: u64) -> u64 {
    let rank = (count * percent).div_ceil(100).max(1);
    let mut seen = 0;
    for (value, n) in histogram {
        seen += n;
        if seen >= rank {
            return *value;
        }
    }
    histogram.last().map_or(0, |(v, _)| *v)
}

fn primary(n: u64, k: u64) -> Shown {
    if (1..k).contains(&n) {
        Shown::Small
    } else {
        Shown::Count(n)
    }
}

fn table(id: &str, counts: BTreeMap<String, u64>, k: u64) -> Table {
    let total = counts.values().sum();
    partition(id, counts, total, k)
}

/// A table whose rows add up to `total`, with primary and secondary suppression. A table
/// that still discloses a cell with every cell hidden (every category counts exactly one)
/// is withheld whole: its rows would say so even as "<k".
fn partition(id: &str, counts: BTreeMap<String, u64>, total: u64, k: u64) -> Table {
    let values: Vec<u64> = counts.values().copied().collect();
    let hidden = suppress(&values, k);
    if disclosed(&values, &hidden, k) {
        return Table {
            id: id.to_owned(),
            rows: Vec::new(),
            total: Shown::Withheld,
        };
    }
    Table {
        id: id.to_owned(),
        rows: counts
            .into_keys()
            .zip(values.iter().zip(&hidden))
            .map(|(key, (n, hide))| Row {
                key,
                value: match hide {
                    Hide::No => Shown::Count(*n),
                    Hide::Small => Shown::Small,
                    Hide::Guard => Shown::Withheld,
                },
            })
            .collect(),
        total: primary(total, k),
    }
}

/// Why a cell is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hide {
    No,
    /// A count from 1 to k−1.
    Small,
    /// A larger count (or a zero) hidden so that the small ones cannot be worked out.
    Guard,
}

/// Which cells of a partition to hide: those from 1 to k−1, then, while a reader could
/// still work out a hidden cell, the smallest published one (zeros last).
pub fn suppress(values: &[u64], k: u64) -> Vec<Hide> {
    let mut hide: Vec<Hide> = values
        .iter()
        .map(|n| {
            if (1..k).contains(n) {
                Hide::Small
            } else {
                Hide::No
            }
        })
        .collect();
    if !hide.contains(&Hide::Small) {
        return hide;
    }
    while disclosed(values, &hide, k) {
        let next = (0..values.len())
            .filter(|i| hide[*i] == Hide::No)
            .min_by_key(|i| (values[*i] == 0, values[*i]));
        match next {
            Some(i) => hide[i] = Hide::Guard,
            None => break,
        }
    }
    hide
}

/// Whether a reader could work out a hidden cell of a partition. The reader knows the
/// published cells and the total, so the hidden cells' sum S; that a small cell is from 1
/// to k−1; and how guards are chosen: a guard is at least k and at most the smallest
/// published positive count, or, once no positive count is published, 0 or at least k. A
/// hidden cell is disclosed when only one of its possible values lets the other hidden
/// cells make up the rest of S.
pub fn disclosed(values: &[u64], hide: &[Hide], k: u64) -> bool {
    let hidden: Vec<usize> = (0..values.len()).filter(|i| hide[*i] != Hide::No).collect();
    if hidden.is_empty() {
        return false;
    }
    let sum = hidden.iter().map(|i| values[*i]).sum::<u64>() as usize;
    let smallest_published = (0..values.len())
        .filter(|i| hide[*i] == Hide::No && values[*i] > 0)
        .map(|i| values[i] as usize)
        .min();
    let k = k as usize;
    // Each kind of hidden cell as a set of values: a range, and perhaps 0.
    let domain = |kind: Hide| -> (bool, usize, usize) {
        match kind {
            Hide::Small => (false, 1, k - 1),
            _ => match smallest_published {
                Some(m) => (false, k, m),
                None => (true, k, sum),
            },
        }
    };
    for &cell in &hidden {
        // The sums the other hidden cells can make, from 0 to S.
        let mut reach = vec![false; sum + 1];
        reach[0] = true;
        for &other in hidden.iter().filter(|o| **o != cell) {
            let (zero, lo, hi) = domain(hide[other]);
            let mut prefix = vec![0usize; sum + 2];
            for t in 0..=sum {
                prefix[t + 1] = prefix[t] + usize::from(reach[t]);
            }
            reach = (0..=sum)
                .map(|t| {
                    let from = t.saturating_sub(hi);
                    let in_range = t >= lo && prefix[t - lo + 1] > prefix[from];
                    (zero && reach[t]) || in_range
                })
                .collect();
        }
        let (zero, lo, hi) = domain(hide[cell]);
        let possible = (0..=sum)
            .filter(|v| ((zero && *v == 0) || (lo..=hi).contains(v)) && reach[sum - v])
            .count();
        if possible <= 1 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::Mode;
    use crate::fixtures::service;

    const LOCALES: [&str; 3] = ["it", "en", "ar"];

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn figure(d: u32, kind: &str, service: i64, key: &str, value: u64) -> Figure {
        Figure {
            day: day(d),
            kind: kind.to_owned(),
            service: (service != 0).then_some(ServiceId(service)),
            key: key.to_owned(),
            value,
        }
    }

    /// The answers of 40 visits: a table per question asked, in the kiosk's order, "not
    /// answered" last, each a partition of the visits with its small numbers hidden.
    #[test]
    fn the_answers_are_tables_of_the_visits_with_not_answered_last() {
        let figures = vec![
            figure(2, "visits_hour", 0, "10", 40),
            figure(2, "housing", 0, "outside", 12),
            figure(2, "housing", 0, "shelter", 9),
            figure(2, "housing", 0, "home", 2),
            figure(2, "housing", 0, "declined", 7),
        ];
        let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
        let housing = report
            .tables
            .iter()
            .find(|t| t.id == "housing")
            .expect("a table for the question asked");
        assert!(
            report.tables.iter().all(|t| t.id != "age-band"),
            "no table for a question nobody answered"
        );
        let keys: Vec<&str> = housing.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            ["home", "friends", "shelter", "outside", "declined", "none"]
        );
        let value = |key: &str| housing.rows.iter().find(|r| r.key == key).unwrap().value;
        assert_eq!(value("outside"), Shown::Count(12));
        assert_eq!(value("home"), Shown::Small);
        assert_eq!(housing.total, Shown::Count(40));
        let values: Vec<u64> = [2, 0, 9, 12, 7, 10].to_vec();
        let hide: Vec<Hide> = housing
            .rows
            .iter()
            .map(|r| match r.value {
                Shown::Count(_) => Hide::No,
                Shown::Small => Hide::Small,
                Shown::Withheld => Hide::Guard,
            })
            .collect();
        assert!(
            !disclosed(&values, &hide, 5),
            "the hidden count of 2 cannot be worked out: {:?}",
            housing.rows
        );
    }

    fn services() -> Vec<Service> {
        vec![
            service(1, "shower", Mode::Slots),
            service(2, "meal", Mode::Queue),
        ]
    }

    fn table<'a>(report: &'a Report, id: &str) -> &'a Table {
        report.tables.iter().find(|t| t.id == id).unwrap()
    }

    fn value(table: &Table, key: &str) -> Shown {
        table.rows.iter().find(|r| r.key == key).unwrap().value
    }

    #[test]
    fn counts_below_k_are_hidden_and_one_hidden_cell_never_stands_alone() {
        // 40 Italian, 12 English, 3 Arabic visits: the 3 is hidden, and so is the 12 (the
        // smallest other), or 55 − 40 − 12 would give it away.
        let figures = vec![
            figure(2, "visits_hour", 0, "10", 55),
            figure(2, "language", 0, "it", 40),
            figure(2, "language", 0, "en", 12),
            figure(2, "language", 0, "ar", 3),
        ];
        let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
        let languages = table(&report, "languages");
        assert_eq!(value(languages, "ar"), Shown::Small);
        assert_eq!(value(languages, "en"), Shown::Withheld);
        assert_eq!(value(languages, "it"), Shown::Count(40));
        assert_eq!(languages.total, Shown::Count(55));
        let days = table(&report, "visits-by-day");
        assert_eq!(days.rows.len(), 30, "every day of the period has its row");
        assert_eq!(value(days, "2026-11-02"), Shown::Count(55));
        assert_eq!(
            value(table(&report, "visits-by-weekday"), "1"),
            Shown::Count(55)
        );
        assert_eq!(table(&report, "visits-by-hour").rows.len(), 24);
    }

    #[test]
    fn a_service_s_outcomes_add_up_to_its_bookings() {
        let figures = vec![
            figure(3, "booked", 1, "", 30),
            figure(3, "served", 1, "", 26),
            figure(3, "no_show", 1, "", 3),
            figure(3, "cancelled", 1, "", 1),
        ];
        let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
        assert_eq!(
            value(table(&report, "bookings"), "shower"),
            Shown::Count(30)
        );
        let outcomes = table(&report, "outcomes:shower");
        assert_eq!(outcomes.total, Shown::Count(30));
        // Two small cells hide each other: 3 + 1 could as well be 2 + 2 or 1 + 3.
        assert_eq!(value(outcomes, "no_show"), Shown::Small);
        assert_eq!(value(outcomes, "cancelled"), Shown::Small);
        assert_eq!(value(outcomes, "served"), Shown::Count(26));
    }

    #[test]
    fn waits_are_given_as_median_and_90th_percentile_only_from_k_waits() {
        let mut figures: Vec<Figure> = (1..=10)
            .map(|m| figure(4, "wait", 2, &(m * 10).to_string(), 1))
            .collect();
        let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
        assert_eq!(
            report.waits,
            [Waits {
                service: "meal".into(),
                count: Shown::Count(10),
                median_minutes: Some(50),
                p90_minutes: Some(90),
            }]
        );
        figures.truncate(4);
        let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
        assert_eq!(report.waits[0].count, Shown::Small);
        assert_eq!(report.waits[0].median_minutes, None);
    }

    #[test]
    fn a_table_of_ones_is_withheld() {
        // Six visitors in six languages, one each, no zero to hide among them: even as
        // "<5" the table would say each came alone, since the six visits are published.
        let locales = ["it", "en", "ar", "uk", "ro", "fr"];
        let mut figures = vec![figure(2, "visits_hour", 0, "10", 6)];
        for lang in locales {
            figures.push(figure(2, "language", 0, lang, 1));
        }
        let report = build(&figures, &services(), &locales, day(1), day(30), 5);
        assert_eq!(table(&report, "visits-by-day").total, Shown::Count(6));
        let languages = table(&report, "languages");
        assert!(languages.rows.is_empty());
        assert_eq!(languages.total, Shown::Withheld);
    }

    /// The true counts behind each published table of a synthetic month.
    fn truth(figures: &[Figure], report: &Report) -> Vec<(String, Vec<u64>, Vec<Hide>)> {
        let services = services();
        report
            .tables
            .iter()
            .filter(|t| t.id != "items")
            .map(|t| {
                let actual = |key: &str| -> u64 {
                    let matches = |f: &&Figure| match t.id.as_str() {
                        "visits-by-day" => f.kind == "visits_hour" && f.day.to_string() == key,
                        "visits-by-weekday" => {
                            f.kind == "visits_hour"
                                && f.day.weekday().number_from_monday().to_string() == key
                        }
                        "visits-by-hour" => f.kind == "visits_hour" && f.key == key,
                        "languages" => f.kind == "language" && f.key == key,
                        "bookings" => {
                            f.kind == "booked"
                                && services
                                    .iter()
                                    .any(|s| Some(s.id) == f.service && s.slug == key)
                        }
                        id => {
                            let slug = id.trim_start_matches("outcomes:");
                            f.kind == key
                                && services
                                    .iter()
                                    .any(|s| Some(s.id) == f.service && s.slug == slug)
                        }
                    };
                    figures.iter().filter(matches).map(|f| f.value).sum()
                };
                let values = t.rows.iter().map(|r| actual(&r.key)).collect();
                let hidden = t
                    .rows
                    .iter()
                    .map(|r| match r.value {
                        Shown::Count(_) => Hide::No,
                        Shown::Small => Hide::Small,
                        Shown::Withheld => Hide::Guard,
                    })
                    .collect();
                (t.id.clone(), values, hidden)
            })
            .collect()
    }

    fn month() -> impl Strategy<Value = Vec<Figure>> {
        // Each day: visits in up to three hours, spread over three languages; bookings of
        // two services with their outcomes. Small numbers on purpose.
        proptest::collection::vec(
            (
                1u32..=30,
                0u64..12,
                0u64..12,
                0u64..6,
                0u64..8,
                0u64..4,
                0u64..3,
            ),
            1..12,
        )
        .prop_map(|days| {
            let mut figures = Vec::new();
            for (d, morning, afternoon, arabic, served, no_show, cancelled) in days {
                let visits = morning + afternoon;
                let mut push = |kind: &str, service: i64, key: &str, value: u64| {
                    if value > 0 {
                        figures.push(figure(d, kind, service, key, value));
                    }
                };
                push("visits_hour", 0, "09", morning);
                push("visits_hour", 0, "14", afternoon);
                let arabic = arabic.min(visits);
                push("language", 0, "ar", arabic);
                push("language", 0, "it", (visits - arabic) / 2);
                push("language", 0, "en", visits - arabic - (visits - arabic) / 2);
                let service = 1 + i64::from(d % 2);
                push("booked", service, "", served + no_show + cancelled);
                push("served", service, "", served);
                push("no_show", service, "", no_show);
                push("cancelled", service, "", cancelled);
            }
            // One day can appear twice in the list: merge, as the store's keys would.
            let mut merged: BTreeMap<(NaiveDate, String, Option<ServiceId>, String), u64> =
                BTreeMap::new();
            for f in figures {
                *merged.entry((f.day, f.kind, f.service, f.key)).or_insert(0) += f.value;
            }
            merged
                .into_iter()
                .map(|((day, kind, service, key), value)| Figure {
                    day,
                    kind,
                    service,
                    key,
                    value,
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// No published count is from 1 to k−1, and no hidden count can be worked out from
        /// the published ones: in every table, the hidden cells are none, or several whose
        /// values the known sum does not pin down.
        #[test]
        fn no_suppressed_value_can_be_recomputed(figures in month()) {
            let report = build(&figures, &services(), &LOCALES, day(1), day(30), 5);
            for table in &report.tables {
                for row in &table.rows {
                    if let Shown::Count(n) = row.value {
                        prop_assert!(n == 0 || n >= 5, "{} {} = {n}", table.id, row.key);
                    }
                }
            }
            for (id, values, hidden) in truth(&figures, &report) {
                prop_assert!(!disclosed(&values, &hidden, 5), "{id}: {values:?} hidden {hidden:?}");
                let hidden_count = hidden.iter().filter(|h| **h != Hide::No).count();
                prop_assert!(hidden_count != 1, "{id}: one hidden cell is its total minus the rest");
            }
        }
    }
}
