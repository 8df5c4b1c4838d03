//! The display's Slint window: the view mapped onto the `Display` global, a poll four
//! times a second, and the announcements handed to the speaker.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use super::DisplayController;
use crate::ui;
use crate::voice::{Announcement, Speaker};
use crate::wiring::{IconCache, in_place};

/// How often the display asks whether a station called: a call shows within this time plus
/// a read and a frame.
pub const POLL: Duration = Duration::from_millis(250);

impl DisplayController {
    /// Shows the state on the window.
    pub fn show(&self, window: &ui::DisplayWindow, icons: &IconCache) {
        let view = self.view();
        let tr = self.translations.lang(&self.app.config.language);
        crate::wiring::set_language(window.global::<ui::Tr>(), tr);
        let d = window.global::<ui::Display>();
        d.set_site_name(view.site.as_str().into());
        d.set_clock(view.clock.as_str().into());
        d.set_date(view.date.as_str().into());
        d.set_note(view.note.as_str().into());
        d.set_desks(in_place(
            d.get_desks(),
            view.desks
                .iter()
                .map(|desk| ui::DeskCallData {
                    icon: icons.get(&desk.icon),
                    title: desk.title.as_str().into(),
                    number: desk.number.as_str().into(),
                    earlier: ModelRc::new(VecModel::from(
                        desk.earlier
                            .iter()
                            .map(SharedString::from)
                            .collect::<Vec<_>>(),
                    )),
                    fresh: desk.fresh,
                })
                .collect(),
        ));
        d.set_standby(in_place(
            d.get_standby(),
            view.standby
                .iter()
                .map(|call| ui::StandbyData {
                    icon: icons.get(&call.icon),
                    title: call.title.as_str().into(),
                    number: call.number.as_str().into(),
                })
                .collect(),
        ));
        d.set_slots(in_place(
            d.get_slots(),
            view.slots
                .iter()
                .map(|slot| ui::SlotNowData {
                    icon: icons.get(&slot.icon),
                    title: slot.title.as_str().into(),
                    time: slot.time.as_str().into(),
                })
                .collect(),
        ));
    }
}

/// The display wired to its window. Dropping it stops the poll.
pub struct Connected {
    pub controller: Rc<RefCell<DisplayController>>,
    _poll: slint::Timer,
}

/// Wires the window: the first frame now, then a poll every [`POLL`]; each new call goes to
/// `announce` (the speaker; a list in tests).
pub fn connect(
    window: &ui::DisplayWindow,
    controller: DisplayController,
    announce: impl Fn(Announcement) + 'static,
) -> Connected {
    crate::wiring::translate(window.global::<ui::Tr>(), &controller.translations);
    let icons = Rc::new(IconCache::default());
    let controller = Rc::new(RefCell::new(controller));
    controller.borrow().show(window, &icons);
    let poll = slint::Timer::default();
    let weak = window.as_weak();
    let polled = Rc::clone(&controller);
    poll.start(slint::TimerMode::Repeated, POLL, move || {
        let Some(window) = weak.upgrade() else {
            return;
        };
        let mut c = polled.borrow_mut();
        if c.tick() {
            c.show(&window, &icons);
        }
        for call in c.take_announcements() {
            announce(call);
        }
    });
    Connected {
        controller,
        _poll: poll,
    }
}

/// Opens the display full screen (or in a window) and runs until it is closed.
pub fn run(
    controller: DisplayController,
    fullscreen: bool,
    volume: u8,
) -> Result<(), slint::PlatformError> {
    let window = ui::DisplayWindow::new()?;
    if fullscreen {
        window.window().set_fullscreen(true);
    }
    let speaker = Speaker::new(volume);
    let _connected = connect(&window, controller, move |call| speaker.queue(call));
    window.run()
}
