//! The JSON the README documents is the JSON the verbs print: every field name listed under
//! "JSON output" is read from the README and looked for in the real output of its verb.

mod common;

use std::collections::BTreeSet;

use common::Sosta;
use serde_json::Value;

const NOW: &str = "2026-11-25T10:10:00+01:00";

/// The README's "JSON output" bullets: the verb (`services`, `staff-user list`…) and the
/// field names it documents (quoted words that open an object or follow a comma).
fn documented() -> Vec<(String, BTreeSet<String>)> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("### JSON output")
        .nth(1)
        .expect("a JSON output section");
    let section = section.split("\n#").next().unwrap();
    let mut verbs = Vec::new();
    for bullet in section.split("\n- ").skip(1) {
        let verb = bullet
            .trim_start_matches('`')
            .split(" --json")
            .next()
            .unwrap()
            .split(" --format json")
            .next()
            .unwrap()
            .to_owned();
        let mut names = BTreeSet::new();
        let chars: Vec<char> = bullet.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '"' {
                let end = chars[i + 1..].iter().position(|c| *c == '"').unwrap() + i + 1;
                let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
                if matches!(before, Some('{' | ',' | '[' | '`')) {
                    names.insert(chars[i + 1..end].iter().collect());
                }
                i = end + 1;
            } else {
                i += 1;
            }
        }
        verbs.push((verb, names));
    }
    verbs
}

fn keys(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                into.insert(k.clone());
                keys(v, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, into)),
        _ => {}
    }
}

#[test]
fn every_documented_json_field_is_printed_by_its_verb() {
    let documented = documented();
    let verbs: Vec<&str> = documented.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(
        verbs,
        [
            "services",
            "book",
            "scan",
            "cancel",
            "audit",
            "staff-user list",
            "report",
            "doctor"
        ]
    );
    let site = Sosta::new();
    // A staff account, a booking, a serve and a cancel: every verb has something to say.
    let mut add = site
        .command(NOW, &["staff-user", "add", "Anna", "--role", "staff"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(add.stdin.as_mut().unwrap(), b"482957\n").unwrap();
    assert!(add.wait().unwrap().success());
    let booked = site.json(NOW, &["book", "shower", "--json"]);
    let payload = booked["payload"].as_str().unwrap().to_owned();
    let code = booked["code"].as_str().unwrap().to_owned();
    let laundry = site.json(NOW, &["book", "laundry", "--json"]);
    let laundry_code = laundry["code"].as_str().unwrap().to_owned();
    // A meal served after a wait, so the report has waits to tell.
    let meal = site.json(NOW, &["book", "meal", "--json"]);
    let served = site.run(
        "2026-11-25T12:30:00+01:00",
        &[
            "scan",
            meal["payload"].as_str().unwrap(),
            "--desk",
            "meal",
            "--serve",
        ],
    );
    assert!(served.status.success());
    let outputs = [
        site.json(NOW, &["services", "--json"]),
        booked,
        site.json(NOW, &["scan", &payload, "--desk", "shower", "--json"]),
        site.json(
            NOW,
            &["cancel", &laundry_code, "--service", "laundry", "--json"],
        ),
        site.json(NOW, &["audit", "--date", "2026-11-25", "--json"]),
        site.json(NOW, &["staff-user", "list", "--json"]),
        site.json(
            "2026-11-27T09:00:00+01:00",
            &["report", "--month", "2026-11", "--format", "json"],
        ),
        // Whatever this machine's printer and sound, doctor prints every check.
        serde_json::from_slice(&site.run(NOW, &["doctor", "--json"]).stdout)
            .expect("doctor --json is JSON"),
    ];
    assert!(!code.is_empty());
    for ((verb, names), output) in documented.iter().zip(&outputs) {
        assert!(
            names.len() >= 2,
            "{verb}: names read from the README: {names:?}"
        );
        let mut printed = BTreeSet::new();
        keys(output, &mut printed);
        let missing: Vec<_> = names.difference(&printed).collect();
        assert!(
            missing.is_empty(),
            "{verb} --json lacks {missing:?}: {output}"
        );
    }
}
