//! Staff sign-in with the municipality's OpenID Provider: the authorization
//! code flow with PKCE, the provider found by discovery from its issuer URL
//! at start-up, and the ID token checked by `openidconnect` (signature
//! against the provider's JWKS, issuer, audience, expiry, nonce).
//!
//! The session is one cookie, encrypted and authenticated with AES-256-GCM
//! (the `cookie` crate's private jar, key derived from the configured secret
//! with HKDF): replicas share nothing but that secret. The cookie is
//! `HttpOnly`, `SameSite=Lax`, `Secure` unless the public URL is
//! `http://localhost`, and carries its own expiry. Anything but GET/HEAD with
//! a session must send the session's CSRF token in `X-CSRF-Token` and may not
//! come from another origin. See docs/login.md.

// A `Problem` is the answer itself, built once per failed request.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use cookie::{Cookie, CookieJar, Key, SameSite};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreJsonWebKeySet, CoreProviderMetadata, CoreResponseType,
};
use openidconnect::url::Url;
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use subtle::ConstantTimeEq;

use super::AppState;
use super::auth::StaffMember;
use super::problem::Problem;

/// How long a sign-in at the provider may take before the callback refuses it.
const LOGIN_TIMEOUT: Duration = Duration::from_secs(600);
/// Largest answer read from the provider (discovery, keys, tokens).
const ANSWER_LIMIT: u64 = 1024 * 1024;

/// Login as configured on the command line or in the environment.
#[derive(Clone)]
pub struct LoginConfig {
    /// The provider's issuer URL; `/.well-known/openid-configuration` below it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// Where staff reach this service; the redirect URI is `<it>/auth/callback`.
    pub public_url: String,
    /// Scopes besides `openid`.
    pub scopes: Vec<String>,
    /// The ID-token claim holding groups or roles (a dotted path such as
    /// `realm_access.roles` reaches into objects).
    pub groups_claim: String,
    /// Staff need one of these in the groups claim; empty lets everyone the
    /// provider signs in.
    pub allowed_groups: Vec<String>,
    /// The secret the session cookie's key is derived from (at least 32 bytes).
    pub session_secret: Vec<u8>,
    /// How long a session lasts.
    pub session_lifetime: Duration,
    /// How long a call to the provider may take.
    pub timeout: Duration,
}

impl std::fmt::Debug for LoginConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginConfig")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

type Metadata = CoreProviderMetadata;

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Login, ready: the provider discovered, the cookie key derived.
pub struct Login {
    config: LoginConfig,
    metadata: Metadata,
    redirect: RedirectUrl,
    /// `scheme://host[:port]` of the public URL, for the Origin check.
    origin: String,
    secure: bool,
    key: Key,
    agent: ureq::Agent,
    /// Sessions signed out here, until they expire (not shared between
    /// replicas: the cookie itself is gone from the browser either way).
    signed_out: Mutex<HashMap<String, u64>>,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("issuer", &self.config.issuer)
            .field("client_id", &self.config.client_id)
            .finish_non_exhaustive()
    }
}

/// The session inside the cookie.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    sub: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    /// Expiry, Unix seconds.
    exp: u64,
    /// This session's id (for signing out).
    sid: String,
    /// The token anything but GET/HEAD must send in `X-CSRF-Token`.
    csrf: String,
}

impl Session {
    pub fn staff(&self) -> StaffMember {
        StaffMember {
            subject: self.sub.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
        }
    }
}

/// What a request's cookies say.
pub enum SessionCheck {
    /// No session cookie.
    Absent,
    /// A session cookie that is forged, tampered with, expired or signed out.
    Invalid(&'static str),
    Valid(Session),
}

/// A sign-in under way: what the callback needs, in its own short-lived
/// private cookie.
#[derive(Serialize, Deserialize)]
struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    exp: u64,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An error and its causes on one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

impl Login {
    /// Checks the configuration and discovers the provider (blocking: at
    /// start-up, before serving). Every problem is an error naming the
    /// setting, so a wrong issuer stops `serve` instead of the first sign-in.
    pub fn discover(config: LoginConfig) -> Result<Login, String> {
        let public = Url::parse(&config.public_url)
            .map_err(|e| format!("--public-url `{}` is not a URL: {e}", config.public_url))?;
        let loopback = matches!(public.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
        let secure = match public.scheme() {
            "https" => true,
            "http" if loopback => false,
            _ => {
                return Err(format!(
                    "--public-url `{}` must start with https:// (http:// only for http://localhost or 127.0.0.1, for tests): the session cookie is only sent over HTTPS",
                    config.public_url
                ));
            }
        };
        let origin = public.origin().ascii_serialization();
        let redirect = RedirectUrl::new(format!(
            "{}/auth/callback",
            config.public_url.trim_end_matches('/')
        ))
        .map_err(|e| format!("--public-url: {e}"))?;
        if config.client_id.trim().is_empty() {
            return Err("login needs --oidc-client-id (EIGENTAAL_OIDC_CLIENT_ID)".into());
        }
        if config.client_secret.is_empty() {
            return Err(
                "login needs the client secret: --oidc-client-secret-file FILE or EIGENTAAL_OIDC_CLIENT_SECRET".into(),
            );
        }
        if config.session_secret.len() < 32 {
            return Err(
                "the session key is shorter than 32 bytes; make one with `openssl rand -hex 32` and give it with --session-key-file or EIGENTAAL_SESSION_KEY".into(),
            );
        }
        if config.session_lifetime.is_zero() {
            return Err("--session-hours must be at least 1".into());
        }
        let key = Key::derive_from(&config.session_secret);
        let issuer = IssuerUrl::new(config.issuer.clone())
            .map_err(|e| format!("--oidc-issuer `{}` is not a URL: {e}", config.issuer))?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            // The provider's answers are used as they are; a redirect is
            // not followed (the openidconnect crate's advice against SSRF).
            .max_redirects(0)
            .build()
            .into();
        let metadata = Metadata::discover(&issuer, &http(&agent)).map_err(|e| {
            format!(
                "cannot use the OpenID Provider at --oidc-issuer {}: {} (discovery reads {}/.well-known/openid-configuration and the keys it names)",
                config.issuer,
                chain(&e),
                config.issuer.trim_end_matches('/')
            )
        })?;
        if !metadata
            .response_types_supported()
            .iter()
            .any(|types| types.contains(&CoreResponseType::Code))
        {
            return Err(format!(
                "the OpenID Provider at {} does not offer the authorization code flow (response_types_supported has no `code`)",
                config.issuer
            ));
        }
        if metadata.token_endpoint().is_none() {
            return Err(format!(
                "the OpenID Provider at {} names no token_endpoint",
                config.issuer
            ));
        }
        Ok(Login {
            redirect,
            origin,
            secure,
            key,
            agent,
            metadata,
            signed_out: Mutex::new(HashMap::new()),
            config,
        })
    }

    /// The issuer, for the start-up log.
    pub fn issuer(&self) -> &str {
        &self.config.issuer
    }

    fn client(&self, metadata: Metadata) -> Client {
        CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(self.redirect.clone())
    }

    fn session_name(&self) -> &'static str {
        if self.secure {
            "__Host-eigentaal-session"
        } else {
            "eigentaal-session"
        }
    }

    fn pending_name(&self) -> &'static str {
        if self.secure {
            "__Host-eigentaal-login"
        } else {
            "eigentaal-login"
        }
    }

    /// A `Set-Cookie` value: `value` encrypted under the session key.
    fn set_cookie(&self, name: &'static str, value: String, max_age: Duration) -> HeaderValue {
        let mut jar = CookieJar::new();
        jar.private_mut(&self.key).add(
            Cookie::build((name, value))
                .path("/")
                .http_only(true)
                .secure(self.secure)
                .same_site(SameSite::Lax)
                .max_age(cookie::time::Duration::seconds(
                    i64::try_from(max_age.as_secs()).unwrap_or(i64::MAX),
                )),
        );
        let cookie = jar.get(name).expect("just added");
        HeaderValue::from_str(&cookie.to_string()).expect("cookie text is a header value")
    }

    /// A `Set-Cookie` value that removes the cookie.
    fn clear_cookie(&self, name: &'static str) -> HeaderValue {
        let cookie = Cookie::build((name, ""))
            .path("/")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .max_age(cookie::time::Duration::ZERO)
            .build();
        HeaderValue::from_str(&cookie.to_string()).expect("cookie text is a header value")
    }

    /// The decrypted value of cookie `name`: `None` without it,
    /// `Some(None)` when it does not decrypt (forged or tampered with).
    fn read_cookie(&self, headers: &HeaderMap, name: &str) -> Option<Option<String>> {
        let raw = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(Cookie::split_parse)
            .filter_map(Result::ok)
            .find(|c| c.name() == name)?;
        let mut jar = CookieJar::new();
        jar.add_original(raw.into_owned());
        Some(
            jar.private(&self.key)
                .get(name)
                .map(|c| c.value().to_string()),
        )
    }

    /// The session a request carries.
    pub fn session(&self, headers: &HeaderMap) -> SessionCheck {
        let Some(value) = self.read_cookie(headers, self.session_name()) else {
            return SessionCheck::Absent;
        };
        let Some(session) = value.and_then(|v| serde_json::from_str::<Session>(&v).ok()) else {
            return SessionCheck::Invalid("the session cookie is not valid");
        };
        if session.exp <= now() {
            return SessionCheck::Invalid("the session has expired");
        }
        if self
            .signed_out
            .lock()
            .map(|s| s.contains_key(&session.sid))
            .unwrap_or(true)
        {
            return SessionCheck::Invalid("the session was signed out");
        }
        SessionCheck::Valid(session)
    }

    /// A cookie-authenticated request that changes something must come from
    /// this service's own page: its Origin (when sent) is the public URL's,
    /// and it carries the session's CSRF token.
    pub fn check_csrf(&self, headers: &HeaderMap, session: &Session) -> Result<(), Problem> {
        let refused = |detail: &str| {
            Problem::new(
                StatusCode::FORBIDDEN,
                "csrf",
                format!(
                    "{detail}; this request needs the staff page's CSRF token (X-CSRF-Token) and may only come from {}",
                    self.origin
                ),
            )
        };
        if let Some(origin) = headers.get(header::ORIGIN)
            && origin.as_bytes() != self.origin.as_bytes()
        {
            return Err(refused("the request comes from another site (Origin)"));
        }
        if headers
            .get("sec-fetch-site")
            .is_some_and(|v| v.as_bytes() == b"cross-site")
        {
            return Err(refused(
                "the request comes from another site (Sec-Fetch-Site)",
            ));
        }
        let token = headers
            .get("x-csrf-token")
            .map(HeaderValue::as_bytes)
            .unwrap_or_default();
        if token.is_empty() || !bool::from(token.ct_eq(session.csrf.as_bytes())) {
            return Err(refused("the CSRF token is missing or wrong"));
        }
        Ok(())
    }

    fn sign_out(&self, session: &Session) {
        if let Ok(mut signed_out) = self.signed_out.lock() {
            let now = now();
            signed_out.retain(|_, exp| *exp > now);
            signed_out.insert(session.sid.clone(), session.exp);
        }
    }

    /// The code exchange and every check of the ID token (blocking: calls
    /// the provider). The provider's keys are read again first, so a key it
    /// rotated in since start-up is known.
    fn finish(&self, code: String, pending: Pending) -> Result<Session, LoginError> {
        let http = http(&self.agent);
        let jwks = CoreJsonWebKeySet::fetch(self.metadata.jwks_uri(), &http).map_err(|e| {
            LoginError::Provider(format!("reading the provider's keys: {}", chain(&e)))
        })?;
        let client = self.client(self.metadata.clone().set_jwks(jwks));
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| LoginError::Provider(chain(&e)))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier))
            .request(&http)
            .map_err(|e| {
                LoginError::Refused(format!(
                    "the provider did not exchange the code: {}",
                    chain(&e)
                ))
            })?;
        let id_token = response
            .id_token()
            .ok_or_else(|| LoginError::Refused("the provider sent no ID token".into()))?;
        let verifier = client.id_token_verifier();
        let claims = id_token
            .claims(&verifier, &Nonce::new(pending.nonce))
            .map_err(|e| {
                LoginError::Refused(format!("the ID token is not valid: {}", chain(&e)))
            })?;
        if !self.config.allowed_groups.is_empty() {
            let groups = claim_values(&id_token.to_string(), &self.config.groups_claim);
            if !groups
                .iter()
                .any(|g| self.config.allowed_groups.contains(g))
            {
                return Err(LoginError::NotAllowed(format!(
                    "the ID token's `{}` names none of the groups allowed to use this service",
                    self.config.groups_claim
                )));
            }
        }
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_string())
            .or_else(|| claims.preferred_username().map(|n| n.as_str().to_string()));
        let email = claims.email().map(|e| e.as_str().to_string());
        let lifetime = self.config.session_lifetime.as_secs();
        Ok(Session {
            sub: claims.subject().as_str().to_string(),
            name,
            email,
            exp: now().saturating_add(lifetime),
            sid: CsrfToken::new_random_len(24).secret().clone(),
            csrf: CsrfToken::new_random_len(32).secret().clone(),
        })
    }
}

/// The values of `claim` (a dotted path) in a JWT's payload: a list of
/// strings or one string. Only called on a token `openidconnect` verified.
fn claim_values(jwt: &str, claim: &str) -> Vec<String> {
    let Some(payload) = jwt.split('.').nth(1) else {
        return Vec::new();
    };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload) else {
        return Vec::new();
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Vec::new();
    };
    for part in claim.split('.') {
        value = value.get(part).cloned().unwrap_or(Value::Null);
    }
    match value {
        Value::String(s) => vec![s],
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// The provider's HTTP calls, made with ureq (the client the ZGW calls use).
fn http(
    agent: &ureq::Agent,
) -> impl Fn(openidconnect::HttpRequest) -> Result<openidconnect::HttpResponse, ureq::Error> + '_ {
    move |request| {
        let response = agent.run(request)?;
        let (parts, body) = response.into_parts();
        let bytes = body.into_with_config().limit(ANSWER_LIMIT).read_to_vec()?;
        Ok(openidconnect::HttpResponse::from_parts(parts, bytes))
    }
}

enum LoginError {
    /// The provider could not be reached or answered nonsense.
    Provider(String),
    /// The sign-in is refused: a token that does not check out.
    Refused(String),
    /// Signed in, but not in an allowed group.
    NotAllowed(String),
}

fn login_of(state: &AppState) -> Result<Arc<Login>, Problem> {
    state.config.login.clone().ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "this service has no staff sign-in configured",
        )
    })
}

fn redirect(location: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let h = response.headers_mut();
    h.insert(
        header::LOCATION,
        HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/")),
    );
    for cookie in cookies {
        h.append(header::SET_COOKIE, cookie);
    }
    response
}

/// `GET /auth/login`: off to the provider, with a fresh state, nonce and
/// PKCE challenge kept in a short-lived private cookie.
pub async fn login(State(state): State<AppState>) -> Result<Response, Problem> {
    let login = login_of(&state)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let client = login.client(login.metadata.clone());
    let mut request = client.authorize_url(
        CoreAuthenticationFlow::AuthorizationCode,
        CsrfToken::new_random,
        Nonce::new_random,
    );
    for scope in &login.config.scopes {
        request = request.add_scope(Scope::new(scope.clone()));
    }
    let (url, csrf, nonce) = request.set_pkce_challenge(challenge).url();
    let pending = Pending {
        state: csrf.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        exp: now() + LOGIN_TIMEOUT.as_secs(),
    };
    let cookie = login.set_cookie(
        login.pending_name(),
        serde_json::to_string(&pending).expect("plain struct"),
        LOGIN_TIMEOUT,
    );
    Ok(redirect(url.as_str(), vec![cookie]))
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /auth/callback`: the provider sends staff back here with a code;
/// exchanged and checked, it becomes the session cookie.
pub async fn callback(
    State(state): State<AppState>,
    query: Result<Query<CallbackQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let login = login_of(&state)?;
    let failed = |status: StatusCode, detail: String| {
        tracing::warn!(reason = %detail, "sign-in refused");
        let mut response = Problem::new(status, "login-failed", detail).into_response();
        response
            .headers_mut()
            .append(header::SET_COOKIE, login.clear_cookie(login.pending_name()));
        response
    };
    let Ok(Query(query)) = query else {
        return Ok(failed(
            StatusCode::BAD_REQUEST,
            "the provider's answer is not a valid query".into(),
        ));
    };
    if let Some(error) = query.error {
        let error: String = error
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(64)
            .collect();
        return Ok(failed(
            StatusCode::UNAUTHORIZED,
            format!("the provider did not sign you in ({error}); start again at /auth/login"),
        ));
    }
    let pending = login
        .read_cookie(&headers, login.pending_name())
        .flatten()
        .and_then(|v| serde_json::from_str::<Pending>(&v).ok())
        .filter(|p| p.exp > now());
    let Some(pending) = pending else {
        return Ok(failed(
            StatusCode::BAD_REQUEST,
            "this sign-in was not started here, took longer than 10 minutes or was already used; start again at /auth/login".into(),
        ));
    };
    let state_ok = query
        .state
        .as_deref()
        .is_some_and(|s| bool::from(s.as_bytes().ct_eq(pending.state.as_bytes())));
    if !state_ok {
        return Ok(failed(
            StatusCode::BAD_REQUEST,
            "the provider's answer does not belong to this sign-in (state); start again at /auth/login".into(),
        ));
    }
    let Some(code) = query.code else {
        return Ok(failed(
            StatusCode::BAD_REQUEST,
            "the provider's answer has no code".into(),
        ));
    };
    let worker = login.clone();
    let outcome = tokio::task::spawn_blocking(move || worker.finish(code, pending))
        .await
        .map_err(|_| {
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the sign-in failed unexpectedly",
            )
        })?;
    let session = match outcome {
        Ok(session) => session,
        Err(LoginError::Provider(detail)) => {
            return Ok(failed(
                StatusCode::BAD_GATEWAY,
                format!("the provider could not complete the sign-in: {detail}"),
            ));
        }
        Err(LoginError::Refused(detail)) => return Ok(failed(StatusCode::UNAUTHORIZED, detail)),
        Err(LoginError::NotAllowed(detail)) => return Ok(failed(StatusCode::FORBIDDEN, detail)),
    };
    let actor = super::auth::Actor::Staff(session.staff()).label();
    tracing::info!(actor, "signed in");
    let cookie = login.set_cookie(
        login.session_name(),
        serde_json::to_string(&session).expect("plain struct"),
        login.config.session_lifetime,
    );
    Ok(redirect(
        "/",
        vec![cookie, login.clear_cookie(login.pending_name())],
    ))
}

/// `GET /auth/me`: who is signed in, and the CSRF token the page sends.
pub async fn me(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, Problem> {
    let login = login_of(&state)?;
    let session = match login.session(&headers) {
        SessionCheck::Valid(session) => session,
        SessionCheck::Invalid(why) => {
            return Err(Problem::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                format!("{why}; sign in again at /auth/login"),
            ));
        }
        SessionCheck::Absent => {
            return Err(Problem::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "not signed in; sign in at /auth/login",
            ));
        }
    };
    Ok(axum::Json(json!({
        "subject": session.sub,
        "name": session.name,
        "email": session.email,
        "csrfToken": session.csrf,
        "expiresAt": session.exp,
    }))
    .into_response())
}

/// `POST /auth/logout`: ends the session here (with its CSRF token). The
/// staff member's session at the provider is the provider's (docs/login.md).
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let login = login_of(&state)?;
    if let SessionCheck::Valid(session) = login.session(&headers) {
        login.check_csrf(&headers, &session)?;
        login.sign_out(&session);
        let actor = super::auth::Actor::Staff(session.staff()).label();
        tracing::info!(actor, "signed out");
    }
    let mut response = axum::Json(json!({ "signedOut": true })).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, login.clear_cookie(login.session_name()));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::claim_values;
    use base64::Engine as _;

    fn jwt(payload: &str) -> String {
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!("{}.{}.sig", b64.encode("{}"), b64.encode(payload))
    }

    #[test]
    fn groups_come_from_a_list_a_string_or_a_nested_claim() {
        assert_eq!(
            claim_values(&jwt(r#"{"groups":["a","b"]}"#), "groups"),
            ["a", "b"]
        );
        assert_eq!(
            claim_values(&jwt(r#"{"roles":"brieven"}"#), "roles"),
            ["brieven"]
        );
        assert_eq!(
            claim_values(
                &jwt(r#"{"realm_access":{"roles":["x"]}}"#),
                "realm_access.roles"
            ),
            ["x"]
        );
        assert!(claim_values(&jwt(r#"{"groups":3}"#), "groups").is_empty());
        assert!(claim_values("garbage", "groups").is_empty());
    }
}
