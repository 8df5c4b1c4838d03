//! The waiting room: the numbers queue desks called today, and the kiosks' calls for help.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::rows::instant;
use super::sql::vals;
use super::{AuditAction, AuditEntry, Result, StaffId, Store};
use crate::domain::ServiceId;

/// One number a queue desk called, with the language its slip was printed in (when the
/// booking is still there to say it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueCall {
    pub id: i64,
    pub service: ServiceId,
    pub number: u32,
    pub at: DateTime<Utc>,
    pub lang: Option<String>,
    /// A number of the standby list, called for a freed place.
    pub standby: bool,
}

/// A kiosk's call for help that nobody has answered yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpCall {
    pub id: i64,
    pub kiosk: String,
    pub at: DateTime<Utc>,
}

/// What became of a kiosk's call for help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpSent {
    /// Stored: every logged-in station shows it.
    Sent(i64),
    /// This kiosk called less than `HELP_INTERVAL` ago; that call still stands.
    TooSoon,
}

/// A kiosk sends at most one call for help in this time.
pub const HELP_INTERVAL: Duration = Duration::minutes(1);

impl Store {
    /// The numbers the site's queue desks called on a day, newest first, at most `limit`.
    pub fn queue_calls(&self, day: NaiveDate, limit: u32) -> Result<Vec<QueueCall>> {
        self.conn
            .query(
                "SELECT c.id, c.service_id, c.number, c.at, COALESCE(v.lang, w.lang), c.standby
                 FROM queue_call c
                 JOIN service s ON s.id = c.service_id
                 LEFT JOIN booking b ON c.standby = 0 AND b.service_id = c.service_id
                                    AND b.day = c.day AND b.number = c.number
                 LEFT JOIN visit v ON v.id = b.visit_id
                 LEFT JOIN standby sb ON c.standby = 1 AND sb.service_id = c.service_id
                                     AND sb.day = c.day AND sb.number = c.number
                 LEFT JOIN visit w ON w.id = sb.visit_id
                 WHERE c.day = ?1 AND s.site = ?2
                 ORDER BY c.id DESC
                 LIMIT ?3",
                vals![day.to_string(), &self.site, i64::from(limit)],
            )?
            .iter()
            .map(|row| {
                let id: i64 = row.get(0)?;
                Ok(QueueCall {
                    id,
                    service: ServiceId(row.get(1)?),
                    number: u32::try_from(row.get::<i64>(2)?).unwrap_or(0),
                    at: instant("queue_call", id, row.get(3)?)?,
                    lang: row.get(4)?,
                    standby: row.get::<i64>(5)? == 1,
                })
            })
            .collect()
    }

    /// A kiosk calls staff: stored with its audit row in one transaction, unless the same
    /// kiosk called less than a minute ago.
    pub fn call_for_help(&self, kiosk: &str, now: DateTime<Utc>, tz: Tz) -> Result<HelpSent> {
        self.write(|| {
            let last: Option<i64> = self
                .conn
                .query_one(
                    "SELECT max(at) FROM help_call WHERE site = ?1 AND kiosk = ?2",
                    vals![&self.site, kiosk],
                )?
                .get(0)?;
            if last.is_some_and(|at| now.timestamp() - at < HELP_INTERVAL.num_seconds()) {
                return Ok(HelpSent::TooSoon);
            }
            self.conn.execute(
                "INSERT INTO help_call (site, kiosk, at) VALUES (?1, ?2, ?3)",
                vals![&self.site, kiosk, now.timestamp()],
            )?;
            let id: i64 = self
                .conn
                .query_one(
                    "SELECT max(id) FROM help_call WHERE site = ?1 AND kiosk = ?2",
                    vals![&self.site, kiosk],
                )?
                .get(0)?;
            self.audit(
                &AuditEntry {
                    at: now,
                    staff: None,
                    station: format!("kiosk:{kiosk}"),
                    action: AuditAction::HelpCalled,
                    service: None,
                    booking: None,
                    detail: String::new(),
                },
                tz,
            )?;
            Ok(HelpSent::Sent(id))
        })
    }

    /// The site's calls for help nobody has answered, oldest first.
    pub fn open_help_calls(&self) -> Result<Vec<HelpCall>> {
        self.conn
            .query(
                "SELECT id, kiosk, at FROM help_call
                 WHERE site = ?1 AND answered_at IS NULL ORDER BY id",
                vals![&self.site],
            )?
            .iter()
            .map(|row| {
                let id: i64 = row.get(0)?;
                Ok(HelpCall {
                    id,
                    kiosk: row.get(1)?,
                    at: instant("help_call", id, row.get(2)?)?,
                })
            })
            .collect()
    }

    /// "I am going": the first staff member to answer a call takes it, with its audit row
    /// (the kiosk and how long the call waited); `false` when someone else already had.
    pub fn answer_help(
        &self,
        call: i64,
        staff: StaffId,
        station: &str,
        now: DateTime<Utc>,
        tz: Tz,
    ) -> Result<bool> {
        self.write(|| {
            let Some(row) = self.conn.query_opt(
                "SELECT kiosk, at FROM help_call
                 WHERE id = ?1 AND site = ?2 AND answered_at IS NULL",
                vals![call, &self.site],
            )?
            else {
                return Ok(false);
            };
            let kiosk: String = row.get(0)?;
            let at: i64 = row.get(1)?;
            self.conn.execute(
                "UPDATE help_call SET answered_at = ?2, answered_by = ?3 WHERE id = ?1",
                vals![call, now.timestamp(), staff.0],
            )?;
            self.audit(
                &AuditEntry {
                    at: now,
                    staff: Some(staff),
                    station: station.to_owned(),
                    action: AuditAction::HelpAnswered,
                    service: None,
                    booking: None,
                    detail: format!("kiosk:{kiosk} {}s", (now.timestamp() - at).max(0)),
                },
                tz,
            )?;
            Ok(true)
        })
    }
}
