//! "Call staff" through the real path: the real `sosta kiosk` in an X window (Xvfb), its
//! bell button and "Yes, call staff" found by name on the accessibility bus and tapped
//! where the screen shows them, with real pointer presses through the X server (xdotool),
//! as a finger on the kiosk's touch screen. The call is then found where staff find it:
//! in the audit log, from this kiosk.
//!
//! `tests/call_for_help.rs` drives the same screens and the stations through Slint's
//! testing backend. Built only with `--features a11y-tests`.

#![cfg(feature = "a11y-tests")]

mod common;
#[path = "common/x11.rs"]
mod x11;

use std::fs::File;
use std::path::Path;
use std::process::Command;

use common::Sosta;
use sosta::i18n::Translations;
use x11::{Helper, PATIENCE, PYTHON, start_atspi, start_session, start_xvfb};

const NOW: &str = "2026-11-25T10:10:00+01:00";

#[test]
fn a_visitor_calls_staff_by_tapping_the_real_window() {
    let _turn = x11::one_walk_at_a_time();
    let translations = Translations::embedded().expect("the built-in translations");
    let en = translations.lang("en");
    let sosta = Sosta::new();
    sosta.settings("[site]\nlanguage = \"en\"\nkiosk = \"entrance\"\n");

    let (_xvfb, display) = start_xvfb();
    let session = start_session();
    let _atspi = start_atspi(&session, &display);
    let logs = tempfile::tempdir().expect("a folder for logs");
    let log = |name: &str| File::create(logs.path().join(name)).expect("a log file");
    let mut kiosk = x11::spawn_window(
        "sosta kiosk",
        sosta.command(NOW, &["kiosk"]),
        &display,
        &session,
        logs.path(),
        "kiosk",
    );

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/press_by_name.py");
    let mut walk = Command::new(PYTHON);
    walk.arg(&script)
        .arg("--report")
        .arg(logs.path().join("report.json"))
        .args(["--timeout", PATIENCE.as_secs().to_string().as_str()])
        .arg("--touch")
        .arg("--press")
        .args([en.t("kiosk-help-button"), en.t("kiosk-help-yes")])
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env("DISPLAY", &display)
        .stdout(log("walk.out"))
        .stderr(log("walk.err"));
    let mut walker = Helper::spawn("press_by_name.py", walk);
    let x11::Walked { report, context } =
        x11::finish_walk(&mut walker, &mut kiosk, "kiosk", logs.path(), "kiosk.err");
    assert_eq!(
        report["pressed"],
        serde_json::json!([en.t("kiosk-help-button"), en.t("kiosk-help-yes")]),
        "{context}"
    );

    // The call is stored once the tap lands: every station of the site will show it.
    let called = x11::wait_until("the call for help in the audit log", || {
        let audit = sosta.json(NOW, &["audit", "--date", "2026-11-25", "--json"]);
        audit
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .find(|row| row["action"] == "help_called")
    });
    assert_eq!(called["station"], "kiosk:entrance", "{context}");
    assert!(called["staff"].is_null());
}
