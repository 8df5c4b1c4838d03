//! The catalogue: services, their opening hours, and their per-day closures and capacity.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::rows::{corrupt, instant, parse_date, parse_range, service_from_row};
use super::sql::{Conn, vals};
use super::{Result, Store};
use crate::domain::{DayChange, DayHours, Mode, Service, ServiceId, WeeklyHours};

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
    /// Printed on the slip by desk and time only.
    pub discreet: bool,
    pub weekly: WeeklyHours,
    pub exceptions: BTreeMap<NaiveDate, DayHours>,
}

impl Store {
    /// Fills an empty catalogue; returns whether it did. A catalogue that has services
    /// (seeded earlier, or edited by a coordinator) is left alone.
    pub fn seed(&mut self, catalogue: &[ServiceDef]) -> Result<bool> {
        self.write(|| {
            let count: i64 = self
                .conn
                .query_one(
                    "SELECT count(*) FROM service WHERE site = ?1",
                    vals![&self.site],
                )?
                .get(0)?;
            if count > 0 {
                return Ok(false);
            }
            for (position, def) in catalogue.iter().enumerate() {
                insert_service(&self.conn, &self.site, def, position)?;
            }
            Ok(true)
        })
    }

    /// Every service, active or not, in catalogue order.
    pub fn services(&self) -> Result<Vec<Service>> {
        services_in(&self.conn, &self.site)
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
            vals![service.0, day.to_string(), from.timestamp()],
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
            vals![service.0, day.to_string(), capacity],
        )?;
        Ok(())
    }
}

/// Every service, active or not, in catalogue order, with its hours and day changes, as
/// `conn` (or the transaction it is) sees them.
pub(super) fn services_in(conn: &Conn, site: &str) -> Result<Vec<Service>> {
    let mut services: Vec<Service> = conn
        .query(
            "SELECT id, slug, icon, desk, mode, slot_minutes, capacity, per_visit_limit,
                    minutes_per_person, active, discreet
             FROM service WHERE site = ?1 ORDER BY position, id",
            vals![site],
        )?
        .iter()
        .map(service_from_row)
        .collect::<Result<_>>()?;
    let ranges = conn.query(
        "SELECT service_id, weekday, on_date, start_time, end_time FROM opening_range
         WHERE service_id IN (SELECT id FROM service WHERE site = ?1)",
        vals![site],
    )?;
    for row in &ranges {
        let service_id = ServiceId(row.get(0)?);
        let weekday: Option<i64> = row.get(1)?;
        let on_date: Option<String> = row.get(2)?;
        let range =
            parse_range(&row.get::<String>(3)?, &row.get::<String>(4)?).ok_or_else(|| {
                corrupt(
                    "opening_range",
                    service_id.0,
                    "start and end are not a time range",
                )
            })?;
        let Some(service) = services.iter_mut().find(|s| s.id == service_id) else {
            continue;
        };
        match (weekday, on_date) {
            (Some(day), None) => service.weekly.add(day as usize, range),
            (None, Some(date)) => {
                let date = parse_date(&date)
                    .ok_or_else(|| corrupt("opening_range", service_id.0, "bad date"))?;
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
            _ => {
                return Err(corrupt(
                    "opening_range",
                    service_id.0,
                    "needs a weekday or a date",
                ));
            }
        }
    }
    let closed = conn.query(
        "SELECT service_id, on_date FROM closed_day
         WHERE service_id IN (SELECT id FROM service WHERE site = ?1)",
        vals![site],
    )?;
    for row in &closed {
        let service_id = ServiceId(row.get(0)?);
        let date = parse_date(&row.get::<String>(1)?)
            .ok_or_else(|| corrupt("closed_day", service_id.0, "bad date"))?;
        if let Some(service) = services.iter_mut().find(|s| s.id == service_id) {
            service.exceptions.insert(date, DayHours::Closed);
        }
    }
    let changes = conn.query(
        "SELECT service_id, on_date, closed_from, capacity, called FROM service_day
         WHERE service_id IN (SELECT id FROM service WHERE site = ?1)",
        vals![site],
    )?;
    for row in &changes {
        let service_id = ServiceId(row.get(0)?);
        let date = parse_date(&row.get::<String>(1)?)
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
fn insert_service(tx: &Conn, site: &str, def: &ServiceDef, position: usize) -> Result<()> {
    let id: i64 = tx
        .query_one(
            "INSERT INTO service (slug, icon, desk, mode, slot_minutes, capacity, per_visit_limit,
                              minutes_per_person, position, discreet, site)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
            vals![
                &def.slug,
                &def.icon,
                &def.desk,
                def.mode.as_str(),
                def.slot_minutes,
                def.capacity,
                def.per_visit_limit,
                def.minutes_per_person,
                position as i64,
                def.discreet,
                site
            ],
        )?
        .get(0)?;
    const RANGE: &str =
        "INSERT INTO opening_range (service_id, weekday, on_date, start_time, end_time)
         VALUES (?1, ?2, ?3, ?4, ?5)";
    let hhmm = |t: NaiveTime| t.format("%H:%M").to_string();
    for weekday in 0..7 {
        for r in def.weekly.on_weekday(weekday) {
            tx.execute(
                RANGE,
                vals![
                    id,
                    weekday as i64,
                    None::<String>,
                    hhmm(r.start()),
                    hhmm(r.end())
                ],
            )?;
        }
    }
    for (date, hours) in &def.exceptions {
        match hours {
            DayHours::Closed => {
                tx.execute(
                    "INSERT INTO closed_day (service_id, on_date) VALUES (?1, ?2)",
                    vals![id, date.to_string()],
                )?;
            }
            DayHours::Hours(ranges) => {
                for r in ranges {
                    tx.execute(
                        RANGE,
                        vals![
                            id,
                            None::<i64>,
                            date.to_string(),
                            hhmm(r.start()),
                            hhmm(r.end())
                        ],
                    )?;
                }
            }
        }
    }
    Ok(())
}
