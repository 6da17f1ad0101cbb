//! The official OpenAPI 3.0 documents of the Documenten and Zaken API
//! (vendored in tests/zgw/, see its README) as request and response
//! validators: the operation by method and path, its parameters (required,
//! known, typed), the `Content-Type` header, and bodies against the
//! component schemas with `$ref` resolved.
//!
//! OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4; three
//! differences are translated before validation: `nullable: true` becomes
//! "or null"; a `readOnly` property is not required in a request and must
//! not be sent; a `writeOnly` property is not required in a response.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};

/// Whether a body is sent to or by the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Request,
    Response,
}

/// One API description.
pub struct Spec {
    pub title: String,
    pub version: String,
    document: Value,
    components: HashMap<Direction, Arc<Value>>,
    validators: Mutex<HashMap<(String, Direction), Arc<jsonschema::Validator>>>,
}

/// The operation a request matched.
pub struct Operation<'a> {
    /// The path as the document writes it, e.g. `/zaakinformatieobjecten/{uuid}`.
    pub template: String,
    pub operation: &'a Value,
}

impl Spec {
    /// Reads a vendored YAML document.
    pub fn load(path: &std::path::Path) -> Spec {
        let text = std::fs::read_to_string(path).unwrap();
        let document: Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not YAML: {e}", path.display()));
        assert!(
            document["openapi"].as_str().unwrap().starts_with("3.0"),
            "{} is not OpenAPI 3.0",
            path.display()
        );
        let components = [Direction::Request, Direction::Response]
            .into_iter()
            .map(|d| (d, Arc::new(convert(&document["components"], d))))
            .collect();
        Spec {
            title: document["info"]["title"].as_str().unwrap().to_string(),
            version: document["info"]["version"].as_str().unwrap().to_string(),
            components,
            validators: Mutex::default(),
            document,
        }
    }

    /// The operation for `method` on `path` (below the API's base URL).
    pub fn operation(&self, method: &str, path: &str) -> Option<Operation<'_>> {
        let paths = self.document["paths"].as_object()?;
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        for (template, item) in paths {
            let parts: Vec<&str> = template.split('/').collect();
            let matches = parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(p, s)| {
                    (p.starts_with('{') && p.ends_with('}') && !s.is_empty()) || p == s
                });
            if matches && let Some(operation) = item.get(method.to_ascii_lowercase()) {
                return Some(Operation {
                    template: template.clone(),
                    operation,
                });
            }
        }
        None
    }

    /// Every way a request breaks the document; empty when it conforms.
    pub fn check_request(
        &self,
        operation: &Operation<'_>,
        query: &[(String, String)],
        headers: &axum::http::HeaderMap,
        body: Option<&Value>,
    ) -> Vec<String> {
        let mut errors = Vec::new();
        let op = operation.operation;
        let parameters: Vec<&Value> = op["parameters"]
            .as_array()
            .map(|p| p.iter().map(|p| self.resolve(p)).collect())
            .unwrap_or_default();
        for p in &parameters {
            let name = p["name"].as_str().unwrap_or_default();
            let required = p["required"].as_bool().unwrap_or(false);
            let value: Option<String> = match p["in"].as_str() {
                Some("query") => query
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone()),
                Some("header") => headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(|v| v.split(';').next().unwrap_or_default().trim().to_string()),
                _ => continue,
            };
            match value {
                None if required => errors.push(format!("required parameter `{name}` missing")),
                None => {}
                Some(value) => {
                    if let Some(problem) = check_parameter(&p["schema"], &value) {
                        errors.push(format!("parameter `{name}`: {problem}"));
                    }
                }
            }
        }
        for (key, _) in query {
            let known = parameters
                .iter()
                .any(|p| p["in"] == "query" && p["name"] == key.as_str());
            if !known {
                errors.push(format!(
                    "query parameter `{key}` is not a parameter of {}",
                    operation.template
                ));
            }
        }
        let request_body = &op["requestBody"];
        match (request_body.get("content"), body) {
            (Some(content), Some(body)) => match content["application/json"].get("schema") {
                Some(schema) => errors.extend(self.check(schema, Direction::Request, body)),
                None => errors.push("the operation takes no JSON body".into()),
            },
            (Some(_), None) if request_body["required"] == true => {
                errors.push("the request body is missing".into())
            }
            (None, Some(_)) => errors.push("the operation takes no body".into()),
            _ => {}
        }
        errors
    }

    /// Every way an answer breaks the document.
    pub fn check_response(
        &self,
        operation: &Operation<'_>,
        status: u16,
        body: &Value,
    ) -> Vec<String> {
        let response = &operation.operation["responses"][status.to_string()];
        if response.is_null() {
            return vec![format!("{} does not answer {status}", operation.template)];
        }
        let content = &response["content"];
        let schema = content["application/json"]
            .get("schema")
            .or_else(|| content["application/problem+json"].get("schema"));
        match schema {
            Some(schema) => self.check(schema, Direction::Response, body),
            None => Vec::new(),
        }
    }

    /// A `$ref`'d object (parameter) resolved in this document.
    fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(pointer) => self
                .document
                .pointer(pointer.trim_start_matches('#'))
                .unwrap_or(value),
            None => value,
        }
    }

    fn check(&self, schema: &Value, direction: Direction, instance: &Value) -> Vec<String> {
        let key = (schema.to_string(), direction);
        let validator = {
            let mut cache = self.validators.lock().unwrap();
            cache
                .entry(key)
                .or_insert_with(|| {
                    let root = json!({
                        "allOf": [convert(schema, direction)],
                        "components": *self.components[&direction],
                    });
                    Arc::new(
                        jsonschema::options()
                            .with_draft(jsonschema::Draft::Draft4)
                            .should_validate_formats(true)
                            .with_format("byte", is_base64)
                            .with_format("date", is_date)
                            .with_format("date-time", is_date_time)
                            .with_format("uuid", is_uuid)
                            .build(&root)
                            .unwrap_or_else(|e| panic!("schema does not compile: {e}")),
                    )
                })
                .clone()
        };
        validator
            .iter_errors(instance)
            .map(|e| format!("{}: {}", e.instance_path(), e.masked()))
            .collect()
    }
}

/// An OpenAPI 3.0 schema (and everything below it) as draft 4.
fn convert(value: &Value, direction: Direction) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(|v| convert(v, direction)).collect()),
        Value::Object(map) => {
            let mut out: Map<String, Value> = map
                .iter()
                .filter(|(k, _)| k.as_str() != "nullable")
                .map(|(k, v)| (k.clone(), convert(v, direction)))
                .collect();
            if let (Some(Value::Object(properties)), Some(Value::Array(required))) =
                (map.get("properties"), map.get("required"))
            {
                let hidden = match direction {
                    Direction::Request => "readOnly",
                    Direction::Response => "writeOnly",
                };
                let skip: Vec<&String> = properties
                    .iter()
                    .filter(|(_, p)| p[hidden] == true)
                    .map(|(k, _)| k)
                    .collect();
                let required: Vec<Value> = required
                    .iter()
                    .filter(|r| !skip.iter().any(|s| r.as_str() == Some(s.as_str())))
                    .cloned()
                    .collect();
                out.insert("required".into(), Value::Array(required));
                if direction == Direction::Request
                    && let Some(Value::Object(props)) = out.get_mut("properties")
                {
                    for name in skip {
                        // read-only: must not be sent
                        props.insert(name.clone(), json!({"not": {}}));
                    }
                }
            }
            let object = Value::Object(out);
            if map.get("nullable") == Some(&Value::Bool(true)) {
                json!({"anyOf": [object, {"type": "null"}]})
            } else {
                object
            }
        }
        other => other.clone(),
    }
}

/// A query or header value against its (simple) schema.
fn check_parameter(schema: &Value, value: &str) -> Option<String> {
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.iter().any(|a| a.as_str() == Some(value))
    {
        return Some(format!("`{value}` is not one of {allowed:?}"));
    }
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some("integer"), _) if value.parse::<i64>().is_err() => Some("not an integer".into()),
        (_, Some("uri")) if !is_uri(value) => Some("not a URI".into()),
        (_, Some("date")) if !is_date(value) => Some("not a date".into()),
        _ => None,
    }
}

fn is_uri(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://"))
        && !s.contains(char::is_whitespace)
        && s.len() > "https://".len()
}

fn is_base64(s: &str) -> bool {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).is_ok()
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.split('-').all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && s[5..7].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && s[8..10].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_date_time(s: &str) -> bool {
    s.len() >= 20 && is_date(&s[..10]) && s.as_bytes()[10] == b'T'
}

fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

#[test]
fn the_vendored_documents_validate_what_they_describe() {
    let spec = Spec::load(&super::spec_path("documenten-api-1.4.2.yaml"));
    assert_eq!(
        (spec.title.as_str(), spec.version.as_str()),
        ("Documenten API", "1.4.2")
    );
    let op = spec
        .operation("POST", "/enkelvoudiginformatieobjecten")
        .unwrap();
    let mut headers = axum::http::HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    let good = json!({
        "bronorganisatie": "002220647", "creatiedatum": "2026-03-09", "titel": "Brief",
        "auteur": "Gemeente", "taal": "dut", "informatieobjecttype": "http://x/iot/1",
        "inhoud": "JVBERi0=", "ondertekening": null,
    });
    assert_eq!(
        spec.check_request(&op, &[], &headers, Some(&good)),
        Vec::<String>::new()
    );
    // what the document forbids is refused, each with its place
    let mut bad = good.clone();
    bad["taal"] = json!("nl");
    bad["inhoud"] = json!("not base64!");
    bad.as_object_mut().unwrap().remove("auteur");
    let errors = spec.check_request(
        &op,
        &[("x".into(), "1".into())],
        &axum::http::HeaderMap::new(),
        Some(&bad),
    );
    let text = errors.join("\n");
    for needle in ["/taal", "/inhoud", "auteur", "Content-Type", "`x`"] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    assert!(
        spec.operation("DELETE", "/enkelvoudiginformatieobjecten")
            .is_none()
    );
    assert!(
        spec.operation("GET", "/enkelvoudiginformatieobjecten/abc")
            .is_some()
    );

    let zaken = Spec::load(&super::spec_path("zaken-api-1.5.1.yaml"));
    assert_eq!(
        (zaken.title.as_str(), zaken.version.as_str()),
        ("Zaken API", "1.5.1")
    );
    let op = zaken.operation("POST", "/zaakinformatieobjecten").unwrap();
    // read-only fields are required in answers, not in requests
    let link = json!({"informatieobject": "http://d/1", "zaak": "http://z/1"});
    assert!(
        zaken
            .check_request(&op, &[], &headers, Some(&link))
            .is_empty()
    );
    let errors = zaken.check_response(&op, 201, &link);
    assert!(errors.iter().any(|e| e.contains("url")), "{errors:?}");
    let mut sent = link.clone();
    sent["url"] = json!("http://z/zio/1");
    let errors = zaken.check_request(&op, &[], &headers, Some(&sent));
    assert!(errors.iter().any(|e| e.starts_with("/url")), "{errors:?}");
}
