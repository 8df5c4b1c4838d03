//! The catalogue: services, their opening hours, and their per-day closures and capacity.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::rows::{corrupt, instant, parse_date, parse_range, service_from_row};
use super::sql::{Conn, vals};
use super::{Result, Store};
pub use crate::domain::ServiceDef;
use crate::domain::{DayChange, DayHours, Service, ServiceId};

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

    /// Adds a service at the end of the catalogue.
    pub fn add_service(&self, def: &ServiceDef) -> Result<ServiceId> {
        let last: Option<i64> = self
            .conn
            .query_one(
                "SELECT max(position) FROM service WHERE site = ?1",
                vals![&self.site],
            )?
            .get(0)?;
        let position = last.map_or(0, |p| p + 1);
        insert_service(&self.conn, &self.site, def, position as usize)
    }

    /// Replaces a service's definition: numbers, desk, icon, hours and dated exceptions.
    /// Its slug, its bookings and staff's changes for single days stay. Returns whether the
    /// service exists at this site.
    pub fn replace_service(&self, id: ServiceId, def: &ServiceDef) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE service SET icon = ?1, desk = ?2, mode = ?3, slot_minutes = ?4,
                    capacity = ?5, per_visit_limit = ?6, minutes_per_person = ?7,
                    discreet = ?8
             WHERE id = ?9 AND site = ?10",
            vals![
                &def.icon,
                &def.desk,
                def.mode.as_str(),
                def.slot_minutes,
                def.capacity,
                def.per_visit_limit,
                def.minutes_per_person,
                def.discreet,
                id.0,
                &self.site
            ],
        )?;
        if changed == 0 {
            return Ok(false);
        }
        self.conn.execute(
            "DELETE FROM opening_range WHERE service_id = ?1",
            vals![id.0],
        )?;
        self.conn
            .execute("DELETE FROM closed_day WHERE service_id = ?1", vals![id.0])?;
        insert_hours(&self.conn, id.0, def)?;
        Ok(true)
    }

    /// Offers a service again, or stops offering it; its bookings stay. Returns whether
    /// anything changed.
    pub fn set_service_active(&self, id: ServiceId, active: bool) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE service SET active = ?1 WHERE id = ?2 AND site = ?3 AND active != ?1",
            vals![active, id.0, &self.site],
        )? > 0)
    }

    /// Puts the services in this order, first tile first.
    pub fn set_service_order(&self, ids: &[ServiceId]) -> Result<()> {
        for (position, id) in ids.iter().enumerate() {
            self.conn.execute(
                "UPDATE service SET position = ?1 WHERE id = ?2 AND site = ?3",
                vals![position as i64, id.0, &self.site],
            )?;
        }
        Ok(())
    }

    /// The coordinator's own texts of this site: (locale, Fluent id, text).
    pub fn texts(&self) -> Result<Vec<(String, String, String)>> {
        self.conn
            .query(
                "SELECT locale, message, text FROM text_override WHERE site = ?1
                 ORDER BY locale, message",
                vals![&self.site],
            )?
            .iter()
            .map(|row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .collect()
    }

    /// Sets (or, with `None` or an empty text, removes) the coordinator's text for one
    /// Fluent id in one language. Returns whether anything changed.
    pub fn set_text(&self, locale: &str, message: &str, text: Option<&str>) -> Result<bool> {
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        let changed = match text {
            Some(text) => self.conn.execute(
                "INSERT INTO text_override (site, locale, message, text) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (site, locale, message) DO UPDATE SET text = excluded.text
                 WHERE text_override.text != excluded.text",
                vals![&self.site, locale, message, text],
            )?,
            None => self.conn.execute(
                "DELETE FROM text_override WHERE site = ?1 AND locale = ?2 AND message = ?3",
                vals![&self.site, locale, message],
            )?,
        };
        Ok(changed > 0)
    }

    /// A setting the coordinator changed from the console, if they did.
    pub fn setting(&self, name: &str) -> Result<Option<String>> {
        let rows = self.conn.query(
            "SELECT value FROM site_setting WHERE site = ?1 AND setting = ?2",
            vals![&self.site, name],
        )?;
        rows.first().map(|row| row.get(0)).transpose()
    }

    /// Stores a setting; returns whether it changed.
    pub fn set_setting(&self, name: &str, value: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "INSERT INTO site_setting (site, setting, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (site, setting) DO UPDATE SET value = excluded.value
             WHERE site_setting.value != excluded.value",
            vals![&self.site, name, value],
        )? > 0)
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
fn insert_service(tx: &Conn, site: &str, def: &ServiceDef, position: usize) -> Result<ServiceId> {
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
    insert_hours(tx, id, def)?;
    Ok(ServiceId(id))
}

/// A service's weekly ranges, dated ranges and closed days.
fn insert_hours(tx: &Conn, id: i64, def: &ServiceDef) -> Result<()> {
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
