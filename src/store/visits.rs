//! Visits: checking one in with a fresh id and short code, and finding it again.

use chrono::{DateTime, NaiveDate, Utc};

use super::rows::{corrupt, visit_from_row};
use super::sql::{Conn, vals};
use super::{Result, Store, StoreError};
use crate::domain::{Question, VisitId};
use crate::token::ShortCode;

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
    /// The visitor's anonymous answers, if the kiosk asked; never free text.
    pub answers: Vec<(Question, &'static str)>,
}

impl Store {
    /// The short codes of a kiosk's latest visits on a day, newest first (for reprinting).
    pub fn recent_codes(
        &self,
        kiosk: &str,
        day: NaiveDate,
        limit: usize,
    ) -> Result<Vec<ShortCode>> {
        self.conn
            .query(
                "SELECT id, short_code FROM visit
                 WHERE kiosk = ?1 AND issued_on = ?2 AND site = ?4
                 ORDER BY id DESC LIMIT ?3",
                vals![kiosk, day.to_string(), limit as i64, &self.site],
            )?
            .iter()
            .map(|row| {
                let id: i64 = row.get(0)?;
                let code: String = row.get(1)?;
                code.parse::<ShortCode>()
                    .map_err(|_| corrupt("visit", id, "bad short code"))
            })
            .collect()
    }
    pub fn visit(&self, id: VisitId) -> Result<Option<Visit>> {
        self.conn
            .query_opt(
                "SELECT public_id, short_code, issued_on, kiosk, lang FROM visit
                 WHERE public_id = ?1 AND site = ?2",
                vals![id.0 as i64, &self.site],
            )?
            .map(|row| visit_from_row(&row))
            .transpose()
    }

    pub fn visit_by_short_code(&self, code: &ShortCode) -> Result<Option<Visit>> {
        self.conn
            .query_opt(
                "SELECT public_id, short_code, issued_on, kiosk, lang FROM visit
                 WHERE short_code = ?1 AND site = ?2",
                vals![code.as_str(), &self.site],
            )?
            .map(|row| visit_from_row(&row))
            .transpose()
    }
}

pub(super) fn insert_visit(
    tx: &Conn,
    site: &str,
    visit: &NewVisit,
    issued_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Visit> {
    // Ids and codes are random; a collision is astronomically rare for ids and rare for
    // codes, and simply draws again.
    loop {
        let id = VisitId(random_u64()?);
        let code = ShortCode::random().map_err(|e| StoreError::Random(e.to_string()))?;
        let taken = tx.query_opt(
            "SELECT id FROM visit WHERE public_id = ?1 OR short_code = ?2",
            vals![id.0 as i64, code.as_str()],
        )?;
        if taken.is_some() {
            continue;
        }
        let answer = |question: Question| {
            visit
                .answers
                .iter()
                .find(|(q, _)| *q == question)
                .map(|(_, a)| (*a).to_owned())
        };
        tx.execute(
            "INSERT INTO visit (public_id, short_code, issued_on, created_at, kiosk, lang, site,
                                age_band, gender, housing, first_time)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            vals![
                id.0 as i64,
                code.as_str(),
                issued_on.to_string(),
                now.timestamp(),
                &visit.kiosk,
                &visit.lang,
                site,
                answer(Question::AgeBand),
                answer(Question::Gender),
                answer(Question::Housing),
                answer(Question::FirstVisit)
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
