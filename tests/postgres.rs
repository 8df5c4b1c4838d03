//! A site on a real PostgreSQL server (the cluster `.ci/pg-setup` starts): several computers
//! racing for one slot and one slip, changes heard from another computer, and the server's
//! own refusals worded for the person who set it up.

#![cfg(feature = "pg-tests")]

mod common;

use common::{PgDatabase, Sosta, stderr};
use sosta::store::{Durability, Store};

const MORNING: &str = "2026-11-25T08:30:00+01:00";

/// A data folder whose settings name `url` as its database.
fn site_at(url: &str) -> Sosta {
    let site = Sosta {
        dir: tempfile::tempdir().unwrap(),
        pg: None,
    };
    common::write_private(
        &site.data_dir().join("sosta.toml"),
        &common::with_database("", Some(url)),
    );
    site
}

#[test]
fn twelve_processes_on_three_computers_book_a_slot_s_places_exactly_once() {
    let first = Sosta::new();
    first.json(MORNING, &["services", "--json"]);
    let computers = [first.another_computer(), first.another_computer()];
    let all: Vec<&Sosta> = std::iter::once(&first).chain(computers.iter()).collect();
    for slot in ["09:00", "10:00"] {
        let outputs =
            common::race((0..12).map(|i| {
                all[i % 3].command(MORNING, &["book", "shower", "--slot", slot, "--json"])
            }));
        let booked = outputs.iter().filter(|o| o.status.success()).count();
        assert_eq!(booked, 2, "slot {slot}: exactly the capacity is booked");
        for out in outputs.iter().filter(|o| !o.status.success()) {
            let message = stderr(out);
            assert!(
                message.contains(&format!("The {slot} slot of Shower is full")),
                "slot {slot}: every other process hears full, got: {message}"
            );
        }
        // Every computer sees the same full slot.
        for computer in &all {
            let services = computer.json(MORNING, &["services", "--json"]);
            let slots = services[0]["slots"].as_array().unwrap();
            let this = slots.iter().find(|s| s["start"] == slot).unwrap();
            assert_eq!(this["free"], 0);
        }
    }
}

#[test]
fn a_slip_scanned_by_twelve_processes_on_three_computers_is_served_once() {
    let first = Sosta::new();
    first.json(MORNING, &["services", "--json"]);
    let others = [first.another_computer(), first.another_computer()];
    let all: Vec<&Sosta> = std::iter::once(&first).chain(others.iter()).collect();
    for round in 0..3 {
        let booked = first.json(MORNING, &["book", "harm-reduction-kit", "--json"]);
        let payload = booked["payload"].as_str().unwrap();
        let outputs = common::race(
            (0..12).map(|i| all[i % 3].command(MORNING, &["scan", payload, "--serve", "--json"])),
        );
        let verdicts: Vec<String> = outputs
            .into_iter()
            .map(|out| {
                assert!(out.status.success(), "{}", stderr(&out));
                let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                v["verdict"].as_str().unwrap().to_owned()
            })
            .collect();
        let served = verdicts.iter().filter(|v| *v == "served").count();
        let already = verdicts.iter().filter(|v| *v == "already_served").count();
        assert_eq!((served, already), (1, 11), "round {round}: {verdicts:?}");
    }
}

#[test]
fn a_computer_hears_another_s_commit_and_not_its_own() {
    let site = Sosta::new();
    site.json(MORNING, &["services", "--json"]);
    let location = site.location();
    let here = Store::open_at(&location, Durability::Full).unwrap();
    let there = Store::open_at(&location, Durability::Full).unwrap();
    let before = here.data_version().unwrap();
    let theirs = there.data_version().unwrap();
    let shower = there.services().unwrap()[0].id;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    there.set_day_capacity(shower, day, 5).unwrap();
    // The notification travels on the other session's connection: give it a moment.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while here.data_version().unwrap() == before && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_ne!(here.data_version().unwrap(), before, "the change is heard");
    assert_eq!(
        there.data_version().unwrap(),
        theirs,
        "a session's own commit is not news to it"
    );
}

#[test]
fn a_wrong_password_is_refused_with_a_sentence_and_nothing_is_written() {
    let db = PgDatabase::create();
    let wrong = db.url.replacen("sosta-ci-only", "not-the-password", 1);
    assert_ne!(wrong, db.url);
    let site = site_at(&wrong);
    let out = site.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("refused Sosta's user or password. Check [database] url in sosta.toml"),
        "{message}"
    );
    assert!(
        !message.contains("not-the-password"),
        "the password is never repeated: {message}"
    );
    assert!(!site.database().exists(), "no SQLite file instead");
    let tables: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
}

#[test]
fn another_program_s_database_is_refused_and_left_as_it_was() {
    let db = PgDatabase::create();
    db.client()
        .batch_execute("CREATE TABLE invoices (id INT); INSERT INTO invoices VALUES (7);")
        .unwrap();
    let site = site_at(&db.url);
    let out = site.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains(&format!(
            "The database {} on postgresql://postgres@127.0.0.1",
            db.name
        )) && message.contains("holds another program's tables"),
        "{message}"
    );
    let tables: Vec<String> = db
        .client()
        .query(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(tables, ["invoices"], "nothing of Sosta's was created");
}

#[test]
fn a_database_that_does_not_exist_is_named() {
    let db = PgDatabase::create();
    let missing = format!("{}_missing", db.url);
    let site = site_at(&missing);
    let out = site.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains(&format!("has no database called {}_missing", db.name)),
        "{message}"
    );
}

/// Moving a site: a SQLite data folder copied into an empty database, then used from
/// another computer: the slips printed before the move scan, new bookings get new ids, and
/// a second copy into the same database is refused.
#[test]
fn a_sqlite_site_moves_to_postgresql_whole() {
    let before = Sosta {
        dir: tempfile::tempdir().unwrap(),
        pg: None,
    };
    let slip = before.json(MORNING, &["book", "shower", "--json"]);
    before.json(MORNING, &["book", "harm-reduction-kit", "--json"]);
    let db = PgDatabase::create();
    let copied = before.json(MORNING, &["db", "copy", "--to", &db.url, "--json"]);
    assert_eq!(copied["tables"]["booking"], 2);
    assert_eq!(copied["tables"]["visit"], 2);
    assert!(copied["tables"]["service"].as_u64().unwrap() > 5);

    // Another computer, which never had the first one's key file: the keys came along.
    let after = site_at(&db.url);
    let verdict = after.json(
        MORNING,
        &["scan", slip["payload"].as_str().unwrap(), "--json"],
    );
    assert_eq!(verdict["verdict"], "valid", "{verdict}");
    assert_eq!(
        after.json(MORNING, &["services", "--json"]),
        before.json(MORNING, &["services", "--json"]),
        "the same day on both sides"
    );
    let new = after.json(MORNING, &["book", "meal", "--json"]);
    assert_ne!(new["code"], slip["code"]);

    let again = before.run(MORNING, &["db", "copy", "--to", &db.url]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already holds Sosta data (table service)"),
        "{}",
        stderr(&again)
    );
    let from_server = after.run(MORNING, &["db", "copy", "--to", &db.url]);
    assert_eq!(from_server.status.code(), Some(1));
    assert!(
        stderr(&from_server).contains("This site's data is already on"),
        "{}",
        stderr(&from_server)
    );
}

/// A key made at one computer reaches a station already running at another: the slips it
/// signs are checked with the key from the shared database, and the slips signed before
/// stay valid everywhere.
#[test]
fn a_rotated_key_reaches_a_station_that_is_already_running() {
    let kiosk = Sosta::new();
    let before = kiosk.json(MORNING, &["book", "shower", "--json"]);
    let desk = kiosk.another_computer();
    let station = sosta::app::App::open(
        sosta::app::DataDir::resolve(Some(desk.data_dir().to_path_buf())).unwrap(),
        &["en", "it"],
    )
    .unwrap();
    assert!(
        !desk.data_dir().join("slip-keys").exists(),
        "the keys come from the database, not a file"
    );
    let rotated = kiosk.run(MORNING, &["keys", "rotate"]);
    assert!(rotated.status.success(), "{}", stderr(&rotated));
    assert!(common::stdout(&rotated).contains("New slips are signed with key 2"));
    let after = kiosk.json(MORNING, &["book", "meal", "--json"]);
    let now = chrono::DateTime::parse_from_rfc3339(MORNING)
        .unwrap()
        .with_timezone(&chrono::Utc);
    for (slip, what) in [
        (&before, "signed before"),
        (&after, "signed with the new key"),
    ] {
        let outcome = station
            .scan(slip["payload"].as_str().unwrap(), None, None, now)
            .unwrap();
        assert_ne!(outcome.verdict, sosta::domain::Verdict::Forged, "{what}");
        assert!(outcome.visit.is_some(), "{what}");
    }
}

/// `sslmode=require`: the connection is encrypted and the server must show a certificate
/// from an authority this computer trusts; the CI cluster's authority is trusted only
/// through SSL_CERT_FILE.
#[test]
fn a_url_that_requires_tls_gets_it_from_a_trusted_server_only() {
    let db = PgDatabase::create();
    let site = site_at(&format!("{}?sslmode=require", db.url));
    let refused = site.run(MORNING, &["services"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused)
            .contains("does not accept the encrypted connection that [database] url asks for"),
        "{}",
        stderr(&refused)
    );
    let ca = std::env::var("SOSTA_TEST_PG_CA").expect(".ci/pg-setup names its authority");
    let trusted = site
        .command(MORNING, &["services", "--json"])
        .env("SSL_CERT_FILE", ca)
        .output()
        .unwrap();
    assert!(trusted.status.success(), "{}", stderr(&trusted));
}

/// Two sites of a network on one database: each sees its own services, staff and
/// bookings; a slip of one is unknown at the other; `--site` reads the other's.
#[test]
fn two_sites_on_one_database_keep_to_their_own() {
    let db = PgDatabase::create();
    let site = |id: &str| {
        let folder = Sosta {
            dir: tempfile::tempdir().unwrap(),
            pg: None,
        };
        common::write_private(
            &folder.data_dir().join("sosta.toml"),
            &common::with_database(&format!("[site]\nid = \"{id}\"\n"), Some(&db.url)),
        );
        folder
    };
    let (dropin, caritas) = (site("dropin"), site("caritas"));
    let slip = dropin.json(MORNING, &["book", "shower", "--json"]);
    let own = |s: &Sosta, args: &[&str]| s.json(MORNING, args);
    // Each site has its own catalogue, seeded on its first run, with the same slugs.
    let free = |services: &serde_json::Value| services[0]["slots"][0]["free"].clone();
    assert_eq!(free(&own(&dropin, &["services", "--json"])), 1);
    assert_eq!(free(&own(&caritas, &["services", "--json"])), 2);
    assert_eq!(
        free(&own(&caritas, &["services", "--json", "--site", "dropin"])),
        1,
        "--site reads another site's day"
    );
    let payload = slip["payload"].as_str().unwrap();
    assert_eq!(
        own(&dropin, &["scan", payload, "--json"])["verdict"],
        "valid"
    );
    assert_eq!(
        own(&caritas, &["scan", payload, "--json"])["verdict"],
        "unknown"
    );
    let code = slip["code"].as_str().unwrap();
    assert_eq!(
        own(&caritas, &["scan", code, "--json"])["verdict"],
        "unknown"
    );
    // Staff belong to their site: the same name at both, each with its own PIN.
    for folder in [&dropin, &caritas] {
        let mut child = folder
            .command(MORNING, &["staff-user", "add", "Anna", "--role", "staff"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(b"482957\n").unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let staff: i64 = db
        .client()
        .query_one(
            "SELECT count(DISTINCT site) FROM staff WHERE name = 'Anna'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(staff, 2);
    let audit = own(
        &caritas,
        &[
            "audit",
            "--date",
            "2026-11-25",
            "--json",
            "--site",
            "dropin",
        ],
    );
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    assert_eq!(audit[0]["action"], "staff_added");
    // The funders' report of one site, read from the other's computer: the drop-in's
    // booking is counted there and only there, once its day has ended.
    let next_day = "2026-11-26T09:00:00+01:00";
    let report = |folder: &Sosta, extra: &[&str]| {
        let mut args = vec![
            "report",
            "--from",
            "2026-11-25",
            "--to",
            "2026-11-25",
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        folder.json(next_day, &args)
    };
    let booked = |report: &serde_json::Value| {
        report["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == "bookings")
            .map(|t| t["total"].clone())
            .unwrap()
    };
    // One booking is a small number: hidden, never 0.
    let dropin_booked = booked(&report(&dropin, &[]));
    assert_ne!(dropin_booked, 0);
    let own_report = caritas.run(
        next_day,
        &["report", "--from", "2026-11-25", "--to", "2026-11-25"],
    );
    assert_eq!(
        own_report.status.code(),
        Some(1),
        "nothing counted at Caritas"
    );
    assert_eq!(
        booked(&report(&caritas, &["--site", "dropin"])),
        dropin_booked
    );
}
