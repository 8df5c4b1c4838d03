//! The coordinator's console in the station (administrators only, after the same PIN
//! login): the services (add, edit, withdraw, reorder, name in each language), the staff
//! accounts (add, disable, enable, unlock, new PIN, role) and the kiosk's anonymous
//! questions. Every change goes through `App` or `accounts`, one transaction with its
//! audit row, and reaches every kiosk at its next refresh.
//!
//! Text fields are typed on the station's keyboard: the window's one key handler sends
//! every key here while a field has the focus, so nothing of it depends on which widget
//! Slint thinks is focused.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{StationController, Step};
use crate::accounts::{self, AccountError};
use crate::app::{ChangeError, MAX_QUESTIONS, OwnText, Question, Role, StaffId};
use crate::catalogue::{description_id, name_id};
use crate::domain::{DayHours, Mode, ServiceDef, ServiceId, TimeRange, WeeklyHours};
use crate::i18n::{FALLBACK, Tr, Translations};
use crate::keyboard::{self, Key};
use crate::messages;

/// A field at fault, and the message id that says why.
type FieldError = (String, String);

/// The longest text a field takes, in characters.
const MAX_FIELD: usize = 400;

/// Which list the console shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Services,
    Staff,
    Questions,
}

/// The console: a list, or a form over it.
#[derive(Clone, Debug)]
pub struct Console {
    pub tab: Tab,
    pub form: Option<Form>,
}

#[derive(Clone, Debug)]
pub enum Form {
    Service(Box<ServiceForm>),
    Account(AccountForm),
}

/// A service being added or edited. Numbers and hours are kept as typed until saved.
#[derive(Clone, Debug)]
pub struct ServiceForm {
    pub id: Option<ServiceId>,
    /// Empty for a new service until it is saved (made from its Italian name).
    pub slug: String,
    /// The language whose name and description are being edited.
    pub locale: String,
    /// The coordinator's own names and descriptions by language, as typed.
    pub names: BTreeMap<String, String>,
    pub descriptions: BTreeMap<String, String>,
    pub icon: String,
    pub desk: String,
    pub mode: Mode,
    pub slot_minutes: String,
    pub capacity: String,
    pub per_visit_limit: String,
    pub minutes_per_person: String,
    /// Each weekday's ranges, Monday first: "09:00-12:00 14:00-16:00".
    pub hours: [String; 7],
    /// Special days: "2026-12-25; 2026-12-24 09:00-12:00" (a date alone is closed).
    pub dates: String,
    pub discreet: bool,
    pub focus: Option<String>,
    /// Bookings a save would leave outside the new hours; "save anyway" then confirms.
    pub stranded: Vec<String>,
}

/// A new account, or a new PIN for one (`target`).
#[derive(Clone, Debug)]
pub struct AccountForm {
    pub target: Option<(StaffId, String)>,
    pub name: String,
    pub pin: String,
    pub role: Role,
    pub focus: Option<String>,
}

/// One field of a form as the screen shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    pub id: String,
    pub label: String,
    pub value: String,
    pub kind: FieldKind,
    pub focused: bool,
    /// The icon a choice shows (a service's icon), if any.
    pub icon: Option<String>,
    /// Shown while the field is empty: the shipped text an own text would replace.
    pub placeholder: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// Typed, shown as dots (a PIN).
    Secret,
    /// Tapped to go to the next choice.
    Choice,
    /// Tapped to switch on or off.
    Toggle,
}

/// A button: what it does and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionView {
    pub id: String,
    pub label: String,
    /// A language's own name is drawn in its script's font.
    pub locale: Option<String>,
    /// The language being edited, among the others.
    pub chosen: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowView {
    pub id: i64,
    pub title: String,
    pub detail: String,
    pub off: bool,
    pub icon: Option<String>,
    pub actions: Vec<ActionView>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormView {
    pub title: String,
    pub languages: Vec<ActionView>,
    pub note: String,
    pub fields: Vec<FieldView>,
    pub stranded: Vec<String>,
    pub actions: Vec<ActionView>,
}

/// What the console shows at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleView {
    pub tab: Tab,
    pub tabs: Vec<ActionView>,
    pub rows: Vec<RowView>,
    pub top: Vec<ActionView>,
    pub form: Option<FormView>,
    /// The database could not be read: said over the console, never shown as an empty
    /// list.
    pub problem: String,
}

/// A button of the console from its message id (`console-edit`): the action is the id
/// without its prefix (`edit`).
fn action(tr: Tr<'_>, message: &str) -> ActionView {
    ActionView {
        id: message
            .strip_prefix("console-")
            .unwrap_or(message)
            .to_owned(),
        label: tr.t(message),
        locale: None,
        chosen: false,
    }
}

/// How a service hands out places, in words.
fn mode_words(tr: Tr<'_>, mode: Mode) -> String {
    tr.t(match mode {
        Mode::Slots => "console-mode-slots",
        Mode::Queue => "console-mode-queue",
    })
}

impl ServiceForm {
    fn new(locale: &str) -> ServiceForm {
        ServiceForm {
            id: None,
            slug: String::new(),
            locale: locale.to_owned(),
            names: BTreeMap::new(),
            descriptions: BTreeMap::new(),
            icon: crate::icons::SERVICE[0].to_owned(),
            desk: String::new(),
            mode: Mode::Slots,
            slot_minutes: "30".into(),
            capacity: "1".into(),
            per_visit_limit: "1".into(),
            minutes_per_person: "30".into(),
            hours: Default::default(),
            dates: String::new(),
            discreet: false,
            focus: Some("name".into()),
            stranded: Vec::new(),
        }
    }

    fn text_mut(&mut self, id: &str) -> Option<&mut String> {
        Some(match id {
            "name" => self.names.entry(self.locale.clone()).or_default(),
            "description" => self.descriptions.entry(self.locale.clone()).or_default(),
            "slot" => &mut self.slot_minutes,
            "capacity" => &mut self.capacity,
            "per-visit" => &mut self.per_visit_limit,
            "minutes" => &mut self.minutes_per_person,
            "dates" => &mut self.dates,
            _ => {
                let day: usize = id.strip_prefix("hours-")?.parse().ok()?;
                self.hours.get_mut(day)?
            }
        })
    }

    /// The definition and own texts as typed, or the field at fault with its message id.
    fn parse(&self) -> Result<(ServiceDef, Vec<OwnText>), FieldError> {
        let number = |id: &str, text: &str| {
            text.trim()
                .parse::<u32>()
                .map_err(|_| (id.to_owned(), "console-not-a-number".to_owned()))
        };
        let ranges = |id: &str, text: &str| {
            text.split([' ', ',', ';'])
                .filter(|t| !t.trim().is_empty())
                .map(|t| {
                    TimeRange::parse(t).ok_or_else(|| (id.to_owned(), "console-bad-hours".into()))
                })
                .collect::<Result<Vec<_>, _>>()
        };
        let mut weekly = WeeklyHours::default();
        for (day, text) in self.hours.iter().enumerate() {
            for range in ranges(&format!("hours-{day}"), text)? {
                weekly.add(day, range);
            }
        }
        let mut exceptions = BTreeMap::new();
        for part in self.dates.split(';').filter(|p| !p.trim().is_empty()) {
            let mut words = part.split_whitespace();
            let date = words
                .next()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .ok_or_else(|| ("dates".to_owned(), "console-bad-dates".to_owned()))?;
            let rest: Vec<&str> = words.collect();
            let hours = ranges("dates", &rest.join(" "))
                .map_err(|_| ("dates".to_owned(), "console-bad-dates".to_owned()))?;
            let rule = if hours.is_empty() {
                DayHours::Closed
            } else {
                DayHours::Hours(hours)
            };
            if exceptions.insert(date, rule).is_some() {
                return Err(("dates".to_owned(), "console-date-twice".to_owned()));
            }
        }
        let slot_minutes = number("slot", &self.slot_minutes)?;
        let def = ServiceDef {
            slug: self.slug.clone(),
            icon: self.icon.clone(),
            desk: self.desk.clone(),
            mode: self.mode,
            slot_minutes,
            capacity: number("capacity", &self.capacity)?,
            per_visit_limit: number("per-visit", &self.per_visit_limit)?,
            minutes_per_person: match self.mode {
                Mode::Queue => number("minutes", &self.minutes_per_person)?,
                Mode::Slots => slot_minutes,
            },
            discreet: self.discreet,
            weekly,
            exceptions,
        };
        let mut texts = Vec::new();
        for (map, id) in [
            (&self.names, name_id(&self.slug)),
            (&self.descriptions, description_id(&self.slug)),
        ] {
            for (locale, text) in map {
                if !text.trim().is_empty() {
                    texts.push((locale.clone(), id.clone(), text.trim().to_owned()));
                }
            }
        }
        Ok((def, texts))
    }
}

/// A slug from a name: lowercase ASCII letters and digits, other runs as `-`.
fn slug_of(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'ă' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(40).collect()
}

fn hours_text(ranges: &[TimeRange]) -> String {
    ranges
        .iter()
        .map(|r| r.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

impl StationController {
    fn is_admin(&self) -> bool {
        self.staff.as_ref().is_some_and(|s| s.role == Role::Admin)
    }

    /// Opens the console on a tab; administrators only.
    pub fn show_console(&mut self, tab: i32) {
        if !self.admin_or_refuse() {
            return;
        }
        self.message.clear();
        let tab = match tab {
            1 => Tab::Staff,
            2 => Tab::Questions,
            _ => Tab::Services,
        };
        self.step = Step::Console(Box::new(Console { tab, form: None }));
    }

    fn console_mut(&mut self) -> Option<&mut Console> {
        match &mut self.step {
            Step::Console(console) => Some(console),
            _ => None,
        }
    }

    /// Whether a form of the console is open (typed keys are then the form's).
    pub(super) fn console_form_open(&self) -> bool {
        matches!(&self.step, Step::Console(console) if console.form.is_some())
    }

    /// A key typed while a form is open. It goes to the focused field, and through the
    /// scanner's buffer too: a line typed at a machine's speed is a slip scanned at the
    /// wrong moment, so it is taken out of the field again and staff are told to scan it
    /// once the form is saved or cancelled. The form itself is never lost to a scan.
    pub(super) fn console_form_key(&mut self, key: Key, now: chrono::DateTime<chrono::Utc>) {
        let (run, last) = self.form_burst;
        match key {
            Key::Char(_) => {
                let fast = last.is_some_and(|at| now - at <= keyboard::BURST_GAP);
                self.form_burst = (if fast { run + 1 } else { 1 }, Some(now));
            }
            Key::Erase => self.form_burst = (run.saturating_sub(1), last),
            Key::Clear => self.form_burst = (0, None),
            Key::Enter => {
                self.form_burst = (0, None);
                if run >= keyboard::BURST_MIN_CHARS
                    && let Some(text) = self.focused_text()
                {
                    let kept = text.chars().count().saturating_sub(run);
                    self.set_focused_text(text.chars().take(kept).collect());
                    self.message = self.tr().t("console-scan-in-form");
                }
                return;
            }
        }
        self.console_key(key);
    }

    /// The text of the focused field, if a field has the focus.
    fn focused_text(&mut self) -> Option<String> {
        match self.console_mut()?.form.as_mut()? {
            Form::Service(form) => {
                let id = form.focus.clone()?;
                form.text_mut(&id).map(|t| t.clone())
            }
            Form::Account(form) => match form.focus.as_deref() {
                Some("account-name") => Some(form.name.clone()),
                Some("pin") => Some(form.pin.clone()),
                _ => None,
            },
        }
    }

    fn set_focused_text(&mut self, text: String) {
        let Some(form) = self.console_mut().and_then(|c| c.form.as_mut()) else {
            return;
        };
        match form {
            Form::Service(form) => {
                if let Some(id) = form.focus.clone()
                    && let Some(field) = form.text_mut(&id)
                {
                    *field = text;
                }
            }
            Form::Account(form) => match form.focus.as_deref() {
                Some("account-name") => form.name = text,
                Some("pin") => form.pin = text,
                _ => {}
            },
        }
    }

    /// A key typed into the focused field of the open form; returns false when no field
    /// has the focus.
    pub(super) fn console_key(&mut self, key: Key) -> bool {
        let Some(console) = self.console_mut() else {
            return false;
        };
        let field = match &mut console.form {
            Some(Form::Service(form)) => {
                let Some(id) = form.focus.clone() else {
                    return false;
                };
                form.stranded.clear();
                form.text_mut(&id)
            }
            Some(Form::Account(form)) => match form.focus.as_deref() {
                Some("account-name") => Some(&mut form.name),
                Some("pin") => Some(&mut form.pin),
                _ => return false,
            },
            None => return false,
        };
        let Some(field) = field else {
            return false;
        };
        match key {
            Key::Char(c) if field.chars().count() < MAX_FIELD => field.push(c),
            Key::Char(_) => {}
            Key::Erase => {
                field.pop();
            }
            Key::Clear => field.clear(),
            Key::Enter => {}
        }
        true
    }

    /// A tap on a form's field: a text field takes the focus, a toggle switches, a
    /// choice moves to the next one.
    pub fn form_field(&mut self, id: &str) {
        self.message.clear();
        let desks = self.desks();
        let Some(console) = self.console_mut() else {
            return;
        };
        match &mut console.form {
            Some(Form::Service(form)) => {
                form.stranded.clear();
                match id {
                    "icon" => form.icon = next_of(crate::icons::SERVICE, &form.icon).to_owned(),
                    "desk" => {
                        let all: Vec<&str> = desks.iter().map(String::as_str).collect();
                        form.desk = next_of(&all, &form.desk).to_owned();
                    }
                    "mode" => {
                        form.mode = match form.mode {
                            Mode::Slots => Mode::Queue,
                            Mode::Queue => Mode::Slots,
                        }
                    }
                    "discreet" => form.discreet = !form.discreet,
                    _ => form.focus = Some(id.to_owned()),
                }
            }
            Some(Form::Account(form)) => match id {
                "role" => {
                    form.role = match form.role {
                        Role::Staff => Role::Admin,
                        Role::Admin => Role::Staff,
                    }
                }
                _ => form.focus = Some(id.to_owned()),
            },
            None => {}
        }
    }

    /// The desks a service may be at: those with a shipped name, and those in use.
    fn desks(&self) -> Vec<String> {
        let mut desks: Vec<String> = self
            .translations
            .message_ids(FALLBACK)
            .into_iter()
            .filter_map(|id| id.strip_prefix("desk-").map(str::to_owned))
            .collect();
        if let Ok(services) = self.app.services() {
            desks.extend(services.into_iter().map(|s| s.desk));
        }
        desks.sort();
        desks.dedup();
        desks
    }

    /// A button of the console: on a row (`row` is its service, account or question),
    /// above the list, or on a form.
    pub fn console_action(&mut self, id: &str, row: i64) {
        if !self.is_admin() {
            self.admin_or_refuse();
            return;
        }
        self.message.clear();
        let now = self.clock.now();
        let actor = self.actor();
        let station = self.station.clone();
        let by = self.staff.as_ref().map(|s| s.id);
        if let Some(locale) = id.strip_prefix("lang:") {
            if let Some(Form::Service(form)) = self.console_mut().and_then(|c| c.form.as_mut()) {
                form.locale = locale.to_owned();
                form.focus = Some("name".into());
            }
            return;
        }
        match id {
            "new-service" => {
                let locale = self.app.config.language.clone();
                let mut form = ServiceForm::new(&locale);
                form.desk = self.desks().first().cloned().unwrap_or_default();
                self.set_form(Form::Service(Box::new(form)));
            }
            "edit" => self.edit_service(ServiceId(row)),
            "up" | "down" => {
                let offset = if id == "up" { -1 } else { 1 };
                let moved = self.app.move_service(&actor, ServiceId(row), offset, now);
                self.done(moved);
            }
            "withdraw" | "offer" => {
                // Withdrawing a service with bookings still to serve asks first: the
                // second tap on the same row confirms.
                let service = ServiceId(row);
                let confirmed = id == "offer" || self.pending_withdraw == Some(service);
                let result =
                    self.app
                        .set_service_active(&actor, service, id == "offer", confirmed, now);
                self.pending_withdraw = None;
                match result {
                    Err(ChangeError::Stranded(left)) => {
                        self.pending_withdraw = Some(service);
                        self.message = self
                            .tr()
                            .args("console-withdraw-stranded", &[("count", left.len().into())]);
                    }
                    other => self.change_done(other),
                }
            }
            "new-account" => self.set_form(Form::Account(AccountForm {
                target: None,
                name: String::new(),
                pin: String::new(),
                role: Role::Staff,
                focus: Some("account-name".into()),
            })),
            "pin" => {
                let name = self
                    .app
                    .staff_member(StaffId(row))
                    .ok()
                    .flatten()
                    .map(|m| m.name)
                    .unwrap_or_default();
                self.set_form(Form::Account(AccountForm {
                    target: Some((StaffId(row), name)),
                    name: String::new(),
                    pin: String::new(),
                    role: Role::Staff,
                    focus: Some("pin".into()),
                }));
            }
            "disable" | "enable" | "reset" | "make-admin" | "make-staff" => {
                let target = StaffId(row);
                let app = &self.app;
                let result = match id {
                    "disable" | "enable" => {
                        accounts::set_active(app, target, id == "enable", by, &station, now)
                    }
                    "reset" => accounts::reset_lock(app, target, by, &station, now),
                    "make-admin" => accounts::set_role(app, target, Role::Admin, by, &station, now),
                    _ => accounts::set_role(app, target, Role::Staff, by, &station, now),
                };
                if self.account_done(result) {
                    // One's own account may have changed: its role decides the console.
                    self.recheck_staff();
                }
            }
            "ask" | "skip" => self.toggle_question(row, id == "ask"),
            "save" | "save-anyway" => self.save_form(id == "save-anyway"),
            "cancel" => {
                if let Some(console) = self.console_mut() {
                    console.form = None;
                }
            }
            _ => log::warn!("station {station}: unknown console action {id}"),
        }
    }

    fn set_form(&mut self, form: Form) {
        if let Some(console) = self.console_mut() {
            console.form = Some(form);
        }
    }

    fn edit_service(&mut self, id: ServiceId) {
        let Some(services) = self.services() else {
            return;
        };
        let Some(service) = services.into_iter().find(|s| s.id == id) else {
            self.message = self.tr().t("console-service-gone");
            return;
        };
        let own = match self.app.own_texts() {
            Ok(own) => own,
            Err(e) => {
                self.message = self.store_error(&e);
                return;
            }
        };
        let mine = |id: String| -> BTreeMap<String, String> {
            own.iter()
                .filter(|(_, m, _)| *m == id)
                .map(|(l, _, t)| (l.clone(), t.clone()))
                .collect()
        };
        let dates = service
            .exceptions
            .iter()
            .map(|(date, hours)| match hours {
                DayHours::Closed => date.to_string(),
                DayHours::Hours(list) => format!("{date} {}", hours_text(list)),
            })
            .collect::<Vec<_>>()
            .join("; ");
        let form = ServiceForm {
            id: Some(service.id),
            locale: self.app.config.language.clone(),
            names: mine(name_id(&service.slug)),
            descriptions: mine(description_id(&service.slug)),
            icon: service.icon.clone(),
            desk: service.desk.clone(),
            mode: service.mode,
            slot_minutes: service.slot_minutes.to_string(),
            capacity: service.capacity.to_string(),
            per_visit_limit: service.per_visit_limit.to_string(),
            minutes_per_person: service.minutes_per_person.to_string(),
            hours: std::array::from_fn(|d| hours_text(service.weekly.on_weekday(d))),
            dates,
            discreet: service.discreet,
            focus: None,
            stranded: Vec::new(),
            slug: service.slug,
        };
        self.set_form(Form::Service(Box::new(form)));
    }

    fn save_form(&mut self, confirmed: bool) {
        let Some(Step::Console(console)) = Some(&self.step) else {
            return;
        };
        match console.form.clone() {
            Some(Form::Service(form)) => self.save_service(*form, confirmed),
            Some(Form::Account(form)) => self.save_account(form),
            None => {}
        }
    }

    fn save_service(&mut self, mut form: ServiceForm, confirmed: bool) {
        let tr = self.tr();
        // Every service is named in Italian, its own or shipped: every language without a
        // name of its own shows that one.
        let italian = form.names.get(FALLBACK).map_or("", |n| n.trim()).to_owned();
        let shipped =
            !form.slug.is_empty() && self.translations.ships(FALLBACK, &name_id(&form.slug));
        if italian.is_empty() && !shipped {
            self.message = tr.t("console-italian-name-needed");
            return;
        }
        if form.id.is_none() {
            form.slug = slug_of(&italian);
            if form.slug.is_empty() {
                self.message = tr.t("console-name-needs-letters");
                return;
            }
        }
        let (def, texts) = match form.parse() {
            Ok(parsed) => parsed,
            Err((field, message)) => {
                let label = field_label(tr, &field);
                self.message = tr.args(&message, &[("field", label.into())]);
                return;
            }
        };
        // A character no slip font has would leave every slip of the service unprinted.
        for (locale, _, text) in &texts {
            if let Some(ch) = crate::slip::unprintable(text) {
                let language = self.translations.lang(locale).t("language-name");
                self.message = tr.args(
                    "console-unprintable",
                    &[
                        ("char", ch.to_string().into()),
                        ("language", language.into()),
                    ],
                );
                return;
            }
        }
        let now = self.clock.now();
        let result = self
            .app
            .save_service(&self.actor(), form.id, &def, &texts, confirmed, now);
        match result {
            Ok(_) => {
                self.reload_own_texts();
                if let Some(console) = self.console_mut() {
                    console.form = None;
                }
                self.message.clear();
            }
            Err(ChangeError::Stranded(left)) => {
                let lines = left
                    .iter()
                    .map(|(code, b)| {
                        let tr = self.tr();
                        let when = match b.number {
                            Some(n) => tr.args("kiosk-when-number", &[("number", n.into())]),
                            None => messages::hhmm(self.app.config.timezone, b.slot.start),
                        };
                        format!("{code}  {}  {when}", tr.date(b.day))
                    })
                    .collect();
                if let Some(Form::Service(shown)) = self.console_mut().and_then(|c| c.form.as_mut())
                {
                    shown.stranded = lines;
                }
                self.message = self.tr().t("console-stranded");
            }
            Err(e) => self.message = change_error(self.tr(), &e),
        }
    }

    fn save_account(&mut self, form: AccountForm) {
        let now = self.clock.now();
        let station = self.station.clone();
        let by = self.staff.as_ref().map(|s| s.id);
        let result = accounts::validate_pin(&form.pin).and_then(|pin| match &form.target {
            Some((id, _)) => accounts::set_pin(&self.app, *id, &pin, by, &station, now),
            None => {
                let name = accounts::validate_name(&form.name)?;
                accounts::add_staff(&mut self.app, &name, form.role, &pin, by, &station, now)
                    .map(|_| ())
            }
        });
        if self.account_done(result)
            && let Some(console) = self.console_mut()
        {
            console.form = None;
        }
    }

    /// Shows an account change's error; returns whether it succeeded.
    fn account_done(&mut self, result: Result<(), AccountError>) -> bool {
        match result {
            Ok(()) => true,
            Err(e) => {
                if let AccountError::Store(e) = &e {
                    log::error!("station {}: database error: {e}", self.station);
                }
                self.message = messages::account_error(self.tr(), &e);
                false
            }
        }
    }

    fn change_done(&mut self, result: Result<(), ChangeError>) {
        if let Err(e) = result {
            self.message = change_error(self.tr(), &e);
        }
    }

    fn toggle_question(&mut self, row: i64, ask: bool) {
        let Some(question) = Question::ALL.get(row as usize).copied() else {
            return;
        };
        let mut asked = match self.app.questions() {
            Ok(asked) => asked,
            Err(e) => {
                self.message = self.store_error(&e);
                return;
            }
        };
        asked.retain(|q| *q != question);
        if ask {
            if asked.len() >= MAX_QUESTIONS {
                self.message = self
                    .tr()
                    .args("console-questions-max", &[("max", MAX_QUESTIONS.into())]);
                return;
            }
            asked.push(question);
        }
        // The kiosk asks them in the fixed order of the list.
        asked.sort_by_key(|q| Question::ALL.iter().position(|a| a == q));
        let saved = self
            .app
            .set_questions(&self.actor(), &asked, self.clock.now());
        self.done(saved);
    }

    /// The console as the screen shows it.
    pub(super) fn console_view(&self, console: &Console) -> ConsoleView {
        let tr = self.tr();
        let tabs = [
            "console-tab-services",
            "console-tab-staff",
            "console-tab-questions",
        ]
        .iter()
        .map(|t| action(tr, t))
        .collect();
        let mut view = ConsoleView {
            tab: console.tab,
            tabs,
            rows: Vec::new(),
            top: Vec::new(),
            form: None,
            problem: String::new(),
        };
        match &console.form {
            Some(Form::Service(form)) => {
                view.form = Some(service_form_view(tr, &self.translations, form));
                return view;
            }
            Some(Form::Account(form)) => {
                view.form = Some(account_form_view(tr, form));
                return view;
            }
            None => {}
        }
        match console.tab {
            Tab::Services => {
                view.top = vec![action(tr, "console-new-service")];
                let services = self.read(&mut view, self.app.services());
                view.rows = services
                    .iter()
                    .map(|s| {
                        let mode = mode_words(tr, s.mode);
                        let detail = tr.args(
                            "console-service-detail",
                            &[
                                ("desk", messages::desk_name(tr, &s.desk).into()),
                                ("mode", mode.into()),
                                ("capacity", s.capacity.into()),
                                ("active", (if s.active { "yes" } else { "no" }).into()),
                            ],
                        );
                        let mut actions = vec![
                            action(tr, "console-edit"),
                            action(tr, "console-up"),
                            action(tr, "console-down"),
                        ];
                        actions.push(action(
                            tr,
                            if s.active {
                                "console-withdraw"
                            } else {
                                "console-offer"
                            },
                        ));
                        RowView {
                            id: s.id.0,
                            title: messages::service_name(tr, &s.slug),
                            detail,
                            off: !s.active,
                            icon: Some(s.icon.clone()),
                            actions,
                        }
                    })
                    .collect();
            }
            Tab::Staff => {
                view.top = vec![action(tr, "console-new-account")];
                let now = self.clock.now();
                let members = self.read(&mut view, self.app.staff_members());
                view.rows = members
                    .iter()
                    .map(|m| {
                        let gate = accounts::gate_of(m, now);
                        let locked = m.active && gate != crate::domain::lockout::Gate::Open;
                        let state = if !m.active {
                            "console-account-disabled"
                        } else if locked {
                            "console-account-locked"
                        } else {
                            "console-account-active"
                        };
                        let role = tr.t(&format!("staff-role-{}", m.role.as_str()));
                        let mut actions = vec![action(tr, "console-pin")];
                        if locked {
                            actions.push(action(tr, "console-reset"));
                        }
                        actions.push(action(
                            tr,
                            if m.active {
                                "console-disable"
                            } else {
                                "console-enable"
                            },
                        ));
                        actions.push(action(
                            tr,
                            if m.role == Role::Admin {
                                "console-make-staff"
                            } else {
                                "console-make-admin"
                            },
                        ));
                        RowView {
                            id: m.id.0,
                            title: m.name.clone(),
                            detail: format!("{role} · {}", tr.t(state)),
                            off: !m.active,
                            icon: None,
                            actions,
                        }
                    })
                    .collect();
            }
            Tab::Questions => {
                let asked = self.read(&mut view, self.app.questions());
                view.rows = Question::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let on = asked.contains(q);
                        RowView {
                            id: i as i64,
                            title: tr.t(&messages::console_question_id(*q)),
                            detail: tr.t(if on {
                                "console-question-asked"
                            } else {
                                "console-question-not-asked"
                            }),
                            off: !on,
                            icon: None,
                            actions: vec![action(
                                tr,
                                if on { "console-skip" } else { "console-ask" },
                            )],
                        }
                    })
                    .collect();
            }
        }
        view
    }
}

impl StationController {
    /// A list the console reads, or an empty one with the database's trouble said.
    fn read<T: Default>(
        &self,
        view: &mut ConsoleView,
        result: Result<T, crate::app::StoreError>,
    ) -> T {
        result.unwrap_or_else(|e| {
            log::error!("station {}: console read failed: {e}", self.station);
            view.problem = messages::store_error(self.tr(), &e);
            T::default()
        })
    }
}

/// The choice after `current` in `all`, round again at the end.
fn next_of<'a>(all: &[&'a str], current: &str) -> &'a str {
    let at = all.iter().position(|c| *c == current);
    let next = at.map_or(0, |i| (i + 1) % all.len().max(1));
    all.get(next).copied().unwrap_or("")
}

fn field_label(tr: Tr<'_>, id: &str) -> String {
    match id
        .strip_prefix("hours-")
        .and_then(|d| d.parse::<usize>().ok())
    {
        Some(day) => tr.weekday(day),
        None => tr.t(match id {
            "name" => "console-field-name",
            "description" => "console-field-description",
            "icon" => "console-field-icon",
            "desk" => "console-field-desk",
            "mode" => "console-field-mode",
            "slot" => "console-field-slot",
            "minutes" => "console-field-minutes",
            "capacity" => "console-field-capacity",
            "per-visit" => "console-field-per-visit",
            "dates" => "console-field-dates",
            "discreet" => "console-field-discreet",
            "account-name" => "console-field-account-name",
            "pin" => "console-field-pin",
            _ => "console-field-role",
        }),
    }
}

/// A console change's error in words.
pub fn change_error(tr: Tr<'_>, e: &ChangeError) -> String {
    match e {
        ChangeError::Invalid(problem) => messages::invalid(tr, problem),
        ChangeError::Stranded(_) => tr.t("console-stranded"),
        ChangeError::SlugTaken(slug) => {
            tr.args("console-slug-taken", &[("slug", slug.as_str().into())])
        }
        ChangeError::UnknownService => tr.t("console-service-gone"),
        ChangeError::Store(e) => messages::store_error(tr, e),
    }
}

fn service_form_view(tr: Tr<'_>, translations: &Translations, form: &ServiceForm) -> FormView {
    let text = |id: &str, value: &str| FieldView {
        id: id.to_owned(),
        label: field_label(tr, id),
        value: value.to_owned(),
        kind: FieldKind::Text,
        focused: form.focus.as_deref() == Some(id),
        icon: None,
        placeholder: String::new(),
    };
    let choice = |id: &str, value: String, kind: FieldKind| FieldView {
        id: id.to_owned(),
        label: field_label(tr, id),
        value,
        kind,
        focused: false,
        icon: None,
        placeholder: String::new(),
    };
    let yes_no = |on: bool| tr.t(if on { "console-yes" } else { "console-no" });
    let own = |map: &BTreeMap<String, String>| map.get(&form.locale).cloned().unwrap_or_default();
    let language = translations.lang(&form.locale).t("language-name");
    // The shipped text of the language being edited, shown in an empty field.
    let shipped = |id: String| {
        if !form.slug.is_empty() && translations.ships(&form.locale, &id) {
            translations.lang(&form.locale).t(&id)
        } else {
            String::new()
        }
    };
    let mut fields = vec![
        FieldView {
            label: tr.args(
                "console-field-name-in",
                &[("language", language.clone().into())],
            ),
            placeholder: shipped(name_id(&form.slug)),
            ..text("name", &own(&form.names))
        },
        FieldView {
            label: tr.args(
                "console-field-description-in",
                &[("language", language.into())],
            ),
            placeholder: shipped(description_id(&form.slug)),
            ..text("description", &own(&form.descriptions))
        },
        FieldView {
            icon: Some(form.icon.clone()),
            ..choice("icon", form.icon.clone(), FieldKind::Choice)
        },
        choice(
            "desk",
            messages::desk_name(tr, &form.desk),
            FieldKind::Choice,
        ),
        choice("mode", mode_words(tr, form.mode), FieldKind::Choice),
    ];
    match form.mode {
        Mode::Slots => fields.push(text("slot", &form.slot_minutes)),
        Mode::Queue => fields.push(text("minutes", &form.minutes_per_person)),
    }
    fields.push(text("capacity", &form.capacity));
    fields.push(text("per-visit", &form.per_visit_limit));
    for (day, hours) in form.hours.iter().enumerate() {
        fields.push(text(&format!("hours-{day}"), hours));
    }
    fields.push(text("dates", &form.dates));
    fields.push(choice("discreet", yes_no(form.discreet), FieldKind::Toggle));
    // The languages with no name of their own: shipped or typed here.
    let missing: Vec<String> = translations
        .locales()
        .filter(|l| {
            let typed = form.names.get(*l).is_some_and(|n| !n.trim().is_empty());
            let shipped = !form.slug.is_empty() && translations.ships(l, &name_id(&form.slug));
            !typed && !shipped
        })
        .map(|l| translations.lang(l).t("language-name"))
        .collect();
    let note = if missing.is_empty() {
        String::new()
    } else {
        tr.args(
            "console-missing-languages",
            &[("languages", missing.join(", ").into())],
        )
    };
    let languages = translations
        .locales()
        .map(|l| ActionView {
            locale: Some(l.to_owned()),
            id: format!("lang:{l}"),
            label: translations.lang(l).t("language-name"),
            chosen: *l == form.locale,
        })
        .collect();
    let mut actions = vec![action(tr, "console-save")];
    if !form.stranded.is_empty() {
        actions.push(action(tr, "console-save-anyway"));
    }
    actions.push(action(tr, "console-cancel"));
    FormView {
        title: if form.id.is_some() {
            messages::service_name(tr, &form.slug)
        } else {
            tr.t("console-new-service")
        },
        languages,
        note,
        fields,
        stranded: form.stranded.clone(),
        actions,
    }
}

fn account_form_view(tr: Tr<'_>, form: &AccountForm) -> FormView {
    let field = |id: &str, value: String, kind: FieldKind| FieldView {
        id: id.to_owned(),
        label: field_label(tr, id),
        value,
        kind,
        focused: form.focus.as_deref() == Some(id),
        icon: None,
        placeholder: String::new(),
    };
    let pin = field(
        "pin",
        "•".repeat(form.pin.chars().count()),
        FieldKind::Secret,
    );
    let (title, fields) = match &form.target {
        Some((_, name)) => (
            tr.args("console-new-pin-for", &[("name", name.as_str().into())]),
            vec![pin],
        ),
        None => (
            tr.t("console-new-account"),
            vec![
                field("account-name", form.name.clone(), FieldKind::Text),
                pin,
                field(
                    "role",
                    tr.t(&format!("staff-role-{}", form.role.as_str())),
                    FieldKind::Choice,
                ),
            ],
        ),
    };
    FormView {
        title,
        languages: Vec::new(),
        note: String::new(),
        fields,
        stranded: Vec::new(),
        actions: vec![action(tr, "console-save"), action(tr, "console-cancel")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_made_from_an_italian_name() {
        assert_eq!(slug_of("Dentista del giovedì"), "dentista-del-giovedi");
        assert_eq!(slug_of("  Caffè & tè!  "), "caffe-te");
        assert_eq!(slug_of("???"), "");
    }

    #[test]
    fn typed_hours_and_special_days_are_read_or_named_at_fault() {
        let mut form = ServiceForm::new("it");
        form.slug = "dentist".into();
        form.hours[3] = "14:00-17:00, 09:00-12:00".into();
        form.dates = "2026-12-24; 2026-12-31 09:00-11:00".into();
        let (def, _) = form.parse().unwrap();
        assert_eq!(def.weekly.on_weekday(3).len(), 2);
        assert_eq!(def.exceptions.len(), 2);
        assert_eq!(
            def.exceptions.values().next(),
            Some(&DayHours::Closed),
            "a date alone is closed"
        );
        form.hours[0] = "9-12".into();
        assert_eq!(form.parse().unwrap_err().0, "hours-0");
        form.hours[0].clear();
        form.capacity = "lots".into();
        assert_eq!(form.parse().unwrap_err().0, "capacity");
    }
}
