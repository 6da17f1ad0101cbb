//! The fonts compiled into the binary. typst sees only these — no system
//! fonts — so the same input gives the same PDF on every machine.
//!
//! Noto (SIL Open Font License 1.1, see `fonts/OFL.txt`): Noto Sans for
//! Latin and Cyrillic, Noto Naskh Arabic, Noto Sans Ethiopic for Tigrinya.

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};

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

/// Parses the embedded font files into typst fonts and their book.
pub fn load() -> (Vec<Font>, FontBook) {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, bytes)| Font::iter(Bytes::new(*bytes)))
        .collect();
    let book = FontBook::from_fonts(&fonts);
    (fonts, book)
}

/// The family names of the embedded fonts, for diagnostics and docs.
pub fn families() -> Vec<String> {
    let (fonts, _) = load();
    let mut names: Vec<String> = fonts.iter().map(|f| f.info().family.clone()).collect();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_embedded_file_parses_as_a_font() {
        let (fonts, _) = super::load();
        assert_eq!(fonts.len(), super::FONT_FILES.len());
        let families = super::families();
        for family in ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic"] {
            assert!(
                families.iter().any(|f| f == family),
                "{family} in {families:?}"
            );
        }
    }
}
