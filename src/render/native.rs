//! Native typst functions that give templates their text: `t(key, ..args)`
//! for Fluent messages and `t-date`, `t-time`, `t-number`, `t-money` for
//! ICU4X formatting. All are contextual: they read the language active at the
//! call site (`text.lang`), so one document can switch language mid-way.
//!
//! typst compares functions by the address of their `NativeFuncData`, so the
//! data is leaked once per loaded [`Locales`] (once per engine), never per
//! render. comemo assumes the functions are pure; the locales are immutable.
//!
//! `t` and `t-money` also read the virtual file of the message they format
//! (see [`super::messages`]), which is how a letter learns which messages
//! it used.

use std::sync::{Arc, LazyLock};

use fluent_bundle::FluentArgs;
use typst::diag::{At, SourceDiagnostic, SourceResult, bail};
use typst::engine::Engine;
use typst::foundations::{
    Args, CastInfo, Content, Context, ContextElem, Func, NativeElement, NativeFuncData,
    NativeFuncPtr, NativeParamInfo, Reflect, Scope, Str, Value,
};
use typst::text::TextElem;
use typst::{Library, World, comemo::Tracked};

use super::messages::MessageTable;
use crate::dates::{self, OfficeCalendar, Period};
use crate::l10n::{FormatError, Formats, Locales, Negotiated, Translated};
use crate::templates::ErrorCode;

/// Adds `t`, `t-key`, `t-date`, `t-time`, `t-number` and `t-money` to the
/// library's global scope, and their placeable forms `tr`, `tdate`, `ttime`,
/// `tnum` and `tmoney`.
pub(crate) fn define(
    library: &mut Library,
    locales: Arc<Locales>,
    office: OfficeCalendar,
    messages: Arc<MessageTable>,
) {
    let scope = library.global.scope_mut();
    define_contextual(scope, locales.clone(), messages);
    define_placeable(scope, locales);
    define_dates(scope, office);
    define_case_error(scope);
    define_breakable(scope);
}

/// `legal-period-end`, `office-day-before` and `office-days-after`: dates
/// computed by law and by the town hall's calendar (see [`crate::dates`]),
/// as ISO strings for `t-date`. Templates never count days themselves.
fn define_dates(scope: &mut Scope, office: OfficeCalendar) {
    define_fn(
        scope,
        false,
        "legal-period-end",
        "End of a legal period",
        "The last day of a statutory period (`weeks:` or `days:`) for a decision sent on the given date: Awb art. 6:8 and the Algemene termijnenwet.",
        <Str as Reflect>::output,
        |_, _, args| {
            let sent = date_arg(args, "sent")?;
            let weeks = args.named::<u32>("weeks")?;
            let days = args.named::<u32>("days")?;
            args.take().finish()?;
            let period = match (weeks, days) {
                (Some(w), None) => Period::Weeks(w),
                (None, Some(d)) => Period::Days(d),
                _ => bail!(
                    args.span,
                    "legal-period-end needs exactly one of `weeks:` or `days:`"
                ),
            };
            Ok(Value::Str(
                dates::iso(dates::legal_period_end(sent, period)).into(),
            ))
        },
    );

    let o = office.clone();
    define_fn(
        scope,
        false,
        "office-day-before",
        "Office day before",
        "The last day before the given date on which the municipality's office is open (branding.toml [office]).",
        <Str as Reflect>::output,
        move |_, _, args| {
            let day = date_arg(args, "date")?;
            args.take().finish()?;
            Ok(Value::Str(dates::iso(o.open_day_before(day)).into()))
        },
    );

    define_fn(
        scope,
        false,
        "office-days-after",
        "Office days after",
        "The n-th day after the given date on which the municipality's office is open.",
        <Str as Reflect>::output,
        move |_, _, args| {
            let day = date_arg(args, "date")?;
            let n: u32 = args.expect("count")?;
            args.take().finish()?;
            Ok(Value::Str(
                dates::iso(office.open_days_after(day, n)).into(),
            ))
        },
    );
}

/// The first positional argument as a date; a date that is not one is the
/// case data's fault as much as the template's, so the message says which.
fn date_arg(args: &mut Args, what: &str) -> SourceResult<dates::Day> {
    let iso: Str = args.expect(what)?;
    dates::parse(&iso).ok_or_else(|| {
        typst::ecow::eco_vec![SourceDiagnostic::error(
            args.span,
            format!("`{iso}` is not a date as YYYY-MM-DD"),
        )]
    })
}

/// `case-error(pointer, message, code: ..)`: a check across case-data
/// fields that a JSON Schema cannot express failed. The render stops as
/// invalid case data at `pointer` (HTTP 422, `errors.ndjson`), not as a
/// template fault. `message` is the English text for API clients; `code`
/// names the staff's Dutch wording, the message `error-<code>` in
/// `locales/nl/staff.ftl` (`check` warns about a call without one).
fn define_case_error(scope: &mut Scope) {
    define_fn(
        scope,
        false,
        "case-error",
        "Invalid case data",
        "Stops the letter: the case data is invalid at the JSON pointer, for the reason given; `code:` names the Dutch wording for staff (`error-<code>` in locales/nl/staff.ftl).",
        <typst::foundations::NoneValue as Reflect>::output,
        |_, _, args| {
            let pointer: Str = args.expect("pointer")?;
            let message: Str = args.expect("message")?;
            let code: Option<Str> = args.named("code")?;
            args.take().finish()?;
            if !pointer.is_empty() && !pointer.as_str().starts_with('/') {
                bail!(
                    args.span,
                    "case-error needs a JSON pointer such as `/decision/amount`, not `{pointer}`"
                );
            }
            let code = code.as_deref().unwrap_or(ErrorCode::CaseData.as_str());
            if code.is_empty()
                || !code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                bail!(
                    args.span,
                    "case-error's `code:` is a name of lowercase letters, digits and `-` (`income-over-norm`), not `{code}`"
                );
            }
            bail!(
                args.span,
                "{}",
                super::case_error_message(code, &pointer, &message)
            )
        },
    );
}

/// Words longer than this many characters (grapheme clusters) get a break
/// opportunity between every two characters. typst never breaks inside a
/// word, so without it one long word typed into a field (a name of one long
/// part, a code pasted without spaces) runs off the page or over the next
/// column. 40 is longer than any Dutch word in ordinary use, and a word of
/// 40 fits a column of the letter body; the break opportunity (U+200B) is in
/// the PDF's text too, so words that fit are left alone.
pub(crate) const LONG_WORD: usize = 40;

/// `s` with a zero-width space (U+200B, a line-break opportunity that prints
/// nothing) between the characters of each word (UAX #29) longer than
/// `longer_than` characters; other text is unchanged. Grapheme clusters
/// stay whole, so a letter with its marks is never split.
pub(crate) fn breakable(s: &str, longer_than: usize) -> std::borrow::Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    let long =
        |word: &str| word.len() > longer_than && word.graphemes(true).nth(longer_than).is_some();
    if !s.split_whitespace().any(long) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2);
    for piece in s.split_word_bounds() {
        if long(piece) {
            for (i, g) in piece.graphemes(true).enumerate() {
                if i > 0 {
                    out.push('\u{200B}');
                }
                out.push_str(g);
            }
        } else {
            out.push_str(piece);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `breakable(text, longer-than: 40)`: the text with break opportunities
/// inside words too long to fit a line (see [`breakable`]); for case data
/// placed in a letter.
fn define_breakable(scope: &mut Scope) {
    define_fn(
        scope,
        false,
        "breakable",
        "Breakable text",
        "The text with line-break opportunities inside words too long to fit a line.",
        <Str as Reflect>::output,
        |_, _, args| {
            let text: Str = args.expect("text")?;
            let longer_than: Option<i64> = args.named("longer-than")?;
            args.take().finish()?;
            let longer_than = longer_than.map_or(LONG_WORD, |n| n.max(1) as usize);
            Ok(Value::Str(match breakable(&text, longer_than) {
                std::borrow::Cow::Borrowed(_) => text,
                std::borrow::Cow::Owned(s) => s.into(),
            }))
        },
    );
}

fn define_contextual(scope: &mut Scope, locales: Arc<Locales>, messages: Arc<MessageTable>) {
    let l = locales.clone();
    let m = messages.clone();
    define_fn(
        scope,
        true,
        "t",
        "Translate",
        "A Fluent message in the active language.",
        <Str as Reflect>::output,
        move |engine, ctx, args| {
            let key: Str = args.expect("key")?;
            let named = take_named(args)?;
            let at = active_lang(&l, &ctx, args)?;
            let mut fluent = FluentArgs::new();
            for (name, value) in named {
                match value {
                    Value::Int(i) => fluent.set(name, i),
                    Value::Float(f) => fluent.set(name, f),
                    // Case data in a sentence breaks like case data anywhere.
                    Value::Str(s) => fluent.set(name, breakable(&s, LONG_WORD).into_owned()),
                    Value::None => {}
                    other => bail!(
                        args.span,
                        "argument `{name}` of t(\"{key}\") must be text or a number, not {}",
                        other.ty()
                    ),
                }
            }
            mark_used(engine, &m, &at.lang, &key);
            let translated = l.message_in(&at.lang, at.region.as_deref(), &key, Some(&fluent));
            text_value(args, translated)
        },
    );

    let l = locales.clone();
    define_fn(
        scope,
        false,
        "t-key",
        "Message key",
        "Checks that a message exists in Dutch and returns its key.",
        <Str as Reflect>::output,
        move |_, _, args| {
            let key: Str = args.expect("key")?;
            args.take().finish()?;
            known_key(&l, &key, args.span)?;
            Ok(Value::Str(key))
        },
    );

    define_format(
        scope,
        &locales,
        "t-date",
        "Date",
        "A YYYY-MM-DD date written out in the active language (`weekday: true` adds the weekday, `month: true` gives only month and year).",
        |formats, args| {
            let iso: Str = args.expect("date")?;
            let weekday = args.named::<bool>("weekday")?.unwrap_or(false);
            Ok(if args.named::<bool>("month")?.unwrap_or(false) {
                formats.month(&iso)
            } else {
                formats.date(&iso, weekday)
            })
        },
    );
    define_format(
        scope,
        &locales,
        "t-time",
        "Time",
        "An HH:MM time of day in the active language.",
        |formats, args| Ok(formats.time(&args.expect::<Str>("time")?)),
    );
    define_format(
        scope,
        &locales,
        "t-number",
        "Number",
        "A number with the active language's separators.",
        |formats, args| Ok(formats.number(args.expect("number")?, None)),
    );

    let l = locales;
    let m = messages;
    define_fn(
        scope,
        true,
        "t-money",
        "Money",
        "An amount in euros as the active language writes it.",
        <Str as Reflect>::output,
        move |engine, ctx, args| {
            let value: f64 = args.expect("amount")?;
            let at = active_lang(&l, &ctx, args)?;
            args.take().finish()?;
            mark_used(engine, &m, &at.lang, crate::l10n::MONEY);
            let translated = l.money(&at.lang, at.region.as_deref(), value);
            text_value(args, translated)
        },
    );
}

/// A contextual function that formats its arguments for the active
/// language and region with `format`; a value it cannot format is an error
/// at the call.
fn define_format(
    scope: &mut Scope,
    locales: &Arc<Locales>,
    name: &'static str,
    title: &'static str,
    docs: &'static str,
    format: fn(&Formats, &mut Args) -> SourceResult<Result<String, FormatError>>,
) {
    let l = locales.clone();
    define_fn(
        scope,
        true,
        name,
        title,
        docs,
        <Str as Reflect>::output,
        move |_, ctx, args| {
            let at = active_lang(&l, &ctx, args)?;
            let formatted = format(&l.formats(&at.lang, at.region.as_deref()), args)?;
            args.take().finish()?;
            match formatted {
                Ok(s) => Ok(Value::Str(s.into())),
                Err(e) => bail!(args.span, "{e}"),
            }
        },
    );
}

/// `tr(key, ..)` and friends: content that calls `t(key, ..)` (and so on)
/// where it is placed, so it answers in the language active there. The same
/// as `context t(key, ..)` written in typst, but built natively: a `context`
/// block in typst makes and hashes a closure over its syntax on every call,
/// which was the largest cost eigentaal adds to a letter over bare typst.
/// `tr` checks its key at once, so an unknown key is reported at the
/// template line that asked for it.
fn define_placeable(scope: &mut Scope, locales: Arc<Locales>) {
    for (name, target, checks_key, title, docs) in [
        (
            "tr",
            "t",
            true,
            "Translated text",
            "A Fluent message, in the language active where it is placed.",
        ),
        (
            "tdate",
            "t-date",
            false,
            "Date text",
            "`t-date`, in the language active where it is placed.",
        ),
        (
            "ttime",
            "t-time",
            false,
            "Time text",
            "`t-time`, in the language active where it is placed.",
        ),
        (
            "tnum",
            "t-number",
            false,
            "Number text",
            "`t-number`, in the language active where it is placed.",
        ),
        (
            "tmoney",
            "t-money",
            false,
            "Money text",
            "`t-money`, in the language active where it is placed.",
        ),
    ] {
        let target: Func = scope
            .get(target)
            .and_then(|binding| binding.read().clone().cast().ok())
            .expect("the contextual functions are defined first");
        let l = locales.clone();
        define_fn(
            scope,
            false,
            name,
            title,
            docs,
            <Content as Reflect>::output,
            move |_, _, args| {
                // The key is the first positional argument; anything else
                // is left for `t` to report where the message is placed.
                let key = args.items.iter().find(|arg| arg.name.is_none());
                if checks_key
                    && let Some(key) = key
                    && let Ok(text) = key.value.v.clone().cast::<Str>()
                {
                    known_key(&l, &text, key.value.span)?;
                }
                let span = args.span;
                let deferred = target.clone().with(args).spanned(span);
                Ok(Value::Content(
                    ContextElem::new(deferred).pack().spanned(span),
                ))
            },
        );
    }
}

/// Notes that this letter uses message `key` in `lang`, by reading the
/// message's virtual file through typst's tracked world: typst replays that
/// read whenever it reuses cached layout that made it (see `messages`). The
/// answer itself is always the same empty file and is not needed.
fn mark_used(engine: &Engine, messages: &MessageTable, lang: &str, key: &str) {
    if let Some(file) = messages.file(lang, key) {
        let _ = engine.world.file(file);
    }
}

/// Fails at `span` unless the message `key` exists in Dutch.
fn known_key(locales: &Locales, key: &str, span: typst::syntax::Span) -> SourceResult<()> {
    if locales.reference_has(key) {
        Ok(())
    } else {
        bail!(
            span,
            "message `{key}` does not exist, not even in Dutch (locales/nl/)"
        )
    }
}

/// Turns a message into a typst string (never markup). A Dutch text standing
/// in for a missing translation is reported by the letter's `fallbacks`.
fn text_value(
    args: &Args,
    translated: Result<Translated, crate::l10n::L10nError>,
) -> SourceResult<Value> {
    match translated {
        Ok(t) => Ok(Value::Str(t.text.into())),
        Err(e) => bail!(args.span, "{e}"),
    }
}

/// Removes and returns the named arguments, then checks nothing else is left.
fn take_named(args: &mut Args) -> SourceResult<Vec<(String, Value)>> {
    let named: Vec<(String, Value)> = args
        .to_named()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    args.items.retain(|arg| arg.name.is_none());
    args.take().finish()?;
    Ok(named)
}

/// The locale folder and region at the call site, from typst's `text.lang`
/// and `text.region`: `ar` (+ `SY`), or `fa-AF` for `fa` with `AF`.
fn active_lang(locales: &Locales, ctx: &Tracked<Context>, args: &Args) -> SourceResult<Negotiated> {
    let styles = ctx.styles().at(args.span)?;
    let lang = styles.get(TextElem::lang);
    let region = styles.get(TextElem::region);
    Ok(locales.from_text_lang(lang.as_str(), region.as_ref().map(|r| r.as_str())))
}

type Impl = dyn Fn(&mut Engine, Tracked<Context>, &mut Args) -> SourceResult<Value> + Send + Sync;

fn define_fn<F>(
    scope: &mut Scope,
    contextual: bool,
    name: &'static str,
    title: &'static str,
    docs: &'static str,
    returns: fn() -> CastInfo,
    f: F,
) where
    F: Fn(&mut Engine, Tracked<Context>, &mut Args) -> SourceResult<Value> + Send + Sync + 'static,
{
    let function: &'static Impl = Box::leak(Box::new(f));
    let data: &'static NativeFuncData = Box::leak(Box::new(NativeFuncData {
        function: NativeFuncPtr(function),
        name,
        title,
        docs,
        def_site: None,
        keywords: &[],
        contextual,
        scope: LazyLock::new(Box::leak(Box::new(Scope::new))),
        params: LazyLock::new(Box::leak(Box::new(Vec::<NativeParamInfo>::new))),
        returns: LazyLock::new(Box::leak(Box::new(returns))),
    }));
    scope.define_func_with_data(data);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_long_words_get_break_opportunities() {
        let short = "arbeidsongeschiktheidsuitkering, s.devries@voorbeeldstad.nl";
        assert_eq!(breakable(short, LONG_WORD), short);
        let word = "a".repeat(50);
        let sentence = format!("zie {word}.");
        let broken = breakable(&sentence, LONG_WORD);
        assert!(broken.starts_with("zie a\u{200B}a"), "{broken}");
        assert!(broken.ends_with("a."));
        assert_eq!(broken.replace('\u{200B}', ""), format!("zie {word}."));
        // Marks stay on their letter.
        let marked = "بِ".repeat(50);
        assert!(
            breakable(&marked, LONG_WORD)
                .split('\u{200B}')
                .all(|g| g == "بِ")
        );
    }
}
