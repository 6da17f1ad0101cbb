//! Filing letters in a zaak (`store=zgw`, `--store zgw`) against a local
//! registration that checks every request against the official Documenten
//! API 1.4.2 and Zaken API 1.5.1 documents (tests/zgw/).

mod openapi;
pub mod server;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use axum::http::Method;
use serde_json::{Value, json};

use crate::server::{Server, assert_problem, post};
use crate::util::*;
use openapi::Spec;
use server::{Fail, ZgwServer};

pub fn spec_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/zgw")
        .join(name)
}

fn documenten_spec() -> Spec {
    Spec::load(&spec_path("documenten-api-1.4.2.yaml"))
}

fn zaken_spec() -> Spec {
    Spec::load(&spec_path("zaken-api-1.5.1.yaml"))
}

const KEY: &str = "zaaksysteem=0123456789abcdef0123456789";
const BEARER: &str = "Bearer 0123456789abcdef0123456789";

/// eigentaal serving with a ZGW connection to `zgw` and one API client,
/// `zaaksysteem`.
fn serve(zgw: &ZgwServer, dir: &std::path::Path, extra: &str) -> Server {
    let config = zgw.config(dir, extra);
    Server::start(
        &["--zgw-config", config.to_str().unwrap()],
        &[("EIGENTAAL_API_KEYS", KEY)],
    )
}

fn render_url(server: &Server, template: &str, query: &str) -> String {
    server.url(&format!("/v1/templates/{template}/render?{query}"))
}

fn enc(s: &str) -> String {
    s.replace(':', "%3A").replace('/', "%2F")
}

/// The XMP packet of a PDF (typst writes it uncompressed).
fn xmp(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("<x:xmpmeta").expect("an XMP packet");
    let end = text[start..].find("</x:xmpmeta>").unwrap() + start;
    text[start..end].to_string()
}

fn assert_clean(zgw: &ZgwServer) {
    let violations = zgw.violations();
    assert!(violations.is_empty(), "{violations:#?}");
}

#[test]
fn a_letter_is_filed_byte_identical_in_the_residents_language_and_linked() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let server = serve(
        &zgw,
        dir.path(),
        "[templates.beschikking]\nvertrouwelijkheidaanduiding = \"vertrouwelijk\"",
    );
    let zaak = zgw.add_zaak();
    let body = serde_json::to_vec(&example("afspraken")).unwrap();
    let r = post(
        &render_url(
            &server,
            "afspraken",
            &format!("lang=ar&with=nl&store=zgw&zaak={}", enc(&zaak)),
        ),
        &[("authorization", BEARER)],
        &body,
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.header("content-type"), "application/pdf");
    assert_eq!(r.header("x-eigentaal-filed"), "created");
    let documents = zgw.documents();
    assert_eq!(documents.len(), 1);
    let doc = &documents[0];
    assert_eq!(r.header("x-eigentaal-document"), doc.url);
    assert_eq!(
        doc.pdf, r.body,
        "the stored PDF is the PDF that was answered"
    );
    let sent = &doc.sent;
    assert_eq!(sent["taal"], "ara");
    assert_eq!(sent["bronorganisatie"], server::RSIN);
    assert_eq!(sent["formaat"], "application/pdf");
    assert_eq!(
        sent["bestandsnaam"],
        format!(
            "afspraken-{}-ar-nl.pdf",
            example("afspraken")["reference"].as_str().unwrap()
        )
    );
    assert_eq!(sent["creatiedatum"], example("afspraken")["letter_date"]);
    assert_eq!(sent["auteur"], "Gemeente Voorbeeldstad");
    assert_eq!(
        sent["integriteit"]["waarde"],
        eigentaal::zgw::sha256_hex(&r.body)
    );
    assert_eq!(
        doc.user_id, "zaaksysteem",
        "the API client is the token's user"
    );
    // the title is the subject in Arabic, as in the PDF
    let info = pdf_info(&r.body);
    assert_eq!(sent["titel"], info["Title"]);
    assert!(has_script(sent["titel"].as_str().unwrap(), ARABIC));
    // the Dutch edition and the provenance are in the description; the same
    // hashes are in the PDF's XMP metadata
    let description = sent["beschrijving"].as_str().unwrap();
    assert!(
        description.starts_with("Afsprakenbrief in het Arabisch (ar), tweetalig: met het Nederlands (nl) erbij; de Nederlandse tekst is bindend."),
        "{description}"
    );
    let metadata = xmp(&r.body);
    let hashes: Vec<&str> = description
        .split_whitespace()
        .filter_map(|w| w.strip_prefix("sha256:"))
        .map(|h| h.trim_end_matches([',', ';', '.']))
        .collect();
    assert_eq!(hashes.len(), 3, "{description}");
    for hash in &hashes {
        assert!(metadata.contains(hash), "{hash} not in the XMP: {metadata}");
    }
    assert!(
        metadata.contains("eigentaal-template afspraken sha256:"),
        "{metadata}"
    );
    assert!(
        metadata.contains("eigentaal-translation ar sha256:"),
        "{metadata}"
    );
    // linked to the zaak
    let links = zgw.links();
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].zaak.as_str(), links[0].informatieobject.as_str()),
        (zaak.as_str(), doc.url.as_str())
    );
    assert_eq!(r.header("x-eigentaal-zaakinformatieobject"), links[0].url);

    // every language with its ISO 639-2/B code, answered as JSON
    for (lang, code) in [("nl", "dut"), ("ti", "tir"), ("uk", "ukr"), ("en", "eng")] {
        let r = post(
            &render_url(
                &server,
                "uitnodiging",
                &format!("lang={lang}&store=zgw&zaak={}", enc(&zaak)),
            ),
            &[("authorization", BEARER), ("accept", "application/json")],
            &serde_json::to_vec(&example("uitnodiging")).unwrap(),
        );
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let answer = r.json();
        assert_eq!(answer["taal"], code);
        let doc = zgw
            .documents()
            .into_iter()
            .find(|d| d.url == answer["document"])
            .unwrap();
        assert_eq!(doc.sent["taal"], code);
        use base64::Engine as _;
        let pdf = base64::engine::general_purpose::STANDARD
            .decode(answer["pdf"].as_str().unwrap())
            .unwrap();
        assert_eq!(doc.pdf, pdf);
        assert_eq!(answer["sha256"], eigentaal::zgw::sha256_hex(&pdf));
        assert_eq!(answer["existing"], false);
    }
    // the template's confidentiality is sent; others leave it to the type
    let r = post(
        &render_url(
            &server,
            "beschikking",
            &format!("lang=nl&store=zgw&zaak={}", enc(&zaak)),
        ),
        &[("authorization", BEARER)],
        &serde_json::to_vec(&example("beschikking")).unwrap(),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let docs = zgw.documents();
    assert_eq!(
        docs.last().unwrap().sent["vertrouwelijkheidaanduiding"],
        "vertrouwelijk"
    );
    assert!(docs[0].sent.get("vertrouwelijkheidaanduiding").is_none());
    assert_eq!(zgw.links().len(), 6);
    assert_clean(&zgw);
}

#[test]
fn a_repeated_request_is_filed_once() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&zgw, dir.path(), "");
    let zaak = zgw.add_zaak();
    let url = render_url(
        &server,
        "afspraken",
        &format!("lang=uk&store=zgw&zaak={}", enc(&zaak)),
    );
    let case = example("afspraken");
    let body = serde_json::to_vec(&case).unwrap();
    let key = [
        ("authorization", BEARER),
        ("idempotency-key", "6f1c0e1e-7d7e-4d5e-9a55-000000000001"),
    ];
    let first = post(&url, &key, &body);
    assert_eq!(
        first.header("x-eigentaal-filed"),
        "created",
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    let again = post(&url, &key, &body);
    assert_eq!(again.status, 200);
    assert_eq!(again.header("x-eigentaal-filed"), "existing");
    assert_eq!(
        again.header("x-eigentaal-document"),
        first.header("x-eigentaal-document")
    );
    assert_eq!(again.body, first.body);
    assert_eq!((zgw.documents().len(), zgw.links().len()), (1, 1));
    assert_eq!(zgw.created("/enkelvoudiginformatieobjecten"), 1);

    // the same key with another letter is refused, naming the first document
    let mut other = case.clone();
    other["reference"] = json!("AFS-2026-99999");
    let r = post(&url, &key, &serde_json::to_vec(&other).unwrap());
    let problem = assert_problem(&r, 422, "idempotency-key-reused");
    assert_eq!(problem["document"], first.header("x-eigentaal-document"));
    assert_eq!(zgw.documents().len(), 1);

    // without a key, the same letter in the same zaak is the same document
    let plain = post(&url, &[("authorization", BEARER)], &body);
    assert_eq!(plain.header("x-eigentaal-filed"), "created");
    let plain_again = post(&url, &[("authorization", BEARER)], &body);
    assert_eq!(plain_again.header("x-eigentaal-filed"), "existing");
    assert_eq!(
        plain_again.header("x-eigentaal-document"),
        plain.header("x-eigentaal-document")
    );
    assert_eq!(zgw.documents().len(), 2);
    assert_clean(&zgw);
}

#[test]
fn each_failure_to_file_is_answered_precisely() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&zgw, dir.path(), "retries = 1");
    let zaak = zgw.add_zaak();
    let url = render_url(
        &server,
        "afspraken",
        &format!("lang=ar&store=zgw&zaak={}", enc(&zaak)),
    );
    let body = serde_json::to_vec(&example("afspraken")).unwrap();
    let auth = [("authorization", BEARER)];

    // the registration refuses the token: not stored, and said so
    zgw.fail(
        Method::POST,
        "/enkelvoudiginformatieobjecten",
        Some(1),
        Fail::Status(401),
    );
    let r = post(&url, &auth, &body);
    let problem = assert_problem(&r, 502, "zgw-not-stored");
    assert!(
        problem["detail"].as_str().unwrap().contains("answered 401"),
        "{problem}"
    );
    assert!(zgw.documents().is_empty());
    zgw.clear_failures();

    // stored, then the link fails every time: the stored document is named,
    // and repeating the request only links it
    zgw.fail(
        Method::POST,
        "/zaakinformatieobjecten",
        None,
        Fail::Status(500),
    );
    let r = post(&url, &auth, &body);
    let problem = assert_problem(&r, 502, "zgw-not-linked");
    let documents = zgw.documents();
    assert_eq!(documents.len(), 1);
    assert_eq!(problem["document"], documents[0].url);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains(&documents[0].url)
    );
    assert_eq!(
        zgw.calls()
            .iter()
            .filter(|c| c.path == "/zaakinformatieobjecten" && c.method == "POST")
            .count(),
        2,
        "one retry"
    );
    zgw.clear_failures();
    let r = post(&url, &auth, &body);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("x-eigentaal-filed"), "existing");
    assert_eq!(r.header("x-eigentaal-document"), documents[0].url);
    assert_eq!((zgw.documents().len(), zgw.links().len()), (1, 1));

    // the answer to a stored document never arrives (timeout): the retry
    // finds it by its identificatie instead of storing it again
    let url2 = render_url(
        &server,
        "uitnodiging",
        &format!("lang=ti&store=zgw&zaak={}", enc(&zaak)),
    );
    let body2 = serde_json::to_vec(&example("uitnodiging")).unwrap();
    zgw.fail(
        Method::POST,
        "/enkelvoudiginformatieobjecten",
        Some(1),
        Fail::TimeoutAfter(Duration::from_secs(3)),
    );
    let r = post(&url2, &auth, &body2);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(zgw.documents().len(), 2);
    assert_eq!(zgw.links().len(), 2);
    assert_eq!(r.header("x-eigentaal-document"), zgw.documents()[1].url);
    zgw.clear_failures();

    // a registration that does not answer at all: 504, nothing stored
    let url3 = render_url(
        &server,
        "plan-van-aanpak",
        &format!("lang=nl&store=zgw&zaak={}", enc(&zaak)),
    );
    let body3 = serde_json::to_vec(&example("plan-van-aanpak")).unwrap();
    zgw.fail(
        Method::GET,
        "/enkelvoudiginformatieobjecten",
        None,
        Fail::TimeoutBefore(Duration::from_secs(2)),
    );
    let r = post(&url3, &auth, &body3);
    let problem = assert_problem(&r, 504, "zgw-not-stored");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("did not answer within 1 s"),
        "{problem}"
    );
    assert_eq!(zgw.documents().len(), 2);
    zgw.clear_failures();

    // one passing 500 on the link is retried without the client noticing
    zgw.fail(
        Method::POST,
        "/zaakinformatieobjecten",
        Some(1),
        Fail::Status(500),
    );
    let r = post(&url3, &auth, &body3);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!((zgw.documents().len(), zgw.links().len()), (3, 3));

    // a zaak of another registration, no zaak, and no connection at all
    let r = post(
        &render_url(
            &server,
            "afspraken",
            "store=zgw&zaak=https%3A%2F%2Felders.example%2Fzaken%2Fapi%2Fv1%2Fzaken%2F1",
        ),
        &auth,
        &body,
    );
    assert_problem(&r, 400, "zgw-invalid-zaak");
    let r = post(&render_url(&server, "afspraken", "store=zgw"), &auth, &body);
    assert_problem(&r, 400, "bad-request");
    let plain = Server::start(&[], &[]);
    let r = post(
        &plain.url(&format!(
            "/v1/templates/afspraken/render?store=zgw&zaak={}",
            enc(&zaak)
        )),
        &[],
        &body,
    );
    assert_problem(&r, 501, "zgw-not-configured");
    assert_clean(&zgw);
}

fn batch_input(dir: &std::path::Path, zaken: &[String]) -> PathBuf {
    let mut lines = String::new();
    for (i, zaak) in zaken.iter().enumerate() {
        let mut case = example("afspraken");
        case["reference"] = json!(format!("AFS-{i:03}"));
        case["id"] = json!(format!("c{i}"));
        case["lang"] = json!(["ar", "nl", "ti", "uk"][i % 4]);
        case["zaak"] = json!(zaak);
        lines.push_str(&serde_json::to_string(&case).unwrap());
        lines.push('\n');
    }
    let path = dir.join("cases.ndjson");
    std::fs::write(&path, lines).unwrap();
    path
}

fn batch_command(
    config: &std::path::Path,
    input: &std::path::Path,
    out: &std::path::Path,
) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_eigentaal"));
    command
        .args([
            "batch",
            "afspraken",
            "--jobs",
            "1",
            "--store",
            "zgw",
            "--zgw-config",
        ])
        .arg(config)
        .arg("--input")
        .arg(input)
        .arg("--out")
        .arg(out)
        .env_remove("EIGENTAAL_ZGW_CONFIG")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

fn recorded_documents(out: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("zgw.ndjson"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[test]
fn a_killed_batch_resumes_without_filing_a_letter_twice() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config = zgw.config(dir.path(), "timeout-seconds = 10");
    let zaken: Vec<String> = (0..6).map(|_| zgw.add_zaak()).collect();
    let input = batch_input(dir.path(), &zaken);
    let out = dir.path().join("brieven");

    // Every document is stored at once but answered late; the batch is
    // killed while the answer to the third is held back: stored in the
    // registration, not yet in the batch's record.
    zgw.fail(
        Method::POST,
        "/enkelvoudiginformatieobjecten",
        None,
        Fail::TimeoutAfter(Duration::from_millis(400)),
    );
    let mut child = batch_command(&config, &input, &out).spawn().unwrap();
    let reached = zgw.wait_for_held_document(3, Duration::from_secs(60));
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        reached,
        "the batch did not get to the third letter: {}\n{:#?}",
        String::from_utf8_lossy(&output.stderr),
        zgw.calls()
    );
    let stored = zgw.documents().len();
    let recorded = recorded_documents(&out).len();
    assert_eq!(stored, 3);
    assert!(
        recorded < 2 * stored,
        "the third letter must be stored but not recorded: {recorded} record lines for {stored} documents"
    );
    zgw.clear_failures();

    let run = batch_command(&config, &input, &out)
        .arg("--resume")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    // two were filed completely before the kill; the third was stored, and
    // is found by its identificatie and only linked
    assert!(
        stderr.contains("4 filed in their zaak (2 filed before)"),
        "{stderr}"
    );
    let documents = zgw.documents();
    assert_eq!(documents.len(), 6, "each letter stored once");
    // five answered creations: the answer to the third never left the
    // registration (its client was killed), and it was not created again
    assert_eq!(zgw.created("/enkelvoudiginformatieobjecten"), 5);
    assert_eq!(zgw.links().len(), 6, "each letter linked once");
    for (i, zaak) in zaken.iter().enumerate() {
        let lang = ["ar", "nl", "ti", "uk"][i % 4];
        let name = format!("afspraken-c{i}-{lang}.pdf");
        let pdf = std::fs::read(out.join(&name)).unwrap();
        let doc = documents
            .iter()
            .find(|d| d.sent["bestandsnaam"] == name.as_str())
            .unwrap_or_else(|| panic!("{name} not filed"));
        assert_eq!(
            doc.pdf, pdf,
            "{name}: stored PDF differs from the letter in the folder"
        );
        assert_eq!(doc.sent["taal"], eigentaal::zgw::iso639_2b(lang).unwrap());
        let link = zgw
            .links()
            .into_iter()
            .find(|l| l.informatieobject == doc.url)
            .unwrap();
        assert_eq!(&link.zaak, zaak);
    }

    // a third run files nothing and calls nothing
    let calls = zgw.calls().len();
    let run = batch_command(&config, &input, &out)
        .arg("--resume")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("(6 filed before)"), "{stderr}");
    assert_eq!(zgw.calls().len(), calls);
    assert_clean(&zgw);
}

#[test]
fn a_batch_reports_letters_it_could_not_file_and_keeps_them() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config = zgw.config(dir.path(), "retries = 0");
    let mut zaken: Vec<String> = (0..3).map(|_| zgw.add_zaak()).collect();
    zaken[2] = String::new();
    let input = batch_input(dir.path(), &zaken);
    // the third case names no zaak
    let text = std::fs::read_to_string(&input)
        .unwrap()
        .replace(",\"zaak\":\"\"", "");
    std::fs::write(&input, text).unwrap();
    let out = dir.path().join("brieven");
    // the second case's link fails
    zgw.fail(
        Method::POST,
        "/zaakinformatieobjecten",
        Some(2),
        Fail::Status(500),
    );
    let run = batch_command(&config, &input, &out).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    let errors: Vec<Value> = std::fs::read_to_string(out.join("errors.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    let by_id = |id: &str| errors.iter().find(|e| e["id"] == id).unwrap();
    let not_linked = by_id("c1");
    assert_eq!(not_linked["kind"], "zgw-not-linked");
    let document = zgw.documents()[1].url.clone();
    assert_eq!(not_linked["document"], document.as_str());
    assert!(
        not_linked["detail"]
            .as_str()
            .unwrap()
            .contains("answered 500")
    );
    assert_eq!(by_id("c2")["kind"], "zgw-no-zaak");
    for name in [
        "afspraken-c0-ar.pdf",
        "afspraken-c1-nl.pdf",
        "afspraken-c2-ti.pdf",
    ] {
        assert!(
            out.join(name).exists(),
            "{name}: a letter not filed is still written"
        );
    }
    // the next run links what was stored and files nothing twice
    zgw.clear_failures();
    let run = batch_command(&config, &input, &out)
        .arg("--resume")
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(1),
        "the case without zaak still fails"
    );
    assert_eq!((zgw.documents().len(), zgw.links().len()), (2, 2));
    assert!(zgw.links().iter().any(|l| l.informatieobject == document));
    assert_clean(&zgw);
}

#[test]
fn render_files_one_letter_from_the_command_line() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config = zgw.config(
        dir.path(),
        "user-id = \"m.jansen\"\nuser-representation = \"M. Jansen\"",
    );
    let zaak = zgw.add_zaak();
    let args = [
        "render",
        "beschikking",
        "--lang",
        "ar",
        "--example",
        "--accept-unreviewed",
        "-o",
        "brief.pdf",
        "--store",
        "zgw",
        "--zaak",
        &zaak,
        "--zgw-config",
        config.to_str().unwrap(),
    ];
    let (code, _, stderr) = eigentaal(&args, b"", dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("filed as"), "{stderr}");
    let pdf = std::fs::read(dir.path().join("brief.pdf")).unwrap();
    let documents = zgw.documents();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].pdf, pdf);
    assert_eq!(documents[0].sent["bestandsnaam"], "brief.pdf");
    assert_eq!(documents[0].user_id, "m.jansen");
    let description = documents[0].sent["beschrijving"].as_str().unwrap();
    assert!(
        description.contains("de Nederlandse tekst is bindend"),
        "{description}"
    );
    let (code, _, stderr) = eigentaal(&args, b"", dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("already filed as"), "{stderr}");
    assert_eq!(zgw.documents().len(), 1);
    // a configuration that cannot work stops before anything is written
    let (code, _, stderr) = eigentaal(
        &[
            "render",
            "afspraken",
            "--example",
            "-o",
            "x.pdf",
            "--store",
            "zgw",
            "--zaak",
            "https://elders/zaken/1",
            "--zgw-config",
            config.to_str().unwrap(),
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("not the URL of a zaak in the configured Zaken API"),
        "{stderr}"
    );
    assert!(!dir.path().join("x.pdf").exists());
    assert_clean(&zgw);
}

#[test]
fn the_batch_endpoint_files_every_letter_in_its_zaak() {
    let zgw = ZgwServer::start();
    let dir = tempfile::tempdir().unwrap();
    let server = serve(&zgw, dir.path(), "");
    let zaken: Vec<String> = (0..2).map(|_| zgw.add_zaak()).collect();
    let input = std::fs::read(batch_input(dir.path(), &zaken)).unwrap();
    let url = server.url("/v1/templates/afspraken/batch?store=zgw");
    let headers = [
        ("authorization", BEARER),
        ("content-type", "application/x-ndjson"),
    ];
    let r = post(&url, &headers, &input);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.body)).unwrap();
    let mut read = |name: &str| {
        use std::io::Read;
        let mut s = Vec::new();
        zip.by_name(name).unwrap().read_to_end(&mut s).unwrap();
        s
    };
    let filed: Vec<Value> = String::from_utf8(read("zgw.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(filed.len(), 2);
    let summary: Value = serde_json::from_slice(&read("summary.json")).unwrap();
    assert_eq!(summary["filed"], 2);
    let pdf = read("afspraken-c0-ar.pdf");
    let doc = zgw
        .documents()
        .into_iter()
        .find(|d| d.url == filed[0]["document"])
        .unwrap();
    assert_eq!(doc.pdf, pdf);
    // the same batch again files nothing new
    let r = post(&url, &headers, &input);
    assert_eq!(r.status, 200);
    assert_eq!((zgw.documents().len(), zgw.links().len()), (2, 2));

    // a spreadsheet names the zaak in a column of its own
    let sheet = crate::server::get(
        &server.url("/v1/templates/afspraken/sheet?format=csv"),
        &[("authorization", BEARER)],
    );
    let csv = String::from_utf8(sheet.body).unwrap();
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    lines[0].push_str(";zaak");
    lines[1].push_str(&format!(";{}", zaken[1]));
    let csv = lines[..2].join("\r\n");
    let r = post(
        &url,
        &[("authorization", BEARER), ("content-type", "text/csv")],
        csv.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let links = zgw.links();
    assert_eq!(links.len(), 3);
    assert_eq!(links[2].zaak, zaken[1]);
    assert_clean(&zgw);
}
