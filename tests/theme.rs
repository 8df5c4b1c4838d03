//! The kiosk's look keeps its promises at 1920×1080 (scale 1): touch targets of at least
//! 88 px, body text of at least 28 px, and text contrast of at least 7:1 (WCAG AAA).
//! Smaller windows scale these sizes down (to 0.6 at 800×480): `tests/fit.rs` checks what
//! that means on each size's screen, at least 9 mm per touch target and 3 mm per text.

use std::collections::HashMap;

fn theme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ui/theme.slint")).unwrap()
}

/// `name: #rrggbb;` and `name: 96px * scale;` properties of the Theme global.
fn properties() -> HashMap<String, String> {
    theme()
        .lines()
        .filter_map(|l| l.trim().strip_prefix("out property <"))
        .filter_map(|l| {
            let (_, rest) = l.split_once("> ")?;
            let (name, value) = rest.split_once(':')?;
            Some((
                name.trim().to_owned(),
                value.trim().trim_end_matches(';').to_owned(),
            ))
        })
        .collect()
}

fn pixels(value: &str) -> f64 {
    value.split("px").next().unwrap().trim().parse().unwrap()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn touch_targets_and_body_text_are_large_enough() {
    let p = properties();
    assert!(pixels(&p["touch"]) >= 88.0, "touch {}", p["touch"]);
    assert!(pixels(&p["body"]) >= 28.0, "body {}", p["body"]);
    assert!(
        pixels(&p["small"]) >= 28.0,
        "even the smallest text {}",
        p["small"]
    );
    assert!(pixels(&p["heading"]) > pixels(&p["body"]));
}

#[test]
fn every_text_colour_has_seven_to_one_contrast_on_its_background() {
    let p = properties();
    let pairs = [
        ("ink", "page"),
        ("ink", "paper"),
        ("muted", "page"),
        ("muted", "paper"),
        ("on-primary", "primary"),
        ("primary", "paper"),
        ("ok", "ok-bg"),
        ("warn", "warn-bg"),
        ("bad", "bad-bg"),
        ("off", "off-bg"),
        ("ink", "ok-bg"),
        ("ink", "warn-bg"),
        ("ink", "bad-bg"),
    ];
    for (fg, bg) in pairs {
        let ratio = contrast(&p[fg], &p[bg]);
        assert!(ratio >= 7.0, "{fg} on {bg}: {ratio:.2}:1");
    }
}
