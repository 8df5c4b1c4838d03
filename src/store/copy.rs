//! Moving a site: every row of one store copied into an empty one (a SQLite site into its
//! new PostgreSQL database), in one transaction on each side, and counted again on both
//! sides before the copy is committed.

use super::sql::{Conn, vals};
use super::{Location, Store, StoreError};

/// Every table, in an order where a row comes after the rows it refers to, with its
/// columns (a test checks the lists against the schema) and whether it has an `id` the
/// database numbers.
const TABLES: &[(&str, &str, bool)] = &[
    (
        "service",
        "id, slug, icon, desk, mode, slot_minutes, capacity, per_visit_limit, minutes_per_person, active, position, discreet, site",
        true,
    ),
    (
        "opening_range",
        "service_id, weekday, on_date, start_time, end_time",
        false,
    ),
    ("closed_day", "service_id, on_date", false),
    (
        "visit",
        "id, public_id, short_code, issued_on, created_at, kiosk, lang, age_band, gender, housing, first_visit, site, first_time",
        true,
    ),
    (
        "booking",
        "id, visit_id, service_id, day, slot_start, slot_end, number, quantity, status, created_at, served_at, cancelled_at",
        true,
    ),
    (
        "staff",
        "id, name, role, pin_hash, active, failed_attempts, last_failed_at, created_at, site",
        true,
    ),
    (
        "audit",
        "id, at, day, staff_id, station, action, service_id, booking_id, detail, site",
        true,
    ),
    (
        "service_day",
        "service_id, on_date, closed_from, capacity, called",
        false,
    ),
    (
        "kiosk_lock",
        "kiosk, failed_attempts, last_failed_at, site",
        false,
    ),
    ("figure", "day, kind, service_id, key, value, site", false),
    ("counted_day", "day, site", false),
    ("site_key", "id, keyring, site", false),
    ("text_override", "site, locale, message, text", false),
    ("site_setting", "site, setting, value", false),
    (
        "queue_call",
        "id, service_id, day, number, at, standby",
        true,
    ),
    (
        "help_call",
        "id, site, kiosk, at, answered_at, answered_by",
        true,
    ),
    (
        "standby",
        "id, service_id, day, number, visit_id, status, offered_at, booking_id, created_at",
        true,
    ),
];

/// How many rows of one table were copied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    pub table: &'static str,
    pub rows: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the target {target} already holds rows in {table}")]
    NotEmpty {
        target: Location,
        table: &'static str,
    },
    #[error("{table}: {source_rows} rows here, {target_rows} in the copy")]
    Mismatch {
        table: &'static str,
        source_rows: u64,
        target_rows: u64,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Copies every row into `target`, which must hold none yet (a freshly made schema is
    /// empty). The source is read inside its own write transaction, so kiosks and stations
    /// still using it wait and the copy is one consistent moment; the target's rows are
    /// counted again before its transaction commits, and a difference keeps nothing.
    ///
    /// `keyring` (the site's slip keys, in the key file's format) is stored with the rows
    /// when the source keeps its keys in a file, so every computer of the target reads them.
    pub fn copy_to(&self, target: &Store, keyring: &str) -> Result<Vec<Copied>, CopyError> {
        self.write(|| {
            target.write(|| {
                for (table, _, _) in TABLES {
                    if count(&target.conn, table)? > 0 {
                        return Err(CopyError::NotEmpty {
                            target: target.location.clone(),
                            table,
                        });
                    }
                }
                let mut copied = Vec::with_capacity(TABLES.len());
                for (table, columns, numbered) in TABLES {
                    let rows = self
                        .conn
                        .query(&format!("SELECT {columns} FROM {table}"), vals![])?;
                    let places: Vec<String> = (1..=columns.split(',').count())
                        .map(|i| format!("?{i}"))
                        .collect();
                    let insert = format!(
                        "INSERT INTO {table} ({columns}) VALUES ({})",
                        places.join(", ")
                    );
                    for row in &rows {
                        target.conn.execute(&insert, row.values())?;
                    }
                    if *table == "site_key" {
                        target.share_keyring(keyring)?;
                    }
                    if *numbered && matches!(target.conn, Conn::Postgres(_)) {
                        // Ids were given, not drawn: the next drawn id follows the largest.
                        target.conn.query(
                            &format!(
                                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                                               coalesce(max(id), 0) + 1, false) FROM {table}"
                            ),
                            vals![],
                        )?;
                    }
                    let (source_rows, target_rows) =
                        (count(&self.conn, table)?, count(&target.conn, table)?);
                    // The key file's keys are added to a source that kept none in its table.
                    let added = u64::from(*table == "site_key" && source_rows == 0);
                    if source_rows + added != target_rows
                        || target_rows != rows.len() as u64 + added
                    {
                        return Err(CopyError::Mismatch {
                            table,
                            source_rows,
                            target_rows,
                        });
                    }
                    copied.push(Copied {
                        table,
                        rows: target_rows,
                    });
                }
                Ok(copied)
            })
        })
    }
}

fn count(conn: &Conn, table: &str) -> Result<u64, StoreError> {
    let n: i64 = conn
        .query_one(&format!("SELECT count(*) FROM {table}"), vals![])?
        .get(0)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A migration that adds a column must add it here too, or the copy would drop it.
    #[test]
    fn the_copy_names_every_column_of_every_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("sosta.db")).unwrap();
        let mut tables: Vec<String> = store
            .conn
            .query(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                vals![],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0).unwrap())
            .collect();
        tables.sort();
        let mut listed: Vec<String> = TABLES.iter().map(|(t, _, _)| t.to_string()).collect();
        listed.sort();
        assert_eq!(tables, listed, "every table is copied");
        for (table, columns, _) in TABLES {
            let mut schema: Vec<String> = store
                .conn
                .query(
                    &format!("SELECT name FROM pragma_table_info('{table}')"),
                    vals![],
                )
                .unwrap()
                .iter()
                .map(|r| r.get(0).unwrap())
                .collect();
            schema.sort();
            let mut named: Vec<String> = columns.split(',').map(|c| c.trim().to_owned()).collect();
            named.sort();
            assert_eq!(schema, named, "the columns of {table}");
        }
    }
}
