//! Many processes booking the last places of one slot at once, through the real binary and
//! one database file: exactly the capacity succeeds, every other process hears "full", and
//! nobody sees a locking error.

mod common;

use common::Sosta;

const MORNING: &str = "2026-11-25T08:30:00+01:00";
const PROCESSES: usize = 12;

#[test]
fn the_last_places_go_to_exactly_as_many_as_there_are() {
    let sosta = Sosta::new();
    // The first run creates the folder; the race is about bookings, not set-up.
    sosta.json(MORNING, &["services", "--json"]);
    // The shower has 2 places per slot; race for three different slots in turn.
    for slot in ["09:00", "10:00", "11:40"] {
        let outputs = common::race(
            (0..PROCESSES)
                .map(|_| sosta.command(MORNING, &["book", "shower", "--slot", slot, "--json"])),
        );
        let booked = outputs.iter().filter(|o| o.status.success()).count();
        assert_eq!(booked, 2, "slot {slot}: exactly the capacity is booked");
        for out in outputs.iter().filter(|o| !o.status.success()) {
            let message = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{message}");
            assert!(
                message.contains(&format!("The {slot} slot of Shower is full")),
                "slot {slot}: every other process hears full, got: {message}"
            );
        }
        let services = sosta.json(MORNING, &["services", "--json"]);
        let slots = services[0]["slots"].as_array().unwrap();
        let this = slots.iter().find(|s| s["start"] == slot).unwrap();
        assert_eq!(this["free"], 0);
        assert_eq!(this["state"], "full");
    }
}

#[test]
fn two_desks_serving_one_slip_at_once_serve_it_once() {
    let sosta = Sosta::new();
    for round in 0..5 {
        let booked = sosta.json(MORNING, &["book", "harm-reduction-kit", "--json"]);
        let payload = booked["payload"].as_str().unwrap();
        let outputs = common::race(
            (0..2).map(|_| sosta.command(MORNING, &["scan", payload, "--serve", "--json"])),
        );
        let mut verdicts: Vec<String> = outputs
            .into_iter()
            .map(|out| {
                assert!(out.status.success());
                let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                v["verdict"].as_str().unwrap().to_owned()
            })
            .collect();
        verdicts.sort();
        assert_eq!(verdicts, ["already_served", "served"], "round {round}");
    }
}
