//! A real X11 desktop for one test, as the real-window tests with a screen reader need it:
//! an X server without a screen (Xvfb), a private D-Bus session, the accessibility bus
//! launched and switched on (`org.a11y.Status IsEnabled`), and xdotool for real key and
//! pointer events. Every process it starts is ended when its handle is dropped.
//!
//! Included with `#[path = "common/x11.rs"] mod x11;` by the tests built with
//! `--features a11y-tests` (`tests/accessibility.rs`, `tests/console_window.rs`).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one wait may take before the test gives up and says what it waited for.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// The Python that has Debian's pyatspi (`.ci/x11-setup`), whatever `python3` is first on
/// the PATH.
pub const PYTHON: &str = "/usr/bin/python3";

/// One walk at a time: two accessibility bus launchers started together share the user's
/// runtime folder and one of them fails to register ("Couldn't register with accessibility
/// bus"), which has nothing to do with the application.
pub static ONE_WALK_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Takes the turn of [`ONE_WALK_AT_A_TIME`], even after another test failed holding it.
pub fn one_walk_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_WALK_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A helper process in a process group of its own; dropping it ends the whole group
/// (TERM, then KILL), so nothing the test started outlives it.
pub struct Helper {
    pub child: Child,
}

impl Helper {
    pub fn spawn(name: &'static str, mut command: Command) -> Helper {
        command.process_group(0);
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("{name} does not start ({e}): run .ci/x11-setup"));
        Helper { child }
    }

    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    fn signal_group(&self, signal: &str) {
        let _ = Command::new("kill")
            .args([signal, "--", format!("-{}", self.child.id()).as_str()])
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        if self.exited().is_none() {
            self.signal_group("-TERM");
            let deadline = Instant::now() + Duration::from_secs(3);
            while self.exited().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        // Children the helper left behind in its group go too.
        self.signal_group("-KILL");
        let _ = self.child.wait();
    }
}

/// Polls `ready` until it gives a value, or fails saying what did not happen.
pub fn wait_until<T>(what: &str, ready: impl FnMut() -> Option<T>) -> T {
    wait_at_most(PATIENCE, what, ready)
}

/// [`wait_until`] with a limit of its own.
pub fn wait_at_most<T>(limit: Duration, what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(value) = ready() {
            return value;
        }
        assert!(Instant::now() < deadline, "{what}: not after {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The next display number to try: each number is tried by one test only, so two tests
/// starting at once never both take the same server for their own.
static NEXT_DISPLAY: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(90);

/// An X server without a screen on the first free display number.
pub fn start_xvfb() -> (Helper, String) {
    for _ in 0..100 {
        let n = NEXT_DISPLAY.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        if socket.exists() || Path::new(&format!("/tmp/.X{n}-lock")).exists() {
            continue;
        }
        let display = format!(":{n}");
        let mut command = Command::new("Xvfb");
        command
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut xvfb = Helper::spawn("Xvfb", command);
        // Either its socket appears, or it exits (another server took the number first).
        let started = wait_until(&format!("Xvfb on {display}"), || {
            if socket.exists() {
                Some(true)
            } else {
                xvfb.exited().map(|_| false)
            }
        });
        if started {
            return (xvfb, display);
        }
    }
    panic!("no free X display number from :90 on");
}

/// A D-Bus session of its own: `dbus-run-session` runs a shell that prints the bus
/// address and then waits on its standard input. When the test ends, for any reason, the
/// input closes, the shell exits and dbus-run-session stops the bus.
pub struct Session {
    pub address: String,
    _stdin: ChildStdin,
    _helper: Helper,
}

pub fn start_session() -> Session {
    let mut command = Command::new("dbus-run-session");
    command
        .args([
            "--",
            "sh",
            "-c",
            r#"echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null"#,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut helper = Helper::spawn("dbus-run-session", command);
    let stdin = helper.child.stdin.take().expect("the session's input");
    let stdout = helper.child.stdout.take().expect("the session's output");
    let mut address = String::new();
    BufReader::new(stdout)
        .read_line(&mut address)
        .expect("dbus-run-session prints the bus address");
    let address = address.trim().to_owned();
    assert!(!address.is_empty(), "dbus-run-session gave no bus address");
    Session {
        address,
        _stdin: stdin,
        _helper: helper,
    }
}

fn dbus_send(session: &Session, args: &[&str]) -> bool {
    Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.a11y.Bus",
            "/org/a11y/bus",
        ])
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The accessibility bus, switched on as a desktop does when a screen reader starts.
pub fn start_atspi(session: &Session, display: &str) -> Helper {
    let mut command = Command::new("/usr/libexec/at-spi-bus-launcher");
    command
        .arg("--launch-immediately")
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let launcher = Helper::spawn("at-spi-bus-launcher", command);
    wait_until("the AT-SPI bus (org.a11y.Bus GetAddress)", || {
        dbus_send(session, &["org.a11y.Bus.GetAddress"]).then_some(())
    });
    assert!(
        dbus_send(
            session,
            &[
                "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status",
                "string:IsEnabled",
                "variant:boolean:true",
            ],
        ),
        "could not set org.a11y.Status IsEnabled"
    );
    launcher
}

/// Runs xdotool on `display` and returns what it printed; fails the test if it fails.
pub fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .unwrap_or_else(|e| panic!("xdotool does not run ({e}): run .ci/x11-setup"));
    assert!(
        out.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The first visible window of process `pid` on `display`, once it is mapped (a first
/// start on a busy machine may take a while: twice the usual patience).
pub fn window_of(display: &str, pid: u32) -> String {
    let pid = pid.to_string();
    let what = format!("a visible window of process {pid}");
    wait_at_most(PATIENCE * 2, &what, || {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--pid", &pid])
            .env("DISPLAY", display)
            .output()
            .ok()?;
        let window = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()?
            .trim()
            .to_owned();
        (!window.is_empty()).then_some(window)
    })
}

/// What a walker script left: the report it wrote, and, to explain a failure, what it
/// did, what it saw last and what the application said.
pub struct Walked {
    pub report: serde_json::Value,
    pub context: String,
}

/// Waits for a walker script to end while the application it walks keeps running, then
/// reads `report.json`, `walk.out`, `walk.err` and the application's `app_log` from `logs`.
/// Fails, saying what each said, if the application stops, the walk hangs, no report was
/// written, or the walk stopped on a step.
pub fn finish_walk(
    walker: &mut Helper,
    app: &mut Helper,
    app_name: &str,
    logs: &Path,
    app_log: &str,
) -> Walked {
    let read = |name: &str| std::fs::read_to_string(logs.join(name)).unwrap_or_default();
    // The script has its own timeout per step; this one catches a hung bus.
    let deadline = Instant::now() + PATIENCE * 6;
    let status = loop {
        if let Some(status) = walker.exited() {
            break status;
        }
        if let Some(status) = app.exited() {
            panic!(
                "the {app_name} stopped ({status}) during the walk:\n{}",
                read(app_log)
            );
        }
        assert!(
            Instant::now() < deadline,
            "the walk took over {:?}",
            PATIENCE * 6
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let report: serde_json::Value =
        serde_json::from_str(&read("report.json")).unwrap_or_else(|e| {
            panic!(
                "the walk wrote no report ({e}); it said:\n{}\n{}",
                read("walk.out"),
                read("walk.err")
            )
        });
    // libatspi warns about every node AccessKit removes ("Unknown signature so for
    // RemoveAccessible"): noise that would bury what the script said.
    let walk_err: String = read("walk.err")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("dbind-WARNING"))
        .map(|l| format!("{l}\n"))
        .collect();
    let context = format!(
        "\n-- what the script did:\n{}{walk_err}\n-- the tree it saw last:\n{}\n\
         -- the {app_name} said:\n{}",
        read("walk.out"),
        report["tree"].as_str().unwrap_or_default(),
        read(app_log)
    );
    assert!(
        status.success() && report["error"].is_null(),
        "the walk stopped: {}{context}",
        report["error"]
    );
    Walked { report, context }
}

/// Starts a Sosta window on the test's X display and accessibility bus: Slint's software
/// renderer through winit on X11 (never a Wayland the machine may have), its output in
/// `logs/<log>.out` and `logs/<log>.err` for the test's report.
pub fn spawn_window(
    name: &'static str,
    mut command: Command,
    display: &str,
    session: &Session,
    logs: &Path,
    log: &str,
) -> Helper {
    let file =
        |ext: &str| std::fs::File::create(logs.join(format!("{log}.{ext}"))).expect("a log file");
    command
        .env("SLINT_BACKEND", "winit-software")
        .env("DISPLAY", display)
        .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(file("out"))
        .stderr(file("err"));
    Helper::spawn(name, command)
}
