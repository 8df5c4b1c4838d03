//! A backup of a site's SQLite file, taken while kiosks and stations run: SQLite's
//! `VACUUM INTO` copies the database as one read transaction sees it, so the copy is
//! consistent whatever is being booked meanwhile. The copy is then opened on its own and
//! checked before it is called a backup.
//!
//! A restore reads the file it is given without changing it (integrity, Sosta's tables,
//! a schema no newer than this program) before anything is replaced, and holds the live
//! database's write lock while it is swapped.

use std::path::{Path, PathBuf};

use super::sql::{Conn, vals};
use super::{MIGRATIONS, Store, StoreError};

/// What a backup holds, once checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub bytes: u64,
    pub visits: i64,
    pub bookings: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// A PostgreSQL database is backed up on its server (pg_dump), not by one computer.
    #[error("the database is on a server")]
    OnServer,
    /// A backup never overwrites a file.
    #[error("{0} exists already")]
    Exists(PathBuf),
    /// The copy was written but did not pass its check; it has been removed.
    #[error("the copy at {path} failed its check: {detail}")]
    Check { path: PathBuf, detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Writes a consistent copy of this SQLite database to the new file `path` and checks
    /// it (integrity, and that its rows can be read).
    pub fn backup_to(&self, path: &Path) -> Result<Backup, BackupError> {
        if !matches!(self.conn, Conn::Sqlite(_)) {
            return Err(BackupError::OnServer);
        }
        if path.exists() {
            return Err(BackupError::Exists(path.to_path_buf()));
        }
        // A disk that fills up midway leaves part of a file: it is removed, as it is not
        // a backup (nothing was there before).
        if let Err(e) = self
            .conn
            .execute("VACUUM INTO ?1", vals![path.to_string_lossy().into_owned()])
        {
            let _ = std::fs::remove_file(path);
            return Err(e.into());
        }
        let failed = |detail: String| {
            let _ = std::fs::remove_file(path);
            BackupError::Check {
                path: path.to_path_buf(),
                detail,
            }
        };
        let checked = (|| -> rusqlite::Result<(String, i64, i64)> {
            let copy = rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )?;
            let integrity: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            let visits: i64 = copy.query_row("SELECT count(*) FROM visit", [], |r| r.get(0))?;
            let bookings: i64 = copy.query_row("SELECT count(*) FROM booking", [], |r| r.get(0))?;
            Ok((integrity, visits, bookings))
        })();
        let (integrity, visits, bookings) = checked.map_err(|e| failed(e.to_string()))?;
        if integrity != "ok" {
            return Err(failed(integrity));
        }
        let bytes = std::fs::metadata(path)
            .map_err(|e| failed(e.to_string()))?
            .len();
        Ok(Backup {
            bytes,
            visits,
            bookings,
        })
    }
}

/// What a backup file holds, read without changing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupFile {
    /// The schema version the file is at.
    pub schema: i64,
    /// The schema version this program brings a database to.
    pub known_schema: i64,
    pub visits: i64,
    pub bookings: i64,
}

/// Why a file cannot take the place of the site's database, or why the database cannot
/// be replaced now. Nothing has been changed when one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum BackupFileError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a SQLite database: {detail}")]
    NotSqlite { path: PathBuf, detail: String },
    #[error("{path} failed its integrity check: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("{path} is a SQLite database of another program")]
    NotSosta { path: PathBuf },
    #[error("{path} has schema version {found}, newer than this program knows ({known})")]
    Newer {
        path: PathBuf,
        found: i64,
        known: usize,
    },
    #[error("the database {path} is in use")]
    InUse { path: PathBuf },
    #[error("{path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

/// The tables every Sosta database has had since its first migration.
const SOSTA_TABLES: [&str; 3] = ["service", "visit", "booking"];

impl Store {
    /// Reads a file that is to replace a site's database, changing nothing: it must be a
    /// SQLite file that passes the full integrity check, hold Sosta's tables, and be no
    /// newer than this program.
    pub fn check_backup(path: &Path) -> Result<BackupFile, BackupFileError> {
        // SQLite would take a missing file for an empty database.
        std::fs::File::open(path).map_err(|source| BackupFileError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let file = || path.to_path_buf();
        let sqlite = |source: rusqlite::Error| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => BackupFileError::NotSqlite {
                path: file(),
                detail: source.to_string(),
            },
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => BackupFileError::Damaged {
                path: file(),
                detail: source.to_string(),
            },
            _ => BackupFileError::Sqlite {
                path: file(),
                source,
            },
        };
        let conn = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(sqlite)?;
        if integrity != "ok" {
            return Err(BackupFileError::Damaged {
                path: file(),
                detail: integrity,
            });
        }
        let schema: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sqlite)?;
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?1, ?2, ?3)",
                SOSTA_TABLES,
                |r| r.get(0),
            )
            .map_err(sqlite)?;
        if schema < 1 || tables != SOSTA_TABLES.len() as i64 {
            return Err(BackupFileError::NotSosta { path: file() });
        }
        if schema > MIGRATIONS.len() as i64 {
            return Err(BackupFileError::Newer {
                path: file(),
                found: schema,
                known: MIGRATIONS.len(),
            });
        }
        let count = |table: &str| -> Result<i64, BackupFileError> {
            conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .map_err(sqlite)
        };
        Ok(BackupFile {
            schema,
            known_schema: MIGRATIONS.len() as i64,
            visits: count("visit")?,
            bookings: count("booking")?,
        })
    }

    /// Writes a consistent copy of the checked backup file `from` to the new file `to`
    /// (`VACUUM INTO`, which also takes in what the file's own write-ahead log holds).
    /// The copy is not synced: the caller syncs it and moves it into place.
    pub fn copy_backup(from: &Path, to: &Path) -> Result<(), BackupFileError> {
        let sqlite = |source| BackupFileError::Sqlite {
            path: from.to_path_buf(),
            source,
        };
        let conn = rusqlite::Connection::open_with_flags(
            from,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])
            .map(drop)
            .map_err(|source| {
                let _ = std::fs::remove_file(to);
                sqlite(source)
            })
    }

    /// Takes the write lock of the SQLite file `path` so that no kiosk or station commits
    /// while it is replaced, waiting at most `wait` for a writer to finish. A missing file
    /// needs no lock, and neither does one SQLite cannot read (nothing can write to it).
    pub fn lock_for_replace(
        path: &Path,
        wait: std::time::Duration,
    ) -> Result<ReplaceLock, BackupFileError> {
        if !path.exists() {
            return Ok(ReplaceLock(None));
        }
        let busy = |e: &rusqlite::Error| {
            matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            )
        };
        let locked = (|| {
            let conn = rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                    | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            conn.busy_timeout(wait)?;
            // In WAL mode this is the write lock (readers may go on reading the old file).
            conn.execute_batch("BEGIN EXCLUSIVE")?;
            Ok(conn)
        })();
        match locked {
            Ok(conn) => Ok(ReplaceLock(Some(conn))),
            Err(e) if busy(&e) => Err(BackupFileError::InUse {
                path: path.to_path_buf(),
            }),
            Err(e) => {
                log::warn!(
                    "replacing {} without its lock, which cannot be taken: {e}",
                    path.display()
                );
                Ok(ReplaceLock(None))
            }
        }
    }
}

/// The write lock of a database file being replaced; released when dropped (nothing was
/// written under it).
pub struct ReplaceLock(Option<rusqlite::Connection>);

impl Drop for ReplaceLock {
    fn drop(&mut self) {
        if let Some(conn) = self.0.take() {
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
}
