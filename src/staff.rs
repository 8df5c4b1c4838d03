//! Wires the staff station (`ui/staff.slint`) to the store: PIN login, scanning with the
//! USB scanner (it types like a keyboard, ending with Enter), verdicts, serving, and
//! today's board for the desk. Every staff action is written to the audit log.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use crate::accounts::{self, LoginError};
use crate::app::{App, ScanOutcome};
use crate::domain::{Booking, BookingId, Service, Status, Verdict, local_date};
use crate::i18n::{Tr, Translations};
use crate::kiosk::Clock;
use crate::store::{AuditAction, AuditEntry, StaffId, StaffMember};
use crate::ui;

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
    scanned: String,
    message: String,
    last_activity: DateTime<Utc>,
    idle_logout: Duration,
    /// Items to hand out when the verdict on screen is served.
    quantity: u32,
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
            scanned: String::new(),
            message: String::new(),
            last_activity: now,
            idle_logout,
            quantity: 1,
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

    fn audit(&mut self, action: AuditAction, booking: Option<&Booking>, detail: String) {
        let entry = AuditEntry {
            at: self.clock.now(),
            staff: self.staff.as_ref().map(|s| s.id),
            station: self.station.clone(),
            action,
            service: booking
                .map(|b| b.service)
                .or(self.desk.as_ref().map(|d| d.id)),
            booking: booking.map(|b| b.id),
            detail,
        };
        // The audit log must not stop the desk: a failed write is reported on screen.
        if self
            .app
            .store
            .audit(&entry, self.app.config.timezone)
            .is_err()
        {
            self.message = self.tr().t("station-audit-failed");
        }
    }

    /// A keystroke from the scanner or a keyboard. Enter ends a scan.
    pub fn key(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' || c == '\r' {
                let raw = std::mem::take(&mut self.scanned);
                if !raw.trim().is_empty() {
                    self.scan(&raw);
                }
            } else if self.scanned.len() < MAX_SCAN * 4 {
                self.scanned.push(c);
            }
        }
    }

    fn scan(&mut self, raw: &str) {
        let now = self.clock.now();
        if self.staff.is_none() {
            self.message = self.tr().t("station-login-first");
            return;
        }
        self.last_activity = now;
        // Anything longer than a slip could be is garbage, whatever it contains.
        let raw = if raw.len() > MAX_SCAN { "" } else { raw };
        let desk = self.desk.as_ref().map(|d| d.id);
        let serve = self
            .desk
            .as_ref()
            .is_some_and(|d| self.app.config.serve_on_scan.contains(&d.slug));
        match self.app.scan(raw, desk, serve, now) {
            Ok(outcome) => {
                self.quantity = outcome.booking.as_ref().map_or(1, |b| b.quantity.max(1));
                if outcome.verdict == Verdict::Served {
                    self.audit(AuditAction::Serve, outcome.booking.as_ref(), String::new());
                }
                self.view = View::Verdict(Box::new(outcome));
            }
            Err(e) => {
                self.message = self
                    .tr()
                    .args("error-store", &[("detail", e.to_string().into())])
            }
        }
    }

    pub fn choose_staff(&mut self, id: i32) {
        let id = StaffId(i64::from(id));
        let name = self
            .app
            .store
            .staff_by_id(id)
            .ok()
            .flatten()
            .map(|s| s.name)
            .unwrap_or_default();
        self.pin.clear();
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
            Err(e) => self.message = login_error(self.tr(), &self.app, &e),
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
        let quantity = self
            .quantity
            .clamp(1, Self::per_visit_limit(&self.services(), &booking));
        let verdict = match self.app.store.serve_quantity(booking.id, quantity, now) {
            Ok(true) => {
                self.audit(AuditAction::Serve, Some(&booking), quantity.to_string());
                Verdict::Served
            }
            Ok(false) => Verdict::AlreadyServed,
            Err(_) => return,
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

    /// The catalogue as stored now (staff may have changed today's capacity).
    fn services(&self) -> Vec<Service> {
        self.app.store.services().unwrap_or_default()
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
        if let View::Verdict(outcome) = &self.view
            && let Some(booking) = &outcome.booking
        {
            let limit = Self::per_visit_limit(&self.services(), booking);
            self.quantity = self.quantity.saturating_add_signed(delta).clamp(1, limit);
        }
    }

    /// "Call next" at a queue desk.
    pub fn call_next(&mut self) {
        let Some(desk) = self.desk.clone() else {
            return;
        };
        let day = local_date(self.clock.now(), self.app.config.timezone);
        self.message = match self.app.store.call_next(desk.id, day) {
            Ok(Some(_)) => String::new(),
            Ok(None) => self.tr().t("station-nobody-waiting"),
            Err(e) => self
                .tr()
                .args("error-store", &[("detail", e.to_string().into())]),
        };
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

    fn board_booking(&self, id: i32) -> Option<Booking> {
        let desk = self.desk.as_ref()?;
        let day = local_date(self.clock.now(), self.app.config.timezone);
        self.app
            .store
            .day_bookings(desk.id, day)
            .ok()?
            .into_iter()
            .find(|b| b.id == BookingId(i64::from(id)))
    }

    pub fn no_show(&mut self, id: i32) {
        if let Some(b) = self.board_booking(id)
            && self.app.store.mark_no_show(b.id).unwrap_or(false)
        {
            self.audit(AuditAction::NoShow, Some(&b), String::new());
        }
    }

    pub fn cancel(&mut self, id: i32) {
        let now = self.clock.now();
        if let Some(b) = self.board_booking(id)
            && self.app.store.cancel(b.id, now).unwrap_or(false)
        {
            self.audit(AuditAction::Cancel, Some(&b), String::new());
        }
    }

    pub fn close_today(&mut self) {
        let now = self.clock.now();
        if let Some(desk) = &self.desk {
            let day = local_date(now, self.app.config.timezone);
            if self.app.store.close_rest_of_day(desk.id, day, now).is_ok() {
                self.audit(AuditAction::CloseService, None, String::new());
            }
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
        let now = self.clock.now();
        let Some(desk) = self.desk.clone() else {
            return;
        };
        let capacity = self
            .day_capacity(&self.services())
            .saturating_add_signed(delta);
        let day = local_date(now, self.app.config.timezone);
        if self
            .app
            .store
            .set_day_capacity(desk.id, day, capacity)
            .is_ok()
        {
            self.audit(AuditAction::Capacity, None, capacity.to_string());
        }
    }

    pub fn logout(&mut self) {
        if self.staff.is_some() {
            self.audit(AuditAction::Logout, None, String::new());
        }
        self.staff = None;
        self.pin.clear();
        self.typed.clear();
        self.message.clear();
        self.view = View::Login;
    }

    /// Logs out after the idle minutes; any tap or scan counts as activity.
    pub fn tick(&mut self) {
        if self.staff.is_some() && self.clock.now() - self.last_activity >= self.idle_logout {
            self.logout();
        }
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
        window.global::<ui::Tr>().set_lang(tr.locale().into());
        let st = window.global::<ui::Station>();
        let desk_name = self.desk.as_ref().map_or_else(
            || tr.t("station-all-desks"),
            |d| tr.t(&format!("service-{}", d.slug)),
        );
        st.set_desk_name(desk_name.into());
        st.set_staff_name(
            self.staff
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default()
                .into(),
        );
        let members = self.app.store.staff_members().unwrap_or_default();
        st.set_staff(model(
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
        st.set_typed(self.typed.as_str().into());
        st.set_keys(model(
            CODE_KEYS
                .chars()
                .map(|c| SharedString::from(c.to_string()))
                .collect(),
        ));
        // One read of the catalogue per frame, shared by everything below.
        let services = self.services();
        let booking_words = |b: &Booking| -> String {
            let name = services
                .iter()
                .find(|s| s.id == b.service)
                .map(|s| tr.t(&format!("service-{}", s.slug)))
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
                    Verdict::Valid | Verdict::Served => 0,
                    Verdict::AlreadyServed
                    | Verdict::TooEarly
                    | Verdict::TooLate
                    | Verdict::OtherService => 1,
                    _ => 2,
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
                    title: tr
                        .t(&format!(
                            "verdict-{}",
                            outcome.verdict.as_str().replace('_', "-")
                        ))
                        .into(),
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
            let bookings = self
                .app
                .store
                .day_bookings(desk.id, day)
                .unwrap_or_default();
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
            st.set_board(model(
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
                            status: tr
                                .t(&format!("status-{}", status.as_str().replace('_', "-")))
                                .into(),
                            tone: match status {
                                Status::Booked => 0,
                                Status::Served => 3,
                                _ => 1,
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
                self.app.store.called(desk.id, day).unwrap_or(0)
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
        st.set_screen(screen);
    }
}

/// Why a PIN did not open, in words for the person at the screen.
pub fn login_error(tr: Tr<'_>, app: &App, e: &LoginError) -> String {
    match e {
        LoginError::WrongPin {
            attempts_before_wait,
        } => tr.args(
            "station-login-wrong",
            &[("left", (*attempts_before_wait).into())],
        ),
        LoginError::Wait { until } => {
            let tz = app.config.timezone;
            let time = until.with_timezone(&tz).format("%H:%M:%S").to_string();
            tr.args("station-login-wait", &[("time", time.into())])
        }
        LoginError::Locked => tr.t("station-login-locked"),
        LoginError::Disabled | LoginError::UnknownStaff => tr.t("station-login-disabled"),
        LoginError::Store(e) => tr.args("error-store", &[("detail", e.to_string().into())]),
    }
}

fn model<T: Clone + 'static>(items: Vec<T>) -> ModelRc<T> {
    ModelRc::new(VecModel::from(items))
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
    st.on_key(handler(window, &controller, |c, text: SharedString| {
        c.key(&text)
    }));
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
    let tick = slint::Timer::default();
    {
        let weak = window.as_weak();
        let controller = Rc::clone(&controller);
        tick.start(
            slint::TimerMode::Repeated,
            StdDuration::from_secs(1),
            move || {
                if let Some(window) = weak.upgrade() {
                    let mut c = controller.borrow_mut();
                    c.tick();
                    c.show(&window);
                }
            },
        );
    }
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
