//! What a batch filed, next to its letters: `zgw.ndjson` (per shard
//! `zgw-3-of-8.ndjson`), one line when a letter's document is stored and one
//! when it is linked to the zaak. A resumed or repeated batch reads every
//! `zgw*.ndjson` in the folder first and skips what is filed completely; a
//! letter stored but not linked is only linked.
//!
//! The record saves calls; it is not the only guard. A run killed between
//! storing a document and writing its line finds the document in the
//! registration by its `identificatie` (see [`super::filing`]).

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// One line of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The letter's file name in the folder.
    pub file: String,
    pub zaak: String,
    /// SHA-256 of the PDF that was filed.
    pub sha256: String,
    /// URL of the stored document.
    pub document: String,
    /// URL of the link to the zaak; absent while the letter is not linked.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub zaakinformatieobject: Option<String>,
}

/// The record of a batch folder.
#[derive(Debug)]
pub struct Record {
    path: PathBuf,
    out: Mutex<std::fs::File>,
    entries: Mutex<HashMap<(String, String), Entry>>,
}

impl Record {
    /// Reads every `zgw*.ndjson` in `dir` and opens `dir/name` for appending.
    pub fn open(dir: &Path, name: &str) -> Result<Self, String> {
        let mut entries = HashMap::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("failed to read {}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("zgw") && n.ends_with(".ndjson"))
            })
            .collect();
        files.sort();
        for path in files {
            let file = std::fs::File::open(&path)
                .map_err(|e| format!("failed to read {}: {e}", path.display()))?;
            for line in std::io::BufReader::new(file).lines() {
                let line = line.map_err(|e| format!("failed to read {}: {e}", path.display()))?;
                // A run killed while writing leaves half a line: skipped;
                // the registration is asked instead.
                if let Ok(entry) = serde_json::from_str::<Entry>(&line) {
                    let key = (entry.file.clone(), entry.zaak.clone());
                    // A later "stored" line never hides an earlier "linked"
                    // one of the same letter.
                    let keep = !entries.get(&key).is_some_and(|old: &Entry| {
                        old.zaakinformatieobject.is_some()
                            && old.sha256 == entry.sha256
                            && entry.zaakinformatieobject.is_none()
                    });
                    if keep {
                        entries.insert(key, entry);
                    }
                }
            }
        }
        let path = dir.join(name);
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| format!("failed to open {}: {e}", path.display()))?;
        Ok(Self {
            path,
            out: Mutex::new(out),
            entries: Mutex::new(entries),
        })
    }

    /// Where this run writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What is recorded for a letter file and zaak.
    pub fn get(&self, file: &str, zaak: &str) -> Option<Entry> {
        self.entries
            .lock()
            .ok()?
            .get(&(file.to_string(), zaak.to_string()))
            .cloned()
    }

    /// Appends one line (one `write`, so lines of parallel threads do not
    /// mix) and remembers it.
    pub fn write(&self, entry: Entry) -> Result<(), String> {
        let mut line = serde_json::to_vec(&entry).map_err(|e| e.to_string())?;
        line.push(b'\n');
        self.out
            .lock()
            .map_err(|_| "the record is unusable after a panic".to_string())?
            .write_all(&line)
            .map_err(|e| format!("failed to write {}: {e}", self.path.display()))?;
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert((entry.file.clone(), entry.zaak.clone()), entry);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reopened_record_knows_what_was_filed() {
        let dir = tempfile::tempdir().unwrap();
        let entry = Entry {
            file: "a.pdf".into(),
            zaak: "z".into(),
            sha256: "00".into(),
            document: "d".into(),
            zaakinformatieobject: None,
        };
        {
            let record = Record::open(dir.path(), "zgw.ndjson").unwrap();
            record.write(entry.clone()).unwrap();
            record
                .write(Entry {
                    zaakinformatieobject: Some("l".into()),
                    ..entry.clone()
                })
                .unwrap();
        }
        // half a line from a killed run
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(dir.path().join("zgw.ndjson"))
            .unwrap();
        f.write_all(b"{\"file\": \"b.pdf\", \"zaa").unwrap();
        let record = Record::open(dir.path(), "zgw-1-of-2.ndjson").unwrap();
        assert_eq!(
            record
                .get("a.pdf", "z")
                .unwrap()
                .zaakinformatieobject
                .as_deref(),
            Some("l")
        );
        assert!(record.get("b.pdf", "z").is_none());
    }
}
