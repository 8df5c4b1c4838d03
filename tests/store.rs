//! The store on a real database file: capacity under any sequence of operations, the
//! schema's version guard, and damaged files that are reported and left alone.

mod common;

use std::path::Path;

use common::Sosta;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use sosta::domain::booking::Wanted;
use sosta::domain::{BookingRules, Status};
use sosta::store::{BookError, BookingRequest, Durability, NewVisit, Store, StoreError};

const ROME: chrono_tz::Tz = chrono_tz::Europe::Rome;

fn morning() -> DateTime<Utc> {
    ROME.with_ymd_and_hms(2026, 11, 25, 8, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn seeded(site: &Sosta) -> Store {
    seeded_with(site, Durability::Full)
}

fn seeded_with(site: &Sosta, durability: Durability) -> Store {
    let mut store = Store::open_at(&site.location(), durability).unwrap();
    let catalogue =
        sosta::catalogue::parse(Path::new("services.toml"), sosta::catalogue::DEFAULT_TEXT)
            .unwrap();
    assert!(store.seed(&catalogue).unwrap());
    assert!(
        !store.seed(&catalogue).unwrap(),
        "a seeded catalogue is left alone"
    );
    store
}

fn visit() -> NewVisit {
    NewVisit {
        kiosk: "test".into(),
        lang: "it".into(),
        answers: Vec::new(),
    }
}

#[derive(Clone, Debug)]
enum Op {
    Book(u8),
    Cancel(usize),
    Serve(usize),
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn capacity_is_never_exceeded_in_the_database(ops in proptest::collection::vec(
        prop_oneof![
            (0u8..9).prop_map(Op::Book),
            (0usize..40).prop_map(Op::Cancel),
            (0usize..40).prop_map(Op::Serve),
        ],
        1..40,
    )) {
        let site = Sosta::new();
        let mut store = seeded(&site);
        let shower = store.services().unwrap().into_iter().find(|s| s.slug == "shower").unwrap();
        let rules = BookingRules::default();
        let now = morning();
        let slots = sosta::domain::slots_on(&shower, now.with_timezone(&ROME).date_naive(), ROME);
        let mut made = Vec::new();
        for op in ops {
            match op {
                Op::Book(i) => {
                    let request = BookingRequest {
                        service: shower.id,
                        wanted: Wanted::At(slots[usize::from(i)].start),
                        quantity: 1,
                    };
                    match store.book_visit(&visit(), &[request], &rules, ROME, now) {
                        Ok((_, bookings)) => made.extend(bookings),
                        Err(BookError::Refused { .. }) => {}
                        Err(e) => return Err(TestCaseError::fail(format!("store failed: {e}"))),
                    }
                }
                Op::Cancel(i) => if let Some(b) = made.get(i) { store.cancel(b.id, now).unwrap(); },
                Op::Serve(i) => if let Some(b) = made.get(i) { store.serve_quantity(b.id, 1, now).unwrap(); },
            }
            let day = store.day_bookings(shower.id, now.with_timezone(&ROME).date_naive()).unwrap();
            for slot in &slots {
                let held = day.iter().filter(|b| b.slot.start == slot.start && b.status != Status::Cancelled).count();
                prop_assert!(held as u32 <= shower.capacity);
            }
        }
    }
}

#[test]
fn a_booking_is_served_exactly_once() {
    let site = Sosta::new();
    let mut store = seeded(&site);
    let shower = store
        .services()
        .unwrap()
        .into_iter()
        .find(|s| s.slug == "shower")
        .unwrap();
    let request = BookingRequest {
        service: shower.id,
        wanted: Wanted::Next,
        quantity: 1,
    };
    let (_, bookings) = store
        .book_visit(
            &visit(),
            &[request],
            &BookingRules::default(),
            ROME,
            morning(),
        )
        .unwrap();
    assert!(store.serve_quantity(bookings[0].id, 1, morning()).unwrap());
    assert!(!store.serve_quantity(bookings[0].id, 1, morning()).unwrap());
    assert!(
        !store.cancel(bookings[0].id, morning()).unwrap(),
        "a served booking stays served"
    );
}

/// A throw-away database (a screenshot's demo day) keeps its journal in memory: a refused
/// visit must still roll back whole, as in a real data folder.
#[test]
fn a_visit_books_all_or_nothing() {
    for durability in [Durability::Full, Durability::ThrowAway] {
        books_all_or_nothing(durability);
    }
}

fn books_all_or_nothing(durability: Durability) {
    let site = Sosta::new();
    let mut store = seeded_with(&site, durability);
    let services = store.services().unwrap();
    let id = |slug: &str| services.iter().find(|s| s.slug == slug).unwrap().id;
    let requests = [
        BookingRequest {
            service: id("shower"),
            wanted: Wanted::Next,
            quantity: 1,
        },
        // The laundry's first slot overlaps the shower's: the whole visit is refused.
        BookingRequest {
            service: id("laundry"),
            wanted: Wanted::Next,
            quantity: 1,
        },
    ];
    let result = store.book_visit(
        &visit(),
        &requests,
        &BookingRules::default(),
        ROME,
        morning(),
    );
    assert!(
        matches!(result, Err(BookError::Refused { .. })),
        "{result:?}"
    );
    assert_eq!(
        store.count_bookings().unwrap(),
        0,
        "nothing of the refused visit is stored ({durability:?})"
    );
}

/// SQLite's journal; on PostgreSQL, surviving a power cut is the server's configuration.
#[cfg(not(feature = "pg-tests"))]
#[test]
fn a_real_data_folder_survives_a_power_cut_after_a_commit() {
    let site = Sosta::new();
    let _store = seeded(&site);
    let db = rusqlite::Connection::open(site.database()).unwrap();
    let mode: String = db
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_newer_schema_is_refused_not_downgraded() {
    let site = Sosta::new();
    drop(seeded(&site));
    match &site.pg {
        Some(db) => {
            db.client()
                .batch_execute("UPDATE sosta_schema SET version = 99")
                .unwrap();
        }
        None => {
            let conn = rusqlite::Connection::open(site.database()).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
    }
    match Store::open_at(&site.location(), Durability::Full) {
        Err(StoreError::NewerSchema { found: 99, .. }) => {}
        Err(other) => panic!("expected NewerSchema, got {other}"),
        Ok(_) => panic!("expected NewerSchema, got a store"),
    }
}

/// A damaged SQLite file; a damaged server is the server's to report.
#[cfg(not(feature = "pg-tests"))]
#[test]
fn a_damaged_database_is_reported_and_left_untouched() {
    let sosta = common::Sosta::new();
    let garbage = b"this is not a database, but it must not be overwritten".repeat(100);
    std::fs::write(sosta.database(), &garbage).unwrap();
    let out = sosta.run("2026-11-25T08:30:00+01:00", &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = common::stderr(&out);
    assert!(
        message.contains("The database is damaged. Restore it from a backup"),
        "{message}"
    );
    assert!(message.contains("sosta.db"), "names the file: {message}");
    assert_eq!(std::fs::read(sosta.database()).unwrap(), garbage);
}

/// A database from before discreet services existed: the upgrade marks the shipped HIV test
/// and safer-use kit discreet, and nothing else.
#[test]
fn an_upgraded_database_keeps_the_shipped_discreet_services_discreet() {
    let site = Sosta::new();
    let insert = |slug: &str| {
        format!(
            "INSERT INTO service (slug, icon, desk, mode, slot_minutes, capacity,
                                  per_visit_limit, minutes_per_person)
             VALUES ('{slug}', 'x', 'clinic', 'slots', 20, 1, 1, 20);"
        )
    };
    let rows = insert("hiv-hcv-testing") + &insert("meal");
    match &site.pg {
        Some(db) => {
            let mut old = db.client();
            old.batch_execute("CREATE TABLE sosta_schema (version BIGINT NOT NULL);")
                .unwrap();
            for file in [
                include_str!("../src/store/migrations/postgres/0001_initial.sql"),
                include_str!("../src/store/migrations/postgres/0002_staff.sql"),
                include_str!("../src/store/migrations/postgres/0003_queue_calls.sql"),
                include_str!("../src/store/migrations/postgres/0004_kiosk_lock.sql"),
            ] {
                old.batch_execute(file).unwrap();
            }
            old.batch_execute(&rows).unwrap();
            old.batch_execute("INSERT INTO sosta_schema (version) VALUES (4)")
                .unwrap();
        }
        None => {
            let old = rusqlite::Connection::open(site.database()).unwrap();
            for file in [
                include_str!("../src/store/migrations/0001_initial.sql"),
                include_str!("../src/store/migrations/0002_staff.sql"),
                include_str!("../src/store/migrations/0003_queue_calls.sql"),
                include_str!("../src/store/migrations/0004_kiosk_lock.sql"),
            ] {
                old.execute_batch(file).unwrap();
            }
            old.execute_batch(&rows).unwrap();
            old.pragma_update(None, "user_version", 4).unwrap();
        }
    }
    let store = Store::open_at(&site.location(), Durability::Full).unwrap();
    let discreet: Vec<(String, bool)> = store
        .services()
        .unwrap()
        .into_iter()
        .map(|s| (s.slug, s.discreet))
        .collect();
    assert_eq!(
        discreet,
        [
            ("hiv-hcv-testing".to_owned(), true),
            ("meal".to_owned(), false)
        ]
    );
}
