//! Turkish, Kurdish (Kurmanji `ku`, also asked for as `kmr`; Sorani `ckb`,
//! right to left) and Somali: every template renders in each and reads back
//! in the language's own alphabet, with the month names ICU4X has for it
//! (not root's "M11" or English), and the decisions each `locale.toml`
//! records hold: Sorani in Latin digits, plural variants by CLDR category.
//! The OCR and text-layer round-trips of these letters are in `ocr.rs`.

use eigentaal::l10n::Direction;
use serde_json::json;

use crate::util::*;

const LANGUAGES: [&str; 4] = ["tr", "ku", "ckb", "so"];

/// November in a date of each language (every example letter is dated in
/// November), as ICU4X 2.4 writes it: Sorani has the Iraqi month names.
fn november(lang: &str) -> &'static str {
    match lang {
        "tr" => "Kasım",
        "ku" => "mijdar",
        "ckb" => "تشرینی دووەم",
        "so" => "Noofeembar",
        other => panic!("no month name for `{other}`"),
    }
}

/// Letters of the language's own alphabet that its neighbours' do not have
/// (Turkish ı ğ, Kurmanji ê û, Sorani ێ ڵ ڕ ە), or for Somali, which has only
/// the plain Latin letters, words of its own.
fn in_own_language(lang: &str, text: &str) -> bool {
    match lang {
        "tr" => text.contains('ı') && text.contains('ğ'),
        "ku" => text.contains('ê') && text.contains('û'),
        "ckb" => ['ێ', 'ڵ', 'ڕ', 'ە'].iter().all(|&c| text.contains(c)),
        "so" => text.contains("Taariikhda") && text.contains(" aad "),
        other => panic!("no alphabet for `{other}`"),
    }
}

#[test]
fn every_template_reads_back_in_turkish_kurdish_and_somali() {
    let engine = engine();
    for template in engine.templates().iter() {
        let offered = engine.languages_of(template);
        for lang in LANGUAGES {
            let at = format!("{}/{lang}", template.name);
            assert!(offered.contains(&lang), "{at}: not offered");
            let letter = render(&template.name, lang, None, &template.example);
            assert_eq!(letter.languages[0], lang, "{at}: negotiated");
            let pdf = letter.pdf().unwrap();
            let text = pdf_text(&pdf);
            assert!(
                contains_squashed(&text, november(lang)),
                "{at}: month name {} missing\n{text}",
                november(lang)
            );
            // Root's pattern or English (a decision also carries the Dutch
            // edition, with its "november").
            for fallback in ["M11", "November"] {
                assert!(!text.contains(fallback), "{at}: `{fallback}` in\n{text}");
            }
            assert!(in_own_language(lang, &text), "{at}: alphabet\n{text}");
            let subject = engine
                .locales()
                .message(lang, &format!("{}-subject", template.name), None)
                .unwrap()
                .text;
            assert!(
                contains_squashed(&text, &subject),
                "{at}: subject {subject}"
            );
            assert!(
                text.contains(template.example["reference"].as_str().unwrap()),
                "{at}: reference"
            );
            assert!(
                letter.fallbacks.is_empty(),
                "{at}: untranslated {:?}",
                letter.fallbacks
            );
            // Embedded fonts only; a character none of them has would have
            // failed the PDF/A export (no .notdef glyph is allowed).
            let fonts = pdf_fonts(&pdf);
            for (name, embedded) in &fonts {
                assert!(embedded, "{at}: font {name} not embedded");
            }
            let naskh = fonts.iter().any(|(n, _)| n.contains("NotoNaskhArabic"));
            assert_eq!(
                naskh,
                lang == "ckb",
                "{at}: Naskh only for Sorani: {fonts:?}"
            );
        }
    }
}

/// Sorani pins Latin digits (`ckb-u-nu-latn`, see its locale.toml): CLDR's
/// own `ckb` would write Arabic-Indic digits, beside a Latin reference, IBAN
/// and phone number.
#[test]
fn sorani_is_right_to_left_with_latin_digits() {
    let locale = engine().locales().get("ckb").expect("ckb loaded");
    assert_eq!(locale.meta.direction, Direction::Rtl);
    for template in ["afspraken", "beschikking", "betaalspecificatie"] {
        let text = pdf_text(
            &render(template, "ckb", None, &example(template))
                .pdf()
                .unwrap(),
        );
        assert!(text.contains("2026"), "{template}: year\n{text}");
        let indic: Vec<char> = text
            .chars()
            .filter(|c| {
                ('\u{0660}'..='\u{0669}').contains(c) || ('\u{06F0}'..='\u{06F9}').contains(c)
            })
            .collect();
        assert!(
            indic.is_empty(),
            "{template}: Arabic-Indic digits {indic:?}"
        );
    }
}

/// Dates and amounts from ICU4X's own data for each language: a tag without
/// data would fall back to root ("2026 M11 23", "1234.56").
#[test]
fn dates_and_amounts_in_the_languages_own_format() {
    let locales = engine().locales();
    for (lang, date, weekday, amount) in [
        ("tr", "23 Kasım 2026", "23 Kasım 2026 Pazartesi", "1.234,56"),
        ("ku", "23 mijdar, 2026", "23 mijdar 2026, duşem", "1.234,56"),
        (
            "ckb",
            "23ی تشرینی دووەمی 2026",
            "دووشەممە، 23ی تشرینی دووەمی 2026",
            "1,234.56",
        ),
        (
            "so",
            "Noofeembar 23, 2026",
            "Isniin, Noofeembar 23, 2026",
            "1,234.56",
        ),
    ] {
        let formats = locales.formats(lang, None);
        assert_eq!(formats.date("2026-11-23", false).unwrap(), date, "{lang}");
        assert_eq!(formats.date("2026-11-23", true).unwrap(), weekday, "{lang}");
        assert_eq!(formats.number(1234.56, Some(2)).unwrap(), amount, "{lang}");
    }
}

/// CLDR gives all four languages one/other; a noun after a number stays
/// singular in each, so where the variants read the same the selector still
/// has both categories, and where they differ the right one is chosen. The
/// household's `[0]` variant says "no children" in words.
#[test]
fn plural_and_zero_variants() {
    let locales = engine().locales();
    let message = |lang: &str, key: &str, n: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        locales
            .message(lang, key, Some(&args))
            .unwrap()
            .text
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(message("ku", "afspraken-count", 1), "Me 1 lihevkirin kir:");
    assert_eq!(
        message("ku", "afspraken-count", 3),
        "Me 3 lihevkirin kirin:"
    );
    assert_eq!(message("so", "plan-van-aanpak-adults", 1), "1 qof weyn");
    assert_eq!(
        message("so", "plan-van-aanpak-adults", 2),
        "2 qof oo waaweyn"
    );
    assert_eq!(message("so", "plan-van-aanpak-children", 1), "1 ilmo");
    assert_eq!(message("so", "plan-van-aanpak-children", 3), "3 carruur ah");
    assert_eq!(message("tr", "afspraken-count", 3), "3 anlaşma yaptık:");
    for (lang, none) in [
        ("tr", "hiç çocuk yok"),
        ("ku", "bê zarok"),
        ("ckb", "بێ منداڵ"),
        ("so", "carruur la'aan"),
    ] {
        assert_eq!(message(lang, "plan-van-aanpak-children", 0), none, "{lang}");
    }
    // The same through a rendered plan: two adults and no children.
    let mut data = example("plan-van-aanpak");
    data["household"] = json!({ "adults": 2, "children": 0 });
    let text = pdf_text(&render("plan-van-aanpak", "tr", None, &data).pdf().unwrap());
    assert!(
        contains_squashed(
            &text,
            "Bu plan tüm haneniz içindir: 2 yetişkin ve hiç çocuk yok."
        ),
        "{text}"
    );
}

/// `kmr`, the ISO 639-3 code for Kurmanji, is answered with the `ku` letter.
#[test]
fn kurmanji_is_also_asked_for_as_kmr() {
    let letter = render("afspraken", "kmr", None, &example("afspraken"));
    assert_eq!(letter.languages, ["ku"]);
    let text = pdf_text(&letter.pdf().unwrap());
    assert!(text.contains("mijdar"), "{text}");
}

/// One word for one thing, in every file of each language: the bijstand is
/// never called by the word for an allowance (toeslag) or for help in general.
#[test]
fn one_word_for_the_assistance_and_another_for_an_allowance() {
    let locales = engine().locales();
    let text = |lang: &str, key: &str| locales.message(lang, key, None).unwrap().text;
    for (lang, assistance, allowance) in [
        ("tr", "sosyal yardım", "ödenek"),
        ("ku", "alîkariya civakî", "piştgirî"),
        ("ckb", "یارمەتیی کۆمەڵایەتی", "دەرماڵە"),
        ("so", "kaalmada bulshada", "gunno"),
    ] {
        let law = text(lang, "beschikking-law-intro");
        assert!(law.contains(assistance), "{lang}: {law}");
        let allowances = text(lang, "beschikking-allowances");
        assert!(
            allowances.to_lowercase().contains(allowance),
            "{lang}: {allowances}"
        );
        let apply = text(lang, "action-apply-allowances");
        assert!(!apply.contains(assistance), "{lang}: {apply}");
    }
}
