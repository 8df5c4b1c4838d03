//! Backups of a site's SQLite file into a folder, named by site and time, where those
//! older than `[backup] keep_days` are removed; and a restore that checks the file before
//! anything is replaced, keeps the database it replaces, and opens the new one the normal
//! way (which migrates an older schema).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use super::{App, AppError, DataDir, Location, data_location, read_settings};
use crate::config::Config;
use crate::store::{Backup, BackupError, BackupFile, BackupFileError, Store};

/// How long a restore waits for a kiosk's or a station's write to end before it says the
/// database is in use.
pub const RESTORE_WAIT: StdDuration = StdDuration::from_secs(5);

/// The time in a backup's name, in the site's wall-clock time: `2026-11-25-2330`.
const NAME_TIME: &str = "%Y-%m-%d-%H%M";

/// The name of a site's backup taken at `at` (wall-clock): `sosta-main-2026-11-25-2330.db`.
pub fn backup_name(site: &str, at: NaiveDateTime) -> String {
    format!("sosta-{site}-{}.db", at.format(NAME_TIME))
}

/// When the backup named `name` was taken, if it is one of `site`'s backups: only a name
/// [`backup_name`] could have written is one.
pub fn backup_time(site: &str, name: &str) -> Option<NaiveDateTime> {
    let stamp = name
        .strip_prefix("sosta-")?
        .strip_prefix(site)?
        .strip_prefix('-')?
        .strip_suffix(".db")?;
    let digits = stamp.bytes().filter(u8::is_ascii_digit).count();
    if stamp.len() != "2026-11-25-2330".len() || digits != 12 {
        return None;
    }
    NaiveDateTime::parse_from_str(stamp, NAME_TIME).ok()
}

/// The names, among `names`, of `site`'s backups older than `keep_days` at `now` (both
/// wall-clock). Any other file is never among them.
pub fn expired_backups<'a>(
    site: &str,
    names: impl IntoIterator<Item = &'a str>,
    now: NaiveDateTime,
    keep_days: u32,
) -> Vec<&'a str> {
    names
        .into_iter()
        .filter(|name| {
            backup_time(site, name).is_some_and(|at| now - at > Duration::days(keep_days.into()))
        })
        .collect()
}

/// A backup written into a folder, and the old ones removed from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderBackup {
    pub path: PathBuf,
    pub backup: Backup,
    pub removed: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum FolderBackupError {
    #[error("cannot use the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Backup(#[from] BackupError),
}

impl App {
    /// The nightly backup: a checked copy of the database in `folder` (created owner-only
    /// when missing), named by site and time; then, and only when it was written, this
    /// site's backups there older than `[backup] keep_days` are removed. Other files are
    /// left alone.
    pub fn backup_into(
        &self,
        folder: &Path,
        now: DateTime<Utc>,
    ) -> Result<FolderBackup, FolderBackupError> {
        if !matches!(self.store.location(), Location::File(_)) {
            return Err(BackupError::OnServer.into());
        }
        let folder_error = |source| FolderBackupError::Folder {
            path: folder.to_path_buf(),
            source,
        };
        if !folder.is_dir() {
            crate::files::create_private_dir(folder).map_err(folder_error)?;
        }
        let site = self.store.site();
        let local = now.with_timezone(&self.config.timezone).naive_local();
        let path = folder.join(backup_name(site, local));
        let backup = self.store.backup_to(&path)?;
        fs::File::open(&path)
            .and_then(|f| f.sync_all())
            .and_then(|()| crate::files::sync_folder_of(&path))
            .map_err(folder_error)?;
        let names: Vec<String> = fs::read_dir(folder)
            .map_err(folder_error)?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        let mut removed = Vec::new();
        for name in expired_backups(
            site,
            names.iter().map(String::as_str),
            local,
            self.config.backup_keep_days,
        ) {
            let old = folder.join(name);
            // A backup that cannot be removed stays; the new one is written all the same.
            match fs::remove_file(&old) {
                Ok(()) => removed.push(old),
                Err(e) => log::warn!("cannot remove the old backup {}: {e}", old.display()),
            }
        }
        Ok(FolderBackup {
            path,
            backup,
            removed,
        })
    }
}

/// A site brought back from a backup.
pub struct Restored {
    /// What the backup held before it was opened (and migrated, if older).
    pub file: BackupFile,
    /// Where the database it replaced is kept, if there was one.
    pub kept: Option<PathBuf>,
    /// The data folder, opened on the restored database.
    pub app: App,
}

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    /// A PostgreSQL database is restored on its server (pg_restore).
    #[error("the database is on a server")]
    OnServer,
    #[error(transparent)]
    File(#[from] BackupFileError),
    #[error("{0} is the site's database itself")]
    SameFile(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    App(#[from] AppError),
}

/// Replaces the site's SQLite database with the backup `from`. The file is checked first
/// and nothing is changed when it is refused. The database it replaces (with its WAL and
/// shared-memory files) is renamed `sosta.db.before-restore-<time>`, never deleted; the
/// backup is copied in whole (a temporary file, synced, renamed) under the old database's
/// write lock; then the folder is opened as every start opens it.
pub fn restore(
    data_dir: DataDir,
    languages: &[&str],
    from: &Path,
    now: DateTime<Utc>,
) -> Result<Restored, RestoreError> {
    let config = match read_settings(&data_dir, languages).map_err(AppError::from)? {
        Some(config) => config,
        None => Config::parse(&data_dir.settings(), crate::config::DEFAULT_TEXT, languages)
            .map_err(AppError::from)?,
    };
    let live = match data_location(&data_dir, &config)? {
        Location::Server(_) => return Err(RestoreError::OnServer),
        Location::File(path) => path,
    };
    let file = Store::check_backup(from)?;
    if let (Ok(a), Ok(b)) = (fs::canonicalize(from), fs::canonicalize(&live))
        && a == b
    {
        return Err(RestoreError::SameFile(from.to_path_buf()));
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| RestoreError::Io { path, source }
    };
    crate::files::create_private_dir(data_dir.root()).map_err(io(data_dir.root()))?;
    // The copy is made before the lock is taken, so that kiosks wait only for the swap.
    let tmp = crate::files::temporary_beside(&live);
    Store::copy_backup(from, &tmp)?;
    let swapped = (|| {
        let lock = Store::lock_for_replace(&live, RESTORE_WAIT)?;
        let stamp = now
            .with_timezone(&config.timezone)
            .format("%Y%m%d-%H%M%S")
            .to_string();
        let kept = keep_previous(&live, &stamp).map_err(|(path, e)| io(&path)(e))?;
        if let Err(e) = crate::files::place_synced(&tmp, &live) {
            if let Some(kept) = &kept {
                let _ = put_back(kept, &live);
            }
            return Err(io(&live)(e));
        }
        drop(lock);
        Ok(kept)
    })();
    let kept = swapped.inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })?;
    let app = App::open(data_dir, languages)?;
    Ok(Restored { file, kept, app })
}

/// `path` with `suffix` added to its name: `sosta.db` → `sosta.db-wal`.
fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The files of a SQLite database: the file, its write-ahead log and its shared memory.
const DATABASE_FILES: [&str; 3] = ["", "-wal", "-shm"];

/// Renames the database `live` and its WAL and SHM files to a new name beside it, made
/// owner-only; `None` when there is no database. When one rename fails the others are
/// put back, and the error names the file.
fn keep_previous(live: &Path, stamp: &str) -> Result<Option<PathBuf>, (PathBuf, std::io::Error)> {
    if !live.exists() {
        return Ok(None);
    }
    let base = suffixed(live, &format!(".before-restore-{stamp}"));
    let mut kept = base.clone();
    let mut n = 2;
    while DATABASE_FILES
        .iter()
        .any(|suffix| suffixed(&kept, suffix).exists())
    {
        kept = suffixed(&base, &format!("-{n}"));
        n += 1;
    }
    for (i, suffix) in DATABASE_FILES.iter().enumerate() {
        let (from, to) = (suffixed(live, suffix), suffixed(&kept, suffix));
        if !from.exists() {
            continue;
        }
        let moved = fs::rename(&from, &to).and_then(|()| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                fs::set_permissions(&to, fs::Permissions::from_mode(0o600))?;
            }
            Ok(())
        });
        if let Err(e) = moved {
            for suffix in &DATABASE_FILES[..i] {
                let _ = fs::rename(suffixed(&kept, suffix), suffixed(live, suffix));
            }
            return Err((to, e));
        }
    }
    let _ = crate::files::sync_folder_of(live);
    Ok(Some(kept))
}

/// Undoes [`keep_previous`] after a failed swap.
fn put_back(kept: &Path, live: &Path) -> std::io::Result<()> {
    for suffix in DATABASE_FILES {
        let from = suffixed(kept, suffix);
        if from.exists() {
            fs::rename(from, suffixed(live, suffix))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_backup_name_carries_its_site_and_time_and_reads_back() {
        let name = backup_name("main", at("2026-11-25 23:30"));
        assert_eq!(name, "sosta-main-2026-11-25-2330.db");
        assert_eq!(backup_time("main", &name), Some(at("2026-11-25 23:30")));
        assert_eq!(backup_time("north", &name), None);
        // Another site whose id starts with this one's is not this one's.
        assert_eq!(backup_time("main", "sosta-main-2-2026-11-25-2330.db"), None);
        for other in [
            "sosta-main-2026-11-25-2330.db-wal",
            "sosta-main-2026-11-25-2330.db.tmp12",
            "sosta-main-2026-11-25.db",
            "sosta-main-2026-13-25-2330.db",
            "sosta-main-+026-11-25-2330.db",
            "sosta.db",
            "notes-2026-11-25-2330.db",
        ] {
            assert_eq!(backup_time("main", other), None, "{other}");
        }
    }

    #[test]
    fn only_this_sites_backups_older_than_keep_days_expire() {
        let now = at("2026-11-25 23:30");
        let names = [
            "sosta-main-2026-11-25-2330.db",
            "sosta-main-2026-11-11-2330.db",
            "sosta-main-2026-11-11-2329.db",
            "sosta-main-2025-01-01-0000.db",
            "sosta-north-2025-01-01-0000.db",
            "holiday-2025-01-01.db",
            "sosta-main-2025-01-01-0000.db.txt",
        ];
        assert_eq!(
            expired_backups("main", names, now, 14),
            [
                "sosta-main-2026-11-11-2329.db",
                "sosta-main-2025-01-01-0000.db"
            ]
        );
        assert_eq!(
            expired_backups("main", names, now, 1),
            [
                "sosta-main-2026-11-11-2330.db",
                "sosta-main-2026-11-11-2329.db",
                "sosta-main-2025-01-01-0000.db"
            ]
        );
    }
}
