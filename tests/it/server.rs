//! The real `eigentaal serve` on an ephemeral port, driven by a real HTTP client.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::util::*;

/// A running server; killed when dropped. Its log is collected.
pub(crate) struct Server {
    child: Child,
    base: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    pub(crate) fn start(args: &[&str], env: &[(&str, &str)]) -> Server {
        Server::start_on("127.0.0.1:0", args, env)
    }

    /// As `start`, on a given address (login needs its public URL up front).
    pub(crate) fn start_on(listen: &str, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_eigentaal"));
        command
            .args(["serve", "--listen", listen])
            .args(args)
            .env_remove("EIGENTAAL_API_KEYS")
            .env_remove("EIGENTAAL_LISTEN")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command.spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("server exited before listening")
                .unwrap();
            if let Some(addr) = line.strip_prefix("eigentaal listening on ") {
                break addr.trim().to_string();
            }
        };
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        Server { child, base, log }
    }

    /// The server process's peak resident memory (VmHWM), in KiB.
    pub(crate) fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM in /proc/<pid>/status")
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

pub(crate) struct Reply {
    pub(crate) status: u16,
    headers: ureq::http::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
}

fn reply(mut response: ureq::http::Response<ureq::Body>) -> Reply {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .body_mut()
        .with_config()
        .limit(200 * 1024 * 1024)
        .read_to_vec()
        .unwrap();
    Reply {
        status,
        headers,
        body,
    }
}

pub(crate) fn get(url: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = agent().get(url);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    reply(request.call().unwrap())
}

/// POSTs `body`. A render request says it is JSON unless `headers` name
/// another `content-type`; a batch is sent as given (its format is sniffed).
pub(crate) fn post(url: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut request = agent().post(url);
    if url.contains("/render")
        && !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
    {
        request = request.header("content-type", "application/json");
    }
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    reply(request.send(body).unwrap())
}

fn case(template: &str) -> Vec<u8> {
    serde_json::to_vec(&example(template)).unwrap()
}

/// The JSON pointers of a problem's `errors`, in order.
pub(crate) fn problem_pointers(problem: &Value) -> Vec<&str> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect()
}

pub(crate) fn assert_problem(r: &Reply, status: u16, kind: &str) -> Value {
    assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.header("content-type"), "application/problem+json");
    assert_eq!(r.header("api-version"), eigentaal::server::API_VERSION);
    let problem = r.json();
    assert_eq!(problem["type"], format!("urn:eigentaal:{kind}"));
    assert_eq!(problem["status"], status);
    problem
}

#[test]
fn templates_are_listed_with_languages_schema_and_example() {
    let server = Server::start(&[], &[]);
    let list = get(&server.url("/v1/templates"), &[]).json();
    let afspraken = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "afspraken")
        .unwrap();
    let ar = afspraken["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "ar")
        .unwrap();
    assert_eq!(ar["status"], "machine-draft");
    assert_eq!(ar["direction"], "rtl");
    assert_eq!(ar["name"], "العربية");
    let detail = get(&server.url("/v1/templates/afspraken"), &[]).json();
    assert_eq!(detail["schema"]["type"], "object");
    assert_eq!(detail["example"], example("afspraken"));
    assert_problem(
        &get(&server.url("/v1/templates/nope"), &[]),
        404,
        "unknown-template",
    );
}

#[test]
fn previews_are_gzipped_for_clients_that_accept_it_pdfs_are_not() {
    let server = Server::start(&[], &[]);
    let url = server.url("/v1/templates/afspraken/render");
    let r = post(
        &format!("{url}?lang=ar&with=nl&page=1"),
        &[("accept", "image/svg+xml"), ("accept-encoding", "gzip")],
        &case("afspraken"),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), "image/svg+xml");
    assert_eq!(r.header("content-encoding"), "gzip");
    let mut svg = String::new();
    flate2::read::GzDecoder::new(&r.body[..])
        .read_to_string(&mut svg)
        .unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    assert!(
        r.body.len() * 3 < svg.len(),
        "{} bytes sent for {} bytes of SVG",
        r.body.len(),
        svg.len()
    );
    // Without Accept-Encoding: as it is.
    let plain = post(
        &format!("{url}?lang=ar&with=nl&page=1"),
        &[("accept", "image/svg+xml")],
        &case("afspraken"),
    );
    assert_eq!(plain.header("content-encoding"), "");
    assert_eq!(plain.body, svg.as_bytes());
    // A PDF is compressed inside already: sent as it is.
    let r = post(&url, &[("accept-encoding", "gzip")], &case("afspraken"));
    assert_eq!(r.header("content-type"), "application/pdf");
    assert_eq!(r.header("content-encoding"), "");
    assert!(r.body.starts_with(b"%PDF-"));
}

#[test]
fn render_pdf_with_headers_and_stable_etag() {
    let server = Server::start(&[], &[]);
    let url = server.url("/v1/templates/afspraken/render?lang=ar-SY&with=nl");
    let first = post(
        &url,
        &[("content-type", "application/json")],
        &case("afspraken"),
    );
    assert_eq!(
        first.status,
        200,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    assert_eq!(first.header("content-type"), "application/pdf");
    // Arabic text with Syrian dates: the header says so.
    assert_eq!(first.header("content-language"), "ar-SY, nl");
    assert_eq!(
        first.header("content-disposition"),
        "attachment; filename=\"afspraken-AFS-2026-01873-ar-SY-nl.pdf\""
    );
    assert!(pdf_text(&first.body).contains("Uw afspraken met de gemeente"));
    let second = post(&url, &[], &case("afspraken"));
    assert_eq!(first.header("etag"), second.header("etag"));
    assert!(first.body == second.body);
    let etag = first.header("etag").to_string();
    let cached = post(&url, &[("if-none-match", &etag)], &case("afspraken"));
    assert_eq!(cached.status, 304);
    // The case data never reaches the log.
    let log = server.log();
    assert!(log.contains("/v1/templates/{name}/render"), "{log}");
    assert!(
        !log.contains("Haddad") && !log.contains("AFS-2026"),
        "{log}"
    );
}

#[test]
fn accept_language_and_accept_choose_language_and_format() {
    let server = Server::start(&[], &[]);
    let url = server.url("/v1/templates/afspraken/render");
    let r = post(
        &url,
        &[("accept-language", "de-DE, nl;q=0.5, ar;q=0.8")],
        &case("afspraken"),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-language"), "ar");
    let r = post(
        &url,
        &[("accept-language", "de, fr;q=0.9")],
        &case("afspraken"),
    );
    assert_eq!(r.header("content-language"), "nl");
    // An alias reaches its language: `prs` is Dari, the folder `fa-AF`.
    let r = post(
        &url,
        &[("accept-language", "prs, nl;q=0.5")],
        &case("afspraken"),
    );
    assert_eq!(r.header("content-language"), "fa-AF");
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=prs"),
        &[],
        &case("afspraken"),
    );
    assert_eq!(r.header("content-language"), "fa-AF");
    assert!(
        r.header("content-disposition").ends_with("-fa-AF.pdf\""),
        "{}",
        r.header("content-disposition")
    );
    let r = post(
        &url,
        &[("accept", "text/html;q=1, image/png;q=0.5")],
        &case("afspraken"),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), "image/png");
    assert_eq!(&r.body[..4], b"\x89PNG");
    let r = post(
        &format!("{url}?lang=ar&page=2&with=nl"),
        &[("accept", "image/svg+xml")],
        &case("afspraken"),
    );
    assert_eq!(r.header("content-type"), "image/svg+xml");
    assert!(String::from_utf8_lossy(&r.body).starts_with("<svg"));
    assert_problem(
        &post(&url, &[("accept", "text/html")], &case("afspraken")),
        406,
        "unsupported-media-type",
    );
    assert_problem(
        &post(
            &format!("{url}?page=99"),
            &[("accept", "image/png")],
            &case("afspraken"),
        ),
        400,
        "no-such-page",
    );
}

#[test]
fn errors_are_problem_json_with_pointers() {
    let server = Server::start(&["--max-body-kib", "4"], &[]);
    let url = server.url("/v1/templates/afspraken/render");
    let p = assert_problem(&post(&url, &[], b"{\"reference\": "), 400, "malformed-json");
    assert!(p["detail"].as_str().unwrap().contains("line 1"), "{p}");
    let mut data = example("afspraken");
    data["agreements"][0]["due"] = json!("morgen");
    data.as_object_mut().unwrap().remove("staff");
    let p = assert_problem(
        &post(&url, &[], &serde_json::to_vec(&data).unwrap()),
        422,
        "invalid-case-data",
    );
    let pointers = problem_pointers(&p);
    assert!(
        pointers.contains(&"/agreements/0/due") && pointers.contains(&"/staff"),
        "{pointers:?}"
    );
    let p = assert_problem(
        &post(&format!("{url}?lang=xx"), &[], &case("afspraken")),
        406,
        "unavailable-language",
    );
    assert!(
        p["available"].as_array().unwrap().contains(&json!("ar")),
        "{p}"
    );
    assert_problem(
        &post(
            &server.url("/v1/templates/brief/render"),
            &[],
            &case("afspraken"),
        ),
        404,
        "unknown-template",
    );
    let big = vec![b' '; 8 * 1024];
    assert_problem(&post(&url, &[], &big), 413, "body-too-large");
    assert_problem(&get(&server.url("/nowhere"), &[]), 404, "not-found");
}

#[test]
fn batch_returns_a_zip_with_letters_and_an_error_report() {
    let server = Server::start(&[], &[]);
    let good = example("afspraken");
    let mut lines = Vec::new();
    for (id, lang) in [("c1", "nl"), ("c2", "ar"), ("c3", "ar-SY")] {
        let mut case = good.clone();
        case["id"] = json!(id);
        case["lang"] = json!(lang);
        lines.push(serde_json::to_string(&case).unwrap());
    }
    let mut bad = good.clone();
    bad["agreements"][0]["who"] = json!("nobody");
    lines.push(serde_json::to_string(&bad).unwrap());
    lines.push("{not json".into());
    let body = lines.join("\n");
    let r = post(
        &server.url("/v1/templates/afspraken/batch?with=nl"),
        &[("content-type", "application/x-ndjson")],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), "application/zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "afspraken-c1-nl.pdf",
            "afspraken-c2-ar-nl.pdf",
            // A region asked for stays in the name: the dates differ.
            "afspraken-c3-ar-SY-nl.pdf",
            "errors.ndjson",
            "summary.json"
        ]
    );
    let mut pdf = Vec::new();
    zip.by_name("afspraken-c2-ar-nl.pdf")
        .unwrap()
        .read_to_end(&mut pdf)
        .unwrap();
    assert!(pdf_text(&pdf).contains("اتفاقاتك"));
    let mut errors = String::new();
    zip.by_name("errors.ndjson")
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    let errors: Vec<Value> = errors
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["line"], 4);
    assert_eq!(errors[0]["errors"][0]["pointer"], "/agreements/0/who");
    assert_eq!(errors[0]["errors"][0]["code"], "choice");
    assert_eq!(
        errors[0]["errors"][0]["text"],
        "Kies een van de mogelijkheden."
    );
    assert_eq!(errors[1]["line"], 5);
    assert_eq!(errors[1]["kind"], "invalid-json");
}

#[test]
fn batch_reads_xlsx_and_csv_by_content_type() {
    use crate::batch_input::{case, excel_ansi, excel_csv, workbook_of};
    use calamine::{Data, Reader, Xlsx};
    let server = Server::start(&[], &[]);
    let zip_of = |r: Reply| {
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.header("content-type"), "application/zip");
        zip::ZipArchive::new(std::io::Cursor::new(r.body)).unwrap()
    };
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| {
        let mut bytes = Vec::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_end(&mut bytes)
            .unwrap();
        bytes
    };

    // The template sheet, filled: the example row and one with a bad date.
    let sheet = get(&server.url("/v1/templates/afspraken/sheet"), &[]);
    assert_eq!(sheet.status, 200);
    assert_eq!(
        sheet.header("content-type"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        sheet.header("content-disposition"),
        "attachment; filename=\"afspraken.xlsx\""
    );
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(sheet.body)).unwrap();
    let range = book.worksheet_range("afspraken").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut bad = rows[1].clone();
    bad[col("id")] = Data::String("2".into());
    bad[col("conversation/date")] = Data::String("gisteren".into());
    let xlsx = workbook_of(&header, &[rows[1].clone(), bad]);
    let mut zip = zip_of(post(
        &server.url("/v1/templates/afspraken/batch?lang=nl"),
        &[(
            "content-type",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )],
        &xlsx,
    ));
    assert!(pdf_text(&read(&mut zip, "afspraken-1-nl.pdf")).contains("Amina Haddad"));
    let errors: Value = serde_json::from_slice(
        read(&mut zip, "errors.ndjson")
            .split(|b| *b == b'\n')
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(errors["id"], "2");
    assert_eq!(errors["errors"][0]["pointer"], "/conversation/date");
    let letter = (b'A' + col("conversation/date") as u8) as char;
    assert_eq!(errors["errors"][0]["cell"], format!("Sheet1!{letter}3"));
    let summary: Value = serde_json::from_slice(&read(&mut zip, "summary.json")).unwrap();
    assert_eq!(
        (summary["rendered"].clone(), summary["failed"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(summary["input"], "xlsx: sheet `Sheet1`");

    // A CSV as a Dutch Excel saves it, its encoding named in the Content-Type.
    let cases = [case("beschikking", "w1", "nl", |c| {
        c["recipient"]["name"] = json!("Anaïs Dupré");
    })];
    let csv = excel_ansi(&excel_csv(&cases), encoding_rs::WINDOWS_1252);
    let mut zip = zip_of(post(
        &server.url("/v1/templates/beschikking/batch"),
        &[("content-type", "text/csv; charset=windows-1252")],
        &csv,
    ));
    let text = pdf_text(&read(&mut zip, "beschikking-w1-nl.pdf"));
    assert!(
        text.contains("Anaïs Dupré") && text.contains("€ 1.958,34"),
        "{text}"
    );
    let summary: Value = serde_json::from_slice(&read(&mut zip, "summary.json")).unwrap();
    assert_eq!(
        summary["input"],
        "CSV: `;`-separated, windows-1252 (chosen), decimal comma"
    );

    // What cannot be read at all is refused before anything renders.
    let url = server.url("/v1/templates/afspraken/batch");
    assert_problem(
        &post(&url, &[("content-type", "image/png")], b"PNG"),
        415,
        "unsupported-media-type",
    );
    let p = assert_problem(
        &post(&url, &[("content-type", "text/csv")], b"id;naam\r\n1;x\r\n"),
        422,
        "unreadable-input",
    );
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("B1: the column `naam`"),
        "{p}"
    );
    // The same as one error of the whole file, with its code and the Dutch
    // the staff page shows.
    assert_eq!(p["errors"][0]["pointer"], "", "{p}");
    assert_eq!(p["errors"][0]["code"], "unknown-column", "{p}");
    assert_eq!(
        p["errors"][0]["text"],
        "De kolom „naam” (cel B1) hoort niet bij deze brief. Gebruik de kolomnamen uit het invulbestand.",
        "{p}"
    );
    let p = assert_problem(
        &post(&format!("{url}?sheet=Blad9"), &[], &xlsx),
        422,
        "unreadable-input",
    );
    assert_eq!(p["errors"][0]["code"], "no-sheet", "{p}");
    assert_eq!(
        p["errors"][0]["text"], "Het werkblad „Blad9” bestaat niet in dit bestand.",
        "{p}"
    );
    assert_problem(
        &post(
            &format!("{url}?encoding=klingon"),
            &[("content-type", "text/csv")],
            b"id\n",
        ),
        400,
        "bad-request",
    );

    // The CSV sheet: what a Dutch Excel opens with a double click.
    let sheet = get(&server.url("/v1/templates/afspraken/sheet?format=csv"), &[]);
    assert_eq!(sheet.header("content-type"), "text/csv; charset=utf-8");
    assert!(sheet.body.starts_with(b"\xEF\xBB\xBFid;lang;reference;"));
}

#[test]
fn health_metrics_and_openapi() {
    let server = Server::start(&[], &[]);
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
    assert_eq!(get(&server.url("/readyz"), &[]).status, 200);
    post(
        &server.url("/v1/templates/afspraken/render?lang=ar"),
        &[],
        &case("afspraken"),
    );
    post(
        &server.url("/v1/templates/afspraken/render?lang=zz"),
        &[],
        &case("afspraken"),
    );
    let metrics = String::from_utf8(get(&server.url("/metrics"), &[]).body).unwrap();
    assert!(metrics.contains("eigentaal_http_requests_total{method=\"POST\",route=\"/v1/templates/{name}/render\",status=\"200\"} 1"), "{metrics}");
    assert!(
        metrics.contains(
            "eigentaal_render_duration_seconds_count{template=\"afspraken\",lang=\"ar\"} 1"
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains("eigentaal_errors_total{kind=\"unavailable-language\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("eigentaal_renders_in_flight 0"),
        "{metrics}"
    );
    let reply = get(&server.url("/openapi.json"), &[]);
    assert_eq!(reply.header("api-version"), "1.0.0");
    assert_eq!(reply.header("access-control-allow-origin"), "*");
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
    assert_eq!(reply.header("x-frame-options"), "DENY");
    assert_eq!(reply.header("cache-control"), "no-store");
    let api = reply.json();
    assert_eq!(get(&server.url("/v1/openapi.json"), &[]).json(), api);
    assert!(api["openapi"].as_str().unwrap().starts_with("3.1"));
    // NL API Design Rules: the version, the contact (the municipality of the
    // branding), one server with the major version, paths below it.
    assert_eq!(api["info"]["version"], "1.0.0");
    assert_eq!(
        api["info"]["contact"],
        json!({"name": "Gemeente Voorbeeldstad", "url": "https://www.voorbeeldstad.nl", "email": "info@voorbeeldstad.nl"})
    );
    assert_eq!(api["servers"], json!([{"url": "/v1"}]));
    for path in [
        "/templates",
        "/templates/{name}",
        "/templates/{name}/render",
        "/templates/{name}/batch",
        "/templates/{name}/sheet",
        "/openapi.json",
    ] {
        assert!(
            api["paths"].get(path).is_some(),
            "{path} missing from OpenAPI"
        );
    }
    for path in ["/healthz", "/readyz", "/metrics"] {
        assert_eq!(
            api["paths"][path]["servers"],
            json!([{"url": "/"}]),
            "{path}"
        );
    }
    for (path, item) in api["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().into_iter().flatten() {
                assert!(
                    response["headers"].get("API-Version").is_some(),
                    "{method} {path} {status} does not document API-Version"
                );
            }
        }
    }
    // Every response carries the header, the operational ones included.
    for path in [
        "/healthz",
        "/readyz",
        "/metrics",
        "/v1/templates",
        "/nowhere",
    ] {
        assert_eq!(
            get(&server.url(path), &[]).header("api-version"),
            "1.0.0",
            "{path}"
        );
    }
    // A template name that is not UTF-8 is a bad request, as documented.
    assert_problem(
        &get(&server.url("/v1/templates/%FF"), &[]),
        400,
        "bad-request",
    );
}

#[test]
fn api_keys_are_required_when_configured() {
    let key = "0123456789abcdef0123456789abcdef";
    let server = Server::start(
        &[],
        &[("EIGENTAAL_API_KEYS", &format!("zaaksysteem={key}"))],
    );
    let url = server.url("/v1/templates/afspraken/render");
    let r = post(&url, &[], &case("afspraken"));
    assert_problem(&r, 401, "unauthorized");
    assert_eq!(r.header("www-authenticate"), "Bearer");
    assert_problem(
        &post(
            &url,
            &[("authorization", "Bearer wrong-key-wrong-key")],
            &case("afspraken"),
        ),
        403,
        "forbidden",
    );
    assert_eq!(
        post(
            &url,
            &[("authorization", &format!("Bearer {key}"))],
            &case("afspraken")
        )
        .status,
        200
    );
    assert_eq!(
        post(&url, &[("x-api-key", key)], &case("afspraken")).status,
        200
    );
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
    assert!(!server.log().contains(key));
}

#[test]
fn refuses_a_public_address_without_keys() {
    let out = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args(["serve", "--listen", "0.0.0.0:0"])
        .env_remove("EIGENTAAL_API_KEYS")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("refusing to serve on 0.0.0.0:0 without API keys"),
        "{err}"
    );
}

#[test]
fn many_concurrent_clients_all_get_valid_pdfs() {
    let server = Arc::new(Server::start(&[], &[]));
    let body = Arc::new(case("afspraken"));
    let threads: Vec<_> = (0..16)
        .map(|t| {
            let (server, body) = (server.clone(), body.clone());
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                for i in 0..(200 / 16 + usize::from(t < 200 % 16)) {
                    let lang = if (t + i) % 2 == 0 { "ar" } else { "nl" };
                    let r = post(
                        &server.url(&format!("/v1/templates/afspraken/render?lang={lang}")),
                        &[],
                        &body,
                    );
                    assert!(r.body.starts_with(b"%PDF-") || r.status != 200);
                    statuses.push(r.status);
                }
                statuses
            })
        })
        .collect();
    let statuses: Vec<u16> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(statuses.len(), 200);
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
}

#[test]
fn sigterm_finishes_requests_in_flight() {
    let mut server = Server::start(&[], &[]);
    let mut lines = Vec::new();
    for i in 0..150 {
        let mut case = example("afspraken");
        case["id"] = json!(format!("c{i}"));
        lines.push(serde_json::to_string(&case).unwrap());
    }
    let url = server.url("/v1/templates/afspraken/batch?lang=ar&with=nl");
    let request = std::thread::spawn(move || post(&url, &[], lines.join("\n").as_bytes()));
    std::thread::sleep(std::time::Duration::from_millis(300));
    let pid = server.child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let r = request.join().unwrap();
    assert_eq!(r.status, 200);
    let zip =
        zip::ZipArchive::new(std::io::Cursor::new(r.body)).expect("complete ZIP after SIGTERM");
    assert_eq!(zip.len(), 152, "150 letters + errors.ndjson + summary.json");
    let status = server.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn overload_gives_503_with_retry_after() {
    let server = Arc::new(Server::start(
        &["--concurrency", "1", "--queue-timeout", "0"],
        &[],
    ));
    let mut lines = Vec::new();
    for i in 0..200 {
        let mut case = example("afspraken");
        case["id"] = json!(format!("c{i}"));
        lines.push(serde_json::to_string(&case).unwrap());
    }
    let batch_server = server.clone();
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let batch = std::thread::spawn(move || {
        let url = batch_server.url("/v1/templates/afspraken/batch?lang=ar&with=nl");
        // The response head arrives once the batch holds the render slot.
        let response = agent()
            .post(&url)
            .send(lines.join("\n").as_bytes())
            .unwrap();
        started_tx.send(()).unwrap();
        reply(response)
    });
    started_rx.recv().unwrap();
    let r = post(
        &server.url("/v1/templates/afspraken/render"),
        &[],
        &case("afspraken"),
    );
    assert_problem(&r, 503, "overloaded");
    assert_eq!(r.header("retry-after"), "1");
    let batch = batch.join().unwrap();
    assert_eq!(batch.status, 200);
    assert_eq!(
        zip::ZipArchive::new(std::io::Cursor::new(batch.body))
            .unwrap()
            .len(),
        202
    );
    // Once the slot is free again, letters are served.
    assert_eq!(
        post(
            &server.url("/v1/templates/afspraken/render"),
            &[],
            &case("afspraken")
        )
        .status,
        200
    );
}

#[test]
fn standard_query_chooses_the_pdf_standard() {
    let server = Server::start(&[], &[]);
    let json = [("content-type", "application/json")];
    // A decision in Arabic needs an explicit acceptance of unreviewed text.
    let url =
        server.url("/v1/templates/beschikking/render?lang=ar&standard=a-3a&acceptUnreviewed=true");
    let r = post(&url, &json, &case("beschikking"));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let facts = crate::pdf_read::PdfFacts::read(&r.body);
    assert_eq!(facts.xmp_value("pdfaid:part").as_deref(), Some("3"));
    assert_eq!(facts.xmp_value("pdfuaid:part"), None);

    let url = server.url("/v1/templates/beschikking/render?standard=pdf%2Fx-4");
    let p = assert_problem(&post(&url, &json, &case("beschikking")), 400, "bad-request");
    assert!(
        p["detail"].as_str().unwrap().contains("use a-2a+ua-1"),
        "{p}"
    );
}

/// The error of a problem at `pointer`: (code, Dutch text, English detail).
fn error_at(problem: &Value, pointer: &str) -> (String, String, String) {
    let e = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["pointer"] == pointer)
        .unwrap_or_else(|| panic!("no error at {pointer}: {problem}"));
    let field = |name: &str| e[name].as_str().unwrap_or_default().to_string();
    (field("code"), field("text"), field("detail"))
}

#[test]
fn a_422_words_each_error_in_dutch_with_a_code() {
    let server = Server::start(&[], &[]);
    let url = server.url("/v1/templates/afspraken/render");
    let mut data = example("afspraken");
    data.as_object_mut().unwrap().remove("reference");
    let long_name = "Geheime Naam ".repeat(10);
    data["staff"]["name"] = json!(long_name);
    data["letter_date"] = json!("2026-02-30");
    let p = assert_problem(
        &post(&url, &[], &serde_json::to_vec(&data).unwrap()),
        422,
        "invalid-case-data",
    );
    // A missing field, at its own pointer.
    let (code, text, detail) = error_at(&p, "/reference");
    assert_eq!(
        (code.as_str(), text.as_str()),
        ("required", "Dit moet u invullen.")
    );
    assert_eq!(detail, eigentaal::templates::MISSING);
    // Too long: the schema's limit in the Dutch, the value nowhere.
    let (code, text, _) = error_at(&p, "/staff/name");
    assert_eq!(
        (code.as_str(), text.as_str()),
        ("too-long", "Te lang: hoogstens 80 tekens.")
    );
    // Not a date in the calendar (a pattern and a format check the field;
    // both are worded as a date).
    let (code, text, _) = error_at(&p, "/letter_date");
    assert_eq!(
        (code.as_str(), text.as_str()),
        ("date", "Vul een geldige datum in.")
    );
    for e in p["errors"].as_array().unwrap() {
        assert!(!e["text"].as_str().unwrap().is_empty(), "{e}");
        assert!(!e.to_string().contains("Geheime"), "{e}");
    }

    // A check across fields, made by the template (`case-error` with its code).
    let mut plan = example("plan-van-aanpak");
    plan["review_date"] = json!("2026-11-01");
    let p = assert_problem(
        &post(
            &server.url("/v1/templates/plan-van-aanpak/render"),
            &[],
            &serde_json::to_vec(&plan).unwrap(),
        ),
        422,
        "invalid-case-data",
    );
    assert_eq!(problem_pointers(&p), ["/review_date"], "{p}");
    let (code, text, detail) = error_at(&p, "/review_date");
    assert_eq!(code, "review-before-plan");
    assert_eq!(text, "De evaluatie moet na de datum van het plan zijn.");
    assert!(detail.starts_with("must come after /plan/date"), "{detail}");
}

#[test]
fn the_template_detail_labels_every_choice_of_its_schema_in_dutch() {
    let server = Server::start(&[], &[]);
    for name in ["beschikking", "afspraken", "uitnodiging"] {
        let detail = get(&server.url(&format!("/v1/templates/{name}")), &[]).json();
        let labels = detail["labels"].as_object().unwrap();
        // Walk the schema: every enum names its prefix, every code has a label.
        let mut enums = Vec::new();
        fn walk<'a>(node: &'a Value, out: &mut Vec<&'a Value>) {
            match node {
                Value::Object(map) => {
                    if map.contains_key("enum") {
                        out.push(node);
                    }
                    map.values().for_each(|v| walk(v, out));
                }
                Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        walk(&detail["schema"], &mut enums);
        assert!(enums.len() >= 5, "{name}: {}", enums.len());
        let mut codes = 0;
        for e in enums {
            let prefix = e["x-message-prefix"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: an enum without x-message-prefix: {e}"));
            for code in e["enum"].as_array().unwrap() {
                let id = format!("{prefix}{}", code.as_str().unwrap());
                let label = labels.get(&id).and_then(Value::as_str);
                assert!(
                    label.is_some_and(|l| !l.is_empty() && !l.contains('{')),
                    "{name}: {id}: {label:?}"
                );
                codes += 1;
            }
        }
        assert_eq!(
            labels.len(),
            labels
                .keys()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        );
        assert!(
            codes >= labels.len(),
            "{name}: labels for codes the schema does not have"
        );
    }
    let detail = get(&server.url("/v1/templates/beschikking"), &[]).json();
    let labels = &detail["labels"];
    // A letter message with a `.label` for staff, one without, one of staff.ftl.
    assert_eq!(labels["beschikking-decision-refused"], "Afgewezen");
    assert_eq!(labels["beschikking-cost-rent"], "Huur");
    assert_eq!(
        labels["choice-form-neutral"],
        "Neutraal (met volledige naam)"
    );
    assert_eq!(labels["role-klantmanager"], "Klantmanager");
    // The state of each translation, in Dutch.
    let languages = detail["languages"].as_array().unwrap();
    let nl = languages.iter().find(|l| l["lang"] == "nl").unwrap();
    assert_eq!(
        (&nl["review_state"], &nl["status_label"]),
        (&json!("reference"), &json!("referentietekst"))
    );
    let uk = languages.iter().find(|l| l["lang"] == "uk").unwrap();
    assert_eq!(uk["review_state"], "machine-draft");
    assert_eq!(uk["status_label"], "machinaal concept, niet gecontroleerd");
}

#[test]
fn a_check_across_fields_is_422_with_its_pointer() {
    let server = Server::start(&[], &[]);
    let mut data = example("beschikking");
    data["fixed_costs"][0]["amount"] = json!(5000);
    let url = server.url("/v1/templates/beschikking/render?lang=uk");
    let r = post(
        &url,
        &[("content-type", "application/json")],
        &serde_json::to_vec(&data).unwrap(),
    );
    let p = assert_problem(&r, 422, "invalid-case-data");
    assert_eq!(p["errors"][0]["pointer"], "/fixed_costs", "{p}");
    // In a Ukrainian letter too, staff read what is wrong in Dutch.
    assert_eq!(p["errors"][0]["code"], "fixed-costs-over-assistance");
    assert_eq!(
        p["errors"][0]["text"],
        "De vaste lasten zijn samen hoger dan de bijstand per maand."
    );
}

#[test]
fn payment_overview_with_impossible_amounts_is_422_with_every_pointer() {
    let server = Server::start(&[], &[]);
    let mut data = example("betaalspecificatie");
    data["direct_payments"][0]["amount"] = json!(5000);
    data["holiday_allowance"]["saved"] = json!(1);
    let url = server.url("/v1/templates/betaalspecificatie/render?lang=ar");
    let r = post(
        &url,
        &[("content-type", "application/json")],
        &serde_json::to_vec(&data).unwrap(),
    );
    let p = assert_problem(&r, 422, "invalid-case-data");
    let pointers = problem_pointers(&p);
    assert_eq!(
        pointers,
        ["/direct_payments", "/holiday_allowance/saved"],
        "{p}"
    );
}

#[test]
fn a_decision_gets_its_dutch_edition_and_says_so() {
    let server = Server::start(&[], &[]);
    let json = [("content-type", "application/json")];
    let url = server.url("/v1/templates/beschikking/render?lang=uk&acceptUnreviewed=true");
    let r = post(&url, &json, &case("beschikking"));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.header("content-language"), "uk, nl");
    assert!(
        r.header("x-eigentaal-dutch-added").contains("decision"),
        "{:?}",
        r.headers
    );
    let listed = get(&server.url("/v1/templates"), &[]).json();
    let decisions: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["decision"] == true)
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(decisions, ["beschikking"]);

    // Not a decision: one edition as asked.
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=uk"),
        &json,
        &case("afspraken"),
    );
    assert_eq!(r.header("content-language"), "uk");
    assert_eq!(r.header("x-eigentaal-dutch-added"), "");
}

/// Reads from `stream` until the server closes it (or 10 s pass, which
/// fails); what arrived before the close.
fn read_until_closed(stream: &mut std::net::TcpStream) -> (Vec<u8>, std::time::Duration) {
    let started = std::time::Instant::now();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!(
                "the connection was not closed after {:?}: {e}",
                started.elapsed()
            ),
        }
    }
    (got, started.elapsed())
}

#[test]
fn headers_dribbled_past_the_header_timeout_get_the_connection_closed() {
    use std::io::Write;
    let server = Server::start(&["--header-timeout", "1"], &[]);
    let addr = server.url("").trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    let mut writer = stream.try_clone().unwrap();
    // One header byte every 100 ms, for up to 6 s: never a whole head.
    let dribble = std::thread::spawn(move || {
        let head = format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nX-Slow: ");
        writer.write_all(head.as_bytes()).unwrap();
        for _ in 0..60 {
            std::thread::sleep(std::time::Duration::from_millis(100));
            if writer.write_all(b"a").is_err() {
                return true;
            }
        }
        false
    });
    let (got, after) = read_until_closed(&mut stream);
    assert!(
        !String::from_utf8_lossy(&got).contains("200 OK"),
        "{}",
        String::from_utf8_lossy(&got)
    );
    assert!(
        after >= std::time::Duration::from_millis(900) && after < std::time::Duration::from_secs(4),
        "closed after {after:?}, the header timeout is 1 s"
    );
    let _ = dribble.join();
    // The service itself is not held.
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
}

#[test]
fn a_body_dribbled_past_the_body_timeout_gets_408() {
    use std::io::Write;
    let server = Server::start(&["--body-timeout", "1"], &[]);
    let addr = server.url("").trim_start_matches("http://").to_string();
    let body = case("afspraken");
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    let mut writer = stream.try_clone().unwrap();
    let head = format!(
        "POST /v1/templates/afspraken/render HTTP/1.1\r\nHost: {addr}\r\n\
content-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    // The head at once, then one byte of the body every 100 ms: the whole
    // body would take minutes, each byte is quick.
    let dribble = std::thread::spawn(move || {
        writer.write_all(head.as_bytes()).unwrap();
        for byte in body {
            std::thread::sleep(std::time::Duration::from_millis(100));
            if writer.write_all(&[byte]).is_err() {
                return;
            }
        }
    });
    let (got, after) = read_until_closed(&mut stream);
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 408 "), "{text}");
    assert!(text.contains("urn:eigentaal:body-timeout"), "{text}");
    assert!(
        text.to_ascii_lowercase()
            .contains("content-type: application/problem+json"),
        "{text}"
    );
    assert!(
        after < std::time::Duration::from_secs(4),
        "answered after {after:?}, the body timeout is 1 s"
    );
    drop(stream);
    let _ = dribble.join();
    // A body sent at once is well within the timeout.
    assert_eq!(
        post(
            &server.url("/v1/templates/afspraken/render"),
            &[],
            &case("afspraken")
        )
        .status,
        200
    );
}

#[test]
fn connections_over_the_cap_are_answered_503_and_do_not_hold_the_service() {
    let server = Server::start(&["--max-connections", "2", "--header-timeout", "2"], &[]);
    let addr = server.url("").trim_start_matches("http://").to_string();
    // Two connections that never send a request take the whole cap.
    let idle: Vec<_> = (0..2)
        .map(|_| std::net::TcpStream::connect(&addr).unwrap())
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let started = std::time::Instant::now();
    let r = get(&server.url("/healthz"), &[]);
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert_problem(&r, 503, "overloaded");
    assert_eq!(r.header("retry-after"), "1");
    // The log line comes through the server's stderr, read by another thread.
    let logged = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        server.log().contains("too many open connections")
    });
    assert!(logged, "the refusal is logged: {}", server.log());
    // The header timeout closes the idle connections; then the cap has
    // room again.
    for mut stream in idle {
        let (got, _) = read_until_closed(&mut stream);
        assert!(got.is_empty() || !String::from_utf8_lossy(&got).contains("200"));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
    assert_eq!(
        post(
            &server.url("/v1/templates/afspraken/render"),
            &[],
            &case("afspraken")
        )
        .status,
        200
    );
}

#[test]
fn a_batch_request_at_its_time_limit_ends_its_zip_with_the_rest_listed() {
    let server = Server::start(&["--batch-time-limit", "0.5"], &[]);
    let lines: Vec<String> = (0..600)
        .map(|i| {
            let mut case = example("afspraken");
            case["id"] = json!(format!("c{i}"));
            serde_json::to_string(&case).unwrap()
        })
        .collect();
    let r = post(
        &server.url("/v1/templates/afspraken/batch?lang=ar&with=nl"),
        &[],
        lines.join("\n").as_bytes(),
    );
    assert_eq!(r.status, 200);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).expect("a complete ZIP");
    let mut read = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let summary: Value = serde_json::from_str(&read("summary.json")).unwrap();
    let rows: Vec<Value> = read("errors.ndjson")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(summary["ended"], "time-limit", "{summary}");
    let (rendered, not_rendered) = (
        summary["rendered"].as_u64().unwrap() as usize,
        summary["notRendered"].as_u64().unwrap() as usize,
    );
    assert!(rendered >= 1 && not_rendered >= 1, "{summary}");
    assert_eq!(rendered + not_rendered, 600);
    assert_eq!(rows.len(), not_rendered);
    assert!(rows.iter().all(|r| r["kind"] == "time-limit"), "{rows:?}");
    assert_eq!(
        zip.len(),
        rendered + 2,
        "letters + errors.ndjson + summary.json"
    );
    // The line is logged once the last byte is sent: wait for it a little.
    let started = std::time::Instant::now();
    while !server.log().contains("batch ended early") && started.elapsed().as_secs() < 5 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let log = server.log();
    let line = log
        .lines()
        .find(|l| l.contains("batch ended early"))
        .unwrap_or_else(|| panic!("{log}"));
    // Without the terminal colours the log may carry.
    let line: String = line
        .split('\x1b')
        .map(|part| {
            part.split_once('m')
                .filter(|_| part.starts_with('['))
                .map_or(part, |(_, rest)| rest)
        })
        .collect();
    assert!(line.contains("time-limit"), "{line}");
    assert!(
        line.contains(&format!("not_rendered={not_rendered}")),
        "{line}"
    );
}
