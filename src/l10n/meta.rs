//! `locales/<lang>/locale.toml`: a language's names, direction, the ICU
//! locale it formats with, the tags that resolve to it, and who produced
//! its text. Parsed and checked here only; the loader and the linter both
//! call [`LocaleMeta::parse`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use super::REFERENCE;

/// Whether a human has checked a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// The reference text itself (Dutch), written by the project.
    Reference,
    /// Drafted by a machine; not checked by a qualified translator.
    MachineDraft,
    /// Checked by the qualified translator named in `reviewed-by`.
    Reviewed,
}

impl TranslationStatus {
    /// Short Dutch label, as staff see it.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Reference => "referentietekst",
            Self::MachineDraft => "machinaal concept, niet gecontroleerd",
            Self::Reviewed => "gecontroleerd door vertaler",
        }
    }
}

/// Text direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// `locales/<lang>/locale.toml`: how to name, format and trust a language.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's own name (endonym), e.g. `العربية`.
    pub name: String,
    /// The language's name in Dutch, e.g. `Arabisch`.
    pub name_nl: String,
    #[serde(default)]
    pub direction: Direction,
    /// ICU locale for dates and numbers; may pin digits (`ar-u-nu-latn`).
    /// Defaults to the folder name.
    #[serde(default)]
    pub formatting_locale: Option<String>,
    /// Other tags that mean this language, e.g. `prs` for Dari (`fa-AF`):
    /// a request for one of them gets this folder.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub translation: TranslationMeta,
}

/// Provenance of a locale's text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TranslationMeta {
    pub status: TranslationStatus,
    /// Who or what produced the text.
    pub produced_by: String,
    /// The qualified translator who checked it; required for `reviewed`.
    #[serde(default)]
    pub reviewed_by: Option<String>,
    #[serde(default)]
    pub reviewed_on: Option<String>,
}

/// What is wrong with a `locale.toml`, and where (1-based line and column)
/// when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaError {
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl MetaError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            at: None,
            message: message.into(),
        }
    }
}

impl LocaleMeta {
    /// Parses and checks the `locale.toml` of folder `lang`: the fields, a
    /// reviewer for `reviewed`, `reference` only for Dutch, a formatting
    /// locale and aliases that are language tags.
    pub fn parse(lang: &str, text: &str) -> Result<Self, MetaError> {
        let meta: Self = toml::from_str(text).map_err(|e| MetaError {
            at: e.span().map(|s| super::line_col(text, s.start)),
            message: e.message().to_string(),
        })?;
        let t = &meta.translation;
        if t.status == TranslationStatus::Reviewed
            && t.reviewed_by.as_deref().unwrap_or("").trim().is_empty()
        {
            return Err(MetaError::new(
                "status `reviewed` needs `reviewed-by`: name the qualified translator who checked the text",
            ));
        }
        if t.status == TranslationStatus::Reference && lang != REFERENCE {
            return Err(MetaError::new(format!(
                "only `{REFERENCE}` is the reference; a translation is `machine-draft` or `reviewed`"
            )));
        }
        if t.produced_by.trim().is_empty() {
            return Err(MetaError::new(
                "`produced-by` is empty: say who or what produced the text",
            ));
        }
        if lang.parse::<LanguageIdentifier>().is_err() {
            return Err(MetaError::new(format!(
                "folder name `{lang}` is not a BCP 47 language tag"
            )));
        }
        if let Some(f) = &meta.formatting_locale
            && f.parse::<icu_locale::Locale>().is_err()
        {
            return Err(MetaError::new(format!(
                "formatting-locale `{f}` is not a valid locale (e.g. `fa-u-nu-arabext`)"
            )));
        }
        for alias in &meta.aliases {
            let valid = alias
                .parse::<LanguageIdentifier>()
                .is_ok_and(|id| id.to_string().eq_ignore_ascii_case(alias));
            if !valid {
                return Err(MetaError::new(format!(
                    "alias `{alias}` is not a BCP 47 language tag (e.g. `prs`)"
                )));
            }
            if alias.eq_ignore_ascii_case(lang) {
                return Err(MetaError::new(format!(
                    "alias `{alias}` is the folder's own tag"
                )));
            }
        }
        Ok(meta)
    }

    /// The ICU locale this language formats dates and numbers with.
    pub fn formatting_locale<'a>(&'a self, lang: &'a str) -> &'a str {
        self.formatting_locale.as_deref().unwrap_or(lang)
    }
}

/// Every alias of every language, lowercased, with the folder it resolves
/// to; or what is wrong: an alias that is another language's folder, or one
/// that two languages claim.
pub fn aliases<'a>(
    metas: impl IntoIterator<Item = (&'a str, &'a LocaleMeta)>,
) -> Result<BTreeMap<String, String>, Vec<(String, String)>> {
    let metas: Vec<(&str, &LocaleMeta)> = metas.into_iter().collect();
    let mut map = BTreeMap::new();
    let mut problems = Vec::new();
    for (lang, meta) in &metas {
        for alias in &meta.aliases {
            let key = alias.to_ascii_lowercase();
            if metas.iter().any(|(l, _)| l.eq_ignore_ascii_case(alias)) {
                problems.push((
                    lang.to_string(),
                    format!("alias `{alias}` is also a language folder (locales/{alias}/)"),
                ));
            } else if let Some(other) = map.insert(key, lang.to_string()) {
                problems.push((
                    lang.to_string(),
                    format!("alias `{alias}` is also an alias of `{other}`"),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(map)
    } else {
        Err(problems)
    }
}

/// The CLDR cardinal plural categories of a language, from ICU4X's data, as
/// Fluent writes them (`zero`, `one`, `two`, `few`, `many`, `other`).
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    let Ok(locale) = lang.parse::<icu_locale::Locale>() else {
        return Vec::new();
    };
    let Ok(rules) = icu_plurals::PluralRules::try_new_cardinal(locale.into()) else {
        return Vec::new();
    };
    rules.categories().map(category_name).collect()
}

/// A plural category as Fluent's variant key.
pub fn category_name(category: icu_plurals::PluralCategory) -> &'static str {
    use icu_plurals::PluralCategory as C;
    match category {
        C::Zero => "zero",
        C::One => "one",
        C::Two => "two",
        C::Few => "few",
        C::Many => "many",
        C::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DARI: &str = r#"
name = "دری"
name-nl = "Dari"
direction = "rtl"
formatting-locale = "fa-AF-u-nu-arabext"
aliases = ["prs"]
[translation]
status = "machine-draft"
produced-by = "test"
"#;

    #[test]
    fn aliases_are_tags_and_belong_to_one_language() {
        let dari = LocaleMeta::parse("fa-AF", DARI).unwrap();
        assert_eq!(dari.aliases, ["prs"]);
        let map = aliases([("fa-AF", &dari)]).unwrap();
        assert_eq!(map["prs"], "fa-AF");

        let mut twice = dari.clone();
        twice.aliases = vec!["PRS".into()];
        let err = aliases([("fa-AF", &dari), ("fa", &twice)]).unwrap_err();
        assert!(err[0].1.contains("also an alias of `fa-AF`"), "{err:?}");
        let err = aliases([("fa-AF", &dari), ("prs", &twice)]).unwrap_err();
        assert!(err[0].1.contains("also a language folder"), "{err:?}");

        let bad = DARI.replace(r#"["prs"]"#, r#"["not a tag"]"#);
        let err = LocaleMeta::parse("fa-AF", &bad).unwrap_err();
        assert!(err.message.contains("not a BCP 47"), "{err:?}");
        let own = DARI.replace(r#"["prs"]"#, r#"["fa-af"]"#);
        assert!(LocaleMeta::parse("fa-AF", &own).is_err());
    }

    #[test]
    fn errors_carry_the_line() {
        let err = LocaleMeta::parse(
            "fa-AF",
            &DARI.replace("direction = \"rtl\"", "direction = 3"),
        )
        .unwrap_err();
        assert_eq!(err.at.map(|a| a.0), Some(4), "{err:?}");
        let err = LocaleMeta::parse("fa", &DARI.replace("machine-draft", "reference")).unwrap_err();
        assert!(err.message.contains("only `nl`"), "{err:?}");
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        for lang in ["fa", "fa-AF", "ps", "ckb", "ku", "tr", "so", "nl"] {
            assert_eq!(plural_categories(lang), ["one", "other"], "{lang}");
        }
        // No data for `prs` itself: that is why Dari is `fa-AF` with an alias.
        assert_eq!(plural_categories("prs"), ["other"]);
    }
}
