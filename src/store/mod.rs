//! The one place that speaks SQL: a SQLite file with numbered, append-only migrations.
//!
//! Writes that check capacity run in `BEGIN IMMEDIATE` transactions, so concurrent kiosks
//! and staff stations on the same file queue for the write lock instead of overbooking.
//! The journal is WAL with `synchronous=FULL`: a booking reported as made survives a
//! power cut, and the slip is printed only after the commit.
//!
//! The work is split by job: `schema.rs` applies the migrations, `catalogue.rs` reads and
//! writes services, hours and capacity, `visits.rs` visits and their short codes,
//! `bookings.rs` bookings, their status changes and queue numbers, `rows.rs` turns rows
//! into values, `staff.rs` keeps staff accounts and the audit log, and `trouble.rs` sorts
//! errors by what a person can do about them.

use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono_tz::Tz;
use rusqlite::{Connection, TransactionBehavior};

mod bookings;
mod catalogue;
mod figures;
mod rows;
mod schema;
mod staff;
mod trouble;
mod visits;
pub use bookings::{BookError, BookingRequest};
pub use catalogue::ServiceDef;
pub use figures::{Figure, Forgotten, Retention};
pub use staff::*;
pub use trouble::StoreTrouble;
pub use visits::{NewVisit, Visit};

/// The migrations, in order; the database's `user_version` counts how many have run.
/// Never edit one that has shipped: add a new file. The list stays in this file, not in
/// `schema.rs` which applies it: `tests/architecture.rs` looks for it here.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_staff.sql"),
    include_str!("migrations/0003_queue_calls.sql"),
    include_str!("migrations/0004_kiosk_lock.sql"),
    include_str!("migrations/0005_discreet.sql"),
    include_str!("migrations/0006_figures.sql"),
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

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// How much a commit must survive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// A power cut a moment after a commit loses nothing (`synchronous=FULL`): every real
    /// data folder.
    Full,
    /// Commits do not wait for the disk and the journal stays in memory: only for a folder
    /// one process uses and deletes when it ends, such as a screenshot's demo day.
    ThrowAway,
}

impl Store {
    /// Opens (creating if needed) the database, checks it, and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, Durability::Full)
    }

    /// [`Store::open`], saying how much a commit must survive.
    pub fn open_with(path: &Path, durability: Durability) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(open_error)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
        // A throw-away file has one process and no power cut to survive: its journal stays
        // in memory (rollback still works), it is locked once, and commits do not wait for
        // the disk.
        let pragmas: &[(&str, &str)] = match durability {
            // Deleted rows are overwritten with zeros, not left in free pages.
            Durability::Full => &[
                ("journal_mode", "WAL"),
                ("synchronous", "FULL"),
                ("secure_delete", "ON"),
            ],
            Durability::ThrowAway => &[
                ("journal_mode", "MEMORY"),
                ("locking_mode", "EXCLUSIVE"),
                ("synchronous", "OFF"),
            ],
        };
        for (name, value) in pragmas {
            conn.pragma_update(None, name, value).map_err(open_error)?;
        }
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

    /// Runs SQLite's full integrity check.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }
}
