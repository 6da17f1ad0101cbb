//! The linter for template and translation maintainers: Fluent syntax,
//! missing, stray, unused and undefined keys, variables a translation uses
//! that Dutch never passes, plural selectors missing CLDR categories,
//! locale metadata, example data against its schema, and every template
//! compiled in every language it is offered in; the staff page's Dutch texts
//! (`staff.ftl`: choice labels, error wording) against the schemas and the
//! templates' `case-error` codes. Also the completeness report.

mod fluent;
mod report;
mod staff;
mod typst_keys;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::assets::Assets;
use crate::l10n::{Completeness, LanguageSummary, LocaleMeta, MessageStatus, REFERENCE, review};
use crate::render::{Engine, EngineError, RenderError, RenderRequest};
pub use report::{
    completeness_json, completeness_markdown, completeness_text, languages_markdown, languages_text,
};

/// How bad a finding is: errors always fail the check, warnings with `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// One problem, located in the file the maintainer edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub level: Level,
    /// Short stable code, e.g. `missing-translation`.
    pub code: &'static str,
    /// Path relative to the checked folder, e.g. `locales/ar/afspraken.ftl`.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        write!(f, ": {level}[{}]: {}", self.code, self.message)
    }
}

/// Everything the check found, plus the completeness of each language.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub completeness: Vec<Completeness>,
    /// Every language that loaded, with its plural categories.
    pub languages: Vec<LanguageSummary>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.level == Level::Warning)
            .count()
    }

    /// Whether the check passes: no errors, and no warnings when strict.
    pub fn passes(&self, strict: bool) -> bool {
        self.errors() == 0 && (!strict || self.warnings() == 0)
    }
}

/// Collects findings for one run.
#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn push(
        &mut self,
        level: Level,
        code: &'static str,
        file: &str,
        at: Option<(usize, usize)>,
        message: String,
    ) {
        self.0.push(Finding {
            level,
            code,
            file: file.to_string(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            message,
        });
    }
}

/// Checks the project tree below `root` (`templates/`, `locales/`, `branding/`).
pub fn check(root: &Path) -> Result<Report, crate::assets::AssetsError> {
    let assets = Assets::from_dir(root)?;
    Ok(check_assets(&assets))
}

/// Checks a project tree already in memory.
pub fn check_assets(assets: &Assets) -> Report {
    let assets = &assets.clone().named_in_project();
    let mut out = Findings::default();
    let ftl = fluent::load_all(assets, &mut out);
    check_metadata(assets, &mut out);
    check_review_files(assets, &mut out);

    let templates: Vec<String> = assets
        .subdirs("templates")
        .into_iter()
        .filter(|t| {
            assets
                .get(&format!("templates/{t}/template.toml"))
                .is_some()
        })
        .collect();
    let usage = typst_keys::scan(assets);
    let mut engine_keys = used_by_engine(&templates);
    engine_keys.extend(staff::used_outside_letters(assets, &templates, &usage));
    fluent::check_keys(&ftl, &templates, &usage, &engine_keys, &mut out);
    staff::check_file(&ftl, &usage, &mut out);
    fluent::check_variables_and_plurals(&ftl, &usage, &mut out);
    for (file, line, col, key) in &usage.undefined(&ftl) {
        out.push(
            Level::Error,
            "undefined-key",
            file,
            Some((*line, *col)),
            format!("message `{key}` is used here but not defined in locales/{REFERENCE}/"),
        );
    }
    for name in &templates {
        let key = crate::l10n::subject_key(name);
        let defined = ftl
            .get(REFERENCE)
            .is_some_and(|files| files.values().any(|f| f.messages.contains_key(&key)));
        if ftl.contains_key(REFERENCE) && !defined {
            out.push(
                Level::Error,
                "undefined-key",
                &format!("templates/{name}/template.toml"),
                None,
                format!(
                    "the subject `{key}` is not defined in locales/{REFERENCE}/: every letter's heading and PDF title"
                ),
            );
        }
    }

    let (completeness, languages) = check_templates(assets, &templates, &mut out);
    let mut findings = out.0;
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
    });
    findings.dedup();
    Report {
        findings,
        completeness,
        languages,
    }
}

/// Every `locale.toml` parses and holds ([`LocaleMeta::parse`]), and no
/// alias belongs to two languages or is a language of its own.
fn check_metadata(assets: &Assets, out: &mut Findings) {
    let mut metas = Vec::new();
    for lang in assets.subdirs("locales") {
        let path = format!("locales/{lang}/locale.toml");
        let Some(text) = assets.text(&path) else {
            out.push(
                Level::Error,
                "locale-meta",
                &path,
                None,
                "missing: every language needs locale.toml saying who produced the translation and whether a qualified translator reviewed it".into(),
            );
            continue;
        };
        match LocaleMeta::parse(&lang, text) {
            Err(e) => out.push(Level::Error, "locale-meta", &path, e.at, e.message),
            Ok(meta) => metas.push((lang, meta)),
        }
    }
    if let Err(problems) = crate::l10n::aliases(metas.iter().map(|(l, m)| (l.as_str(), m))) {
        for (lang, message) in problems {
            let path = format!("locales/{lang}/locale.toml");
            out.push(Level::Error, "locale-meta", &path, None, message);
        }
    }
}

/// Every `locales/<lang>/reviews.toml` must parse, with complete records.
fn check_review_files(assets: &Assets, out: &mut Findings) {
    for lang in assets.subdirs("locales") {
        let path = format!("locales/{lang}/{}", review::REVIEWS_FILE);
        let Some(bytes) = assets.get(&path) else {
            continue;
        };
        if lang == REFERENCE {
            out.push(
                Level::Error,
                "review-record",
                &path,
                None,
                "Dutch is the reference text; it has no review records (remove the file)".into(),
            );
            continue;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            out.push(
                Level::Error,
                "review-record",
                &path,
                None,
                "not valid UTF-8".into(),
            );
            continue;
        };
        if let Err(e) = review::parse_reviews(text) {
            out.push(Level::Error, "review-record", &path, e.at, e.message);
        }
    }
}

/// Review records that no longer hold: the Dutch message or the
/// translation changed since the review (reported at the translation, the
/// line a translator opens), or the message is gone.
fn check_stale_reviews(engine: &Engine, out: &mut Findings) {
    let locales = engine.locales();
    for lang in locales.languages().filter(|l| *l != REFERENCE) {
        let Some(locale) = locales.get(lang) else {
            continue;
        };
        let file = format!("locales/{lang}/{}", review::REVIEWS_FILE);
        for (key, record) in &locale.reviews.records {
            let line = locale.reviews.lines.get(key).copied();
            let record_at = format!("{file}:{}", line.unwrap_or(1));
            let by = format!("{} on {}", record.reviewer, record.date);
            let r = locales.review(lang, key);
            if !locales.reference().sources.contains_key(key) {
                out.push(
                    Level::Warning,
                    "stale-review",
                    &file,
                    line.map(|l| (l, 1)),
                    format!("review record for `{key}` ({by}), a message Dutch no longer has: remove the record"),
                );
                continue;
            }
            let Some(translation) = locale.sources.get(key) else {
                out.push(
                    Level::Warning,
                    "stale-review",
                    &file,
                    line.map(|l| (l, 1)),
                    format!("review record for `{key}` ({by}), a message `{lang}` no longer translates: translate it again and have it reviewed"),
                );
                continue;
            };
            if r.status != MessageStatus::Stale {
                continue;
            }
            let what = match (r.source_changed, r.translation_changed) {
                (true, true) => "the Dutch text and the translation changed",
                (true, false) => "the Dutch text changed",
                _ => "the translation changed",
            };
            out.push(
                Level::Warning,
                "stale-review",
                &format!("locales/{lang}/{}.ftl", translation.stem),
                Some((translation.line, 1)),
                format!("the review of `{key}` ({by}, {record_at}) is stale: {what} since; check the translation against the Dutch and approve it again (eigentaal review --lang {lang})"),
            );
        }
    }
}

/// Every message's text against the embedded fonts: a character none of
/// them has would print as an empty box (tofu) in every letter using it.
fn check_glyphs(engine: &Engine, out: &mut Findings) {
    let locales = engine.locales();
    for lang in locales.languages() {
        let Some(locale) = locales.get(lang) else {
            continue;
        };
        for (key, source) in &locale.sources {
            let missing = engine.glyphless(&source.text);
            if missing.is_empty() {
                continue;
            }
            let chars: Vec<String> = missing
                .iter()
                .map(|c| format!("`{c}` (U+{:04X})", u32::from(*c)))
                .collect();
            out.push(
                Level::Error,
                "no-glyph",
                &format!("locales/{lang}/{}.ftl", source.stem),
                Some((source.line, 1)),
                format!(
                    "message `{key}` has characters none of the embedded fonts can print: {}; add a font that has them (fonts/, src/render/fonts.rs)",
                    chars.join(", ")
                ),
            );
        }
    }
}

/// Loads the engine, validates each example and compiles every template in
/// every language it is offered in.
fn check_templates(
    assets: &Assets,
    templates: &[String],
    out: &mut Findings,
) -> (Vec<Completeness>, Vec<LanguageSummary>) {
    let engine = match Engine::new(assets.clone()) {
        Ok(engine) => engine,
        Err(EngineError::Locales(_)) => return (Vec::new(), Vec::new()), // already reported per file
        Err(e) => {
            out.push(Level::Error, "template", "templates", None, e.to_string());
            return (Vec::new(), Vec::new());
        }
    };
    check_stale_reviews(&engine, out);
    check_glyphs(&engine, out);
    for name in templates {
        let Ok(template) = engine.templates().get(name) else {
            continue;
        };
        staff::check_choices(engine.locales(), template, out);
        let example_path = format!("templates/{name}/example.json");
        if let Err(errors) = template.validate(&template.example) {
            for e in errors {
                out.push(
                    Level::Error,
                    "invalid-example",
                    &example_path,
                    None,
                    format!("does not match schema.json: {e}"),
                );
            }
            continue;
        }
        // The same template fault usually fails in every language: report it once.
        let mut diagnostics: BTreeMap<(Level, crate::render::Diagnostic), Vec<&str>> =
            BTreeMap::new();
        for lang in engine.languages_of(template) {
            let result = engine.render(&RenderRequest {
                template: name,
                lang,
                with: None,
                data: &template.example,
            });
            let (level, found) = match result {
                Ok(letter) => (Level::Warning, letter.warnings),
                Err(RenderError::Compile { diagnostics, .. }) => (Level::Error, diagnostics),
                Err(e) => {
                    out.push(
                        Level::Error,
                        "compile",
                        &format!("templates/{name}/letter.typ"),
                        None,
                        format!("in `{lang}`: {e}"),
                    );
                    continue;
                }
            };
            for d in found {
                diagnostics.entry((level, d)).or_default().push(lang);
            }
        }
        for ((level, d), langs) in diagnostics {
            push_diagnostic(out, level, &langs, &d);
        }
    }
    let names: Vec<&str> = templates.iter().map(String::as_str).collect();
    (
        engine.locales().completeness(&names),
        engine.locales().summaries(),
    )
}

fn push_diagnostic(
    out: &mut Findings,
    level: Level,
    langs: &[&str],
    d: &crate::render::Diagnostic,
) {
    let file = d.file.as_deref().unwrap_or("templates");
    let langs: Vec<String> = langs.iter().map(|l| format!("`{l}`")).collect();
    let mut message = format!("in {}: {}", langs.join(", "), d.message);
    for point in &d.trace {
        message.push_str(&format!("\n    {point}"));
    }
    let at = d.line.zip(d.column);
    out.push(level, "compile", file, at, message);
}

/// Keys the project defines per language and file, with their source text.
pub(crate) type FtlTree = BTreeMap<String, BTreeMap<String, fluent::FtlFile>>;

/// Message ids used by templates: exact keys and dynamic prefixes.
#[derive(Debug, Default)]
pub(crate) struct Usage {
    exact: BTreeSet<String>,
    prefixes: BTreeSet<String>,
    /// Literal first arguments of `t`, `tr`, `tr-you` and `t-key` with their place.
    calls: Vec<(String, usize, usize, String)>,
    /// Keys (exact, and prefixes ending in `-`) of messages that address the
    /// resident: called with `tr-you` or with a `form:` argument, so they
    /// receive `$form` (mr, ms, neutral) for languages with grammatical gender.
    addressed: BTreeSet<String>,
    /// Literal error codes (`code: "income-over-norm"`) with their place.
    error_codes: Vec<(String, usize, usize, String)>,
    /// `case-error` calls without `code:`, by place.
    uncoded_case_errors: Vec<(String, usize, usize)>,
}

impl Usage {
    fn uses(&self, key: &str) -> bool {
        self.exact.contains(key) || self.prefixes.iter().any(|p| key.starts_with(p.as_str()))
    }

    /// Whether a template passes the resident's form of address to `key`.
    fn addresses(&self, key: &str) -> bool {
        self.addressed
            .iter()
            .any(|a| a == key || (a.ends_with('-') && key.starts_with(a.as_str())))
    }

    fn undefined(&self, ftl: &FtlTree) -> Vec<(String, usize, usize, String)> {
        let reference: BTreeSet<&str> = ftl
            .get(REFERENCE)
            .into_iter()
            .flat_map(|files| files.values())
            .flat_map(|f| f.messages.keys().map(String::as_str))
            .collect();
        if reference.is_empty() {
            return Vec::new();
        }
        self.calls
            .iter()
            .filter(|(_, _, _, key)| !reference.contains(key.as_str()))
            .cloned()
            .collect()
    }
}

/// Keys Rust itself asks for in letters: the amount pattern and each
/// template's subject (PDF title).
fn used_by_engine(templates: &[String]) -> BTreeSet<String> {
    let mut keys = BTreeSet::from([crate::l10n::MONEY.to_string()]);
    keys.extend(templates.iter().map(|t| crate::l10n::subject_key(t)));
    keys
}

/// `docs/translations.md`: the languages with their plural categories, then
/// completeness per language and template, with a line that says how many
/// languages a qualified translator reviewed (never more than is true).
pub fn report_markdown(report: &Report) -> String {
    use crate::l10n::TranslationStatus as S;
    let count = |status| {
        report
            .languages
            .iter()
            .filter(|l| l.status == status)
            .count()
    };
    let (drafts, reviewed) = (count(S::MachineDraft), count(S::Reviewed));
    let state = if reviewed == 0 {
        format!(
            "All {drafts} translations are machine drafts: none has been reviewed by a qualified translator as a whole (per-message reviews are counted below)."
        )
    } else {
        format!(
            "{reviewed} of the {} translations are reviewed by a qualified translator as a whole; {drafts} are machine drafts.",
            drafts + reviewed
        )
    };
    format!(
        "# Translation status\n\nGenerated by `eigentaal check --report md`. Dutch is the reference text. {state}\n\n\
## Languages\n\nHow each language is named, written and formatted, the other tags that reach it, and the CLDR plural categories its plural variants need (from ICU4X; `eigentaal check` warns about a selector that lacks one).\n\n{}\n\
## Per template\n\n{}",
        languages_markdown(&report.languages),
        completeness_markdown(&report.completeness)
    )
}

/// For the JSON output of the whole report.
pub fn report_json(report: &Report) -> Value {
    serde_json::json!({
        "errors": report.errors(),
        "warnings": report.warnings(),
        "findings": report.findings,
        "completeness": completeness_json(&report.completeness),
        "languages": report.languages,
    })
}
