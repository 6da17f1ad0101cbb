//! A batch as one ZIP (the HTTP batch endpoint): the letters, what was
//! filed, the failed cases and a summary, streamed while the letters are
//! rendered.

use std::io::Write;
use std::time::Instant;

use serde::Serialize;

use super::stop::{Counts, Ending};
use super::{
    BatchCase, BatchOptions, CaseFailure, FileNames, RenderedCase, case_from_raw, input,
    render_case,
};
use crate::records::Outcome;
use crate::render::Engine;
use crate::zgw::{ZgwSink, ZgwUser};

#[derive(Serialize)]
struct ZipSummary {
    rendered: usize,
    failed: usize,
    /// Letters filed in their zaak (`store=zgw`), earlier requests' included.
    #[serde(skip_serializing_if = "Option::is_none")]
    filed: Option<usize>,
    seconds: f64,
    /// How the input was read, e.g. "CSV: `;`-separated, windows-1252 (detected), decimal comma".
    input: String,
    /// `completed`, or `time-limit`: the cases not started are in
    /// `errors.ndjson` with that kind.
    ended: Ending,
    #[serde(rename = "notRendered")]
    not_rendered: usize,
}

/// Renders every case of `table` into a ZIP streamed to `writer`: one PDF
/// per good case, `zgw.ndjson` when filing, `errors.ndjson` (one line per
/// failed case) and `summary.json`. One bad case never fails the batch;
/// an error here is about the stream itself. At the time limit
/// (`options.stop`) no new case is started and the ZIP still ends properly,
/// each case not rendered a row of `errors.ndjson`. `counts` says what was
/// done, also when the stream broke.
pub fn write_zip<W: Write>(
    engine: &Engine,
    template: &str,
    table: input::Table,
    options: &BatchOptions,
    zgw: Option<(&ZgwSink, &ZgwUser)>,
    counts: &mut Counts,
    writer: W,
) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let mut zip = zip::ZipWriter::new_stream(writer);
    // PDFs are compressed already.
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let mut failures: Vec<CaseFailure> = Vec::new();
    let mut filed: Vec<crate::zgw::record::Entry> = Vec::new();
    let names = FileNames::default();
    let letter_template = engine.templates().get(template)?;
    let mut rendered = 0;
    for raw in table.cases {
        if let Some(ending) = options.stop.check() {
            failures.push(options.stop.not_rendered(ending, raw, options));
            counts.not_rendered += 1;
            continue;
        }
        let case = match case_from_raw(raw, options) {
            Ok(case) => case,
            Err(failure) => {
                failures.push(failure);
                counts.failed += 1;
                continue;
            }
        };
        match render_case(engine, letter_template, &case, options, &names) {
            Ok(letter) => {
                zip.start_file(letter.file_name.as_str(), stored)?;
                zip.write_all(&letter.bytes)?;
                rendered += 1;
                counts.rendered += 1;
                if let Some((sink, user)) = zgw {
                    match file_case(sink, user, &case, &letter) {
                        Ok(entry) => filed.push(entry),
                        Err(failure) => {
                            failures.push(failure);
                            counts.failed += 1;
                        }
                    }
                }
            }
            Err(failure) => {
                failures.push(failure);
                counts.failed += 1;
            }
        }
    }
    if zgw.is_some() {
        zip.start_file("zgw.ndjson", stored)?;
        for entry in &filed {
            serde_json::to_writer(&mut zip, entry)?;
            zip.write_all(b"\n")?;
        }
    }
    zip.start_file("errors.ndjson", stored)?;
    for failure in &mut failures {
        failure.describe(engine);
        serde_json::to_writer(&mut zip, failure)?;
        zip.write_all(b"\n")?;
    }
    if let Some(records) = &options.records {
        // Each case has its own record already; this one says the batch ended.
        if let Err(e) = records.finish(engine, template, &Outcome::Rendered) {
            tracing::warn!(error = %e, "the batch's own processing record was not written");
        }
    }
    zip.start_file("summary.json", stored)?;
    serde_json::to_writer_pretty(
        &mut zip,
        &ZipSummary {
            rendered,
            failed: counts.failed,
            filed: zgw.map(|_| filed.len()),
            seconds: started.elapsed().as_secs_f64(),
            input: table.description,
            ended: options.stop.ended(),
            not_rendered: counts.not_rendered,
        },
    )?;
    zip.finish()?.flush()?;
    Ok(())
}

/// Files one letter of a batch request in its case's zaak.
fn file_case(
    sink: &ZgwSink,
    user: &ZgwUser,
    case: &BatchCase,
    letter: &RenderedCase,
) -> Result<crate::zgw::record::Entry, CaseFailure> {
    let zaak = case.zaak_to_file_in()?;
    let filed = sink
        .file(
            &letter.facts,
            &letter.bytes,
            &letter.file_name,
            zaak,
            crate::zgw::Identity::Content,
            Some(user),
            None,
            &mut |_| {},
        )
        .map_err(|e| CaseFailure {
            document: e.document().map(str::to_string),
            ..case.failure(
                e.kind(),
                format!("{e}; the letter is in the ZIP but not filed"),
            )
        })?;
    Ok(crate::zgw::record::Entry {
        file: letter.file_name.clone(),
        zaak: filed.zaak,
        sha256: filed.sha256,
        document: filed.document,
        zaakinformatieobject: Some(filed.zaakinformatieobject),
    })
}
