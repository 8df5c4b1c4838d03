//! Whatever a scanner or a keyboard sends, a scan ends in a verdict: arbitrary text,
//! control characters, very long input, text typed through the wrong keyboard layout.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use sosta::app::{App, DataDir};
use sosta::domain::Verdict;

fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(
        DataDir::resolve(Some(dir.path().to_path_buf())).unwrap(),
        &["it", "en"],
    )
    .unwrap();
    (dir, app)
}

fn actor() -> sosta::app::Actor {
    sosta::app::Actor {
        staff: None,
        station: "test".to_owned(),
        desk: None,
    }
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_gets_a_verdict(raw in any::<String>()) {
        let (_dir, app) = app();
        let outcome = app.scan(&raw, None, Some(&actor()), now()).unwrap();
        prop_assert!(matches!(outcome.verdict, Verdict::Malformed | Verdict::Forged | Verdict::Unknown));
    }

    #[test]
    fn payload_shaped_garbage_gets_a_verdict(
        body in "[0-9A-Za-z\u{0}-\u{1f}éàò§°ç€ -]{0,80}",
        prefix in prop_oneof![Just(""), Just("S1"), Just("s1"), Just("ș1")],
    ) {
        let (_dir, app) = app();
        let raw = format!("{prefix}{body}");
        let outcome = app.scan(&raw, None, Some(&actor()), now()).unwrap();
        prop_assert!(outcome.booking.is_none(), "{raw:?} found a booking");
    }
}

#[test]
fn very_long_input_and_control_storms_are_malformed() {
    let (_dir, app) = app();
    let long = "S1".to_owned() + &"7".repeat(1 << 20);
    assert_eq!(
        app.scan(&long, None, Some(&actor()), now())
            .unwrap()
            .verdict,
        Verdict::Malformed
    );
    let storm: String = (0u8..32).map(char::from).cycle().take(10_000).collect();
    assert_eq!(
        app.scan(&storm, None, Some(&actor()), now())
            .unwrap()
            .verdict,
        Verdict::Malformed
    );
}

#[test]
fn a_payload_typed_through_an_italian_layout_by_mistake_is_not_a_slip() {
    let (_dir, mut app) = app();
    let shower = app.service_by_slug("shower").unwrap().unwrap();
    let request = sosta::store::BookingRequest {
        service: shower.id,
        wanted: sosta::domain::booking::Wanted::Next,
        quantity: 1,
    };
    let (visit, _) = app.book("it", &[request], now()).unwrap();
    let payload = app.payload(&visit).unwrap();
    // A US-layout scanner on an Italian keyboard turns some symbols around; the payload
    // is digits and letters only, so it survives, and only lower case can differ.
    assert_eq!(
        app.scan(&payload.to_lowercase(), None, None, now())
            .unwrap()
            .verdict,
        Verdict::Valid
    );
    // A wrong layout that swaps Y and Z (German) changes the text: never someone else's slip.
    let swapped: String = payload
        .chars()
        .map(|c| match c {
            'Y' => 'Z',
            'Z' => 'Y',
            c => c,
        })
        .collect();
    if swapped != payload {
        let verdict = app.scan(&swapped, None, None, now()).unwrap().verdict;
        assert!(
            matches!(verdict, Verdict::Forged | Verdict::Malformed),
            "{verdict:?}"
        );
    }
}
