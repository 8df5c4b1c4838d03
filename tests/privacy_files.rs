//! The data folder is Sosta's user's alone: after a first run, a booking, an export and a
//! log line, nobody else can list it or read anything in it. And staff PINs, set and
//! changed from the command line, refuse the easy ones.
#![cfg(unix)]

mod common;

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Stdio;

use common::Sosta;

const NOW: &str = "2026-11-25T10:10:00+01:00";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Every file and folder below `root`, with its mode, that others could read or enter.
fn open_to_others(root: &Path) -> Vec<(String, u32)> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if mode(&dir) != 0o700 {
            found.push((dir.display().to_string(), mode(&dir)));
        }
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if mode(&path) != 0o600 {
                found.push((path.display().to_string(), mode(&path)));
            }
        }
    }
    found
}

fn with_pin(site: &Sosta, args: &[&str], pin: &str) -> std::process::Output {
    let mut child = site
        .command(NOW, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(format!("{pin}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_first_run_and_a_booking_leave_only_owner_only_files() {
    let site = Sosta::new();
    // The folder already exists, open to all, as `mktemp -d` or a careless admin makes it.
    std::fs::set_permissions(site.data_dir(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(site.run(NOW, &["services"]).status.success());
    assert_eq!(open_to_others(site.data_dir()), Vec::<(String, u32)>::new());
    for file in ["sosta.db", "sosta.toml", "slip-keys"] {
        assert_eq!(mode(&site.data_dir().join(file)), 0o600, "{file}");
    }

    // Another connection keeps the WAL and SHM files alive while a booking is written.
    let keeper = rusqlite_free_connection(site.data_dir());
    let out = site.dir.path().join("exported.pdf");
    let booked = site.json(
        NOW,
        &[
            "book",
            "shower",
            "--json",
            "--slip-out",
            out.to_str().unwrap(),
        ],
    );
    assert!(booked["code"].is_string());
    for file in ["sosta.db-wal", "sosta.db-shm"] {
        let path = site.data_dir().join(file);
        assert!(path.exists(), "{file} while another connection is open");
        assert_eq!(mode(&path), 0o600, "{file}");
    }
    assert_eq!(mode(&out), 0o600, "an exported slip");
    // A slip printed to the spool folder.
    let spooled = site.json(NOW, &["book", "shower", "--json"]);
    assert!(spooled["slip"].is_string(), "{spooled}");
    drop(keeper);
    assert!(site.data_dir().join("slips").is_dir());
    assert_eq!(open_to_others(site.data_dir()), Vec::<(String, u32)>::new());
}

/// Opens the site's database in this process (through the library) and keeps it open.
fn rusqlite_free_connection(dir: &Path) -> sosta::app::App {
    let app = sosta::app::App::open(
        sosta::app::DataDir::resolve(Some(dir.to_path_buf())).unwrap(),
        &["it", "en"],
    )
    .unwrap();
    app.store.count_bookings().unwrap();
    app
}

#[test]
fn easy_pins_are_refused_with_the_reason_and_a_pin_can_be_changed() {
    let site = Sosta::new();
    for (pin, words) in [
        ("111111", "the same digit"),
        ("123456", "counts up or down"),
        ("120590", "looks like a date"),
        ("121212", "repeats a short group"),
        ("159753", "most often"),
    ] {
        let out = with_pin(
            &site,
            &["staff-user", "add", "Anna", "--role", "staff"],
            pin,
        );
        assert_eq!(out.status.code(), Some(2), "{pin}");
        assert!(
            common::stderr(&out).contains(words),
            "{pin}: {}",
            common::stderr(&out)
        );
    }
    let out = with_pin(
        &site,
        &["staff-user", "add", "Anna", "--role", "staff"],
        "482957",
    );
    assert!(out.status.success(), "{}", common::stderr(&out));

    // A weak new PIN is refused and the old one still works.
    let out = with_pin(&site, &["staff-user", "pin", "Anna"], "000000");
    assert_eq!(out.status.code(), Some(2));
    let out = with_pin(&site, &["staff-user", "pin", "Anna"], "739215");
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(common::stdout(&out).contains("Anna has a new PIN"));

    let app = rusqlite_free_connection(site.data_dir());
    let anna = app.store.staff_by_name("Anna").unwrap().unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    assert!(sosta::accounts::login(&app, anna.id, "482957", "test", now).is_err());
    assert!(sosta::accounts::login(&app, anna.id, "739215", "test", now).is_ok());
    let log = site.json(NOW, &["audit", "--date", "2026-11-25", "--json"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|r| r["action"] == "pin_changed"),
        "{log}"
    );
}

#[test]
fn a_printer_failure_is_logged_for_journald_and_the_file_without_the_slip_s_payload() {
    let site = Sosta::new();
    std::fs::write(
        site.data_dir().join("sosta.toml"),
        "[printer]\ndestination = \"NoSuchQueueHere\"\n",
    )
    .unwrap();
    let out = site.run(NOW, &["book", "shower", "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let stderr = common::stderr(&out);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("<3>sosta: slip ") && l.contains("not printed")),
        "{stderr}"
    );
    let log_path = sosta::logging::file_in(site.data_dir());
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        log.contains(" error slip ") && log.contains("not printed"),
        "{log}"
    );
    // The booking was kept, and its payload is in no log line.
    let app = rusqlite_free_connection(site.data_dir());
    assert_eq!(app.store.count_bookings().unwrap(), 1);
    let looks_like_payload = |word: &str| {
        word.len() > 24 && word.starts_with("S1") && word.chars().all(|c| c.is_ascii_alphanumeric())
    };
    assert!(!log.split_whitespace().any(looks_like_payload), "{log}");
    assert!(
        !stderr.split_whitespace().any(looks_like_payload),
        "{stderr}"
    );
    assert_eq!(mode(&log_path), 0o600);
}

/// Runs the binary on a pseudo-terminal (Python's `pty`), answers its PIN prompt, and
/// returns everything the terminal showed and the exit code.
fn on_a_terminal(site: &Sosta, args: &[&str], answer: &str) -> (String, i32) {
    // Every read waits at most until a deadline, so a hang fails the test instead of
    // stopping it.
    const SCRIPT: &str = r#"
import os, pty, select, signal, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
shown = b""
def read_until(done, seconds):
    global shown
    deadline = time.time() + seconds
    while not done() and time.time() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                return False
            if not chunk:
                return False
            shown += chunk
    return True
read_until(lambda: b"PIN" in shown, 30)
os.write(fd, sys.argv[1].encode() + b"\n")
if read_until(lambda: False, 30):
    os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let data_dir = site.data_dir().to_str().unwrap();
    let mut command = std::process::Command::new("python3");
    command
        .args(["-c", SCRIPT, answer, env!("CARGO_BIN_EXE_sosta")])
        .args(["--data-dir", data_dir, "--lang", "en", "--now", NOW])
        .args(args)
        .env_remove("SOSTA_DATA_DIR");
    let out = command.output().expect("python3 runs");
    (common::stdout(&out), out.status.code().unwrap_or(-1))
}

#[test]
fn a_pin_typed_at_a_terminal_is_asked_for_and_never_echoed() {
    let site = Sosta::new();
    let (shown, code) = on_a_terminal(
        &site,
        &["staff-user", "add", "Anna", "--role", "admin"],
        "739215",
    );
    assert_eq!(code, 0, "{shown}");
    assert!(
        shown.contains("New PIN (digits only, not shown):"),
        "{shown}"
    );
    assert!(shown.contains("Anna's account was added"), "{shown}");
    assert!(!shown.contains("739215"), "the PIN was echoed: {shown}");
    let (shown, code) = on_a_terminal(&site, &["staff-user", "pin", "Anna"], "864297");
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains("864297"), "the PIN was echoed: {shown}");
    let app = rusqlite_free_connection(site.data_dir());
    let anna = app.store.staff_by_name("Anna").unwrap().unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    assert!(sosta::accounts::login(&app, anna.id, "864297", "test", now).is_ok());
}
