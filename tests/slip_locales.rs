//! The slip of a real booking, in every visitor language and every paper format: made
//! through the command line, read back as pixels, its QR code equal to the booking's.

mod common;

use common::{Sosta, page_size_and_qr};

const MORNING: &str = "2026-11-25T08:30:00+01:00";

#[test]
fn every_language_prints_a_slip_that_scans_in_every_format() {
    let translations = sosta::i18n::Translations::embedded().unwrap();
    for (format, width) in [("receipt80", 80.0), ("receipt58", 58.0), ("a6", 105.0)] {
        let sosta = Sosta::new();
        std::fs::write(
            sosta.data_dir().join("sosta.toml"),
            format!("[printer]\nformat = \"{format}\"\n"),
        )
        .unwrap();
        for lang in translations.locales() {
            let out = sosta.data_dir().join(format!("{lang}.pdf"));
            let run = std::process::Command::new(env!("CARGO_BIN_EXE_sosta"))
                .arg("--data-dir")
                .arg(sosta.data_dir())
                .args([
                    "--now",
                    MORNING,
                    "--lang",
                    lang,
                    "book",
                    "meal",
                    "--json",
                    "--slip-out",
                ])
                .arg(&out)
                .output()
                .unwrap();
            assert!(
                run.status.success(),
                "{lang} {format}: {}",
                common::stderr(&run)
            );
            let booked: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
            let ((w, _), codes) = page_size_and_qr(std::fs::read(&out).unwrap());
            assert!((w - width).abs() < 0.1, "{lang} {format}: {w} mm wide");
            assert_eq!(
                codes,
                [booked["payload"].as_str().unwrap()],
                "{lang} {format}"
            );
        }
    }
}
