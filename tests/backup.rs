//! `sosta db backup FILE` through the real binary: a checked copy of the SQLite file,
//! readable by Sosta's user only, from which a site comes back whole (the database and the
//! slip keys in a new data folder); a backup never overwrites a file, and a missing folder
//! or a server database is said.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::Sosta;

/// Wednesday 25 November 2026, 09:00 in Rome.
const MORNING: &str = "2026-11-25T09:00:00+01:00";

#[test]
fn a_backup_brings_a_site_back_whole_in_a_new_folder() {
    // A SQLite site on either run (with pg-tests too): backups are of SQLite files.
    let sqlite = || Sosta {
        dir: tempfile::tempdir().unwrap(),
        pg: None,
    };
    let sosta = sqlite();
    let slip = sosta.json(MORNING, &["book", "shower", "--slot", "10:20", "--json"]);
    let payload = slip["payload"].as_str().unwrap().to_owned();
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("sosta-2026-11-25.db");
    let out = sosta
        .command(MORNING, &["db", "backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said = common::stdout(&out);
    assert!(said.contains("checked: 1 visit, 1 booking"), "{said}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "only Sosta's user reads a backup");

    // Another computer: the backup as its database and the site's slip keys.
    let restored = sqlite();
    std::fs::copy(&file, restored.data_dir().join("sosta.db")).unwrap();
    std::fs::copy(
        sosta.data_dir().join("slip-keys"),
        restored.data_dir().join("slip-keys"),
    )
    .unwrap();
    let verdict = restored.json(MORNING, &["scan", &payload, "--desk", "shower", "--json"]);
    assert_eq!(
        verdict["verdict"], "too_early",
        "the slip is known there: {verdict}"
    );
    assert_eq!(verdict["booking"]["status"], "booked");

    // A backup never overwrites a file.
    let again = sosta
        .command(MORNING, &["db", "backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(common::stderr(&again).contains("exists already"));
    let missing = sosta
        .command(MORNING, &["db", "backup"])
        .arg(backups.path().join("no-such-folder").join("b.db"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        common::stderr(&missing).contains("There is no folder"),
        "{}",
        common::stderr(&missing)
    );
}

#[cfg(feature = "pg-tests")]
#[test]
fn a_database_on_a_server_is_backed_up_there() {
    let sosta = Sosta::new();
    let file = sosta.data_dir().join("b.db");
    let out = sosta
        .command(MORNING, &["db", "backup"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("pg_dump"),
        "{}",
        common::stderr(&out)
    );
    assert!(!file.exists());
}
