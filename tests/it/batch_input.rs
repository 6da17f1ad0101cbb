//! Batch input as offices make it: CSV as a Dutch Excel saves it (semicolons,
//! decimal commas, windows-1252, or UTF-8 with a byte order mark), xlsx
//! workbooks with date and number cells, and the template sheet round trip.
//! The files are written with spreadsheet libraries (the `csv` crate with
//! `encoding_rs`, `rust_xlsxwriter`) the way Excel writes them, and every
//! letter is read back from its PDF.

use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::{Value, json};

use crate::util::*;

/// The leaf fields of a case as (path, value), e.g. (`recipient/address/0`, "Lindelaan 12").
pub fn flatten(value: &Value) -> Vec<(String, Value)> {
    fn walk(value: &Value, path: &mut Vec<String>, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    path.push(k.clone());
                    walk(v, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(v, path, out);
                    path.pop();
                }
            }
            leaf => out.push((path.join("/"), leaf.clone())),
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-'
}

/// A value as a Dutch Excel shows it, and so writes it into a CSV: dates
/// `23-11-2026`, numbers with a decimal comma, amounts `€ 1.958,34`,
/// booleans `WAAR`/`ONWAAR`.
pub fn dutch_excel_text(path: &str, value: &Value) -> String {
    match value {
        Value::String(s) if is_iso_date(s) => {
            let (y, md) = s.split_at(4);
            let (m, d) = (&md[1..3], &md[4..6]);
            format!(
                "{}-{}-{y}",
                d.trim_start_matches('0'),
                m.trim_start_matches('0')
            )
        }
        Value::String(s) => s.clone(),
        Value::Number(n) if path.ends_with("norm") => {
            let cents = (n.as_f64().unwrap() * 100.0).round() as i64;
            let euros = cents / 100;
            let grouped = if euros >= 1000 {
                format!("{}.{:03}", euros / 1000, euros % 1000)
            } else {
                euros.to_string()
            };
            format!("€ {grouped},{:02}", cents % 100)
        }
        Value::Number(n) => n.to_string().replace('.', ","),
        Value::Bool(true) => "WAAR".into(),
        Value::Bool(false) => "ONWAAR".into(),
        _ => String::new(),
    }
}

/// The cases as rows under one header: the union of their fields, `id` and
/// `lang` first.
pub fn table(cases: &[Value]) -> (Vec<String>, Vec<BTreeMap<String, Value>>) {
    let mut header = vec!["id".to_string(), "lang".to_string()];
    let rows: Vec<BTreeMap<String, Value>> = cases
        .iter()
        .map(|c| flatten(c).into_iter().collect())
        .collect();
    for case in cases {
        for (path, _) in flatten(case) {
            if !header.contains(&path) {
                header.push(path);
            }
        }
    }
    (header, rows)
}

/// A CSV as Excel writes it: `;`, CRLF, cells as Excel shows them.
pub fn excel_csv(cases: &[Value]) -> String {
    let (header, rows) = table(cases);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for row in &rows {
        writer
            .write_record(header.iter().map(|h| {
                row.get(h)
                    .map(|v| dutch_excel_text(h, v))
                    .unwrap_or_default()
            }))
            .unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// Text in an ANSI code page as Excel saves it: a letter the code page
/// cannot hold becomes `?` (encoding_rs would write `&#351;`).
pub fn excel_ansi(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let (bytes, _, unmappable) = encoding.encode(c.encode_utf8(&mut buf));
        if unmappable {
            out.push(b'?');
        } else {
            out.extend_from_slice(&bytes);
        }
    }
    out
}

pub fn case(template: &str, id: &str, lang: &str, edit: impl FnOnce(&mut Value)) -> Value {
    let mut case = example(template);
    case["id"] = json!(id);
    case["lang"] = json!(lang);
    edit(&mut case);
    case
}

fn letter_text(out: &Path, name: &str) -> String {
    let bytes = std::fs::read(out.join(name)).unwrap_or_else(|e| {
        let written: Vec<_> = std::fs::read_dir(out)
            .map(|d| d.flatten().map(|e| e.file_name()).collect())
            .unwrap_or_default();
        panic!("{name} was not written ({e}); written: {written:?}")
    });
    pdf_text(&bytes)
}

fn errors(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("errors.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn pdf_count(out: &Path) -> usize {
    std::fs::read_dir(out)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "pdf")
        })
        .count()
}

fn batch(dir: &Path, template: &str, input: &str, more: &[&str]) -> (i32, String) {
    batch_to(dir, template, input, "out", more)
}

fn batch_to(dir: &Path, template: &str, input: &str, out: &str, more: &[&str]) -> (i32, String) {
    let mut args = vec!["batch", template, "--input", input, "--out", out];
    args.extend_from_slice(more);
    let (code, _, err) = eigentaal(&args, b"", dir);
    (code, err)
}

/// The column letter of `header` in a table made by [`table`].
fn column_of(cases: &[Value], header: &str) -> String {
    let (headers, _) = table(cases);
    let i = headers.iter().position(|h| h == header).unwrap();
    let mut n = i + 1;
    let mut letters = String::new();
    while n > 0 {
        letters.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
        n = (n - 1) / 26;
    }
    letters
}

#[test]
fn semicolon_csv_in_windows_1252_with_decimal_commas() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        case("beschikking", "b1", "nl", |c| {
            c["recipient"]["name"] = json!("José Müller");
            c["recipient"]["family_name"] = json!("Müller");
        }),
        case("beschikking", "b2", "ar", |c| {
            c["recipient"]["name"] = json!("Zoë Ëlberg-Françoise");
            c["recipient"]["family_name"] = json!("Ëlberg-Françoise");
        }),
        // windows-1252 has no ş or ı: Excel writes `Ay?e Y?lmaz`.
        case("beschikking", "b3", "nl", |c| {
            c["recipient"]["name"] = json!("Ayşe Yılmaz");
            c["recipient"]["family_name"] = json!("Yılmaz");
        }),
    ];
    let csv = excel_csv(&cases);
    assert!(csv.contains("€ 1.958,34;") && csv.contains(";812,3;") && csv.contains(";13-11-2026;"));
    std::fs::write(
        dir.path().join("bijstand.csv"),
        excel_ansi(&csv, encoding_rs::WINDOWS_1252),
    )
    .unwrap();

    let (code, err) = batch(
        dir.path(),
        "beschikking",
        "bijstand.csv",
        &["--with", "nl", "--accept-unreviewed"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(
            "reading bijstand.csv as CSV: `;`-separated, windows-1252 (detected), decimal comma"
        ),
        "{err}"
    );
    assert!(err.contains("2 rendered, 1 failed"), "{err}");
    let out = dir.path().join("out");
    let dutch = letter_text(&out, "beschikking-b1-nl.pdf");
    assert!(dutch.contains("José Müller"), "{dutch}");
    assert!(
        dutch.contains("€ 1.958,34"),
        "the amount read with its decimal comma:\n{dutch}"
    );
    assert!(dutch.contains("€ 812,30"), "{dutch}");
    assert!(dutch.contains("13 november 2026"), "{dutch}");
    let bilingual = letter_text(&out, "beschikking-b2-ar-nl.pdf");
    assert!(bilingual.contains("Zoë Ëlberg-Françoise"), "{bilingual}");
    assert!(has_script(&bilingual, ARABIC));

    let errors = errors(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(
        (e["line"].clone(), e["row"].clone(), e["id"].clone()),
        (json!(4), json!(4), json!("b3"))
    );
    assert_eq!(e["kind"], "invalid-cell");
    let name = e["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["pointer"] == "/recipient/name")
        .unwrap();
    assert_eq!(name["column"], "recipient/name");
    assert_eq!(
        name["cell"],
        format!("{}4", column_of(&cases, "recipient/name"))
    );
    let message = name["message"].as_str().unwrap();
    assert!(
        message.contains("windows-1252") && message.contains("CSV UTF-8"),
        "{message}"
    );
    assert!(
        !e.to_string().contains("Ay?e"),
        "no case values in the report: {e}"
    );
}

#[test]
fn utf8_csv_with_a_byte_order_mark_keeps_every_script() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        case("afspraken", "a1", "nl", |c| {
            c["recipient"]["name"] = json!("Ayşe Yılmaz");
            c["agreements"][1]["note"] = json!("Samen met Şükrü; daarna bellen");
        }),
        case("afspraken", "a2", "ar", |c| {
            c["recipient"]["name"] = json!("Mohammed Al-Khatib");
            c["agreements"][1]["note"] = json!("مع يوسف، متطوع");
        }),
    ];
    // Excel's "CSV UTF-8": a byte order mark, then the same semicolons.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(excel_csv(&cases).as_bytes());
    std::fs::write(dir.path().join("afspraken.csv"), bytes).unwrap();

    let (code, err) = batch(dir.path(), "afspraken", "afspraken.csv", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("`;`-separated, UTF-8 (byte order mark)"),
        "{err}"
    );
    let out = dir.path().join("out");
    let nl = letter_text(&out, "afspraken-a1-nl.pdf");
    assert!(nl.contains("Ayşe Yılmaz"), "{nl}");
    assert!(
        nl.contains("Samen met Şükrü; daarna bellen"),
        "a quoted `;` stays in the cell:\n{nl}"
    );
    let ar = letter_text(&out, "afspraken-a2-ar.pdf");
    assert!(contains_squashed(&ar, "مع يوسف، متطوع"), "{ar}");
}

#[test]
fn unicode_text_from_excel_is_tab_separated_utf16() {
    // Excel's "Unicode-tekst (*.txt)": UTF-16LE with a byte order mark, tabs.
    let dir = tempfile::tempdir().unwrap();
    let cases = [case("afspraken", "u1", "nl", |c| {
        c["recipient"]["name"] = json!("Oleksandr Kovalenko-Şahin");
    })];
    let text = excel_csv(&cases).replace(';', "\t");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(dir.path().join("export.txt"), bytes).unwrap();
    let (code, err) = batch(dir.path(), "afspraken", "export.txt", &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("tab-separated, UTF-16LE (byte order mark)"),
        "{err}"
    );
    assert!(
        letter_text(&dir.path().join("out"), "afspraken-u1-nl.pdf").contains("Kovalenko-Şahin")
    );
}

#[test]
fn code_pages_of_other_windows_are_detected_or_chosen() {
    // CSVs from Excel on a Turkish, Arabic and Ukrainian Windows: ş and ı
    // are bytes windows-1252 would show as þ and ý; Arabic and Cyrillic as
    // rows of accented Latin letters.
    let dir = tempfile::tempdir().unwrap();
    for (file, encoding, note, expected) in [
        (
            "tr.csv",
            encoding_rs::WINDOWS_1254,
            "Kardeşi Barış ve İpek de gelecek",
            "windows-1254 (detected)",
        ),
        (
            "ar.csv",
            encoding_rs::WINDOWS_1256,
            "مع يوسف، متطوع",
            "windows-1256 (detected)",
        ),
        (
            "uk.csv",
            encoding_rs::WINDOWS_1251,
            "Разом з Оленою",
            "windows-1251 (detected)",
        ),
    ] {
        let cases = [case("afspraken", "t1", "nl", |c| {
            c["recipient"]["name"] = json!("Ayşe Yılmaz");
            c["agreements"][1]["note"] = json!(note);
        })];
        let mut text = excel_csv(&cases);
        if encoding != encoding_rs::WINDOWS_1254 {
            text = text.replace("Ayşe Yılmaz", "Amina Haddad");
        }
        std::fs::write(dir.path().join(file), excel_ansi(&text, encoding)).unwrap();
        let out = format!("out-{file}");
        let (code, err) = batch_to(dir.path(), "afspraken", file, &out, &[]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains(expected), "{err}");
        let letter = letter_text(&dir.path().join(&out), "afspraken-t1-nl.pdf");
        // Word by word: pdftotext orders right-to-left words in a Dutch line its own way.
        for word in note.split([' ', '،']).filter(|w| !w.is_empty()) {
            assert!(contains_squashed(&letter, word), "{file}: {word}\n{letter}");
        }
    }
    let letter = letter_text(&dir.path().join("out-tr.csv"), "afspraken-t1-nl.pdf");
    assert!(letter.contains("Ayşe Yılmaz"), "{letter}");

    // Chosen, the encoding is used as given.
    let (code, err) = batch_to(
        dir.path(),
        "afspraken",
        "tr.csv",
        "chosen",
        &["--encoding", "windows-1254"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("windows-1254 (chosen)"), "{err}");
    let (code, err) = batch(
        dir.path(),
        "afspraken",
        "tr.csv",
        &["--encoding", "klingon"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not an encoding"), "{err}");
}

/// An xlsx as Excel saves one: a notes sheet first, the data on `Blad1`,
/// dates as date cells, amounts as currency cells, text as text.
fn beschikking_workbook(cases: &[Value]) -> Vec<u8> {
    let (header, rows) = table(cases);
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Uitleg").unwrap();
    notes.write_string(0, 0, "Eén rij per brief.").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Blad1").unwrap();
    let date = Format::new().set_num_format("d-m-yyyy");
    let money = Format::new().set_num_format("€ #,##0.00");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, h) in header.iter().enumerate() {
            let c = c as u16;
            match row.get(h) {
                Some(Value::String(s)) if is_iso_date(s) => {
                    let d = ExcelDateTime::parse_from_str(s).unwrap();
                    sheet.write_datetime_with_format(r, c, &d, &date).unwrap();
                }
                Some(Value::String(s)) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                Some(Value::Number(n)) => {
                    sheet
                        .write_number_with_format(r, c, n.as_f64().unwrap(), &money)
                        .unwrap();
                }
                Some(Value::Bool(b)) => {
                    sheet.write_boolean(r, c, *b).unwrap();
                }
                _ => {}
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn xlsx_with_dates_and_amounts_and_cells_named_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        case("beschikking", "x1", "nl", |c| {
            c["recipient"]["name"] = json!("Zoë de Vries");
            c["assistance"]["norm"] = json!(2043.5);
        }),
        case("beschikking", "x2", "uk", |c| {
            c["recipient"]["name"] = json!("Olena Shevchenko");
            c["letter_date"] = json!("2026-12-01");
            c["dispatch_date"] = json!("2026-12-01");
        }),
        // A typed text where a date belongs: the reader names the cell.
        case("beschikking", "x3", "nl", |c| {
            c["letter_date"] = json!("morgen")
        }),
        // A code the schema does not know: validation names the cell too.
        case("beschikking", "x4", "nl", |c| {
            c["decision"]["household"] = json!("stel")
        }),
    ];
    std::fs::write(dir.path().join("ronde.xlsx"), beschikking_workbook(&cases)).unwrap();

    let (code, err) = batch(
        dir.path(),
        "beschikking",
        "ronde.xlsx",
        &["--sheet", "Blad1", "--accept-unreviewed"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("reading ronde.xlsx as xlsx: sheet `Blad1`"),
        "{err}"
    );
    let out = dir.path().join("out");
    assert!(
        err.contains("2 rendered, 2 failed"),
        "{err}\n{:?}",
        std::fs::read_to_string(out.join("errors.ndjson"))
    );
    let first = letter_text(&out, "beschikking-x1-nl.pdf");
    assert!(
        first.contains("Zoë de Vries") && first.contains("€ 2.043,50"),
        "{first}"
    );
    assert!(first.contains("13 november 2026"), "{first}");
    let second = letter_text(&out, "beschikking-x2-uk-nl.pdf");
    assert!(
        has_script(&second, CYRILLIC) && second.contains("Olena Shevchenko"),
        "{second}"
    );
    assert!(second.contains("2026"), "{second}");

    let errors = errors(&out);
    let by_id = |id: &str| errors.iter().find(|e| e["id"] == id).unwrap();
    let date = by_id("x3");
    assert_eq!(
        (date["row"].clone(), date["sheet"].clone()),
        (json!(4), json!("Blad1"))
    );
    assert_eq!(date["kind"], "invalid-cell");
    assert_eq!(date["errors"][0]["pointer"], "/letter_date");
    assert_eq!(
        date["errors"][0]["cell"],
        format!("Blad1!{}4", column_of(&cases, "letter_date"))
    );
    assert!(
        date["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("is not a date")
    );
    let code = by_id("x4");
    assert_eq!(code["kind"], "invalid-case-data");
    assert_eq!(code["errors"][0]["pointer"], "/decision/household");
    assert_eq!(
        code["errors"][0]["cell"],
        format!("Blad1!{}5", column_of(&cases, "decision/household"))
    );

    // Without --sheet the first visible sheet is read: here the notes.
    let (code, err) = batch(
        dir.path(),
        "beschikking",
        "ronde.xlsx",
        &["--sheet", "Blad9"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("no sheet `Blad9`; its sheets are: Uitleg, Blad1"),
        "{err}"
    );
}

#[test]
fn xlsx_times_whole_numbers_and_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let cases = [case("uitnodiging", "i1", "nl", |c| {
        c["appointment"]["time"] = json!("09:30");
        c["appointment"]["duration_minutes"] = json!(45);
        c["interpreter_language"] = json!("ar");
    })];
    let (header, rows) = table(&cases);
    let date = Format::new().set_num_format("dd-mm-yyyy");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
        let c = c as u16;
        match (h.as_str(), rows[0].get(h)) {
            // A time cell, as Excel stores 9:30 typed into a cell.
            ("appointment/time", _) => {
                let t = ExcelDateTime::from_hms(9, 30, 0).unwrap();
                let format = Format::new().set_num_format("h:mm");
                sheet.write_datetime_with_format(1, c, &t, &format).unwrap();
            }
            // A formula: its last calculated value is read.
            ("appointment/duration_minutes", _) => {
                let sum = rust_xlsxwriter::Formula::new("=40+5").set_result("45");
                sheet.write_formula(1, c, sum).unwrap();
            }
            (_, Some(Value::String(s))) if is_iso_date(s) => {
                let d = ExcelDateTime::parse_from_str(s).unwrap();
                sheet.write_datetime_with_format(1, c, &d, &date).unwrap();
            }
            (_, Some(Value::String(s))) => {
                sheet.write_string(1, c, s).unwrap();
            }
            (_, Some(Value::Number(n))) => {
                sheet.write_number(1, c, n.as_f64().unwrap()).unwrap();
            }
            _ => {}
        }
    }
    std::fs::write(
        dir.path().join("uitnodigingen.xlsx"),
        book.save_to_buffer().unwrap(),
    )
    .unwrap();
    let (code, err) = batch(dir.path(), "uitnodiging", "uitnodigingen.xlsx", &[]);
    assert_eq!(code, 0, "{err}");
    let text = letter_text(&dir.path().join("out"), "uitnodiging-i1-nl.pdf");
    assert!(text.contains("09:30") || text.contains("9.30"), "{text}");
    assert!(text.contains("45 minuten"), "{text}");
    assert!(
        text.contains("Arabisch"),
        "the interpreter's language:\n{text}"
    );
}

/// A workbook with the rows of `rows` (as calamine read them) under `header`.
pub fn workbook_of(header: &[String], rows: &[Vec<calamine::Data>]) -> Vec<u8> {
    use calamine::Data;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd-mm-yyyy");
    let time = Format::new().set_num_format("hh:mm");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Data::String(s) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                Data::Float(f) => {
                    sheet.write_number(r, c, *f).unwrap();
                }
                Data::Int(i) => {
                    sheet.write_number(r, c, *i as f64).unwrap();
                }
                Data::Bool(b) => {
                    sheet.write_boolean(r, c, *b).unwrap();
                }
                Data::DateTime(dt) => {
                    let v = dt.as_f64();
                    let (y, mo, d, h, mi, _, _) = dt.to_ymd_hms_milli();
                    if v < 1.0 {
                        let t = ExcelDateTime::from_hms(h.into(), mi, 0).unwrap();
                        sheet.write_datetime_with_format(r, c, &t, &time).unwrap();
                    } else {
                        let t = ExcelDateTime::from_ymd(y, mo, d).unwrap();
                        sheet.write_datetime_with_format(r, c, &t, &date).unwrap();
                    }
                }
                _ => {}
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn template_sheet_round_trip_xlsx_and_csv() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = eigentaal(
        &[
            "batch",
            "--template-sheet",
            "afspraken",
            "-o",
            "afspraken.xlsx",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(dir.path().join("afspraken.xlsx")).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names()[0], "afspraken");
    let range = book.worksheet_range("afspraken").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..4], ["id", "lang", "reference", "letter_date"]);
    for path in [
        "recipient/name",
        "recipient/address/1",
        "agreements/4/note",
        "next_appointment/time",
    ] {
        assert!(header.iter().any(|h| h == path), "{path} in {header:?}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let example = &rows[1];
    assert!(
        matches!(example[col("letter_date")], Data::DateTime(_)),
        "a date cell"
    );
    assert_eq!(
        example[col("recipient/name")],
        Data::String("Amina Haddad".into())
    );

    // Staff fill two rows, starting from the example.
    let mut filled = Vec::new();
    for (id, lang, name) in [("1", "nl", "Fatima Yilmaz"), ("2", "ti", "Yonas Tesfay")] {
        let mut row = example.clone();
        row[col("id")] = Data::String(id.into());
        row[col("lang")] = Data::String(lang.into());
        row[col("recipient/name")] = Data::String(name.into());
        filled.push(row);
    }
    std::fs::write(
        dir.path().join("ingevuld.xlsx"),
        workbook_of(&header, &filled),
    )
    .unwrap();
    let (code, err) = batch(dir.path(), "afspraken", "ingevuld.xlsx", &[]);
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out");
    assert_eq!(pdf_count(&out), 2);
    assert!(letter_text(&out, "afspraken-1-nl.pdf").contains("Fatima Yilmaz"));
    let ti = letter_text(&out, "afspraken-2-ti.pdf");
    assert!(
        ti.contains("Yonas Tesfay") && has_script(&ti, ETHIOPIC),
        "{ti}"
    );

    // The CSV sheet: semicolons, a byte order mark, the example as row 2.
    let (code, _, err) = eigentaal(
        &[
            "batch",
            "--template-sheet",
            "afspraken",
            "-o",
            "afspraken.csv",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.path().join("afspraken.csv")).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte order mark for Excel");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("id;lang;reference;letter_date;"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("1;nl;AFS-2026-01873;23-11-2026;"),
        "{}",
        lines[1]
    );
    let second = lines[1]
        .replacen("1;nl;", "2;ar;", 1)
        .replace("Amina Haddad", "Fatima Yilmaz");
    std::fs::write(
        dir.path().join("ingevuld.csv"),
        format!("\u{feff}{}\r\n{}\r\n{second}\r\n", lines[0], lines[1]),
    )
    .unwrap();
    let (code, err) = batch_to(dir.path(), "afspraken", "ingevuld.csv", "csv-out", &[]);
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("csv-out");
    assert!(letter_text(&out, "afspraken-1-nl.pdf").contains("Amina Haddad"));
    assert!(letter_text(&out, "afspraken-2-ar.pdf").contains("Fatima Yilmaz"));
}

#[test]
fn a_column_that_is_not_a_field_stops_the_run_before_rendering() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("fout.csv"),
        "id;naam;recipient/name\r\n1;Amina;Amina Haddad\r\n",
    )
    .unwrap();
    let (code, err) = batch(dir.path(), "afspraken", "fout.csv", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("B1: the column `naam` is not a field of this letter"),
        "{err}"
    );
    assert!(!dir.path().join("out").join("afspraken-1-nl.pdf").exists());

    // An old Excel file (OLE, not Office Open XML) gets a hint, not garbage.
    let mut xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    xls.resize(4096, 0);
    std::fs::write(dir.path().join("oud.xls"), xls).unwrap();
    let (code, err) = batch(dir.path(), "afspraken", "oud.xls", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("not an .xlsx workbook") && err.contains("save it"),
        "{err}"
    );
}

#[test]
fn every_template_sheet_renders_its_example_unchanged() {
    // The sheet holds the whole example: the letter from its row (as xlsx
    // and as CSV) reads exactly as the example rendered directly.
    let dir = tempfile::tempdir().unwrap();
    for template in engine().templates().iter() {
        let name = template.name.as_str();
        let expected = pdf_text(&render(name, "nl", None, &template.example).pdf().unwrap());
        for ext in ["xlsx", "csv"] {
            let sheet = format!("{name}.{ext}");
            let (code, _, err) = eigentaal(
                &["batch", "--template-sheet", name, "-o", &sheet],
                b"",
                dir.path(),
            );
            assert_eq!(code, 0, "{err}");
            let out = format!("out-{name}-{ext}");
            let (code, err) = batch_to(dir.path(), name, &sheet, &out, &[]);
            assert_eq!(code, 0, "{sheet}: {err}");
            let text = letter_text(&dir.path().join(&out), &format!("{name}-1-nl.pdf"));
            assert_eq!(text, expected, "{sheet}");
        }
    }
}
