//! The booking core's speed: availability of a whole day, a durable booking, token
//! verification, a scan verdict against a database of 100,000 bookings, and the funders'
//! report over a year.
//!
//! Run with `cargo bench --bench core`; criterion prints the median of each.

use std::hint::black_box;
use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use sosta::app::{App, DataDir};
use sosta::domain::availability::day_availability;
use sosta::domain::booking::Wanted;
use sosta::domain::{Mode, TimeRange, WeeklyHours, local_date};
use sosta::store::{BookingRequest, NewVisit, ServiceDef, Store};
use sosta::token::{Keyring, parse_scan};

const ROME: chrono_tz::Tz = chrono_tz::Europe::Rome;

fn at(h: u32, m: u32) -> DateTime<Utc> {
    ROME.with_ymd_and_hms(2026, 11, 25, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn open_app(dir: &Path) -> App {
    App::open(
        DataDir::resolve(Some(dir.to_path_buf())).unwrap(),
        &["it", "en"],
    )
    .unwrap()
}

fn availability(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_app(dir.path());
    // A busy morning: some places taken in every service.
    for slug in [
        "shower",
        "laundry",
        "meal",
        "nurse",
        "phone-charging",
        "harm-reduction-kit",
    ] {
        let service = app.service_by_slug(slug).unwrap().unwrap();
        for _ in 0..3 {
            let request = BookingRequest {
                service: service.id,
                wanted: Wanted::Next,
                quantity: 1,
            };
            let _ = app.book("it", &[request], at(8, 0));
        }
    }
    let now = at(9, 0);
    let day = local_date(now, ROME);
    let services = app.store.services().unwrap();
    let bookings: Vec<_> = services
        .iter()
        .map(|s| app.store.day_bookings(s.id, day).unwrap())
        .collect();
    c.bench_function("availability/full_day_catalogue_pure", |b| {
        b.iter(|| {
            for (service, day_bookings) in services.iter().zip(&bookings) {
                black_box(day_availability(
                    service,
                    day,
                    day_bookings,
                    &app.config.rules,
                    ROME,
                    now,
                ));
            }
        })
    });
    c.bench_function("availability/full_day_catalogue_from_db", |b| {
        b.iter(|| black_box(app.today(now).unwrap()))
    });
}

fn durable_booking(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("sosta.db")).unwrap();
    let mut weekly = WeeklyHours::default();
    for day in 0..7 {
        weekly.add(day, TimeRange::parse("00:00-23:59").unwrap());
    }
    // A queue with room for every iteration criterion runs.
    store
        .seed(&[ServiceDef {
            slug: "kit".into(),
            icon: "first-aid-kit".into(),
            desk: "reception".into(),
            mode: Mode::Queue,
            slot_minutes: 30,
            capacity: 10_000_000,
            per_visit_limit: 1,
            minutes_per_person: 1,
            discreet: false,
            weekly,
            exceptions: Default::default(),
        }])
        .unwrap();
    let service = store.services().unwrap()[0].id;
    let visit = NewVisit {
        kiosk: "bench".into(),
        lang: "it".into(),
        answers: Vec::new(),
    };
    let rules = sosta::domain::BookingRules::default();
    let mut group = c.benchmark_group("booking");
    group.sample_size(30);
    group.bench_function("durable_visit_with_one_booking", |b| {
        b.iter(|| {
            let request = BookingRequest {
                service,
                wanted: Wanted::Next,
                quantity: 1,
            };
            black_box(
                store
                    .book_visit(&visit, &[request], &rules, ROME, at(10, 0))
                    .unwrap(),
            )
        })
    });
    group.finish();
}

fn token(c: &mut Criterion) {
    let keys = Keyring::generate(1).unwrap();
    let payload = keys
        .sign(
            sosta::domain::VisitId(0x0123_4567_89ab_cdef),
            at(10, 0).date_naive(),
        )
        .unwrap();
    c.bench_function("token/parse_and_verify", |b| {
        b.iter(|| {
            let sosta::token::Scanned::Payload(token) = parse_scan(black_box(&payload)).unwrap()
            else {
                unreachable!("a payload parses as a payload")
            };
            black_box(keys.verify(&token).unwrap())
        })
    });
}

fn scan_with_100k_bookings(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open_app(dir.path());
    let shower = app.service_by_slug("shower").unwrap().unwrap();
    let request = BookingRequest {
        service: shower.id,
        wanted: Wanted::Next,
        quantity: 1,
    };
    let (visit, _) = app.book("it", &[request], at(8, 0)).unwrap();
    let payload = app.payload(&visit).unwrap();
    // A year of history, written straight into the file: booking 100,000 visits through
    // durable commits one by one would take minutes and measure nothing new.
    {
        let conn = rusqlite::Connection::open(dir.path().join("sosta.db")).unwrap();
        conn.execute_batch("PRAGMA synchronous = OFF; BEGIN")
            .unwrap();
        let mut visit_stmt = conn
            .prepare("INSERT INTO visit (public_id, short_code, issued_on, created_at, kiosk, lang) VALUES (?1, ?2, '2026-01-01', 0, 'k', 'it')")
            .unwrap();
        let mut booking_stmt = conn
            .prepare("INSERT INTO booking (visit_id, service_id, day, slot_start, slot_end, quantity, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 1, 'served', 0)")
            .unwrap();
        for i in 0..100_000i64 {
            // Distinct codes: the index written in base 31.
            let mut data = [0u8; 7];
            let mut rest = i as u64;
            for digit in data.iter_mut() {
                *digit = (rest % 31) as u8;
                rest /= 31;
            }
            let code = sosta::token::ShortCode::from_data(data).unwrap();
            visit_stmt
                .execute(rusqlite::params![i * 7919 + 13, code.as_str()])
                .unwrap();
            let row = conn.last_insert_rowid();
            let day = format!("2026-{:02}-{:02}", 1 + (i % 12), 1 + (i % 28));
            booking_stmt
                .execute(rusqlite::params![
                    row,
                    shower.id.0,
                    day,
                    1_767_225_600 + i * 600,
                    1_767_226_800 + i * 600
                ])
                .unwrap();
        }
        drop(visit_stmt);
        drop(booking_stmt);
        conn.execute_batch("COMMIT").unwrap();
    }
    assert!(app.store.count_bookings().unwrap() > 100_000);
    c.bench_function("scan/verdict_with_100k_bookings", |b| {
        b.iter(|| {
            let outcome = app
                .scan(black_box(&payload), Some(shower.id), None, at(8, 50))
                .unwrap();
            assert_eq!(outcome.verdict, sosta::domain::Verdict::Valid);
        })
    });
    // The staff station's own path: the scanner's keystrokes, Enter, the verdict.
    let translations = std::rc::Rc::new(sosta::i18n::Translations::embedded().unwrap());
    let mut desk_app = open_app(dir.path());
    let name = sosta::accounts::validate_name("Bench").unwrap();
    let pin = sosta::accounts::validate_pin("482957").unwrap();
    let member = sosta::accounts::add_staff(
        &mut desk_app,
        &name,
        sosta::store::Role::Staff,
        &pin,
        None,
        "bench",
        at(8, 0),
    )
    .unwrap();
    let clock = sosta::screenshot::ManualClock(std::rc::Rc::new(std::cell::Cell::new(at(8, 50))));
    let mut station = sosta::staff::StationController::new(
        desk_app,
        translations,
        std::rc::Rc::new(clock),
        Some(shower.clone()),
    );
    station.choose_staff(member.id.0 as i32);
    for digit in "482957".chars() {
        station.pin_key(&digit.to_string());
    }
    station.pin_key("ok");
    assert!(station.staff().is_some(), "the bench station is logged in");
    let keystrokes = format!("{payload}\n");
    c.bench_function("station/keystrokes_to_verdict_with_100k_bookings", |b| {
        b.iter(|| station.key(black_box(&keystrokes), false))
    });
    c.bench_function("scan/short_code_with_100k_bookings", |b| {
        let code = visit.short_code.to_string();
        b.iter(|| {
            black_box(
                app.scan(black_box(&code), Some(shower.id), None, at(8, 50))
                    .unwrap(),
            )
        })
    });
}

/// The funders' report over a year of counts: about 55,000 visits (175 a day), eleven
/// services, ten languages, with the quiet days' small numbers to hide.
fn report_of_a_year(c: &mut Criterion) {
    use sosta::app::Figure;
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(dir.path());
    let services = app.services().unwrap();
    let locales = ["it", "ro", "pa", "ar", "sq", "en", "fr", "ur", "uk", "es"];
    let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut figures = Vec::new();
    for (d, day) in first.iter_days().take(365).enumerate() {
        let mut push =
            |kind: &str, service: Option<sosta::domain::ServiceId>, key: String, value: u64| {
                figures.push(Figure {
                    day,
                    kind: kind.to_owned(),
                    service,
                    key,
                    value,
                });
            };
        // Sundays are quiet: a handful of visits, the small numbers a report must hide.
        let visits = if d % 7 == 3 { 3 } else { 175 };
        for hour in 9..16 {
            push(
                "visits_hour",
                None,
                format!("{hour:02}"),
                visits / 7 + u64::from(hour == 9) * (visits % 7),
            );
        }
        for (i, lang) in locales.iter().enumerate() {
            let share = if i == 0 {
                visits - visits / 10 * 9
            } else {
                visits / 10
            };
            push("language", None, (*lang).to_owned(), share);
        }
        // Two in three visitors answer the questions.
        for (kind, answers) in [
            (
                "age_band",
                &["under-25", "25-39", "40-59", "60-plus", "declined"][..],
            ),
            (
                "housing",
                &["home", "friends", "shelter", "outside", "declined"][..],
            ),
            ("first_visit", &["yes", "no"][..]),
        ] {
            let answered = visits * 2 / 3;
            for (i, answer) in answers.iter().enumerate() {
                let share = answered / answers.len() as u64
                    + u64::from(i == 0) * (answered % answers.len() as u64);
                push(kind, None, (*answer).to_owned(), share);
            }
        }
        for (i, service) in services.iter().enumerate() {
            let booked = (visits / 4 + i as u64) % 40;
            push("booked", Some(service.id), String::new(), booked);
            push("served", Some(service.id), String::new(), booked * 4 / 5);
            push(
                "no_show",
                Some(service.id),
                String::new(),
                booked - booked * 4 / 5,
            );
            push(
                "wait",
                Some(service.id),
                (10 + i).to_string(),
                booked * 4 / 5,
            );
        }
    }
    let last = first + chrono::Duration::days(364);
    c.bench_function("report over a year (55,000 visits)", |b| {
        b.iter(|| {
            black_box(sosta::report::build(
                black_box(&figures),
                &services,
                &locales,
                first,
                last,
                5,
            ))
        })
    });
    // The same year as the PDF a coordinator prints: the report, its words, its pages.
    let translations = sosta::i18n::Translations::embedded().unwrap();
    let mut group = c.benchmark_group("report pdf");
    group.sample_size(10);
    group.bench_function("a year (55,000 visits), Italian", |b| {
        b.iter(|| {
            let report =
                sosta::report::build(black_box(&figures), &services, &locales, first, last, 5);
            black_box(sosta::report_pdf::render(&report, translations.lang("it"), "Sosta").unwrap())
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    token,
    availability,
    durable_booking,
    scan_with_100k_bookings,
    report_of_a_year
);
criterion_main!(benches);
