//! What coordinators take out of Sosta through the command line: `sosta report`, a month
//! of real bookings counted once the days are over, with small numbers hidden in the CSV
//! and the JSON; and `sosta catalogue export`.

mod common;

use common::Sosta;

const WEDNESDAY: &str = "2026-11-25T09:00:00+01:00";
const DECEMBER: &str = "2026-12-01T08:00:00+01:00";

/// Fourteen meals on Wednesday: seven visitors read Italian, five English, two Ukrainian;
/// nine are served at the canteen, five never come.
fn a_wednesday(sosta: &Sosta) {
    for (lang, n) in [("it", 7), ("en", 5), ("uk", 2)] {
        for i in 0..n {
            // The visit's language is the language of the command that books it.
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_sosta"))
                .arg("--data-dir")
                .arg(sosta.data_dir())
                .args(["--lang", lang, "--now", WEDNESDAY, "book", "meal", "--json"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", common::stderr(&out));
            let booked: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            if lang != "en" || i == 0 {
                let payload = booked["payload"].as_str().unwrap();
                let served = sosta.run(
                    "2026-11-25T12:30:00+01:00",
                    &["scan", payload, "--desk", "meal", "--serve"],
                );
                assert!(served.status.success(), "{}", common::stderr(&served));
            }
        }
    }
}

fn value<'a>(report: &'a serde_json::Value, table: &str, key: &str) -> &'a serde_json::Value {
    let table = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == table)
        .unwrap_or_else(|| panic!("no table {table}"));
    if key == "total" {
        return &table["total"];
    }
    &table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no row {key} in {table}"))["value"]
}

#[test]
fn a_month_s_report_counts_the_finished_days_and_hides_small_numbers() {
    let sosta = Sosta::new();
    a_wednesday(&sosta);
    let report = sosta.json(
        DECEMBER,
        &["report", "--month", "2026-11", "--format", "json"],
    );
    assert_eq!(report["from"], "2026-11-01");
    assert_eq!(report["to"], "2026-11-30");
    assert_eq!(report["min_cell"], 5);
    assert_eq!(value(&report, "visits-by-day", "2026-11-25"), 14);
    assert_eq!(value(&report, "visits-by-day", "total"), 14);
    assert_eq!(value(&report, "visits-by-weekday", "3"), 14);
    assert_eq!(value(&report, "languages", "it"), 7);
    // Two Ukrainian visitors are "<5"; English (5) is withheld too ("x"), or 14 − 7 − 5
    // would say 2.
    assert_eq!(value(&report, "languages", "uk"), "<5");
    assert_eq!(value(&report, "languages", "en"), "x");
    assert_eq!(value(&report, "languages", "ar"), 0);
    assert_eq!(value(&report, "bookings", "meal"), 14);
    // Four no-shows are "<5", and the served are withheld with them ("x"): with the
    // bookings (14) and the cancellations (0) published, 14 − 10 would say 4.
    assert_eq!(value(&report, "outcomes:meal", "no_show"), "<5");
    assert_eq!(value(&report, "outcomes:meal", "served"), "x");
    assert_eq!(value(&report, "outcomes:meal", "cancelled"), 0);

    let csv = sosta.run(DECEMBER, &["report", "--month", "2026-11"]);
    assert!(csv.status.success(), "{}", common::stderr(&csv));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.starts_with("table,key,value\nperiod,from,2026-11-01\n"),
        "{csv}"
    );
    for line in [
        "languages,uk,<5",
        "languages,it,7",
        "visits-by-day,2026-11-25,14",
    ] {
        assert!(csv.lines().any(|l| l == line), "{line} in\n{csv}");
    }

    let out = sosta.data_dir().join("november.csv");
    let written = sosta
        .command(DECEMBER, &["report", "--month", "2026-11", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(written.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), csv);
}

#[test]
fn a_bad_period_is_a_usage_error() {
    let sosta = Sosta::new();
    for args in [
        &["report", "--month", "2026-13"][..],
        &["report", "--from", "2026-11-30", "--to", "2026-11-01"],
        &["report", "--from", "2026-11-01"],
        &["report"],
    ] {
        let out = sosta.run(DECEMBER, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let message = common::stderr(&out);
        assert!(
            message.contains("month") || message.contains("period") || message.contains("--month"),
            "{args:?}: {message}"
        );
    }
}

/// The month as a PDF for the funders, in the coordinator's language: one or two A4 pages a
/// PDF reader that shares no code with printpdf opens, with the words a reader would copy.
#[test]
fn a_month_s_report_is_a_pdf_of_one_or_two_pages() {
    let sosta = Sosta::new();
    a_wednesday(&sosta);
    let out = sosta.data_dir().join("november.pdf");
    let written = sosta
        .command(
            DECEMBER,
            &["report", "--month", "2026-11", "--format", "pdf", "--out"],
        )
        .arg(&out)
        .output()
        .unwrap();
    assert!(written.status.success(), "{}", common::stderr(&written));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pdf = hayro::hayro_syntax::Pdf::new(bytes).expect("hayro reads the report");
    assert!(
        (1..=2).contains(&pdf.pages().len()),
        "{} pages",
        pdf.pages().len()
    );
}

/// A PDF poured onto a terminal helps nobody: without `--out` nothing is done and the
/// person is told to name a file.
#[test]
fn a_pdf_report_without_a_file_is_a_usage_error() {
    let sosta = Sosta::new();
    let out = sosta.run(
        DECEMBER,
        &["report", "--month", "2026-11", "--format", "pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing on standard output");
    let message = common::stderr(&out);
    assert!(message.contains("--out FILE.pdf"), "{message}");
}

/// A report folder that cannot be written: one clear message naming why, exit 1.
#[test]
fn a_pdf_report_into_a_missing_folder_says_so() {
    let sosta = Sosta::new();
    a_wednesday(&sosta);
    let out = sosta
        .command(
            DECEMBER,
            &["report", "--month", "2026-11", "--format", "pdf", "--out"],
        )
        .arg(sosta.data_dir().join("no-such-folder").join("november.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let message = common::stderr(&out);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(
        !message.contains("panicked"),
        "a message, not a crash: {message}"
    );
    assert!(!message.contains("Nothing was counted"), "{message}");
}

/// A month with nothing counted (a wrong month, the wrong site): said, and no file.
#[test]
fn a_month_with_no_data_says_so_and_writes_nothing() {
    let sosta = Sosta::new();
    a_wednesday(&sosta);
    let file = sosta.data_dir().join("march.csv");
    let out = sosta
        .command(DECEMBER, &["report", "--month", "2026-03", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("Nothing was counted from 2026-03-01 to 2026-03-31"),
        "{}",
        common::stderr(&out)
    );
    assert!(!file.exists());
}

/// The catalogue as a file: what `catalogue export` writes reads back as the catalogue the
/// site runs (here the demo one it was seeded with), every service with its hours.
#[test]
fn the_catalogue_exports_to_a_file_that_reads_back_the_same() {
    let sosta = Sosta::new();
    let file = sosta.data_dir().join("catalogue.toml");
    let out = sosta
        .command(DECEMBER, &["catalogue", "export"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("11 services written to"), "{said}");
    let text = std::fs::read_to_string(&file).unwrap();
    let path = std::path::Path::new("catalogue.toml");
    assert_eq!(
        sosta::catalogue::parse(path, &text).unwrap(),
        sosta::catalogue::parse(path, sosta::catalogue::DEFAULT_TEXT).unwrap()
    );
}
