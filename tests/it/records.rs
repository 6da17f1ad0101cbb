//! Processing records (docs/records.md): one record per letter, with the
//! Logboek Dataverwerkingen fields, the caller's trace, a keyed hash of the
//! BSN and no personal data; no letter without its record.

use std::io::Read;

use serde_json::{Value, json};

use crate::server::{Server, get, post};
use crate::util::{eigentaal, example, pdf_text};

const KEY: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const CALLER_TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN: &str = "00f067aa0ba902b7";

fn records_of(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Every string in `data` of four characters or more, except the case
/// reference (which a record carries).
fn case_strings(data: &Value, out: &mut Vec<String>) {
    match data {
        Value::String(s) if s.chars().count() >= 4 => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| case_strings(v, out)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| k.as_str() != "reference")
            .for_each(|(_, v)| case_strings(v, out)),
        _ => {}
    }
}

/// Asserts no string of the case data appears in any value of the records
/// (their timestamps left out, which a date in the case could match by
/// chance; the field names are the standard's).
fn assert_no_case_values(records: &[Value], data: &Value) {
    let mut strings = Vec::new();
    case_strings(data, &mut strings);
    assert!(strings.len() > 10, "the case has strings to look for");
    for record in records {
        let mut record = record.clone();
        record["start_time"] = Value::Null;
        record["end_time"] = Value::Null;
        let mut values = Vec::new();
        all_values(&record, &mut values);
        for s in &strings {
            for v in &values {
                assert!(
                    !v.contains(s.as_str()),
                    "record carries case value {s:?}: {record}"
                );
            }
        }
    }
}

fn all_values(record: &Value, out: &mut Vec<String>) {
    match record {
        Value::String(s) => out.push(s.clone()),
        Value::Number(n) => out.push(n.to_string()),
        Value::Array(items) => items.iter().for_each(|v| all_values(v, out)),
        Value::Object(map) => map.values().for_each(|v| all_values(v, out)),
        _ => {}
    }
}

fn subject(record: &Value) -> Option<&str> {
    record["attributes"]["dpl.core.data_subject_id"].as_str()
}

fn with_bsn(template: &str, bsn: &str) -> Value {
    let mut data = example(template);
    data["recipient"]["bsn"] = json!(bsn);
    data
}

fn server(records: &std::path::Path) -> Server {
    Server::start(
        &["--records", records.to_str().unwrap()],
        &[
            ("EIGENTAAL_RECORDS_KEY", KEY),
            (
                "EIGENTAAL_API_KEYS",
                "zaaksysteem=0123456789abcdef0123456789abcdef",
            ),
        ],
    )
}

const AUTH: (&str, &str) = ("authorization", "Bearer 0123456789abcdef0123456789abcdef");

#[test]
fn a_letter_leaves_one_record_in_the_callers_trace_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.ndjson");
    let server = server(&path);
    let data = with_bsn("afspraken", "111222333");
    let traceparent = format!("00-{CALLER_TRACE}-{CALLER_SPAN}-01");
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=ar"),
        &[AUTH, ("traceparent", &traceparent)],
        &serde_json::to_vec(&data).unwrap(),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    // The BSN is never printed.
    assert!(!pdf_text(&r.body).contains("111222333"));

    let records = records_of(&path);
    assert_eq!(records.len(), 1, "{records:?}");
    let record = &records[0];
    assert_eq!(record["trace_id"], CALLER_TRACE);
    assert_eq!(record["foreign_operation"]["trace_id"], CALLER_TRACE);
    assert_eq!(record["foreign_operation"]["span_id"], CALLER_SPAN);
    assert_eq!(
        record["foreign_operation"]["entity"],
        "urn:eigentaal:actor:system:zaaksysteem"
    );
    let span = record["span_id"].as_str().unwrap();
    assert_eq!(span.len(), 16);
    assert_ne!(span, CALLER_SPAN);
    // The response names the recorded action in the caller's trace.
    assert_eq!(
        r.header("traceparent"),
        format!("00-{CALLER_TRACE}-{span}-01")
    );
    assert_eq!(record["name"], "render-letter");
    assert_eq!(record["status_code"], "STATUS_CODE_OK");
    for field in ["start_time", "end_time"] {
        let t = record[field].as_str().unwrap();
        assert!(t.len() == 24 && t.ends_with('Z') && t.contains('T'), "{t}");
    }
    assert!(record["start_time"].as_str() <= record["end_time"].as_str());
    let a = &record["attributes"];
    assert_eq!(
        a["dpl.core.processing_activity_id"],
        "urn:eigentaal:template:afspraken"
    );
    assert_eq!(a["dpl.core.data_subject_id_type"], "BSN");
    let hash = subject(record).unwrap();
    assert_eq!(hash.len(), 64);
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(a["eigentaal.template"], "afspraken");
    assert_eq!(a["eigentaal.languages"], "ar");
    assert_eq!(a["eigentaal.actor"], "system:zaaksysteem");
    assert_eq!(a["eigentaal.case_reference"], "AFS-2026-01873");
    assert_eq!(a["eigentaal.outcome"], "rendered");
    assert_eq!(
        record["resource"]["attributes"]["service.name"],
        "eigentaal"
    );
    assert_no_case_values(&records, &data);
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("111222333")
    );
    // The request log has no BSN either.
    assert!(!server.log().contains("111222333"));

    // The same BSN gives the same hash; another BSN another one.
    let again = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH],
        &serde_json::to_vec(&data).unwrap(),
    );
    assert_eq!(again.status, 200);
    let other = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH],
        &serde_json::to_vec(&with_bsn("afspraken", "123456782")).unwrap(),
    );
    assert_eq!(other.status, 200);
    let records = records_of(&path);
    assert_eq!(records.len(), 3);
    assert_eq!(subject(&records[1]), Some(hash));
    assert_ne!(subject(&records[2]), Some(hash));
    // Without a traceparent each request is a trace of its own.
    assert_ne!(records[1]["trace_id"], CALLER_TRACE);
    assert_ne!(records[1]["trace_id"], records[2]["trace_id"]);
    assert!(records[1].get("foreign_operation").is_none());
    assert!(
        again
            .header("traceparent")
            .contains(records[1]["trace_id"].as_str().unwrap())
    );

    // Counted in /metrics.
    let metrics = String::from_utf8(get(&server.url("/metrics"), &[]).body).unwrap();
    assert!(
        metrics.contains("eigentaal_records_written_total 3"),
        "{metrics}"
    );
    assert!(metrics.contains("eigentaal_records_failed_total 0"));
}

#[test]
fn refusals_are_recorded_previews_are_marked_and_a_couple_is_two_data_subjects() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.ndjson");
    let server = server(&path);

    // An invalid BSN is invalid case data at its pointer.
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH],
        &serde_json::to_vec(&with_bsn("afspraken", "111222334")).unwrap(),
    );
    assert_eq!(r.status, 422);
    let problem = r.json();
    assert_eq!(
        crate::server::problem_pointers(&problem),
        ["/recipient/bsn"]
    );
    assert!(!String::from_utf8_lossy(&r.body).contains("111222334"));

    // A preview (an SVG page) is recorded as one.
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH, ("accept", "image/svg+xml")],
        &serde_json::to_vec(&with_bsn("afspraken", "111222333")).unwrap(),
    );
    assert_eq!(r.status, 200);

    // A couple: the action's own record and one per partner below it.
    let mut data = example("beschikking");
    data["recipient"]["bsn"] = json!("111222333");
    data["partner"]["bsn"] = json!("123456782");
    let r = post(
        &server.url("/v1/templates/beschikking/render?acceptUnreviewed=true"),
        &[AUTH],
        &serde_json::to_vec(&data).unwrap(),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));

    let records = records_of(&path);
    assert_eq!(records.len(), 5, "{records:#?}");
    let refused = &records[0];
    assert_eq!(refused["status_code"], "STATUS_CODE_UNSET");
    assert_eq!(
        refused["attributes"]["eigentaal.outcome"],
        "invalid-case-data"
    );
    // An invalid BSN identifies no one.
    assert!(subject(refused).is_none());
    assert_eq!(records[1]["name"], "render-preview");
    assert_eq!(records[1]["status_code"], "STATUS_CODE_OK");

    let (action, partners) = (&records[2], &records[3..]);
    assert_eq!(action["name"], "render-letter");
    assert!(subject(action).is_none());
    assert_eq!(action["attributes"]["eigentaal.languages"], "nl");
    for partner in partners {
        assert_eq!(partner["trace_id"], action["trace_id"]);
        assert_eq!(partner["parent_span_id"], action["span_id"]);
        assert_ne!(partner["span_id"], action["span_id"]);
        assert_eq!(
            partner["attributes"]["dpl.core.data_subject_id_type"],
            "BSN"
        );
    }
    assert_ne!(subject(&partners[0]), subject(&partners[1]));
    // The recipient's hash is the one the preview recorded for that BSN.
    assert_eq!(subject(&partners[0]), subject(&records[1]));
    assert_no_case_values(&records, &data);
}

#[test]
fn a_record_that_cannot_be_written_means_no_letter() {
    // /dev/full: opening works, every write fails as on a full disk.
    let server = server(std::path::Path::new("/dev/full"));
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH],
        &serde_json::to_vec(&with_bsn("afspraken", "111222333")).unwrap(),
    );
    assert_eq!(r.status, 503);
    assert_eq!(r.header("content-type"), "application/problem+json");
    assert_eq!(r.json()["type"], "urn:eigentaal:records-unavailable");
    assert!(!r.body.starts_with(b"%PDF"));
    let metrics = String::from_utf8(get(&server.url("/metrics"), &[]).body).unwrap();
    assert!(
        metrics.contains("eigentaal_records_failed_total 1"),
        "{metrics}"
    );
    assert!(metrics.contains("eigentaal_records_written_total 0"));

    // The command line: exit 1, no letter written.
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.json");
    std::fs::write(
        &case,
        serde_json::to_vec(&with_bsn("afspraken", "111222333")).unwrap(),
    )
    .unwrap();
    let out = dir.path().join("letter.pdf");
    let (code, _, stderr) = eigentaal(
        &[
            "render",
            "afspraken",
            "-d",
            case.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--records",
            "/dev/full",
            "--records-key-file",
            key_file(dir.path()).to_str().unwrap(),
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("not written without its record"),
        "{stderr}"
    );
    assert!(!out.exists());
}

fn key_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("records.key");
    std::fs::write(&path, format!("{KEY}\n")).unwrap();
    path
}

#[test]
fn records_need_a_key_and_the_command_line_writes_them_too() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.ndjson");
    let case = dir.path().join("case.json");
    let data = with_bsn("uitnodiging", "111222333");
    std::fs::write(&case, serde_json::to_vec(&data).unwrap()).unwrap();

    let (code, _, stderr) = eigentaal(
        &[
            "render",
            "uitnodiging",
            "-d",
            case.to_str().unwrap(),
            "--records",
            records.to_str().unwrap(),
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("--records-key-file"), "{stderr}");
    assert!(!records.exists() || records_of(&records).is_empty());

    let out = dir.path().join("letter.pdf");
    let (code, _, stderr) = eigentaal(
        &[
            "render",
            "uitnodiging",
            "-l",
            "uk",
            "-d",
            case.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--records",
            records.to_str().unwrap(),
            "--records-key-file",
            key_file(dir.path()).to_str().unwrap(),
            "--records-actor",
            "nachtbatch",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(out.exists());
    let lines = records_of(&records);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["attributes"]["eigentaal.actor"], "cli:nachtbatch");
    assert_eq!(lines[0]["attributes"]["eigentaal.languages"], "uk");
    assert_eq!(lines[0]["attributes"]["eigentaal.outcome"], "rendered");
    assert_no_case_values(&lines, &data);

    // A batch: one record per case under the batch's own record, in the
    // trace TRACEPARENT names.
    let input = dir.path().join("cases.ndjson");
    let mut bad = data.clone();
    bad["recipient"]["bsn"] = json!("12345");
    let cases = [
        json!({"id": "a", "lang": "ar"}),
        json!({"id": "b", "lang": "nl"}),
    ]
    .iter()
    .map(|meta| {
        let mut case = data.clone();
        case["id"] = meta["id"].clone();
        case["lang"] = meta["lang"].clone();
        case.to_string()
    })
    .chain([bad.to_string()])
    .collect::<Vec<_>>()
    .join("\n");
    std::fs::write(&input, cases).unwrap();
    let batch_records = dir.path().join("batch-records.ndjson");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_eigentaal"));
    let output = command
        .args(["batch", "uitnodiging", "--input"])
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("out"))
        .arg("--records")
        .arg(&batch_records)
        .arg("--records-key-file")
        .arg(key_file(dir.path()))
        .env("TRACEPARENT", format!("00-{CALLER_TRACE}-{CALLER_SPAN}-00"))
        .output()
        .unwrap();
    // One case is invalid: the batch says so and exits 1.
    assert_eq!(output.status.code(), Some(1));
    let lines = records_of(&batch_records);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    let batch = lines.last().unwrap();
    assert_eq!(batch["name"], "render-batch");
    assert_eq!(batch["trace_id"], CALLER_TRACE);
    assert_eq!(batch["foreign_operation"]["span_id"], CALLER_SPAN);
    let mut cases: Vec<&Value> = lines[..3].iter().collect();
    cases.sort_by_key(|r| r["attributes"]["eigentaal.batch_line"].as_u64());
    for case in &cases {
        assert_eq!(case["name"], "render-batch-case");
        assert_eq!(case["trace_id"], CALLER_TRACE);
        assert_eq!(case["parent_span_id"], batch["span_id"]);
    }
    assert_eq!(cases[0]["attributes"]["eigentaal.languages"], "ar");
    assert_eq!(cases[2]["status_code"], "STATUS_CODE_UNSET");
    assert_eq!(
        cases[2]["attributes"]["eigentaal.outcome"],
        "invalid-case-data"
    );
    assert_eq!(subject(cases[0]), subject(cases[1]));
    assert_no_case_values(&lines, &data);
}

#[test]
fn an_http_batch_records_each_case_under_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.ndjson");
    let server = server(&path);
    let data = with_bsn("afspraken", "111222333");
    let mut lines = Vec::new();
    // The third case repeats the first's id: refused before it is
    // rendered, so nobody's data was processed for it and it has no record.
    for (id, bsn) in [
        ("c1", "111222333"),
        ("c2", "123456782"),
        ("c1", "123456782"),
    ] {
        let mut case = data.clone();
        case["id"] = json!(id);
        case["recipient"]["bsn"] = json!(bsn);
        lines.push(case.to_string());
    }
    let r = post(
        &server.url("/v1/templates/afspraken/batch"),
        &[AUTH, ("content-type", "application/x-ndjson")],
        lines.join("\n").as_bytes(),
    );
    assert_eq!(r.status, 200);
    let span = r.header("traceparent").to_string();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).unwrap();
    let mut summary = String::new();
    zip.by_name("summary.json")
        .unwrap()
        .read_to_string(&mut summary)
        .unwrap();
    assert!(summary.contains("\"rendered\": 2"), "{summary}");
    let mut errors = String::new();
    zip.by_name("errors.ndjson")
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    assert!(errors.contains("\"duplicate-id\""), "{errors}");
    let records = records_of(&path);
    assert_eq!(records.len(), 3, "{records:#?}");
    let batch = &records[2];
    assert_eq!(batch["name"], "render-batch");
    assert_eq!(batch["attributes"]["eigentaal.actor"], "system:zaaksysteem");
    assert!(span.contains(batch["span_id"].as_str().unwrap()), "{span}");
    for case in &records[..2] {
        assert_eq!(case["parent_span_id"], batch["span_id"]);
        assert_eq!(case["status_code"], "STATUS_CODE_OK");
    }
    assert_ne!(subject(&records[0]), subject(&records[1]));
    assert_no_case_values(&records, &data);
}

/// A Python with the official OpenTelemetry protobuf definitions, made once.
fn otlp_python() -> std::path::PathBuf {
    let venv = std::path::PathBuf::from(
        std::env::var("EIGENTAAL_OTLP_VENV")
            .unwrap_or_else(|_| "/var/tmp/eigentaal-otlp-venv".into()),
    );
    let python = venv.join("bin/python");
    let ready = std::process::Command::new(&python)
        .args(["-c", "import opentelemetry.proto"])
        .status()
        .is_ok_and(|s| s.success());
    if !ready {
        let made = std::process::Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 not found");
        assert!(
            made.success(),
            "python3 -m venv failed (Debian: apt-get install python3-venv)"
        );
        let installed = std::process::Command::new(venv.join("bin/pip"))
            .args([
                "install",
                "-q",
                "--disable-pip-version-check",
                "opentelemetry-proto==1.45.2",
                "protobuf==7.36.2",
            ])
            .status()
            .unwrap();
        assert!(
            installed.success(),
            "pip install opentelemetry-proto failed"
        );
    }
    python
}

#[test]
fn records_are_sent_as_otlp_spans_the_official_definitions_accept() {
    use std::io::BufRead;
    let mut receiver = std::process::Command::new(otlp_python())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/otlp/receiver.py"
        ))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(receiver.stdout.take().unwrap()).lines();
    let port = lines
        .next()
        .unwrap()
        .unwrap()
        .strip_prefix("listening ")
        .unwrap()
        .to_string();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.ndjson");
    let server = Server::start(
        &[
            "--records",
            path.to_str().unwrap(),
            "--records-otlp",
            &format!("http://127.0.0.1:{port}"),
        ],
        &[
            ("EIGENTAAL_RECORDS_KEY", KEY),
            (
                "EIGENTAAL_API_KEYS",
                "zaaksysteem=0123456789abcdef0123456789abcdef",
            ),
        ],
    );
    let traceparent = format!("00-{CALLER_TRACE}-{CALLER_SPAN}-01");
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH, ("traceparent", &traceparent)],
        &serde_json::to_vec(&with_bsn("afspraken", "111222333")).unwrap(),
    );
    assert_eq!(r.status, 200);
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[AUTH],
        &serde_json::to_vec(&with_bsn("afspraken", "11122233")).unwrap(),
    );
    assert_eq!(r.status, 422);

    let mut spans = Vec::new();
    while spans.len() < 2 {
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("the OTLP receiver got both spans");
        assert!(!line.starts_with("rejected"), "{line}");
        spans.push(serde_json::from_str::<Value>(&line).unwrap());
    }
    let records = records_of(&path);
    for (span, record) in spans.iter().zip(&records) {
        assert_eq!(span["trace_id"], record["trace_id"]);
        assert_eq!(span["span_id"], record["span_id"]);
        assert_eq!(span["name"], record["name"]);
        assert_eq!(span["service"][0], "eigentaal");
        assert_eq!(
            span["attributes"]["dpl.core.processing_activity_id"]["stringValue"],
            "urn:eigentaal:template:afspraken"
        );
    }
    // The caller's span is the parent and the link; the status is OK.
    assert_eq!(spans[0]["trace_id"], CALLER_TRACE);
    assert_eq!(spans[0]["parent_span_id"], CALLER_SPAN);
    assert_eq!(spans[0]["links"][0], CALLER_SPAN);
    assert_eq!(spans[0]["status"], 1);
    assert_eq!(
        spans[0]["attributes"]["dpl.core.data_subject_id"]["stringValue"],
        records[0]["attributes"]["dpl.core.data_subject_id"]
    );
    // A refusal is not an error of the processing: UNSET.
    assert_eq!(spans[1]["status"], 0);
    // Counted once the receiver has answered.
    let sent = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        String::from_utf8(get(&server.url("/metrics"), &[]).body)
            .unwrap()
            .contains("eigentaal_records_otlp_sent_total 2")
    });
    // The receiver prints a span before it answers: it lives until the
    // answers have been counted.
    let _ = receiver.kill();
    let _ = receiver.wait();
    assert!(sent, "eigentaal_records_otlp_sent_total reaches 2");
}
