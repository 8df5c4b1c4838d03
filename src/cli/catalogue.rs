//! `sosta catalogue export FILE.toml`: the site's catalogue as a file in the format of
//! `assets/services.toml`, to keep, compare or share.

use super::*;

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum CatalogueAction {
    Export { file: PathBuf },
}

pub(super) fn catalogue(app: &App, tr: Tr<'_>, action: CatalogueAction) -> Outcome {
    match action {
        CatalogueAction::Export { file } => {
            let services = app.services().map_err(|e| store_failure(tr, &e))?;
            let text = crate::catalogue::to_text(&services);
            crate::files::write_atomically(&file, text.as_bytes()).map_err(|e| {
                Failure::could_not(
                    tr.args("staff-error-output", &[("detail", e.to_string().into())]),
                )
            })?;
            let count = services.iter().filter(|s| s.active).count();
            println!(
                "{}",
                tr.args(
                    "catalogue-exported",
                    &[
                        ("count", count.into()),
                        ("path", file.display().to_string().into()),
                    ],
                )
            );
            Ok(())
        }
    }
}
