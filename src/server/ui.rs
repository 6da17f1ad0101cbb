//! The staff web page: static files from `web/`, embedded in the binary (or
//! read from a folder with `--web-dir` while developing it). No build step,
//! no CDN; the page talks to the same `/v1` API as other systems and keeps
//! the case data in the browser.

use std::path::PathBuf;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};

use super::AppState;
use super::problem::Problem;

static WEB: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web");

/// Only the page's own files, scripts and styles may load; nothing inline.
const CSP: &str = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; \
script-src 'self'; connect-src 'self'; frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'none'";

/// Reads one file of the web page, from `--web-dir` or the embedded copy.
fn read(web_dir: Option<&PathBuf>, file: &str) -> Option<Vec<u8>> {
    if file.is_empty()
        || file
            .split('/')
            .any(|part| part.is_empty() || part == ".." || part.starts_with('.'))
    {
        return None;
    }
    match web_dir {
        Some(dir) => std::fs::read(dir.join(file)).ok(),
        None => WEB.get_file(file).map(|f| f.contents().to_vec()),
    }
}

fn media_type(file: &str) -> &'static str {
    match file.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The letters' fonts for the page's `@font-face` rules (`/ui/fonts/…`),
/// from the copy embedded for typst: endonyms in Arabic and Ethiopic script
/// show on a computer without such fonts, and nothing comes from a CDN.
fn serve_font(name: &str) -> Option<Response> {
    let bytes = crate::render::font_file(name)?;
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("font/ttf"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // They change only with the binary; a day keeps a restart cheap.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Some(response)
}

fn serve_file(state: &AppState, file: &str) -> Response {
    if let Some(response) = file.strip_prefix("fonts/").and_then(serve_font) {
        return response;
    }
    let Some(bytes) = read(state.config.web_dir.as_ref(), file) else {
        return Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("no file `{file}` in the staff page"),
        )
        .into_response();
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(media_type(file)),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// `GET /`: the staff page.
pub async fn index(State(state): State<AppState>) -> Response {
    serve_file(&state, "index.html")
}

/// `GET /ui/{*file}`: the page's scripts, styles and images.
pub async fn asset(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    serve_file(&state, &file)
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_cannot_leave_the_web_folder() {
        let dir = Some(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("web"));
        for bad in [
            "../Cargo.toml",
            "a/../../Cargo.toml",
            ".hidden",
            "",
            "/etc/passwd",
        ] {
            assert!(super::read(dir.as_ref(), bad).is_none(), "{bad}");
        }
    }
}
