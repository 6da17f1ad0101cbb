//! The house style every letter shares, read back from real PDFs with
//! `pdftotext -bbox`: labelled reference fields, reference and date repeated
//! at the top of later pages, postal and visiting address in the footer, and
//! the address placed in the envelope window the branding describes, with the
//! body starting at the same left edge.

use std::process::Command;

use eigentaal::assets::Assets;
use eigentaal::render::{Engine, Letter, RenderRequest};
use serde_json::Value;

use crate::util::*;

/// A word on a page, its box in millimetres from the sheet's top-left corner.
#[derive(Debug, Clone)]
struct Word {
    page: usize,
    text: String,
    x0: f64,
    y0: f64,
    y1: f64,
}

const MM_PER_PT: f64 = 25.4 / 72.0;

/// Every word of the PDF with its position (`pdftotext -bbox`).
fn words(pdf: &[u8]) -> Vec<Word> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let html = String::from_utf8(run_tool(
        Command::new("pdftotext")
            .args(["-bbox", "-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
        "install poppler-utils",
    ))
    .unwrap();
    let attr = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse::<f64>().unwrap() * MM_PER_PT
    };
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let text = &line[line.find('>').unwrap() + 1..line.rfind("</word>").unwrap()];
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            out.push(Word {
                page,
                text: text.chars().filter(|c| !is_mark(*c)).collect(),
                x0: attr(line, "xMin"),
                y0: attr(line, "yMin"),
                y1: attr(line, "yMax"),
            });
        }
    }
    out
}

fn find<'a>(words: &'a [Word], page: usize, text: &str) -> Vec<&'a Word> {
    words
        .iter()
        .filter(|w| w.page == page && w.text == text)
        .collect()
}

fn first<'a>(words: &'a [Word], page: usize, text: &str) -> &'a Word {
    find(words, page, text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("`{text}` not on page {page}"))
}

/// The branding with its envelope window moved (millimetres).
fn branding_with_window(x: f64, y: f64, width: f64, height: f64) -> String {
    let assets = Assets::embedded();
    let mut branding: toml::Table = toml::from_str(assets.text("branding/branding.toml").unwrap())
        .expect("branding.toml parses");
    let mut window = toml::Table::new();
    for (key, value) in [("x", x), ("y", y), ("width", width), ("height", height)] {
        window.insert(key.into(), toml::Value::Float(value));
    }
    branding.insert("window".into(), toml::Value::Table(window));
    toml::to_string(&branding).unwrap()
}

fn render_with(
    engine: &Engine,
    template: &str,
    lang: &str,
    with: Option<&str>,
    data: &Value,
) -> Letter {
    engine
        .render(&RenderRequest {
            template,
            lang,
            with,
            data,
        })
        .unwrap_or_else(|e| panic!("{template}/{lang}: {e}"))
}

#[test]
fn the_address_sits_in_the_window_the_branding_describes() {
    let data = example("uitnodiging");
    // (window x, y, width, height) in mm; the last is a window on the right.
    for (x, y, w, h) in [
        (22.0, 48.0, 85.0, 38.0),
        (30.0, 60.0, 90.0, 40.0),
        (110.0, 50.0, 85.0, 38.0),
    ] {
        let engine = Engine::new(
            Assets::embedded()
                .with_file("branding/branding.toml", branding_with_window(x, y, w, h)),
        )
        .unwrap();
        for lang in ["nl", "ar"] {
            let at = format!("window at {x},{y} in {lang}");
            let pdf = render_with(&engine, "uitnodiging", lang, None, &data)
                .pdf()
                .unwrap();
            let words = words(&pdf);
            let name = first(&words, 1, "Tesfay");
            let postcode = first(&words, 1, "EF");
            let return_line = first(&words, 1, "Postbus");
            // A few millimetres inside the window on every side (4 mm; a
            // glyph box reaches a little above the line's top).
            assert!(
                (name.x0 - (x + 4.0)).abs() < 0.6,
                "{at}: name starts at {:.1} mm",
                name.x0
            );
            assert!(
                return_line.y0 >= y + 3.0,
                "{at}: return address at {:.1} mm",
                return_line.y0
            );
            assert!(
                name.y0 > return_line.y0,
                "{at}: name below the return address"
            );
            assert!(
                postcode.y1 <= y + h - 2.5,
                "{at}: address ends at {:.1} mm",
                postcode.y1
            );
            // Left-to-right and left-aligned in Arabic too: the address lines start together.
            let street = first(&words, 1, "Beukenstraat");
            assert!(
                (street.x0 - name.x0).abs() < 0.3,
                "{at}: street at {:.1} mm",
                street.x0
            );
            if lang == "nl" {
                // The body's left edge: the address's with a left window, 25 mm otherwise.
                let body = first(&words, 1, "Beste");
                let expected = if x < 60.0 { name.x0 } else { 25.0 };
                assert!(
                    (body.x0 - expected).abs() < 0.3,
                    "{at}: body starts at {:.1} mm",
                    body.x0
                );
                // The reference fields come below the window.
                let label = first(&words, 1, "Datum");
                assert!(
                    label.y0 > y + h,
                    "{at}: reference fields at {:.1} mm",
                    label.y0
                );
            }
        }
    }
}

#[test]
fn reference_and_date_are_labelled_and_repeated_on_later_pages() {
    let data = example("plan-van-aanpak");
    let letter = render("plan-van-aanpak", "nl", None, &data);
    assert!(letter.pages() >= 2, "the example plan has a second page");
    let words = words(&letter.pdf().unwrap());
    let reference = data["reference"].as_str().unwrap();
    // Page 1: the labelled fields under the window, no running header.
    let label = first(&words, 1, "Datum");
    let value = first(&words, 1, reference);
    assert!(label.y0 > 85.0 && value.y0 > 85.0, "{label:?} {value:?}");
    assert!(first(&words, 1, "kenmerk").y0 > 85.0);
    assert!(find(&words, 1, reference).iter().all(|w| w.y0 > 85.0));
    // Every later page: reference and date at the top, above the text.
    for page in 2..=letter.pages() {
        let header: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == page && w.y1 < 20.0)
            .collect();
        let text: Vec<&str> = header.iter().map(|w| w.text.as_str()).collect();
        let line = text.join(" ");
        assert!(
            line.contains(&format!("Ons kenmerk {reference}"))
                && line.contains("Datum 18 november 2026"),
            "page {page}: header `{line}`"
        );
    }
}

#[test]
fn every_edition_starts_without_the_running_header() {
    // A bilingual letter: the Dutch edition starts on a new page with its own
    // letterhead and window, and no header there either.
    let letter = render(
        "plan-van-aanpak",
        "ar",
        Some("nl"),
        &example("plan-van-aanpak"),
    );
    let words = words(&letter.pdf().unwrap());
    let mut starts = 0;
    for page in 1..=letter.pages() {
        let window = find(&words, page, "Postbus")
            .iter()
            .any(|w| w.y0 > 40.0 && w.y1 < 90.0);
        let header = find(&words, page, "PVA-2026-00614")
            .iter()
            .any(|w| w.y1 < 20.0);
        assert!(
            window != header,
            "page {page}: window {window}, header {header}"
        );
        starts += usize::from(window);
    }
    assert_eq!(starts, 2);
}

#[test]
fn the_footer_carries_postal_and_visiting_address_on_every_page() {
    let brand = &engine().templates().branding;
    let letter = render("plan-van-aanpak", "nl", None, &example("plan-van-aanpak"));
    let pdf = letter.pdf().unwrap();
    let words = words(&pdf);
    let pages = letter.pages();
    for page in 1..=pages {
        let footer: Vec<&str> = words
            .iter()
            .filter(|w| w.page == page && w.y0 > 265.0)
            .map(|w| w.text.as_str())
            .collect();
        let footer = footer.join(" ");
        for expected in [
            "Postadres",
            "Postbus 100",
            "1230 AA Voorbeeldstad",
            "Bezoekadres",
            "Stadhuisplein 1",
            "1234 AB Voorbeeldstad",
            &format!("Pagina {page} van {pages}"),
            &brand.website,
        ] {
            assert!(
                footer.contains(expected),
                "page {page}: `{expected}` not in footer `{footer}`"
            );
        }
    }
    // In Arabic the labels are Arabic, the addresses stay as written.
    let text = pdf_text(
        &render("afspraken", "ar", None, &example("afspraken"))
            .pdf()
            .unwrap(),
    );
    for expected in [
        "العنوان البريدي",
        "عنوان الزيارة",
        "Postbus 100",
        "Stadhuisplein 1",
    ] {
        assert!(
            contains_squashed(&text, expected),
            "`{expected}` not in\n{text}"
        );
    }
}

/// An engine whose `afspraken` template passes the given extra arguments to `letter()`.
fn engine_with_letter_arguments(arguments: &str) -> Engine {
    let assets = Assets::embedded();
    let source = assets.text("templates/afspraken/letter.typ").unwrap();
    let call = "#show: letter\n";
    assert!(source.contains(call));
    let source = source.replace(call, &format!("#show: letter.with({arguments})\n"));
    Engine::new(assets.with_file("templates/afspraken/letter.typ", source)).unwrap()
}

#[test]
fn your_application_and_enclosures_are_labelled_fields() {
    let data = example("afspraken");
    let engine = engine_with_letter_arguments(
        "your-date: \"2026-10-26\", enclosures: (\"plan-van-aanpak-subject\", [Routebeschrijving])",
    );
    let pdf = render_with(&engine, "afspraken", "nl", None, &data)
        .pdf()
        .unwrap();
    let words = words(&pdf);
    let line = |page: usize, y: f64| -> String {
        let mut row: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == page && (w.y0 - y).abs() < 1.0)
            .collect();
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        row.iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let labels = line(1, first(&words, 1, "Datum").y0);
    assert_eq!(labels, "Datum Ons kenmerk Uw aanvraag van Bijlage(n)");
    let values = line(1, first(&words, 1, "oktober").y0);
    assert_eq!(values, "23 november 2026 AFS-2026-01873 26 oktober 2026 2");
    // The enclosures are listed after the signature.
    let text = pdf_text(&pdf);
    let after = &text[text.rfind("Sanne de Vries").unwrap()..];
    for expected in ["Bijlage(n)", "Uw plan van aanpak", "Routebeschrijving"] {
        assert!(
            after.contains(expected),
            "`{expected}` not after the signature:\n{after}"
        );
    }

    // "Uw brief van" for a letter; in Arabic the labels are Arabic.
    let engine =
        engine_with_letter_arguments("your-date: \"2026-10-26\", your-date-kind: \"letter\"");
    let text = pdf_text(
        &render_with(&engine, "afspraken", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(
        text.contains("Uw brief van") && !text.contains("Bijlage(n)"),
        "{text}"
    );
    let text = pdf_text(
        &render_with(&engine, "afspraken", "ar", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(contains_squashed(&text, "رسالتك بتاريخ"), "{text}");
    // Without them, neither field.
    let text = pdf_text(&render("afspraken", "nl", None, &data).pdf().unwrap());
    assert!(
        !text.contains("Uw aanvraag van") && !text.contains("Bijlage(n)"),
        "{text}"
    );
}
