//! Archival and accessible PDFs (PDF/A-2a with PDF/UA-1 by default), read
//! back with a PDF library: conformance claims, tags, languages, alt text,
//! fonts, and the text a resident copies out of the letter.

use eigentaal::assets::Assets;
use eigentaal::render::{Engine, PdfStandard, RenderRequest};

use crate::pdf_read::PdfFacts;
use crate::util::*;

/// The letters every language and the bilingual edition are checked on.
fn editions() -> Vec<(String, String, Option<&'static str>)> {
    let engine = engine();
    let mut editions = Vec::new();
    for template in engine.templates().iter() {
        // A decision always carries the Dutch edition.
        let decision = template.manifest.decision;
        for lang in engine.languages_of(template) {
            let with = (decision && lang != "nl").then_some("nl");
            editions.push((template.name.clone(), lang.to_string(), with));
        }
        if !decision {
            editions.push((template.name.clone(), "ar".into(), Some("nl")));
        }
    }
    editions
}

fn is_decision(template: &str) -> bool {
    engine()
        .templates()
        .get(template)
        .unwrap()
        .manifest
        .decision
}

fn subject(template: &str, lang: &str) -> String {
    engine()
        .locales()
        .message(lang, &format!("{template}-subject"), None)
        .unwrap()
        .text
}

#[test]
fn default_pdf_is_archival_accessible_and_tagged() {
    let municipality = &engine().templates().branding.name;
    for (template, lang, with) in editions() {
        let at = format!(
            "{template}/{lang}{}",
            with.map(|w| format!("+{w}")).unwrap_or_default()
        );
        let letter = render(&template, &lang, with, &example(&template));
        let facts = PdfFacts::read(&letter.pdf().unwrap());

        assert_eq!(facts.xmp_value("pdfaid:part").as_deref(), Some("2"), "{at}");
        assert_eq!(
            facts.xmp_value("pdfaid:conformance").as_deref(),
            Some("A"),
            "{at}"
        );
        assert_eq!(
            facts.xmp_value("pdfuaid:part").as_deref(),
            Some("1"),
            "{at}"
        );
        assert!(facts.marked, "{at}: /MarkInfo /Marked");
        assert!(facts.display_doc_title, "{at}: DisplayDocTitle");
        assert_eq!(
            facts.lang.as_deref(),
            Some(lang.as_str()),
            "{at}: catalog /Lang"
        );
        assert_eq!(facts.title, Some(subject(&template, &lang)), "{at}: title");
        assert_eq!(facts.author.as_ref(), Some(municipality), "{at}: author");

        // One subject heading per edition; section headings below it.
        let editions = if with.is_some() { 2 } else { 1 };
        assert_eq!(facts.count("H1"), editions, "{at}: {:?}", facts.roles);
        if ["uitnodiging", "beschikking"].contains(&template.as_str()) {
            assert!(facts.count("H2") >= 3 * editions, "{at}: {:?}", facts.roles);
        }
        if template == "afspraken" {
            assert!(facts.count("Table") >= editions, "{at}: {:?}", facts.roles);
            assert!(facts.count("TH") >= 3 * editions, "{at}: table headers");
            assert!(
                facts.count("L") >= editions && facts.count("LI") >= 2,
                "{at}: list"
            );
        }
        // The logo, once per edition, with alt text in the edition's language.
        assert_eq!(facts.figure_alts.len(), editions, "{at}");
        for alt in &facts.figure_alts {
            let alt = alt.as_deref().unwrap_or_default();
            assert!(
                alt.contains(municipality.as_str()),
                "{at}: logo alt {alt:?}"
            );
        }
        // The address block and the Dutch notice are tagged Dutch in other
        // languages; in a bilingual letter the second edition is Dutch too.
        if lang != "nl" {
            assert!(
                facts.span_langs.contains("nl"),
                "{at}: {:?}",
                facts.span_langs
            );
        }

        assert!(!facts.fonts.is_empty(), "{at}: no fonts");
        for font in &facts.fonts {
            assert!(font.embedded, "{at}: {} not embedded", font.name);
            assert!(font.subset, "{at}: {} not subset", font.name);
            assert_ne!(font.subtype, "Type3", "{at}: {} drawn as paths", font.name);
        }
    }
}

#[test]
fn other_standards_claim_exactly_what_they_are() {
    let letter = render("beschikking", "uk", None, &example("beschikking"));
    for (standard, part, ua) in [
        (PdfStandard::A2aUa1, "2", Some("1")),
        (PdfStandard::A2a, "2", None),
        (PdfStandard::A3a, "3", None),
    ] {
        let facts = PdfFacts::read(&letter.pdf_as(standard).unwrap());
        assert_eq!(
            facts.xmp_value("pdfaid:part").as_deref(),
            Some(part),
            "{standard}"
        );
        assert_eq!(
            facts.xmp_value("pdfaid:conformance").as_deref(),
            Some("A"),
            "{standard}"
        );
        assert_eq!(facts.xmp_value("pdfuaid:part").as_deref(), ua, "{standard}");
        assert!(facts.marked, "{standard}: every standard is tagged");
    }
    assert_eq!(
        "PDF/A-2a+UA-1".parse::<PdfStandard>(),
        Ok(PdfStandard::A2aUa1)
    );
    let err = "a-1b".parse::<PdfStandard>().unwrap_err();
    assert!(err.contains("a-2a+ua-1, a-2a, a-3a"), "{err}");
}

/// Messages without placeables that every example letter of `template` shows.
fn fixed_messages(template: &str, lang: &str) -> Vec<String> {
    let case = example(template);
    let mut keys = vec![format!("{template}-subject"), "closing".to_string()];
    if lang != "nl" {
        keys.push(if is_decision(template) {
            "binding-notice-bilingual".into()
        } else {
            "binding-notice-translation".into()
        });
    }
    let headings: &[&str] = match template {
        "uitnodiging" => &["purpose", "cannot-come", "bring"],
        "beschikking" => &["decision", "money", "obligations", "objection", "coach"],
        _ => &[],
    };
    for heading in headings {
        let optional = match *heading {
            "bring" => case["bring"].as_array().is_none_or(Vec::is_empty),
            "coach" => case.get("budget_coach").is_none(),
            _ => false,
        };
        if !optional {
            keys.push(format!("{template}-heading-{heading}"));
        }
    }
    keys.iter()
        .map(|key| engine().locales().message(lang, key, None).unwrap().text)
        .collect()
}

/// Words separated by single spaces, without invisible direction marks.
fn words(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.chars().filter(|c| !is_mark(*c)).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn extracted_text_is_the_message_text() {
    for (template, lang, with) in editions() {
        if with.is_some() && !is_decision(&template) {
            continue;
        }
        let letter = render(&template, &lang, None, &example(&template));
        let text = pdf_text(&letter.pdf().unwrap());
        for message in fixed_messages(&template, &lang) {
            if is_rtl(&lang) {
                // poppler rebuilds right-to-left lines from glyph positions
                // and puts neutral punctuation (، . ؟ :) beside the wrong
                // word; the letters and their order must still be right.
                let strip = |s: &str| -> String {
                    squash(s)
                        .chars()
                        .filter(|c| !"،.؟:,".contains(*c))
                        .collect()
                };
                assert!(
                    strip(&text).contains(&strip(&message)),
                    "{template}/{lang}: {message:?} not in\n{text}"
                );
            } else {
                assert!(
                    words(&text).contains(&words(&message)),
                    "{template}/{lang}: {message:?} not in\n{text}"
                );
            }
        }
    }
}

#[test]
fn arabic_marks_are_in_the_text_layer_once() {
    // A letter and its raised mark (tanween) once were two text items that
    // both carried the cluster: "معًا" came out as "ًع مًعا".
    let letter = render("afspraken", "ar", None, &example("afspraken"));
    let text = pdf_text(&letter.pdf().unwrap());
    for phrase in ["إليها معًا", "المحادثة أيضًا"] {
        assert!(contains_squashed(&text, phrase), "{phrase} not in\n{text}");
    }
}

#[test]
fn cli_and_api_choose_the_standard() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "render",
        "uitnodiging",
        "--lang",
        "ti",
        "--example",
        "-o",
        "-",
    ];
    let (status, pdf, stderr) = eigentaal(
        &[&args[..], &["--pdf-standard", "a-2a"]].concat(),
        b"",
        dir.path(),
    );
    assert_eq!(status, 0, "{stderr}");
    let facts = PdfFacts::read(&pdf);
    assert_eq!(facts.xmp_value("pdfaid:part").as_deref(), Some("2"));
    assert_eq!(facts.xmp_value("pdfuaid:part"), None);

    let (status, _, stderr) = eigentaal(
        &[&args[..], &["--pdf-standard", "a-1b"]].concat(),
        b"",
        dir.path(),
    );
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("unknown PDF standard `a-1b`; use a-2a+ua-1, a-2a, a-3a"),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "nothing written on error"
    );
}

/// An engine whose branding points residents to the letter online.
fn engine_with_translation_url(pattern: &str) -> Result<Engine, eigentaal::render::EngineError> {
    let assets = Assets::embedded();
    let branding = format!(
        "{}\ntranslation-url = \"{pattern}\"\n",
        assets.text("branding/branding.toml").unwrap()
    );
    Engine::new(assets.with_file("branding/branding.toml", branding))
}

/// The QR codes zbarimg reads on a PNG.
fn read_qr_codes(png: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.png");
    std::fs::write(&path, png).unwrap();
    let out = std::process::Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(&path)
        .output()
        .expect("zbarimg is needed: .ci/run installs zbar-tools");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn dutch_edition_links_to_the_translated_version_by_qr_code() {
    let engine =
        engine_with_translation_url("https://www.voorbeeldstad.nl/brief/{template}/{reference}")
            .unwrap();
    let mut data = example("uitnodiging");
    // Case data reaches the URL encoded, never as markup or a path.
    data["reference"] = "UIT/2026 #7".into();
    let letter = engine
        .render(&RenderRequest {
            template: "uitnodiging",
            lang: "ar",
            with: Some("nl"),
            data: &data,
        })
        .unwrap();
    let url = "https://www.voorbeeldstad.nl/brief/uitnodiging/UIT%2F2026%20%237";
    let pages = letter.pages();
    // Only the Dutch edition carries the link, once; the Arabic one starts.
    let codes: Vec<Vec<String>> = (1..=pages)
        .map(|page| read_qr_codes(&letter.png(page, 300.0).unwrap()))
        .collect();
    assert!(codes[0].is_empty(), "{codes:?}");
    assert_eq!(codes.concat(), [url]);

    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    // Printed too (it may wrap at a slash), for those who cannot scan.
    assert!(contains_squashed(&text, url), "{text}");
    assert!(
        words(&text).contains("Wilt u deze brief in uw eigen taal lezen?"),
        "{text}"
    );
    let facts = PdfFacts::read(&pdf);
    assert!(
        facts
            .figure_alts
            .iter()
            .flatten()
            .any(|alt| alt == "QR-code naar deze brief in uw eigen taal"),
        "{:?}",
        facts.figure_alts
    );
    // Same page count as without the link: it sits in the letterhead.
    let plain = render("uitnodiging", "ar", Some("nl"), &data);
    assert_eq!(plain.pages(), pages);
}

#[test]
fn a_bad_translation_url_is_refused_when_loading() {
    for (pattern, expected) in [
        ("ftp://example.org/{reference}", "must start with https://"),
        (
            "https://example.org/{case}",
            "only {reference} and {template}",
        ),
    ] {
        let err = engine_with_translation_url(pattern)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("branding.toml") && err.contains(expected),
            "{err}"
        );
    }
}
