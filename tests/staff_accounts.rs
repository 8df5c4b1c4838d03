//! Staff accounts as a coordinator and the staff meet them: accounts added with a PIN on
//! standard input, logins on a fake clock with the wait and the lock, an administrator's
//! reset, and the audit log of the day. Through the library, on a real data folder.

use std::io::Cursor;

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::Value;
use sosta::accounts::{self, LoginError};
use sosta::app::{App, DataDir};
use sosta::cli::staff_user::{CliFailure, RoleArg, StaffUserAction, audit_to, staff_user_to};
use sosta::i18n::Translations;
use sosta::store::{StaffId, StaffMember};

const PIN: &str = "246813";
const STATION: &str = "desk-1";

/// Wednesday 25 November 2026, 09:00 in Rome.
fn morning() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A data folder with the app open on it; the folder goes last, after the database.
struct Site {
    app: App,
    /// The clock of the command-line verbs.
    now: DateTime<Utc>,
    translations: Translations,
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let translations = Translations::embedded().unwrap();
        let locales: Vec<&str> = translations.locales().collect();
        let app = App::open(
            DataDir::resolve(Some(dir.path().to_path_buf())).unwrap(),
            &locales,
        )
        .unwrap();
        Site {
            app,
            now: morning(),
            translations,
            dir,
        }
    }

    /// Runs `staff-user ...` in English with `stdin` as standard input.
    fn staff_user(&mut self, action: StaffUserAction, stdin: &str) -> Result<String, CliFailure> {
        let mut out = Vec::new();
        staff_user_to(
            &mut self.app,
            self.translations.lang("en"),
            action,
            &mut Cursor::new(stdin.as_bytes().to_vec()),
            &mut out,
            self.now,
        )?;
        Ok(String::from_utf8(out).unwrap())
    }

    fn add(&mut self, name: &str, role: RoleArg, pin: &str) -> Result<String, CliFailure> {
        let action = StaffUserAction::Add {
            name: name.to_owned(),
            role,
        };
        self.staff_user(action, &format!("{pin}\n"))
    }

    fn member(&self, name: &str) -> StaffMember {
        self.app.store.staff_by_name(name).unwrap().unwrap()
    }

    fn login(&self, id: StaffId, pin: &str, now: DateTime<Utc>) -> Result<StaffMember, LoginError> {
        accounts::login(&self.app, id, pin, STATION, now)
    }

    fn audit(&self, date: &str, json: bool) -> Result<String, CliFailure> {
        let mut out = Vec::new();
        audit_to(
            &self.app,
            self.translations.lang("en"),
            date,
            json,
            &mut out,
        )?;
        Ok(String::from_utf8(out).unwrap())
    }
}

#[test]
fn a_short_pin_is_refused_as_bad_usage_and_adds_nobody() {
    let mut site = Site::new();
    let failure = site.add("Anna", RoleArg::Admin, "12345").unwrap_err();
    assert_eq!(failure.status, 2);
    assert!(
        failure.message.contains("at least 6 digits"),
        "{}",
        failure.message
    );
    let failure = site.add("Anna", RoleArg::Admin, "12345x").unwrap_err();
    assert_eq!(failure.status, 2);
    assert!(
        failure.message.contains("digits 0 to 9"),
        "{}",
        failure.message
    );
    let failure = site
        .staff_user(
            StaffUserAction::Add {
                name: "Anna".to_owned(),
                role: RoleArg::Admin,
            },
            "",
        )
        .unwrap_err();
    assert_eq!(failure.status, 2);
    assert!(
        failure.message.contains("PIN is missing"),
        "{}",
        failure.message
    );
    assert!(site.app.store.staff_members().unwrap().is_empty());
}

#[test]
fn a_name_is_taken_once_whatever_its_case() {
    let mut site = Site::new();
    let added = site.add("  Anna ", RoleArg::Admin, PIN).unwrap();
    assert_eq!(
        added.trim(),
        "Anna's account was added, role: administrator"
    );
    for again in ["Anna", "anna"] {
        let failure = site.add(again, RoleArg::Staff, "135792").unwrap_err();
        assert_eq!(failure.status, 1);
        assert_eq!(
            failure.message,
            "There is already an account called “Anna”. Choose another name"
        );
    }
    assert_eq!(site.app.store.staff_members().unwrap().len(), 1);
    let empty = site.add("   ", RoleArg::Staff, PIN).unwrap_err();
    assert_eq!(empty.status, 2);
}

#[test]
fn the_list_shows_state_but_never_a_hash() {
    let mut site = Site::new();
    assert!(
        site.staff_user(StaffUserAction::List { json: false }, "")
            .unwrap()
            .contains("no accounts yet")
    );
    site.add("Anna", RoleArg::Admin, PIN).unwrap();
    site.add("Bruno", RoleArg::Staff, "135792").unwrap();
    let bruno = site.member("Bruno").id;
    for _ in 0..3 {
        let _ = site.login(bruno, "000000", morning());
    }

    let text = site
        .staff_user(StaffUserAction::List { json: false }, "")
        .unwrap();
    assert_eq!(
        text,
        "Anna  administrator  active  can log in\n\
         Bruno  staff  active  must wait until 09:00:30\n"
    );
    let json: Value = serde_json::from_str(
        &site
            .staff_user(StaffUserAction::List { json: true }, "")
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json[0]["name"], "Anna");
    assert_eq!(json[0]["role"], "admin");
    assert_eq!(json[0]["login"], "open");
    assert_eq!(json[1]["login"], "wait");
    assert_eq!(json[1]["failed_attempts"], 3);
    assert_eq!(json[1]["wait_until"], "2026-11-25T09:00:30+01:00");
    let keys: Vec<&String> = json[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "active",
            "failed_attempts",
            "login",
            "name",
            "role",
            "wait_until"
        ]
    );
    for output in [text, json.to_string()] {
        assert!(!output.contains("argon2"), "{output}");
        assert!(!output.contains(PIN), "{output}");
    }
}

#[test]
fn three_wrong_pins_bring_a_wait_that_doubles() {
    let mut site = Site::new();
    site.add("Anna", RoleArg::Staff, PIN).unwrap();
    let anna = site.member("Anna").id;
    let t0 = morning();
    let at = |s: i64| t0 + Duration::seconds(s);

    for (second, left) in [(0, 2), (5, 1), (10, 0)] {
        let result = site.login(anna, "111111", at(second));
        assert!(
            matches!(result, Err(LoginError::WrongPin { attempts_before_wait }) if attempts_before_wait == left),
            "{result:?}"
        );
    }
    // Even the right PIN waits, and is not checked meanwhile.
    assert!(matches!(
        site.login(anna, PIN, at(11)),
        Err(LoginError::Wait { until }) if until == at(40)
    ));
    assert!(matches!(
        site.login(anna, PIN, at(39)),
        Err(LoginError::Wait { until }) if until == at(40)
    ));
    assert_eq!(site.member("Anna").failed_attempts, 3);
    // After the wait one more wrong PIN waits twice as long.
    assert!(matches!(
        site.login(anna, "111111", at(40)),
        Err(LoginError::WrongPin {
            attempts_before_wait: 0
        })
    ));
    assert!(matches!(
        site.login(anna, PIN, at(41)),
        Err(LoginError::Wait { until }) if until == at(100)
    ));
    // The right PIN after the wait logs in and forgets the failures.
    let member = site.login(anna, PIN, at(100)).unwrap();
    assert_eq!(member.name, "Anna");
    assert_eq!(member.failed_attempts, 0);
    assert_eq!(site.member("Anna").failed_attempts, 0);
    assert_eq!(site.member("Anna").last_failed_at, None);
}

#[test]
fn ten_wrong_pins_lock_until_an_administrator_resets() {
    let mut site = Site::new();
    site.add("Anna", RoleArg::Staff, PIN).unwrap();
    let anna = site.member("Anna").id;
    let mut now = morning();
    for _ in 0..10 {
        // Each try comes after any wait, so every one of them is checked.
        now += Duration::hours(1);
        assert!(matches!(
            site.login(anna, "999999", now),
            Err(LoginError::WrongPin { .. })
        ));
    }
    for later in [Duration::seconds(1), Duration::days(30)] {
        assert!(matches!(
            site.login(anna, PIN, now + later),
            Err(LoginError::Locked)
        ));
    }
    assert!(
        site.staff_user(StaffUserAction::List { json: false }, "")
            .unwrap()
            .contains("locked: an administrator must unlock it")
    );

    let reset = site
        .staff_user(
            StaffUserAction::ResetLock {
                name: "anna".to_owned(),
            },
            "",
        )
        .unwrap();
    assert_eq!(
        reset.trim(),
        "Anna's account is unlocked: they can log in again"
    );
    site.login(anna, PIN, now + Duration::days(30)).unwrap();

    let unknown = site
        .staff_user(
            StaffUserAction::ResetLock {
                name: "Zoe".to_owned(),
            },
            "",
        )
        .unwrap_err();
    assert_eq!(unknown.status, 2);
    assert_eq!(
        unknown.message,
        "There is no account called “Zoe”. Accounts: Anna"
    );
}

#[test]
fn a_disabled_account_cannot_log_in_even_with_the_right_pin() {
    let mut site = Site::new();
    site.add("Anna", RoleArg::Staff, PIN).unwrap();
    let anna = site.member("Anna").id;
    site.login(anna, PIN, morning()).unwrap();
    let disabled = site
        .staff_user(
            StaffUserAction::Disable {
                name: "Anna".to_owned(),
            },
            "",
        )
        .unwrap();
    assert!(disabled.contains("disabled"), "{disabled}");
    assert!(matches!(
        site.login(anna, PIN, morning()),
        Err(LoginError::Disabled)
    ));
    assert!(!site.member("Anna").active);
    assert!(matches!(
        site.login(StaffId(999), PIN, morning()),
        Err(LoginError::UnknownStaff)
    ));
}

#[test]
fn the_pin_is_stored_only_as_an_argon2id_hash() {
    let mut site = Site::new();
    site.add("Anna", RoleArg::Admin, PIN).unwrap();
    let anna = site.member("Anna").id;
    site.login(anna, "000000", morning()).unwrap_err();
    site.login(anna, PIN, morning()).unwrap();

    let db = rusqlite::Connection::open(site.dir.path().join("sosta.db")).unwrap();
    let hash: String = db
        .query_row("SELECT pin_hash FROM staff", [], |row| row.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.contains(&"staff".to_owned()));
    for table in tables {
        let mut select = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = select.column_count();
        let mut rows = select.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                let text = match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    rusqlite::types::ValueRef::Blob(b) => String::from_utf8_lossy(b).into_owned(),
                    rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                    _ => continue,
                };
                assert!(!text.contains(PIN), "{table} column {i} holds the PIN");
            }
        }
    }
}

#[test]
fn the_day_s_audit_log_is_in_time_order() {
    let mut site = Site::new();
    site.add("Anna", RoleArg::Admin, PIN).unwrap();
    let anna = site.member("Anna").id;
    let at = |minutes: i64| morning() + Duration::minutes(minutes);
    site.login(anna, "000000", at(1)).unwrap_err();
    site.login(anna, PIN, at(2)).unwrap();
    for _ in 0..3 {
        site.login(anna, "000000", at(3)).unwrap_err();
    }
    site.login(anna, PIN, at(3)).unwrap_err();
    site.now = at(4);
    site.staff_user(
        StaffUserAction::ResetLock {
            name: "Anna".to_owned(),
        },
        "",
    )
    .unwrap();

    let json: Value = serde_json::from_str(&site.audit("2026-11-25", true).unwrap()).unwrap();
    let actions: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "staff_added",
            "login_failed",
            "login",
            "login_failed",
            "login_failed",
            "login_failed",
            "login_failed",
            "reset_lock"
        ]
    );
    let added = &json[0];
    assert_eq!(added["staff"], Value::Null);
    assert_eq!(added["station"], "cli");
    assert_eq!(added["detail"], "Anna");
    assert_eq!(added["at"], "2026-11-25T09:00:00+01:00");
    let failed = &json[1];
    assert_eq!(failed["staff"], "Anna");
    assert_eq!(failed["station"], STATION);
    assert_eq!(failed["service"], Value::Null);
    assert_eq!(failed["booking"], Value::Null);
    assert_eq!(failed["detail"], "wrong_pin");
    assert_eq!(json[6]["detail"], "wait");
    let mut keys: Vec<&String> = failed.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "action", "at", "booking", "detail", "service", "staff", "station"
        ]
    );

    let text = site.audit("2026-11-25", false).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Log of 2026-11-25");
    assert_eq!(lines[1], "09:00:00  command line  cli  account added  Anna");
    assert_eq!(lines[2], "09:01:00  Anna  desk-1  login refused  wrong PIN");
    assert_eq!(lines[3], "09:02:00  Anna  desk-1  logged in");
    assert_eq!(
        lines[7],
        "09:03:00  Anna  desk-1  login refused  too many tries, waiting"
    );

    assert_eq!(
        site.audit("2026-11-26", false).unwrap().trim(),
        "Nothing was recorded on 2026-11-26"
    );
    let bad = site.audit("25/11/2026", false).unwrap_err();
    assert_eq!(bad.status, 2);
    assert!(bad.message.contains("YYYY-MM-DD"), "{}", bad.message);
}
