//! Review records: `locales/<lang>/reviews.toml` says, per message, which
//! qualified translator approved the translation, when, and what the Dutch
//! source and the translation were at that moment (as SHA-256 of their
//! normalised Fluent source; see [`super::source`]). A record whose hashes
//! no longer match is stale: the Dutch or the translation changed since.
//! A message without a record has the language's status from `locale.toml`.
//!
//! The file is written by `eigentaal review` (or by a script importing a
//! translation tool's review state) and read back here; one table per
//! message id, sorted, so a review shows up in git as a small diff.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use fluent_bundle::FluentArgs;

use super::{L10nError, Locales, MessageSource, REFERENCE, TranslationStatus};

/// File name of the review records inside `locales/<lang>/`.
pub const REVIEWS_FILE: &str = "reviews.toml";

/// One translator's approval of one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ReviewRecord {
    /// The qualified translator who approved the translation.
    pub reviewer: String,
    /// The day of the review, `YYYY-MM-DD`.
    pub date: String,
    /// SHA-256 of the normalised Dutch message when it was reviewed.
    pub source_sha256: String,
    /// SHA-256 of the normalised translation when it was reviewed.
    pub translation_sha256: String,
    /// The normalised Dutch message when it was reviewed, so a stale record
    /// can show the translator what the Dutch said before.
    pub source: String,
}

/// The whole `reviews.toml`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "R: Deserialize<'de>"))]
struct ReviewsFile<R> {
    #[serde(default)]
    messages: BTreeMap<String, R>,
}

/// The records of one language, with the line each starts on.
#[derive(Debug, Clone, Default)]
pub struct ReviewRecords {
    pub records: BTreeMap<String, ReviewRecord>,
    /// 1-based line of each record's `[messages.<id>]` header.
    pub lines: BTreeMap<String, usize>,
}

/// A `reviews.toml` that cannot be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewsError {
    /// 1-based (line, column), when known.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

/// Parses and checks a `reviews.toml`: every record complete, dates real,
/// hashes 64 hex digits, reviewers named.
pub fn parse_reviews(text: &str) -> Result<ReviewRecords, ReviewsError> {
    let file: ReviewsFile<toml::Spanned<ReviewRecord>> =
        toml::from_str(text).map_err(|e| ReviewsError {
            at: e.span().map(|s| super::line_col(text, s.start)),
            message: e.message().to_string(),
        })?;
    let mut out = ReviewRecords::default();
    for (key, spanned) in file.messages {
        let at = super::line_col(text, spanned.span().start);
        let record = spanned.into_inner();
        let bad = |what: &str| ReviewsError {
            at: Some(at),
            message: format!("record for `{key}`: {what}"),
        };
        if record.reviewer.trim().is_empty() {
            return Err(bad("`reviewer` is empty: name the qualified translator"));
        }
        if super::parse_date(&record.date).is_none() {
            return Err(bad("`date` must be a real date as YYYY-MM-DD"));
        }
        for (name, hash) in [
            ("source-sha256", &record.source_sha256),
            ("translation-sha256", &record.translation_sha256),
        ] {
            if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(bad(&format!("`{name}` must be 64 hexadecimal digits")));
            }
        }
        out.lines.insert(key.clone(), at.0);
        out.records.insert(key, record);
    }
    Ok(out)
}

/// `reviews.toml` text for `records`: a header comment, then one table per
/// message in id order.
pub fn write_reviews(lang: &str, records: &BTreeMap<String, ReviewRecord>) -> String {
    let mut out = format!(
        "# Review records for `{lang}`: one table per message, written by `eigentaal review`.\n\
         # A record says which qualified translator approved the translation and when, with\n\
         # SHA-256 hashes of the Dutch source and the translation at that moment; when either\n\
         # changes, the record is stale. Do not edit the hashes by hand.\n"
    );
    let file = ReviewsFile {
        messages: records.clone(),
    };
    // Serialising a map of plain strings cannot fail.
    let body = toml::to_string_pretty(&file).unwrap_or_default();
    if !body.is_empty() {
        out.push('\n');
        out.push_str(&body);
    }
    out
}

/// Where a message of a language stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageStatus {
    /// The Dutch reference text itself.
    Reference,
    /// Approved by a qualified translator, and unchanged since (or the
    /// language is `reviewed` as a whole in `locale.toml` and the message
    /// has no record).
    Reviewed,
    /// Approved once, but the Dutch or the translation changed since.
    Stale,
    /// Not approved by anyone: a machine draft.
    MachineDraft,
    /// The language lacks the message; letters show the Dutch text.
    Missing,
}

impl MessageStatus {
    /// Whether a resident may rely on the text as a checked translation
    /// (or the Dutch original).
    pub fn is_reviewed(self) -> bool {
        matches!(self, Self::Reference | Self::Reviewed)
    }

    /// The status as written in JSON and headers (`machine-draft`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reference => "reference",
            Self::Reviewed => "reviewed",
            Self::Stale => "stale",
            Self::MachineDraft => "machine-draft",
            Self::Missing => "missing",
        }
    }
}

impl std::fmt::Display for MessageStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How far one language's messages of one template are reviewed, counted
/// per message: what the staff page shows beside each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// Dutch, the reference text.
    Reference,
    /// Every message reviewed by a qualified translator.
    Reviewed,
    /// Some messages reviewed.
    Partial,
    /// No message reviewed.
    MachineDraft,
}

impl ReviewState {
    /// Every state, for `check`.
    pub const ALL: [ReviewState; 4] = [
        Self::Reference,
        Self::Reviewed,
        Self::Partial,
        Self::MachineDraft,
    ];

    /// From the language's status in `locale.toml` and the count of the
    /// template's messages and of those reviewed.
    pub fn of(status: TranslationStatus, messages: usize, reviewed: usize) -> Self {
        match status {
            TranslationStatus::Reference => Self::Reference,
            _ if messages > 0 && reviewed == messages => Self::Reviewed,
            _ if reviewed > 0 => Self::Partial,
            TranslationStatus::Reviewed => Self::Reviewed,
            TranslationStatus::MachineDraft => Self::MachineDraft,
        }
    }

    /// As written in JSON: `reference`, `reviewed`, `partial`, `machine-draft`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reference => "reference",
            Self::Reviewed => "reviewed",
            Self::Partial => "partial",
            Self::MachineDraft => "machine-draft",
        }
    }

    /// The staff message (`locales/nl/staff.ftl`) that words the state in
    /// Dutch: `translation-status-<state>`, with `$messages`, `$reviewed`
    /// and `$reviewer` (`$named` is `yes` when there is one).
    pub fn message_id(self) -> String {
        format!("translation-status-{}", self.as_str())
    }
}

impl Locales {
    /// A review state in Dutch for staff (see [`ReviewState::message_id`]);
    /// the message id itself when staff.ftl lacks it (`check` reports that).
    pub fn status_label(
        &self,
        state: ReviewState,
        messages: usize,
        reviewed: usize,
        reviewer: Option<&str>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set("messages", messages);
        args.set("reviewed", reviewed);
        args.set("reviewer", reviewer.unwrap_or_default());
        args.set("named", if reviewer.is_some() { "yes" } else { "no" });
        let id = state.message_id();
        self.message(REFERENCE, &id, Some(&args))
            .map(|t| t.text)
            .unwrap_or(id)
    }
}

/// The review state of one message in one language.
#[derive(Debug, Clone, Copy)]
pub struct MessageReview<'a> {
    pub status: MessageStatus,
    /// The record, when there is one (also for a stale record).
    pub record: Option<&'a ReviewRecord>,
    /// The Dutch source changed since the record was made.
    pub source_changed: bool,
    /// The translation changed since the record was made.
    pub translation_changed: bool,
}

/// One Dutch message and its translation in a language, as a reviewer sees it.
#[derive(Debug, Clone, Copy)]
pub struct ReviewItem<'a> {
    pub key: &'a str,
    /// The Dutch message.
    pub dutch: &'a MessageSource,
    /// The translation, unless it is missing.
    pub translation: Option<&'a MessageSource>,
    pub review: MessageReview<'a>,
}

impl Locales {
    /// Every Dutch message of Fluent files `stems` (all letter files when
    /// `None`: the staff page's `staff.ftl` is never translated)
    /// with its translation and review in `lang`: stale reviews first, then
    /// `common` and the other files by name, each in the order of the file.
    pub fn review_items<'a>(&'a self, lang: &str, stems: Option<&[&str]>) -> Vec<ReviewItem<'a>> {
        let reference = self.reference();
        let mut files: Vec<&str> = match stems {
            Some(stems) => stems.to_vec(),
            None => reference
                .keys
                .keys()
                .map(String::as_str)
                .filter(|stem| *stem != super::STAFF)
                .collect(),
        };
        files.sort_by_key(|stem| (*stem != super::COMMON, *stem));
        files.dedup();
        let locale = self.get(lang);
        let mut items: Vec<ReviewItem<'a>> = files
            .iter()
            .filter_map(|stem| reference.keys.get(*stem))
            .flatten()
            .filter_map(|key| {
                Some(ReviewItem {
                    key,
                    dutch: reference.sources.get(key)?,
                    translation: locale.and_then(|l| l.sources.get(key)),
                    review: self.review(lang, key),
                })
            })
            .collect();
        // Stale reviews first (a Dutch text changed under an approved
        // translation), then in the order of the Dutch files.
        items.sort_by_key(|item| {
            (
                item.review.status != MessageStatus::Stale,
                files.iter().position(|s| *s == item.dutch.stem),
                item.dutch.line,
            )
        });
        items
    }

    /// A record approving the current translation of `key` in `lang` by
    /// `reviewer` on `date`: the hashes of the Dutch and the translation as
    /// they are now.
    pub fn approve(
        &self,
        lang: &str,
        key: &str,
        reviewer: &str,
        date: &str,
    ) -> Result<ReviewRecord, L10nError> {
        let refuse = |message: String| L10nError::Approve {
            key: key.to_string(),
            lang: lang.to_string(),
            message,
        };
        if lang == REFERENCE {
            return Err(refuse(
                "Dutch is the reference text; only translations are reviewed".into(),
            ));
        }
        let Some(locale) = self.get(lang) else {
            let available: Vec<&str> = self.languages().filter(|l| *l != REFERENCE).collect();
            return Err(refuse(format!(
                "there is no language `{lang}` (locales/{lang}/); available: {}",
                available.join(", ")
            )));
        };
        if reviewer.trim().is_empty() {
            return Err(refuse("name the qualified translator (--reviewer)".into()));
        }
        if super::parse_date(date).is_none() {
            return Err(refuse(format!("`{date}` is not a date as YYYY-MM-DD")));
        }
        let Some(dutch) = self.reference().sources.get(key) else {
            return Err(refuse(format!(
                "there is no such message in Dutch (locales/{REFERENCE}/)"
            )));
        };
        let Some(translation) = locale.sources.get(key) else {
            return Err(refuse(format!(
                "the message is not translated yet: add it to locales/{lang}/{}.ftl first",
                dutch.stem
            )));
        };
        Ok(ReviewRecord {
            reviewer: reviewer.trim().to_string(),
            date: date.to_string(),
            source_sha256: dutch.sha256.clone(),
            translation_sha256: translation.sha256.clone(),
            source: dutch.text.clone(),
        })
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, for new records.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> ReviewRecord {
        ReviewRecord {
            reviewer: "A. Vertaler".into(),
            date: "2026-05-04".into(),
            source_sha256: "a".repeat(64),
            translation_sha256: "b".repeat(64),
            source: "hello =\n    Hallo { $name },\n    welkom.\n".into(),
        }
    }

    #[test]
    fn records_round_trip_through_the_file() {
        let mut records = BTreeMap::new();
        records.insert("z-last".to_string(), record());
        records.insert("a-first".to_string(), record());
        let text = write_reviews("ar", &records);
        assert!(text.starts_with("# Review records for `ar`"), "{text}");
        assert!(
            text.find("[messages.a-first]").unwrap() < text.find("[messages.z-last]").unwrap(),
            "{text}"
        );
        let parsed = parse_reviews(&text).unwrap();
        assert_eq!(parsed.records, records);
        let line = text.lines().position(|l| l == "[messages.z-last]").unwrap() + 1;
        assert_eq!(parsed.lines["z-last"], line);
    }

    #[test]
    fn bad_records_name_the_line_and_the_field() {
        let text = "[messages.x]\nreviewer = \"\"\ndate = \"2026-05-04\"\nsource-sha256 = \"\"\ntranslation-sha256 = \"\"\nsource = \"\"\n";
        let err = parse_reviews(text).unwrap_err();
        assert_eq!(err.at, Some((1, 1)));
        assert!(err.message.contains("`reviewer` is empty"), "{err:?}");
        let text = format!(
            "[messages.x]\nreviewer = \"R\"\ndate = \"2026-02-30\"\nsource-sha256 = \"{0}\"\ntranslation-sha256 = \"{0}\"\nsource = \"\"\n",
            "a".repeat(64)
        );
        assert!(parse_reviews(&text).unwrap_err().message.contains("date"));
        let err = parse_reviews("[messages.x]\nreviewer = \"R\"\nwho = 1\n").unwrap_err();
        assert_eq!(err.at.map(|a| a.0), Some(3), "{err:?}");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(today().len(), 10);
    }
}
