//! Spreadsheet cells to JSON values, typed by the template's JSON Schema, and
//! the columns of a sheet: header paths such as `recipient/name`, the cell
//! an error sits in (`Blad1!D7`). CSV and xlsx rows both go through here, so
//! a cell means the same in either file.

use serde_json::{Map, Value};

use super::InputError;
use crate::batch::CellError;
use crate::templates::{ErrorCode, FieldError, PatternKind};

/// A cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// An Excel date and/or time (a serial number formatted as a date).
    DateTime {
        date: Option<(i32, u32, u32)>,
        time: Option<(u32, u32, u32)>,
    },
    /// An Excel error value such as `#N/A`.
    Error(String),
}

/// What the schema expects in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    /// `"format": "date"`: written to the case as `2026-11-23`.
    Date,
    /// A string whose pattern takes `hh:mm`: written as `09:30`.
    Time,
    Number,
    Integer,
    Boolean,
    /// A list or object in one cell, as JSON.
    Json,
}

/// Which character separates decimals in numbers written as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalSeparator {
    /// `1.234,56`, as Dutch Excel writes numbers.
    Comma,
    /// `1,234.56`.
    Point,
}

impl std::str::FromStr for DecimalSeparator {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "comma" | "komma" | "," => Ok(Self::Comma),
            "point" | "punt" | "dot" | "." => Ok(Self::Point),
            _ => Err(format!(
                "`{s}` is not a decimal separator; use comma or point"
            )),
        }
    }
}

impl std::fmt::Display for DecimalSeparator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Comma => "decimal comma",
            Self::Point => "decimal point",
        })
    }
}

impl CellKind {
    /// The kind of the value the schema describes (text when unknown).
    pub fn of(schema: Option<&Value>) -> Self {
        let Some(schema) = schema else {
            return Self::Text;
        };
        let kind = match schema.get("type") {
            Some(Value::String(t)) => Some(t.as_str()),
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            _ => None,
        };
        let kind = kind.or_else(|| {
            // `{"enum": [...]}` without a type: the type of its values.
            let values = schema.get("enum")?.as_array()?;
            values.iter().all(Value::is_number).then_some("number")
        });
        match kind {
            Some("number") => Self::Number,
            Some("integer") => Self::Integer,
            Some("boolean") => Self::Boolean,
            Some("array" | "object") => Self::Json,
            _ if schema.get("format").and_then(Value::as_str) == Some("date") => Self::Date,
            _ if is_time(schema) => Self::Time,
            _ => Self::Text,
        }
    }
}

/// A string the schema restricts to clock times: `"format": "time"`, or a
/// pattern that takes `23:59` and refuses words ([`PatternKind`]).
fn is_time(schema: &Value) -> bool {
    schema.get("format").and_then(Value::as_str) == Some("time")
        || schema
            .get("pattern")
            .and_then(Value::as_str)
            .is_some_and(|p| PatternKind::of(p) == PatternKind::Time)
}

/// A cell as the JSON value its column takes; `None` for an empty cell.
/// Errors never repeat the cell's value (it may be personal data); their
/// pointer is left for the caller, who knows the column.
pub fn typed(
    cell: Cell,
    kind: CellKind,
    decimal: DecimalSeparator,
) -> Result<Option<Value>, FieldError> {
    let cell = match cell {
        Cell::Empty => return Ok(None),
        Cell::Text(text) if text.trim().is_empty() => return Ok(None),
        Cell::Error(e) => {
            return Err(cell_error(
                ErrorCode::CellSpreadsheetError,
                format!(
                    "the cell shows the spreadsheet error {e}; correct the formula or type the value"
                ),
            )
            .param("error", e));
        }
        cell => cell,
    };
    let value = match kind {
        CellKind::Text => Value::String(match cell {
            Cell::Text(text) => text.trim().to_string(),
            Cell::Number(n) => number_text(n),
            Cell::Bool(b) => (if b { "ja" } else { "nee" }).to_string(),
            Cell::DateTime { date, time } => match (date, time) {
                (Some(d), None) => iso_date(d),
                (None, Some(t)) => clock(t),
                (Some(d), Some(t)) => format!("{} {}", iso_date(d), clock(t)),
                (None, None) => return Ok(None),
            },
            Cell::Empty | Cell::Error(_) => unreachable!("handled above"),
        }),
        CellKind::Date => Value::String(match cell {
            Cell::Text(text) => parse_date(&text).map(iso_date).ok_or_else(not_a_date)?,
            Cell::DateTime {
                date: Some(d),
                time: None | Some((0, 0, 0)),
            } => iso_date(d),
            Cell::DateTime { date: Some(_), .. } => {
                return Err(cell_error(
                    ErrorCode::CellDateWithTime,
                    "is a date with a time of day; this column takes a date only",
                ));
            }
            _ => return Err(not_a_date()),
        }),
        CellKind::Time => Value::String(match cell {
            Cell::Text(text) => parse_time(&text).map(clock).ok_or_else(not_a_time)?,
            Cell::DateTime {
                date: None,
                time: Some(t),
            } => clock(t),
            _ => return Err(not_a_time()),
        }),
        CellKind::Number => match cell {
            Cell::Number(n) => json_number(n)?,
            Cell::Text(text) => json_number(parse_number(&text, decimal).ok_or_else(|| {
                let example = match decimal {
                    DecimalSeparator::Comma => "1234,56",
                    DecimalSeparator::Point => "1234.56",
                };
                cell_error(
                    ErrorCode::CellNumber,
                    format!("is not a number (write it as {example})"),
                )
                .param("example", example)
            })?)?,
            _ => return Err(not_a_number()),
        },
        CellKind::Integer => {
            let n = match cell {
                Cell::Number(n) => Some(n),
                Cell::Text(text) => parse_number(&text, decimal),
                _ => None,
            };
            match n {
                Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Value::from(n as i64),
                _ => {
                    return Err(cell_error(
                        ErrorCode::CellWholeNumber,
                        "is not a whole number",
                    ));
                }
            }
        }
        CellKind::Boolean => Value::Bool(match cell {
            Cell::Bool(b) => b,
            Cell::Number(n) if n == 1.0 || n == 0.0 => n == 1.0,
            Cell::Text(text) => parse_bool(&text).ok_or_else(not_a_bool)?,
            _ => return Err(not_a_bool()),
        }),
        CellKind::Json => match cell {
            Cell::Text(text) => serde_json::from_str(text.trim()).map_err(|e| {
                cell_error(
                    ErrorCode::CellJson,
                    format!(
                        "is not JSON (a list or an object in one cell; line {}, column {})",
                        e.line(),
                        e.column()
                    ),
                )
            })?,
            _ => {
                return Err(cell_error(
                    ErrorCode::CellJson,
                    "is not JSON (a list or an object in one cell)",
                ));
            }
        },
    };
    Ok(Some(value))
}

/// An error of a cell; its pointer is set where the column is known.
fn cell_error(code: ErrorCode, message: impl Into<String>) -> FieldError {
    FieldError::new("", code, message)
}

fn not_a_date() -> FieldError {
    cell_error(
        ErrorCode::CellDate,
        "is not a date (write it as 23-11-2026 or 2026-11-23)",
    )
}

fn not_a_time() -> FieldError {
    cell_error(ErrorCode::CellTime, "is not a time (write it as 09:30)")
}

fn not_a_bool() -> FieldError {
    cell_error(ErrorCode::CellYesNo, "is not yes or no (write ja or nee)")
}

fn not_a_number() -> FieldError {
    cell_error(ErrorCode::CellNumber, "is not a number").param("example", "1234,56")
}

fn json_number(n: f64) -> Result<Value, FieldError> {
    serde_json::Number::from_f64(n)
        .map(Value::Number)
        .ok_or_else(not_a_number)
}

/// A number in a text column, as the spreadsheet shows it: `7`, not `7.0`.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

pub fn iso_date((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn clock((h, m, _): (u32, u32, u32)) -> String {
    format!("{h:02}:{m:02}")
}

/// `ja`/`nee` and the words spreadsheets write for booleans.
fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "j" | "waar" | "true" | "yes" | "1" => Some(true),
        "nee" | "n" | "onwaar" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

/// A number written as text: `1234,56`, `1.234,56`, `€ 1.234,56`, `-3`,
/// `1234.56`, `1,234.56`.
///
/// With both separators the last one is the decimal separator. With one
/// separator that cannot group thousands (`1234,5`, `0.75`) it is the
/// decimal separator. Only `1.234` and `1,234` are truly ambiguous; there
/// the file's convention (`decimal`) decides, so Dutch `1.234` is 1234.
pub fn parse_number(text: &str, decimal: DecimalSeparator) -> Option<f64> {
    let mut t: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '€')
        .collect();
    let negative = match t.chars().next() {
        Some('-' | '\u{2212}') => {
            t = t.chars().skip(1).collect();
            true
        }
        Some('+') => {
            t.remove(0);
            false
        }
        _ => false,
    };
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (dots, commas) = (t.matches('.').count(), t.matches(',').count());
    let (group, point) = match (dots, commas) {
        (0, 0) => (None, None),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let (before, after) = t.split_once(sep)?;
            let groups_thousands = (1..=3).contains(&before.len()) && after.len() == 3;
            let decimal_sep = match decimal {
                DecimalSeparator::Comma => ',',
                DecimalSeparator::Point => '.',
            };
            if count > 1 || (groups_thousands && sep != decimal_sep) {
                (Some(sep), None)
            } else {
                (None, Some(sep))
            }
        }
        _ => {
            let last_dot = t.rfind('.')?;
            let last_comma = t.rfind(',')?;
            if last_dot > last_comma {
                (Some(','), Some('.'))
            } else {
                (Some('.'), Some(','))
            }
        }
    };
    let (whole, fraction) = match point {
        Some(p) => {
            let (w, f) = t.rsplit_once(p)?;
            if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            (w.to_string(), f.to_string())
        }
        None => (t.clone(), String::new()),
    };
    let digits = match group {
        Some(g) => {
            let parts: Vec<&str> = whole.split(g).collect();
            let first_ok = (1..=3).contains(&parts[0].len());
            if !first_ok || parts[1..].iter().any(|p| p.len() != 3) {
                return None;
            }
            parts.concat()
        }
        None => whole,
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: f64 = format!(
        "{digits}.{}",
        if fraction.is_empty() { "0" } else { &fraction }
    )
    .parse()
    .ok()?;
    Some(if negative { -n } else { n })
}

/// A date as Dutch spreadsheets write it: `23-11-2026`, `23/11/2026`,
/// `23.11.2026`, `23-11-26`, or ISO `2026-11-23` (a time of `00:00` after
/// it is allowed). Two-digit years follow Excel's rule: 00–29 are 2000–2029,
/// 30–99 are 1930–1999.
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let text = text.trim();
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    if let Some(t) = time
        && !matches!(parse_time(t.trim_end_matches('Z')), Some((0, 0, 0)))
    {
        return None;
    }
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (y, m, d) = if a.len() == 4 {
        (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)
    } else {
        let year: i32 = match c.len() {
            4 => c.parse().ok()?,
            2 => {
                let yy: i32 = c.parse().ok()?;
                if yy < 30 { 2000 + yy } else { 1900 + yy }
            }
            _ => return None,
        };
        (year, b.parse().ok()?, a.parse().ok()?)
    };
    (a.len() <= 4 && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then_some((y, m, d))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// `9:30`, `09:30`, `9.30`, `09:30:00` (seconds must be zero: letters
/// give minutes).
pub fn parse_time(text: &str) -> Option<(u32, u32, u32)> {
    let text = text.trim();
    let parts: Vec<&str> = text.split([':', '.']).collect();
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (h, m, &"0"),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    if !(1..=2).contains(&h.len()) || m.len() != 2 || s.len() > 2 {
        return None;
    }
    let (h, m, s): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    (h < 24 && m < 60 && s == 0).then_some((h, m, 0))
}

/// `A` for the first column, `AA` after `Z`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// One column of a sheet.
#[derive(Debug, Clone)]
pub struct Column {
    /// Position in the sheet, 0 for column A.
    pub index: usize,
    /// The header as written, e.g. `recipient/name`.
    pub header: String,
    path: Vec<String>,
    /// `/recipient/name`.
    pub pointer: String,
    pub kind: CellKind,
}

/// The columns of a sheet, read from its header row: each header is a path
/// into the case (`agreements/0/action`); the id and language columns are
/// kept as text.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The sheet's name (xlsx), or none for CSV.
    pub sheet: Option<String>,
    /// The named columns; a value in any other column is an error.
    columns: Vec<Column>,
}

impl Layout {
    /// Reads the header row. `headers` are (column index, header text).
    /// Errors are about the sheet as a whole: a header that names no field
    /// of the template, a header used twice, headers that cannot both hold.
    pub fn new(
        sheet: Option<String>,
        headers: Vec<(usize, String)>,
        schema: &Value,
        meta_fields: &[&str],
    ) -> Result<Self, InputError> {
        let mut columns: Vec<Column> = Vec::new();
        let at = |index: usize| cell_name(sheet.as_deref(), index, 1);
        for (index, header) in headers {
            let header = header.trim().trim_start_matches('\u{feff}').to_string();
            if header.is_empty() {
                continue;
            }
            let path: Vec<String> = header
                .trim_start_matches('/')
                .split('/')
                .map(|p| p.trim().to_string())
                .collect();
            if path.iter().any(String::is_empty) {
                return Err(InputError::ColumnName {
                    cell: at(index),
                    header,
                });
            }
            let is_meta = path.len() == 1 && meta_fields.contains(&path[0].as_str());
            let target = if is_meta {
                None
            } else {
                let parts: Vec<&str> = path.iter().map(String::as_str).collect();
                match lookup(schema, schema, &parts) {
                    Lookup::Found(s) => Some(s),
                    Lookup::Open => None,
                    Lookup::Unknown(known) => {
                        return Err(InputError::UnknownColumn {
                            cell: at(index),
                            header,
                            known,
                        });
                    }
                }
            };
            let pointer = format!(
                "/{}",
                path.iter()
                    .map(|p| crate::templates::pointer_token(p))
                    .collect::<Vec<_>>()
                    .join("/")
            );
            if let Some(other) = columns.iter().find(|c| {
                c.pointer == pointer
                    || pointer.starts_with(&format!("{}/", c.pointer))
                    || c.pointer.starts_with(&format!("{pointer}/"))
            }) {
                return Err(InputError::OverlappingColumn {
                    cell: at(index),
                    header,
                    other: column_letter(other.index),
                    other_header: other.header.clone(),
                });
            }
            columns.push(Column {
                index,
                kind: CellKind::of(target),
                header,
                path,
                pointer,
            });
        }
        Ok(Self { sheet, columns })
    }

    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The index of the column headed `header`, if the file has one.
    pub fn index_of(&self, header: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.header == header)
            .map(|c| c.index)
    }

    /// `Blad1!D7` (xlsx) or `D7` (CSV).
    pub fn cell(&self, index: usize, row: usize) -> String {
        cell_name(self.sheet.as_deref(), index, row)
    }

    /// Builds one case from a row's cells (column index, cell); `lost`
    /// flags text the file's encoding could not hold. All bad cells of the
    /// row are reported at once.
    pub fn case(
        &self,
        row: usize,
        cells: impl IntoIterator<Item = (usize, Cell)>,
        decimal: DecimalSeparator,
        lost: &dyn Fn(&str) -> Option<FieldError>,
    ) -> Result<Value, Vec<CellError>> {
        let mut case = Value::Object(Map::new());
        let mut errors = Vec::new();
        for (index, cell) in cells {
            if cell == Cell::Empty || matches!(&cell, Cell::Text(t) if t.trim().is_empty()) {
                continue;
            }
            let Some(column) = self.columns.iter().find(|c| c.index == index) else {
                errors.push(CellError {
                    error: cell_error(
                        ErrorCode::CellNoHeader,
                        "this column has no name in the header row; name it or leave it empty",
                    ),
                    cell: Some(self.cell(index, row)),
                    column: None,
                });
                continue;
            };
            let error = |e: FieldError| CellError {
                error: e.at(column.pointer.clone()),
                cell: Some(self.cell(index, row)),
                column: Some(column.header.clone()),
            };
            if let Cell::Text(text) = &cell
                && let Some(e) = lost(text)
            {
                errors.push(error(e));
                continue;
            }
            match typed(cell, column.kind, decimal) {
                Ok(None) => {}
                Ok(Some(value)) => {
                    let path: Vec<&str> = column.path.iter().map(String::as_str).collect();
                    if let Err(message) = insert(&mut case, &path, value) {
                        errors.push(error(message));
                    }
                }
                Err(message) => errors.push(error(message)),
            }
        }
        if errors.is_empty() {
            Ok(case)
        } else {
            Err(errors)
        }
    }

    /// Where a schema error sits in row `row`: the cell of the field's
    /// column, or of the first column inside it; for a missing field, the
    /// column it needs. Returns (cell, column header).
    pub fn locate(&self, error: &FieldError, row: usize) -> (Option<String>, Option<String>) {
        let pointer = error.pointer.as_str();
        let found = |p: &str| {
            self.columns.iter().find(|c| c.pointer == p).or_else(|| {
                self.columns
                    .iter()
                    .find(|c| c.pointer.starts_with(&format!("{p}/")))
            })
        };
        // A required field without a column: name the column to add.
        if error.code == ErrorCode::Required.as_str() {
            return match found(pointer) {
                Some(c) => (Some(self.cell(c.index, row)), Some(c.header.clone())),
                None => (None, Some(pointer.trim_start_matches('/').to_string())),
            };
        }
        match found(pointer).filter(|_| !pointer.is_empty()) {
            Some(c) => (Some(self.cell(c.index, row)), Some(c.header.clone())),
            None => (None, None),
        }
    }
}

fn cell_name(sheet: Option<&str>, index: usize, row: usize) -> String {
    let cell = format!("{}{row}", column_letter(index));
    match sheet {
        // Excel quotes sheet names with spaces or punctuation: 'Ronde 1'!D7.
        Some(s) if s.chars().all(|c| c.is_alphanumeric() || c == '_') => format!("{s}!{cell}"),
        Some(s) => format!("'{}'!{cell}", s.replace('\'', "''")),
        None => cell,
    }
}

enum Lookup<'a> {
    Found(&'a Value),
    /// Inside an object that allows any property: no schema to type by.
    Open,
    /// Not a field; the fields there, if the schema lists them.
    Unknown(Option<String>),
}

/// The schema of the value at `path`, following `$ref`, `properties` and `items`.
fn lookup<'a>(root: &'a Value, schema: &'a Value, path: &[&str]) -> Lookup<'a> {
    let Some(schema) = resolve(root, schema) else {
        return Lookup::Open;
    };
    let Some((first, rest)) = path.split_first() else {
        return Lookup::Found(schema);
    };
    if first.parse::<usize>().is_ok()
        && let Some(items) = schema.get("items")
    {
        return lookup(root, items, rest);
    }
    match schema.get("properties").and_then(|p| p.get(*first)) {
        Some(next) => lookup(root, next, rest),
        None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => Lookup::Unknown(
            schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().map(String::as_str).collect::<Vec<_>>().join(", ")),
        ),
        None if schema.get("type").and_then(Value::as_str) == Some("array") => {
            Lookup::Unknown(Some("list items are numbered from 0".into()))
        }
        None => Lookup::Open,
    }
}

/// The schema at `path` (`None` when the schema says nothing about it).
pub fn schema_at<'a>(root: &'a Value, path: &[&str]) -> Option<&'a Value> {
    match lookup(root, root, path) {
        Lookup::Found(s) => Some(s),
        _ => None,
    }
}

pub fn resolve<'a>(root: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(root, root.pointer(r.strip_prefix('#')?)?),
        None => Some(schema),
    }
}

/// Sets `value` at `path`, creating objects and arrays on the way.
fn insert(target: &mut Value, path: &[&str], value: Value) -> Result<(), FieldError> {
    let Some((first, rest)) = path.split_first() else {
        *target = value;
        return Ok(());
    };
    let next_is_index = rest.first().is_some_and(|r| r.parse::<usize>().is_ok());
    let empty = || {
        if next_is_index {
            Value::Array(Vec::new())
        } else {
            Value::Object(Map::new())
        }
    };
    let slot = match (target, first.parse::<usize>()) {
        (Value::Array(items), Ok(i)) => {
            if i > items.len() {
                return Err(cell_error(
                    ErrorCode::CellListGap,
                    format!(
                        "list item {} is filled but item {} is empty; fill lists from item 0 on",
                        i,
                        items.len()
                    ),
                )
                // Staff count from 1, as the form's "Afspraak 1" does.
                .param("item", items.len() + 1));
            }
            if i == items.len() {
                items.push(empty());
            }
            &mut items[i]
        }
        (Value::Object(map), _) => map.entry(first.to_string()).or_insert_with(empty),
        _ => {
            return Err(cell_error(
                ErrorCode::CellNotHere,
                "this field cannot be set here",
            ));
        }
    };
    insert(slot, rest, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalSeparator::{Comma, Point};

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        let cases = [
            ("1234,56", Comma, Some(1234.56)),
            ("1.234,56", Comma, Some(1234.56)),
            ("€ 1.234,56", Comma, Some(1234.56)),
            ("€\u{a0}812,30", Comma, Some(812.3)),
            ("1.234", Comma, Some(1234.0)),
            ("1.234", Point, Some(1.234)),
            ("1,234", Point, Some(1234.0)),
            ("1,234", Comma, Some(1.234)),
            ("1234,5", Point, Some(1234.5)),
            ("0.75", Comma, Some(0.75)),
            ("1,234,567.5", Comma, Some(1234567.5)),
            ("1.234.567", Comma, Some(1234567.0)),
            ("-3", Comma, Some(-3.0)),
            ("12.34.5", Comma, None),
            ("1.23,4", Comma, None),
            ("12a", Comma, None),
            ("", Comma, None),
            (",5", Comma, None),
        ];
        for (text, decimal, expected) in cases {
            assert_eq!(parse_number(text, decimal), expected, "{text} ({decimal})");
        }
    }

    #[test]
    fn dates_and_times_as_spreadsheets_write_them() {
        assert_eq!(parse_date("23-11-2026"), Some((2026, 11, 23)));
        assert_eq!(parse_date("1-2-2026"), Some((2026, 2, 1)));
        assert_eq!(parse_date("23/11/2026"), Some((2026, 11, 23)));
        assert_eq!(parse_date("23-11-26"), Some((2026, 11, 23)));
        assert_eq!(parse_date("23-11-45"), Some((1945, 11, 23)));
        assert_eq!(parse_date("2026-11-23"), Some((2026, 11, 23)));
        assert_eq!(parse_date("2026-11-23 00:00"), Some((2026, 11, 23)));
        assert_eq!(parse_date("2026-11-23T00:00:00"), Some((2026, 11, 23)));
        assert_eq!(parse_date("2026-11-23 10:00"), None);
        assert_eq!(parse_date("29-02-2026"), None);
        assert_eq!(parse_date("29-02-2028"), Some((2028, 2, 29)));
        assert_eq!(parse_date("morgen"), None);
        assert_eq!(parse_time("9:30"), Some((9, 30, 0)));
        assert_eq!(parse_time("09.30"), Some((9, 30, 0)));
        assert_eq!(parse_time("10:30:00"), Some((10, 30, 0)));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("930"), None);
    }

    #[test]
    fn cells_are_typed_by_the_schema() {
        let t = |cell, kind| typed(cell, kind, Comma);
        assert_eq!(t(Cell::Number(7.0), CellKind::Text), Ok(Some("7".into())));
        assert_eq!(
            t(Cell::Text(" 1234 CD ".into()), CellKind::Text),
            Ok(Some("1234 CD".into()))
        );
        assert_eq!(
            t(
                Cell::DateTime {
                    date: Some((2026, 11, 23)),
                    time: None
                },
                CellKind::Date
            ),
            Ok(Some("2026-11-23".into()))
        );
        assert_eq!(
            t(
                Cell::DateTime {
                    date: None,
                    time: Some((9, 30, 0))
                },
                CellKind::Time
            ),
            Ok(Some("09:30".into()))
        );
        assert_eq!(
            t(Cell::Text("WAAR".into()), CellKind::Boolean),
            Ok(Some(true.into()))
        );
        assert_eq!(
            t(Cell::Text("nee".into()), CellKind::Boolean),
            Ok(Some(false.into()))
        );
        assert_eq!(
            t(Cell::Bool(true), CellKind::Boolean),
            Ok(Some(true.into()))
        );
        assert_eq!(
            t(Cell::Text("3".into()), CellKind::Integer),
            Ok(Some(3.into()))
        );
        assert!(t(Cell::Number(2.5), CellKind::Integer).is_err());
        assert!(t(Cell::Number(46349.0), CellKind::Date).is_err());
        let excel = t(Cell::Error("#N/A".into()), CellKind::Text).unwrap_err();
        assert!(excel.message.contains("#N/A"));
        assert_eq!(excel.code, "cell-spreadsheet-error");
        // Messages never repeat the value.
        let secret = "Geheim 12";
        for kind in [
            CellKind::Date,
            CellKind::Time,
            CellKind::Number,
            CellKind::Boolean,
            CellKind::Json,
        ] {
            let error = t(Cell::Text(secret.into()), kind).unwrap_err();
            assert!(!error.message.contains("Geheim"), "{error:?}");
            assert!(error.code.starts_with("cell-"), "{error:?}");
        }
        assert_eq!(t(Cell::Text("  ".into()), CellKind::Number), Ok(None));
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(3), "D");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
        assert_eq!(cell_name(Some("Blad1"), 3, 7), "Blad1!D7");
        assert_eq!(cell_name(Some("Ronde 1"), 0, 2), "'Ronde 1'!A2");
    }
}
