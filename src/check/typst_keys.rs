//! Which message ids the typst templates use, read from their string
//! literals: a literal equal to a key uses it, a literal ending in `-` that
//! is concatenated (`"action-" + item.action`) uses every key with that
//! prefix, and a literal passed straight to `t`, `tr`, `t-key` or
//! `subject-key:` must exist in Dutch.

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
            let after = text[end..].trim_start();
            if value.ends_with('-') && after.starts_with('+') {
                usage.prefixes.insert(value);
                continue;
            }
            let before = text[..start].trim_end();
            let is_call = ["t(", "tr(", "t-key("].iter().any(|call| {
                before.ends_with(call)
                    && !before[..before.len() - call.len()]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
            }) || before.ends_with("subject-key:");
            if is_call {
                let (line, col) = line_col(text, start);
                usage.calls.push((path.to_string(), line, col, value));
            }
        }
    }
    usage
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
}
