//! One error taxonomy: the same failing case gets the same kind over HTTP
//! (the problem type), in a CLI batch and in an HTTP batch (`errors.ndjson`);
//! a JSON body must say it is JSON; a byte order mark is accepted.

use std::io::Read;

use serde_json::{Value, json};

use crate::server::{Server, assert_problem, post};
use crate::util::*;

/// Cases that fail in different ways, each with the kind every path must give.
fn failing_cases() -> Vec<(Value, &'static str)> {
    let mut invalid = example("afspraken");
    invalid["agreements"][0]["who"] = json!("nobody");
    let mut missing = example("afspraken");
    missing.as_object_mut().unwrap().remove("reference");
    let unavailable = example("afspraken");
    vec![
        (invalid, "invalid-case-data"),
        (missing, "invalid-case-data"),
        (unavailable, "unavailable-language"),
    ]
}

fn lang_of(kind: &str) -> &'static str {
    if kind == "unavailable-language" {
        "fr"
    } else {
        "nl"
    }
}

/// The failed cases of an errors.ndjson in input order (a batch with
/// several render threads writes them as they finish).
fn by_line(errors_ndjson: &str) -> Vec<Value> {
    let mut rows: Vec<Value> = errors_ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    rows.sort_by_key(|r| r["line"].as_u64());
    rows
}

/// (pointer, code, Dutch text) of every error of each failed case.
fn worded(errors: &[Value]) -> Vec<Vec<(String, String, String)>> {
    errors
        .iter()
        .map(|failure| {
            failure["errors"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    let field = |name: &str| e[name].as_str().unwrap_or_default().to_string();
                    (field("pointer"), field("code"), field("text"))
                })
                .collect()
        })
        .collect()
}

fn kinds(errors_ndjson: &str) -> Vec<String> {
    by_line(errors_ndjson)
        .iter()
        .map(|r| r["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_same_failure_has_the_same_kind_over_http_cli_batch_and_http_batch() {
    let server = Server::start(&[], &[]);
    let cases = failing_cases();
    let expected: Vec<&str> = cases.iter().map(|(_, k)| *k).collect();

    // HTTP, one letter each: the problem type, and each error's code and
    // Dutch text (as a batch row holds them).
    let mut over_http = Vec::new();
    for (case, kind) in &cases {
        let url = server.url(&format!(
            "/v1/templates/afspraken/render?lang={}",
            lang_of(kind)
        ));
        let r = post(&url, &[], &serde_json::to_vec(case).unwrap());
        let problem = r.json();
        assert_eq!(
            problem["type"],
            format!("urn:eigentaal:{kind}"),
            "{problem}"
        );
        over_http.push(problem);
    }
    let over_http = worded(&over_http);
    assert_eq!(
        over_http[..2],
        [
            vec![(
                "/agreements/0/who".to_string(),
                "choice".to_string(),
                "Kies een van de mogelijkheden.".to_string()
            )],
            vec![(
                "/reference".to_string(),
                "required".to_string(),
                "Dit moet u invullen.".to_string()
            )],
        ]
    );

    // The same cases as one NDJSON batch.
    let ndjson: String = cases
        .iter()
        .enumerate()
        .map(|(i, (case, kind))| {
            let mut line = case.clone();
            line["id"] = json!(format!("c{i}"));
            line["lang"] = json!(lang_of(kind));
            format!("{}\n", serde_json::to_string(&line).unwrap())
        })
        .collect();

    let r = post(
        &server.url("/v1/templates/afspraken/batch"),
        &[("content-type", "application/x-ndjson")],
        ndjson.as_bytes(),
    );
    assert_eq!(r.status, 200);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).unwrap();
    let mut errors = String::new();
    zip.by_name("errors.ndjson")
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    assert_eq!(kinds(&errors), expected, "HTTP batch:\n{errors}");
    assert_eq!(
        worded(&by_line(&errors)),
        over_http,
        "HTTP batch:\n{errors}"
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), &ndjson).unwrap();
    let (code, _, err) = eigentaal(
        &[
            "batch",
            "afspraken",
            "--input",
            "cases.ndjson",
            "--out",
            "out",
        ],
        b"",
        dir.path(),
    );
    assert_ne!(code, 0, "{err}");
    let errors = std::fs::read_to_string(dir.path().join("out/errors.ndjson")).unwrap();
    assert_eq!(kinds(&errors), expected, "CLI batch:\n{errors}");
    assert_eq!(worded(&by_line(&errors)), over_http, "CLI batch:\n{errors}");
    // The missing reference is reported at its own pointer everywhere.
    let missing = &by_line(&errors)[1];
    assert_eq!(missing["errors"][0]["pointer"], "/reference", "{missing}");
}

#[test]
fn a_json_body_must_say_it_is_json_and_may_start_with_a_byte_order_mark() {
    let server = Server::start(&[], &[]);
    let url = server.url("/v1/templates/afspraken/render");
    let case = serde_json::to_vec(&example("afspraken")).unwrap();

    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let r = post(&url, &[("content-type", content_type)], &case);
        let problem = assert_problem(&r, 415, "unsupported-media-type");
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("application/json"),
            "{problem}"
        );
    }
    // No Content-Type at all (the test client always sends one: raw HTTP).
    let authority = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut stream = std::net::TcpStream::connect(&authority).unwrap();
    use std::io::Write;
    write!(
        stream,
        "POST /v1/templates/afspraken/render HTTP/1.1\r\nHost: {authority}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        case.len()
    )
    .unwrap();
    stream.write_all(&case).unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 415"), "{reply}");
    assert!(reply.contains("has no Content-Type"), "{reply}");

    let r = post(
        &url,
        &[("content-type", "application/json; charset=utf-8")],
        &case,
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));

    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&case);
    let r = post(&url, &[], &with_bom);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(r.body.starts_with(b"%PDF-"));
}

#[test]
fn a_png_is_bounded_by_pixels_and_so_is_the_servers_memory() {
    let server = Server::start(&[], &[]);
    let case = serde_json::to_vec(&example("afspraken")).unwrap();
    let png = [("accept", "image/png")];

    let r = post(
        &server.url("/v1/templates/afspraken/render?dpi=600"),
        &png,
        &case,
    );
    let problem = assert_problem(&r, 400, "too-many-pixels");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("at most 300 dpi"),
        "{problem}"
    );

    let before = server.peak_rss_kib();
    for _ in 0..3 {
        let r = post(
            &server.url("/v1/templates/afspraken/render?dpi=300"),
            &png,
            &case,
        );
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert!(r.body.starts_with(b"\x89PNG"));
    }
    let peak = server.peak_rss_kib();
    eprintln!("server peak RSS: {before} KiB before, {peak} KiB after three 300 dpi PNGs");
    // One A4 pixmap at the cap is 35 MB; a render slot per core holds one.
    assert!(
        peak < before + 256 * 1024,
        "PNG memory is bounded: peak {peak} KiB, {before} KiB before"
    );
}
