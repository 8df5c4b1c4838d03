//! The real kiosk screens (`ui/kiosk.slint`) driven through Slint's testing backend, the
//! way a visitor taps them, on a real data folder.

mod common;

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use i_slint_backend_testing::ElementHandle;
use slint::{ComponentHandle, Model};
use sosta::app::{App, DataDir};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::kiosk::{Connected, KioskController, connect};
use sosta::screenshot::ManualClock;
use sosta::store::BookingRequest;
use sosta::ui::{CornerStep, Kiosk, KioskWindow, Screen};

/// Wednesday 25 November 2026, 10:10 in Rome.
fn morning() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 10, 10, 0)
        .unwrap()
        .with_timezone(&Utc)
}

struct Kiosked {
    site: common::Sosta,
    window: KioskWindow,
    clock: ManualClock,
    connected: Connected,
}

impl Kiosked {
    fn new(settings: &str, prepare: impl FnOnce(&mut App)) -> Kiosked {
        i_slint_backend_testing::init_no_event_loop();
        let site = common::Sosta::new();
        site.settings(settings);
        let translations = Rc::new(Translations::embedded().unwrap());
        let locales: Vec<&str> = translations.locales().collect();
        let mut app = App::open(
            DataDir::resolve(Some(site.data_dir().to_path_buf())).unwrap(),
            &locales,
        )
        .unwrap();
        prepare(&mut app);
        let clock = ManualClock(Rc::new(Cell::new(morning())));
        let controller = KioskController::new(app, translations, Rc::new(clock.clone()));
        let window = KioskWindow::new().unwrap();
        window
            .window()
            .set_size(slint::PhysicalSize::new(1920, 1080));
        let connected = connect(&window, controller);
        window.show().unwrap();
        Kiosked {
            site,
            window,
            clock,
            connected,
        }
    }

    fn find(&self, label: &str) -> Vec<ElementHandle> {
        ElementHandle::find_by_accessible_label(&self.window, label).collect()
    }

    /// The buttons with this accessible label.
    fn buttons(&self, label: &str) -> Vec<ElementHandle> {
        self.find(label)
            .into_iter()
            .filter(|e| {
                e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button)
            })
            .collect()
    }

    /// Taps the one button with this accessible label, with a pointer click at its centre.
    fn tap(&self, label: &str) {
        let found = self.buttons(label);
        assert_eq!(
            found.len(),
            1,
            "buttons labelled {label:?} on {:?}",
            self.screen()
        );
        found[0].mock_single_click(slint::platform::PointerEventButton::Left);
    }

    fn shows(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    fn screen(&self) -> Screen {
        self.window.global::<Kiosk>().get_screen()
    }

    /// Lets time pass: the clock moves and the kiosk's one-second tick runs.
    fn wait(&self, seconds: i64) {
        self.clock
            .0
            .set(self.clock.0.get() + Duration::seconds(seconds));
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
        slint::platform::update_timers_and_animations();
    }

    /// The live status on a service's tile, in words.
    fn tile_status(&self, name: &str) -> String {
        let tiles = self.window.global::<Kiosk>().get_tiles();
        (0..tiles.row_count())
            .filter_map(|i| tiles.row_data(i))
            .find(|t| t.name == name)
            .map(|t| t.status.to_string())
            .unwrap_or_else(|| panic!("no tile {name}"))
    }

    fn bookings(&self) -> i64 {
        self.connected
            .controller
            .borrow()
            .app()
            .store
            .count_bookings()
            .unwrap()
    }
}

#[test]
fn a_visitor_books_a_shower_and_a_meal_and_takes_the_slip() {
    let k = Kiosked::new("", |_| {});
    assert_eq!(k.screen(), Screen::Language);
    k.tap("English");
    assert_eq!(k.screen(), Screen::Today);
    k.tap("Shower");
    assert_eq!(k.screen(), Screen::Service);
    k.tap("10:20");
    assert_eq!(k.screen(), Screen::Confirm);
    k.tap("Add another service");
    k.tap("Meal");
    k.tap("Take a number");
    assert_eq!(k.screen(), Screen::Confirm);
    assert_eq!(k.window.global::<Kiosk>().get_choices().row_count(), 2);
    assert_eq!(
        k.bookings(),
        0,
        "nothing is booked before the visitor prints"
    );
    k.tap("Print my slip");
    assert_eq!(k.screen(), Screen::Done);
    assert_eq!(k.bookings(), 2);
    let code = k.window.global::<Kiosk>().get_code().to_string();
    assert!(k.shows(&code), "the code is on screen");
    assert!(k.shows("Take your slip"));
    let slip = k
        .site
        .data_dir()
        .join("slips/2026-11-25")
        .join(format!("{}.pdf", code.replace('-', "")));
    assert!(
        slip.exists(),
        "no printer set: the slip is in the spool at {}",
        slip.display()
    );
    assert!(std::fs::read(&slip).unwrap().starts_with(b"%PDF"));
    // Back to the start by itself, with nothing of this visitor left.
    k.wait(13);
    assert_eq!(k.screen(), Screen::Language);
    assert_eq!(k.window.global::<Kiosk>().get_code(), "");
    assert!(!k.shows(&code));
}

#[test]
fn a_full_slot_cannot_be_tapped() {
    let k = Kiosked::new("", |app| {
        let shower = app.service_by_slug("shower").unwrap().unwrap();
        let at = chrono_tz::Europe::Rome
            .with_ymd_and_hms(2026, 11, 25, 10, 20, 0)
            .unwrap()
            .with_timezone(&Utc);
        for _ in 0..2 {
            let request = BookingRequest {
                service: shower.id,
                wanted: Wanted::At(at),
                quantity: 1,
            };
            app.book("it", &[request], morning() - Duration::hours(1))
                .unwrap();
        }
    });
    k.tap("English");
    k.tap("Shower");
    let full = k.buttons("10:20");
    assert_eq!(full.len(), 1);
    assert_eq!(full[0].accessible_description().as_deref(), Some("Full"));
    assert_eq!(full[0].accessible_enabled(), Some(false));
    full[0].mock_single_click(slint::platform::PointerEventButton::Left);
    full[0].invoke_accessible_default_action();
    assert_eq!(k.screen(), Screen::Service, "a full slot does nothing");
    assert_eq!(k.window.global::<Kiosk>().get_choices().row_count(), 0);
    // The next one is free.
    k.tap("10:40");
    assert_eq!(k.screen(), Screen::Confirm);
}

#[test]
fn a_printer_failure_shows_the_code_and_keeps_the_booking() {
    let k = Kiosked::new(
        "[printer]\ndestination = \"sosta-missing-printer\"\n",
        |_| {},
    );
    k.tap("English");
    k.tap("Laundry");
    k.tap("11:00");
    k.tap("Print my slip");
    assert_eq!(k.screen(), Screen::Done);
    let kiosk = k.window.global::<Kiosk>();
    assert!(!kiosk.get_printed());
    assert!(
        k.shows("The printer did not work. Your place is saved: ask the staff to print your slip.")
    );
    let code = kiosk.get_code().to_string();
    assert!(k.shows(&code));
    assert_eq!(k.bookings(), 1, "the booking was committed before printing");
}

#[test]
fn an_unplugged_receipt_printer_shows_the_code_and_keeps_the_booking() {
    let k = Kiosked::new(
        "[printer]\nescpos = \"/dev/usb/sosta-unplugged-lp\"\n",
        |_| {},
    );
    k.tap("English");
    k.tap("Laundry");
    k.tap("11:00");
    k.tap("Print my slip");
    assert_eq!(k.screen(), Screen::Done);
    assert!(!k.window.global::<Kiosk>().get_printed());
    assert!(
        k.shows("The printer did not work. Your place is saved: ask the staff to print your slip.")
    );
    assert_eq!(k.bookings(), 1, "the booking was committed before printing");
}

#[test]
fn a_receipt_printer_gets_the_slip_from_the_kiosk() {
    let roll = tempfile::tempdir().unwrap();
    let path = roll.path().join("lp0");
    let k = Kiosked::new(
        &format!("[printer]\nescpos = \"{}\"\n", path.display()),
        |_| {},
    );
    k.tap("English");
    k.tap("Laundry");
    k.tap("11:00");
    k.tap("Print my slip");
    assert_eq!(k.screen(), Screen::Done);
    assert!(k.window.global::<Kiosk>().get_printed());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\x1b@") && bytes.ends_with(b"\x1dV\x42\x00"));
}

#[test]
fn idle_from_every_screen_returns_to_an_empty_start() {
    let k = Kiosked::new("", |_| {});
    let reach: [&[&str]; 4] = [
        &["English"],
        &["English", "Shower"],
        &["English", "Shower", "10:20"],
        &["English", "Shower", "10:20", "Change language"],
    ];
    for taps in reach {
        for label in taps {
            k.tap(label);
        }
        assert_ne!(k.screen(), Screen::Language);
        k.wait(60);
        assert!(
            k.window.global::<Kiosk>().get_idle_warning(),
            "after {taps:?}"
        );
        assert!(k.shows("Are you still there?"));
        k.wait(10);
        assert_eq!(k.screen(), Screen::Language, "after {taps:?}");
        let kiosk = k.window.global::<Kiosk>();
        assert_eq!(kiosk.get_choices().row_count(), 0);
        assert!(!kiosk.get_idle_warning());
        assert!(!kiosk.get_picker_open());
        assert!(!k.shows("Your choices"));
    }
}

#[test]
fn a_touch_on_still_there_keeps_the_session() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    k.tap("Shower");
    k.wait(61);
    k.tap("I am here");
    k.wait(20);
    assert_eq!(k.screen(), Screen::Service);
}

#[test]
fn switching_language_mid_flow_keeps_the_choices() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    k.tap("Shower");
    k.tap("10:20");
    assert!(k.shows("Your choices"));
    k.tap("Change language");
    k.tap("Italiano");
    assert_eq!(k.screen(), Screen::Confirm);
    assert!(k.shows("Le tue scelte"));
    assert!(k.shows("Stampa il mio tagliando"));
    assert_eq!(k.window.global::<Kiosk>().get_choices().row_count(), 1);
    assert_eq!(
        k.window
            .global::<Kiosk>()
            .get_choices()
            .row_data(0)
            .unwrap()
            .name,
        "Doccia"
    );
}

#[test]
fn back_and_remove_are_one_tap() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    k.tap("Shower");
    k.tap("Back");
    assert_eq!(k.screen(), Screen::Today);
    k.tap("Shower");
    k.tap("10:20");
    k.tap("Remove Shower");
    assert_eq!(k.screen(), Screen::Today);
    assert_eq!(k.window.global::<Kiosk>().get_choices().row_count(), 0);
}

#[test]
fn tiles_follow_bookings_made_by_another_process_within_two_seconds() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    assert_eq!(k.tile_status("Nurse"), "Opens at 14:00");
    // Another kiosk or station on the same data folder takes every nurse slot.
    let locales = ["en", "it"];
    let mut other = App::open(
        DataDir::resolve(Some(k.site.data_dir().to_path_buf())).unwrap(),
        &locales,
    )
    .unwrap();
    let nurse = other.service_by_slug("nurse").unwrap().unwrap();
    for _ in 0..8 {
        let request = BookingRequest {
            service: nurse.id,
            wanted: Wanted::Next,
            quantity: 1,
        };
        other.book("uk", &[request], morning()).unwrap();
    }
    k.wait(1);
    assert_eq!(k.tile_status("Nurse"), "Full today");
}

#[test]
fn arabic_and_urdu_lay_out_right_to_left_and_the_others_left_to_right() {
    let k = Kiosked::new("", |_| {});
    let kiosk = k.window.global::<Kiosk>();
    let languages = kiosk.get_languages();
    assert_eq!(languages.row_count(), 10);
    for i in 0..languages.row_count() {
        let language = languages.row_data(i).unwrap();
        k.tap(&language.name);
        let tr = k.window.global::<sosta::ui::Tr>();
        let rtl = matches!(language.code.as_str(), "ar" | "ur");
        assert_eq!(tr.get_rtl(), rtl, "{}", language.code);
        assert_eq!(tr.get_lang(), language.code);
        // Where the tiles really are: the first service (Shower) starts the row on the
        // right in Arabic and Urdu, on the left elsewhere; the second sits beside it.
        let words = Translations::embedded().unwrap();
        let words = words.lang(&language.code);
        let x_of = |service: &str| {
            let name = words.t(&format!("service-{service}"));
            let tile = k
                .buttons(&name)
                .into_iter()
                .next()
                .unwrap_or_else(|| panic!("{}: no tile {name}", language.code));
            (tile.absolute_position().x, tile.absolute_position().y)
        };
        let (first_x, first_y) = x_of("shower");
        let (second_x, second_y) = x_of("laundry");
        assert_eq!(first_y, second_y, "{}: one row", language.code);
        assert_eq!(
            first_x > second_x,
            rtl,
            "{}: {first_x} vs {second_x}",
            language.code
        );
        let start_again = words.t("kiosk-start-again");
        k.tap(&start_again);
        assert_eq!(k.screen(), Screen::Language, "{}", language.code);
    }
}

/// Holds the site's name for `seconds`, as a finger would.
fn hold_site_name(k: &Kiosked, seconds: u64) {
    let name = k.find("Sosta");
    let target = name
        .iter()
        .find(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button))
        .expect("the site's name is a press target");
    let position = target.absolute_position();
    let size = target.size();
    let centre = slint::LogicalPosition::new(
        position.x + size.width / 2.0,
        position.y + size.height / 2.0,
    );
    let window = k.window.window();
    window.dispatch_event(slint::platform::WindowEvent::PointerPressed {
        position: centre,
        button: slint::platform::PointerEventButton::Left,
    });
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_secs(seconds));
    slint::platform::update_timers_and_animations();
    window.dispatch_event(slint::platform::WindowEvent::PointerReleased {
        position: centre,
        button: slint::platform::PointerEventButton::Left,
    });
}

fn add_account(app: &mut App, name: &str, pin: &str, role: sosta::store::Role) {
    let name = sosta::accounts::validate_name(name).unwrap();
    let pin = sosta::accounts::validate_pin(pin).unwrap();
    sosta::accounts::add_staff(app, &name, role, &pin, None, "test", morning()).unwrap();
}

/// Marco, an administrator, and Lucia, a staff member.
fn with_staff(app: &mut App) {
    add_account(app, "Marco", "864297", sosta::store::Role::Admin);
    add_account(app, "Lucia", "539176", sosta::store::Role::Staff);
}

fn corner(k: &Kiosked) -> CornerStep {
    k.window.global::<sosta::ui::StaffCornerView>().get_step()
}

fn type_pin(k: &Kiosked, pin: &str) {
    for digit in pin.chars() {
        k.tap(&digit.to_string());
    }
    k.tap("Log in");
}

#[test]
fn only_a_staff_pin_opens_the_corner_that_leaves_the_kiosk() {
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", with_staff);
    // A short tap on the name does nothing.
    hold_site_name(&k, 1);
    assert_eq!(corner(&k), CornerStep::Closed);
    hold_site_name(&k, 3);
    // The public kiosk asks for a PIN and lists nobody.
    assert_eq!(corner(&k), CornerStep::Pin);
    assert!(!k.shows("Marco") && !k.shows("Lucia"));
    type_pin(&k, "000000");
    assert_eq!(corner(&k), CornerStep::Pin, "a wrong PIN opens nothing");
    assert!(!k.connected.controller.borrow().exit_requested());
    type_pin(&k, "864297");
    assert_eq!(corner(&k), CornerStep::Menu);
    assert_eq!(
        k.window.global::<sosta::ui::StaffCornerView>().get_title(),
        "Staff: Marco"
    );
    k.tap("Close for today Laundry");
    assert_eq!(
        k.window
            .global::<sosta::ui::StaffCornerView>()
            .get_message(),
        "Laundry is closed for the rest of today"
    );
    k.tap("Back to the kiosk");
    k.tap("English");
    assert_eq!(k.tile_status("Laundry"), "Closed for today");
    // Back in the corner, the kiosk can be closed.
    hold_site_name(&k, 3);
    type_pin(&k, "864297");
    k.tap("Close the kiosk");
    assert!(k.connected.controller.borrow().exit_requested());
}

#[test]
fn a_staff_member_who_is_not_an_admin_cannot_close_the_kiosk_or_a_service() {
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", with_staff);
    hold_site_name(&k, 3);
    type_pin(&k, "539176");
    assert_eq!(corner(&k), CornerStep::Menu);
    k.tap("Close the kiosk");
    assert!(!k.connected.controller.borrow().exit_requested());
    assert_eq!(
        k.window
            .global::<sosta::ui::StaffCornerView>()
            .get_message(),
        "Only an administrator can do this"
    );
    k.tap("Close for today Laundry");
    k.tap("Back to the kiosk");
    k.tap("English");
    assert_ne!(k.tile_status("Laundry"), "Closed for today");
}

#[test]
fn the_staff_corner_closes_itself_after_thirty_seconds_from_the_start_screen() {
    // Regression: on the start screen the corner stayed open, "Close the kiosk" included,
    // for whoever came next.
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", with_staff);
    hold_site_name(&k, 3);
    type_pin(&k, "864297");
    assert_eq!(corner(&k), CornerStep::Menu);
    for _ in 0..29 {
        k.wait(1);
    }
    assert_eq!(corner(&k), CornerStep::Menu, "still open before 30 s");
    k.wait(1);
    assert_eq!(corner(&k), CornerStep::Closed);
    assert_eq!(k.screen(), Screen::Language);
    // The PIN pad closes the same way.
    hold_site_name(&k, 3);
    assert_eq!(corner(&k), CornerStep::Pin);
    for _ in 0..30 {
        k.wait(1);
    }
    assert_eq!(corner(&k), CornerStep::Closed);
}

#[test]
fn wrong_pins_lock_the_kiosk_corner_not_the_staff_account() {
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", with_staff);
    hold_site_name(&k, 3);
    for wrong in ["000000", "111111", "222222"] {
        type_pin(&k, wrong);
    }
    // Three wrong PINs: even the right one waits five minutes at this kiosk.
    type_pin(&k, "864297");
    assert_eq!(corner(&k), CornerStep::Pin);
    assert!(
        k.window
            .global::<sosta::ui::StaffCornerView>()
            .get_message()
            .starts_with("Too many wrong PINs"),
        "{}",
        k.window
            .global::<sosta::ui::StaffCornerView>()
            .get_message()
    );
    // Marco's account is untouched: a station logs him in at once.
    {
        let controller = k.connected.controller.borrow();
        let app = controller.app();
        let marco = app.store.staff_by_name("Marco").unwrap().unwrap();
        assert_eq!(marco.failed_attempts, 0);
        assert!(sosta::accounts::login(app, marco.id, "864297", "desk:shower", morning()).is_ok());
    }
    // After five minutes (the corner closed itself meanwhile) the kiosk takes the right PIN.
    k.wait(300);
    assert_eq!(corner(&k), CornerStep::Closed);
    hold_site_name(&k, 3);
    type_pin(&k, "864297");
    assert_eq!(corner(&k), CornerStep::Menu);
}

#[test]
fn a_kiosk_sends_a_second_booking_of_the_same_service_to_the_staff() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    k.tap("Shower");
    k.tap("10:20");
    k.tap("Print my slip");
    assert_eq!(k.screen(), Screen::Done);
    assert_eq!(k.bookings(), 1);
    k.tap("Start again");
    k.tap("English");
    k.tap("Shower");
    k.tap("10:40");
    k.tap("Print my slip");
    assert_eq!(
        k.bookings(),
        1,
        "no second shower from this kiosk a minute later"
    );
    assert_eq!(
        k.window.global::<Kiosk>().get_problem(),
        "Shower was booked here a moment ago. If you need another place, please ask the staff."
    );
    // Three minutes later the next visitor books as usual.
    k.clock.0.set(k.clock.0.get() + Duration::minutes(3));
    k.tap("Start again");
    k.tap("English");
    k.tap("Shower");
    k.tap("10:40");
    k.tap("Print my slip");
    assert_eq!(k.bookings(), 2);
}

#[test]
fn the_staff_corner_is_forgotten_when_the_kiosk_goes_idle() {
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", with_staff);
    k.tap("English");
    hold_site_name(&k, 3);
    assert_eq!(corner(&k), CornerStep::Pin);
    k.wait(60);
    k.wait(10);
    assert_eq!(corner(&k), CornerStep::Closed);
    assert_eq!(k.screen(), Screen::Language);
}

#[test]
fn the_meal_tile_shows_the_number_the_desk_is_calling() {
    // Lunch time: the canteen queue is open and two people hold numbers.
    let lunch = chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 12, 10, 0)
        .unwrap()
        .with_timezone(&Utc);
    let k = Kiosked::new("", |app| {
        let meal = app.service_by_slug("meal").unwrap().unwrap();
        for _ in 0..2 {
            let request = BookingRequest {
                service: meal.id,
                wanted: Wanted::Next,
                quantity: 1,
            };
            app.book("it", &[request], lunch - Duration::minutes(30))
                .unwrap();
        }
    });
    k.clock.0.set(lunch);
    k.tap("English");
    assert!(
        k.tile_status("Meal").starts_with("2 people waiting"),
        "{}",
        k.tile_status("Meal")
    );
    // The canteen's station, another process on the same data folder, calls the first number.
    let station = App::open(
        DataDir::resolve(Some(k.site.data_dir().to_path_buf())).unwrap(),
        &["en", "it"],
    )
    .unwrap();
    let meal = station.service_by_slug("meal").unwrap().unwrap();
    assert_eq!(
        station
            .store
            .call_next(meal.id, lunch.date_naive(), lunch)
            .unwrap(),
        Some(1)
    );
    k.wait(1);
    assert_eq!(
        k.tile_status("Meal"),
        "Now calling number 1 · 2 people waiting"
    );
}

/// A screen reader holds on to the controls it found, so the one-second tick must update
/// the lists on screen in place, not replace them: it did, every repeated tile was rebuilt,
/// and a default action sent through AT-SPI to "Shower" opened the last tile instead.
#[test]
fn the_tick_keeps_the_tiles_slots_and_languages_in_place() {
    let k = Kiosked::new("[site]\nlanguage = \"en\"\n", |_| {});
    let kiosk = k.window.global::<Kiosk>();
    let languages = kiosk.get_languages();
    k.wait(1);
    assert!(
        kiosk.get_languages() == languages,
        "the languages were replaced"
    );
    k.tap("English");
    let tiles = kiosk.get_tiles();
    k.wait(1);
    assert!(kiosk.get_tiles() == tiles, "the tiles were replaced");
    k.tap("Shower");
    let slots = kiosk.get_slots();
    k.wait(1);
    assert!(kiosk.get_slots() == slots, "the slots were replaced");
}

#[test]
fn a_database_that_cannot_be_read_asks_the_visitor_to_see_the_staff_and_offers_nothing() {
    let k = Kiosked::new("", |_| {});
    k.tap("English");
    assert!(k.window.global::<Kiosk>().get_tiles().row_count() > 0);
    k.site.execute("DROP TABLE service_day");
    k.wait(60);
    assert_eq!(
        k.window.global::<Kiosk>().get_problem(),
        "The kiosk cannot book right now. Please ask the staff."
    );
    assert_eq!(k.window.global::<Kiosk>().get_tiles().row_count(), 0);
    // The database comes back: the kiosk recovers by itself.
    k.site.execute(
        "CREATE TABLE service_day (service_id BIGINT NOT NULL, on_date TEXT NOT NULL,
         closed_from BIGINT, capacity BIGINT, called BIGINT,
         PRIMARY KEY (service_id, on_date))",
    );
    k.wait(1);
    assert_eq!(k.window.global::<Kiosk>().get_problem(), "");
    assert!(k.window.global::<Kiosk>().get_tiles().row_count() > 0);
}

#[test]
fn the_staff_corner_speaks_the_site_language_over_the_visitor_s() {
    let k = Kiosked::new("[site]\nlanguage = \"ar\"\n", with_staff);
    k.tap("English");
    assert_eq!(k.window.global::<sosta::ui::Tr>().get_lang(), "en");
    hold_site_name(&k, 3);
    let tr = k.window.global::<sosta::ui::Tr>();
    assert_eq!(tr.get_lang(), "ar");
    assert!(tr.get_rtl());
    assert_eq!(tr.get_font(), "Noto Naskh Arabic");
    k.wait(31);
    assert_eq!(k.window.global::<sosta::ui::Tr>().get_lang(), "en");
}
