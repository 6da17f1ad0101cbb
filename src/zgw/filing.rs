//! Filing one letter exactly once: store the PDF as an
//! `EnkelvoudigInformatieObject`, then link it to the zaak.
//!
//! Every document eigentaal files has an `identificatie` derived from what
//! makes the letter this letter (see [`Identity`]), and carries the PDF's
//! SHA-256 in `integriteit`. Each step looks before it creates: the document
//! by `bronorganisatie` + `identificatie`, the link by zaak + document. So a
//! step that is repeated — a retry after a timeout, a batch resumed after it
//! was killed, a client repeating a request — finds what the first attempt
//! stored, also when the answer to that attempt never arrived.

use base64::Engine as _;
use serde_json::{Value, json};

use super::client::{RemoteDocument, ZgwClient, ZgwError};
use super::jwt::ZgwUser;

/// What makes a letter the same letter when it is filed again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// The zaak, the file name and the PDF's bytes: the same letter in the
    /// same zaak is filed once; a changed letter is a new document.
    Content,
    /// A client's idempotency key (HTTP `Idempotency-Key`) for this zaak:
    /// a repeated request gets the document the first one filed; the same
    /// key with a different letter is refused.
    Key { client: String, key: String },
}

/// One language of the letter, for the document's description.
#[derive(Debug, Clone)]
pub struct Language {
    /// BCP 47 tag, e.g. `ar`.
    pub tag: String,
    /// Its name in Dutch, e.g. `Arabisch`.
    pub name_nl: String,
}

/// A rendered letter to file.
#[derive(Debug, Clone)]
pub struct Filing<'a> {
    pub template: &'a str,
    /// The template's Dutch title, e.g. `Afsprakenbrief`.
    pub kind_nl: &'a str,
    /// The letter's subject in the resident's language: the document's title.
    pub title: &'a str,
    /// The editions in order; the first is the resident's language.
    pub languages: Vec<Language>,
    /// The letter date (`creatiedatum`).
    pub date: (i32, u8, u8),
    pub file_name: &'a str,
    pub pdf: &'a [u8],
    /// Versions of the template and translations (see `render::Provenance`).
    pub provenance: &'a str,
    /// URL of the zaak.
    pub zaak: &'a str,
    /// `auteur` of the document.
    pub auteur: &'a str,
    pub identity: Identity,
}

/// Where a letter was filed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Filed {
    /// URL of the `EnkelvoudigInformatieObject`.
    pub document: String,
    /// URL of the `ZaakInformatieObject`.
    pub zaakinformatieobject: String,
    pub zaak: String,
    pub identificatie: String,
    /// ISO 639-2/B code of the resident's language, as filed.
    pub taal: String,
    /// SHA-256 of the PDF.
    pub sha256: String,
    /// An earlier attempt had stored the document already.
    pub existing: bool,
}

/// Why a letter is not (completely) filed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FilingError {
    #[error("the ZGW connection cannot file this letter: {0}")]
    NotConfigured(String),
    #[error("{0}")]
    InvalidZaak(String),
    #[error("the letter was not filed: {0}")]
    NotStored(ZgwError),
    #[error(
        "the letter was stored as {document} but not linked to the zaak: {error}. Link it by hand, or try again: the next attempt finds the stored document and only links it"
    )]
    NotLinked { document: String, error: ZgwError },
    #[error(
        "this idempotency key was used before for a different letter (filed as {document}); use a new key for a new letter"
    )]
    KeyReused { document: String },
}

impl FilingError {
    /// The short kind used in `errors.ndjson` and problem types.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::NotConfigured(_) => "zgw-not-configured",
            Self::InvalidZaak(_) => "zgw-invalid-zaak",
            Self::NotStored(_) => "zgw-not-stored",
            Self::NotLinked { .. } => "zgw-not-linked",
            Self::KeyReused { .. } => "idempotency-key-reused",
        }
    }

    /// The document that was stored, when the failure came after storing.
    pub fn document(&self) -> Option<&str> {
        match self {
            Self::NotLinked { document, .. } | Self::KeyReused { document } => Some(document),
            _ => None,
        }
    }

    /// The underlying call error, if a call failed.
    pub fn call_error(&self) -> Option<&ZgwError> {
        match self {
            Self::NotStored(e) | Self::NotLinked { error: e, .. } => Some(e),
            _ => None,
        }
    }
}

/// The `identificatie` of a letter's document: `eigentaal-` and 30 hex
/// digits of a SHA-256 over what identifies it (40 characters, the field's
/// maximum).
pub fn identificatie(identity: &Identity, zaak: &str, file_name: &str, pdf_sha256: &str) -> String {
    let basis = match identity {
        Identity::Content => format!("eigentaal/content\0{zaak}\0{file_name}\0{pdf_sha256}"),
        Identity::Key { client, key } => format!("eigentaal/key\0{client}\0{key}\0{zaak}"),
    };
    let hash = super::sha256_hex(basis.as_bytes());
    format!("eigentaal-{}", &hash[..30])
}

/// The document's description: which letter, which languages (the Dutch
/// edition of a bilingual letter noted), and the provenance.
pub fn beschrijving(filing: &Filing<'_>) -> String {
    let languages = &filing.languages;
    let first = &languages[0];
    let mut text = format!(
        "{} in het {} ({})",
        filing.kind_nl, first.name_nl, first.tag
    );
    let others: Vec<String> = languages[1..]
        .iter()
        .map(|l| format!("het {} ({})", l.name_nl, l.tag))
        .collect();
    if !others.is_empty() {
        text.push_str(&format!(", tweetalig: met {} erbij", others.join(" en ")));
    }
    if languages.iter().any(|l| l.tag == crate::l10n::REFERENCE)
        && first.tag != crate::l10n::REFERENCE
    {
        text.push_str("; de Nederlandse tekst is bindend");
    }
    text.push_str(&format!(
        ". Gemaakt met eigentaal {}: {}.",
        env!("CARGO_PKG_VERSION"),
        filing.provenance
    ));
    truncate(&text, 1000)
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

fn iso_date((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn today() -> (i32, u8, u8) {
    let date = time::OffsetDateTime::now_utc().date();
    (date.year(), u8::from(date.month()), date.day())
}

/// Files a letter: finds or stores its document, then finds or makes its
/// link to the zaak. `known_document` is a document an earlier attempt
/// recorded (a batch's record); `on_stored` is told the document's URL as
/// soon as it is stored, before linking.
pub fn file(
    client: &ZgwClient,
    user: &ZgwUser,
    filing: &Filing<'_>,
    known_document: Option<&str>,
    on_stored: &mut dyn FnMut(&str),
) -> Result<Filed, FilingError> {
    let config = client.config();
    let settings = config.for_template(filing.template);
    let Some(informatieobjecttype) = settings.informatieobjecttype else {
        return Err(FilingError::NotConfigured(format!(
            "no informatieobjecttype for template `{}`; set [templates.{}] informatieobjecttype (or a default informatieobjecttype) in {}",
            filing.template, filing.template, config.source
        )));
    };
    let lang = &filing.languages[0].tag;
    let Some(taal) = super::iso639_2b(lang) else {
        return Err(FilingError::NotConfigured(format!(
            "the language `{lang}` has no ISO 639-2 code, which the Documenten API needs in `taal`"
        )));
    };
    config
        .check_zaak(filing.zaak)
        .map_err(FilingError::InvalidZaak)?;
    let sha256 = super::sha256_hex(filing.pdf);
    let identificatie = identificatie(&filing.identity, filing.zaak, filing.file_name, &sha256);

    let (document, existing) = match known_document {
        Some(url) => (url.to_string(), true),
        None => {
            let mut body = json!({
                "identificatie": identificatie,
                "bronorganisatie": config.rsin,
                "creatiedatum": iso_date(filing.date),
                "titel": truncate(filing.title, 200),
                "auteur": truncate(filing.auteur, 200),
                "status": "definitief",
                "formaat": "application/pdf",
                "taal": taal,
                "bestandsnaam": truncate(filing.file_name, 255),
                "inhoud": base64::engine::general_purpose::STANDARD.encode(filing.pdf),
                "bestandsomvang": filing.pdf.len(),
                "beschrijving": beschrijving(filing),
                "informatieobjecttype": informatieobjecttype,
                "integriteit": {
                    "algoritme": "sha_256",
                    "waarde": sha256,
                    "datum": iso_date(today()),
                },
            });
            if let Some(level) = &settings.vertrouwelijkheidaanduiding {
                body["vertrouwelijkheidaanduiding"] = Value::String(level.clone());
            }
            let (found, existing) = store(client, user, &identificatie, &body)?;
            if found.sha256.as_deref().is_some_and(|s| s != sha256) {
                return Err(FilingError::KeyReused {
                    document: found.url,
                });
            }
            (found.url, existing)
        }
    };
    on_stored(&document);

    let link = json!({
        "informatieobject": document,
        "zaak": filing.zaak,
        "titel": truncate(filing.title, 200),
    });
    let zaakinformatieobject = retrying(config.retries, || {
        match client.find_link(user, filing.zaak, &document)? {
            Some(url) => Ok(url),
            None => client.create_link(user, &link),
        }
    })
    .map_err(|error| FilingError::NotLinked {
        document: document.clone(),
        error,
    })?;
    Ok(Filed {
        document,
        zaakinformatieobject,
        zaak: filing.zaak.to_string(),
        identificatie,
        taal: taal.to_string(),
        sha256,
        existing,
    })
}

/// Finds the document under `identificatie` or stores `body`; true when it
/// was there already.
fn store(
    client: &ZgwClient,
    user: &ZgwUser,
    identificatie: &str,
    body: &Value,
) -> Result<(RemoteDocument, bool), FilingError> {
    retrying(client.config().retries, || {
        if let Some(found) = client.find_document(user, identificatie)? {
            return Ok((found, true));
        }
        match client.create_document(user, body) {
            Ok(created) => Ok((created, false)),
            // Another attempt stored it between the look-up and now (the
            // registration keeps `identificatie` unique per organisation).
            Err(e) if e.status() == Some(400) && e.names_param("identificatie") => {
                match client.find_document(user, identificatie)? {
                    Some(found) => Ok((found, true)),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    })
    .map_err(FilingError::NotStored)
}

/// Runs `step` once and up to `retries` more times while it fails for a
/// passing reason. Each step looks before it creates, so repeating it is safe.
fn retrying<T>(retries: u32, mut step: impl FnMut() -> Result<T, ZgwError>) -> Result<T, ZgwError> {
    let mut attempt = 0;
    loop {
        match step() {
            Err(e) if e.is_transient() && attempt < retries => {
                attempt += 1;
                ZgwClient::backoff(attempt);
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filing(languages: &[(&str, &str)]) -> Filing<'static> {
        Filing {
            template: "afspraken",
            kind_nl: "Afsprakenbrief",
            title: "Afspraken",
            languages: languages
                .iter()
                .map(|(tag, name)| Language {
                    tag: tag.to_string(),
                    name_nl: name.to_string(),
                })
                .collect(),
            date: (2026, 3, 9),
            file_name: "afspraken-1-ar-nl.pdf",
            pdf: b"%PDF-",
            provenance: "sjabloon afspraken sha256:00",
            zaak: "https://oz/zaken/api/v1/zaken/1",
            auteur: "Gemeente Voorbeeldstad",
            identity: Identity::Content,
        }
    }

    #[test]
    fn description_notes_the_binding_dutch_text() {
        let text = beschrijving(&filing(&[("ar", "Arabisch"), ("nl", "Nederlands")]));
        assert!(
            text.starts_with("Afsprakenbrief in het Arabisch (ar), tweetalig: met het Nederlands (nl) erbij; de Nederlandse tekst is bindend. Gemaakt met eigentaal"),
            "{text}"
        );
        assert!(text.ends_with("sjabloon afspraken sha256:00."), "{text}");
        let text = beschrijving(&filing(&[("nl", "Nederlands")]));
        assert!(
            text.starts_with("Afsprakenbrief in het Nederlands (nl). "),
            "{text}"
        );
    }

    #[test]
    fn identificatie_is_forty_characters_and_stable() {
        let a = identificatie(&Identity::Content, "z", "f.pdf", "00");
        assert_eq!(a.len(), 40);
        assert_eq!(a, identificatie(&Identity::Content, "z", "f.pdf", "00"));
        assert_ne!(a, identificatie(&Identity::Content, "z", "f.pdf", "01"));
        let key = |k: &str| Identity::Key {
            client: "c".into(),
            key: k.into(),
        };
        assert_eq!(
            identificatie(&key("1"), "z", "f.pdf", "00"),
            identificatie(&key("1"), "z", "g.pdf", "01")
        );
        assert_ne!(
            identificatie(&key("1"), "z", "f.pdf", "00"),
            identificatie(&key("2"), "z", "f.pdf", "00")
        );
    }
}
