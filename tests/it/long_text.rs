//! Long words, long names and long address lines: they wrap or break and
//! stay on the page, and the postal address stays inside the envelope
//! window. Read back from the PDF with `pdftotext -bbox`.

use serde_json::{Value, json};

use crate::util::*;

/// A word of the PDF's text layer and its box, in points from the top-left
/// corner of its page.
#[derive(Debug)]
struct WordBox {
    page: usize,
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
    text: String,
}

fn word_boxes(pdf: &[u8]) -> Vec<WordBox> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = run_tool(
        std::process::Command::new("pdftotext")
            .args(["-bbox", "-enc", "UTF-8"])
            .arg(&path)
            .arg("-"),
        "install poppler-utils",
    );
    let attr = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[start..start + line[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let mut page = 0;
    let mut words = Vec::new();
    for line in String::from_utf8(out).unwrap().lines() {
        let line = line.trim();
        if line.starts_with("<page") {
            page += 1;
        } else if line.starts_with("<word") {
            let text = &line[line.find('>').unwrap() + 1..line.rfind("</word>").unwrap()];
            words.push(WordBox {
                page,
                x_min: attr(line, "xMin"),
                y_min: attr(line, "yMin"),
                x_max: attr(line, "xMax"),
                y_max: attr(line, "yMax"),
                text: text.replace('\u{200B}', ""),
            });
        }
    }
    words
}

const MM: f64 = 72.0 / 25.4;
/// A4 in points.
const PAGE_WIDTH: f64 = 210.0 * MM;
/// The body's right margin (templates/shared/letter.typ, `sheet-geometry`).
const RIGHT_MARGIN: f64 = 20.0 * MM;

/// The window of the branding, in points: (x_min, y_min, x_max, y_max).
fn window() -> (f64, f64, f64, f64) {
    let w = engine().templates().branding.window;
    (
        w.x * MM,
        w.y * MM,
        (w.x + w.width) * MM,
        (w.y + w.height) * MM,
    )
}

/// No word of any page beyond the right margin or the left edge.
fn assert_on_the_page(words: &[WordBox], what: &str) {
    for w in words {
        assert!(
            w.x_max <= PAGE_WIDTH - RIGHT_MARGIN + 0.5 && w.x_min >= 0.0,
            "{what}: a word runs off the page on page {}: {w:?}",
            w.page
        );
    }
}

/// The words of the first page that are the recipient's name and address
/// (from the name's first word down to the address's last), all inside
/// the window.
fn assert_address_in_window(words: &[WordBox], case: &Value, what: &str) {
    let (x0, y0, x1, y1) = window();
    let first = case["recipient"]["name"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .chars()
        .take(8)
        .collect::<String>();
    let start = words
        .iter()
        .position(|w| w.page == 1 && w.text.starts_with(&first))
        .unwrap_or_else(|| panic!("{what}: the name is not on page 1"));
    let last_line = case["recipient"]["address"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .as_str()
        .unwrap();
    let last_word = last_line.split_whitespace().last().unwrap();
    let end = start
        + words[start..]
            .iter()
            .position(|w| w.text == last_word)
            .unwrap_or_else(|| panic!("{what}: the address's last word is not after the name"));
    let block = &words[start..=end];
    assert!(block.len() >= 4, "{what}: {block:?}");
    for w in block {
        assert!(
            w.x_min >= x0 && w.x_max <= x1 && w.y_min >= y0 && w.y_max <= y1,
            "{what}: {w:?} is outside the window {:?}",
            (x0, y0, x1, y1)
        );
    }
}

/// A case with a 200-character word in free text and a long name, and an
/// address line as long as a line of the window holds.
fn long_case() -> Value {
    let mut case = example("afspraken");
    let word: String = "Aanvraagformulierbijzonderebijstand".repeat(6)[..200].to_string();
    case["agreements"][0]["note"] = json!(word);
    case["recipient"]["name"] =
        json!("Mohammed Abdulrahman Abdelaziz Al-Hashimi bin Abdullah ibn Khalid Al-Qurashi");
    case["recipient"]["address"] = json!([
        "Burg. Baron v. Voerst v. Lyndenstr. 1234-B",
        "1234 CD Voorbeeldstad"
    ]);
    case
}

#[test]
fn a_long_word_breaks_and_a_long_name_wraps_inside_the_window() {
    for lang in ["nl", "ar"] {
        let case = long_case();
        let pdf = render("afspraken", lang, None, &case).pdf().unwrap();
        let words = word_boxes(&pdf);
        assert_on_the_page(&words, lang);
        assert_address_in_window(&words, &case, lang);
        // The long word is printed whole, over several lines.
        let note = case["agreements"][0]["note"].as_str().unwrap();
        let pieces: Vec<&WordBox> = words
            .iter()
            .filter(|w| w.text.len() >= 20 && note.contains(&w.text))
            .collect();
        assert!(pieces.len() >= 2, "{lang}: {pieces:?}");
        let joined: String = pieces.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(joined, note, "{lang}");
        // The name takes two lines of the window.
        let name_lines: std::collections::BTreeSet<i64> = words
            .iter()
            .filter(|w| w.page == 1 && (w.text == "Mohammed" || w.text == "Al-Qurashi"))
            .map(|w| w.y_min.round() as i64)
            .collect();
        assert_eq!(name_lines.len(), 2, "{lang}: the name wraps");
    }
}

#[test]
fn a_name_of_one_long_part_breaks_inside_the_window() {
    for lang in ["nl", "ar"] {
        let mut case = long_case();
        case["recipient"]["name"] = json!(format!("Al{}", "m".repeat(60)));
        let pdf = render("afspraken", lang, None, &case).pdf().unwrap();
        let words = word_boxes(&pdf);
        assert_on_the_page(&words, lang);
        assert_address_in_window(&words, &case, lang);
    }
}

#[test]
fn an_address_line_wider_than_the_window_is_invalid_case_data() {
    for lang in ["nl", "ar"] {
        let mut case = long_case();
        case["recipient"]["address"][0] =
            json!("Burgemeester Baron van Voerst van Lyndenstraat 1234 B bis");
        let errors = invalid_fields("afspraken", lang, &case);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, "/recipient/address/0");
        assert!(errors[0].1.contains("envelope window"), "{errors:?}");
        assert!(!errors[0].1.contains("Lyndenstraat"), "no value echoed");
    }
}

#[test]
fn more_lines_than_the_window_holds_are_invalid_case_data() {
    let mut case = long_case();
    case["recipient"]["address"] = json!([
        "t.a.v. de bewindvoerder",
        "Postbus 12345",
        "Burg. Baron v. Voerst v. Lyndenstr. 1",
        "1234 CD Voorbeeldstad"
    ]);
    let errors = invalid_fields("afspraken", "nl", &case);
    assert_eq!(
        errors.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["/recipient"],
        "{errors:?}"
    );
    // With a short name the same four lines fit.
    case["recipient"]["name"] = json!("Amina Haddad");
    let pdf = render("afspraken", "nl", None, &case).pdf().unwrap();
    assert_address_in_window(&word_boxes(&pdf), &case, "four address lines");
}
