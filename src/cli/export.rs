//! `sosta export hsds --out DIR`: the site's catalogue as Open Referral HSDS 3.0 files, for
//! a city's service directory (see `crate::hsds` for what is written and why).

use super::*;

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum ExportAction {
    Hsds {
        // Its own id: `--out` names a file elsewhere (`cli-arg-out`), a folder here.
        #[arg(long = "out", id = "out_dir", value_name = "DIR")]
        out: PathBuf,
    },
}

/// The language of the listing: the country's, where the directory is read (Italy for the
/// first site), whatever language the command line speaks.
const DIRECTORY_LANGUAGE: &str = "it";

pub(super) fn export(
    app: &App,
    translations: &Translations,
    tr: Tr<'_>,
    action: ExportAction,
) -> Outcome {
    match action {
        ExportAction::Hsds { out } => {
            let services = app.services().map_err(|e| store_failure(tr, &e))?;
            // The languages the kiosk speaks, in the order it offers them.
            let languages = kiosk::view::visitor_order(translations);
            let site = crate::hsds::Site {
                id: &app.config.site_id,
                name: &app.config.site_name,
            };
            let listing = crate::hsds::listing(
                site,
                &services,
                translations.lang(DIRECTORY_LANGUAGE),
                &languages,
            );
            let files = crate::hsds::files(&listing).map_err(|e| {
                Failure::could_not(
                    tr.args("export-hsds-failed", &[("detail", e.to_string().into())]),
                )
            })?;
            // The message names the folder; the detail names the file when one failed.
            let cannot_write = |detail: String| {
                Failure::could_not(tr.args(
                    "export-hsds-cannot-write",
                    &[
                        ("path", out.display().to_string().into()),
                        ("detail", detail.into()),
                    ],
                ))
            };
            std::fs::create_dir_all(&out).map_err(|e| cannot_write(e.to_string()))?;
            let contents: Vec<(&str, &[u8])> = files
                .iter()
                .map(|(name, text)| (*name, text.as_bytes()))
                .collect();
            // All files or none: a directory never reads a half-new listing.
            crate::files::write_all_atomically(&out, &contents).map_err(|(path, e)| {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                cannot_write(format!("{name}: {e}"))
            })?;
            say!(
                "{}",
                tr.args(
                    "export-hsds-written",
                    &[
                        ("count", listing.services.len().into()),
                        ("path", out.display().to_string().into()),
                    ],
                )
            );
            Ok(())
        }
    }
}
