//! Errors as `application/problem+json` (RFC 9457): a type, a title, the
//! HTTP status, a detail that says what to do, and — for invalid case data —
//! every violation with its JSON pointer.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::render::{Diagnostic, RenderError};
use crate::templates::{FieldError, TemplateError};

/// One problem+json document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem, e.g. `urn:eigentaal:invalid-case-data`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Schema violations, each with a JSON pointer into the case data.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
    /// Languages that are available, for 406 responses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub available: Vec<String>,
    /// Template diagnostics (file:line:col), for compile errors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
    /// The language whose messages are not reviewed, for 409 `unreviewed-translation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Messages of the letter no qualified translator reviewed (`stale`,
    /// `machine-draft` or `missing`), for 409 `unreviewed-translation`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<ProblemMessage>,
    /// The document a letter was stored as in the Documenten API, when
    /// filing failed after storing it (`zgw-not-linked`) or an idempotency
    /// key was used before (`idempotency-key-reused`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Seconds to wait before retrying, for 503 responses.
    #[serde(skip)]
    pub retry_after: Option<u64>,
}

/// A message of a letter and its review status.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemMessage {
    /// The Fluent message id, e.g. `beschikking-decision`.
    pub key: String,
    /// `stale`, `machine-draft` or `missing`.
    pub status: String,
}

/// A violation in the case data: of the schema, or of a check the template
/// makes across fields.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemField {
    /// JSON pointer into the request body, e.g. `/agreements/0/due`.
    pub pointer: String,
    /// What is wrong, in English, without the value.
    pub detail: String,
    /// What is wrong as a stable code, e.g. `required`, `too-long`, `date`,
    /// or a template's own such as `income-over-norm`.
    #[schema(example = "too-long")]
    pub code: String,
    /// What is wrong in plain Dutch, to show beside the field to staff,
    /// e.g. `Te lang: hoogstens 200 tekens.`
    pub text: String,
}

impl From<&FieldError> for ProblemField {
    fn from(e: &FieldError) -> Self {
        Self {
            pointer: e.pointer.clone(),
            detail: e.message.clone(),
            code: e.code.clone(),
            text: e.text.clone(),
        }
    }
}

impl Problem {
    /// A problem with a status, a short kind (`not-found`) and a detail.
    pub fn new(status: StatusCode, kind: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("urn:eigentaal:{kind}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: Vec::new(),
            available: Vec::new(),
            diagnostics: Vec::new(),
            lang: None,
            messages: Vec::new(),
            document: None,
            retry_after: None,
        }
    }

    /// The short kind, as used in metrics labels (`invalid-case-data`).
    pub fn short_kind(&self) -> &str {
        self.kind.trim_start_matches("urn:eigentaal:")
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad-request", detail)
    }

    pub fn overloaded(retry_after: u64) -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "all render slots are busy; retry after the given number of seconds",
        );
        p.retry_after = Some(retry_after);
        p
    }

    pub fn unavailable_language(detail: String, available: Vec<String>) -> Self {
        let mut p = Self::new(StatusCode::NOT_ACCEPTABLE, "unavailable-language", detail);
        p.available = available;
        p
    }
}

impl From<RenderError> for Problem {
    fn from(e: RenderError) -> Self {
        let kind = e.kind();
        let status = match &e {
            RenderError::Template(TemplateError::Unknown { .. }) => StatusCode::NOT_FOUND,
            RenderError::Language(crate::l10n::L10nError::UnknownLanguage { .. }) => {
                StatusCode::NOT_ACCEPTABLE
            }
            RenderError::Language(crate::l10n::L10nError::BadTag { .. })
            | RenderError::NoSuchPage { .. }
            | RenderError::TooManyPixels { .. } => StatusCode::BAD_REQUEST,
            RenderError::InvalidData { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            RenderError::Unreviewed { .. } => StatusCode::CONFLICT,
            RenderError::Template(_)
            | RenderError::Language(_)
            | RenderError::Compile { .. }
            | RenderError::Export { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        match e {
            RenderError::Language(crate::l10n::L10nError::UnknownLanguage {
                ref available,
                ..
            }) => Self::unavailable_language(e.to_string(), available.clone()),
            RenderError::InvalidData { template, errors } => {
                let mut p = Self::new(
                    status,
                    kind,
                    format!(
                        "the case data does not match the schema of template `{template}` ({} problem(s)); see `errors`",
                        errors.len()
                    ),
                );
                p.errors = errors.iter().map(ProblemField::from).collect();
                p
            }
            RenderError::Compile {
                template,
                lang,
                diagnostics,
            } => {
                let mut p = Self::new(
                    status,
                    kind,
                    format!(
                        "template `{template}` failed to compile in `{lang}`; this is a fault in the template, not in your request"
                    ),
                );
                p.diagnostics = diagnostics.iter().map(Diagnostic::to_string).collect();
                p
            }
            RenderError::Unreviewed {
                ref lang,
                ref messages,
                ..
            } => {
                let mut p = Self::new(status, kind, e.to_string());
                p.lang = Some(lang.clone());
                p.messages = messages
                    .iter()
                    .map(|m| ProblemMessage {
                        key: m.key.clone(),
                        status: m.status.as_str().to_string(),
                    })
                    .collect();
                p
            }
            other => Self::new(status, kind, other.to_string()),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        // Lets the request log and metrics name the kind without the body.
        response
            .extensions_mut()
            .insert(ProblemKind(self.short_kind().to_string()));
        response
    }
}

/// The kind of a problem response, for logs and metrics.
#[derive(Debug, Clone)]
pub struct ProblemKind(pub String);
