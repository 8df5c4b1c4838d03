//! The one place that speaks SQL: a SQLite file with numbered, append-only migrations.
//!
//! Writes that check capacity run in `BEGIN IMMEDIATE` transactions, so concurrent kiosks
//! and staff stations on the same file queue for the write lock instead of overbooking.
//! The journal is WAL with `synchronous=FULL`: a booking reported as made survives a
//! power cut, and the slip is printed only after the commit.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use crate::domain::booking::Wanted;
use crate::domain::decide::{BookingFacts, decide};
use crate::domain::{
    Booking, BookingId, BookingRules, DayChange, DayHours, Mode, Refusal, Service, ServiceId, Slot,
    Status, TimeRange, VisitId, WeeklyHours,
};
use crate::token::ShortCode;

mod staff;
pub use staff::*;

/// The migrations, in order; the database's `user_version` counts how many have run.
/// Never edit one that has shipped: add a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_staff.sql"),
    include_str!("migrations/0003_queue_calls.sql"),
    include_str!("migrations/0004_kiosk_lock.sql"),
];

/// How long a writer waits for another process's write lock before giving up.
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the database {path} failed its integrity check: {detail}")]
    Integrity { path: PathBuf, detail: String },
    #[error(
        "the database {path} has schema version {found}, newer than this program knows ({known})"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: usize,
    },
    #[error("bad value in table {table}, row {row}: {detail}")]
    Corrupt {
        table: &'static str,
        row: i64,
        detail: String,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("could not draw a random visit id: {0}")]
    Random(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// One anonymous visit, as the slip knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub id: VisitId,
    pub short_code: ShortCode,
    pub issued_on: NaiveDate,
    pub kiosk: String,
    pub lang: String,
}

/// Where and how a new visit checks in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVisit {
    pub kiosk: String,
    pub lang: String,
}

/// One place a visit asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookingRequest {
    pub service: ServiceId,
    pub wanted: Wanted,
    pub quantity: u32,
}

/// Why a booking did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("service {service:?} refused: {refusal:?}")]
    Refused {
        service: ServiceId,
        refusal: Refusal,
    },
    #[error("no service with id {0:?}")]
    NoSuchService(ServiceId),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for BookError {
    fn from(e: rusqlite::Error) -> Self {
        BookError::Store(e.into())
    }
}

/// A service as the catalogue file defines it, before it has a row id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceDef {
    pub slug: String,
    pub icon: String,
    pub desk: String,
    pub mode: Mode,
    pub slot_minutes: u32,
    pub capacity: u32,
    pub per_visit_limit: u32,
    pub minutes_per_person: u32,
    pub weekly: WeeklyHours,
    pub exceptions: BTreeMap<NaiveDate, DayHours>,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database, checks it, and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(open_error)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_error)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(open_error)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_error)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.check_integrity()?;
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn check_integrity(&self) -> Result<()> {
        let detail: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(|source| StoreError::Integrity {
                path: self.path.clone(),
                detail: source.to_string(),
            })?;
        if detail == "ok" {
            Ok(())
        } else {
            Err(StoreError::Integrity {
                path: self.path.clone(),
                detail,
            })
        }
    }

    fn migrate(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::NewerSchema {
                path: self.path.clone(),
                found: version,
                known: MIGRATIONS.len(),
            });
        }
        for migration in &MIGRATIONS[version.max(0) as usize..] {
            tx.execute_batch(migration)?;
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
        tx.commit()?;
        Ok(())
    }

    /// Fills an empty catalogue; returns whether it did. A catalogue that has services
    /// (seeded earlier, or edited by a coordinator) is left alone.
    pub fn seed(&mut self, catalogue: &[ServiceDef]) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let count: i64 = tx.query_row("SELECT count(*) FROM service", [], |row| row.get(0))?;
        if count > 0 {
            return Ok(false);
        }
        for (position, def) in catalogue.iter().enumerate() {
            insert_service(&tx, def, position)?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Every service, active or not, in catalogue order.
    pub fn services(&self) -> Result<Vec<Service>> {
        services_in(&self.conn)
    }

    /// Closes a service from `from` to the end of `day`. Bookings already made stay; staff
    /// cancel them one by one if they must.
    pub fn close_rest_of_day(
        &self,
        service: ServiceId,
        day: NaiveDate,
        from: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO service_day (service_id, on_date, closed_from) VALUES (?1, ?2, ?3)
             ON CONFLICT (service_id, on_date) DO UPDATE SET closed_from = excluded.closed_from",
            params![service.0, day.to_string(), from.timestamp()],
        )?;
        Ok(())
    }

    /// Changes a service's capacity for one day.
    pub fn set_day_capacity(
        &self,
        service: ServiceId,
        day: NaiveDate,
        capacity: u32,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO service_day (service_id, on_date, capacity) VALUES (?1, ?2, ?3)
             ON CONFLICT (service_id, on_date) DO UPDATE SET capacity = excluded.capacity",
            params![service.0, day.to_string(), capacity],
        )?;
        Ok(())
    }

    /// The short codes of a kiosk's latest visits on a day, newest first (for reprinting).
    pub fn recent_codes(
        &self,
        kiosk: &str,
        day: NaiveDate,
        limit: usize,
    ) -> Result<Vec<ShortCode>> {
        self.conn
            .prepare_cached(
                "SELECT id, short_code FROM visit WHERE kiosk = ?1 AND issued_on = ?2
                 ORDER BY id DESC LIMIT ?3",
            )?
            .query_and_then(params![kiosk, day.to_string(), limit as i64], |row| {
                let id: i64 = row.get(0)?;
                let code: String = row.get(1)?;
                code.parse::<ShortCode>()
                    .map_err(|_| corrupt("visit", id, "bad short code"))
            })?
            .collect()
    }

    /// The queue number a desk called last on a day (0 before the first call).
    pub fn called(&self, service: ServiceId, day: NaiveDate) -> Result<u32> {
        let called: Option<i64> = self
            .conn
            .query_row(
                "SELECT called FROM service_day WHERE service_id = ?1 AND on_date = ?2",
                params![service.0, day.to_string()],
                |row| row.get(0),
            )
            .optional()?
            .flatten();
        Ok(called.and_then(|c| u32::try_from(c).ok()).unwrap_or(0))
    }

    /// "Call next": the lowest number after the last one called whose holder has not been
    /// served, recorded as called. `None` when nobody is waiting.
    pub fn call_next(&self, service: ServiceId, day: NaiveDate) -> Result<Option<u32>> {
        let last = self.called(service, day)?;
        let next: Option<i64> = self.conn.query_row(
            "SELECT min(number) FROM booking
             WHERE service_id = ?1 AND day = ?2 AND status = 'booked' AND number > ?3",
            params![service.0, day.to_string(), last],
            |row| row.get(0),
        )?;
        let Some(next) = next.and_then(|n| u32::try_from(n).ok()) else {
            return Ok(None);
        };
        self.conn.execute(
            "INSERT INTO service_day (service_id, on_date, called) VALUES (?1, ?2, ?3)
             ON CONFLICT (service_id, on_date) DO UPDATE SET called = excluded.called",
            params![service.0, day.to_string(), next],
        )?;
        Ok(Some(next))
    }

    /// Marks a booking served with the number of items handed out (1 up to the service's
    /// per-visit limit, checked by the caller). Exactly one caller wins: the update only
    /// changes a booking still `booked`, and reports whether it changed it.
    pub fn serve_quantity(
        &self,
        booking: BookingId,
        quantity: u32,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE booking SET status = 'served', served_at = ?2, quantity = ?3
             WHERE id = ?1 AND status = 'booked'",
            params![booking.0, now.timestamp(), quantity],
        )?;
        Ok(changed == 1)
    }

    /// Marks a booking still `booked` as a no-show.
    pub fn mark_no_show(&self, booking: BookingId) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE booking SET status = 'no_show' WHERE id = ?1 AND status = 'booked'",
            [booking.0],
        )?;
        Ok(changed == 1)
    }

    /// Every booking of a service on a day, whatever its status.
    pub fn day_bookings(&self, service: ServiceId, day: NaiveDate) -> Result<Vec<Booking>> {
        day_bookings(&self.conn, service, day)
    }

    pub fn visit(&self, id: VisitId) -> Result<Option<Visit>> {
        self.conn
            .prepare_cached(
                "SELECT public_id, short_code, issued_on, kiosk, lang FROM visit WHERE public_id = ?1",
            )?
            .query_and_then([id.0 as i64], visit_from_row)?
            .next()
            .transpose()
    }

    pub fn visit_by_short_code(&self, code: &ShortCode) -> Result<Option<Visit>> {
        self.conn
            .prepare_cached(
                "SELECT public_id, short_code, issued_on, kiosk, lang FROM visit WHERE short_code = ?1",
            )?
            .query_and_then([code.as_str()], visit_from_row)?
            .next()
            .transpose()
    }

    /// Every booking of a visit, whatever its status, in time order.
    pub fn visit_bookings(&self, id: VisitId) -> Result<Vec<Booking>> {
        visit_bookings(&self.conn, id)
    }

    /// Checks a new visit in and books every request, all or nothing.
    pub fn book_visit(
        &mut self,
        visit: &NewVisit,
        requests: &[BookingRequest],
        rules: &BookingRules,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> std::result::Result<(Visit, Vec<Booking>), BookError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Closures and capacity changed today are read inside the transaction: a service
        // closed by a station a moment ago cannot still be booked.
        let services = services_in(&tx)?;
        let visit = insert_visit(&tx, visit, crate::domain::local_date(now, tz), now)?;
        let bookings = book_in(&tx, &services, &visit, requests, rules, tz, now)?;
        tx.commit()?;
        Ok((visit, bookings))
    }

    /// Cancels a booking that is still `booked`, which frees its place.
    pub fn cancel(&self, booking: BookingId, now: DateTime<Utc>) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE booking SET status = 'cancelled', cancelled_at = ?2 WHERE id = ?1 AND status = 'booked'",
            params![booking.0, now.timestamp()],
        )?;
        Ok(changed == 1)
    }

    /// Runs `change` and, when it changed something (returned `Some`), writes the audit
    /// entry `audit` makes of it, both in one `BEGIN IMMEDIATE` transaction: a change is
    /// never stored without its audit row, nor an audit row without its change.
    pub fn audited<T>(
        &self,
        tz: Tz,
        change: impl FnOnce(&Store) -> Result<Option<T>>,
        audit: impl FnOnce(&T) -> crate::store::AuditEntry,
    ) -> Result<Option<T>> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let changed = change(self)?;
        if let Some(value) = &changed {
            self.audit(&audit(value), tz)?;
        }
        tx.commit()?;
        Ok(changed)
    }

    /// A number that changes whenever another connection (another process) commits: cheap
    /// enough to poll every second to know when to reload.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?)
    }

    /// Counts rows, for tests and diagnostics.
    pub fn count_bookings(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM booking", [], |row| row.get(0))?)
    }

    /// Runs SQLite's full integrity check.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }
}

/// Every service, active or not, in catalogue order, with its hours and day changes, as
/// `conn` (or the transaction it is) sees them.
fn services_in(conn: &Connection) -> Result<Vec<Service>> {
    let mut services: Vec<Service> = conn
        .prepare_cached(
            "SELECT id, slug, icon, desk, mode, slot_minutes, capacity, per_visit_limit,
                    minutes_per_person, active
             FROM service ORDER BY position, id",
        )?
        .query_and_then([], service_from_row)?
        .collect::<Result<_>>()?;
    let mut ranges = conn.prepare_cached(
        "SELECT rowid, service_id, weekday, on_date, start_time, end_time FROM opening_range",
    )?;
    let mut rows = ranges.query([])?;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let service_id = ServiceId(row.get(1)?);
        let weekday: Option<i64> = row.get(2)?;
        let on_date: Option<String> = row.get(3)?;
        let range = parse_range(&row.get::<_, String>(4)?, &row.get::<_, String>(5)?)
            .ok_or_else(|| corrupt("opening_range", rowid, "start and end are not a time range"))?;
        let Some(service) = services.iter_mut().find(|s| s.id == service_id) else {
            continue;
        };
        match (weekday, on_date) {
            (Some(day), None) => service.weekly.add(day as usize, range),
            (None, Some(date)) => {
                let date =
                    parse_date(&date).ok_or_else(|| corrupt("opening_range", rowid, "bad date"))?;
                match service
                    .exceptions
                    .entry(date)
                    .or_insert(DayHours::Hours(Vec::new()))
                {
                    DayHours::Hours(ranges) => {
                        ranges.push(range);
                        ranges.sort();
                    }
                    DayHours::Closed => {}
                }
            }
            _ => return Err(corrupt("opening_range", rowid, "needs a weekday or a date")),
        }
    }
    let mut closed = conn.prepare_cached("SELECT rowid, service_id, on_date FROM closed_day")?;
    let mut rows = closed.query([])?;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let service_id = ServiceId(row.get(1)?);
        let date = parse_date(&row.get::<_, String>(2)?)
            .ok_or_else(|| corrupt("closed_day", rowid, "bad date"))?;
        if let Some(service) = services.iter_mut().find(|s| s.id == service_id) {
            service.exceptions.insert(date, DayHours::Closed);
        }
    }
    let mut changes = conn.prepare_cached(
        "SELECT service_id, on_date, closed_from, capacity, called FROM service_day",
    )?;
    let mut rows = changes.query([])?;
    while let Some(row) = rows.next()? {
        let service_id = ServiceId(row.get(0)?);
        let date = parse_date(&row.get::<_, String>(1)?)
            .ok_or_else(|| corrupt("service_day", service_id.0, "bad date"))?;
        let closed_from: Option<i64> = row.get(2)?;
        let capacity: Option<i64> = row.get(3)?;
        let called: Option<i64> = row.get(4)?;
        let change = DayChange {
            closed_from: closed_from
                .map(|t| instant("service_day", service_id.0, t))
                .transpose()?,
            capacity: capacity.and_then(|c| u32::try_from(c).ok()),
            called: called
                .and_then(|c| u32::try_from(c).ok())
                .filter(|c| *c > 0),
        };
        if let Some(service) = services.iter_mut().find(|s| s.id == service_id) {
            service.day_changes.insert(date, change);
        }
    }
    Ok(services)
}

fn corrupt(table: &'static str, row: i64, detail: &str) -> StoreError {
    StoreError::Corrupt {
        table,
        row,
        detail: detail.to_owned(),
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn parse_range(start: &str, end: &str) -> Option<TimeRange> {
    let start = NaiveTime::parse_from_str(start, "%H:%M").ok()?;
    let end = NaiveTime::parse_from_str(end, "%H:%M").ok()?;
    TimeRange::new(start, end)
}

fn instant(table: &'static str, row: i64, seconds: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0).ok_or_else(|| corrupt(table, row, "time out of range"))
}

fn service_from_row(row: &Row<'_>) -> Result<Service> {
    let id: i64 = row.get(0)?;
    let mode: String = row.get(4)?;
    let count = |i: usize| -> Result<u32> {
        let value: i64 = row.get(i)?;
        u32::try_from(value).map_err(|_| corrupt("service", id, "count out of range"))
    };
    Ok(Service {
        id: ServiceId(id),
        slug: row.get(1)?,
        icon: row.get(2)?,
        desk: row.get(3)?,
        mode: Mode::parse(&mode).ok_or_else(|| corrupt("service", id, "unknown mode"))?,
        slot_minutes: count(5)?,
        capacity: count(6)?,
        per_visit_limit: count(7)?,
        minutes_per_person: count(8)?,
        active: row.get(9)?,
        weekly: WeeklyHours::default(),
        exceptions: BTreeMap::new(),
        day_changes: BTreeMap::new(),
    })
}

fn visit_from_row(row: &Row<'_>) -> Result<Visit> {
    let public_id: i64 = row.get(0)?;
    let code: String = row.get(1)?;
    let issued_on: String = row.get(2)?;
    Ok(Visit {
        id: VisitId(public_id as u64),
        short_code: code
            .parse::<ShortCode>()
            .map_err(|_| corrupt("visit", public_id, "bad short code"))?,
        issued_on: parse_date(&issued_on).ok_or_else(|| corrupt("visit", public_id, "bad date"))?,
        kiosk: row.get(3)?,
        lang: row.get(4)?,
    })
}

const BOOKING_COLUMNS: &str = "b.id, b.service_id, b.day, b.slot_start, b.slot_end, b.number, b.quantity, b.status, b.served_at";

fn booking_from_row(row: &Row<'_>) -> Result<Booking> {
    let id: i64 = row.get(0)?;
    let day: String = row.get(2)?;
    let status: String = row.get(7)?;
    let number: Option<i64> = row.get(5)?;
    let quantity: i64 = row.get(6)?;
    let served_at: Option<i64> = row.get(8)?;
    Ok(Booking {
        id: BookingId(id),
        service: ServiceId(row.get(1)?),
        day: parse_date(&day).ok_or_else(|| corrupt("booking", id, "bad day"))?,
        slot: Slot {
            start: instant("booking", id, row.get(3)?)?,
            end: instant("booking", id, row.get(4)?)?,
        },
        number: number
            .map(|n| u32::try_from(n).map_err(|_| corrupt("booking", id, "bad number")))
            .transpose()?,
        quantity: u32::try_from(quantity).map_err(|_| corrupt("booking", id, "bad quantity"))?,
        status: Status::parse(&status).ok_or_else(|| corrupt("booking", id, "unknown status"))?,
        served_at: served_at.map(|t| instant("booking", id, t)).transpose()?,
    })
}

fn day_bookings(conn: &Connection, service: ServiceId, day: NaiveDate) -> Result<Vec<Booking>> {
    conn.prepare_cached(&format!(
        "SELECT {BOOKING_COLUMNS} FROM booking b WHERE b.service_id = ?1 AND b.day = ?2 ORDER BY b.id"
    ))?
    .query_and_then(params![service.0, day.to_string()], booking_from_row)?
    .collect()
}

fn visit_bookings(conn: &Connection, id: VisitId) -> Result<Vec<Booking>> {
    conn.prepare_cached(&format!(
        "SELECT {BOOKING_COLUMNS} FROM booking b JOIN visit v ON v.id = b.visit_id
         WHERE v.public_id = ?1 ORDER BY b.slot_start, b.id"
    ))?
    .query_and_then([id.0 as i64], booking_from_row)?
    .collect()
}

/// When a kiosk last booked a service for another visit (cancelled bookings aside).
fn kiosk_last_booked(
    conn: &Connection,
    kiosk: &str,
    service: ServiceId,
) -> Result<Option<DateTime<Utc>>> {
    let last: Option<i64> = conn
        .prepare_cached(
            "SELECT max(b.created_at) FROM booking b JOIN visit v ON v.id = b.visit_id
             WHERE v.kiosk = ?1 AND b.service_id = ?2 AND b.status != 'cancelled'",
        )?
        .query_row(params![kiosk, service.0], |row| row.get(0))?;
    last.map(|t| instant("booking", 0, t)).transpose()
}

fn insert_service(tx: &Transaction<'_>, def: &ServiceDef, position: usize) -> Result<()> {
    tx.execute(
        "INSERT INTO service (slug, icon, desk, mode, slot_minutes, capacity, per_visit_limit,
                              minutes_per_person, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            def.slug,
            def.icon,
            def.desk,
            def.mode.as_str(),
            def.slot_minutes,
            def.capacity,
            def.per_visit_limit,
            def.minutes_per_person,
            position as i64
        ],
    )?;
    let id = tx.last_insert_rowid();
    let mut range = tx.prepare_cached(
        "INSERT INTO opening_range (service_id, weekday, on_date, start_time, end_time)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let hhmm = |t: NaiveTime| t.format("%H:%M").to_string();
    for weekday in 0..7 {
        for r in def.weekly.on_weekday(weekday) {
            range.execute(params![
                id,
                weekday as i64,
                None::<String>,
                hhmm(r.start()),
                hhmm(r.end())
            ])?;
        }
    }
    for (date, hours) in &def.exceptions {
        match hours {
            DayHours::Closed => {
                tx.execute(
                    "INSERT INTO closed_day (service_id, on_date) VALUES (?1, ?2)",
                    params![id, date.to_string()],
                )?;
            }
            DayHours::Hours(ranges) => {
                for r in ranges {
                    range.execute(params![
                        id,
                        None::<i64>,
                        date.to_string(),
                        hhmm(r.start()),
                        hhmm(r.end())
                    ])?;
                }
            }
        }
    }
    Ok(())
}

fn insert_visit(
    tx: &Transaction<'_>,
    visit: &NewVisit,
    issued_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Visit> {
    // Ids and codes are random; a collision is astronomically rare for ids and rare for
    // codes, and simply draws again.
    loop {
        let id = VisitId(random_u64()?);
        let code = ShortCode::random().map_err(|e| StoreError::Random(e.to_string()))?;
        let taken: Option<i64> = tx
            .query_row(
                "SELECT id FROM visit WHERE public_id = ?1 OR short_code = ?2",
                params![id.0 as i64, code.as_str()],
                |row| row.get(0),
            )
            .optional()?;
        if taken.is_some() {
            continue;
        }
        tx.execute(
            "INSERT INTO visit (public_id, short_code, issued_on, created_at, kiosk, lang)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.0 as i64,
                code.as_str(),
                issued_on.to_string(),
                now.timestamp(),
                visit.kiosk,
                visit.lang
            ],
        )?;
        return Ok(Visit {
            id,
            short_code: code,
            issued_on,
            kiosk: visit.kiosk.clone(),
            lang: visit.lang.clone(),
        });
    }
}

fn random_u64() -> Result<u64> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
    Ok(u64::from_be_bytes(bytes))
}

/// Decides and stores each request inside the caller's write transaction, so the facts the
/// rules read cannot change before the rows are written.
fn book_in(
    tx: &Transaction<'_>,
    services: &[Service],
    visit: &Visit,
    requests: &[BookingRequest],
    rules: &BookingRules,
    tz: Tz,
    now: DateTime<Utc>,
) -> std::result::Result<Vec<Booking>, BookError> {
    let day = crate::domain::local_date(now, tz);
    let visit_row: i64 = tx.query_row(
        "SELECT id FROM visit WHERE public_id = ?1",
        [visit.id.0 as i64],
        |row| row.get(0),
    )?;
    let mut made = Vec::with_capacity(requests.len());
    for request in requests {
        let service = services
            .iter()
            .find(|s| s.id == request.service)
            .ok_or(BookError::NoSuchService(request.service))?;
        let kiosk_last_booked = if rules.rebook_after > chrono::Duration::zero() {
            kiosk_last_booked(tx, &visit.kiosk, service.id)?
        } else {
            None
        };
        let facts = BookingFacts {
            service,
            day_bookings: &day_bookings(tx, service.id, day)?,
            visit_bookings: &visit_bookings(tx, visit.id)?,
            rules,
            tz,
            now,
            kiosk_last_booked,
        };
        let claim = decide(&facts, request.wanted, request.quantity).map_err(|refusal| {
            BookError::Refused {
                service: service.id,
                refusal,
            }
        })?;
        tx.execute(
            "INSERT INTO booking (visit_id, service_id, day, slot_start, slot_end, number, quantity, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                visit_row,
                claim.service.0,
                claim.day.to_string(),
                claim.slot.start.timestamp(),
                claim.slot.end.timestamp(),
                claim.number,
                claim.quantity,
                now.timestamp()
            ],
        )?;
        made.push(claim.into_booking(BookingId(tx.last_insert_rowid())));
    }
    Ok(made)
}
