//! Which message ids the typst templates use, read from the string literals
//! of their syntax trees: a literal equal to a key uses it, a literal ending in `-` that
//! is concatenated (`"action-" + item.action`) uses every key with that
//! prefix, and a literal passed straight to `t`, `tr`, `tr-you`, `t-you` or
//! `t-key` must exist in Dutch. A key passed to `tr-you` or `t-you`, or to
//! `t` or `tr` with a `form:` argument, addresses the resident and receives
//! `$form`. A literal given as `code:` (to `case-error`, or in a dictionary
//! a template collects problems in) names an error code whose Dutch wording
//! is `error-<code>` in `locales/nl/staff.ftl`; a `case-error` call without
//! `code:` is noted too.

use super::Usage;
use crate::assets::Assets;
use crate::l10n::line_col;
use typst::syntax::ast::{self, AstNode};
use typst::syntax::{LinkedNode, SyntaxKind};

/// The template helpers whose first argument is a message id.
const MESSAGE_CALLS: [&str; 5] = ["t", "tr", "tr-you", "t-you", "t-key"];

/// Scans every `.typ` file under `templates/`, parsed with typst's own parser.
pub(crate) fn scan(assets: &Assets) -> Usage {
    let mut usage = Usage::default();
    for (path, bytes) in assets.under("templates/") {
        if !path.ends_with(".typ") {
            continue;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue;
        };
        let root = typst::syntax::parse(text);
        visit(&LinkedNode::new(&root), &mut |node| {
            literal(text, path, node, &mut usage);
            error_code(text, path, node, &mut usage);
        });
    }
    usage
}

fn visit<'a>(node: &LinkedNode<'a>, f: &mut impl FnMut(&LinkedNode<'a>)) {
    f(node);
    for child in node.children() {
        visit(&child, f);
    }
}

/// Records what one string literal says about the messages used.
fn literal(text: &str, path: &str, node: &LinkedNode, usage: &mut Usage) {
    let Some(value) = node.cast::<ast::Str>().map(|s| s.get().to_string()) else {
        return;
    };
    usage.exact.insert(value.clone());
    let prefix = value.ends_with('-') && is_lhs_of_plus(node);
    // The argument the literal is, or begins: `"a-"` in `tr("a-" + x)`.
    let argument = if prefix { node.parent() } else { Some(node) };
    let call = argument.and_then(first_argument_of);
    if let Some((callee, args)) = &call
        && (callee.ends_with("-you") || ((callee == "t" || callee == "tr") && names(*args, "form")))
    {
        usage.addressed.insert(value.clone());
    }
    if prefix {
        usage.prefixes.insert(value);
        return;
    }
    if call.is_some() {
        let (line, col) = line_col(text, node.offset());
        usage.calls.push((path.to_string(), line, col, value));
    }
}

/// Records an error code (`code: "income-over-norm"`) or a `case-error`
/// call without one.
fn error_code(text: &str, path: &str, node: &LinkedNode, usage: &mut Usage) {
    if let Some(named) = node.cast::<ast::Named>()
        && named.name().as_str() == CODE
        && let ast::Expr::Str(code) = named.expr()
    {
        let (line, col) = line_col(text, node.offset());
        usage
            .error_codes
            .push((path.to_string(), line, col, code.get().to_string()));
    }
    if let Some(call) = node.cast::<ast::FuncCall>()
        && let ast::Expr::Ident(callee) = call.callee()
        && callee.as_str() == CASE_ERROR
        && !names(call.args(), CODE)
    {
        let (line, col) = line_col(text, node.offset());
        usage
            .uncoded_case_errors
            .push((path.to_string(), line, col));
    }
}

/// The native that stops a letter as invalid case data, and its argument
/// naming the error code.
const CASE_ERROR: &str = "case-error";
const CODE: &str = "code";

/// Whether `node` is the left operand of a `+`.
fn is_lhs_of_plus(node: &LinkedNode) -> bool {
    node.parent()
        .and_then(|p| p.cast::<ast::Binary>())
        .is_some_and(|b| {
            b.op() == ast::BinOp::Add && std::ptr::eq(b.lhs().to_untyped(), node.get())
        })
}

/// When `node` is the first positional argument of a call to one of the
/// message helpers: the helper's name and the call's arguments.
fn first_argument_of<'a>(node: &LinkedNode<'a>) -> Option<(String, ast::Args<'a>)> {
    let args_node = node.parent().filter(|p| p.kind() == SyntaxKind::Args)?;
    let call = args_node.parent()?.get().cast::<ast::FuncCall>()?;
    let ast::Expr::Ident(callee) = call.callee() else {
        return None;
    };
    if !MESSAGE_CALLS.contains(&callee.as_str()) {
        return None;
    }
    let first = call.args().items().find_map(|arg| match arg {
        ast::Arg::Pos(expr) => Some(expr),
        _ => None,
    })?;
    std::ptr::eq(first.to_untyped(), node.get()).then(|| (callee.as_str().to_string(), call.args()))
}

/// Whether a call's arguments include the named argument `name:`.
fn names(args: ast::Args, name: &str) -> bool {
    args.items()
        .any(|arg| matches!(arg, ast::Arg::Named(n) if n.name().as_str() == name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_prefixes_and_comments() {
        let assets = Assets::from_files([(
            "templates/x/letter.typ",
            "// tr(\"commented\")\n#tr(\"a-key\")\n#tr(\"role-\" + case.role)\n#show: letter.with(mandate: \"x-mandate\")\n#let s = \"plain\"\n",
        )]);
        let usage = scan(&assets);
        let calls: Vec<&str> = usage.calls.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(calls, ["a-key"]);
        assert!(
            usage.uses("role-werkconsulent")
                && usage.uses("plain")
                && usage.uses("x-mandate")
                && !usage.uses("commented")
        );
        assert_eq!((usage.calls[0].1, usage.calls[0].2), (2, 5));
    }

    #[test]
    fn error_codes_and_case_errors_without_one() {
        let assets = Assets::from_files([(
            "templates/x/letter.typ",
            "#case-error(\"/a\", \"bad\", code: \"a-code\")\n\
             #let p = (pointer: \"/b\", message: \"m\", code: \"b-code\")\n\
             #case-error(p.pointer, p.message, code: p.code)\n\
             #if x { case-error(\"/c\", \"no code\") }\n",
        )]);
        let usage = scan(&assets);
        let codes: Vec<&str> = usage.error_codes.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(codes, ["a-code", "b-code"]);
        let uncoded: Vec<(usize, usize)> = usage
            .uncoded_case_errors
            .iter()
            .map(|(_, l, c)| (*l, *c))
            .collect();
        assert_eq!(uncoded, [(4, 9)]);
    }

    #[test]
    fn messages_given_the_form_of_address() {
        let assets = Assets::from_files([(
            "templates/x/letter.typ",
            "#tr-you(\"you-a\")\n\
             #context t(\"you-b\", date: t-date(d, weekday: true), form: form)\n\
             #tr-you(\"you-prefix-\" + case.kind)\n\
             #tr(\"plain\", name: \"form: not an argument\")\n\
             #tr(\"other\", platform: x)\n\
             #context t-you(\"you-c\", date: d)\n",
        )]);
        let usage = scan(&assets);
        for key in ["you-a", "you-b", "you-c", "you-prefix-applicant"] {
            assert!(usage.addresses(key), "{key}");
        }
        for key in ["plain", "other", "you"] {
            assert!(!usage.addresses(key), "{key}");
        }
        let calls: Vec<&str> = usage.calls.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(calls, ["you-a", "you-b", "plain", "other", "you-c"]);
    }
}
