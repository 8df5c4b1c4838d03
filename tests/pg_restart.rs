//! The database server stops and starts again under a running store: while it is away
//! every read says "cannot be reached", nothing is half-written, and the store comes back
//! by itself. A file of its own: stopping the server would break tests running beside it.

#![cfg(feature = "pg-tests")]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::Sosta;
use slint::{ComponentHandle, Model};
use sosta::app::{App, DataDir};
use sosta::store::{Durability, Store, StoreTrouble};
use sosta::ui::{Kiosk, KioskWindow};

/// One test at a time stops the server.
static SERVER: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn pg_ctl(action: &str) {
    let bin = std::env::var("SOSTA_TEST_PG_BIN").expect(".ci/pg-setup names SOSTA_TEST_PG_BIN");
    let data = std::env::var("SOSTA_TEST_PG_DATA").expect(".ci/pg-setup names the cluster");
    let mut args = vec![
        format!("{bin}/pg_ctl"),
        "-D".to_owned(),
        data,
        "-w".to_owned(),
    ];
    if action == "stop" {
        args.extend(["-m".to_owned(), "fast".to_owned()]);
    } else {
        // The server's output goes to its log, never to this test's pipes.
        let log = std::env::var("SOSTA_TEST_PG_LOG").expect(".ci/pg-setup names the log");
        args.extend(["-l".to_owned(), log]);
    }
    args.push(action.to_owned());
    let status = if rustix::process::getuid().is_root() {
        Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .args(&args)
            .stdout(std::process::Stdio::null())
            .status()
    } else {
        Command::new(&args[0])
            .args(&args[1..])
            .stdout(std::process::Stdio::null())
            .status()
    }
    .expect("pg_ctl runs");
    assert!(status.success(), "pg_ctl {action}");
}

#[test]
fn the_store_says_the_server_is_away_and_comes_back_by_itself() {
    let _one = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    let site = Sosta::new();
    site.json("2026-11-25T08:30:00+01:00", &["services", "--json"]);
    let store = Store::open_at(&site.location(), Durability::Full).unwrap();
    let before = store.services().unwrap().len();
    let version = store.data_version().unwrap();

    pg_ctl("stop");
    let away = store.services().expect_err("no server, no services");
    assert_eq!(away.trouble(), StoreTrouble::ServerUnreachable, "{away}");
    // Asking again while it is away answers at once, without waiting for a connection.
    let asked = Instant::now();
    let again = store.services().expect_err("still away");
    assert_eq!(again.trouble(), StoreTrouble::ServerUnreachable, "{again}");
    assert!(asked.elapsed() < Duration::from_secs(1));

    pg_ctl("start");
    let deadline = Instant::now() + Duration::from_secs(10);
    let services = loop {
        match store.services() {
            Ok(services) => break services,
            Err(e) if Instant::now() < deadline => {
                assert_eq!(e.trouble(), StoreTrouble::ServerUnreachable, "{e}");
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(e) => panic!("the store did not come back: {e}"),
        }
    };
    assert_eq!(services.len(), before);
    assert_ne!(
        store.data_version().unwrap(),
        version,
        "what changed while away is unknown: the screens reload"
    );
}

/// The kiosk at the entrance while the server is away: no tiles to book, "please ask the
/// staff", and the tiles again by themselves once it is back.
#[test]
fn the_kiosk_asks_visitors_to_see_the_staff_while_the_server_is_away() {
    let _one = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    i_slint_backend_testing::init_no_event_loop();
    let site = Sosta::new();
    site.settings("[site]\nlanguage = \"en\"\n");
    let translations = std::rc::Rc::new(sosta::i18n::Translations::embedded().unwrap());
    let locales: Vec<&str> = translations.locales().collect();
    let app = App::open(
        DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
        &locales,
    )
    .unwrap();
    let morning =
        chrono::TimeZone::with_ymd_and_hms(&chrono_tz::Europe::Rome, 2026, 11, 25, 8, 30, 0)
            .unwrap()
            .with_timezone(&chrono::Utc);
    let clock = sosta::screenshot::ManualClock(std::rc::Rc::new(std::cell::Cell::new(morning)));
    let controller = sosta::kiosk::KioskController::new(app, translations, std::rc::Rc::new(clock));
    let window = KioskWindow::new().unwrap();
    let _connected = sosta::kiosk::connect(&window, controller);
    window.show().unwrap();
    let tick = || {
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
        slint::platform::update_timers_and_animations();
    };
    let english =
        i_slint_backend_testing::ElementHandle::find_by_accessible_label(&window, "English")
            .next()
            .expect("the language screen offers English");
    english.invoke_accessible_default_action();
    tick();
    let kiosk = window.global::<Kiosk>();
    assert!(kiosk.get_tiles().row_count() > 0);
    assert_eq!(kiosk.get_problem(), "");

    pg_ctl("stop");
    tick();
    assert_eq!(
        kiosk.get_problem(),
        "The kiosk cannot book right now. Please ask the staff."
    );
    assert_eq!(kiosk.get_tiles().row_count(), 0, "nothing to book");

    pg_ctl("start");
    let deadline = Instant::now() + Duration::from_secs(15);
    while kiosk.get_tiles().row_count() == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
        tick();
    }
    assert!(kiosk.get_tiles().row_count() > 0, "the tiles are back");
    assert_eq!(kiosk.get_problem(), "");
}

/// A desk while the server is away: today's genuine slip is said genuine but not served,
/// a typed short code cannot be checked, and once the server is back the slip is served.
#[test]
fn a_station_checks_a_slip_s_signature_while_the_server_is_away() {
    let _one = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    let site = Sosta::new();
    let app = App::open(
        DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
        &["en", "it"],
    )
    .unwrap();
    let booked = site.json(
        "2026-11-25T08:30:00+01:00",
        &["book", "harm-reduction-kit", "--json"],
    );
    let payload = booked["payload"].as_str().unwrap();
    let code = booked["code"].as_str().unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T08:40:00+01:00")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let kit = app.service_by_slug("harm-reduction-kit").unwrap().unwrap();
    let actor = sosta::app::Actor {
        staff: None,
        station: "test".to_owned(),
        desk: Some(kit.id),
    };

    pg_ctl("stop");
    let away = app.scan(payload, Some(kit.id), Some(&actor), now).unwrap();
    assert_eq!(away.verdict, sosta::domain::Verdict::GenuineOffline);
    let typed = app.scan(code, Some(kit.id), None, now).unwrap_err();
    assert_eq!(typed.trouble(), StoreTrouble::ServerUnreachable);

    pg_ctl("start");
    let deadline = Instant::now() + Duration::from_secs(15);
    let back = loop {
        match app.scan(payload, Some(kit.id), Some(&actor), now) {
            Ok(o) if o.verdict != sosta::domain::Verdict::GenuineOffline => break o,
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(250)),
            other => panic!("the desk did not come back: {other:?}"),
        }
    };
    assert_eq!(
        back.verdict,
        sosta::domain::Verdict::Served,
        "served once, now"
    );
}

/// The waiting room's display while the server is away: the clock and "—", no desks;
/// once the server is back the desks return by themselves.
#[test]
fn the_display_shows_the_clock_and_a_dash_while_the_server_is_away() {
    let _one = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    i_slint_backend_testing::init_no_event_loop();
    let site = Sosta::new();
    site.settings("[site]\nlanguage = \"en\"\n");
    let translations = std::rc::Rc::new(sosta::i18n::Translations::embedded().unwrap());
    let locales: Vec<&str> = translations.locales().collect();
    let app = App::open(
        DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
        &locales,
    )
    .unwrap();
    let lunch =
        chrono::TimeZone::with_ymd_and_hms(&chrono_tz::Europe::Rome, 2026, 11, 25, 12, 15, 0)
            .unwrap()
            .with_timezone(&chrono::Utc);
    let clock = sosta::screenshot::ManualClock(std::rc::Rc::new(std::cell::Cell::new(lunch)));
    let controller =
        sosta::display::DisplayController::new(app, translations, std::rc::Rc::new(clock.clone()));
    let window = sosta::ui::DisplayWindow::new().unwrap();
    let _connected = sosta::display::connect(&window, controller, |_| {});
    window.show().unwrap();
    let poll = || {
        clock.0.set(clock.0.get() + chrono::Duration::seconds(1));
        i_slint_backend_testing::mock_elapsed_time(sosta::display::POLL);
        slint::platform::update_timers_and_animations();
    };
    let shown = window.global::<sosta::ui::Display>();
    assert!(shown.get_desks().row_count() > 0, "the canteen is open");
    assert_eq!(shown.get_note(), "");

    pg_ctl("stop");
    poll();
    assert_eq!(shown.get_note(), "\u{2014}");
    assert_eq!(shown.get_desks().row_count(), 0);
    assert_eq!(shown.get_clock(), "12:15", "the clock goes on");

    pg_ctl("start");
    let deadline = Instant::now() + Duration::from_secs(15);
    while shown.get_desks().row_count() == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
        poll();
    }
    assert!(shown.get_desks().row_count() > 0, "the desks are back");
    assert_eq!(shown.get_note(), "");
}
