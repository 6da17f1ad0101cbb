//! Many letters from one input: reading NDJSON, CSV or a workbook into
//! cases ([`input`]), taking the batch metadata (case id, language) out of
//! each case before schema validation, naming output files, the per-case
//! error report (with the spreadsheet cell of each error), and the
//! ready-to-fill spreadsheet of a template ([`sheet`]).
//!
//! `eigentaal batch` ([`runner`]) and the HTTP batch endpoint both use it;
//! they render through the same [`crate::render::Engine::render`] as single
//! letters.

// A `CaseFailure` is the report of one failed case, built at most once per
// case; boxing it would buy nothing.
#![allow(clippy::result_large_err)]

pub mod archive;
pub mod input;
pub mod runner;
pub mod sheet;
pub mod stop;

use std::collections::HashSet;

use serde::Serialize;
use serde_json::Value;

use crate::records::{Outcome, Recorder, Span};
use crate::render::{
    Engine, Format, Letter, PdfStandard, RenderError, RenderRequest, ReviewPolicy,
};
use crate::templates::FieldError;
use input::{RawCase, RowSource};

/// How to read a batch.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Language for every case, unless a case has `lang_field`.
    pub lang: Option<String>,
    /// Second edition for every case (bilingual), e.g. `nl`.
    pub with: Option<String>,
    /// Case field holding the case's language (taken out before validation).
    pub lang_field: String,
    /// Case field holding the case id used in file names (taken out before validation).
    pub id_field: String,
    /// Standards every PDF claims.
    pub standard: PdfStandard,
    /// Whether letters with unreviewed messages may go out (see
    /// [`Letter::check_review`]).
    pub review: ReviewPolicy,
    /// When filing in a zaak: the case field holding the zaak's URL (taken
    /// out before validation).
    pub zaak_field: Option<String>,
    /// The zaak of cases without that field.
    pub zaak: Option<String>,
    /// Write a processing record for every case rendered.
    pub records: Option<BatchRecords>,
    /// The time limit, and the flag that cancels the batch ([`stop`]).
    pub stop: stop::Stop,
}

/// Processing records of a batch: each case is an action of its own under
/// the batch's span (see [`crate::records`]).
#[derive(Debug, Clone)]
pub struct BatchRecords {
    pub recorder: std::sync::Arc<Recorder>,
    /// The batch's span; each case gets a child of it.
    pub span: Span,
    /// Who started the batch.
    pub actor: String,
    started: std::time::SystemTime,
}

impl BatchRecords {
    /// A batch starting now as the action `span`.
    pub fn start(recorder: std::sync::Arc<Recorder>, span: Span, actor: &str) -> Self {
        Self {
            recorder,
            span,
            actor: actor.to_string(),
            started: std::time::SystemTime::now(),
        }
    }

    /// Records the batch itself once it has ended: `render-batch`, no data
    /// subject (each case has its own record).
    pub fn finish(&self, engine: &Engine, template: &str, outcome: &Outcome) -> Result<(), String> {
        let template = engine
            .templates()
            .get(template)
            .map_err(|e| e.to_string())?;
        let mut action = self.recorder.action(
            "render-batch",
            self.span.clone(),
            &self.actor,
            template,
            &Value::Null,
        );
        action.start = self.started;
        self.recorder
            .record(&action, outcome)
            .map_err(|e| e.to_string())
    }
}

impl Default for BatchOptions {
    fn default() -> Self {
        Self {
            lang: None,
            with: None,
            lang_field: "lang".into(),
            id_field: "id".into(),
            standard: PdfStandard::default(),
            review: ReviewPolicy::default(),
            zaak_field: None,
            zaak: None,
            records: None,
            stop: stop::Stop::default(),
        }
    }
}

/// One case of a batch, with its metadata taken out.
#[derive(Debug, Clone)]
pub struct BatchCase {
    /// 1-based line number in the input.
    pub line: usize,
    pub id: String,
    pub lang: String,
    pub data: Value,
    /// The spreadsheet row the case came from (CSV, xlsx).
    pub source: Option<RowSource>,
    /// URL of the zaak to file the letter in (from `zaak_field`, else the
    /// batch's `zaak`).
    pub zaak: Option<String>,
}

impl BatchCase {
    /// This case failed: a row of `errors.ndjson`, placed in its input row.
    pub fn failure(&self, kind: &str, detail: impl Into<String>) -> CaseFailure {
        CaseFailure::new(self.line, Some(self.id.clone()), kind, detail)
            .in_row(self.source.as_ref())
    }

    /// The zaak to file this case's letter in; without one the letter is
    /// kept (written, or in the ZIP) but not filed.
    pub fn zaak_to_file_in(&self) -> Result<&str, CaseFailure> {
        self.zaak.as_deref().ok_or_else(|| {
            self.failure(
                "zgw-no-zaak",
                "the case names no zaak to file the letter in (its zaak field, or a zaak for the whole batch); the letter is kept but not filed",
            )
        })
    }
}

/// One failed case, as a row of `errors.ndjson`. Holds no case values.
#[derive(Debug, Clone, Serialize)]
pub struct CaseFailure {
    /// 1-based line of the input (for a workbook: its row).
    pub line: usize,
    /// The row as a spreadsheet numbers it, header = row 1 (CSV, xlsx).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The sheet of a workbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Short kind: `invalid-json`, `invalid-cell`, `invalid-case-data`,
    /// `unavailable-language`, ...
    pub kind: String,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<CellError>,
    /// The document a letter was stored as when it failed after storing
    /// (not linked to its zaak).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// One wrong field of a failed case: where in the case (JSON pointer),
/// what is wrong (English `message`, `code`, Dutch `text`) and, for a
/// spreadsheet, where in the sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellError {
    /// The field and what is wrong with it, without the value (it may be
    /// personal data).
    #[serde(flatten)]
    pub error: FieldError,
    /// The cell, e.g. `Blad1!D7` (xlsx) or `D7` (CSV).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// The column's header, e.g. `agreements/0/due`; for a missing field
    /// without a column, the column to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl CaseFailure {
    pub(crate) fn new(
        line: usize,
        id: Option<String>,
        kind: &str,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            line,
            row: None,
            sheet: None,
            id,
            kind: kind.into(),
            detail: detail.into(),
            errors: Vec::new(),
            document: None,
        }
    }

    /// The same failure, placed in the row it came from.
    /// Words the errors of this failure in Dutch for staff (their `text`),
    /// before it is written to `errors.ndjson`.
    pub fn describe(&mut self, engine: &Engine) {
        for e in &mut self.errors {
            engine.describe(std::slice::from_mut(&mut e.error));
        }
    }

    pub(crate) fn in_row(self, source: Option<&RowSource>) -> Self {
        match source {
            Some(s) => Self {
                row: Some(s.row),
                sheet: s.layout.sheet.clone(),
                ..self
            },
            None => self,
        }
    }
}

/// A raw case from the input as a case ready to render.
pub fn case_from_raw(raw: RawCase, options: &BatchOptions) -> Result<BatchCase, CaseFailure> {
    match raw {
        RawCase::Bad(failure) => Err(failure),
        RawCase::Json { line, text } => parse_line(line, &text, options)?
            .ok_or_else(|| CaseFailure::new(line, None, "invalid-json", "empty line")),
        RawCase::Row {
            line,
            value,
            source,
        } => {
            let mut case =
                parse_value(line, value, options).map_err(|f| f.in_row(Some(&source)))?;
            case.source = Some(source);
            Ok(case)
        }
    }
}

/// Parses one input line. `Ok(None)` for a blank line.
pub fn parse_line(
    line: usize,
    text: &str,
    options: &BatchOptions,
) -> Result<Option<BatchCase>, CaseFailure> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let data: Value = serde_json::from_str(text).map_err(|e| {
        CaseFailure::new(line, None, "invalid-json", format!("not valid JSON: {e}"))
    })?;
    parse_value(line, data, options).map(Some)
}

/// Takes the batch metadata (id, language) out of one parsed case.
pub fn parse_value(
    line: usize,
    mut data: Value,
    options: &BatchOptions,
) -> Result<BatchCase, CaseFailure> {
    let Some(object) = data.as_object_mut() else {
        return Err(CaseFailure::new(
            line,
            None,
            "invalid-json",
            "a case must be a JSON object",
        ));
    };
    let id = match object.remove(&options.id_field) {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None => line.to_string(),
        Some(_) => {
            return Err(CaseFailure::new(
                line,
                None,
                "invalid-case-data",
                format!(
                    "field `{}` (the case id) must be a string or a number",
                    options.id_field
                ),
            ));
        }
    };
    let lang = match object.remove(&options.lang_field) {
        Some(Value::String(s)) => s,
        None => match &options.lang {
            Some(lang) => lang.clone(),
            None => {
                return Err(CaseFailure::new(
                    line,
                    Some(id),
                    "missing-language",
                    format!(
                        "the case has no `{}` field and no default language was given",
                        options.lang_field
                    ),
                ));
            }
        },
        Some(_) => {
            return Err(CaseFailure::new(
                line,
                Some(id),
                "invalid-case-data",
                format!(
                    "field `{}` (the language) must be a string",
                    options.lang_field
                ),
            ));
        }
    };
    let zaak = match options.zaak_field.as_ref().map(|f| (f, object.remove(f))) {
        None | Some((_, None)) => options.zaak.clone(),
        Some((_, Some(Value::String(s)))) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some((field, Some(_))) => {
            return Err(CaseFailure::new(
                line,
                Some(id),
                "invalid-case-data",
                format!("field `{field}` (the zaak to file the letter in) must be the zaak's URL"),
            ));
        }
    };
    Ok(BatchCase {
        line,
        id,
        lang,
        data,
        source: None,
        zaak,
    })
}

/// A letter of a batch, rendered.
pub struct RenderedCase {
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// What filing it in a zaak needs to know.
    pub facts: crate::zgw::LetterFacts,
}

/// Renders one case to PDF, or explains why not (no case values in the
/// explanation). With records, the case's processing record is written
/// before the letter is returned; a letter whose record cannot be written
/// is not returned (`records-unavailable`).
pub fn render_pdf(
    engine: &Engine,
    template: &str,
    case: &BatchCase,
    options: &BatchOptions,
) -> Result<(Letter, Vec<u8>), CaseFailure> {
    let refused = |e: RenderError| match e {
        RenderError::InvalidData { errors, .. } => CaseFailure {
            errors: errors
                .into_iter()
                .map(|e| {
                    let (cell, column) = case
                        .source
                        .as_ref()
                        .map_or((None, None), |s| s.layout.locate(&e, s.row));
                    CellError {
                        error: e,
                        cell,
                        column,
                    }
                })
                .collect(),
            ..case.failure(
                "invalid-case-data",
                "the case does not match the template's schema",
            )
        },
        other => case.failure(other.kind(), other.to_string()),
    };
    let action = options.records.as_ref().and_then(|r| {
        let t = engine.templates().get(template).ok()?;
        let mut action =
            r.recorder
                .action("render-batch-case", r.span.child(), &r.actor, t, &case.data);
        action.batch_line = Some(case.line);
        Some((r, action))
    });
    let result = engine
        .render(&RenderRequest {
            template,
            lang: &case.lang,
            with: options.with.as_deref(),
            data: &case.data,
        })
        .and_then(|letter| {
            letter.check_review(options.review)?;
            let pdf = letter.pdf_as(options.standard)?;
            Ok((letter, pdf))
        });
    if let Some((records, action)) = action {
        let tags = result.as_ref().map(|(letter, _)| letter.tags.clone());
        if let Err(e) = records
            .recorder
            .record_render(action, tags.map_err(Outcome::of_error))
        {
            return Err(case.failure(
                "records-unavailable",
                format!("{e}; the letter is not handed out without its record"),
            ));
        }
    }
    result.map_err(refused)
}

/// The file names one batch has handed out, for the command line's batch
/// and the HTTP batch alike: a case whose letter would get a name another
/// case has is refused before it is rendered (`duplicate-id`).
#[derive(Debug, Default)]
pub struct FileNames(std::sync::Mutex<HashSet<String>>);

impl FileNames {
    /// Claims the file name of `case`'s letter (see [`file_name`]), from
    /// the editions the letter will have.
    pub fn claim(
        &self,
        engine: &Engine,
        template: &crate::templates::Template,
        case: &BatchCase,
        with: Option<&str>,
    ) -> Result<String, CaseFailure> {
        let (editions, _) = engine
            .negotiate_editions(template, &case.lang, with)
            .map_err(|e| {
                let e = RenderError::Language(e);
                case.failure(e.kind(), e.to_string())
            })?;
        let tags: Vec<String> = editions.iter().map(|e| e.tag()).collect();
        let name = file_name(&template.name, &case.id, &tags, Format::Pdf);
        let fresh = self
            .0
            .lock()
            .map(|mut names| names.insert(name.clone()))
            .unwrap_or(false);
        if !fresh {
            return Err(case.failure(
                "duplicate-id",
                format!("another case already produced {name}; case ids must be unique"),
            ));
        }
        Ok(name)
    }
}

/// Renders one case to PDF under the file name it claims in `names`.
pub fn render_case(
    engine: &Engine,
    template: &crate::templates::Template,
    case: &BatchCase,
    options: &BatchOptions,
    names: &FileNames,
) -> Result<RenderedCase, CaseFailure> {
    let file_name = names.claim(engine, template, case, options.with.as_deref())?;
    let (letter, bytes) = render_pdf(engine, &template.name, case, options)?;
    Ok(RenderedCase {
        facts: crate::zgw::LetterFacts::of(engine, &letter),
        file_name,
        bytes,
    })
}

/// `<template>-<id>-<languages>.<ext>`, with the id made safe for file
/// systems (at most 80 characters, only ASCII letters, digits, `-`, `_`).
/// The one rule for naming a letter's file, for `render`, `batch` and the
/// HTTP API alike (`Content-Disposition`); an empty id is left out
/// (`<template>-<languages>.<ext>`).
pub fn file_name(template: &str, id: &str, languages: &[String], format: Format) -> String {
    if id.is_empty() {
        return format!("{template}-{}.{}", languages.join("-"), format.extension());
    }
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    format!(
        "{template}-{id}-{}.{}",
        languages.join("-"),
        format.extension()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_fields_are_taken_out_of_the_case() {
        let options = BatchOptions {
            lang: Some("nl".into()),
            ..Default::default()
        };
        let case = parse_line(3, r#"{"id": "A/1", "lang": "ar", "x": 1}"#, &options)
            .unwrap()
            .unwrap();
        assert_eq!((case.id.as_str(), case.lang.as_str()), ("A/1", "ar"));
        assert_eq!(case.data, serde_json::json!({"x": 1}));
        let case = parse_line(4, r#"{"x": 1}"#, &options).unwrap().unwrap();
        assert_eq!((case.id.as_str(), case.lang.as_str()), ("4", "nl"));
        assert!(parse_line(5, "  ", &options).unwrap().is_none());
        assert_eq!(
            parse_line(6, "{oops", &options).unwrap_err().kind,
            "invalid-json"
        );
        assert_eq!(
            file_name("afspraken", "A/1", &["ar".into(), "nl".into()], Format::Pdf),
            "afspraken-A_1-ar-nl.pdf"
        );
    }
}
