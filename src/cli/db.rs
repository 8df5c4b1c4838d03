//! `sosta db copy --to URL`: moving a site from this computer's SQLite file to the
//! PostgreSQL database several computers will share. `sosta db backup FILE`: a checked copy
//! of the SQLite file, taken while the kiosks run.

use super::*;
use crate::app::{BackupError, CopyError, Location, Server};

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum DbAction {
    Backup {
        file: PathBuf,
    },
    Copy {
        /// Named `target` so its help is its own, not the report's `--to`.
        #[arg(long = "to", id = "target", value_name = "URL")]
        target: String,
        #[arg(long)]
        json: bool,
    },
}

pub(super) fn db(app: &App, tr: Tr<'_>, action: DbAction) -> Outcome {
    let (target, json) = match action {
        DbAction::Backup { file } => return backup(app, tr, &file),
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
    let path = || file.display().to_string().into();
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
    match app.store.backup_to(file) {
        Ok(done) => {
            say!(
                "{}",
                tr.args(
                    "db-backup-done",
                    &[
                        ("path", path()),
                        ("visits", done.visits.into()),
                        ("bookings", done.bookings.into()),
                        ("kib", done.bytes.div_ceil(1024).into()),
                    ],
                )
            );
            Ok(())
        }
        Err(BackupError::OnServer) => Err(Failure::could_not(tr.t("db-backup-on-server"))),
        Err(BackupError::Exists(_)) => Err(Failure::usage(
            tr.args("db-backup-exists", &[("path", path())]),
        )),
        Err(BackupError::Check { detail, .. }) => Err(Failure::could_not(tr.args(
            "db-backup-failed",
            &[("path", path()), ("detail", detail.into())],
        ))),
        Err(BackupError::Store(e)) => Err(Failure::could_not(format!(
            "{}\n  ({e})",
            tr.args(
                "db-backup-failed",
                &[
                    ("path", path()),
                    ("detail", messages::store_error(tr, &e).into())
                ],
            )
        ))),
    }
}
