//! The choices of a template's schema: every `enum`, with the message
//! prefix that names its codes in Dutch (`"x-message-prefix": "partner-"`:
//! the label of code `coa` is the Dutch message `partner-coa`, its `.label`
//! attribute if it has one). The staff page shows those labels in its
//! dropdowns; `check` holds every code against the Dutch messages.

use serde_json::Value;

use super::pointer_token;

/// The schema keyword that names an enum's message prefix.
pub const MESSAGE_PREFIX: &str = "x-message-prefix";

/// One `enum` of a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// JSON pointer to the enum's schema inside `schema.json`, e.g. `/$defs/partner`.
    pub pointer: String,
    /// `x-message-prefix`, if the schema gives one.
    pub prefix: Option<String>,
    /// The codes that are strings (the ones a label can name).
    pub codes: Vec<String>,
}

impl Choice {
    /// The message ids of the codes' labels (none without a prefix).
    pub fn message_ids(&self) -> impl Iterator<Item = (&str, String)> + '_ {
        self.prefix.iter().flat_map(|prefix| {
            self.codes
                .iter()
                .map(move |c| (c.as_str(), format!("{prefix}{c}")))
        })
    }
}

/// Every `enum` in `schema`, in document order.
pub fn of(schema: &Value) -> Vec<Choice> {
    fn walk(node: &Value, pointer: &mut String, out: &mut Vec<Choice>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Array(codes)) = map.get("enum") {
                    out.push(Choice {
                        pointer: pointer.clone(),
                        prefix: map
                            .get(MESSAGE_PREFIX)
                            .and_then(Value::as_str)
                            .map(str::to_string),
                        codes: codes
                            .iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect(),
                    });
                }
                for (key, value) in map {
                    // `const`, `examples` and `default` hold data, not schemas.
                    if matches!(key.as_str(), "enum" | "const" | "examples" | "default") {
                        continue;
                    }
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&pointer_token(key));
                    walk(value, pointer, out);
                    pointer.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push_str(&format!("/{i}"));
                    walk(item, pointer, out);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(schema, &mut String::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn enums_with_and_without_prefix() {
        let schema = json!({
            "$defs": { "partner": { "enum": ["coa", "gp"], "x-message-prefix": "partner-" } },
            "properties": {
                "form": { "enum": ["mr", "ms"] },
                "list": { "items": { "enum": ["a", 1], "x-message-prefix": "x-" } },
                "fixed": { "const": { "enum": ["not", "a", "schema"] } }
            }
        });
        let choices = of(&schema);
        assert_eq!(choices.len(), 3, "{choices:?}");
        let partner = &choices[0];
        assert_eq!(partner.pointer, "/$defs/partner");
        let ids: Vec<(&str, String)> = partner.message_ids().collect();
        assert_eq!(
            ids,
            [("coa", "partner-coa".into()), ("gp", "partner-gp".into())]
        );
        let form = choices
            .iter()
            .find(|c| c.pointer == "/properties/form")
            .unwrap();
        assert_eq!(form.prefix, None);
        assert_eq!(form.message_ids().count(), 0);
        let list = choices
            .iter()
            .find(|c| c.pointer == "/properties/list/items")
            .unwrap();
        assert_eq!(list.codes, ["a"]);
    }
}
