//! Every kiosk and station screen fits every screen size we support, in every language:
//! no text outside its box or spilling out of it, everything reachable (inside the window,
//! or inside a scrolling area that shows a cue while more lies below), touch targets of at
//! least 9 mm and font sizes of at least 3 mm (8.5 pt) on a screen of the size we assume for
//! each resolution.
//!
//! The check reads the element tree of the real windows, put up on the demo day of
//! `sosta screenshot` and laid out by Slint with the bundled fonts (the testing backend
//! measures every font family but its own fixed test font through parley, as the software
//! renderer draws them); nothing is drawn, so the whole matrix takes seconds.
//!
//! What it proves, and what it does not:
//! - Geometry: every text and touch area lies inside each of its ancestors up to the window,
//!   or up to the content of the scrolling area (`Flickable`) it is in, which in turn lies
//!   inside its own ancestors. Content inside a scrolling area's content is reachable by
//!   scrolling it, since Slint scrolls exactly over the content's box.
//! - Extent: each text asks Slint's own text layout (the `layout_info` a layout would ask)
//!   how wide and tall its string is at its font, wrap and current width, and that must fit
//!   its box. This is the same measurement the renderer wraps and draws with, so a text that
//!   passes is neither clipped nor overflowing; it does not catch glyphs that draw outside
//!   their font's line box (rare, and the fonts test checks every glyph exists).
//! - Touch: every enabled `TouchArea` is at least 9 mm wide and tall at the diagonal we
//!   assume for each size below; background areas that only keep the session alive are
//!   larger than that anyway.
//! - Cue: a scrolling area with content below its edge shows a `MoreBelow` over that edge,
//!   and one that shows everything does not.
//!
//! Not checked: whether one element covers another (overlays, the cue's fade over the last
//! row), colours (tests/theme.rs), screens it cannot reach on demo data (the kiosk corner's
//! menu, which needs a staff PIN; the moment of printing; verdicts other than the demo
//! slip's), and strings longer than the demo day's (a site name of many words).
//!
//! Slint's public testing API gives positions and sizes but not a text's string metrics, so
//! this test walks the item tree through `slint::private_unstable_api` (pinned with
//! `slint = "=1.18.1"`); an upgrade of Slint may need this file touched.

use std::rc::Rc;

use slint::private_unstable_api::re_exports::{
    Clip, ComplexText, Flickable, ItemRc, ItemRef, Orientation, SimpleText, TextOverflow, TextWrap,
    TouchArea, WindowInner, ensure_item_tree_instantiated,
};
use slint::{ComponentHandle, Model};
use sosta::i18n::Translations;
use sosta::screenshot::{SCREENS, Shown, ShownWindow, demo_now, put_up};
use sosta::ui::{Kiosk, Station, StationScreen};

/// The sizes we promise, each with the physical diagonal we assume for it.
const SIZES: [(u32, u32, f32); 7] = [
    (800, 480, 7.0),
    (1024, 600, 7.0),
    (1280, 800, 10.1),
    (1366, 768, 15.6),
    (1920, 1080, 21.5),
    (1080, 1920, 21.5),
    (3840, 2160, 27.0),
];

/// The waiting room's display is a television: HD and full HD, and 4K.
const TV_SIZES: [(u32, u32, f32); 4] = [
    (1280, 720, 32.0),
    (1366, 768, 32.0),
    (1920, 1080, 40.0),
    (3840, 2160, 50.0),
];

/// The smallest touch target, and the smallest font size, in millimetres.
const TOUCH_MM: f32 = 9.0;
const TEXT_MM: f32 = 3.0;

/// Rounding in Slint's layouts moves edges by under a pixel.
const SLACK: f32 = 1.0;

fn pixels_per_mm(w: u32, h: u32, diagonal_inches: f32) -> f32 {
    let diagonal_px = ((w * w + h * h) as f32).sqrt();
    diagonal_px / diagonal_inches / 25.4
}

#[derive(Clone, Copy, Debug)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Rect {
    fn of(item: &ItemRc) -> Rect {
        let g = item.geometry();
        let p = item.map_to_window(g.origin);
        Rect {
            x: p.x,
            y: p.y,
            w: g.size.width,
            h: g.size.height,
        }
    }

    fn contains(&self, inner: &Rect) -> bool {
        inner.x >= self.x - SLACK
            && inner.y >= self.y - SLACK
            && inner.x + inner.w <= self.x + self.w + SLACK
            && inner.y + inner.h <= self.y + self.h + SLACK
    }

    fn bottom(&self) -> f32 {
        self.y + self.h
    }
}

impl std::fmt::Display for Rect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.0},{:.0} {:.0}×{:.0}", self.x, self.y, self.w, self.h)
    }
}

/// The element names Slint's debug info gives an item: its own type, the components it
/// comes from and their ids (`SLINT_EMIT_DEBUG_INFO=1`, set in `.cargo/config.toml`).
fn names(item: &ItemRc) -> Vec<String> {
    let count = item.element_count().unwrap_or(0);
    (0..count)
        .filter_map(|i| item.element_type_names_and_ids(i))
        .flatten()
        .flat_map(|(ty, id)| [ty.to_string(), id.to_string()])
        .filter(|s| !s.is_empty())
        .collect()
}

fn describe(item: &ItemRc) -> String {
    let names = names(item);
    if names.is_empty() {
        UNNAMED.to_owned()
    } else {
        names.join("/")
    }
}

/// The item's names and those of its two nearest named ancestors, so a failure says where
/// it is ("ServiceTile in Grid in TodayScreen").
fn describe_up(item: &ItemRc, frames: &[Frame]) -> String {
    let mut parts = vec![describe(item)];
    parts.extend(
        frames
            .iter()
            .rev()
            .map(|f| f.name.clone())
            .filter(|n| n != UNNAMED)
            .take(2),
    );
    parts.join(" in ")
}

const UNNAMED: &str = "an unnamed element";

/// An ancestor a child must lie inside.
struct Frame {
    name: String,
    rect: Rect,
}

/// A scrolling area: its box, its content's box, and whether a cue shows over its bottom.
struct Scroller {
    name: String,
    rect: Rect,
    content: Rect,
}

struct Walk<'a> {
    where_: &'a str,
    px_per_mm: f32,
    window: slint::private_unstable_api::re_exports::WindowAdapterRc,
    problems: Vec<String>,
    scrollers: Vec<Scroller>,
    cues: Vec<Rect>,
    texts: usize,
    targets: usize,
}

impl Walk<'_> {
    fn problem(&mut self, what: String) {
        self.problems.push(format!("{}: {what}", self.where_));
    }

    /// Fails when `rect` is not inside every frame.
    fn check_inside(&mut self, what: &str, rect: &Rect, frames: &[Frame]) {
        if let Some(outer) = frames.iter().rev().find(|f| !f.rect.contains(rect)) {
            let message = format!(
                "{what} at {rect} lies outside {} at {}",
                outer.name, outer.rect
            );
            self.problem(message);
        }
    }

    fn visit(&mut self, item: &ItemRc, frames: &mut Vec<Frame>) {
        let rect = Rect::of(item);
        // `visible: false` is a clip wrapper that hides everything inside it.
        if let Some(clip) = ItemRef::downcast_pin::<Clip>(item.borrow())
            && clip.is_visibility_clip()
        {
            if clip.clip() {
                return;
            }
            self.children(item, frames);
            return;
        }

        if let Some(text) = ItemRef::downcast_pin::<ComplexText>(item.borrow()) {
            let shown = text.text();
            self.check_text(
                item,
                &rect,
                frames,
                shown.as_str(),
                text.wrap(),
                text.overflow(),
                text.font_size().get(),
            );
        } else if let Some(text) = ItemRef::downcast_pin::<SimpleText>(item.borrow()) {
            let shown = text.text();
            self.check_text(
                item,
                &rect,
                frames,
                shown.as_str(),
                TextWrap::NoWrap,
                TextOverflow::Clip,
                text.font_size().get(),
            );
        } else if let Some(touch) = ItemRef::downcast_pin::<TouchArea>(item.borrow())
            && touch.enabled()
        {
            self.targets += 1;
            let what = format!("touch area of {}", describe_up(item, frames));
            self.check_inside(&what, &rect, frames);
            let least = TOUCH_MM * self.px_per_mm;
            if rect.w + SLACK < least || rect.h + SLACK < least {
                let message = format!(
                    "{what} is {:.0}×{:.0} px, under {TOUCH_MM} mm ({least:.0} px)",
                    rect.w, rect.h
                );
                self.problem(message);
            }
        }

        if ItemRef::downcast_pin::<Flickable>(item.borrow()).is_some() {
            let name = describe_up(item, frames);
            self.check_inside(&format!("scrolling area {name}"), &rect, frames);
            // Its one child is the content Slint scrolls over: everything inside must lie
            // within the content, and is then reachable.
            if let Some(content) = item.first_child() {
                let content_rect = Rect::of(&content);
                if content_rect.w > rect.w + SLACK {
                    self.problem(format!(
                        "scrolling area {name} scrolls sideways ({:.0} px wide content in {:.0} px)",
                        content_rect.w, rect.w
                    ));
                }
                let least = (2.0 * TOUCH_MM * self.px_per_mm).min(content_rect.h);
                if rect.h + SLACK < least {
                    self.problem(format!(
                        "scrolling area {name} shows only {:.0} px of its content",
                        rect.h
                    ));
                }
                self.scrollers.push(Scroller {
                    name: name.clone(),
                    rect,
                    content: content_rect,
                });
                let mut inner = vec![Frame {
                    name: format!("the content of scrolling area {name}"),
                    rect: content_rect,
                }];
                self.children(&content, &mut inner);
            }
            return;
        }

        if names(item).iter().any(|n| n == "MoreBelow") {
            self.cues.push(rect);
        }

        frames.push(Frame {
            name: describe(item),
            rect,
        });
        self.children(item, frames);
        frames.pop();
    }

    fn children(&mut self, item: &ItemRc, frames: &mut Vec<Frame>) {
        let mut child = item.first_child();
        while let Some(c) = child {
            self.visit(&c, frames);
            child = c.next_sibling();
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_text(
        &mut self,
        item: &ItemRc,
        rect: &Rect,
        frames: &[Frame],
        shown: &str,
        wrap: TextWrap,
        overflow: TextOverflow,
        font_size: f32,
    ) {
        if shown.trim().is_empty() {
            return;
        }
        self.texts += 1;
        let what = format!("text {shown:?} ({})", describe_up(item, frames));
        self.check_inside(&what, rect, frames);

        // Slint's own measurement of the string: the width it needs (on one line unless it
        // wraps; a wrapping text needs its longest word) and the height it needs at its
        // current width.
        let layout = |o: Orientation, cross: f32| {
            item.borrow()
                .as_ref()
                .layout_info(o, cross, &self.window, item)
        };
        let across = layout(Orientation::Horizontal, -1.0);
        let needed_width = match (wrap, overflow) {
            (TextWrap::NoWrap, _) => across.preferred,
            (_, TextOverflow::Elide) => across.preferred,
            _ => across.min,
        };
        let needed_height = layout(Orientation::Vertical, rect.w).min;
        if needed_width > rect.w + SLACK || needed_height > rect.h + SLACK {
            let message = format!(
                "{what} needs {needed_width:.0}×{needed_height:.0} px but has {:.0}×{:.0}",
                rect.w, rect.h
            );
            self.problem(message);
        }

        // A font size of 0 means the window's default, which none of our texts use.
        let least = TEXT_MM * self.px_per_mm;
        if font_size > 0.0 && font_size + 0.05 < least {
            self.problem(format!(
                "{what} is set in {font_size:.1} px, under {TEXT_MM} mm ({least:.1} px)"
            ));
        }
    }

    /// Every scrolling area with more content than it shows has a cue over its bottom edge
    /// (while anything is left below), and none that shows everything has one.
    fn check_cues(&mut self) {
        let scrollers = std::mem::take(&mut self.scrollers);
        for s in &scrollers {
            let more_below = s.content.bottom() > s.rect.bottom() + SLACK;
            let cue = self.cues.iter().any(|c| {
                c.x < s.rect.x + s.rect.w
                    && c.x + c.w > s.rect.x
                    && c.y < s.rect.bottom()
                    && c.bottom() >= s.rect.bottom() - SLACK
            });
            if more_below && !cue {
                self.problem(format!(
                    "scrolling area {} hides {:.0} px below its edge without a cue",
                    s.name,
                    s.content.bottom() - s.rect.bottom()
                ));
            }
            if !more_below && cue {
                self.problem(format!(
                    "scrolling area {} shows a cue but nothing is below",
                    s.name
                ));
            }
        }
    }
}

/// Puts `screen` up in every language and checks it at every size.
fn check_screen(screen: &str) {
    check(screen, screen, |_| {});
}

/// Puts `screen` up in every language, lets `prepare` open what lies over it, and checks it
/// at every size under the name `name`.
fn check(name: &str, screen: &str, prepare: impl Fn(&Shown)) {
    i_slint_backend_testing::init_no_event_loop();
    let translations = Rc::new(Translations::embedded().unwrap());
    let langs: Vec<String> = translations.locales().map(str::to_owned).collect();
    let mut problems = Vec::new();
    let (mut texts, mut targets) = (0, 0);
    let sizes: &[(u32, u32, f32)] = if screen == "display" {
        &TV_SIZES
    } else {
        &SIZES
    };
    for lang in &langs {
        let shown = put_up(translations.clone(), screen, lang, demo_now())
            .unwrap_or_else(|e| panic!("{screen} in {lang}: {e}"));
        prepare(&shown);
        for &(w, h, diagonal) in sizes {
            shown.window().set_size(slint::PhysicalSize::new(w, h));
            // Runs the windows' `changed width/height` handlers, which set the scale.
            slint::platform::update_timers_and_animations();
            let inner = WindowInner::from_pub(shown.window());
            let tree = inner.component();
            ensure_item_tree_instantiated(&tree);
            let root = ItemRc::new_root(tree);
            let where_ = format!("{name} {lang} {w}×{h}");
            let mut walk = Walk {
                where_: &where_,
                px_per_mm: pixels_per_mm(w, h, diagonal),
                window: inner.window_adapter(),
                problems: Vec::new(),
                scrollers: Vec::new(),
                cues: Vec::new(),
                texts: 0,
                targets: 0,
            };
            let mut frames = vec![Frame {
                name: "the window".to_owned(),
                rect: Rect {
                    x: 0.0,
                    y: 0.0,
                    w: w as f32,
                    h: h as f32,
                },
            }];
            walk.visit(&root, &mut frames);
            walk.check_cues();
            texts += walk.texts;
            targets += walk.targets;
            problems.extend(walk.problems);
        }
    }
    // A walk that found nothing would pass everything: make sure it saw the screen. The
    // waiting room's display has nothing to touch.
    let touch = screen != "display";
    assert!(
        texts >= langs.len() * sizes.len() && (!touch || targets >= langs.len() * sizes.len()),
        "{name}: the walk saw {texts} texts and {targets} touch areas"
    );
    if let Some(dump) = std::env::var_os("SOSTA_FIT_DUMP") {
        let path = std::path::Path::new(&dump).join(format!("{name}.txt"));
        std::fs::write(path, problems.join("\n")).unwrap();
    }
    // The first few problems at each size, so one look shows what breaks where.
    let mut report = Vec::new();
    for (w, h, _) in sizes {
        let size = format!(" {w}×{h}:");
        let here: Vec<&String> = problems.iter().filter(|p| p.contains(&size)).collect();
        if !here.is_empty() {
            report.push(format!("{} at {w}×{h}, for example:", here.len()));
            report.extend(here.iter().take(6).map(|p| format!("  {p}")));
        }
    }
    assert!(
        problems.is_empty(),
        "{name}: {} problems\n{}",
        problems.len(),
        report.join("\n")
    );
}

#[test]
fn the_list_of_screens_is_the_one_checked_here() {
    let checked = [
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
    assert_eq!(SCREENS.as_slice(), checked.as_slice());
}

#[test]
fn the_language_screen_fits() {
    check_screen("language");
}

#[test]
fn an_anonymous_question_fits() {
    check_screen("question");
}

#[test]
fn the_today_screen_fits() {
    check_screen("today");
}

#[test]
fn a_service_with_slots_fits() {
    check_screen("service");
}

#[test]
fn a_queue_service_fits() {
    check_screen("queue");
}

#[test]
fn the_confirm_screen_fits() {
    check_screen("confirm");
}

#[test]
fn the_done_screen_fits() {
    check_screen("done");
}

#[test]
fn the_print_failed_screen_fits() {
    check_screen("print-failed");
}

#[test]
fn the_still_there_warning_fits() {
    check_screen("idle");
}

#[test]
fn the_station_login_fits() {
    check_screen("station-login");
}

#[test]
fn the_station_scan_screen_fits() {
    check_screen("station-scan");
}

#[test]
fn the_station_verdict_fits() {
    check_screen("station-verdict");
}

#[test]
fn the_station_board_fits() {
    check_screen("station-board");
}

#[test]
fn the_coordinators_console_fits() {
    check_screen("station-console");
}

#[test]
fn a_service_being_edited_fits() {
    check_screen("station-service");
}

#[test]
fn the_questions_tab_fits() {
    check_screen("station-questions");
}

#[test]
fn the_waiting_room_display_fits() {
    check_screen("display");
}

#[test]
fn a_full_service_offering_standby_fits() {
    check_screen("standby");
}

#[test]
fn the_call_for_help_fits() {
    check_screen("help");
}

#[test]
fn the_language_picker_over_a_screen_fits() {
    check("picker", "today", |shown| {
        if let ShownWindow::Kiosk(ui, _) = &shown.window {
            ui.global::<Kiosk>().set_picker_open(true);
        }
    });
}

#[test]
fn the_staff_corner_pin_pad_fits() {
    check("corner", "today", |shown| {
        if let ShownWindow::Kiosk(ui, connected) = &shown.window {
            let mut c = connected.controller.borrow_mut();
            c.corner_open();
            c.show(ui);
            assert_eq!(
                ui.global::<sosta::ui::StaffCornerView>().get_step(),
                sosta::ui::CornerStep::Pin,
                "the corner opened"
            );
        }
    });
}

#[test]
fn the_station_pin_pad_fits() {
    check("station-pin", "station-login", |shown| {
        if let ShownWindow::Station(ui, connected) = &shown.window {
            let staff = ui.global::<Station>().get_staff();
            let first = staff.row_data(0).expect("the demo desk has a staff member");
            let c = &connected.controller;
            c.borrow_mut().choose_staff(first.id);
            c.borrow().show(ui);
            assert_eq!(ui.global::<Station>().get_screen(), StationScreen::Pin);
        }
    });
}
