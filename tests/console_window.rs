//! The coordinator's console through the real input path: the real `sosta staff` in an X
//! window (Xvfb), every control found by its role and name on the accessibility bus
//! (AT-SPI) and pressed with its default action, and every character typed as real X11
//! key events (xdotool through XTEST): Shift goes down and up as a key of its own before
//! the capital, as on the desk's keyboard. The edit is checked where a coordinator would
//! find it: in the catalogue the command line exports and in the audit log.
//!
//! `tests/console_ui.rs` drives the same screens through Slint's testing backend, which
//! hands the window bare characters; this one goes through the X server, XKB and winit.
//! Built only with `--features a11y-tests` (`.ci/x11-setup` installs what it needs); the
//! walk is done by `tests/a11y/console_by_name.py`, which writes a JSON report.

#![cfg(feature = "a11y-tests")]

mod common;
#[path = "common/x11.rs"]
mod x11;

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::Sosta;
use serde_json::Value;
use sosta::i18n::Translations;
use x11::{Helper, PATIENCE, PYTHON, start_atspi, start_session, start_xvfb, wait_until, xdotool};

/// A Wednesday morning, during the shower's opening hours.
const NOW: &str = "2026-11-25T10:10:00+01:00";
const DAY: &str = "2026-11-25";
const COORDINATOR: &str = "Giulia";
const PIN: &str = "482957";
/// The shower's new English name: a capital, so Shift must reach the station.
const NEW_NAME: &str = "Hot shower";
const NEW_CAPACITY: &str = "3";

/// The `[[service]]` block of `slug` in an exported catalogue.
fn service_block<'a>(catalogue: &'a str, slug: &str) -> &'a str {
    let wanted = format!("slug = \"{slug}\"\n");
    catalogue
        .split("\n[[service]]\n")
        .find(|block| block.starts_with(&wanted))
        .unwrap_or_else(|| panic!("no {slug} in the catalogue:\n{catalogue}"))
}

/// The lines of a `[service.<table>]` table of one service block.
fn table<'a>(block: &'a str, name: &str) -> Vec<&'a str> {
    let header = format!("[service.{name}]");
    block
        .lines()
        .skip_while(|l| *l != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .collect()
}

/// The shower as `sosta catalogue export` writes it now.
fn exported_shower(sosta: &Sosta, folder: &Path, name: &str) -> String {
    let file = folder.join(name);
    let out = sosta.run(NOW, &["catalogue", "export", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let catalogue = std::fs::read_to_string(&file).expect("the exported catalogue");
    service_block(&catalogue, "shower").to_owned()
}

fn audit(sosta: &Sosta) -> Vec<Value> {
    let audit = sosta.json(NOW, &["audit", "--date", DAY, "--json"]);
    audit.as_array().cloned().expect("the audit is a list")
}

#[test]
fn a_coordinator_renames_the_shower_and_changes_its_places_with_a_real_keyboard() {
    let _turn = x11::one_walk_at_a_time();
    let translations = Translations::embedded().expect("the built-in translations");
    let en = translations.lang("en");
    let sosta = Sosta::new();
    let logs = tempfile::tempdir().expect("a folder for logs");

    let mut add = sosta
        .command(NOW, &["staff-user", "add", COORDINATOR, "--role", "admin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    add.stdin
        .take()
        .expect("its input")
        .write_all(format!("{PIN}\n").as_bytes())
        .expect("the PIN is given");
    let added = add.wait_with_output().expect("the account is added");
    assert!(added.status.success(), "{}", common::stderr(&added));

    // Before: the shipped shower, two places per slot and no English name of its own.
    let before = exported_shower(&sosta, logs.path(), "before.toml");
    assert!(before.contains("\ncapacity = 2\n"), "{before}");
    assert!(table(&before, "name").is_empty(), "{before}");

    let (_xvfb, display) = start_xvfb();
    let session = start_session();
    let _atspi = start_atspi(&session, &display);

    let log = |name: &str| File::create(logs.path().join(name)).expect("a log file");
    // No desk: the console needs none. `Sosta::command` adds `--lang en`, which is also the
    // language the console's form edits first ("Name in English").
    let mut station = x11::spawn_window(
        "sosta staff",
        sosta.command(NOW, &["staff"]),
        &display,
        &session,
        logs.path(),
        "station",
    );
    let window = x11::window_of(&display, station.child.id());
    // No window manager under Xvfb: give the window the keyboard ourselves. Every key from
    // here on is typed without `--window`, through XTEST, as a keyboard's would be.
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));

    // Log in from the keyboard: the name, Enter, the PIN, Enter.
    xdotool(&display, &["type", "--delay", "40", COORDINATOR]);
    xdotool(&display, &["key", "Return"]);
    xdotool(&display, &["type", "--delay", "40", PIN]);
    xdotool(&display, &["key", "Return"]);
    wait_until("the login in the audit log", || {
        audit(&sosta)
            .iter()
            .any(|row| row["action"] == "login")
            .then_some(())
    });

    let shower = en.t("service-shower");
    let report_path = logs.path().join("report.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/console_by_name.py");
    let name_field = en.args(
        "console-field-name-in",
        &[("language", en.t("language-name").into())],
    );
    let mut walk = Command::new(PYTHON);
    walk.arg(&script)
        .arg("--report")
        .arg(&report_path)
        .args(["--timeout", PATIENCE.as_secs().to_string().as_str()])
        .args(["--console", en.t("station-console").as_str()])
        .args([
            "--edit",
            format!("{} {shower}", en.t("console-edit")).as_str(),
        ])
        .args(["--name-field", name_field.as_str()])
        .args(["--name", NEW_NAME])
        .args(["--capacity-field", en.t("console-field-capacity").as_str()])
        .args(["--capacity", NEW_CAPACITY])
        .args(["--save", en.t("console-save").as_str()])
        // The station's own list names the service anew at once.
        .args([
            "--listed",
            format!("{} {NEW_NAME}", en.t("console-edit")).as_str(),
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env("DISPLAY", &display)
        .stdout(log("walk.out"))
        .stderr(log("walk.err"));
    let mut walker = Helper::spawn("console_by_name.py", walk);
    let x11::Walked { report, context } = x11::finish_walk(
        &mut walker,
        &mut station,
        "station",
        logs.path(),
        "station.err",
    );
    assert_eq!(
        report["pressed"],
        serde_json::json!([
            en.t("station-console"),
            format!("{} {shower}", en.t("console-edit")),
            name_field,
            en.t("console-field-capacity"),
            en.t("console-save"),
        ]),
        "{context}"
    );

    // What the screen showed (and a screen reader read) as the keys went in: the typed
    // text, the caret after it.
    let fields = &report["fields"];
    assert_eq!(fields["name before"]["shown"], shower.as_str(), "{context}");
    assert_eq!(
        fields["name after"]["shown"],
        format!("{NEW_NAME}|").as_str(),
        "{context}"
    );
    assert_eq!(fields["capacity before"]["value"], "2", "{context}");
    assert_eq!(
        fields["capacity after"]["shown"],
        format!("{NEW_CAPACITY}|").as_str(),
        "{context}"
    );

    // Stored: the export has the shower's own English name and its new capacity, the rest
    // as it was.
    let after = exported_shower(&sosta, logs.path(), "after.toml");
    assert_eq!(
        table(&after, "name"),
        [format!("en = \"{NEW_NAME}\"")],
        "the name typed, capital and all{context}\n-- the shower now:\n{after}"
    );
    assert!(
        after.contains(&format!("\ncapacity = {NEW_CAPACITY}\n")),
        "the capacity typed{context}\n-- the shower now:\n{after}"
    );
    assert_eq!(
        after.replace(
            &format!("\ncapacity = {NEW_CAPACITY}\n"),
            "\ncapacity = 2\n"
        ),
        before.replace(
            "[service.hours]",
            &format!("[service.name]\nen = \"{NEW_NAME}\"\n[service.hours]")
        ),
        "nothing else of the shower changed{context}"
    );

    // And audited once, by the coordinator, with what changed.
    let changes: Vec<Value> = audit(&sosta)
        .into_iter()
        .filter(|row| row["action"] == "service_changed")
        .collect();
    assert_eq!(changes.len(), 1, "one service_changed row: {changes:?}");
    let detail = changes[0]["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains(&format!("capacity: 2 → {NEW_CAPACITY}"))
            && detail.contains(&format!("name.en:  → {NEW_NAME}")),
        "{changes:?}"
    );
    assert_ne!(changes[0]["staff"], Value::Null, "{changes:?}");
    drop(station);
}
