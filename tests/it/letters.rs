//! Letters rendered through the library and read back from the PDF.

use eigentaal::assets::Assets;
use eigentaal::render::{Engine, RenderError, RenderRequest};
use serde_json::{Value, json};

use crate::util::*;

/// The month of every example's letter date (November) as each language writes it.
fn november(lang: &str) -> &'static str {
    match lang {
        "nl" => "november",
        "en" => "November",
        "ar" => "نوفمبر",
        "ti" => "ሕዳር",
        "uk" => "листопада",
        "fa" => "نوامبر",
        "fa-AF" | "ps" => "نومبر",
        "tr" => "Kasım",
        "ku" => "mijdar",
        "ckb" => "تشرینی دووەم",
        "so" => "Noofeembar",
        other => panic!("add the month name for `{other}`"),
    }
}

#[test]
fn every_template_renders_its_example_in_every_language() {
    let engine = engine();
    let mut rendered = 0;
    for template in engine.templates().iter() {
        let data = &template.example;
        for lang in engine.languages_of(template) {
            let letter = render(&template.name, lang, None, data);
            let pdf = letter.pdf().unwrap();
            let text = pdf_text(&pdf);
            let at = format!("{}/{lang}", template.name);
            assert!(
                contains_squashed(&text, november(lang)),
                "{at}: month name missing in\n{text}"
            );
            assert!(
                text.contains(data["reference"].as_str().unwrap()),
                "{at}: reference"
            );
            assert!(
                text.contains(data["recipient"]["name"].as_str().unwrap()),
                "{at}: name"
            );
            assert!(text.contains("Voorbeeldstad"), "{at}: branding");
            match lang {
                "ar" | "fa" | "fa-AF" | "ps" => {
                    assert!(has_script(&text, ARABIC), "{at}: no Arabic script")
                }
                "ti" => assert!(has_script(&text, ETHIOPIC), "{at}: no Ethiopic script"),
                "uk" => assert!(has_script(&text, CYRILLIC), "{at}: no Cyrillic script"),
                "ckb" => assert!(has_script(&text, ARABIC), "{at}: no Arabic script"),
                _ => {}
            }
            let fonts = pdf_fonts(&pdf);
            assert!(!fonts.is_empty(), "{at}: no fonts");
            for (name, embedded) in &fonts {
                assert!(embedded, "{at}: font {name} not embedded");
            }
            assert!(
                letter.fallbacks.is_empty(),
                "{at}: untranslated {:?}",
                letter.fallbacks
            );
            rendered += 1;
        }
    }
    assert!(rendered >= 2, "only {rendered} letters rendered");
}

#[test]
fn arabic_letter_uses_arabic_words_and_naskh() {
    let letter = render("afspraken", "ar", None, &example("afspraken"));
    assert_eq!(letter.languages, ["ar"]);
    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("البلدية"), "{text}");
    // pdftotext splits a right-to-left line at each number, so the date is
    // checked by its parts; the OCR round-trip checks the rendered order.
    assert!(text.contains("نوفمبر") && text.contains("23"), "{text}");
    assert!(
        pdf_fonts(&pdf)
            .iter()
            .any(|(n, _)| n.contains("NotoNaskhArabic"))
    );
    // The postal address stays Latin and in Dutch order.
    assert!(text.contains("1234 CD Voorbeeldstad"), "{text}");
}

fn with_agreements(n: usize) -> Value {
    let mut data = example("afspraken");
    let one = data["agreements"][0].clone();
    data["agreements"] = Value::Array(vec![one; n]);
    data
}

#[test]
fn arabic_plural_forms_in_real_letters() {
    // pdftotext mangles some words with vowel signs (أمرًا), so each count
    // is checked by a word only its own plural form has; the exact strings
    // of all six forms are checked on the messages below.
    for (n, word, others) in [
        (1, "واحد", &["أمرين", "أمور"][..]),
        (2, "أمرين", &["واحد", "أمور"][..]),
        (3, "أمور", &["واحد", "أمرين"][..]),
        (11, "11", &["واحد", "أمرين", "أمور"][..]),
    ] {
        let pdf = render("afspraken", "ar", None, &with_agreements(n))
            .pdf()
            .unwrap();
        let line = pdf_text(&pdf)
            .lines()
            .find(|l| l.contains("اتفقنا"))
            .unwrap_or_else(|| panic!("{n}: no agreement count line"))
            .to_string();
        assert!(line.contains(word), "{n}: expected `{word}` in `{line}`");
        for other in others {
            assert!(
                !line.contains(other),
                "{n}: unexpected `{other}` in `{line}`"
            );
        }
    }
}

#[test]
fn plural_categories_of_the_shipped_messages() {
    let locales = engine().locales();
    let count = |lang: &str, n: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        let text = locales
            .message(lang, "afspraken-count", Some(&args))
            .unwrap()
            .text;
        text.replace(['\u{2068}', '\u{2069}'], "")
    };
    // Arabic: zero, one, two, few (3–10), many (11–99), other (100).
    assert_eq!(count("ar", 0), "لم نتفق على أي أمر.");
    assert_eq!(count("ar", 1), "اتفقنا على أمر واحد:");
    assert_eq!(count("ar", 2), "اتفقنا على أمرين:");
    assert_eq!(count("ar", 3), "اتفقنا على 3 أمور:");
    assert_eq!(count("ar", 11), "اتفقنا على 11 أمرًا:");
    assert_eq!(count("ar", 100), "اتفقنا على 100 أمر:");
    assert_eq!(count("nl", 1), "We hebben 1 afspraak gemaakt:");
    assert_eq!(count("nl", 3), "We hebben 3 afspraken gemaakt:");
    if locales.get("ti").is_some_and(|l| l.has_file("afspraken")) {
        // Tigrinya: 0 and 1 are `one`, everything else `other`.
        let shape = |n: i64| count("ti", n).replace(&n.to_string(), "#");
        assert_eq!(shape(0), shape(1));
        assert_ne!(shape(1), shape(2));
        assert_eq!(shape(2), shape(11));
    }
}

#[test]
fn markup_in_case_data_prints_literally() {
    let evil = "]#sys.exit()$*_ `x` <b> @ref #{1+1} \\ //";
    let mut data = example("afspraken");
    data["recipient"]["name"] = json!(evil);
    data["agreements"][0]["note"] = json!(evil);
    data["next_appointment"]["place"] = json!(evil);
    data["reference"] = json!("#ref]*");
    let text = pdf_text(&render("afspraken", "nl", None, &data).pdf().unwrap());
    let joined: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(joined.matches(evil).count() >= 3, "{joined}");
    assert!(joined.contains("#ref]*"));
    // pdftotext re-orders neutral characters at the edges of a Latin run in
    // a right-to-left line, so the Arabic letter is checked on the inside.
    let text = squash(&pdf_text(
        &render("afspraken", "ar", None, &data).pdf().unwrap(),
    ));
    assert!(
        text.matches(&squash("sys.exit()$*_ `x` <b> @ref #{1+1}"))
            .count()
            >= 3,
        "{text}"
    );
}

/// Replaces every free-text string of `value` (one the schema accepts any
/// text for) with `evil`; returns how many were replaced.
fn poison(template: &str, value: &mut Value, evil: &str) -> usize {
    let engine = engine();
    let t = engine.templates().get(template).unwrap();
    let mut pointers = Vec::new();
    collect_strings(value, String::new(), &mut pointers);
    let mut replaced = 0;
    for pointer in pointers {
        let original = value.pointer(&pointer).unwrap().clone();
        *value.pointer_mut(&pointer).unwrap() = json!(evil);
        if t.validate(value).is_ok() {
            replaced += 1;
        } else {
            *value.pointer_mut(&pointer).unwrap() = original;
        }
    }
    replaced
}

fn collect_strings(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(at),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_strings(v, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                collect_strings(v, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn markup_in_every_free_text_field_of_every_template_prints_literally() {
    let evil = "]#sys.exit()$*_<b>";
    for template in engine().templates().iter() {
        let mut data = template.example.clone();
        let replaced = poison(&template.name, &mut data, evil);
        assert!(
            replaced >= 3,
            "{}: only {replaced} free-text fields",
            template.name
        );
        let text = pdf_text(&render(&template.name, "nl", None, &data).pdf().unwrap());
        assert!(text.contains(evil), "{}: {text}", template.name);
        // Rendering in Arabic works too; extraction order there is checked above.
        render(&template.name, "ar", None, &data).pdf().unwrap();
    }
}

#[test]
fn bilingual_letter_has_both_languages_and_both_notices() {
    let letter = render("afspraken", "ar", Some("nl"), &example("afspraken"));
    assert_eq!(letter.languages, ["ar", "nl"]);
    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    let nl = engine()
        .locales()
        .message("nl", "binding-notice-bilingual", None)
        .unwrap()
        .text;
    let ar = engine()
        .locales()
        .message("ar", "binding-notice-bilingual", None)
        .unwrap()
        .text;
    assert!(
        contains_squashed(&text, &nl),
        "Dutch notice missing:\n{text}"
    );
    assert!(
        contains_squashed(&text, &ar),
        "Arabic notice missing:\n{text}"
    );
    assert!(text.contains("Uw afspraken met de gemeente"));
    assert!(text.contains("اتفاقاتك مع البلدية"));
    assert!(letter.pages() >= 2);
    let info = pdf_info(&pdf);
    assert_eq!(
        info.get("Title").map(String::as_str),
        Some("اتفاقاتك مع البلدية")
    );
}

#[test]
fn same_input_gives_identical_bytes() {
    let data = example("afspraken");
    let a = render("afspraken", "ar", Some("nl"), &data).pdf().unwrap();
    let b = render("afspraken", "ar", Some("nl"), &data).pdf().unwrap();
    assert!(
        a == b,
        "PDF output differs between two renders of the same input"
    );
    let info = pdf_info(&a);
    assert!(info["CreationDate"].contains("2026"), "{info:?}");
}

#[test]
fn invalid_data_lists_every_pointer() {
    let mut data = example("afspraken");
    data["letter_date"] = json!("23-11-2026");
    data["agreements"][1]["due"] = json!(20261130);
    data["agreements"][2]["action"] = json!("fly-to-the-moon");
    data["recipient"].as_object_mut().unwrap().remove("address");
    data.as_object_mut().unwrap().remove("staff");
    let err = engine()
        .render(&RenderRequest {
            template: "afspraken",
            lang: "nl",
            with: None,
            data: &data,
        })
        .unwrap_err();
    let RenderError::InvalidData { errors, .. } = &err else {
        panic!("{err}")
    };
    let pointers: Vec<&str> = errors.iter().map(|e| e.pointer.as_str()).collect();
    for expected in [
        "/staff",
        "/agreements/1/due",
        "/agreements/2/action",
        "/letter_date",
        "/recipient/address",
    ] {
        assert!(
            pointers.contains(&expected),
            "{expected} not in {pointers:?}"
        );
    }
    // A missing property is reported at its own pointer, not at its parent.
    assert!(
        !pointers.contains(&"") && !pointers.contains(&"/recipient"),
        "{pointers:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.pointer == "/staff" && e.message == eigentaal::templates::MISSING)
    );
    // Values are not echoed: they may be personal data.
    assert!(!err.to_string().contains("20261130"), "{err}");
}

#[test]
fn unknown_template_and_language_name_the_alternatives() {
    let data = example("afspraken");
    let err = render_error(engine(), "brief", "nl", &data);
    assert!(
        err.contains("unknown template `brief`") && err.contains("afspraken"),
        "{err}"
    );
    let err = render_error(engine(), "afspraken", "de-DE", &data);
    assert!(
        err.contains("`de-DE` is not available") && err.contains("ar") && err.contains("nl"),
        "{err}"
    );
}

#[test]
fn missing_translation_falls_back_to_dutch_and_is_reported() {
    let assets = Assets::embedded();
    let ar = assets.text("locales/ar/afspraken.ftl").unwrap();
    let without: String = ar
        .lines()
        .filter(|l| !l.starts_with("afspraken-not-a-decision"))
        .collect::<Vec<_>>()
        .join("\n");
    let engine = Engine::new(assets.with_file("locales/ar/afspraken.ftl", without)).unwrap();
    let data = example("afspraken");
    let letter = engine
        .render(&RenderRequest {
            template: "afspraken",
            lang: "ar",
            with: None,
            data: &data,
        })
        .unwrap();
    assert_eq!(letter.fallbacks, ["ar: afspraken-not-a-decision"]);
    // Said once, by the fallbacks, not again as a warning at each use.
    assert!(letter.warnings.is_empty(), "{:?}", letter.warnings);
    let text = pdf_text(&letter.pdf().unwrap());
    assert!(text.contains("Deze brief is geen besluit."), "{text}");
    assert!(!text.contains("afspraken-not-a-decision"));
}

#[test]
fn template_errors_point_at_file_line_and_column() {
    let assets = Assets::embedded();
    let source = assets
        .text("templates/afspraken/letter.typ")
        .unwrap()
        .to_string();
    // An unknown key is found when `tr` is called; a wrong variable only when
    // the message is formatted where it is placed (inside its context). Both
    // point at the template line that asked for the message.
    for (call, expected) in [
        ("#tr(\"no-such-message\")", "no-such-message"),
        (
            "#tr(\"afspraken-count\", cnt: 2)",
            "Unknown variable: $count",
        ),
    ] {
        let broken = format!("{source}\n{call}\n");
        let line = broken.lines().count();
        let engine = Engine::new(
            assets
                .clone()
                .with_file("templates/afspraken/letter.typ", broken),
        )
        .unwrap();
        let data = example("afspraken");
        let err = render_error(&engine, "afspraken", "nl", &data);
        assert!(
            err.contains(&format!(
                "templates/afspraken/letter.typ (embedded):{line}:"
            )),
            "{err}"
        );
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn png_and_svg_pages() {
    let letter = render("afspraken", "ar", Some("nl"), &example("afspraken"));
    let png = letter.png(1, 72.0).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let svg = String::from_utf8(letter.svg(letter.pages()).unwrap()).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(letter.png(letter.pages() + 1, 72.0).is_err());
}

#[test]
fn checks_across_fields_are_invalid_data_with_a_pointer() {
    let mut beschikking = example("beschikking");
    beschikking["fixed_costs"][0]["amount"] = json!(5000);
    let mut plan = example("plan-van-aanpak");
    plan["review_date"] = json!("2026-01-01");
    for (template, data, pointer, words) in [
        (
            "beschikking",
            &beschikking,
            "/fixed_costs",
            "negative amount",
        ),
        (
            "plan-van-aanpak",
            &plan,
            "/review_date",
            "must come after /plan/date",
        ),
    ] {
        for lang in ["nl", "ar"] {
            let err = engine()
                .render(&RenderRequest {
                    template,
                    lang,
                    with: None,
                    data,
                })
                .unwrap_err();
            let RenderError::InvalidData { errors, .. } = &err else {
                panic!("{template}/{lang}: expected invalid data, got {err}")
            };
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].pointer, pointer);
            assert!(errors[0].message.contains(words), "{}", errors[0].message);
        }
    }
}

#[test]
fn the_objection_deadline_follows_the_algemene_termijnenwet() {
    // Sent Friday 13 November 2026: six weeks would end on Christmas Day;
    // 26 December is a holiday and a Saturday, so the period runs to Monday
    // 28 December. Without a dispatch date the letter date counts.
    let mut data = example("beschikking");
    data["letter_date"] = json!("2026-11-13");
    data.as_object_mut().unwrap().remove("dispatch_date");
    // Squashed: the letter may wrap a line inside the date.
    let text = pdf_text(&render("beschikking", "nl", None, &data).pdf().unwrap());
    assert!(contains_squashed(&text, "28 december 2026"), "{text}");
    assert!(!contains_squashed(&text, "25 december 2026"), "{text}");

    // Sent a week later than dated: the period counts from sending.
    data["dispatch_date"] = json!("2026-11-20");
    if engine()
        .templates()
        .get("beschikking")
        .unwrap()
        .validate(&data)
        .is_ok()
    {
        let text = pdf_text(&render("beschikking", "nl", None, &data).pdf().unwrap());
        // 20 November + 6 weeks = Friday 1 January 2027 → Monday 4 January.
        assert!(contains_squashed(&text, "4 januari 2027"), "{text}");
    }
}
