//! Shaping, font fallback and error cases, checked on the glyphs that the
//! layout places (the same ones the PDF shows).

mod slip_samples;

use rustybuzz::Face;
use sosta::slip::{FontKind, SlipError, SlipFormat, TextItem, layout, render_pdf};

fn cmap(font: FontKind, ch: char) -> u16 {
    let face = Face::from_slice(font.bytes(), 0).expect("embedded font parses");
    face.glyph_index(ch)
        .unwrap_or_else(|| panic!("{font} has no {ch:?}"))
        .0
}

/// The instruction line of a slip whose instruction is `text`.
fn instruction_line(mut slip: sosta::slip::Slip, text: &str) -> TextItem {
    slip.instruction = text.into();
    let l = layout(&slip, SlipFormat::Receipt80).expect("layout");
    l.texts()
        .find(|t| t.role == "instruction")
        .expect("instruction line")
        .clone()
}

#[test]
fn arabic_letters_take_contextual_forms() {
    let word = "الساعة";
    let line = instruction_line(slip_samples::arabic(), word);
    let placed: Vec<u16> = line
        .glyphs
        .iter()
        .filter(|g| g.font == FontKind::Naskh)
        .map(|g| g.gid)
        .collect();
    let isolated: Vec<u16> = word.chars().map(|c| cmap(FontKind::Naskh, c)).collect();
    assert_eq!(
        placed.len(),
        isolated.len(),
        "one glyph per letter here: {placed:?}"
    );
    // lam (initial), seen (medial), alef (final), ain (initial), teh marbuta
    // (final) are all joined: their glyphs are not the isolated ones.
    let contextual = placed.iter().filter(|g| !isolated.contains(g)).count();
    assert!(
        contextual >= 4,
        "placed {placed:?} vs isolated {isolated:?}"
    );
    assert!(
        !placed.contains(&cmap(FontKind::Naskh, 'س')),
        "seen is medial, not isolated"
    );
    // Right-to-left: the first letter (alef) is the rightmost glyph.
    let alef = cmap(FontKind::Naskh, 'ا');
    let last = line.glyphs.last().expect("glyphs");
    assert_eq!(last.gid, alef, "alef of al- at the right end");
}

#[test]
fn digits_keep_their_order_in_an_arabic_line() {
    let line = instruction_line(slip_samples::arabic(), "الساعة 10:30");
    let want: Vec<u16> = "10:30".chars().map(|c| cmap(FontKind::Sans, c)).collect();
    let digits: Vec<_> = line
        .glyphs
        .iter()
        .filter(|g| g.font == FontKind::Sans && want.contains(&g.gid))
        .collect();
    let got: Vec<u16> = digits.iter().map(|g| g.gid).collect();
    assert_eq!(got, want, "10:30 placed left to right, not 03:01");
    assert!(digits.windows(2).all(|w| w[0].x_mm < w[1].x_mm));
    // The Arabic word stays on the right of the number (RTL paragraph).
    let max_digit_x = digits.iter().map(|g| g.x_mm).fold(f32::MIN, f32::max);
    assert!(
        line.glyphs
            .iter()
            .filter(|g| g.font == FontKind::Naskh)
            .all(|g| g.x_mm > max_digit_x)
    );
}

#[test]
fn gurmukhi_is_shaped_not_mapped() {
    let word = "ਸਮਾਜਿਕ"; // the vowel sign ਿ is written before ਜ
    let line = instruction_line(slip_samples::punjabi(), word);
    let shaped: Vec<u16> = line.glyphs.iter().map(|g| g.gid).collect();
    let naive: Vec<u16> = word.chars().map(|c| cmap(FontKind::Gurmukhi, c)).collect();
    assert!(line.glyphs.iter().all(|g| g.font == FontKind::Gurmukhi));
    assert_ne!(shaped, naive, "shaping must differ from the cmap mapping");
    let i_sign = cmap(FontKind::Gurmukhi, 'ਿ');
    let ja = cmap(FontKind::Gurmukhi, 'ਜ');
    let pos = |g: u16| shaped.iter().position(|&x| x == g);
    // The i sign may be substituted by a contextual variant; either way it
    // must not stay after ja as in logical order.
    if let (Some(i), Some(j)) = (pos(i_sign), pos(ja)) {
        assert!(i < j, "ਿ reordered before ਜ: {shaped:?}");
    }
}

#[test]
fn urdu_uses_nastaliq_with_vertical_offsets() {
    let slip = slip_samples::urdu();
    let l = layout(&slip, SlipFormat::Receipt80).expect("layout");
    let name = l.texts().find(|t| t.role == "name").expect("name");
    assert!(name.glyphs.iter().all(|g| g.font == FontKind::Nastaliq));
    // Nastaliq stacks letters diagonally: glyphs sit at different heights.
    assert!(
        name.glyphs.iter().any(|g| g.y_mm.abs() > 0.1),
        "{:?}",
        name.glyphs
    );
}

#[test]
fn latin_and_cyrillic_are_covered() {
    let slip = slip_samples::mixed_latin_cyrillic();
    let l = layout(&slip, SlipFormat::Receipt58).expect("layout");
    assert!(l.texts().all(|t| t.fonts == vec![FontKind::Sans]));
    render_pdf(&slip, SlipFormat::Receipt58).expect("pdf");
}

#[test]
fn uncovered_character_is_an_error_naming_it() {
    let mut slip = slip_samples::italian();
    slip.bookings[1].name = "Lavatrice 漢".into();
    let err = render_pdf(&slip, SlipFormat::Receipt80).expect_err("no font has 漢");
    match &err {
        SlipError::MissingGlyph { ch, field, .. } => {
            assert_eq!(*ch, '漢');
            assert_eq!(field, "bookings[1].name");
        }
        other => panic!("wrong error {other:?}"),
    }
    let msg = err.to_string();
    assert!(
        msg.contains("U+6F22") && msg.contains("bookings[1].name"),
        "{msg}"
    );

    let mut slip = slip_samples::arabic();
    slip.instruction = "😀".into();
    assert!(matches!(
        layout(&slip, SlipFormat::A6),
        Err(SlipError::MissingGlyph { ch: '😀', .. })
    ));
}

#[test]
fn unknown_icon_and_bad_payload_are_errors() {
    let mut slip = slip_samples::italian();
    slip.bookings[0].icon = "no-such-icon".into();
    let err = render_pdf(&slip, SlipFormat::Receipt80).expect_err("unknown icon");
    assert!(
        matches!(&err, SlipError::IconNotFound(n) if n == "no-such-icon"),
        "{err}"
    );
    assert!(err.to_string().contains("no-such-icon"));

    let mut slip = slip_samples::italian();
    slip.payload = "abc".into();
    assert!(matches!(
        layout(&slip, SlipFormat::Receipt80),
        Err(SlipError::InvalidPayload { .. })
    ));
    slip.payload = String::new();
    assert!(matches!(
        layout(&slip, SlipFormat::Receipt80),
        Err(SlipError::InvalidPayload { .. })
    ));
}

#[test]
fn every_embedded_icon_draws() {
    let mut slip = slip_samples::italian();
    let template = slip.bookings[0].clone();
    let catalogue = sosta::catalogue::parse(
        std::path::Path::new("services.toml"),
        sosta::catalogue::DEFAULT_TEXT,
    )
    .unwrap();
    slip.bookings = catalogue
        .iter()
        .map(|service| {
            let mut b = template.clone();
            b.icon = service.icon.clone();
            b
        })
        .collect();
    assert_eq!(slip.bookings.len(), 11);
    let pdf = render_pdf(&slip, SlipFormat::Receipt80).expect("all icons render");
    assert!(pdf.len() > 1000);
    // Eleven bookings do not fit on A6: an error, not a panic or overflow.
    assert!(matches!(
        render_pdf(&slip, SlipFormat::A6),
        Err(SlipError::DoesNotFit { .. })
    ));
}

#[test]
fn output_is_deterministic_and_small() {
    for (name, slip) in slip_samples::all() {
        for f in SlipFormat::ALL {
            let a = render_pdf(&slip, f).expect("pdf");
            let b = render_pdf(&slip, f).expect("pdf");
            assert!(a == b, "{name} {f}: same bytes each time");
            assert!(a.len() < 60_000, "{name} {f}: {} bytes", a.len());
            // Fonts are embedded (TrueType programs) and subset (tagged names).
            let has = |s: &[u8]| a.windows(s.len()).any(|w| w == s);
            assert!(
                has(b"/FontFile2") && has(b"/BaseFont/SOSTAA+NotoSans-Regular"),
                "{name} {f}"
            );
        }
    }
}

#[test]
fn qr_module_is_whole_printer_dots_and_fits() {
    for (name, slip) in slip_samples::all() {
        for f in SlipFormat::ALL {
            let l = layout(&slip, f).expect("layout");
            let qr = l.qr().expect("qr");
            assert!(qr.dots >= 4, "{name} {f}");
            assert!((qr.module_mm - qr.dots as f32 * 25.4 / 203.0).abs() < 1e-4);
            assert!(qr.size_mm() <= f.printable_width_mm() + 1e-3);
            // one dot more would not fit the printable width (receipts)
            if f.page_height_mm().is_none() {
                let bigger = (qr.dots + 1) as f32 * 25.4 / 203.0 * qr.matrix.total_modules() as f32;
                assert!(bigger > f.printable_width_mm(), "{name} {f}");
            }
            assert!(qr.matrix.ec == 'Q' || qr.matrix.ec == 'M');
            assert!(qr.y_mm + qr.size_mm() <= l.height_mm);
        }
    }
}
