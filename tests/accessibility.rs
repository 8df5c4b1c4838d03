//! What a screen reader sees: the real kiosk in an X window (Xvfb), its controls read
//! through the accessibility bus (AT-SPI, what Orca uses) and a slot booked by names alone,
//! pressing each control with its default action, never by coordinates.
//!
//! Built only with `--features a11y-tests`, which `.ci/run` turns on after
//! `.ci/x11-setup` has installed Xvfb, D-Bus, at-spi2-core and Debian's python3-pyatspi.
//! Everything runs in a D-Bus session of its own (`dbus-run-session`) with the AT-SPI bus
//! launched and `org.a11y.Status IsEnabled` set, so the kiosk exposes its tree; the walk
//! is done by `tests/a11y/book_by_name.py`, which writes what it read to a JSON report.

#![cfg(feature = "a11y-tests")]

mod common;
#[path = "common/x11.rs"]
mod x11;

use std::fs::File;
use std::path::Path;
use std::process::Command;

use common::Sosta;
use fluent_bundle::FluentValue;
use serde_json::Value;
use sosta::i18n::Translations;
use x11::{Helper, PATIENCE, PYTHON, start_atspi, start_session, start_xvfb, wait_until};

/// A Wednesday morning: some of the shower's slots are over, later ones are free.
const NOW: &str = "2026-11-25T10:10:00+01:00";
/// Earlier that morning, when other visitors filled a slot (long enough ago for the
/// kiosk's fair-share rule, which refuses a second booking moments after the last one).
const EARLIER: &str = "2026-11-25T08:30:00+01:00";

fn slots_of<'a>(services: &'a Value, slug: &str) -> &'a Vec<Value> {
    services
        .as_array()
        .and_then(|list| list.iter().find(|s| s["slug"] == slug))
        .and_then(|s| s["slots"].as_array())
        .unwrap_or_else(|| panic!("no {slug} slots in {services}"))
}

fn slot<'a>(slots: &'a [Value], start: &str) -> &'a Value {
    slots
        .iter()
        .find(|s| s["start"] == start)
        .unwrap_or_else(|| panic!("no slot at {start}"))
}

fn has_state(node: &Value, state: &str) -> bool {
    node["states"]
        .as_array()
        .is_some_and(|states| states.iter().any(|s| s == state))
}

/// The version of `krate` that Cargo.lock holds.
fn locked_version(krate: &str) -> String {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock");
    let entry = format!("name = \"{krate}\"\nversion = \"");
    let at = lock
        .find(&entry)
        .unwrap_or_else(|| panic!("{krate} is not in Cargo.lock"));
    lock[at + entry.len()..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The slips in the spool folder (`slips/<date>/<code>.pdf`), by file name.
fn slips_in(dir: &Path) -> Vec<String> {
    let days = std::fs::read_dir(dir).into_iter().flatten().flatten();
    days.flat_map(|day| {
        std::fs::read_dir(day.path())
            .into_iter()
            .flatten()
            .flatten()
    })
    .map(|e| e.path())
    .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
    .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
    .collect()
}

#[test]
fn a_screen_reader_user_books_a_shower_by_names_alone() {
    book_a_shower(Input::ScreenReader);
}

/// The same visit by a finger: every control found by its name on the bus, then tapped
/// where the screen shows it, a pointer press and release through the X server.
#[test]
fn a_visitor_books_a_shower_by_tapping_the_real_window() {
    book_a_shower(Input::Touch);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    /// Default actions, as Orca sends them.
    ScreenReader,
    /// Pointer taps at each control's place on screen (xdotool).
    Touch,
}

fn book_a_shower(input: Input) {
    let _turn = x11::one_walk_at_a_time();
    let translations = Translations::embedded().expect("the built-in translations");
    let en = translations.lang("en");
    let sosta = Sosta::new();

    // Before the kiosk opens: one free slot was filled up earlier that morning, so the
    // screen shows slots that are over, one that is full and free ones.
    let before = sosta.json(NOW, &["services", "--json"]);
    let free: Vec<String> = slots_of(&before, "shower")
        .iter()
        .filter(|s| s["state"] == "free")
        .map(|s| s["start"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        free.len() >= 3,
        "three free shower slots at {NOW}: {before}"
    );
    let (full, wanted) = (free[0].clone(), free[1].clone());
    let capacity = slot(slots_of(&before, "shower"), &full)["free"]
        .as_u64()
        .unwrap();
    for _ in 0..capacity {
        sosta.json(EARLIER, &["book", "shower", "--slot", &full, "--json"]);
    }
    let filled = sosta.json(NOW, &["services", "--json"]);
    let shower_slots = slots_of(&filled, "shower");
    assert_eq!(slot(shower_slots, &full)["state"], "full", "{filled}");
    let unavailable: Vec<String> = shower_slots
        .iter()
        .filter(|s| s["state"] == "past" || s["state"] == "full")
        .map(|s| s["start"].as_str().unwrap().to_owned())
        .collect();
    let past = shower_slots.iter().filter(|s| s["state"] == "past").count();
    assert!(past > 0, "some shower slots are over at {NOW}: {filled}");
    let free_before = slot(shower_slots, &wanted)["free"].as_u64().unwrap();
    let first_free = shower_slots
        .iter()
        .find(|s| s["state"] == "free")
        .expect("a free slot");
    let slips = sosta.data_dir().join("slips");
    let slips_before = slips_in(&slips);

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

    let languages: Vec<String> = translations
        .locales()
        .map(|code| translations.lang(code).t("language-name"))
        .collect();
    let report_path = logs.path().join("report.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/book_by_name.py");
    let mut walk = Command::new(PYTHON);
    walk.arg(&script)
        .arg("--report")
        .arg(&report_path)
        .args(["--timeout", PATIENCE.as_secs().to_string().as_str()])
        .args(["--language", en.t("language-name").as_str()])
        .arg("--languages")
        .args(&languages)
        .args(["--service", en.t("service-shower").as_str()])
        .args(["--slot", wanted.as_str()])
        .arg("--unavailable")
        .args(&unavailable)
        .args(["--add-another", en.t("kiosk-add-another").as_str()])
        .args(["--print", en.t("kiosk-print").as_str()])
        .args(["--code-heading", en.t("kiosk-your-code").as_str()])
        .args(["--announced", en.t("kiosk-take-slip").as_str()])
        .args(if input == Input::Touch {
            &["--touch"][..]
        } else {
            &[]
        })
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env("DISPLAY", &display)
        .stdout(log("walk.out"))
        .stderr(log("walk.err"));
    let mut walker = Helper::spawn("book_by_name.py", walk);
    let x11::Walked { report, context } =
        x11::finish_walk(&mut walker, &mut kiosk, "kiosk", logs.path(), "kiosk.err");

    // The first screen offers every language by its own name, each a button that says
    // "choose your language" in that language.
    let offered = report["languages"].as_array().expect("language buttons");
    for code in translations.locales() {
        let own = translations.lang(code);
        let name = own.t("language-name");
        let button = offered
            .iter()
            .find(|b| b["name"] == name.as_str())
            .unwrap_or_else(|| panic!("no button named {name:?} ({code}){context}"));
        assert_eq!(
            button["description"],
            own.t("kiosk-choose-language").as_str(),
            "{code}{context}"
        );
        assert!(has_state(button, "enabled"), "{button}{context}");
        assert_eq!(button["actions"], serde_json::json!(["click"]), "{context}");
    }

    // The tile's status is its description, in the visitor's words.
    let expected_status = en.args(
        "kiosk-status-free",
        &[
            (
                "time",
                FluentValue::from(first_free["start"].as_str().unwrap()),
            ),
            (
                "free",
                FluentValue::from(first_free["free"].as_u64().unwrap()),
            ),
        ],
    );
    let tile = &report["tile"];
    assert_eq!(tile["role"], "push button", "{context}");
    assert_eq!(tile["description"], expected_status.as_str(), "{context}");
    assert!(!has_state(tile, "selected"), "{tile}{context}");
    assert!(
        has_state(&report["chosen_tile"], "selected"),
        "the chosen service says so: {}{context}",
        report["chosen_tile"]
    );

    // A free slot says how many places are left; one that is over or full is disabled.
    let picked = &report["slot"];
    assert_eq!(
        picked["description"],
        en.args(
            "kiosk-slot-free",
            &[("free", FluentValue::from(free_before))]
        )
        .as_str(),
        "{context}"
    );
    assert!(has_state(picked, "enabled"), "{picked}{context}");
    assert!(
        has_state(&report["chosen_slot"], "selected"),
        "the chosen slot says so: {}{context}",
        report["chosen_slot"]
    );
    let unavailable_seen = report["unavailable"].as_array().expect("unavailable slots");
    assert_eq!(unavailable_seen.len(), unavailable.len(), "{context}");
    // AccessKit's AT-SPI adapter before 0.20 reports every button as enabled and sensitive,
    // disabled or not (AccessKit/accesskit#787, fixed by #788); Slint 1.18.1 is tied to
    // 0.19. Until it moves on, a slot that is over or full is unavailable by its words and
    // by doing nothing when pressed (checked below and by the booking), and
    // tests/kiosk_ui.rs checks `accessible-enabled` through Slint's own API. Once the
    // adapter is fixed the state is checked here too.
    let adapter = locked_version("accesskit_atspi_common");
    let adapter_reports_disabled = !adapter.starts_with("0.19.");
    for node in unavailable_seen {
        if adapter_reports_disabled {
            assert!(
                !has_state(node, "enabled") && !has_state(node, "sensitive"),
                "a past or full slot is disabled (accesskit_atspi_common {adapter}): \
                 {node}{context}"
            );
        }
        let words = [
            en.t("kiosk-slot-past"),
            en.t("kiosk-slot-full"),
            en.t("kiosk-slot-soon"),
        ];
        assert!(
            words.iter().any(|w| node["description"] == w.as_str()),
            "a past or full slot says why: {node}{context}"
        );
    }
    assert!(
        unavailable_seen
            .iter()
            .any(|n| n["name"] == full.as_str()
                && n["description"] == en.t("kiosk-slot-full").as_str()),
        "the full slot {full} says so{context}"
    );

    // Pressing the slots that were over or full chose nothing: the visitor's choice on the
    // confirm screen is the free slot.
    let confirm: Vec<&str> = report["confirm"]
        .as_array()
        .expect("the confirm screen")
        .iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    assert!(
        confirm.iter().any(|t| t.contains(&format!("{wanted}–"))),
        "the choice is {wanted}: {confirm:?}{context}"
    );
    for other in &unavailable {
        assert!(
            !confirm.iter().any(|t| t.contains(&format!("{other}–"))),
            "pressing {other} chose it: {confirm:?}{context}"
        );
    }

    // Where a person sees it: the place is taken (that one only), the slip is in the spool
    // folder, and the code read out on the last screen is the slip's.
    let after = sosta.json(NOW, &["services", "--json"]);
    for (was, now) in shower_slots.iter().zip(slots_of(&after, "shower")) {
        let expected = if was["start"] == wanted.as_str() {
            free_before - 1
        } else {
            was["free"].as_u64().unwrap()
        };
        assert_eq!(
            now["free"].as_u64(),
            Some(expected),
            "places at {} after booking {wanted}: {after}{context}",
            was["start"]
        );
    }
    let code = report["code"].as_str().expect("the visitor's code");
    let spooled = wait_until("a new slip in the spool folder", || {
        let new: Vec<String> = slips_in(&slips)
            .into_iter()
            .filter(|s| !slips_before.contains(s))
            .collect();
        (!new.is_empty()).then_some(new)
    });
    // The file is named by the code without the dash that groups it for reading.
    assert_eq!(
        spooled,
        [code.replace('-', "")],
        "the one new slip is the code read out{context}"
    );
    let copy = logs.path().join("copy.pdf");
    let reprint = sosta.run(NOW, &["slip", code, "--out", copy.to_str().unwrap()]);
    assert!(
        reprint.status.success(),
        "the code {code:?} read out by the screen reader is a slip's: {}{context}",
        common::stderr(&reprint)
    );
}
