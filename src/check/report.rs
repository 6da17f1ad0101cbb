//! The translation completeness report: per language and template, the
//! share of messages translated and reviewed (counted per message from the
//! review records), the stale reviews and the fallbacks, as a text table,
//! Markdown or JSON.

use serde_json::{Value, json};

use crate::l10n::{Completeness, Direction, LanguageSummary, TranslationStatus};

fn status(row: &Completeness) -> &'static str {
    status_name(row.status)
}

fn status_name(status: TranslationStatus) -> &'static str {
    match status {
        TranslationStatus::Reference => "reference",
        TranslationStatus::MachineDraft => "machine draft",
        TranslationStatus::Reviewed => "reviewed",
    }
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

const COLUMNS: usize = 7;

fn cells(row: &Completeness) -> [String; COLUMNS] {
    let (translated, reviewed, stale) = if row.offered {
        (
            format!(
                "{} ({}/{})",
                percent(row.translated_share()),
                row.translated,
                row.messages
            ),
            format!("{} ({})", percent(row.reviewed_share()), row.reviewed),
            row.stale.to_string(),
        )
    } else {
        ("not offered".to_string(), "-".to_string(), "-".to_string())
    };
    let fallbacks = if row.fallbacks.is_empty() {
        "-".to_string()
    } else {
        row.fallbacks.join(", ")
    };
    [
        row.lang.clone(),
        row.template.clone(),
        translated,
        reviewed,
        stale,
        status(row).to_string(),
        fallbacks,
    ]
}

const HEADER: [&str; COLUMNS] = [
    "language",
    "template",
    "translated",
    "reviewed",
    "stale reviews",
    "default status",
    "shown in Dutch",
];

/// A plain text table.
pub fn completeness_text(rows: &[Completeness]) -> String {
    let table: Vec<[String; COLUMNS]> = rows.iter().map(cells).collect();
    let mut widths = HEADER.map(|h| h.chars().count());
    for row in &table {
        for (w, cell) in widths.iter_mut().zip(row.iter()).take(COLUMNS - 1) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i < COLUMNS - 1 {
                s.push_str(&format!("{cell:<width$}  ", width = widths[i]));
            } else {
                s.push_str(cell);
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&HEADER.map(String::from));
    for row in &table {
        out.push_str(&line(row));
    }
    out
}

/// A Markdown table, e.g. for a release note or `docs/`.
pub fn completeness_markdown(rows: &[Completeness]) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        HEADER.join(" | "),
        "---|".repeat(HEADER.len())
    );
    for row in rows {
        let cells = cells(row).map(|c| c.replace('|', "\\|"));
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

const LANGUAGE_HEADER: [&str; 7] = [
    "language",
    "name",
    "Dutch name",
    "direction",
    "dates and numbers",
    "also accepted as",
    "plural categories (CLDR)",
];

fn language_cells(l: &LanguageSummary) -> [String; 7] {
    [
        l.lang.clone(),
        l.name.clone(),
        l.name_nl.clone(),
        match l.direction {
            Direction::Ltr => "ltr".into(),
            Direction::Rtl => "rtl".into(),
        },
        l.formatting_locale.clone(),
        if l.aliases.is_empty() {
            "-".into()
        } else {
            l.aliases.join(", ")
        },
        l.plural_categories.join(", "),
    ]
}

/// The languages as a plain text table: names, direction, formatting
/// locale, aliases and CLDR plural categories.
pub fn languages_text(languages: &[LanguageSummary]) -> String {
    let rows: Vec<[String; 7]> = languages.iter().map(language_cells).collect();
    let mut widths = LANGUAGE_HEADER.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row.iter()) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(LANGUAGE_HEADER.map(String::from)).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            line.push_str(cell);
            line.push_str(&" ".repeat(pad + 2));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The languages as a Markdown table.
pub fn languages_markdown(languages: &[LanguageSummary]) -> String {
    let mut out = format!(
        "| {} |\n|{}\n",
        LANGUAGE_HEADER.join(" | "),
        "---|".repeat(LANGUAGE_HEADER.len())
    );
    for l in languages {
        let cells = language_cells(l).map(|c| c.replace('|', "\\|"));
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// JSON rows, as served by `GET /v1/translations`.
pub fn completeness_json(rows: &[Completeness]) -> Value {
    Value::Array(
        rows.iter()
            .map(|r| {
                json!({
                    "lang": r.lang,
                    "template": r.template,
                    "plural_categories": r.plural_categories,
                    "offered": r.offered,
                    "status": r.status,
                    "messages": r.messages,
                    "translated": r.translated,
                    "reviewed": r.reviewed,
                    "stale": r.stale,
                    "stale_messages": r.stale_messages,
                    "translated_share": r.translated_share(),
                    "reviewed_share": r.reviewed_share(),
                    "fallbacks": r.fallbacks,
                })
            })
            .collect(),
    )
}
