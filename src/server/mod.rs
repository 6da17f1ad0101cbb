//! The HTTP service: other systems post case data and get letters back;
//! templates, health, readiness, metrics and the OpenAPI document.
//!
//! Renders run on tokio's blocking pool behind a semaphore sized to the
//! cores; a request that cannot get a slot within the queue time gets 503
//! with `Retry-After`. Handlers are thin; all letter logic is in `render`.

mod auth;
mod listen;
mod login;
mod metrics;
mod problem;
mod routes;
mod service;
mod ui;
mod zgw;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use utoipa::OpenApi;

use crate::render::Engine;
pub use auth::{Actor, ApiKey, StaffMember, parse_keys, read_keys_file};
pub use listen::ConnectionLimits;
pub use login::{Login, LoginConfig};
pub use metrics::Metrics;
pub use problem::Problem;

/// The version of the HTTP API (semantic versioning; its major version is
/// the `/v1` in every path). Sent as `API-Version` on every response and as
/// `info.version` in the OpenAPI document (NL API Design Rules,
/// /core/version-header and /core/semver). It is the API's version, not the
/// program's: raise it when the API changes.
pub const API_VERSION: &str = "1.0.0";

/// How the service runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    /// API keys; empty means no authentication.
    pub keys: Vec<ApiKey>,
    /// Allow serving without keys on a non-loopback address.
    pub no_auth: bool,
    /// Largest single-letter request body.
    pub max_body_bytes: usize,
    /// Largest batch request body.
    pub max_batch_bytes: usize,
    /// Renders running at once (default: the number of cores).
    pub concurrency: usize,
    /// How long a request may wait for a render slot before 503.
    pub queue_timeout: Duration,
    /// How long one render may take before the request gets 503.
    pub render_timeout: Duration,
    /// How long shutdown waits for in-flight requests.
    pub shutdown_timeout: Duration,
    /// Header and body read timeouts and the connection cap.
    pub limits: ConnectionLimits,
    /// How long one batch request may render; then the cases not started
    /// are listed in its `errors.ndjson` (kind `time-limit`).
    pub batch_time_limit: Duration,
    /// Serve the staff page from this folder instead of the embedded copy.
    pub web_dir: Option<std::path::PathBuf>,
    /// Every template requires reviewed translations, as if each had
    /// `require-review = true` (requests may still accept unreviewed text).
    pub require_review: bool,
    /// The ZGW connection for `store=zgw`; without it such requests get 501.
    pub zgw: Option<Arc<crate::zgw::ZgwSink>>,
    /// Refuse Dutch-only free text in letters in another language, for every template.
    pub refuse_dutch_only: bool,
    /// Write a processing record for every letter (see [`crate::records`]).
    pub records: Option<Arc<crate::records::Recorder>>,
    /// Staff sign-in at the municipality's OpenID Provider (docs/login.md);
    /// a session then counts as authentication for the API, like a key.
    pub login: Option<Arc<Login>>,
}

impl ServeConfig {
    /// Sensible defaults on `listen`.
    pub fn new(listen: SocketAddr) -> Self {
        Self {
            listen,
            keys: Vec::new(),
            no_auth: false,
            max_body_bytes: 1024 * 1024,
            max_batch_bytes: 64 * 1024 * 1024,
            concurrency: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue_timeout: Duration::from_secs(5),
            render_timeout: Duration::from_secs(30),
            shutdown_timeout: Duration::from_secs(30),
            limits: ConnectionLimits::default(),
            batch_time_limit: Duration::from_secs(300),
            web_dir: None,
            require_review: false,
            zgw: None,
            refuse_dutch_only: false,
            records: None,
            login: None,
        }
    }
}

/// Why the service would not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "refusing to serve on {0} without API keys or staff sign-in: anyone on the network could request letters. \
Set EIGENTAAL_API_KEYS or --api-keys-file, configure sign-in (--oidc-issuer, docs/login.md), listen on 127.0.0.1, or pass --no-auth if a gateway in front authenticates"
    )]
    NoKeysOnPublicAddress(SocketAddr),
    #[error("failed to listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub engine: Arc<Engine>,
    pub metrics: Arc<Metrics>,
    pub config: Arc<ServeConfig>,
    keys: Arc<Vec<ApiKey>>,
    slots: Arc<Semaphore>,
    shutting_down: Arc<AtomicBool>,
}

impl AppState {
    pub fn new(engine: Arc<Engine>, config: ServeConfig) -> Self {
        let mut metrics = Metrics::default();
        metrics.register_records(config.records.as_deref());
        Self {
            engine,
            metrics: Arc::new(metrics),
            keys: Arc::new(config.keys.clone()),
            slots: Arc::new(Semaphore::new(config.concurrency.max(1))),
            shutting_down: Arc::new(AtomicBool::new(false)),
            config: Arc::new(config),
        }
    }

    /// A render slot, waiting at most the queue time.
    async fn acquire(&self) -> Result<OwnedSemaphorePermit, Problem> {
        match tokio::time::timeout(
            self.config.queue_timeout,
            self.slots.clone().acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(Problem::overloaded(1)),
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "eigentaal",
        description = "Municipal letters a resident can read: case data in, PDF out, in the resident's language or bilingual beside the binding Dutch text."
    ),
    paths(
        routes::list_templates,
        routes::get_template,
        routes::template_sheet,
        routes::translations,
        routes::render_letter,
        routes::render_batch,
        routes::openapi,
        routes::healthz,
        routes::readyz,
        routes::metrics
    ),
    components(schemas(Problem, problem::ProblemField, problem::ProblemMessage, routes::TemplateSummary, routes::TemplateDetail, routes::LanguageInfo, zgw::FiledLetter)),
    tags(
        (name = "templates", description = "The letter templates, their languages and translations"),
        (name = "letters", description = "Rendering letters: one, or a batch"),
        (name = "operations", description = "Health, readiness, metrics and this document")
    ),
    modifiers(&ApiKeyScheme, &NlApiRules)
)]
struct ApiDoc;

struct ApiKeyScheme;

impl utoipa::Modify for ApiKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// What the NL API Design Rules ask of the document (docs/api.md): the
/// API's version, one server `/v1` with the paths below it, and the
/// `API-Version` header on every response. `/healthz`, `/readyz` and
/// `/metrics` are for the platform, not part of the versioned API: they
/// keep their own server, `/`.
struct NlApiRules;

impl utoipa::Modify for NlApiRules {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::server::Server;
        use utoipa::openapi::{HeaderBuilder, ObjectBuilder, Type};
        openapi.info.version = API_VERSION.into();
        openapi.servers = Some(vec![Server::new("/v1")]);
        let paths = std::mem::take(&mut openapi.paths.paths);
        for (path, mut item) in paths {
            let path = match path.strip_prefix("/v1/") {
                Some(rest) => format!("/{rest}"),
                None => {
                    item.servers = Some(vec![Server::new("/")]);
                    path
                }
            };
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
                &mut item.head,
            ]
            .into_iter()
            .flatten()
            {
                for response in operation.responses.responses.values_mut() {
                    if let utoipa::openapi::RefOr::T(response) = response {
                        response.headers.insert(
                            "API-Version".into(),
                            HeaderBuilder::new()
                                .schema(ObjectBuilder::new().schema_type(Type::String))
                                .description(Some("The full version of this API, e.g. 1.0.0"))
                                .build(),
                        );
                    }
                }
            }
            openapi.paths.paths.insert(path, item);
        }
    }
}

/// The OpenAPI document, generated from the handler annotations. Its
/// contact is the municipality in the branding: whoever runs this service
/// answers for it.
pub fn openapi_json(engine: &Engine) -> String {
    let branding = &engine.templates().branding;
    let url = if branding.website.contains("://") {
        branding.website.clone()
    } else {
        format!("https://{}", branding.website)
    };
    let mut doc = ApiDoc::openapi();
    doc.info.contact = Some(
        utoipa::openapi::ContactBuilder::new()
            .name(Some(branding.name.clone()))
            .url(Some(url))
            .email(Some(branding.email.clone()))
            .build(),
    );
    doc.to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The router, separate from `serve` so tests can drive it directly.
pub fn app(state: AppState) -> Router {
    let letters = Router::new()
        .route("/v1/templates/{name}/render", post(routes::render_letter))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes));
    let batch = Router::new()
        .route("/v1/templates/{name}/batch", post(routes::render_batch))
        .layer(DefaultBodyLimit::max(state.config.max_batch_bytes));
    let api = Router::new()
        .route("/v1/templates", get(routes::list_templates))
        .route("/v1/templates/{name}", get(routes::get_template))
        .route("/v1/templates/{name}/sheet", get(routes::template_sheet))
        .route("/v1/translations", get(routes::translations))
        .merge(letters)
        .merge(batch)
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ));
    // Staff sign-in: not part of the /v1 API (and not in its OpenAPI
    // document); only there when login is configured.
    let auth = match state.config.login {
        Some(_) => Router::new()
            .route("/auth/login", get(login::login))
            .route("/auth/callback", get(login::callback))
            .route("/auth/logout", post(login::logout))
            .route("/auth/me", get(login::me)),
        None => Router::new(),
    };
    Router::new()
        .merge(api)
        .merge(auth)
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .route("/metrics", get(routes::metrics))
        .route("/openapi.json", get(routes::openapi))
        .route("/v1/openapi.json", get(routes::openapi))
        .route("/", get(ui::index))
        .route("/ui/{*file}", get(ui::asset))
        .route_layer(middleware::from_fn_with_state(state.clone(), log_request))
        .fallback(routes::not_found)
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            use axum::response::IntoResponse;
            Problem::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the request failed unexpectedly; this is a bug in eigentaal",
            )
            .into_response()
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            listen::body_deadline,
        ))
        .layer(middleware::map_response(standard_headers))
        .layer(compression())
        .with_state(state)
}

/// gzip for clients that accept it, for what compresses: a preview page's
/// SVG shrinks to about a fifth (the staff page fetches one per page on
/// every edit), JSON, the page's own files. Not for PDFs and ZIPs, whose
/// content is compressed already.
fn compression()
-> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    tower_http::compression::CompressionLayer::new()
        .gzip(true)
        .compress_when(
            DefaultPredicate::new()
                .and(NotForContentType::const_new("application/pdf"))
                .and(NotForContentType::const_new("application/zip")),
        )
}

/// Headers every response carries, errors and the staff page included (NL
/// API Design Rules /core/version-header and /core/transport/security-headers;
/// Strict-Transport-Security belongs to whoever terminates TLS). A handler's
/// own `Content-Security-Policy` and `Cache-Control` are kept.
async fn standard_headers(mut response: Response) -> Response {
    use axum::http::{HeaderValue, header};
    let h = response.headers_mut();
    h.insert("api-version", HeaderValue::from_static(API_VERSION));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static("frame-ancestors 'none'"));
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// One log line and the request metrics per request: route, status,
/// duration, template and language. Never the body or the query.
async fn log_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_string();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let info = response.extensions().get::<routes::RenderInfo>();
    let kind = response
        .extensions()
        .get::<problem::ProblemKind>()
        .map(|k| k.0.as_str());
    // `system:<client>` or `staff:<subject>`: never a name or an address.
    let actor = response
        .extensions()
        .get::<auth::Actor>()
        .map(auth::Actor::label);
    tracing::info!(
        method,
        route,
        status,
        duration_ms = started.elapsed().as_secs_f64() * 1000.0,
        template = info.map(|i| i.template.as_str()),
        lang = info.map(|i| i.lang.as_str()),
        problem = kind,
        actor = actor.as_deref(),
        "request"
    );
    state
        .metrics
        .requests
        .get_or_create(&metrics::RequestLabels {
            method,
            route,
            status,
        })
        .inc();
    if let Some(kind) = kind {
        state
            .metrics
            .errors
            .get_or_create(&metrics::ErrorLabels {
                kind: kind.to_string(),
            })
            .inc();
    }
    response
}

/// Checks the authentication rules, binds, and serves until SIGTERM or
/// Ctrl-C; then stops accepting, finishes in-flight requests (up to the
/// shutdown timeout) and returns. Slow clients and the connection cap:
/// [`listen`].
pub async fn serve(engine: Engine, config: ServeConfig) -> Result<(), ServeError> {
    if config.keys.is_empty()
        && config.login.is_none()
        && !config.listen.ip().is_loopback()
        && !config.no_auth
    {
        return Err(ServeError::NoKeysOnPublicAddress(config.listen));
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr()?;
    if let Some(login) = &config.login {
        tracing::info!(
            issuer = login.issuer(),
            "staff sign in at the OpenID Provider"
        );
    } else if config.keys.is_empty() {
        tracing::warn!(%addr, "no API keys configured: every client that can reach this address may request letters");
    }
    let (shutdown_timeout, limits) = (config.shutdown_timeout, config.limits);
    let state = AppState::new(Arc::new(engine), config);
    let flag = state.shutting_down.clone();
    // Tests and scripts read this line to find an ephemeral port.
    eprintln!("eigentaal listening on http://{addr}");
    let shutdown = async move {
        shutdown_signal().await;
        flag.store(true, Ordering::SeqCst);
        tracing::info!("shutting down: finishing requests in flight");
    };
    listen::run(listener, app(state), limits, shutdown, shutdown_timeout).await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
