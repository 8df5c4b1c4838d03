//! Every message the program uses exists in every locale, and no locale carries messages
//! that nothing uses.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use sosta::domain::Status;
use sosta::domain::Verdict;
use sosta::i18n::{FALLBACK, Translations};
use sosta::messages;

fn ids(locale: &str) -> BTreeSet<String> {
    Translations::embedded()
        .unwrap()
        .message_ids(locale)
        .into_iter()
        .collect()
}

/// Message ids written literally in the source: those passed straight to `.t("id")` and
/// `.args("id", …)`, and every string literal (ids chosen in a `match` first).
fn literal_ids() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut found = BTreeSet::new();
    let mut literals = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            for marker in [".t(", ".args("] {
                for piece in text.split(marker).skip(1) {
                    if let Some(rest) = piece.trim_start().strip_prefix('"')
                        && let Some(id) = rest.split('"').next()
                    {
                        found.insert(id.to_owned());
                    }
                }
            }
            for (i, piece) in text.split('"').enumerate() {
                if i % 2 == 1 {
                    literals.insert(piece.to_owned());
                }
            }
        }
    }
    (found, literals)
}

/// Message ids the screens ask for: `Tr.t(lang, "id")` in `ui/*.slint`.
fn ui_ids() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let text = fs::read_to_string(entry.path()).unwrap();
        for call in text.split("Tr.t(").skip(1) {
            let args = call.split(')').next().unwrap_or("");
            if let Some(id) = args.split('"').nth(1) {
                found.insert(id.to_owned());
            }
        }
    }
    found
}

/// Message ids built at run time from names: services, desks, verdicts, statuses, and the
/// command line's help texts.
fn built_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let catalogue =
        sosta::catalogue::parse(Path::new("services.toml"), sosta::catalogue::DEFAULT_TEXT)
            .unwrap();
    // The ids built from data, as `messages` builds them for every front end.
    for service in &catalogue {
        ids.insert(messages::service_id(&service.slug));
        ids.insert(messages::description_id(&service.slug));
        ids.insert(messages::desk_id(&service.desk));
    }
    for verdict in Verdict::ALL {
        ids.insert(messages::verdict_id(verdict));
    }
    for status in [
        Status::Booked,
        Status::Served,
        Status::NoShow,
        Status::Cancelled,
    ] {
        ids.insert(messages::status_id(status));
    }
    let translations = Translations::embedded().unwrap();
    // The PDF report's table titles, one per table the report builds, and a row's own label
    // where a table of codes has one (a code without one is printed as it is).
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let locales: Vec<&str> = translations.locales().collect();
    // Every answer of a hundred visits, so that the answers' tables are built with rows.
    let mut figures = vec![sosta::app::Figure {
        day,
        kind: "visits_hour".to_owned(),
        service: None,
        key: "10".to_owned(),
        value: 100,
    }];
    for question in sosta::domain::Question::ALL {
        ids.insert(messages::question_id(question));
        ids.insert(messages::console_question_id(question));
        for answer in question.answers() {
            ids.insert(messages::answer_id(question, answer));
            figures.push(sosta::app::Figure {
                day,
                kind: question.as_str().to_owned(),
                service: None,
                key: (*answer).to_owned(),
                value: 10,
            });
        }
    }
    let report = sosta::report::build(&figures, &[], &locales, day, day, 5);
    let defined = translations.message_ids(FALLBACK);
    for table in &report.tables {
        ids.insert(sosta::report_pdf::title_id(&table.id));
        for row in &table.rows {
            let key = sosta::report_pdf::key_id(&table.id, &row.key);
            if defined.contains(&key) {
                ids.insert(key);
            }
        }
    }
    let cmd = sosta::cli::command(translations.lang(FALLBACK));
    ids.insert("cli-about".to_owned());
    // Each command with the name its verbs are nested under (none for `sosta` itself).
    let mut stack = vec![(cmd, None)];
    while let Some((cmd, nested)) = stack.pop() {
        for arg in cmd.get_arguments() {
            ids.insert(format!(
                "cli-arg-{}",
                arg.get_id().as_str().replace('_', "-")
            ));
        }
        for sub in cmd.get_subcommands() {
            ids.insert(sosta::cli::verb_help_id(
                translations.lang(FALLBACK),
                nested.as_deref(),
                sub.get_name(),
            ));
            // As `cli::command` does: clap's `help` lists its command's verbs under their
            // own names.
            let under = if sub.get_name() == "help" {
                nested.clone()
            } else {
                Some(sub.get_name().to_owned())
            };
            stack.push((sub.clone(), under));
        }
    }
    ids
}

#[test]
fn every_locale_has_exactly_the_fallback_messages() {
    let translations = Translations::embedded().unwrap();
    let reference = ids(FALLBACK);
    assert!(reference.len() > 50);
    for locale in translations.locales() {
        let these = ids(locale);
        let missing: Vec<_> = reference.difference(&these).collect();
        let extra: Vec<_> = these.difference(&reference).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(extra.is_empty(), "{locale} has unknown {extra:?}");
    }
}

#[test]
fn every_used_message_exists_and_every_message_is_used() {
    let defined = ids(FALLBACK);
    let (passed, literals) = literal_ids();
    let used: BTreeSet<String> = passed
        .union(&built_ids())
        .cloned()
        .chain(ui_ids())
        .collect();
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
    let unused: Vec<_> = defined
        .iter()
        .filter(|id| !used.contains(*id) && !literals.contains(*id))
        .collect();
    assert!(unused.is_empty(), "defined but never used: {unused:?}");
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let translations = Translations::embedded().unwrap();
    for locale in translations.locales() {
        for id in ids(locale) {
            // Sample arguments for every variable any message takes.
            let owned = common::sample_args();
            let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
                owned.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            // Exactly this locale: a misspelt or missing variable is an error here, where a
            // screen would quietly fall back to Italian.
            let text = translations
                .format_exact(locale, &id, &args)
                .unwrap_or_else(|e| panic!("{locale}/{id} does not format: {e}"));
            assert!(
                !text.is_empty() && text != id,
                "{locale}/{id} formats to {text:?}"
            );
            assert_eq!(
                translations.variables(locale, &id),
                translations.variables(sosta::i18n::FALLBACK, &id),
                "{locale}/{id} uses other variables than Italian"
            );
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{locale}/{id} has isolation marks"
            );
        }
    }
}
