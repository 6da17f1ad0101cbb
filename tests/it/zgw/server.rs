//! A ZGW registration for the tests: the Documenten API and the Zaken API
//! on one local port (`/documenten/api/v1`, `/zaken/api/v1`), as far as
//! eigentaal uses them. Every request is checked against the official
//! OpenAPI documents (operation, parameters, headers, body) and must carry
//! a valid ZGW token (HS256 with the shared secret; `iss`, `client_id`,
//! `iat`, `user_id`, `user_representation`; issued within the last minute).
//! It stores what it is sent, answers as the documents say (every answer is
//! checked against them too), keeps `identificatie` unique per
//! `bronorganisatie` and a link unique per zaak and document as Open Zaak
//! does, and fails on request: a status, or a timeout before or after it
//! stored what it was sent.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Value, json};

use super::openapi::{Operation, Spec};

pub const SECRET: &str = "test-secret-for-the-zgw-registration";
pub const CLIENT_ID: &str = "eigentaal-test";
pub const RSIN: &str = "002220647";
pub const DOCUMENTEN: &str = "/documenten/api/v1";
pub const ZAKEN: &str = "/zaken/api/v1";

/// How a chosen call fails.
#[derive(Debug, Clone, Copy)]
pub enum Fail {
    /// Answer this status (problem+json as the documents describe).
    Status(u16),
    /// Wait this long before handling the request (the client gives up).
    TimeoutBefore(Duration),
    /// Handle the request (store), then wait this long before answering.
    TimeoutAfter(Duration),
}

struct Rule {
    method: Method,
    path: String,
    /// The 1-based number of the matching call that fails, or every call.
    nth: Option<usize>,
    fail: Fail,
    seen: usize,
}

/// A document as stored.
#[derive(Debug, Clone)]
pub struct Document {
    pub url: String,
    /// The body eigentaal sent.
    pub sent: Value,
    /// `inhoud`, decoded.
    pub pdf: Vec<u8>,
    /// The user the token named.
    pub user_id: String,
    /// How the token named that user for display.
    pub user_representation: String,
}

/// A link as stored.
#[derive(Debug, Clone)]
pub struct Link {
    pub url: String,
    pub zaak: String,
    pub informatieobject: String,
    pub titel: String,
}

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub path: String,
    pub status: u16,
}

#[derive(Default)]
struct Store {
    documents: Vec<Document>,
    links: Vec<Link>,
    zaken: Vec<String>,
    calls: Vec<Call>,
    /// Requests the documents or the token check refused, with why.
    violations: Vec<String>,
    rules: Vec<Rule>,
    /// Documents stored whose answer is being held back.
    held: usize,
    next_id: u64,
}

struct Shared {
    base: String,
    documenten: Spec,
    zaken: Spec,
    store: Mutex<Store>,
}

/// The running registration; stops when dropped.
pub struct ZgwServer {
    pub base: String,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl ZgwServer {
    pub fn start() -> ZgwServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let shared = Arc::new(Shared {
            base: base.clone(),
            documenten: super::documenten_spec(),
            zaken: super::zaken_spec(),
            store: Mutex::default(),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let state = shared.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let app = axum::Router::new()
                    .fallback(handle)
                    .with_state(state)
                    .layer(axum::extract::DefaultBodyLimit::max(64 * 1024 * 1024));
                axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        ZgwServer {
            base,
            shared,
            stop: Some(stop),
        }
    }

    /// The Zaken API's URL of a new zaak the registration knows.
    pub fn add_zaak(&self) -> String {
        let mut store = self.shared.store.lock().unwrap();
        store.next_id += 1;
        let url = format!("{}{ZAKEN}/zaken/{}", self.base, uuid(store.next_id));
        store.zaken.push(url.clone());
        url
    }

    /// Makes call number `nth` (1-based; `None`: every call) of `method`
    /// on `path` (below the API, e.g. `/zaakinformatieobjecten`) fail.
    pub fn fail(&self, method: Method, path: &str, nth: Option<usize>, fail: Fail) {
        self.shared.store.lock().unwrap().rules.push(Rule {
            method,
            path: path.to_string(),
            nth,
            fail,
            seen: 0,
        });
    }

    pub fn clear_failures(&self) {
        self.shared.store.lock().unwrap().rules.clear();
    }

    pub fn documents(&self) -> Vec<Document> {
        self.shared.store.lock().unwrap().documents.clone()
    }

    pub fn links(&self) -> Vec<Link> {
        self.shared.store.lock().unwrap().links.clone()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.store.lock().unwrap().calls.clone()
    }

    /// Successful creations of `path` (201 answers).
    pub fn created(&self, path: &str) -> usize {
        self.calls()
            .iter()
            .filter(|c| c.method == "POST" && c.path == path && c.status == 201)
            .count()
    }

    /// Requests refused for breaking the documents or the token rules.
    pub fn violations(&self) -> Vec<String> {
        self.shared.store.lock().unwrap().violations.clone()
    }

    /// Waits until `n` documents are stored and the answer to the last one
    /// is held back (see [`Fail::TimeoutAfter`]).
    pub fn wait_for_held_document(&self, n: usize, within: Duration) -> bool {
        let started = Instant::now();
        while started.elapsed() < within {
            {
                let store = self.shared.store.lock().unwrap();
                if store.documents.len() >= n && store.held > 0 {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    /// The configuration file eigentaal reads for this registration.
    pub fn config(&self, dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
        std::fs::write(dir.join("zgw-secret"), SECRET).unwrap();
        let path = dir.join("zgw.toml");
        std::fs::write(
            &path,
            format!(
                "documenten-api = \"{base}{DOCUMENTEN}\"\n\
                 zaken-api = \"{base}{ZAKEN}\"\n\
                 client-id = \"{CLIENT_ID}\"\n\
                 secret-file = \"zgw-secret\"\n\
                 rsin = \"{RSIN}\"\n\
                 {timeout}\
                 informatieobjecttype = \"{base}/catalogi/api/v1/informatieobjecttypen/brief\"\n\
                 {extra}\n",
                base = self.base,
                timeout = if extra.contains("timeout-seconds") {
                    ""
                } else {
                    "timeout-seconds = 1\n"
                },
            ),
        )
        .unwrap();
        path
    }
}

impl Drop for ZgwServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn uuid(n: u64) -> String {
    format!("00000000-0000-4000-8000-{n:012x}")
}

fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let full = uri.path().to_string();
    let (spec, path) = if let Some(rest) = full.strip_prefix(DOCUMENTEN) {
        (&shared.documenten, rest.to_string())
    } else if let Some(rest) = full.strip_prefix(ZAKEN) {
        (&shared.zaken, rest.to_string())
    } else {
        return refuse(
            &shared,
            &method,
            &full,
            404,
            format!("no API at {full}"),
            None,
        );
    };
    let Some(operation) = spec.operation(method.as_str(), &path) else {
        return refuse(
            &shared,
            &method,
            &path,
            404,
            format!("{} has no {method} {path}", spec.title),
            None,
        );
    };
    let user = match check_token(&headers) {
        Ok(user) => user,
        Err(why) => {
            return refuse(&shared, &method, &path, 401, why, Some((spec, &operation)));
        }
    };
    let query: Vec<(String, String)> = uri.query().map(url_pairs).unwrap_or_default();
    let json_body: Option<Value> = if body.is_empty() {
        None
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => Some(v),
            Err(e) => {
                return refuse(
                    &shared,
                    &method,
                    &path,
                    400,
                    format!("body is not JSON: {e}"),
                    Some((spec, &operation)),
                );
            }
        }
    };
    let errors = spec.check_request(&operation, &query, &headers, json_body.as_ref());
    if !errors.is_empty() {
        return refuse(
            &shared,
            &method,
            &path,
            400,
            format!(
                "{method} {path} breaks {} {}: {}",
                spec.title,
                spec.version,
                errors.join("; ")
            ),
            Some((spec, &operation)),
        );
    }

    let fail = {
        let mut store = shared.store.lock().unwrap();
        let mut chosen = None;
        for rule in store.rules.iter_mut() {
            if rule.method == method && rule.path == path {
                rule.seen += 1;
                if rule.nth.is_none_or(|n| n == rule.seen) && chosen.is_none() {
                    chosen = Some(rule.fail);
                }
            }
        }
        chosen
    };
    match fail {
        Some(Fail::Status(status)) => {
            let body = fout(status, "gefaald op verzoek van de test");
            return answer(
                &shared, spec, &operation, &method, &path, status, body, None,
            );
        }
        Some(Fail::TimeoutBefore(wait)) => tokio::time::sleep(wait).await,
        _ => {}
    }

    let (status, body, location) = {
        let mut store = shared.store.lock().unwrap();
        route(
            &shared.base,
            &mut store,
            &method,
            &path,
            &query,
            json_body,
            user,
        )
    };
    if let Some(Fail::TimeoutAfter(wait)) = fail {
        shared.store.lock().unwrap().held += 1;
        tokio::time::sleep(wait).await;
        shared.store.lock().unwrap().held -= 1;
    }
    answer(
        &shared, spec, &operation, &method, &path, status, body, location,
    )
}

/// Query pairs, percent-decoded.
fn url_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The token rules; the user id when they hold.
fn check_token(headers: &HeaderMap) -> Result<User, String> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or("no `Authorization: Bearer <JWT>`")?;
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    let data = jsonwebtoken::decode::<Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()),
        &validation,
    )
    .map_err(|e| format!("token refused: {e}"))?;
    let claims = data.claims;
    for claim in ["iss", "client_id", "user_id", "user_representation"] {
        if claims[claim].as_str().is_none_or(str::is_empty) {
            return Err(format!("token lacks `{claim}`"));
        }
    }
    if claims["client_id"] != CLIENT_ID || claims["iss"] != CLIENT_ID {
        return Err(format!(
            "token names another client: {}",
            claims["client_id"]
        ));
    }
    let iat = claims["iat"].as_u64().ok_or("token lacks `iat`")?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    if iat > now + 5 || now - iat > 60 {
        return Err(format!("token is not fresh: iat {iat}, now {now}"));
    }
    let claim = |name: &str| claims[name].as_str().unwrap().to_string();
    Ok(User {
        id: claim("user_id"),
        representation: claim("user_representation"),
    })
}

/// The user a token named: `user_id` and `user_representation`.
struct User {
    id: String,
    representation: String,
}

/// What the registration does with a valid request: (status, body, Location).
fn route(
    base: &str,
    store: &mut Store,
    method: &Method,
    path: &str,
    query: &[(String, String)],
    body: Option<Value>,
    user: User,
) -> (u16, Value, Option<String>) {
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    match (method.as_str(), path) {
        ("GET", "/enkelvoudiginformatieobjecten") => {
            let results: Vec<Value> = store
                .documents
                .iter()
                .filter(|d| {
                    param("bronorganisatie").is_none_or(|b| d.sent["bronorganisatie"] == b)
                        && param("identificatie").is_none_or(|i| d.sent["identificatie"] == i)
                })
                .map(document_answer)
                .collect();
            (
                200,
                json!({"count": results.len(), "next": null, "previous": null, "results": results}),
                None,
            )
        }
        ("POST", "/enkelvoudiginformatieobjecten") => {
            let sent = body.unwrap_or_default();
            let duplicate = store.documents.iter().any(|d| {
                d.sent["bronorganisatie"] == sent["bronorganisatie"]
                    && !sent["identificatie"].as_str().unwrap_or("").is_empty()
                    && d.sent["identificatie"] == sent["identificatie"]
            });
            if duplicate {
                store
                    .violations
                    .push("a second document with the same identificatie was sent".into());
                return (
                    400,
                    validatie_fout("identificatie", "identificatie-niet-uniek"),
                    None,
                );
            }
            let pdf = base64::engine::general_purpose::STANDARD
                .decode(sent["inhoud"].as_str().unwrap_or_default())
                .unwrap_or_default();
            store.next_id += 1;
            let url = format!(
                "{base}{DOCUMENTEN}/enkelvoudiginformatieobjecten/{}",
                uuid(store.next_id)
            );
            let document = Document {
                url: url.clone(),
                sent,
                pdf,
                user_id: user.id,
                user_representation: user.representation,
            };
            let answer = document_answer(&document);
            store.documents.push(document);
            (201, answer, Some(url))
        }
        ("GET", "/zaakinformatieobjecten") => {
            let links: Vec<Value> = store
                .links
                .iter()
                .filter(|l| {
                    param("zaak").is_none_or(|z| l.zaak == z)
                        && param("informatieobject").is_none_or(|i| l.informatieobject == i)
                })
                .map(link_answer)
                .collect();
            (200, Value::Array(links), None)
        }
        ("POST", "/zaakinformatieobjecten") => {
            let sent = body.unwrap_or_default();
            let zaak = sent["zaak"].as_str().unwrap_or_default().to_string();
            let document = sent["informatieobject"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            if !store.zaken.contains(&zaak) {
                return (400, validatie_fout("zaak", "does_not_exist"), None);
            }
            if !store.documents.iter().any(|d| d.url == document) {
                return (
                    400,
                    validatie_fout("informatieobject", "does_not_exist"),
                    None,
                );
            }
            if store
                .links
                .iter()
                .any(|l| l.zaak == zaak && l.informatieobject == document)
            {
                store
                    .violations
                    .push("a second link of the same document to the same zaak was sent".into());
                return (400, validatie_fout("nonFieldErrors", "unique"), None);
            }
            store.next_id += 1;
            let url = format!(
                "{base}{ZAKEN}/zaakinformatieobjecten/{}",
                uuid(store.next_id)
            );
            let link = Link {
                url: url.clone(),
                zaak,
                informatieobject: document,
                titel: sent["titel"].as_str().unwrap_or_default().to_string(),
            };
            let answer = link_answer(&link);
            store.links.push(link);
            (201, answer, Some(url))
        }
        _ => (
            500,
            fout(500, "the test registration does not do this operation"),
            None,
        ),
    }
}

/// A stored document as the Documenten API shows it (`SchemaEIO`).
fn document_answer(d: &Document) -> Value {
    let s = &d.sent;
    let text = |k: &str| s[k].clone().as_str().map(Value::from).unwrap_or(json!(""));
    json!({
        "url": d.url,
        "identificatie": text("identificatie"),
        "bronorganisatie": s["bronorganisatie"],
        "creatiedatum": s["creatiedatum"],
        "titel": s["titel"],
        "vertrouwelijkheidaanduiding": s.get("vertrouwelijkheidaanduiding").cloned().unwrap_or(json!("zaakvertrouwelijk")),
        "auteur": s["auteur"],
        "status": text("status"),
        "formaat": text("formaat"),
        "taal": s["taal"],
        "versie": 1,
        "beginRegistratie": now(),
        "bestandsnaam": text("bestandsnaam"),
        "inhoud": format!("{}/download?versie=1", d.url),
        "bestandsomvang": d.pdf.len(),
        "beschrijving": text("beschrijving"),
        "ontvangstdatum": null,
        "verzenddatum": null,
        "indicatieGebruiksrecht": null,
        "verschijningsvorm": "",
        "ondertekening": null,
        "integriteit": s.get("integriteit").cloned().unwrap_or(Value::Null),
        "informatieobjecttype": s["informatieobjecttype"],
        "locked": false,
        "bestandsdelen": [],
        "trefwoorden": [],
    })
}

/// A stored link as the Zaken API shows it (`ZaakInformatieObject`).
fn link_answer(l: &Link) -> Value {
    json!({
        "url": l.url,
        "uuid": l.url.rsplit('/').next().unwrap_or_default(),
        "informatieobject": l.informatieobject,
        "zaak": l.zaak,
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
        "titel": l.titel,
        "beschrijving": "",
        "registratiedatum": now(),
        "vernietigingsdatum": null,
        "status": null,
    })
}

fn fout(status: u16, detail: &str) -> Value {
    json!({
        "type": format!("https://example.org/fouten/{status}"),
        "code": "test",
        "title": "Fout",
        "status": status,
        "detail": detail,
        "instance": "urn:uuid:00000000-0000-4000-8000-000000000000",
    })
}

fn validatie_fout(field: &str, code: &str) -> Value {
    let mut body = fout(400, "Invalid input.");
    body["code"] = json!("invalid");
    body["invalidParams"] = json!([{"name": field, "code": code, "reason": "test"}]);
    body
}

/// Answers a request the registration refuses, and remembers why.
fn refuse(
    shared: &Shared,
    method: &Method,
    path: &str,
    status: u16,
    why: String,
    operation: Option<(&Spec, &Operation<'_>)>,
) -> Response {
    shared.store.lock().unwrap().violations.push(why.clone());
    let body = if status == 400 {
        let mut b = validatie_fout("request", "invalid");
        b["detail"] = json!(why);
        b
    } else {
        fout(status, &why)
    };
    match operation {
        Some((spec, op)) => answer(shared, spec, op, method, path, status, body, None),
        None => {
            record(shared, method, path, status);
            (StatusCode::from_u16(status).unwrap(), axum::Json(body)).into_response()
        }
    }
}

fn record(shared: &Shared, method: &Method, path: &str, status: u16) {
    shared.store.lock().unwrap().calls.push(Call {
        method: method.to_string(),
        path: path.to_string(),
        status,
    });
}

/// Sends an answer after checking it against the document.
#[allow(clippy::too_many_arguments)]
fn answer(
    shared: &Shared,
    spec: &Spec,
    operation: &Operation<'_>,
    method: &Method,
    path: &str,
    status: u16,
    body: Value,
    location: Option<String>,
) -> Response {
    let errors = spec.check_response(operation, status, &body);
    if !errors.is_empty() {
        shared.store.lock().unwrap().violations.push(format!(
            "the test registration answered {method} {path} {status} unlike {} {}: {errors:?}",
            spec.title, spec.version
        ));
    }
    record(shared, method, path, status);
    let content_type = if status >= 400 {
        "application/problem+json"
    } else {
        "application/json"
    };
    let mut response = (
        StatusCode::from_u16(status).unwrap(),
        [
            ("content-type", content_type),
            ("api-version", spec.version.as_str()),
        ],
        body.to_string(),
    )
        .into_response();
    if let Some(location) = location {
        response
            .headers_mut()
            .insert("location", location.parse().unwrap());
    }
    response
}
