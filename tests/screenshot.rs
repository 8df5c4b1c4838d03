//! `sosta screenshot` draws every kiosk and station screen, in every shipped language,
//! without a display. Each screen is drawn once per language, the sizes taking turns, so
//! every size is drawn too; `tests/fit.rs` checks the layout of every screen in every
//! language at every size without drawing.

mod common;

use std::process::Command;

fn screenshot(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sosta"))
        .arg("screenshot")
        .args(args)
        .env_remove("SOSTA_DATA_DIR")
        .output()
        .expect("the binary runs")
}

/// Width, height, and how many distinct colours the picture has.
fn read_png(path: &std::path::Path) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let colours: std::collections::HashSet<&[u8]> = buf[..info.buffer_size()].chunks(3).collect();
    (info.width, info.height, colours.len())
}

#[test]
fn every_screen_in_every_language_with_the_sizes_taking_turns() {
    let list = screenshot(&["--list"]);
    assert!(list.status.success());
    let screens: Vec<String> = String::from_utf8(list.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert!(screens.len() >= 8, "{screens:?}");
    let dir = tempfile::tempdir().unwrap();
    let translations = sosta::i18n::Translations::embedded().unwrap();
    let sizes = [
        ("1920x1080", 1920, 1080),
        ("1080x1920", 1080, 1920),
        ("1280x800", 1280, 800),
        ("800x480", 800, 480),
        ("1024x600", 1024, 600),
    ];
    for (l, lang) in translations.locales().enumerate() {
        for (s, screen) in screens.iter().enumerate() {
            let (size, w, h) = sizes[(l + s) % sizes.len()];
            let out = dir.path().join(format!("{lang}-{screen}-{size}.png"));
            let run = screenshot(&[
                screen,
                "--lang",
                lang,
                "--size",
                size,
                "--out",
                out.to_str().unwrap(),
            ]);
            assert!(
                run.status.success(),
                "{screen} {lang} {size}: {}",
                common::stderr(&run)
            );
            let (width, height, colours) = read_png(&out);
            assert_eq!((width, height), (w, h), "{screen} {lang} {size}");
            assert!(
                colours > 20,
                "{screen} {lang} {size} looks blank ({colours} colours)"
            );
        }
    }
}

#[test]
fn a_bad_screen_or_size_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let run = screenshot(&["lobby", "--lang", "en", "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(common::stderr(&run).contains("There is no screen “lobby”. Screens: language, today"));
    let run = screenshot(&[
        "today",
        "--lang",
        "en",
        "--size",
        "big",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(common::stderr(&run).contains("“big” is not a picture size"));
    assert!(!out.exists());
}
