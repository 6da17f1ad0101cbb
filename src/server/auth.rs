//! API keys for system clients. Keys come from `EIGENTAAL_API_KEYS`
//! (comma-separated) or a file (one per line, `#` comments), optionally as
//! `name=key` so logs can name the client without showing the key. Keys are
//! compared in constant time.

use std::path::Path;

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
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

/// The name of the client that authenticated, for the request log.
#[derive(Debug, Clone)]
pub struct Client(pub String);

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

/// Middleware: with keys configured, requires `Authorization: Bearer <key>`
/// or `X-Api-Key: <key>`; 401 without a key, 403 with a wrong one.
pub async fn require_key(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if state.keys.is_empty() {
        return next.run(request).await;
    }
    let headers = request.headers();
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()))
        .map(str::trim);
    let Some(presented) = presented else {
        let mut response = Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "this service needs an API key: send `Authorization: Bearer <key>` or `X-Api-Key: <key>`",
        )
        .into_response();
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            "Bearer".parse().expect("static header"),
        );
        return response;
    };
    match find(&state.keys, presented.as_bytes()) {
        Some(key) => {
            let client = Client(key.name.clone());
            request.extensions_mut().insert(client.clone());
            let mut response = next.run(request).await;
            response.extensions_mut().insert(client);
            response
        }
        None => Problem::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the API key is not valid for this service",
        )
        .into_response(),
    }
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
}
