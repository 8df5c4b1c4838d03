//! The waiting room's display through the real path: the real `sosta display` in an X
//! window (Xvfb), read on the accessibility bus (AT-SPI) as a screen reader reads it, while
//! another program calls the next number on the same data folder. The canteen's card
//! reads "Meal —", then "Meal 1"; the chime and the call are played through ALSA, whose
//! default device here is a file (`~/.asoundrc` with the `file` plugin), and that sound is
//! read back: loud enough to hear, as long as a chime and words.
//!
//! Built only with `--features a11y-tests` (`.ci/x11-setup` installs Xvfb and AT-SPI,
//! espeak-ng and aplay too).

#![cfg(feature = "a11y-tests")]

mod common;
#[path = "common/x11.rs"]
mod x11;

use std::fs::File;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::Sosta;
use sosta::app::{Actor, App, DataDir};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::store::BookingRequest;
use x11::{Helper, PATIENCE, PYTHON, start_atspi, start_session, start_xvfb, wait_until};

/// A Wednesday at lunch time.
const NOW: &str = "2026-11-25T12:15:00+01:00";

/// Samples of 16-bit mono sound in a file the ALSA `file` plugin wrote.
fn samples(path: &Path) -> Vec<i16> {
    std::fs::read(path)
        .unwrap_or_default()
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect()
}

#[test]
fn a_number_called_at_a_station_is_read_on_the_display_and_heard_in_the_room() {
    let _turn = x11::one_walk_at_a_time();
    let translations = Translations::embedded().expect("the built-in translations");
    let en = translations.lang("en");
    let sosta = Sosta::new();
    sosta.settings("[site]\nlanguage = \"en\"\n");
    let logs = tempfile::tempdir().expect("a folder for logs");
    // A visitor who chose Ukrainian holds number 1 at the canteen.
    let now = chrono::DateTime::parse_from_rfc3339(NOW)
        .unwrap()
        .with_timezone(&chrono::Utc);
    // The canteen's station: another program on the same data folder.
    let mut station = App::open(
        DataDir::resolve(Some(sosta.data_dir().to_path_buf())).unwrap(),
        &["en", "it", "uk"],
    )
    .unwrap();
    let service = station.service_by_slug("meal").unwrap().unwrap();
    let request = BookingRequest {
        service: service.id,
        wanted: Wanted::Next,
        quantity: 1,
    };
    station
        .book("uk", &[request], now - chrono::Duration::minutes(30))
        .unwrap();

    // ALSA's default device is a file in the display's home folder.
    let home = tempfile::tempdir().expect("a home folder");
    let heard = home.path().join("heard.raw");
    std::fs::write(
        home.path().join(".asoundrc"),
        format!(
            "pcm.!default {{\n    type file\n    slave.pcm \"null\"\n    file \"{}\"\n    format \"raw\"\n}}\n",
            heard.display()
        ),
    )
    .expect("the sound settings");

    let (_xvfb, display) = start_xvfb();
    let session = start_session();
    let _atspi = start_atspi(&session, &display);
    let log = |name: &str| File::create(logs.path().join(name)).expect("a log file");
    let mut command = sosta.command(NOW, &["display", "--windowed"]);
    command.env("HOME", home.path());
    let mut shown = x11::spawn_window(
        "sosta display",
        command,
        &display,
        &session,
        logs.path(),
        "display",
    );
    x11::window_of(&display, shown.child.id());

    let meal = en.t("service-meal");
    let ready = logs.path().join("ready");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y/display_by_name.py");
    let mut walk = Command::new(PYTHON);
    walk.arg(&script)
        .arg("--report")
        .arg(logs.path().join("report.json"))
        .arg("--ready")
        .arg(&ready)
        .args(["--timeout", PATIENCE.as_secs().to_string().as_str()])
        .args(["--before", format!("{meal} \u{2014}").as_str()])
        .args(["--after", format!("{meal} 1").as_str()])
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env("DISPLAY", &display)
        .stdout(log("walk.out"))
        .stderr(log("walk.err"));
    let mut walker = Helper::spawn("display_by_name.py", walk);
    wait_until("the display read before the call", || {
        ready.exists().then_some(())
    });

    // The canteen's station calls the next number.
    let actor = Actor {
        staff: None,
        station: "desk:meal".to_owned(),
        desk: Some(service.id),
    };
    let called_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert_eq!(station.call_next(&actor, service.id, now).unwrap(), Some(1));

    let x11::Walked { report, context } = x11::finish_walk(
        &mut walker,
        &mut shown,
        "display",
        logs.path(),
        "display.err",
    );
    let seen_at = report["after_seen_at"]
        .as_f64()
        .expect("the time it was read");
    // Said, not asserted: a timed test would fail on a busy machine. The median is
    // measured by benches/display.rs.
    println!(
        "call -> read on the accessibility bus: {:.0} ms",
        (seen_at - called_at) * 1000.0
    );

    // The chime, then "Number 1, Meal." in English and in Ukrainian: the sound keeps
    // coming for a while; wait until the file stops growing.
    let mut last = 0;
    wait_until("the announcement played to the end", || {
        std::thread::sleep(Duration::from_millis(700));
        let len = std::fs::metadata(&heard).map(|m| m.len()).unwrap_or(0);
        let done = len > 0 && len == last;
        last = len;
        done.then_some(())
    });
    let sound = samples(&heard);
    let seconds = sound.len() as f64 / f64::from(sosta::voice::RATE);
    let loudness = sosta::voice::rms(&sound);
    assert!(
        seconds > 2.0,
        "a chime and two sentences last more than 2 s, not {seconds:.2} s{context}"
    );
    assert!(
        loudness > 500.0,
        "the call is audible: rms {loudness:.0}{context}"
    );
    // The speech after the chime is not silence either.
    let chime = sosta::voice::chime().len();
    let after_chime = sosta::voice::rms(&sound[chime.min(sound.len())..]);
    assert!(
        after_chime > 300.0,
        "words after the chime: rms {after_chime:.0}"
    );
}
