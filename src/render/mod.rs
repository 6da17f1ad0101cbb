//! Rendering: the typst engine built once (library with the message
//! functions, embedded fonts, parsed templates), and per request a cheap
//! world carrying the case data and languages, compiled to a PDF, PNG or SVG.
//!
//! The CLI, the HTTP service and the batch runner all call [`Engine::render`];
//! there is no second path. Every typst call lives in this module.

mod diagnostics;
mod fonts;
mod messages;
mod native;
mod provenance;
mod world;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::FluentArgs;
use serde::Serialize;
use serde_json::Value;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;

use crate::assets::Assets;
use crate::l10n::{L10nError, Locales, MessageStatus, Negotiated, REFERENCE, split_date};
use crate::templates::free_text::{self, Report as FreeTextReport};
use crate::templates::{ErrorCode, FieldError, Param, Template, TemplateError, TemplateSet};
pub use diagnostics::{Diagnostic, Severity};
pub use fonts::file as font_file;
pub use messages::{ReviewSummary, UsedMessage, UsedMessages};
pub use provenance::Provenance;
use world::LetterWorld;

/// typst's comemo cache is process-global and grows about 1 MiB per render
/// without eviction. It is evicted after every `EVICT_EVERY`th render (of all
/// threads), and an entry is dropped after `CACHE_MAX_AGE` evictions without
/// use: an unused entry lives 10 renders, so recent layouts (the templates,
/// fonts) stay warm and memory stays flat. An eviction walks every entry of
/// the cache; walking it after every render (with age 10) cost about 12 % of
/// a Dutch letter's cache misses (callgrind's cache model with a 2 MiB last
/// level, docs/performance.md).
pub const EVICT_EVERY: usize = 5;
pub const CACHE_MAX_AGE: usize = 2;

/// Renders since the process started, for `EVICT_EVERY`.
static RENDERS: AtomicUsize = AtomicUsize::new(0);

/// Evicts comemo's cache after every `EVICT_EVERY`th render.
fn evict_now_and_then() {
    if RENDERS.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1 {
        comemo::evict(CACHE_MAX_AGE);
    }
}

/// Errors setting the engine up.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Templates(#[from] TemplateError),
    #[error(transparent)]
    Locales(#[from] L10nError),
    #[error("{path}: {message}")]
    Source { path: String, message: String },
}

/// Why a letter could not be rendered. Each variant says what to fix.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Language(L10nError),
    #[error("case data does not match the schema of template `{template}`:\n{}", list(.errors))]
    InvalidData {
        template: String,
        errors: Vec<FieldError>,
    },
    #[error("template `{template}` failed to compile in `{lang}`:\n{}", list(.diagnostics))]
    Compile {
        template: String,
        lang: String,
        diagnostics: Vec<Diagnostic>,
    },
    #[error("failed to write {format}: {message}")]
    Export { format: Format, message: String },
    #[error("page {page} does not exist; the letter has {pages} page(s)")]
    NoSuchPage { page: usize, pages: usize },
    #[error(
        "a PNG of this page at {dpi} dpi has more than {} pixels; ask for at most {max_dpi} dpi",
        MAX_PNG_PIXELS
    )]
    TooManyPixels { dpi: f32, max_dpi: u32 },
    #[error(
        "template `{template}` requires reviewed translations, and {} message(s) of this letter in `{lang}` are not reviewed by a qualified translator: {}. \
Have them reviewed (eigentaal review --lang {lang}), write the letter in Dutch, or accept unreviewed text explicitly for this letter",
        .messages.len(),
        .messages.iter().map(|m| format!("{} ({})", m.key, m.status)).collect::<Vec<_>>().join(", ")
    )]
    Unreviewed {
        template: String,
        lang: String,
        messages: Vec<UnreviewedMessage>,
    },
}

impl RenderError {
    /// The kind of failure, one name per kind on every path: the problem
    /// type of an HTTP response (`urn:eigentaal:<kind>`), the `kind` of a
    /// line in `errors.ndjson` (CLI and HTTP batch) and what the staff page
    /// switches on.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Template(TemplateError::Unknown { .. }) => "unknown-template",
            Self::Template(_) => "template",
            Self::Language(L10nError::UnknownLanguage { .. }) => "unavailable-language",
            Self::Language(L10nError::BadTag { .. }) => "bad-language-tag",
            Self::Language(_) => "translation",
            Self::InvalidData { .. } => "invalid-case-data",
            Self::Compile { .. } => "template-error",
            Self::Export { .. } => "export",
            Self::NoSuchPage { .. } => "no-such-page",
            Self::TooManyPixels { .. } => "too-many-pixels",
            Self::Unreviewed { .. } => "unreviewed-translation",
        }
    }

    /// Whether the request or the case data caused this (the caller can
    /// fix it), rather than eigentaal or its templates.
    pub fn is_refusal(&self) -> bool {
        match self {
            Self::Template(TemplateError::Unknown { .. })
            | Self::Language(L10nError::UnknownLanguage { .. } | L10nError::BadTag { .. })
            | Self::InvalidData { .. }
            | Self::NoSuchPage { .. }
            | Self::TooManyPixels { .. }
            | Self::Unreviewed { .. } => true,
            Self::Template(_) | Self::Language(_) | Self::Compile { .. } | Self::Export { .. } => {
                false
            }
        }
    }
}

/// A message a letter would show that no qualified translator approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnreviewedMessage {
    pub key: String,
    /// `stale`, `machine-draft` or `missing`.
    pub status: MessageStatus,
}

/// When a letter with unreviewed messages in the resident's language may
/// go out. A template with `require-review = true` (or every template, with
/// `require_all`) refuses it unless the caller accepts it for this letter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReviewPolicy {
    /// Treat every template as if it had `require-review = true`
    /// (`eigentaal serve --require-review`).
    pub require_all: bool,
    /// The caller knowingly accepts unreviewed text in this letter.
    pub accept_unreviewed: bool,
    /// Refuse letters in another language whose free text is in Dutch only,
    /// for every template (`eigentaal serve --refuse-dutch-only`).
    pub refuse_dutch_only: bool,
}

fn list<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| format!("  {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Png,
    Svg,
}

impl Format {
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Svg => "image/svg+xml",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "pdf" => Ok(Self::Pdf),
            "png" => Ok(Self::Png),
            "svg" => Ok(Self::Svg),
            _ => Err(format!("unknown format `{s}`; use pdf, png or svg")),
        }
    }
}

/// What to render: a template, the resident's language, optionally the
/// binding Dutch text beside it, and the case data.
#[derive(Debug, Clone)]
pub struct RenderRequest<'a> {
    pub template: &'a str,
    /// BCP 47 tag as requested (`ar-SY`); negotiated against the template's languages.
    pub lang: &'a str,
    /// Add this language as a second edition (in practice `nl`, the binding text).
    pub with: Option<&'a str>,
    pub data: &'a Value,
}

/// The standards a PDF conforms to. Every variant is tagged (logical
/// structure, reading order, /Lang per span, alt text) and embeds its fonts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PdfStandard {
    /// PDF/A-2a (archival, accessible level "a") and PDF/UA-1 (universal
    /// accessibility) together: the default.
    #[default]
    A2aUa1,
    /// PDF/A-2a alone, for archives whose intake rejects a PDF/UA claim.
    A2a,
    /// PDF/A-3a: PDF/A-2a that may also carry attachments.
    A3a,
}

impl PdfStandard {
    /// Every standard with its name on the command line and in the API.
    pub const ALL: [(Self, &'static str); 3] = [
        (Self::A2aUa1, "a-2a+ua-1"),
        (Self::A2a, "a-2a"),
        (Self::A3a, "a-3a"),
    ];

    /// The name on the command line and in the API, e.g. `a-2a+ua-1`.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map(|(_, name)| *name)
            .unwrap_or_default()
    }

    fn typst(self) -> &'static [typst_pdf::PdfStandard] {
        use typst_pdf::PdfStandard as S;
        match self {
            Self::A2aUa1 => &[S::A_2a, S::Ua_1],
            Self::A2a => &[S::A_2a],
            Self::A3a => &[S::A_3a],
        }
    }
}

impl fmt::Display for PdfStandard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for PdfStandard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace(['/', ' '], "");
        let wanted = wanted.strip_prefix("pdf").unwrap_or(&wanted);
        Self::ALL
            .iter()
            .find(|(_, name)| *name == wanted)
            .map(|(standard, _)| *standard)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|(_, n)| *n).collect();
                format!("unknown PDF standard `{s}`; use {}", names.join(", "))
            })
    }
}

/// How to write a letter: the page and resolution of a PNG or SVG, the
/// standard of a PDF.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportOptions {
    /// Page to write as PNG or SVG, 1-based.
    pub page: usize,
    /// Resolution of a PNG in dots per inch.
    pub dpi: f32,
    /// Standards the PDF claims.
    pub standard: PdfStandard,
}

/// A laid-out letter, ready to be written as PDF, PNG or SVG.
pub struct Letter {
    document: PagedDocument,
    /// The template it came from.
    pub template: String,
    /// Languages of the editions in order (locale folders, e.g. `ar`,
    /// `fa-AF`); the first is the resident's.
    pub languages: Vec<String>,
    /// What each edition used as a BCP 47 tag, with the region asked for
    /// where it reached the formatting (`ar-SY`): for `Content-Language`
    /// and file names.
    pub tags: Vec<String>,
    /// Letter date from the case data (`letter_date`), also the PDF date.
    pub date: (i32, u8, u8),
    /// Messages shown in Dutch because the language lacks them.
    pub fallbacks: Vec<String>,
    /// typst's warnings about the template.
    pub warnings: Vec<Diagnostic>,
    /// The Dutch edition was added because the letter is a decision and the
    /// request did not ask for it. Callers tell the user so.
    pub dutch_added: bool,
    /// Every message the letter used, per language, with its review status.
    pub messages: UsedMessages,
    /// The template has `require-review = true`.
    pub require_review: bool,
    /// The subject in the resident's language: the PDF's title.
    pub title: String,
    /// The versions of the template and translations the letter was made
    /// from; also in the PDF's keywords (XMP).
    pub provenance: Provenance,
    /// Free text the resident gets in Dutch only, or in a version staff typed.
    pub free_text: FreeTextReport,
    /// The template has `refuse-dutch-only = true`.
    pub refuse_dutch_only: bool,
    /// What [`Letter::check_review`] refuses Dutch-only free text with,
    /// worded for staff already (the letter has no locales to word it later).
    dutch_only_errors: Vec<FieldError>,
}

/// What callers tell the user about the letter's free text: fields that go
/// out in Dutch only in a letter in another language, and fields staff
/// translated themselves. `None` when there is nothing to say.
pub fn free_text_note(letter: &Letter) -> Option<String> {
    let FreeTextReport {
        dutch_only,
        staff_translated,
    } = &letter.free_text;
    let lang = &letter.languages[0];
    let mut parts = Vec::new();
    if !dutch_only.is_empty() {
        parts.push(format!(
            "{} free-text field(s) are printed in Dutch only (marked so) in this letter in `{lang}`: {}; give the resident's version as {{\"nl\": \"…\", \"{lang}\": \"…\"}}",
            dutch_only.len(),
            dutch_only.join(", ")
        ));
    }
    if !staff_translated.is_empty() {
        parts.push(format!(
            "{} free-text field(s) are printed as translated by staff, not reviewed by a qualified translator: {}",
            staff_translated.len(),
            staff_translated.join(", ")
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The most pixels a PNG page may have: an A4 page at 300 dpi (2481 × 3508),
/// about 35 MB while it is drawn. Memory per request is bounded by pixels,
/// not by the resolution asked for.
pub const MAX_PNG_PIXELS: u64 = 2481 * 3508;

/// What callers tell the user when [`Letter::dutch_added`] is set.
pub const DUTCH_ADDED_NOTICE: &str =
    "this letter is a decision: the binding Dutch text was added after the translation";

impl fmt::Debug for Letter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Letter")
            .field("template", &self.template)
            .field("languages", &self.languages)
            .field("pages", &self.pages())
            .finish()
    }
}

impl Letter {
    /// Review counts of the messages in the resident's language (the first
    /// edition).
    pub fn review(&self) -> ReviewSummary {
        let mut summary = self.messages.summary(&self.languages[0]);
        summary.staff_translated = self.free_text.staff_translated.len();
        summary
    }

    /// Whether `policy` asks for every message in the resident's language
    /// to be reviewed before this letter goes out.
    pub fn review_required(&self, policy: ReviewPolicy) -> bool {
        self.require_review || policy.require_all
    }

    /// Refuses the letter when its template (or `policy`) requires reviewed
    /// translations and messages in the resident's language are not
    /// reviewed, unless `policy` accepts that. A Dutch letter always passes.
    ///
    /// Before that, a letter whose template (or `policy`) refuses Dutch-only
    /// free text in another language is refused as invalid case data, with
    /// the pointer of every such field; accepting unreviewed text does not
    /// lift that.
    pub fn check_review(&self, policy: ReviewPolicy) -> Result<(), RenderError> {
        if (self.refuse_dutch_only || policy.refuse_dutch_only)
            && !self.free_text.dutch_only.is_empty()
        {
            return Err(RenderError::InvalidData {
                template: self.template.clone(),
                errors: self.dutch_only_errors.clone(),
            });
        }
        if !self.review_required(policy) || policy.accept_unreviewed {
            return Ok(());
        }
        let lang = &self.languages[0];
        let messages: Vec<UnreviewedMessage> = self
            .messages
            .in_language(lang)
            .filter(|m| !m.status.is_reviewed())
            .map(|m| UnreviewedMessage {
                key: m.key.to_string(),
                status: m.status,
            })
            .collect();
        if messages.is_empty() {
            return Ok(());
        }
        Err(RenderError::Unreviewed {
            template: self.template.clone(),
            lang: lang.clone(),
            messages,
        })
    }

    /// Number of pages.
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    /// The letter as an archival, tagged PDF (PDF/A-2a and PDF/UA-1).
    pub fn pdf(&self) -> Result<Vec<u8>, RenderError> {
        self.pdf_as(PdfStandard::default())
    }

    /// The letter as a tagged PDF claiming `standard`.
    pub fn pdf_as(&self, standard: PdfStandard) -> Result<Vec<u8>, RenderError> {
        let (y, m, d) = self.date;
        let timestamp = Datetime::from_ymd(y, m, d).map(typst_pdf::Timestamp::new_utc);
        let standards = typst_pdf::PdfStandards::new(standard.typst())
            .map_err(|e| export_error(Format::Pdf, e.message().to_string()))?;
        let options = typst_pdf::PdfOptions {
            ident: Smart::Auto,
            creator: Smart::Custom(Some(format!("eigentaal {}", env!("CARGO_PKG_VERSION")))),
            timestamp,
            page_ranges: None,
            standards,
            // typst claims PDF/A-2a or UA-1 even untagged: always tag.
            tagged: true,
            pretty: false,
        };
        typst_pdf::pdf(&self.document, &options).map_err(|diags| pdf_error(&diags))
    }

    /// One page (1-based) as PNG at `dpi` dots per inch, at most
    /// [`MAX_PNG_PIXELS`] pixels: the pixmap is held in memory whole.
    pub fn png(&self, page: usize, dpi: f32) -> Result<Vec<u8>, RenderError> {
        let page = self.page(page)?;
        let size = page.frame.size();
        let scale = f64::from(dpi) / 72.0;
        let pixels = (size.x.to_pt() * scale).ceil() * (size.y.to_pt() * scale).ceil();
        if !pixels.is_finite() || pixels > MAX_PNG_PIXELS as f64 {
            let area = size.x.to_pt() * size.y.to_pt();
            return Err(RenderError::TooManyPixels {
                dpi,
                max_dpi: (72.0 * (MAX_PNG_PIXELS as f64 / area).sqrt()).floor() as u32,
            });
        }
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(dpi) / 72.0),
            render_bleed: false,
        };
        typst_render::render(page, &options)
            .encode_png()
            .map_err(|e| export_error(Format::Png, e.to_string()))
    }

    /// One page (1-based) as SVG.
    pub fn svg(&self, page: usize) -> Result<Vec<u8>, RenderError> {
        let page = self.page(page)?;
        let options = typst_svg::SvgOptions {
            render_bleed: false,
            pretty: false,
        };
        Ok(typst_svg::svg(page, &options).into_bytes())
    }

    /// The letter in `format`; `page` (1-based) and `dpi` apply to PNG and
    /// SVG, `standard` to PDF.
    pub fn export(&self, format: Format, options: &ExportOptions) -> Result<Vec<u8>, RenderError> {
        let ExportOptions {
            page,
            dpi,
            standard,
        } = *options;
        match format {
            Format::Pdf => self.pdf_as(standard),
            Format::Png => self.png(page, dpi),
            Format::Svg => self.svg(page),
        }
    }

    fn page(&self, page: usize) -> Result<&typst_layout::Page, RenderError> {
        page.checked_sub(1)
            .and_then(|i| self.document.pages().get(i))
            .ok_or(RenderError::NoSuchPage {
                page,
                pages: self.pages(),
            })
    }
}

/// Many letters as one print-ready PDF for a print shop, in the given order.
/// Each letter keeps its own layout and page numbering. The result is plain
/// PDF (untagged, no archival claim): the letters themselves are the archive.
pub fn merged_pdf(
    letters: impl IntoIterator<Item = Letter>,
    title: &str,
) -> Result<Vec<u8>, RenderError> {
    let pages: typst::ecow::EcoVec<typst_layout::Page> = letters
        .into_iter()
        .flat_map(|letter| letter.document.pages().to_vec())
        .collect();
    let info = typst::model::DocumentInfo {
        title: Some(title.into()),
        ..Default::default()
    };
    let document = PagedDocument::new(pages, info);
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(title.to_string()),
        creator: Smart::Custom(Some(format!("eigentaal {}", env!("CARGO_PKG_VERSION")))),
        timestamp: None,
        page_ranges: None,
        standards: typst_pdf::PdfStandards::default(),
        tagged: false,
        pretty: false,
    };
    typst_pdf::pdf(&document, &options).map_err(|diags| pdf_error(&diags))
}

/// typst's PDF export diagnostics as one export error.
fn pdf_error(diags: &[SourceDiagnostic]) -> RenderError {
    let messages: Vec<String> = diags.iter().map(|d| d.message.to_string()).collect();
    export_error(Format::Pdf, messages.join("; "))
}

fn export_error(format: Format, message: String) -> RenderError {
    RenderError::Export { format, message }
}

/// Built once per process (or per loaded template tree) and shared by every
/// render: the typst library with the message functions, fonts, parsed
/// templates, Fluent bundles and branding. `Sync`: render from many threads.
pub struct Engine {
    pub(crate) library: LazyHash<Library>,
    pub(crate) book: LazyHash<FontBook>,
    pub(crate) fonts: Vec<Font>,
    coverage: fonts::Coverage,
    pub(crate) sources: HashMap<FileId, Source>,
    pub(crate) files: HashMap<FileId, Bytes>,
    assets: Assets,
    templates: TemplateSet,
    locales: Arc<Locales>,
    pub(crate) messages: Arc<messages::MessageTable>,
    provenance: provenance::ProvenanceTable,
    branding: Value,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("templates", &self.templates)
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// An engine on the templates, locales and branding embedded in the binary.
    pub fn embedded() -> Result<Self, EngineError> {
        Self::new(Assets::embedded())
    }

    /// An engine on a project tree (embedded or read from disk).
    pub fn new(assets: Assets) -> Result<Self, EngineError> {
        // Letter after letter uses the same fonts: compress each font subset
        // once while it stays in typst's cache, not once per PDF (the bytes
        // are the same; vendor/krilla/PATCHED.md).
        krilla::stream::memoize_binary_streams(true);
        let templates = TemplateSet::load(&assets)?;
        let locales = Arc::new(Locales::load(&assets)?);

        let messages = Arc::new(messages::MessageTable::new(&locales).map_err(|message| {
            EngineError::Source {
                path: "locales".into(),
                message,
            }
        })?);
        let mut library = Library::builder().build();
        native::define(
            &mut library,
            locales.clone(),
            templates.branding.office.clone(),
            messages.clone(),
        );

        let (fonts, book) = fonts::load();
        let coverage = fonts::Coverage::new(&fonts);
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        for prefix in ["templates/", "branding/"] {
            for (path, bytes) in assets.under(prefix) {
                let id = file_id(path).map_err(|message| EngineError::Source {
                    path: assets.display_path(path),
                    message,
                })?;
                if path.ends_with(".typ") {
                    let text =
                        String::from_utf8(bytes.to_vec()).map_err(|_| EngineError::Source {
                            path: assets.display_path(path),
                            message: "not valid UTF-8".into(),
                        })?;
                    sources.insert(id, Source::new(id, text));
                } else {
                    files.insert(id, Bytes::new(bytes.to_vec()));
                }
            }
        }
        let provenance = provenance::ProvenanceTable::new(
            &assets,
            templates.iter().map(|t| t.name.as_str()),
            locales.languages(),
        );
        let branding = serde_json::to_value(&templates.branding)
            .expect("branding is plain strings and always serialises");

        Ok(Self {
            library: LazyHash::new(library),
            book: LazyHash::new(book),
            fonts,
            coverage,
            sources,
            files,
            assets,
            templates,
            locales,
            messages,
            provenance,
            branding,
        })
    }

    /// The templates this engine renders.
    pub fn templates(&self) -> &TemplateSet {
        &self.templates
    }

    /// The characters of `text` none of the embedded fonts can draw: they
    /// would print as empty boxes. `check` runs every translation by it.
    pub fn glyphless(&self, text: &str) -> Vec<char> {
        self.coverage.glyphless(text)
    }

    /// The loaded languages.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The project tree the engine was built from.
    pub fn assets(&self) -> &Assets {
        &self.assets
    }

    /// Languages a template is offered in: those with a Fluent file for it.
    pub fn languages_of(&self, template: &Template) -> Vec<&str> {
        self.locales
            .languages()
            .filter(|lang| {
                self.locales
                    .get(lang)
                    .is_some_and(|l| l.has_file(&template.name))
            })
            .collect()
    }

    /// Validates, lays out and returns one letter. Errors in the case data
    /// come worded for staff too ([`Engine::describe`]).
    pub fn render(&self, request: &RenderRequest<'_>) -> Result<Letter, RenderError> {
        self.render_letter(request).map_err(|e| match e {
            RenderError::InvalidData {
                template,
                mut errors,
            } => {
                self.describe(&mut errors);
                RenderError::InvalidData { template, errors }
            }
            other => other,
        })
    }

    /// Words errors in the case data in Dutch for staff: each error's
    /// `text` is the staff message `error-<code>` (`locales/nl/staff.ftl`)
    /// with the error's parameters. Where that message is missing or fails
    /// (`check` reports both), the English message stands in.
    pub fn describe(&self, errors: &mut [FieldError]) {
        for error in errors.iter_mut().filter(|e| e.text.is_empty()) {
            let mut args = FluentArgs::new();
            for (name, value) in &error.params {
                match value {
                    Param::Number(n) => args.set(*name, n.as_f64().unwrap_or_default()),
                    Param::Text(t) => args.set(*name, t.as_str()),
                }
            }
            match self
                .locales
                .message(REFERENCE, &error.text_id(), Some(&args))
            {
                Ok(text) => error.text = text.text,
                Err(e) => {
                    tracing::warn!(error = %e, code = %error.code, "no Dutch wording for an error code");
                    error.text = error.message.clone();
                }
            }
        }
    }

    /// The Dutch label of every choice in `template`'s schema that has a
    /// message prefix, by message id (`partner-coa` → `COA`): what the staff
    /// page shows in its dropdowns. A code without a usable message is left
    /// out (`check` reports it).
    pub fn choice_labels(&self, template: &Template) -> BTreeMap<String, String> {
        template
            .choices()
            .iter()
            .flat_map(|choice| choice.message_ids().map(|(_, id)| id).collect::<Vec<_>>())
            .filter_map(|id| Some((id.clone(), self.locales.label(&id).ok()?)))
            .collect()
    }

    fn render_letter(&self, request: &RenderRequest<'_>) -> Result<Letter, RenderError> {
        let template = self.templates.get(request.template)?;
        let (editions, dutch_added) = self
            .negotiate_editions(template, request.lang, request.with)
            .map_err(RenderError::Language)?;
        let languages: Vec<String> = editions.iter().map(|e| e.lang.clone()).collect();

        template
            .validate(request.data)
            .map_err(|errors| RenderError::InvalidData {
                template: template.name.clone(),
                errors,
            })?;
        let unprintable = self.coverage.unprintable(request.data);
        if !unprintable.is_empty() {
            return Err(RenderError::InvalidData {
                template: template.name.clone(),
                errors: unprintable,
            });
        }
        let offered = self.languages_of(template);
        let free_text =
            free_text::report(&template.free_text, request.data, &languages[0], &offered).map_err(
                |errors| RenderError::InvalidData {
                    template: template.name.clone(),
                    errors,
                },
            )?;
        let mut dutch_only_errors =
            free_text::dutch_only_errors(&free_text.dutch_only, &languages[0]);
        self.describe(&mut dutch_only_errors);
        let date = letter_date(request.data).ok_or_else(|| RenderError::InvalidData {
            template: template.name.clone(),
            errors: vec![FieldError::new(
                "/letter_date",
                ErrorCode::Date,
                "every letter needs a letter_date as YYYY-MM-DD",
            )],
        })?;

        let sections: Vec<JobSection> = editions
            .iter()
            .map(|edition| {
                let lang = &edition.lang;
                let meta = self.locales.get(lang).map(|l| &l.meta);
                let (language, region) = text_lang(edition);
                JobSection {
                    lang,
                    language,
                    region,
                    dir: meta.map(|m| m.direction).unwrap_or_default(),
                    name: meta.map(|m| m.name.as_str()).unwrap_or(lang),
                }
            })
            .collect();
        // The PDF title is plain text, so it is resolved here rather than
        // through a context expression in the template.
        let subject_key = crate::l10n::subject_key(&template.name);
        let title = self
            .locales
            .message_in(
                &editions[0].lang,
                editions[0].region.as_deref(),
                &subject_key,
                None,
            )
            .map_err(RenderError::Language)?
            .text;
        // The QR code to the translated version is data too: an SVG made
        // here from the URL, which the template shows as an image.
        let reference = request.data["reference"].as_str().unwrap_or_default();
        let translation_url = self
            .templates
            .branding
            .translation_url(&template.name, reference);
        let qr = translation_url.as_deref().and_then(qr_svg);
        let job = Job {
            template: &template.name,
            translation_url: translation_url.as_deref(),
            qr: qr.as_ref().map(|_| world::QR_PATH),
            title: &title,
            subject_key: &subject_key,
            sections,
            reference_lang: REFERENCE,
            bilingual: languages.len() > 1,
            decision: template.manifest.decision,
            branding: &self.branding,
            logo: format!("/branding/{}", self.templates.branding.logo),
        };
        let main = file_id(&template.main_path()).map_err(|message| RenderError::Compile {
            template: template.name.clone(),
            lang: languages[0].clone(),
            diagnostics: vec![Diagnostic::plain(message)],
        })?;
        let world = LetterWorld {
            engine: self,
            main,
            case: Bytes::new(serde_json::to_vec(request.data).unwrap_or_default()),
            job: Bytes::new(serde_json::to_vec(&job).unwrap_or_default()),
            qr: qr.map(Bytes::new),
            today: Datetime::from_ymd(date.0, date.1, date.2)
                .expect("letter_date was checked to be a calendar date"),
            used: self.messages.new_set(),
        };
        // The title is resolved here, not by `t()`.
        if let Some(i) = self.messages.index(&languages[0], &subject_key) {
            world.used.insert(i);
        }

        let warned = typst::compile::<PagedDocument>(&world);
        evict_now_and_then();
        let warnings = self.diagnostics(&world, &warned.warnings);
        let mut document = warned.output.map_err(|errors| {
            let invalid = case_data_errors(&errors);
            if invalid.is_empty() {
                RenderError::Compile {
                    template: template.name.clone(),
                    lang: languages[0].clone(),
                    diagnostics: self.diagnostics(&world, &errors),
                }
            } else {
                RenderError::InvalidData {
                    template: template.name.clone(),
                    errors: invalid,
                }
            }
        })?;

        let provenance = self.provenance.of(&template.name, &languages);
        document.info_mut().keywords = provenance.keywords().into_iter().map(Into::into).collect();

        let mut fallbacks = Vec::new();
        for lang in &languages {
            for key in self
                .locales
                .missing_keys(lang, &[crate::l10n::COMMON, &template.name])
            {
                fallbacks.push(format!("{lang}: {key}"));
            }
        }

        Ok(Letter {
            document,
            template: template.name.clone(),
            tags: editions.iter().map(Negotiated::tag).collect(),
            languages,
            date,
            fallbacks,
            warnings,
            dutch_added,
            messages: UsedMessages::new(self.messages.clone(), &world.used),
            require_review: template.manifest.require_review,
            title,
            provenance,
            dutch_only_errors,
            free_text,
            refuse_dutch_only: template.manifest.refuse_dutch_only,
        })
    }

    /// The editions of a letter: the resident's language and the `with`
    /// language (when different), negotiated against the languages
    /// `template` is offered in, and for a decision the binding Dutch when
    /// neither is Dutch (then `true`: callers tell the user). Aliases resolve
    /// (`prs` → `fa-AF`) and a requested region stays for dates and numbers
    /// (`ar-SY`). The render and the batch's file names both ask here.
    pub fn negotiate_editions(
        &self,
        template: &Template,
        lang: &str,
        with: Option<&str>,
    ) -> Result<(Vec<Negotiated>, bool), L10nError> {
        let offered = self.languages_of(template);
        let context = format!(" for template `{}`", template.name);
        let mut editions = vec![self.locales.negotiate(lang, &offered, &context)?];
        if let Some(with) = with {
            let with = self.locales.negotiate(with, &offered, &context)?;
            if !editions.iter().any(|e| e.lang == with.lang) {
                editions.push(with);
            }
        }
        // A decision is never sent without its binding Dutch text, whichever
        // path asked for it (CLI, HTTP, batch, staff page).
        let dutch_added =
            template.manifest.decision && !editions.iter().any(|e| e.lang == REFERENCE);
        if dutch_added {
            editions.push(Negotiated::plain(REFERENCE));
        }
        Ok((editions, dutch_added))
    }

    fn diagnostics(&self, world: &LetterWorld<'_>, diags: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        diags
            .iter()
            .map(|d| diagnostics::convert(world, &self.assets, d))
            .collect()
    }
}

/// A QR code for `url` as SVG: black modules on white with a quiet zone,
/// medium error correction (survives a fold or smudge on paper).
/// `None` when the URL is longer than a QR code holds (about 2 kB); the
/// letter then prints the URL alone.
fn qr_svg(url: &str) -> Option<Vec<u8>> {
    use qrcode::render::svg;
    let code =
        qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .quiet_zone(true)
            .module_dimensions(4, 4)
            .build()
            .into_bytes(),
    )
}

/// What eigentaal prepared for one letter, read by the templates as
/// `/job.json` (`job` in templates/shared/data.typ). Not case data: the case
/// is `/case.json`, as the caller sent it.
#[derive(Serialize)]
struct Job<'a> {
    template: &'a str,
    /// Where the resident reads the letter in other languages (QR code).
    translation_url: Option<&'a str>,
    /// The virtual path of the QR code's SVG, when there is one.
    qr: Option<&'static str>,
    /// The PDF title: the subject in the first edition's language.
    title: &'a str,
    /// The message each edition's heading shows: the subject.
    subject_key: &'a str,
    /// The editions, in order: the resident's language, then the second.
    sections: Vec<JobSection<'a>>,
    /// The language of the binding text (Dutch): not the case's
    /// `reference`, which is the case number.
    reference_lang: &'static str,
    bilingual: bool,
    /// The letter is a decision (Awb): a translation carries the Dutch text.
    decision: bool,
    branding: &'a Value,
    logo: String,
}

/// One edition of a letter.
#[derive(Serialize)]
struct JobSection<'a> {
    /// The locale folder, e.g. `fa-AF`.
    lang: &'a str,
    /// What typst's `text` takes: a two- or three-letter language and a
    /// region (`fa` + `AF` for `fa-AF`, `ar` + `SY` for Arabic asked for as
    /// `ar-SY`). The native functions map them back to the folder, and typst
    /// writes them as the PDF's /Lang.
    language: String,
    region: Option<String>,
    dir: crate::l10n::Direction,
    /// The language's own name.
    name: &'a str,
}

/// Checks a template makes across fields of the case data, which a JSON Schema
/// cannot express, call `case-error(pointer, message, code: ..)`: the render
/// fails as invalid case data at that pointer (HTTP 422), not as a template
/// fault. [`case_error_message`] writes the diagnostic and this reads it
/// back: the one format lives in these two functions. The code (letters,
/// digits and `-` only, checked by `case-error`) comes first, in brackets,
/// so a pointer may hold any character.
const CASE_ERROR_PREFIX: &str = "invalid case data [";

fn case_error_message(code: &str, pointer: &str, message: &str) -> String {
    format!("{CASE_ERROR_PREFIX}{code}] at {pointer}: {message}")
}

fn case_data_errors(errors: &[SourceDiagnostic]) -> Vec<FieldError> {
    errors
        .iter()
        .filter_map(|d| {
            let rest = d.message.strip_prefix(CASE_ERROR_PREFIX)?;
            let (code, rest) = rest.split_once("] at ")?;
            let (pointer, message) = rest.split_once(": ")?;
            Some(FieldError::with_code(pointer, code, message))
        })
        .collect()
}

/// typst's `text.lang` and `text.region` for an edition: the folder's
/// language subtag, and its region or the one the request kept. typst takes
/// only two- or three-letter languages and two-letter regions.
fn text_lang(edition: &Negotiated) -> (String, Option<String>) {
    let mut parts = edition.lang.split('-');
    let language = parts.next().unwrap_or_default().to_string();
    let own_region = parts.find(|p| p.len() == 2).map(str::to_ascii_uppercase);
    (language, own_region.or_else(|| edition.region.clone()))
}

/// `letter_date` of the case data as (year, month, day), if it is a real date.
fn letter_date(data: &Value) -> Option<(i32, u8, u8)> {
    let iso = data.get("letter_date")?.as_str()?;
    crate::l10n::parse_date(iso)?;
    split_date(iso)
}

/// The interned typst file id of a project path such as `templates/x/letter.typ`.
fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(format!("/{path}"))
        .map_err(|e| format!("not a valid path inside the project: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}
