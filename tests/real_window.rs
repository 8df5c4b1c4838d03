//! The staff station in a real X11 window (Xvfb), typed into by xdotool exactly as a USB
//! barcode scanner types: Shift + key for every capital, then Enter or Tab, through the
//! window system's keyboard path (XKB, winit, Slint), with a US and an Italian layout.
//! The outcome is checked where staff would see it: the database, through the CLI.
//!
//! Slint's testing backend sends bare characters, so it could not see that Shift reached
//! the scan buffer; this test can. `.ci/run` installs Xvfb and xdotool (`.ci/x11-setup`)
//! and runs it with `--features x11-tests`.
#![cfg(feature = "x11-tests")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-25T10:10:00+01:00";
const PIN: &str = "482957";

/// A throw-away X server; killed when dropped.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        // A display number nobody uses: no socket and no lock file.
        let number = (70..200)
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free X display number");
        let display = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (install it with .ci/x11-setup)");
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        wait_for(Duration::from_secs(20), "the X server", || socket.exists());
        Xvfb { child, display }
    }

    /// An xdotool (or other X client) command on this display.
    fn client(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("DISPLAY", &self.display);
        command
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let out = self
            .client("xdotool")
            .args(args)
            .output()
            .expect("xdotool runs (install it with .ci/x11-setup)");
        assert!(
            out.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A process killed when dropped, so a failing test leaves nothing running.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(limit: Duration, what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "waited {limit:?} for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn sosta(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sosta"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(["--now", NOW])
        .env_remove("SOSTA_DATA_DIR");
    command
}

/// Books a shower slot from the command line and returns the slip's QR payload.
fn book_shower(dir: &Path, slot: &str) -> String {
    let out = sosta(dir)
        .args(["book", "shower", "--slot", slot, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["payload"].as_str().unwrap().to_owned()
}

/// What the desk would say of a slip now, from the command line.
fn verdict(dir: &Path, payload: &str) -> String {
    let out = sosta(dir)
        .args(["scan", payload, "--desk", "shower", "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["verdict"].as_str().unwrap().to_owned()
}

#[test]
fn a_usb_scanner_typing_through_x11_is_read_by_the_station_with_any_layout_and_terminator() {
    let x = Xvfb::start();
    let dir = tempfile::tempdir().unwrap();
    // The shower desk serves a valid slip on scan, so the database shows what the station
    // understood.
    std::fs::write(
        dir.path().join("sosta.toml"),
        "[staff]\nserve_on_scan = [\"shower\"]\n",
    )
    .unwrap();
    let mut add = sosta(dir.path())
        .args(["staff-user", "add", "Anna", "--role", "staff"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    std::io::Write::write_all(add.stdin.as_mut().unwrap(), format!("{PIN}\n").as_bytes()).unwrap();
    assert!(add.wait().unwrap().success());
    let slips: Vec<String> = ["10:20", "10:20", "10:40"]
        .iter()
        .map(|slot| book_shower(dir.path(), slot))
        .collect();
    for slip in &slips {
        assert!(slip.chars().any(|c| c.is_ascii_uppercase()), "{slip}");
        assert_eq!(verdict(dir.path(), slip), "valid");
    }

    let station = Running(
        sosta(dir.path())
            .args(["--lang", "en", "staff", "--desk", "shower"])
            .env("DISPLAY", &x.display)
            .env("SLINT_BACKEND", "winit-software")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let pid = station.0.id().to_string();
    let mut window = String::new();
    wait_for(Duration::from_secs(60), "the station's window", || {
        let out = x
            .client("xdotool")
            .args(["search", "--onlyvisible", "--pid", &pid])
            .output()
            .unwrap();
        window = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_owned();
        !window.is_empty()
    });
    // No window manager under Xvfb: give the window the keyboard ourselves.
    x.xdotool(&["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));

    // Log in from the desk's keyboard: the name, Enter, the PIN, Enter.
    x.xdotool(&["type", "--window", &window, "--delay", "40", "Anna"]);
    x.xdotool(&["key", "--window", &window, "Return"]);
    x.xdotool(&["type", "--window", &window, "--delay", "40", PIN]);
    x.xdotool(&["key", "--window", &window, "Return"]);
    wait_for(
        Duration::from_secs(20),
        "the login in the audit log",
        || {
            let out = sosta(dir.path())
                .args(["audit", "--date", "2026-11-25", "--json"])
                .output()
                .unwrap();
            String::from_utf8_lossy(&out.stdout).contains("\"login\"")
        },
    );

    // Three scans as a scanner types them (Shift for capitals, a few ms per key): ended by
    // Enter, by Tab, and on an Italian keyboard layout by Enter.
    let scan = |payload: &str, end: &str| {
        x.xdotool(&["type", "--window", &window, "--delay", "8", payload]);
        x.xdotool(&["key", "--window", &window, end]);
    };
    scan(&slips[0], "Return");
    wait_for(Duration::from_secs(20), "the first slip served", || {
        verdict(dir.path(), &slips[0]) == "already_served"
    });
    scan(&slips[1], "Tab");
    wait_for(Duration::from_secs(20), "the second slip served", || {
        verdict(dir.path(), &slips[1]) == "already_served"
    });
    let layout = x
        .client("setxkbmap")
        .args(["-layout", "it"])
        .status()
        .expect("setxkbmap runs (install x11-xkb-utils with .ci/x11-setup)");
    assert!(layout.success(), "the Italian layout is available");
    std::thread::sleep(Duration::from_millis(300));
    scan(&slips[2], "Return");
    wait_for(Duration::from_secs(20), "the third slip served", || {
        verdict(dir.path(), &slips[2]) == "already_served"
    });
    drop(station);
}
