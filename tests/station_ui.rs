//! The real staff station (`ui/staff.slint`) through Slint's testing backend: a scanner's
//! keystrokes and Enter give the verdict at once; served, already served, another desk's
//! slip, a forged one; and the PIN login with its lockout on a fake clock.

mod common;

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use i_slint_backend_testing::ElementHandle;
use slint::ComponentHandle;
use slint::platform::{PointerEventButton, WindowEvent};
use sosta::app::{App, DataDir};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::screenshot::ManualClock;
use sosta::staff::{Connected, StationController, connect};
use sosta::store::{BookingRequest, Role};
use sosta::ui::{StaffWindow, Station, StationScreen, Tone};

/// Wednesday 25 November 2026, 10:15 in Rome.
fn morning() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 10, 15, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const PIN: &str = "482957";

struct Desk {
    window: StaffWindow,
    clock: ManualClock,
    connected: Connected,
    shower_slip: String,
    meal_slip: String,
    kit_slip: String,
    /// Last, so the station lets go of the site before its database is dropped.
    site: common::Sosta,
}

impl Desk {
    /// A shower desk with one staff member, Anna, and two slips booked earlier.
    fn new() -> Desk {
        Desk::at("shower", "[site]\nlanguage = \"en\"\n")
    }

    /// A shower desk with Anna logged in.
    fn logged_in() -> Desk {
        let desk = Desk::new();
        desk.tap("Anna");
        desk.enter_pin(PIN);
        desk
    }

    fn with_settings(settings: &str) -> Desk {
        Desk::at("shower", settings)
    }

    fn at(desk_slug: &str, settings: &str) -> Desk {
        i_slint_backend_testing::init_no_event_loop();
        let site = common::Sosta::new();
        site.settings(settings);
        let dir = site.data_dir().to_path_buf();
        let translations = Rc::new(Translations::embedded().unwrap());
        let locales: Vec<&str> = translations.locales().collect();
        let mut app = App::open(DataDir::resolve(Some(dir)).unwrap(), &locales).unwrap();
        let earlier = morning() - Duration::hours(2);
        let pin = sosta::accounts::validate_pin(PIN).unwrap();
        let name = sosta::accounts::validate_name("Anna").unwrap();
        sosta::accounts::add_staff(&mut app, &name, Role::Staff, &pin, None, "test", earlier)
            .unwrap();
        let mut slip = |slug: &str, lang: &str| {
            let service = app.service_by_slug(slug).unwrap().unwrap();
            let wanted = if slug == "shower" {
                Wanted::At(morning() + Duration::minutes(5))
            } else {
                Wanted::Next
            };
            let request = BookingRequest {
                service: service.id,
                wanted,
                quantity: 1,
            };
            let (visit, _) = app.book(lang, &[request], earlier).unwrap();
            app.payload(&visit).unwrap()
        };
        let shower_slip = slip("shower", "ar");
        let meal_slip = slip("meal", "it");
        let kit = slip("harm-reduction-kit", "uk");
        let desk = app.service_by_slug(desk_slug).unwrap();
        let clock = ManualClock(Rc::new(Cell::new(morning())));
        let controller = StationController::new(app, translations, Rc::new(clock.clone()), desk);
        let window = StaffWindow::new().unwrap();
        window
            .window()
            .set_size(slint::PhysicalSize::new(1280, 800));
        let connected = connect(&window, controller);
        window.show().unwrap();
        Desk {
            site,
            window,
            clock,
            connected,
            shower_slip,
            meal_slip,
            kit_slip: kit,
        }
    }

    fn tap(&self, label: &str) {
        let buttons: Vec<ElementHandle> =
            ElementHandle::find_by_accessible_label(&self.window, label)
                .filter(|e| {
                    e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::Button)
                })
                .collect();
        assert_eq!(buttons.len(), 1, "buttons labelled {label:?}");
        buttons[0].mock_single_click(PointerEventButton::Left);
    }

    /// Types like a USB scanner: every character as a key press, then Enter.
    fn scan(&self, text: &str) {
        let keys: Vec<String> = text
            .chars()
            .chain(std::iter::once('\n'))
            .map(String::from)
            .collect();
        self.press(&keys.iter().map(String::as_str).collect::<Vec<_>>());
    }

    /// Presses keys as a real keyboard does: every text in turn, Shift and the other keys
    /// that type nothing included.
    fn press(&self, keys: &[&str]) {
        for key in keys {
            let text: slint::SharedString = (*key).into();
            self.window
                .window()
                .dispatch_event(WindowEvent::KeyPressed { text: text.clone() });
            self.window
                .window()
                .dispatch_event(WindowEvent::KeyReleased { text });
        }
    }

    /// What a USB scanner types for `payload` on a real keyboard: Shift before every
    /// capital, then the terminator it was configured with.
    fn scan_with_shift(&self, payload: &str, end: &[&str]) {
        let mut keys: Vec<String> = Vec::new();
        for c in payload.chars() {
            if c.is_ascii_uppercase() {
                keys.push("\u{10}".to_owned());
            }
            keys.push(c.to_string());
        }
        keys.extend(end.iter().map(|k| (*k).to_owned()));
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        self.press(&keys);
    }

    /// Lets time pass: the clock moves and the station's one-second tick runs.
    fn wait(&self, duration: Duration) {
        self.clock.0.set(self.clock.0.get() + duration);
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
        slint::platform::update_timers_and_animations();
    }

    fn enter_pin(&self, pin: &str) {
        for digit in pin.chars() {
            self.tap(&digit.to_string());
        }
        self.tap("Log in");
    }

    fn station(&self) -> Station<'_> {
        self.window.global::<Station>()
    }

    fn verdict(&self) -> (String, Tone) {
        let v = self.station().get_verdict();
        (v.title.to_string(), v.tone)
    }
}

#[test]
fn a_scanned_slip_is_served_once_and_other_slips_get_their_verdicts() {
    let desk = Desk::new();
    // Nobody logged in: a scan is not lost silently, it asks for a login.
    desk.scan(&desk.shower_slip);
    assert_eq!(desk.station().get_screen(), StationScreen::Login);
    assert_eq!(
        desk.station().get_message(),
        "Log in first, then scan the slip again"
    );
    desk.tap("Anna");
    desk.enter_pin(PIN);
    assert_eq!(desk.station().get_screen(), StationScreen::Scan);
    assert_eq!(desk.station().get_staff_name(), "Anna");

    desk.scan(&desk.shower_slip);
    assert_eq!(desk.station().get_screen(), StationScreen::Verdict);
    assert_eq!(
        desk.verdict(),
        ("VALID: serve this person".to_owned(), Tone::Good)
    );
    assert_eq!(desk.station().get_verdict().language, "Slip in العربية");
    desk.tap("Served");
    assert_eq!(
        desk.verdict(),
        ("SERVED: marked as served now".to_owned(), Tone::Good)
    );

    // The same slip again, in lower case as some scanners type it.
    desk.scan(&desk.shower_slip.to_lowercase());
    assert_eq!(
        desk.verdict(),
        (
            "ALREADY SERVED: this slip was used".to_owned(),
            Tone::Caution
        )
    );

    desk.scan(&desk.meal_slip);
    assert_eq!(
        desk.verdict(),
        (
            "OTHER SERVICE: no booking for this desk".to_owned(),
            Tone::Caution
        )
    );

    let foreign = sosta::token::Keyring::generate(1)
        .unwrap()
        .sign(sosta::domain::VisitId(42), morning().date_naive())
        .unwrap();
    desk.scan(&foreign);
    assert_eq!(
        desk.verdict(),
        (
            "NOT GENUINE: this slip was not made here".to_owned(),
            Tone::Bad
        )
    );

    desk.scan("QWERTY\u{1b}[A~~ garbage");
    assert_eq!(
        desk.verdict(),
        (
            "NOT A SLIP: scan again or type the code".to_owned(),
            Tone::Bad
        )
    );
}

#[test]
fn a_torn_slip_s_code_typed_on_the_keypad_reaches_the_booking() {
    let desk = Desk::logged_in();
    let controller = desk.connected.controller.borrow();
    let visit = controller
        .app()
        .find_visit(&desk.shower_slip)
        .unwrap()
        .unwrap();
    drop(controller);
    for c in visit.short_code.as_str().chars() {
        desk.tap(&c.to_string());
    }
    desk.tap("Check the code");
    assert_eq!(desk.verdict().0, "VALID: serve this person");
}

#[test]
fn wrong_pins_make_the_next_try_wait_then_lock_the_account() {
    let desk = Desk::new();
    desk.tap("Anna");
    desk.enter_pin("000000");
    assert!(
        desk.station().get_message().starts_with("Wrong PIN."),
        "{}",
        desk.station().get_message()
    );
    desk.enter_pin("000001");
    desk.enter_pin("000002");
    // The third wrong PIN: the next try must wait, even with the right PIN.
    desk.enter_pin(PIN);
    assert!(
        desk.station()
            .get_message()
            .starts_with("Too many wrong PINs"),
        "{}",
        desk.station().get_message()
    );
    assert_eq!(desk.station().get_screen(), StationScreen::Pin);
    // Wrong PINs each after the wait, up to ten: locked, and the right PIN no longer opens.
    for attempt in 3..10 {
        desk.clock.0.set(desk.clock.0.get() + Duration::hours(12));
        desk.enter_pin(&format!("99999{attempt}"));
    }
    desk.clock.0.set(desk.clock.0.get() + Duration::hours(12));
    desk.enter_pin(PIN);
    assert_eq!(
        desk.station().get_message(),
        "This account is locked after too many wrong PINs. An admin must unlock it"
    );
    assert_eq!(desk.station().get_screen(), StationScreen::Pin);
}

#[test]
fn an_idle_station_logs_out_by_itself() {
    let desk = Desk::logged_in();
    desk.clock.0.set(desk.clock.0.get() + Duration::minutes(5));
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
    slint::platform::update_timers_and_animations();
    assert_eq!(desk.station().get_screen(), StationScreen::Login);
    assert_eq!(desk.station().get_staff_name(), "");
}

#[test]
fn a_desk_set_to_serve_on_scan_serves_without_a_tap_and_logs_it() {
    let desk =
        Desk::with_settings("[site]\nlanguage = \"en\"\n[staff]\nserve_on_scan = [\"shower\"]\n");
    desk.tap("Anna");
    desk.enter_pin(PIN);
    desk.scan(&desk.shower_slip);
    assert_eq!(
        desk.verdict(),
        ("SERVED: marked as served now".to_owned(), Tone::Good)
    );
    assert!(!desk.station().get_verdict().can_serve);
    desk.scan(&desk.shower_slip);
    assert_eq!(desk.verdict().0, "ALREADY SERVED: this slip was used");
    let controller = desk.connected.controller.borrow();
    let log = controller
        .app()
        .store
        .audit_on(morning().date_naive())
        .unwrap();
    let serves = log
        .iter()
        .filter(|r| r.entry.action == sosta::store::AuditAction::Serve)
        .count();
    assert_eq!(serves, 1);
    assert!(
        log.iter()
            .any(|r| r.entry.action == sosta::store::AuditAction::Login
                && r.staff_name.as_deref() == Some("Anna"))
    );
}

#[test]
fn a_kit_desk_hands_out_up_to_the_per_visit_limit() {
    let desk = Desk::at("harm-reduction-kit", "[site]\nlanguage = \"en\"\n");
    desk.tap("Anna");
    desk.enter_pin(PIN);
    desk.scan(&desk.kit_slip);
    assert_eq!(desk.verdict().0, "VALID: serve this person");
    assert_eq!(desk.station().get_verdict().max_quantity, 3);
    for _ in 0..4 {
        desk.tap("One item more");
    }
    assert_eq!(
        desk.station().get_verdict().quantity,
        3,
        "no more than the limit"
    );
    desk.tap("One item less");
    desk.tap("Served");
    assert_eq!(desk.verdict().0, "SERVED: marked as served now");
    let controller = desk.connected.controller.borrow();
    let app = controller.app();
    let visit = app.find_visit(&desk.kit_slip).unwrap().unwrap();
    let bookings = app.store.visit_bookings(visit.id).unwrap();
    assert_eq!(bookings[0].quantity, 2);
}

#[test]
fn a_queue_desk_calls_the_waiting_numbers_in_order() {
    let desk = Desk::at("meal", "[site]\nlanguage = \"en\"\n");
    desk.tap("Anna");
    desk.enter_pin(PIN);
    desk.tap("Today's board");
    assert!(desk.station().get_queue_desk());
    assert_eq!(desk.station().get_calling(), "");
    desk.tap("Call next");
    assert_eq!(desk.station().get_calling(), "Now calling: 1");
    desk.tap("Call next");
    assert_eq!(desk.station().get_message(), "Nobody is waiting");
    assert_eq!(desk.station().get_calling(), "Now calling: 1");
}

#[test]
fn a_usb_scanner_that_types_shift_for_capitals_gets_a_verdict_with_every_terminator() {
    let desk = Desk::logged_in();
    // Regression: Shift's own text reached the scan buffer and every real scan was "NOT A SLIP".
    for end in [&["\n"][..], &["\t"], &["\r", "\n"]] {
        desk.scan_with_shift(&desk.meal_slip, end);
        assert_eq!(
            desk.verdict().0,
            "OTHER SERVICE: no booking for this desk",
            "{end:?}"
        );
        desk.tap("Next");
    }
    // Function keys, arrows and Caps Lock around a scan change nothing.
    desk.press(&["\u{F704}", "\u{F700}", "\u{14}"]);
    desk.scan_with_shift(&desk.shower_slip, &["\n"]);
    assert_eq!(desk.verdict().0, "VALID: serve this person");
}

#[test]
fn a_half_scan_then_a_code_typed_by_hand_is_not_glued_together() {
    let desk = Desk::logged_in();
    let code = {
        let controller = desk.connected.controller.borrow();
        let visit = controller
            .app()
            .find_visit(&desk.shower_slip)
            .unwrap()
            .unwrap();
        visit.short_code.to_string()
    };
    // The scanner is pulled away half way through a slip.
    desk.scan_with_shift(&desk.meal_slip[..20], &[]);
    // A second later a person types the torn slip's code, a key every half second.
    for c in code.chars() {
        desk.clock
            .0
            .set(desk.clock.0.get() + Duration::milliseconds(500));
        desk.press(&[&c.to_string()]);
    }
    assert_eq!(
        desk.station().get_typed(),
        code.as_str(),
        "the person sees what they type"
    );
    desk.press(&["\n"]);
    assert_eq!(desk.verdict().0, "VALID: serve this person");
}

#[test]
fn a_name_and_a_pin_typed_on_the_desk_keyboard_log_in() {
    let desk = Desk::new();
    desk.press(&["\u{10}", "A", "n", "n", "\n"]);
    assert_eq!(desk.station().get_screen(), StationScreen::Pin);
    let mut keys: Vec<String> = PIN.chars().map(|c| c.to_string()).collect();
    // A slip of the finger, corrected with Backspace.
    keys.insert(2, "7".to_owned());
    keys.insert(3, "\u{8}".to_owned());
    keys.push("\n".to_owned());
    desk.press(&keys.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(desk.station().get_screen(), StationScreen::Scan);
    assert_eq!(desk.station().get_staff_name(), "Anna");
}

#[test]
fn scanner_noise_does_not_keep_a_station_logged_in() {
    let desk = Desk::logged_in();
    desk.wait(Duration::minutes(3));
    desk.scan("QWERTY garbage");
    assert_eq!(desk.verdict().0, "NOT A SLIP: scan again or type the code");
    desk.wait(Duration::minutes(2));
    assert_eq!(desk.station().get_screen(), StationScreen::Login);
    // A genuine slip does count as activity.
    desk.tap("Anna");
    desk.enter_pin(PIN);
    desk.wait(Duration::minutes(4));
    desk.scan(&desk.shower_slip);
    desk.wait(Duration::minutes(2));
    assert_eq!(desk.station().get_staff_name(), "Anna");
}

#[test]
fn staff_without_the_admin_role_cannot_change_capacity_or_close_the_desk() {
    let desk = Desk::logged_in();
    desk.tap("Today's board");
    let before = desk.station().get_capacity();
    desk.tap("One place more today");
    assert_eq!(desk.station().get_capacity(), before);
    assert_eq!(
        desk.station().get_message(),
        "Only an administrator can do this. Ask the coordinator"
    );
    desk.tap("Close for today");
    let controller = desk.connected.controller.borrow();
    let log = controller
        .app()
        .store
        .audit_on(morning().date_naive())
        .unwrap();
    assert!(!log.iter().any(|r| matches!(
        r.entry.action,
        sosta::store::AuditAction::Capacity | sosta::store::AuditAction::CloseService
    )));
}

#[test]
fn a_station_in_arabic_is_mirrored_and_drawn_in_an_arabic_font() {
    let desk = Desk::with_settings("[site]\nlanguage = \"ar\"\n");
    let tr = desk.window.global::<sosta::ui::Tr>();
    assert_eq!(tr.get_lang(), "ar");
    assert!(tr.get_rtl());
    assert_eq!(tr.get_font(), "Noto Naskh Arabic");
}

#[test]
fn a_database_that_cannot_be_read_is_said_on_the_board_not_shown_as_empty() {
    let desk = Desk::logged_in();
    desk.tap("Today's board");
    assert_eq!(desk.station().get_problem(), "");
    // Another program breaks the database under the station.
    desk.site.execute("DROP TABLE service_day");
    desk.wait(Duration::seconds(1));
    assert!(
        desk.station().get_problem().starts_with("The database"),
        "{}",
        desk.station().get_problem()
    );
}

/// The one-second tick updates the board in place: replacing its rows every second would
/// hand a screen reader new "cancel" and "no-show" buttons under its cursor, and its
/// default action could land on another visitor's booking.
#[test]
fn the_tick_keeps_the_board_and_the_keys_in_place() {
    let desk = Desk::logged_in();
    desk.tap("Today's board");
    let (board, keys) = (desk.station().get_board(), desk.station().get_keys());
    desk.wait(Duration::seconds(1));
    assert!(
        desk.station().get_board() == board,
        "the board was replaced"
    );
    assert!(desk.station().get_keys() == keys, "the keypad was replaced");
}

/// The database cannot be read (a server away, a broken file): a slip signed here and
/// issued today is still told apart from a forgery, but it is not served, and the staff
/// read why.
#[test]
fn without_the_database_a_genuine_slip_is_said_genuine_and_not_served() {
    let desk = Desk::logged_in();
    desk.site
        .execute("ALTER TABLE visit RENAME TO visit_elsewhere");
    desk.scan(&desk.shower_slip);
    assert_eq!(
        desk.verdict(),
        (
            "GENUINE, FOR TODAY: the database cannot be reached, so whether it was already used cannot be checked"
                .to_owned(),
            Tone::Caution
        )
    );
    assert!(!desk.station().get_verdict().can_serve);
    // A forgery is still a forgery; tomorrow, today's slip is not for today.
    let forged = format!("{}X", &desk.kit_slip[..desk.kit_slip.len() - 1]);
    desk.scan(&forged);
    assert!(
        [
            "NOT GENUINE: this slip was not made here",
            "NOT A SLIP: scan again or type the code"
        ]
        .contains(&desk.verdict().0.as_str()),
        "{}",
        desk.verdict().0
    );
    desk.clock.0.set(desk.clock.0.get() + Duration::days(1));
    desk.scan(&desk.kit_slip);
    assert_eq!(desk.verdict().0, "NOT TODAY: this slip is from another day");
}
