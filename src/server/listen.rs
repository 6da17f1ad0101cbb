//! Accepting connections, and what a slow or greedy client may hold.
//!
//! `axum::serve` has no header read timeout, no body read timeout and no
//! cap on connections: a client that opens connections and sends nothing,
//! or sends its headers and then dribbles the body a byte at a time, could
//! hold the service. Here each connection is served by hyper's HTTP/1
//! server with a header read timeout (which also closes keep-alive
//! connections idle for that long); a semaphore caps the open connections
//! (over the cap a connection is answered 503 and closed at once); the
//! [`body_deadline`] middleware bounds the time to read a request body
//! (408). Shutdown stops accepting and lets the requests in flight finish,
//! up to the shutdown timeout.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

use super::{AppState, Problem};

/// What a client may hold: how long it may take to send a request head
/// and a request body, and how many connections may be open at once.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// From the first byte awaited to the end of the request head; also how
    /// long a keep-alive connection may sit idle.
    pub header_read_timeout: Duration,
    /// From the end of the request head to the end of its body.
    pub body_read_timeout: Duration,
    /// Connections open at once; more are answered 503 and closed.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(60),
            // Below the usual soft limit of 1024 open files, so the refusal
            // below can still accept (and answer) the connection over it.
            max_connections: 512,
        }
    }
}

/// At most this many connections over the cap are being answered at once;
/// beyond that they are closed without an answer.
const REFUSALS_AT_ONCE: usize = 64;

/// What a connection over the cap gets: an answer it can act on rather than
/// a hang in the kernel's backlog. Written before the request is read, so
/// it is the same for every request; `Connection: close` ends it.
fn over_cap_response() -> Vec<u8> {
    let mut problem = Problem::overloaded(1);
    problem.detail = "too many open connections; retry after the given number of seconds".into();
    let body = serde_json::to_string(&problem).unwrap_or_default();
    format!(
        "HTTP/1.1 503 Service Unavailable\r\n\
content-type: application/problem+json\r\n\
retry-after: 1\r\n\
api-version: {}\r\n\
x-content-type-options: nosniff\r\n\
cache-control: no-store\r\n\
connection: close\r\n\
content-length: {}\r\n\r\n{body}",
        super::API_VERSION,
        body.len()
    )
    .into_bytes()
}

/// Accepts connections until `shutdown` completes, then lets the requests
/// in flight finish for at most `shutdown_timeout`.
pub async fn run(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
    shutdown_timeout: Duration,
) {
    let connections = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let refusals = Arc::new(Semaphore::new(REFUSALS_AT_ONCE));
    let over_cap: Arc<[u8]> = over_cap_response().into();
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait, as the
                    // condition usually passes.
                    tracing::warn!(error = %e, "failed to accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            tracing::warn!(
                max_connections = limits.max_connections,
                "connection refused: too many open connections"
            );
            if let Ok(permit) = refusals.clone().try_acquire_owned() {
                let answer = over_cap.clone();
                tokio::spawn(async move {
                    refuse(stream, &answer).await;
                    drop(permit);
                });
            }
            continue;
        };
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(
            TokioIo::new(stream),
            TowerToHyperService::new(router.clone()),
        );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that goes away or times out ends its connection; that
            // is not the service's error.
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended");
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(shutdown_timeout) => {
            tracing::warn!("shutdown timeout reached; abandoning requests still running");
        }
    }
}

/// Answers a connection over the cap with 503 and closes it. What the
/// client already sent is read first (for at most a second), so the close
/// is a FIN the client reads the answer before, not a reset.
async fn refuse(mut stream: TcpStream, answer: &[u8]) {
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(answer).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 4096];
        while stream.read(&mut sink).await? > 0 {}
        Ok::<_, std::io::Error>(())
    })
    .await;
}

/// Bounds the time to read a request body: a body not complete within
/// `body_read_timeout` of the request head ends the request with 408 and
/// closes the connection. Bodies are read by the handlers; this wraps the
/// body so reading it fails at the deadline, and turns whatever the handler
/// made of that failure into the 408.
pub async fn body_deadline(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let timeout = state.config.limits.body_read_timeout;
    let expired = Arc::new(AtomicBool::new(false));
    let request = request.map(|body| {
        Body::new(DeadlineBody {
            inner: body,
            deadline: Box::pin(tokio::time::sleep(timeout)),
            expired: expired.clone(),
        })
    });
    let response = next.run(request).await;
    if !expired.load(Ordering::SeqCst) {
        return response;
    }
    let mut response = Problem::new(
        StatusCode::REQUEST_TIMEOUT,
        "body-timeout",
        format!(
            "the request body did not arrive within {} seconds; send it at once, or send less per request",
            timeout.as_secs_f64()
        ),
    )
    .into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// A request body that fails once its deadline has passed.
struct DeadlineBody {
    inner: Body,
    deadline: Pin<Box<tokio::time::Sleep>>,
    expired: Arc<AtomicBool>,
}

#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct BodyTimeout;

impl http_body::Body for DeadlineBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.inner).poll_frame(cx) {
            return Poll::Ready(frame);
        }
        if self.deadline.as_mut().poll(cx).is_ready() {
            self.expired.store(true, Ordering::SeqCst);
            return Poll::Ready(Some(Err(axum::Error::new(BodyTimeout))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusal_is_a_complete_problem_response() {
        let answer = over_cap_response();
        let text = std::str::from_utf8(&answer).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length: "))
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(body.len(), length);
        let problem: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(problem["type"], "urn:eigentaal:overloaded");
        assert_eq!(problem["status"], 503);
    }
}
