//! `sosta export hsds --out DIR` through the real binary: the catalogue as Open Referral
//! HSDS 3.0 files for the City's service directory, the same on every run, with nothing
//! about visitors; a folder that cannot be written is refused and nothing is written.

mod common;

use std::fs;
use std::path::Path;

use common::{Sosta, stderr, stdout};
use serde_json::Value;

/// Thursday 26 November 2026, before the HIV and hepatitis test opens (14:00).
const THURSDAY: &str = "2026-11-26T13:30:00+01:00";

const TABLES: [&str; 6] = [
    "languages.json",
    "locations.json",
    "organizations.json",
    "schedules.json",
    "service_at_location.json",
    "services.json",
];

/// The files of a folder, sorted by name, with their text.
fn folder(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_directory_listing_has_every_service_and_nothing_about_visitors() {
    let sosta = Sosta::new();
    // A visit books the discreet test: nothing of it may reach the listing.
    let booked = sosta.json(
        THURSDAY,
        &["book", "hiv-hcv-testing", "--slot", "14:00", "--json"],
    );
    let code = booked["code"].as_str().unwrap().to_owned();
    let payload = booked["payload"].as_str().unwrap().to_owned();

    let out = sosta.dir.path().join("listing/hsds");
    let run = sosta.run(
        THURSDAY,
        &["export", "hsds", "--out", out.to_str().unwrap()],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let demo = sosta::catalogue::parse(Path::new("services.toml"), sosta::catalogue::DEFAULT_TEXT)
        .unwrap();
    assert_eq!(
        stdout(&run).trim(),
        format!(
            "{} services listed in the HSDS files in {}",
            demo.len(),
            out.display()
        )
    );

    let files = folder(&out);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, TABLES, "only the six tables, no temporary file");
    for (name, text) in &files {
        let rows: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(rows.as_array().is_some_and(|r| !r.is_empty()), "{name}");
        assert!(!text.contains(&code) && !text.contains(&payload), "{name}");
    }
    let services: Vec<Value> = serde_json::from_str(&files[5].1).unwrap();
    assert_eq!(services.len(), demo.len());
    // In Italian, the discreet test included: it is a public service.
    assert!(services.iter().any(|s| s["name"] == "Test HIV ed epatite"));
    // No field of a visit or a booking (the unit tests hold every field to HSDS's own).
    let all: String = files.iter().map(|(_, text)| text.as_str()).collect();
    for word in ["booking", "visit", "payload", "status\": \"booked"] {
        assert!(!all.contains(word), "{word} in the listing");
    }

    // A second run gives the same files, byte for byte.
    let again = sosta.run(
        THURSDAY,
        &["export", "hsds", "--out", out.to_str().unwrap()],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(folder(&out), files);
}

#[test]
fn a_folder_that_cannot_be_written_is_named_and_nothing_is_written() {
    let sosta = Sosta::new();
    let place = tempfile::tempdir().unwrap();
    let file = place.path().join("notes.txt");
    fs::write(&file, "a file, not a folder").unwrap();
    let out = file.join("hsds");
    let run = sosta.run(
        THURSDAY,
        &["export", "hsds", "--out", out.to_str().unwrap()],
    );
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let message = stderr(&run);
    assert!(
        message.starts_with(&format!("The folder {} cannot be written (", out.display())),
        "{message}"
    );
    assert!(
        message.contains("Choose another folder with --out"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(stdout(&run).is_empty());
    assert_eq!(
        folder(place.path()),
        [("notes.txt".to_owned(), "a file, not a folder".to_owned())]
    );
}
