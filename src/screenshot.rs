//! `sosta screenshot`: any kiosk screen drawn by Slint's software renderer into a PNG,
//! without a display, on demo data in a throw-away data folder.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use slint::platform::software_renderer::{
    LineBufferProvider, MinimalSoftwareWindow, RepaintBufferType,
};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize, Rgb8Pixel};

use crate::app::BookingRequest;
use crate::app::{App, AppError, DataDir, Durability};
use crate::clock::Clock;
use crate::domain::booking::Wanted;
use crate::domain::session::{Choice, Event};
use crate::domain::{DayAvailability, SlotState};
use crate::i18n::Translations;
use crate::kiosk::{KioskController, connect};
use crate::ui;

/// The screens `sosta screenshot` can draw.
pub const SCREENS: [&str; 19] = [
    "language",
    "today",
    "service",
    "queue",
    "confirm",
    "done",
    "print-failed",
    "idle",
    "question",
    "station-login",
    "station-scan",
    "station-verdict",
    "station-board",
    "station-console",
    "station-service",
    "station-questions",
    "display",
    "help",
    "standby",
];

#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    #[error("unknown screen {0}")]
    UnknownScreen(String),
    #[error(transparent)]
    App(#[from] AppError),
    #[error("the renderer failed: {0}")]
    Platform(#[from] slint::PlatformError),
    #[error("the picture could not be written to {path}: {detail}")]
    Write { path: PathBuf, detail: String },
    #[error("the demo folder could not be made: {0}")]
    Demo(std::io::Error),
}

/// A clock the screenshot (and the tests) set by hand.
#[derive(Clone)]
pub struct ManualClock(pub Rc<Cell<DateTime<Utc>>>);

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.get()
    }
}

/// A platform that owns one software-rendered window and no event loop.
struct Headless {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for Headless {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.window.clone())
    }
}

/// A demo data folder that removes itself.
struct DemoDir(PathBuf);

impl Drop for DemoDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The demo morning: Wednesday 25 November 2026 at 10:10 in Rome, unless `--now` says.
pub fn demo_now() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 10, 10, 0)
        .single()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// A screen put up on demo data: its window and wiring, and the throw-away folder they use.
/// Dropping it closes the database and removes the folder.
pub struct Shown {
    // The window and its controller go first: they hold the database open.
    pub window: ShownWindow,
    _demo: DemoDir,
}

/// The window of a kiosk or station screen, with the wiring that keeps it alive.
pub enum ShownWindow {
    Kiosk(ui::KioskWindow, crate::kiosk::Connected),
    Station(ui::StaffWindow, crate::staff::Connected),
    Display(ui::DisplayWindow, crate::display::Connected),
}

impl Shown {
    pub fn window(&self) -> &slint::Window {
        match &self.window {
            ShownWindow::Kiosk(ui, _) => ui.window(),
            ShownWindow::Station(ui, _) => ui.window(),
            ShownWindow::Display(ui, _) => ui.window(),
        }
    }
}

/// Puts `screen` up in `lang` on demo data, on whatever platform the thread has (the
/// headless one of [`render`], or the testing backend in tests). The window is shown but
/// not sized: the caller sizes it.
pub fn put_up(
    translations: Rc<Translations>,
    screen: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Shown, ScreenshotError> {
    if !SCREENS.contains(&screen) {
        return Err(ScreenshotError::UnknownScreen(screen.to_owned()));
    }
    let demo = DemoDir(std::env::temp_dir().join(format!(
        "sosta-screenshot-{}-{}-{}",
        std::process::id(),
        now.timestamp_subsec_nanos(),
        DEMO_COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )));
    std::fs::create_dir_all(&demo.0).map_err(ScreenshotError::Demo)?;
    if screen == "print-failed" {
        // A printer that is not there: the slip is spooled, printing fails, the code stays.
        std::fs::write(
            demo.0.join("sosta.toml"),
            "[printer]\ndestination = \"sosta-missing-printer\"\n",
        )
        .map_err(ScreenshotError::Demo)?;
    }
    let locales: Vec<&str> = translations.locales().collect();
    // The demo folder is deleted when the screen is done: nothing in it needs to survive a
    // power cut, so its commits need not wait for the disk.
    let data_dir = DataDir::resolve(Some(demo.0.clone()))?;
    let mut app = App::open_with(data_dir, &locales, Durability::ThrowAway)?;
    fill_demo_day(&mut app, now);
    if screen == "standby" {
        // The canteen's fourteen numbers all taken: full for today.
        if let Ok(Some(meal)) = app.service_by_slug("meal") {
            let actor = crate::app::Actor {
                staff: None,
                station: "demo".to_owned(),
                desk: Some(meal.id),
            };
            let _ = app.set_day_capacity(&actor, meal.id, 14, now);
        }
    }
    let clock = ManualClock(Rc::new(Cell::new(now)));
    let window = if screen == "display" {
        let ui = ui::DisplayWindow::new()?;
        app.config.language = lang.to_owned();
        demo_calls(&mut app, now);
        let controller =
            crate::display::DisplayController::new(app, translations, Rc::new(clock.clone()));
        let connected = crate::display::connect(&ui, controller, |_| {});
        ui.show()?;
        ShownWindow::Display(ui, connected)
    } else if let Some(station_screen) = screen.strip_prefix("station-") {
        let ui = ui::StaffWindow::new()?;
        app.config.language = lang.to_owned();
        let controller = demo_station(app, translations, &clock, station_screen);
        let connected = crate::staff::connect(&ui, controller);
        ui.show()?;
        ShownWindow::Station(ui, connected)
    } else {
        let ui = ui::KioskWindow::new()?;
        let controller = KioskController::new(app, translations, Rc::new(clock.clone()));
        let connected = connect(&ui, controller);
        drive(&connected.controller, &ui, screen, lang, &clock);
        ui.show()?;
        ShownWindow::Kiosk(ui, connected)
    };
    Ok(Shown {
        window,
        _demo: demo,
    })
}

/// Tells apart the demo folders one process makes at the same `now` (tests put many
/// screens up at once, on several threads).
static DEMO_COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Draws `screen` in `lang` at `size` and writes a PNG to `out`.
pub fn render(
    translations: Rc<Translations>,
    screen: &str,
    lang: &str,
    size: (u32, u32),
    now: DateTime<Utc>,
    out: &Path,
) -> Result<(), ScreenshotError> {
    if !SCREENS.contains(&screen) {
        return Err(ScreenshotError::UnknownScreen(screen.to_owned()));
    }
    let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    slint::platform::set_platform(Box::new(Headless {
        window: window.clone(),
    }))
    .map_err(|e| slint::PlatformError::Other(e.to_string()))?;
    window.set_size(PhysicalSize::new(size.0, size.1));
    // The window and its wiring stay alive until the frame is drawn.
    let _shown = put_up(translations, screen, lang, now)?;

    write_png(out, size, |lines| {
        window.request_redraw();
        window.draw_if_needed(|renderer| {
            renderer.render_by_line(lines);
        });
    })
}

/// A shower desk where Anna has logged in, and a slip to scan.
fn demo_station(
    mut app: App,
    translations: Rc<Translations>,
    clock: &ManualClock,
    screen: &str,
) -> crate::staff::StationController {
    let now = clock.now();
    let desk = app.service_by_slug("shower").ok().flatten();
    let pin = "482957";
    // The console's screens are a coordinator's.
    let role = if ["console", "service", "questions"].contains(&screen) {
        crate::app::Role::Admin
    } else {
        crate::app::Role::Staff
    };
    let staff = crate::accounts::validate_name("Anna")
        .ok()
        .zip(crate::accounts::validate_pin(pin).ok())
        .and_then(|(name, pin)| {
            crate::accounts::add_staff(&mut app, &name, role, &pin, None, "demo", now).ok()
        });
    let payload = desk.as_ref().and_then(|d| {
        let request = BookingRequest {
            service: d.id,
            wanted: Wanted::Next,
            quantity: 1,
        };
        let (visit, _) = app.book("ar", &[request], now - Duration::hours(1)).ok()?;
        app.payload(&visit).ok()
    });
    let mut c =
        crate::staff::StationController::new(app, translations, Rc::new(clock.clone()), desk);
    if screen != "login"
        && let Some(staff) = staff
    {
        c.choose_staff(staff.id.0 as i32);
        for digit in pin.chars() {
            c.pin_key(&digit.to_string());
        }
        c.pin_key("ok");
    }
    match screen {
        "verdict" => {
            // The slot is later this morning: scanned now it is too early, a clear amber.
            if let Some(payload) = payload {
                c.key(&format!("{payload}\n"), false);
            }
        }
        "board" => c.show_board(),
        "console" => c.show_console(0),
        "service" => {
            c.show_console(0);
            let shower = c.app().service_by_slug("shower").ok().flatten();
            if let Some(shower) = shower {
                c.console_action("edit", shower.id.0);
            }
        }
        "questions" => {
            c.show_console(2);
            c.console_action("ask", 2);
        }
        _ => {}
    }
    c
}

/// The waiting room's morning: the canteen has called six numbers, the last a moment
/// ago, and the reception desk two (a discreet service: shown by its desk).
fn demo_calls(app: &mut App, now: DateTime<Utc>) {
    let actor = crate::app::Actor {
        staff: None,
        station: "demo".to_owned(),
        desk: None,
    };
    for (slug, calls) in [("meal", 6), ("harm-reduction-kit", 2)] {
        if let Ok(Some(service)) = app.service_by_slug(slug) {
            if slug != "meal" {
                let request = BookingRequest {
                    service: service.id,
                    wanted: Wanted::Next,
                    quantity: 1,
                };
                for lang in ["ar", "uk", "it"] {
                    let _ = app.book(lang, &[request], now - Duration::hours(1));
                }
            }
            for i in 0..calls {
                let at = now - Duration::minutes(i64::from(2 * (calls - i)) - 1);
                let _ = app.call_next(&actor, service.id, at);
            }
        }
    }
}

/// Some bookings, so the tiles show full slots, waiting people and a queue.
fn fill_demo_day(app: &mut App, now: DateTime<Utc>) {
    let early = now - Duration::hours(2);
    let book = |app: &mut App, slug: &str, times: usize| {
        if let Ok(Some(service)) = app.service_by_slug(slug) {
            for _ in 0..times {
                let request = BookingRequest {
                    service: service.id,
                    wanted: Wanted::Next,
                    quantity: 1,
                };
                let _ = app.book("it", &[request], early);
            }
        }
    };
    book(app, "shower", 11);
    book(app, "laundry", 3);
    book(app, "meal", 14);
    book(app, "social-worker", 4);
    book(app, "phone-charging", 5);
}

/// Taps through the flow up to the screen asked for, as a visitor would.
fn drive(
    controller: &Rc<std::cell::RefCell<KioskController>>,
    window: &ui::KioskWindow,
    screen: &str,
    lang: &str,
    clock: &ManualClock,
) {
    let mut c = controller.borrow_mut();
    let slug_id = |c: &KioskController, slug: &str| {
        c.app().service_by_slug(slug).ok().flatten().map(|s| s.id)
    };
    let first_free = |c: &KioskController, slug: &str| -> Option<Choice> {
        let id = slug_id(c, slug)?;
        let now = clock.now();
        let today = c.app().today(now).ok()?;
        let service = today.into_iter().find(|s| s.service.id == id)?;
        let wanted = match service.availability {
            DayAvailability::Slots(slots) => slots
                .iter()
                .find(|s| matches!(s.state, SlotState::Free(_)))
                .map(|s| Wanted::At(s.slot.start))?,
            DayAvailability::Queue(_) => Wanted::Next,
            DayAvailability::Closed => return None,
        };
        Some(Choice {
            service: id,
            wanted,
            quantity: 1,
        })
    };
    if screen != "language" {
        c.dispatch(Event::ChooseLanguage(lang.to_owned()));
    }
    let open = |c: &mut KioskController, slug: &str| {
        if let Some(id) = slug_id(c, slug) {
            c.dispatch(Event::OpenService(id));
        }
    };
    let pick = |c: &mut KioskController, slug: &str| {
        open(c, slug);
        if let Some(choice) = first_free(c, slug) {
            c.dispatch(Event::Pick(choice));
        }
    };
    match screen {
        // The longest of the questions, second of two.
        "question" => {
            use crate::domain::Question;
            c.dispatch(Event::Ask(vec![Question::AgeBand, Question::Housing]));
            c.dispatch(Event::Answer(None));
        }
        "service" => open(&mut c, "shower"),
        "queue" | "standby" => open(&mut c, "meal"),
        "confirm" => {
            pick(&mut c, "shower");
            c.dispatch(Event::AddAnother);
            pick(&mut c, "meal");
        }
        "done" | "print-failed" => {
            pick(&mut c, "shower");
            c.dispatch(Event::AddAnother);
            pick(&mut c, "meal");
            c.dispatch(Event::Print);
        }
        "idle" => {
            open(&mut c, "shower");
            clock.0.set(clock.now() + Duration::seconds(64));
            c.dispatch(Event::Tick);
        }
        // "Call staff", asked once more.
        "help" => c.help_open(),
        _ => {}
    }
    c.show(window);
}

/// The frame written as a PNG while it is drawn, line by line: no copy of the whole frame
/// is ever held. `draw` draws the window into the lines it is given.
fn write_png(
    out: &Path,
    size: (u32, u32),
    draw: impl FnOnce(&mut PngLines<'_>),
) -> Result<(), ScreenshotError> {
    let error = |detail: String| ScreenshotError::Write {
        path: out.to_path_buf(),
        detail,
    };
    let file = std::fs::File::create(out).map_err(|e| error(e.to_string()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), size.0, size.1);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // The fastest deflate: a full-HD frame in a few milliseconds, where the default level
    // took about forty; screens of flat colour still compress well.
    encoder.set_compression(png::Compression::Fastest);
    let mut writer = encoder.write_header().map_err(|e| error(e.to_string()))?;
    let stream = writer.stream_writer().map_err(|e| error(e.to_string()))?;
    let width = size.0 as usize;
    let mut lines = PngLines {
        stream,
        row: vec![Rgb8Pixel::default(); width],
        bytes: Vec::with_capacity(width * 3),
        next: 0,
        failure: None,
    };
    draw(&mut lines);
    // The first frame of a new window covers every line, once each and in order; a line
    // left out would be a broken picture, so it is an error rather than a black stripe.
    if let Some(failure) = lines.failure.take() {
        return Err(error(failure));
    }
    if lines.next != size.1 as usize {
        return Err(error(format!("{} of {} lines drawn", lines.next, size.1)));
    }
    lines.stream.finish().map_err(|e| error(e.to_string()))
}

/// The renderer's lines, each encoded as soon as it is drawn.
struct PngLines<'a> {
    stream: png::StreamWriter<'a, std::io::BufWriter<std::fs::File>>,
    row: Vec<Rgb8Pixel>,
    bytes: Vec<u8>,
    /// The line expected next.
    next: usize,
    failure: Option<String>,
}

impl LineBufferProvider for &mut PngLines<'_> {
    type TargetPixel = Rgb8Pixel;

    fn process_line(
        &mut self,
        line: usize,
        range: std::ops::Range<usize>,
        render_fn: impl FnOnce(&mut [Rgb8Pixel]),
    ) {
        if self.failure.is_some() {
            return;
        }
        if line != self.next || range.end > self.row.len() {
            self.failure = Some(format!("line {line} drawn out of order"));
            return;
        }
        render_fn(&mut self.row[range]);
        self.bytes.clear();
        self.bytes
            .extend(self.row.iter().flat_map(|p| [p.r, p.g, p.b]));
        if let Err(e) = std::io::Write::write_all(&mut self.stream, &self.bytes) {
            self.failure = Some(e.to_string());
        }
        self.next += 1;
    }
}
