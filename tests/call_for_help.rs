//! "Call staff" at the kiosk reaches every logged-in station: the kiosk asks once more, the
//! call rings at two stations (other programs on the same site) until one staff member
//! taps "I am going", a second call within the minute is not sent again, and the audit log
//! has the call and its answer. Then the speaker button: each screen read in the visitor's
//! language, a tapped tile read while reading, a second tap stops it. All through Slint's
//! testing backend; with `pg-tests`, on PostgreSQL too.

mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use slint::{ComponentHandle, Model};
use sosta::app::{App, AuditAction};
use sosta::i18n::Translations;
use sosta::kiosk::KioskController;
use sosta::screenshot::{ManualClock, SCREENS, ShownWindow, demo_now, put_up};
use sosta::staff::StationController;
use sosta::store::Role;
use sosta::ui::{HelpStep, Kiosk, KioskWindow, StaffWindow, Station};
use sosta::voice::Announcement;

fn morning() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 10, 10, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const PINS: [(&str, &str); 2] = [("Anna", "482957"), ("Marco", "739164")];

struct Site {
    kiosk: KioskWindow,
    heard: Rc<RefCell<Vec<Announcement>>>,
    stations: Vec<StaffWindow>,
    kiosk_connected: sosta::kiosk::Connected,
    station_connected: Vec<sosta::staff::Connected>,
    clock: ManualClock,
    _site: common::Sosta,
}

fn open(site: &common::Sosta, translations: &Translations) -> App {
    let locales: Vec<&str> = translations.locales().collect();
    common::open_app(site, &locales)
}

use common::tap as tap_in;

impl Site {
    /// A kiosk called "entrance" and two stations, Anna and Marco logged in: three
    /// programs on one site, each with its own connection.
    fn new() -> Site {
        i_slint_backend_testing::init_no_event_loop();
        let site = common::Sosta::new();
        site.settings("[site]\nlanguage = \"en\"\nkiosk = \"entrance\"\n");
        let translations = Rc::new(Translations::embedded().unwrap());
        let mut app = open(&site, &translations);
        let earlier = morning() - Duration::hours(2);
        for (name, pin) in PINS {
            let pin = sosta::accounts::validate_pin(pin).unwrap();
            let name = sosta::accounts::validate_name(name).unwrap();
            sosta::accounts::add_staff(&mut app, &name, Role::Staff, &pin, None, "test", earlier)
                .unwrap();
        }
        drop(app);
        let clock = ManualClock(Rc::new(Cell::new(morning())));
        let mut stations = Vec::new();
        let mut station_connected = Vec::new();
        for (name, pin) in PINS {
            let translations = Rc::new(Translations::embedded().unwrap());
            let app = open(&site, &translations);
            let controller =
                StationController::new(app, translations, Rc::new(clock.clone()), None);
            let window = StaffWindow::new().unwrap();
            window
                .window()
                .set_size(slint::PhysicalSize::new(1280, 800));
            station_connected.push(sosta::staff::connect(&window, controller));
            window.show().unwrap();
            tap_in(&window, name);
            for digit in pin.chars() {
                tap_in(&window, &digit.to_string());
            }
            tap_in(&window, "Log in");
            stations.push(window);
        }
        let translations = Rc::new(Translations::embedded().unwrap());
        let app = open(&site, &translations);
        let mut controller = KioskController::new(app, translations, Rc::new(clock.clone()));
        let heard = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&heard);
        controller.set_voice(move |a| sink.borrow_mut().push(a));
        let kiosk = KioskWindow::new().unwrap();
        kiosk
            .window()
            .set_size(slint::PhysicalSize::new(1920, 1080));
        let kiosk_connected = sosta::kiosk::connect(&kiosk, controller);
        kiosk.show().unwrap();
        Site {
            kiosk,
            heard,
            stations,
            kiosk_connected,
            station_connected,
            clock,
            _site: site,
        }
    }

    /// A second goes by for every window.
    fn wait(&self, seconds: i64) {
        self.clock
            .0
            .set(self.clock.0.get() + Duration::seconds(seconds));
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1_000));
        slint::platform::update_timers_and_animations();
    }

    fn alerts(&self, station: usize) -> Vec<(i32, String)> {
        self.stations[station]
            .global::<Station>()
            .get_help_alerts()
            .iter()
            .map(|a| (a.id, a.text.to_string()))
            .collect()
    }

    fn rings(&self, station: usize) -> bool {
        self.station_connected[station]
            .controller
            .borrow_mut()
            .take_ring()
    }

    fn help(&self) -> HelpStep {
        self.kiosk.global::<Kiosk>().get_help()
    }

    fn audit(&self) -> Vec<(AuditAction, String, String)> {
        let controller = self.kiosk_connected.controller.borrow();
        let day = morning().date_naive();
        controller
            .app()
            .audit_on(day)
            .unwrap()
            .into_iter()
            .filter(|r| {
                matches!(
                    r.entry.action,
                    AuditAction::HelpCalled | AuditAction::HelpAnswered
                )
            })
            .map(|r| (r.entry.action, r.entry.station, r.entry.detail))
            .collect()
    }

    fn said(&self) -> Vec<Announcement> {
        self.heard.borrow_mut().drain(..).collect()
    }
}

#[test]
fn a_call_for_help_rings_at_every_station_until_one_staff_member_goes() {
    let site = Site::new();
    assert!(site.alerts(0).is_empty() && site.alerts(1).is_empty());
    assert!(!site.rings(0) && !site.rings(1));

    // Asked once more: "No" sends nothing.
    tap_in(&site.kiosk, "Call staff");
    assert_eq!(site.help(), HelpStep::Asking);
    tap_in(&site.kiosk, "No, go back");
    assert_eq!(site.help(), HelpStep::Closed);
    site.wait(1);
    assert!(site.alerts(0).is_empty());

    tap_in(&site.kiosk, "Call staff");
    tap_in(&site.kiosk, "Yes, call staff");
    assert_eq!(site.help(), HelpStep::Sent);
    site.wait(1);
    for station in 0..2 {
        let alerts = site.alerts(station);
        assert_eq!(alerts.len(), 1, "station {station}: {alerts:?}");
        assert_eq!(
            alerts[0].1,
            "The kiosk entrance is calling for help (10:10). Go and see."
        );
        assert!(site.rings(station), "station {station} rings");
        assert!(!site.rings(station), "once per call");
    }

    // A visitor tapping again within the minute sends nothing new.
    tap_in(&site.kiosk, "OK");
    tap_in(&site.kiosk, "Call staff");
    tap_in(&site.kiosk, "Yes, call staff");
    assert_eq!(site.help(), HelpStep::Already);
    site.wait(1);
    assert_eq!(site.alerts(0).len(), 1);

    // Anna goes: the alert leaves both stations.
    site.wait(20);
    tap_in(&site.stations[0], "I am going");
    site.wait(1);
    assert!(site.alerts(0).is_empty(), "{:?}", site.alerts(0));
    assert!(site.alerts(1).is_empty(), "{:?}", site.alerts(1));
    // The kiosk's words close by themselves.
    site.wait(30);
    assert_eq!(site.help(), HelpStep::Closed);

    let audit = site.audit();
    assert_eq!(audit.len(), 2, "{audit:?}");
    assert_eq!(
        audit[0],
        (
            AuditAction::HelpCalled,
            "kiosk:entrance".to_owned(),
            String::new()
        )
    );
    assert_eq!(audit[1].0, AuditAction::HelpAnswered);
    assert_eq!(audit[1].2, "kiosk:entrance 22s", "the time the call waited");

    // A minute on, a new call goes through again.
    site.wait(60);
    tap_in(&site.kiosk, "Call staff");
    tap_in(&site.kiosk, "Yes, call staff");
    assert_eq!(site.help(), HelpStep::Sent);
    site.wait(1);
    assert_eq!(site.alerts(1).len(), 1);
    assert!(site.rings(1));
}

#[test]
fn the_speaker_button_reads_each_screen_in_the_visitors_language_until_tapped_again() {
    let site = Site::new();
    tap_in(&site.kiosk, "Read this screen aloud");
    let said = site.said();
    assert_eq!(said.len(), 1);
    // The language screen: every language in its own voice.
    let langs: Vec<&str> = said[0].words.iter().map(|w| w.lang.as_str()).collect();
    assert_eq!(langs.len(), 10, "{langs:?}");
    assert!(langs.contains(&"ar") && langs.contains(&"pa"));

    // Reading goes on as the visitor moves: Italian chosen, today's services in Italian.
    tap_in(&site.kiosk, "Italiano");
    let said = site.said();
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].words.len(), 1);
    let today = &said[0].words[0];
    assert_eq!(today.lang, "it");
    assert!(
        today.text.starts_with("Di cosa hai bisogno oggi?"),
        "{}",
        today.text
    );
    assert!(
        today.text.contains("\nDoccia: Libero alle 10:20"),
        "{}",
        today.text
    );
    assert!(
        today
            .text
            .ends_with("Tocca un servizio per vedere gli orari.")
    );

    // A tile tapped while reading is read.
    tap_in(&site.kiosk, "Doccia");
    let said = site.said();
    assert!(said[0].words[0].text.starts_with("Doccia\n"), "{:?}", said);
    assert!(
        said[0].words[0]
            .text
            .ends_with("Tocca un orario per prenotarlo.")
    );

    // Tapped again: silence, and nothing more is read.
    tap_in(&site.kiosk, "Leggi ad alta voce questa pagina");
    let said = site.said();
    assert_eq!(said.len(), 1);
    assert!(said[0].words.is_empty(), "a stop");
    tap_in(&site.kiosk, "Indietro");
    assert!(site.said().is_empty());
}

#[test]
fn every_kiosk_screen_has_words_to_read_in_every_language() {
    i_slint_backend_testing::init_no_event_loop();
    let translations = Rc::new(Translations::embedded().unwrap());
    let langs: Vec<String> = translations.locales().map(str::to_owned).collect();
    let kiosk_screens = SCREENS
        .iter()
        .filter(|s| !s.starts_with("station-") && **s != "display");
    let mut checked = 0;
    for screen in kiosk_screens {
        for lang in &langs {
            let shown = put_up(Rc::clone(&translations), screen, lang, demo_now()).unwrap();
            let ShownWindow::Kiosk(_, connected) = &shown.window else {
                panic!("{screen} is a kiosk screen");
            };
            let words = connected.controller.borrow_mut().screen_speech();
            assert!(!words.is_empty(), "{screen} {lang}");
            for w in &words {
                assert!(
                    w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3,
                    "{screen} {lang}: {w:?}"
                );
                // A message id read aloud would mean a missing message.
                assert!(
                    !w.text.contains("kiosk-") && !w.text.contains("service-"),
                    "{screen} {lang}: {w:?}"
                );
                if *screen != "language" {
                    assert_eq!(&w.lang, lang, "{screen}: read in the visitor's language");
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 10 * 9, "{checked}");
}
