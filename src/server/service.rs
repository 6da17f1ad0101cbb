//! One letter for one request, between the handler that reads the request
//! and the one that writes the response: a render slot, the render on the
//! blocking pool (on a rayon thread), the render metrics, the time limit,
//! and the processing record, written before the letter is handed out.

// `Problem` is the error response itself, built at most once per request.
#![allow(clippy::result_large_err)]

use std::sync::Arc;
use std::time::Instant;

use axum::http::{HeaderMap, StatusCode};
use serde_json::Value;

use super::AppState;
use super::problem::Problem;
use crate::records::{Outcome, Span};
use crate::render::{ExportOptions, Format, Letter, RenderRequest, ReviewPolicy};

/// What to render.
pub struct LetterJob {
    pub template: String,
    pub lang: String,
    pub with: Option<String>,
    pub data: Value,
    pub format: Format,
    pub options: ExportOptions,
    pub policy: ReviewPolicy,
}

/// Who asks, and the action the request is in its trace.
#[derive(Debug, Clone)]
pub struct Caller {
    /// `system:<client>` for an API key, `staff:<subject>` for a signed-in
    /// staff member, `anonymous` without authentication.
    pub actor: String,
    /// Who asked, for the ZGW user it files as.
    pub client: Option<super::auth::Actor>,
    pub span: Span,
}

impl Caller {
    /// The caller of a request: its client and its place in the caller's
    /// trace (`traceparent`).
    pub fn of(client: Option<&super::auth::Actor>, headers: &HeaderMap) -> Self {
        let actor = client.map_or_else(|| "anonymous".to_string(), super::auth::Actor::label);
        let traceparent = headers.get("traceparent").and_then(|v| v.to_str().ok());
        Self {
            span: Span::start(traceparent, &actor),
            client: client.cloned(),
            actor,
        }
    }
}

/// A letter as it leaves the render thread.
pub struct Rendered {
    /// What filing it in a zaak needs to know.
    pub facts: crate::zgw::LetterFacts,
    pub review: super::routes::LetterReview,
    /// Locale folders of the editions (metrics label).
    pub languages: Vec<String>,
    /// What each edition used, e.g. `ar-SY` (Content-Language, file name).
    pub tags: Vec<String>,
    pub fallbacks: Vec<String>,
    /// A decision got its Dutch edition without being asked.
    pub dutch_added: bool,
    /// Pointers of free text printed in Dutch only (marked so).
    pub dutch_only: Vec<String>,
    /// The case data, handed back for the file name.
    pub data: Value,
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Renders `job` for `caller`: waits for a render slot (503 after the queue
/// time), renders on the blocking pool, gives up waiting after the render
/// time (503; the render itself runs to its end and keeps its slot until
/// then, as a thread cannot be stopped), and writes the processing record
/// of the outcome. A letter whose record cannot be written is not returned
/// (503 `records-unavailable`).
pub async fn render(
    state: &AppState,
    job: LetterJob,
    caller: &Caller,
) -> Result<Rendered, Problem> {
    let action = match &state.config.records {
        Some(recorder) => {
            let template = state
                .engine
                .templates()
                .get(&job.template)
                .map_err(super::routes::unknown_template)?;
            let name = crate::records::Recorder::render_action(job.format);
            Some((
                recorder.clone(),
                recorder.action(
                    name,
                    caller.span.clone(),
                    &caller.actor,
                    template,
                    &job.data,
                ),
            ))
        }
        None => None,
    };
    let permit = state.acquire().await?;
    let engine = state.engine.clone();
    let metrics = state.metrics.clone();
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let _in_flight = super::metrics::InFlight::start(&metrics.in_flight);
        let started = Instant::now();
        // On a rayon thread: typst lays out and writes pages with rayon, and
        // from there those pieces run where the letter is rendered instead of
        // being handed to the pool while this thread waits for each one.
        let result = rayon::scope(|_| render_blocking(&engine, job));
        if let Ok(rendered) = &result {
            metrics
                .render_seconds
                .get_or_create(&super::metrics::RenderLabels {
                    template: rendered.facts.template.clone(),
                    lang: rendered.languages[0].clone(),
                })
                .observe(started.elapsed().as_secs_f64());
        }
        result
    });
    let result = match tokio::time::timeout(state.config.render_timeout, task).await {
        Err(_) => Err(Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "render-timeout",
            "the letter took too long to render; try again later",
        )),
        Ok(Err(join)) if join.is_panic() => {
            tracing::error!("render panicked");
            Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "rendering failed unexpectedly; this is a bug in eigentaal",
            ))
        }
        Ok(Err(_)) => Err(Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting-down",
            "the service is shutting down",
        )),
        Ok(Ok(result)) => result.map_err(Problem::from),
    };
    if let Some((recorder, action)) = action {
        let made = match &result {
            Ok(rendered) => Ok(rendered.tags.clone()),
            Err(problem) => Err(Outcome::of_status(problem.status, problem.short_kind())),
        };
        let written =
            tokio::task::spawn_blocking(move || recorder.record_render(action, made)).await;
        let error = match written {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e.to_string()),
            Err(_) => Some("the record writer panicked".to_string()),
        };
        if let Some(error) = error {
            tracing::error!(%error, trace_id = %caller.span.trace_id, "processing record not written");
            return Err(Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "records-unavailable",
                "the processing record of this letter could not be written, so the letter is not handed out; try again later",
            ));
        }
    }
    result
}

/// Renders, checks the review policy and exports, on the calling thread.
fn render_blocking(
    engine: &Arc<crate::render::Engine>,
    job: LetterJob,
) -> Result<Rendered, crate::render::RenderError> {
    let letter: Letter = engine.render(&RenderRequest {
        template: &job.template,
        lang: &job.lang,
        with: job.with.as_deref(),
        data: &job.data,
    })?;
    letter.check_review(job.policy)?;
    Ok(Rendered {
        facts: crate::zgw::LetterFacts::of(engine, &letter),
        bytes: letter.export(job.format, &job.options)?,
        review: super::routes::LetterReview::of(&letter, job.policy),
        pages: letter.pages(),
        languages: letter.languages,
        tags: letter.tags,
        fallbacks: letter.fallbacks,
        dutch_added: letter.dutch_added,
        dutch_only: letter.free_text.dutch_only,
        data: job.data,
    })
}
