//! Filing letters in the case: the ZGW Documenten API stores the PDF as an
//! `EnkelvoudigInformatieObject`, the Zaken API links it to the zaak with a
//! `ZaakInformatieObject`. Open Zaak and other ZGW registrations speak these
//! APIs; the versions supported are in docs/zgw.md.
//!
//! - [`config`]: the connection (base URLs, client id and secret, RSIN, the
//!   informatieobjecttype per template), read from a TOML file.
//! - [`jwt`]: the HS256 token every call carries, made fresh per call.
//! - [`client`]: the four calls eigentaal makes (look up and create a
//!   document, look up and create a link).
//! - [`filing`]: filing one letter exactly once: every step looks before it
//!   creates, so a retry, a resumed batch or a repeated request finds what an
//!   earlier attempt stored instead of storing it again.
//! - [`record`]: what a batch filed, written next to its letters.
//! - [`sink`]: a rendered letter in, a filed document out.
//!
//! `server`, `batch` and `cli` call [`filing::file`]; nothing here renders.

pub mod client;
pub mod config;
pub mod filing;
mod iso639;
pub mod jwt;
pub mod record;
pub mod sink;

pub use client::{ZgwClient, ZgwError};
pub use config::{ConfigError, Store, ZgwArgs, ZgwConfig};
pub use filing::{Filed, Filing, FilingError, Identity, file};
pub use jwt::ZgwUser;
pub use sink::{LetterFacts, ZgwSink};

/// The ISO 639-2/B code the Documenten API wants in `taal` for a BCP 47
/// tag: `nl` → `dut`, `ar` → `ara`, `ti` → `tir`, `uk` → `ukr`, `de-AT` →
/// `ger`. `None` for a language ISO 639-2 has no code for.
pub fn iso639_2b(tag: &str) -> Option<&'static str> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match primary.len() {
        2 => iso639::TWO_LETTER
            .binary_search_by(|(code, _)| (*code).cmp(primary.as_str()))
            .ok()
            .map(|i| iso639::TWO_LETTER[i].1),
        3 => {
            if let Ok(i) = iso639::TERMINOLOGY_TO_BIBLIOGRAPHIC
                .binary_search_by(|(code, _)| (*code).cmp(primary.as_str()))
            {
                return Some(iso639::TERMINOLOGY_TO_BIBLIOGRAPHIC[i].1);
            }
            iso639::ALL
                .binary_search(&primary.as_str())
                .ok()
                .map(|i| iso639::ALL[i])
        }
        _ => None,
    }
}

pub use crate::digest::{hex, sha256_hex};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bibliographic_codes_for_the_letter_languages() {
        for (tag, code) in [
            ("nl", "dut"),
            ("ar", "ara"),
            ("ar-SY", "ara"),
            ("ti", "tir"),
            ("uk", "ukr"),
            ("en", "eng"),
            ("de", "ger"),
            ("fa", "per"),
            ("fr", "fre"),
            ("tr", "tur"),
            ("so", "som"),
            ("nld", "dut"),
            ("ara", "ara"),
        ] {
            assert_eq!(iso639_2b(tag), Some(code), "{tag}");
        }
        assert_eq!(iso639_2b("prs"), None, "Dari has no ISO 639-2 code");
        assert_eq!(iso639_2b("x"), None);
        assert!(iso639::TWO_LETTER.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(iso639::ALL.windows(2).all(|w| w[0] < w[1]));
    }
}
