//! `sosta doctor` through the real binary: a healthy first run, a key file others can read,
//! a database that is not SQLite, a clock behind the bookings, and printers as CUPS
//! describes them. CUPS itself is stood in for by small `lpstat`/`lpoptions` scripts on
//! `PATH`, so the tests do not depend on whether this machine has CUPS.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use common::{Sosta, stderr};
use serde_json::Value;

const NOW: &str = "2026-11-25T10:10:00+01:00";

const CHECKS: [&str; 10] = [
    "data-folder",
    "settings",
    "database",
    "signing-key",
    "printer",
    "disk",
    "clock",
    "fonts",
    "espeak-ng",
    "sound",
];

/// A site after its first start, with reading aloud off (so the machine's sound does not
/// decide the outcome) and `printer` lines under `[printer]`.
fn site(printer: &str) -> Sosta {
    let sosta = Sosta::new();
    assert!(sosta.run(NOW, &["services"]).status.success());
    let text = sosta::config::DEFAULT_TEXT
        .replace("[kiosk]\n", "[kiosk]\nread_aloud = false\n")
        .replace("[printer]\n", &format!("[printer]\n{printer}\n"));
    sosta.settings(&text);
    sosta
}

/// Runs `sosta doctor --json` with `path` as PATH (the system's when `None`).
fn doctor(sosta: &Sosta, now: &str, path: Option<&Path>) -> (Output, Vec<Value>) {
    let mut command = sosta.command(now, &["doctor", "--json"]);
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let out = command.output().expect("the binary runs");
    assert!(
        !stderr(&out).contains("panicked"),
        "doctor panicked: {}",
        stderr(&out)
    );
    let checks: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "doctor --json is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (out, checks)
}

fn find<'a>(checks: &'a [Value], id: &str) -> &'a Value {
    checks
        .iter()
        .find(|c| c["check"] == id)
        .unwrap_or_else(|| panic!("no check {id} in {checks:?}"))
}

/// A folder of stand-in commands, each a shell script.
fn fake_bin(scripts: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in scripts {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    dir
}

/// CUPS with one queue `slips`, as its tools answer in the C locale.
fn cups(enabled: bool, accepting: bool, sizes: &str) -> tempfile::TempDir {
    let state = if enabled {
        "is idle.  enabled since Wed 25 Nov 2026 09:00:00"
    } else {
        "disabled since Wed 25 Nov 2026 09:00:00 -\n\tPaused"
    };
    let accepts = if accepting {
        "slips accepting requests since Wed 25 Nov 2026 09:00:00"
    } else {
        "slips not accepting requests since Wed 25 Nov 2026 09:00:00 -\n\tRejecting Jobs"
    };
    fake_bin(&[
        (
            "lpstat",
            &format!(
                "case \"$2\" in\n  slips) ;;\n  *) echo \"lpstat: Invalid destination name in list \\\"$2\\\".\" >&2; exit 1 ;;\nesac\n\
                 if [ \"$1\" = -p ]; then printf '%s\\n' \"printer slips {state}\"; else printf '%s\\n' \"{accepts}\"; fi"
            ),
        ),
        (
            "lpoptions",
            &format!("echo 'PageSize/Media Size: {sizes}'\necho 'Resolution/Resolution: *203dpi'"),
        ),
    ])
}

#[test]
fn a_fresh_site_without_a_printer_passes_with_a_printer_warning() {
    let sosta = site("");
    let (out, checks) = doctor(&sosta, NOW, None);
    let ids: Vec<&str> = checks.iter().filter_map(|c| c["check"].as_str()).collect();
    assert_eq!(ids, CHECKS, "every check, in order");
    for c in &checks {
        assert!(
            ["ok", "warn", "problem"].contains(&c["status"].as_str().unwrap()),
            "{c}"
        );
        assert!(c["message"].as_str().is_some_and(|m| !m.is_empty()), "{c}");
        assert!(c["todo"].is_null() || c["todo"].is_string(), "{c}");
    }
    for id in [
        "data-folder",
        "settings",
        "database",
        "signing-key",
        "clock",
        "fonts",
        "espeak-ng",
        "sound",
    ] {
        assert_eq!(find(&checks, id)["status"], "ok", "{:?}", find(&checks, id));
    }
    let printer = find(&checks, "printer");
    assert_eq!(printer["status"], "warn");
    assert!(printer["todo"].as_str().unwrap().contains("[printer]"));
    // Warnings do not fail; only the disk of the machine running the tests could.
    let disk_fine = find(&checks, "disk")["status"] != "problem";
    assert_eq!(out.status.success(), disk_fine, "{}", stderr(&out));

    // The words are the site's language unless --lang says otherwise.
    let text = sosta
        .command(NOW, &["doctor", "--lang", "it"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&text.stdout).contains("Nessuna stampante impostata"),
        "{}",
        String::from_utf8_lossy(&text.stdout)
    );
}

#[test]
fn a_key_file_others_can_read_is_a_problem_naming_the_file() {
    let sosta = site("");
    if sosta.pg.is_some() {
        return; // The site's keys are in its database.
    }
    let keys = sosta.data_dir().join("slip-keys");
    std::fs::set_permissions(&keys, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (out, checks) = doctor(&sosta, NOW, None);
    let key = find(&checks, "signing-key");
    assert_eq!(key["status"], "problem");
    let message = key["message"].as_str().unwrap();
    assert!(message.contains(&keys.display().to_string()), "{message}");
    assert!(message.contains("0644"), "{message}");
    assert!(
        key["todo"]
            .as_str()
            .unwrap()
            .contains(&format!("chmod 600 {}", keys.display()))
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Problems: 1"), "{}", stderr(&out));
    // The doctor says what to do; it does not do it.
    let mode = std::fs::metadata(&keys).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

#[test]
fn a_database_that_is_not_sqlite_is_a_clear_problem_and_left_as_it_is() {
    let sosta = site("");
    if sosta.pg.is_some() {
        return; // No file to damage.
    }
    let db = sosta.database();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&db, &garbage).unwrap();
    let (out, checks) = doctor(&sosta, NOW, None);
    let database = find(&checks, "database");
    assert_eq!(database["status"], "problem", "{database}");
    let message = database["message"].as_str().unwrap();
    assert!(message.contains(&db.display().to_string()), "{message}");
    assert!(message.contains("cannot be read"), "{message}");
    assert!(
        database["todo"]
            .as_str()
            .unwrap()
            .contains("Do not delete it"),
        "{database}"
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(&db).unwrap(),
        garbage,
        "the file is untouched"
    );
    assert!(!Path::new(&format!("{}-wal", db.display())).exists());
    // The other checks still ran.
    assert_eq!(find(&checks, "signing-key")["status"], "ok");
}

#[test]
fn a_clock_behind_the_newest_visit_is_a_problem() {
    let sosta = site("");
    let booked = sosta.run(NOW, &["book", "shower", "--json"]);
    assert!(booked.status.success(), "{}", stderr(&booked));
    let (_, checks) = doctor(&sosta, "2026-11-25T10:20:00+01:00", None);
    assert_eq!(find(&checks, "clock")["status"], "ok");
    let (out, checks) = doctor(&sosta, "2025-01-01T09:00:00+01:00", None);
    let clock = find(&checks, "clock");
    assert_eq!(clock["status"], "problem", "{clock}");
    let message = clock["message"].as_str().unwrap();
    assert!(
        message.contains("2025-01-01 09:00") && message.contains("2026-11-25 10:10"),
        "{message}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn without_cups_tools_the_printer_check_says_cups_is_not_installed() {
    let sosta = site("destination = \"slips\"");
    let empty = fake_bin(&[]);
    let (out, checks) = doctor(&sosta, NOW, Some(empty.path()));
    let printer = find(&checks, "printer");
    assert_eq!(printer["status"], "problem");
    let message = printer["message"].as_str().unwrap();
    assert!(
        message.contains("CUPS") && message.contains("lpstat"),
        "{message}"
    );
    assert!(
        printer["todo"]
            .as_str()
            .unwrap()
            .contains("apt install cups")
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_queue_cups_does_not_have_is_a_problem() {
    let sosta = site("destination = \"nosuchqueue\"");
    let fake = cups(true, true, "*Custom.WIDTHxHEIGHT");
    let (out, checks) = doctor(&sosta, NOW, Some(fake.path()));
    let printer = find(&checks, "printer");
    assert_eq!(printer["status"], "problem");
    assert!(
        printer["message"]
            .as_str()
            .unwrap()
            .contains("no printer nosuchqueue"),
        "{printer}"
    );
    assert!(printer["todo"].as_str().unwrap().contains("lpstat -p"));
    assert_eq!(out.status.code(), Some(1));

    // The machine's own CUPS (or its absence) says the same kind of thing.
    let (_, checks) = doctor(&sosta, NOW, None);
    assert_eq!(find(&checks, "printer")["status"], "problem");
}

#[test]
fn a_queue_is_ready_only_when_enabled_accepting_and_with_the_slips_paper() {
    let sosta = site("destination = \"slips\"");
    let status = |enabled, accepting, sizes| {
        let fake = cups(enabled, accepting, sizes);
        let (out, checks) = doctor(&sosta, NOW, Some(fake.path()));
        (out.status.code(), find(&checks, "printer").clone())
    };
    let (code, ready) = status(true, true, "A4 *Custom.WIDTHxHEIGHT");
    assert_eq!(ready["status"], "ok", "{ready}");
    assert_ne!(code, None);
    let (code, disabled) = status(false, true, "A4");
    assert_eq!(disabled["status"], "problem");
    assert!(
        disabled["todo"]
            .as_str()
            .unwrap()
            .contains("cupsenable slips")
    );
    assert_eq!(code, Some(1));
    let (_, rejecting) = status(true, false, "A4");
    assert!(
        rejecting["todo"]
            .as_str()
            .unwrap()
            .contains("cupsaccept slips")
    );
    let (_, paper) = status(true, true, "*A4 Letter");
    assert_eq!(paper["status"], "warn", "{paper}");
    assert!(
        paper["message"].as_str().unwrap().contains("receipt80"),
        "{paper}"
    );
}

#[test]
fn an_unplugged_receipt_printer_is_a_problem_and_a_writable_one_is_ok() {
    let device = tempfile::NamedTempFile::new().unwrap();
    let sosta = site(&format!("escpos = \"{}\"", device.path().display()));
    let (_, checks) = doctor(&sosta, NOW, None);
    assert_eq!(find(&checks, "printer")["status"], "ok");
    assert_eq!(
        std::fs::read(device.path()).unwrap(),
        b"",
        "nothing was sent to the printer"
    );
    let gone = site("escpos = \"/dev/usb/sosta-no-such-lp\"");
    let (_, checks) = doctor(&gone, NOW, None);
    let printer = find(&checks, "printer");
    assert_eq!(printer["status"], "problem");
    assert!(
        printer["message"]
            .as_str()
            .unwrap()
            .contains("/dev/usb/sosta-no-such-lp")
    );
}

#[test]
fn a_data_folder_that_does_not_exist_is_not_created() {
    let parent = tempfile::tempdir().unwrap();
    let missing = parent.path().join("nowhere");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sosta"))
        .arg("--data-dir")
        .arg(&missing)
        .args(["--lang", "en", "--now", NOW, "doctor", "--json"])
        .env_remove("SOSTA_DATA_DIR")
        .env_remove("SOSTA_DATABASE_URL")
        .output()
        .unwrap();
    let checks: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(find(&checks, "data-folder")["status"], "problem");
    assert_eq!(find(&checks, "database")["status"], "warn");
    assert_eq!(find(&checks, "signing-key")["status"], "problem");
    assert_eq!(out.status.code(), Some(1));
    assert!(!missing.exists(), "the doctor created the folder");
}
