//! `sosta db copy --to URL`: moving a site from this computer's SQLite file to the
//! PostgreSQL database several computers will share.

use super::*;
use crate::app::{CopyError, Location, Server};

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum DbAction {
    Copy {
        /// Named `target` so its help is its own, not the report's `--to`.
        #[arg(long = "to", id = "target", value_name = "URL")]
        target: String,
        #[arg(long)]
        json: bool,
    },
}

pub(super) fn db(app: &App, tr: Tr<'_>, action: DbAction) -> Outcome {
    let DbAction::Copy { target, json } = action;
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
        println!(
            "{}",
            serde_json::json!({ "server": server.to_string(), "rows": rows, "tables": tables })
        );
    } else {
        println!(
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
