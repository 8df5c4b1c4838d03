//! `sosta catalogue export FILE.toml`: the site's catalogue as a file in the format of
//! `assets/services.toml`, to keep, compare or share; `sosta catalogue import FILE.toml`
//! reads one back, checked as a whole, all or nothing, with `--dry-run` to see the
//! differences first.

use super::*;
use crate::app::{Actor, ChangeError};
use crate::catalogue::Difference;

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum CatalogueAction {
    Export {
        file: PathBuf,
    },
    Import {
        #[arg(value_name = "FILE.toml")]
        source: PathBuf,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        confirm: bool,
    },
}

pub(super) fn catalogue(
    app: &App,
    tr: Tr<'_>,
    locales: &[&str],
    now: DateTime<Utc>,
    action: CatalogueAction,
) -> Outcome {
    match action {
        CatalogueAction::Export { file } => {
            let services = app.services().map_err(|e| store_failure(tr, &e))?;
            let own = app.own_texts().map_err(|e| store_failure(tr, &e))?;
            let text = crate::catalogue::to_text(&services, &own);
            crate::files::write_atomically(&file, text.as_bytes()).map_err(|e| {
                Failure::could_not(
                    tr.args("staff-error-output", &[("detail", e.to_string().into())]),
                )
            })?;
            let count = services.iter().filter(|s| s.active).count();
            say!(
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
        CatalogueAction::Import {
            source,
            dry_run,
            confirm,
        } => import(app, tr, locales, now, &source, dry_run, confirm),
    }
}

fn import(
    app: &App,
    tr: Tr<'_>,
    locales: &[&str],
    now: DateTime<Utc>,
    source: &Path,
    dry_run: bool,
    confirm: bool,
) -> Outcome {
    let text = std::fs::read_to_string(source).map_err(|e| {
        Failure::usage(settings_error(
            tr,
            &crate::config::SettingsError {
                file: source.to_path_buf(),
                line: None,
                problem: crate::config::Problem::Read(e.to_string()),
            },
        ))
    })?;
    let file = crate::catalogue::parse_file(source, &text, Some(locales))
        .map_err(|e| Failure::usage(settings_error(tr, &e)))?;
    // Every service is named in Italian, in the file or in the shipped texts: every
    // language without a name of its own shows that one.
    for def in &file.services {
        let id = crate::catalogue::name_id(&def.slug);
        let own = file.texts.iter().any(|(l, m, _)| l == FALLBACK && *m == id);
        if !own && !tr.translations().ships(FALLBACK, &id) {
            return Err(Failure::usage(tr.args(
                "catalogue-italian-name-needed",
                &[("slug", def.slug.as_str().into())],
            )));
        }
    }
    let (differences, left) = app
        .import_preview(&file, now)
        .map_err(|e| store_failure(tr, &e))?;
    if differences.is_empty() {
        say!("{}", tr.t("catalogue-unchanged"));
        return Ok(());
    }
    for difference in &differences {
        say!("{}", difference_line(tr, difference));
    }
    let stranded: Vec<String> = left
        .iter()
        .map(|(code, b)| {
            let service = app
                .services()
                .ok()
                .and_then(|all| all.into_iter().find(|s| s.id == b.service))
                .map_or_else(String::new, |s| service_name(tr, &s.slug));
            tr.args(
                "catalogue-stranded-booking",
                &[
                    ("code", code.as_str().into()),
                    ("service", service.into()),
                    ("day", tr.date(b.day).into()),
                    ("time", hhmm(app, b.slot.start).into()),
                ],
            )
        })
        .collect();
    if !stranded.is_empty() {
        say!(
            "{}",
            tr.args("catalogue-stranded", &[("count", stranded.len().into())])
        );
        for line in &stranded {
            say!("  {line}");
        }
    }
    if dry_run {
        say!("{}", tr.t("catalogue-dry-run"));
        return Ok(());
    }
    let actor = Actor {
        staff: None,
        station: crate::accounts::COMMAND_LINE_STATION.to_owned(),
        desk: None,
    };
    match app.import_catalogue(&actor, &file, confirm, now) {
        Ok(done) => {
            let count = |f: fn(&Difference) -> bool| done.iter().filter(|d| f(d)).count();
            let mut changed: Vec<&str> = done
                .iter()
                .filter_map(|d| match d {
                    Difference::Changed { slug, .. } => Some(slug.as_str()),
                    _ => None,
                })
                .collect();
            changed.dedup();
            say!(
                "{}",
                tr.args(
                    "catalogue-imported",
                    &[
                        ("path", source.display().to_string().into()),
                        ("added", count(|d| matches!(d, Difference::Added(_))).into()),
                        ("changed", changed.len().into()),
                        (
                            "withdrawn",
                            count(|d| matches!(d, Difference::Withdrawn(_))).into()
                        ),
                    ],
                )
            );
            Ok(())
        }
        Err(ChangeError::Stranded(_)) => Err(Failure::could_not(tr.t("catalogue-confirm-needed"))),
        Err(ChangeError::Invalid(problem)) => {
            Err(Failure::usage(crate::messages::invalid(tr, &problem)))
        }
        Err(ChangeError::Store(e)) => Err(store_failure(tr, &e)),
        Err(e @ (ChangeError::SlugTaken(_) | ChangeError::UnknownService)) => {
            log::warn!("catalogue import: {e}");
            Err(Failure::could_not(tr.t("console-service-gone")))
        }
    }
}

/// One difference as a line: `+ dentist`, `- laundry`, `~ shower capacity: 2 → 3`.
fn difference_line(tr: Tr<'_>, difference: &Difference) -> String {
    match difference {
        Difference::Added(slug) => {
            tr.args("catalogue-diff-added", &[("slug", slug.as_str().into())])
        }
        Difference::Withdrawn(slug) => tr.args(
            "catalogue-diff-withdrawn",
            &[("slug", slug.as_str().into())],
        ),
        Difference::Changed {
            slug,
            field,
            before,
            after,
        } => tr.args(
            "catalogue-diff-changed",
            &[
                ("slug", slug.as_str().into()),
                ("field", field.as_str().into()),
                ("before", before.as_str().into()),
                ("after", after.as_str().into()),
            ],
        ),
    }
}
