//! Fluent files as the linter sees them: parsed with positions, message
//! ids, the variables each message reads, and its plural selectors.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{Findings, FtlTree, Level, Usage};
use crate::assets::Assets;
use crate::l10n::{COMMON, REFERENCE, STAFF, line_col, plural_categories, source};

/// One message: where it is, which variables it reads, which plural selectors it has.
#[derive(Debug, Default)]
pub(crate) struct MessageInfo {
    pub line: usize,
    pub column: usize,
    pub variables: BTreeSet<String>,
    /// (selector variable, variant keys) of selects that choose by plural category.
    pub plural_selects: Vec<(String, BTreeSet<String>)>,
}

/// One `.ftl` file.
#[derive(Debug, Default)]
pub(crate) struct FtlFile {
    pub path: String,
    pub messages: BTreeMap<String, MessageInfo>,
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The resident's form of address (mr, ms, neutral) that templates pass to
/// messages addressing the resident.
const FORM: &str = "form";

/// Parses every `locales/<lang>/*.ftl`, reporting syntax errors and duplicate ids.
pub(crate) fn load_all(assets: &Assets, out: &mut Findings) -> FtlTree {
    let mut tree = FtlTree::new();
    for lang in assets.subdirs("locales") {
        let prefix = format!("locales/{lang}/");
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (path, bytes) in assets.under(&prefix) {
            let Some(stem) = path[prefix.len()..].strip_suffix(".ftl") else {
                continue;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                out.push(
                    Level::Error,
                    "fluent-syntax",
                    path,
                    None,
                    "not valid UTF-8".into(),
                );
                continue;
            };
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        out.push(
                            Level::Error,
                            "fluent-syntax",
                            path,
                            Some(line_col(text, e.pos.start)),
                            e.to_string(),
                        );
                    }
                    r
                }
            };
            let mut file = FtlFile {
                path: path.to_string(),
                ..Default::default()
            };
            for entry in &resource.body {
                // Terms (`-bijstand`) share one namespace per language too:
                // a term defined in two files stops the language loading.
                if let ast::Entry::Term(term) = entry {
                    let id = format!("-{}", term.id.name);
                    if let Some(other) = seen.insert(id.clone(), path.to_string()) {
                        out.push(
                            Level::Error,
                            "duplicate-key",
                            path,
                            Some(source::locate(text, &id)),
                            format!("term `{id}` is also defined in {other}"),
                        );
                    }
                    continue;
                }
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name.to_string();
                let (line, column) = source::locate(text, &id);
                if let Some(other) = seen.insert(id.clone(), path.to_string()) {
                    out.push(
                        Level::Error,
                        "duplicate-key",
                        path,
                        Some((line, column)),
                        format!("message `{id}` is also defined in {other}"),
                    );
                }
                let shape = source::shape(message);
                let info = MessageInfo {
                    line,
                    column,
                    variables: shape.variables,
                    plural_selects: shape
                        .selects
                        .into_iter()
                        .filter(|(_, keys)| keys.iter().any(|k| CATEGORIES.contains(&k.as_str())))
                        .collect(),
                };
                file.messages.insert(id, info);
            }
            tree.entry(lang.clone())
                .or_default()
                .insert(stem.to_string(), file);
        }
    }
    tree
}

/// Missing, stray and unused keys, and templates a language does not offer.
/// `engine_keys` are the messages asked for outside the templates' typst
/// (the amount pattern, subjects, the staff page's texts and labels).
pub(crate) fn check_keys(
    ftl: &FtlTree,
    templates: &[String],
    usage: &Usage,
    engine_keys: &BTreeSet<String>,
    out: &mut Findings,
) {
    let Some(reference) = ftl.get(REFERENCE) else {
        out.push(
            Level::Error,
            "no-reference",
            "locales",
            None,
            format!(
                "locales/{REFERENCE}/ is missing: Dutch is the reference every key exists in first"
            ),
        );
        return;
    };
    for (stem, file) in reference {
        if stem != COMMON && stem != STAFF && !templates.contains(stem) {
            out.push(
                Level::Warning,
                "stray-file",
                &file.path,
                None,
                format!("no template `{stem}` uses this file"),
            );
        }
        for (key, info) in &file.messages {
            if !usage.uses(key) && !engine_keys.contains(key) {
                out.push(
                    Level::Warning,
                    "unused-key",
                    &file.path,
                    Some((info.line, info.column)),
                    format!("message `{key}` is used by no template"),
                );
            }
        }
    }
    let all_reference: BTreeSet<&String> =
        reference.values().flat_map(|f| f.messages.keys()).collect();
    for (lang, files) in ftl.iter().filter(|(l, _)| l.as_str() != REFERENCE) {
        let theirs: BTreeSet<&String> = files.values().flat_map(|f| f.messages.keys()).collect();
        // The staff page's texts are Dutch only (see `staff::check_file`).
        for (stem, file) in reference.iter().filter(|(stem, _)| stem.as_str() != STAFF) {
            match files.get(stem) {
                Some(their_file) => {
                    for key in file.messages.keys().filter(|k| !theirs.contains(k)) {
                        out.push(
                            Level::Warning,
                            "missing-translation",
                            &their_file.path,
                            None,
                            format!("message `{key}` is not translated into `{lang}`; letters show the Dutch text"),
                        );
                    }
                }
                None if templates.contains(stem) || stem == COMMON => {
                    let path = format!("locales/{lang}/{stem}.ftl");
                    let what = if stem == COMMON {
                        "the messages every letter shares".to_string()
                    } else {
                        format!("template `{stem}` is not offered in `{lang}` until it exists")
                    };
                    out.push(
                        Level::Warning,
                        "missing-file",
                        &path,
                        None,
                        format!("missing: {what} ({} messages to translate from locales/{REFERENCE}/{stem}.ftl)", file.messages.len()),
                    );
                }
                None => {}
            }
        }
        for file in files.values() {
            for (key, info) in &file.messages {
                if !all_reference.contains(key) {
                    out.push(
                        Level::Error,
                        "unknown-key",
                        &file.path,
                        Some((info.line, info.column)),
                        format!("message `{key}` does not exist in locales/{REFERENCE}/ (a typo, or a key removed from Dutch?)"),
                    );
                }
            }
        }
    }
}

/// Variables a translation reads that the Dutch message never receives, and
/// plural selectors without the language's CLDR categories. `$form` is
/// allowed in the messages a template passes it to (see [`Usage`]): Dutch
/// does not need it, a language with grammatical gender does.
pub(crate) fn check_variables_and_plurals(ftl: &FtlTree, usage: &Usage, out: &mut Findings) {
    let reference: BTreeMap<&String, &MessageInfo> = ftl
        .get(REFERENCE)
        .into_iter()
        .flat_map(|files| files.values())
        .flat_map(|f| f.messages.iter())
        .collect();
    for (lang, files) in ftl {
        let categories = plural_categories(lang);
        for file in files.values() {
            for (key, info) in &file.messages {
                let at = Some((info.line, info.column));
                if lang != REFERENCE
                    && let Some(dutch) = reference.get(key)
                {
                    for var in info.variables.difference(&dutch.variables) {
                        if var == FORM && usage.addresses(key) {
                            continue;
                        }
                        let known: Vec<String> =
                            dutch.variables.iter().map(|v| format!("${v}")).collect();
                        let known = if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.join(", ")
                        };
                        let hint = if var == FORM {
                            "; a template passes it only to messages that address the resident (`tr-you(..)` or `form: form`)"
                        } else {
                            ""
                        };
                        out.push(
                                Level::Error,
                                "unknown-variable",
                                &file.path,
                                at,
                                format!("message `{key}` uses `${var}`, which the Dutch message never receives (it has: {known}){hint}"),
                            );
                    }
                }
                for (selector, keys) in &info.plural_selects {
                    let missing: Vec<&str> = categories
                        .iter()
                        .copied()
                        .filter(|c| !keys.contains(*c))
                        .collect();
                    if !missing.is_empty() {
                        out.push(
                            Level::Warning,
                            "plural-categories",
                            &file.path,
                            at,
                            format!(
                                "message `{key}` selects on `${selector}` but has no variant for the `{lang}` plural categories {}; the default variant is used for them",
                                missing.join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }
}
