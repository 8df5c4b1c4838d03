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

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OpenFlags};

mod backup;
mod bookings;
mod calls;
mod catalogue;
mod copy;
mod figures;
mod keys;
mod rows;
mod schema;
mod server;
pub(crate) mod sql;
mod staff;
mod standby;
mod trouble;
mod visits;
pub use backup::{Backup, BackupError, BackupFile, BackupFileError, ReplaceLock};
pub use bookings::{BookError, BookingRequest};
pub use calls::{HELP_INTERVAL, HelpCall, HelpSent, QueueCall};
pub use catalogue::ServiceDef;
pub use copy::{Copied, CopyError};
pub use figures::{Figure, Forgotten, Retention};
pub use server::Server;
pub use staff::*;
pub use standby::{Offer, StandbyEntry};
pub use trouble::StoreTrouble;
pub use visits::{NewVisit, Visit};

use sql::{Conn, vals};

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
    include_str!("migrations/0007_site_key.sql"),
    include_str!("migrations/0008_sites.sql"),
    include_str!("migrations/0009_console.sql"),
    include_str!("migrations/0010_calls.sql"),
    include_str!("migrations/0011_standby.sql"),
];

/// The same migrations for PostgreSQL, one for one: a database at version N has the same
/// tables and meaning on either engine.
const PG_MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/0001_initial.sql"),
    include_str!("migrations/postgres/0002_staff.sql"),
    include_str!("migrations/postgres/0003_queue_calls.sql"),
    include_str!("migrations/postgres/0004_kiosk_lock.sql"),
    include_str!("migrations/postgres/0005_discreet.sql"),
    include_str!("migrations/postgres/0006_figures.sql"),
    include_str!("migrations/postgres/0007_site_key.sql"),
    include_str!("migrations/postgres/0008_sites.sql"),
    include_str!("migrations/postgres/0009_console.sql"),
    include_str!("migrations/postgres/0010_calls.sql"),
    include_str!("migrations/postgres/0011_standby.sql"),
];

/// The site of a data folder whose settings name none.
pub const DEFAULT_SITE: &str = "main";

/// The tables whose rows carry their site; the others belong to a visit's or a service's.
const SITE_TABLES: [&str; 11] = [
    "service",
    "visit",
    "staff",
    "audit",
    "kiosk_lock",
    "figure",
    "counted_day",
    "site_key",
    "text_override",
    "site_setting",
    "help_call",
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
    #[error(
        "the database {path} is on a network file system ({kind}), where SQLite cannot share it safely"
    )]
    NetworkFolder { path: PathBuf, kind: &'static str },
    #[error("the database {path} failed its integrity check: {detail}")]
    Integrity { path: PathBuf, detail: String },
    #[error(
        "the database {location} has schema version {found}, newer than this program knows ({known})"
    )]
    NewerSchema {
        location: Location,
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
    #[error("cannot use the database {server}: {source}")]
    Connect {
        server: Server,
        source: ::postgres::Error,
    },
    #[error("the database server {server} is still unreachable; trying again shortly")]
    Offline { server: Server },
    #[error("the database {server} holds tables of another program")]
    NotSosta { server: Server },
    #[error("TLS is unavailable: {0}")]
    Tls(String),
    #[error("database server error: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("column {index} holds an unexpected value: {found}")]
    Column { index: usize, found: String },
    #[error("a statement that always returns a row returned none")]
    NoRow,
    #[error("could not draw a random visit id: {0}")]
    Random(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Conn,
    location: Location,
    /// The site whose rows this store reads and writes (`[site] id`).
    site: String,
    /// How deep in [`Store::write`] this thread is: an inner write joins the outer one.
    depth: Cell<u32>,
}

/// Where the data is: the SQLite file of a data folder, or a PostgreSQL database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Server(Server),
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(path) => path.display().fmt(f),
            Location::Server(server) => server.fmt(f),
        }
    }
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

    /// Opens the data wherever it is: [`Store::open_with`] for a file, [`Store::connect`]
    /// for a server (where durability is the server's).
    pub fn open_at(location: &Location, durability: Durability) -> Result<Store> {
        match location {
            Location::File(path) => Store::open_with(path, durability),
            Location::Server(server) => Store::connect(server),
        }
    }

    /// [`Store::open`], saying how much a commit must survive.
    pub fn open_with(path: &Path, durability: Durability) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        if let Some(kind) = network_filesystem(path) {
            return Err(StoreError::NetworkFolder {
                path: path.to_path_buf(),
                kind,
            });
        }
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
        check_integrity(&conn, path)?;
        let store = Store::new(Conn::Sqlite(conn), Location::File(path.to_path_buf()));
        store.migrate()?;
        Ok(store)
    }

    fn new(conn: Conn, location: Location) -> Store {
        Store {
            conn,
            location,
            site: DEFAULT_SITE.to_owned(),
            depth: Cell::new(0),
        }
    }

    /// This store for the site `site`: it reads and writes that site's rows only. A SQLite
    /// file holds one site, so its rows take this id if they had another.
    pub fn with_site(mut self, site: &str) -> Result<Store> {
        self.site = site.to_owned();
        if matches!(self.conn, Conn::Sqlite(_)) {
            self.claim_site()?;
        }
        Ok(self)
    }

    /// The site this store reads and writes.
    pub fn site(&self) -> &str {
        &self.site
    }

    /// Reads and writes another site's rows from now on (`--site` on the command line).
    pub fn switch_site(&mut self, site: &str) {
        self.site = site.to_owned();
    }

    /// Every start opens the store: a read says whether anything needs a new site, and only
    /// then does it take the write lock (kiosks and stations starting together need not
    /// queue for it).
    fn claim_site(&self) -> Result<()> {
        let others = SITE_TABLES
            .iter()
            .map(|table| format!("SELECT 1 FROM {table} WHERE site != ?1"))
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        if self
            .conn
            .query_opt(&format!("{others} LIMIT 1"), vals![&self.site])?
            .is_none()
        {
            return Ok(());
        }
        self.write(|| {
            let mut changed = 0;
            for table in SITE_TABLES {
                changed += self.conn.execute(
                    &format!("UPDATE {table} SET site = ?1 WHERE site != ?1"),
                    vals![&self.site],
                )?;
            }
            if changed > 0 {
                log::info!(
                    "the rows of {} now belong to site {}",
                    self.location,
                    self.site
                );
            }
            Ok(())
        })
    }

    /// Where the data is.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Runs `work` in a write transaction: it waits for every other writer of the
    /// database, sees everything they committed, and is committed whole or not at all. A
    /// write inside another joins it.
    pub(crate) fn write<T, E: From<StoreError>>(
        &self,
        work: impl FnOnce() -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        if self.depth.get() > 0 {
            return work();
        }
        self.conn.begin_write()?;
        let guard = WriteGuard(self);
        self.depth.set(1);
        let result = work();
        std::mem::forget(guard);
        self.depth.set(0);
        match result {
            Ok(value) => match self.conn.end_write(true) {
                Ok(()) => Ok(value),
                Err(e) => {
                    let _ = self.conn.end_write(false);
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.end_write(false);
                Err(e)
            }
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
        self.write(|| {
            let changed = change(self)?;
            if let Some(value) = &changed {
                self.audit(&audit(value), tz)?;
            }
            Ok(changed)
        })
    }

    /// A number that changes whenever another connection (another process, another
    /// computer) commits: cheap enough to ask every second to know when to reload. SQLite
    /// keeps it in the file (`data_version`); on PostgreSQL it counts the notifications
    /// the triggers send at each commit, which arrive without a query.
    pub fn data_version(&self) -> Result<i64> {
        match &self.conn {
            Conn::Sqlite(_) => self.conn.query_one("PRAGMA data_version", vals![])?.get(0),
            Conn::Postgres(pg) => server::heard(pg),
        }
    }

    /// Runs SQLite's full integrity check; a PostgreSQL server checks its own pages, and
    /// here the answer is whether the schema is whole.
    pub fn integrity_check(&self) -> Result<String> {
        match &self.conn {
            Conn::Sqlite(_) => self
                .conn
                .query_one("PRAGMA integrity_check", vals![])?
                .get(0),
            Conn::Postgres(_) => server::schema_check(self),
        }
    }
}

/// What `sosta doctor` reads of a database: its health, its schema and its newest visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inspection {
    /// `ok`, or what the integrity check found.
    pub integrity: String,
    /// The schema version the database is at.
    pub schema: i64,
    /// The schema version this program brings a database to.
    pub known_schema: i64,
    /// When the site's newest visit was checked in, if there is one: a clock earlier
    /// than this is wrong.
    pub newest_visit: Option<DateTime<Utc>>,
}

impl Store {
    /// Opens a SQLite file to look at it only: nothing is created, migrated or written,
    /// so a damaged file or another program's file stays exactly as it was.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let open_error = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_error)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
        Ok(Store::new(
            Conn::Sqlite(conn),
            Location::File(path.to_path_buf()),
        ))
    }

    /// The database's health, schema version and newest visit, read without a write.
    pub fn inspect(&self) -> Result<Inspection> {
        let integrity = self.integrity_check()?;
        let (schema, known_schema) = match &self.conn {
            Conn::Sqlite(_) => (
                self.conn
                    .query_one("PRAGMA user_version", vals![])?
                    .get(0)?,
                MIGRATIONS.len() as i64,
            ),
            Conn::Postgres(_) => (
                self.conn
                    .query_one("SELECT max(version) FROM sosta_schema", vals![])?
                    .get::<Option<i64>>(0)?
                    .unwrap_or_default(),
                PG_MIGRATIONS.len() as i64,
            ),
        };
        // An older schema may lack the site column: only a current one is asked.
        let newest_visit = if schema == known_schema {
            self.newest_visit()?
        } else {
            None
        };
        Ok(Inspection {
            integrity,
            schema,
            known_schema,
            newest_visit,
        })
    }

    /// When this site's newest visit was checked in.
    pub fn newest_visit(&self) -> Result<Option<DateTime<Utc>>> {
        let seconds: Option<i64> = self
            .conn
            .query_one(
                "SELECT max(created_at) FROM visit WHERE site = ?1",
                vals![&self.site],
            )?
            .get(0)?;
        Ok(seconds.and_then(|s| DateTime::from_timestamp(s, 0)))
    }
}

/// Rolls back a write whose work panicked, so the connection is usable again.
struct WriteGuard<'a>(&'a Store);

impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        self.0.depth.set(0);
        let _ = self.0.conn.end_write(false);
    }
}

/// The kind of network file system the folder of `path` is on, if it is on one. SQLite's
/// locks and write-ahead log work on one computer's disk only: over NFS or SMB two
/// computers writing at once fail or corrupt the file.
fn network_filesystem(path: &Path) -> Option<&'static str> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    #[cfg(target_os = "linux")]
    {
        let stat = rustix::fs::statfs(folder).ok()?;
        network_kind(stat.f_type as i64)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = folder;
        None
    }
}

/// Linux's magic numbers for file systems that live on another computer.
fn network_kind(magic: i64) -> Option<&'static str> {
    match magic as u32 {
        0x6969 => Some("NFS"),
        0x517B | 0xFF53_4D42 | 0xFE53_4D42 => Some("SMB/CIFS"),
        0x6573_5546 => Some("FUSE (sshfs)"),
        0x00C3_6400 => Some("Ceph"),
        0x5346_414F => Some("AFS"),
        0x0102_1997 => Some("9P"),
        _ => None,
    }
}

fn check_integrity(conn: &Connection, path: &Path) -> Result<()> {
    let integrity = |detail: String| StoreError::Integrity {
        path: path.to_path_buf(),
        detail,
    };
    let detail: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|source| integrity(source.to_string()))?;
    if detail == "ok" {
        Ok(())
    } else {
        Err(integrity(detail))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_file_systems_are_told_from_local_disks() {
        assert_eq!(network_kind(0x6969), Some("NFS"));
        assert_eq!(network_kind(0xFF53_4D42), Some("SMB/CIFS"));
        assert_eq!(network_kind(0x6573_5546), Some("FUSE (sshfs)"));
        // ext4, tmpfs, btrfs, overlayfs.
        for local in [0xEF53, 0x0102_1994, 0x9123_683E, 0x794C_7630] {
            assert_eq!(network_kind(local), None, "{local:#x}");
        }
        // The folder the tests run in is a local disk.
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(network_filesystem(&dir.path().join("sosta.db")), None);
    }
}
