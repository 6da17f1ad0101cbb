//! typst diagnostics kept all the way out: `file:line:col: message` for the
//! CLI and the linter, and a serialisable form for HTTP error bodies.

use std::fmt;

use serde::Serialize;
use typst::World;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};

use crate::assets::Assets;

use super::world::LetterWorld;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a template, located in the file the maintainer edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user knows it (disk path, or path marked embedded).
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hints: Vec<String>,
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
        Ok(())
    }
}

pub(super) fn convert(world: &LetterWorld<'_>, assets: &Assets, diag: &SourceDiagnostic) -> Diagnostic {
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
    };
    if let Some(id) = diag.span.id() {
        let path = id.get().vpath().get_without_slash().to_string();
        out.file = Some(assets.display_path(&path));
        if let (Some(range), Ok(source)) = (world.range(diag.span), world.source(id)) {
            if let Some((line, col)) = source.lines().byte_to_line_column(range.start) {
                out.line = Some(line + 1);
                out.column = Some(col + 1);
            }
        }
    }
    out
}
