//! Forgetting: a finished day becomes counts (`figure`), its times are coarsened to the
//! quarter hour, and after the retention period its visits and bookings are deleted, with
//! the audit log after its own, longer period. Reports read the counts, which stay.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;

use super::rows::{instant, parse_date};
use super::sql::{Conn, vals};
use super::{Result, Store};
use crate::domain::ServiceId;

/// Finished days keep their times to the quarter hour only.
const QUARTER_HOUR: i64 = 15 * 60;

/// One count of one finished day.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Figure {
    pub day: NaiveDate,
    /// `visits_hour`, `language`, `booked`, `served`, `no_show`, `cancelled`, `quantity`,
    /// `wait`, `age_band`, `gender`, `housing`, `first_visit`.
    pub kind: String,
    /// The service it counts, if it is about one.
    pub service: Option<ServiceId>,
    /// The hour, the language, the minutes waited or the answer; empty for a service's
    /// totals.
    pub key: String,
    pub value: u64,
}

/// How long raw rows are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// Visits, bookings and answers, in days.
    pub visits_days: u32,
    /// The audit log of staff actions, in days.
    pub audit_days: u32,
}

/// What one forgetting step did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    /// Finished days turned into counts.
    pub days_counted: usize,
    pub visits_deleted: usize,
    pub bookings_deleted: usize,
    pub audit_deleted: usize,
}

type Counts = BTreeMap<(String, i64, String), u64>;

impl Store {
    /// Counts every finished day not yet counted, coarsens the times of finished days, and
    /// deletes what is older than the retention periods, all in one transaction: a crash
    /// leaves either the rows or their counts, never neither.
    pub fn forget(&self, today: NaiveDate, retention: Retention, tz: Tz) -> Result<Forgotten> {
        self.write(|| forget_in(&self.conn, &self.site, today, retention, tz))
    }

    /// The counts of the finished days from `from` to `to`, both included.
    pub fn figures(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Figure>> {
        self.conn
            .query(
                "SELECT day, kind, service_id, key, value FROM figure
                 WHERE day BETWEEN ?1 AND ?2 AND site = ?3 ORDER BY day, kind, service_id, key",
                vals![from.to_string(), to.to_string(), &self.site],
            )?
            .iter()
            .map(|row| {
                let day: String = row.get(0)?;
                let service: i64 = row.get(2)?;
                let value: i64 = row.get(4)?;
                Ok(Figure {
                    day: parse_date(&day)
                        .ok_or_else(|| super::rows::corrupt("figure", 0, "bad date"))?,
                    kind: row.get(1)?,
                    service: (service != 0).then_some(ServiceId(service)),
                    key: row.get(3)?,
                    value: u64::try_from(value)
                        .map_err(|_| super::rows::corrupt("figure", 0, "negative count"))?,
                })
            })
            .collect()
    }
}

/// The site's bookings, by their visit.
const SITE_BOOKINGS: &str = "visit_id IN (SELECT id FROM visit WHERE site = ?3)";

fn forget_in(
    tx: &Conn,
    site: &str,
    today: NaiveDate,
    retention: Retention,
    tz: Tz,
) -> Result<Forgotten> {
    let mut done = Forgotten::default();
    let today_text = today.to_string();
    let uncounted: Vec<String> = tx
        .query(
            &format!(
                "SELECT issued_on FROM visit WHERE issued_on < ?1 AND site = ?2
                 UNION SELECT day FROM booking WHERE day < ?1 AND {}
                 EXCEPT SELECT day FROM counted_day WHERE site = ?2",
                SITE_BOOKINGS.replace("?3", "?2")
            ),
            vals![&today_text, site],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect::<Result<_>>()?;
    for day in &uncounted {
        for ((kind, service, key), value) in count_day(tx, site, day, tz)? {
            tx.execute(
                "INSERT INTO figure (day, kind, service_id, key, value, site)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                vals![day, kind, service, key, value as i64, site],
            )?;
        }
        tx.execute(
            "INSERT INTO counted_day (day, site) VALUES (?1, ?2)",
            vals![day, site],
        )?;
    }
    done.days_counted = uncounted.len();

    // Once counted, a finished day's answers are not needed on its visits any more: only
    // the counts are kept, so nothing ties an answer to a slip or a booking.
    tx.execute(
        "UPDATE visit SET age_band = NULL, gender = NULL, housing = NULL, first_visit = NULL,
                          first_time = NULL
         WHERE issued_on < ?1 AND site = ?2
           AND (age_band IS NOT NULL OR gender IS NOT NULL OR housing IS NOT NULL
                OR first_visit IS NOT NULL OR first_time IS NOT NULL)",
        vals![&today_text, site],
    )?;
    // A finished day's times to the quarter hour: enough for a report, too coarse to tell
    // one visitor from another by when they came.
    tx.execute(
        "UPDATE visit SET created_at = created_at - created_at % ?2
         WHERE issued_on < ?1 AND created_at % ?2 != 0 AND site = ?3",
        vals![&today_text, QUARTER_HOUR, site],
    )?;
    tx.execute(
        &format!(
            "UPDATE booking SET created_at = created_at - created_at % ?2,
                                served_at = served_at - served_at % ?2,
                                cancelled_at = cancelled_at - cancelled_at % ?2
             WHERE day < ?1 AND {SITE_BOOKINGS} AND (created_at % ?2 != 0
                 OR served_at % ?2 != 0 OR cancelled_at % ?2 != 0)"
        ),
        vals![&today_text, QUARTER_HOUR, site],
    )?;

    let cutoff = (today - chrono::Duration::days(i64::from(retention.visits_days))).to_string();
    // The audit log keeps what staff did, not which booking it was once that is gone.
    tx.execute(
        "UPDATE audit SET booking_id = NULL WHERE booking_id IN (
             SELECT b.id FROM booking b JOIN visit v ON v.id = b.visit_id
             WHERE v.issued_on < ?1 AND v.site = ?2)",
        vals![&cutoff, site],
    )?;
    // A standby entry names its visit and the booking it was offered: it goes first.
    tx.execute(
        "DELETE FROM standby
         WHERE visit_id IN (SELECT id FROM visit WHERE issued_on < ?1 AND site = ?2)",
        vals![&cutoff, site],
    )?;
    done.bookings_deleted = tx.execute(
        "DELETE FROM booking
         WHERE visit_id IN (SELECT id FROM visit WHERE issued_on < ?1 AND site = ?2)",
        vals![&cutoff, site],
    )?;
    done.visits_deleted = tx.execute(
        "DELETE FROM visit WHERE issued_on < ?1 AND site = ?2",
        vals![&cutoff, site],
    )?;
    tx.execute(
        "DELETE FROM service_day
         WHERE on_date < ?1 AND service_id IN (SELECT id FROM service WHERE site = ?2)",
        vals![&cutoff, site],
    )?;
    tx.execute(
        "DELETE FROM queue_call
         WHERE day < ?1 AND service_id IN (SELECT id FROM service WHERE site = ?2)",
        vals![&cutoff, site],
    )?;
    let audit_cutoff =
        (today - chrono::Duration::days(i64::from(retention.audit_days))).to_string();
    done.audit_deleted = tx.execute(
        "DELETE FROM audit WHERE day < ?1 AND site = ?2",
        vals![&audit_cutoff, site],
    )?;
    // Calls for help are kept as long as the audit rows that tell of them.
    let audit_cutoff_at = (today - chrono::Duration::days(i64::from(retention.audit_days)))
        .and_time(chrono::NaiveTime::MIN)
        .and_utc()
        .timestamp();
    tx.execute(
        "DELETE FROM help_call WHERE at < ?1 AND site = ?2",
        vals![audit_cutoff_at, site],
    )?;
    Ok(done)
}

/// The counts of one day from its raw rows. A booking still `booked` once its day is over
/// was not served: it counts as a no-show.
fn count_day(conn: &Conn, site: &str, day: &str, tz: Tz) -> Result<Counts> {
    let mut counts = Counts::new();
    let mut add = |kind: &str, service: i64, key: String, n: u64| {
        *counts.entry((kind.to_owned(), service, key)).or_insert(0) += n;
    };
    let visits = conn.query(
        "SELECT created_at, lang, age_band, gender, housing,
                coalesce(first_time, CASE first_visit WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END)
         FROM visit WHERE issued_on = ?1 AND site = ?2",
        vals![day, site],
    )?;
    for row in &visits {
        let created: DateTime<Utc> = instant("visit", 0, row.get(0)?)?;
        add(
            "visits_hour",
            0,
            format!("{:02}", created.with_timezone(&tz).hour()),
            1,
        );
        add("language", 0, row.get(1)?, 1);
        for (i, kind) in [
            (2, "age_band"),
            (3, "gender"),
            (4, "housing"),
            (5, "first_visit"),
        ] {
            if let Some(answer) = row.get::<Option<String>>(i)? {
                add(kind, 0, answer, 1);
            }
        }
    }
    let bookings = conn.query(
        "SELECT service_id, status, quantity, number, created_at, served_at FROM booking
         WHERE day = ?1 AND visit_id IN (SELECT id FROM visit WHERE site = ?2)",
        vals![day, site],
    )?;
    for row in &bookings {
        let service: i64 = row.get(0)?;
        let status: String = row.get(1)?;
        add("booked", service, String::new(), 1);
        let outcome = match status.as_str() {
            "booked" | "no_show" => "no_show",
            "served" => "served",
            _ => "cancelled",
        };
        add(outcome, service, String::new(), 1);
        if outcome == "served" {
            let quantity: i64 = row.get(2)?;
            add("quantity", service, String::new(), quantity.max(0) as u64);
            let number: Option<i64> = row.get(3)?;
            let created: i64 = row.get(4)?;
            if let (Some(_), Some(served)) = (number, row.get::<Option<i64>>(5)?) {
                let minutes = ((served - created) / 60).max(0);
                add("wait", service, minutes.to_string(), 1);
            }
        }
    }
    Ok(counts)
}
