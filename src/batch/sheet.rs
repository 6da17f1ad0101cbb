//! A template's ready-to-fill spreadsheet (`eigentaal batch --template-sheet`,
//! `GET /v1/templates/{name}/sheet`): one column per field of the case,
//! headed by its path, and the template's example as the first row, so
//! staff start from a row that renders. Columns are typed as the reader
//! types them ([`super::input::cells`]): dates are dates, amounts numbers,
//! codes a choice from a list, and text stays text (Excel does not turn a
//! phone number or a reference into a number or a date).

use rust_xlsxwriter::{DataValidation, ExcelDateTime, Format, Formula, Workbook};
use serde_json::Value;

use super::input::MetaFields;
use super::input::cells::{self, CellKind};
use crate::templates::Template;

/// The two spreadsheet forms a template sheet is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Xlsx,
    /// Semicolon-separated UTF-8 with a byte order mark, CRLF, decimal
    /// comma: what a Dutch Excel opens with a double click.
    Csv,
}

impl SheetFormat {
    /// By the output file's extension: `.csv` or `.xlsx`.
    pub fn from_file_name(name: &str) -> Option<Self> {
        match name.rsplit_once('.')?.1.to_ascii_lowercase().as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Csv => "text/csv; charset=utf-8",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }
}

/// One column of a template sheet.
#[derive(Debug, Clone)]
pub struct SheetColumn {
    /// The path, e.g. `agreements/0/action`.
    pub header: String,
    pub kind: CellKind,
    /// The example's value here, if it has one.
    pub example: Option<Value>,
    /// The codes the field takes (an `enum`), offered as a list in Excel.
    pub choices: Vec<String>,
}

/// The columns of a template's sheet: the id and language columns, then
/// every field of the schema in the order `schema.json` gives them. A list
/// gets as many numbered columns as the example has items (at least its
/// minimum, at least one).
pub fn columns(template: &Template, meta: MetaFields<'_>, languages: &[&str]) -> Vec<SheetColumn> {
    let mut out = vec![
        SheetColumn {
            header: meta.id.to_string(),
            kind: CellKind::Text,
            example: Some(Value::from("1")),
            choices: Vec::new(),
        },
        SheetColumn {
            header: meta.lang.to_string(),
            kind: CellKind::Text,
            example: Some(Value::from(crate::l10n::REFERENCE)),
            choices: languages.iter().map(|l| l.to_string()).collect(),
        },
    ];
    walk(
        template,
        &template.schema,
        String::new(),
        &mut Vec::new(),
        Some(&template.example),
        &mut out,
    );
    out
}

fn walk(
    template: &Template,
    node: &Value,
    mut pointer: String,
    path: &mut Vec<String>,
    example: Option<&Value>,
    out: &mut Vec<SheetColumn>,
) {
    let root = &template.schema;
    let mut node = node;
    while let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let Some(target) = r.strip_prefix('#').and_then(|p| root.pointer(p)) else {
            return;
        };
        pointer = r.trim_start_matches('#').to_string();
        node = target;
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        let listed = format!("{pointer}/properties");
        let keys: Vec<String> = template
            .key_order(&listed)
            .map(<[String]>::to_vec)
            .unwrap_or_else(|| properties.keys().cloned().collect());
        for key in keys {
            let Some(child) = properties.get(&key) else {
                continue;
            };
            path.push(key.clone());
            let escaped = crate::templates::pointer_token(&key);
            walk(
                template,
                child,
                format!("{listed}/{escaped}"),
                path,
                example.and_then(|e| e.get(&key)),
                out,
            );
            path.pop();
        }
        return;
    }
    let is_array = node.get("type").and_then(Value::as_str) == Some("array");
    if let (true, Some(items)) = (is_array, node.get("items")) {
        let count = |key: &str| node.get(key).and_then(Value::as_u64).map(|n| n as usize);
        let given = example.and_then(Value::as_array).map_or(0, Vec::len);
        let n = given
            .max(count("minItems").unwrap_or(0))
            .max(1)
            .min(count("maxItems").unwrap_or(usize::MAX));
        for i in 0..n {
            path.push(i.to_string());
            walk(
                template,
                items,
                format!("{pointer}/items"),
                path,
                example.and_then(|e| e.get(i)),
                out,
            );
            path.pop();
        }
        return;
    }
    out.push(SheetColumn {
        header: path.join("/"),
        kind: CellKind::of(Some(node)),
        example: example.cloned(),
        choices: node
            .get("enum")
            .and_then(Value::as_array)
            .map(|e| {
                e.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
    });
}

/// The sheet as a file.
pub fn write(name: &str, columns: &[SheetColumn], format: SheetFormat) -> Result<Vec<u8>, String> {
    match format {
        SheetFormat::Xlsx => {
            xlsx(name, columns).map_err(|e| format!("failed to write the workbook: {e}"))
        }
        SheetFormat::Csv => csv(columns),
    }
}

/// A value as Dutch Excel writes it in a CSV.
fn csv_text(value: &Value, kind: CellKind) -> String {
    match (value, kind) {
        (Value::String(s), CellKind::Date) => cells::parse_date(s)
            .map(|(y, m, d)| format!("{d:02}-{m:02}-{y}"))
            .unwrap_or_else(|| s.clone()),
        (Value::String(s), _) => s.clone(),
        (Value::Number(n), _) => n.to_string().replace('.', ","),
        (Value::Bool(b), _) => (if *b { "ja" } else { "nee" }).to_string(),
        (Value::Null, _) => String::new(),
        (other, _) => other.to_string(),
    }
}

fn csv(columns: &[SheetColumn]) -> Result<Vec<u8>, String> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let fail = |e: ::csv::Error| format!("failed to write the CSV: {e}");
        writer
            .write_record(columns.iter().map(|c| c.header.as_str()))
            .map_err(fail)?;
        writer
            .write_record(columns.iter().map(|c| {
                c.example
                    .as_ref()
                    .map(|v| csv_text(v, c.kind))
                    .unwrap_or_default()
            }))
            .map_err(fail)?;
        writer
            .flush()
            .map_err(|e| format!("failed to write the CSV: {e}"))?;
    }
    Ok(out)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    if clean.is_empty() {
        "Blad1".into()
    } else {
        clean
    }
}

fn xlsx(name: &str, columns: &[SheetColumn]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    /// Rows a list of choices is offered on (Excel's last row).
    const LAST_ROW: u32 = 1_048_575;
    let mut book = Workbook::new();
    let header = Format::new().set_bold();
    let format_of = |kind: CellKind| match kind {
        CellKind::Text | CellKind::Json => Format::new().set_num_format("@"),
        CellKind::Date => Format::new().set_num_format("dd-mm-yyyy"),
        CellKind::Time => Format::new().set_num_format("hh:mm"),
        CellKind::Number => Format::new().set_num_format("#,##0.00"),
        CellKind::Integer => Format::new().set_num_format("0"),
        CellKind::Boolean => Format::new(),
    };
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(name))?;
    sheet.set_freeze_panes(1, 0)?;
    let mut lists: Vec<(u16, &SheetColumn)> = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        let col = i as u16;
        let format = format_of(column.kind);
        sheet.set_column_format(col, &format)?;
        let shown = column
            .example
            .as_ref()
            .map_or(0, |v| csv_text(v, column.kind).chars().count());
        let width = column.header.chars().count().max(shown).clamp(8, 40) + 2;
        sheet.set_column_width(col, width as f64)?;
        sheet.write_string_with_format(0, col, &column.header, &header)?;
        if let Some(value) = &column.example {
            match (column.kind, value) {
                (CellKind::Date, Value::String(s)) if cells::parse_date(s).is_some() => {
                    let (y, m, d) = cells::parse_date(s).expect("checked");
                    let date = ExcelDateTime::from_ymd(y as u16, m as u8, d as u8)?;
                    sheet.write_datetime_with_format(1, col, &date, &format)?;
                }
                (CellKind::Time, Value::String(s)) if cells::parse_time(s).is_some() => {
                    let (h, m, _) = cells::parse_time(s).expect("checked");
                    let time = ExcelDateTime::from_hms(h as u16, m as u8, 0)?;
                    sheet.write_datetime_with_format(1, col, &time, &format)?;
                }
                (CellKind::Number | CellKind::Integer, Value::Number(n)) => {
                    sheet.write_number_with_format(1, col, n.as_f64().unwrap_or(0.0), &format)?;
                }
                (_, value) => {
                    sheet.write_string_with_format(
                        1,
                        col,
                        csv_text(value, column.kind),
                        &format,
                    )?;
                }
            }
        }
        if column.kind == CellKind::Boolean {
            let yes_no = DataValidation::new()
                .allow_list_strings(&["ja", "nee"])?
                .set_error_title("Kies ja of nee")?
                .set_error_message("Vul ja of nee in.")?;
            sheet.add_data_validation(1, col, LAST_ROW, col, &yes_no)?;
        } else if !column.choices.is_empty() {
            lists.push((col, column));
        }
    }
    if !lists.is_empty() {
        // The codes live on a hidden second sheet: Excel limits a list
        // typed into a validation to 255 characters.
        let codes = book.add_worksheet();
        codes.set_name("keuzes")?;
        for (i, (_, column)) in lists.iter().enumerate() {
            let col = i as u16;
            codes.write_string(0, col, &column.header)?;
            for (r, code) in column.choices.iter().enumerate() {
                codes.write_string(r as u32 + 1, col, code)?;
            }
        }
        codes.set_hidden(true);
        let sheet = book.worksheet_from_index(0)?;
        for (i, (col, column)) in lists.iter().enumerate() {
            let letter = cells::column_letter(i);
            let list = DataValidation::new()
                .allow_list_formula(Formula::new(format!(
                    "=keuzes!${letter}$2:${letter}${}",
                    column.choices.len() + 1
                )))
                .set_error_title("Kies uit de lijst")?
                .set_error_message(
                    "Deze waarde kent de brief niet. Kies een waarde uit de lijst.",
                )?;
            sheet.add_data_validation(1, *col, LAST_ROW, *col, &list)?;
        }
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_dutch_excel_shows_them() {
        assert_eq!(
            csv_text(&Value::from("2026-11-23"), CellKind::Date),
            "23-11-2026"
        );
        assert_eq!(csv_text(&Value::from(1234.56), CellKind::Number), "1234,56");
        assert_eq!(csv_text(&Value::from(true), CellKind::Boolean), "ja");
        assert_eq!(sheet_name("plan-van-aanpak"), "plan-van-aanpak");
        assert_eq!(sheet_name("a/b[c]"), "abc");
    }
}
