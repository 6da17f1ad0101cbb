//! The staff page's Dutch texts (`locales/nl/staff.ftl`) against their
//! users: every error code eigentaal gives and every `code:` a template
//! passes to `case-error` has its wording `error-<code>`, every review state
//! its label, every choice of a schema its Dutch label; the file is Dutch
//! only, and letters never use its messages.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Findings, FtlTree, Level, Usage};
use crate::assets::Assets;
use crate::l10n::{L10nError, Locales, REFERENCE, ReviewState, STAFF};
use crate::templates::{ErrorCode, Template, choices, text_id};

/// Message ids the staff page's texts are asked for outside the letters:
/// error wording by code (eigentaal's own and the templates'), review
/// states, and the labels of every schema's choices.
pub(crate) fn used_outside_letters(
    assets: &Assets,
    templates: &[String],
    usage: &Usage,
) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = ErrorCode::ALL.iter().map(|c| text_id(c.as_str())).collect();
    ids.extend(ReviewState::ALL.iter().map(|s| s.message_id()));
    ids.extend(usage.error_codes.iter().map(|c| text_id(&c.3)));
    for name in templates {
        let schema = assets
            .text(&format!("templates/{name}/schema.json"))
            .and_then(|text| serde_json::from_str::<Value>(text).ok());
        for choice in schema.iter().flat_map(choices::of) {
            ids.extend(choice.message_ids().map(|(_, id)| id));
        }
    }
    ids
}

/// staff.ftl exists in Dutch only and has every message eigentaal and the
/// templates ask for; no letter calls one of its messages.
pub(crate) fn check_file(ftl: &FtlTree, usage: &Usage, out: &mut Findings) {
    let path = format!("locales/{REFERENCE}/{STAFF}.ftl");
    for (lang, files) in ftl.iter().filter(|(l, _)| l.as_str() != REFERENCE) {
        if let Some(file) = files.get(STAFF) {
            out.push(
                Level::Error,
                "staff-translated",
                &file.path,
                None,
                format!("the staff page's texts are Dutch only ({path}); remove this file (`{lang}` letters never use it)"),
            );
        }
    }
    let Some(reference) = ftl.get(REFERENCE) else {
        return;
    };
    let Some(staff) = reference.get(STAFF) else {
        out.push(
            Level::Error,
            "staff-file",
            &path,
            None,
            "missing: the staff page's Dutch texts (choices, translation states, what is wrong with a field)".into(),
        );
        return;
    };
    let has = |id: &str| staff.messages.contains_key(id);
    // The messages eigentaal itself asks staff.ftl for, with what each is.
    let own = ErrorCode::ALL
        .iter()
        .map(|code| {
            (
                text_id(code.as_str()),
                format!(
                    "the Dutch wording of error code `{}`, which eigentaal gives",
                    code.as_str()
                ),
            )
        })
        .chain(ReviewState::ALL.iter().map(|state| {
            (
                state.message_id(),
                format!(
                    "the staff page's label of translation state `{}`",
                    state.as_str()
                ),
            )
        }));
    for (id, what) in own {
        if !has(&id) {
            out.push(
                Level::Error,
                "undefined-key",
                &path,
                None,
                format!("message `{id}` is missing: {what}"),
            );
        }
    }
    for (file, line, col, code) in &usage.error_codes {
        let id = text_id(code);
        if !has(&id) {
            out.push(
                Level::Error,
                "undefined-key",
                file,
                Some((*line, *col)),
                format!("error code `{code}` has no Dutch wording: add `{id} = …` to {path}"),
            );
        }
    }
    for (file, line, col) in &usage.uncoded_case_errors {
        out.push(
            Level::Warning,
            "case-error-code",
            file,
            Some((*line, *col)),
            format!("case-error without `code:`: staff see a general Dutch text; name the wording, e.g. `code: \"income-over-norm\"` with `error-income-over-norm = …` in {path}"),
        );
    }
    for (file, line, col, key) in &usage.calls {
        if has(key) {
            out.push(
                Level::Error,
                "staff-message-in-letter",
                file,
                Some((*line, *col)),
                format!("message `{key}` is one of the staff page's texts ({path}), which are never translated: a letter uses its own messages"),
            );
        }
    }
    for prefix in &usage.prefixes {
        if let Some(key) = staff
            .messages
            .keys()
            .find(|k| k.starts_with(prefix.as_str()))
        {
            out.push(
                Level::Error,
                "staff-message-in-letter",
                "templates",
                None,
                format!("a template builds message ids starting with `{prefix}`, which reaches `{key}`, one of the staff page's texts ({path}): a letter uses its own messages"),
            );
        }
    }
}

/// Every choice of `template`'s schema has `x-message-prefix`, and a
/// Dutch label for each code.
pub(crate) fn check_choices(locales: &Locales, template: &Template, out: &mut Findings) {
    let file = format!("templates/{}/schema.json", template.name);
    for choice in template.choices() {
        let at = if choice.pointer.is_empty() {
            "/"
        } else {
            &choice.pointer
        };
        let Some(prefix) = &choice.prefix else {
            out.push(
                Level::Warning,
                "choice-label",
                &file,
                None,
                format!(
                    "the enum at {at} has no `{}`: the staff page shows its codes as they are; give it a prefix whose Dutch messages name each code (`\"{}\": \"role-\"`: code `klantmanager` is labelled by `role-klantmanager`)",
                    choices::MESSAGE_PREFIX,
                    choices::MESSAGE_PREFIX
                ),
            );
            continue;
        };
        for (code, id) in choice.message_ids() {
            match locales.label(&id) {
                Ok(_) => {}
                Err(L10nError::MissingMessage { .. }) => out.push(
                    Level::Error,
                    "choice-label",
                    &file,
                    None,
                    format!("the enum at {at} (`{}`: `{prefix}`) has code `{code}` without a Dutch message `{id}`: add it to locales/{REFERENCE}/ (staff-only choices: {STAFF}.ftl)", choices::MESSAGE_PREFIX),
                ),
                Err(e) => out.push(
                    Level::Error,
                    "choice-label",
                    &file,
                    None,
                    format!("the enum at {at}: code `{code}` cannot be labelled by `{id}`: {e}"),
                ),
            }
        }
    }
}
