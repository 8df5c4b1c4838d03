//! The waiting room's display follows the stations: a number called at the canteen's
//! station (a tap on "Call next", another program with its own connection) appears on the
//! display at its next poll, with a chime and the number said in Italian and in the
//! language the slip was printed in. A discreet service is shown and said by its desk only.
//! Both windows through Slint's testing backend; with `pg-tests`, on PostgreSQL too.

mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use slint::{ComponentHandle, Model};
use sosta::app::App;
use sosta::display::{DisplayController, POLL};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::screenshot::ManualClock;
use sosta::staff::StationController;
use sosta::store::{BookingRequest, Role};
use sosta::ui::{Display, DisplayWindow, StaffWindow};
use sosta::voice::Announcement;

/// Wednesday 25 November 2026, 12:15 in Rome: lunch is being served.
fn lunch() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 12, 15, 0)
        .unwrap()
        .with_timezone(&Utc)
}

const PIN: &str = "482957";

struct Room {
    display: DisplayWindow,
    heard: Rc<RefCell<Vec<Announcement>>>,
    station: StaffWindow,
    _connected: (sosta::display::Connected, sosta::staff::Connected),
    _site: common::Sosta,
}

fn open(site: &common::Sosta, translations: &Translations) -> App {
    let locales: Vec<&str> = translations.locales().collect();
    common::open_app(site, &locales)
}

impl Room {
    /// A display, and a station at `desk` with Anna logged in; visitors hold numbers of
    /// the desk in the languages given, in that order.
    fn new(desk: &str, slips: &[&str]) -> Room {
        i_slint_backend_testing::init_no_event_loop();
        let site = common::Sosta::new();
        site.settings("[site]\nlanguage = \"it\"\n");
        let translations = Rc::new(Translations::embedded().unwrap());
        let mut app = open(&site, &translations);
        let earlier = lunch() - Duration::hours(1);
        let pin = sosta::accounts::validate_pin(PIN).unwrap();
        let name = sosta::accounts::validate_name("Anna").unwrap();
        sosta::accounts::add_staff(&mut app, &name, Role::Staff, &pin, None, "test", earlier)
            .unwrap();
        let service = app.service_by_slug(desk).unwrap().unwrap();
        for lang in slips {
            let request = BookingRequest {
                service: service.id,
                wanted: Wanted::Next,
                quantity: 1,
            };
            app.book(lang, &[request], earlier).unwrap();
        }
        let clock = ManualClock(Rc::new(Cell::new(lunch())));

        // The display is another program: its own translations and connection.
        let display_translations = Rc::new(Translations::embedded().unwrap());
        let display_app = open(&site, &display_translations);
        let controller =
            DisplayController::new(display_app, display_translations, Rc::new(clock.clone()));
        let display = DisplayWindow::new().unwrap();
        display
            .window()
            .set_size(slint::PhysicalSize::new(1920, 1080));
        let heard = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&heard);
        let shown =
            sosta::display::connect(&display, controller, move |a| sink.borrow_mut().push(a));
        display.show().unwrap();

        let controller =
            StationController::new(app, translations, Rc::new(clock.clone()), Some(service));
        let station = StaffWindow::new().unwrap();
        station
            .window()
            .set_size(slint::PhysicalSize::new(1280, 800));
        let desk = sosta::staff::connect(&station, controller);
        station.show().unwrap();
        let room = Room {
            display,
            heard,
            station,
            _connected: (shown, desk),
            _site: site,
        };
        room.tap("Anna");
        for digit in PIN.chars() {
            room.tap(&digit.to_string());
        }
        room.tap("Entra");
        room.tap("Il quadro di oggi");
        room
    }

    fn tap(&self, label: &str) {
        common::tap(&self.station, label);
    }

    /// One poll of the display goes by.
    fn poll(&self) {
        i_slint_backend_testing::mock_elapsed_time(POLL);
        slint::platform::update_timers_and_animations();
    }

    /// (title, number, earlier numbers) of each desk the display shows.
    fn desks(&self) -> Vec<(String, String, Vec<String>)> {
        let d = self.display.global::<Display>();
        d.get_desks()
            .iter()
            .map(|desk| {
                (
                    desk.title.to_string(),
                    desk.number.to_string(),
                    desk.earlier.iter().map(|n| n.to_string()).collect(),
                )
            })
            .collect()
    }

    fn said(&self) -> Vec<Vec<(String, String)>> {
        self.heard
            .borrow_mut()
            .drain(..)
            .map(|a| {
                assert!(a.chime, "a call starts with the chime");
                a.words.into_iter().map(|w| (w.lang, w.text)).collect()
            })
            .collect()
    }
}

#[test]
fn a_number_called_at_the_canteen_is_shown_and_said_in_italian_and_in_the_slips_language() {
    let room = Room::new("meal", &["ar", "it", "uk"]);
    let canteen = |room: &Room| {
        room.desks()
            .into_iter()
            .find(|d| d.0 == "Pasto")
            .expect("the canteen is on the display")
    };
    assert_eq!(canteen(&room).1, "\u{2014}", "nobody called yet");

    room.tap("Chiama il prossimo");
    room.poll();
    assert_eq!(canteen(&room).1, "1");
    assert_eq!(
        room.said(),
        vec![vec![
            ("it".to_owned(), "Numero 1, Pasto.".to_owned()),
            ("ar".to_owned(), room.display_tr("ar", 1, "service-meal")),
        ]]
    );

    // An Italian slip is said once; the last calls stay under the new number.
    room.tap("Chiama il prossimo");
    room.poll();
    assert_eq!(
        canteen(&room),
        ("Pasto".to_owned(), "2".to_owned(), vec!["1".to_owned()])
    );
    let said = room.said();
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].len(), 1, "{said:?}");

    // Nothing new: nothing said, nothing drawn differently.
    room.poll();
    assert!(room.said().is_empty());
    assert_eq!(canteen(&room).1, "2");
}

#[test]
fn a_discreet_desk_is_shown_and_said_by_its_desk_never_its_service() {
    let room = Room::new("harm-reduction-kit", &["en"]);
    room.tap("Chiama il prossimo");
    room.poll();
    let desks = room.desks();
    let reception = desks
        .iter()
        .find(|d| d.1 == "1")
        .expect("the called number is shown");
    assert_eq!(reception.0, "Accoglienza");
    let d = room.display.global::<Display>();
    let card = d.get_desks().iter().find(|c| c.number == "1").unwrap();
    assert_eq!(
        card.icon.size().width,
        0,
        "no pictogram tells what the desk hands out"
    );
    let said = room.said();
    let words: Vec<&String> = said.iter().flatten().map(|(_, text)| text).collect();
    assert_eq!(words.len(), 2, "{said:?}");
    for text in words {
        assert!(
            !text.to_lowercase().contains("kit"),
            "the service is not named: {text}"
        );
    }
}

impl Room {
    /// What the display says for a call in `lang`, from the messages themselves.
    fn display_tr(&self, lang: &str, number: u32, service_id: &str) -> String {
        let translations = Translations::embedded().unwrap();
        let tr = translations.lang(lang);
        let place = tr.spoken(service_id, &[]);
        tr.spoken(
            "display-call-speech",
            &[("number", number.into()), ("place", place.into())],
        )
    }
}

#[test]
fn the_display_without_its_data_shows_the_clock_and_a_dash() {
    let translations = Translations::embedded().unwrap();
    let view = sosta::display::display_view(
        translations.lang("it"),
        "Sosta",
        chrono_tz::Europe::Rome,
        lunch(),
        None,
        &[],
        chrono::Duration::minutes(10),
    );
    assert_eq!(view.clock, "12:15");
    assert_eq!(view.note, "\u{2014}");
    assert!(view.desks.is_empty() && view.slots.is_empty());
}
