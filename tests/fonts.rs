//! No visitor ever sees a missing-glyph box: every character of every message of every
//! locale (service names included) is in a bundled font's character map.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use sosta::i18n::Translations;

fn font(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/fonts")
            .join(name),
    )
    .unwrap()
}

/// The characters a font has glyphs for.
fn covers(data: &[u8], text: &str) -> Vec<char> {
    let face = ttf_parser::Face::parse(data, 0).unwrap();
    text.chars()
        .filter(|c| face.glyph_index(*c).is_none())
        .collect()
}

#[test]
fn every_character_of_every_message_has_a_glyph() {
    let translations = Translations::embedded().unwrap();
    let sans = font("NotoSans-Regular.ttf");
    let bold = font("NotoSans-Bold.ttf");
    let script_fonts = [
        ("ar", font("NotoNaskhArabic-Regular.ttf")),
        ("ur", font("NotoNastaliqUrdu-Regular.ttf")),
        ("pa", font("NotoSansGurmukhi-Regular.ttf")),
    ];
    let owned = common::sample_args();
    let sample: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
        owned.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    let mut checked = 0;
    for locale in translations.locales() {
        let tr = translations.lang(locale);
        let mut text = String::new();
        for id in translations.message_ids(locale) {
            text.push_str(&tr.args(&id, &sample));
            // The singular and zero forms too.
            text.push_str(&tr.args(
                &id,
                &[
                    ("count", 1.into()),
                    ("free", 1.into()),
                    ("waiting", 0.into()),
                ],
            ));
        }
        text.push_str(&tr.date(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()));
        let chars: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<BTreeSet<char>>()
            .into_iter()
            .collect();
        checked += chars.chars().count();
        // The kiosk draws with the script's font first and falls back to Noto Sans.
        let mut missing: Vec<char> = covers(&sans, &chars);
        if let Some((_, script)) = script_fonts.iter().find(|(l, _)| *l == locale) {
            missing = covers(script, &missing.iter().collect::<String>());
        }
        assert!(
            missing.is_empty(),
            "{locale}: no bundled font has {missing:?}"
        );
        // Headings are bold: Latin and Cyrillic must be in the bold face as well.
        let latin: String = chars.chars().filter(|c| (*c as u32) < 0x0590).collect();
        let missing_bold = covers(&bold, &latin);
        assert!(
            missing_bold.is_empty(),
            "{locale}: Noto Sans Bold lacks {missing_bold:?}"
        );
    }
    assert!(checked > 500, "checked {checked} characters");
}
