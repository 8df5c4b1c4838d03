//! The database server stops and starts again under a running store: while it is away
//! every read says "cannot be reached", nothing is half-written, and the store comes back
//! by itself. A file of its own: stopping the server would break tests running beside it.

#![cfg(feature = "pg-tests")]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::Sosta;
use sosta::store::{Durability, Store, StoreTrouble};

fn pg_ctl(action: &str) {
    let bin = std::env::var("SOSTA_TEST_PG_BIN").expect(".ci/pg-setup names SOSTA_TEST_PG_BIN");
    let data = std::env::var("SOSTA_TEST_PG_DATA").expect(".ci/pg-setup names the cluster");
    let mut args = vec![
        format!("{bin}/pg_ctl"),
        "-D".to_owned(),
        data,
        "-w".to_owned(),
    ];
    if action == "stop" {
        args.extend(["-m".to_owned(), "fast".to_owned()]);
    } else {
        // The server's output goes to its log, never to this test's pipes.
        let log = std::env::var("SOSTA_TEST_PG_LOG").expect(".ci/pg-setup names the log");
        args.extend(["-l".to_owned(), log]);
    }
    args.push(action.to_owned());
    let status = if rustix::process::getuid().is_root() {
        Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .args(&args)
            .stdout(std::process::Stdio::null())
            .status()
    } else {
        Command::new(&args[0])
            .args(&args[1..])
            .stdout(std::process::Stdio::null())
            .status()
    }
    .expect("pg_ctl runs");
    assert!(status.success(), "pg_ctl {action}");
}

#[test]
fn the_store_says_the_server_is_away_and_comes_back_by_itself() {
    let site = Sosta::new();
    site.json("2026-11-25T08:30:00+01:00", &["services", "--json"]);
    let store = Store::open_at(&site.location(), Durability::Full).unwrap();
    let before = store.services().unwrap().len();
    let version = store.data_version().unwrap();

    pg_ctl("stop");
    let away = store.services().expect_err("no server, no services");
    assert_eq!(away.trouble(), StoreTrouble::ServerUnreachable, "{away}");
    // Asking again while it is away answers at once, without waiting for a connection.
    let asked = Instant::now();
    let again = store.services().expect_err("still away");
    assert_eq!(again.trouble(), StoreTrouble::ServerUnreachable, "{again}");
    assert!(asked.elapsed() < Duration::from_secs(1));

    pg_ctl("start");
    let deadline = Instant::now() + Duration::from_secs(10);
    let services = loop {
        match store.services() {
            Ok(services) => break services,
            Err(e) if Instant::now() < deadline => {
                assert_eq!(e.trouble(), StoreTrouble::ServerUnreachable, "{e}");
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(e) => panic!("the store did not come back: {e}"),
        }
    };
    assert_eq!(services.len(), before);
    assert_ne!(
        store.data_version().unwrap(),
        version,
        "what changed while away is unknown: the screens reload"
    );
}
