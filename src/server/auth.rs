//! Who is asking: a system with an API key, or a staff member signed in
//! at the municipality's provider (a session cookie, see `login`).
//!
//! API keys come from `EIGENTAAL_API_KEYS` (comma-separated) or a file (one
//! per line, `#` comments), optionally as `name=key` so logs can name the
//! client without showing the key. Keys are compared in constant time.

use std::path::Path;

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

use super::AppState;
use super::problem::Problem;

/// One configured client key.
#[derive(Clone)]
pub struct ApiKey {
    /// A label for logs (`name=` part, or `key-1`, `key-2`, ...).
    pub name: String,
    secret: Vec<u8>,
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ApiKey({})", self.name)
    }
}

/// Who a request is from, in the request's extensions (and the response's,
/// for the request log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A system client with an API key: the key's name.
    System { client: String },
    /// A staff member with a session.
    Staff(StaffMember),
}

/// A signed-in staff member, as the provider's ID token named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// The provider's `sub`: stable, and not personal data by itself.
    pub subject: String,
    pub name: Option<String>,
    pub email: Option<String>,
}

impl Actor {
    /// For logs and records: `system:<client>` or `staff:<subject>`; never
    /// a name or an e-mail address.
    pub fn label(&self) -> String {
        match self {
            Self::System { client } => format!("system:{client}"),
            Self::Staff(staff) => format!("staff:{}", staff.subject),
        }
    }
}

/// Parses keys from a list of entries (`key` or `name=key`).
pub fn parse_keys<'a>(entries: impl IntoIterator<Item = &'a str>) -> Result<Vec<ApiKey>, String> {
    let mut keys = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let entry = entry.trim();
        if entry.is_empty() || entry.starts_with('#') {
            continue;
        }
        let (name, secret) = match entry.split_once('=') {
            Some((name, secret)) => (name.trim().to_string(), secret.trim()),
            None => (format!("key-{}", i + 1), entry),
        };
        if secret.len() < 16 {
            return Err(format!(
                "API key `{name}` is shorter than 16 characters; use a long random key (e.g. `openssl rand -hex 32`)"
            ));
        }
        keys.push(ApiKey {
            name,
            secret: secret.as_bytes().to_vec(),
        });
    }
    Ok(keys)
}

/// Reads keys from a file, one per line.
pub fn read_keys_file(path: &Path) -> Result<Vec<ApiKey>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("failed to read API keys from {}: {e}", path.display()))?;
    parse_keys(text.lines()).map_err(|e| format!("{}: {e}", path.display()))
}

/// Finds the key that matches `presented`, comparing every key in constant time.
fn find<'a>(keys: &'a [ApiKey], presented: &[u8]) -> Option<&'a ApiKey> {
    let mut found = None;
    for key in keys {
        if bool::from(key.secret.as_slice().ct_eq(presented)) {
            found = Some(key);
        }
    }
    found
}

/// The API key a request presents: `Authorization: Bearer <key>` or
/// `X-Api-Key: <key>`.
fn presented_key(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()))
        .map(str::trim)
}

/// Runs the request as `actor`, with the actor in the request's and the
/// response's extensions.
async fn run_as(actor: Actor, mut request: Request, next: Next) -> Response {
    request.extensions_mut().insert(actor.clone());
    let mut response = next.run(request).await;
    response.extensions_mut().insert(actor);
    response
}

/// Middleware for the `/v1` API: a request is a system (an API key) or a
/// staff member (a session cookie, with its CSRF token on anything but
/// GET/HEAD). Without keys and without login every request passes. A key
/// wins over a cookie; a wrong key is 403, no key and no session 401.
pub async fn authenticate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let login = state.config.login.as_deref();
    if state.keys.is_empty() && login.is_none() {
        return next.run(request).await;
    }
    if let Some(presented) = presented_key(request.headers()) {
        return match find(&state.keys, presented.as_bytes()) {
            Some(key) => {
                let actor = Actor::System {
                    client: key.name.clone(),
                };
                run_as(actor, request, next).await
            }
            None => Problem::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "the API key is not valid for this service",
            )
            .into_response(),
        };
    }
    if let Some(login) = login {
        match login.session(request.headers()) {
            super::login::SessionCheck::Valid(session) => {
                let safe = matches!(*request.method(), Method::GET | Method::HEAD);
                if !safe && let Err(problem) = login.check_csrf(request.headers(), &session) {
                    return problem.into_response();
                }
                return run_as(Actor::Staff(session.staff()), request, next).await;
            }
            super::login::SessionCheck::Invalid(why) => {
                return unauthorized(&format!(
                    "{why}; sign in again at /auth/login, or send an API key"
                ));
            }
            super::login::SessionCheck::Absent => {}
        }
        return unauthorized(
            "sign in at /auth/login (staff), or send `Authorization: Bearer <key>` or `X-Api-Key: <key>` (systems)",
        );
    }
    unauthorized(
        "this service needs an API key: send `Authorization: Bearer <key>` or `X-Api-Key: <key>`",
    )
}

/// 401 with `WWW-Authenticate: Bearer`.
fn unauthorized(detail: &str) -> Response {
    let mut response =
        Problem::new(StatusCode::UNAUTHORIZED, "unauthorized", detail.to_string()).into_response();
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        "Bearer".parse().expect("static header"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_with_and_without_names() {
        let keys = parse_keys([
            "# comment",
            "zaaksysteem=0123456789abcdef0123",
            "",
            "fedcba9876543210fedc",
        ])
        .unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].name, "zaaksysteem");
        assert_eq!(keys[1].name, "key-4");
        assert!(find(&keys, b"fedcba9876543210fedc").is_some());
        assert!(find(&keys, b"fedcba9876543210fed").is_none());
        assert!(parse_keys(["short"]).is_err());
    }

    #[test]
    fn labels_name_the_kind_and_never_the_person() {
        let system = Actor::System {
            client: "zaaksysteem".into(),
        };
        assert_eq!(system.label(), "system:zaaksysteem");
        let staff = Actor::Staff(StaffMember {
            subject: "8UGiKalwf0mn".into(),
            name: Some("Fatima Bakker".into()),
            email: Some("f.bakker@example.org".into()),
        });
        assert_eq!(staff.label(), "staff:8UGiKalwf0mn");
    }
}
