//! The coordinator's changes: services (added, edited, withdrawn, reordered, named in
//! each language), a whole catalogue imported, and the kiosk's anonymous questions. Each
//! is one transaction with its audit row, whose detail says what changed, before and
//! after. A change never touches a booking: one that would leave bookings outside the new
//! hours is refused until the coordinator confirms, with the bookings listed.

use chrono::{DateTime, Utc};

use super::{Actor, App, AuditAction, AuditEntry, StoreError};
use crate::catalogue::{self, Catalogue, Difference};
use crate::domain::{
    Booking, Invalid, Question, Service, ServiceDef, ServiceId, local_date, stranded,
};

/// A coordinator's own text: (locale, Fluent id, text).
pub type OwnText = (String, String, String);

/// Bookings a change would leave outside the hours, each with its slip's short code.
pub type Stranded = Vec<(String, Booking)>;

/// Why a change was not saved.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the service breaks a rule: {0:?}")]
    Invalid(Invalid),
    /// Bookings still to be served that the change would leave outside the hours; saved
    /// only when confirmed.
    #[error("{} bookings would be left outside the new hours", .0.len())]
    Stranded(Stranded),
    #[error("a service called {0} exists already")]
    SlugTaken(String),
    #[error("no such service")]
    UnknownService,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The settings name of the questions' list.
const QUESTIONS: &str = "questions";

/// At most this many questions are asked: each is one more screen before the services.
pub const MAX_QUESTIONS: usize = 3;

impl App {
    /// The coordinator's own texts of this site.
    pub fn own_texts(&self) -> Result<Vec<OwnText>, StoreError> {
        self.store.texts()
    }

    /// The questions the kiosk asks (none until a coordinator chooses some).
    pub fn questions(&self) -> Result<Vec<Question>, StoreError> {
        Ok(self
            .store
            .setting(QUESTIONS)?
            .unwrap_or_default()
            .split(',')
            .filter_map(Question::parse)
            .take(MAX_QUESTIONS)
            .collect())
    }

    /// Chooses the questions the kiosk asks (at most three; more are not saved).
    pub fn set_questions(
        &self,
        actor: &Actor,
        questions: &[Question],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let value: Vec<&str> = questions
            .iter()
            .take(MAX_QUESTIONS)
            .map(|q| q.as_str())
            .collect();
        let value = value.join(",");
        self.store.audited(
            self.config.timezone,
            |store| {
                let before = store.setting(QUESTIONS)?.unwrap_or_default();
                Ok(store.set_setting(QUESTIONS, &value)?.then_some(before))
            },
            |before| AuditEntry {
                detail: format!("questions: {before} → {value}"),
                ..actor.entry(AuditAction::SettingsChanged, None, now)
            },
        )?;
        Ok(())
    }

    /// Saves a service: a new one (`id` None) at the end of the catalogue, or a change to
    /// one, with its own texts (an empty text removes one). Checked first; bookings the
    /// change would leave outside its hours refuse it unless `confirmed`.
    pub fn save_service(
        &self,
        actor: &Actor,
        id: Option<ServiceId>,
        def: &ServiceDef,
        texts: &[OwnText],
        confirmed: bool,
        now: DateTime<Utc>,
    ) -> Result<ServiceId, ChangeError> {
        def.check().map_err(ChangeError::Invalid)?;
        let tz = self.config.timezone;
        self.store.write(|| {
            let services = self.store.services()?;
            let own = self.store.texts()?;
            let current = match id {
                Some(id) => Some(
                    services
                        .iter()
                        .find(|s| s.id == id)
                        .ok_or(ChangeError::UnknownService)?,
                ),
                None => {
                    if services.iter().any(|s| s.slug == def.slug) {
                        return Err(ChangeError::SlugTaken(def.slug.clone()));
                    }
                    None
                }
            };
            // A service keeps its slug: its names in every language hang on it.
            let def = &ServiceDef {
                slug: current.map_or_else(|| def.slug.clone(), |c| c.slug.clone()),
                ..def.clone()
            };
            if let Some(current) = current
                && !confirmed
            {
                let left = self.stranded_by(current, &current.with_def(def), now)?;
                if !left.is_empty() {
                    return Err(ChangeError::Stranded(left));
                }
            }
            let file = Catalogue {
                services: vec![def.clone()],
                texts: texts.to_vec(),
            };
            let diff: Vec<String> = catalogue::differences(&services, &own, &file)
                .into_iter()
                .filter(|d| !matches!(d, Difference::Withdrawn(_)))
                .map(|d| described(&d))
                .collect();
            let saved = match current {
                Some(current) => {
                    self.store.replace_service(current.id, def)?;
                    current.id
                }
                None => self.store.add_service(def)?,
            };
            for (locale, message, text) in texts {
                self.store.set_text(locale, message, Some(text))?;
            }
            for (locale, message, _) in own.iter().filter(|(l, m, _)| {
                is_about(m, &def.slug) && !texts.iter().any(|(tl, tm, _)| tl == l && tm == m)
            }) {
                self.store.set_text(locale, message, None)?;
            }
            if !diff.is_empty() {
                let action = if current.is_some() {
                    AuditAction::ServiceChanged
                } else {
                    AuditAction::ServiceAdded
                };
                self.store.audit(
                    &AuditEntry {
                        service: Some(saved),
                        detail: diff.join("; "),
                        ..actor.entry(action, None, now)
                    },
                    tz,
                )?;
            }
            Ok(saved)
        })
    }

    /// Offers a service again or stops offering it. Withdrawing one that has bookings to
    /// serve is refused unless `confirmed`; the bookings stay either way.
    pub fn set_service_active(
        &self,
        actor: &Actor,
        id: ServiceId,
        active: bool,
        confirmed: bool,
        now: DateTime<Utc>,
    ) -> Result<(), ChangeError> {
        self.store.write(|| {
            let services = self.store.services()?;
            let service = services
                .iter()
                .find(|s| s.id == id)
                .ok_or(ChangeError::UnknownService)?;
            if !active && !confirmed {
                let mut after = service.clone();
                after.active = false;
                let left = self.stranded_by(service, &after, now)?;
                if !left.is_empty() {
                    return Err(ChangeError::Stranded(left));
                }
            }
            if self.store.set_service_active(id, active)? {
                self.store.audit(
                    &AuditEntry {
                        service: Some(id),
                        detail: format!("active: {} → {active}", !active),
                        ..actor.entry(AuditAction::ServiceChanged, None, now)
                    },
                    self.config.timezone,
                )?;
            }
            Ok(())
        })
    }

    /// Moves a service's tile `offset` places up (negative) or down the catalogue.
    pub fn move_service(
        &self,
        actor: &Actor,
        id: ServiceId,
        offset: i32,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.store.audited(
            self.config.timezone,
            |store| {
                let mut order: Vec<ServiceId> = store.services()?.iter().map(|s| s.id).collect();
                let Some(from) = order.iter().position(|s| *s == id) else {
                    return Ok(None);
                };
                let to = (from as i64 + i64::from(offset)).clamp(0, order.len() as i64 - 1);
                if to as usize == from {
                    return Ok(None);
                }
                let moved = order.remove(from);
                order.insert(to as usize, moved);
                store.set_service_order(&order)?;
                Ok(Some((from, to)))
            },
            |(from, to)| AuditEntry {
                service: Some(id),
                detail: format!("position: {} → {}", from + 1, to + 1),
                ..actor.entry(AuditAction::ServiceChanged, None, now)
            },
        )?;
        Ok(())
    }

    /// What importing `file` would change, and the bookings it would leave outside their
    /// services' hours.
    pub fn import_preview(
        &self,
        file: &Catalogue,
        now: DateTime<Utc>,
    ) -> Result<(Vec<Difference>, Stranded), StoreError> {
        let services = self.store.services()?;
        let own = self.store.texts()?;
        let mut left = Vec::new();
        for service in services.iter().filter(|s| s.active) {
            let after = match file.services.iter().find(|d| d.slug == service.slug) {
                Some(def) => service.with_def(def),
                None => Service {
                    active: false,
                    ..service.clone()
                },
            };
            left.extend(self.stranded_by(service, &after, now)?);
        }
        Ok((catalogue::differences(&services, &own, file), left))
    }

    /// Imports a whole catalogue, all or nothing: the file's services are added or
    /// changed and put in its order, the others are no longer offered (their bookings
    /// stay), and the file's own texts replace the site's. Returns what changed.
    pub fn import_catalogue(
        &self,
        actor: &Actor,
        file: &Catalogue,
        confirmed: bool,
        now: DateTime<Utc>,
    ) -> Result<Vec<Difference>, ChangeError> {
        for def in &file.services {
            def.check().map_err(ChangeError::Invalid)?;
        }
        self.store.write(|| {
            let (diff, left) = self.import_preview(file, now)?;
            if !left.is_empty() && !confirmed {
                return Err(ChangeError::Stranded(left));
            }
            if diff.is_empty() {
                return Ok(diff);
            }
            let services = self.store.services()?;
            let mut order = Vec::new();
            for def in &file.services {
                let id = match services.iter().find(|s| s.slug == def.slug) {
                    Some(service) => {
                        self.store.replace_service(service.id, def)?;
                        self.store.set_service_active(service.id, true)?;
                        service.id
                    }
                    None => self.store.add_service(def)?,
                };
                order.push(id);
            }
            for service in &services {
                if !file.services.iter().any(|d| d.slug == service.slug) {
                    self.store.set_service_active(service.id, false)?;
                    order.push(service.id);
                }
            }
            self.store.set_service_order(&order)?;
            // The file's services take the file's own texts; a service the file leaves
            // out keeps its own, for the day it is offered again.
            for (locale, message, _) in self.store.texts()? {
                if file.services.iter().any(|d| is_about(&message, &d.slug)) {
                    self.store.set_text(&locale, &message, None)?;
                }
            }
            for (locale, message, text) in &file.texts {
                self.store.set_text(locale, message, Some(text))?;
            }
            let detail: Vec<String> = diff.iter().map(described).collect();
            self.store.audit(
                &AuditEntry {
                    detail: detail.join("; "),
                    ..actor.entry(AuditAction::CatalogueImported, None, now)
                },
                self.config.timezone,
            )?;
            Ok(diff)
        })
    }

    /// The bookings from today on that `after` (a service as a change would leave it)
    /// no longer holds within its hours, each with its slip's short code.
    fn stranded_by(
        &self,
        before: &Service,
        after: &Service,
        now: DateTime<Utc>,
    ) -> Result<Stranded, StoreError> {
        let tz = self.config.timezone;
        let today = local_date(now, tz);
        let open = self.store.open_bookings_from(before.id, today)?;
        // Only what this change strands: bookings already outside the hours (a service
        // closed for the rest of a day, one no longer offered) were left there before.
        let already: Vec<_> = stranded(before, &open, tz).iter().map(|b| b.id).collect();
        stranded(after, &open, tz)
            .into_iter()
            .filter(|b| b.slot.end > now && !already.contains(&b.id))
            .map(|b| Ok((self.store.short_code_of(b.id)?, b.clone())))
            .collect()
    }
}

/// Whether a Fluent id is a service's name or description.
fn is_about(message: &str, slug: &str) -> bool {
    message == catalogue::name_id(slug) || message == catalogue::description_id(slug)
}

/// A difference as the audit log keeps it: language-neutral keys and values.
pub fn described(difference: &Difference) -> String {
    match difference {
        Difference::Added(slug) => format!("+{slug}"),
        Difference::Withdrawn(slug) => format!("-{slug}"),
        Difference::Changed {
            slug,
            field,
            before,
            after,
        } => format!("{slug} {field}: {before} → {after}"),
    }
}
