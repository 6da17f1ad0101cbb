//! The HTTP handlers: thin — parse, call the render library, map errors.

// `Problem` is the error response itself, built at most once per request;
// boxing it would buy nothing.
#![allow(clippy::result_large_err)]

use std::io::Write;
use std::sync::atomic::Ordering;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::AppState;
use super::problem::{Problem, ProblemField};
use super::service::{self, Caller, LetterJob, Rendered};
use crate::batch::input::{self, InputFormat, InputOptions, MetaFields};
use crate::batch::sheet::{self, SheetFormat};
use crate::batch::stop::{Counts, Ending, Stop};
use crate::batch::{BatchOptions, BatchRecords};
use crate::l10n::{COMMON, MessageStatus, ReviewState, TranslationStatus};
use crate::render::{ExportOptions, Format, Letter, PdfStandard, ReviewPolicy, ReviewSummary};
use crate::templates::Template;

/// A language a template is offered in, with the state of its translation.
#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageInfo {
    /// BCP 47 tag, e.g. `ar`.
    pub lang: String,
    /// The language's own name, e.g. `العربية`.
    pub name: String,
    /// The language's name in Dutch, e.g. `Arabisch`.
    pub name_nl: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Other tags that reach this language, e.g. `prs` for Dari (`fa-AF`).
    pub aliases: Vec<String>,
    /// `reference`, `machine-draft` or `reviewed`: the language as a whole
    /// (`locale.toml`).
    pub status: String,
    /// How far this template's messages are reviewed, counted per message:
    /// `reference` (Dutch), `reviewed` (all), `partial` (some) or
    /// `machine-draft` (none).
    #[schema(example = "partial")]
    pub review_state: String,
    /// `review_state` in Dutch for staff, e.g. `deels gecontroleerd: 12 van
    /// 40 zinnen` (from `locales/nl/staff.ftl`).
    pub status_label: String,
    pub produced_by: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// Messages of this template missing in the language (shown in Dutch).
    pub missing_messages: usize,
    /// Messages of this template (with `common.ftl`) in Dutch.
    pub messages: usize,
    /// Of those, how many a qualified translator reviewed (per message, see
    /// `reviews.toml`; all of them for Dutch, the reference).
    pub reviewed_messages: usize,
    /// Of those, how many have a review that is stale (the Dutch or the
    /// translation changed since).
    pub stale_messages: usize,
}

/// A letter template.
#[derive(Debug, Serialize, ToSchema)]
pub struct TemplateSummary {
    pub name: String,
    /// Dutch title, e.g. `Afsprakenbrief`.
    pub title: String,
    pub description: String,
    /// A decision (besluit): rendered in another language it always carries
    /// the binding Dutch edition too.
    pub decision: bool,
    pub languages: Vec<LanguageInfo>,
}

/// A letter template with its JSON Schema and example case data.
#[derive(Debug, Serialize, ToSchema)]
pub struct TemplateDetail {
    #[serde(flatten)]
    pub summary: TemplateSummary,
    /// JSON Schema (2020-12) of the case data.
    #[schema(value_type = Object)]
    pub schema: Value,
    /// Example case data that renders.
    #[schema(value_type = Object)]
    pub example: Value,
    /// The Dutch label of every choice in the schema, by message id: an
    /// `enum` with `"x-message-prefix": "partner-"` labels its code `coa`
    /// with `labels["partner-coa"]`. For the staff page's dropdowns.
    #[schema(example = json!({"partner-coa": "COA", "partner-resident": "De inwoner zelf"}))]
    pub labels: std::collections::BTreeMap<String, String>,
}

fn summary(state: &AppState, template: &Template) -> TemplateSummary {
    let engine = &state.engine;
    let languages = engine
        .languages_of(template)
        .into_iter()
        .filter_map(|lang| {
            let locale = engine.locales().get(lang)?;
            let meta = &locale.meta;
            let (messages, reviewed_messages, stale_messages) =
                review_counts(engine.locales(), lang, &template.name);
            let review_state =
                ReviewState::of(meta.translation.status, messages, reviewed_messages);
            Some(LanguageInfo {
                review_state: review_state.as_str().to_string(),
                status_label: engine.locales().status_label(
                    review_state,
                    messages,
                    reviewed_messages,
                    // The reviewer of the whole language, when it is reviewed as a whole.
                    meta.translation
                        .reviewed_by
                        .as_deref()
                        .filter(|_| meta.translation.status == TranslationStatus::Reviewed),
                ),
                lang: lang.to_string(),
                name: meta.name.clone(),
                name_nl: meta.name_nl.clone(),
                direction: format!("{:?}", meta.direction).to_lowercase(),
                aliases: meta.aliases.clone(),
                status: serde_json::to_value(meta.translation.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                produced_by: meta.translation.produced_by.clone(),
                reviewed_by: meta.translation.reviewed_by.clone(),
                missing_messages: engine
                    .locales()
                    .missing_keys(lang, &[COMMON, &template.name])
                    .len(),
                messages,
                reviewed_messages,
                stale_messages,
            })
        })
        .collect();
    TemplateSummary {
        name: template.name.clone(),
        title: template.manifest.title.clone(),
        description: template.manifest.description.clone(),
        decision: template.manifest.decision,
        languages,
    }
}

/// (messages, reviewed, stale) of one language for one template (its file
/// and `common`), counted per message.
fn review_counts(
    locales: &crate::l10n::Locales,
    lang: &str,
    template: &str,
) -> (usize, usize, usize) {
    let (mut messages, mut reviewed, mut stale) = (0, 0, 0);
    for key in locales.reference_keys(&[COMMON, template]) {
        messages += 1;
        match locales.review(lang, key).status {
            MessageStatus::Reference | MessageStatus::Reviewed => reviewed += 1,
            MessageStatus::Stale => stale += 1,
            _ => {}
        }
    }
    (messages, reviewed, stale)
}

/// List the letter templates.
///
/// Each template with its Dutch title and description and the languages it
/// is offered in, with the state of each translation.
#[utoipa::path(get, path = "/v1/templates", tag = "templates",
    responses((status = 200, description = "All templates with their languages", body = [TemplateSummary])))]
pub async fn list_templates(State(state): State<AppState>) -> Json<Vec<TemplateSummary>> {
    Json(
        state
            .engine
            .templates()
            .iter()
            .map(|t| summary(&state, t))
            .collect(),
    )
}

/// One template with its JSON Schema and example.
///
/// The schema is what a case must match to be rendered; the example is a
/// case that renders.
#[utoipa::path(get, path = "/v1/templates/{name}", tag = "templates",
    params(("name" = String, Path, description = "Template name, e.g. `afspraken`")),
    responses(
        (status = 200, body = TemplateDetail),
        (status = 400, description = "The name is not valid UTF-8", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_template(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
) -> Result<Json<TemplateDetail>, Problem> {
    let name = template_name(path)?;
    let template = state
        .engine
        .templates()
        .get(&name)
        .map_err(unknown_template)?;
    Ok(Json(TemplateDetail {
        summary: summary(&state, template),
        schema: template.schema.clone(),
        example: template.example.clone(),
        labels: state.engine.choice_labels(template),
    }))
}

/// Query parameters of a template sheet.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SheetQuery {
    /// `xlsx` (default) or `csv` (semicolon-separated UTF-8 with a byte
    /// order mark: what a Dutch Excel opens with a double click).
    pub format: Option<String>,
}

/// A template's ready-to-fill spreadsheet for the batch endpoint.
///
/// One column per field (headed by its path), the example case as row 2,
/// dates and amounts typed, codes offered as a list.
#[utoipa::path(get, path = "/v1/templates/{name}/sheet", tag = "templates",
    params(("name" = String, Path, description = "Template name, e.g. `afspraken`"), SheetQuery),
    responses(
        (status = 200, description = "The spreadsheet", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("api_key" = [])))]
pub async fn template_sheet(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<SheetQuery>, QueryRejection>,
) -> Result<Response, Problem> {
    let name = template_name(path)?;
    let query = query_params(query)?;
    let format = match query.format.as_deref() {
        None | Some("xlsx") => SheetFormat::Xlsx,
        Some("csv") => SheetFormat::Csv,
        Some(other) => {
            return Err(Problem::bad_request(format!(
                "`{other}` is not a sheet format; use xlsx or csv"
            )));
        }
    };
    let template = state
        .engine
        .templates()
        .get(&name)
        .map_err(unknown_template)?;
    let defaults = BatchOptions::default();
    let meta = MetaFields {
        id: &defaults.id_field,
        lang: &defaults.lang_field,
        zaak: None,
    };
    let columns = sheet::columns(template, meta, &state.engine.languages_of(template));
    let bytes = sheet::write(&template.name, &columns, format)
        .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e))?;
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        header_value(&format!(
            "attachment; filename=\"{}.{}\"",
            template.name,
            format.extension()
        )),
    );
    Ok(response)
}

/// Translation completeness.
///
/// Per language and template: the share of messages translated and
/// reviewed, and the messages shown in Dutch.
#[utoipa::path(get, path = "/v1/translations", tag = "templates",
    responses((status = 200, description = "One row per language and template", body = [Object])))]
pub async fn translations(State(state): State<AppState>) -> Json<Value> {
    let names: Vec<&str> = state
        .engine
        .templates()
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    Json(crate::check::completeness_json(
        &state.engine.locales().completeness(&names),
    ))
}

/// Query parameters of a render request.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RenderQuery {
    /// The resident's language (BCP 47, e.g. `ar` or `ar-SY`). Without it the
    /// language is negotiated from `Accept-Language`, falling back to `nl`.
    pub lang: Option<String>,
    /// Add a second edition in this language (`nl`: bilingual letter with the binding Dutch text).
    pub with: Option<String>,
    /// Page for PNG and SVG (1-based, default 1).
    pub page: Option<usize>,
    /// Resolution of PNG output in dots per inch (default 144). A page has at
    /// most as many pixels as an A4 page at 300 dpi (400 `too-many-pixels` above).
    pub dpi: Option<f32>,
    /// Standards a PDF conforms to: `a-2a+ua-1` (default: archival PDF/A-2a
    /// and accessible PDF/UA-1), `a-2a` or `a-3a`.
    pub standard: Option<String>,
    /// `true`: send the letter even though messages in the resident's
    /// language are not reviewed, where the template (or the service)
    /// requires reviewed translations. Without it such a letter is refused
    /// with 409 `unreviewed-translation`. (`accept_unreviewed` is accepted too.)
    #[serde(rename = "acceptUnreviewed", alias = "accept_unreviewed")]
    pub accept_unreviewed: Option<bool>,
    /// `zgw`: also file the letter in the zaak `zaak`: the PDF is stored in
    /// the Documenten API and linked to the zaak in the Zaken API. The
    /// answer carries the document's URL (`X-Eigentaal-Document`), or is
    /// JSON with `Accept: application/json`. Filing the same letter in the
    /// same zaak again, or repeating a request with the same
    /// `Idempotency-Key`, finds the first document instead of storing it twice.
    pub store: Option<String>,
    /// URL of the zaak to file the letter in (with `store=zgw`).
    pub zaak: Option<String>,
}

/// Which PDF standard, from `?standard=` (default: PDF/A-2a with PDF/UA-1).
fn requested_standard(query: Option<&str>) -> Result<PdfStandard, Problem> {
    query.map_or(Ok(PdfStandard::default()), |s| {
        s.parse().map_err(Problem::bad_request)
    })
}

/// Which language, from `?lang=` or `Accept-Language`.
fn requested_language(
    state: &AppState,
    template: &Template,
    query: &RenderQuery,
    headers: &HeaderMap,
) -> String {
    if let Some(lang) = &query.lang {
        return lang.clone();
    }
    let offered = state.engine.languages_of(template);
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|h| state.engine.locales().negotiate_accept(h, &offered).tag())
        .unwrap_or_else(|| crate::l10n::REFERENCE.to_string())
}

/// The media ranges of an `Accept` header, most preferred first: by q-value,
/// then in the order given; ranges with q=0 are left out. The one parser of
/// `Accept` for every answer the API can give.
pub fn accept_ranges(accept: &str) -> Vec<(f32, usize, String)> {
    let mut ranges: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !media.is_empty()).then_some((q, i, media))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
}

/// Which format, from the `Accept` header (q-values honoured; PDF by default).
pub fn requested_format(headers: &HeaderMap) -> Result<Format, Problem> {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Ok(Format::Pdf);
    };
    let ranges = accept_ranges(accept);
    for (_, _, media) in &ranges {
        match media.as_str() {
            "application/pdf" | "application/*" | "*/*" => return Ok(Format::Pdf),
            "image/png" | "image/*" => return Ok(Format::Png),
            "image/svg+xml" => return Ok(Format::Svg),
            _ => {}
        }
    }
    Err(Problem::new(
        StatusCode::NOT_ACCEPTABLE,
        "unsupported-media-type",
        format!("cannot produce `{accept}`; ask for application/pdf, image/png or image/svg+xml"),
    ))
}

/// The request's `Content-Type`: the media type (lower case) and its
/// `charset` parameter, if given. The one reader of that header.
fn content_type(headers: &HeaderMap) -> (Option<String>, Option<String>) {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return (None, None);
    };
    let mut params = value.split(';');
    let media = params
        .next()
        .map(|m| m.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    let charset = params.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    });
    (media, charset)
}

/// Parses a JSON request body, with line and column on failure. The body
/// must say it is JSON (`Content-Type: application/json`, or another
/// `+json` type); a UTF-8 byte order mark before it is accepted and skipped.
fn parse_json(headers: &HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Value, Problem> {
    let (media, _) = content_type(headers);
    let is_json = media.as_deref().is_some_and(|m| {
        m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
    });
    if !is_json {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            match media {
                None => "the request body has no Content-Type; send the case data as `Content-Type: application/json`".to_string(),
                Some(m) => format!("the case data must be JSON, not `{m}`; send `Content-Type: application/json`"),
            },
        ));
    }
    let bytes = body_bytes(body)?;
    let json = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(json).map_err(|e| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "malformed-json",
            format!("the request body is not valid JSON: {e}"),
        )
    })
}

fn body_bytes(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Problem> {
    body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body-too-large",
                "the request body is larger than this service accepts; send fewer cases per request",
            )
        } else {
            Problem::bad_request(format!("failed to read the request body: {rejection}"))
        }
    })
}

/// The `{name}` of a template path; a name that is not UTF-8 is a 400.
fn template_name(path: Result<Path<String>, PathRejection>) -> Result<String, Problem> {
    path.map(|Path(name)| name)
        .map_err(|e| Problem::bad_request(format!("invalid template name: {}", e.body_text())))
}

fn query_params<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, Problem> {
    query
        .map(|Query(q)| q)
        .map_err(|e| Problem::bad_request(format!("invalid query parameter: {}", e.body_text())))
}

/// What the request log and metrics may know about a render: no case data.
#[derive(Debug, Clone)]
pub struct RenderInfo {
    pub template: String,
    pub lang: String,
}

/// Render one letter.
///
/// The body is the case data. The response is the letter as PDF (default),
/// or one page as PNG or SVG, chosen by `Accept`.
#[utoipa::path(post, path = "/v1/templates/{name}/render", tag = "letters",
    params(("name" = String, Path, description = "Template name"), RenderQuery,
        ("Accept-Language" = Option<String>, Header, description = "Used when `lang` is not given; q-values honoured"),
        ("Accept" = Option<String>, Header, description = "application/pdf (default), image/png or image/svg+xml; with `store=zgw` also application/json"),
        ("Idempotency-Key" = Option<String>, Header, description = "With `store=zgw`: a key the client repeats when it repeats the request; the letter is filed once, and the same key with a different letter is refused (422)")),
    request_body(content = Object, description = "Case data matching the template's JSON Schema", content_type = "application/json"),
    responses(
        (status = 200, description = "The letter", content_type = "application/pdf",
            headers(("Content-Language" = String), ("ETag" = String), ("Content-Disposition" = String),
                    ("X-Eigentaal-Pages" = usize, description = "Number of pages of the whole letter"),
                    ("X-Eigentaal-Untranslated" = String, description = "Messages shown in Dutch because the language lacks them"),
                    ("X-Eigentaal-Review" = String, description = "Review counts of the messages the letter uses in the resident's language: `lang=ar, messages=57, reviewed=54, stale=1, machine-draft=2, missing=0, staff-translated=0, required=?1` (staff-translated: free-text fields staff gave in the resident's language, not reviewed)"),
                    ("X-Eigentaal-Dutch-Only" = String, description = "JSON pointers of free-text fields printed in Dutch only (marked so) in a letter in another language, e.g. `/agreements/0/note, /next_appointment/place`"),
                    ("X-Eigentaal-Unreviewed" = String, description = "The messages not reviewed by a qualified translator, each with its status: `beschikking-decision;status=stale, ...`"),
                    ("X-Eigentaal-Document" = String, description = "With `store=zgw`: URL of the document in the Documenten API"),
                    ("X-Eigentaal-Zaakinformatieobject" = String, description = "With `store=zgw`: URL of the link to the zaak in the Zaken API"),
                    ("X-Eigentaal-Filed" = String, description = "With `store=zgw`: `created`, or `existing` when an earlier request filed this letter")),
            content(("application/pdf"), ("image/png"), ("image/svg+xml"), (super::zgw::FiledLetter = "application/json"))),
        (status = 304, description = "Same letter as the ETag given in If-None-Match"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 406, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as JSON (`Content-Type: application/json`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The template (or the service) requires reviewed translations and `messages` are not reviewed; send `acceptUnreviewed=true` to accept them for this letter", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Case data violates the schema; `errors` lists every JSON pointer. With `store=zgw`: also an `Idempotency-Key` used before for a different letter (`idempotency-key-reused`, with its `document`)", body = Problem, content_type = "application/problem+json"),
        (status = 501, description = "`store=zgw` but the service has no ZGW connection, or none for this template", body = Problem, content_type = "application/problem+json"),
        (status = 502, description = "`store=zgw`: the Documenten or Zaken API refused or failed; `zgw-not-linked` carries the `document` that was stored but not linked (repeat the request to link it)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Overloaded; see Retry-After", body = Problem, content_type = "application/problem+json"),
        (status = 504, description = "`store=zgw`: the Documenten or Zaken API did not answer in time; repeat the request", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("api_key" = [])))]
pub async fn render_letter(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<RenderQuery>, QueryRejection>,
    client: Option<axum::Extension<super::auth::Actor>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let caller = Caller::of(client.as_ref().map(|c| &c.0), &headers);
    let answer = letter(&state, path, query, &caller, &headers, body).await;
    traced(&caller, answer)
}

/// The answer to a request, success or problem, with the `traceparent` of
/// the action it was in the caller's trace (W3C Trace Context).
fn traced(caller: &Caller, answer: Result<Response, Problem>) -> Response {
    let mut response = answer.unwrap_or_else(IntoResponse::into_response);
    response
        .headers_mut()
        .insert("traceparent", header_value(&caller.span.traceparent()));
    response
}

/// Reads a render request, renders it ([`service::render`]), files it when
/// asked, and answers with the letter and what the headers say about it.
async fn letter(
    state: &AppState,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<RenderQuery>, QueryRejection>,
    caller: &Caller,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let name = template_name(path)?;
    let query = query_params(query)?;
    let template = state
        .engine
        .templates()
        .get(&name)
        .map_err(unknown_template)?;
    let data = parse_json(headers, body)?;
    let store = super::zgw::target(
        state,
        query.store.as_deref(),
        query.zaak.as_deref(),
        headers,
        caller.client.as_ref(),
    )?;
    let json_answer = store.is_some() && super::zgw::wants_json(headers);
    let format = if json_answer {
        Format::Pdf
    } else {
        requested_format(headers)?
    };
    if store.is_some() && format != Format::Pdf {
        return Err(Problem::new(
            StatusCode::NOT_ACCEPTABLE,
            "unsupported-media-type",
            "store=zgw files the PDF: ask for application/pdf or application/json",
        ));
    }
    let dpi = query.dpi.unwrap_or(144.0);
    if !(18.0..=600.0).contains(&dpi) {
        return Err(Problem::bad_request("dpi must be between 18 and 600"));
    }
    let job = LetterJob {
        template: template.name.clone(),
        lang: requested_language(state, template, &query, headers),
        with: query.with.clone(),
        data,
        format,
        options: ExportOptions {
            page: query.page.unwrap_or(1),
            dpi,
            standard: requested_standard(query.standard.as_deref())?,
        },
        policy: review_policy(state, query.accept_unreviewed),
    };
    let Rendered {
        languages,
        tags,
        fallbacks,
        dutch_added,
        dutch_only,
        data,
        bytes,
        pages,
        review,
        facts,
    } = service::render(state, job, caller).await?;

    let etag = format!("\"{:032x}\"", typst::utils::hash128(&bytes));
    let info = RenderInfo {
        template: template.name.clone(),
        lang: languages.join("+"),
    };
    if store.is_none()
        && headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
    {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response
            .headers_mut()
            .insert(header::ETAG, header_value(&etag));
        response.extensions_mut().insert(info);
        return Ok(response);
    }

    let reference = data
        .get("reference")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let file_name = crate::batch::file_name(&template.name, reference, &tags, format);
    let filed = match store {
        Some(target) => {
            let pdf = std::sync::Arc::new(bytes.clone());
            let filed = super::zgw::file(target, facts, pdf, file_name.clone())
                .await
                .map_err(|mut p| {
                    p.detail
                        .push_str(" (the letter was rendered but is not filed)");
                    p
                })?;
            if json_answer {
                use base64::Engine as _;
                let answer = super::zgw::FiledLetter {
                    document: filed.document,
                    zaakinformatieobject: filed.zaakinformatieobject,
                    zaak: filed.zaak,
                    identificatie: filed.identificatie,
                    taal: filed.taal,
                    languages: tags.clone(),
                    file_name,
                    sha256: filed.sha256,
                    existing: filed.existing,
                    pdf: base64::engine::general_purpose::STANDARD.encode(&bytes),
                };
                let mut response = (StatusCode::OK, Json(answer)).into_response();
                response
                    .headers_mut()
                    .insert(header::CONTENT_LANGUAGE, header_value(&tags.join(", ")));
                response.extensions_mut().insert(info);
                return Ok(response);
            }
            Some(filed)
        }
        None => None,
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    h.insert(header::CONTENT_LANGUAGE, header_value(&tags.join(", ")));
    h.insert(
        header::CONTENT_DISPOSITION,
        header_value(&format!("attachment; filename=\"{file_name}\"")),
    );
    h.insert(header::ETAG, header_value(&etag));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert("x-eigentaal-pages", HeaderValue::from(pages));
    if !fallbacks.is_empty() {
        h.insert(
            "x-eigentaal-untranslated",
            header_value(&fallbacks.join(", ")),
        );
    }
    if dutch_added {
        // The notice is plain ASCII text, so it is a valid header as is.
        h.insert(
            "x-eigentaal-dutch-added",
            HeaderValue::from_static(crate::render::DUTCH_ADDED_NOTICE),
        );
    }
    if !dutch_only.is_empty() {
        // JSON pointers into the schema's fields: ASCII.
        h.insert(
            "x-eigentaal-dutch-only",
            header_value(&dutch_only.join(", ")),
        );
    }
    review_headers(h, &review);
    if let Some(filed) = &filed {
        super::zgw::headers(h, filed);
    }
    response.extensions_mut().insert(info);
    Ok(response)
}

/// The review policy of one request: the service's `--require-review` and
/// the request's `accept_unreviewed`.
fn review_policy(state: &AppState, accept_unreviewed: Option<bool>) -> ReviewPolicy {
    ReviewPolicy {
        require_all: state.config.require_review,
        accept_unreviewed: accept_unreviewed.unwrap_or(false),
        refuse_dutch_only: state.config.refuse_dutch_only,
    }
}

/// What a response says about the review of the letter's messages in the
/// resident's language.
pub struct LetterReview {
    summary: ReviewSummary,
    /// The template or the service requires reviewed translations.
    required: bool,
    /// The messages not reviewed, as `key` (status in `summary`).
    unreviewed: Vec<String>,
}

impl LetterReview {
    pub(super) fn of(letter: &Letter, policy: ReviewPolicy) -> Self {
        let summary = letter.review();
        let unreviewed = letter
            .messages
            .in_language(&summary.lang)
            .filter(|m| !m.status.is_reviewed())
            .map(|m| format!("{};status={}", m.key, m.status))
            .collect();
        Self {
            required: letter.review_required(policy),
            summary,
            unreviewed,
        }
    }
}

/// `X-Eigentaal-Review`: counts per review status of the messages the letter
/// uses in the resident's language, as a structured-field dictionary
/// (RFC 8941), e.g. `lang=ar, messages=57, reviewed=54, stale=1,
/// machine-draft=2, missing=0, staff-translated=0, required=?1`. `X-Eigentaal-Unreviewed`
/// lists the messages that are not reviewed, each with its status.
fn review_headers(h: &mut HeaderMap, review: &LetterReview) {
    let s = &review.summary;
    let value = format!(
        "lang={}, messages={}, reviewed={}, stale={}, machine-draft={}, missing={}, staff-translated={}, required=?{}",
        s.lang,
        s.messages,
        s.reviewed + s.reference,
        s.stale,
        s.machine_draft,
        s.missing,
        s.staff_translated,
        u8::from(review.required)
    );
    h.insert("x-eigentaal-review", header_value(&value));
    if !review.unreviewed.is_empty() {
        h.insert(
            "x-eigentaal-unreviewed",
            header_value(&review.unreviewed.join(", ")),
        );
    }
}

/// A template lookup failure as the API reports it (404 for an unknown name).
pub(super) fn unknown_template(e: crate::templates::TemplateError) -> Problem {
    Problem::from(crate::render::RenderError::Template(e))
}

fn header_value(s: &str) -> HeaderValue {
    // Built from tags, hex and sanitised names only: always visible ASCII.
    HeaderValue::from_str(s).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}

/// Query parameters of a batch request.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BatchQuery {
    /// Language for cases without a language field.
    pub lang: Option<String>,
    /// Second edition for every case, e.g. `nl` (bilingual letters).
    pub with: Option<String>,
    /// Case field with the case's language (default `lang`); taken out before validation.
    /// (`lang_field` is accepted too.)
    #[serde(rename = "langField", alias = "lang_field")]
    pub lang_field: Option<String>,
    /// Case field with the case id used in file names (default `id`, else the line number); taken out before validation.
    /// (`id_field` is accepted too.)
    #[serde(rename = "idField", alias = "id_field")]
    pub id_field: Option<String>,
    /// Standards every PDF conforms to (default `a-2a+ua-1`; or `a-2a`, `a-3a`).
    pub standard: Option<String>,
    /// `true`: also write letters with unreviewed messages where the
    /// template requires reviewed translations (otherwise such a case goes
    /// to `errors.ndjson` as `unreviewed-translation`).
    /// (`accept_unreviewed` is accepted too.)
    #[serde(rename = "acceptUnreviewed", alias = "accept_unreviewed")]
    pub accept_unreviewed: Option<bool>,
    /// CSV column separator: `;`, `,`, `tab` (default: the one the header line uses most).
    pub delimiter: Option<String>,
    /// CSV encoding, e.g. `windows-1252` (default: the `charset` of the
    /// Content-Type, else the byte order mark, else UTF-8 if valid, else detected).
    pub encoding: Option<String>,
    /// Decimal separator of numbers typed as text: `comma` or `point`
    /// (default: comma, but point in a comma-separated CSV).
    pub decimal: Option<String>,
    /// Sheet of an xlsx workbook (default: the first visible sheet).
    pub sheet: Option<String>,
    /// `zgw`: also file every letter in its zaak (Documenten API + Zaken
    /// API). The ZIP then holds `zgw.ndjson` (what was filed where); a case
    /// whose letter could not be filed keeps its PDF in the ZIP and is
    /// listed in `errors.ndjson`. Repeating the request files nothing twice.
    pub store: Option<String>,
    /// Case field with the URL of the case's zaak (default `zaak`); taken out before validation.
    #[serde(rename = "zaakField")]
    pub zaak_field: Option<String>,
    /// URL of the zaak for cases without that field.
    pub zaak: Option<String>,
}

/// How to read the body: the format from `Content-Type` (or, when that says
/// nothing, from the first bytes), the rest from the query.
fn batch_input(
    headers: &HeaderMap,
    query: &BatchQuery,
    bytes: &[u8],
) -> Result<(InputFormat, InputOptions), Problem> {
    let (media, charset) = content_type(headers);
    let format = match InputFormat::from_media_type(media.as_deref().unwrap_or("")) {
        Some(Ok(format)) => format,
        None => InputFormat::sniff(bytes),
        Some(Err(())) => {
            return Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                format!(
                    "cannot read `{}`; send application/x-ndjson, text/csv, \
text/tab-separated-values or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    media.as_deref().unwrap_or_default()
                ),
            ));
        }
    };
    let mut options = InputOptions {
        sheet: query.sheet.clone(),
        ..Default::default()
    };
    if let Some(d) = &query.delimiter {
        options.delimiter = Some(input::parse_delimiter(d).map_err(Problem::bad_request)?);
    }
    if let Some(label) = query.encoding.as_ref().or(charset.as_ref()) {
        options.encoding = Some(input::encoding_for_label(label).map_err(Problem::bad_request)?);
    }
    if let Some(d) = &query.decimal {
        options.decimal = Some(d.parse().map_err(Problem::bad_request)?);
    }
    Ok((format, options))
}

/// Render many letters: cases in (NDJSON, CSV or an xlsx workbook), a ZIP out.
///
/// The body's `Content-Type` says what it is: `application/x-ndjson` (one
/// case per line), `text/csv` or `text/tab-separated-values` (as Excel or
/// LibreOffice saves it; `;`, `,` or tab, any common encoding, decimal
/// comma) or an `.xlsx` workbook. The first row of a CSV or sheet names the
/// columns with paths into the case (`recipient/name`, `agreements/0/action`).
///
/// The ZIP is streamed while the letters are rendered. It holds one PDF per
/// good case, `errors.ndjson` (one line per failed case: line number, id,
/// kind, JSON-pointer errors and, for a spreadsheet, the row and cell such as
/// `Blad1!D7`) and `summary.json`. One bad case never fails the batch. A file
/// that cannot be read at all (no header row, a column that is not a field)
/// gets 422 before anything is rendered. A batch uses one render slot.
#[utoipa::path(post, path = "/v1/templates/{name}/batch", tag = "letters",
    params(("name" = String, Path, description = "Template name"), BatchQuery),
    request_body(description = "The cases", content(
        (String = "application/x-ndjson"),
        (String = "text/csv"),
        (String = "text/tab-separated-values"),
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
    responses(
        (status = 200, description = "ZIP of PDFs plus errors.ndjson and summary.json", content_type = "application/zip"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The file cannot be read: no header row, a column that names no field, an unreadable workbook or encoding", body = Problem, content_type = "application/problem+json"),
        (status = 503, body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("api_key" = [])))]
pub async fn render_batch(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<BatchQuery>, QueryRejection>,
    client: Option<axum::Extension<super::auth::Actor>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let caller = Caller::of(client.as_ref().map(|c| &c.0), &headers);
    let answer = batch(&state, path, query, &caller, &headers, body).await;
    traced(&caller, answer)
}

/// Reads a batch request and starts streaming its ZIP ([`crate::batch::archive`]).
async fn batch(
    state: &AppState,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<BatchQuery>, QueryRejection>,
    caller: &Caller,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Problem> {
    let name = template_name(path)?;
    let query = query_params(query)?;
    let template = state
        .engine
        .templates()
        .get(&name)
        .map_err(unknown_template)?
        .name
        .clone();
    let zgw = match &query.store {
        Some(store) => {
            let sink = super::zgw::sink(state, store)?;
            if let Some(zaak) = &query.zaak {
                sink.check_zaak(zaak).map_err(super::zgw::problem)?;
            }
            let user = super::zgw::user(&sink, caller.client.as_ref());
            Some((sink, user))
        }
        None if query.zaak.is_some() || query.zaak_field.is_some() => {
            return Err(Problem::bad_request(
                "`zaak` and `zaakField` only have a meaning with `store=zgw`",
            ));
        }
        None => None,
    };
    let bytes = body_bytes(body)?;
    let (format, reading) = batch_input(headers, &query, &bytes)?;
    let defaults = BatchOptions::default();
    let options = BatchOptions {
        lang: query.lang.or(Some(crate::l10n::REFERENCE.to_string())),
        with: query.with,
        lang_field: query.lang_field.unwrap_or(defaults.lang_field),
        id_field: query.id_field.unwrap_or(defaults.id_field),
        standard: requested_standard(query.standard.as_deref())?,
        review: review_policy(state, query.accept_unreviewed),
        zaak_field: zgw
            .as_ref()
            .map(|_| query.zaak_field.unwrap_or_else(|| "zaak".into())),
        zaak: query.zaak,
        records: state
            .config
            .records
            .clone()
            .map(|recorder| BatchRecords::start(recorder, caller.span.clone(), &caller.actor)),
        stop: Stop::after(Some(state.config.batch_time_limit)),
    };
    // Reading a workbook is work too: off the async threads, and before the
    // response starts, so an unreadable file gets its own status.
    let engine = state.engine.clone();
    let (lang_field, id_field) = (options.lang_field.clone(), options.id_field.clone());
    let zaak_field = options.zaak_field.clone();
    let reader_template = template.clone();
    let read = tokio::task::spawn_blocking(move || {
        let schema = &engine.templates().get(&reader_template).ok()?.schema;
        let meta = MetaFields {
            id: &id_field,
            lang: &lang_field,
            zaak: zaak_field.as_deref(),
        };
        Some(input::read(format, &bytes, &reading, schema, meta))
    })
    .await;
    let table = match read {
        Ok(Some(Ok(table))) => table,
        Ok(Some(Err(input::InputError::Encoding(e)))) if format == InputFormat::Ndjson => {
            return Err(Problem::bad_request(format!(
                "the request body is not UTF-8 text: {e}"
            )));
        }
        Ok(Some(Err(e))) => {
            // The whole file as one error: its code, and in `text` the Dutch
            // the staff page shows.
            let mut error = e.field_error();
            state.engine.describe(std::slice::from_mut(&mut error));
            let mut problem = Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unreadable-input",
                e.to_string(),
            );
            problem.errors = vec![ProblemField::from(&error)];
            return Err(problem);
        }
        _ => {
            return Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "reading the batch failed unexpectedly; this is a bug in eigentaal",
            ));
        }
    };
    let permit = state.acquire().await?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(8);
    let engine = state.engine.clone();
    let metrics = state.metrics.clone();
    let zip_name = format!("{template}-batch.zip");
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let _in_flight = super::metrics::InFlight::start(&metrics.in_flight);
        let writer = std::io::BufWriter::with_capacity(64 * 1024, ChannelWriter(tx));
        // On a rayon thread, as a single render is.
        let mut counts = Counts::default();
        let written = rayon::scope(|_| {
            let zgw = zgw.as_ref().map(|(sink, user)| (sink.as_ref(), user));
            let archive = crate::batch::archive::write_zip;
            archive(
                &engine,
                &template,
                table,
                &options,
                zgw,
                &mut counts,
                writer,
            )
            .map_err(|e| e.to_string())
        });
        let ended = match written {
            Ok(()) => options.stop.ended(),
            // The client went away or the stream broke: nothing more to send.
            Err(e) => {
                tracing::warn!(template = %template, error = %e, "batch stream ended early");
                Ending::Cancelled
            }
        };
        counts.log(&template, ended);
    });
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx));
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        header_value(&format!("attachment; filename=\"{zip_name}\"")),
    );
    response.extensions_mut().insert(RenderInfo {
        template: name,
        lang: "batch".into(),
    });
    Ok(response)
}

/// A `Write` that hands each chunk to the response body stream.
struct ChannelWriter(tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>);

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .blocking_send(Ok(Bytes::copy_from_slice(buf)))
            .map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client disconnected")
            })?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Liveness: the process answers.
///
/// For the platform's liveness probe; always `ok` while the process runs.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "Alive")))]
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// Readiness: templates and translations loaded, not shutting down.
///
/// For the platform's readiness probe: 503 from the moment the service is
/// told to stop, so no new requests are routed to it.
#[utoipa::path(get, path = "/readyz", tag = "operations",
    responses((status = 200, description = "Ready"), (status = 503, description = "Shutting down", body = Problem, content_type = "application/problem+json")))]
pub async fn readyz(State(state): State<AppState>) -> Response {
    if state.shutting_down.load(Ordering::SeqCst) {
        Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting-down",
            "the service is shutting down",
        )
        .into_response()
    } else {
        "ready\n".into_response()
    }
}

/// Prometheus metrics.
///
/// Requests, render durations per template and language, errors per kind and
/// renders in flight, in the text exposition format.
#[utoipa::path(get, path = "/metrics", tag = "operations",
    responses((status = 200, description = "Metrics", content_type = "text/plain")))]
pub async fn metrics(State(state): State<AppState>) -> Response {
    let mut response = state.metrics.encode().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// This OpenAPI document.
///
/// The OpenAPI 3.1 description of this API, generated from the handlers;
/// also at `/openapi.json`. Open to every origin.
#[utoipa::path(get, path = "/v1/openapi.json", tag = "operations",
    responses((status = 200, description = "This document (also at /openapi.json)", content_type = "application/json")))]
pub async fn openapi(State(state): State<AppState>) -> Response {
    let mut response = super::openapi_json(&state.engine).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // Readable from any origin, as /core/publish-openapi asks; nothing else is.
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// Anything else: 404 as problem+json.
pub async fn not_found() -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "no such endpoint; see /openapi.json",
    )
}
