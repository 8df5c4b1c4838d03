//! Wires the kiosk screens (`ui/kiosk.slint`) to the session state machine, the store and
//! the printer. The only code that touches both Slint types and domain types on the kiosk.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use slint::{ComponentHandle, Image, SharedString};

use crate::accounts;
use crate::app::{Actor, AuditAction, BookError, BookingRequest, Role, StaffMember};
use crate::app::{App, ServiceToday};
use crate::clock::Clock;
use crate::domain::booking::Wanted;
use crate::domain::session::{
    Choice, Effect, Event, Issued, Problem, Screen, Session, Timing, step,
};
use crate::domain::{
    Booking, DayAvailability, Refusal, Service, ServiceId, SlotAvailability, SlotState, local_date,
};
use crate::i18n::{Tr, Translations};
use crate::messages;
use crate::ui;
use crate::ui::Tone;
use crate::wiring::{font_family, in_place};

/// The staff corner of the kiosk: closed, asking for a PIN (the PIN alone says who it is:
/// a public screen lists no staff names), or open for a staff member.
#[derive(Clone, Debug)]
enum Corner {
    Closed,
    Pin,
    Menu(StaffMember),
}

/// The staff corner closes itself after this long without a touch, from any screen, so a
/// staff member who walks away leaves nothing open to the next person.
pub const CORNER_IDLE: chrono::Duration = chrono::Duration::seconds(30);

/// The kiosk's state and everything it needs, owned by the UI thread.
pub struct KioskController {
    app: App,
    translations: Rc<Translations>,
    clock: Rc<dyn Clock>,
    timing: Timing,
    session: Session,
    today: Vec<ServiceToday>,
    data_version: Option<i64>,
    refreshed_at: Option<DateTime<Utc>>,
    icons: HashMap<String, Image>,
    /// The bookings of the slip on the Done screen.
    issued: Vec<Booking>,
    corner: Corner,
    corner_pin: accounts::PinEntry,
    corner_message: String,
    /// The last touch in the staff corner.
    corner_touched_at: DateTime<Utc>,
    /// The database could not be read the last time the kiosk tried.
    unavailable: bool,
    /// The minute the clock on screen shows.
    shown_minute: Option<i64>,
    /// Staff chose "exit the kiosk".
    exit_requested: bool,
}

/// A kiosk wired to its window; dropping it stops the clock tick.
pub struct Connected {
    pub controller: Rc<RefCell<KioskController>>,
    _tick: slint::Timer,
}

impl KioskController {
    pub fn new(app: App, translations: Rc<Translations>, clock: Rc<dyn Clock>) -> KioskController {
        let now = clock.now();
        let timing = Timing {
            idle: chrono::Duration::seconds(i64::from(app.config.idle_seconds)),
            ..Timing::default()
        };
        KioskController {
            app,
            translations,
            clock,
            timing,
            session: Session::new(now),
            today: Vec::new(),
            data_version: None,
            refreshed_at: None,
            icons: HashMap::new(),
            issued: Vec::new(),
            corner: Corner::Closed,
            corner_pin: accounts::PinEntry::default(),
            corner_message: String::new(),
            corner_touched_at: now,
            unavailable: false,
            shown_minute: None,
            exit_requested: false,
        }
    }

    /// Whether staff asked the kiosk to close (the event loop has been told to stop).
    pub fn exit_requested(&self) -> bool {
        self.exit_requested
    }

    fn station_name(&self) -> String {
        format!("kiosk:{}", self.app.config.kiosk)
    }

    fn staff_tr(&self) -> Tr<'_> {
        self.translations.lang(&self.app.config.language)
    }

    /// A three-second press on the site's name: the staff corner asks for a PIN.
    pub fn corner_open(&mut self) {
        if matches!(self.corner, Corner::Closed) {
            self.corner = Corner::Pin;
            self.corner_pin.clear();
            self.corner_message.clear();
        }
        self.corner_touched();
    }

    /// A touch in the staff corner keeps it open for another [`CORNER_IDLE`].
    fn corner_touched(&mut self) {
        self.corner_touched_at = self.clock.now();
    }

    pub fn corner_pin_key(&mut self, key: &str) {
        self.corner_touched();
        if !matches!(self.corner, Corner::Pin) {
            return;
        }
        let Some(pin) = self.corner_pin.key(key) else {
            return;
        };
        let now = self.clock.now();
        let kiosk = self.app.config.kiosk.clone();
        match accounts::corner_login(&self.app, &kiosk, &self.station_name(), &pin, now) {
            Ok(member) => {
                log::info!("kiosk {kiosk}: staff corner opened by {}", member.name);
                self.corner_message.clear();
                self.corner = Corner::Menu(member);
            }
            Err(e) => {
                if let accounts::LoginError::Wait { until } = &e {
                    log::warn!("kiosk {kiosk}: staff corner locked until {until} after wrong PINs");
                }
                self.corner_message = crate::wiring::login_error(self.staff_tr(), &self.app, &e)
            }
        }
    }

    /// The staff member in the corner if they are an administrator; otherwise says that
    /// only an administrator may do this.
    fn corner_admin(&mut self) -> Option<StaffMember> {
        let member = self.corner_staff()?;
        if member.role == Role::Admin {
            Some(member)
        } else {
            self.corner_message = self.staff_tr().t("corner-admin-only");
            None
        }
    }

    fn corner_staff(&self) -> Option<StaffMember> {
        match &self.corner {
            Corner::Menu(member) => Some(member.clone()),
            _ => None,
        }
    }

    /// The staff member in the corner, at this kiosk, for the audit log.
    fn corner_actor(&self) -> Actor {
        Actor {
            staff: self.corner_staff().map(|m| m.id),
            station: self.station_name(),
            desk: None,
        }
    }

    pub fn corner_reprint(&mut self, code: &str) {
        self.corner_touched();
        if self.corner_staff().is_none() {
            return;
        }
        let tr = self.staff_tr();
        self.corner_message = match crate::slips::reissue(
            &self.app,
            &self.translations,
            code,
            None,
            self.clock.now(),
        ) {
            Ok(_) => tr.args("corner-reprinted", &[("code", code.into())]),
            Err(e) => tr.args("corner-failed", &[("detail", e.to_string().into())]),
        };
    }

    pub fn corner_close_service(&mut self, id: i32) {
        self.corner_touched();
        if self.corner_admin().is_none() {
            return;
        }
        let now = self.clock.now();
        let service = ServiceId(i64::from(id));
        let translations = Rc::clone(&self.translations);
        let language = self.app.config.language.clone();
        let tr = translations.lang(&language);
        let name = self
            .service(service)
            .map(|s| messages::service_name(tr, &s.service.slug))
            .unwrap_or_default();
        let closed = self
            .app
            .close_rest_of_day(&self.corner_actor(), service, now);
        self.corner_message = match closed {
            Ok(_) => {
                self.invalidate();
                tr.args("corner-closed", &[("service", name.into())])
            }
            Err(e) => {
                log::error!(
                    "kiosk {}: could not close a service: {e}",
                    self.app.config.kiosk
                );
                tr.args("corner-failed", &[("detail", e.to_string().into())])
            }
        };
    }

    /// Starts the staff station as its own process on the same data folder.
    pub fn corner_open_station(&mut self) {
        self.corner_touched();
        if self.corner_staff().is_none() {
            return;
        }
        let tr = self.staff_tr();
        let started = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .arg("--data-dir")
                .arg(self.app.data_dir.root())
                .arg("staff")
                .spawn()
        });
        self.corner_message = match started {
            Ok(_) => tr.t("corner-station-opened"),
            Err(e) => tr.args("corner-failed", &[("detail", e.to_string().into())]),
        };
    }

    /// Leaves the kiosk: only from the staff corner, after a PIN.
    pub fn corner_exit(&mut self) {
        self.corner_touched();
        let Some(member) = self.corner_admin() else {
            return;
        };
        let recorded = self.app.record(
            &self.corner_actor(),
            AuditAction::KioskClosed,
            self.clock.now(),
        );
        if let Err(e) = recorded {
            log::error!(
                "kiosk {}: could not write the closing to the audit log: {e}",
                self.app.config.kiosk
            );
        }
        log::warn!("kiosk {}: closed by {}", self.app.config.kiosk, member.name);
        self.exit_requested = true;
        let _ = slint::quit_event_loop();
    }

    pub fn corner_dismiss(&mut self) {
        self.corner = Corner::Closed;
        self.corner_pin.clear();
        self.corner_message.clear();
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    fn lang(&self) -> String {
        self.session
            .lang
            .clone()
            .unwrap_or_else(|| self.app.config.language.clone())
    }

    /// Reloads today's services when another process changed the database or the clock
    /// moved to a new minute (a slot may have passed).
    /// Returns whether what the screen shows may have changed.
    fn refresh(&mut self, now: DateTime<Utc>) -> bool {
        let version = self.app.data_version().ok();
        let minute = |t: DateTime<Utc>| t.timestamp() / 60;
        let stale = version != self.data_version
            || self.refreshed_at.is_none_or(|at| minute(at) != minute(now));
        if !stale {
            return false;
        }
        match self.app.today(now) {
            Ok(today) => {
                if self.unavailable {
                    log::info!(
                        "kiosk {}: the database answers again",
                        self.app.config.kiosk
                    );
                }
                self.unavailable = false;
                self.today = today;
                self.data_version = version;
                self.refreshed_at = Some(now);
                true
            }
            Err(e) => {
                if !self.unavailable {
                    log::error!(
                        "kiosk {}: cannot read today's services: {e}",
                        self.app.config.kiosk
                    );
                }
                // Nothing stale is offered: the visitor is asked to see the staff.
                let newly = !self.unavailable;
                self.unavailable = true;
                self.today.clear();
                self.data_version = None;
                newly
            }
        }
    }

    /// The one-second tick: idleness, the corner's own timeout, and what other processes
    /// changed. Returns whether the screen must be drawn again: an idle kiosk whose data
    /// and minute did not change does nothing more.
    pub fn tick(&mut self) -> bool {
        let now = self.clock.now();
        let session = self.session.clone();
        let corner = std::mem::discriminant(&self.corner);
        self.dispatch(Event::Tick);
        let reloaded = self.refresh(now);
        let minute = now.timestamp() / 60;
        let new_minute = self.shown_minute != Some(minute);
        self.shown_minute = Some(minute);
        reloaded
            || new_minute
            || self.session != session
            || self.session.idle_warning
            || std::mem::discriminant(&self.corner) != corner
    }

    /// Forces the next refresh to reload, after this kiosk wrote to the database itself.
    fn invalidate(&mut self) {
        self.data_version = None;
    }

    /// Steps the session with an event, as a tap or the tick does (screenshots and tests
    /// drive the flow through here too), and carries out what the step asks for.
    pub fn dispatch(&mut self, event: Event) {
        let now = self.clock.now();
        if matches!(event, Event::Tick)
            && !matches!(self.corner, Corner::Closed)
            && now - self.corner_touched_at >= CORNER_IDLE
        {
            self.corner_dismiss();
        }
        let (session, effects) = step(self.session.clone(), event, now, &self.timing);
        if session.is_fresh() && !self.session.is_fresh() {
            // The session reset: nothing of the last visitor or staff member stays open.
            self.issued.clear();
            self.corner_dismiss();
        }
        self.session = session;
        for effect in effects {
            match effect {
                Effect::BookAndPrint { lang, choices } => {
                    let answer = self.book_and_print(&lang, &choices, now);
                    let (session, _) = step(self.session.clone(), answer, now, &self.timing);
                    self.session = session;
                }
            }
        }
    }

    /// Commits the bookings first, then prints: a printer failure never loses a booking.
    fn book_and_print(&mut self, lang: &str, choices: &[Choice], now: DateTime<Utc>) -> Event {
        let requests: Vec<BookingRequest> = choices
            .iter()
            .map(|c| BookingRequest {
                service: c.service,
                wanted: c.wanted,
                quantity: c.quantity,
            })
            .collect();
        let (visit, bookings) = match self.app.book_at_kiosk(lang, &requests, now) {
            Ok(made) => made,
            Err(BookError::Refused { service, refusal }) => {
                return Event::Refused(Problem { service, refusal });
            }
            Err(e) => {
                log::error!("kiosk {}: booking failed: {e}", self.app.config.kiosk);
                return Event::BookingFailed;
            }
        };
        self.invalidate();
        // With no printer set the slip goes to the spool folder, which counts as printed.
        // A failure is logged where it happens, in `print`.
        let printed =
            crate::slips::issue(&self.app, &self.translations, &visit, &bookings, now).is_ok();
        self.issued = bookings;
        Event::Issued(Issued {
            code: visit.short_code.to_string(),
            printed,
        })
    }

    fn icon(&mut self, name: &str) -> Image {
        self.icons
            .entry(name.to_owned())
            .or_insert_with(|| {
                crate::icons::svg(name)
                    .and_then(|svg| Image::load_from_svg_data(svg.as_bytes()).ok())
                    .unwrap_or_default()
            })
            .clone()
    }

    fn service(&self, id: ServiceId) -> Option<&ServiceToday> {
        self.today.iter().find(|s| s.service.id == id)
    }

    /// Shows the session on the window.
    pub fn show(&mut self, window: &ui::KioskWindow) {
        let now = self.clock.now();
        self.refresh(now);
        let lang = self.lang();
        let translations = Rc::clone(&self.translations);
        let tr = translations.lang(&lang);
        let tz = self.app.config.timezone;
        let hhmm = |t: DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();

        // The staff corner speaks the staff's language (the site's, or --lang) over
        // whatever the visitor chose.
        let corner_open = !matches!(self.corner, Corner::Closed);
        crate::wiring::set_language(
            window.global::<ui::Tr>(),
            if corner_open { self.staff_tr() } else { tr },
        );

        let k = window.global::<ui::Kiosk>();
        k.set_site_name(self.app.config.site_name.as_str().into());
        k.set_date(format!("{}  {}", tr.date(local_date(now, tz)), hhmm(now)).into());
        k.set_languages(in_place(
            k.get_languages(),
            visitor_order(&translations)
                .into_iter()
                .map(|code| {
                    let own = translations.lang(code);
                    ui::LanguageData {
                        code: code.into(),
                        name: own.t("language-name").into(),
                        hint: own.t("kiosk-choose-language").into(),
                        font: font_family(code).into(),
                    }
                })
                .collect(),
        ));
        k.set_language_name(tr.t("language-name").into());

        let chosen: Vec<_> = self.session.choices.iter().map(|c| c.service).collect();
        let tiles: Vec<ui::TileData> = self
            .today
            .iter()
            .map(|s| (s.service.clone(), status(tr, &s.availability, now, &hhmm)))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(service, (text, tone))| ui::TileData {
                id: service.id.0 as i32,
                icon: self.icon(&service.icon),
                name: messages::service_name(tr, &service.slug).into(),
                status: text.into(),
                tone,
                chosen: chosen.contains(&service.id),
            })
            .collect();
        k.set_tiles(in_place(k.get_tiles(), tiles.clone()));

        if let Screen::Service(id) = self.session.screen
            && let Some(tile) = tiles.iter().find(|t| i64::from(t.id) == id.0)
        {
            k.set_service(tile.clone());
            let (description, queue, queue_status, slots) = match self.service(id) {
                Some(s) => {
                    let description = messages::service_description(tr, &s.service.slug);
                    match &s.availability {
                        DayAvailability::Queue(q) => (
                            description,
                            true,
                            tr.args(
                                "kiosk-status-queue",
                                &[
                                    ("waiting", q.waiting.into()),
                                    ("minutes", q.estimated_wait.num_minutes().into()),
                                ],
                            ),
                            Vec::new(),
                        ),
                        DayAvailability::Slots(slots) => (
                            description,
                            false,
                            String::new(),
                            slots
                                .iter()
                                .map(|a| slot_data(tr, a, &hhmm, &self.session.choices, id))
                                .collect(),
                        ),
                        DayAvailability::Closed => (description, false, String::new(), Vec::new()),
                    }
                }
                None => (String::new(), false, String::new(), Vec::new()),
            };
            k.set_description(description.into());
            k.set_queue(queue);
            k.set_queue_status(queue_status.into());
            k.set_slots(in_place(k.get_slots(), slots));
        }

        let choices: Vec<ui::ChoiceData> = self
            .session
            .choices
            .clone()
            .iter()
            .filter_map(|c| {
                let s = self.service(c.service)?;
                let when = match (&s.availability, c.wanted) {
                    (_, Wanted::At(start)) => {
                        let length = chrono::Duration::minutes(i64::from(s.service.slot_minutes));
                        time_range(&hhmm(start), &hhmm(start + length))
                    }
                    (DayAvailability::Queue(q), Wanted::Next) => tr.args(
                        "kiosk-when-queue",
                        &[
                            ("waiting", q.waiting.into()),
                            ("minutes", q.estimated_wait.num_minutes().into()),
                        ],
                    ),
                    _ => String::new(),
                };
                Some((s.service.clone(), when))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(service, when)| self.choice_data(tr, &service, when))
            .collect();
        k.set_choices(in_place(k.get_choices(), choices));

        let problem = match (&self.session.problem, self.session.failed) {
            (_, true) => tr.t("kiosk-problem-failed"),
            (Some(p), _) => {
                let name = self
                    .service(p.service)
                    .map(|s| messages::service_name(tr, &s.service.slug))
                    .unwrap_or_default();
                let id = match p.refusal {
                    Refusal::Full { .. }
                    | Refusal::FullToday
                    | Refusal::SlotGone { .. }
                    | Refusal::NoSuchSlot { .. } => "kiosk-problem-full",
                    Refusal::Closed { .. } => "kiosk-problem-closed",
                    Refusal::TooSoonAgain => "kiosk-problem-again",
                    _ => "kiosk-problem-other",
                };
                tr.args(id, &[("service", name.into())])
            }
            (None, false) if self.unavailable => tr.t("kiosk-problem-unavailable"),
            (None, false) => String::new(),
        };
        k.set_problem(problem.into());

        if let Some(issued) = &self.session.issued {
            k.set_code(issued.code.as_str().into());
            k.set_printed(issued.printed);
            let issued: Vec<_> = self
                .issued
                .clone()
                .iter()
                .filter_map(|b| {
                    let service = self.service(b.service)?.service.clone();
                    let when = match b.number {
                        Some(n) => tr.args("kiosk-when-number", &[("number", n.into())]),
                        None => time_range(&hhmm(b.slot.start), &hhmm(b.slot.end)),
                    };
                    Some(self.choice_data(tr, &service, when))
                })
                .collect();
            k.set_issued(in_place(k.get_issued(), issued));
        } else {
            k.set_code(SharedString::new());
            k.set_issued(in_place(k.get_issued(), Vec::new()));
        }
        if self.session.screen == Screen::Language {
            k.set_picker_open(false);
        }
        let staff_tr = self.staff_tr();
        let corner = window.global::<ui::StaffCornerView>();
        corner.set_step(match self.corner {
            Corner::Closed => ui::CornerStep::Closed,
            Corner::Pin => ui::CornerStep::Pin,
            Corner::Menu(_) => ui::CornerStep::Menu,
        });
        corner.set_title(
            match &self.corner {
                Corner::Pin => staff_tr.t("corner-pin-title"),
                Corner::Menu(member) => staff_tr.args(
                    "corner-menu-title",
                    &[("name", member.name.as_str().into())],
                ),
                _ => String::new(),
            }
            .into(),
        );
        corner.set_dots(self.corner_pin.dots().into());
        corner.set_message(self.corner_message.as_str().into());
        if let Corner::Menu(_) = self.corner {
            let day = local_date(now, tz);
            let recent = self.app.recent_codes(day, 5).unwrap_or_else(|e| {
                // Said in the corner, never shown as "no slips today".
                corner.set_message(
                    staff_tr
                        .args("corner-failed", &[("detail", e.to_string().into())])
                        .into(),
                );
                Vec::new()
            });
            corner.set_recent(in_place(
                corner.get_recent(),
                recent.iter().map(SharedString::from).collect(),
            ));
            let open: Vec<ui::TileData> = tiles
                .iter()
                .filter(|t| t.tone != Tone::Off)
                .cloned()
                .collect();
            corner.set_services(in_place(corner.get_services(), open));
        }
        k.set_idle_warning(self.session.idle_warning);
        k.set_countdown(self.session.countdown_left(&self.timing, now).unwrap_or(0) as i32);
        k.set_screen(match self.session.screen {
            Screen::Language => ui::Screen::Language,
            Screen::Today => ui::Screen::Today,
            Screen::Service(_) => ui::Screen::Service,
            Screen::Confirm => ui::Screen::Confirm,
            Screen::Printing => ui::Screen::Printing,
            Screen::Done => ui::Screen::Done,
        });
    }

    fn choice_data(&mut self, tr: Tr<'_>, service: &Service, when: String) -> ui::ChoiceData {
        ui::ChoiceData {
            icon: self.icon(&service.icon),
            name: messages::service_name(tr, &service.slug).into(),
            when: when.into(),
            desk: messages::desk_name(tr, &service.desk).into(),
        }
    }

    /// The choice a tap on slot `index` of the open service stands for.
    fn choice_at(&self, index: usize) -> Option<Choice> {
        let Screen::Service(id) = self.session.screen else {
            return None;
        };
        let service = self.service(id)?;
        let wanted = match &service.availability {
            DayAvailability::Queue(_) => Wanted::Next,
            DayAvailability::Slots(slots) => {
                let slot = slots.get(index)?;
                matches!(slot.state, SlotState::Free(_)).then_some(Wanted::At(slot.slot.start))?
            }
            DayAvailability::Closed => return None,
        };
        Some(Choice {
            service: id,
            wanted,
            quantity: 1,
        })
    }
}

/// "10:40–11:00", kept left to right inside Arabic or Urdu text: without the isolation
/// marks the bidi algorithm shows it as "11:00–10:40". The renderer draws no glyph for them.
fn time_range(start: &str, end: &str) -> String {
    format!("\u{2066}{start}–{end}\u{2069}")
}

/// The drop-in's languages by how many visitors speak them (Cremona, 2026), then any
/// other shipped locale.
const VISITOR_ORDER: [&str; 10] = ["it", "ro", "pa", "ar", "sq", "en", "fr", "ur", "uk", "es"];

fn visitor_order(translations: &Translations) -> Vec<&str> {
    let mut order: Vec<&str> = VISITOR_ORDER
        .into_iter()
        .filter(|code| translations.has_locale(code))
        .collect();
    order.extend(
        translations
            .locales()
            .filter(|code| !VISITOR_ORDER.contains(code)),
    );
    order
}

/// A tile's status in words and its tone (good: free; caution: waiting or few left; bad:
/// full; off: closed or over).
fn status(
    tr: Tr<'_>,
    availability: &DayAvailability,
    now: DateTime<Utc>,
    hhmm: &dyn Fn(DateTime<Utc>) -> String,
) -> (String, Tone) {
    match availability {
        DayAvailability::Closed => (tr.t("kiosk-status-closed-today"), Tone::Off),
        DayAvailability::Slots(slots) => {
            let open = slots
                .iter()
                .any(|s| matches!(s.state, SlotState::Free(_) | SlotState::Full));
            let first = slots.first().map(|s| s.slot.start);
            match slots.iter().find(|s| matches!(s.state, SlotState::Free(_))) {
                Some(free)
                    if first.is_some_and(|f| f > now)
                        && free.slot.start == first.unwrap_or(now) =>
                {
                    (
                        tr.args(
                            "kiosk-status-opens",
                            &[("time", hhmm(free.slot.start).into())],
                        ),
                        Tone::Good,
                    )
                }
                Some(free) => (
                    tr.args(
                        "kiosk-status-free",
                        &[
                            ("time", hhmm(free.slot.start).into()),
                            ("free", free.free().into()),
                        ],
                    ),
                    if free.free() == 1 {
                        Tone::Caution
                    } else {
                        Tone::Good
                    },
                ),
                None if open => (tr.t("kiosk-status-full"), Tone::Bad),
                None => (tr.t("kiosk-status-over"), Tone::Off),
            }
        }
        DayAvailability::Queue(q) => match q.period {
            None => (tr.t("kiosk-status-over"), Tone::Off),
            Some(_) if q.left == 0 => (tr.t("kiosk-status-full"), Tone::Bad),
            Some(period) if period.start > now => (
                tr.args("kiosk-status-opens", &[("time", hhmm(period.start).into())]),
                Tone::Good,
            ),
            Some(_) if q.calling.is_some() => (
                tr.args(
                    "kiosk-status-calling",
                    &[
                        ("number", q.calling.unwrap_or(0).into()),
                        ("waiting", q.waiting.into()),
                    ],
                ),
                if q.waiting == 0 {
                    Tone::Good
                } else {
                    Tone::Caution
                },
            ),
            Some(_) => (
                tr.args(
                    "kiosk-status-queue",
                    &[
                        ("waiting", q.waiting.into()),
                        ("minutes", q.estimated_wait.num_minutes().into()),
                    ],
                ),
                if q.waiting == 0 {
                    Tone::Good
                } else {
                    Tone::Caution
                },
            ),
        },
    }
}

fn slot_data(
    tr: Tr<'_>,
    a: &SlotAvailability,
    hhmm: &dyn Fn(DateTime<Utc>) -> String,
    choices: &[Choice],
    service: ServiceId,
) -> ui::SlotData {
    let (detail, tone) = match a.state {
        SlotState::Free(n) => (
            tr.args("kiosk-slot-free", &[("free", n.into())]),
            if n == 1 { Tone::Caution } else { Tone::Good },
        ),
        SlotState::Full => (tr.t("kiosk-slot-full"), Tone::Bad),
        SlotState::Past => (tr.t("kiosk-slot-past"), Tone::Off),
        SlotState::TooSoon => (tr.t("kiosk-slot-soon"), Tone::Off),
    };
    ui::SlotData {
        label: hhmm(a.slot.start).into(),
        detail: detail.into(),
        tone,
        enabled: matches!(a.state, SlotState::Free(_)),
        chosen: choices
            .iter()
            .any(|c| c.service == service && c.wanted == Wanted::At(a.slot.start)),
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
pub fn run(controller: KioskController, fullscreen: bool) -> Result<(), slint::PlatformError> {
    let window = ui::KioskWindow::new()?;
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
