//! Standby when a service is full: the kiosk offers "wait for a free place" and prints a
//! standby slip; a cancelled place goes to the first one waiting (a booking of its own,
//! valid at the desk, and a call on the waiting room's display); an offer nobody takes in
//! `standby_minutes` goes to the next one. Several programs cancelling at once give each
//! freed place to exactly one person, and never more people than places. On PostgreSQL too
//! with `pg-tests`.

mod common;

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use slint::{ComponentHandle, Model};
use sosta::app::{Actor, App};
use sosta::domain::Status;
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::kiosk::KioskController;
use sosta::screenshot::ManualClock;
use sosta::store::BookingRequest;
use sosta::ui::{Kiosk, KioskWindow, Screen};

/// Wednesday 25 November 2026, 12:15 in Rome: the canteen is open.
const NOW: &str = "2026-11-25T12:15:00+01:00";

fn lunch() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 12, 15, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn open(site: &common::Sosta) -> App {
    common::open_app(site, &["en", "it", "ar", "uk"])
}

fn desk(app: &App) -> Actor {
    Actor {
        staff: None,
        station: "test".to_owned(),
        desk: Some(app.service_by_slug("meal").unwrap().unwrap().id),
    }
}

/// The canteen with `places` numbers today, all taken; the slips' codes.
fn full_canteen(site: &common::Sosta, places: u32) -> (App, Vec<String>) {
    let mut app = open(site);
    let meal = app.service_by_slug("meal").unwrap().unwrap();
    let earlier = lunch() - Duration::hours(2);
    app.set_day_capacity(&desk(&app), meal.id, places, earlier)
        .unwrap();
    let mut codes = Vec::new();
    for _ in 0..places {
        let request = BookingRequest {
            service: meal.id,
            wanted: Wanted::Next,
            quantity: 1,
        };
        let (visit, _) = app.book("it", &[request], earlier).unwrap();
        codes.push(visit.short_code.to_string());
    }
    (app, codes)
}

/// `book meal --standby --json` through the binary: the code and the standby number.
fn join(site: &common::Sosta) -> (String, u32) {
    let joined = site.json(NOW, &["book", "meal", "--standby", "--json"]);
    assert!(
        joined["bookings"].as_array().unwrap().is_empty(),
        "{joined}"
    );
    (
        joined["code"].as_str().unwrap().to_owned(),
        joined["standby"].as_u64().unwrap() as u32,
    )
}

fn scan_verdict(site: &common::Sosta, code: &str) -> String {
    let scanned = site.json(NOW, &["scan", code, "--desk", "meal", "--json"]);
    scanned["verdict"].as_str().unwrap().to_owned()
}

#[test]
fn a_cancelled_place_goes_to_the_first_waiting_and_passes_on_when_nobody_comes() {
    let site = common::Sosta::new();
    let (app, codes) = full_canteen(&site, 2);
    // Not full yet? It is: a third person waits.
    let (first, one) = join(&site);
    let (second, two) = join(&site);
    assert_eq!((one, two), (1, 2));
    assert_ne!(scan_verdict(&site, &first), "valid", "no place yet");

    // Someone cancels: the first waiting gets the place, valid at the canteen now.
    let out = site.run(NOW, &["cancel", &codes[0], "--service", "meal"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(scan_verdict(&site, &first), "valid");
    assert_ne!(scan_verdict(&site, &second), "valid");
    let calls = app.queue_calls(lunch()).unwrap();
    assert_eq!(calls.len(), 1);
    assert!(calls[0].standby && calls[0].number == 1);
    assert_eq!(calls[0].lang.as_deref(), Some("en"), "the slip's language");

    // Ten minutes on and the first has not come: the place goes to the second.
    assert_eq!(
        app.pass_on_standby(lunch() + Duration::minutes(9)).unwrap(),
        0
    );
    assert_eq!(
        app.pass_on_standby(lunch() + Duration::minutes(11))
            .unwrap(),
        1
    );
    assert_ne!(scan_verdict(&site, &first), "valid");
    assert_eq!(scan_verdict(&site, &second), "valid");
    let standby = app.standby_today(lunch()).unwrap();
    assert!(standby[0].expired && standby[1].offer.is_some());
    // Never more people expected than places.
    let day = lunch().date_naive();
    let meal = app.service_by_slug("meal").unwrap().unwrap();
    let expected = app
        .day_bookings(meal.id, day)
        .unwrap()
        .into_iter()
        .filter(|b| b.status == Status::Booked)
        .count();
    assert_eq!(expected, 2);
}

#[test]
fn a_service_with_free_places_has_no_standby_list() {
    let site = common::Sosta::new();
    let out = site.run(NOW, &["book", "meal", "--standby"]);
    assert!(!out.status.success());
    assert!(
        common::stderr(&out).contains("Meal is not full today: book a place instead."),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn desks_cancelling_at_once_give_each_freed_place_to_exactly_one_person() {
    let site = common::Sosta::new();
    let places = 4;
    let (app, codes) = full_canteen(&site, places);
    // Six kiosks at once put six visitors on the list: six different numbers.
    let joined =
        common::race((0..6).map(|_| site.command(NOW, &["book", "meal", "--standby", "--json"])));
    let mut numbers: Vec<u64> = joined
        .iter()
        .map(|out| {
            assert!(out.status.success(), "{}", common::stderr(out));
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            v["standby"].as_u64().unwrap()
        })
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);

    // Three desks cancel three bookings, each twice, all at once.
    let cancels = common::race(codes[..3].iter().flat_map(|code| {
        [0, 1].map(|_| site.command(NOW, &["cancel", code, "--service", "meal"]))
    }));
    let done = cancels.iter().filter(|o| o.status.success()).count();
    assert_eq!(done, 3, "each booking is cancelled once");

    let standby = app.standby_today(lunch()).unwrap();
    let offered: Vec<u32> = standby
        .iter()
        .filter(|s| s.offer.is_some())
        .map(|s| s.number)
        .collect();
    assert_eq!(
        offered,
        [1, 2, 3],
        "the first three waiting, one place each"
    );
    let meal = app.service_by_slug("meal").unwrap().unwrap();
    let bookings = app.day_bookings(meal.id, lunch().date_naive()).unwrap();
    let expected = bookings
        .iter()
        .filter(|b| b.status == Status::Booked)
        .count();
    assert_eq!(expected as u32, places, "as many people expected as places");
    let offers: Vec<_> = standby.iter().filter_map(|s| s.offer).collect();
    for offer in &offers {
        assert_eq!(
            bookings.iter().filter(|b| b.id == offer.booking).count(),
            1,
            "each offer is one booking"
        );
    }
    let calls = app.queue_calls(lunch()).unwrap();
    assert_eq!(calls.iter().filter(|c| c.standby).count(), 3);
}

#[test]
fn the_kiosk_offers_to_wait_for_a_free_place_and_prints_a_standby_slip() {
    i_slint_backend_testing::init_no_event_loop();
    let site = common::Sosta::new();
    site.settings("[site]\nlanguage = \"en\"\n");
    let (app, _) = full_canteen(&site, 1);
    drop(app);
    let translations = Rc::new(Translations::embedded().unwrap());
    let clock = ManualClock(Rc::new(Cell::new(lunch())));
    let controller = KioskController::new(open(&site), translations, Rc::new(clock));
    let window = KioskWindow::new().unwrap();
    window
        .window()
        .set_size(slint::PhysicalSize::new(1920, 1080));
    let connected = sosta::kiosk::connect(&window, controller);
    window.show().unwrap();
    let tap = |label: &str| common::tap(&window, label);
    tap("English");
    tap("Meal");
    tap("Wait for a free place");
    let kiosk = window.global::<Kiosk>();
    assert_eq!(kiosk.get_screen(), Screen::Done);
    let lines: Vec<String> = kiosk
        .get_issued()
        .iter()
        .map(|c| format!("{} {}", c.name, c.when))
        .collect();
    assert_eq!(lines, ["Meal Standby list, number 1"]);
    // The slip went to the spool with the standby line.
    let app = open(&site);
    let standby = app.standby_today(lunch()).unwrap();
    assert_eq!(standby.len(), 1);
    drop(connected);
}

#[test]
fn the_display_calls_a_standby_number_and_the_desk_sees_who_may_come() {
    i_slint_backend_testing::init_no_event_loop();
    let site = common::Sosta::new();
    site.settings("[site]\nlanguage = \"en\"\n");
    let (app, codes) = full_canteen(&site, 1);
    let pin = sosta::accounts::validate_pin("482957").unwrap();
    let name = sosta::accounts::validate_name("Anna").unwrap();
    let mut staff_app = open(&site);
    sosta::accounts::add_staff(
        &mut staff_app,
        &name,
        sosta::store::Role::Staff,
        &pin,
        None,
        "test",
        lunch() - Duration::hours(3),
    )
    .unwrap();
    let (_, number) = join(&site);
    let clock = ManualClock(Rc::new(Cell::new(lunch())));

    let display = sosta::ui::DisplayWindow::new().unwrap();
    let heard = Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = Rc::clone(&heard);
    let controller = sosta::display::DisplayController::new(
        open(&site),
        Rc::new(Translations::embedded().unwrap()),
        Rc::new(clock.clone()),
    );
    let _shown = sosta::display::connect(&display, controller, move |a| sink.borrow_mut().push(a));
    display.show().unwrap();

    let meal = staff_app.service_by_slug("meal").unwrap();
    let station_controller = sosta::staff::StationController::new(
        staff_app,
        Rc::new(Translations::embedded().unwrap()),
        Rc::new(clock.clone()),
        meal,
    );
    let station = sosta::ui::StaffWindow::new().unwrap();
    station
        .window()
        .set_size(slint::PhysicalSize::new(1280, 800));
    let _desk = sosta::staff::connect(&station, station_controller);
    station.show().unwrap();
    let tap = |label: &str| common::tap(&station, label);
    tap("Anna");
    for digit in "482957".chars() {
        tap(&digit.to_string());
    }
    tap("Log in");
    let desk_sees = || {
        station
            .global::<sosta::ui::Station>()
            .get_standby()
            .to_string()
    };
    assert_eq!(desk_sees(), "");

    let out = site.run(NOW, &["cancel", &codes[0], "--service", "meal"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    clock.0.set(lunch() + Duration::seconds(1));
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
    slint::platform::update_timers_and_animations();

    let shown: Vec<(String, String)> = display
        .global::<sosta::ui::Display>()
        .get_standby()
        .iter()
        .map(|c| (c.title.to_string(), c.number.to_string()))
        .collect();
    assert_eq!(shown, [("Meal".to_owned(), number.to_string())]);
    let said: Vec<String> = heard
        .borrow()
        .iter()
        .flat_map(|a| a.words.iter().map(|w| w.text.clone()))
        .collect();
    assert_eq!(said, ["Standby list, number 1, Meal."]);
    assert_eq!(desk_sees(), "Standby 1 may come now (until 12:25).");
    drop(app);
}

#[test]
fn a_kit_of_three_given_up_is_three_places_not_more() {
    let site = common::Sosta::new();
    let mut app = open(&site);
    let kit = app.service_by_slug("harm-reduction-kit").unwrap().unwrap();
    let earlier = lunch() - Duration::hours(2);
    let actor = Actor {
        staff: None,
        station: "test".to_owned(),
        desk: Some(kit.id),
    };
    // Six kits today, taken by two visitors of three each.
    app.set_day_capacity(&actor, kit.id, 6, earlier).unwrap();
    let mut held = Vec::new();
    for _ in 0..2 {
        let request = BookingRequest {
            service: kit.id,
            wanted: Wanted::Next,
            quantity: 3,
        };
        let (_, bookings) = app.book("it", &[request], earlier).unwrap();
        held.extend(bookings);
    }
    for _ in 0..5 {
        let joined = site.json(NOW, &["book", "harm-reduction-kit", "--standby", "--json"]);
        assert!(joined["standby"].is_u64(), "{joined}");
    }
    assert!(app.cancel(&actor, &held[0], lunch()).unwrap());
    let offered = app
        .standby_today(lunch())
        .unwrap()
        .iter()
        .filter(|s| s.offer.is_some())
        .count();
    assert_eq!(offered, 3, "three kits freed: three people called");
}
