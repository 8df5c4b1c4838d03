//! The thin part of `sosta doctor`: asks the system and returns plain facts, judging
//! nothing. Every question is read-only: no file is created, opened for writing (a
//! receipt printer's device is opened to append and closed at once) or changed.

use std::fs;
use std::time::Duration;

use super::{Database, Facts, Folder, Keys, Printer, Voice};
use crate::app::{DataDir, Location, data_location, inspect_data, read_key_file, read_settings};
use crate::config::{Config, Destination, SettingsError};
use chrono::{DateTime, Utc};

/// How long a network receipt printer may take to accept a connection.
const PRINTER_TIMEOUT: Duration = Duration::from_secs(2);

/// The facts of a data folder. `Err` only if the shipped default settings did not parse,
/// which a unit test of `config` rules out.
pub(super) fn facts(
    data_dir: &DataDir,
    languages: &[&str],
    now: DateTime<Utc>,
) -> Result<Facts, SettingsError> {
    let root = data_dir.root().to_path_buf();
    let folder = folder(data_dir);
    let settings = read_settings(data_dir, languages);
    // With settings that do not parse, the rest is checked as a start with the defaults
    // would see it (the settings' own problem is reported first).
    let config = match &settings {
        Ok(Some(config)) => config.clone(),
        _ => Config::parse(&data_dir.settings(), crate::config::DEFAULT_TEXT, languages)?,
    };
    let location = data_location(data_dir, &config);
    let (database, keys) = match location {
        Ok(Location::File(path)) if !path.exists() => {
            (Database::NoFile(path), key_file(&data_dir.keys()))
        }
        Ok(location) => {
            let keys = match &location {
                Location::Server(_) => Keys::InDatabase,
                Location::File(_) => key_file(&data_dir.keys()),
            };
            let look = inspect_data(&location, &config.site_id);
            (Database::Looked { location, look }, keys)
        }
        // A bad SOSTA_DATABASE_URL: the SQLite file is looked at; the settings check
        // does not see the environment, so the error shows as the database's.
        Err(_) => {
            let path = data_dir.database();
            let look = inspect_data(&Location::File(path.clone()), &config.site_id);
            (
                Database::Looked {
                    location: Location::File(path),
                    look,
                },
                key_file(&data_dir.keys()),
            )
        }
    };
    Ok(Facts {
        root,
        folder,
        settings: settings.map(|c| c.is_some()),
        database,
        keys,
        printer: printer(data_dir, &config),
        free_bytes: free_bytes(data_dir),
        now,
        timezone: config.timezone,
        language: config.language.clone(),
        fonts: crate::slips::fonts_load().map_err(|e| e.to_string()),
        voice: config.read_aloud.then(|| Voice {
            espeak: crate::voice::espeak_version().ok(),
            cards: crate::voice::sound_cards().ok(),
        }),
    })
}

/// The mode bits of a file, folder or link (not followed).
#[cfg(unix)]
fn mode(meta: &fs::Metadata) -> u32 {
    std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777
}
#[cfg(not(unix))]
fn mode(_: &fs::Metadata) -> u32 {
    0o600
}

fn folder(data_dir: &DataDir) -> Folder {
    let root = data_dir.root();
    let Ok(meta) = fs::metadata(root) else {
        return Folder::Missing;
    };
    if !meta.is_dir() {
        return Folder::NotADirectory;
    }
    let mut open = Vec::new();
    if mode(&meta) & 0o077 != 0 {
        open.push((root.to_path_buf(), mode(&meta)));
    }
    // The key file has a check of its own.
    let keys = data_dir.keys();
    if let Ok(entries) = fs::read_dir(root) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path == keys {
                continue;
            }
            if let Ok(meta) = fs::symlink_metadata(&path)
                && !meta.file_type().is_symlink()
                && mode(&meta) & 0o077 != 0
            {
                open.push((path, mode(&meta)));
            }
        }
    }
    open.sort();
    Folder::Present { open }
}

fn key_file(path: &std::path::Path) -> Keys {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Keys::Missing(path.to_path_buf());
        }
        Err(e) => {
            return Keys::Damaged {
                path: path.to_path_buf(),
                detail: e.to_string(),
            };
        }
    };
    if mode(&meta) & 0o077 != 0 {
        return Keys::Open {
            path: path.to_path_buf(),
            mode: mode(&meta),
        };
    }
    match read_key_file(path) {
        Ok(()) => Keys::Fine(path.to_path_buf()),
        Err(e) => Keys::Damaged {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
    }
}

fn printer(data_dir: &DataDir, config: &Config) -> Printer {
    let format = config.slip_format;
    let queue = |name: String| Printer::Queue {
        state: crate::print::queue_state(&name),
        name,
        format,
    };
    match &config.printer {
        Destination::None => Printer::None {
            spool: data_dir.slips(),
        },
        Destination::Queue(name) => queue(name.clone()),
        Destination::Default => match crate::print::default_queue() {
            Ok(Some(name)) => queue(name),
            Ok(None) => Printer::NoDefault,
            Err(_) => Printer::Queue {
                name: "default".into(),
                state: crate::print::QueueState::NoCups,
                format,
            },
        },
        Destination::EscPos { target, .. } => Printer::EscPos {
            target: target.to_string(),
            reach: crate::print::escpos_reachable(target, PRINTER_TIMEOUT).map_err(Into::into),
        },
    }
}

/// Free bytes an unprivileged user may use on the data folder's file system (or its
/// parent's, when the folder does not exist yet).
#[cfg(unix)]
fn free_bytes(data_dir: &DataDir) -> Result<u64, String> {
    let root = data_dir.root();
    let at = root
        .ancestors()
        .find(|p| p.exists())
        .unwrap_or(std::path::Path::new("/"));
    rustix::fs::statvfs(at)
        .map(|s| s.f_bavail.saturating_mul(s.f_frsize))
        .map_err(|e| e.to_string())
}
#[cfg(not(unix))]
fn free_bytes(_: &DataDir) -> Result<u64, String> {
    Err("not supported".into())
}
