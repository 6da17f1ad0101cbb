//! A copy of every processing record as an OpenTelemetry span, sent to an
//! OTLP/HTTP endpoint in the protocol's JSON encoding
//! (`POST <endpoint>/v1/traces`, `ExportTraceServiceRequest`), as the
//! Logboek Dataverwerkingen recommends. The record file stays the record of
//! what was handed out: spans are sent from a background thread, a few at a
//! time, and a collector that is down or slow never holds a letter back.
//! What could not be sent is counted (`/metrics`) and logged without content.

use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::time::Duration;

use prometheus_client::metrics::counter::Counter;
use serde_json::{Value, json};

use super::{Record, RecordsError};

/// Spans waiting to be sent; beyond this they are dropped (and counted).
const QUEUE: usize = 10_000;
/// Spans per request at most.
const BATCH: usize = 256;

/// Sends spans to one OTLP/HTTP endpoint.
pub struct Exporter {
    queue: SyncSender<Value>,
    /// Spans the collector accepted.
    pub sent: Counter,
    /// Spans not delivered: queue full, collector refused or unreachable.
    pub lost: Counter,
}

impl Exporter {
    /// Starts the sender for `endpoint` (`http://collector:4318`, or the
    /// full `.../v1/traces` URL).
    pub fn start(endpoint: &str) -> Result<Self, RecordsError> {
        let endpoint = endpoint.trim_end_matches('/');
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(RecordsError::Config(format!(
                "--records-otlp must be an http:// or https:// URL, not `{endpoint}`"
            )));
        }
        let url = if endpoint.ends_with("/v1/traces") {
            endpoint.to_string()
        } else {
            format!("{endpoint}/v1/traces")
        };
        let (queue, rx) = std::sync::mpsc::sync_channel(QUEUE);
        let (sent, lost) = (Counter::default(), Counter::default());
        let (s, l) = (sent.clone(), lost.clone());
        std::thread::Builder::new()
            .name("otlp-records".into())
            .spawn(move || send_loop(&url, &rx, &s, &l))
            .map_err(|e| RecordsError::Config(format!("failed to start the OTLP sender: {e}")))?;
        Ok(Self { queue, sent, lost })
    }

    /// Queues the spans of `records` without waiting.
    pub fn send(&self, records: &[Record]) {
        for record in records {
            match self.queue.try_send(span(record)) {
                Ok(()) => {}
                Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                    self.lost.inc();
                }
            };
        }
    }
}

fn send_loop(url: &str, rx: &Receiver<Value>, sent: &Counter, lost: &Counter) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(10)))
        .http_status_as_error(false)
        .user_agent(concat!("eigentaal/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    while let Ok(first) = rx.recv() {
        let mut spans = vec![first];
        while spans.len() < BATCH {
            match rx.try_recv() {
                Ok(span) => spans.push(span),
                Err(_) => break,
            }
        }
        let n = spans.len() as u64;
        let body = request(spans).to_string();
        let answer = agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body);
        match answer {
            Ok(r) if r.status().is_success() => {
                sent.inc_by(n);
            }
            Ok(r) => {
                lost.inc_by(n);
                tracing::warn!(
                    status = r.status().as_u16(),
                    spans = n,
                    "the OTLP endpoint refused processing records"
                );
            }
            Err(e) => {
                lost.inc_by(n);
                tracing::warn!(error = %e, spans = n, "failed to send processing records to the OTLP endpoint");
            }
        }
    }
}

/// An `ExportTraceServiceRequest` with `spans` under eigentaal's resource.
fn request(spans: Vec<Value>) -> Value {
    json!({
        "resourceSpans": [{
            "resource": { "attributes": [
                attribute("service.name", &Value::from("eigentaal")),
                attribute("service.version", &Value::from(env!("CARGO_PKG_VERSION"))),
            ]},
            "scopeSpans": [{
                "scope": { "name": "eigentaal.records", "version": env!("CARGO_PKG_VERSION") },
                "spans": spans,
            }],
        }],
    })
}

/// A record as an OTLP span (JSON encoding: ids in hex, 64-bit integers
/// as strings, enums as numbers). The caller's span is the parent, and is
/// linked as the foreign operation.
fn span(record: &Record) -> Value {
    let status = match record.status_code {
        "STATUS_CODE_OK" => 1,
        "STATUS_CODE_ERROR" => 2,
        _ => 0,
    };
    let parent = record
        .parent_span_id
        .clone()
        .or_else(|| record.foreign_operation.as_ref().map(|f| f.span_id.clone()));
    let mut span = json!({
        "traceId": record.trace_id,
        "spanId": record.span_id,
        "name": record.name,
        // SPAN_KIND_SERVER: eigentaal answers a caller's request.
        "kind": 2,
        "startTimeUnixNano": super::unix_nanos(&record.start_time).to_string(),
        "endTimeUnixNano": super::unix_nanos(&record.end_time).to_string(),
        "attributes": record.attributes.iter().map(|(k, v)| attribute(k, v)).collect::<Vec<_>>(),
        "status": { "code": status },
    });
    if let Some(parent) = parent {
        span["parentSpanId"] = parent.into();
    }
    if let Some(f) = &record.foreign_operation {
        span["links"] = json!([{
            "traceId": f.trace_id,
            "spanId": f.span_id,
            "attributes": [attribute("dpl.core.foreign_operation.entity", &Value::from(f.entity.clone()))],
        }]);
    }
    span
}

fn attribute(key: &str, value: &Value) -> Value {
    let value = match value {
        Value::Number(n) if n.is_i64() || n.is_u64() => json!({ "intValue": n.to_string() }),
        Value::Bool(b) => json!({ "boolValue": b }),
        Value::String(s) => json!({ "stringValue": s }),
        other => json!({ "stringValue": other.to_string() }),
    };
    json!({ "key": key, "value": value })
}
