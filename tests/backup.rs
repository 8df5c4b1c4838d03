//! `sosta db backup FILE` through the real binary: a checked copy of the SQLite file,
//! readable by Sosta's user only, from which a site comes back whole (the database and the
//! slip keys in a new data folder); a backup never overwrites a file, and a missing folder
//! or a server database is said. `sosta db backup --dir` names its backups by site and time
//! and removes this site's old ones only; `sosta db restore FILE` checks the file before it
//! replaces anything and keeps the previous database; a backup taken while processes book
//! holds every booking committed before it began.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use common::Sosta;

/// A site on SQLite on either run (with pg-tests too): backups and restores are of
/// SQLite files.
fn sqlite() -> Sosta {
    Sosta {
        dir: tempfile::tempdir().unwrap(),
        pg: None,
    }
}

/// The short codes of the visits in a SQLite file, as the slip prints them (`ABCD-EFGH`).
fn codes(database: &Path) -> Vec<String> {
    let db =
        rusqlite::Connection::open_with_flags(database, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut statement = db
        .prepare("SELECT short_code FROM visit ORDER BY short_code")
        .unwrap();
    statement
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap()
        .map(|code| {
            let code = code.unwrap();
            format!("{}-{}", &code[..4], &code[4..])
        })
        .collect()
}

/// Books a meal (a queue: one number each) and returns the slip's code.
fn book_meal(sosta: &Sosta) -> String {
    let slip = sosta.json(MORNING, &["book", "meal", "--json"]);
    slip["code"].as_str().unwrap().to_owned()
}

/// The files of a folder whose name says they are a database kept by a restore.
fn kept_files(folder: &Path) -> Vec<PathBuf> {
    let mut kept: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("before-restore"))
        .collect();
    kept.sort();
    kept
}

/// The bytes of the database file and of its write-ahead log.
fn database_bytes(sosta: &Sosta) -> (Vec<u8>, Vec<u8>) {
    let wal = sosta.data_dir().join("sosta.db-wal");
    (
        std::fs::read(sosta.database()).unwrap(),
        std::fs::read(wal).unwrap_or_default(),
    )
}

/// `sosta db backup FILE` through the binary.
fn backup(sosta: &Sosta, file: &Path) -> std::process::Output {
    sosta
        .command(MORNING, &["db", "backup"])
        .arg(file)
        .output()
        .unwrap()
}

fn restore(sosta: &Sosta, file: &Path) -> std::process::Output {
    sosta
        .command(MORNING, &["db", "restore"])
        .arg(file)
        .output()
        .unwrap()
}

/// Wednesday 25 November 2026, 09:00 in Rome.
const MORNING: &str = "2026-11-25T09:00:00+01:00";

#[test]
fn a_backup_brings_a_site_back_whole_in_a_new_folder() {
    let sosta = sqlite();
    let slip = sosta.json(MORNING, &["book", "shower", "--slot", "10:20", "--json"]);
    let payload = slip["payload"].as_str().unwrap().to_owned();
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("sosta-2026-11-25.db");
    let out = backup(&sosta, &file);
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
    let again = backup(&sosta, &file);
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
    let out = backup(&sosta, &file);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("pg_dump"),
        "{}",
        common::stderr(&out)
    );
    assert!(!file.exists());
}

#[test]
fn a_backup_taken_while_processes_book_holds_every_booking_committed_before_it_began() {
    let sosta = Arc::new(sqlite());
    book_meal(&sosta);
    // Four processes at a time book one meal each, again and again, while the backup runs
    // in another process; each booking's end is noted once its process has exited.
    let finished = Arc::new(AtomicUsize::new(0));
    let ended: Arc<Mutex<Vec<(Instant, String)>>> = Arc::default();
    let bookers: Vec<_> = (0..4)
        .map(|_| {
            let (sosta, finished, ended) = (sosta.clone(), finished.clone(), ended.clone());
            std::thread::spawn(move || {
                for _ in 0..6 {
                    let out = sosta.run(MORNING, &["book", "meal", "--json"]);
                    let at = Instant::now();
                    assert!(out.status.success(), "{}", common::stderr(&out));
                    let slip: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                    let code = slip["code"].as_str().unwrap().to_owned();
                    ended.lock().unwrap().push((at, code));
                    finished.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    while finished.load(Ordering::SeqCst) < 6 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("during.db");
    let began = Instant::now();
    let out = backup(&sosta, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    for booker in bookers {
        booker.join().unwrap();
    }
    let ended = ended.lock().unwrap().clone();
    let before: Vec<&String> = ended
        .iter()
        .filter(|(at, _)| *at < began)
        .map(|(_, code)| code)
        .collect();
    assert!(
        before.len() >= 6,
        "{} bookings before the backup",
        before.len()
    );
    assert!(
        before.len() < ended.len(),
        "some bookings ran while the backup did"
    );

    // The site brought back from that backup.
    let out = restore(&sosta, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let restored = codes(&sosta.database());
    for code in &before {
        assert!(
            restored.contains(code),
            "{code} was booked before the backup began and is missing"
        );
    }
    // Nothing was lost with the previous database: it is kept, every booking in it.
    let kept = kept_files(sosta.data_dir());
    let kept_db = kept
        .iter()
        .find(|p| {
            let name = p.to_string_lossy();
            !name.ends_with("-wal") && !name.ends_with("-shm")
        })
        .unwrap();
    let all = codes(kept_db);
    assert_eq!(all.len(), ended.len() + 1, "{kept_db:?}");
    for (_, code) in &ended {
        assert!(all.contains(code), "{code} is not in the kept database");
    }
}

#[test]
fn a_restore_keeps_the_previous_database_and_the_site_works_on_the_backup() {
    let sosta = sqlite();
    let first = book_meal(&sosta);
    let backups = tempfile::tempdir().unwrap();
    let file = backups.path().join("sosta-first.db");
    let out = backup(&sosta, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let second = book_meal(&sosta);

    let out = restore(&sosta, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said = common::stdout(&out);
    assert!(said.contains("1 visit, 1 booking"), "{said}");
    assert!(said.contains("before-restore-20261125-090000"), "{said}");
    assert_eq!(codes(&sosta.database()), std::slice::from_ref(&first));
    let kept = sosta
        .data_dir()
        .join("sosta.db.before-restore-20261125-090000");
    let mut both = vec![first.clone(), second.clone()];
    both.sort();
    assert_eq!(codes(&kept), both, "the previous database is kept whole");
    for file in [sosta.database(), kept.clone()] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{file:?} is Sosta's user's only");
    }
    // The site works on the restored database: the backup's slip is known, a new booking
    // is made.
    let verdict = sosta.json(MORNING, &["scan", &first, "--desk", "meal", "--json"]);
    assert_ne!(verdict["verdict"], "unknown", "{verdict}");
    book_meal(&sosta);

    // A second restore in the same second keeps the first kept database and its own.
    let out = restore(&sosta, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(kept.exists());
    assert_eq!(codes(&kept), both);
    let again = sosta
        .data_dir()
        .join("sosta.db.before-restore-20261125-090000-2");
    assert_eq!(codes(&again).len(), 2);
    assert_eq!(codes(&sosta.database()), [first]);

    // The kept database restores too (undoing a restore).
    let out = restore(&sosta, &kept);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(codes(&sosta.database()), both);
}

#[test]
fn a_restore_refuses_a_file_that_is_not_a_sosta_database_of_this_version_and_changes_nothing() {
    let sosta = sqlite();
    let code = book_meal(&sosta);
    let files = tempfile::tempdir().unwrap();
    let good = files.path().join("good.db");
    let out = backup(&sosta, &good);
    assert!(out.status.success(), "{}", common::stderr(&out));

    let text = files.path().join("notes.db");
    std::fs::write(&text, "visits: 3\nbookings: 4\n".repeat(200)).unwrap();
    let other = files.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE visit (id INTEGER); PRAGMA user_version = 3;")
        .unwrap();
    let newer = files.path().join("newer.db");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    let half = files.path().join("half.db");
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();

    let before = database_bytes(&sosta);
    for (file, says) in [
        (&text, "is not a SQLite database".to_owned()),
        (&other, "a database of another program".to_owned()),
        (
            &newer,
            "newer version of Sosta (schema 99; this one knows up to".to_owned(),
        ),
        (&half, "is damaged".to_owned()),
        (
            &files.path().join("missing.db"),
            "cannot be read".to_owned(),
        ),
    ] {
        let out = restore(&sosta, file);
        let error = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{file:?}: {error}");
        assert!(error.contains(&says), "{file:?}: {error}");
        assert!(error.contains(&file.display().to_string()), "{error}");
        assert!(error.contains("othing was changed"), "{error}");
        assert!(kept_files(sosta.data_dir()).is_empty(), "{file:?}");
        assert!(
            database_bytes(&sosta) == before,
            "{file:?}: the database is as it was"
        );
    }
    // The site's own database is not a backup of itself.
    let out = restore(&sosta, &sosta.database());
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    assert!(database_bytes(&sosta) == before);
    assert!(kept_files(sosta.data_dir()).is_empty());
    assert_eq!(codes(&sosta.database()), [code]);
}

#[test]
fn a_restore_waits_for_a_writer_then_says_the_database_is_in_use() {
    let sosta = sqlite();
    let code = book_meal(&sosta);
    let files = tempfile::tempdir().unwrap();
    let good = files.path().join("good.db");
    let out = backup(&sosta, &good);
    assert!(out.status.success(), "{}", common::stderr(&out));
    // A station in the middle of a write, holding the lock longer than a restore waits.
    let writer = rusqlite::Connection::open(sosta.database()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = restore(&sosta, &good);
    let error = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{error}");
    assert!(error.contains("is in use"), "{error}");
    assert!(kept_files(sosta.data_dir()).is_empty());
    let leftovers: Vec<_> = std::fs::read_dir(sosta.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    writer.execute_batch("ROLLBACK").unwrap();
    drop(writer);
    assert_eq!(codes(&sosta.database()), [code]);
}

#[test]
fn nightly_backups_into_a_folder_remove_only_this_sites_old_backups() {
    let sosta = sqlite();
    sosta.settings("[backup]\nkeep_days = 7\n");
    book_meal(&sosta);
    let backups = tempfile::tempdir().unwrap();
    let folder = backups.path();
    let others = [
        "sosta-main-2026-11-20-2330.db",
        "sosta-north-2026-01-01-0000.db",
        "sosta-main-2026-01-01-0000.db.txt",
        "sosta-main-2026-01-01.db",
        "holiday-photos.db",
        "notes.txt",
    ];
    for name in others.iter().chain(&[
        "sosta-main-2026-11-01-2330.db",
        "sosta-main-2025-06-30-0100.db",
    ]) {
        std::fs::write(folder.join(name), name).unwrap();
    }
    let out = sosta
        .command(MORNING, &["db", "backup", "--dir"])
        .arg(folder)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let said = common::stdout(&out);
    assert!(
        said.contains("2 backups older than 7 days removed"),
        "{said}"
    );
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = others.iter().map(|s| s.to_string()).collect();
    expected.push("sosta-main-2026-11-25-0900.db".to_owned());
    expected.sort();
    assert_eq!(names, expected);
    let new = folder.join("sosta-main-2026-11-25-0900.db");
    assert_eq!(codes(&new).len(), 1);
    let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    // A missing folder is made, for Sosta's user only.
    let nightly = folder.join("nightly").join("sosta");
    let out = sosta
        .command(MORNING, &["db", "backup", "--dir"])
        .arg(&nightly)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let mode = std::fs::metadata(&nightly).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    assert!(nightly.join("sosta-main-2026-11-25-0900.db").exists());

    // A file or a folder, not both, and not neither.
    for args in [
        &["db", "backup"][..],
        &["db", "backup", "x.db", "--dir", "y"][..],
    ] {
        let out = sosta.run(MORNING, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_bad_keep_days_is_refused_with_its_line() {
    let sosta = sqlite();
    sosta.settings("[site]\nname = \"Sosta\"\n\n[backup]\nkeep_days = 0\n");
    let backups = tempfile::tempdir().unwrap();
    let out = sosta
        .command(MORNING, &["db", "backup", "--dir"])
        .arg(backups.path())
        .output()
        .unwrap();
    let error = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{error}");
    assert!(error.contains("sosta.toml, line 5"), "{error}");
    assert!(error.contains("keep_days"), "{error}");
    assert_eq!(std::fs::read_dir(backups.path()).unwrap().count(), 0);
}

#[test]
fn a_backup_that_cannot_be_written_leaves_no_file_and_says_where() {
    let sosta = sqlite();
    let code = book_meal(&sosta);
    let before = database_bytes(&sosta);
    // A disk that refuses the write midway: a file size limit of 64 KiB, smaller than the
    // database, stands in for a full disk (the signal it raises is ignored, so the write
    // fails as it does on a full disk).
    let backups = tempfile::tempdir().unwrap();
    for args in [
        vec!["db".into(), "backup".into(), backups.path().join("full.db")],
        vec![
            "db".into(),
            "backup".into(),
            "--dir".into(),
            backups.path().into(),
        ],
    ] {
        let mut limited = std::process::Command::new("sh");
        limited
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 128; exec \"$@\"")
            .arg("sh")
            .arg(env!("CARGO_BIN_EXE_sosta"))
            .arg("--data-dir")
            .arg(sosta.data_dir())
            .args(["--lang", "en", "--now", MORNING])
            .args(&args)
            .env_remove("SOSTA_DATA_DIR");
        let out = limited.output().unwrap();
        let error = common::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {error}");
        assert!(
            error.contains("The backup could not be written to ")
                && error.contains(&backups.path().display().to_string()),
            "{error}"
        );
        assert_eq!(
            std::fs::read_dir(backups.path()).unwrap().count(),
            0,
            "no part of a backup is left"
        );
    }
    // A place nothing can be written to.
    let out = sosta.run(MORNING, &["db", "backup", "/proc/sosta-backup.db"]);
    let error = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{error}");
    assert!(error.contains("/proc/sosta-backup.db"), "{error}");
    assert!(
        database_bytes(&sosta) == before,
        "the database is as it was"
    );
    assert_eq!(codes(&sosta.database()), [code]);
}

#[cfg(feature = "pg-tests")]
#[test]
fn a_database_on_a_server_is_restored_there() {
    let sosta = Sosta::new();
    let local = sqlite();
    book_meal(&local);
    let file = local.data_dir().join("b.db");
    let out = backup(&local, &file);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = restore(&sosta, &file);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("pg_restore"),
        "{}",
        common::stderr(&out)
    );
    assert!(!sosta.database().exists());
    assert!(kept_files(sosta.data_dir()).is_empty());
}
