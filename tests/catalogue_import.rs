//! `sosta catalogue import` through the real binary: a dry run shows the differences and
//! changes nothing, an import is all or nothing with its audit row, a bad file is one clear
//! message naming its line, and bookings the new hours would strand need `--confirm`.

mod common;

use common::Sosta;

/// Wednesday 25 November 2026, 09:00 in Rome.
const MORNING: &str = "2026-11-25T09:00:00+01:00";

fn export(sosta: &Sosta) -> String {
    let file = sosta.data_dir().join("exported.toml");
    let out = sosta
        .command(MORNING, &["catalogue", "export"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    std::fs::read_to_string(file).unwrap()
}

fn import(sosta: &Sosta, text: &str, flags: &[&str]) -> std::process::Output {
    let file = sosta.data_dir().join("import.toml");
    std::fs::write(&file, text).unwrap();
    let mut args = vec!["catalogue", "import"];
    args.extend_from_slice(flags);
    sosta.command(MORNING, &args).arg(&file).output().unwrap()
}

const DENTIST: &str = r#"
[[service]]
slug = "dentist"
icon = "dental"
desk = "clinic"
mode = "slots"
slot_minutes = 30
capacity = 1
[service.name]
it = "Dentista"
en = "Dentist"
[service.hours]
thu = ["14:00-17:00"]
"#;

#[test]
fn a_dry_run_shows_the_differences_and_an_import_makes_them_with_its_audit_row() {
    let sosta = Sosta::new();
    let before = export(&sosta);
    let changed = before.replacen("capacity = 2\n", "capacity = 3\n", 1) + DENTIST;

    let dry = import(&sosta, &changed, &["--dry-run"]);
    assert!(dry.status.success(), "{}", common::stderr(&dry));
    let said = common::stdout(&dry);
    assert!(said.contains("~ shower capacity: 2 -> 3"), "{said}");
    assert!(said.contains("+ dentist: new service"), "{said}");
    assert!(said.contains("Dry run: nothing was changed"), "{said}");
    assert_eq!(export(&sosta), before, "a dry run changes nothing");

    let done = import(&sosta, &changed, &[]);
    assert!(done.status.success(), "{}", common::stderr(&done));
    assert!(
        common::stdout(&done).contains("1 added, 1 changed, 0 no longer offered"),
        "{}",
        common::stdout(&done)
    );
    let after = export(&sosta);
    assert!(after.contains("slug = \"dentist\""));
    assert!(
        after.contains("en = \"Dentist\""),
        "own names are exported too"
    );
    let again = import(&sosta, &after, &[]);
    assert!(
        common::stdout(&again).contains("nothing to change"),
        "what export writes, import reads back as the same catalogue"
    );
    let audit = common::stdout(&sosta.run(MORNING, &["audit", "--date", "2026-11-25"]));
    assert!(audit.contains("catalogue imported"), "{audit}");
    assert!(audit.contains("shower capacity: 2 → 3"), "{audit}");

    // A service left out of the file is no longer offered; its row and bookings stay.
    let without_laundry: String = {
        let start = after.find("slug = \"laundry\"").unwrap();
        let block_start = after[..start].rfind("[[service]]").unwrap();
        let block_end = after[start..]
            .find("[[service]]")
            .map_or(after.len(), |i| start + i);
        format!("{}{}", &after[..block_start], &after[block_end..])
    };
    let out = import(&sosta, &without_laundry, &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(common::stdout(&out).contains("0 added, 0 changed, 1 no longer offered"));
    let services = common::stdout(&sosta.run(MORNING, &["services"]));
    assert!(!services.contains("(laundry)"), "{services}");

    // A service the file leaves out keeps its own names for the day it comes back.
    let without_dentist: String = {
        let start = after.find("slug = \"dentist\"").unwrap();
        let block_start = after[..start].rfind("[[service]]").unwrap();
        let block_end = after[start..]
            .find("[[service]]")
            .map_or(after.len(), |i| start + i);
        format!("{}{}", &after[..block_start], &after[block_end..])
    };
    let out = import(&sosta, &without_dentist, &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = import(&sosta, &after, &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(
        export(&sosta).contains("en = \"Dentist\""),
        "the dentist comes back with its own names"
    );
}

#[test]
fn a_bad_file_is_one_message_naming_its_line_and_changes_nothing() {
    let sosta = Sosta::new();
    let before = export(&sosta);
    let cases = [
        (
            before.replacen("capacity = 2\n", "capacty = 2\n", 1),
            "capacty",
        ),
        (
            before.replacen("icon = \"bath\"", "icon = \"bathtub\"", 1),
            "“bathtub”",
        ),
        (
            before.replacen(
                "mon = [\"09:00-12:00\"]",
                "mon = [\"09:00-12:00\", \"11:00-13:00\"]",
                1,
            ),
            "the hours 09:00-12:00 and 11:00-13:00 overlap",
        ),
        (
            before.replacen("capacity = 2\n", "capacity = 1000\n", 1),
            "capacity = 1000 is out of range",
        ),
        (
            format!("{before}{}", DENTIST.replace("en = ", "xx = ")),
            "“xx”",
        ),
        (
            format!("{before}{}", DENTIST.replace("Dentist\"", "Dentist 🦷\"")),
            "“🦷” cannot be printed on a slip",
        ),
        (
            format!(
                "{before}{}",
                DENTIST.replace("slug = \"dentist\"", "slug = \"dentist-description\"")
            ),
            "“dentist-description” cannot be a service's short name",
        ),
    ];
    for (text, expected) in cases {
        let out = import(&sosta, &text, &[]);
        assert_eq!(out.status.code(), Some(2), "{expected}");
        let message = common::stderr(&out);
        assert!(message.contains(expected), "{expected}: {message}");
        assert!(message.contains("import.toml, line"), "{message}");
        assert_eq!(export(&sosta), before, "nothing changed after {expected}");
    }
    // A new service with no Italian name would show its raw id wherever a language has
    // no name of its own.
    let out = import(
        &sosta,
        &format!("{before}{}", DENTIST.replace("it = \"Dentista\"\n", "")),
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("“dentist” has no Italian name"),
        "{}",
        common::stderr(&out)
    );
    assert_eq!(export(&sosta), before);
    let missing = sosta
        .command(MORNING, &["catalogue", "import", "no-such-file.toml"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(common::stderr(&missing).contains("no-such-file.toml"));
}

#[test]
fn bookings_the_new_hours_would_strand_are_listed_and_need_confirm() {
    let sosta = Sosta::new();
    let before = export(&sosta);
    let booked = sosta.json(
        MORNING,
        &[
            "book", "shower", "--slot", "11:00", "--lang", "ar", "--json",
        ],
    );
    let code = booked["code"].as_str().unwrap().to_owned();
    let shorter = before.replacen(
        "wed = [\"09:00-12:00\", \"14:00-16:00\"]",
        "wed = [\"14:00-16:00\"]",
        1,
    );
    assert_ne!(
        shorter, before,
        "the demo shower opens on Wednesday mornings"
    );

    let dry = import(&sosta, &shorter, &["--dry-run"]);
    assert!(dry.status.success());
    let said = common::stdout(&dry);
    assert!(
        said.contains("1 booking would be left outside the new hours"),
        "{said}"
    );
    assert!(said.contains(&code), "{said}");

    let refused = import(&sosta, &shorter, &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(common::stderr(&refused).contains("Nothing was imported"));
    assert_eq!(export(&sosta), before);

    let confirmed = import(&sosta, &shorter, &["--confirm"]);
    assert!(confirmed.status.success(), "{}", common::stderr(&confirmed));
    assert_ne!(export(&sosta), before);
    let scan = sosta.json(MORNING, &["scan", &code, "--json"]);
    assert_eq!(
        scan["booking"]["status"], "booked",
        "the booking is still there: {scan}"
    );
}
