//! Which messages a letter used, and their review status.
//!
//! typst memoises layout across letters, so a `t()` call inside a cached
//! piece of layout does not run again for the next letter: a side channel
//! written by `t()` would miss it. What typst does replay on a cache hit is
//! every call the cached work made on the tracked `World`, because it must
//! check that those calls still give the same answers. So `t()` reads a
//! virtual file per (language, message), and the letter's world notes each
//! such read in a bit set: the set is complete whether the layout was
//! computed or taken from the cache.
//!
//! The table of (language, message, status) is built once per engine; a
//! letter costs one bit set and one vector of indices.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use typst::foundations::Bytes;
use typst::syntax::FileId;

use crate::l10n::{Locales, MessageStatus, REFERENCE};

/// Every (language, Dutch message id) pair of an engine, with its status.
pub(crate) struct MessageTable {
    entries: Vec<Entry>,
    by_lang: HashMap<String, HashMap<String, u32>>,
    by_file: HashMap<FileId, u32>,
    files: Vec<FileId>,
    /// What reading a message's virtual file returns (the same every time).
    pub(crate) empty: Bytes,
}

struct Entry {
    lang: String,
    key: String,
    status: MessageStatus,
}

impl MessageTable {
    /// One entry per loaded language and Dutch message; the virtual file of
    /// each lives under `/.eigentaal/messages/`, where no template file is.
    pub(crate) fn new(locales: &Locales) -> Result<Self, String> {
        let reference = locales.reference();
        let mut table = Self {
            entries: Vec::new(),
            by_lang: HashMap::new(),
            by_file: HashMap::new(),
            files: Vec::new(),
            empty: Bytes::new(Vec::new()),
        };
        for lang in locales.languages() {
            let mut keys = HashMap::new();
            for key in reference.sources.keys() {
                let index = table.entries.len() as u32;
                let file = super::file_id(&format!(".eigentaal/messages/{lang}/{key}"))?;
                table.entries.push(Entry {
                    lang: lang.to_string(),
                    key: key.clone(),
                    status: locales.review(lang, key).status,
                });
                table.files.push(file);
                table.by_file.insert(file, index);
                keys.insert(key.clone(), index);
            }
            table.by_lang.insert(lang.to_string(), keys);
        }
        Ok(table)
    }

    /// The entry of message `key` in `lang`, if both are known.
    pub(crate) fn index(&self, lang: &str, key: &str) -> Option<u32> {
        self.by_lang.get(lang)?.get(key).copied()
    }

    /// The virtual file whose reading marks message `key` in `lang` as used.
    pub(crate) fn file(&self, lang: &str, key: &str) -> Option<FileId> {
        self.index(lang, key).map(|i| self.files[i as usize])
    }

    /// The entry a virtual message file stands for.
    pub(crate) fn by_file(&self, id: FileId) -> Option<u32> {
        self.by_file.get(&id).copied()
    }

    /// An empty set of used messages for one letter.
    pub(crate) fn new_set(&self) -> UsedSet {
        UsedSet(
            (0..self.entries.len().div_ceil(64))
                .map(|_| AtomicU64::new(0))
                .collect(),
        )
    }
}

/// The messages one letter has used so far; written from typst's layout
/// threads, hence atomic.
pub(crate) struct UsedSet(Box<[AtomicU64]>);

impl UsedSet {
    pub(crate) fn insert(&self, index: u32) {
        let (word, bit) = (index as usize / 64, index % 64);
        if let Some(word) = self.0.get(word) {
            word.fetch_or(1 << bit, Ordering::Relaxed);
        }
    }

    fn indices(&self) -> Vec<u32> {
        let mut out = Vec::new();
        for (w, word) in self.0.iter().enumerate() {
            let mut bits = word.load(Ordering::Relaxed);
            while bits != 0 {
                let bit = bits.trailing_zeros();
                out.push(w as u32 * 64 + bit);
                bits &= bits - 1;
            }
        }
        out
    }
}

/// The messages a letter used, in every language it has, with their status
/// at the time the engine was loaded.
#[derive(Clone)]
pub struct UsedMessages {
    table: Arc<MessageTable>,
    indices: Vec<u32>,
}

/// One message a letter used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UsedMessage<'a> {
    pub lang: &'a str,
    pub key: &'a str,
    pub status: MessageStatus,
}

impl UsedMessages {
    pub(crate) fn new(table: Arc<MessageTable>, used: &UsedSet) -> Self {
        Self {
            indices: used.indices(),
            table,
        }
    }

    /// Every message used, by language (engine order) then id.
    pub fn iter(&self) -> impl Iterator<Item = UsedMessage<'_>> {
        self.indices.iter().map(|&i| {
            let e = &self.table.entries[i as usize];
            UsedMessage {
                lang: &e.lang,
                key: &e.key,
                status: e.status,
            }
        })
    }

    /// The messages used in `lang`.
    pub fn in_language<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = UsedMessage<'a>> {
        self.iter().filter(move |m| m.lang == lang)
    }

    /// Counts per status of the messages used in `lang`.
    pub fn summary(&self, lang: &str) -> ReviewSummary {
        let mut summary = ReviewSummary {
            lang: lang.to_string(),
            ..ReviewSummary::default()
        };
        for m in self.in_language(lang) {
            summary.messages += 1;
            match m.status {
                MessageStatus::Reference => summary.reference += 1,
                MessageStatus::Reviewed => summary.reviewed += 1,
                MessageStatus::Stale => summary.stale += 1,
                MessageStatus::MachineDraft => summary.machine_draft += 1,
                MessageStatus::Missing => summary.missing += 1,
            }
        }
        summary
    }
}

impl std::fmt::Debug for UsedMessages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// How many of the messages a letter used in one language are reviewed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReviewSummary {
    pub lang: String,
    /// Distinct messages used in this language.
    pub messages: usize,
    /// Dutch reference text (a Dutch letter or edition).
    pub reference: usize,
    pub reviewed: usize,
    pub stale: usize,
    pub machine_draft: usize,
    /// Shown in Dutch because the language lacks them.
    pub missing: usize,
    /// Free-text fields staff gave in this language themselves: a
    /// translation no qualified translator reviewed.
    pub staff_translated: usize,
}

impl ReviewSummary {
    /// Messages a qualified translator has not (or no longer) approved.
    pub fn unreviewed(&self) -> usize {
        self.stale + self.machine_draft + self.missing
    }

    /// Whether the letter's text in this language is the Dutch original or
    /// entirely reviewed.
    pub fn all_reviewed(&self) -> bool {
        self.unreviewed() == 0
    }

    /// Whether this is the Dutch reference language.
    pub fn is_reference(&self) -> bool {
        self.lang == REFERENCE
    }
}
