//! The translation completeness report: per language and template, the
//! share of messages translated and reviewed (counted per message from the
//! review records), the stale reviews and the fallbacks, as a text table,
//! Markdown or JSON.

use serde_json::{Value, json};

use crate::l10n::{Completeness, TranslationStatus};

fn status(row: &Completeness) -> &'static str {
    match row.status {
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

/// JSON rows, as served by `GET /v1/translations`.
pub fn completeness_json(rows: &[Completeness]) -> Value {
    Value::Array(
        rows.iter()
            .map(|r| {
                json!({
                    "lang": r.lang,
                    "template": r.template,
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
