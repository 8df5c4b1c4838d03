//! Translations: Fluent bundles per locale, with Italian as the fallback.
//!
//! Every user-facing string is a Fluent message in `i18n/<locale>/*.ftl`, embedded at build
//! time. A message missing in a locale falls back to Italian; one missing everywhere shows
//! its id, which the translation tests keep from ever reaching a visitor.

use std::collections::BTreeMap;
use std::sync::RwLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));
}

/// The language every message exists in, and the one staff read.
pub const FALLBACK: &str = "it";

/// A problem in a translation file, with where it is.
#[derive(Debug, thiserror::Error)]
#[error("{locale}/{file}: {detail}")]
pub struct I18nError {
    pub locale: String,
    pub file: String,
    pub detail: String,
}

pub struct Translations {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    ids: BTreeMap<String, Vec<String>>,
    /// A coordinator's own texts (a service's name and description), by (locale, id):
    /// they win over the shipped text of their language. Set again whenever the
    /// database changes, so a change reaches every screen that reads through `Tr`.
    own: RwLock<BTreeMap<(String, String), String>>,
}

impl Translations {
    /// The translations built into the program.
    pub fn embedded() -> Result<Translations, I18nError> {
        Translations::from_files(embedded::FILES.iter().map(|(l, f, t)| (*l, *f, *t)))
    }

    /// Builds bundles from (locale, file name, Fluent text); reports the first bad file.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<Translations, I18nError> {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (locale, file, text) in files {
            let error = |detail: String| I18nError {
                locale: locale.to_owned(),
                file: file.to_owned(),
                detail,
            };
            let langid: LanguageIdentifier = locale
                .parse()
                .map_err(|_| error(format!("{locale} is not a language tag")))?;
            let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                error(
                    errors
                        .iter()
                        .map(|e| format!("line {}: {e}", line_of(text, e.pos.start)))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })?;
            let locale_ids = ids.entry(locale.to_owned()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    locale_ids.push(m.id.name.to_owned());
                }
            }
            let bundle = bundles.entry(locale.to_owned()).or_insert_with(|| {
                let mut bundle = FluentBundle::new(vec![langid]);
                // The terminal and Slint do their own bidi; isolation marks would show.
                bundle.set_use_isolating(false);
                bundle
            });
            bundle.add_resource(resource).map_err(|errors| {
                error(
                    errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })?;
        }
        if !bundles.contains_key(FALLBACK) {
            return Err(I18nError {
                locale: FALLBACK.to_owned(),
                file: "*.ftl".to_owned(),
                detail: "the fallback language has no translation files".to_owned(),
            });
        }
        Ok(Translations {
            bundles,
            ids,
            own: RwLock::default(),
        })
    }

    /// Replaces the coordinator's own texts: (locale, Fluent id, text).
    pub fn set_own_texts(&self, texts: impl IntoIterator<Item = (String, String, String)>) {
        let texts = texts
            .into_iter()
            .map(|(locale, id, text)| ((locale, id), text))
            .collect();
        // A poisoned lock only means a panic elsewhere mid-write; the map is whole either way.
        *self.own.write().unwrap_or_else(|e| e.into_inner()) = texts;
    }

    /// The coordinator's own text for `id` in `locale`, if there is one.
    fn own_text(&self, locale: &str, id: &str) -> Option<String> {
        let own = self.own.read().unwrap_or_else(|e| e.into_inner());
        own.get(&(locale.to_owned(), id.to_owned())).cloned()
    }

    /// Whether the shipped files have `id` in `locale` (a coordinator's own text aside).
    pub fn ships(&self, locale: &str, id: &str) -> bool {
        self.bundles
            .get(locale)
            .is_some_and(|b| b.get_message(id).is_some())
    }

    /// The shipped locales, in tag order.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    pub fn has_locale(&self, locale: &str) -> bool {
        self.bundles.contains_key(locale)
    }

    /// Every message id a locale defines, sorted.
    pub fn message_ids(&self, locale: &str) -> Vec<String> {
        let mut ids = self.ids.get(locale).cloned().unwrap_or_default();
        ids.sort();
        ids
    }

    /// A message formatted in exactly this locale, with Fluent's own complaint (a variable
    /// not given, a message missing) instead of the fallback to Italian that screens get:
    /// the translation tests use it so a misspelt `$variable` cannot hide.
    pub fn format_exact(
        &self,
        locale: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Result<String, String> {
        let bundle = self.bundles.get(locale).ok_or("no such locale")?;
        let message = bundle.get_message(id).ok_or("no such message")?;
        let pattern = message.value().ok_or("the message has no value")?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{errors:?}"))
        }
    }

    /// The variables (`$name`) a message refers to, in any of its variants.
    pub fn variables(&self, locale: &str, id: &str) -> std::collections::BTreeSet<String> {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        fn inline(
            expression: &InlineExpression<&str>,
            found: &mut std::collections::BTreeSet<String>,
        ) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, found);
                    }
                }
                InlineExpression::Placeable { expression } => walk(expression, found),
                _ => {}
            }
        }
        fn walk(expression: &Expression<&str>, found: &mut std::collections::BTreeSet<String>) {
            match expression {
                Expression::Inline(e) => inline(e, found),
                Expression::Select { selector, variants } => {
                    inline(selector, found);
                    for variant in variants {
                        pattern(&variant.value, found);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, found: &mut std::collections::BTreeSet<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    walk(expression, found);
                }
            }
        }
        let mut found = std::collections::BTreeSet::new();
        if let Some(value) = self
            .bundles
            .get(locale)
            .and_then(|b| b.get_message(id))
            .and_then(|m| m.value())
        {
            pattern(value, &mut found);
        }
        found
    }

    /// A view in one language (unknown languages read Italian).
    pub fn lang<'a>(&'a self, locale: &'a str) -> Tr<'a> {
        let locale = if self.bundles.contains_key(locale) {
            locale
        } else {
            FALLBACK
        };
        Tr {
            translations: self,
            locale,
        }
    }

    fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.format_part(locale, id, None, args)
    }

    /// A message's value, or one of its attributes (`.speech`).
    fn format_part(
        &self,
        locale: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

/// Translations in one chosen language.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    translations: &'a Translations,
    locale: &'a str,
}

impl<'a> Tr<'a> {
    pub fn locale(&self) -> &'a str {
        self.locale
    }

    /// Every language, to say something in another one (a language's own name).
    pub fn translations(&self) -> &'a Translations {
        self.translations
    }

    /// Whether this language or Italian has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        [self.locale, FALLBACK].iter().any(|locale| {
            self.translations
                .bundles
                .get(*locale)
                .is_some_and(|b| b.has_message(id))
        })
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// The message `id` with named arguments: the coordinator's own text in this
    /// language, else the shipped one; then the same in Italian; the id itself if nothing
    /// has it.
    pub fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let t = self.translations;
        t.own_text(self.locale, id)
            .or_else(|| t.format(self.locale, id, Some(&fluent_args)))
            .or_else(|| t.own_text(FALLBACK, id))
            .or_else(|| t.format(FALLBACK, id, Some(&fluent_args)))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` as it is read aloud: its `.speech` attribute where the spoken form
    /// differs from the written one (fully vowelled Arabic, a time in words), else the
    /// written text. A coordinator's own text is read as written.
    pub fn spoken(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let t = self.translations;
        if t.own_text(self.locale, id).is_none() {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            if let Some(text) = t.format_part(self.locale, id, Some("speech"), Some(&fluent_args)) {
                return text;
            }
        }
        self.args(id, args)
    }
}

impl Tr<'_> {
    /// A date in this language's own words ("mercoledì 25 novembre"), from its
    /// `date-format` (chrono's strftime codes) and `language-locale` (a POSIX locale name
    /// for weekday and month names). Digits stay Western, as on the slip and at the desk.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        let locale = chrono::Locale::try_from(self.t("language-locale").as_str())
            .unwrap_or(chrono::Locale::POSIX);
        let format = self.t("date-format");
        let items: Vec<chrono::format::Item<'_>> =
            chrono::format::StrftimeItems::new_with_locale(&format, locale).collect();
        if items.contains(&chrono::format::Item::Error) {
            return date.to_string();
        }
        date.format_localized_with_items(items.into_iter(), locale)
            .to_string()
    }

    /// A weekday's name in this language (0 = Monday), from `language-locale`.
    pub fn weekday(&self, day: usize) -> String {
        let locale = chrono::Locale::try_from(self.t("language-locale").as_str())
            .unwrap_or(chrono::Locale::POSIX);
        // 2024-01-01 was a Monday.
        let monday = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        (monday + chrono::Duration::days(day.min(6) as i64))
            .format_localized("%A", locale)
            .to_string()
    }
}

/// The 1-based line of a byte offset, for error messages.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The bundled font family that draws a language's script.
pub fn font_family(locale: &str) -> &'static str {
    match locale {
        "pa" => "Noto Sans Gurmukhi",
        "ar" => "Noto Naskh Arabic",
        "ur" => "Noto Nastaliq Urdu",
        _ => "Noto Sans",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_variable_is_an_error_in_exact_formatting_and_is_seen() {
        let translations = Translations::from_files([
            ("it", "a.ftl", "greet = Ciao { $name }\n"),
            ("en", "a.ftl", "greet = Hi { $nmae }\n"),
        ])
        .unwrap();
        let args = [("name", FluentValue::from("Anna"))];
        assert_eq!(
            translations.format_exact("it", "greet", &args).unwrap(),
            "Ciao Anna"
        );
        assert!(translations.format_exact("en", "greet", &args).is_err());
        // What a screen would show: the Italian fallback, which is why tests use the above.
        assert_eq!(translations.lang("en").args("greet", &args), "Ciao Anna");
        assert_eq!(
            translations.variables("en", "greet"),
            ["nmae".to_owned()].into()
        );
        assert_eq!(
            translations.variables("it", "greet"),
            ["name".to_owned()].into()
        );
    }

    #[test]
    fn a_broken_file_is_named_with_its_line() {
        let error = Translations::from_files([
            ("it", "ok.ftl", "hello = Ciao\n"),
            (
                "en",
                "broken.ftl",
                "hello = Hi\n\nbad line without equals\n",
            ),
        ])
        .err()
        .expect("the broken file is refused");
        assert_eq!(error.locale, "en");
        assert_eq!(error.file, "broken.ftl");
        assert!(error.detail.contains("line 3"), "{}", error.detail);
    }

    #[test]
    fn missing_messages_fall_back_to_italian() {
        let tr = Translations::from_files([
            ("it", "a.ftl", "only-it = Solo italiano\nboth = Entrambi\n"),
            ("en", "a.ftl", "both = Both\n"),
        ])
        .unwrap();
        assert_eq!(tr.lang("en").t("both"), "Both");
        assert_eq!(tr.lang("en").t("only-it"), "Solo italiano");
        assert_eq!(tr.lang("xx").t("both"), "Entrambi");
        assert_eq!(tr.lang("en").t("nowhere"), "nowhere");
    }

    #[test]
    fn dates_are_in_the_language_s_own_words() {
        let tr = Translations::embedded().unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(tr.lang("it").date(day), "mercoledì 25 novembre");
        assert_eq!(tr.lang("en").date(day), "Wednesday 25 November");
    }

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let tr = Translations::from_files([("it", "a.ftl", "n = Numero { $n }\n")]).unwrap();
        assert_eq!(tr.lang("it").args("n", &[("n", 7.into())]), "Numero 7");
    }
}
