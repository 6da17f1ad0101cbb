//! Reading batch input as a stream of cases, in the forms offices make it:
//! NDJSON (one JSON object per line), CSV as Excel and LibreOffice save it
//! (`;`, `,` or tab, any common encoding, decimal comma) and `.xlsx`
//! workbooks. In a CSV or a sheet the first row names the columns with
//! paths into the case (`recipient/name`, `agreements/0/action`) and cells
//! are typed by the template's JSON Schema ([`cells`]).
//!
//! The CLI and the HTTP endpoint read through [`read`]; only the way the
//! format is chosen differs (file name or `Content-Type`).

pub mod cells;
mod text;
mod workbook;

use std::io::BufRead;
use std::sync::Arc;

use serde_json::Value;

pub use cells::{DecimalSeparator, Layout};
pub use text::encoding_for_label;

use super::CaseFailure;
use crate::templates::{ErrorCode, FieldError, Param};

/// The forms batch input comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One JSON object per line.
    Ndjson,
    /// Comma-, semicolon- or tab-separated values with a header row.
    Csv,
    /// An Excel workbook (Office Open XML).
    Xlsx,
}

impl InputFormat {
    /// By file name: `.csv`/`.tsv`/`.txt` → CSV, `.xlsx`/`.xlsm` → xlsx,
    /// `.ndjson`/`.jsonl`/`.json` → NDJSON; `None` for anything else.
    pub fn from_file_name(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "tsv" | "tab" | "txt" => Some(Self::Csv),
            // .xls and .ods are refused by the workbook reader with a hint to save as .xlsx.
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Self::Xlsx),
            "ndjson" | "jsonl" | "json" => Some(Self::Ndjson),
            _ => None,
        }
    }

    /// By media type (`Content-Type` without parameters); `None` when the
    /// type says nothing (`application/octet-stream`) or is not an input.
    pub fn from_media_type(media: &str) -> Option<Result<Self, ()>> {
        match media.trim().to_ascii_lowercase().as_str() {
            "application/x-ndjson"
            | "application/jsonl"
            | "application/json"
            | "application/x-jsonlines" => Some(Ok(Self::Ndjson)),
            "text/csv" | "text/tab-separated-values" => Some(Ok(Self::Csv)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            | "application/vnd.ms-excel.sheet.macroenabled.12" => Some(Ok(Self::Xlsx)),
            // Windows reports a .csv as Excel's; the others say nothing about
            // the content (curl's `-d` sends a form type): look inside.
            "application/vnd.ms-excel"
            | "application/octet-stream"
            | "application/x-www-form-urlencoded"
            | "text/plain"
            | "" => None,
            _ => Some(Err(())),
        }
    }

    /// By the first bytes: a ZIP is a workbook, `{` starts NDJSON, anything
    /// else is taken as CSV.
    pub fn sniff(head: &[u8]) -> Self {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        // A ZIP (xlsx, ods) or an OLE file (old .xls): a workbook.
        if head.starts_with(b"PK\x03\x04") || head.starts_with(b"\xD0\xCF\x11\xE0") {
            return Self::Xlsx;
        }
        match head.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Self::Ndjson,
            _ => Self::Csv,
        }
    }
}

/// How to read a CSV or a workbook; unset fields are detected.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// Column separator of a CSV (default: detected from the header line).
    pub delimiter: Option<u8>,
    /// Encoding of a CSV (default: byte order mark, else UTF-8 if valid,
    /// else detected among single-byte encodings such as windows-1252).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Decimal separator of numbers written as text (default: comma, except
    /// in a comma-separated file).
    pub decimal: Option<DecimalSeparator>,
    /// Sheet of a workbook (default: the first visible one).
    pub sheet: Option<String>,
}

/// `;`, `,`, `tab` (or `\t`), or any single ASCII character.
pub fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "semicolon" => Ok(b';'),
        "comma" => Ok(b','),
        s if s.len() == 1 && s.is_ascii() && s != "\"" => Ok(s.as_bytes()[0]),
        _ => Err(format!(
            "`{s}` is not a column separator; use ; , tab or another single character"
        )),
    }
}

/// Why an input cannot be read at all (as opposed to one bad row).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{cell}: the column name `{header}` is not a path such as recipient/name")]
    ColumnName { cell: String, header: String },
    #[error("{cell}: the column `{header}` is not a field of this letter{}", known.as_ref().map(|k| format!(" (fields here: {k})")).unwrap_or_default())]
    UnknownColumn {
        cell: String,
        header: String,
        /// The fields at that level, when the schema lists them.
        known: Option<String>,
    },
    #[error(
        "{cell}: the column `{header}` overlaps column {other} (`{other_header}`); each field needs one column"
    )]
    OverlappingColumn {
        cell: String,
        header: String,
        /// The other column's letter and name.
        other: String,
        other_header: String,
    },
    #[error("{cell}: the header row cannot be read: {reason}")]
    HeaderRow { cell: String, reason: String },
    #[error("{0}")]
    Encoding(String),
    #[error(
        "the file has no header row: the first row must name the columns (e.g. recipient/name)"
    )]
    Empty,
    #[error("not an .xlsx workbook ({0}); save it from Excel or LibreOffice as .xlsx, or as CSV")]
    Workbook(String),
    #[error("the workbook has no sheet `{name}`; its sheets are: {sheets}")]
    NoSuchSheet { name: String, sheets: String },
    #[error("failed to read the input: {0}")]
    Io(#[from] std::io::Error),
}

impl InputError {
    /// The problem as an error of the whole input (empty pointer), with a
    /// code whose Dutch wording is in `locales/nl/staff.ftl`: what the staff
    /// page shows. The cell is placed without its sheet, as Excel shows it.
    pub fn field_error(&self) -> FieldError {
        let bare = |cell: &str| cell.rsplit('!').next().unwrap_or(cell).to_string();
        let (code, params): (ErrorCode, Vec<(&'static str, Param)>) = match self {
            Self::ColumnName { cell, .. } => (
                ErrorCode::ColumnName,
                vec![("cell", Param::Text(bare(cell)))],
            ),
            Self::UnknownColumn { cell, header, .. } => (
                ErrorCode::UnknownColumn,
                vec![
                    ("cell", Param::Text(bare(cell))),
                    ("column", Param::Text(header.clone())),
                ],
            ),
            Self::OverlappingColumn {
                cell,
                header,
                other,
                ..
            } => (
                ErrorCode::OverlappingColumn,
                vec![
                    ("cell", Param::Text(bare(cell))),
                    ("column", Param::Text(header.clone())),
                    ("other", Param::Text(other.clone())),
                ],
            ),
            Self::HeaderRow { cell, .. } => (
                ErrorCode::HeaderRow,
                vec![("cell", Param::Text(bare(cell)))],
            ),
            Self::Empty => (ErrorCode::NoHeader, vec![]),
            Self::Encoding(_) => (ErrorCode::Encoding, vec![]),
            Self::Workbook(_) => (ErrorCode::NotWorkbook, vec![]),
            Self::NoSuchSheet { name, .. } => (
                ErrorCode::NoSheet,
                vec![("sheet", Param::Text(name.clone()))],
            ),
            Self::Io(_) => (ErrorCode::Unreadable, vec![]),
        };
        FieldError {
            params,
            ..FieldError::new(String::new(), code, self.to_string())
        }
    }
}

/// The columns a row came from, to name the cell of an error.
#[derive(Debug, Clone)]
pub struct RowSource {
    pub layout: Arc<Layout>,
    /// The row as the spreadsheet numbers it (the header is row 1).
    pub row: usize,
}

/// One raw case from the input, before the batch metadata is taken out.
pub enum RawCase {
    /// A line of NDJSON.
    Json { line: usize, text: String },
    /// A CSV or sheet row already turned into a JSON object.
    Row {
        line: usize,
        value: Value,
        source: RowSource,
    },
    /// A row or line that could not be read as a case.
    Bad(CaseFailure),
}

impl RawCase {
    pub fn line(&self) -> usize {
        match self {
            Self::Json { line, .. } | Self::Row { line, .. } => *line,
            Self::Bad(f) => f.line,
        }
    }
}

/// A CSV or sheet, read whole: its cases and how it was read.
pub struct Table {
    pub cases: Vec<RawCase>,
    /// E.g. "CSV: `;`-separated, windows-1252 (detected), decimal comma".
    pub description: String,
}

/// The fields of a row that are batch metadata, not case data.
#[derive(Debug, Clone, Copy)]
pub struct MetaFields<'a> {
    pub id: &'a str,
    pub lang: &'a str,
    /// The zaak's URL, when letters are filed in their zaak.
    pub zaak: Option<&'a str>,
}

impl<'a> MetaFields<'a> {
    /// The column names that are metadata.
    pub fn names(&self) -> Vec<&'a str> {
        [Some(self.id), Some(self.lang), self.zaak]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// Reads a CSV or a workbook from its bytes. `schema` types the cells.
pub fn read(
    format: InputFormat,
    bytes: &[u8],
    options: &InputOptions,
    schema: &Value,
    meta: MetaFields<'_>,
) -> Result<Table, InputError> {
    match format {
        InputFormat::Csv => text::read(bytes, options, schema, meta),
        InputFormat::Xlsx => workbook::read(bytes, options, schema, meta),
        InputFormat::Ndjson => {
            let text = std::str::from_utf8(bytes).map_err(|e| {
                InputError::Encoding(format!(
                    "line {} is not UTF-8 text; NDJSON must be UTF-8",
                    line_of(bytes, e.valid_up_to())
                ))
            })?;
            Ok(Table {
                cases: ndjson(text.as_bytes()).collect(),
                description: "NDJSON".into(),
            })
        }
    }
}

/// The 1-based line of byte `offset`.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1
}

/// NDJSON: one case per non-blank line.
pub fn ndjson(reader: impl BufRead) -> impl Iterator<Item = RawCase> {
    reader
        .lines()
        .enumerate()
        .filter_map(|(i, line)| match line {
            Ok(text) if text.trim().is_empty() => None,
            Ok(text) => Some(RawCase::Json { line: i + 1, text }),
            Err(e) => Some(RawCase::Bad(CaseFailure::new(
                i + 1,
                None,
                "unreadable",
                format!("failed to read the line: {e}"),
            ))),
        })
}

/// A failed row: every bad cell of it, with the id if its cell was readable.
fn bad_row(
    line: usize,
    source: &RowSource,
    id: Option<String>,
    errors: Vec<super::CellError>,
) -> RawCase {
    let detail = if errors.len() == 1 {
        "1 cell cannot be read".to_string()
    } else {
        format!("{} cells cannot be read", errors.len())
    };
    RawCase::Bad(CaseFailure {
        row: Some(source.row),
        sheet: source.layout.sheet.clone(),
        errors,
        ..CaseFailure::new(line, id, "invalid-cell", detail)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const META: MetaFields<'static> = MetaFields {
        id: "id",
        lang: "lang",
        zaak: None,
    };

    fn rows(format: InputFormat, bytes: &[u8], schema: &Value) -> Vec<RawCase> {
        read(format, bytes, &InputOptions::default(), schema, META)
            .unwrap()
            .cases
    }

    #[test]
    fn csv_rows_become_typed_nested_cases() {
        let schema = json!({
            "type": "object",
            "properties": {
                "amount": {"$ref": "#/$defs/money"},
                "interpreter": {"type": "boolean"},
                "recipient": {"type": "object", "properties": {"address": {"type": "array", "items": {"type": "string"}}}},
                "agreements": {"type": "array", "items": {"type": "object", "properties": {"action": {"type": "string"}}}}
            },
            "$defs": {"money": {"type": "number"}}
        });
        let input = "id,amount,interpreter,recipient/address/0,recipient/address/1,agreements/0/action,postcode\n7,\"1234,5\",ja,Lindelaan 12,1234 CD Voorbeeldstad,open-bank-account,1234\n";
        let cases = rows(InputFormat::Csv, input.as_bytes(), &schema);
        let RawCase::Row { line, value, .. } = &cases[0] else {
            panic!()
        };
        assert_eq!(*line, 2);
        assert_eq!(
            value,
            &json!({"id": "7", "amount": 1234.5, "interpreter": true,
                "recipient": {"address": ["Lindelaan 12", "1234 CD Voorbeeldstad"]},
                "agreements": [{"action": "open-bank-account"}], "postcode": "1234"})
        );
    }

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(InputFormat::sniff(b"PK\x03\x04rest"), InputFormat::Xlsx);
        assert_eq!(
            InputFormat::sniff(b"\xEF\xBB\xBF {\"a\":1}"),
            InputFormat::Ndjson
        );
        assert_eq!(InputFormat::sniff(b"id;lang\r\n"), InputFormat::Csv);
        assert_eq!(
            InputFormat::from_file_name("Ronde 1.XLSX"),
            Some(InputFormat::Xlsx)
        );
        assert_eq!(InputFormat::from_file_name("cases"), None);
        assert_eq!(
            InputFormat::from_media_type("text/csv"),
            Some(Ok(InputFormat::Csv))
        );
        assert_eq!(
            InputFormat::from_media_type("application/vnd.ms-excel"),
            None
        );
        assert_eq!(InputFormat::from_media_type("image/png"), Some(Err(())));
        assert_eq!(parse_delimiter("tab"), Ok(b'\t'));
        assert!(parse_delimiter(";;").is_err());
    }
}
