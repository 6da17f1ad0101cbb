//! The calls eigentaal makes to a ZGW registration, blocking (they run on
//! batch threads and tokio's blocking pool): look up and create an
//! `EnkelvoudigInformatieObject` (Documenten API), look up and create a
//! `ZaakInformatieObject` (Zaken API). Each call carries a fresh token.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use super::config::ZgwConfig;
use super::jwt::{self, ZgwUser};

/// Largest answer read from a registration (a page of documents; the
/// content itself is never downloaded).
const ANSWER_LIMIT: u64 = 8 * 1024 * 1024;

/// A call that did not do what it should. The message names the call and
/// the URL, never case data.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ZgwError {
    #[error("{call}: {url} did not answer within {seconds} s")]
    Timeout {
        call: &'static str,
        url: String,
        seconds: u64,
    },
    #[error("{call}: cannot reach {url}: {message}")]
    Transport {
        call: &'static str,
        url: String,
        message: String,
    },
    #[error("{call}: {url} answered {status}{}{}", detail_text(.detail), params_text(.invalid_params))]
    Status {
        call: &'static str,
        url: String,
        status: u16,
        /// The registration's `detail` (problem+json), if any.
        detail: Option<String>,
        /// `name: code` of each `invalidParams` entry of a 400.
        invalid_params: Vec<String>,
    },
    #[error("{call}: {url} answered something that is not a ZGW answer: {message}")]
    Protocol {
        call: &'static str,
        url: String,
        message: String,
    },
    #[error("{0}")]
    Setup(String),
}

fn detail_text(detail: &Option<String>) -> String {
    detail
        .as_ref()
        .map(|d| format!(": {d}"))
        .unwrap_or_default()
}

fn params_text(params: &[String]) -> String {
    if params.is_empty() {
        String::new()
    } else {
        format!(" ({})", params.join("; "))
    }
}

impl ZgwError {
    /// Worth trying again: the registration was away, busy or slow.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Timeout { .. } | Self::Transport { .. } => true,
            Self::Status { status, .. } => *status >= 500 || *status == 429,
            Self::Protocol { .. } | Self::Setup(_) => false,
        }
    }

    /// The HTTP status the registration answered, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether a 400 names `field` among its invalid parameters.
    pub fn names_param(&self, field: &str) -> bool {
        match self {
            Self::Status { invalid_params, .. } => invalid_params
                .iter()
                .any(|p| p.split(':').next() == Some(field)),
            _ => false,
        }
    }
}

/// A document found or created in the Documenten API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteDocument {
    pub url: String,
    /// `integriteit.waarde` when its algorithm is `sha_256`.
    pub sha256: Option<String>,
}

/// A client for one configured registration. Cheap to clone.
#[derive(Clone)]
pub struct ZgwClient {
    config: Arc<ZgwConfig>,
    agent: ureq::Agent,
}

impl std::fmt::Debug for ZgwClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ZgwClient")
            .field("documenten_api", &self.config.documenten_api)
            .field("zaken_api", &self.config.zaken_api)
            .finish_non_exhaustive()
    }
}

impl ZgwClient {
    pub fn new(config: ZgwConfig) -> Result<Self, ZgwError> {
        let mut builder = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            .user_agent(concat!("eigentaal/", env!("CARGO_PKG_VERSION")));
        if let Some(ca_file) = &config.ca_file {
            let pem = std::fs::read(ca_file).map_err(|e| {
                ZgwError::Setup(format!("failed to read ca-file {}: {e}", ca_file.display()))
            })?;
            let certs: Vec<_> = ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(cert)) => Some(Ok(cert)),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                })
                .collect::<Result<_, _>>()
                .map_err(|e| ZgwError::Setup(format!("ca-file {}: {e}", ca_file.display())))?;
            if certs.is_empty() {
                return Err(ZgwError::Setup(format!(
                    "ca-file {} holds no certificate",
                    ca_file.display()
                )));
            }
            builder = builder.tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::Specific(Arc::new(certs)))
                    .build(),
            );
        }
        Ok(Self {
            agent: builder.build().into(),
            config: Arc::new(config),
        })
    }

    pub fn config(&self) -> &ZgwConfig {
        &self.config
    }

    fn bearer(&self, user: &ZgwUser) -> Result<String, ZgwError> {
        jwt::token(&self.config.client_id, &self.config.secret.0, user)
            .map(|t| format!("Bearer {t}"))
            .map_err(ZgwError::Setup)
    }

    /// The document this client filed under `identificatie`, if any.
    pub fn find_document(
        &self,
        user: &ZgwUser,
        identificatie: &str,
    ) -> Result<Option<RemoteDocument>, ZgwError> {
        const CALL: &str = "looking up the document";
        let url = format!(
            "{}/enkelvoudiginformatieobjecten",
            self.config.documenten_api
        );
        let request = self
            .agent
            .get(&url)
            .query("bronorganisatie", &self.config.rsin)
            .query("identificatie", identificatie)
            .header("Authorization", self.bearer(user)?)
            .header("Accept", "application/json");
        let page = self.answer(CALL, &url, 200, request.call())?;
        let results = page
            .get("results")
            .and_then(Value::as_array)
            .ok_or_else(|| protocol(CALL, &url, "no `results` list"))?;
        results
            .first()
            .map(|doc| document(CALL, &url, doc))
            .transpose()
    }

    /// Creates a document; `body` is an `EnkelvoudigInformatieObject`.
    pub fn create_document(
        &self,
        user: &ZgwUser,
        body: &Value,
    ) -> Result<RemoteDocument, ZgwError> {
        const CALL: &str = "storing the document";
        let url = format!(
            "{}/enkelvoudiginformatieobjecten",
            self.config.documenten_api
        );
        let request = self
            .agent
            .post(&url)
            .header("Authorization", self.bearer(user)?)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        let created = self.answer(CALL, &url, 201, request.send(body.to_string()))?;
        document(CALL, &url, &created)
    }

    /// The link between `zaak` and `document`, if there is one.
    pub fn find_link(
        &self,
        user: &ZgwUser,
        zaak: &str,
        document: &str,
    ) -> Result<Option<String>, ZgwError> {
        const CALL: &str = "looking up the link to the zaak";
        let url = format!("{}/zaakinformatieobjecten", self.config.zaken_api);
        let request = self
            .agent
            .get(&url)
            .query("zaak", zaak)
            .query("informatieobject", document)
            .header("Authorization", self.bearer(user)?)
            .header("Accept", "application/json");
        let links = self.answer(CALL, &url, 200, request.call())?;
        let links = links
            .as_array()
            .ok_or_else(|| protocol(CALL, &url, "not a list"))?;
        links
            .first()
            .map(|link| url_of(CALL, &url, link))
            .transpose()
    }

    /// Links `document` to `zaak`; `body` is a `ZaakInformatieObject`.
    pub fn create_link(&self, user: &ZgwUser, body: &Value) -> Result<String, ZgwError> {
        const CALL: &str = "linking the document to the zaak";
        let url = format!("{}/zaakinformatieobjecten", self.config.zaken_api);
        let request = self
            .agent
            .post(&url)
            .header("Authorization", self.bearer(user)?)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        let created = self.answer(CALL, &url, 201, request.send(body.to_string()))?;
        url_of(CALL, &url, &created)
    }

    /// The JSON of an answer with status `expected`, or the error it is.
    fn answer(
        &self,
        call: &'static str,
        url: &str,
        expected: u16,
        result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Value, ZgwError> {
        let mut response = result.map_err(|e| self.transport(call, url, e))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(ANSWER_LIMIT)
            .read_to_string()
            .map_err(|e| self.transport(call, url, e))?;
        if status != expected {
            let problem: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let detail = problem
                .get("detail")
                .and_then(Value::as_str)
                .map(|d| d.chars().take(300).collect());
            let invalid_params = problem
                .get("invalidParams")
                .and_then(Value::as_array)
                .map(|params| {
                    params
                        .iter()
                        .map(|p| {
                            format!(
                                "{}: {}",
                                p.get("name").and_then(Value::as_str).unwrap_or("?"),
                                p.get("code").and_then(Value::as_str).unwrap_or("?")
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            return Err(ZgwError::Status {
                call,
                url: url.to_string(),
                status,
                detail,
                invalid_params,
            });
        }
        serde_json::from_str(&text).map_err(|e| protocol(call, url, &format!("not JSON: {e}")))
    }

    fn transport(&self, call: &'static str, url: &str, e: ureq::Error) -> ZgwError {
        match e {
            ureq::Error::Timeout(_) => ZgwError::Timeout {
                call,
                url: url.to_string(),
                seconds: self.config.timeout.as_secs(),
            },
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => ZgwError::Timeout {
                call,
                url: url.to_string(),
                seconds: self.config.timeout.as_secs(),
            },
            other => ZgwError::Transport {
                call,
                url: url.to_string(),
                message: other.to_string(),
            },
        }
    }

    /// Pauses before try `attempt` (1-based) of a call that failed for a
    /// passing reason: 0.5 s, 1 s, 2 s, … at most 8 s.
    pub fn backoff(attempt: u32) {
        let millis = 500u64.saturating_mul(1 << attempt.saturating_sub(1).min(4));
        std::thread::sleep(Duration::from_millis(millis));
    }
}

fn protocol(call: &'static str, url: &str, message: &str) -> ZgwError {
    ZgwError::Protocol {
        call,
        url: url.to_string(),
        message: message.to_string(),
    }
}

fn url_of(call: &'static str, url: &str, value: &Value) -> Result<String, ZgwError> {
    value
        .get("url")
        .and_then(Value::as_str)
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .map(str::to_string)
        .ok_or_else(|| protocol(call, url, "no `url`"))
}

fn document(call: &'static str, url: &str, value: &Value) -> Result<RemoteDocument, ZgwError> {
    let integrity = value.get("integriteit");
    let sha256 = integrity
        .filter(|i| i.get("algoritme").and_then(Value::as_str) == Some("sha_256"))
        .and_then(|i| i.get("waarde"))
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    Ok(RemoteDocument {
        url: url_of(call, url, value)?,
        sha256,
    })
}
