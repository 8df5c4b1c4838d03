//! Wires the staff station (`ui/staff.slint`) to the store: PIN login, scanning with the
//! USB scanner (it types like a keyboard, ending with Enter), verdicts, serving, and
//! today's board for the desk. Every staff action is written to the audit log.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Duration, Utc};
use slint::{ComponentHandle, SharedString};

use crate::accounts::{self, LoginError};
use crate::app::{Actor, AuditAction, Role, StaffId, StaffMember, StoreError};
use crate::app::{App, ScanOutcome};
use crate::clock::Clock;
use crate::domain::{Booking, BookingId, Service, Status, Verdict, local_date};
use crate::i18n::{Tr, Translations};
use crate::keyboard::{self, Key, LineBuffer};
use crate::messages;
use crate::ui;
use crate::wiring::in_place;

/// What a scanner may type in one go before Enter; anything longer is garbage.
const MAX_SCAN: usize = 256;

/// The characters of a short code, for the on-screen keypad.
const CODE_KEYS: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#[derive(Clone, Debug)]
enum View {
    Login,
    Pin(StaffId, String),
    Scan,
    Verdict(Box<ScanOutcome>),
    Board,
}

pub struct StationController {
    app: App,
    translations: Rc<Translations>,
    clock: Rc<dyn Clock>,
    desk: Option<Service>,
    station: String,
    view: View,
    staff: Option<StaffMember>,
    pin: accounts::PinEntry,
    typed: String,
    /// Keystrokes from the scanner or the desk's keyboard, until Enter or Tab.
    keys: LineBuffer,
    message: String,
    last_activity: DateTime<Utc>,
    idle_logout: Duration,
    /// Items to hand out when the verdict on screen is served.
    quantity: u32,
    /// What the last tick saw: another process's commits and the minute.
    seen_version: Option<i64>,
    seen_minute: Option<i64>,
}

impl StationController {
    pub fn new(
        app: App,
        translations: Rc<Translations>,
        clock: Rc<dyn Clock>,
        desk: Option<Service>,
    ) -> StationController {
        let now = clock.now();
        let station = desk
            .as_ref()
            .map_or_else(|| "staff".to_owned(), |d| format!("desk:{}", d.slug));
        let idle_logout = Duration::minutes(i64::from(app.config.staff_idle_minutes));
        StationController {
            app,
            translations,
            clock,
            desk,
            station,
            view: View::Login,
            staff: None,
            pin: accounts::PinEntry::default(),
            typed: String::new(),
            keys: LineBuffer::default(),
            message: String::new(),
            last_activity: now,
            idle_logout,
            quantity: 1,
            seen_version: None,
            seen_minute: None,
        }
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    /// The staff member logged in at this station, if any.
    pub fn staff(&self) -> Option<&StaffMember> {
        self.staff.as_ref()
    }

    fn tr(&self) -> Tr<'_> {
        self.translations.lang(&self.app.config.language)
    }

    /// Who acts at this station, for the audit log.
    fn actor(&self) -> Actor {
        Actor {
            staff: self.staff.as_ref().map(|s| s.id),
            station: self.station.clone(),
            desk: self.desk.as_ref().map(|d| d.id),
        }
    }

    /// The answer of an action, or `None` with the database's error on screen and in the
    /// log.
    fn done<T>(&mut self, result: Result<T, StoreError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.message = self.store_error(&e);
                None
            }
        }
    }

    /// A key press from the scanner or the desk's keyboard, as Slint reports it: `text` is
    /// the event's text and `shortcut` whether Control or Meta was held. On the PIN screen
    /// digits, Backspace and Enter type the PIN; on the login screen a name and Enter choose
    /// who logs in; elsewhere Enter or Tab ends a scan. Returns whether the screen changed:
    /// the characters of a scanner's burst change nothing until its Enter, so the station
    /// does not redraw (nor read the database) once per character.
    pub fn key(&mut self, text: &str, shortcut: bool) -> bool {
        let now = self.clock.now();
        let shown = self.keys.shown().to_owned();
        let mut changed = false;
        for key in keyboard::keys_of(text, shortcut) {
            if let View::Pin(..) = self.view {
                match key {
                    Key::Char(c) if c.is_ascii_digit() => self.pin_key(&c.to_string()),
                    Key::Erase => self.pin_key("clear"),
                    Key::Enter => self.pin_key("ok"),
                    Key::Clear => self.pin.clear(),
                    Key::Char(_) => {}
                }
                changed = true;
                continue;
            }
            if let Some(line) = self.keys.feed(key, now) {
                changed = true;
                match self.view {
                    View::Login => self.choose_staff_named(&line),
                    _ => self.scan(&line),
                }
            }
        }
        changed || self.keys.shown() != shown
    }

    /// Chooses the staff member whose name was typed at the login screen (the whole name
    /// or the start of just one name, in any case).
    fn choose_staff_named(&mut self, typed: &str) {
        let typed = typed.trim().to_lowercase();
        let members = match self.app.staff_members() {
            Ok(members) => members,
            Err(e) => {
                self.message = self.store_error(&e);
                return;
            }
        };
        let active: Vec<_> = members.into_iter().filter(|m| m.active).collect();
        let exact = active.iter().find(|m| m.name.to_lowercase() == typed);
        let mut starting = active
            .iter()
            .filter(|m| m.name.to_lowercase().starts_with(&typed));
        let chosen = exact.or_else(|| match (starting.next(), starting.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        });
        match chosen {
            Some(member) => {
                let id = member.id;
                self.choose(id, member.name.clone());
            }
            None => self.message = self.tr().t("station-login-first"),
        }
    }

    /// A database error in words for the screen, and in the log.
    fn store_error(&self, e: &impl std::fmt::Display) -> String {
        log::error!("station {}: database error: {e}", self.station);
        self.problem_text(e)
    }

    fn problem_text(&self, e: &impl std::fmt::Display) -> String {
        self.tr()
            .args("error-store", &[("detail", e.to_string().into())])
    }

    fn scan(&mut self, raw: &str) {
        let now = self.clock.now();
        if self.staff.is_none() {
            self.message = self.tr().t("station-login-first");
            return;
        }
        // Anything longer than a slip could be is garbage, whatever it contains.
        let raw = if raw.len() > MAX_SCAN { "" } else { raw };
        let desk = self.desk.as_ref().map(|d| d.id);
        let serve = self
            .desk
            .as_ref()
            .is_some_and(|d| self.app.config.serve_on_scan.contains(&d.slug));
        let actor = self.actor();
        match self.app.scan(raw, desk, serve.then_some(&actor), now) {
            Ok(outcome) => {
                // Scanner noise and strangers' papers do not keep a station logged in.
                if !matches!(
                    outcome.verdict,
                    Verdict::Forged | Verdict::Malformed | Verdict::Unknown
                ) {
                    self.last_activity = now;
                }
                self.quantity = outcome.booking.as_ref().map_or(1, |b| b.quantity.max(1));
                self.view = View::Verdict(Box::new(outcome));
            }
            Err(e) => self.message = self.store_error(&e),
        }
    }

    pub fn choose_staff(&mut self, id: i32) {
        let id = StaffId(i64::from(id));
        match self.app.staff_member(id) {
            Ok(Some(member)) => self.choose(id, member.name),
            Ok(None) => self.message = self.tr().t("station-login-disabled"),
            Err(e) => self.message = self.store_error(&e),
        }
    }

    fn choose(&mut self, id: StaffId, name: String) {
        self.pin.clear();
        self.keys.clear();
        self.message.clear();
        self.view = View::Pin(id, name);
    }

    pub fn pin_key(&mut self, key: &str) {
        let View::Pin(id, _) = self.view.clone() else {
            return;
        };
        let Some(pin) = self.pin.key(key) else {
            return;
        };
        let now = self.clock.now();
        match accounts::login(&self.app, id, &pin, &self.station, now) {
            Ok(member) => {
                self.staff = Some(member);
                self.message.clear();
                self.last_activity = now;
                self.view = View::Scan;
            }
            Err(e) => {
                if matches!(e, LoginError::Wait { .. } | LoginError::Locked) {
                    log::warn!("station {}: staff login refused: {e}", self.station);
                }
                self.message = crate::wiring::login_error(self.tr(), &self.app, &e);
            }
        }
    }

    pub fn code_key(&mut self, key: &str) {
        match key {
            "erase" => {
                self.typed.pop();
            }
            "ok" => {
                let typed = std::mem::take(&mut self.typed);
                self.scan(&typed);
            }
            k if k.chars().count() == 1 && self.typed.len() < 8 => self.typed.push_str(k),
            _ => {}
        }
    }

    pub fn serve(&mut self) {
        let now = self.clock.now();
        let View::Verdict(outcome) = self.view.clone() else {
            return;
        };
        let Some(booking) = outcome.booking.clone() else {
            return;
        };
        if outcome.verdict != Verdict::Valid {
            return;
        }
        let Some(services) = self.services() else {
            return;
        };
        let quantity = self
            .quantity
            .clamp(1, Self::per_visit_limit(&services, &booking));
        let served = self.app.serve(&self.actor(), &booking, quantity, now);
        let verdict = match self.done(served) {
            Some(true) => Verdict::Served,
            Some(false) => Verdict::AlreadyServed,
            None => return,
        };
        self.view = View::Verdict(Box::new(ScanOutcome {
            verdict,
            booking: Some(Booking {
                status: Status::Served,
                ..booking
            }),
            visit: outcome.visit.clone(),
        }));
    }

    /// The catalogue as stored now (staff may have changed today's capacity), or `None`
    /// with the database's error on screen: no action guesses from an empty catalogue.
    fn services(&mut self) -> Option<Vec<Service>> {
        let services = self.app.services();
        self.done(services)
    }

    /// How many items one visit may take of a booking's service.
    fn per_visit_limit(services: &[Service], booking: &Booking) -> u32 {
        services
            .iter()
            .find(|s| s.id == booking.service)
            .map_or(1, |s| s.per_visit_limit.max(1))
    }

    /// The − and + beside "Served", for items handed out.
    pub fn change_quantity(&mut self, delta: i32) {
        let View::Verdict(outcome) = &self.view else {
            return;
        };
        let Some(booking) = outcome.booking.clone() else {
            return;
        };
        if let Some(services) = self.services() {
            let limit = Self::per_visit_limit(&services, &booking);
            self.quantity = self.quantity.saturating_add_signed(delta).clamp(1, limit);
        }
    }

    /// "Call next" at a queue desk.
    pub fn call_next(&mut self) {
        let Some(desk) = self.desk.clone() else {
            return;
        };
        let called = self.app.call_next(&self.actor(), desk.id, self.clock.now());
        match self.done(called) {
            Some(Some(_)) => self.message.clear(),
            Some(None) => self.message = self.tr().t("station-nobody-waiting"),
            None => {}
        }
    }

    pub fn next(&mut self) {
        if self.staff.is_some() {
            self.view = View::Scan;
        }
    }

    pub fn show_board(&mut self) {
        if self.staff.is_some() {
            self.view = View::Board;
        }
    }

    fn board_booking(&mut self, id: i32) -> Option<Booking> {
        let desk = self.desk.as_ref()?.id;
        let day = local_date(self.clock.now(), self.app.config.timezone);
        let bookings = self.app.day_bookings(desk, day);
        self.done(bookings)?
            .into_iter()
            .find(|b| b.id == BookingId(i64::from(id)))
    }

    pub fn no_show(&mut self, id: i32) {
        if let Some(b) = self.board_booking(id) {
            let marked = self.app.mark_no_show(&self.actor(), &b, self.clock.now());
            self.done(marked);
        }
    }

    pub fn cancel(&mut self, id: i32) {
        if let Some(b) = self.board_booking(id) {
            let cancelled = self.app.cancel(&self.actor(), &b, self.clock.now());
            self.done(cancelled);
        }
    }

    /// Whether the staff member logged in may change the day's plan (close a service,
    /// change capacity); if not, says so on screen.
    fn admin_or_refuse(&mut self) -> bool {
        let admin = self.staff.as_ref().is_some_and(|s| s.role == Role::Admin);
        if !admin {
            self.message = self.tr().t("station-admin-only");
        }
        admin
    }

    pub fn close_today(&mut self) {
        if !self.admin_or_refuse() {
            return;
        }
        if let Some(desk) = self.desk.clone() {
            let closed = self
                .app
                .close_rest_of_day(&self.actor(), desk.id, self.clock.now());
            self.done(closed);
        }
    }

    fn day_capacity(&self, services: &[Service]) -> u32 {
        let day = local_date(self.clock.now(), self.app.config.timezone);
        let Some(desk) = &self.desk else {
            return 0;
        };
        services
            .iter()
            .find(|s| s.id == desk.id)
            .map_or(desk.capacity, |s| s.capacity_on(day))
    }

    pub fn change_capacity(&mut self, delta: i32) {
        if !self.admin_or_refuse() {
            return;
        }
        let now = self.clock.now();
        let Some(desk) = self.desk.clone() else {
            return;
        };
        let Some(services) = self.services() else {
            return;
        };
        let capacity = self.day_capacity(&services).saturating_add_signed(delta);
        let changed = self
            .app
            .set_day_capacity(&self.actor(), desk.id, capacity, now);
        self.done(changed);
    }

    pub fn logout(&mut self) {
        if self.staff.is_some() {
            let logged = self
                .app
                .record(&self.actor(), AuditAction::Logout, self.clock.now());
            if let Err(e) = logged {
                log::error!(
                    "station {}: could not write the logout to the audit log: {e}",
                    self.station
                );
            }
        }
        self.staff = None;
        self.pin.clear();
        self.typed.clear();
        self.keys.clear();
        self.message.clear();
        self.view = View::Login;
    }

    /// Logs out after the idle minutes; any tap or scan counts as activity.
    /// Returns whether the screen must be drawn again: a logout, a change committed by
    /// another process (`data_version`), or a new minute (board statuses follow the time).
    /// An idle station does nothing more.
    pub fn tick(&mut self) -> bool {
        let now = self.clock.now();
        let logged_out = self.staff.is_some() && now - self.last_activity >= self.idle_logout;
        if logged_out {
            self.logout();
        }
        let version = self.app.data_version().ok();
        let minute = now.timestamp() / 60;
        let changed = logged_out
            || version.is_none()
            || version != self.seen_version
            || Some(minute) != self.seen_minute;
        self.seen_version = version;
        self.seen_minute = Some(minute);
        changed
    }

    pub fn touched(&mut self) {
        self.last_activity = self.clock.now();
    }

    /// Shows the state on the window.
    pub fn show(&self, window: &ui::StaffWindow) {
        let now = self.clock.now();
        let tr = self.tr();
        let tz = self.app.config.timezone;
        let hhmm = |t: DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
        crate::wiring::set_language(window.global::<ui::Tr>(), tr);
        let st = window.global::<ui::Station>();
        // Problems reading the database are shown as such, never as an empty board.
        let mut problem = String::new();
        let desk_name = self.desk.as_ref().map_or_else(
            || tr.t("station-all-desks"),
            |d| messages::service_name(tr, &d.slug),
        );
        st.set_desk_name(desk_name.into());
        st.set_staff_name(
            self.staff
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default()
                .into(),
        );
        let members = self.app.staff_members().unwrap_or_else(|e| {
            problem = self.problem_text(&e);
            Vec::new()
        });
        st.set_staff(in_place(
            st.get_staff(),
            members
                .iter()
                .filter(|m| m.active)
                .map(|m| ui::StaffData {
                    id: m.id.0 as i32,
                    name: m.name.as_str().into(),
                })
                .collect(),
        ));
        st.set_message(self.message.as_str().into());
        st.set_pin_dots(self.pin.dots().into());
        st.set_typed(
            if self.typed.is_empty() {
                self.keys.shown()
            } else {
                self.typed.as_str()
            }
            .into(),
        );
        st.set_keys(in_place(
            st.get_keys(),
            CODE_KEYS
                .chars()
                .map(|c| SharedString::from(c.to_string()))
                .collect(),
        ));
        // One read of the catalogue per frame, shared by everything below.
        let services = self.app.services().unwrap_or_else(|e| {
            problem = self.problem_text(&e);
            Vec::new()
        });
        let booking_words = |b: &Booking| -> String {
            let name = services
                .iter()
                .find(|s| s.id == b.service)
                .map(|s| messages::service_name(tr, &s.slug))
                .unwrap_or_default();
            match b.number {
                Some(n) => format!(
                    "{name}  {}",
                    tr.args("kiosk-when-number", &[("number", n.into())])
                ),
                None => format!("{name}  {}–{}", hhmm(b.slot.start), hhmm(b.slot.end)),
            }
        };
        let screen = match &self.view {
            View::Login => ui::StationScreen::Login,
            View::Pin(_, name) => {
                st.set_pin_for(name.as_str().into());
                ui::StationScreen::Pin
            }
            View::Scan => ui::StationScreen::Scan,
            View::Verdict(outcome) => {
                let tone = match outcome.verdict {
                    Verdict::Valid | Verdict::Served => ui::Tone::Good,
                    Verdict::AlreadyServed
                    | Verdict::TooEarly
                    | Verdict::TooLate
                    | Verdict::OtherService => ui::Tone::Caution,
                    _ => ui::Tone::Bad,
                };
                let language = outcome
                    .visit
                    .as_ref()
                    .map(|v| {
                        let own = self.translations.lang(&v.lang).t("language-name");
                        tr.args("station-slip-language", &[("language", own.into())])
                    })
                    .unwrap_or_default();
                let max_quantity = outcome
                    .booking
                    .as_ref()
                    .map_or(1, |b| Self::per_visit_limit(&services, b));
                st.set_verdict(ui::VerdictData {
                    quantity: self.quantity as i32,
                    max_quantity: max_quantity as i32,
                    tone,
                    title: messages::verdict(tr, outcome.verdict).into(),
                    booking: outcome
                        .booking
                        .as_ref()
                        .map(booking_words)
                        .unwrap_or_default()
                        .into(),
                    language: language.into(),
                    can_serve: outcome.verdict == Verdict::Valid,
                });
                ui::StationScreen::Verdict
            }
            View::Board => ui::StationScreen::Board,
        };
        if let Some(desk) = &self.desk {
            let day = local_date(now, tz);
            let bookings = self.app.day_bookings(desk.id, day).unwrap_or_else(|e| {
                problem = self.problem_text(&e);
                Vec::new()
            });
            let rules = &self.app.config.rules;
            let count = |status: Status| {
                bookings
                    .iter()
                    .filter(|b| b.effective_status(rules, now) == status)
                    .count()
            };
            st.set_board_summary(
                tr.args(
                    "station-board-summary",
                    &[
                        ("booked", count(Status::Booked).into()),
                        ("served", count(Status::Served).into()),
                        ("noshow", count(Status::NoShow).into()),
                    ],
                )
                .into(),
            );
            st.set_board(in_place(
                st.get_board(),
                bookings
                    .iter()
                    .filter(|b| b.status != Status::Cancelled)
                    .map(|b| {
                        let status = b.effective_status(rules, now);
                        ui::BoardRow {
                            id: b.id.0 as i32,
                            when: match b.number {
                                Some(n) => tr.args("kiosk-when-number", &[("number", n.into())]),
                                None => hhmm(b.slot.start),
                            }
                            .into(),
                            status: messages::status(tr, status).into(),
                            tone: match status {
                                Status::Booked => ui::Tone::Good,
                                Status::Served => ui::Tone::Off,
                                _ => ui::Tone::Caution,
                            },
                            open: status == Status::Booked,
                        }
                    })
                    .collect(),
            ));
            st.set_capacity(self.day_capacity(&services) as i32);
            let queue = desk.mode == crate::domain::Mode::Queue;
            st.set_queue_desk(queue);
            let called = if queue {
                self.app.called(desk.id, day).unwrap_or_else(|e| {
                    problem = self.problem_text(&e);
                    0
                })
            } else {
                0
            };
            st.set_calling(
                if called == 0 {
                    String::new()
                } else {
                    tr.args("station-now-calling", &[("number", called.into())])
                }
                .into(),
            );
        }
        st.set_problem(problem.into());
        st.set_screen(screen);
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
    st.on_next(simple(StationController::next));
    st.on_show_board(simple(StationController::show_board));
    st.on_show_scan(simple(StationController::next));
    st.on_close_today(simple(StationController::close_today));
    st.on_logout(simple(StationController::logout));
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
    let _connected = connect(&window, controller);
    window.run()
}
