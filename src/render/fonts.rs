//! The fonts compiled into the binary. typst sees only these — no system
//! fonts — so the same input gives the same PDF on every machine.
//!
//! Noto (SIL Open Font License 1.1, see `fonts/OFL.txt`): Noto Sans for
//! Latin and Cyrillic, Noto Naskh Arabic, Noto Sans Ethiopic for Tigrinya.

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};

use crate::templates::{ErrorCode, FieldError};

static FONT_FILES: [(&str, &[u8]); 7] = [
    (
        "NotoSans-Regular",
        include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold",
        include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSans-Italic",
        include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular",
        include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold",
        include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSansEthiopic-Regular",
        include_bytes!("../../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic-Bold",
        include_bytes!("../../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
];

/// The bytes of an embedded font file by its file name
/// (`NotoNaskhArabic-Regular.ttf`): the staff page serves the same fonts the
/// letters use, so endonyms show on a computer without them.
pub fn file(name: &str) -> Option<&'static [u8]> {
    let stem = name.strip_suffix(".ttf")?;
    FONT_FILES
        .iter()
        .find(|(file, _)| *file == stem)
        .map(|(_, bytes)| *bytes)
}

/// Parses the embedded font files into typst fonts and their book.
pub fn load() -> (Vec<Font>, FontBook) {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, bytes)| Font::iter(Bytes::new(*bytes)))
        .collect();
    let book = FontBook::from_fonts(&fonts);
    (fonts, book)
}

/// Which characters the embedded fonts can draw, worked out once per engine:
/// a bit per Unicode scalar value (136 KiB), so checking a letter's case data
/// costs a lookup per character instead of a search in every font's
/// coverage.
pub struct Coverage {
    bits: Box<[u64]>,
}

impl Coverage {
    pub fn new(fonts: &[Font]) -> Self {
        let mut bits =
            vec![0u64; (u32::from(char::MAX) as usize + 1).div_ceil(64)].into_boxed_slice();
        for c in fonts.iter().flat_map(|f| f.info().coverage.iter()) {
            if let Some(word) = bits.get_mut(c as usize / 64) {
                *word |= 1 << (c % 64);
            }
        }
        Self { bits }
    }

    /// Whether one of the fonts has a glyph for `c`.
    fn draws(&self, c: char) -> bool {
        let c = u32::from(c);
        self.bits[c as usize / 64] & (1 << (c % 64)) != 0
    }

    /// The characters of `text` that none of the fonts has a glyph for (tofu
    /// on the page), in order, each once. Spaces, controls and invisible
    /// format characters need no glyph.
    pub fn glyphless(&self, text: &str) -> Vec<char> {
        let mut missing = Vec::new();
        for c in text.chars() {
            if !self.draws(c)
                && !c.is_whitespace()
                && !c.is_control()
                && !is_default_ignorable(c)
                && !missing.contains(&c)
            {
                missing.push(c);
            }
        }
        missing
    }

    /// Every string field of the case data holding characters none of the
    /// embedded fonts can print (an emoji, a Han or Devanagari name), with
    /// the Unicode script of the first such character. typst would otherwise
    /// fail the whole PDF/A export naming a font; the message names the field
    /// and the kind of character, never the text (it may be personal data).
    pub fn unprintable(&self, data: &serde_json::Value) -> Vec<FieldError> {
        use unicode_script::UnicodeScript;
        let mut errors = Vec::new();
        crate::templates::for_each_string(data, &mut |pointer, text| {
            if let Some(&c) = self.glyphless(text).first() {
                let script = match c.script() {
                    unicode_script::Script::Common | unicode_script::Script::Unknown => {
                        "symbol or emoji".to_string()
                    }
                    script => format!("script {}", script.full_name()),
                };
                errors.push(FieldError::new(
                    pointer,
                    ErrorCode::Unprintable,
                    format!(
                        "contains characters the letter's fonts cannot print ({script}); write it in Latin, Arabic, Ethiopic or Cyrillic script"
                    ),
                ));
            }
        });
        errors
    }
}

/// Invisible format characters (joiners, direction marks, variation
/// selectors) that need no glyph.
fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_embedded_file_parses_as_a_font() {
        let (fonts, _) = super::load();
        assert_eq!(fonts.len(), super::FONT_FILES.len());
        let families: Vec<&str> = fonts.iter().map(|f| f.info().family.as_str()).collect();
        for family in ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic"] {
            assert!(families.contains(&family), "{family} in {families:?}");
        }
    }

    #[test]
    fn the_coverage_table_agrees_with_the_fonts() {
        let (fonts, _) = super::load();
        let coverage = super::Coverage::new(&fonts);
        // Every character: the table says what a search in every font's
        // coverage says.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let searched = fonts
                .iter()
                .any(|f| f.info().coverage.contains(u32::from(c)));
            assert_eq!(coverage.draws(c), searched, "U+{:04X}", u32::from(c));
        }
        assert_eq!(
            coverage.glyphless("Zoë سلام ሰላም Привіт 😀 漢 😀"),
            ['😀', '漢']
        );
    }
}
