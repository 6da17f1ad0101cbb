//! Localisation: the Fluent messages of every language, locale negotiation,
//! ICU4X formatting, and the metadata that says who translated what.
//!
//! `nl` is the reference language: every key exists there first, and a key
//! missing in another language falls back to the Dutch text (reported, never
//! printed as a raw key). This module knows nothing about typst.

mod format;
pub mod review;
pub mod source;

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::assets::Assets;
pub use format::{FormatError, Formats, parse_date, split_date};
pub use review::{MessageReview, MessageStatus, ReviewItem, ReviewRecord, ReviewRecords};
pub use source::MessageSource;

/// The language every key exists in first, and whose text is legally binding.
pub const REFERENCE: &str = "nl";

/// The Fluent file shared by all templates.
pub const COMMON: &str = "common";

/// Errors loading the locales or producing a message.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("no locales found: expected folders such as locales/nl/ with common.ftl")]
    NoLocales,
    #[error("the reference language `nl` is missing (locales/nl/common.ftl)")]
    NoReference,
    #[error("{file}: {message}")]
    Meta { file: String, message: String },
    #[error("{}", .errors.join("\n"))]
    Syntax { errors: Vec<String> },
    #[error("{file}{}: {message}", .at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
    Reviews {
        file: String,
        at: Option<(usize, usize)>,
        message: String,
    },
    #[error("`{requested}` is not a valid language tag (use BCP 47, e.g. `ar` or `ar-SY`)")]
    BadTag { requested: String },
    #[error("language `{requested}` is not available{}; available: {}", .context, .available.join(", "))]
    UnknownLanguage {
        requested: String,
        context: String,
        available: Vec<String>,
    },
    #[error("cannot approve `{key}` in `{lang}`: {message}")]
    Approve {
        key: String,
        lang: String,
        message: String,
    },
    #[error("message `{key}` does not exist, not even in Dutch (locales/nl/)")]
    MissingMessage { key: String },
    #[error("message `{key}` in `{lang}`: {}", .errors.join("; "))]
    Message {
        key: String,
        lang: String,
        errors: Vec<String>,
    },
}

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

/// One language: its messages, formatters and metadata.
pub struct Locale {
    pub lang: String,
    pub id: LanguageIdentifier,
    pub meta: LocaleMeta,
    /// Message ids per Fluent file stem (`common`, `afspraken`, ...).
    pub keys: BTreeMap<String, BTreeSet<String>>,
    /// The normalised source of each message, by id.
    pub sources: BTreeMap<String, MessageSource>,
    /// The review records of `reviews.toml` (empty when there is none).
    pub reviews: ReviewRecords,
    bundle: FluentBundle<FluentResource>,
    formats: Formats,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// Whether this locale has a Fluent file for `stem` (a template name or `common`).
    pub fn has_file(&self, stem: &str) -> bool {
        self.keys.contains_key(stem)
    }

    /// The ICU formatters of this locale.
    pub fn formats(&self) -> &Formats {
        &self.formats
    }
}

/// A message in the requested language, or in Dutch when it was missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    pub text: String,
    /// The language the text is actually in.
    pub lang: String,
    /// True when the requested language lacked the key and Dutch was used.
    pub fell_back: bool,
}

/// Every loaded language; immutable once loaded so typst's memoisation of
/// the message function stays sound.
#[derive(Debug)]
pub struct Locales {
    by_lang: BTreeMap<String, Locale>,
}

impl Locales {
    /// Loads `locales/<lang>/{locale.toml,*.ftl}` from the project tree.
    pub fn load(assets: &Assets) -> Result<Self, L10nError> {
        let mut by_lang = BTreeMap::new();
        let mut syntax = Vec::new();
        for lang in assets.subdirs("locales") {
            match load_locale(assets, &lang) {
                Ok(locale) => {
                    by_lang.insert(lang, locale);
                }
                Err(L10nError::Syntax { errors }) => syntax.extend(errors),
                Err(e) => return Err(e),
            }
        }
        if !syntax.is_empty() {
            return Err(L10nError::Syntax { errors: syntax });
        }
        if by_lang.is_empty() {
            return Err(L10nError::NoLocales);
        }
        if !by_lang.contains_key(REFERENCE) {
            return Err(L10nError::NoReference);
        }
        for (lang, locale) in &mut by_lang {
            locale.reviews = load_reviews(assets, lang)?;
        }
        Ok(Self { by_lang })
    }

    /// Where message `key` stands in `lang`: reviewed, stale (with what
    /// changed), machine draft, missing, or the Dutch reference.
    pub fn review(&self, lang: &str, key: &str) -> MessageReview<'_> {
        let plain = |status| MessageReview {
            status,
            record: None,
            source_changed: false,
            translation_changed: false,
        };
        if lang == REFERENCE {
            return plain(MessageStatus::Reference);
        }
        let Some(locale) = self.by_lang.get(lang) else {
            return plain(MessageStatus::Missing);
        };
        let record = locale.reviews.records.get(key);
        let (Some(dutch), Some(theirs)) =
            (self.reference().sources.get(key), locale.sources.get(key))
        else {
            return MessageReview {
                record,
                ..plain(MessageStatus::Missing)
            };
        };
        match record {
            Some(r) => {
                let source_changed = r.source_sha256 != dutch.sha256;
                let translation_changed = r.translation_sha256 != theirs.sha256;
                MessageReview {
                    status: if source_changed || translation_changed {
                        MessageStatus::Stale
                    } else {
                        MessageStatus::Reviewed
                    },
                    record,
                    source_changed,
                    translation_changed,
                }
            }
            None => plain(match locale.meta.translation.status {
                TranslationStatus::Reviewed => MessageStatus::Reviewed,
                TranslationStatus::MachineDraft => MessageStatus::MachineDraft,
                // `check` refuses `reference` outside Dutch; treat it as unchecked.
                TranslationStatus::Reference => MessageStatus::MachineDraft,
            }),
        }
    }

    /// The Dutch message ids of Fluent files `stems`, in file then id order.
    pub fn reference_keys<'a>(&'a self, stems: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
        stems
            .iter()
            .filter_map(|stem| self.reference().keys.get(*stem))
            .flatten()
            .map(String::as_str)
    }

    /// The languages loaded, by folder name.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang.keys().map(String::as_str)
    }

    /// One loaded language.
    pub fn get(&self, lang: &str) -> Option<&Locale> {
        self.by_lang.get(lang)
    }

    /// The Dutch reference locale.
    pub fn reference(&self) -> &Locale {
        // `load` refuses a tree without `nl`.
        &self.by_lang[REFERENCE]
    }

    /// Formats message `key` for `lang`, falling back to Dutch when the
    /// language or the key is missing. Fluent errors (a variable not given)
    /// are errors: a letter must never show `{$name}`.
    pub fn message(
        &self,
        lang: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Translated, L10nError> {
        let (locale, fell_back) = match self.by_lang.get(lang) {
            Some(l) if l.bundle.has_message(key) => (l, false),
            _ => (self.reference(), lang != REFERENCE),
        };
        let msg = locale
            .bundle
            .get_message(key)
            .ok_or_else(|| L10nError::MissingMessage {
                key: key.to_string(),
            })?;
        let pattern = msg.value().ok_or_else(|| L10nError::Message {
            key: key.to_string(),
            lang: locale.lang.clone(),
            errors: vec!["the message has attributes only, no value".into()],
        })?;
        let mut errors = Vec::new();
        let text = locale.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            return Err(L10nError::Message {
                key: key.to_string(),
                lang: locale.lang.clone(),
                errors: errors.iter().map(ToString::to_string).collect(),
            });
        }
        Ok(Translated {
            text: text.into_owned(),
            lang: locale.lang.clone(),
            fell_back,
        })
    }

    /// Whether the Dutch reference defines message `key`.
    pub fn reference_has(&self, key: &str) -> bool {
        self.reference().bundle.has_message(key)
    }

    /// The formatters for `lang`, or Dutch ones for an unknown language.
    pub fn formats(&self, lang: &str) -> &Formats {
        self.by_lang
            .get(lang)
            .unwrap_or_else(|| self.reference())
            .formats()
    }

    /// An amount in euros: the number is formatted by ICU4X, and the
    /// locale's `money` message places the euro sign (`€ 1.234,56` in Dutch).
    pub fn money(&self, lang: &str, amount: f64) -> Result<Translated, L10nError> {
        let number =
            self.formats(lang)
                .number(amount, Some(2))
                .map_err(|e| L10nError::Message {
                    key: "money".into(),
                    lang: lang.into(),
                    errors: vec![e.to_string()],
                })?;
        let mut args = FluentArgs::new();
        args.set("amount", number);
        let mut money = self.message(lang, "money", Some(&args))?;
        // Digits and the euro sign are both weak in the bidi algorithm, so an
        // amount alone decides no direction: inside an isolate in an Arabic
        // sentence it would lay out left-to-right, in a table cell
        // right-to-left. A leading RLM makes it the same everywhere.
        if self
            .get(&money.lang)
            .is_some_and(|l| l.meta.direction == Direction::Rtl)
        {
            money.text.insert(0, '\u{200f}');
        }
        Ok(money)
    }

    /// Keys the Dutch reference has in files `stems` that `lang` lacks: the
    /// messages a letter in `lang` will show in Dutch.
    pub fn missing_keys(&self, lang: &str, stems: &[&str]) -> Vec<String> {
        let Some(locale) = self.by_lang.get(lang) else {
            return Vec::new();
        };
        let mut missing = Vec::new();
        for stem in stems {
            let theirs = locale.keys.get(*stem);
            for key in self.reference().keys.get(*stem).into_iter().flatten() {
                if !theirs.is_some_and(|k| k.contains(key)) && !locale.bundle.has_message(key) {
                    missing.push(key.clone());
                }
            }
        }
        missing
    }

    /// Picks the best of `offered` languages for a BCP 47 `requested` tag
    /// (`ar-SY` → `ar`). `context` names what offers them, for the error.
    pub fn negotiate(
        &self,
        requested: &str,
        offered: &[&str],
        context: &str,
    ) -> Result<String, L10nError> {
        negotiate(requested, offered, context)
    }
}

/// How far one language covers one template (its own file plus `common`).
#[derive(Debug, Clone, Serialize)]
pub struct Completeness {
    pub lang: String,
    pub template: String,
    /// Whether the template is offered in this language (its `.ftl` exists).
    pub offered: bool,
    pub status: TranslationStatus,
    /// Messages the Dutch reference has for this template (with `common`).
    pub messages: usize,
    /// Of those, how many this language has.
    pub translated: usize,
    /// Of those, how many a qualified translator checked (per message:
    /// a current review record, or the language reviewed as a whole).
    pub reviewed: usize,
    /// Of those, how many have a review record that is stale: the Dutch or
    /// the translation changed since the review.
    pub stale: usize,
    /// The stale messages.
    pub stale_messages: Vec<String>,
    /// Messages that would be shown in Dutch.
    pub fallbacks: Vec<String>,
}

impl Completeness {
    /// Share of messages translated, 0.0–1.0.
    pub fn translated_share(&self) -> f64 {
        ratio(self.translated, self.messages)
    }

    /// Share of messages reviewed by a qualified translator, 0.0–1.0.
    pub fn reviewed_share(&self) -> f64 {
        ratio(self.reviewed, self.messages)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

impl Locales {
    /// Completeness of every language for every template named.
    pub fn completeness(&self, templates: &[&str]) -> Vec<Completeness> {
        let mut rows = Vec::new();
        for locale in self.by_lang.values() {
            for template in templates {
                let stems = [COMMON, template];
                let messages: usize = stems
                    .iter()
                    .map(|s| self.reference().keys.get(*s).map_or(0, BTreeSet::len))
                    .sum();
                let offered = locale.has_file(template);
                let fallbacks = if offered {
                    self.missing_keys(&locale.lang, &stems)
                } else {
                    Vec::new()
                };
                let translated = if offered {
                    messages - fallbacks.len()
                } else {
                    0
                };
                let status = locale.meta.translation.status;
                // Only a translator's check counts as a review; the Dutch
                // reference is the original, not a reviewed translation.
                let (mut reviewed, mut stale_messages) = (0, Vec::new());
                if offered {
                    for key in self.reference_keys(&stems) {
                        match self.review(&locale.lang, key).status {
                            MessageStatus::Reviewed => reviewed += 1,
                            MessageStatus::Stale => stale_messages.push(key.to_string()),
                            _ => {}
                        }
                    }
                }
                rows.push(Completeness {
                    lang: locale.lang.clone(),
                    template: template.to_string(),
                    offered,
                    status,
                    messages,
                    translated,
                    reviewed,
                    stale: stale_messages.len(),
                    stale_messages,
                    fallbacks,
                });
            }
        }
        rows
    }
}

/// Picks the best of `offered` for `requested` (BCP 47 lookup with region and
/// script stripped as needed).
pub fn negotiate(requested: &str, offered: &[&str], context: &str) -> Result<String, L10nError> {
    let req: LanguageIdentifier = requested.trim().parse().map_err(|_| L10nError::BadTag {
        requested: requested.to_string(),
    })?;
    let available: Vec<LanguageIdentifier> =
        offered.iter().filter_map(|l| l.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        &[req],
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    match found.first() {
        Some(id) => Ok(id.to_string()),
        None => Err(L10nError::UnknownLanguage {
            requested: requested.to_string(),
            context: context.to_string(),
            available: offered.iter().map(|s| s.to_string()).collect(),
        }),
    }
}

/// Language ranges of an `Accept-Language` header, best first: q-values are
/// honoured (stable for equal weights), `q=0` and `*` are dropped.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut ranges: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then(|| (q, i, tag.to_string()))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The best of `offered` for an `Accept-Language` header, or Dutch when
/// nothing matches (every template is offered in Dutch).
pub fn negotiate_accept(header: &str, offered: &[&str]) -> String {
    parse_accept_language(header)
        .iter()
        .find_map(|tag| negotiate(tag, offered, "").ok())
        .unwrap_or_else(|| REFERENCE.to_string())
}

fn load_locale(assets: &Assets, lang: &str) -> Result<Locale, L10nError> {
    let meta_path = format!("locales/{lang}/locale.toml");
    let meta_err = |message: String| L10nError::Meta {
        file: assets.display_path(&meta_path),
        message,
    };
    let meta_text = assets.text(&meta_path).ok_or_else(|| {
        meta_err("missing: every language needs locale.toml (name, translation status)".into())
    })?;
    let meta: LocaleMeta = toml::from_str(meta_text).map_err(|e| meta_err(e.to_string()))?;
    if meta.translation.status == TranslationStatus::Reviewed
        && meta
            .translation
            .reviewed_by
            .as_deref()
            .unwrap_or("")
            .trim()
            .is_empty()
    {
        return Err(meta_err(
            "status `reviewed` needs `reviewed-by`: name the translator who checked the text"
                .into(),
        ));
    }
    let id: LanguageIdentifier = lang
        .parse()
        .map_err(|_| meta_err(format!("folder name `{lang}` is not a BCP 47 language tag")))?;
    let formats =
        Formats::new(meta.formatting_locale.as_deref().unwrap_or(lang)).map_err(meta_err)?;

    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    // Fluent wraps placeables in FSI/PDI marks. In right-to-left text they keep
    // a Latin name with brackets from being reordered; in left-to-right text
    // they only add invisible characters to the PDF's text layer.
    bundle.set_use_isolating(meta.direction == Direction::Rtl);
    let mut keys = BTreeMap::new();
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    let prefix = format!("locales/{lang}/");
    for (path, bytes) in assets.under(&prefix) {
        let Some(stem) = path[prefix.len()..].strip_suffix(".ftl") else {
            continue;
        };
        let shown = assets.display_path(path);
        let Ok(text) = std::str::from_utf8(bytes) else {
            errors.push(format!("{shown}: not valid UTF-8"));
            continue;
        };
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errs)) => {
                for e in errs {
                    let (line, col) = line_col(text, e.pos.start);
                    errors.push(format!("{shown}:{line}:{col}: Fluent syntax error: {e}"));
                }
                continue;
            }
        };
        let ids: BTreeSet<String> = message_ids(&resource).collect();
        if let Err(errs) = bundle.add_resource(resource) {
            for e in errs {
                errors.push(format!("{shown}: {e}"));
            }
        }
        keys.insert(stem.to_string(), ids);
        texts.push((stem, text));
    }
    if !errors.is_empty() {
        return Err(L10nError::Syntax { errors });
    }
    // The files parsed above; parsed once more here for their syntax trees,
    // which the bundle keeps to itself.
    let trees: Vec<(&str, &str, fluent_syntax::ast::Resource<&str>)> = texts
        .iter()
        .map(|(stem, text)| {
            let tree = fluent_syntax::parser::parse(*text).unwrap_or_else(|(tree, _)| tree);
            (*stem, *text, tree)
        })
        .collect();
    let sources = source::message_sources(
        trees
            .iter()
            .map(|(stem, text, tree)| (*stem, *text, tree.body.iter().collect())),
    );
    Ok(Locale {
        lang: lang.to_string(),
        id,
        meta,
        keys,
        sources,
        reviews: ReviewRecords::default(),
        bundle,
        formats,
    })
}

/// `locales/<lang>/reviews.toml`, if there is one.
fn load_reviews(assets: &Assets, lang: &str) -> Result<ReviewRecords, L10nError> {
    let path = format!("locales/{lang}/{}", review::REVIEWS_FILE);
    let Some(bytes) = assets.get(&path) else {
        return Ok(ReviewRecords::default());
    };
    let err = |at, message: String| L10nError::Reviews {
        file: assets.display_path(&path),
        at,
        message,
    };
    if lang == REFERENCE {
        return Err(err(
            None,
            "Dutch is the reference text; it has no review records (remove the file)".into(),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| err(None, "not valid UTF-8".into()))?;
    review::parse_reviews(text).map_err(|e| err(e.at, e.message))
}

/// The ids of the messages (not terms) a resource defines.
pub fn message_ids(resource: &FluentResource) -> impl Iterator<Item = String> + '_ {
    resource.entries().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
        _ => None,
    })
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NL_META: &str = r#"
name = "Nederlands"
name-nl = "Nederlands"
[translation]
status = "reference"
produced-by = "test"
"#;
    const AR_META: &str = r#"
name = "العربية"
name-nl = "Arabisch"
direction = "rtl"
formatting-locale = "ar-u-nu-latn"
[translation]
status = "machine-draft"
produced-by = "test"
"#;

    fn fixture() -> Locales {
        Locales::load(&Assets::from_files([
            ("locales/nl/locale.toml", NL_META),
            (
                "locales/nl/common.ftl",
                "money = € { $amount }\nitems = { $count ->\n [one] één afspraak\n *[other] { $count } afspraken\n}\nonly-dutch = Alleen Nederlands\n",
            ),
            ("locales/ar/locale.toml", AR_META),
            (
                "locales/ar/common.ftl",
                "money = { $amount } €\nitems = { $count ->\n [zero] لا اتفاقات\n [one] اتفاق واحد\n [two] اتفاقان\n [few] { $count } اتفاقات\n [many] { $count } اتفاقًا\n *[other] { $count } اتفاق\n}\n",
            ),
        ]))
        .unwrap()
    }

    fn count(n: i64) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("count", n);
        args
    }

    #[test]
    fn arabic_plural_categories_follow_cldr() {
        let l = fixture();
        let got: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| l.message("ar", "items", Some(&count(*n))).unwrap().text)
            .collect();
        assert_eq!(got[0], "لا اتفاقات");
        assert_eq!(got[1], "اتفاق واحد");
        assert_eq!(got[2], "اتفاقان");
        assert!(got[3].contains("اتفاقات") && got[3].contains('3'));
        assert!(got[4].contains("اتفاقًا"));
        assert!(got[5].ends_with("اتفاق"));
    }

    #[test]
    fn missing_key_falls_back_to_dutch_and_says_so() {
        let l = fixture();
        let t = l.message("ar", "only-dutch", None).unwrap();
        assert_eq!(t.text, "Alleen Nederlands");
        assert!(t.fell_back);
        assert_eq!(l.missing_keys("ar", &["common"]), vec!["only-dutch"]);
        assert!(matches!(
            l.message("ar", "no-such-key", None),
            Err(L10nError::MissingMessage { .. })
        ));
    }

    #[test]
    fn missing_variable_is_an_error_not_raw_text() {
        let l = fixture();
        let err = l.message("nl", "money", None).unwrap_err().to_string();
        assert!(err.contains("amount"), "{err}");
    }

    #[test]
    fn money_places_the_euro_sign_per_language() {
        let l = fixture();
        assert_eq!(l.money("nl", 1234.56).unwrap().text, "€ 1.234,56");
        // Arabic keeps Fluent's isolation marks around the placeable.
        // Arabic keeps Fluent's isolation marks around the placeable and
        // starts with RLM so the amount reads the same in every context.
        assert_eq!(
            l.money("ar", 1234.56).unwrap().text,
            "\u{200f}\u{2068}1,234.56\u{2069} €"
        );
    }

    #[test]
    fn negotiation_strips_region_and_names_alternatives() {
        assert_eq!(negotiate("ar-SY", &["nl", "ar"], "").unwrap(), "ar");
        assert_eq!(negotiate("NL", &["nl", "ar"], "").unwrap(), "nl");
        let err = negotiate("de", &["nl", "ar"], " for template `afspraken`")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "language `de` is not available for template `afspraken`; available: nl, ar"
        );
        assert!(matches!(
            negotiate("not a tag!", &["nl"], ""),
            Err(L10nError::BadTag { .. })
        ));
    }

    #[test]
    fn accept_language_honours_q_values() {
        assert_eq!(
            parse_accept_language("nl;q=0.5, ar-SY;q=0.9, en, de;q=0, *"),
            ["en", "ar-SY", "nl"]
        );
        assert_eq!(
            negotiate_accept("de, ar-SY;q=0.8, nl;q=0.7", &["nl", "ar"]),
            "ar"
        );
        assert_eq!(negotiate_accept("de, fr", &["nl", "ar"]), "nl");
        assert_eq!(negotiate_accept("", &["nl", "ar"]), "nl");
    }

    #[test]
    fn syntax_errors_carry_file_line_and_column() {
        let err = Locales::load(&Assets::from_files([
            ("locales/nl/locale.toml", NL_META),
            ("locales/nl/common.ftl", "ok = fine\nbroken = { $x\n"),
        ]))
        .unwrap_err()
        .to_string();
        // The parser notices the unclosed placeable where the next line starts.
        assert!(
            err.contains("locales/nl/common.ftl (embedded):3:1: Fluent syntax error"),
            "{err}"
        );
    }

    #[test]
    fn reviewed_without_reviewer_is_refused() {
        let meta = NL_META.replace("reference", "reviewed");
        let err = Locales::load(&Assets::from_files([
            ("locales/nl/locale.toml", meta.as_str()),
            ("locales/nl/common.ftl", "a = b\n"),
        ]))
        .unwrap_err()
        .to_string();
        assert!(err.contains("reviewed-by"), "{err}");
    }
}
