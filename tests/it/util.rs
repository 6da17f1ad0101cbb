//! Shared helpers: one engine for all tests, PDF read-back through poppler.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use eigentaal::render::{Engine, Letter, RenderRequest};
use serde_json::Value;

/// The engine on the embedded templates, built once per test binary.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::embedded().expect("embedded templates load"))
}

/// A template's example case data.
pub fn example(template: &str) -> Value {
    engine().templates().get(template).unwrap().example.clone()
}

/// Renders or panics with the full error (diagnostics included).
pub fn render(template: &str, lang: &str, with: Option<&str>, data: &Value) -> Letter {
    engine()
        .render(&RenderRequest {
            template,
            lang,
            with,
            data,
        })
        .unwrap_or_else(|e| panic!("{template}/{lang}: {e}"))
}

/// The (pointer, message) of every field of `data` a render of `template`
/// in `lang` refuses as invalid case data; panics on any other outcome.
pub fn invalid_fields(template: &str, lang: &str, data: &Value) -> Vec<(String, String)> {
    match engine().render(&RenderRequest {
        template,
        lang,
        with: None,
        data,
    }) {
        Err(eigentaal::render::RenderError::InvalidData { errors, .. }) => {
            errors.into_iter().map(|e| (e.pointer, e.message)).collect()
        }
        other => panic!("{template}/{lang}: expected invalid case data, got {other:?}"),
    }
}

/// The message of a render that must fail (no second edition).
pub fn render_error(engine: &Engine, template: &str, lang: &str, data: &Value) -> String {
    match engine.render(&RenderRequest {
        template,
        lang,
        with: None,
        data,
    }) {
        Ok(_) => panic!("{template}/{lang} rendered but should have failed"),
        Err(e) => e.to_string(),
    }
}

fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut command = Command::new(tool);
    command.args(args).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    String::from_utf8(run_tool(&mut command, "install poppler-utils")).unwrap()
}

/// Runs an external tool the tests read letters with and returns its
/// standard output; panics with `hint` when it is missing or fails.
pub fn run_tool(command: &mut Command, hint: &str) -> Vec<u8> {
    let tool = command.get_program().to_string_lossy().into_owned();
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} not found ({e}); {hint}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The PDF's text layer, with Unicode bidi isolation marks removed so
/// assertions compare the words a resident would copy.
pub fn pdf_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-enc", "UTF-8"], pdf)
        .chars()
        .filter(|c| !is_mark(*c))
        .collect()
}

/// Invisible direction marks: Fluent's isolates and those pdftotext adds.
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}' | '\u{200e}' | '\u{200f}')
}

/// Text with marks, Arabic vowel signs, zero-width joiners and non-joiners
/// and all whitespace removed. pdftotext moves spaces around at direction
/// changes in right-to-left lines, splits vowel signs (tanween, the hamza of
/// Persian «ـهٔ») from their letters and moves Persian's zero-width
/// non-joiner (می‌شود) by a letter, so phrases are compared without them.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !is_mark(*c)
                && !c.is_whitespace()
                && !('\u{064b}'..='\u{065f}').contains(c)
                && !matches!(c, '\u{200c}' | '\u{200d}')
        })
        .collect()
}

/// Whether `needle` occurs in `haystack`, ignoring whitespace and direction marks.
pub fn contains_squashed(haystack: &str, needle: &str) -> bool {
    squash(haystack).contains(&squash(needle))
}

/// `pdffonts` rows: (font name, embedded?).
pub fn pdf_fonts(pdf: &[u8]) -> Vec<(String, bool)> {
    poppler("pdffonts", &[], pdf)
        .lines()
        .skip(2)
        .map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // name type [encoding...] emb sub uni object ID
            let emb = cols.len() >= 5 && cols[cols.len() - 5] == "yes";
            (cols[0].to_string(), emb)
        })
        .collect()
}

/// `pdfinfo` as key → value.
pub fn pdf_info(pdf: &[u8]) -> std::collections::BTreeMap<String, String> {
    poppler("pdfinfo", &[], pdf)
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Runs the real binary with `args`, feeding `stdin`; returns (status, stdout, stderr).
pub fn eigentaal(args: &[&str], stdin: &[u8], cwd: &std::path::Path) -> (i32, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether a language is written right to left (its `locale.toml`).
pub fn is_rtl(lang: &str) -> bool {
    engine()
        .locales()
        .get(lang)
        .is_some_and(|l| l.meta.direction == eigentaal::l10n::Direction::Rtl)
}

/// True when `text` has a character in the given Unicode block.
pub fn has_script(text: &str, range: std::ops::RangeInclusive<char>) -> bool {
    text.chars().any(|c| range.contains(&c))
}

pub const ARABIC: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';
pub const ETHIOPIC: std::ops::RangeInclusive<char> = '\u{1200}'..='\u{137F}';
pub const CYRILLIC: std::ops::RangeInclusive<char> = '\u{0400}'..='\u{04FF}';
