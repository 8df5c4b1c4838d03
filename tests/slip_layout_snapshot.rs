//! Layout snapshots: the Layout's text form compared with committed files in
//! tests/snapshots/. Run with UPDATE_SNAPSHOTS=1 to (re)write them.

mod slip_samples;

use std::path::PathBuf;

use sosta::slip::{Slip, SlipFormat, layout};

fn snapshot(name: &str, slip: &Slip, format: SlipFormat) {
    let actual = layout(slip, format).expect("layout").to_string();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}\nrun with UPDATE_SNAPSHOTS=1 to create it; actual:\n{actual}",
            path.display()
        )
    });
    if expected != actual {
        panic!(
            "layout {name} differs from {}:\n{}",
            path.display(),
            diff(&expected, &actual)
        );
    }
}

/// A small line diff: common prefix/suffix trimmed, the rest shown as -/+.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let pre = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let suf = e[pre..]
        .iter()
        .rev()
        .zip(a[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out = format!("@@ line {} @@\n", pre + 1);
    for l in &e[pre..e.len() - suf] {
        out += &format!("- {l}\n");
    }
    for l in &a[pre..a.len() - suf] {
        out += &format!("+ {l}\n");
    }
    out
}

#[test]
fn italian_two_bookings_receipt80() {
    let slip = slip_samples::italian();
    assert_eq!(slip.bookings.len(), 2);
    snapshot("italian_receipt80", &slip, SlipFormat::Receipt80);
}

#[test]
fn arabic_receipt58() {
    snapshot(
        "arabic_receipt58",
        &slip_samples::arabic(),
        SlipFormat::Receipt58,
    );
}
