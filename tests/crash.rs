//! Power-cut safety: booking processes killed with SIGKILL at random moments, then the
//! database reopened. It must pass SQLite's integrity check, and every booking a process
//! reported as made must be there.

mod common;

use std::process::Stdio;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::Sosta;
use sosta::store::Store;
use sosta::token::ShortCode;

const MORNING: &str = "2026-11-25T09:30:00+01:00";
const ROUNDS: u64 = 60;

/// A small deterministic generator, seeded from the clock and printed, so a failing run can
/// be repeated with SOSTA_CRASH_SEED.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_bookings_leave_a_sound_database_with_every_reported_booking() {
    let seed = std::env::var("SOSTA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("crash test seed: {seed}");
    let mut rng = XorShift(seed);
    let sosta = Sosta::new();
    sosta.json(MORNING, &["services", "--json"]);
    // Kill anywhere within one and a half times what a whole booking takes here, so the
    // rounds land before, during and after the commit whatever the machine's speed.
    let started = std::time::Instant::now();
    sosta.json(MORNING, &["book", "harm-reduction-kit", "--json"]);
    let window = (started.elapsed().as_micros() as u64 * 3 / 2).max(1_000);
    let mut reported: Vec<String> = Vec::new();
    let mut killed = 0;
    for _ in 0..ROUNDS {
        // The harm-reduction kit is a queue of 150 a day: room for every round.
        let mut child = sosta
            .command(MORNING, &["book", "harm-reduction-kit", "--json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        std::thread::sleep(Duration::from_micros(rng.next() % window));
        if child.try_wait().expect("the child can be polled").is_none() {
            child.kill().expect("SIGKILL is delivered");
            killed += 1;
        }
        let out = child.wait_with_output().expect("the child ends");
        if out.status.success() {
            let value: serde_json::Value =
                serde_json::from_slice(&out.stdout).expect("a finished booking prints whole JSON");
            reported.push(value["code"].as_str().expect("a code").to_owned());
        }
    }
    eprintln!("{killed} of {ROUNDS} killed, {} reported", reported.len());
    assert!(
        killed > 0 && !reported.is_empty(),
        "the rounds both kill and finish (seed {seed})"
    );
    let store = Store::open_at(&sosta.location(), sosta::store::Durability::Full)
        .expect("the database reopens");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    for code in &reported {
        let code: ShortCode = code.parse().expect("a reported code parses");
        let visit = store
            .visit_by_short_code(&code)
            .unwrap()
            .unwrap_or_else(|| panic!("reported booking {code} is missing (seed {seed})"));
        assert_eq!(store.visit_bookings(visit.id).unwrap().len(), 1);
    }
    // Reopening through the binary works as well, and books on.
    sosta.json(MORNING, &["book", "harm-reduction-kit", "--json"]);
}
