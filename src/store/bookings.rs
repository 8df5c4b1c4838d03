//! Bookings: making them, changing their status, queue numbers, and the day's board.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::catalogue::services_in;
use super::rows::{BOOKING_COLUMNS, booking_from_row, instant};
use super::sql::{Conn, vals};
use super::standby::offer_all_freed;
use super::visits::insert_visit;
use super::{NewVisit, Result, Store, StoreError, Visit};
use crate::domain::booking::Wanted;
use crate::domain::decide::{BookingFacts, decide};
use crate::domain::{Booking, BookingId, BookingRules, Refusal, Service, ServiceId, VisitId};

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

impl Store {
    /// The queue number a desk called last on a day (0 before the first call).
    pub fn called(&self, service: ServiceId, day: NaiveDate) -> Result<u32> {
        called(&self.conn, service, day)
    }

    /// "Call next": the lowest number after the last one called whose holder has not been
    /// served, recorded as called (and in the day's calls, for the waiting room's display),
    /// in one write transaction so two desks calling at once
    /// call two numbers. `None` when nobody is waiting.
    pub fn call_next(
        &self,
        service: ServiceId,
        day: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Option<u32>> {
        self.write(|| {
            let last = called(&self.conn, service, day)?;
            let next: Option<i64> = self
                .conn
                .query_one(
                    "SELECT min(number) FROM booking
                     WHERE service_id = ?1 AND day = ?2 AND status = 'booked' AND number > ?3",
                    vals![service.0, day.to_string(), last],
                )?
                .get(0)?;
            let Some(next) = next.and_then(|n| u32::try_from(n).ok()) else {
                return Ok(None);
            };
            self.conn.execute(
                "INSERT INTO service_day (service_id, on_date, called) VALUES (?1, ?2, ?3)
                 ON CONFLICT (service_id, on_date) DO UPDATE SET called = excluded.called",
                vals![service.0, day.to_string(), next],
            )?;
            self.conn.execute(
                "INSERT INTO queue_call (service_id, day, number, at) VALUES (?1, ?2, ?3, ?4)",
                vals![service.0, day.to_string(), next, now.timestamp()],
            )?;
            Ok(Some(next))
        })
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
            vals![booking.0, now.timestamp(), quantity],
        )?;
        Ok(changed == 1)
    }

    /// Marks a booking still `booked` as a no-show; its place, if its time is not over,
    /// goes to the first one on standby, in the same transaction.
    pub fn mark_no_show(&self, booking: BookingId, now: DateTime<Utc>) -> Result<bool> {
        self.write(|| {
            let changed = self.conn.execute(
                "UPDATE booking SET status = 'no_show' WHERE id = ?1 AND status = 'booked'",
                vals![booking.0],
            )?;
            if changed == 1 {
                offer_all_freed(&self.conn, &self.site, booking, now)?;
            }
            Ok(changed == 1)
        })
    }

    /// Every booking of a service on a day, whatever its status.
    pub fn day_bookings(&self, service: ServiceId, day: NaiveDate) -> Result<Vec<Booking>> {
        day_bookings(&self.conn, service, day)
    }
    /// The bookings of a service still waiting to be served, from `day` on, in time order.
    pub fn open_bookings_from(&self, service: ServiceId, day: NaiveDate) -> Result<Vec<Booking>> {
        self.conn
            .query(
                &format!(
                    "SELECT {BOOKING_COLUMNS} FROM booking b
                     WHERE b.service_id = ?1 AND b.day >= ?2 AND b.status = 'booked'
                     ORDER BY b.slot_start, b.id"
                ),
                vals![service.0, day.to_string()],
            )?
            .iter()
            .map(booking_from_row)
            .collect()
    }

    /// The short code printed on a booking's slip, as staff read it ("ABCD-EFGH").
    pub fn short_code_of(&self, booking: BookingId) -> Result<String> {
        let raw: String = self
            .conn
            .query_one(
                "SELECT v.short_code FROM visit v JOIN booking b ON b.visit_id = v.id
                 WHERE b.id = ?1",
                vals![booking.0],
            )?
            .get(0)?;
        Ok(raw
            .parse::<crate::token::ShortCode>()
            .map_or(raw, |code| code.to_string()))
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
        self.write(|| {
            // Closures and capacity changed today are read inside the transaction: a
            // service closed by a station a moment ago cannot still be booked.
            let services = services_in(&self.conn, &self.site)?;
            let visit = insert_visit(
                &self.conn,
                &self.site,
                visit,
                crate::domain::local_date(now, tz),
                now,
            )?;
            let bookings = book_in(&self.conn, &services, &visit, requests, rules, tz, now)?;
            Ok((visit, bookings))
        })
    }

    /// Cancels a booking that is still `booked`, which frees its place: the first one on
    /// the service's standby list gets it, in the same transaction (so exactly one does).
    pub fn cancel(&self, booking: BookingId, now: DateTime<Utc>) -> Result<bool> {
        self.write(|| {
            let changed = self.conn.execute(
                "UPDATE booking SET status = 'cancelled', cancelled_at = ?2 WHERE id = ?1 AND status = 'booked'",
                vals![booking.0, now.timestamp()],
            )?;
            if changed == 1 {
                offer_all_freed(&self.conn, &self.site, booking, now)?;
            }
            Ok(changed == 1)
        })
    }
    /// Counts the site's bookings, for tests and diagnostics.
    pub fn count_bookings(&self) -> Result<i64> {
        self.conn
            .query_one(
                "SELECT count(*) FROM booking b JOIN visit v ON v.id = b.visit_id
                 WHERE v.site = ?1",
                vals![&self.site],
            )?
            .get(0)
    }
}

fn called(conn: &Conn, service: ServiceId, day: NaiveDate) -> Result<u32> {
    let called: Option<i64> = conn
        .query_opt(
            "SELECT called FROM service_day WHERE service_id = ?1 AND on_date = ?2",
            vals![service.0, day.to_string()],
        )?
        .map(|row| row.get(0))
        .transpose()?
        .flatten();
    Ok(called.and_then(|c| u32::try_from(c).ok()).unwrap_or(0))
}

fn day_bookings(conn: &Conn, service: ServiceId, day: NaiveDate) -> Result<Vec<Booking>> {
    conn.query(
        &format!(
            "SELECT {BOOKING_COLUMNS} FROM booking b WHERE b.service_id = ?1 AND b.day = ?2 ORDER BY b.id"
        ),
        vals![service.0, day.to_string()],
    )?
    .iter()
    .map(booking_from_row)
    .collect()
}

fn visit_bookings(conn: &Conn, id: VisitId) -> Result<Vec<Booking>> {
    conn.query(
        &format!(
            "SELECT {BOOKING_COLUMNS} FROM booking b JOIN visit v ON v.id = b.visit_id
             WHERE v.public_id = ?1 ORDER BY b.slot_start, b.id"
        ),
        vals![id.0 as i64],
    )?
    .iter()
    .map(booking_from_row)
    .collect()
}

/// When a kiosk last booked a service for another visit (cancelled bookings aside).
fn kiosk_last_booked(
    conn: &Conn,
    kiosk: &str,
    service: ServiceId,
) -> Result<Option<DateTime<Utc>>> {
    let last: Option<i64> = conn
        .query_one(
            "SELECT max(b.created_at) FROM booking b JOIN visit v ON v.id = b.visit_id
             WHERE v.kiosk = ?1 AND b.service_id = ?2 AND b.status != 'cancelled'",
            vals![kiosk, service.0],
        )?
        .get(0)?;
    last.map(|t| instant("booking", 0, t)).transpose()
}
/// Decides and stores each request inside the caller's write transaction, so the facts the
/// rules read cannot change before the rows are written.
fn book_in(
    tx: &Conn,
    services: &[Service],
    visit: &Visit,
    requests: &[BookingRequest],
    rules: &BookingRules,
    tz: Tz,
    now: DateTime<Utc>,
) -> std::result::Result<Vec<Booking>, BookError> {
    let day = crate::domain::local_date(now, tz);
    let visit_row: i64 = tx
        .query_one(
            "SELECT id FROM visit WHERE public_id = ?1",
            vals![visit.id.0 as i64],
        )?
        .get(0)?;
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
        let id: i64 = tx
            .query_one(
                "INSERT INTO booking (visit_id, service_id, day, slot_start, slot_end, number, quantity, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
                vals![
                    visit_row,
                    claim.service.0,
                    claim.day.to_string(),
                    claim.slot.start.timestamp(),
                    claim.slot.end.timestamp(),
                    claim.number,
                    claim.quantity,
                    now.timestamp()
                ],
            )?
            .get(0)?;
        made.push(claim.into_booking(BookingId(id)));
    }
    Ok(made)
}
