//! Which message ids the typst templates use, read from their string
//! literals: a literal equal to a key uses it, a literal ending in `-` that
//! is concatenated (`"action-" + item.action`) uses every key with that
//! prefix, and a literal passed straight to `t`, `tr`, `tr-you`, `t-key` or
//! `subject-key:` must exist in Dutch. A key passed to `tr-you`, or to `t`
//! or `tr` with a `form:` argument, addresses the resident and receives
//! `$form`.

use super::Usage;
use crate::assets::Assets;
use crate::l10n::line_col;

/// Scans every `.typ` file under `templates/`.
pub(crate) fn scan(assets: &Assets) -> Usage {
    let mut usage = Usage::default();
    for (path, bytes) in assets.under("templates/") {
        if !path.ends_with(".typ") {
            continue;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue;
        };
        for (start, end, value) in string_literals(text) {
            usage.exact.insert(value.clone());
            let before = text[..start].trim_end();
            let addressed = called_as(before, "tr-you(")
                || (["t(", "tr("].iter().any(|call| called_as(before, call))
                    && call_arguments(text, end).is_some_and(passes_form));
            if addressed {
                usage.addressed.insert(value.clone());
            }
            let after = text[end..].trim_start();
            if value.ends_with('-') && after.starts_with('+') {
                usage.prefixes.insert(value);
                continue;
            }
            let is_call = ["t(", "tr(", "tr-you(", "t-key("]
                .iter()
                .any(|call| called_as(before, call))
                || before.ends_with("subject-key:");
            if is_call {
                let (line, col) = line_col(text, start);
                usage.calls.push((path.to_string(), line, col, value));
            }
        }
    }
    usage
}

/// Whether the text before a literal ends with the opening of a call to
/// `call` (e.g. `tr(`), not of a longer name ending the same way.
fn called_as(before: &str, call: &str) -> bool {
    before.ends_with(call)
        && !before[..before.len() - call.len()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// The rest of a call's argument list after its first argument (which ends
/// at `from`), up to the closing parenthesis, with the contents of strings
/// left out; nested brackets are followed. `None` when the call is not closed.
fn call_arguments(text: &str, from: usize) -> Option<String> {
    let mut arguments = String::new();
    let mut depth = 1;
    let mut chars = text[from..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                arguments.push_str("\"\"");
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(arguments);
                }
            }
            _ => {}
        }
        arguments.push(c);
    }
    None
}

/// Whether call arguments include a named argument `form:`.
fn passes_form(arguments: String) -> bool {
    arguments.match_indices("form").any(|(at, _)| {
        let named = arguments[at + 4..].trim_start().starts_with(':');
        let own_word = !arguments[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        named && own_word
    })
}

/// (start of the opening quote, end after the closing quote, value) of each
/// string literal, skipping `//` and `/* */` comments.
fn string_literals(text: &str) -> Vec<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                let start = i;
                let mut value = String::new();
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    if i < bytes.len() {
                        let ch = text[i..].chars().next().unwrap_or('\0');
                        value.push(ch);
                        i += ch.len_utf8();
                    }
                }
                i += 1;
                out.push((start, i.min(bytes.len()), value));
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_prefixes_and_comments() {
        let assets = Assets::from_files([(
            "templates/x/letter.typ",
            "// tr(\"commented\")\n#tr(\"a-key\")\n#tr(\"role-\" + case.role)\n#show: letter.with(subject-key: \"x-subject\")\n#let s = \"plain\"\n",
        )]);
        let usage = scan(&assets);
        let calls: Vec<&str> = usage.calls.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(calls, ["a-key", "x-subject"]);
        assert!(
            usage.uses("role-werkconsulent") && usage.uses("plain") && !usage.uses("commented")
        );
        assert_eq!((usage.calls[0].1, usage.calls[0].2), (2, 5));
    }

    #[test]
    fn messages_given_the_form_of_address() {
        let assets = Assets::from_files([(
            "templates/x/letter.typ",
            "#tr-you(\"you-a\")\n\
             #context t(\"you-b\", date: t-date(d, weekday: true), form: form)\n\
             #tr-you(\"you-prefix-\" + case.kind)\n\
             #tr(\"plain\", name: \"form: not an argument\")\n\
             #tr(\"other\", platform: x)\n",
        )]);
        let usage = scan(&assets);
        for key in ["you-a", "you-b", "you-prefix-applicant"] {
            assert!(usage.addresses(key), "{key}");
        }
        for key in ["plain", "other", "you"] {
            assert!(!usage.addresses(key), "{key}");
        }
        let calls: Vec<&str> = usage.calls.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(calls, ["you-a", "you-b", "plain", "other"]);
    }
}
