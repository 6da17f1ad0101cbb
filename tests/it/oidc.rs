//! Staff sign-in (OpenID Connect) end to end.
//!
//! The real provider is Debian's glewlwyd, started here with a throw-away
//! configuration: a sqlite database from the package's own schema, an RS256
//! key made with openssl, a test user with a password and a confidential
//! client whose redirect URI is the test server. Headless Chromium signs in
//! at its login form (tests/web/login.test.mjs); the other tests sign in
//! through its API the way its form does.
//!
//! ID tokens a real provider would never issue (expired, signed with a key
//! it does not have, for another audience or nonce) come from a provider
//! double below: discovery, keys, authorize and token endpoints, its tokens
//! signed with jsonwebtoken. They go through eigentaal's real callback.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use serde_json::{Value, json};

use crate::server::Server;
use crate::util::*;
use crate::zgw::server::ZgwServer;

const OP_USER: &str = "medewerker";
const OP_PASSWORD: &str = "geheim-wachtwoord-1";
const STAFF_NAME: &str = "Fatima Bakker";
const STAFF_EMAIL: &str = "f.bakker@example.org";
const CLIENT_ID: &str = "eigentaal";
const CLIENT_SECRET: &str = "client-geheim-0123456789abcdef";
const SESSION_KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const API_KEY: &str = "0123456789abcdef0123456789abcdef";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn run(command: &mut Command, what: &str) -> Vec<u8> {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {command:?}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// An agent that shows redirects instead of following them; cookies are
/// passed by hand.
fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

struct Answer {
    status: u16,
    location: String,
    cookies: Vec<String>,
    body: String,
}

impl Answer {
    /// `name=value` of the cookie `name` this answer sets.
    fn cookie(&self, name: &str) -> String {
        self.cookies
            .iter()
            .map(|c| c.split(';').next().unwrap().trim().to_string())
            .find(|c| c.starts_with(&format!("{name}=")) && c.len() > name.len() + 1)
            .unwrap_or_else(|| panic!("no cookie {name} in {:?}: {}", self.cookies, self.body))
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn answer(mut response: ureq::http::Response<ureq::Body>) -> Answer {
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let location = header("location");
    let cookies = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect();
    Answer {
        status: response.status().as_u16(),
        location,
        cookies,
        body: response.body_mut().read_to_string().unwrap_or_default(),
    }
}

fn get(url: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = agent().get(url);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    answer(request.call().unwrap())
}

fn post(url: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let mut request = agent().post(url);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    answer(request.send(body).unwrap())
}

/// Copies a folder, following links (glewlwyd's static file server does not).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if std::fs::metadata(entry.path()).unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Debian's glewlwyd with a throw-away configuration; stopped when dropped.
struct Glewlwyd {
    child: Child,
    dir: tempfile::TempDir,
    base: String,
    issuer: String,
}

const GLEWLWYD_SCHEMA: &str = "/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3";
const GLEWLWYD_WEBAPP: &str = "/usr/share/glewlwyd/webapp";

impl Glewlwyd {
    /// Starts glewlwyd and configures its OpenID Connect plugin, the test
    /// user, and this service as a client sent back to `redirect_uri`.
    fn start(redirect_uri: &str) -> Glewlwyd {
        assert!(
            Path::new("/usr/bin/glewlwyd").exists() && Path::new(GLEWLWYD_SCHEMA).exists(),
            "the sign-in tests need Debian's OpenID Provider: apt-get install glewlwyd sqlite3"
        );
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // The signing key, made for this run.
        run(
            Command::new("openssl")
                .args(["genrsa", "-out"])
                .arg(d.join("op.key"))
                .arg("2048"),
            "openssl genrsa",
        );
        run(
            Command::new("openssl")
                .args(["rsa", "-pubout", "-in"])
                .arg(d.join("op.key"))
                .arg("-out")
                .arg(d.join("op.pub")),
            "openssl rsa -pubout",
        );
        // The database, from the package's schema (it holds the admin user).
        let db = d.join("glewlwyd.db");
        run(
            Command::new("sqlite3")
                .arg(&db)
                .stdin(std::fs::File::open(GLEWLWYD_SCHEMA).unwrap()),
            "sqlite3 < glewlwyd schema",
        );
        // Its login pages, with the configuration the Debian package links
        // from /etc (a folder there, not the file the pages read).
        let webapp = d.join("webapp");
        copy_dir(Path::new(GLEWLWYD_WEBAPP), &webapp);
        let _ = std::fs::remove_dir_all(webapp.join("config.json"));
        std::fs::copy(
            "/etc/glewlwyd/config-2.7.json/config.json",
            webapp.join("config.json"),
        )
        .unwrap();
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let config = format!(
            r#"port={port}
external_url="{base}"
login_url="login.html"
static_files_path="{webapp}/"
static_files_mime_types = (
  {{ extension = ".html"; mime_type = "text/html"; }},
  {{ extension = ".css"; mime_type = "text/css"; }},
  {{ extension = ".js"; mime_type = "application/javascript"; }},
  {{ extension = ".json"; mime_type = "application/json"; }},
  {{ extension = ".png"; mime_type = "image/png"; }},
  {{ extension = ".ico"; mime_type = "image/x-icon"; }},
  {{ extension = ".woff2"; mime_type = "font/woff2"; }},
  {{ extension = ".woff"; mime_type = "font/woff"; }},
  {{ extension = ".ttf"; mime_type = "font/ttf"; }}
)
api_prefix="api"
allow_origin="*"
log_mode="console"
log_level="WARNING"
cookie_secure=0
session_expiration=3600
session_key="GLEWLWYD2_SESSION_ID"
admin_scope="g_admin"
profile_scope="g_profile"
user_module_path="/usr/lib/glewlwyd/user"
client_module_path="/usr/lib/glewlwyd/client"
user_auth_scheme_module_path="/usr/lib/glewlwyd/scheme"
plugin_module_path="/usr/lib/glewlwyd/plugin"
hash_algorithm="SHA512"
database = {{ type = "sqlite3"; path = "{db}"; }};
"#,
            webapp = webapp.display(),
            db = db.display(),
        );
        let conf = d.join("glewlwyd.conf");
        std::fs::write(&conf, config).unwrap();
        let log = std::fs::File::create(d.join("glewlwyd.log")).unwrap();
        let child = Command::new("glewlwyd")
            .arg("-c")
            .arg(&conf)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("cannot start glewlwyd");
        let mut op = Glewlwyd {
            child,
            issuer: format!("{base}/api/oidc"),
            base,
            dir,
        };
        op.wait_until_up();
        op.configure(redirect_uri);
        op
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("glewlwyd.log")).unwrap_or_default()
    }

    fn wait_until_up(&mut self) {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("glewlwyd exited ({status}):\n{}", self.log());
            }
            if agent()
                .get(&format!("{}/config/", self.base))
                .call()
                .is_ok()
            {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "glewlwyd did not answer within 20 s:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The admin API, as the package's admin (`admin`/`password`).
    fn configure(&self, redirect_uri: &str) {
        let login = post(
            &format!("{}/api/auth/", self.base),
            &[("content-type", "application/json")],
            br#"{"username":"admin","password":"password"}"#,
        );
        assert_eq!(login.status, 200, "glewlwyd admin login: {}", login.body);
        let admin = login.cookie("GLEWLWYD2_SESSION_ID");
        let key = std::fs::read_to_string(self.dir.path().join("op.key")).unwrap();
        let cert = std::fs::read_to_string(self.dir.path().join("op.pub")).unwrap();
        let calls = [
            (
                "/api/mod/plugin/",
                json!({
                    "module": "oidc", "name": "oidc", "display_name": "OpenID Connect", "enabled": true,
                    "parameters": {
                        "iss": self.issuer, "jwt-type": "rsa", "jwt-key-size": "256",
                        "key": key, "cert": cert,
                        "code-duration": 600, "refresh-token-duration": 3600, "access-token-duration": 3600,
                        "auth-type-code-enabled": true, "auth-type-refresh-enabled": false,
                        "auth-type-client-enabled": false, "auth-type-implicit-enabled": false,
                        "auth-type-password-enabled": false,
                        "pkce-allowed": true, "pkce-method-plain-allowed": false,
                        "allowed-scope": ["openid", "profile", "email"],
                        "name-claim": "mandatory", "email-claim": "mandatory",
                        "subject-type": "public",
                        "session-cookie-name": "GLEWLWYD2_OIDC_SID", "session-cookie-expiration": 3600,
                    }
                }),
            ),
            (
                "/api/user/",
                json!({
                    "username": OP_USER, "name": STAFF_NAME, "email": STAFF_EMAIL,
                    "password": OP_PASSWORD, "scope": ["openid", "g_profile"], "enabled": true,
                }),
            ),
            (
                "/api/client/",
                json!({
                    "client_id": CLIENT_ID, "name": "eigentaal", "confidential": true,
                    "client_secret": CLIENT_SECRET, "redirect_uri": [redirect_uri],
                    "authorization_type": ["code"], "scope": [], "enabled": true,
                    "token_endpoint_auth_method": ["client_secret_basic", "client_secret_post"],
                }),
            ),
        ];
        for (path, body) in calls {
            let r = post(
                &format!("{}{path}", self.base),
                &[("content-type", "application/json"), ("cookie", &admin)],
                body.to_string().as_bytes(),
            );
            assert_eq!(r.status, 200, "glewlwyd {path}: {}\n{}", r.body, self.log());
        }
    }

    /// Signs the test user in at glewlwyd as its login form does; the
    /// provider's session cookie.
    fn user_session(&self) -> String {
        let r = post(
            &format!("{}/api/auth/", self.base),
            &[("content-type", "application/json")],
            json!({ "username": OP_USER, "password": OP_PASSWORD })
                .to_string()
                .as_bytes(),
        );
        assert_eq!(r.status, 200, "glewlwyd user login: {}", r.body);
        r.cookie("GLEWLWYD2_SESSION_ID")
    }
}

impl Drop for Glewlwyd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A service with login, on `port`, and its secrets in files.
struct LoginServer {
    server: Server,
    base: String,
    secrets: tempfile::TempDir,
}

fn start_with_login(port: u16, issuer: &str, extra: &[&str]) -> LoginServer {
    let secrets = tempfile::tempdir().unwrap();
    let records = secrets.path().join("records.ndjson");
    let client_secret = secrets.path().join("client-secret");
    let session_key = secrets.path().join("session-key");
    std::fs::write(&client_secret, format!("{CLIENT_SECRET}\n")).unwrap();
    std::fs::write(&session_key, format!("{SESSION_KEY}\n")).unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let mut args = vec![
        "--oidc-issuer".to_string(),
        issuer.to_string(),
        "--oidc-client-id".into(),
        CLIENT_ID.into(),
        "--oidc-client-secret-file".into(),
        client_secret.display().to_string(),
        "--public-url".into(),
        base.clone(),
        "--session-key-file".into(),
        session_key.display().to_string(),
        "--records".into(),
        records.display().to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let server = Server::start_on(
        &format!("127.0.0.1:{port}"),
        &args,
        &[
            ("EIGENTAAL_API_KEYS", &format!("zaaksysteem={API_KEY}")),
            ("EIGENTAAL_RECORDS_KEY", SESSION_KEY),
            ("RUST_LOG", "info"),
        ],
    );
    LoginServer {
        server,
        base,
        secrets,
    }
}

impl LoginServer {
    /// The processing records written so far.
    fn records(&self) -> Vec<Value> {
        std::fs::read_to_string(self.secrets.path().join("records.ndjson"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `/auth/login`: where it sends the browser, and the sign-in cookie.
    fn begin(&self) -> (String, String) {
        let r = get(&self.url("/auth/login"), &[]);
        assert_eq!(r.status, 303, "{}", r.body);
        (r.location.clone(), r.cookie("eigentaal-login"))
    }

    /// The provider sent the browser to `callback`: the answer.
    fn finish(&self, callback: &str, login_cookie: &str) -> Answer {
        assert!(
            callback.starts_with(&self.url("/auth/callback?")),
            "the provider sent the browser to {callback}"
        );
        get(callback, &[("cookie", login_cookie)])
    }
}

/// Signs in at glewlwyd without a browser: the session cookie.
fn sign_in(server: &LoginServer, op: &Glewlwyd) -> String {
    let (authorize, login_cookie) = server.begin();
    assert!(
        authorize.starts_with(&format!("{}/auth?", op.issuer)),
        "{authorize}"
    );
    let query: Vec<(String, String)> = url_query(&authorize);
    let has = |k: &str, v: &str| query.iter().any(|(a, b)| a == k && b == v);
    assert!(has("response_type", "code") && has("code_challenge_method", "S256"));
    assert!(has("client_id", CLIENT_ID));
    assert!(query.iter().any(|(k, _)| k == "nonce"));
    let scope = &query.iter().find(|(k, _)| k == "scope").unwrap().1;
    assert!(scope.split(' ').any(|s| s == "openid"), "{scope}");
    // What glewlwyd's login page does after the password: continue.
    let continued = get(
        &format!("{authorize}&g_continue"),
        &[("cookie", &op.user_session())],
    );
    assert_eq!(continued.status, 302, "{}", continued.body);
    let done = server.finish(&continued.location, &login_cookie);
    assert_eq!(done.status, 303, "{}\n{}", done.body, server.server.log());
    assert_eq!(done.location, "/");
    let session = done
        .cookies
        .iter()
        .find(|c| c.starts_with("eigentaal-session="))
        .unwrap();
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=28800"] {
        assert!(
            session.contains(attribute),
            "{attribute} missing: {session}"
        );
    }
    // http://127.0.0.1 is the one place without Secure.
    assert!(!session.contains("Secure"), "{session}");
    done.cookie("eigentaal-session")
}

fn url_query(url: &str) -> Vec<(String, String)> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.replace('+', " ").into_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn case(template: &str) -> Vec<u8> {
    serde_json::to_vec(&example(template)).unwrap()
}

/// A session cookie made with the service's key, as the service makes them.
fn forge_session(exp: u64) -> String {
    let key = cookie::Key::derive_from(SESSION_KEY.as_bytes());
    let mut jar = cookie::CookieJar::new();
    let value = json!({
        "sub": "made-here", "name": "Made Here", "email": null,
        "exp": exp, "sid": format!("sid-{exp}"), "csrf": "token-made-here",
    });
    jar.private_mut(&key)
        .add(cookie::Cookie::new("eigentaal-session", value.to_string()));
    let cookie = jar.get("eigentaal-session").unwrap();
    format!("eigentaal-session={}", cookie.value())
}

#[test]
fn sessions_csrf_and_keys_with_a_real_provider() {
    let port = free_port();
    let op = Glewlwyd::start(&format!("http://127.0.0.1:{port}/auth/callback"));
    // A zaak registration, to see whom a staff member's letter is filed for.
    let zgw = ZgwServer::start();
    let zgw_dir = tempfile::tempdir().unwrap();
    let zgw_config = zgw.config(zgw_dir.path(), "");
    let server = start_with_login(
        port,
        &op.issuer,
        &["--zgw-config", zgw_config.to_str().unwrap()],
    );
    let render = server.url("/v1/templates/afspraken/render");

    // Neither key nor session: 401, for the API and for /auth/me.
    let r = get(&server.url("/v1/templates"), &[]);
    assert_eq!(r.status, 401, "{}", r.body);
    assert!(r.body.contains("/auth/login"), "{}", r.body);
    assert_eq!(get(&server.url("/auth/me"), &[]).status, 401);
    // The page itself loads; it asks to sign in.
    assert_eq!(get(&server.url("/"), &[]).status, 200);

    let session = sign_in(&server, &op);
    let me = get(&server.url("/auth/me"), &[("cookie", &session)]);
    assert_eq!(me.status, 200, "{}", me.body);
    let me = me.json();
    assert_eq!(me["name"], STAFF_NAME);
    assert_eq!(me["email"], STAFF_EMAIL);
    let subject = me["subject"].as_str().unwrap().to_string();
    let csrf = me["csrfToken"].as_str().unwrap().to_string();
    assert!(csrf.len() >= 32, "{csrf}");

    // GET with the session alone.
    assert_eq!(
        get(&server.url("/v1/templates"), &[("cookie", &session)]).status,
        200
    );
    // A POST with the session needs the token, and no foreign origin.
    let json_ct = ("content-type", "application/json");
    let r = post(
        &render,
        &[("cookie", &session), json_ct],
        &case("afspraken"),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("urn:eigentaal:csrf"), "{}", r.body);
    let r = post(
        &render,
        &[
            ("cookie", &session),
            json_ct,
            ("x-csrf-token", "not-the-token"),
        ],
        &case("afspraken"),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    let r = post(
        &render,
        &[
            ("cookie", &session),
            json_ct,
            ("x-csrf-token", &csrf),
            ("origin", "https://evil.example"),
        ],
        &case("afspraken"),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    let r = post(
        &server.url("/v1/templates/afspraken/batch"),
        &[
            ("cookie", &session),
            ("content-type", "application/x-ndjson"),
        ],
        &case("afspraken"),
    );
    assert_eq!(r.status, 403, "the batch is protected too: {}", r.body);
    let zaak = zgw.add_zaak();
    let filed = format!(
        "{render}?store=zgw&zaak={}",
        zaak.replace(':', "%3A").replace('/', "%2F")
    );
    let mut ok = agent()
        .post(&filed)
        .header("cookie", &session)
        .header("content-type", "application/json")
        .header("x-csrf-token", &csrf)
        .header("origin", &server.base)
        .send(&case("afspraken")[..])
        .unwrap();
    assert_eq!(ok.status(), 200);
    let pdf = ok
        .body_mut()
        .with_config()
        .limit(50 << 20)
        .read_to_vec()
        .unwrap();
    let reference = example("afspraken")["reference"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(pdf_text(&pdf).contains(&reference), "not the letter");
    // Filed in the zaak for the staff member: the registration's audit trail
    // names their subject, and shows their name.
    let documents = zgw.documents();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].pdf, pdf);
    assert_eq!(documents[0].user_id, subject);
    assert_eq!(documents[0].user_representation, STAFF_NAME);
    assert!(zgw.violations().is_empty(), "{:?}", zgw.violations());

    // A key keeps working beside sign-in, and is not asked for a CSRF token.
    let r = post(
        &render,
        &[("authorization", &format!("Bearer {API_KEY}")), json_ct],
        &case("afspraken"),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        post(
            &render,
            &[
                ("authorization", "Bearer wrong-key-wrong-key-wrong"),
                json_ct
            ],
            &case("afspraken")
        )
        .status,
        403
    );

    // A tampered cookie, and sessions made with the right key but expired.
    let (name, value) = session.split_once('=').unwrap();
    let mut tampered: Vec<char> = value.chars().collect();
    let i = tampered.len() / 2;
    tampered[i] = if tampered[i] == 'A' { 'B' } else { 'A' };
    let tampered = format!("{name}={}", tampered.into_iter().collect::<String>());
    let r = get(&server.url("/v1/templates"), &[("cookie", &tampered)]);
    assert_eq!(r.status, 401, "{}", r.body);
    assert!(r.body.contains("not valid"), "{}", r.body);
    let expired = forge_session(now() - 10);
    let r = get(&server.url("/v1/templates"), &[("cookie", &expired)]);
    assert_eq!(r.status, 401, "{}", r.body);
    assert!(r.body.contains("expired"), "{}", r.body);
    // The same, not yet expired, opens the API: the check above is the expiry.
    let fresh = forge_session(now() + 600);
    assert_eq!(
        get(&server.url("/v1/templates"), &[("cookie", &fresh)]).status,
        200
    );

    // Signing out needs the token too; then the session is refused.
    let r = post(&server.url("/auth/logout"), &[("cookie", &session)], b"");
    assert_eq!(r.status, 403, "{}", r.body);
    let r = post(
        &server.url("/auth/logout"),
        &[("cookie", &session), ("x-csrf-token", &csrf)],
        b"",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.cookies
            .iter()
            .any(|c| c.starts_with("eigentaal-session=;") && c.contains("Max-Age=0")),
        "{:?}",
        r.cookies
    );
    let r = get(&server.url("/v1/templates"), &[("cookie", &session)]);
    assert_eq!(r.status, 401, "{}", r.body);
    assert!(r.body.contains("signed out"), "{}", r.body);

    // The processing records name the actor the same way: one letter by the
    // staff member, one by the system.
    let actors: Vec<String> = server
        .records()
        .iter()
        .map(|r| {
            r["attributes"]["eigentaal.actor"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        actors,
        [format!("staff:{subject}"), "system:zaaksysteem".to_string()]
    );
    let records = std::fs::read_to_string(server.secrets.path().join("records.ndjson")).unwrap();
    assert!(!records.contains(STAFF_NAME) && !records.contains(STAFF_EMAIL));

    // The log names the kind of actor and the subject, never the person.
    std::thread::sleep(Duration::from_millis(200));
    let log = server.server.log();
    assert!(log.contains("system:zaaksysteem"), "{log}");
    assert!(log.contains(&format!("staff:{subject}")), "{log}");
    for secret in [
        STAFF_NAME,
        STAFF_EMAIL,
        CLIENT_SECRET,
        SESSION_KEY,
        API_KEY,
        &csrf,
    ] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
    assert!(!log.contains(value), "the session cookie in the log");
}

#[test]
fn staff_sign_in_in_headless_chromium() {
    let dir = crate::web::web_tests();
    let port = free_port();
    let op = Glewlwyd::start(&format!("http://127.0.0.1:{port}/auth/callback"));
    let server = start_with_login(port, &op.issuer, &[]);
    let out = Command::new("node")
        .args(["--test", "login.test.mjs"])
        .current_dir(&dir)
        .env("EIGENTAAL_URL", &server.base)
        .env("OP_USER", OP_USER)
        .env("OP_PASSWORD", OP_PASSWORD)
        .env("STAFF_NAME", STAFF_NAME)
        .env("STAFF_EMAIL", STAFF_EMAIL)
        .stdin(Stdio::null())
        .output()
        .expect("node not found: install Node.js");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "sign-in page test failed:\n{report}\nservice log:\n{}\nprovider log:\n{}",
        server.server.log(),
        op.log()
    );
    assert!(
        report.contains("# pass 1") && report.contains("# fail 0"),
        "{report}"
    );
}

#[test]
fn a_wrong_or_unreachable_issuer_stops_serve_at_start() {
    let secrets = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| -> PathBuf {
        let path = secrets.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let client_secret = file("client-secret", CLIENT_SECRET);
    let session_key = file("session-key", SESSION_KEY);
    let serve = |issuer: &str, public: &str, key: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
            .args(["serve", "--listen", "127.0.0.1:0", "--oidc-issuer", issuer])
            .args(["--oidc-client-id", CLIENT_ID, "--public-url", public])
            .arg("--oidc-client-secret-file")
            .arg(&client_secret)
            .arg("--session-key-file")
            .arg(key)
            .env_remove("EIGENTAAL_API_KEYS")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "serve started");
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let closed = format!("http://127.0.0.1:{}/realms/staff", free_port());
    let err = serve(&closed, "http://127.0.0.1:8080", &session_key);
    assert!(
        err.contains(&format!(
            "cannot use the OpenID Provider at --oidc-issuer {closed}"
        )),
        "{err}"
    );
    // The checks of the configuration come before any call.
    let err = serve(&closed, "http://brieven.gemeente.nl", &session_key);
    assert!(err.contains("must start with https://"), "{err}");
    let short = file("short", "too-short");
    let err = serve(&closed, "https://brieven.gemeente.nl", &short);
    assert!(err.contains("shorter than 32 bytes"), "{err}");
    // No client secret anywhere.
    let out = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args([
            "serve",
            "--oidc-issuer",
            &closed,
            "--oidc-client-id",
            CLIENT_ID,
        ])
        .env_remove("EIGENTAAL_OIDC_CLIENT_SECRET")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("EIGENTAAL_OIDC_CLIENT_SECRET"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---------------------------------------------------------------- a provider double for tokens no provider issues

/// What the double's token endpoint answers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Good,
    Expired,
    ForeignKey,
    OtherAudience,
    OtherNonce,
    OtherIssuer,
    NotInGroup,
}

struct Double {
    issuer: String,
    scenario: Arc<Mutex<Token>>,
    _runtime: tokio::runtime::Runtime,
}

struct DoubleState {
    issuer: String,
    redirect: String,
    key: jsonwebtoken::EncodingKey,
    foreign: jsonwebtoken::EncodingKey,
    jwk: Value,
    scenario: Arc<Mutex<Token>>,
    nonce: Mutex<Option<String>>,
}

/// An RSA key from openssl: the DER private key and the public JWK.
fn rsa_key(dir: &Path, name: &str) -> (jsonwebtoken::EncodingKey, Value) {
    let pem = dir.join(format!("{name}.pem"));
    run(
        Command::new("openssl")
            .args(["genrsa", "-traditional", "-out"])
            .arg(&pem)
            .arg("2048"),
        "openssl genrsa",
    );
    let der = run(
        Command::new("openssl")
            .args(["rsa", "-traditional", "-outform", "DER", "-in"])
            .arg(&pem),
        "openssl rsa -outform DER",
    );
    let modulus = String::from_utf8(run(
        Command::new("openssl")
            .args(["rsa", "-noout", "-modulus", "-in"])
            .arg(&pem),
        "openssl rsa -modulus",
    ))
    .unwrap();
    let hex = modulus.trim().trim_start_matches("Modulus=");
    let n: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let jwk = json!({
        "kty": "RSA", "alg": "RS256", "use": "sig", "kid": "test-key",
        "n": b64.encode(n), "e": "AQAB",
    });
    (jsonwebtoken::EncodingKey::from_rsa_der(&der), jwk)
}

impl Double {
    fn start(redirect: &str) -> Double {
        use axum::extract::{Query, State};
        use axum::response::{IntoResponse, Redirect};
        use axum::routing::{get, post};

        let keys = tempfile::tempdir().unwrap();
        let (key, jwk) = rsa_key(keys.path(), "op");
        let (foreign, _) = rsa_key(keys.path(), "foreign");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let scenario = Arc::new(Mutex::new(Token::Good));
        let state = Arc::new(DoubleState {
            issuer: issuer.clone(),
            redirect: redirect.to_string(),
            key,
            foreign,
            jwk,
            scenario: scenario.clone(),
            nonce: Mutex::new(None),
        });
        type S = State<Arc<DoubleState>>;
        let discovery = |State(s): S| async move {
            axum::Json(json!({
                "issuer": s.issuer,
                "authorization_endpoint": format!("{}/authorize", s.issuer),
                "token_endpoint": format!("{}/token", s.issuer),
                "jwks_uri": format!("{}/jwks", s.issuer),
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }))
        };
        let jwks = |State(s): S| async move { axum::Json(json!({ "keys": [s.jwk] })) };
        let authorize =
            |State(s): S, Query(q): Query<std::collections::HashMap<String, String>>| async move {
                *s.nonce.lock().unwrap() = q.get("nonce").cloned();
                assert_eq!(q.get("redirect_uri"), Some(&s.redirect));
                Redirect::to(&format!(
                    "{}?code=the-code&state={}",
                    s.redirect,
                    q.get("state").cloned().unwrap_or_default()
                ))
            };
        let token = |State(s): S| async move {
            let scenario = *s.scenario.lock().unwrap();
            let nonce = s.nonce.lock().unwrap().clone().unwrap_or_default();
            let now = now();
            let mut claims = json!({
                "iss": s.issuer, "sub": "double-subject", "aud": CLIENT_ID,
                "iat": now, "exp": now + 300, "nonce": nonce,
                "name": "Test Medewerker", "groups": ["brieven", "iedereen"],
            });
            match scenario {
                Token::Good | Token::ForeignKey => {}
                Token::Expired => {
                    claims["iat"] = json!(now - 1200);
                    claims["exp"] = json!(now - 600);
                }
                Token::OtherAudience => claims["aud"] = json!("another-client"),
                Token::OtherNonce => claims["nonce"] = json!("not-the-nonce"),
                Token::OtherIssuer => claims["iss"] = json!("https://login.elders.example"),
                Token::NotInGroup => claims["groups"] = json!(["iedereen"]),
            }
            let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
            header.kid = Some("test-key".into());
            let key = if scenario == Token::ForeignKey {
                &s.foreign
            } else {
                &s.key
            };
            let id_token = jsonwebtoken::encode(&header, &claims, key).unwrap();
            axum::Json(json!({
                "access_token": "an-access-token", "token_type": "Bearer",
                "expires_in": 300, "id_token": id_token,
            }))
            .into_response()
        };
        let app = axum::Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .with_state(state);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
        Double {
            issuer,
            scenario,
            _runtime: runtime,
        }
    }
}

#[test]
fn id_tokens_that_do_not_check_out_are_refused_at_the_callback() {
    let port = free_port();
    let double = Double::start(&format!("http://127.0.0.1:{port}/auth/callback"));
    let server = start_with_login(
        port,
        &double.issuer,
        &["--oidc-allowed-groups", "brieven,beheer"],
    );
    let attempt = |scenario: Token| {
        *double.scenario.lock().unwrap() = scenario;
        let (authorize, login_cookie) = server.begin();
        let at_provider = get(&authorize, &[]);
        assert_eq!(at_provider.status, 303, "{}", at_provider.body);
        server.finish(&at_provider.location, &login_cookie)
    };
    // The double's good token signs in: the refusals below are the checks.
    let good = attempt(Token::Good);
    assert_eq!(good.status, 303, "{}", good.body);
    let session = good.cookie("eigentaal-session");
    let me = get(&server.url("/auth/me"), &[("cookie", &session)]).json();
    assert_eq!(me["subject"], "double-subject");
    assert_eq!(me["name"], "Test Medewerker");

    for (scenario, status, says) in [
        (Token::Expired, 401, "expired"),
        (Token::ForeignKey, 401, "signature"),
        (Token::OtherAudience, 401, "audience"),
        (Token::OtherNonce, 401, "nonce"),
        (Token::OtherIssuer, 401, "issuer"),
        (Token::NotInGroup, 403, "none of the groups"),
    ] {
        let r = attempt(scenario);
        assert_eq!(r.status, status, "{scenario:?}: {}", r.body);
        assert!(
            r.cookies
                .iter()
                .all(|c| !c.starts_with("eigentaal-session=")
                    || c.starts_with("eigentaal-session=;")),
            "{scenario:?} set a session: {:?}",
            r.cookies
        );
        let problem = r.json();
        assert_eq!(
            problem["type"], "urn:eigentaal:login-failed",
            "{scenario:?}"
        );
        let detail = problem["detail"].as_str().unwrap().to_lowercase();
        assert!(detail.contains(says), "{scenario:?}: {detail}");
    }

    // A callback without the sign-in cookie, or with another state.
    *double.scenario.lock().unwrap() = Token::Good;
    let (authorize, login_cookie) = server.begin();
    let at_provider = get(&authorize, &[]);
    assert_eq!(server.finish(&at_provider.location, "").status, 400);
    let other_state = at_provider.location.replace("state=", "state=x");
    assert_eq!(server.finish(&other_state, &login_cookie).status, 400);
    // The provider said no.
    let r = get(
        &server.url("/auth/callback?error=access_denied&state=x"),
        &[("cookie", &login_cookie)],
    );
    assert_eq!(r.status, 401, "{}", r.body);
}
