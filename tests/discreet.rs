//! Discreet services: a slip for an HIV test or a safer-use kit names only the desk and the
//! time, in every language and paper format, so a lost or shown slip reveals nothing.

use chrono::TimeZone;
use sosta::app::{App, BookingRequest, DataDir};
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::slip::{Item, SlipFormat, layout};

const DISCREET: [&str; 2] = ["hiv-hcv-testing", "harm-reduction-kit"];

#[test]
fn a_discreet_service_is_printed_by_its_desk_and_time_only() {
    let translations = Translations::embedded().unwrap();
    let locales: Vec<&str> = translations.locales().collect();
    // Thursday 26 November 2026, 13:00 in Cremona: the test clinic opens at 14:00.
    let now = chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 26, 13, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Utc);
    // Every name these services have, in every language: none may be printed.
    let names: Vec<String> = locales
        .iter()
        .flat_map(|lang| {
            let tr = translations.lang(lang);
            DISCREET.map(|slug| sosta::messages::service_name(tr, slug))
        })
        .collect();
    for lang in &locales {
        let dir = tempfile::tempdir().unwrap();
        let mut app = App::open(
            DataDir::resolve(Some(dir.path().to_path_buf())).unwrap(),
            &locales,
        )
        .unwrap();
        let requests: Vec<BookingRequest> = DISCREET
            .iter()
            .map(|slug| BookingRequest {
                service: app.service_by_slug(slug).unwrap().unwrap().id,
                wanted: Wanted::Next,
                quantity: 1,
            })
            .collect();
        let (visit, bookings) = app.book(lang, &requests, now).unwrap();
        let payload = app.payload(&visit).unwrap();
        let slip = sosta::slips::slip_for(&app, &translations, &visit, &bookings, payload).unwrap();
        let tr = translations.lang(lang);
        assert_eq!(slip.bookings.len(), 2, "{lang}");
        for (line, desk) in slip.bookings.iter().zip(["clinic", "reception"]) {
            assert_eq!(line.name, sosta::messages::desk_name(tr, desk), "{lang}");
            assert_eq!(line.icon, "clock", "{lang}: the icon would say what it is");
            assert!(!line.when.is_empty(), "{lang}: the time is printed");
        }
        for format in [SlipFormat::Receipt80, SlipFormat::Receipt58, SlipFormat::A6] {
            let drawn = layout(&slip, format).unwrap();
            for text in drawn.texts() {
                for name in &names {
                    assert!(
                        !text.text.contains(name.as_str()),
                        "{lang} {format:?}: “{}” names the service ({name})",
                        text.text
                    );
                }
            }
            for item in &drawn.items {
                if let Item::Icon(icon) = item {
                    assert!(!["test-pipe", "first-aid-kit"].contains(&icon.name.as_str()));
                }
            }
            assert!(
                drawn.texts().any(|t| t.role == "when"),
                "{lang} {format:?}: the time is drawn"
            );
        }
    }
}

#[test]
fn other_services_keep_their_name_on_the_slip() {
    let translations = Translations::embedded().unwrap();
    let locales: Vec<&str> = translations.locales().collect();
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::open(
        DataDir::resolve(Some(dir.path().to_path_buf())).unwrap(),
        &locales,
    )
    .unwrap();
    let now = sosta::screenshot::demo_now();
    let meal = app.service_by_slug("meal").unwrap().unwrap();
    let request = BookingRequest {
        service: meal.id,
        wanted: Wanted::Next,
        quantity: 1,
    };
    let (visit, bookings) = app.book("en", &[request], now).unwrap();
    let payload = app.payload(&visit).unwrap();
    let slip = sosta::slips::slip_for(&app, &translations, &visit, &bookings, payload).unwrap();
    assert_eq!(slip.bookings[0].name, "Meal");
    assert_eq!(slip.bookings[0].icon, meal.icon);
    assert!(!slip.bookings[0].desk.is_empty());
}
