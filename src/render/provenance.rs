//! Which text a letter was made from: a content hash of its template (the
//! template's folder, the shared house style and the branding) and of its
//! translations (`common.ftl` and the template's `.ftl` per language of the
//! letter). The hashes go into the PDF's metadata (keywords, which typst
//! writes into the XMP packet and the document information) and into the
//! description of a document filed in a zaak, so the dossier shows which
//! version of the text was sent.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::assets::Assets;

/// Hex digits of SHA-256 kept: 64 bits, plenty to tell versions apart and
/// short enough to read in a dossier.
const SHOWN: usize = 16;

/// The versions a letter was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub template: String,
    /// `sha256:` and 16 hex digits over the template, house style and branding.
    pub template_hash: String,
    /// Per language of the letter, in edition order: (tag, `sha256:…`).
    pub translations: Vec<(String, String)>,
}

impl Provenance {
    /// The PDF keywords: `eigentaal-template afspraken sha256:…` and
    /// `eigentaal-translation ar sha256:…` per language.
    pub fn keywords(&self) -> Vec<String> {
        std::iter::once(format!(
            "eigentaal-template {} {}",
            self.template, self.template_hash
        ))
        .chain(
            self.translations
                .iter()
                .map(|(lang, hash)| format!("eigentaal-translation {lang} {hash}")),
        )
        .collect()
    }

    /// In Dutch, for a dossier: `sjabloon afspraken sha256:…; vertaling ar
    /// sha256:…, nl sha256:…`.
    pub fn text_nl(&self) -> String {
        let translations: Vec<String> = self
            .translations
            .iter()
            .map(|(lang, hash)| format!("{lang} {hash}"))
            .collect();
        format!(
            "sjabloon {} {}; vertaling {}",
            self.template,
            self.template_hash,
            translations.join(", ")
        )
    }
}

/// The hashes of every template and every (language, template), made once
/// per engine.
#[derive(Debug, Default)]
pub(crate) struct ProvenanceTable {
    templates: HashMap<String, String>,
    translations: HashMap<(String, String), String>,
}

impl ProvenanceTable {
    pub(crate) fn new<'a>(
        assets: &Assets,
        templates: impl IntoIterator<Item = &'a str>,
        languages: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let languages: Vec<&str> = languages.into_iter().collect();
        let mut table = Self::default();
        for template in templates {
            let folder = format!("templates/{template}/");
            let mut files: Vec<(&str, &[u8])> = assets
                .under(&folder)
                .chain(assets.under("templates/shared/"))
                .chain(assets.under("branding/"))
                .collect();
            files.sort();
            table
                .templates
                .insert(template.to_string(), hash(files.into_iter()));
            for &lang in &languages {
                let files = [
                    format!("locales/{lang}/{}.ftl", crate::l10n::COMMON),
                    format!("locales/{lang}/{template}.ftl"),
                ];
                let found = files
                    .iter()
                    .filter_map(|p| assets.get(p).map(|b| (p.as_str(), b)));
                table
                    .translations
                    .insert((lang.to_string(), template.to_string()), hash(found));
            }
        }
        table
    }

    /// The provenance of a letter of `template` in `languages`.
    pub(crate) fn of(&self, template: &str, languages: &[String]) -> Provenance {
        Provenance {
            template: template.to_string(),
            template_hash: self.templates.get(template).cloned().unwrap_or_default(),
            translations: languages
                .iter()
                .map(|lang| {
                    let hash = self
                        .translations
                        .get(&(lang.clone(), template.to_string()))
                        .cloned()
                        .unwrap_or_default();
                    (lang.clone(), hash)
                })
                .collect(),
        }
    }
}

/// `sha256:` and the first hex digits of a hash over paths and contents
/// (each length-prefixed, so no two file sets hash alike by concatenation).
fn hash<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])>) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in files {
        hasher.update((path.len() as u64).to_be_bytes());
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    }
    let digest = hasher.finalize();
    let mut out = String::with_capacity(7 + SHOWN);
    out.push_str("sha256:");
    for b in digest.iter().take(SHOWN / 2) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_translation_changes_only_its_hash() {
        let files = |ar: &str| {
            Assets::from_files([
                ("templates/brief/letter.typ", "x".as_bytes().to_vec()),
                ("locales/nl/common.ftl", b"a = A".to_vec()),
                ("locales/ar/common.ftl", ar.as_bytes().to_vec()),
            ])
        };
        let one = ProvenanceTable::new(&files("a = 1"), ["brief"], ["nl", "ar"]);
        let two = ProvenanceTable::new(&files("a = 2"), ["brief"], ["nl", "ar"]);
        let langs = ["ar".to_string(), "nl".to_string()];
        let (p1, p2) = (one.of("brief", &langs), two.of("brief", &langs));
        assert_eq!(p1.template_hash, p2.template_hash);
        assert_ne!(p1.translations[0], p2.translations[0]);
        assert_eq!(p1.translations[1], p2.translations[1]);
        assert_eq!(p1.template_hash.len(), "sha256:".len() + SHOWN);
        assert_eq!(
            p1.keywords()[0],
            format!("eigentaal-template brief {}", p1.template_hash)
        );
    }
}
