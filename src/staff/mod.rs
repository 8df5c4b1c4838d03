//! The staff station: PIN login, scanning with the USB scanner (it types like a keyboard,
//! ending with Enter), verdicts, serving, and today's board for the desk, each action
//! through `App` with its audit row. `view.rs` turns the state into what the screens show
//! (pure), `window.rs` maps that onto the Slint window.

pub mod console;
pub mod view;
mod window;

use std::rc::Rc;

use chrono::{DateTime, Duration, Utc};

use crate::accounts::{self, LoginError};
use crate::app::{Actor, AuditAction, HelpCall, Role, StaffId, StaffMember, StoreError};
use crate::app::{App, ScanOutcome};
use crate::clock::Clock;
use crate::domain::{Booking, BookingId, Service, Status, Verdict, local_date};
use crate::i18n::{Tr, Translations};
use crate::keyboard::{self, Key, LineBuffer};
use crate::messages;

pub use window::{Connected, connect, run};

/// What a scanner may type in one go before Enter; anything longer is garbage.
const MAX_SCAN: usize = 256;

/// Where the station is: logging in, typing a PIN, waiting for a scan, a scan's verdict,
/// or today's board.
#[derive(Clone, Debug)]
pub enum Step {
    Login,
    Pin(StaffId, String),
    Scan,
    Verdict(Box<ScanOutcome>),
    Board,
    /// The coordinator's console (administrators only).
    Console(Box<console::Console>),
}

pub struct StationController {
    app: App,
    translations: Rc<Translations>,
    clock: Rc<dyn Clock>,
    desk: Option<Service>,
    station: String,
    step: Step,
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
    /// The day the nightly forgetting step last ran (at start-up, then daily).
    forgotten_on: Option<chrono::NaiveDate>,
    /// The characters typed last into a form at a machine's speed, and when the last one
    /// came: a slip scanned into a form is taken out of it again.
    form_burst: (usize, Option<DateTime<Utc>>),
    /// A service whose withdrawal waits for a second tap (it has bookings to serve).
    pending_withdraw: Option<crate::domain::ServiceId>,
    icons: crate::wiring::IconCache,
    /// Kiosks' calls for help nobody has answered (read while someone is logged in).
    help_calls: Vec<HelpCall>,
    /// The newest call for help this station has rung for.
    rung_for: i64,
    /// A new call for help came: the window rings once.
    ring: bool,
    /// When this station last passed on standby offers nobody took.
    passed_on_at: Option<DateTime<Utc>>,
}

/// How often a station looks for standby offers that went by unused.
const PASS_ON_EVERY: Duration = Duration::seconds(15);

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
            step: Step::Login,
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
            forgotten_on: None,
            form_burst: (0, None),
            pending_withdraw: None,
            icons: Default::default(),
            help_calls: Vec::new(),
            rung_for: 0,
            ring: false,
            passed_on_at: None,
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
            if let Step::Pin(..) = self.step {
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
            if self.console_form_open() {
                self.console_form_key(key, now);
                changed = true;
                continue;
            }
            if let Some(line) = self.keys.feed(key, now) {
                changed = true;
                match self.step {
                    Step::Login => self.choose_staff_named(&line),
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
    fn store_error(&self, e: &StoreError) -> String {
        log::error!("station {}: database error: {e}", self.station);
        messages::store_error(self.tr(), e)
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
                self.step = Step::Verdict(Box::new(outcome));
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
        self.step = Step::Pin(id, name);
    }

    pub fn pin_key(&mut self, key: &str) {
        let Step::Pin(id, _) = self.step.clone() else {
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
                self.step = Step::Scan;
                self.reload_help_calls();
            }
            Err(e) => {
                if matches!(e, LoginError::Wait { .. } | LoginError::Locked) {
                    log::warn!("station {}: staff login refused: {e}", self.station);
                }
                self.message = messages::login_error(self.tr(), self.app.config.timezone, &e);
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
        let Step::Verdict(outcome) = self.step.clone() else {
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
            .clamp(1, view::per_visit_limit(&services, &booking));
        let served = self.app.serve(&self.actor(), &booking, quantity, now);
        let verdict = match self.done(served) {
            Some(true) => Verdict::Served,
            Some(false) => Verdict::AlreadyServed,
            None => return,
        };
        self.step = Step::Verdict(Box::new(ScanOutcome {
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

    /// The − and + beside "Served", for items handed out.
    pub fn change_quantity(&mut self, delta: i32) {
        let Step::Verdict(outcome) = &self.step else {
            return;
        };
        let Some(booking) = outcome.booking.clone() else {
            return;
        };
        if let Some(services) = self.services() {
            let limit = view::per_visit_limit(&services, &booking);
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
            self.step = Step::Scan;
        }
    }

    pub fn show_board(&mut self) {
        if self.staff.is_some() {
            self.step = Step::Board;
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
        self.desk.as_ref().map_or(0, |desk| {
            view::day_capacity(desk, services, self.clock.now(), self.app.config.timezone)
        })
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
        self.help_calls.clear();
        self.step = Step::Login;
    }

    /// Logs out after the idle minutes; any tap or scan counts as activity.
    /// Returns whether the screen must be drawn again: a logout, a change committed by
    /// another process (`data_version`), or a new minute (board statuses follow the time).
    /// An idle station does nothing more.
    pub fn tick(&mut self) -> bool {
        let now = self.clock.now();
        let today = local_date(now, self.app.config.timezone);
        if self.forgotten_on != Some(today) {
            crate::slips::forget(&self.app, now);
            self.forgotten_on = Some(today);
        }
        let logged_out = self.staff.is_some() && now - self.last_activity >= self.idle_logout;
        if logged_out {
            self.logout();
        }
        if self.passed_on_at.is_none_or(|at| now - at >= PASS_ON_EVERY) {
            self.passed_on_at = Some(now);
            if let Err(e) = self.app.pass_on_standby(now) {
                log::warn!("station: cannot pass on standby places: {e}");
            }
        }
        let version = self.app.data_version().ok();
        let minute = now.timestamp() / 60;
        if version.is_some() && (version != self.seen_version || Some(minute) != self.seen_minute) {
            self.reload_own_texts();
            self.recheck_staff();
            self.reload_help_calls();
        }
        let changed = logged_out
            || version.is_none()
            || version != self.seen_version
            || Some(minute) != self.seen_minute;
        self.seen_version = version;
        self.seen_minute = Some(minute);
        changed
    }

    /// Reads the kiosks' open calls for help; a call newer than any this station rang for
    /// rings. A station where nobody is logged in shows none: nobody could answer.
    fn reload_help_calls(&mut self) {
        if self.staff.is_none() {
            self.help_calls.clear();
            return;
        }
        match self.app.open_help_calls() {
            Ok(calls) => {
                let newest = calls.iter().map(|c| c.id).max().unwrap_or(0);
                if newest > self.rung_for {
                    self.ring = true;
                    self.rung_for = newest;
                }
                self.help_calls = calls;
            }
            Err(e) => log::warn!("station: cannot read the calls for help: {e}"),
        }
    }

    /// "I am going" to a kiosk's call for help; when a colleague answered first, says so.
    pub fn help_going(&mut self, call: i64) {
        if self.staff.is_none() {
            return;
        }
        let answered = self.app.answer_help(&self.actor(), call, self.clock.now());
        if let Some(false) = self.done(answered) {
            self.message = self.tr().t("station-help-taken");
        }
        self.reload_help_calls();
    }

    /// Whether a new call for help should ring now (asked once per ring).
    pub fn take_ring(&mut self) -> bool {
        std::mem::take(&mut self.ring)
    }

    /// The open calls for help this station shows.
    pub fn help_calls(&self) -> &[HelpCall] {
        &self.help_calls
    }

    /// Reads the coordinator's own texts again: after another program's change, and after
    /// this station's own (SQLite's version does not move for a connection's own commits).
    pub(super) fn reload_own_texts(&mut self) {
        match self.app.own_texts() {
            Ok(texts) => self.translations.set_own_texts(texts),
            Err(e) => log::warn!("station: cannot read the coordinator's texts: {e}"),
        }
    }

    /// Reads the logged-in account again after a change anywhere: a disabled account is
    /// logged out, and a role taken away takes the console with it.
    pub(super) fn recheck_staff(&mut self) {
        let Some(id) = self.staff.as_ref().map(|s| s.id) else {
            return;
        };
        match self.app.staff_member(id) {
            Ok(Some(member)) if member.active => {
                if member.role != Role::Admin && matches!(self.step, Step::Console(_)) {
                    self.step = Step::Scan;
                }
                self.staff = Some(member);
            }
            Ok(_) => self.logout(),
            Err(e) => log::warn!("station: cannot read the account logged in: {e}"),
        }
    }

    pub fn touched(&mut self) {
        self.last_activity = self.clock.now();
    }
}
