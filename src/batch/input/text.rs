//! CSV as Excel and LibreOffice save it: the separator found in the header
//! line (`;` in a Dutch Excel, `,`, tab; Excel's `sep=;` first line too),
//! quoted fields, CRLF, a byte order mark, and the encoding: UTF-8 when the
//! file says so or is valid UTF-8, else one of the single-byte Windows code
//! pages Excel saves "CSV" in (windows-1252 on a Dutch PC), or the one the
//! user chose.
//!
//! Which code page: statistical detectors (chardetng) guess well on web
//! pages but not on a short list of names, where `Ayşe` (windows-1254) read
//! as windows-1252 is a plausible-looking `Ayþe`. So the code pages are
//! tried in turn, windows-1252 first, and the first that reads without
//! signs of garbling wins ([`garbled`]); when none does, the user is asked
//! to choose. A spreadsheet saved in a code page that cannot hold a letter
//! (ş in windows-1252, any Arabic) writes `?` in its place; such a cell is
//! reported instead of printing a mangled name on a letter.

use std::sync::Arc;

use encoding_rs::{
    Encoding, UTF_8, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, WINDOWS_1254, WINDOWS_1256,
};
use serde_json::Value;

use super::cells::{Cell, DecimalSeparator, Layout};
use super::{InputError, InputOptions, MetaFields, RawCase, RowSource, Table, bad_row, line_of};
use crate::templates::{ErrorCode, FieldError};

/// An encoding by its WHATWG label (`utf-8`, `windows-1252`, `cp1252`,
/// `latin1`, `iso-8859-15`, `windows-1254`, `utf-16le`, ...).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "`{label}` is not an encoding this reader knows; use e.g. utf-8, windows-1252, \
windows-1254, windows-1256 or iso-8859-15"
        )
    })
}

/// How the encoding was settled on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    ByteOrderMark,
    ValidUtf8,
    Detected,
    Chosen,
}

struct Decoded {
    text: String,
    encoding: &'static Encoding,
    found: Found,
}

fn decode(bytes: &[u8], chosen: Option<&'static Encoding>) -> Result<Decoded, InputError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding,
            found: Found::ByteOrderMark,
        });
    }
    if let Some(encoding) = chosen {
        if encoding == UTF_8
            && let Err(e) = std::str::from_utf8(bytes)
        {
            return Err(InputError::Encoding(format!(
                "line {} is not UTF-8 text; the file is probably windows-1252 \
(Excel's \"CSV (gescheiden door lijstscheidingsteken)\"): choose that encoding",
                line_of(bytes, e.valid_up_to())
            )));
        }
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding,
            found: Found::Chosen,
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8,
            found: Found::ValidUtf8,
        });
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(InputError::Encoding(format!(
            "line {} holds NUL bytes: the file is probably UTF-16 without a byte order mark; \
save it as CSV UTF-8, or choose the encoding utf-16le",
            line_of(bytes, at)
        )));
    }
    for encoding in CODE_PAGES {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        if !text.lines().any(garbled) {
            return Ok(Decoded {
                text: text.into_owned(),
                encoding,
                found: Found::Detected,
            });
        }
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    let line = text.lines().position(garbled).map_or(1, |i| i + 1);
    Err(InputError::Encoding(format!(
        "line {line} reads as garbled text in every encoding tried ({}); choose the file's \
encoding, or save it as CSV UTF-8",
        CODE_PAGES.map(|e| e.name()).join(", ")
    )))
}

/// The code pages Excel saves "CSV" in on the PCs of a Dutch municipality
/// and its residents' languages, in the order they are tried: Western
/// (Dutch), Turkish, Central European, Arabic, Cyrillic.
const CODE_PAGES: [&Encoding; 5] = [
    WINDOWS_1252,
    WINDOWS_1254,
    WINDOWS_1250,
    WINDOWS_1256,
    WINDOWS_1251,
];

#[derive(PartialEq)]
enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Other,
}

fn script(c: char) -> Script {
    match c {
        'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{24F}' => Script::Latin,
        '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FEFF}' => Script::Arabic,
        '\u{400}'..='\u{4FF}' => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// Signs that a line was decoded with the wrong code page: Icelandic
/// letters (`Ayþe` is windows-1254's `Ayşe`), a symbol inside a word
/// (`Wa³êsa` is windows-1250's `Wałęsa`), a word mixing scripts, or a word
/// of three or more letters none of which is plain ASCII (Arabic or
/// Cyrillic read as Latin: `Îëåíà`).
fn garbled(line: &str) -> bool {
    if line.chars().any(|c| "ÐðÞþÝý".contains(c)) {
        return true;
    }
    let chars: Vec<char> = line.chars().collect();
    if chars.windows(3).any(|w| {
        w[0].is_alphabetic()
            && w[2].is_alphabetic()
            && ('\u{A1}'..='\u{BF}').contains(&w[1])
            && !matches!(w[1], 'ª' | 'µ' | 'º')
    }) {
        return true;
    }
    line.split(|c: char| !c.is_alphabetic()).any(|word| {
        let mut letters = word.chars();
        let Some(first) = letters.next() else {
            return false;
        };
        let first = script(first);
        let mixed = word.chars().any(|c| script(c) != first);
        let latin_without_ascii = first == Script::Latin
            && word.chars().count() >= 3
            && word.chars().all(|c| !c.is_ascii());
        mixed || latin_without_ascii
    })
}

/// The separator used most in the header line, outside quotes: `;`, tab or
/// `,` (in that order when tied; `,` when there is none).
fn sniff_delimiter(header: &str) -> u8 {
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            _ => {
                if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                    c.1 += 1;
                }
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if best == 0 {
        return b',';
    }
    counts
        .iter()
        .find(|(_, n)| *n == best)
        .map_or(b',', |(d, _)| *d)
}

/// A `?` before a letter or another `?`: what Excel writes for letters its
/// encoding cannot hold (`Ay?e`, `?ahin`, `????`).
fn lost_letters(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(|n| n.is_alphabetic() || *n == '?') {
            return true;
        }
    }
    false
}

/// The line a record starts on, from its byte offset. (The `csv` crate's own
/// line count lags one line behind after a CRLF, as Excel writes.)
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// Records come in order, so counting goes on from the last one.
    fn at(&mut self, byte: u64) -> usize {
        let mut start = (byte as usize).min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start >= self.offset {
            self.line += self.text[self.offset..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.offset = start;
        }
        self.line
    }
}

pub fn read(
    bytes: &[u8],
    options: &InputOptions,
    schema: &Value,
    meta: MetaFields<'_>,
) -> Result<Table, InputError> {
    let decoded = decode(bytes, options.encoding)?;
    let mut text = decoded.text.as_str();
    let mut delimiter = options.delimiter;
    // Excel reads (and some tools write) a first line `sep=;`.
    let mut skipped_lines = 0;
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if let Some(sep) = first.trim_end_matches('\r').strip_prefix("sep=")
        && sep.len() == 1
    {
        delimiter.get_or_insert(sep.as_bytes()[0]);
        text = rest;
        skipped_lines = 1;
    }
    let delimiter =
        delimiter.unwrap_or_else(|| sniff_delimiter(text.split('\n').next().unwrap_or("")));
    let decimal = options.decimal.unwrap_or(if delimiter == b',' {
        DecimalSeparator::Point
    } else {
        DecimalSeparator::Comma
    });

    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        None => return Err(InputError::Empty),
        Some(Err(e)) => {
            return Err(InputError::HeaderRow {
                cell: "A1".into(),
                reason: e.to_string(),
            });
        }
        Some(Ok(header)) => header,
    };
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(InputError::Empty);
    }
    let layout = Arc::new(Layout::new(
        None,
        header
            .iter()
            .enumerate()
            .map(|(i, h)| (i, h.to_string()))
            .collect(),
        schema,
        &meta.names(),
    )?);
    let id_column = layout.index_of(meta.id);

    let name = decoded.encoding.name();
    let single_byte = decoded.encoding.is_single_byte();
    let lost = move |text: &str| {
        if text.contains('\u{FFFD}') {
            Some(FieldError::new(
                "",
                ErrorCode::CellUnreadable,
                format!(
                    "holds bytes that are not {name} text; save the file as CSV UTF-8 or choose its encoding"
                ),
            ))
        } else if single_byte && lost_letters(text) {
            Some(FieldError::new(
                "",
                ErrorCode::CellLostLetters,
                format!(
                    "holds `?` where a letter should be: the file was saved as {name}, which cannot \
hold every letter (such as ş, or Arabic script); save it as CSV UTF-8"
                ),
            ))
        } else {
            None
        }
    };

    let mut lines = LineCounter::new(text);
    let mut cases = Vec::new();
    for (n, record) in records.enumerate() {
        let row = n + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(row, |p| lines.at(p.byte())) + skipped_lines;
                cases.push(RawCase::Bad(super::CaseFailure::new(
                    line,
                    None,
                    "invalid-csv",
                    e.to_string(),
                )));
                continue;
            }
        };
        // Excel writes `;;;;` for rows it once formatted: no case there.
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(row, |p| lines.at(p.byte())) + skipped_lines;
        let source = RowSource {
            layout: layout.clone(),
            row,
        };
        let cells = record
            .iter()
            .enumerate()
            .map(|(i, f)| (i, Cell::Text(f.to_string())));
        match layout.case(row, cells, decimal, &lost) {
            Ok(value) => cases.push(RawCase::Row {
                line,
                value,
                source,
            }),
            Err(errors) => {
                let id = id_column
                    .and_then(|i| record.get(i))
                    .map(str::trim)
                    .filter(|id| !id.is_empty() && lost(id).is_none())
                    .map(str::to_string);
                cases.push(bad_row(line, &source, id, errors));
            }
        }
    }

    let separator = match delimiter {
        b'\t' => "tab-separated".to_string(),
        d => format!("`{}`-separated", d as char),
    };
    let found = match decoded.found {
        Found::ByteOrderMark => " (byte order mark)",
        Found::ValidUtf8 => "",
        Found::Detected => " (detected)",
        Found::Chosen => " (chosen)",
    };
    Ok(Table {
        cases,
        description: format!("CSV: {separator}, {name}{found}, {decimal}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_found_in_the_header_line() {
        assert_eq!(sniff_delimiter("id;lang;recipient/name"), b';');
        assert_eq!(sniff_delimiter("id,lang,recipient/name"), b',');
        assert_eq!(sniff_delimiter("id\tlang\trecipient/name"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",c,d"), b',');
        assert_eq!(sniff_delimiter("id"), b',');
    }

    #[test]
    fn lines_and_rows_of_records() {
        let csv = "sep=;\r\nid;note\r\n1;\"two\r\nlines\"\r\n;\r\n2;x\r\n";
        let table = read(
            csv.as_bytes(),
            &InputOptions::default(),
            &serde_json::json!({}),
            MetaFields {
                id: "id",
                lang: "lang",
                zaak: None,
            },
        )
        .unwrap();
        let places: Vec<(usize, usize)> = table
            .cases
            .iter()
            .map(|c| match c {
                RawCase::Row { line, source, .. } => (*line, source.row),
                _ => panic!("a bad row"),
            })
            .collect();
        // The `;` row is empty (Excel writes such rows): skipped, but counted.
        assert_eq!(places, [(3, 2), (6, 4)]);
    }

    #[test]
    fn lost_letters_are_spotted() {
        assert!(lost_letters("Ay?e Y?lmaz"));
        assert!(lost_letters("?ahin"));
        assert!(lost_letters("????? ????"));
        assert!(!lost_letters("Komt u? Bel dan."));
        assert!(!lost_letters("José Müller"));
    }

    #[test]
    fn garbled_text_is_recognised() {
        for good in [
            "José Müller",
            "Zoë van Dijk-Françoise",
            "Ayşe Yılmaz",
            "مع يوسف",
            "Олена",
            "€ 1.234,56",
            "Wałęsa",
        ] {
            assert!(!garbled(good), "{good}");
        }
        for bad in ["Ayþe", "Wa³êsa", "ãÚ íæÓÝ", "Îëåíà", "Amخna"] {
            assert!(garbled(bad), "{bad}");
        }
    }

    #[test]
    fn code_pages_are_detected() {
        for (text, encoding) in [
            ("naam;Ayşe Yılmaz\r\n", WINDOWS_1254),
            ("naam;Mohammed;مع يوسف، متطوع\r\n", WINDOWS_1256),
            ("naam;Olena;Олена Шевченко\r\n", WINDOWS_1251),
            ("naam;Lech Wałęsa\r\n", WINDOWS_1250),
            ("naam;José Müller\r\n", WINDOWS_1252),
        ] {
            let (bytes, _, lossy) = encoding.encode(text);
            assert!(!lossy, "{text}");
            let decoded = decode(&bytes, None).unwrap();
            assert_eq!((decoded.encoding, decoded.text.as_str()), (encoding, text));
        }
    }

    #[test]
    fn encodings_are_recognised() {
        let utf8 = decode("Zoë".as_bytes(), None).unwrap();
        assert_eq!((utf8.encoding, utf8.found), (UTF_8, Found::ValidUtf8));
        let bom = decode("\u{feff}Zoë".as_bytes(), None).unwrap();
        assert_eq!(
            (bom.text.as_str(), bom.found),
            ("Zoë", Found::ByteOrderMark)
        );
        let (latin, _, _) = WINDOWS_1252.encode("naam;José Müller;Zoë van Dijk\r\n");
        let latin = decode(&latin, None).unwrap();
        assert_eq!(latin.encoding, WINDOWS_1252);
        assert!(latin.text.contains("José Müller"));
        assert!(decode(b"a;\xe9", Some(UTF_8)).is_err());
    }
}
