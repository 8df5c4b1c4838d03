//! The verbs that open a window or draw one: `kiosk`, `staff`, `display`, `screenshot`.

use super::*;

pub(super) fn kiosk(
    app: App,
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    shifted: bool,
    fullscreen: bool,
) -> Outcome {
    let fullscreen = fullscreen || app.config.fullscreen;
    let controller =
        KioskController::new(app, Rc::clone(translations), running_clock(now, shifted));
    kiosk::run(controller, fullscreen).map_err(|e| display_failure(tr, &e))
}

/// The waiting room's display, full screen unless `--windowed`.
pub(super) fn waiting_room(
    app: App,
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    shifted: bool,
    windowed: bool,
) -> Outcome {
    let volume = app.config.display_volume;
    let controller =
        DisplayController::new(app, Rc::clone(translations), running_clock(now, shifted));
    display::run(controller, !windowed, volume).map_err(|e| display_failure(tr, &e))
}

/// The clock of a window: with --now the demo starts at that time and runs on from there.
pub(super) fn running_clock(now: DateTime<Utc>, shifted: bool) -> Rc<SystemClock> {
    let offset = if shifted {
        now - Utc::now()
    } else {
        chrono::Duration::zero()
    };
    Rc::new(SystemClock { offset })
}

pub(super) fn display_failure(tr: Tr<'_>, e: &slint::PlatformError) -> Failure {
    Failure::could_not(tr.args("error-display", &[("detail", e.to_string().into())]))
}

pub(super) fn station(
    app: App,
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    now: DateTime<Utc>,
    shifted: bool,
    desk: Option<&str>,
) -> Outcome {
    let desk = desk.map(|slug| find_service(&app, tr, slug)).transpose()?;
    let clock = running_clock(now, shifted);
    let controller = StationController::new(app, Rc::clone(translations), clock, desk);
    staff::run(controller).map_err(|e| display_failure(tr, &e))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn screenshot(
    translations: &Rc<Translations>,
    tr: Tr<'_>,
    screen: Option<&str>,
    size: &str,
    out: Option<&Path>,
    list: bool,
    lang: &str,
    now: Option<DateTime<Utc>>,
) -> Outcome {
    if list {
        for name in screenshot::SCREENS {
            say!("{name}");
        }
        return Ok(());
    }
    let bad_size = || Failure::usage(tr.args("error-bad-size", &[("value", size.into())]));
    let (w, h) = size.split_once(['x', 'X']).ok_or_else(bad_size)?;
    let (w, h): (u32, u32) = (
        w.trim().parse().map_err(|_| bad_size())?,
        h.trim().parse().map_err(|_| bad_size())?,
    );
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(bad_size());
    }
    let (Some(screen), Some(out)) = (screen, out) else {
        return Err(bad_size());
    };
    if !screenshot::SCREENS.contains(&screen) {
        return Err(Failure::usage(tr.args(
            "error-unknown-screen",
            &[
                ("value", screen.into()),
                ("known", screenshot::SCREENS.join(", ").into()),
            ],
        )));
    }
    let now = now.unwrap_or_else(screenshot::demo_now);
    screenshot::render(Rc::clone(translations), screen, lang, (w, h), now, out).map_err(|e| {
        Failure::could_not(tr.args("error-screenshot", &[("detail", e.to_string().into())]))
    })
}
