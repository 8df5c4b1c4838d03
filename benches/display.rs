//! The waiting room's display: how long from a station's "call next" to the display's new
//! frame. The display asks the database every `display::POLL` (250 ms) whether another
//! program committed, so a call waits half a poll on average before it is seen; what this
//! measures is the rest, on the real path: the station's commit on its own connection, the
//! display's poll that notices it, the reload of today's services and calls, the view, the
//! window's properties and one full frame drawn by the software renderer at 1920x1080.
//! Also: the cost of a poll when nothing changed (four times a second, all day).
//!
//! Run with `cargo bench --bench display`; criterion prints the median of each.

use std::cell::Cell;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use slint::platform::software_renderer::{MinimalSoftwareWindow, RepaintBufferType, Rgb565Pixel};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize};
use sosta::app::{Actor, App, DataDir};
use sosta::display::DisplayController;
use sosta::domain::booking::Wanted;
use sosta::i18n::Translations;
use sosta::screenshot::ManualClock;
use sosta::store::BookingRequest;
use sosta::ui::DisplayWindow;

const WIDTH: u32 = 1920;
const HEIGHT: u32 = 1080;

fn lunch() -> DateTime<Utc> {
    chrono_tz::Europe::Rome
        .with_ymd_and_hms(2026, 11, 25, 12, 15, 0)
        .unwrap()
        .with_timezone(&Utc)
}

struct Headless(Rc<MinimalSoftwareWindow>);

impl Platform for Headless {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.0.clone())
    }
}

/// Two connections to one data folder, as two programs have (durable commits: the
/// station's call waits for the disk, as at a desk).
fn open(dir: &std::path::Path) -> App {
    App::open(
        DataDir::resolve(Some(dir.to_path_buf())).unwrap(),
        &["it", "en", "ar", "uk"],
    )
    .unwrap()
}

fn display(c: &mut Criterion) {
    let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
    slint::platform::set_platform(Box::new(Headless(window.clone()))).unwrap();
    window.set_size(PhysicalSize::new(WIDTH, HEIGHT));
    let mut frame = vec![Rgb565Pixel::default(); (WIDTH * HEIGHT) as usize];

    let dir = tempfile::tempdir().unwrap();
    let mut station = open(dir.path());
    let meal = station.service_by_slug("meal").unwrap().unwrap();
    let actor = Actor {
        staff: None,
        station: "desk:meal".to_owned(),
        desk: Some(meal.id),
    };
    // A very busy lunch: numbers enough for every call the benchmark makes (each
    // measured call has a visitor of its own, booked before it).
    station
        .set_day_capacity(&actor, meal.id, 1_000_000, lunch() - Duration::hours(3))
        .unwrap();
    for i in 0..100 {
        let request = BookingRequest {
            service: meal.id,
            wanted: Wanted::Next,
            quantity: 1,
        };
        let lang = ["it", "ar", "uk", "en"][i % 4];
        station
            .book(lang, &[request], lunch() - Duration::hours(2))
            .unwrap();
    }

    let clock = ManualClock(Rc::new(Cell::new(lunch())));
    let translations = Rc::new(Translations::embedded().unwrap());
    let controller = DisplayController::new(open(dir.path()), translations, Rc::new(clock));
    let ui = DisplayWindow::new().unwrap();
    // No event loop runs here: the benchmark polls by hand, and nothing is played.
    let connected = sosta::display::connect(&ui, controller, |_| {});
    ui.show().unwrap();
    let icons = sosta::wiring::IconCache::default();
    let draw = |frame: &mut Vec<Rgb565Pixel>| {
        window.request_redraw();
        window.draw_if_needed(|renderer| {
            renderer.render(frame, WIDTH as usize);
        });
    };
    draw(&mut frame);

    let mut group = c.benchmark_group("display");
    group.sample_size(50);
    group.bench_function("poll with nothing new", |b| {
        b.iter(|| {
            let changed = connected.controller.borrow_mut().tick();
            assert!(!changed);
        })
    });
    // The kiosk: a third program on the data folder.
    let mut kiosk = open(dir.path());
    let mut visitors = 0usize;
    group.bench_function("call next to frame", |b| {
        b.iter_batched(
            || {
                // One more visitor takes a number (not measured), so there is always
                // someone to call.
                let request = BookingRequest {
                    service: meal.id,
                    wanted: Wanted::Next,
                    quantity: 1,
                };
                visitors += 1;
                let lang = ["it", "ar", "uk", "en"][visitors % 4];
                kiosk
                    .book(lang, &[request], lunch() - Duration::hours(2))
                    .unwrap();
                // The display has seen the booking: the call is the only news.
                connected.controller.borrow_mut().tick();
            },
            |()| {
                station
                    .call_next(&actor, meal.id, lunch())
                    .unwrap()
                    .unwrap();
                let mut c = connected.controller.borrow_mut();
                assert!(c.tick(), "the display saw the call");
                c.take_announcements();
                c.show(&ui, &icons);
                drop(c);
                draw(&mut frame);
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, display);
criterion_main!(benches);
