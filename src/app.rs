//! The shell every front end shares: the data folder, settings, signing keys and store,
//! and the use cases (today's availability, booking, scanning) that tie them to the domain.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::{Config, SettingsError};
use crate::domain::availability::day_availability;
use crate::domain::{
    Booking, BookingRules, DayAvailability, Service, ServiceId, Status, Verdict, local_date,
    scan_verdict,
};
use crate::store::{NewVisit, Store};
// The store's types that cross the door: front ends name them through `app`.
use crate::store::Retention;
pub use crate::store::{
    AuditAction, AuditEntry, AuditRecord, Backup, BackupError, BackupFile, BackupFileError,
    BookError, BookingRequest, Copied, CopyError, Durability, Figure, Forgotten, HelpCall,
    HelpSent, Inspection, Location, Offer, QueueCall, Role, Server, StaffId, StaffMember,
    StandbyEntry, StoreError, Visit,
};
use crate::token::{Forged, KeyFileError, Keyring, Scanned, parse_scan};

mod backups;
mod console;
pub use crate::domain::Question;
pub use backups::{
    FolderBackup, FolderBackupError, RESTORE_WAIT, RestoreError, Restored, backup_name,
    backup_time, expired_backups, restore,
};
pub use console::{ChangeError, MAX_QUESTIONS, OwnText, described};

/// Environment variable naming the data folder when `--data-dir` is not given.
pub const DATA_DIR_ENV: &str = "SOSTA_DATA_DIR";

/// Environment variable naming a PostgreSQL database; it wins over `[database] url`.
pub const DATABASE_URL_ENV: &str = "SOSTA_DATABASE_URL";

/// The database `SOSTA_DATABASE_URL` names, if it is set and not empty.
fn database_from_env() -> Result<Option<crate::store::Server>, AppError> {
    let Some(url) = std::env::var_os(DATABASE_URL_ENV) else {
        return Ok(None);
    };
    let url = url.to_string_lossy();
    if url.trim().is_empty() {
        return Ok(None);
    }
    crate::store::Server::parse(url.trim())
        .map(Some)
        .map_err(|detail| {
            AppError::Settings(SettingsError {
                file: PathBuf::from(DATABASE_URL_ENV),
                line: None,
                problem: crate::config::Problem::DatabaseUrl(detail),
            })
        })
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("cannot use the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no data folder: set --data-dir or SOSTA_DATA_DIR")]
    NoDataDir,
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the key file {path} is damaged: {source}")]
    KeyFile { path: PathBuf, source: KeyFileError },
    #[error("cannot create a signing key: {0}")]
    KeyGeneration(String),
}

/// The data folder: database, signing keys, settings and printed slips.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir(PathBuf);

impl DataDir {
    /// `--data-dir`, else `SOSTA_DATA_DIR`, else the platform's data folder.
    pub fn resolve(flag: Option<PathBuf>) -> Result<DataDir, AppError> {
        flag.or_else(|| std::env::var_os(DATA_DIR_ENV).map(PathBuf::from))
            .or_else(|| {
                directories::ProjectDirs::from("", "", "sosta").map(|d| d.data_dir().to_path_buf())
            })
            .map(DataDir)
            .ok_or(AppError::NoDataDir)
    }

    pub fn root(&self) -> &Path {
        &self.0
    }
    pub fn database(&self) -> PathBuf {
        self.0.join("sosta.db")
    }
    pub fn keys(&self) -> PathBuf {
        self.0.join("slip-keys")
    }
    pub fn settings(&self) -> PathBuf {
        self.0.join("sosta.toml")
    }
    pub fn slips(&self) -> PathBuf {
        self.0.join("slips")
    }
}

pub struct App {
    pub data_dir: DataDir,
    pub config: Config,
    pub keys: Keyring,
    pub store: Store,
}

/// A service and what is left of it today.
pub struct ServiceToday {
    pub service: Service,
    pub availability: DayAvailability,
}

/// The end of a scan: one verdict, and the booking and visit it is about, if any.
#[derive(Clone, Debug)]
pub struct ScanOutcome {
    pub verdict: Verdict,
    pub booking: Option<Booking>,
    pub visit: Option<Visit>,
}

impl App {
    /// Opens the data folder, creating and seeding whatever a first run needs.
    /// `languages` are the shipped locales the settings may name.
    pub fn open(data_dir: DataDir, languages: &[&str]) -> Result<App, AppError> {
        App::open_with(data_dir, languages, Durability::Full)
    }

    /// [`App::open`], saying how much a commit must survive: [`Durability::ThrowAway`] only
    /// for a demo folder deleted when the process ends.
    pub fn open_with(
        data_dir: DataDir,
        languages: &[&str],
        durability: Durability,
    ) -> Result<App, AppError> {
        let root = data_dir.root();
        crate::files::create_private_dir(root).map_err(|source| AppError::DataDir {
            path: root.to_path_buf(),
            source,
        })?;
        let settings_path = data_dir.settings();
        create_once(
            &settings_path,
            crate::config::DEFAULT_TEXT.as_bytes(),
            0o600,
        )?;
        let text = fs::read_to_string(&settings_path).map_err(|e| SettingsError {
            file: settings_path.clone(),
            line: None,
            problem: crate::config::Problem::Read(e.to_string()),
        })?;
        let config = Config::parse(&settings_path, &text, languages)?;
        let location = data_location(&data_dir, &config)?;
        if let Location::File(database) = &location {
            private_database(database).map_err(|source| AppError::DataDir {
                path: database.clone(),
                source,
            })?;
        }
        let mut store = Store::open_at(&location, durability)?.with_site(&config.site_id)?;
        let keys = match &location {
            Location::File(_) => load_or_create_keys(&data_dir.keys())?,
            // Every computer of a site signs and checks slips with the keys in its shared
            // database; the first computer to connect puts its own there.
            Location::Server(server) => {
                let text = match store.site_keyring()? {
                    Some(text) => text,
                    None => {
                        let local = load_or_create_keys(&data_dir.keys())?;
                        store.share_keyring(&local.to_text())?
                    }
                };
                parse_site_keys(server, &text)?
            }
        };
        let catalogue = crate::catalogue::parse(
            Path::new("assets/services.toml"),
            crate::catalogue::DEFAULT_TEXT,
        )?;
        store.seed(&catalogue)?;
        Ok(App {
            data_dir,
            config,
            keys,
            store,
        })
    }

    /// The nightly step of forgetting: counts the finished days, coarsens their times, and
    /// deletes visits, bookings and audit rows older than the settings' retention periods.
    pub fn forget(&self, now: DateTime<Utc>) -> Result<Forgotten, StoreError> {
        let retention = Retention {
            visits_days: self.config.visit_retention_days,
            audit_days: self.config.audit_retention_days,
        };
        let tz = self.config.timezone;
        self.store.forget(local_date(now, tz), retention, tz)
    }

    /// Copies this site's data into an empty PostgreSQL database: moving a site from one
    /// computer's SQLite file to the server several computers share.
    pub fn copy_to_server(&self, server: &Server) -> Result<Vec<Copied>, CopyError> {
        let target = Store::connect(server)?.with_site(self.store.site())?;
        self.store.copy_to(&target, &self.keys.to_text())
    }

    /// Signs new slips with a fresh key; slips signed before stay valid (their key is kept
    /// to check them). Stored where the site keeps its keys: the key file, or the shared
    /// database, where the other computers find it when they meet a slip signed with it.
    pub fn rotate_keys(&mut self) -> Result<u8, AppError> {
        let mut keys = match self.store.location() {
            Location::Server(server) => match self.store.site_keyring()? {
                Some(text) => parse_site_keys(server, &text)?,
                None => self.keys.clone(),
            },
            Location::File(_) => self.keys.clone(),
        };
        keys.rotate()
            .map_err(|e| AppError::KeyGeneration(e.to_string()))?;
        match self.store.location() {
            Location::Server(_) => self.store.set_keyring(&keys.to_text())?,
            Location::File(_) => {
                let path = self.data_dir.keys();
                crate::files::write_atomically(&path, keys.to_text().as_bytes())
                    .map_err(|source| AppError::DataDir { path, source })?
            }
        }
        self.keys = keys;
        Ok(self.keys.active_id())
    }

    /// The counts of the finished days from `from` to `to`, both included.
    pub fn figures(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Figure>, StoreError> {
        self.store.figures(from, to)
    }

    /// Every active service with its availability on the day of `now`.
    pub fn today(&self, now: DateTime<Utc>) -> Result<Vec<ServiceToday>, StoreError> {
        let day = local_date(now, self.config.timezone);
        self.store
            .services()?
            .into_iter()
            .filter(|s| s.active)
            .map(|service| {
                let bookings = self.store.day_bookings(service.id, day)?;
                let availability = day_availability(
                    &service,
                    day,
                    &bookings,
                    &self.config.rules,
                    self.config.timezone,
                    now,
                );
                Ok(ServiceToday {
                    service,
                    availability,
                })
            })
            .collect()
    }

    pub fn service_by_slug(&self, slug: &str) -> Result<Option<Service>, StoreError> {
        Ok(self.store.services()?.into_iter().find(|s| s.slug == slug))
    }

    /// Checks a new visit in from this kiosk and books the requests, all or nothing.
    pub fn book(
        &mut self,
        lang: &str,
        requests: &[BookingRequest],
        now: DateTime<Utc>,
    ) -> Result<(Visit, Vec<Booking>), BookError> {
        let rules = BookingRules {
            rebook_after: chrono::Duration::zero(),
            ..self.config.rules
        };
        self.book_with(lang, requests, &rules, now)
    }

    /// Books for a visitor at this kiosk: like `book`, and the kiosk also refuses a second
    /// booking of a service it booked within `[kiosk] rebook_minutes` (fair share).
    pub fn book_at_kiosk(
        &mut self,
        lang: &str,
        answers: &[(crate::domain::Question, &'static str)],
        requests: &[BookingRequest],
        now: DateTime<Utc>,
    ) -> Result<(Visit, Vec<Booking>), BookError> {
        let rules = self.config.rules;
        let visit = NewVisit {
            kiosk: self.config.kiosk.clone(),
            lang: lang.to_owned(),
            answers: answers.to_vec(),
        };
        self.store
            .book_visit(&visit, requests, &rules, self.config.timezone, now)
    }

    /// A visitor waits for a place of a service full today: a new anonymous visit on the
    /// service's standby list, with its number. `None` when the service is not full (a
    /// place can be booked) or not running today.
    pub fn join_standby(
        &self,
        lang: &str,
        answers: &[(crate::domain::Question, &'static str)],
        service: ServiceId,
        now: DateTime<Utc>,
    ) -> Result<Option<(Visit, u32)>, StoreError> {
        let full = self
            .today(now)?
            .iter()
            .any(|s| s.service.id == service && s.availability.standby_open());
        if !full {
            return Ok(None);
        }
        let visit = NewVisit {
            kiosk: self.config.kiosk.clone(),
            lang: lang.to_owned(),
            answers: answers.to_vec(),
        };
        self.store
            .join_standby(&visit, service, self.config.timezone, now)
            .map(Some)
    }

    /// Today's standby entries of the site, in the order they joined.
    pub fn standby_today(&self, now: DateTime<Utc>) -> Result<Vec<StandbyEntry>, StoreError> {
        self.store.standby_on(local_date(now, self.config.timezone))
    }

    /// Offers of a freed place nobody took within `[booking] standby_minutes` go to the
    /// next one waiting. Stations and the display call this as they poll.
    pub fn pass_on_standby(&self, now: DateTime<Utc>) -> Result<u32, StoreError> {
        let wait = chrono::Duration::minutes(i64::from(self.config.standby_minutes));
        self.store.pass_on_standby(wait, now)
    }

    fn book_with(
        &mut self,
        lang: &str,
        requests: &[BookingRequest],
        rules: &BookingRules,
        now: DateTime<Utc>,
    ) -> Result<(Visit, Vec<Booking>), BookError> {
        let visit = NewVisit {
            kiosk: self.config.kiosk.clone(),
            lang: lang.to_owned(),
            answers: Vec::new(),
        };
        self.store
            .book_visit(&visit, requests, rules, self.config.timezone, now)
    }

    /// The QR payload of a visit's slip.
    pub fn payload(&self, visit: &Visit) -> Result<String, crate::token::TokenError> {
        self.keys.sign(visit.id, visit.issued_on)
    }

    /// The visit a scanned payload or typed short code stands for, or the verdict that
    /// says why there is none (`malformed`, `forged`, `unknown`).
    pub fn lookup(&self, raw: &str) -> Result<Result<Visit, Verdict>, StoreError> {
        let visit = match parse_scan(raw) {
            Err(_) => return Ok(Err(Verdict::Malformed)),
            Ok(Scanned::Payload(token)) => {
                let verified = match self.keys.verify(&token) {
                    Ok(verified) => Some(verified),
                    // A key another computer of the site made after this one started.
                    Err(Forged::UnknownKey(_))
                        if matches!(self.store.location(), Location::Server(_)) =>
                    {
                        self.shared_keys()?
                            .and_then(|keys| keys.verify(&token).ok())
                    }
                    Err(_) => None,
                };
                match verified {
                    Some(verified) => self.store.visit(verified.visit)?,
                    // Signed by another site of the same database: genuine, but not ours.
                    None if self.signed_by_another_site(&token)? => {
                        return Ok(Err(Verdict::Unknown));
                    }
                    None => return Ok(Err(Verdict::Forged)),
                }
            }
            Ok(Scanned::ShortCode(code)) => self.store.visit_by_short_code(&code)?,
        };
        Ok(visit.ok_or(Verdict::Unknown))
    }

    // The doors front ends use: every read they need and every staff action, each action
    // one transaction with its audit row (`Store::audited`). Front ends never name the
    // store itself.

    /// Every service, with today's changes (closures, capacity, calls).
    pub fn services(&self) -> Result<Vec<Service>, StoreError> {
        self.store.services()
    }

    /// Every staff account, active or not.
    pub fn staff_members(&self) -> Result<Vec<StaffMember>, StoreError> {
        self.store.staff_members()
    }

    pub fn staff_member(&self, id: StaffId) -> Result<Option<StaffMember>, StoreError> {
        self.store.staff_by_id(id)
    }

    /// The account with this name, whatever its case.
    pub fn staff_by_name(&self, name: &str) -> Result<Option<StaffMember>, StoreError> {
        self.store.staff_by_name(name)
    }

    /// The audit log of one local day, in time order.
    pub fn audit_on(&self, day: NaiveDate) -> Result<Vec<AuditRecord>, StoreError> {
        self.store.audit_on(day)
    }

    /// Every booking of a service on a day, whatever its status.
    pub fn day_bookings(
        &self,
        service: ServiceId,
        day: NaiveDate,
    ) -> Result<Vec<Booking>, StoreError> {
        self.store.day_bookings(service, day)
    }

    /// The queue number a desk called last on a day (0 before the first call).
    pub fn called(&self, service: ServiceId, day: NaiveDate) -> Result<u32, StoreError> {
        self.store.called(service, day)
    }

    /// The numbers the queue desks called today, newest first (the waiting room's display).
    pub fn queue_calls(&self, now: DateTime<Utc>) -> Result<Vec<QueueCall>, StoreError> {
        let day = local_date(now, self.config.timezone);
        // Enough for every desk's last calls on a busy day.
        self.store.queue_calls(day, 400)
    }

    /// This kiosk calls staff (at most once a minute).
    pub fn call_for_help(&self, now: DateTime<Utc>) -> Result<HelpSent, StoreError> {
        self.store
            .call_for_help(&self.config.kiosk, now, self.config.timezone)
    }

    /// The calls for help nobody has answered yet.
    pub fn open_help_calls(&self) -> Result<Vec<HelpCall>, StoreError> {
        self.store.open_help_calls()
    }

    /// "I am going": `false` when another staff member answered first.
    pub fn answer_help(
        &self,
        actor: &Actor,
        call: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let Some(staff) = actor.staff else {
            return Ok(false);
        };
        self.store
            .answer_help(call, staff, &actor.station, now, self.config.timezone)
    }

    /// The short codes this kiosk issued last today, newest first (for reprints).
    pub fn recent_codes(&self, day: NaiveDate, limit: usize) -> Result<Vec<String>, StoreError> {
        Ok(self
            .store
            .recent_codes(&self.config.kiosk, day, limit)?
            .iter()
            .map(ToString::to_string)
            .collect())
    }

    /// A number that changes whenever another process commits (see `Store::data_version`).
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.store.data_version()
    }

    /// Marks a booking served with the items handed out; `false` if it was no longer
    /// booked (another desk was quicker).
    pub fn serve(
        &self,
        actor: &Actor,
        booking: &Booking,
        quantity: u32,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let detail = quantity.to_string();
        self.change_booking(actor, booking, AuditAction::Serve, detail, now, |store| {
            store.serve_quantity(booking.id, quantity, now)
        })
    }

    /// Marks a booking still `booked` as a no-show.
    pub fn mark_no_show(
        &self,
        actor: &Actor,
        booking: &Booking,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.change_booking(
            actor,
            booking,
            AuditAction::NoShow,
            String::new(),
            now,
            |store| store.mark_no_show(booking.id, now),
        )
    }

    /// Cancels a booking still `booked`, which frees its place.
    pub fn cancel(
        &self,
        actor: &Actor,
        booking: &Booking,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.change_booking(
            actor,
            booking,
            AuditAction::Cancel,
            String::new(),
            now,
            |store| store.cancel(booking.id, now),
        )
    }

    /// A change of one booking that happens only while it is still `booked` (so exactly one
    /// desk wins), with its audit row in the same transaction; whether it happened.
    fn change_booking(
        &self,
        actor: &Actor,
        booking: &Booking,
        action: AuditAction,
        detail: String,
        now: DateTime<Utc>,
        change: impl FnOnce(&Store) -> Result<bool, StoreError>,
    ) -> Result<bool, StoreError> {
        let changed = self.store.audited(
            self.config.timezone,
            |store| Ok(change(store)?.then_some(())),
            |()| AuditEntry {
                detail,
                ..actor.entry(action, Some(booking), now)
            },
        )?;
        Ok(changed.is_some())
    }

    /// Closes a service from now to the end of today.
    pub fn close_rest_of_day(
        &self,
        actor: &Actor,
        service: ServiceId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let day = local_date(now, self.config.timezone);
        self.store.audited(
            self.config.timezone,
            |store| store.close_rest_of_day(service, day, now).map(Some),
            |()| AuditEntry {
                service: Some(service),
                ..actor.entry(AuditAction::CloseService, None, now)
            },
        )?;
        Ok(())
    }

    /// Sets a service's capacity for today.
    pub fn set_day_capacity(
        &self,
        actor: &Actor,
        service: ServiceId,
        capacity: u32,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let day = local_date(now, self.config.timezone);
        self.store.audited(
            self.config.timezone,
            |store| store.set_day_capacity(service, day, capacity).map(Some),
            |()| AuditEntry {
                service: Some(service),
                detail: capacity.to_string(),
                ..actor.entry(AuditAction::Capacity, None, now)
            },
        )?;
        Ok(())
    }

    /// "Call next" at a queue desk: the number called, or `None` when nobody waits.
    pub fn call_next(
        &self,
        actor: &Actor,
        service: ServiceId,
        now: DateTime<Utc>,
    ) -> Result<Option<u32>, StoreError> {
        let day = local_date(now, self.config.timezone);
        self.store.audited(
            self.config.timezone,
            |store| store.call_next(service, day, now),
            |number| AuditEntry {
                service: Some(service),
                detail: number.to_string(),
                ..actor.entry(AuditAction::CallNext, None, now)
            },
        )
    }

    /// Writes an action that changes no data (a logout, the kiosk closed) to the audit log.
    pub fn record(
        &self,
        actor: &Actor,
        action: AuditAction,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.store
            .audit(&actor.entry(action, None, now), self.config.timezone)
    }

    /// The visit of a genuine slip or short code, if there is one.
    pub fn find_visit(&self, raw: &str) -> Result<Option<Visit>, StoreError> {
        Ok(self.lookup(raw)?.ok())
    }

    /// Turns what a scanner typed into a verdict; with `serve_by`, a valid booking is
    /// marked served by that actor, exactly once across every station, with its audit row
    /// in the same transaction.
    ///
    /// When the database cannot be read (a server away, a damaged file), a slip signed here
    /// still gets what can be known without it: genuine and for today
    /// ([`Verdict::GenuineOffline`], never served), or not for today; the error goes to the
    /// log. A short code cannot be checked without the database: the error is returned.
    pub fn scan(
        &self,
        raw: &str,
        desk: Option<ServiceId>,
        serve_by: Option<&Actor>,
        now: DateTime<Utc>,
    ) -> Result<ScanOutcome, StoreError> {
        self.scan_online(raw, desk, serve_by, now).or_else(|e| {
            let Ok(Scanned::Payload(token)) = parse_scan(raw) else {
                return Err(e);
            };
            let Ok(token) = self.keys.verify(&token) else {
                return Err(e);
            };
            log::warn!("a slip was checked without the database: {e}");
            let today = local_date(now, self.config.timezone);
            Ok(ScanOutcome {
                verdict: if token.issued_on == today {
                    Verdict::GenuineOffline
                } else {
                    Verdict::NotToday
                },
                booking: None,
                visit: None,
            })
        })
    }

    fn scan_online(
        &self,
        raw: &str,
        desk: Option<ServiceId>,
        serve_by: Option<&Actor>,
        now: DateTime<Utc>,
    ) -> Result<ScanOutcome, StoreError> {
        let nothing = |verdict| ScanOutcome {
            verdict,
            booking: None,
            visit: None,
        };
        let visit = match self.lookup(raw)? {
            Err(verdict) => return Ok(nothing(verdict)),
            Ok(visit) => visit,
        };
        let today = local_date(now, self.config.timezone);
        let rules = &self.config.rules;
        let bookings = self.store.visit_bookings(visit.id)?;
        let (mut verdict, booking) =
            scan_verdict(visit.issued_on, today, &bookings, desk, rules, now);
        let mut booking = booking.cloned();
        if let Some(actor) = serve_by
            && verdict == Verdict::Valid
            && let Some(b) = booking.as_ref()
        {
            if self.serve(actor, b, b.quantity.max(1), now)? {
                verdict = Verdict::Served;
                booking = booking.map(|b| Booking {
                    status: Status::Served,
                    served_at: Some(now),
                    ..b
                });
            } else {
                // Another station changed it between our read and our write: say what it
                // is now.
                let bookings = self.store.visit_bookings(visit.id)?;
                let (again, b) = scan_verdict(visit.issued_on, today, &bookings, desk, rules, now);
                verdict = again;
                booking = b.cloned();
            }
        }
        Ok(ScanOutcome {
            verdict,
            booking,
            visit: Some(visit),
        })
    }
}

/// Who does a staff action, for the audit log: a staff member at a station, or the command
/// line (where nobody logs in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub staff: Option<StaffId>,
    pub station: String,
    /// The desk (service) a station serves, named in the audit log when an action is
    /// about no booking in particular.
    pub desk: Option<ServiceId>,
}

impl Actor {
    /// The audit entry of `action` by this actor on a booking (its service too).
    pub fn entry(
        &self,
        action: AuditAction,
        booking: Option<&Booking>,
        at: DateTime<Utc>,
    ) -> AuditEntry {
        AuditEntry {
            at,
            staff: self.staff,
            station: self.station.clone(),
            action,
            service: booking.map(|b| b.service).or(self.desk),
            booking: booking.map(|b| b.id),
            detail: String::new(),
        }
    }
}

/// Where a data folder's data is: the server `SOSTA_DATABASE_URL` or `[database] url`
/// names, else the SQLite file in the folder.
pub fn data_location(data_dir: &DataDir, config: &Config) -> Result<Location, AppError> {
    Ok(
        match database_from_env()?.or_else(|| config.database.clone()) {
            Some(server) => Location::Server(server),
            None => Location::File(data_dir.database()),
        },
    )
}

/// The settings of a data folder as the next start would read them, without creating the
/// file: `None` when there is none yet (a first start writes the defaults).
pub fn read_settings(
    data_dir: &DataDir,
    languages: &[&str],
) -> Result<Option<Config>, SettingsError> {
    let path = data_dir.settings();
    match fs::read_to_string(&path) {
        Ok(text) => Config::parse(&path, &text, languages).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SettingsError {
            file: path,
            line: None,
            problem: crate::config::Problem::Read(e.to_string()),
        }),
    }
}

/// A look at a site's data that changes nothing: a SQLite file is opened read-only (and
/// never created), a server is connected to as every start does.
pub fn inspect_data(location: &Location, site: &str) -> Result<Inspection, StoreError> {
    let mut store = match location {
        Location::File(path) => Store::open_read_only(path)?,
        Location::Server(server) => Store::connect(server)?,
    };
    store.switch_site(site);
    store.inspect()
}

/// Reads a key file as a start would, without creating it.
pub fn read_key_file(path: &Path) -> Result<(), AppError> {
    let text = fs::read_to_string(path).map_err(|source| AppError::DataDir {
        path: path.to_path_buf(),
        source,
    })?;
    Keyring::parse(&text)
        .map(|_| ())
        .map_err(|source| AppError::KeyFile {
            path: path.to_path_buf(),
            source,
        })
}

/// Makes the database file (and its WAL and shared-memory files, if any) readable by
/// Sosta's user only. SQLite gives the WAL and SHM files the database file's mode, so
/// creating the database 0600 before SQLite opens it keeps them private too.
fn private_database(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    drop(options.open(path)?);
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt as _;
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let file = PathBuf::from(name);
        if file.exists() {
            fs::set_permissions(&file, fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

/// Writes a file only if it does not exist yet, atomically: a concurrent first run either
/// sees the whole file or writes its own, never half of one.
fn create_once(path: &Path, contents: &[u8], mode: u32) -> Result<(), AppError> {
    if path.exists() {
        return Ok(());
    }
    let io = |source| AppError::DataDir {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    {
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
        #[cfg(not(unix))]
        let _ = mode;
        let mut file = options.open(&tmp).map_err(io)?;
        file.write_all(contents).map_err(io)?;
        file.sync_all().map_err(io)?;
    }
    // A hard link never replaces an existing file, unlike rename.
    let linked = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e)),
    }
}

impl App {
    /// Whether another site of this database signed a slip.
    fn signed_by_another_site(
        &self,
        token: &crate::token::ScannedToken,
    ) -> Result<bool, StoreError> {
        if !matches!(self.store.location(), Location::Server(_)) {
            return Ok(false);
        }
        Ok(self
            .store
            .other_sites_keyrings()?
            .iter()
            .filter_map(|text| Keyring::parse(text).ok())
            .any(|keys| keys.verify(token).is_ok()))
    }

    /// Switches the command line to another site of the same database (`--site`), to
    /// read its services or its audit log.
    pub fn view_site(&mut self, site: &str) {
        self.store.switch_site(site);
    }

    /// The keys in the site's shared database as they are now, if they parse.
    fn shared_keys(&self) -> Result<Option<Keyring>, StoreError> {
        Ok(self
            .store
            .site_keyring()?
            .and_then(|text| Keyring::parse(&text).ok()))
    }
}

fn parse_site_keys(server: &Server, text: &str) -> Result<Keyring, AppError> {
    Keyring::parse(text).map_err(|source| AppError::KeyFile {
        path: PathBuf::from(format!("{server} (site_key)")),
        source,
    })
}

fn load_or_create_keys(path: &Path) -> Result<Keyring, AppError> {
    if !path.exists() {
        let keys = Keyring::generate(1).map_err(|e| AppError::KeyGeneration(e.to_string()))?;
        create_once(path, keys.to_text().as_bytes(), 0o600)?;
    }
    let text = fs::read_to_string(path).map_err(|source| AppError::DataDir {
        path: path.to_path_buf(),
        source,
    })?;
    Keyring::parse(&text).map_err(|source| AppError::KeyFile {
        path: path.to_path_buf(),
        source,
    })
}
