//! A drop-in day through the command line on a real data folder: book, scan, serve, scan
//! again, cancel, a no-show, and the refusals a coordinator must understand.

mod common;

use common::{Sosta, stderr, stdout};

/// Wednesday 25 November 2026, before the showers open (Rome is UTC+1).
const MORNING: &str = "2026-11-25T08:30:00+01:00";

#[test]
fn a_day_at_the_desk() {
    let sosta = Sosta::new();
    let booked = sosta.json(MORNING, &["book", "shower", "--slot", "10:00", "--json"]);
    let payload = booked["payload"].as_str().unwrap().to_owned();
    let code = booked["code"].as_str().unwrap().to_owned();
    assert_eq!(booked["bookings"][0]["service"], "shower");
    assert_eq!(booked["bookings"][0]["start"], "10:00");
    assert_eq!(booked["bookings"][0]["end"], "10:20");
    // No printer is set: the slip is in the spool folder, as a PDF.
    let slip = std::path::PathBuf::from(booked["slip"].as_str().unwrap());
    assert!(slip.starts_with(sosta.data_dir().join("slips/2026-11-25")));
    assert!(std::fs::read(&slip).unwrap().starts_with(b"%PDF"));

    // Too early at 09:00, valid at 09:55, served once, then already served everywhere.
    let scan = |now: &str, extra: &[&str]| {
        let mut args = vec!["scan", payload.as_str(), "--desk", "shower", "--json"];
        args.extend_from_slice(extra);
        sosta.json(now, &args)
    };
    assert_eq!(
        scan("2026-11-25T09:00:00+01:00", &[])["verdict"],
        "too_early"
    );
    assert_eq!(scan("2026-11-25T09:55:00+01:00", &[])["verdict"], "valid");
    let served = scan("2026-11-25T10:02:00+01:00", &["--serve"]);
    assert_eq!(served["verdict"], "served");
    assert_eq!(served["booking"]["status"], "served");
    assert_eq!(
        scan("2026-11-25T10:03:00+01:00", &["--serve"])["verdict"],
        "already_served"
    );

    // The short code, typed in lower case with a space, reaches the same visit.
    let typed = code.to_lowercase().replace('-', " ");
    let by_code = sosta.json(
        "2026-11-25T10:04:00+01:00",
        &["scan", &typed, "--desk", "shower", "--json"],
    );
    assert_eq!(by_code["verdict"], "already_served");

    // Another desk sees a genuine slip that is not for it.
    assert_eq!(
        sosta.json(
            "2026-11-25T10:04:00+01:00",
            &["scan", &payload, "--desk", "nurse", "--json"]
        )["verdict"],
        "other_service"
    );
    // The serve is in the day's audit log, done from the command line.
    let audit = sosta.json(
        "2026-11-25T18:00:00+01:00",
        &["audit", "--date", "2026-11-25", "--json"],
    );
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["serve"], "{audit}");
    // Tomorrow the slip is not valid any more.
    assert_eq!(
        sosta.json("2026-11-26T10:04:00+01:00", &["scan", &payload, "--json"])["verdict"],
        "not_today"
    );
}

#[test]
fn cancelling_frees_the_place_and_the_slip_says_so() {
    let sosta = Sosta::new();
    // The nurse has one place per slot.
    let first = sosta.json(MORNING, &["book", "nurse", "--slot", "14:00", "--json"]);
    let full = sosta.run(MORNING, &["book", "nurse", "--slot", "14:00"]);
    assert_eq!(full.status.code(), Some(1));
    assert!(
        stderr(&full).contains("The 14:00 slot of Nurse is full. The next free slot is at 14:15"),
        "{}",
        stderr(&full)
    );
    let code = first["code"].as_str().unwrap();
    let cancelled = sosta.run(MORNING, &["cancel", code, "--service", "nurse"]);
    assert!(cancelled.status.success(), "{}", stderr(&cancelled));
    assert!(stdout(&cancelled).contains("Cancelled: Nurse"));
    let scan = sosta.json(MORNING, &["scan", code, "--desk", "nurse", "--json"]);
    assert_eq!(scan["verdict"], "cancelled");
    assert_eq!(scan["booking"]["status"], "cancelled");
    // The place is free again.
    let again = sosta.json(MORNING, &["book", "nurse", "--slot", "14:00", "--json"]);
    assert_eq!(again["bookings"][0]["start"], "14:00");
    // Cancelling twice is refused with the reason.
    let twice = sosta.run(MORNING, &["cancel", code, "--service", "nurse"]);
    assert_eq!(twice.status.code(), Some(1));
    assert!(
        stderr(&twice).contains("it is cancelled"),
        "{}",
        stderr(&twice)
    );
}

#[test]
fn an_unserved_booking_is_a_no_show_after_the_grace_period() {
    let sosta = Sosta::new();
    let booked = sosta.json(MORNING, &["book", "laundry", "--slot", "10:00", "--json"]);
    let payload = booked["payload"].as_str().unwrap();
    // The slot ends at 11:00; 15 minutes of grace.
    let at_grace_end = sosta.json("2026-11-25T11:15:00+01:00", &["scan", payload, "--json"]);
    assert_eq!(at_grace_end["verdict"], "valid");
    let after = sosta.json(
        "2026-11-25T11:16:00+01:00",
        &["scan", payload, "--serve", "--json"],
    );
    assert_eq!(after["verdict"], "too_late");
    assert_eq!(after["booking"]["status"], "no_show");
}

#[test]
fn a_queue_service_hands_out_numbers_in_order() {
    let sosta = Sosta::new();
    for expected in 1..=3 {
        let booked = sosta.json(MORNING, &["book", "meal", "--json"]);
        assert_eq!(booked["bookings"][0]["number"], expected);
    }
    let services = sosta.json(MORNING, &["services", "--json"]);
    let meal = services
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "meal")
        .unwrap();
    assert_eq!(meal["mode"], "queue");
    assert_eq!(meal["open"], true);
    assert_eq!(meal["queue"]["waiting"], 3);
    assert_eq!(meal["queue"]["next_number"], 4);
    assert_eq!(meal["queue"]["estimated_wait_minutes"], 6);
}

#[test]
fn services_json_has_the_documented_shape() {
    let sosta = Sosta::new();
    sosta.json(MORNING, &["book", "shower", "--slot", "09:00", "--json"]);
    let services = sosta.json(MORNING, &["services", "--json"]);
    let shower = &services.as_array().unwrap()[0];
    assert_eq!(shower["slug"], "shower");
    assert_eq!(shower["mode"], "slots");
    assert_eq!(shower["open"], true);
    assert_eq!(shower["slots"][0]["start"], "09:00");
    assert_eq!(shower["slots"][0]["end"], "09:20");
    assert_eq!(shower["slots"][0]["free"], 1);
    assert_eq!(shower["slots"][1]["free"], 2);
}

#[test]
fn refusals_are_sentences_with_what_to_do_next() {
    let sosta = Sosta::new();
    let unknown = sosta.run(MORNING, &["book", "showers"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("There is no service “showers”. Services: shower, laundry"));

    // Saturday afternoon: the nurse opens again on Tuesday at 10:00.
    let closed = sosta.run("2026-11-28T15:00:00+01:00", &["book", "nurse"]);
    assert_eq!(closed.status.code(), Some(1));
    assert!(
        stderr(&closed).contains("Nurse is closed now. It opens on 2026-12-01 at 10:00"),
        "{}",
        stderr(&closed)
    );

    let bad_now = sosta.run("yesterday", &["services"]);
    assert_eq!(bad_now.status.code(), Some(2));
    assert!(stderr(&bad_now).contains("“yesterday” is not a date and time"));

    let bad_slot = sosta.run(MORNING, &["book", "shower", "--slot", "10h"]);
    assert_eq!(bad_slot.status.code(), Some(2));
    assert!(stderr(&bad_slot).contains("“10h” is not a time"));

    let no_slot = sosta.run(MORNING, &["book", "shower", "--slot", "10:05"]);
    assert_eq!(no_slot.status.code(), Some(1));
    assert!(
        stderr(&no_slot)
            .contains("Shower has no slot at 10:05 today. The next free slot is at 09:00")
    );

    let bad_lang = sosta.run(MORNING, &["--lang", "xx", "services"]);
    assert_eq!(bad_lang.status.code(), Some(2));

    let bad_verb = sosta.run(MORNING, &["frobnicate"]);
    assert_eq!(bad_verb.status.code(), Some(2));
}

#[test]
fn scanner_garbage_is_a_verdict_not_a_failure() {
    let sosta = Sosta::new();
    for garbage in ["", "hello", "S1ABC", "ÄÖÜ€", "\u{1b}[A", &"Z".repeat(5000)] {
        let out = sosta.run(MORNING, &["scan", garbage, "--json"]);
        assert!(out.status.success(), "{garbage:?}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["verdict"], "malformed", "{garbage:?}");
    }
    // Well formed, but signed by another installation.
    let other = Sosta::new();
    let foreign = other.json(MORNING, &["book", "shower", "--json"]);
    let verdict = sosta.json(
        MORNING,
        &["scan", foreign["payload"].as_str().unwrap(), "--json"],
    );
    assert_eq!(verdict["verdict"], "forged");
    // A well-formed short code that nobody was given.
    let verdict = sosta.json(
        MORNING,
        &["scan", foreign["code"].as_str().unwrap(), "--json"],
    );
    assert_eq!(verdict["verdict"], "unknown");
}

#[test]
fn a_bad_setting_names_the_file_and_line_and_changes_nothing() {
    let sosta = Sosta::new();
    sosta.json(MORNING, &["book", "shower", "--json"]);
    let settings = sosta.data_dir().join("sosta.toml");
    let original = std::fs::read_to_string(&settings).unwrap();
    assert!(
        original.contains("# timezone = \"Europe/Rome\""),
        "written with commented defaults"
    );
    sosta.settings("[site]\n\ntimezone = \"Europe/Cremona\"\n");
    let out = sosta.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("sosta.toml, line 3"), "{message}");
    assert!(
        message.contains("“Europe/Cremona” is not a time zone"),
        "{message}"
    );
    // Fix it and the booking made before is still there.
    std::fs::write(&settings, original).unwrap();
    let services = sosta.json(MORNING, &["services", "--json"]);
    assert_eq!(services[0]["slots"][0]["free"], 1);
}

#[test]
fn the_first_run_creates_an_owner_only_key() {
    let sosta = Sosta::new();
    sosta.json(MORNING, &["services", "--json"]);
    let key = sosta.data_dir().join("slip-keys");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The data is in the folder's SQLite file, or on the server and not in the folder.
    assert_eq!(sosta.database().exists(), sosta.pg.is_none());
}

#[test]
fn italian_is_the_default_language() {
    let sosta = Sosta::new();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_sosta"));
    cmd.arg("--data-dir")
        .arg(sosta.data_dir())
        .args(["--now", MORNING, "book", "doccia"]);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Il servizio «doccia» non esiste"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_database_server_that_is_down_or_a_wrong_address_gets_a_sentence_and_exit_1() {
    let sosta = Sosta::new();
    // Port 1 on this computer: nothing listens there.
    let settings = sosta.data_dir().join("sosta.toml");
    common::write_private(
        &settings,
        "[database]\nurl = \"postgresql://sosta:secret@127.0.0.1:1/sosta\"\n",
    );
    let out = sosta.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message
            .contains("The database server postgresql://sosta@127.0.0.1:1/sosta cannot be reached"),
        "{message}"
    );
    assert!(!message.contains("secret"), "{message}");
    assert!(!sosta.database().exists(), "no SQLite file instead");

    common::write_private(
        &settings,
        "[database]\nurl = \"postgresql://sosta@127.0.0.1:port/sosta\"\n",
    );
    let out = sosta.run(MORNING, &["services"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("sosta.toml, line 2"), "{message}");
    assert!(
        message.contains("[database] url is not a PostgreSQL address"),
        "{message}"
    );
}

#[test]
fn a_rotated_key_signs_new_slips_and_the_old_slips_stay_valid() {
    let sosta = Sosta::new();
    let before = sosta.json(MORNING, &["book", "shower", "--json"]);
    let out = sosta.run(MORNING, &["keys", "rotate"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("New slips are signed with key 2"),
        "{}",
        stdout(&out)
    );
    let after = sosta.json(MORNING, &["book", "meal", "--json"]);
    for slip in [&before, &after] {
        let verdict = sosta.json(
            MORNING,
            &["scan", slip["payload"].as_str().unwrap(), "--json"],
        );
        assert_ne!(verdict["verdict"], "forged", "{slip}");
        assert_ne!(verdict["verdict"], "unknown", "{slip}");
    }
    if sosta.pg.is_none() {
        let keys = std::fs::read_to_string(sosta.data_dir().join("slip-keys")).unwrap();
        assert_eq!(keys.lines().filter(|l| !l.starts_with('#')).count(), 2);
    }
}

/// A SQLite file holds one site: naming it in the settings keeps its bookings. On a
/// server, another id is another site, which starts with its own empty day.
#[test]
fn naming_the_site_keeps_a_single_computer_s_bookings() {
    let sosta = Sosta::new();
    let slip = sosta.json(MORNING, &["book", "shower", "--json"]);
    sosta.settings("[site]\nid = \"dropin\"\n");
    let services = sosta.json(MORNING, &["services", "--json"]);
    let verdict = sosta.json(
        MORNING,
        &["scan", slip["payload"].as_str().unwrap(), "--json"],
    );
    if sosta.pg.is_none() {
        assert_eq!(services[0]["slots"][0]["free"], 1, "the booking stayed");
        assert_eq!(verdict["verdict"], "valid");
    } else {
        assert_eq!(services[0]["slots"][0]["free"], 2, "a new site's own day");
        assert_eq!(verdict["verdict"], "unknown");
    }
}

/// A reader that goes away (`sosta services | head -1`) ends the program quietly, as a
/// closed pipe ends other tools: no panic, nothing on standard error.
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let sosta = Sosta::new();
    sosta.run(MORNING, &["services"]);
    let mut child = sosta
        .command(MORNING, &["services"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reading end is closed before the program has printed anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let said = stderr(&out);
    assert!(!said.contains("panicked"), "{said}");
    assert_eq!(out.status.code(), Some(141), "{said}");
}
