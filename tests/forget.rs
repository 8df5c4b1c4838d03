//! Forgetting: a finished day becomes counts, its times are coarsened to the quarter hour,
//! and after the retention period its visits and bookings are gone (also from the file's
//! free pages) while the counts stay the same. The audit log goes after its own period.

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use sosta::app::{Actor, App, BookingRequest, DataDir, Figure};
use sosta::domain::ServiceId;
use sosta::domain::booking::Wanted;

const ROME: chrono_tz::Tz = chrono_tz::Europe::Rome;

fn at(day: u32, h: u32, m: u32, s: u32) -> DateTime<Utc> {
    ROME.with_ymd_and_hms(2026, 11, day, h, m, s)
        .unwrap()
        .with_timezone(&Utc)
}

fn wednesday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn open(dir: &std::path::Path) -> App {
    App::open(
        DataDir::resolve(Some(dir.to_path_buf())).unwrap(),
        &["it", "en", "uk", "ar"],
    )
    .unwrap()
}

fn desk() -> Actor {
    Actor {
        staff: None,
        station: "test".into(),
        desk: None,
    }
}

fn service(app: &App, slug: &str) -> ServiceId {
    app.service_by_slug(slug).unwrap().unwrap().id
}

/// Wednesday at the drop-in: three visitors, a meal served after a wait, a shower served,
/// a laundry cancelled and a shower never collected. Returns the short codes.
fn a_day(app: &mut App) -> Vec<String> {
    let mut codes = Vec::new();
    let mut book = |app: &mut App, lang: &str, slug: &str, when: DateTime<Utc>| {
        let request = BookingRequest {
            service: service(app, slug),
            wanted: Wanted::Next,
            quantity: 1,
        };
        let (visit, bookings) = app.book(lang, &[request], when).unwrap();
        codes.push(visit.short_code.to_string());
        bookings.into_iter().next().unwrap()
    };
    let meal = book(app, "uk", "meal", at(25, 9, 7, 13));
    let shower = book(app, "en", "shower", at(25, 9, 31, 40));
    let laundry = book(app, "en", "laundry", at(25, 10, 2, 5));
    book(app, "ar", "shower", at(25, 10, 48, 59));
    // The meal is served 23 minutes after its number was taken.
    assert!(app.serve(&desk(), &meal, 1, at(25, 9, 30, 13)).unwrap());
    assert!(app.serve(&desk(), &shower, 1, at(25, 10, 0, 0)).unwrap());
    assert!(app.cancel(&desk(), &laundry, at(25, 10, 5, 0)).unwrap());
    codes
}

fn figure(figures: &[Figure], kind: &str, service: Option<ServiceId>, key: &str) -> u64 {
    figures
        .iter()
        .filter(|f| f.kind == kind && f.service == service && f.key == key)
        .map(|f| f.value)
        .sum()
}

fn count(dir: &std::path::Path, sql: &str) -> i64 {
    let db = rusqlite::Connection::open(dir.join("sosta.db")).unwrap();
    db.query_row(sql, [], |row| row.get(0)).unwrap()
}

#[test]
fn a_finished_day_becomes_counts_and_its_rows_go_after_the_retention_period() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    let codes = a_day(&mut app);
    let (meal, shower, laundry) = (
        service(&app, "meal"),
        service(&app, "shower"),
        service(&app, "laundry"),
    );

    // Still Wednesday: nothing is counted or changed yet.
    let done = app.forget(at(25, 18, 0, 0)).unwrap();
    assert_eq!(done.days_counted, 0);
    assert!(app.figures(wednesday(), wednesday()).unwrap().is_empty());

    // Thursday morning: Wednesday is counted, its rows stay, their times are coarsened.
    let done = app.forget(at(26, 8, 0, 0)).unwrap();
    assert_eq!((done.days_counted, done.visits_deleted), (1, 0));
    let figures = app.figures(wednesday(), wednesday()).unwrap();
    assert_eq!(figure(&figures, "language", None, "en"), 2);
    assert_eq!(figure(&figures, "language", None, "uk"), 1);
    assert_eq!(figure(&figures, "language", None, "ar"), 1);
    assert_eq!(figure(&figures, "visits_hour", None, "09"), 2);
    assert_eq!(figure(&figures, "visits_hour", None, "10"), 2);
    assert_eq!(figure(&figures, "booked", Some(shower), ""), 2);
    assert_eq!(figure(&figures, "served", Some(shower), ""), 1);
    assert_eq!(
        figure(&figures, "no_show", Some(shower), ""),
        1,
        "a shower never collected is a no-show once the day is over"
    );
    assert_eq!(figure(&figures, "cancelled", Some(laundry), ""), 1);
    assert_eq!(figure(&figures, "served", Some(meal), ""), 1);
    assert_eq!(figure(&figures, "quantity", Some(meal), ""), 1);
    assert_eq!(figure(&figures, "wait", Some(meal), "23"), 1);
    assert_eq!(count(dir.path(), "SELECT count(*) FROM visit"), 4);
    assert_eq!(
        count(
            dir.path(),
            "SELECT count(*) FROM visit WHERE created_at % 900 != 0"
        ),
        0
    );
    assert_eq!(
        count(
            dir.path(),
            "SELECT count(*) FROM booking WHERE created_at % 900 != 0 OR served_at % 900 != 0"
        ),
        0
    );
    // Counting again changes nothing.
    assert_eq!(app.forget(at(27, 8, 0, 0)).unwrap().days_counted, 0);
    assert_eq!(app.figures(wednesday(), wednesday()).unwrap(), figures);

    // 90 days later the visits and bookings are gone; the counts are the same; the audit
    // log of the serves is kept for its own, longer period.
    let later = at(25, 9, 0, 0) + Duration::days(91);
    let done = app.forget(later).unwrap();
    assert_eq!((done.visits_deleted, done.bookings_deleted), (4, 4));
    assert_eq!(done.audit_deleted, 0);
    assert_eq!(app.figures(wednesday(), wednesday()).unwrap(), figures);
    assert_eq!(count(dir.path(), "SELECT count(*) FROM booking"), 0);
    assert!(
        count(
            dir.path(),
            "SELECT count(*) FROM audit WHERE day = '2026-11-25'"
        ) >= 3
    );
    assert_eq!(
        count(
            dir.path(),
            "SELECT count(*) FROM audit WHERE booking_id IS NOT NULL"
        ),
        0
    );

    let much_later = at(25, 9, 0, 0) + Duration::days(366);
    assert!(app.forget(much_later).unwrap().audit_deleted >= 3);
    assert_eq!(app.figures(wednesday(), wednesday()).unwrap(), figures);

    // Deleted rows are overwritten in the file, not left in its free pages.
    drop(app);
    let bytes = std::fs::read(dir.path().join("sosta.db")).unwrap();
    for code in codes {
        let raw: String = code.chars().filter(|c| *c != '-').collect();
        for needle in [code.as_bytes(), raw.as_bytes()] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{code} is still readable in the database file"
            );
        }
    }
}

#[test]
fn the_retention_periods_come_from_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sosta.toml"),
        "[privacy]\nretention_days = 7\naudit_retention_days = 30\n",
    )
    .unwrap();
    let mut app = open(dir.path());
    a_day(&mut app);
    assert_eq!(
        app.forget(at(25, 9, 0, 0) + Duration::days(7))
            .unwrap()
            .visits_deleted,
        0
    );
    let done = app.forget(at(25, 9, 0, 0) + Duration::days(8)).unwrap();
    assert_eq!(done.visits_deleted, 4);
    assert_eq!(done.audit_deleted, 0);
    assert!(
        app.forget(at(25, 9, 0, 0) + Duration::days(31))
            .unwrap()
            .audit_deleted
            >= 3
    );
}

/// The kiosk forgets by itself: at start-up (its first tick) and again each new day.
#[test]
fn a_running_kiosk_forgets_at_start_and_each_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    a_day(&mut app);
    let clock = sosta::screenshot::ManualClock(Rc::new(Cell::new(at(26, 8, 0, 0))));
    let translations = Rc::new(sosta::i18n::Translations::embedded().unwrap());
    let mut kiosk = sosta::kiosk::KioskController::new(app, translations, Rc::new(clock.clone()));
    kiosk.tick();
    let figures = kiosk.app().figures(wednesday(), wednesday()).unwrap();
    assert_eq!(figure(&figures, "language", None, "en"), 2);
    assert_eq!(count(dir.path(), "SELECT count(*) FROM visit"), 4);

    clock.0.set(at(25, 9, 0, 0) + Duration::days(91));
    kiosk.tick();
    assert_eq!(count(dir.path(), "SELECT count(*) FROM visit"), 0);
    assert_eq!(
        kiosk.app().figures(wednesday(), wednesday()).unwrap(),
        figures
    );
}

/// The anonymous answers count once their day is over, then leave the visit: nothing ties
/// an answer to a slip or its bookings for the months the visit is kept.
#[test]
fn a_counted_day_keeps_its_answers_as_counts_only() {
    use sosta::domain::Question;
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    let request = BookingRequest {
        service: service(&app, "meal"),
        wanted: Wanted::Next,
        quantity: 1,
    };
    let answers = [
        (Question::Housing, "outside"),
        (Question::FirstVisit, "declined"),
    ];
    app.book_at_kiosk("ar", &answers, &[request], at(25, 9, 7, 13))
        .unwrap();
    let answered = "SELECT count(*) FROM visit WHERE housing IS NOT NULL OR first_time IS NOT NULL";
    assert_eq!(
        count(dir.path(), answered),
        1,
        "kept on the visit during the day"
    );
    app.forget(at(26, 8, 0, 0)).unwrap();
    assert_eq!(count(dir.path(), answered), 0, "cleared once counted");
    assert_eq!(
        count(dir.path(), "SELECT count(*) FROM visit"),
        1,
        "the visit stays"
    );
    let figures = app.figures(wednesday(), wednesday()).unwrap();
    assert_eq!(figure(&figures, "housing", None, "outside"), 1);
    assert_eq!(figure(&figures, "first_visit", None, "declined"), 1);
}
