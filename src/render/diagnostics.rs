//! typst diagnostics kept all the way out: `file:line:col: message` for the
//! CLI and the linter, and a serialisable form for HTTP error bodies.

use std::fmt;

use serde::Serialize;
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::syntax::DiagSpan;

use crate::assets::Assets;

use super::world::LetterWorld;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a template, located in the file the maintainer edits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user knows it (disk path, or path marked embedded).
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hints: Vec<String>,
    /// Where the problem was reached from, innermost first, e.g. the
    /// template line that called a shared helper: `file:line:col: in this call`.
    pub trace: Vec<String>,
}

impl Diagnostic {
    /// An error without a location.
    pub fn plain(message: String) -> Self {
        Self {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            message,
            hints: Vec::new(),
            trace: Vec::new(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}")?;
            if let (Some(line), Some(col)) = (self.line, self.column) {
                write!(f, ":{line}:{col}")?;
            }
            write!(f, ": ")?;
        }
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}: {}", self.message)?;
        for hint in &self.hints {
            write!(f, "\n    hint: {hint}")?;
        }
        for point in &self.trace {
            write!(f, "\n    {point}")?;
        }
        Ok(())
    }
}

pub(super) fn convert(
    world: &LetterWorld<'_>,
    assets: &Assets,
    diag: &SourceDiagnostic,
) -> Diagnostic {
    let severity = match diag.severity {
        TypstSeverity::Error => Severity::Error,
        TypstSeverity::Warning => Severity::Warning,
    };
    let mut out = Diagnostic {
        severity,
        file: None,
        line: None,
        column: None,
        message: diag.message.to_string(),
        hints: diag.hints.iter().map(|h| h.v.to_string()).collect(),
        trace: Vec::new(),
    };
    if let Some((file, line, column)) = locate(world, assets, diag.span) {
        out.file = Some(file);
        out.line = line;
        out.column = column;
    }
    out.trace = diag
        .trace
        .iter()
        .map(|point| match locate(world, assets, point.span.into()) {
            Some((file, Some(line), Some(col))) => format!("{file}:{line}:{col}: {}", point.v),
            Some((file, _, _)) => format!("{file}: {}", point.v),
            None => point.v.to_string(),
        })
        .collect();
    out
}

/// The user-facing file and 1-based line and column of a span.
fn locate(
    world: &LetterWorld<'_>,
    assets: &Assets,
    span: DiagSpan,
) -> Option<(String, Option<usize>, Option<usize>)> {
    let id = span.id()?;
    let file = assets.display_path(id.get().vpath().get_without_slash());
    let position = world
        .range(span)
        .zip(world.source(id).ok())
        .and_then(|(range, source)| source.lines().byte_to_line_column(range.start));
    Some(match position {
        Some((line, col)) => (file, Some(line + 1), Some(col + 1)),
        None => (file, None, None),
    })
}
