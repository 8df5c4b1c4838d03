//! The station's Slint window: this frame's reads, a [`StationView`] mapped onto the
//! screens' globals (lists updated in place), and every callback and key wired to the
//! controller.

use std::cell::RefCell;
use std::rc::Rc;

use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use super::StationController;
use super::console::{ActionView, ConsoleView, FieldKind, Tab};
use super::view::{StationData, StationScreen, StationState, StationView, station_view};
use crate::domain::{Mode, local_date};
use crate::i18n::FALLBACK;
use crate::ui;
use crate::voice::{Announcement, Speaker};
use crate::wiring::{in_place, ui_tone};

impl StationController {
    /// What the screens show now: one read of each list the station shows, then the view.
    pub fn view(&self) -> StationView {
        let now = self.clock.now();
        let tz = self.app.config.timezone;
        let day = local_date(now, tz);
        let data = StationData {
            members: self.app.staff_members(),
            services: self.app.services(),
            bookings: match &self.desk {
                Some(desk) => self.app.day_bookings(desk.id, day),
                None => Ok(Vec::new()),
            },
            called: match &self.desk {
                Some(desk) if desk.mode == Mode::Queue => self.app.called(desk.id, day),
                _ => Ok(0),
            },
            standby: match &self.desk {
                Some(_) => self.app.standby_today(now),
                None => Ok(Vec::new()),
            },
        };
        let state = StationState {
            step: &self.step,
            desk: self.desk.as_ref(),
            staff: self.staff.as_ref(),
            language: &self.app.config.language,
            tz,
            rules: &self.app.config.rules,
            now,
            message: &self.message,
            pin_dots: self.pin.dots(),
            typed: if self.typed.is_empty() {
                self.keys.shown()
            } else {
                &self.typed
            },
            quantity: self.quantity,
            help_calls: &self.help_calls,
            standby_wait: chrono::Duration::minutes(i64::from(self.app.config.standby_minutes)),
        };
        let mut view = station_view(&state, &data, &self.translations);
        if let super::Step::Console(console) = &self.step {
            view.console = Some(self.console_view(console));
        }
        view
    }

    /// Shows the state on the window.
    pub fn show(&self, window: &ui::StaffWindow) {
        let view = self.view();
        crate::wiring::set_language(
            window.global::<ui::Tr>(),
            self.translations.lang(&self.app.config.language),
        );
        let st = window.global::<ui::Station>();
        st.set_desk_name(view.desk_name.as_str().into());
        st.set_staff_name(view.staff_name.as_str().into());
        st.set_staff(in_place(
            st.get_staff(),
            view.staff
                .iter()
                .map(|m| ui::StaffData {
                    id: m.id.0 as i32,
                    name: m.name.as_str().into(),
                })
                .collect(),
        ));
        st.set_message(view.message.as_str().into());
        st.set_standby(view.standby.join("\n").into());
        st.set_help_alerts(in_place(
            st.get_help_alerts(),
            view.help_alerts
                .iter()
                .map(|(id, text)| ui::HelpAlert {
                    id: *id as i32,
                    text: text.as_str().into(),
                })
                .collect(),
        ));
        st.set_pin_dots(view.pin_dots.as_str().into());
        st.set_typed(view.typed.as_str().into());
        st.set_keys(in_place(
            st.get_keys(),
            view.keys.iter().map(SharedString::from).collect(),
        ));
        if let Some(name) = &view.pin_for {
            st.set_pin_for(name.as_str().into());
        }
        if let Some(card) = &view.verdict {
            st.set_verdict(ui::VerdictData {
                quantity: card.quantity as i32,
                max_quantity: card.max_quantity as i32,
                tone: ui_tone(card.tone),
                title: card.title.as_str().into(),
                booking: card.booking.as_str().into(),
                language: card.language.as_str().into(),
                can_serve: card.can_serve,
            });
        }
        if let Some(board) = &view.board {
            st.set_board_summary(board.summary.as_str().into());
            st.set_board(in_place(
                st.get_board(),
                board
                    .rows
                    .iter()
                    .map(|row| ui::BoardRow {
                        id: row.id.0 as i32,
                        when: row.when.as_str().into(),
                        status: row.status.as_str().into(),
                        tone: ui_tone(row.tone),
                        open: row.open,
                    })
                    .collect(),
            ));
            st.set_capacity(board.capacity as i32);
            st.set_queue_desk(board.queue_desk);
            st.set_calling(board.calling.as_str().into());
        }
        let console_problem = view.console.as_ref().map_or("", |c| c.problem.as_str());
        st.set_problem(
            if view.problem.is_empty() {
                console_problem
            } else {
                &view.problem
            }
            .into(),
        );
        st.set_can_console(view.can_console);
        if let Some(console) = &view.console {
            self.show_console_view(&st, console);
        }
        st.set_screen(match view.screen {
            StationScreen::Login => ui::StationScreen::Login,
            StationScreen::Pin => ui::StationScreen::Pin,
            StationScreen::Scan => ui::StationScreen::Scan,
            StationScreen::Verdict => ui::StationScreen::Verdict,
            StationScreen::Board => ui::StationScreen::Board,
            StationScreen::Console => ui::StationScreen::Console,
        });
    }

    fn show_console_view(&self, st: &ui::Station<'_>, view: &ConsoleView) {
        let actions = |list: &[ActionView]| -> ModelRc<ui::ConsoleAction> {
            ModelRc::new(VecModel::from(
                list.iter()
                    .map(|a| ui::ConsoleAction {
                        id: a.id.as_str().into(),
                        label: a.label.as_str().into(),
                        font: crate::i18n::font_family(a.locale.as_deref().unwrap_or(FALLBACK))
                            .into(),
                        chosen: a.chosen,
                    })
                    .collect::<Vec<_>>(),
            ))
        };
        let icon = |name: &Option<String>| {
            name.as_deref()
                .map(|n| self.icons.get(n))
                .unwrap_or_default()
        };
        st.set_console_tab(match view.tab {
            Tab::Services => 0,
            Tab::Staff => 1,
            Tab::Questions => 2,
        });
        st.set_console_tabs(actions(&view.tabs));
        st.set_console_top(actions(&view.top));
        st.set_console_rows(in_place(
            st.get_console_rows(),
            view.rows
                .iter()
                .map(|r| ui::ConsoleRow {
                    id: r.id as i32,
                    title: r.title.as_str().into(),
                    detail: r.detail.as_str().into(),
                    off: r.off,
                    icon: icon(&r.icon),
                    actions: actions(&r.actions),
                })
                .collect(),
        ));
        st.set_console_form(view.form.is_some());
        if let Some(form) = &view.form {
            st.set_form_title(form.title.as_str().into());
            // The languages on two rows: half on each.
            let half = form.languages.len().div_ceil(2);
            let (first, second) = form.languages.split_at(half.min(form.languages.len()));
            st.set_form_languages_1(actions(first));
            st.set_form_languages_2(actions(second));
            st.set_form_note(form.note.as_str().into());
            st.set_form_stranded(in_place(
                st.get_form_stranded(),
                form.stranded.iter().map(SharedString::from).collect(),
            ));
            st.set_form_actions(actions(&form.actions));
            st.set_form_fields(in_place(
                st.get_form_fields(),
                form.fields
                    .iter()
                    .map(|f| ui::FormField {
                        id: f.id.as_str().into(),
                        label: f.label.as_str().into(),
                        value: f.value.as_str().into(),
                        kind: match f.kind {
                            FieldKind::Text => "text",
                            FieldKind::Secret => "secret",
                            FieldKind::Choice => "choice",
                            FieldKind::Toggle => "toggle",
                        }
                        .into(),
                        focused: f.focused,
                        icon: icon(&f.icon),
                        placeholder: f.placeholder.as_str().into(),
                    })
                    .collect(),
            ));
        }
    }
}

/// A station wired to its window; dropping it stops the idle tick.
pub struct Connected {
    pub controller: Rc<RefCell<StationController>>,
    _tick: slint::Timer,
}

/// A callback that counts as activity, acts, and redraws.
fn handler<A: 'static>(
    window: &ui::StaffWindow,
    controller: &Rc<RefCell<StationController>>,
    act: impl Fn(&mut StationController, A) + 'static,
) -> impl Fn(A) + 'static {
    crate::wiring::on(
        window,
        controller,
        move |c: &mut StationController, arg| {
            c.touched();
            act(c, arg);
        },
        |c, window| c.show(window),
    )
}

pub fn connect(window: &ui::StaffWindow, controller: StationController) -> Connected {
    crate::wiring::translate(window.global::<ui::Tr>(), &controller.translations);
    let controller = Rc::new(RefCell::new(controller));
    let st = window.global::<ui::Station>();
    let simple = |act: fn(&mut StationController)| {
        let f = handler(window, &controller, move |c, ()| act(c));
        move || f(())
    };
    // Keystrokes are not activity by themselves: scanner noise must not keep a station
    // logged in (a genuine scan counts, in `scan`).
    {
        let weak = window.as_weak();
        let controller = Rc::clone(&controller);
        st.on_key(move |text, shortcut| {
            if let Some(window) = weak.upgrade() {
                let mut c = controller.borrow_mut();
                if c.key(&text, shortcut) {
                    c.show(&window);
                }
            }
        });
    }
    st.on_choose_staff(handler(window, &controller, |c, id: i32| {
        c.choose_staff(id)
    }));
    st.on_pin_key(handler(window, &controller, |c, k: SharedString| {
        c.pin_key(&k)
    }));
    st.on_code_key(handler(window, &controller, |c, k: SharedString| {
        c.code_key(&k)
    }));
    st.on_no_show(handler(window, &controller, |c, id: i32| c.no_show(id)));
    st.on_cancel(handler(window, &controller, |c, id: i32| c.cancel(id)));
    st.on_change_quantity(handler(window, &controller, |c, d: i32| {
        c.change_quantity(d)
    }));
    st.on_call_next(simple(StationController::call_next));
    st.on_change_capacity(handler(window, &controller, |c, d: i32| {
        c.change_capacity(d)
    }));
    st.on_serve(simple(StationController::serve));
    st.on_help_going(handler(window, &controller, |c, id: i32| {
        c.help_going(i64::from(id))
    }));
    st.on_next(simple(StationController::next));
    st.on_show_board(simple(StationController::show_board));
    st.on_show_scan(simple(StationController::next));
    st.on_close_today(simple(StationController::close_today));
    st.on_logout(simple(StationController::logout));
    st.on_show_console(handler(window, &controller, |c, tab: i32| {
        c.show_console(tab)
    }));
    {
        let act = handler(window, &controller, |c, (id, row): (SharedString, i32)| {
            c.console_action(&id, i64::from(row))
        });
        st.on_console_action(move |id, row| act((id, row)));
    }
    st.on_form_field(handler(window, &controller, |c, id: SharedString| {
        c.form_field(&id)
    }));
    let tick = crate::wiring::tick_every_second(
        window,
        &controller,
        StationController::tick,
        |c, window| c.show(window),
    );
    controller.borrow().show(window);
    Connected {
        controller,
        _tick: tick,
    }
}

/// Opens the station window and runs until it is closed.
pub fn run(controller: StationController) -> Result<(), slint::PlatformError> {
    let window = ui::StaffWindow::new()?;
    let speaker = Speaker::new(controller.app.config.station_volume);
    let connected = connect(&window, controller);
    // A kiosk's call for help rings once on every station where someone is logged in.
    let bell = slint::Timer::default();
    let ringing = Rc::clone(&connected.controller);
    bell.start(
        slint::TimerMode::Repeated,
        std::time::Duration::from_secs(1),
        move || {
            if ringing.borrow_mut().take_ring() {
                speaker.queue(Announcement {
                    chime: true,
                    words: Vec::new(),
                });
            }
        },
    );
    window.run()
}
