//! Free text: what staff type in their own words (a note beside an
//! agreement, a situation, a place), as opposed to coded texts the
//! translations cover. A schema marks such a string property with
//! `"x-free-text": true`. Its value is then either a plain string (Dutch) or
//! the versions by language, `{"nl": "…", "ar": "…"}`, Dutch always among
//! them. A letter in another language prints the resident's version when
//! there is one; otherwise the Dutch text, marked as Dutch.
//!
//! This module is the one place that knows the shape: the schema eigentaal
//! validates with ([`widen`]), where the free-text fields of a schema are
//! ([`Fields`]) and which language versions a value has ([`versions`]).

use serde_json::{Map, Value, json};

use super::{ErrorCode, FieldError, pointer_token};
use crate::l10n::REFERENCE;

/// The schema keyword that marks a free-text property.
pub const KEYWORD: &str = "x-free-text";

/// Whether a schema node is marked as free text.
fn is_marked(node: &Value) -> bool {
    node.get(KEYWORD).and_then(Value::as_bool) == Some(true)
}

/// The schema to validate with: every node marked free text accepts, besides
/// its string, an object of language versions, each held to the same rules
/// (length, pattern) as the string, Dutch required. `if`/`then`/`else`
/// rather than `anyOf`, so a string that is too long is reported as too
/// long, not as "not valid under any of the schemas".
pub fn widen(schema: &Value) -> Value {
    match schema {
        Value::Object(map) if is_marked(schema) => {
            let mut text: Map<String, Value> = map.clone();
            text.remove(KEYWORD);
            let text = Value::Object(text);
            json!({
                KEYWORD: true,
                "if": { "type": "string" },
                "then": text,
                "else": {
                    "type": "object",
                    "required": [REFERENCE],
                    "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "additionalProperties": text,
                },
            })
        }
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| (key.clone(), widen(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(widen).collect()),
        other => other.clone(),
    }
}

/// One step from an object to a free-text field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Item,
}

/// Where a schema's free-text fields are: paths of property names and
/// array items, found once when the template loads.
#[derive(Debug, Clone, Default)]
pub struct Fields(Vec<Vec<Step>>);

impl Fields {
    /// The free-text fields of `schema`, following `$ref`s into `$defs`.
    pub fn of(schema: &Value) -> Self {
        let mut found = Vec::new();
        walk(schema, schema, &mut Vec::new(), &mut found, 0);
        Self(found)
    }

    /// Whether the schema has no free-text field.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every free-text value in `data` with its JSON pointer, in the order
    /// the schema lists the fields.
    pub fn values<'a>(&self, data: &'a Value) -> Vec<(String, &'a Value)> {
        let mut out = Vec::new();
        for path in &self.0 {
            collect(data, path, &mut String::new(), &mut out);
        }
        out
    }
}

/// Deep enough for any letter's schema; stops a `$ref` cycle.
const MAX_DEPTH: usize = 32;

fn walk(
    root: &Value,
    node: &Value,
    path: &mut Vec<Step>,
    found: &mut Vec<Vec<Step>>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    if is_marked(node) {
        found.push(path.clone());
        return;
    }
    if let Some(target) = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p))
    {
        walk(root, target, path, found, depth + 1);
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (key, property) in properties {
            path.push(Step::Key(key.clone()));
            walk(root, property, path, found, depth + 1);
            path.pop();
        }
    }
    if let Some(items) = node.get("items") {
        path.push(Step::Item);
        walk(root, items, path, found, depth + 1);
        path.pop();
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        for branch in node
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(root, branch, path, found, depth + 1);
        }
    }
}

fn collect<'a>(
    value: &'a Value,
    path: &[Step],
    pointer: &mut String,
    out: &mut Vec<(String, &'a Value)>,
) {
    let Some((step, rest)) = path.split_first() else {
        if !out.iter().any(|(p, _)| p == pointer) {
            out.push((pointer.clone(), value));
        }
        return;
    };
    let len = pointer.len();
    match (step, value) {
        (Step::Key(key), Value::Object(map)) => {
            if let Some(child) = map.get(key) {
                pointer.push('/');
                pointer.push_str(&pointer_token(key));
                collect(child, rest, pointer, out);
            }
        }
        (Step::Item, Value::Array(items)) => {
            for (i, child) in items.iter().enumerate() {
                pointer.push_str(&format!("/{i}"));
                collect(child, rest, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
    pointer.truncate(len);
}

/// The language versions of one free-text value: `[("nl", text)]` for a
/// plain string, every version for an object. Empty for anything else.
pub fn versions(value: &Value) -> Vec<(&str, &str)> {
    match value {
        Value::String(s) => vec![(REFERENCE, s.as_str())],
        Value::Object(map) => map
            .iter()
            .filter_map(|(lang, text)| Some((lang.as_str(), text.as_str()?)))
            .collect(),
        _ => Vec::new(),
    }
}

/// What the free text of one letter amounts to for its resident.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Pointers of free text the letter prints in Dutch only, although the
    /// resident's language is another.
    pub dutch_only: Vec<String>,
    /// Pointers of free text staff gave in the resident's language: typed
    /// by staff, so not reviewed by a qualified translator.
    pub staff_translated: Vec<String>,
}

/// Checks the language versions of `data`'s free text against the letter's
/// languages (`offered`: the languages the template is written in) and
/// reports what reaches a resident reading `lang`.
pub fn report(
    fields: &Fields,
    data: &Value,
    lang: &str,
    offered: &[&str],
) -> Result<Report, Vec<FieldError>> {
    let mut report = Report::default();
    let mut errors = Vec::new();
    for (pointer, value) in fields.values(data) {
        let versions = versions(value);
        for (version, _) in &versions {
            if !offered.contains(version) {
                errors.push(
                    FieldError::new(
                        format!("{pointer}/{}", pointer_token(version)),
                        ErrorCode::FreeTextLanguage,
                        format!(
                            "`{version}` is not a language of this letter; give versions in {}",
                            offered.join(", ")
                        ),
                    )
                    .param("lang", *version)
                    .param("languages", offered.join(", ")),
                );
            }
        }
        if lang == REFERENCE {
            continue;
        }
        if versions.iter().any(|(v, _)| *v == lang) {
            report.staff_translated.push(pointer);
        } else {
            report.dutch_only.push(pointer);
        }
    }
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors)
    }
}

/// The case-data error for Dutch-only free text where the template or the
/// service refuses it.
pub fn dutch_only_errors(pointers: &[String], lang: &str) -> Vec<FieldError> {
    pointers
        .iter()
        .map(|pointer| {
            FieldError::new(
                pointer.clone(),
                ErrorCode::DutchOnly,
                format!(
                    "free text in Dutch only, in a letter in `{lang}`; give the resident's version as well: {{\"nl\": \"…\", \"{lang}\": \"…\"}}"
                ),
            )
            .param("lang", lang)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "items": { "type": "array", "items": { "$ref": "#/$defs/item" } },
                "place": { "type": "string", "maxLength": 10, "x-free-text": true },
                "name": { "type": "string" }
            },
            "$defs": {
                "item": {
                    "type": "object",
                    "properties": { "note": { "type": "string", "maxLength": 5, "x-free-text": true } }
                }
            }
        })
    }

    fn data() -> Value {
        json!({
            "items": [ { "note": "a" }, {}, { "note": { "nl": "b", "ar": "ب" } } ],
            "place": "Stadhuis",
            "name": "Amal"
        })
    }

    #[test]
    fn finds_free_text_through_refs_and_arrays() {
        let fields = Fields::of(&schema());
        let pointers: Vec<String> = fields.values(&data()).into_iter().map(|(p, _)| p).collect();
        assert_eq!(pointers, ["/items/0/note", "/items/2/note", "/place"]);
    }

    #[test]
    fn the_widened_schema_takes_versions_and_keeps_the_limits() {
        let validator = jsonschema::validator_for(&widen(&schema())).unwrap();
        assert!(validator.is_valid(&data()));
        let too_long = json!({ "items": [ { "note": { "nl": "b", "ar": "بببببب" } } ] });
        let errors: Vec<String> = validator
            .iter_errors(&too_long)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert_eq!(errors, ["/items/0/note/ar"]);
        let no_dutch = json!({ "place": { "ar": "ب" } });
        assert!(!validator.is_valid(&no_dutch));
        let plain_too_long = json!({ "place": "Stadskantoor Noord" });
        let message = validator
            .iter_errors(&plain_too_long)
            .next()
            .unwrap()
            .to_string();
        assert!(message.contains("longer than 10"), "{message}");
    }

    #[test]
    fn reports_dutch_only_and_staff_translations_for_the_resident() {
        let fields = Fields::of(&schema());
        let r = report(&fields, &data(), "ar", &["nl", "ar"]).unwrap();
        assert_eq!(r.dutch_only, ["/items/0/note", "/place"]);
        assert_eq!(r.staff_translated, ["/items/2/note"]);
        let dutch = report(&fields, &data(), "nl", &["nl", "ar"]).unwrap();
        assert_eq!(dutch, Report::default());
        let errors = report(&fields, &data(), "ar", &["nl", "uk"]).unwrap_err();
        assert_eq!(errors[0].pointer, "/items/2/note/ar");
    }
}
