//! What the kiosk and the staff station share in wiring a window to its controller.

use std::cell::RefCell;
use std::rc::Rc;

use slint::{ComponentHandle, Model, ModelRc, VecModel};

use crate::i18n::{Tr, Translations, font_family};
use crate::messages::Tone;
use crate::ui;

/// The bundled icons as Slint images, each decoded once.
#[derive(Default)]
pub struct IconCache(RefCell<std::collections::HashMap<String, slint::Image>>);

impl IconCache {
    /// The icon called `name`; an empty image for a name that is not bundled.
    pub fn get(&self, name: &str) -> slint::Image {
        self.0
            .borrow_mut()
            .entry(name.to_owned())
            .or_insert_with(|| {
                crate::icons::svg(name)
                    .and_then(|svg| slint::Image::load_from_svg_data(svg.as_bytes()).ok())
                    .unwrap_or_default()
            })
            .clone()
    }
}

/// Sets the screens' language: its messages, direction and the font of its script.
pub fn set_language(global: ui::Tr<'_>, tr: Tr<'_>) {
    global.set_lang(tr.locale().into());
    global.set_rtl(tr.t("language-direction") == "rtl");
    global.set_font(font_family(tr.locale()).into());
    global.set_tall(if tr.locale() == "ur" { 1.3 } else { 1.0 });
}

/// Lets the screens ask for Fluent messages: `Tr.t(lang, id)`.
pub fn translate(tr: ui::Tr<'_>, translations: &Rc<Translations>) {
    let translations = Rc::clone(translations);
    tr.on_t(move |lang, id| translations.lang(&lang).t(&id).into());
}

/// A callback that acts on the controller with its argument, then redraws the window.
/// It holds the window weakly, so a closed window ends the wiring.
pub fn on<W, C, A>(
    window: &W,
    controller: &Rc<RefCell<C>>,
    act: impl Fn(&mut C, A) + 'static,
    show: fn(&mut C, &W),
) -> impl Fn(A) + 'static
where
    W: ComponentHandle + 'static,
    C: 'static,
    A: 'static,
{
    let weak = window.as_weak();
    let controller = Rc::clone(controller);
    move |arg| {
        if let Some(window) = weak.upgrade() {
            let mut c = controller.borrow_mut();
            act(&mut c, arg);
            show(&mut c, &window);
        }
    }
}

/// The rows a list on screen shows, written into the model it already has, and only the
/// rows that changed. A new model every second would rebuild every tile, slot, language
/// button and board row: an idle screen would redraw, and a screen reader would find new
/// controls under its cursor (a default action sent to one tile could land on another).
pub fn in_place<T: Clone + PartialEq + 'static>(current: ModelRc<T>, items: Vec<T>) -> ModelRc<T> {
    let Some(rows) = current.as_any().downcast_ref::<VecModel<T>>() else {
        return ModelRc::new(VecModel::from(items));
    };
    for (i, item) in items.iter().enumerate() {
        match rows.row_data(i) {
            Some(old) if old == *item => {}
            Some(_) => rows.set_row_data(i, item.clone()),
            None => rows.push(item.clone()),
        }
    }
    while rows.row_count() > items.len() {
        rows.remove(rows.row_count() - 1);
    }
    current
}

/// A tone as the screens' enum.
pub fn ui_tone(tone: Tone) -> ui::Tone {
    match tone {
        Tone::Good => ui::Tone::Good,
        Tone::Caution => ui::Tone::Caution,
        Tone::Bad => ui::Tone::Bad,
        Tone::Off => ui::Tone::Off,
    }
}

/// The one-second tick of a window: `tick` updates the controller (idleness, timeouts,
/// what other processes changed) and says whether the screen must be drawn again; only
/// then is `show` called, so an idle window draws nothing. Dropping the timer stops it.
pub fn tick_every_second<W, C>(
    window: &W,
    controller: &Rc<RefCell<C>>,
    tick: fn(&mut C) -> bool,
    show: fn(&mut C, &W),
) -> slint::Timer
where
    W: ComponentHandle + 'static,
    C: 'static,
{
    let timer = slint::Timer::default();
    let weak = window.as_weak();
    let controller = Rc::clone(controller);
    timer.start(
        slint::TimerMode::Repeated,
        std::time::Duration::from_secs(1),
        move || {
            if let Some(window) = weak.upgrade() {
                let mut c = controller.borrow_mut();
                if tick(&mut c) {
                    show(&mut c, &window);
                }
            }
        },
    );
    timer
}
