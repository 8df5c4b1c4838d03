//! Standby when a service is full: the list of visits waiting for a freed place, the offer
//! of each freed place to the first one waiting (in the transaction that frees it, so
//! exactly one person gets it), and offers nobody took in time passed on.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::catalogue::services_in;
use super::rows::{BOOKING_COLUMNS, booking_from_row, instant};
use super::sql::{Conn, vals};
use super::visits::insert_visit;
use super::{NewVisit, Result, Store, Visit};
use crate::domain::availability::taken_in;
use crate::domain::{Booking, BookingId, ServiceId, Status, VisitId, local_date};

/// One visit on a service's standby list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandbyEntry {
    pub service: ServiceId,
    pub day: NaiveDate,
    /// Its number on the day's standby list of the service (1, 2, 3…).
    pub number: u32,
    /// Offered a place: the booking made for it, and when.
    pub offer: Option<Offer>,
    /// The offer went by unused.
    pub expired: bool,
}

/// A freed place offered to a standby visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    pub booking: BookingId,
    pub at: DateTime<Utc>,
}

const STANDBY_COLUMNS: &str =
    "s.id, s.service_id, s.day, s.number, s.status, s.offered_at, s.booking_id";

fn entry_from_row(row: &super::sql::Row) -> Result<StandbyEntry> {
    let id: i64 = row.get(0)?;
    let day: String = row.get(2)?;
    let status: String = row.get(4)?;
    let offered_at: Option<i64> = row.get(5)?;
    let booking: Option<i64> = row.get(6)?;
    let offer = match (booking, offered_at) {
        (Some(b), Some(at)) => Some(Offer {
            booking: BookingId(b),
            at: instant("standby", id, at)?,
        }),
        _ => None,
    };
    Ok(StandbyEntry {
        service: ServiceId(row.get(1)?),
        day: super::rows::parse_date(&day)
            .ok_or_else(|| super::rows::corrupt("standby", id, "bad day"))?,
        number: u32::try_from(row.get::<i64>(3)?)
            .map_err(|_| super::rows::corrupt("standby", id, "bad number"))?,
        offer,
        expired: status == "expired",
    })
}

impl Store {
    /// A new anonymous visit joins a full service's standby list for today: the visit and
    /// the next number, in one transaction.
    pub fn join_standby(
        &self,
        visit: &NewVisit,
        service: ServiceId,
        tz: Tz,
        now: DateTime<Utc>,
    ) -> Result<(Visit, u32)> {
        self.write(|| {
            let day = local_date(now, tz);
            let visit = insert_visit(&self.conn, &self.site, visit, day, now)?;
            let row: i64 = self
                .conn
                .query_one(
                    "SELECT id FROM visit WHERE public_id = ?1",
                    vals![visit.id.0 as i64],
                )?
                .get(0)?;
            let last: Option<i64> = self
                .conn
                .query_one(
                    "SELECT max(number) FROM standby WHERE service_id = ?1 AND day = ?2",
                    vals![service.0, day.to_string()],
                )?
                .get(0)?;
            let number = last.unwrap_or(0) + 1;
            self.conn.execute(
                "INSERT INTO standby (service_id, day, number, visit_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                vals![service.0, day.to_string(), number, row, now.timestamp()],
            )?;
            Ok((visit, u32::try_from(number).unwrap_or(u32::MAX)))
        })
    }

    /// A visit's places on standby lists (its slip names them).
    pub fn visit_standby(&self, visit: VisitId) -> Result<Vec<StandbyEntry>> {
        self.conn
            .query(
                &format!(
                    "SELECT {STANDBY_COLUMNS} FROM standby s JOIN visit v ON v.id = s.visit_id
                     WHERE v.public_id = ?1 ORDER BY s.id"
                ),
                vals![visit.0 as i64],
            )?
            .iter()
            .map(entry_from_row)
            .collect()
    }

    /// The site's standby entries of a day, in the order they joined.
    pub fn standby_on(&self, day: NaiveDate) -> Result<Vec<StandbyEntry>> {
        self.conn
            .query(
                &format!(
                    "SELECT {STANDBY_COLUMNS} FROM standby s JOIN service sv ON sv.id = s.service_id
                     WHERE s.day = ?1 AND sv.site = ?2 ORDER BY s.id"
                ),
                vals![day.to_string(), &self.site],
            )?
            .iter()
            .map(entry_from_row)
            .collect()
    }

    /// Offers nobody took within `wait` are given up (their booking cancelled) and each
    /// place goes to the next one waiting, in one transaction: two stations or displays
    /// doing this at once pass each place on once. The wait runs from the offer, or from
    /// the slot's start when the place is later in the day; a slot already over is left
    /// as it is. How many offers went by.
    pub fn pass_on_standby(&self, wait: Duration, now: DateTime<Utc>) -> Result<u32> {
        self.write(|| {
            let cutoff = (now - wait).timestamp();
            let stale = self.conn.query(
                "SELECT s.id, s.booking_id FROM standby s
                 JOIN booking b ON b.id = s.booking_id
                 JOIN service sv ON sv.id = s.service_id
                 WHERE s.status = 'offered' AND b.status = 'booked' AND sv.site = ?2
                       AND (CASE WHEN b.slot_start > s.offered_at THEN b.slot_start
                                 ELSE s.offered_at END) <= ?1
                       AND b.slot_end > ?3",
                vals![cutoff, &self.site, now.timestamp()],
            )?;
            let mut passed = 0;
            for row in &stale {
                let id: i64 = row.get(0)?;
                let booking: i64 = row.get(1)?;
                self.conn.execute(
                    "UPDATE booking SET status = 'cancelled', cancelled_at = ?2
                     WHERE id = ?1 AND status = 'booked'",
                    vals![booking, now.timestamp()],
                )?;
                self.conn.execute(
                    "UPDATE standby SET status = 'expired' WHERE id = ?1",
                    vals![id],
                )?;
                offer_all_freed(&self.conn, &self.site, BookingId(booking), now)?;
                passed += 1;
            }
            Ok(passed)
        })
    }
}

/// Every place `freed` left (a booking of two items frees two) goes to the next ones
/// waiting, as long as there is a free place and someone waits. The standby numbers called.
pub(super) fn offer_all_freed(
    conn: &Conn,
    site: &str,
    freed: BookingId,
    now: DateTime<Utc>,
) -> Result<Vec<u32>> {
    let mut called = Vec::new();
    while let Some(number) = offer_freed(conn, site, freed, now)? {
        called.push(number);
    }
    Ok(called)
}

/// A place was just freed by `freed` (cancelled, missed, or an offer given up): the first
/// visit waiting on the service's standby list that day gets it, as a booking of its own
/// for the same slot (a queue service: a new number) made here, in the caller's
/// transaction. Nothing happens when nobody waits, the slot is over, or the place is not
/// free after all. Returns the standby number called.
fn offer_freed(
    conn: &Conn,
    site: &str,
    freed: BookingId,
    now: DateTime<Utc>,
) -> Result<Option<u32>> {
    let Some(row) = conn.query_opt(
        &format!("SELECT {BOOKING_COLUMNS} FROM booking b WHERE b.id = ?1"),
        vals![freed.0],
    )?
    else {
        return Ok(None);
    };
    let freed = booking_from_row(&row)?;
    if now >= freed.slot.end {
        return Ok(None);
    }
    let Some(waiting) = conn.query_opt(
        "SELECT id, number, visit_id FROM standby
         WHERE service_id = ?1 AND day = ?2 AND status = 'waiting'
         ORDER BY number LIMIT 1",
        vals![freed.service.0, freed.day.to_string()],
    )?
    else {
        return Ok(None);
    };
    let (standby_id, number, visit): (i64, i64, i64) =
        (waiting.get(0)?, waiting.get(1)?, waiting.get(2)?);
    let services = services_in(conn, site)?;
    let Some(service) = services.iter().find(|s| s.id == freed.service) else {
        return Ok(None);
    };
    // A service withdrawn, or closed for the rest of the day, calls nobody.
    if !service.active || service.closed_from(freed.day).is_some_and(|at| at <= now) {
        return Ok(None);
    }
    let bookings: Vec<Booking> = conn
        .query(
            &format!(
                "SELECT {BOOKING_COLUMNS} FROM booking b WHERE b.service_id = ?1 AND b.day = ?2"
            ),
            vals![freed.service.0, freed.day.to_string()],
        )?
        .iter()
        .map(booking_from_row)
        .collect::<Result<_>>()?;
    // The place must be free now: the people expected (booked, or already served) stay
    // within the capacity, whatever freed the place. A no-show's place is free: its
    // holder did not come.
    let capacity = service.capacity_on(freed.day);
    let expected: Vec<Booking> = bookings
        .iter()
        .filter(|b| matches!(b.status, Status::Booked | Status::Served))
        .cloned()
        .collect();
    let (number_given, free) = match freed.number {
        Some(_) => {
            // A queue's capacity counts items (a kit of three is three places).
            let next = bookings.iter().filter_map(|b| b.number).max().unwrap_or(0) + 1;
            let taken: u32 = expected.iter().map(|b| b.quantity).sum();
            (Some(next), taken < capacity)
        }
        None => (None, taken_in(&expected, &freed.slot) < capacity),
    };
    if !free {
        return Ok(None);
    }
    conn.execute(
        "INSERT INTO booking (visit_id, service_id, day, slot_start, slot_end, number, quantity,
                              status, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 'booked', ?7)",
        vals![
            visit,
            freed.service.0,
            freed.day.to_string(),
            freed.slot.start.timestamp(),
            freed.slot.end.timestamp(),
            number_given.map(i64::from),
            now.timestamp()
        ],
    )?;
    let booking: i64 = conn
        .query_one(
            "SELECT max(id) FROM booking WHERE visit_id = ?1 AND service_id = ?2",
            vals![visit, freed.service.0],
        )?
        .get(0)?;
    conn.execute(
        "UPDATE standby SET status = 'offered', offered_at = ?2, booking_id = ?3 WHERE id = ?1",
        vals![standby_id, now.timestamp(), booking],
    )?;
    conn.execute(
        "INSERT INTO queue_call (service_id, day, number, at, standby)
         VALUES (?1, ?2, ?3, ?4, 1)",
        vals![
            freed.service.0,
            freed.day.to_string(),
            number,
            now.timestamp()
        ],
    )?;
    Ok(u32::try_from(number).ok())
}
