//! Reading batch input as a stream of cases: NDJSON (one JSON object per
//! line) or CSV (one case per row; header names are paths into the case,
//! e.g. `recipient/name` or `agreements/0/action`, and cells are typed by the
//! template's JSON Schema).

use std::io::BufRead;

use serde_json::{Map, Value};

use super::CaseFailure;

/// One raw case from the input, before the batch metadata is taken out.
pub enum RawCase {
    /// A line of NDJSON.
    Json { line: usize, text: String },
    /// A CSV row already turned into a JSON object.
    Row { line: usize, value: Value },
    /// A row or line that could not be read as a case.
    Bad(CaseFailure),
}

impl RawCase {
    pub fn line(&self) -> usize {
        match self {
            Self::Json { line, .. } | Self::Row { line, .. } => *line,
            Self::Bad(f) => f.line,
        }
    }
}

/// NDJSON: one case per non-blank line.
pub fn ndjson(reader: impl BufRead) -> impl Iterator<Item = RawCase> {
    reader
        .lines()
        .enumerate()
        .filter_map(|(i, line)| match line {
            Ok(text) if text.trim().is_empty() => None,
            Ok(text) => Some(RawCase::Json { line: i + 1, text }),
            Err(e) => Some(RawCase::Bad(CaseFailure::new(
                i + 1,
                None,
                "unreadable",
                format!("failed to read the line: {e}"),
            ))),
        })
}

/// CSV with a header row; each later row is a case. `schema` types the cells.
pub fn csv(reader: impl std::io::Read, schema: Value) -> impl Iterator<Item = RawCase> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers = reader.headers().cloned();
    let mut records = reader.into_records();
    let mut header_error = headers.as_ref().err().map(|e| e.to_string());
    let headers = headers.unwrap_or_default();
    std::iter::from_fn(move || {
        if let Some(e) = header_error.take() {
            return Some(RawCase::Bad(CaseFailure::new(
                1,
                None,
                "invalid-csv",
                format!("the header row cannot be read: {e}"),
            )));
        }
        let record = records.next()?;
        Some(match record {
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                RawCase::Bad(CaseFailure::new(line, None, "invalid-csv", e.to_string()))
            }
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                match row_to_case(&headers, &record, &schema) {
                    Ok(value) => RawCase::Row { line, value },
                    Err(message) => {
                        RawCase::Bad(CaseFailure::new(line, None, "invalid-csv", message))
                    }
                }
            }
        })
    })
}

/// Builds a nested case from one row. Empty cells are left out.
fn row_to_case(
    headers: &csv::StringRecord,
    record: &csv::StringRecord,
    schema: &Value,
) -> Result<Value, String> {
    let mut case = Value::Object(Map::new());
    for (header, cell) in headers.iter().zip(record.iter()) {
        if cell.is_empty() {
            continue;
        }
        let path: Vec<&str> = header.trim().trim_start_matches('/').split('/').collect();
        let value = typed_cell(cell, schema_at(schema, schema, &path))
            .map_err(|e| format!("column `{header}`: {e}"))?;
        insert(&mut case, &path, value).map_err(|e| format!("column `{header}`: {e}"))?;
    }
    Ok(case)
}

/// The schema of the value at `path`, following `$ref`, `properties` and `items`.
fn schema_at<'a>(root: &'a Value, schema: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let schema = resolve(root, schema)?;
    let Some((first, rest)) = path.split_first() else {
        return Some(schema);
    };
    let next = if first.parse::<usize>().is_ok() && schema.get("items").is_some() {
        schema.get("items")?
    } else {
        schema.get("properties")?.get(*first)?
    };
    schema_at(root, next, rest)
}

fn resolve<'a>(root: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(root, root.pointer(r.strip_prefix('#')?)?),
        None => Some(schema),
    }
}

/// A cell as the type the schema expects there (text when unknown).
fn typed_cell(cell: &str, schema: Option<&Value>) -> Result<Value, String> {
    let kind = schema
        .and_then(|s| s.get("type"))
        .and_then(Value::as_str)
        .unwrap_or("string");
    let cell = cell.trim();
    match kind {
        "number" => cell
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("`{cell}` is not a number")),
        "integer" => cell
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("`{cell}` is not a whole number")),
        "boolean" => match cell.to_lowercase().as_str() {
            "true" | "ja" | "yes" | "1" => Ok(Value::Bool(true)),
            "false" | "nee" | "no" | "0" => Ok(Value::Bool(false)),
            _ => Err(format!("`{cell}` is not true/false (ja/nee)")),
        },
        "array" | "object" => {
            serde_json::from_str(cell).map_err(|e| format!("expected JSON here: {e}"))
        }
        _ => Ok(Value::String(cell.to_string())),
    }
}

/// Sets `value` at `path`, creating objects and arrays on the way.
fn insert(target: &mut Value, path: &[&str], value: Value) -> Result<(), String> {
    let Some((first, rest)) = path.split_first() else {
        *target = value;
        return Ok(());
    };
    let slot = match (target, first.parse::<usize>()) {
        (Value::Array(items), Ok(i)) => {
            if i > items.len() {
                return Err(format!(
                    "index {i} skips earlier items; number list columns from 0"
                ));
            }
            if i == items.len() {
                items.push(
                    if rest.first().is_some_and(|r| r.parse::<usize>().is_ok()) {
                        Value::Array(Vec::new())
                    } else {
                        Value::Object(Map::new())
                    },
                );
            }
            &mut items[i]
        }
        (Value::Object(map), _) => {
            let next_is_index = rest.first().is_some_and(|r| r.parse::<usize>().is_ok());
            map.entry(first.to_string()).or_insert_with(|| {
                if next_is_index {
                    Value::Array(Vec::new())
                } else {
                    Value::Object(Map::new())
                }
            })
        }
        _ => return Err(format!("`{first}` cannot be set here")),
    };
    insert(slot, rest, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_rows_become_typed_nested_cases() {
        let schema = json!({
            "type": "object",
            "properties": {
                "amount": {"$ref": "#/$defs/money"},
                "interpreter": {"type": "boolean"},
                "recipient": {"type": "object", "properties": {"address": {"type": "array", "items": {"type": "string"}}}},
                "agreements": {"type": "array", "items": {"type": "object", "properties": {"action": {"type": "string"}}}}
            },
            "$defs": {"money": {"type": "number"}}
        });
        let input = "id,amount,interpreter,recipient/address/0,recipient/address/1,agreements/0/action,postcode\n7,\"1234,5\",ja,Lindelaan 12,1234 CD Voorbeeldstad,open-bank-account,1234\n";
        let cases: Vec<RawCase> = csv(input.as_bytes(), schema).collect();
        let RawCase::Row { line, value } = &cases[0] else {
            panic!()
        };
        assert_eq!(*line, 2);
        assert_eq!(
            value,
            &json!({"id": "7", "amount": 1234.5, "interpreter": true,
                "recipient": {"address": ["Lindelaan 12", "1234 CD Voorbeeldstad"]},
                "agreements": [{"action": "open-bank-account"}], "postcode": "1234"})
        );
    }
}
