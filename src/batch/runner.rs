//! The batch runner behind `eigentaal batch`: cases stream from the input
//! through a bounded queue to `jobs` render threads (a rayon pool, see
//! [`run`]); each letter is written
//! atomically (temporary file, then rename), so a letter that exists is
//! complete, which is what `--resume` relies on. Failed cases go to
//! `errors.ndjson`; the batch goes on. At its time limit or when cancelled
//! ([`super::stop`]) the run renders no new case, lists the cases not
//! started in `errors.ndjson`, and writes no merged PDF.
//!
//! Letters are not flushed to disk one by one: on a virtual disk an `fsync`
//! per letter took longer than rendering it, and serialised the render
//! threads. A killed process loses nothing (the rename happens after the
//! write); after a power cut a renamed letter may be empty or cut short, so
//! `--resume` renders again any letter that is not a complete PDF.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};
use std::time::{Duration, Instant};

use super::input::{self, InputFormat, InputOptions, MetaFields, RawCase};
use super::stop::Ending;
use super::{BatchCase, BatchOptions, CaseFailure, FileNames, case_from_raw, render_pdf};
use crate::render::{Engine, Letter};
use crate::templates::Template;

/// Which part of the input this run renders: case `k` of every `n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

/// The variable a Kubernetes Indexed Job sets in each pod: the pod's index,
/// 0 to completions − 1.
pub const JOB_COMPLETION_INDEX: &str = "JOB_COMPLETION_INDEX";

impl std::str::FromStr for Shard {
    type Err = String;
    /// `k/n`, or `auto/n`: k taken from `JOB_COMPLETION_INDEX` (+ 1).
    fn from_str(s: &str) -> Result<Self, String> {
        Self::parse(s, std::env::var(JOB_COMPLETION_INDEX).ok().as_deref())
    }
}

impl Shard {
    /// Parses `k/n` or `auto/n`, with the Job's completion index (0-based)
    /// for `auto`.
    pub fn parse(s: &str, completion_index: Option<&str>) -> Result<Self, String> {
        let bad = || {
            format!(
                "`{s}` is not a shard; write k/n with 1 ≤ k ≤ n (e.g. 2/4), or auto/n in a Kubernetes Indexed Job"
            )
        };
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if count == 0 {
            return Err(bad());
        }
        let index = if k.trim() == "auto" {
            let Some(value) = completion_index else {
                return Err(format!(
                    "--shard {s} takes the shard from {JOB_COMPLETION_INDEX}, which is not set; \
it is set in the pods of a Kubernetes Job with completionMode: Indexed (elsewhere write k/n)"
                ));
            };
            let zero_based: usize = value
                .trim()
                .parse()
                .map_err(|_| format!("{JOB_COMPLETION_INDEX}=`{value}` is not a number"))?;
            if zero_based >= count {
                return Err(format!(
                    "{JOB_COMPLETION_INDEX}={zero_based} is not below {count}: the Job's completions and n in --shard auto/n must be the same number"
                ));
            }
            zero_based + 1
        } else {
            k.trim().parse().map_err(|_| bad())?
        };
        if index == 0 || index > count {
            return Err(bad());
        }
        Ok(Self { index, count })
    }

    /// Whether the case on input line `line` (1-based) belongs to this shard.
    /// Lines, not case numbers, decide, so every shard agrees without coordination.
    pub fn owns(&self, line: usize) -> bool {
        (line.saturating_sub(1)) % self.count == self.index - 1
    }

    /// `3-of-8`: names this shard's own files in a folder the shards share.
    fn tag(&self) -> String {
        format!("{}-of-{}", self.index, self.count)
    }
}

/// What to read and where to write.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub template: String,
    /// Input file (`-` = standard input): NDJSON, CSV or xlsx, by file name
    /// or else by its first bytes.
    pub input: PathBuf,
    /// How to read a CSV or workbook (separator, encoding, sheet).
    pub reading: InputOptions,
    pub out: PathBuf,
    pub batch: BatchOptions,
    pub jobs: usize,
    pub resume: bool,
    pub shard: Option<Shard>,
    /// Also write all letters, in input order, as one PDF here.
    pub merge: Option<PathBuf>,
    /// File every letter in its zaak (`--store zgw`); what was filed is
    /// recorded in `zgw.ndjson` beside the letters.
    pub zgw: Option<std::sync::Arc<crate::zgw::ZgwSink>>,
}

impl RunOptions {
    /// Where failed cases are written: `errors.ndjson`, or per shard
    /// `errors-3-of-8.ndjson`, so shards can share one output folder.
    pub fn errors_path(&self) -> PathBuf {
        self.out.join(match self.shard {
            Some(shard) => format!("errors-{}.ndjson", shard.tag()),
            None => "errors.ndjson".into(),
        })
    }

    /// Where this run records what it filed: `zgw.ndjson`, or per shard
    /// `zgw-3-of-8.ndjson`.
    pub fn record_name(&self) -> String {
        match self.shard {
            Some(shard) => format!("zgw-{}.ndjson", shard.tag()),
            None => "zgw.ndjson".into(),
        }
    }

    /// Prefix of this run's temporary files. Shards in one folder each clean
    /// up only their own, never a file another shard is writing.
    fn temp_prefix(&self) -> String {
        match self.shard {
            Some(shard) => format!("{TEMP_PREFIX}{}-", shard.tag()),
            None => TEMP_PREFIX.to_string(),
        }
    }
}

/// How a run went.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub rendered: usize,
    /// Already written completely by an earlier run (`--resume`).
    pub skipped: usize,
    pub failed: usize,
    /// Cases that belong to other shards.
    pub other_shards: usize,
    /// Letters filed in their zaak by this run (`--store zgw`).
    pub filed: usize,
    /// Letters an earlier run had filed completely already.
    pub already_filed: usize,
    /// Cases not started because the run stopped (`ended`).
    pub not_rendered: usize,
    /// Whether every case was done, or the run stopped early.
    pub ended: Ending,
    pub seconds: f64,
}

impl Summary {
    pub fn rate(&self) -> f64 {
        if self.seconds > 0.0 {
            self.rendered as f64 / self.seconds
        } else {
            0.0
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} rendered, {} failed",
            self.ended.as_str(),
            self.rendered,
            self.failed
        )?;
        if self.ended != Ending::Completed {
            write!(f, ", {} not rendered", self.not_rendered)?;
        }
        if self.skipped > 0 {
            write!(f, ", {} already done", self.skipped)?;
        }
        if self.other_shards > 0 {
            write!(f, ", {} left to other shards", self.other_shards)?;
        }
        if self.filed > 0 || self.already_filed > 0 {
            write!(f, ", {} filed in their zaak", self.filed)?;
            if self.already_filed > 0 {
                write!(f, " ({} filed before)", self.already_filed)?;
            }
        }
        write!(
            f,
            " in {:.1} s ({:.1} letters/s)",
            self.seconds,
            self.rate()
        )
    }
}

/// Reports progress: a bar on a terminal, plain lines otherwise.
pub trait Progress: Send {
    fn set_total(&mut self, total: Option<u64>);
    fn update(&mut self, done: usize, failed: usize);
    fn finish(&mut self);
}

/// What a render thread hands back.
enum Outcome {
    Written {
        line: usize,
        /// Kept for `--merge` only; boxed, the other outcomes are small.
        letter: Option<Box<Letter>>,
        filed: Option<Filing>,
    },
    Skipped {
        filed: Option<Filing>,
    },
    Failed(CaseFailure),
    /// Not started: the run stopped (time limit, cancelled).
    NotRendered(CaseFailure),
}

/// Whether a letter was filed in its zaak by this run or an earlier one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filing {
    Now,
    Before,
}

/// What the render threads share when filing: the sink and the record.
struct Zgw<'a> {
    sink: &'a crate::zgw::ZgwSink,
    record: &'a crate::zgw::record::Record,
}

/// Runs a batch. Errors here are about the run itself (unreadable input,
/// unwritable folder); failed cases are counted and written to `errors.ndjson`.
pub fn run(
    engine: &Engine,
    options: &RunOptions,
    progress: &mut dyn Progress,
) -> Result<Summary, String> {
    let started = Instant::now();
    let template = engine
        .templates()
        .get(&options.template)
        .map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&options.out).map_err(|e| {
        format!(
            "failed to create output folder {}: {e}",
            options.out.display()
        )
    })?;
    remove_stale_temporaries(&options.out, &options.temp_prefix());
    let errors_path = options.errors_path();
    let mut errors = std::io::BufWriter::new(
        std::fs::File::create(&errors_path)
            .map_err(|e| format!("failed to create {}: {e}", errors_path.display()))?,
    );

    let record = match &options.zgw {
        Some(_) => Some(crate::zgw::record::Record::open(
            &options.out,
            &options.record_name(),
        )?),
        None => None,
    };
    let zgw = options
        .zgw
        .as_deref()
        .zip(record.as_ref())
        .map(|(sink, record)| Zgw { sink, record });

    let (cases, total) = open_input(options, &template.schema)?;
    progress.set_total(total);

    let names = FileNames::default();
    let jobs = options.jobs.max(1);
    let (job_tx, job_rx) = sync_channel::<RawCase>(jobs * 4);
    let job_rx = Mutex::new(job_rx);
    let (result_tx, result_rx) = std::sync::mpsc::channel::<Outcome>();
    let mut summary = Summary::default();
    let mut merged: Vec<(usize, Letter)> = Vec::new();

    // The render threads are the threads of a rayon pool of their own, one
    // worker loop on each (`broadcast`). typst lays out and writes PDF pages
    // with rayon; inside the pool those pieces run on the same threads
    // (stolen when one is idle) instead of being handed to rayon's global
    // pool while the render thread waits for them.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("render-{i}"))
        .build()
        .map_err(|e| format!("failed to start {jobs} render threads: {e}"))?;

    std::thread::scope(|scope| -> Result<(), String> {
        let (names, zgw) = (&names, zgw.as_ref());
        let (rx, tx) = (&job_rx, result_tx);
        let worker_tx = tx.clone();
        scope.spawn(move || {
            pool.broadcast(|_| {
                worker(
                    engine,
                    template,
                    options,
                    names,
                    zgw,
                    rx,
                    &worker_tx.clone(),
                )
            });
        });
        let stopped_tx = tx;
        let feeder = scope.spawn(move || {
            let mut other_shards = 0;
            for case in cases {
                if options.shard.is_some_and(|s| !s.owns(case.line())) {
                    other_shards += 1;
                    continue;
                }
                // Once stopped, the rest of the input is listed, not rendered.
                if let Some(ending) = options.batch.stop.check() {
                    let row = options
                        .batch
                        .stop
                        .not_rendered(ending, case, &options.batch);
                    if stopped_tx.send(Outcome::NotRendered(row)).is_err() {
                        break;
                    }
                    continue;
                }
                if job_tx.send(case).is_err() {
                    break;
                }
            }
            drop(stopped_tx);
            other_shards
        });
        let mut last = Instant::now();
        let write_row = |errors: &mut std::io::BufWriter<std::fs::File>, mut row: CaseFailure| {
            row.describe(engine);
            serde_json::to_writer(&mut *errors, &row)
                .map_err(std::io::Error::from)
                .and_then(|()| errors.write_all(b"\n"))
                .map_err(|e| format!("failed to write {}: {e}", errors_path.display()))
        };
        for outcome in result_rx {
            let filing = match &outcome {
                Outcome::Written { filed, .. } | Outcome::Skipped { filed } => *filed,
                Outcome::Failed(_) | Outcome::NotRendered(_) => None,
            };
            match filing {
                Some(Filing::Now) => summary.filed += 1,
                Some(Filing::Before) => summary.already_filed += 1,
                None => {}
            }
            match outcome {
                Outcome::Written { line, letter, .. } => {
                    summary.rendered += 1;
                    if let Some(letter) = letter {
                        merged.push((line, *letter));
                    }
                }
                Outcome::Skipped { .. } => summary.skipped += 1,
                Outcome::Failed(failure) => {
                    summary.failed += 1;
                    write_row(&mut errors, failure)?;
                }
                Outcome::NotRendered(row) => {
                    summary.not_rendered += 1;
                    write_row(&mut errors, row)?;
                }
            }
            if last.elapsed() > Duration::from_millis(100) {
                progress.update(
                    summary.rendered + summary.skipped + summary.failed + summary.not_rendered,
                    summary.failed,
                );
                last = Instant::now();
            }
        }
        summary.other_shards = feeder.join().unwrap_or(0);
        Ok(())
    })?;
    errors
        .flush()
        .map_err(|e| format!("failed to write {}: {e}", errors_path.display()))?;
    progress.update(
        summary.rendered + summary.skipped + summary.failed + summary.not_rendered,
        summary.failed,
    );
    progress.finish();
    summary.ended = options.batch.stop.ended();

    // A merged PDF of part of the batch would pass for the whole print run.
    if let Some(merge) = options
        .merge
        .as_ref()
        .filter(|_| summary.ended == Ending::Completed)
    {
        merged.sort_by_key(|(line, _)| *line);
        let title = format!("{} — {} letters", options.template, merged.len());
        let pdf = crate::render::merged_pdf(merged.into_iter().map(|(_, l)| l), &title)
            .map_err(|e| e.to_string())?;
        write_atomically(merge, &pdf)?;
    }
    summary.seconds = started.elapsed().as_secs_f64();
    if let Some(records) = &options.batch.records {
        records.finish(
            engine,
            &options.template,
            &crate::records::Outcome::Rendered,
        )?;
    }
    Ok(summary)
}

fn worker(
    engine: &Engine,
    template: &Template,
    options: &RunOptions,
    names: &FileNames,
    zgw: Option<&Zgw<'_>>,
    jobs: &Mutex<Receiver<RawCase>>,
    results: &std::sync::mpsc::Sender<Outcome>,
) {
    loop {
        // The lock is held only to take the next case.
        let next = jobs.lock().map(|rx| rx.recv());
        let Ok(Ok(raw)) = next else { return };
        // Cases already queued when the run stops are not started either.
        if let Some(ending) = options.batch.stop.check() {
            let row = options.batch.stop.not_rendered(ending, raw, &options.batch);
            if results.send(Outcome::NotRendered(row)).is_err() {
                return;
            }
            continue;
        }
        let outcome = match case_from_raw(raw, &options.batch) {
            Err(failure) => Outcome::Failed(failure),
            Ok(case) => render_one(engine, template, options, names, zgw, case),
        };
        if results.send(outcome).is_err() {
            return;
        }
    }
}

fn render_one(
    engine: &Engine,
    template: &Template,
    options: &RunOptions,
    names: &FileNames,
    zgw: Option<&Zgw<'_>>,
    case: BatchCase,
) -> Outcome {
    let failure = |kind: &str, detail: String| Outcome::Failed(case.failure(kind, detail));
    // Claimed before rendering, which also lets `--resume` skip a letter
    // without rendering it.
    let name = match names.claim(engine, template, &case, options.batch.with.as_deref()) {
        Ok(name) => name,
        Err(f) => return Outcome::Failed(f),
    };
    let path = options.out.join(&name);
    if options.resume && options.merge.is_none() && is_complete_pdf(&path) {
        match zgw {
            None => return Outcome::Skipped { filed: None },
            // Skipped only when it is filed too; otherwise it is rendered
            // again (the same bytes) and filed.
            Some(zgw) if filed_before(zgw, &case, &name, &path) => {
                return Outcome::Skipped {
                    filed: Some(Filing::Before),
                };
            }
            Some(_) => {}
        }
    }
    let (letter, pdf) = match render_pdf(engine, &options.template, &case, &options.batch) {
        Ok(rendered) => rendered,
        Err(f) => return Outcome::Failed(f),
    };
    if let Err(e) = write_replacing(&path, &pdf, Flush::No, &options.temp_prefix()) {
        return failure("write", e);
    }
    let filed = match zgw {
        None => None,
        Some(zgw) => match file_letter(engine, zgw, &case, &letter, &name, &pdf) {
            Ok(filed) => Some(filed),
            // The letter is in the folder; the case is reported as not filed.
            Err(failure) => return Outcome::Failed(failure),
        },
    };
    let keep = options.merge.is_some().then(|| Box::new(letter));
    Outcome::Written {
        line: case.line,
        letter: keep,
        filed,
    }
}

/// Whether the record says this letter file, with the bytes on disk, is
/// filed and linked in the case's zaak.
fn filed_before(zgw: &Zgw<'_>, case: &BatchCase, name: &str, path: &Path) -> bool {
    let Some(zaak) = &case.zaak else { return false };
    let Some(entry) = zgw.record.get(name, zaak) else {
        return false;
    };
    entry.zaakinformatieobject.is_some()
        && std::fs::read(path).is_ok_and(|pdf| crate::zgw::sha256_hex(&pdf) == entry.sha256)
}

/// Files a written letter in the case's zaak, recording each step.
fn file_letter(
    engine: &Engine,
    zgw: &Zgw<'_>,
    case: &BatchCase,
    letter: &Letter,
    name: &str,
    pdf: &[u8],
) -> Result<Filing, CaseFailure> {
    use crate::zgw::record::Entry;
    let zaak = case.zaak_to_file_in()?;
    let sha256 = crate::zgw::sha256_hex(pdf);
    let recorded = zgw.record.get(name, zaak).filter(|e| e.sha256 == sha256);
    if recorded
        .as_ref()
        .is_some_and(|e| e.zaakinformatieobject.is_some())
    {
        return Ok(Filing::Before);
    }
    let entry = |document: &str, link: Option<String>| Entry {
        file: name.to_string(),
        zaak: zaak.to_string(),
        sha256: sha256.clone(),
        document: document.to_string(),
        zaakinformatieobject: link,
    };
    let mut record_error = None;
    let facts = crate::zgw::LetterFacts::of(engine, letter);
    let known = recorded.as_ref().map(|e| e.document.as_str());
    let filed = zgw.sink.file(
        &facts,
        pdf,
        name,
        zaak,
        crate::zgw::Identity::Content,
        None,
        known,
        &mut |document| {
            if known.is_none()
                && let Err(e) = zgw.record.write(entry(document, None))
            {
                record_error = Some(e);
            }
        },
    );
    let filed = filed.map_err(|e| CaseFailure {
        document: e.document().map(str::to_string),
        ..case.failure(
            e.kind(),
            format!("{e}; the letter is written but not filed"),
        )
    })?;
    zgw.record
        .write(entry(
            &filed.document,
            Some(filed.zaakinformatieobject.clone()),
        ))
        .map_err(|e| case.failure("write", e))?;
    if let Some(e) = record_error {
        return Err(case.failure("write", e));
    }
    Ok(Filing::Now)
}

/// Writes a file completely or not at all, and flushes it to disk before
/// it takes the name (for the single files a user asked for: a letter,
/// the merged print PDF).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_replacing(path, bytes, Flush::Yes, TEMP_PREFIX)
}

/// Whether a written file is flushed to disk before it is renamed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flush {
    Yes,
    No,
}

/// Whether `path` holds a whole PDF: its header and, at its end, `%%EOF`.
fn is_complete_pdf(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = [0u8; 5];
    let mut tail = Vec::new();
    file.read_exact(&mut head).is_ok()
        && &head == b"%PDF-"
        && file.seek(SeekFrom::End(-64)).is_ok()
        && file.read_to_end(&mut tail).is_ok()
        && tail.windows(5).any(|w| w == b"%%EOF")
}

/// Writes `bytes` to a temporary file (named `prefix`…) beside `path`, then
/// renames it.
fn write_replacing(path: &Path, bytes: &[u8], flush: Flush, prefix: &str) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let shown = path.display();
    let mut tmp = builder.tempfile_in(dir).map_err(|e| {
        format!("failed to create {shown}: {e} (does the folder exist and is it writable?)")
    })?;
    tmp.write_all(bytes)
        .and_then(|()| match flush {
            Flush::Yes => tmp.as_file().sync_all(),
            Flush::No => Ok(()),
        })
        .map_err(|e| format!("failed to write {shown}: {e}"))?;
    tmp.persist(path)
        .map_err(|e| format!("failed to write {shown}: {}", e.error))?;
    Ok(())
}

/// Prefix of temporary files; a run that was killed leaves them behind.
pub const TEMP_PREFIX: &str = ".eigentaal-";

fn remove_stale_temporaries(dir: &Path, prefix: &str) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(prefix) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

type Cases = Box<dyn Iterator<Item = RawCase> + Send>;

/// The input's cases and, when known, how many this run renders. NDJSON
/// streams line by line; a CSV or workbook is read whole (its encoding and
/// separator are decided on the whole file) and says how it was read.
fn open_input(
    options: &RunOptions,
    schema: &serde_json::Value,
) -> Result<(Cases, Option<u64>), String> {
    let path = &options.input;
    let shown = path.display();
    let mut reader: Box<dyn BufRead + Send> = if path == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("failed to read {shown}: {e}"))?,
        ))
    };
    let named = path.to_str().and_then(InputFormat::from_file_name);
    let format = match named {
        Some(format) => format,
        None => InputFormat::sniff(
            reader
                .fill_buf()
                .map_err(|e| format!("failed to read {shown}: {e}"))?,
        ),
    };
    if format == InputFormat::Ndjson {
        let total = count_cases(path, options.shard);
        return Ok((Box::new(input::ndjson(reader)), total));
    }
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| format!("failed to read {shown}: {e}"))?;
    let meta = MetaFields {
        id: &options.batch.id_field,
        lang: &options.batch.lang_field,
        zaak: options.batch.zaak_field.as_deref(),
    };
    let table = input::read(format, &bytes, &options.reading, schema, meta)
        .map_err(|e| format!("cannot read {shown}: {e}"))?;
    eprintln!("batch: reading {shown} as {}", table.description);
    let total = table
        .cases
        .iter()
        .filter(|c| options.shard.is_none_or(|s| s.owns(c.line())))
        .count() as u64;
    Ok((Box::new(table.cases.into_iter()), Some(total)))
}

/// Counts the cases of a regular file for the progress bar's ETA.
fn count_cases(input: &Path, shard: Option<Shard>) -> Option<u64> {
    if input == Path::new("-") {
        return None;
    }
    let file = std::fs::File::open(input).ok()?;
    let mut count = 0u64;
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.ok()?;
        let number = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        if shard.is_none_or(|s| s.owns(number)) {
            count += 1;
        }
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_split_lines_without_overlap() {
        let shards: Vec<Shard> = ["1/3", "2/3", "3/3"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        for line in 1..=30 {
            assert_eq!(shards.iter().filter(|s| s.owns(line)).count(), 1);
        }
        assert!(
            "0/3".parse::<Shard>().is_err()
                && "4/3".parse::<Shard>().is_err()
                && "x".parse::<Shard>().is_err()
        );
    }

    #[test]
    fn auto_shards_come_from_the_job_completion_index() {
        let shard = |s, index| Shard::parse(s, index);
        assert_eq!(shard("auto/4", Some("0")), Ok(Shard { index: 1, count: 4 }));
        assert_eq!(shard("auto/4", Some("3")), Ok(Shard { index: 4, count: 4 }));
        assert_eq!(shard("2/4", Some("3")), Ok(Shard { index: 2, count: 4 }));
        let err = shard("auto/4", None).unwrap_err();
        assert!(err.contains("JOB_COMPLETION_INDEX"), "{err}");
        let err = shard("auto/4", Some("4")).unwrap_err();
        assert!(err.contains("completions"), "{err}");
        assert!(shard("auto/4", Some("x")).is_err() && shard("auto/0", Some("0")).is_err());
    }
}
