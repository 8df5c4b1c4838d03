//! `sosta db copy --to URL`: moving a site from this computer's SQLite file to the
//! PostgreSQL database several computers will share. `sosta db backup FILE` (or `--dir
//! FOLDER`, nightly, removing the old ones): a checked copy of the SQLite file, taken while
//! the kiosks run. `sosta db restore FILE`: a backup checked, then put in the database's
//! place, the previous database kept.

use super::*;
use crate::app::{
    BackupError, BackupFileError, CopyError, FolderBackupError, Location, RestoreError, Server,
};

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum DbAction {
    #[command(group(clap::ArgGroup::new("where").required(true).args(["file", "dir"])))]
    Backup {
        file: Option<PathBuf>,
        /// A folder for nightly backups, named by site and time.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    Restore {
        /// Named `backup` so its help is its own, not the file `backup` writes.
        #[arg(id = "backup", value_name = "FILE")]
        backup: PathBuf,
    },
    Copy {
        /// Named `target` so its help is its own, not the report's `--to`.
        #[arg(long = "to", id = "target", value_name = "URL")]
        target: String,
        #[arg(long)]
        json: bool,
    },
}

pub(super) fn db(app: &App, tr: Tr<'_>, action: DbAction, now: DateTime<Utc>) -> Outcome {
    let (target, json) = match action {
        DbAction::Backup { dir: Some(dir), .. } => return backup_into(app, tr, &dir, now),
        DbAction::Backup {
            file: Some(file), ..
        } => return backup(app, tr, &file),
        // Clap requires one of them; `restore` runs before the data folder is opened.
        DbAction::Backup { .. } | DbAction::Restore { .. } => return Ok(()),
        DbAction::Copy { target, json } => (target, json),
    };
    if let Location::Server(server) = app.store.location() {
        return Err(Failure::could_not(tr.args(
            "db-copy-from-server",
            &[("server", server.to_string().into())],
        )));
    }
    let server = Server::parse(target.trim()).map_err(|detail| {
        Failure::usage(tr.args("db-copy-bad-url", &[("detail", detail.into())]))
    })?;
    let copied = app.copy_to_server(&server).map_err(|e| match &e {
        CopyError::Store(store) => store_failure(tr, store),
        CopyError::NotEmpty { table, .. } => Failure::could_not(tr.args(
            "db-copy-not-empty",
            &[
                ("server", server.to_string().into()),
                ("table", (*table).into()),
            ],
        )),
        CopyError::Mismatch {
            table,
            source_rows,
            target_rows,
        } => Failure::could_not(tr.args(
            "db-copy-mismatch",
            &[
                ("server", server.to_string().into()),
                ("table", (*table).into()),
                ("here", (*source_rows).into()),
                ("there", (*target_rows).into()),
            ],
        )),
    })?;
    let rows: u64 = copied.iter().map(|c| c.rows).sum();
    if json {
        let tables: serde_json::Map<String, serde_json::Value> = copied
            .iter()
            .map(|c| (c.table.to_owned(), c.rows.into()))
            .collect();
        say!(
            "{}",
            serde_json::json!({ "server": server.to_string(), "rows": rows, "tables": tables })
        );
    } else {
        say!(
            "{}",
            tr.args(
                "db-copied",
                &[
                    ("server", server.to_string().into()),
                    ("rows", rows.into()),
                    ("tables", copied.len().into()),
                ],
            )
        );
    }
    Ok(())
}

fn backup(app: &App, tr: Tr<'_>, file: &Path) -> Outcome {
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(Failure::could_not(tr.args(
            "db-backup-no-folder",
            &[("folder", folder.display().to_string().into())],
        )));
    }
    let done = app
        .store
        .backup_to(file)
        .map_err(|e| backup_failure(tr, file, e))?;
    say!("{}", backup_done(tr, file, &done));
    Ok(())
}

fn backup_done(tr: Tr<'_>, file: &Path, done: &crate::app::Backup) -> String {
    tr.args(
        "db-backup-done",
        &[
            ("path", file.display().to_string().into()),
            ("visits", done.visits.into()),
            ("bookings", done.bookings.into()),
            ("kib", done.bytes.div_ceil(1024).into()),
        ],
    )
}

/// A backup that was not written, in words: where, and why.
fn backup_failure(tr: Tr<'_>, file: &Path, e: BackupError) -> Failure {
    let path = || file.display().to_string().into();
    match e {
        BackupError::OnServer => Failure::could_not(tr.t("db-backup-on-server")),
        BackupError::Exists(_) => Failure::usage(tr.args("db-backup-exists", &[("path", path())])),
        BackupError::Check { detail, .. } => Failure::could_not(tr.args(
            "db-backup-failed",
            &[("path", path()), ("detail", detail.into())],
        )),
        BackupError::Store(e) => Failure::could_not(format!(
            "{}\n  ({e})",
            tr.args(
                "db-backup-failed",
                &[
                    ("path", path()),
                    ("detail", messages::store_error(tr, &e).into())
                ],
            )
        )),
    }
}

/// `sosta db backup --dir FOLDER`: what a nightly timer runs.
fn backup_into(app: &App, tr: Tr<'_>, folder: &Path, now: DateTime<Utc>) -> Outcome {
    let done = app.backup_into(folder, now).map_err(|e| match e {
        FolderBackupError::Folder { path, source } => Failure::could_not(tr.args(
            "db-backup-folder",
            &[
                ("folder", path.display().to_string().into()),
                ("detail", source.to_string().into()),
            ],
        )),
        FolderBackupError::Backup(e) => {
            let name = crate::app::backup_name(
                app.store.site(),
                now.with_timezone(&app.config.timezone).naive_local(),
            );
            backup_failure(tr, &folder.join(name), e)
        }
    })?;
    say!("{}", backup_done(tr, &done.path, &done.backup));
    if !done.removed.is_empty() {
        say!(
            "{}",
            tr.args(
                "db-backup-removed",
                &[
                    ("count", done.removed.len().into()),
                    ("days", app.config.backup_keep_days.into()),
                    ("folder", folder.display().to_string().into()),
                ],
            )
        );
    }
    Ok(())
}

/// `sosta db restore FILE`, before the data folder is opened: the database it replaces may
/// be one a start would refuse (damaged, or newer than this program).
pub(super) fn restore(
    translations: &Translations,
    cli_lang: Option<&str>,
    data_dir: DataDir,
    from: &Path,
    now: DateTime<Utc>,
) -> Outcome {
    let locales: Vec<&str> = translations.locales().collect();
    let site_lang = crate::app::read_settings(&data_dir, &locales)
        .ok()
        .flatten()
        .map(|config| config.language);
    let tr = translations.lang(cli_lang.or(site_lang.as_deref()).unwrap_or(FALLBACK));
    let path = || from.display().to_string().into();
    let restored = crate::app::restore(data_dir, &locales, from, now).map_err(|e| match e {
        RestoreError::OnServer => Failure::could_not(tr.t("db-restore-on-server")),
        RestoreError::SameFile(_) => {
            Failure::usage(tr.args("db-restore-same-file", &[("path", path())]))
        }
        RestoreError::File(e) => refused(tr, from, e),
        RestoreError::Io { path: file, source } => Failure::could_not(tr.args(
            "db-restore-failed",
            &[
                ("path", file.display().to_string().into()),
                ("detail", source.to_string().into()),
            ],
        )),
        RestoreError::App(e) => Failure::could_not(app_error(tr, &e)),
    })?;
    say!(
        "{}",
        tr.args(
            "db-restore-done",
            &[
                ("path", path()),
                ("visits", restored.file.visits.into()),
                ("bookings", restored.file.bookings.into()),
            ],
        )
    );
    if let Some(kept) = &restored.kept {
        say!(
            "{}",
            tr.args(
                "db-restore-kept",
                &[("kept", kept.display().to_string().into())]
            )
        );
    }
    Ok(())
}

/// A backup file that cannot take the database's place, in words; nothing was changed.
fn refused(tr: Tr<'_>, from: &Path, e: BackupFileError) -> Failure {
    let path = || from.display().to_string().into();
    match e {
        BackupFileError::Read { source, .. } => Failure::could_not(tr.args(
            "db-restore-unreadable",
            &[("path", path()), ("detail", source.to_string().into())],
        )),
        BackupFileError::NotSqlite { .. } => {
            Failure::could_not(tr.args("db-restore-not-sqlite", &[("path", path())]))
        }
        BackupFileError::Damaged { detail, .. } => Failure::could_not(tr.args(
            "db-restore-damaged",
            &[("path", path()), ("detail", detail.into())],
        )),
        BackupFileError::NotSosta { .. } => {
            Failure::could_not(tr.args("db-restore-not-sosta", &[("path", path())]))
        }
        BackupFileError::Newer { found, known, .. } => Failure::could_not(tr.args(
            "db-restore-newer",
            &[
                ("path", path()),
                ("found", found.into()),
                ("known", known.into()),
            ],
        )),
        BackupFileError::InUse { path: live, .. } => Failure::could_not(tr.args(
            "db-restore-in-use",
            &[("path", live.display().to_string().into())],
        )),
        BackupFileError::Sqlite { source, .. } => Failure::could_not(tr.args(
            "db-restore-failed",
            &[("path", path()), ("detail", source.to_string().into())],
        )),
    }
}
