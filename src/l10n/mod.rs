//! Localisation: the Fluent messages of every language, locale negotiation,
//! ICU4X formatting, and the metadata that says who translated what.
//!
//! `nl` is the reference language: every key exists there first, and a key
//! missing in another language falls back to the Dutch text (reported, never
//! printed as a raw key). This module knows nothing about typst.

mod format;
mod meta;
pub mod review;
pub mod source;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::assets::Assets;
pub use format::{FormatError, Formats, parse_date, split_date};
pub use meta::{
    Direction, LocaleMeta, MetaError, TranslationMeta, TranslationStatus, aliases, category_name,
    plural_categories,
};
pub use review::{
    MessageReview, MessageStatus, ReviewItem, ReviewRecord, ReviewRecords, ReviewState,
};
pub use source::MessageSource;

/// The language every key exists in first, and whose text is legally binding.
pub const REFERENCE: &str = "nl";

/// The Fluent file shared by all templates.
pub const COMMON: &str = "common";

/// The Fluent file of the staff page's Dutch texts (`locales/nl/staff.ftl`):
/// labels of choices, translation statuses and what is wrong with a field.
/// Dutch only by rule: never translated, never in a letter.
pub const STAFF: &str = "staff";

/// The attribute that gives a message's staff wording as a choice label
/// (`partner-resident = U` with `.label = De inwoner zelf`); without it the
/// label is the message's value.
pub const LABEL: &str = "label";

/// The message `t-money` formats an amount with (`{ $amount }` and the euro sign).
pub const MONEY: &str = "money";

/// The message that is a template's subject: the heading of every edition
/// and the PDF's title. Every template has one; it takes no arguments.
pub fn subject_key(template: &str) -> String {
    format!("{template}-subject")
}

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
    /// The CLDR cardinal plural categories of the language (ICU4X data).
    pub plural_categories: Vec<&'static str>,
    bundle: FluentBundle<FluentResource>,
    formats: Arc<Formats>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

impl Locale {
    /// Whether this locale has a Fluent file for `stem` (a template name,
    /// `common` or `staff`).
    pub fn has_file(&self, stem: &str) -> bool {
        self.keys.contains_key(stem)
    }

    /// Message `key` of this locale, or [`L10nError::MissingMessage`].
    fn message(&self, key: &str) -> Result<fluent_bundle::FluentMessage<'_>, L10nError> {
        self.bundle
            .get_message(key)
            .ok_or_else(|| L10nError::MissingMessage {
                key: key.to_string(),
            })
    }
}

/// A message's pattern in `locale`, formatted with `args` and the number and
/// date formats `formats`; Fluent's errors when it did not format cleanly.
fn format_in(
    locale: &Locale,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: Option<&FluentArgs>,
    formats: Arc<Formats>,
) -> Result<String, Vec<fluent_bundle::FluentError>> {
    let mut errors = Vec::new();
    let text = format::with_message_formats(formats, || {
        locale
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    });
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(errors)
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

/// A language as a letter uses it: the locale folder whose messages it
/// shows, and the region whose conventions dates and numbers follow when
/// the request named one the folder does not have itself (`ar` + `SY`:
/// Arabic text, Levantine month names).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Negotiated {
    /// The locale folder, e.g. `ar` or `fa-AF`.
    pub lang: String,
    /// ISO 3166-1 alpha-2 region, uppercase, e.g. `SY`.
    pub region: Option<String>,
}

impl Negotiated {
    /// The BCP 47 tag of what was used, e.g. `ar-SY`, `fa-AF` or `nl`: for
    /// `Content-Language`, file names and the PDF's `/Lang`.
    pub fn tag(&self) -> String {
        match &self.region {
            Some(region) => format!("{}-{region}", self.lang),
            None => self.lang.clone(),
        }
    }

    /// The folder alone, without a region.
    pub fn plain(lang: &str) -> Self {
        Self {
            lang: lang.to_string(),
            region: None,
        }
    }
}

/// Every loaded language; immutable once loaded so typst's memoisation of
/// the message function stays sound. (The cache of regional formatters only
/// memoises what [`Formats::new`] would give for the same tag.)
#[derive(Debug)]
pub struct Locales {
    by_lang: BTreeMap<String, Locale>,
    /// Alias (lowercase) → locale folder, from `aliases` in `locale.toml`.
    aliases: BTreeMap<String, String>,
    /// Formatters for a language with a requested region (`ar` + `SY`),
    /// made when first asked for.
    regional: Mutex<HashMap<(String, String), Arc<Formats>>>,
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
        let aliases = aliases(by_lang.iter().map(|(l, locale)| (l.as_str(), &locale.meta)))
            .map_err(|problems| {
                let (lang, message) = &problems[0];
                L10nError::Meta {
                    file: assets.display_path(&format!("locales/{lang}/locale.toml")),
                    message: message.clone(),
                }
            })?;
        Ok(Self {
            by_lang,
            aliases,
            regional: Mutex::new(HashMap::new()),
        })
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
        self.message_in(lang, None, key, args)
    }

    /// [`Locales::message`] with the numbers Fluent places (counts, page
    /// numbers, weeks) written by the same ICU4X formatter as the letter's
    /// dates and amounts: the language's, with `region` when given. A
    /// Dutch fallback text keeps Dutch numbers.
    pub fn message_in(
        &self,
        lang: &str,
        region: Option<&str>,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Translated, L10nError> {
        let (locale, fell_back) = match self.by_lang.get(lang) {
            Some(l) if l.bundle.has_message(key) => (l, false),
            _ => (self.reference(), lang != REFERENCE),
        };
        let msg = locale.message(key)?;
        let pattern = msg.value().ok_or_else(|| L10nError::Message {
            key: key.to_string(),
            lang: locale.lang.clone(),
            errors: vec!["the message has attributes only, no value".into()],
        })?;
        let formats = self.formats(&locale.lang, region.filter(|_| !fell_back));
        let text =
            format_in(locale, pattern, args, formats).map_err(|errors| L10nError::Message {
                key: key.to_string(),
                lang: locale.lang.clone(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })?;
        Ok(Translated {
            text,
            lang: locale.lang.clone(),
            fell_back,
        })
    }

    /// The Dutch label of a choice for staff: message `key`'s `.label`
    /// attribute if it has one, else its value, formatted without
    /// arguments (a label that needs variables is an error).
    pub fn label(&self, key: &str) -> Result<String, L10nError> {
        let locale = self.reference();
        let msg = locale.message(key)?;
        let error = |errors: Vec<String>| L10nError::Message {
            key: key.to_string(),
            lang: REFERENCE.to_string(),
            errors,
        };
        let pattern = msg
            .get_attribute(LABEL)
            .map(|a| a.value())
            .or_else(|| msg.value())
            .ok_or_else(|| error(vec!["the message has no value and no `.label`".into()]))?;
        format_in(locale, pattern, None, locale.formats.clone()).map_err(|errors| {
            error(
                errors
                    .iter()
                    .map(|e| {
                        format!("{e}; a label takes no variables: give the message a `.label`")
                    })
                    .collect(),
            )
        })
    }

    /// Whether the Dutch reference defines message `key`.
    pub fn reference_has(&self, key: &str) -> bool {
        self.reference().bundle.has_message(key)
    }

    /// The formatters for `lang` (Dutch ones for an unknown language), with
    /// the conventions of `region` when given: `ar` with `SY` writes
    /// Levantine month names and keeps the digits `ar` pins. A region ICU4X
    /// has no data for formats as the language does.
    pub fn formats(&self, lang: &str, region: Option<&str>) -> Arc<Formats> {
        let locale = self.by_lang.get(lang).unwrap_or_else(|| self.reference());
        let Some(region) = region else {
            return locale.formats.clone();
        };
        let key = (locale.lang.clone(), region.to_string());
        // A poisoned lock only means another thread panicked while
        // inserting; the map itself is still whole.
        let mut cache = self
            .regional
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(formats) = cache.get(&key) {
            return formats.clone();
        }
        let formats = locale
            .formats
            .with_region(region)
            .map(Arc::new)
            .unwrap_or_else(|_| locale.formats.clone());
        cache.insert(key, formats.clone());
        formats
    }

    /// An amount in euros: the number is formatted by ICU4X, and the
    /// locale's `money` message places the euro sign (`€ 1.234,56` in Dutch).
    pub fn money(
        &self,
        lang: &str,
        region: Option<&str>,
        amount: f64,
    ) -> Result<Translated, L10nError> {
        let number = self
            .formats(lang, region)
            .number(amount, Some(2))
            .map_err(|e| L10nError::Message {
                key: MONEY.into(),
                lang: lang.into(),
                errors: vec![e.to_string()],
            })?;
        let mut args = FluentArgs::new();
        args.set("amount", number);
        let mut money = self.message_in(lang, region, MONEY, Some(&args))?;
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

    /// Picks the best of `offered` languages for a BCP 47 `requested` tag.
    /// An alias resolves to its language (`prs` → `fa-AF`, `kmr` → `ku`);
    /// then the tag is looked up, dropping region and script as needed
    /// (`ar-SY` → `ar`). The requested region stays with the result for
    /// dates and numbers when the folder has none of its own and no other
    /// folder is that regional variant (`fa-AF` requested where a template
    /// only has `fa` gives plain `fa`, not Persian with Afghan months).
    /// `context` names what offers the languages, for the error.
    pub fn negotiate(
        &self,
        requested: &str,
        offered: &[&str],
        context: &str,
    ) -> Result<Negotiated, L10nError> {
        let bad = || L10nError::BadTag {
            requested: requested.to_string(),
        };
        let mut req: LanguageIdentifier = requested.trim().parse().map_err(|_| bad())?;
        let region = req
            .region
            .map(|r| r.as_str().to_ascii_uppercase())
            .filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()));
        let full = req.to_string().to_ascii_lowercase();
        let language = req.language.as_str().to_ascii_lowercase();
        let aliased = self
            .aliases
            .get(&full)
            .or_else(|| self.aliases.get(&language));
        if let Some(folder) = aliased {
            // The alias means the folder as a whole: its own region wins.
            let folder: LanguageIdentifier = folder.parse().map_err(|_| bad())?;
            if folder.region.is_some() {
                req = folder;
            } else {
                req.language = folder.language;
                req.script = folder.script;
            }
        }
        let lang = lookup(&req, offered).ok_or_else(|| L10nError::UnknownLanguage {
            requested: requested.to_string(),
            context: context.to_string(),
            available: offered.iter().map(|s| s.to_string()).collect(),
        })?;
        let region = region.filter(|region| {
            let folder_has_region = lang.contains('-');
            let variant = format!("{}-{region}", lang.split('-').next().unwrap_or(&lang));
            !folder_has_region
                && !self
                    .by_lang
                    .keys()
                    .any(|l| l.eq_ignore_ascii_case(&variant))
        });
        Ok(Negotiated { lang, region })
    }

    /// The best of `offered` for an `Accept-Language` header, or Dutch when
    /// nothing matches (every template is offered in Dutch).
    pub fn negotiate_accept(&self, header: &str, offered: &[&str]) -> Negotiated {
        parse_accept_language(header)
            .iter()
            .find_map(|tag| self.negotiate(tag, offered, "").ok())
            .unwrap_or_else(|| Negotiated::plain(REFERENCE))
    }

    /// The locale folder and region of text that typst sets as `lang` and
    /// `region` (typst knows only two- and three-letter languages): `fa` with
    /// `AF` is the folder `fa-AF`; `ar` with `SY` is `ar` with region `SY`.
    pub fn from_text_lang(&self, lang: &str, region: Option<&str>) -> Negotiated {
        if let Some(region) = region {
            let variant = format!("{lang}-{region}");
            if let Some(folder) = self
                .by_lang
                .keys()
                .find(|l| l.eq_ignore_ascii_case(&variant))
            {
                return Negotiated::plain(folder);
            }
        }
        Negotiated {
            lang: lang.to_string(),
            region: region.map(str::to_string),
        }
    }
}

/// One language as the completeness report lists it: names, direction,
/// formatting, aliases and its CLDR plural categories.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageSummary {
    pub lang: String,
    pub name: String,
    pub name_nl: String,
    pub direction: Direction,
    /// The ICU locale dates and numbers are formatted with.
    pub formatting_locale: String,
    pub aliases: Vec<String>,
    /// The CLDR cardinal plural categories (ICU4X data) its plural
    /// selectors need.
    pub plural_categories: Vec<&'static str>,
    pub status: TranslationStatus,
}

/// How far one language covers one template (its own file plus `common`).
#[derive(Debug, Clone, Serialize)]
pub struct Completeness {
    pub lang: String,
    pub template: String,
    /// The language's CLDR cardinal plural categories.
    pub plural_categories: Vec<&'static str>,
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
    /// Every language with its names, formatting and plural categories.
    pub fn summaries(&self) -> Vec<LanguageSummary> {
        self.by_lang
            .values()
            .map(|l| LanguageSummary {
                lang: l.lang.clone(),
                name: l.meta.name.clone(),
                name_nl: l.meta.name_nl.clone(),
                direction: l.meta.direction,
                formatting_locale: l.formats.locale(),
                aliases: l.meta.aliases.clone(),
                plural_categories: l.plural_categories.clone(),
                status: l.meta.translation.status,
            })
            .collect()
    }

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
                    plural_categories: locale.plural_categories.clone(),
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

/// The best of `offered` for `requested` (BCP 47 lookup with region and
/// script stripped as needed), as the folder name it is offered under.
fn lookup(requested: &LanguageIdentifier, offered: &[&str]) -> Option<String> {
    let available: Vec<LanguageIdentifier> =
        offered.iter().filter_map(|l| l.parse().ok()).collect();
    let found = fluent_langneg::negotiate_languages(
        std::slice::from_ref(requested),
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let id = found.first()?;
    offered
        .iter()
        .find(|o| o.parse::<LanguageIdentifier>().is_ok_and(|l| &l == *id))
        .map(|o| o.to_string())
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

fn load_locale(assets: &Assets, lang: &str) -> Result<Locale, L10nError> {
    let meta_path = format!("locales/{lang}/locale.toml");
    let meta_err = |message: String| L10nError::Meta {
        file: assets.display_path(&meta_path),
        message,
    };
    let meta_text = assets.text(&meta_path).ok_or_else(|| {
        meta_err("missing: every language needs locale.toml (name, translation status)".into())
    })?;
    let meta = LocaleMeta::parse(lang, meta_text).map_err(|e| L10nError::Meta {
        file: match e.at {
            Some((line, col)) => format!("{}:{line}:{col}", assets.display_path(&meta_path)),
            None => assets.display_path(&meta_path),
        },
        message: e.message,
    })?;
    let id: LanguageIdentifier = lang
        .parse()
        .map_err(|_| meta_err(format!("folder name `{lang}` is not a BCP 47 language tag")))?;
    let formats = Formats::new(meta.formatting_locale(lang)).map_err(meta_err)?;

    let mut bundle = new_bundle(&id, &meta);
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
        plural_categories: plural_categories(lang),
        bundle,
        formats: Arc::new(formats),
    })
}

/// An empty Fluent bundle for a language. Fluent selects plural variants
/// by the bundle's language (its own CLDR tables, which a test holds
/// against ICU4X's).
fn new_bundle(id: &LanguageIdentifier, meta: &LocaleMeta) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    // Fluent wraps placeables in FSI/PDI marks. In right-to-left text they keep
    // a Latin name with brackets from being reordered; in left-to-right text
    // they only add invisible characters to the PDF's text layer.
    bundle.set_use_isolating(meta.direction == Direction::Rtl);
    // Numbers Fluent places itself (`{ $count }`, `NUMBER()`) are written by
    // ICU4X like the letter's dates and amounts, in the same digits.
    bundle.set_formatter(Some(format::fluent_number));
    // NUMBER() is the only builtin; a fresh bundle has no function to clash.
    let _ = bundle.add_builtins();
    bundle
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

    const FA_AF_META: &str = r#"
name = "دری"
name-nl = "Dari"
direction = "rtl"
formatting-locale = "fa-AF-u-nu-arabext"
aliases = ["prs"]
[translation]
status = "machine-draft"
produced-by = "test"
"#;
    const FA_META: &str = r#"
name = "فارسی"
name-nl = "Perzisch"
direction = "rtl"
formatting-locale = "fa-u-nu-arabext"
[translation]
status = "machine-draft"
produced-by = "test"
"#;

    fn fixture() -> Locales {
        Locales::load(&Assets::from_files([
            ("locales/nl/locale.toml", NL_META),
            (
                "locales/nl/common.ftl",
                "money = € { $amount }\nitems = { $count ->\n [one] één afspraak\n *[other] { $count } afspraken\n}\nonly-dutch = Alleen Nederlands { $n }\nweeks = binnen { NUMBER($n, minimumFractionDigits: 1) } weken\n",
            ),
            ("locales/ar/locale.toml", AR_META),
            (
                "locales/ar/common.ftl",
                "money = { $amount } €\nitems = { $count ->\n [zero] لا اتفاقات\n [one] اتفاق واحد\n [two] اتفاقان\n [few] { $count } اتفاقات\n [many] { $count } اتفاقًا\n *[other] { $count } اتفاق\n}\n",
            ),
            ("locales/fa-AF/locale.toml", FA_AF_META),
            (
                "locales/fa-AF/common.ftl",
                "money = { $amount } یورو\nitems = { $count ->\n [one] { $count } موافقه\n *[other] { $count } موافقه\n}\n",
            ),
            ("locales/fa/locale.toml", FA_META),
            ("locales/fa/common.ftl", "money = { $amount } یورو\n"),
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
        let mut n = FluentArgs::new();
        n.set("n", 2026);
        let t = l
            .message_in("fa-AF", Some("AF"), "only-dutch", Some(&n))
            .unwrap();
        // The Dutch text keeps Dutch numbers, even in a Dari letter.
        assert_eq!(t.text, "Alleen Nederlands 2026");
        assert!(t.fell_back);
        assert_eq!(
            l.missing_keys("ar", &["common"]),
            vec!["only-dutch", "weeks"]
        );
        assert!(matches!(
            l.message("ar", "no-such-key", None),
            Err(L10nError::MissingMessage { .. })
        ));
    }

    #[test]
    fn numbers_in_messages_use_the_letters_digits() {
        let l = fixture();
        let dari = l.message("fa-AF", "items", Some(&count(12))).unwrap();
        assert_eq!(dari.text, "\u{2068}۱۲\u{2069} موافقه");
        let arabic = l
            .message_in("ar", Some("SY"), "items", Some(&count(12)))
            .unwrap();
        assert!(arabic.text.contains("12"), "{}", arabic.text);
        let mut n = FluentArgs::new();
        n.set("n", 6);
        assert_eq!(
            l.message("nl", "weeks", Some(&n)).unwrap().text,
            "binnen 6,0 weken"
        );
    }

    #[test]
    fn a_choice_label_is_the_label_attribute_or_the_value() {
        let l = Locales::load(&Assets::from_files([
            ("locales/nl/locale.toml", NL_META),
            (
                "locales/nl/common.ftl",
                "-org = Gemeente\npartner-resident = U\n    .label = De inwoner zelf\npartner-coa = COA\npartner-municipality = Wij ({ -org })\nrow = Voor { $name }\nrow-labelled = Voor { $name }\n    .label = Rij\n",
            ),
            ("locales/nl/staff.ftl", "choice-form-mr = Meneer\n"),
        ]))
        .unwrap();
        assert_eq!(l.label("partner-resident").unwrap(), "De inwoner zelf");
        assert_eq!(l.label("partner-coa").unwrap(), "COA");
        assert_eq!(l.label("partner-municipality").unwrap(), "Wij (Gemeente)");
        assert_eq!(l.label("row-labelled").unwrap(), "Rij");
        assert_eq!(l.label("choice-form-mr").unwrap(), "Meneer");
        let needs = l.label("row").unwrap_err().to_string();
        assert!(needs.contains("`.label`"), "{needs}");
        assert!(matches!(
            l.label("partner-nobody"),
            Err(L10nError::MissingMessage { .. })
        ));
        // The letter's own text is unchanged by its label.
        assert_eq!(l.message("nl", "partner-resident", None).unwrap().text, "U");
        // staff.ftl is a file of Dutch, not a template.
        assert!(l.reference().has_file(STAFF));
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
        assert_eq!(l.money("nl", None, 1234.56).unwrap().text, "€ 1.234,56");
        // Arabic keeps Fluent's isolation marks around the placeable.
        // Arabic keeps Fluent's isolation marks around the placeable and
        // starts with RLM so the amount reads the same in every context.
        assert_eq!(
            l.money("ar", None, 1234.56).unwrap().text,
            "\u{200f}\u{2068}1,234.56\u{2069} €"
        );
        assert_eq!(
            l.money("fa-AF", None, 1234.56).unwrap().text,
            "\u{200f}\u{2068}۱٬۲۳۴٫۵۶\u{2069} یورو"
        );
        // A region changes names, never the digits a language pins.
        assert!(
            l.money("ar", Some("SY"), 5.0)
                .unwrap()
                .text
                .contains("5.00")
        );
    }

    /// Fluent picks plural variants with its own CLDR tables, `check` and
    /// the translators go by ICU4X's: for every language shipped they must
    /// agree, or a translation would show the wrong variant.
    #[test]
    fn fluent_and_icu4x_agree_on_plural_categories() {
        let locales = Locales::load(&Assets::embedded()).unwrap();
        for lang in locales.languages() {
            let locale = locales.get(lang).unwrap();
            let mut bundle = new_bundle(&locale.id, &locale.meta);
            let ftl = "m = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
            bundle
                .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
                .unwrap();
            let rules = icu_plurals::PluralRules::try_new_cardinal(
                lang.parse::<icu_locale::Locale>().unwrap().into(),
            )
            .unwrap();
            let pattern = bundle.get_message("m").unwrap().value().unwrap();
            let mut disagree = Vec::new();
            for n in 0..=1000u32 {
                let mut args = FluentArgs::new();
                args.set("n", n);
                let fluent = bundle.format_pattern(pattern, Some(&args), &mut Vec::new());
                let icu = category_name(rules.category_for(n));
                if fluent.trim_matches(['\u{2068}', '\u{2069}']) != icu {
                    disagree.push(n);
                }
            }
            // Arabic 103–110 (`few`) and 111–199 (`many`) agree only with
            // vendor/intl_pluralrules (CLDR's `n % 100`, PATCHED.md).
            assert_eq!(disagree, [0u32; 0], "{lang}: Fluent and ICU4X disagree");
            assert!(
                locale.plural_categories.contains(&"other"),
                "{lang}: {:?}",
                locale.plural_categories
            );
        }
    }

    #[test]
    fn negotiation_strips_region_and_names_alternatives() {
        let l = fixture();
        let both = ["nl", "ar"];
        let got = l.negotiate("ar-SY", &both, "").unwrap();
        assert_eq!((got.lang.as_str(), got.tag()), ("ar", "ar-SY".to_string()));
        assert_eq!(l.negotiate("NL", &both, "").unwrap().tag(), "nl");
        assert_eq!(l.negotiate("ar", &both, "").unwrap().tag(), "ar");
        let err = l
            .negotiate("de", &both, " for template `afspraken`")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "language `de` is not available for template `afspraken`; available: nl, ar"
        );
        assert!(matches!(
            l.negotiate("not a tag!", &["nl"], ""),
            Err(L10nError::BadTag { .. })
        ));
    }

    #[test]
    fn aliases_and_regional_folders() {
        let l = fixture();
        let all = ["nl", "ar", "fa", "fa-AF"];
        for (asked, tag) in [
            ("prs", "fa-AF"),
            ("PRS-af", "fa-AF"),
            // Dari stays Dari, with Afghan months, whatever region is asked.
            ("prs-NL", "fa-AF"),
            ("fa-AF", "fa-AF"),
            ("fa", "fa"),
            ("fa-IR", "fa-IR"),
        ] {
            assert_eq!(l.negotiate(asked, &all, "").unwrap().tag(), tag, "{asked}");
        }
        // A template without Dari gives Persian, not Persian with Afghan months.
        let got = l.negotiate("fa-AF", &["nl", "fa"], "").unwrap();
        assert_eq!(got.tag(), "fa");
        assert_eq!(l.negotiate("prs", &["nl", "fa"], "").unwrap().tag(), "fa");
        // typst's `fa` + `AF` is the Dari folder; `ar` + `SY` is Arabic.
        assert_eq!(
            l.from_text_lang("fa", Some("AF")),
            Negotiated::plain("fa-AF")
        );
        assert_eq!(l.from_text_lang("ar", Some("SY")).tag(), "ar-SY");
    }

    #[test]
    fn accept_language_honours_q_values() {
        assert_eq!(
            parse_accept_language("nl;q=0.5, ar-SY;q=0.9, en, de;q=0, *"),
            ["en", "ar-SY", "nl"]
        );
        let l = fixture();
        let both = ["nl", "ar"];
        assert_eq!(
            l.negotiate_accept("de, ar-SY;q=0.8, nl;q=0.7", &both).tag(),
            "ar-SY"
        );
        assert_eq!(l.negotiate_accept("de, fr", &both).tag(), "nl");
        assert_eq!(l.negotiate_accept("", &both).tag(), "nl");
        assert_eq!(
            l.negotiate_accept("prs, nl;q=0.5", &["nl", "fa-AF"]).tag(),
            "fa-AF"
        );
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
