//! Printing through a real CUPS: built only with `--features cups-tests`, which `.ci/run`
//! turns on after it has installed CUPS with the cups-pdf driver and made two queues:
//! `SOSTA_CUPS_QUEUE` (enabled; cups-pdf writes what it prints to `SOSTA_CUPS_OUTPUT`) and
//! `SOSTA_CUPS_DISABLED_QUEUE` (disabled).

#![cfg(feature = "cups-tests")]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use common::{Sosta, stderr};

const MORNING: &str = "2026-11-25T08:30:00+01:00";

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} names the CUPS set-up (see .ci/run)"))
}

fn with_printer(sosta: &Sosta, queue: &str) {
    std::fs::write(
        sosta.data_dir().join("sosta.toml"),
        format!("[printer]\ndestination = \"{queue}\"\n"),
    )
    .unwrap();
}

/// The PDFs cups-pdf wrote after `since`.
fn printed_since(dir: &Path, since: SystemTime) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| {
                    e.metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t >= since)
                })
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect()
        })
        .unwrap_or_default()
}

/// The one QR code on a printed PDF.
fn qr_of(pdf: &[u8]) -> String {
    let (_, texts) = common::page_size_and_qr(pdf.to_vec());
    assert_eq!(texts.len(), 1, "one QR code on the printed page");
    texts[0].clone()
}

#[test]
fn a_booking_prints_through_cups_with_its_qr_code() {
    let queue = env("SOSTA_CUPS_QUEUE");
    let output = PathBuf::from(env("SOSTA_CUPS_OUTPUT"));
    let sosta = Sosta::new();
    with_printer(&sosta, &queue);
    let since = SystemTime::now() - Duration::from_secs(1);
    let booked = sosta.json(MORNING, &["book", "shower", "--json"]);
    assert!(
        booked["printed"].as_str().unwrap().starts_with(&queue),
        "a CUPS job id: {booked}"
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let printed = loop {
        if let Some(path) = printed_since(&output, since).into_iter().next() {
            // cups-pdf writes the file in place; wait until it is whole.
            std::thread::sleep(Duration::from_millis(500));
            break path;
        }
        assert!(
            Instant::now() < deadline,
            "nothing printed to {}",
            output.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let pdf = std::fs::read(&printed).unwrap();
    assert_eq!(qr_of(&pdf), booked["payload"].as_str().unwrap());
    // Printed on the slip's own 80 mm page, not on A4.
    let ((width, _), _) = common::page_size_and_qr(pdf);
    assert!((width - 80.0).abs() < 1.0, "printed {width} mm wide");
}

#[test]
fn a_disabled_printer_is_a_clear_error_and_the_booking_stays() {
    let queue = env("SOSTA_CUPS_DISABLED_QUEUE");
    let sosta = Sosta::new();
    with_printer(&sosta, &queue);
    let out = sosta.run(MORNING, &["book", "laundry", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let booked: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let code = booked["code"].as_str().unwrap();
    let message = stderr(&out);
    assert!(
        message.contains(&format!("The booking is saved (code {code})")),
        "{message}"
    );
    assert!(
        message.contains(&format!("printer {queue} is disabled")),
        "{message}"
    );
    assert!(message.contains(&format!("sosta slip {code}")), "{message}");
    // The booking is in the database: a scan finds it, and the slip can be made again.
    let scan = sosta.json(MORNING, &["scan", code, "--desk", "laundry", "--json"]);
    assert_eq!(scan["booking"]["status"], "booked");
    let again = sosta.data_dir().join("again.pdf");
    let out = sosta.run(MORNING, &["slip", code, "--out", again.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        qr_of(&std::fs::read(&again).unwrap()),
        booked["payload"].as_str().unwrap()
    );
}
