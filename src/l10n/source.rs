//! The Fluent source of each message as review sees it: normalised text,
//! its SHA-256, where it is defined, and its shape (the variables it reads
//! and the variants it selects between).
//!
//! Normalised means re-serialised from the syntax tree without comments, so
//! re-indenting a file or editing a comment does not make a review stale,
//! while any change to the text, a variable or a variant does. Terms and
//! messages a message refers to (`{ -brand }`, `{ other-message }`) are
//! appended, so changing a term makes every message using it stale too.
//! A message's `.label` attribute is left out: it is the staff page's
//! wording for a choice (see [`super::LABEL`]), never part of a letter, so
//! changing it makes no translation stale.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// One message of one language, as defined in its `.ftl` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSource {
    /// The Fluent file stem (`common`, `afspraken`, ...).
    pub stem: String,
    /// 1-based line of `id =` in that file.
    pub line: usize,
    /// The normalised Fluent source (`id = text`, plus any terms it uses).
    pub text: String,
    /// SHA-256 of `text`, lowercase hex.
    pub sha256: String,
}

/// The variables a message reads and the selectors it chooses variants by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageShape {
    pub variables: BTreeSet<String>,
    /// (selector variable, variant keys) of every select on a variable.
    pub selects: Vec<(String, BTreeSet<String>)>,
}

/// The normalised source of every message in `files` (stem, entries),
/// which together make one language.
pub fn message_sources<'a, I>(files: I) -> BTreeMap<String, MessageSource>
where
    I: IntoIterator<Item = (&'a str, &'a str, Vec<&'a ast::Entry<&'a str>>)>,
{
    // (stem, file text, entry) of every message and term, by id; terms as `-id`.
    let mut defined: BTreeMap<String, (&str, &str, &ast::Entry<&str>)> = BTreeMap::new();
    for (stem, text, entries) in files {
        for entry in entries {
            let id = match entry {
                ast::Entry::Message(m) => m.id.name.to_string(),
                ast::Entry::Term(t) => format!("-{}", t.id.name),
                _ => continue,
            };
            defined.entry(id).or_insert((stem, text, entry));
        }
    }
    defined
        .iter()
        .filter(|(id, _)| !id.starts_with('-'))
        .map(|(id, (stem, file_text, _))| {
            let text = normalised(id, &defined);
            let source = MessageSource {
                stem: stem.to_string(),
                line: locate(file_text, id).0,
                sha256: sha256_hex(&text),
                text,
            };
            (id.clone(), source)
        })
        .collect()
}

/// The message `id` re-serialised without comments, followed by every term
/// and message it refers to (transitively, in id order).
fn normalised(id: &str, defined: &BTreeMap<String, (&str, &str, &ast::Entry<&str>)>) -> String {
    let mut seen = BTreeSet::new();
    let mut todo = vec![id.to_string()];
    while let Some(next) = todo.pop() {
        if !seen.insert(next.clone()) {
            continue;
        }
        if let Some((_, _, entry)) = defined.get(&next) {
            references(entry, &mut todo);
        }
    }
    let mut out = serialise(defined.get(id).map(|d| d.2));
    for other in seen.iter().filter(|other| other.as_str() != id) {
        out.push_str(&serialise(defined.get(other).map(|d| d.2)));
    }
    out
}

/// One entry as Fluent text, its comment left out.
fn serialise(entry: Option<&ast::Entry<&str>>) -> String {
    let entry = match entry {
        Some(ast::Entry::Message(m)) => ast::Entry::Message(ast::Message {
            comment: None,
            attributes: letter_attributes(m).cloned().collect(),
            ..m.clone()
        }),
        Some(ast::Entry::Term(t)) => ast::Entry::Term(ast::Term {
            comment: None,
            ..t.clone()
        }),
        _ => return String::new(),
    };
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// The attributes of a message that letters can show: all but `.label`.
fn letter_attributes<'m, 's>(
    message: &'m ast::Message<&'s str>,
) -> impl Iterator<Item = &'m ast::Attribute<&'s str>> {
    message
        .attributes
        .iter()
        .filter(|a| a.id.name != super::LABEL)
}

/// Ids of the terms (`-id`) and messages an entry refers to.
fn references(entry: &ast::Entry<&str>, out: &mut Vec<String>) {
    let patterns: Vec<&ast::Pattern<&str>> = match entry {
        ast::Entry::Message(m) => m
            .value
            .iter()
            .chain(letter_attributes(m).map(|a| &a.value))
            .collect(),
        ast::Entry::Term(t) => std::iter::once(&t.value)
            .chain(t.attributes.iter().map(|a| &a.value))
            .collect(),
        _ => return,
    };
    let mut visit = |inline: &ast::InlineExpression<&str>| match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
        ast::InlineExpression::TermReference { id, .. } => out.push(format!("-{}", id.name)),
        _ => {}
    };
    for pattern in patterns {
        walk_pattern(pattern, &mut visit);
    }
}

/// Variables and selects of a message (value and attributes).
pub fn shape(message: &ast::Message<&str>) -> MessageShape {
    let mut shape = MessageShape::default();
    let patterns = message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        walk_pattern(pattern, &mut |inline| {
            if let ast::InlineExpression::VariableReference { id } = inline {
                shape.variables.insert(id.name.to_string());
            }
        });
        collect_selects(pattern, &mut shape.selects);
    }
    shape
}

/// The shape of the first message in a piece of Fluent source, e.g. a
/// [`MessageSource::text`].
pub fn shape_of_text(text: &str) -> MessageShape {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .find_map(|entry| match entry {
            ast::Entry::Message(m) => Some(shape(m)),
            _ => None,
        })
        .unwrap_or_default()
}

fn collect_selects(pattern: &ast::Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_selects_expr(expression, out);
        }
    }
}

fn collect_selects_expr(
    expression: &ast::Expression<&str>,
    out: &mut Vec<(String, BTreeSet<String>)>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                out.push((id.name.to_string(), keys));
            }
            for variant in variants {
                collect_selects(&variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            collect_selects_expr(expression, out);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Calls `visit` on every inline expression in a pattern, nested ones included.
fn walk_pattern<'s>(
    pattern: &ast::Pattern<&'s str>,
    visit: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression<'s>(
    expression: &ast::Expression<&'s str>,
    visit: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
    }
}

fn walk_inline<'s>(
    inline: &ast::InlineExpression<&'s str>,
    visit: &mut dyn FnMut(&ast::InlineExpression<&'s str>),
) {
    visit(inline);
    match inline {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, visit);
            }
            for a in &arguments.named {
                walk_inline(&a.value, visit);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        _ => {}
    }
}

/// Line and column of the definition `id =` in a Fluent source (1, 1 when
/// not found).
pub fn locate(text: &str, id: &str) -> (usize, usize) {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or((1, 1), |index| (index + 1, 1))
}

/// SHA-256 of a text as lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    crate::digest::sha256_hex(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> BTreeMap<String, MessageSource> {
        let resource = fluent_syntax::parser::parse(text).unwrap();
        message_sources([("common", text, resource.body.iter().collect())])
    }

    #[test]
    fn layout_and_comments_do_not_change_the_hash() {
        let a = sources("# old comment\nhello = Hallo { $name },\n    welkom.\n");
        let b = sources("# new comment\nhello =\n  Hallo { $name },\n  welkom.\n");
        assert_eq!(a["hello"].sha256, b["hello"].sha256);
        assert_eq!(
            a["hello"].text,
            "hello =\n    Hallo { $name },\n    welkom.\n"
        );
        let c = sources("hello = Hallo { $name }, welkom!\n");
        assert_ne!(a["hello"].sha256, c["hello"].sha256);
    }

    #[test]
    fn a_term_change_changes_the_messages_using_it() {
        let a = sources("-org = Gemeente\nhello = Welkom bij de { -org }.\nother = Los\n");
        let b = sources("-org = Stad\nhello = Welkom bij de { -org }.\nother = Los\n");
        assert_ne!(a["hello"].sha256, b["hello"].sha256);
        assert_eq!(a["other"].sha256, b["other"].sha256);
        assert!(a["hello"].text.contains("-org = Gemeente"));
        assert!(!a.contains_key("-org"));
        assert_eq!(a["other"].line, 3);
    }

    #[test]
    fn a_staff_label_is_no_part_of_the_reviewed_text() {
        let a = sources("partner-resident = U\n    .form = { $form }\n");
        let b =
            sources("partner-resident = U\n    .form = { $form }\n    .label = De inwoner zelf\n");
        assert_eq!(a["partner-resident"].sha256, b["partner-resident"].sha256);
        assert!(!b["partner-resident"].text.contains("inwoner"));
        assert!(b["partner-resident"].text.contains(".form"));
    }

    #[test]
    fn shape_lists_variables_and_variants() {
        let shape = shape_of_text(
            "items = { $count ->\n    [one] één ding voor { $name }\n   *[other] { $count } dingen\n}\n",
        );
        assert_eq!(
            shape.variables.iter().collect::<Vec<_>>(),
            ["count", "name"]
        );
        assert_eq!(shape.selects.len(), 1);
        assert_eq!(shape.selects[0].0, "count");
        assert_eq!(
            shape.selects[0].1.iter().collect::<Vec<_>>(),
            ["one", "other"]
        );
    }
}
