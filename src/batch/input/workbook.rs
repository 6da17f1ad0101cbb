//! `.xlsx` workbooks, read with `calamine`: the first visible sheet (or one
//! chosen by name), its first row the column paths, each later row a case.
//! Cells keep their spreadsheet type (a date cell is a date, a number a
//! number), and the schema decides what the case gets ([`super::cells`]).
//!
//! Cells are read one by one from the sheet's XML rather than as a
//! rectangle, so a stray cell far down a sheet costs nothing.

use std::io::Cursor;
use std::sync::Arc;

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};
use serde_json::Value;

use super::cells::{Cell, DecimalSeparator, Layout, number_text};
use super::{InputError, InputOptions, MetaFields, RawCase, RowSource, Table, bad_row};

fn cell(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let value = dt.as_f64();
            let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
            // Round to the minute: a typed 10:30 may be stored as 10:29:59.999.
            let seconds =
                u32::from(h) * 3600 + u32::from(mi) * 60 + u32::from(s) + u32::from(ms >= 500);
            let minutes = (seconds + 30) / 60;
            // Serial 0 is Excel's date-less time; a whole serial is a date at midnight.
            let date = (value >= 1.0).then_some((i32::from(y), u32::from(mo), u32::from(d)));
            let time = (minutes % (24 * 60) != 0 || value < 1.0).then_some((
                (minutes / 60) % 24,
                minutes % 60,
                0,
            ));
            Cell::DateTime { date, time }
        }
        // A duration (`[h]:mm`) is no clock time; give it as text.
        DataRef::DateTime(dt) => Cell::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
    }
}

fn header_text(data: &DataRef<'_>) -> String {
    match cell(data) {
        Cell::Text(s) => s,
        Cell::Number(n) => number_text(n),
        _ => String::new(),
    }
}

/// What a workbook's parts may unpack to. An xlsx is a ZIP of XML; one that
/// claims more is refused before it is read (a ZIP bomb sent to the batch
/// endpoint would otherwise fill the server's memory).
const MAX_UNPACKED: u64 = 512 * 1024 * 1024;

fn check_unpacked_size(bytes: &[u8], limit: u64) -> Result<(), InputError> {
    let broken = |e: zip::result::ZipError| InputError::Workbook(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        total = total.saturating_add(zip.by_index_raw(i).map_err(broken)?.size());
    }
    if total > limit {
        return Err(InputError::Workbook(format!(
            "it unpacks to {} MiB, more than the {} MiB this reader accepts; split it",
            total >> 20,
            limit >> 20
        )));
    }
    Ok(())
}

pub fn read(
    bytes: &[u8],
    options: &InputOptions,
    schema: &Value,
    meta: MetaFields<'_>,
) -> Result<Table, InputError> {
    check_unpacked_size(bytes, MAX_UNPACKED)?;
    let mut book: Xlsx<Cursor<&[u8]>> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| InputError::Workbook(e.to_string()))?;
    let sheets = book.sheets_metadata().to_vec();
    let name = match &options.sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| &s.name == wanted)
            .or_else(|| sheets.iter().find(|s| s.name.eq_ignore_ascii_case(wanted)))
            .map(|s| s.name.clone())
            .ok_or_else(|| InputError::NoSuchSheet {
                name: wanted.clone(),
                sheets: sheets
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?,
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .or_else(|| sheets.first())
            .map(|s| s.name.clone())
            .ok_or(InputError::Empty)?,
    };
    let decimal = options.decimal.unwrap_or(DecimalSeparator::Comma);
    let broken = |e: calamine::XlsxError| InputError::Workbook(format!("sheet `{name}`: {e}"));
    let mut reader = book.worksheet_cells_reader(&name).map_err(broken)?;

    // Cells come row by row; gather one row, then turn it into a case.
    let mut rows: Vec<(usize, Vec<(usize, Cell)>)> = Vec::new();
    let mut header: Option<(usize, Vec<(usize, String)>)> = None;
    while let Some(c) = reader.next_cell().map_err(broken)? {
        let (r, col) = c.get_position();
        let (r, col) = (r as usize + 1, col as usize);
        let value = c.get_value();
        match &mut header {
            None => {
                if !matches!(value, DataRef::Empty) {
                    header = Some((r, vec![(col, header_text(value))]));
                }
            }
            Some((header_row, headers)) if *header_row == r => {
                headers.push((col, header_text(value)));
            }
            Some(_) => {
                let cell = cell(value);
                if cell == Cell::Empty {
                    continue;
                }
                match rows.last_mut() {
                    Some((row, cells)) if *row == r => cells.push((col, cell)),
                    _ => rows.push((r, vec![(col, cell)])),
                }
            }
        }
    }
    let Some((_, headers)) = header else {
        return Err(InputError::Empty);
    };
    let layout = Arc::new(Layout::new(
        Some(name.clone()),
        headers,
        schema,
        &meta.names(),
    )?);
    let id_column = layout.index_of(meta.id);

    let no_loss = |_: &str| None;
    let cases = rows
        .into_iter()
        .filter(|(_, cells)| {
            cells
                .iter()
                .any(|(_, c)| !matches!(c, Cell::Text(t) if t.trim().is_empty()))
        })
        .map(|(row, cells)| {
            let source = RowSource {
                layout: layout.clone(),
                row,
            };
            let id = id_column.and_then(|i| {
                cells
                    .iter()
                    .find(|(c, _)| *c == i)
                    .and_then(|(_, cell)| match cell {
                        Cell::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
                        Cell::Number(n) => Some(number_text(*n)),
                        _ => None,
                    })
            });
            match layout.case(row, cells, decimal, &no_loss) {
                Ok(value) => RawCase::Row {
                    line: row,
                    value,
                    source,
                },
                Err(errors) => bad_row(row, &source, id, errors),
            }
        })
        .collect();
    Ok(Table {
        cases,
        description: format!("xlsx: sheet `{name}`"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbooks_that_unpack_too_far_are_refused() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for row in 0..200 {
            sheet.write_string(row, 0, "x".repeat(200)).unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        assert!(check_unpacked_size(&bytes, MAX_UNPACKED).is_ok());
        let refused = check_unpacked_size(&bytes, 4096).unwrap_err().to_string();
        assert!(refused.contains("unpacks to"), "{refused}");
        assert!(check_unpacked_size(b"id;lang", MAX_UNPACKED).is_err());
    }
}
