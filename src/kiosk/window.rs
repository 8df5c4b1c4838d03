//! The kiosk's Slint window: a [`KioskView`] mapped onto the screens' globals (lists
//! updated in place), and every callback turned into an event for the controller.

use std::cell::RefCell;
use std::rc::Rc;

use slint::{ComponentHandle, Image, SharedString};

use super::KioskController;
use super::corner::Corner;
use super::view::{ChoiceLine, CornerStep, KioskState, KioskView, SlotButton, Tile, kiosk_view};
use crate::domain::ServiceId;
use crate::domain::session::{Event, Screen};
use crate::messages;
use crate::ui;
use crate::wiring::{in_place, ui_tone};

/// A kiosk wired to its window; dropping it stops the clock tick.
pub struct Connected {
    pub controller: Rc<RefCell<KioskController>>,
    _tick: slint::Timer,
}

impl KioskController {
    fn icon(&mut self, name: &str) -> Image {
        self.icons.get(name)
    }

    /// Today's latest slip codes for the corner's menu; a failure is said in the corner,
    /// never shown as "no slips today".
    fn corner_recent(&mut self) -> Vec<String> {
        if !matches!(self.corner, Corner::Menu(_)) {
            return Vec::new();
        }
        let day = crate::domain::local_date(self.clock.now(), self.app.config.timezone);
        self.app.recent_codes(day, 5).unwrap_or_else(|e| {
            log::error!(
                "kiosk {}: cannot read today's slips: {e}",
                self.app.config.kiosk
            );
            self.corner_message = messages::store_error(self.staff_tr(), &e);
            Vec::new()
        })
    }

    /// What the screens show now.
    pub fn view(&mut self) -> KioskView {
        let now = self.clock.now();
        self.refresh(now);
        let recent = self.corner_recent();
        let state = KioskState {
            site_name: &self.app.config.site_name,
            site_language: &self.app.config.language,
            tz: self.app.config.timezone,
            now,
            session: &self.session,
            timing: &self.timing,
            today: &self.today,
            issued: &self.issued,
            issued_standby: self.issued_standby,
            unavailable: self.unavailable,
            corner: &self.corner,
            corner_dots: self.corner_pin.dots(),
            corner_message: &self.corner_message,
            corner_recent: &recent,
        };
        kiosk_view(&state, &self.translations)
    }

    /// Shows the session on the window.
    pub fn show(&mut self, window: &ui::KioskWindow) {
        let view = self.view();
        crate::wiring::set_language(
            window.global::<ui::Tr>(),
            self.translations.lang(&view.lang),
        );

        let k = window.global::<ui::Kiosk>();
        k.set_site_name(view.site_name.as_str().into());
        k.set_date(view.date.as_str().into());
        k.set_clock(view.clock.as_str().into());
        k.set_languages(in_place(
            k.get_languages(),
            view.languages
                .iter()
                .map(|l| ui::LanguageData {
                    code: l.code.as_str().into(),
                    name: l.name.as_str().into(),
                    hint: l.hint.as_str().into(),
                    font: l.font.into(),
                })
                .collect(),
        ));
        k.set_language_name(view.language_name.as_str().into());
        let tiles: Vec<ui::TileData> = view.tiles.iter().map(|t| self.tile(t)).collect();
        k.set_tiles(in_place(k.get_tiles(), tiles));
        if let Some(service) = &view.service {
            k.set_service(self.tile(&service.tile));
            k.set_description(service.description.as_str().into());
            k.set_queue(service.queue);
            k.set_standby(service.standby);
            k.set_queue_status(service.queue_status.as_str().into());
            k.set_slots(in_place(
                k.get_slots(),
                service.slots.iter().map(slot_data).collect(),
            ));
        }
        let choices = view.choices.iter().map(|c| self.choice(c)).collect();
        k.set_choices(in_place(k.get_choices(), choices));
        k.set_problem(view.problem.as_str().into());
        match &view.issued {
            Some(issued) => {
                k.set_code(issued.code.as_str().into());
                k.set_printed(issued.printed);
                let lines = issued.lines.iter().map(|c| self.choice(c)).collect();
                k.set_issued(in_place(k.get_issued(), lines));
            }
            None => {
                k.set_code(SharedString::new());
                k.set_issued(in_place(k.get_issued(), Vec::new()));
            }
        }
        if view.close_picker {
            k.set_picker_open(false);
        }

        let corner = window.global::<ui::StaffCornerView>();
        corner.set_step(match view.corner.step {
            CornerStep::Closed => ui::CornerStep::Closed,
            CornerStep::Pin => ui::CornerStep::Pin,
            CornerStep::Menu => ui::CornerStep::Menu,
        });
        corner.set_title(view.corner.title.as_str().into());
        corner.set_dots(view.corner.dots.as_str().into());
        corner.set_message(view.corner.message.as_str().into());
        if view.corner.step == CornerStep::Menu {
            corner.set_recent(in_place(
                corner.get_recent(),
                view.corner.recent.iter().map(SharedString::from).collect(),
            ));
            let open = view.corner.services.iter().map(|t| self.tile(t)).collect();
            corner.set_services(in_place(corner.get_services(), open));
        }
        k.set_idle_warning(view.idle_warning);
        k.set_help(match self.help() {
            super::Help::Closed => ui::HelpStep::Closed,
            super::Help::Asking => ui::HelpStep::Asking,
            super::Help::Sent => ui::HelpStep::Sent,
            super::Help::AlreadySent => ui::HelpStep::Already,
            super::Help::Failed => ui::HelpStep::Failed,
        });
        k.set_can_read_aloud(self.app.config.read_aloud);
        k.set_countdown(i32::try_from(view.countdown).unwrap_or(0));
        k.set_screen(match view.screen {
            Screen::Language => ui::Screen::Language,
            Screen::Today => ui::Screen::Today,
            Screen::Service(_) => ui::Screen::Service,
            Screen::Confirm => ui::Screen::Confirm,
            Screen::Printing => ui::Screen::Printing,
            Screen::Done => ui::Screen::Done,
            Screen::Question(_) => ui::Screen::Question,
        });
        if let Some(question) = &view.question {
            k.set_question_title(question.title.as_str().into());
            k.set_question_progress(question.progress.as_str().into());
            k.set_answers(in_place(
                k.get_answers(),
                question
                    .answers
                    .iter()
                    .map(|(code, words)| ui::AnswerData {
                        code: (*code).into(),
                        words: words.as_str().into(),
                    })
                    .collect(),
            ));
        }
    }

    fn tile(&mut self, t: &Tile) -> ui::TileData {
        ui::TileData {
            id: t.id.0 as i32,
            icon: self.icon(&t.icon),
            name: t.name.as_str().into(),
            status: t.status.as_str().into(),
            tone: ui_tone(t.tone),
            chosen: t.chosen,
        }
    }

    fn choice(&mut self, c: &ChoiceLine) -> ui::ChoiceData {
        ui::ChoiceData {
            icon: self.icon(&c.icon),
            name: c.name.as_str().into(),
            when: c.when.as_str().into(),
            desk: c.desk.as_str().into(),
        }
    }
}

fn slot_data(s: &SlotButton) -> ui::SlotData {
    ui::SlotData {
        label: s.label.as_str().into(),
        detail: s.detail.as_str().into(),
        tone: ui_tone(s.tone),
        enabled: s.enabled,
        chosen: s.chosen,
    }
}

/// A callback that turns its argument into an event (or nothing), steps the session and
/// redraws.
fn handler<A: 'static>(
    window: &ui::KioskWindow,
    controller: &Rc<RefCell<KioskController>>,
    to_event: impl Fn(&mut KioskController, A) -> Option<Event> + 'static,
) -> impl Fn(A) + 'static {
    crate::wiring::on(
        window,
        controller,
        move |c: &mut KioskController, arg| {
            if let Some(event) = to_event(c, arg) {
                c.dispatch(event);
            }
        },
        KioskController::show,
    )
}

/// Wires a window to a controller: every callback becomes an event, and a one-second tick
/// drives the idle timeout and the live status.
pub fn connect(window: &ui::KioskWindow, controller: KioskController) -> Connected {
    crate::wiring::translate(window.global::<ui::Tr>(), &controller.translations);
    let controller = Rc::new(RefCell::new(controller));
    let k = window.global::<ui::Kiosk>();
    let simple = |event: Event| {
        let f = handler(window, &controller, move |_, ()| Some(event.clone()));
        move || f(())
    };
    k.on_touched(simple(Event::Touch));
    k.on_add_another(simple(Event::AddAnother));
    k.on_show_choices(simple(Event::ShowChoices));
    k.on_back(simple(Event::Back));
    k.on_start_again(simple(Event::StartAgain));
    k.on_print(simple(Event::Print));
    k.on_choose_language(handler(window, &controller, |_, code: SharedString| {
        Some(Event::ChooseLanguage(code.to_string()))
    }));
    k.on_answer(handler(window, &controller, |_, code: SharedString| {
        // Only the fixed answers are known: anything else is taken as a skip.
        let known = crate::domain::Question::ALL
            .iter()
            .flat_map(|q| q.answers().iter().copied())
            .find(|a| *a == code.as_str());
        Some(Event::Answer(known))
    }));
    k.on_open_service(handler(window, &controller, |_, id: i32| {
        Some(Event::OpenService(ServiceId(i64::from(id))))
    }));
    k.on_pick_slot(handler(window, &controller, |c, index: i32| {
        usize::try_from(index)
            .ok()
            .and_then(|i| c.choice_at(i))
            .map(Event::Pick)
    }));
    k.on_remove_choice(handler(window, &controller, |_, index: i32| {
        usize::try_from(index).ok().map(Event::RemoveChoice)
    }));
    // The staff corner: every tap there also keeps the session alive.
    let corner = |act: fn(&mut KioskController)| {
        let f = handler(window, &controller, move |c, ()| {
            act(c);
            Some(Event::Touch)
        });
        move || f(())
    };
    let staff_corner = window.global::<ui::StaffCornerView>();
    staff_corner.on_open(corner(KioskController::corner_open));
    staff_corner.on_open_station(corner(KioskController::corner_open_station));
    staff_corner.on_exit(corner(KioskController::corner_exit));
    staff_corner.on_dismiss(corner(KioskController::corner_dismiss));
    staff_corner.on_pin_key(handler(window, &controller, |c, key: SharedString| {
        c.corner_pin_key(&key);
        Some(Event::Touch)
    }));
    staff_corner.on_reprint(handler(window, &controller, |c, code: SharedString| {
        c.corner_reprint(&code);
        Some(Event::Touch)
    }));
    staff_corner.on_close_service(handler(window, &controller, |c, id: i32| {
        c.corner_close_service(id);
        Some(Event::Touch)
    }));
    let helped = |act: fn(&mut KioskController)| {
        let f = handler(window, &controller, move |c, ()| {
            act(c);
            Some(Event::Touch)
        });
        move || f(())
    };
    {
        let join = handler(window, &controller, |c, ()| match c.session().screen {
            crate::domain::session::Screen::Service(id) => Some(Event::Standby(id)),
            _ => None,
        });
        k.on_standby_join(move || join(()));
    }
    k.on_ask_help(helped(KioskController::help_open));
    k.on_confirm_help(helped(KioskController::help_confirm));
    k.on_close_help(helped(KioskController::help_close));
    k.on_read_aloud(helped(KioskController::read_aloud));
    let tick = crate::wiring::tick_every_second(
        window,
        &controller,
        KioskController::tick,
        KioskController::show,
    );
    controller.borrow_mut().show(window);
    Connected {
        controller,
        _tick: tick,
    }
}

/// Opens the kiosk window and runs until it is closed (or, full screen, until staff exit).
pub fn run(mut controller: KioskController, fullscreen: bool) -> Result<(), slint::PlatformError> {
    let window = ui::KioskWindow::new()?;
    if controller.app.config.read_aloud {
        let speaker = crate::voice::Speaker::new(controller.app.config.kiosk_volume);
        controller.set_voice(move |words| speaker.interrupt(words));
    }
    if fullscreen {
        window.window().set_fullscreen(true);
        // A locked kiosk cannot be closed from the window; staff leave it with their PIN.
        window
            .window()
            .on_close_requested(|| slint::CloseRequestResponse::KeepWindowShown);
    }
    let _connected = connect(&window, controller);
    window.run()
}
