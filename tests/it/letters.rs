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
            assert!(text.contains(november(lang)), "{at}: month name missing in\n{text}");
            assert!(text.contains(data["reference"].as_str().unwrap()), "{at}: reference");
            assert!(text.contains(data["recipient"]["name"].as_str().unwrap()), "{at}: name");
            assert!(text.contains("Voorbeeldstad"), "{at}: branding");
            match lang {
                "ar" => assert!(has_script(&text, ARABIC), "{at}: no Arabic script"),
                "ti" => assert!(has_script(&text, ETHIOPIC), "{at}: no Ethiopic script"),
                "uk" => assert!(has_script(&text, CYRILLIC), "{at}: no Cyrillic script"),
                _ => {}
            }
            let fonts = pdf_fonts(&pdf);
            assert!(!fonts.is_empty(), "{at}: no fonts");
            for (name, embedded) in &fonts {
                assert!(embedded, "{at}: font {name} not embedded");
            }
            assert!(letter.fallbacks.is_empty(), "{at}: untranslated {:?}", letter.fallbacks);
            rendered += 1;
        }
    }
    assert!(rendered >= 2, "only {rendered} letters rendered");
}

#[test]
fn arabic_letter_uses_arabic_words_and_naskh() {
    let letter = render("afspraken", "ar-SY", None, &example("afspraken"));
    assert_eq!(letter.languages, ["ar"]);
    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("البلدية"), "{text}");
    assert!(text.contains("23 نوفمبر 2026"), "{text}");
    assert!(pdf_fonts(&pdf).iter().any(|(n, _)| n.contains("NotoNaskhArabic")));
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
    for (n, expected) in [
        (1, "اتفقنا على أمر واحد"),
        (2, "اتفقنا على أمرين"),
        (3, "اتفقنا على 3 أمور"),
        (11, "اتفقنا على 11 أمرًا"),
        (100, "اتفقنا على 100 أمر"),
    ] {
        let pdf = render("afspraken", "ar", None, &with_agreements(n)).pdf().unwrap();
        let text = pdf_text(&pdf);
        assert!(text.contains(expected), "{n}: expected `{expected}` in\n{text}");
    }
}

#[test]
fn plural_categories_of_the_shipped_messages() {
    let locales = engine().locales();
    let count = |lang: &str, n: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        locales.message(lang, "afspraken-count", Some(&args)).unwrap().text
    };
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(strip(count("ar", 0)), "لم نتفق على أي أمر.");
    assert_eq!(strip(count("ar", 2)), "اتفقنا على أمرين:");
    assert_eq!(count("nl", 1), "We hebben 1 afspraak gemaakt:");
    assert_eq!(count("nl", 3), "We hebben 3 afspraken gemaakt:");
    if locales.get("ti").is_some_and(|l| l.has_file("afspraken")) {
        // Tigrinya: 0 and 1 are `one`, everything else `other`.
        assert_eq!(count("ti", 0), count("ti", 1).replace('1', "0"));
        assert_ne!(
            count("ti", 1).replace('1', "#"),
            count("ti", 2).replace('2', "#")
        );
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
    for lang in ["nl", "ar"] {
        let text = pdf_text(&render("afspraken", lang, None, &data).pdf().unwrap());
        let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squashed.matches(evil).count() >= 3, "{lang}: {squashed}");
        assert!(squashed.contains("#ref]*"));
    }
}

#[test]
fn bilingual_letter_has_both_languages_and_both_notices() {
    let letter = render("afspraken", "ar", Some("nl"), &example("afspraken"));
    assert_eq!(letter.languages, ["ar", "nl"]);
    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    let nl = engine().locales().message("nl", "binding-notice-bilingual", None).unwrap().text;
    let ar = engine().locales().message("ar", "binding-notice-bilingual", None).unwrap().text;
    let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squashed.contains(&nl), "Dutch notice missing:\n{squashed}");
    assert!(squashed.contains("النص الهولندي وحده هو النص الرسمي"), "Arabic notice missing:\n{squashed}");
    assert!(!ar.is_empty());
    assert!(text.contains("Uw afspraken met de gemeente"));
    assert!(text.contains("اتفاقاتك مع البلدية"));
    assert!(letter.pages() >= 2);
    let info = pdf_info(&pdf);
    assert_eq!(info.get("Title").map(String::as_str), Some("اتفاقاتك مع البلدية"));
}

#[test]
fn same_input_gives_identical_bytes() {
    let data = example("afspraken");
    let a = render("afspraken", "ar", Some("nl"), &data).pdf().unwrap();
    let b = render("afspraken", "ar", Some("nl"), &data).pdf().unwrap();
    assert!(a == b, "PDF output differs between two renders of the same input");
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
        .render(&RenderRequest { template: "afspraken", lang: "nl", with: None, data: &data })
        .unwrap_err();
    let RenderError::InvalidData { errors, .. } = &err else { panic!("{err}") };
    let pointers: Vec<&str> = errors.iter().map(|e| e.pointer.as_str()).collect();
    for expected in ["", "/agreements/1/due", "/agreements/2/action", "/letter_date", "/recipient"] {
        assert!(pointers.contains(&expected), "{expected} not in {pointers:?}");
    }
    // Values are not echoed: they may be personal data.
    assert!(!err.to_string().contains("20261130"), "{err}");
}

#[test]
fn unknown_template_and_language_name_the_alternatives() {
    let data = example("afspraken");
    let err = engine()
        .render(&RenderRequest { template: "brief", lang: "nl", with: None, data: &data })
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown template `brief`") && err.contains("afspraken"), "{err}");
    let err = engine()
        .render(&RenderRequest { template: "afspraken", lang: "de-DE", with: None, data: &data })
        .unwrap_err()
        .to_string();
    assert!(err.contains("`de-DE` is not available") && err.contains("ar") && err.contains("nl"), "{err}");
}

#[test]
fn missing_translation_falls_back_to_dutch_and_is_reported() {
    let assets = Assets::embedded();
    let ar = assets.text("locales/ar/afspraken.ftl").unwrap();
    let without: String = ar
        .lines()
        .filter(|l| !l.starts_with("afspraken-check"))
        .collect::<Vec<_>>()
        .join("\n");
    let engine = Engine::new(assets.with_file("locales/ar/afspraken.ftl", without)).unwrap();
    let data = example("afspraken");
    let letter = engine
        .render(&RenderRequest { template: "afspraken", lang: "ar", with: None, data: &data })
        .unwrap();
    assert_eq!(letter.fallbacks, ["ar: afspraken-check"]);
    assert!(letter.warnings.iter().any(|w| w.message.contains("afspraken-check")));
    let text = pdf_text(&letter.pdf().unwrap());
    assert!(text.contains("Klopt er iets niet?"), "{text}");
    assert!(!text.contains("afspraken-check"));
}

#[test]
fn template_errors_point_at_file_line_and_column() {
    let assets = Assets::embedded();
    let source = assets.text("templates/afspraken/letter.typ").unwrap().to_string();
    let broken = format!("{source}\n#tr(\"no-such-message\")\n");
    let line = broken.lines().count();
    let engine = Engine::new(assets.with_file("templates/afspraken/letter.typ", broken)).unwrap();
    let data = example("afspraken");
    let err = engine
        .render(&RenderRequest { template: "afspraken", lang: "nl", with: None, data: &data })
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("templates/afspraken/letter.typ (embedded):{line}:")), "{err}");
    assert!(err.contains("no-such-message"), "{err}");
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
