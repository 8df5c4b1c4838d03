//! A backup of a site's SQLite file, taken while kiosks and stations run: SQLite's
//! `VACUUM INTO` copies the database as one read transaction sees it, so the copy is
//! consistent whatever is being booked meanwhile. The copy is then opened on its own and
//! checked before it is called a backup.

use std::path::{Path, PathBuf};

use super::sql::{Conn, vals};
use super::{Store, StoreError};

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
        self.conn
            .execute("VACUUM INTO ?1", vals![path.to_string_lossy().into_owned()])?;
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
