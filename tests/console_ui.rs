//! The coordinator's console in the real station window, and the real kiosk window on the
//! same site, both through Slint's testing backend: an edit typed on the station's
//! keyboard reaches the kiosk at its next tick, a new service is offered, a change that
//! would strand bookings asks first, the questions chosen are asked, and the accounts'
//! rules hold.

mod common;

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use slint::platform::WindowEvent;
use slint::{ComponentHandle, Model};
use sosta::app::{App, AuditAction, DataDir, Question};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::kiosk::KioskController;
use sosta::screenshot::ManualClock;
use sosta::staff::StationController;
use sosta::store::{BookingRequest, Role};
use sosta::ui::{Kiosk, KioskWindow, Screen, StaffWindow, Station, StationScreen};

/// Wednesday 25 November 2026, 10:15 in Rome.
fn morning() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 10, 15, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const PIN: &str = "482957";

/// A station with Giulia, the coordinator, logged in, and a kiosk on the same site: two
/// programs, each with its own connection.
struct Site {
    station: StaffWindow,
    kiosk: KioskWindow,
    clock: ManualClock,
    _connected: (sosta::staff::Connected, sosta::kiosk::Connected),
    /// Last, so the windows let go of the site before its database is dropped.
    site: common::Sosta,
}

fn open(site: &common::Sosta, translations: &Rc<Translations>) -> App {
    let locales: Vec<&str> = translations.locales().collect();
    App::open(
        DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
        &locales,
    )
    .unwrap()
}

impl Site {
    fn new(prepare: impl FnOnce(&mut App)) -> Site {
        i_slint_backend_testing::init_no_event_loop();
        let site = common::Sosta::new();
        site.settings("[site]\nlanguage = \"en\"\n");
        let translations = Rc::new(Translations::embedded().unwrap());
        let mut app = open(&site, &translations);
        let pin = sosta::accounts::validate_pin(PIN).unwrap();
        let name = sosta::accounts::validate_name("Giulia").unwrap();
        let earlier = morning() - Duration::hours(2);
        sosta::accounts::add_staff(&mut app, &name, Role::Admin, &pin, None, "test", earlier)
            .unwrap();
        prepare(&mut app);
        let clock = ManualClock(Rc::new(Cell::new(morning())));
        let controller =
            StationController::new(app, Rc::clone(&translations), Rc::new(clock.clone()), None);
        let station = StaffWindow::new().unwrap();
        // Tall enough that the whole service form is on screen: the testing backend taps
        // only what is inside the scrolled area's view.
        station
            .window()
            .set_size(slint::PhysicalSize::new(1280, 3200));
        let desk = sosta::staff::connect(&station, controller);
        station.show().unwrap();
        // The kiosk has translations of its own, as another program would.
        let kiosk_translations = Rc::new(Translations::embedded().unwrap());
        let kiosk_app = open(&site, &kiosk_translations);
        let kiosk_controller =
            KioskController::new(kiosk_app, kiosk_translations, Rc::new(clock.clone()));
        let kiosk = KioskWindow::new().unwrap();
        kiosk
            .window()
            .set_size(slint::PhysicalSize::new(1920, 1080));
        let kiosked = sosta::kiosk::connect(&kiosk, kiosk_controller);
        kiosk.show().unwrap();
        let s = Site {
            station,
            kiosk,
            clock,
            _connected: (desk, kiosked),
            site,
        };
        s.tap_station("Giulia");
        for digit in PIN.chars() {
            s.tap_station(&digit.to_string());
        }
        s.tap_station("Log in");
        s
    }

    fn tap_in<C: ComponentHandle>(component: &C, label: &str) {
        common::tap(component, label);
    }

    fn tap_station(&self, label: &str) {
        Site::tap_in(&self.station, label);
    }

    fn tap_kiosk(&self, label: &str) {
        Site::tap_in(&self.kiosk, label);
    }

    /// Types on the station's keyboard: each character a key press, as a person types.
    fn type_keys(&self, keys: &[&str]) {
        for key in keys {
            let text: slint::SharedString = (*key).into();
            let window = self.station.window();
            window.dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
            window.dispatch_event(WindowEvent::KeyReleased { text });
        }
    }

    fn type_text(&self, text: &str) {
        let keys: Vec<String> = text.chars().map(String::from).collect();
        self.type_keys(&keys.iter().map(String::as_str).collect::<Vec<_>>());
    }

    /// Taps a field of the form and replaces what it holds with `text`.
    fn fill(&self, field: &str, text: &str) {
        self.tap_station(field);
        self.type_keys(&["\u{1b}"]);
        self.type_text(text);
    }

    /// One second passes: both programs tick.
    fn wait(&self) {
        self.clock.0.set(self.clock.0.get() + Duration::seconds(1));
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
        slint::platform::update_timers_and_animations();
    }

    fn station_global(&self) -> Station<'_> {
        self.station.global::<Station>()
    }

    fn tile_names(&self) -> Vec<String> {
        let tiles = self.kiosk.global::<Kiosk>().get_tiles();
        (0..tiles.row_count())
            .filter_map(|i| tiles.row_data(i))
            .map(|t| t.name.to_string())
            .collect()
    }

    fn audit(&self, action: AuditAction) -> Vec<String> {
        let translations = Translations::embedded().unwrap();
        let app = open(&self.site, &Rc::new(translations));
        let day = sosta::domain::local_date(morning(), app.config.timezone);
        app.audit_on(day)
            .unwrap()
            .into_iter()
            .filter(|r| r.entry.action == action)
            .map(|r| r.entry.detail)
            .collect()
    }
}

#[test]
fn a_name_and_a_capacity_typed_in_the_console_reach_the_kiosk_at_its_next_tick() {
    let site = Site::new(|_| {});
    site.tap_kiosk("English");
    assert!(site.tile_names().contains(&"Shower".to_owned()));

    site.tap_station("Console");
    assert_eq!(site.station_global().get_screen(), StationScreen::Console);
    site.tap_station("Edit Shower");
    assert!(site.station_global().get_console_form());
    // Shift reaches the station as a key of its own, as on a real keyboard.
    site.tap_station("Name in English");
    site.type_keys(&["\u{10}", "H"]);
    site.type_text("ot shower");
    site.fill("Places per slot, or numbers per day", "3");
    site.tap_station("Save");
    assert_eq!(site.station_global().get_message(), "");
    assert!(
        !site.station_global().get_console_form(),
        "back to the list"
    );
    let rows = site.station_global().get_console_rows();
    assert_eq!(
        rows.row_data(0).map(|r| r.title.to_string()).as_deref(),
        Some("Hot shower"),
        "the station's own list names it anew at once"
    );

    site.wait();
    assert!(
        site.tile_names().contains(&"Hot shower".to_owned()),
        "{:?}",
        site.tile_names()
    );
    site.tap_kiosk("Hot shower");
    let slots = site.kiosk.global::<Kiosk>().get_slots();
    let free: Vec<String> = (0..slots.row_count())
        .filter_map(|i| slots.row_data(i))
        .map(|s| s.detail.to_string())
        .collect();
    assert!(
        free.iter().any(|s| s.contains('3')),
        "three places per slot: {free:?}"
    );
    let audit = site.audit(AuditAction::ServiceChanged);
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert!(audit[0].contains("shower capacity: 2 → 3"), "{}", audit[0]);
    assert!(
        audit[0].contains("shower name.en:  → Hot shower"),
        "{}",
        audit[0]
    );
}

#[test]
fn a_new_service_needs_its_italian_name_and_is_then_offered_in_every_language() {
    let site = Site::new(|_| {});
    site.tap_kiosk("English");
    site.tap_station("Console");
    site.tap_station("New service");
    site.type_text("Dentist");
    site.fill("Wednesday", "14:00-17:00");
    site.tap_station("Save");
    assert_eq!(
        site.station_global().get_message(),
        "Write the name in Italian first: every language without its own name shows it"
    );
    site.tap_station("Italiano");
    site.type_text("Dentista del mercoledì");
    site.fill("Wednesday", "14:00-12:00");
    site.tap_station("Save");
    assert!(
        site.station_global()
            .get_message()
            .contains("Wednesday: write the hours as 09:00-12:00"),
        "{}",
        site.station_global().get_message()
    );
    site.fill("Wednesday", "14:00-16:00 15:00-17:00");
    site.tap_station("Save");
    assert_eq!(
        site.station_global().get_message(),
        "on Wednesday the hours 14:00-16:00 and 15:00-17:00 overlap"
    );
    site.fill("Wednesday", "14:00-17:00");
    site.tap_station("Save");
    assert_eq!(site.station_global().get_message(), "");
    assert!(!site.station_global().get_console_form(), "saved");

    site.wait();
    assert!(
        site.tile_names().contains(&"Dentist".to_owned()),
        "{:?}",
        site.tile_names()
    );
    site.tap_kiosk("Start again");
    site.tap_kiosk("Română");
    assert!(
        site.tile_names()
            .contains(&"Dentista del mercoledì".to_owned()),
        "a language without its own name shows the Italian one: {:?}",
        site.tile_names()
    );
    let added = site.audit(AuditAction::ServiceAdded);
    assert_eq!(added.len(), 1);
    assert!(
        added[0].starts_with("+dentista-del-mercoledi"),
        "{}",
        added[0]
    );
}

#[test]
fn shorter_hours_that_would_strand_a_booking_list_it_and_save_only_when_confirmed() {
    let site = Site::new(|app| {
        let shower = app.service_by_slug("shower").unwrap().unwrap();
        // Two showers booked earlier: 10:40, inside the new hours, and 11:20, outside.
        for minute in [(10, 40), (11, 20)] {
            let at = chrono_tz::Europe::Rome
                .with_ymd_and_hms(2026, 11, 25, minute.0, minute.1, 0)
                .unwrap()
                .with_timezone(&Utc);
            let request = BookingRequest {
                service: shower.id,
                wanted: Wanted::At(at),
                quantity: 1,
            };
            app.book("ar", &[request], morning() - Duration::hours(1))
                .unwrap();
        }
    });
    site.tap_station("Console");
    site.tap_station("Edit Shower");
    site.fill("Wednesday", "09:00-11:00");
    site.tap_station("Save");
    let stranded = site.station_global().get_form_stranded();
    assert_eq!(stranded.row_count(), 1, "the 11:20 shower is listed");
    assert!(stranded.row_data(0).unwrap().contains("11:20"));
    assert!(
        site.audit(AuditAction::ServiceChanged).is_empty(),
        "nothing saved yet"
    );
    site.tap_station("Save anyway");
    assert!(!site.station_global().get_console_form());
    assert_eq!(site.audit(AuditAction::ServiceChanged).len(), 1);
    assert_eq!(
        site.site.strings("SELECT status FROM booking"),
        ["booked", "booked"],
        "the change never touches a booking"
    );
    // Editing again lists nothing: the booking was left outside by the change before.
    site.tap_station("Edit Shower");
    site.fill("Short description in English", "Hot water, towel and soap");
    site.tap_station("Save");
    assert!(!site.station_global().get_console_form(), "saved at once");
    // Withdrawing the shower asks first, then stops offering it; the booking stays.
    let active = || {
        site.site
            .strings("SELECT CAST(active AS TEXT) FROM service WHERE slug = 'shower'")
    };
    site.tap_station("Stop offering Shower");
    assert!(
        site.station_global()
            .get_message()
            .starts_with("1 booking of this service is still to be served"),
        "{}",
        site.station_global().get_message()
    );
    assert_eq!(active(), ["1"]);
    site.tap_station("Stop offering Shower");
    assert_eq!(active(), ["0"]);
    assert_eq!(
        site.site.strings("SELECT status FROM booking"),
        ["booked", "booked"]
    );
}

#[test]
fn a_slip_scanned_into_a_form_is_taken_out_of_it_and_the_form_stays() {
    let site = Site::new(|_| {});
    site.tap_station("Console");
    site.tap_station("Edit Shower");
    site.tap_station("Name in English");
    // A person types, a key every fifth of a second...
    for key in ["W", "a", "r", "m"] {
        site.clock
            .0
            .set(site.clock.0.get() + Duration::milliseconds(200));
        site.type_keys(&[key]);
    }
    // ...then a USB scanner types a whole slip at once and ends it with Enter.
    site.clock.0.set(site.clock.0.get() + Duration::seconds(1));
    site.type_text("SOSTA1ABCDEFGH23\n");
    assert!(
        site.station_global()
            .get_message()
            .starts_with("A slip was scanned while this form is open"),
        "{}",
        site.station_global().get_message()
    );
    assert_eq!(site.station_global().get_screen(), StationScreen::Console);
    assert!(
        site.station_global().get_console_form(),
        "the form stays open"
    );
    let fields = site.station_global().get_form_fields();
    let name = (0..fields.row_count())
        .filter_map(|i| fields.row_data(i))
        .find(|f| f.id == "name")
        .unwrap();
    assert_eq!(
        name.value, "Warm",
        "what the person typed stays, the slip goes"
    );
}

#[test]
fn the_questions_a_coordinator_chooses_are_asked_after_the_language_and_stored_on_the_visit() {
    let site = Site::new(|_| {});
    site.tap_station("Console");
    site.tap_station("Questions");
    site.tap_station("Ask Where they slept last night: home, friends or family, shelter, outside");
    site.tap_station("Ask First time here: yes or no");
    site.wait();
    site.tap_kiosk("English");
    assert_eq!(site.kiosk.global::<Kiosk>().get_screen(), Screen::Question);
    assert_eq!(
        site.kiosk.global::<Kiosk>().get_question_title(),
        "Where did you sleep last night?"
    );
    site.tap_kiosk("Outside");
    assert_eq!(
        site.kiosk.global::<Kiosk>().get_question_title(),
        "Is this your first time here?"
    );
    site.tap_kiosk("Skip this question");
    assert_eq!(site.kiosk.global::<Kiosk>().get_screen(), Screen::Today);
    site.tap_kiosk("Meal");
    site.tap_kiosk("Take a number");
    site.tap_kiosk("Print my slip");
    assert_eq!(site.kiosk.global::<Kiosk>().get_screen(), Screen::Done);
    let rows = site.site.strings(
        "SELECT coalesce(housing, '-') || ' ' || coalesce(CAST(first_visit AS TEXT), '-') FROM visit",
    );
    assert_eq!(rows, ["outside -"]);
    let settings = site.audit(AuditAction::SettingsChanged);
    assert_eq!(settings.len(), 2);
    assert_eq!(
        settings[1], "questions: housing → housing,first_visit",
        "{settings:?}"
    );
    let open = open(&site.site, &Rc::new(Translations::embedded().unwrap()));
    assert_eq!(
        open.questions().unwrap(),
        [Question::Housing, Question::FirstVisit]
    );
}

#[test]
fn accounts_are_added_given_a_role_and_the_last_coordinator_stays_one() {
    let site = Site::new(|_| {});
    site.tap_station("Console");
    site.tap_station("Staff");
    site.tap_station("Make staff Giulia");
    assert_eq!(
        site.station_global().get_message(),
        "This is the last active administrator: make another account an administrator first"
    );
    site.tap_station("New account");
    site.type_text("Luca");
    site.tap_station("PIN (6 to 12 digits)");
    site.type_text("123456");
    site.tap_station("Save");
    assert!(
        site.station_global()
            .get_message()
            .contains("hard to guess"),
        "{}",
        site.station_global().get_message()
    );
    site.fill("PIN (6 to 12 digits)", "739164");
    site.tap_station("Save");
    assert_eq!(site.station_global().get_message(), "");
    site.tap_station("Make coordinator Luca");
    site.tap_station("Make staff Giulia");
    assert_eq!(site.station_global().get_message(), "");
    assert_eq!(site.audit(AuditAction::RoleChanged).len(), 2);
    assert_eq!(
        site.audit(AuditAction::StaffAdded)
            .last()
            .map(String::as_str),
        Some("Luca")
    );
    // Giulia is staff now: the console is no longer hers.
    assert!(!site.station_global().get_can_console());
    assert_ne!(site.station_global().get_screen(), StationScreen::Console);
}
