//! Processing records (Logboek Dataverwerkingen, Logius): one record per
//! letter rendered, about whom, by whom, under which processing activity,
//! without personal data. See docs/records.md.
//!
//! A record follows the Logboek's interface: `trace_id` and `span_id` (W3C
//! Trace Context: a caller's `traceparent` is honoured), `parent_span_id`,
//! `foreign_operation` for the caller's span, `name`, `status_code`,
//! `start_time`, `end_time`, `resource` and `attributes` with
//! `dpl.core.processing_activity_id`, `dpl.core.data_subject_id` (a keyed
//! hash, HMAC-SHA256, of the resident's BSN) and
//! `dpl.core.data_subject_id_type`. eigentaal adds the template, the
//! languages, the actor, the case reference, and whether the render was a
//! preview. Never a name, an address or free text.
//!
//! Records are appended to an NDJSON file, one line each, written and
//! synced to disk before the letter is handed out: a letter whose record
//! cannot be written is not handed out. A copy may go to an OTLP/HTTP
//! endpoint ([`otlp`]).

pub mod otlp;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use prometheus_client::metrics::counter::Counter;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::digest::hex;
use crate::templates::Template;

/// Where each data subject's identifier is in case data, and what kind of
/// identifier it is. One record is written for each one present (the
/// Logboek: one record per data subject).
pub const DATA_SUBJECTS: &[(&str, &str)] = &[("/recipient/bsn", "BSN"), ("/partner/bsn", "BSN")];

/// The environment variable that may hold the key itself.
pub const KEY_ENV: &str = "EIGENTAAL_RECORDS_KEY";

/// Shortest key accepted, in bytes.
const MIN_KEY_BYTES: usize = 32;

/// Command-line options for processing records (render, batch, serve).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RecordsArgs {
    /// Append a processing record (Logboek Dataverwerkingen) for every letter to this NDJSON file; a letter whose record cannot be written is not handed out. See docs/records.md.
    #[arg(long, env = "EIGENTAAL_RECORDS", value_name = "FILE")]
    pub records: Option<PathBuf>,
    /// File holding the secret key (at least 32 bytes) for the keyed hash of the resident's BSN in each record. The key may also come from EIGENTAAL_RECORDS_KEY.
    #[arg(
        long,
        env = "EIGENTAAL_RECORDS_KEY_FILE",
        value_name = "FILE",
        requires = "records"
    )]
    pub records_key_file: Option<PathBuf>,
    /// Also send every record as an OpenTelemetry span to this OTLP/HTTP endpoint (e.g. http://collector:4318); the file stays the record of what was handed out.
    #[arg(
        long,
        env = "EIGENTAAL_RECORDS_OTLP",
        value_name = "URL",
        requires = "records"
    )]
    pub records_otlp: Option<String>,
    /// Who runs `render` or `batch`, named in its records as `cli:<NAME>` (e.g. the job or the staff member's account). The service names the API client or the signed-in staff member instead.
    #[arg(
        long,
        env = "EIGENTAAL_RECORDS_ACTOR",
        value_name = "NAME",
        default_value = "eigentaal"
    )]
    pub records_actor: String,
}

/// The `TRACEPARENT` environment variable: a command started by another
/// program joins its trace, as the OpenTelemetry convention for processes
/// has it.
pub fn cli_traceparent() -> Option<String> {
    std::env::var("TRACEPARENT").ok()
}

impl RecordsArgs {
    /// The actor of a command-line run.
    pub fn cli_actor(&self) -> String {
        format!("cli:{}", self.records_actor)
    }

    /// The recorder, if `--records` is given. The key is required then.
    pub fn open(&self) -> Result<Option<Recorder>, RecordsError> {
        let Some(path) = &self.records else {
            return Ok(None);
        };
        let key = match (&self.records_key_file, std::env::var(KEY_ENV).ok()) {
            (Some(file), _) => std::fs::read(file).map_err(|e| {
                RecordsError::Config(format!(
                    "failed to read the records key from {}: {e}",
                    file.display()
                ))
            })?,
            (None, Some(key)) => key.into_bytes(),
            (None, None) => {
                return Err(RecordsError::Config(format!(
                    "--records needs a key for the hash of the resident's BSN: give --records-key-file FILE or set {KEY_ENV} (e.g. `openssl rand -hex 32`)"
                )));
            }
        };
        let otlp = self
            .records_otlp
            .as_deref()
            .map(otlp::Exporter::start)
            .transpose()?;
        Recorder::open(path, &key, otlp).map(Some)
    }
}

/// Why records cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    #[error("{0}")]
    Config(String),
    #[error("failed to write the processing record to {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// A 16-byte trace id (W3C Trace Context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TraceId(pub [u8; 16]);

/// An 8-byte span id (W3C Trace Context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanId(pub [u8; 8]);

impl std::fmt::Display for TraceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex(&self.0))
    }
}

impl std::fmt::Display for SpanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex(&self.0))
    }
}

fn random<const N: usize>() -> [u8; N] {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; N];
    loop {
        // The system's random source does not fail on Linux once booted;
        // an all-zero id is invalid in Trace Context, so draw again.
        if ring::rand::SystemRandom::new().fill(&mut bytes).is_ok() && bytes.iter().any(|&b| b != 0)
        {
            return bytes;
        }
    }
}

impl SpanId {
    pub fn random() -> Self {
        Self(random())
    }
}

/// The caller's action, from its `traceparent`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foreign {
    pub trace_id: TraceId,
    pub span_id: SpanId,
    /// Who called: the actor, as a URI (`urn:eigentaal:actor:system:zaaksysteem`).
    pub entity: String,
    /// The caller's trace flags (sampled or not), echoed as they came.
    flags: u8,
}

/// The span of one action: its trace, its own id, the action that started
/// it in eigentaal, and the caller's action.
#[derive(Debug, Clone)]
pub struct Span {
    pub trace_id: TraceId,
    pub span_id: SpanId,
    pub parent: Option<SpanId>,
    pub foreign: Option<Foreign>,
}

impl Span {
    /// A new action. With a valid `traceparent` from the caller it joins the
    /// caller's trace and names the caller's span as `foreign_operation`;
    /// otherwise (absent or malformed, as Trace Context says) a new trace
    /// starts.
    pub fn start(traceparent: Option<&str>, actor: &str) -> Self {
        match traceparent.and_then(parse_traceparent) {
            Some((trace_id, span_id, flags)) => Self {
                trace_id,
                span_id: SpanId::random(),
                parent: None,
                foreign: Some(Foreign {
                    trace_id,
                    span_id,
                    entity: format!("urn:eigentaal:actor:{actor}"),
                    flags,
                }),
            },
            None => Self {
                trace_id: TraceId(random()),
                span_id: SpanId::random(),
                parent: None,
                foreign: None,
            },
        }
    }

    /// An action started by this one (a case of a batch).
    pub fn child(&self) -> Self {
        Self {
            trace_id: self.trace_id,
            span_id: SpanId::random(),
            parent: Some(self.span_id),
            foreign: None,
        }
    }

    /// The `traceparent` that names this action, for the response.
    pub fn traceparent(&self) -> String {
        let flags = self.foreign.as_ref().map_or(0, |f| f.flags);
        format!("00-{}-{}-{flags:02x}", self.trace_id, self.span_id)
    }
}

/// Parses a W3C `traceparent` (version 00, or a later version read as 00):
/// `00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>`. Ids of all
/// zeros, upper-case hex and version `ff` are invalid.
fn parse_traceparent(header: &str) -> Option<(TraceId, SpanId, u8)> {
    let header = header.trim();
    let mut parts = header.split('-');
    let version = parts.next()?;
    let (trace, span, flags) = (parts.next()?, parts.next()?, parts.next()?);
    let lower_hex = |s: &str, n: usize| {
        s.len() == n
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    if !lower_hex(version, 2) || version == "ff" || !lower_hex(flags, 2) {
        return None;
    }
    // Version 00 has exactly four fields; later versions may add more.
    if version == "00" && parts.next().is_some() {
        return None;
    }
    if !lower_hex(trace, 32) || !lower_hex(span, 16) {
        return None;
    }
    let mut trace_id = [0u8; 16];
    let mut span_id = [0u8; 8];
    for (i, b) in trace_id.iter_mut().enumerate() {
        *b = u8::from_str_radix(&trace[2 * i..2 * i + 2], 16).ok()?;
    }
    for (i, b) in span_id.iter_mut().enumerate() {
        *b = u8::from_str_radix(&span[2 * i..2 * i + 2], 16).ok()?;
    }
    if trace_id == [0; 16] || span_id == [0; 8] {
        return None;
    }
    let flags = u8::from_str_radix(flags, 16).ok()?;
    Some((TraceId(trace_id), SpanId(span_id), flags))
}

/// What came of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The letter (or preview) was made.
    Rendered,
    /// Refused because of the request or the case data (a 4xx): the
    /// problem kind, e.g. `invalid-case-data`.
    Refused(String),
    /// Failed in eigentaal (a 5xx): the problem kind, e.g. `render-timeout`.
    Failed(String),
}

impl Outcome {
    /// The Logboek's `status_code`: `STATUS_CODE_OK` for a letter made,
    /// `STATUS_CODE_UNSET` for a refusal (a client error is not an error
    /// of the processing), `STATUS_CODE_ERROR` for a failure.
    fn status_code(&self) -> &'static str {
        match self {
            Self::Rendered => "STATUS_CODE_OK",
            Self::Refused(_) => "STATUS_CODE_UNSET",
            Self::Failed(_) => "STATUS_CODE_ERROR",
        }
    }

    fn label(&self) -> &str {
        match self {
            Self::Rendered => "rendered",
            Self::Refused(kind) | Self::Failed(kind) => kind,
        }
    }

    /// The outcome of a render that failed: refused when the request or
    /// the case data caused it, failed when eigentaal did.
    pub fn of_error(e: &crate::render::RenderError) -> Self {
        if e.is_refusal() {
            Self::Refused(e.kind().to_string())
        } else {
            Self::Failed(e.kind().to_string())
        }
    }

    /// The outcome of an HTTP status and problem kind.
    pub fn of_status(status: u16, kind: &str) -> Self {
        match status {
            200..=399 => Self::Rendered,
            400..=499 => Self::Refused(kind.to_string()),
            _ => Self::Failed(kind.to_string()),
        }
    }
}

/// One action on case data, to be recorded when it ends.
#[derive(Debug, Clone)]
pub struct Action {
    /// `render-letter`, `render-preview` or `render-batch-case`; the batch
    /// itself is `render-batch`.
    pub name: &'static str,
    pub span: Span,
    pub start: SystemTime,
    /// Who asked: `system:<client>`, `staff:<subject>` or `cli:<name>`.
    pub actor: String,
    pub template: String,
    /// The processing activity in the municipality's register (template.toml).
    pub processing_activity: String,
    /// The editions' languages, e.g. `ar-SY+nl`, once known.
    pub languages: Option<String>,
    /// The case reference (`/reference` of the case data): a case number.
    pub case_reference: Option<String>,
    /// Keyed hashes of the data subjects' identifiers, with their kind.
    subjects: Vec<(String, &'static str)>,
    /// The line of the case in a batch.
    pub batch_line: Option<usize>,
}

/// The processing activity of a template without one in template.toml.
pub fn default_processing_activity(template: &str) -> String {
    format!("urn:eigentaal:template:{template}")
}

/// Writes processing records.
pub struct Recorder {
    path: PathBuf,
    file: Mutex<File>,
    key: ring::hmac::Key,
    otlp: Option<otlp::Exporter>,
    /// Records written, for `/metrics`.
    pub written: Counter,
    /// Records that could not be written (each one a letter not handed out).
    pub failed: Counter,
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Recorder({})", self.path.display())
    }
}

impl Recorder {
    /// Opens (or creates) the record file for appending.
    pub fn open(
        path: &Path,
        key: &[u8],
        otlp: Option<otlp::Exporter>,
    ) -> Result<Self, RecordsError> {
        let key = trim_key(key);
        if key.len() < MIN_KEY_BYTES {
            return Err(RecordsError::Config(format!(
                "the records key is {} bytes; use at least {MIN_KEY_BYTES} random bytes (e.g. `openssl rand -hex 32`)",
                key.len()
            )));
        }
        let file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
            .map_err(|source| RecordsError::Write {
                path: path.display().to_string(),
                source,
            })?;
        Ok(Self {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            key: ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key),
            otlp,
            written: Counter::default(),
            failed: Counter::default(),
        })
    }

    /// The counters for `/metrics`: written, failed, and sent and lost on
    /// the way to the OTLP endpoint (zero without one).
    pub fn counters(&self) -> [Counter; 4] {
        let (sent, lost) = self
            .otlp
            .as_ref()
            .map_or_else(Default::default, |o| (o.sent.clone(), o.lost.clone()));
        [self.written.clone(), self.failed.clone(), sent, lost]
    }

    /// The keyed hash of an identifier (hex HMAC-SHA256).
    pub fn pseudonym(&self, identifier: &str) -> String {
        hex(ring::hmac::sign(&self.key, identifier.as_bytes()).as_ref())
    }

    /// The name of the action that renders one letter in `format`: a PDF is
    /// a letter, pages as images are a preview on a screen (processing too,
    /// marked so that an audit can leave previews aside).
    pub fn render_action(format: crate::render::Format) -> &'static str {
        match format {
            crate::render::Format::Pdf => "render-letter",
            _ => "render-preview",
        }
    }

    /// An action on `data` for `template`, started now.
    pub fn action(
        &self,
        name: &'static str,
        span: Span,
        actor: &str,
        template: &Template,
        data: &Value,
    ) -> Action {
        let subjects = DATA_SUBJECTS
            .iter()
            .filter_map(|(pointer, kind)| {
                let id = data.pointer(pointer)?.as_str()?;
                crate::templates::is_bsn(id).then(|| (self.pseudonym(id), *kind))
            })
            .collect();
        Action {
            name,
            span,
            start: SystemTime::now(),
            actor: actor.to_string(),
            template: template.name.clone(),
            processing_activity: template
                .manifest
                .processing_activity
                .clone()
                .unwrap_or_else(|| default_processing_activity(&template.name)),
            languages: None,
            case_reference: data
                .get("reference")
                .and_then(Value::as_str)
                .map(str::to_string),
            subjects,
            batch_line: None,
        }
    }

    /// Records the end of a render: the languages of the letter made
    /// (its `tags`), or how it was refused or failed.
    pub fn record_render(
        &self,
        mut action: Action,
        made: Result<Vec<String>, Outcome>,
    ) -> Result<(), RecordsError> {
        let outcome = match made {
            Ok(tags) => {
                action.languages = Some(tags.join("+"));
                Outcome::Rendered
            }
            Err(outcome) => outcome,
        };
        self.record(&action, &outcome)
    }

    /// Records the end of `action`: one line, or, with more than one data
    /// subject, one line for the action and one per data subject (each its
    /// own span under the action's, as the Logboek asks). The lines are
    /// written at once and synced to disk before this returns.
    pub fn record(&self, action: &Action, outcome: &Outcome) -> Result<(), RecordsError> {
        let end = SystemTime::now();
        let mut records = Vec::new();
        match action.subjects.as_slice() {
            [] => records.push(self.line(action, &action.span, None, outcome, end)),
            [one] => records.push(self.line(action, &action.span, Some(one), outcome, end)),
            many => {
                records.push(self.line(action, &action.span, None, outcome, end));
                for subject in many {
                    records.push(self.line(
                        action,
                        &action.span.child(),
                        Some(subject),
                        outcome,
                        end,
                    ));
                }
            }
        }
        let mut text = String::new();
        for record in &records {
            // A record of strings and numbers always serialises.
            text.push_str(&serde_json::to_string(record).unwrap_or_default());
            text.push('\n');
        }
        let written = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("an earlier write panicked"))
            .and_then(|mut file| {
                file.write_all(text.as_bytes())?;
                file.sync_data()
            });
        match written {
            Ok(()) => {
                self.written.inc_by(records.len() as u64);
                if let Some(otlp) = &self.otlp {
                    otlp.send(&records);
                }
                Ok(())
            }
            Err(source) => {
                self.failed.inc();
                Err(RecordsError::Write {
                    path: self.path.display().to_string(),
                    source,
                })
            }
        }
    }

    fn line(
        &self,
        action: &Action,
        span: &Span,
        subject: Option<&(String, &'static str)>,
        outcome: &Outcome,
        end: SystemTime,
    ) -> Record {
        let mut attributes = Map::new();
        let mut put = |k: &str, v: Value| {
            attributes.insert(k.to_string(), v);
        };
        put(
            "dpl.core.processing_activity_id",
            action.processing_activity.clone().into(),
        );
        if let Some((id, kind)) = subject {
            put("dpl.core.data_subject_id", id.clone().into());
            put("dpl.core.data_subject_id_type", (*kind).into());
        }
        put("eigentaal.template", action.template.clone().into());
        if let Some(languages) = &action.languages {
            put("eigentaal.languages", languages.clone().into());
        }
        put("eigentaal.actor", action.actor.clone().into());
        if let Some(reference) = &action.case_reference {
            put("eigentaal.case_reference", reference.clone().into());
        }
        if let Some(line) = action.batch_line {
            put("eigentaal.batch_line", line.into());
        }
        put("eigentaal.outcome", outcome.label().into());
        Record {
            trace_id: action.span.trace_id.to_string(),
            span_id: span.span_id.to_string(),
            parent_span_id: span.parent.map(|p| p.to_string()),
            foreign_operation: span.foreign.as_ref().map(|f| ForeignOperation {
                trace_id: f.trace_id.to_string(),
                span_id: f.span_id.to_string(),
                entity: f.entity.clone(),
            }),
            name: action.name,
            status_code: outcome.status_code(),
            start_time: timestamp(action.start),
            end_time: timestamp(end),
            resource: Resource {
                attributes: [
                    ("service.name".to_string(), Value::from("eigentaal")),
                    (
                        "service.version".to_string(),
                        Value::from(env!("CARGO_PKG_VERSION")),
                    ),
                ]
                .into_iter()
                .collect(),
            },
            attributes,
        }
    }
}

/// A key from a file or the environment, without the line break an editor
/// or `echo` adds.
fn trim_key(key: &[u8]) -> &[u8] {
    let end = key
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    &key[..end]
}

/// One line of the record file: the Logboek Dataverwerkingen interface.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    pub trace_id: String,
    pub span_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_span_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foreign_operation: Option<ForeignOperation>,
    pub name: &'static str,
    pub status_code: &'static str,
    /// RFC 3339 in UTC with milliseconds.
    pub start_time: String,
    pub end_time: String,
    pub resource: Resource,
    pub attributes: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ForeignOperation {
    pub trace_id: String,
    pub span_id: String,
    pub entity: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Resource {
    pub attributes: Map<String, Value>,
}

/// `2026-11-30T10:15:02.123Z`.
fn timestamp(t: SystemTime) -> String {
    let nanos = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(nanos as i128)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Nanoseconds since the epoch of a record timestamp (for OTLP).
fn unix_nanos(t: &str) -> u128 {
    let parse = || -> Option<u128> {
        let date = time::Date::from_calendar_date(
            t.get(0..4)?.parse().ok()?,
            time::Month::try_from(t.get(5..7)?.parse::<u8>().ok()?).ok()?,
            t.get(8..10)?.parse().ok()?,
        )
        .ok()?;
        let clock = time::Time::from_hms_milli(
            t.get(11..13)?.parse().ok()?,
            t.get(14..16)?.parse().ok()?,
            t.get(17..19)?.parse().ok()?,
            t.get(20..23)?.parse().ok()?,
        )
        .ok()?;
        u128::try_from(date.with_time(clock).assume_utc().unix_timestamp_nanos()).ok()
    };
    parse().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_is_parsed_as_trace_context_says() {
        let (trace, span, flags) =
            parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").unwrap();
        assert_eq!(trace.to_string(), "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(span.to_string(), "00f067aa0ba902b7");
        assert_eq!(flags, 1);
        for bad in [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "garbage",
        ] {
            assert!(parse_traceparent(bad).is_none(), "{bad}");
        }
        // A later version may carry more fields.
        assert!(
            parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-xyz")
                .is_some()
        );
    }

    #[test]
    fn a_span_joins_the_callers_trace_and_names_the_callers_span() {
        let span = Span::start(
            Some("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            "system:zaaksysteem",
        );
        assert_eq!(
            span.trace_id.to_string(),
            "4bf92f3577b34da6a3ce929d0e0e4736"
        );
        assert_ne!(span.span_id.to_string(), "00f067aa0ba902b7");
        let foreign = span.foreign.as_ref().unwrap();
        assert_eq!(foreign.span_id.to_string(), "00f067aa0ba902b7");
        assert_eq!(foreign.entity, "urn:eigentaal:actor:system:zaaksysteem");
        assert_eq!(
            span.traceparent(),
            format!("00-4bf92f3577b34da6a3ce929d0e0e4736-{}-01", span.span_id)
        );
        let child = span.child();
        assert_eq!(child.trace_id, span.trace_id);
        assert_eq!(child.parent, Some(span.span_id));
        let fresh = Span::start(Some("nonsense"), "cli:x");
        assert!(fresh.foreign.is_none());
        assert_ne!(fresh.trace_id, span.trace_id);
    }

    #[test]
    fn timestamps_are_rfc3339_utc_with_milliseconds_and_read_back() {
        let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(1_796_033_702_123);
        let s = timestamp(t);
        assert_eq!(s, "2026-11-30T10:15:02.123Z");
        assert_eq!(unix_nanos(&s), 1_796_033_702_123_000_000);
    }

    #[test]
    fn a_short_key_is_refused_and_a_trailing_newline_is_not_part_of_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("records.ndjson");
        assert!(matches!(
            Recorder::open(&path, b"short", None),
            Err(RecordsError::Config(_))
        ));
        let key = b"0123456789abcdef0123456789abcdef";
        let with_newline = [key.as_slice(), b"\n"].concat();
        let a = Recorder::open(&path, key, None).unwrap();
        let b = Recorder::open(&path, &with_newline, None).unwrap();
        assert_eq!(a.pseudonym("111222333"), b.pseudonym("111222333"));
        assert_ne!(a.pseudonym("111222333"), a.pseudonym("123456782"));
        assert_eq!(a.pseudonym("111222333").len(), 64);
    }
}
