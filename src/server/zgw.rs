//! `store=zgw` on the render and batch endpoints: which zaak, who asks,
//! which idempotency key, and how a filed letter (or a failure to file it)
//! is answered. The filing itself is `crate::zgw`.

// `Problem` is the error response itself, built at most once per request.
#![allow(clippy::result_large_err)]

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use serde::Serialize;
use utoipa::ToSchema;

use super::AppState;
use super::auth::Actor;
use super::problem::Problem;
use crate::zgw::{Filed, FilingError, Identity, Store, ZgwSink, ZgwUser};

/// The header a client repeats a request with so it is filed once.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// What a request asked to be filed where.
pub struct StoreTarget {
    pub sink: Arc<ZgwSink>,
    pub zaak: String,
    pub identity: Identity,
    pub user: ZgwUser,
}

/// Parses `store`, `zaak` and the idempotency key of a render request;
/// `None` when nothing is to be filed.
pub fn target(
    state: &AppState,
    store: Option<&str>,
    zaak: Option<&str>,
    headers: &HeaderMap,
    client: Option<&Actor>,
) -> Result<Option<StoreTarget>, Problem> {
    let Some(store) = store else {
        if zaak.is_some() {
            return Err(Problem::bad_request(
                "`zaak` only has a meaning with `store=zgw`",
            ));
        }
        return Ok(None);
    };
    let Some(zaak) = zaak else {
        return Err(Problem::bad_request(
            "`store=zgw` needs `zaak`: the URL of the zaak to file the letter in",
        ));
    };
    let sink = sink(state, store)?;
    sink.check_zaak(zaak).map_err(problem)?;
    // A system keeps the plain client name it had before staff could sign in,
    // so a key repeated across an upgrade still finds its letter.
    let client_name = match client {
        Some(Actor::System { client }) => client.clone(),
        Some(staff) => staff.label(),
        None => "-".to_string(),
    };
    let identity = match headers.get(IDEMPOTENCY_KEY) {
        None => Identity::Content,
        Some(value) => {
            let key = value
                .to_str()
                .ok()
                .map(str::trim)
                .filter(|k| !k.is_empty() && k.len() <= 255)
                .ok_or_else(|| {
                    Problem::bad_request(
                        "Idempotency-Key must be visible ASCII text of at most 255 characters (e.g. a UUID)",
                    )
                })?;
            Identity::Key {
                client: client_name,
                key: key.to_string(),
            }
        }
    };
    Ok(Some(StoreTarget {
        user: user(&sink, client),
        sink,
        zaak: zaak.to_string(),
        identity,
    }))
}

/// The configured sink for `store`, or why there is none.
pub fn sink(state: &AppState, store: &str) -> Result<Arc<ZgwSink>, Problem> {
    use clap::ValueEnum;
    match Store::from_str(store, true) {
        Ok(Store::Zgw) => state.config.zgw.clone().ok_or_else(|| {
            Problem::new(
                StatusCode::NOT_IMPLEMENTED,
                "zgw-not-configured",
                "this service has no ZGW connection; start it with --zgw-config (see docs/zgw.md)",
            )
        }),
        Err(_) => Err(Problem::bad_request(format!(
            "`store={store}` is not a place to file letters; use store=zgw"
        ))),
    }
}

/// Who calls are made for: the API client, else the configured user.
/// A staff member is named by the subject the provider gave and, for the
/// registration's display, their name.
pub fn user(sink: &ZgwSink, actor: Option<&Actor>) -> ZgwUser {
    match actor {
        Some(Actor::System { client }) => ZgwUser::new(client.clone(), client.clone()),
        Some(Actor::Staff(staff)) => ZgwUser::new(
            staff.subject.clone(),
            staff.name.clone().unwrap_or_else(|| staff.subject.clone()),
        ),
        None => sink.default_user().clone(),
    }
}

/// Whether the client asked for the JSON answer (`Accept: application/json`
/// before `application/pdf`).
pub fn wants_json(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    super::routes::accept_ranges(accept)
        .iter()
        .find_map(|(_, _, media)| match media.as_str() {
            "application/json" => Some(true),
            "application/pdf" | "application/*" | "*/*" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// A letter filed in its zaak: the answer to `store=zgw` with
/// `Accept: application/json`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct FiledLetter {
    /// URL of the `EnkelvoudigInformatieObject` in the Documenten API.
    pub document: String,
    /// URL of the `ZaakInformatieObject` linking it to the zaak.
    pub zaakinformatieobject: String,
    /// URL of the zaak.
    pub zaak: String,
    /// The document's `identificatie` (`eigentaal-` and 30 hex digits).
    pub identificatie: String,
    /// The document's `taal`: ISO 639-2/B code of the resident's language, e.g. `ara`.
    pub taal: String,
    /// Languages of the editions (BCP 47), the resident's first.
    pub languages: Vec<String>,
    /// The document's `bestandsnaam`.
    pub file_name: String,
    /// SHA-256 of the PDF (also the document's `integriteit`).
    pub sha256: String,
    /// `true` when an earlier request had filed this letter already.
    pub existing: bool,
    /// The PDF, base64.
    pub pdf: String,
}

/// Files a rendered letter off the async threads.
pub async fn file(
    target: StoreTarget,
    facts: crate::zgw::LetterFacts,
    pdf: Arc<Vec<u8>>,
    file_name: String,
) -> Result<Filed, Problem> {
    let job = tokio::task::spawn_blocking(move || {
        target.sink.file(
            &facts,
            &pdf,
            &file_name,
            &target.zaak,
            target.identity.clone(),
            Some(&target.user),
            None,
            &mut |_| {},
        )
    });
    match job.await {
        Ok(result) => result.map_err(problem),
        Err(_) => Err(Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "filing failed unexpectedly; this is a bug in eigentaal",
        )),
    }
}

/// Headers of a PDF answer that was filed: where it went.
pub fn headers(h: &mut HeaderMap, filed: &Filed) {
    for (name, value) in [
        ("x-eigentaal-document", filed.document.as_str()),
        (
            "x-eigentaal-zaakinformatieobject",
            filed.zaakinformatieobject.as_str(),
        ),
        (
            "x-eigentaal-filed",
            if filed.existing {
                "existing"
            } else {
                "created"
            },
        ),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            h.insert(name, value);
        }
    }
}

/// A failure to file as problem+json.
pub fn problem(e: FilingError) -> Problem {
    let (status, kind) = match &e {
        FilingError::NotConfigured(_) => (StatusCode::NOT_IMPLEMENTED, e.kind()),
        FilingError::InvalidZaak(_) => (StatusCode::BAD_REQUEST, e.kind()),
        FilingError::KeyReused { .. } => (StatusCode::UNPROCESSABLE_ENTITY, e.kind()),
        FilingError::NotStored(call) | FilingError::NotLinked { error: call, .. } => {
            let status = match call {
                crate::zgw::ZgwError::Timeout { .. } => StatusCode::GATEWAY_TIMEOUT,
                _ => StatusCode::BAD_GATEWAY,
            };
            (status, e.kind())
        }
    };
    let mut p = Problem::new(status, kind, e.to_string());
    p.document = e.document().map(str::to_string);
    p
}
