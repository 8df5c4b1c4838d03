//! Rows to values: reading columns back into domain values, and the `Corrupt` error for
//! a value that does not parse.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::sql::Row;
use super::{Result, StoreError, Visit};
use crate::domain::{
    Booking, BookingId, Mode, Service, ServiceId, Slot, Status, TimeRange, VisitId, WeeklyHours,
};
use crate::token::ShortCode;

pub(super) fn corrupt(table: &'static str, row: i64, detail: &str) -> StoreError {
    StoreError::Corrupt {
        table,
        row,
        detail: detail.to_owned(),
    }
}

pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

pub(super) fn parse_range(start: &str, end: &str) -> Option<TimeRange> {
    let start = NaiveTime::parse_from_str(start, "%H:%M").ok()?;
    let end = NaiveTime::parse_from_str(end, "%H:%M").ok()?;
    TimeRange::new(start, end)
}

pub(super) fn instant(table: &'static str, row: i64, seconds: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0).ok_or_else(|| corrupt(table, row, "time out of range"))
}

pub(super) fn service_from_row(row: &Row) -> Result<Service> {
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
        discreet: row.get(10)?,
        weekly: WeeklyHours::default(),
        exceptions: BTreeMap::new(),
        day_changes: BTreeMap::new(),
    })
}

pub(super) fn visit_from_row(row: &Row) -> Result<Visit> {
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

pub(super) const BOOKING_COLUMNS: &str = "b.id, b.service_id, b.day, b.slot_start, b.slot_end, b.number, b.quantity, b.status, b.served_at";

pub(super) fn booking_from_row(row: &Row) -> Result<Booking> {
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
