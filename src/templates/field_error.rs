//! What is wrong with one field of the case data: a JSON pointer, an English
//! message for API clients, logs and the command line, and a machine code
//! whose Dutch wording for staff is the message `error-<code>` in
//! `locales/nl/staff.ftl` (formatted with the error's parameters by the
//! render engine, which knows the locales). Schema errors get their code
//! from the kind of `jsonschema` error, never from its English text.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde::Serialize;
use serde_json::Value;

/// One violation of a template's schema or checks, located by JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// JSON pointer into the case data, e.g. `/agreements/0/due` (empty = whole document).
    pub pointer: String,
    /// What is wrong, in English, without echoing the value (it may be personal data).
    pub message: String,
    /// What is wrong, as a stable code: `required`, `too-long`, `date`, or a
    /// template's own (`income-over-norm`). The Dutch wording is the message
    /// `error-<code>` in `locales/nl/staff.ftl`.
    pub code: String,
    /// What is wrong, in Dutch for staff: `error-<code>` formatted with
    /// [`FieldError::params`]. Filled in by the render engine
    /// (`render::Engine::describe`); empty before that.
    pub text: String,
    /// Values the Dutch wording places (a limit, names of unknown fields);
    /// never a value of the case.
    #[serde(skip)]
    pub params: Vec<(&'static str, Param)>,
}

/// A value [`FieldError::text`] places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    Number(serde_json::Number),
    Text(String),
}

impl From<u64> for Param {
    fn from(n: u64) -> Self {
        Self::Number(n.into())
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Self {
        Self::Number((n as u64).into())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Self::Text(s.to_string())
    }
}

impl FieldError {
    /// An error at `pointer` with one of eigentaal's own codes.
    pub fn new(pointer: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self::with_code(pointer, code.as_str(), message)
    }

    /// An error at `pointer` with any code (a template's own, from `case-error`).
    pub fn with_code(
        pointer: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            pointer: pointer.into(),
            message: message.into(),
            code: code.into(),
            text: String::new(),
            params: Vec::new(),
        }
    }

    /// The same error with a parameter for its Dutch wording.
    pub fn param(mut self, name: &'static str, value: impl Into<Param>) -> Self {
        self.params.push((name, value.into()));
        self
    }

    /// The same error at another pointer.
    pub fn at(self, pointer: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            ..self
        }
    }

    /// The message id of the Dutch wording: `error-<code>`.
    pub fn text_id(&self) -> String {
        text_id(&self.code)
    }
}

/// The staff message that words an error code in Dutch: `error-<code>`.
pub fn text_id(code: &str) -> String {
    format!("error-{code}")
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "{at}: {}", self.message)
    }
}

macro_rules! error_codes {
    ($($(#[$doc:meta])* $name:ident = $code:literal,)*) => {
        /// The codes eigentaal itself gives errors (templates add their own
        /// through `case-error(.., code: ..)`). Each has its Dutch wording
        /// `error-<code>` in `locales/nl/staff.ftl`; `check` holds the two
        /// against each other.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ErrorCode {
            $($(#[$doc])* $name,)*
        }

        impl ErrorCode {
            /// Every code, for `check`.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$name => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// A required field is absent (at its own pointer).
    Required = "required",
    /// Shorter than `minLength` (`$limit`); a limit of 1 means "fill it in".
    TooShort = "too-short",
    TooLong = "too-long",
    /// Not a date: `"format": "date"`, or a pattern that takes `2026-11-23`.
    Date = "date",
    /// A pattern that takes `09:30`, or `"format": "time"`.
    Time = "time",
    /// A pattern that takes `2026-11`.
    Month = "month",
    /// A pattern that takes telephone numbers.
    Phone = "phone",
    /// A pattern that takes `https://` addresses.
    WebAddress = "web-address",
    /// Any other pattern.
    Pattern = "pattern",
    Email = "email",
    Bsn = "bsn",
    /// Any other format.
    Format = "format",
    /// Not one of the codes of an `enum` (or not the `const`).
    Choice = "choice",
    TooLow = "too-low",
    TooHigh = "too-high",
    /// Not more than `exclusiveMinimum`.
    NotAbove = "not-above",
    /// Not less than `exclusiveMaximum`.
    NotBelow = "not-below",
    MultipleOf = "multiple-of",
    TooFewItems = "too-few-items",
    TooManyItems = "too-many-items",
    TooFewProperties = "too-few-properties",
    TooManyProperties = "too-many-properties",
    Duplicate = "duplicate",
    TypeInteger = "type-integer",
    TypeNumber = "type-number",
    TypeString = "type-string",
    TypeBoolean = "type-boolean",
    TypeArray = "type-array",
    TypeObject = "type-object",
    /// Another type, or one of several.
    Type = "type",
    /// Fields the schema does not have (`$fields`, `$count`).
    UnknownFields = "unknown-fields",
    /// Anything else the schema refuses.
    Invalid = "invalid",
    /// A control character a letter cannot print.
    ControlCharacter = "control-character",
    /// Characters none of the letter's fonts has.
    Unprintable = "unprintable",
    /// A free-text version in a language the letter is not written in.
    FreeTextLanguage = "free-text-language",
    /// Free text in Dutch only where the letter refuses that.
    DutchOnly = "dutch-only",
    /// A batch file's column name that is not a path (`$cell`).
    ColumnName = "column-name",
    /// A batch file's column that is not a field of the letter (`$cell`, `$column`).
    UnknownColumn = "unknown-column",
    /// A batch file's column for a field another column has (`$cell`, `$column`, `$other`).
    OverlappingColumn = "overlapping-column",
    /// A batch file whose header row cannot be read (`$cell`).
    HeaderRow = "header-row",
    /// A batch file without a header row.
    NoHeader = "no-header",
    /// A batch file that is not the text encoding it was sent as.
    Encoding = "encoding",
    /// A batch file that is not an .xlsx workbook.
    NotWorkbook = "not-workbook",
    /// A workbook without the asked sheet (`$sheet`).
    NoSheet = "no-sheet",
    /// A batch file that could not be read.
    Unreadable = "unreadable",
    /// A `case-error` without a code of its own.
    CaseData = "case-data",
    /// A spreadsheet cell that is not a date.
    CellDate = "cell-date",
    CellDateWithTime = "cell-date-with-time",
    CellTime = "cell-time",
    CellWholeNumber = "cell-whole-number",
    CellNumber = "cell-number",
    CellYesNo = "cell-yes-no",
    CellJson = "cell-json",
    /// The cell shows an error value such as `#N/A`.
    CellSpreadsheetError = "cell-spreadsheet-error",
    /// `?` where the file's code page lost a letter.
    CellLostLetters = "cell-lost-letters",
    /// Bytes that are not text in the file's encoding.
    CellUnreadable = "cell-unreadable",
    /// A filled cell in a column without a header.
    CellNoHeader = "cell-no-header",
    /// A list item filled while an earlier one is empty.
    CellListGap = "cell-list-gap",
    /// A column whose path cannot hold a value.
    CellNotHere = "cell-not-here",
}

/// What a `pattern` takes, judged by what it accepts (not by its text, so
/// `^[0-9]{4}-[0-9]{2}-[0-9]{2}$` and `^\d{4}-\d\d-\d\d$` are both dates).
/// The one place that decides the wording of a pattern error and which
/// spreadsheet columns are clock times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternKind {
    Date,
    Time,
    Month,
    Phone,
    WebAddress,
    Other,
}

impl PatternKind {
    pub fn of(pattern: &str) -> Self {
        let Ok(check) = jsonschema::validator_for(&serde_json::json!({ "pattern": pattern }))
        else {
            return Self::Other;
        };
        let takes = |s: &str| check.is_valid(&Value::from(s));
        if takes("tekst") {
            return Self::Other;
        }
        // In this order: a telephone pattern also takes `2026-11-23`.
        [
            (Self::Phone, "+31 (0)20-123 45 67"),
            (Self::Date, "2026-11-23"),
            (Self::Month, "2026-11"),
            (Self::Time, "23:59"),
            (Self::WebAddress, "https://www.voorbeeldstad.nl/upload"),
        ]
        .into_iter()
        .find(|(_, sample)| takes(sample))
        .map_or(Self::Other, |(kind, _)| kind)
    }

    fn code(self) -> ErrorCode {
        match self {
            Self::Date => ErrorCode::Date,
            Self::Time => ErrorCode::Time,
            Self::Month => ErrorCode::Month,
            Self::Phone => ErrorCode::Phone,
            Self::WebAddress => ErrorCode::WebAddress,
            Self::Other => ErrorCode::Pattern,
        }
    }
}

/// The code and parameters of a `jsonschema` error, by its kind.
pub fn schema_error(kind: &ValidationErrorKind) -> (ErrorCode, Vec<(&'static str, Param)>) {
    use ValidationErrorKind as K;
    let limit = |n: u64| vec![("limit", Param::from(n))];
    let number = |v: &Value| match v {
        Value::Number(n) => vec![("limit", Param::Number(n.clone()))],
        other => vec![("limit", Param::Text(other.to_string()))],
    };
    match kind {
        K::Required { .. } => (ErrorCode::Required, Vec::new()),
        K::MinLength { limit: n } => (ErrorCode::TooShort, limit(*n)),
        K::MaxLength { limit: n } => (ErrorCode::TooLong, limit(*n)),
        K::Pattern { pattern } => (PatternKind::of(pattern).code(), Vec::new()),
        K::Format { format } => (
            match format.as_str() {
                "date" => ErrorCode::Date,
                "time" => ErrorCode::Time,
                "email" | "idn-email" => ErrorCode::Email,
                "bsn" => ErrorCode::Bsn,
                _ => ErrorCode::Format,
            },
            Vec::new(),
        ),
        K::Enum { .. } | K::Constant { .. } => (ErrorCode::Choice, Vec::new()),
        K::Minimum { limit } => (ErrorCode::TooLow, number(limit)),
        K::Maximum { limit } => (ErrorCode::TooHigh, number(limit)),
        K::ExclusiveMinimum { limit } => (ErrorCode::NotAbove, number(limit)),
        K::ExclusiveMaximum { limit } => (ErrorCode::NotBelow, number(limit)),
        K::MultipleOf { multiple_of } => (
            ErrorCode::MultipleOf,
            serde_json::Number::from_f64(*multiple_of)
                .map(|n| vec![("limit", Param::Number(n))])
                .unwrap_or_default(),
        ),
        K::MinItems { limit: n } => (ErrorCode::TooFewItems, limit(*n)),
        K::MaxItems { limit: n } => (ErrorCode::TooManyItems, limit(*n)),
        K::MinProperties { limit: n } => (ErrorCode::TooFewProperties, limit(*n)),
        K::MaxProperties { limit: n } => (ErrorCode::TooManyProperties, limit(*n)),
        K::UniqueItems => (ErrorCode::Duplicate, Vec::new()),
        K::Type { kind } => (
            match kind {
                TypeKind::Single(t) => match t {
                    jsonschema::JsonType::Integer => ErrorCode::TypeInteger,
                    jsonschema::JsonType::Number => ErrorCode::TypeNumber,
                    jsonschema::JsonType::String => ErrorCode::TypeString,
                    jsonschema::JsonType::Boolean => ErrorCode::TypeBoolean,
                    jsonschema::JsonType::Array => ErrorCode::TypeArray,
                    jsonschema::JsonType::Object => ErrorCode::TypeObject,
                    jsonschema::JsonType::Null => ErrorCode::Type,
                },
                TypeKind::Multiple(_) => ErrorCode::Type,
            },
            Vec::new(),
        ),
        K::AdditionalProperties { unexpected } | K::UnevaluatedProperties { unexpected } => (
            ErrorCode::UnknownFields,
            vec![
                ("fields", Param::Text(unexpected.join(", "))),
                ("count", Param::from(unexpected.len())),
            ],
        ),
        _ => (ErrorCode::Invalid, Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The parameters of an error's Dutch wording.
    type Params = Vec<(&'static str, Param)>;

    /// The code of each error `schema` gives `data`, by pointer.
    fn codes(schema: Value, data: Value) -> Vec<(String, &'static str, Params)> {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        validator
            .iter_errors(&data)
            .map(|e| {
                let (code, params) = schema_error(e.kind());
                (e.instance_path().to_string(), code.as_str(), params)
            })
            .collect()
    }

    #[test]
    fn schema_errors_get_codes_by_their_kind() {
        let schema = json!({
            "type": "object",
            "required": ["name"],
            "additionalProperties": false,
            "properties": {
                "name": { "type": "string", "minLength": 1, "maxLength": 5 },
                "when": { "type": "string", "format": "date" },
                "time": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
                "phone": { "type": "string", "pattern": "^\\+?[0-9][0-9 ()-]*$" },
                "day": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
                "month": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" },
                "url": { "type": "string", "pattern": "^https://" },
                "code": { "type": "string", "pattern": "^[A-Z]{3}$" },
                "mail": { "type": "string", "format": "email" },
                "role": { "enum": ["a", "b"] },
                "amount": { "type": "number", "minimum": 0.01, "maximum": 10 },
                "count": { "type": "integer" },
                "list": { "type": "array", "minItems": 3, "uniqueItems": true },
                "ok": { "type": "boolean" },
                "parts": { "type": "object", "minProperties": 1 }
            }
        });
        let got = codes(
            schema,
            json!({
                "when": "2026-02-30", "time": "25:00", "phone": "bel mij", "day": "gisteren",
                "month": "2026-13", "url": "http://x", "code": "abc", "mail": "geen",
                "role": "c", "amount": 0, "count": 1.5, "list": [1, 1], "ok": "ja",
                "parts": {}, "extra": 1, "other": 2
            }),
        );
        let by_pointer = |p: &str| {
            got.iter()
                .filter(|(at, _, _)| at == p)
                .map(|(_, code, _)| *code)
                .collect::<Vec<_>>()
        };
        assert_eq!(by_pointer("/when"), ["date"]);
        assert_eq!(by_pointer("/time"), ["time"]);
        assert_eq!(by_pointer("/phone"), ["phone"]);
        assert_eq!(by_pointer("/day"), ["date"]);
        assert_eq!(by_pointer("/month"), ["month"]);
        assert_eq!(by_pointer("/url"), ["web-address"]);
        assert_eq!(by_pointer("/code"), ["pattern"]);
        assert_eq!(by_pointer("/mail"), ["email"]);
        assert_eq!(by_pointer("/role"), ["choice"]);
        assert_eq!(by_pointer("/amount"), ["too-low"]);
        assert_eq!(by_pointer("/count"), ["type-integer"]);
        let mut list = by_pointer("/list");
        list.sort();
        assert_eq!(list, ["duplicate", "too-few-items"]);
        assert_eq!(by_pointer("/ok"), ["type-boolean"]);
        assert_eq!(by_pointer("/parts"), ["too-few-properties"]);
        let root: Vec<_> = got.iter().filter(|(at, _, _)| at.is_empty()).collect();
        let codes_at_root: Vec<&str> = root.iter().map(|(_, c, _)| *c).collect();
        assert!(codes_at_root.contains(&"required"), "{codes_at_root:?}");
        assert!(
            codes_at_root.contains(&"unknown-fields"),
            "{codes_at_root:?}"
        );
        let unknown = root
            .iter()
            .find(|(_, c, _)| *c == "unknown-fields")
            .unwrap();
        assert_eq!(
            unknown.2,
            vec![
                ("fields", Param::Text("extra, other".into())),
                ("count", Param::from(2usize))
            ]
        );
        let amount = got.iter().find(|(at, _, _)| at == "/amount").unwrap();
        assert_eq!(
            amount.2[0].1,
            Param::Number(serde_json::Number::from_f64(0.01).unwrap())
        );

        let long = codes(json!({ "maxLength": 5, "minLength": 3 }), json!("abcdefg"));
        assert_eq!(long[0].1, "too-long");
        assert_eq!(long[0].2, vec![("limit", Param::from(5u64))]);
    }

    #[test]
    fn pattern_kinds_by_what_they_take() {
        assert_eq!(PatternKind::of("^\\d{4}-\\d\\d-\\d\\d$"), PatternKind::Date);
        assert_eq!(
            PatternKind::of("^[0-2][0-9]:[0-5][0-9]$"),
            PatternKind::Time
        );
        assert_eq!(PatternKind::of("^\\+?[0-9][0-9 ()-]*$"), PatternKind::Phone);
        assert_eq!(PatternKind::of("^https://"), PatternKind::WebAddress);
        assert_eq!(PatternKind::of("."), PatternKind::Other);
        assert_eq!(PatternKind::of("(unclosed"), PatternKind::Other);
    }

    #[test]
    fn codes_are_unique_and_fit_a_message_id() {
        let mut seen = std::collections::BTreeSet::new();
        for code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{s}"
            );
        }
    }
}
