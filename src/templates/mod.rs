//! Letter templates: discovering `templates/<name>/`, their manifests, JSON
//! Schemas and example case data, validating case data, and the branding
//! (municipality name, logo, colours) every letter shares.
//!
//! A template folder holds `template.toml` (title, description), `letter.typ`,
//! `schema.json` and `example.json`. Folders without a manifest (such as the
//! shared typst library in `templates/shared/`) are not templates.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub mod choices;
mod field_error;
pub mod free_text;

pub use field_error::{ErrorCode, FieldError, Param, PatternKind, schema_error, text_id};

use crate::assets::Assets;

/// Errors loading templates or branding.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("no templates found: expected folders such as templates/afspraken/ with template.toml")]
    NoTemplates,
    #[error("unknown template `{name}`; available: {}", .available.join(", "))]
    Unknown {
        name: String,
        available: Vec<String>,
    },
}

/// `templates/<name>/template.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Manifest {
    /// Dutch title shown to staff, e.g. "Afsprakenbrief".
    pub title: String,
    /// One or two Dutch sentences on when to send this letter.
    pub description: String,
    /// The letter is a decision (besluit, Awb art. 1:3): only the Dutch
    /// text is binding, so a decision in another language always carries
    /// the Dutch edition too.
    #[serde(default)]
    pub decision: bool,
    /// Refuse to send this letter in a language with messages no qualified
    /// translator reviewed, unless the request accepts that explicitly
    /// (for decisions: `beschikking`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub require_review: bool,
    /// Refuse a letter in another language than Dutch whose free text
    /// (`x-free-text` in the schema) staff gave in Dutch only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub refuse_dutch_only: bool,
    /// The processing activity in the municipality's register of processing
    /// activities (GDPR art. 30) this letter belongs to, as a URI; named in
    /// every processing record (see docs/records.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing_activity: Option<String>,
}

/// The message of a [`FieldError`] for a required property that is absent;
/// its pointer names the property itself (`/recipient/name`).
pub const MISSING: &str = "required, but missing";

/// One letter type.
pub struct Template {
    pub name: String,
    pub manifest: Manifest,
    pub schema: Value,
    pub example: Value,
    /// Where the schema's free-text fields are.
    pub free_text: free_text::Fields,
    validator: jsonschema::Validator,
    /// The order of each object's keys in `schema.json`, by JSON pointer to
    /// the object (`serde_json` sorts keys; spreadsheets follow the author's order).
    key_order: std::collections::HashMap<String, Vec<String>>,
}

impl std::fmt::Debug for Template {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Template")
            .field("name", &self.name)
            .finish()
    }
}

impl Template {
    /// The keys of the schema object at `pointer` (e.g. `/$defs/recipient/properties`)
    /// in the order `schema.json` writes them.
    pub fn key_order(&self, pointer: &str) -> Option<&[String]> {
        self.key_order.get(pointer).map(Vec::as_slice)
    }

    /// Every `enum` of the schema, with its message prefix.
    pub fn choices(&self) -> Vec<choices::Choice> {
        choices::of(&self.schema)
    }

    /// Path of the template's typst entry point inside the project tree.
    pub fn main_path(&self) -> String {
        format!("templates/{}/letter.typ", self.name)
    }

    /// Checks case data against the schema and lists every violation.
    pub fn validate(&self, data: &Value) -> Result<(), Vec<FieldError>> {
        let mut errors: Vec<FieldError> = self
            .validator
            .iter_errors(data)
            .map(|e| match e.kind() {
                // A missing property is reported where it belongs, so a form
                // can show it beside its field.
                jsonschema::error::ValidationErrorKind::Required { property } => {
                    let name = property.as_str().unwrap_or_default();
                    FieldError::new(
                        format!("{}/{}", e.instance_path(), pointer_token(name)),
                        ErrorCode::Required,
                        MISSING,
                    )
                }
                kind => {
                    let (code, params) = schema_error(kind);
                    FieldError {
                        params,
                        ..FieldError::new(
                            e.instance_path().to_string(),
                            code,
                            e.masked().to_string(),
                        )
                    }
                }
            })
            .collect();
        for_each_string(data, &mut |pointer, text| {
            if let Some(c) = text
                .chars()
                .find(|&c| c.is_control() && c != '\n' && c != '\t')
            {
                errors.push(FieldError::new(
                    pointer,
                    ErrorCode::ControlCharacter,
                    format!(
                        "contains the control character U+{:04X}, which a letter cannot print; remove it",
                        u32::from(c)
                    ),
                ));
            }
        });
        if errors.is_empty() {
            return Ok(());
        }
        errors.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        errors.dedup();
        Err(errors)
    }
}

/// One object key as a JSON pointer token (RFC 6901): `~` written `~0`,
/// `/` written `~1`.
pub fn pointer_token(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains(['~', '/']) {
        key.replace('~', "~0").replace('/', "~1").into()
    } else {
        key.into()
    }
}

/// Calls `f` with the JSON pointer and text of every string in `data`, in
/// document order: the one walk over case-data text that checks share.
pub fn for_each_string(data: &Value, f: &mut dyn FnMut(&str, &str)) {
    fn walk(value: &Value, pointer: &mut String, f: &mut dyn FnMut(&str, &str)) {
        match value {
            Value::String(s) => f(pointer, s),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push_str(&format!("/{i}"));
                    walk(item, pointer, f);
                    pointer.truncate(len);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&pointer_token(key));
                    walk(item, pointer, f);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }
    walk(data, &mut String::new(), f);
}

/// Branding shared by every letter: `branding/branding.toml` (+ logo).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Branding {
    /// e.g. "Gemeente Voorbeeldstad".
    pub name: String,
    /// Place name for the date line, e.g. "Voorbeeldstad".
    pub place: String,
    /// Visiting address lines.
    pub address: Vec<String>,
    /// Return address for the envelope window, one line.
    pub return_address: String,
    pub phone: String,
    pub website: String,
    pub email: String,
    /// House colour as `#rrggbb`.
    pub colour: String,
    /// Logo file inside `branding/` (SVG or PNG).
    pub logo: String,
    /// Where a resident reads this letter in their own language, e.g.
    /// `https://www.voorbeeldstad.nl/brief/{reference}`. When set, the Dutch
    /// edition carries a QR code to it; `{reference}` and `{template}` are
    /// filled in from the case (URL-encoded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_url: Option<String>,
    /// Postal address lines for the footer, e.g. `["Postbus 100", "1230 AA
    /// Voorbeeldstad"]`. Defaults to the visiting address.
    #[serde(default)]
    pub postal_address: Vec<String>,
    /// Where objections to a decision go (Awb art. 6:4). Defaults to the
    /// postal address: it may differ, e.g. a legal department's PO box.
    #[serde(default)]
    pub objection_address: Vec<String>,
    /// Where a resident can object digitally, if the municipality offers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection_url: Option<String>,
    /// The envelope window the recipient's address is printed into.
    #[serde(default)]
    pub window: EnvelopeWindow,
    /// The days the office is open, for dates such as "call us by ...".
    /// Not passed to templates: they ask `office-day-before` and friends.
    #[serde(default, skip_serializing)]
    pub office: crate::dates::OfficeCalendar,
}

/// Position and size of the envelope window in millimetres from the sheet's
/// top-left corner. The default is a left-window envelope (C5/6, EA5/6) as
/// NEN 1026 places it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeWindow {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Default for EnvelopeWindow {
    fn default() -> Self {
        Self {
            x: 22.0,
            y: 48.0,
            width: 85.0,
            height: 38.0,
        }
    }
}

impl EnvelopeWindow {
    fn check(&self) -> Result<(), String> {
        // An A4 sheet is 210 x 297 mm.
        let fits = self.x >= 0.0
            && self.y >= 0.0
            && self.width >= 40.0
            && self.height >= 20.0
            && self.x + self.width <= 210.0
            && self.y + self.height <= 297.0;
        if fits {
            Ok(())
        } else {
            Err(format!(
                "window {{ x = {}, y = {}, width = {}, height = {} }} does not fit an A4 sheet (210 x 297 mm) or is smaller than 40 x 20 mm",
                self.x, self.y, self.width, self.height
            ))
        }
    }
}

impl Branding {
    /// The translated version's URL for one case, if the municipality has one.
    pub fn translation_url(&self, template: &str, reference: &str) -> Option<String> {
        let pattern = self.translation_url.as_deref()?;
        Some(
            pattern
                .replace("{reference}", &url_encode(reference))
                .replace("{template}", &url_encode(template)),
        )
    }

    fn check_translation_url(&self) -> Result<(), String> {
        let Some(pattern) = self.translation_url.as_deref() else {
            return Ok(());
        };
        if !(pattern.starts_with("https://") || pattern.starts_with("http://")) {
            return Err(format!(
                "translation-url `{pattern}` must start with https:// (or http://)"
            ));
        }
        let rest = pattern.replace("{reference}", "").replace("{template}", "");
        if rest.contains(['{', '}']) || rest.chars().any(char::is_whitespace) {
            return Err(format!(
                "translation-url `{pattern}`: only {{reference}} and {{template}} can be filled in, and it has no spaces"
            ));
        }
        Ok(())
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for byte in s.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// All templates and the branding, loaded once.
#[derive(Debug)]
pub struct TemplateSet {
    templates: BTreeMap<String, Template>,
    pub branding: Branding,
}

impl TemplateSet {
    /// Loads every `templates/<name>/` that has a `template.toml`.
    pub fn load(assets: &Assets) -> Result<Self, TemplateError> {
        let mut templates = BTreeMap::new();
        for name in assets.subdirs("templates") {
            if assets
                .get(&format!("templates/{name}/template.toml"))
                .is_none()
            {
                continue;
            }
            templates.insert(name.clone(), load_template(assets, &name)?);
        }
        if templates.is_empty() {
            return Err(TemplateError::NoTemplates);
        }
        let branding_path = "branding/branding.toml";
        let invalid = |message: String| TemplateError::Invalid {
            file: assets.display_path(branding_path),
            message,
        };
        let mut branding: Branding = toml::from_str(
            assets
                .text(branding_path)
                .ok_or_else(|| invalid("missing".into()))?,
        )
        .map_err(|e| invalid(e.to_string()))?;
        if assets.get(&format!("branding/{}", branding.logo)).is_none() {
            return Err(invalid(format!(
                "logo `branding/{}` not found",
                branding.logo
            )));
        }
        branding.check_translation_url().map_err(invalid)?;
        branding.window.check().map_err(invalid)?;
        if branding.postal_address.is_empty() {
            branding.postal_address = branding.address.clone();
        }
        if branding.objection_address.is_empty() {
            branding.objection_address = branding.postal_address.clone();
        }
        Ok(Self {
            templates,
            branding,
        })
    }

    /// A template by name, or an error naming the ones that exist.
    pub fn get(&self, name: &str) -> Result<&Template, TemplateError> {
        self.templates
            .get(name)
            .ok_or_else(|| TemplateError::Unknown {
                name: name.to_string(),
                available: self.templates.keys().cloned().collect(),
            })
    }

    /// All templates, by name.
    pub fn iter(&self) -> impl Iterator<Item = &Template> {
        self.templates.values()
    }
}

fn load_template(assets: &Assets, name: &str) -> Result<Template, TemplateError> {
    let dir = format!("templates/{name}");
    let read = |file: &str| {
        let path = format!("{dir}/{file}");
        assets
            .text(&path)
            .ok_or_else(|| TemplateError::Invalid {
                file: assets.display_path(&path),
                message: "missing or not UTF-8".into(),
            })
            .map(|text| (path, text))
    };
    let invalid = |path: &str, message: String| TemplateError::Invalid {
        file: assets.display_path(path),
        message,
    };

    let (path, text) = read("template.toml")?;
    let manifest: Manifest = toml::from_str(text).map_err(|e| invalid(&path, e.to_string()))?;
    read("letter.typ")?;

    let (path, text) = read("schema.json")?;
    let schema: Value = serde_json::from_str(text).map_err(|e| invalid(&path, e.to_string()))?;
    let key_order = key_orders(text).map_err(|e| invalid(&path, e.to_string()))?;
    let free_text = free_text::Fields::of(&schema);
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .with_format("bsn", is_bsn)
        .build(&free_text::widen(&schema))
        .map_err(|e| invalid(&path, format!("not a valid JSON Schema: {e}")))?;

    let (path, text) = read("example.json")?;
    let example: Value = serde_json::from_str(text).map_err(|e| invalid(&path, e.to_string()))?;

    Ok(Template {
        name: name.to_string(),
        manifest,
        schema,
        example,
        free_text,
        validator,
        key_order,
    })
}

/// Whether `s` is a burgerservicenummer: nine digits passing the eleven
/// test (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11), not all zeros.
/// Case data may carry the resident's BSN (`"format": "bsn"`) for the
/// processing record; letters never print it.
pub fn is_bsn(s: &str) -> bool {
    if s.len() != 9 || !s.bytes().all(|b| b.is_ascii_digit()) || s.bytes().all(|b| b == b'0') {
        return false;
    }
    let sum: i64 = s
        .bytes()
        .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(b, w)| i64::from(b - b'0') * w)
        .sum();
    sum % 11 == 0
}

/// The key order of every object in a JSON text, by JSON pointer.
fn key_orders(
    text: &str,
) -> Result<std::collections::HashMap<String, Vec<String>>, serde_json::Error> {
    use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};

    /// A JSON value that keeps object keys in order (scalars are dropped).
    enum Ordered {
        Object(Vec<(String, Ordered)>),
        Array(Vec<Ordered>),
        Scalar,
    }
    struct OrderedVisitor;
    impl<'de> Visitor<'de> for OrderedVisitor {
        type Value = Ordered;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
            let mut entries = Vec::new();
            while let Some((k, v)) = map.next_entry::<String, Ordered>()? {
                entries.push((k, v));
            }
            Ok(Ordered::Object(entries))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
            let mut items = Vec::new();
            while let Some(v) = seq.next_element::<Ordered>()? {
                items.push(v);
            }
            Ok(Ordered::Array(items))
        }
        fn visit_bool<E>(self, _: bool) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
        fn visit_str<E>(self, _: &str) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
        fn visit_unit<E>(self) -> Result<Ordered, E> {
            Ok(Ordered::Scalar)
        }
    }
    impl<'de> serde::Deserialize<'de> for Ordered {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(OrderedVisitor)
        }
    }
    fn walk(
        node: &Ordered,
        pointer: String,
        out: &mut std::collections::HashMap<String, Vec<String>>,
    ) {
        match node {
            Ordered::Object(entries) => {
                out.insert(
                    pointer.clone(),
                    entries.iter().map(|(k, _)| k.clone()).collect(),
                );
                for (k, v) in entries {
                    walk(v, format!("{pointer}/{}", pointer_token(k)), out);
                }
            }
            Ordered::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, format!("{pointer}/{i}"), out);
                }
            }
            Ordered::Scalar => {}
        }
    }
    let root: Ordered = serde_json::from_str(text)?;
    let mut out = std::collections::HashMap::new();
    walk(&root, String::new(), &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::is_bsn;

    #[test]
    fn bsn_passes_the_eleven_test() {
        for good in ["111222333", "123456782", "999999990"] {
            assert!(is_bsn(good), "{good}");
        }
        for bad in [
            "111222334",
            "12345678",
            "1234567820",
            "12345678a",
            "000000000",
            " 11122233",
            "",
        ] {
            assert!(!is_bsn(bad), "{bad}");
        }
    }
}
