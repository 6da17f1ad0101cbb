//! Persian, Dari and Pashto letters, regional Arabic dates and alias tags,
//! read back from the PDFs: the script, the month names of the locale, the
//! fonts, one digit system per edition, the `/Lang` the PDF declares.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::pdf_read::PdfFacts;
use crate::util::*;

/// The languages this file covers, with November as ICU4X writes it for
/// them (Gregorian, by the language's names), and letters only that
/// language's alphabet has among the three.
const LANGUAGES: [(&str, &str, &[char]); 3] = [
    // Iranian Persian: نوامبر.
    ("fa", "نوامبر", &['پ', 'چ', 'ژ', 'گ']),
    // Dari: the Afghan month name, and Dari words Iranian Persian does not use.
    ("fa-AF", "نومبر", &['پ', 'گ']),
    // Pashto: its own letters.
    ("ps", "نومبر", &['ټ', 'ډ', 'ړ', 'ښ', 'ګ', 'ې', 'ۍ']),
];

/// The Arabic-script characters, where a Persian or Pashto letter is written.
fn arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

const PERSIAN_DIGITS: std::ops::RangeInclusive<char> = '\u{06F0}'..='\u{06F9}';
const ARABIC_INDIC_DIGITS: std::ops::RangeInclusive<char> = '\u{0660}'..='\u{0669}';

/// A Dutch edition page: its footer says "Pagina x van y".
fn is_dutch_page(page: &str) -> bool {
    page.contains("Pagina ")
}

#[test]
fn every_template_in_persian_dari_and_pashto_reads_back() {
    let engine = engine();
    for (lang, november, letters) in LANGUAGES {
        for template in engine.templates().iter() {
            let at = format!("{}/{lang}", template.name);
            assert!(
                engine.languages_of(template).contains(&lang),
                "{at}: not offered"
            );
            let data = &template.example;
            let letter = render(&template.name, lang, None, data);
            assert_eq!(letter.languages[0], lang, "{at}");
            assert!(letter.fallbacks.is_empty(), "{at}: {:?}", letter.fallbacks);
            let pdf = letter.pdf().unwrap();
            let text = pdf_text(&pdf);
            let own: String = text
                .split('\x0c')
                .filter(|page| !is_dutch_page(page))
                .collect();
            assert!(
                own.chars().filter(|c| arabic_script(*c)).count() > 500,
                "{at}: too little Arabic script:\n{own}"
            );
            assert!(
                letters.iter().any(|c| own.contains(*c)),
                "{at}: none of {letters:?} in\n{own}"
            );
            // The month names of the locale, not the Arabic ones (نوفمبر)
            // nor root's "M11" when a tag has no data.
            assert!(own.contains(november), "{at}: no {november} in\n{own}");
            assert!(!own.contains("نوفمبر") && !own.contains("M11"), "{at}");
            assert!(own.contains(data["reference"].as_str().unwrap()), "{at}");
            // Only the embedded Noto fonts, all embedded: no fallback font.
            let fonts = pdf_fonts(&pdf);
            let families: BTreeSet<String> = fonts
                .iter()
                .map(|(name, _)| name.split('+').next_back().unwrap().to_string())
                .collect();
            assert!(
                families.contains("NotoNaskhArabic-Regular"),
                "{at}: {families:?}"
            );
            for (name, embedded) in &fonts {
                assert!(*embedded, "{at}: {name} not embedded");
                assert!(
                    name.contains("+Noto"),
                    "{at}: {name} is not an embedded Noto font"
                );
            }
            // The document declares the language it is in.
            let facts = PdfFacts::read(&pdf);
            assert_eq!(facts.lang.as_deref(), Some(lang), "{at}: /Lang");
        }
    }
}

/// Every string in a JSON value (case data, branding): the identifiers and
/// free text a letter prints as given. Dates and times are left out: the
/// letter formats those, so they must not hide in the exceptions.
fn strings(value: &Value, out: &mut Vec<String>) {
    let formatted = |s: &str| {
        let digits_at = |positions: &[usize]| {
            positions
                .iter()
                .all(|&i| s.as_bytes().get(i).is_some_and(u8::is_ascii_digit))
        };
        (s.len() == 10 && digits_at(&[0, 1, 2, 3, 5, 6, 8, 9]))
            || (s.len() == 5 && s.as_bytes()[2] == b':' && digits_at(&[0, 1, 3, 4]))
    };
    match value {
        Value::String(s) if formatted(s) => {}
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Numbers in Latin digits outside Latin-script text: each stretch between
/// Arabic-script characters that holds an ASCII digit but no ASCII letter.
/// Case data and branding strings (reference, phone, postcode, names) are
/// taken out first: they are printed as given, in Latin digits. A stretch
/// with a letter is a Latin name or code (`B1`, `(Wet inburgering 2021)`).
fn latin_numbers(page: &str, identifiers: &[String]) -> Vec<String> {
    let mut text = page.to_string();
    for id in identifiers {
        text = text.replace(id.as_str(), " ");
    }
    text.split(arabic_script)
        .filter(|stretch| {
            stretch.chars().any(|c| c.is_ascii_digit())
                && !stretch.chars().any(|c| c.is_ascii_alphabetic())
        })
        .map(|s| s.trim().to_string())
        .collect()
}

#[test]
fn a_persian_letter_writes_every_number_in_one_digit_system() {
    let engine = engine();
    let mut branding = Vec::new();
    strings(
        &serde_json::to_value(&engine.templates().branding).unwrap(),
        &mut branding,
    );
    // The check has teeth: a count Fluent wrote itself in Latin digits
    // inside Persian text is found; an identifier or Latin name is not.
    assert_eq!(
        latin_numbers("ما 5 توافق کردیم. مسیر B1 (Wet inburgering 2021)", &[]),
        ["5"]
    );
    for (lang, _, _) in LANGUAGES {
        for template in engine.templates().iter() {
            let at = format!("{}/{lang}", template.name);
            let data = &template.example;
            let mut identifiers = branding.clone();
            strings(data, &mut identifiers);
            // Longest first, so a postcode inside an address line goes with it.
            identifiers.sort_by_key(|s| std::cmp::Reverse(s.len()));
            let pdf = render(&template.name, lang, None, data).pdf().unwrap();
            let text = pdf_text(&pdf);
            let (mut own_pages, mut persian_digits) = (0, 0);
            for page in text.split('\x0c').filter(|p| !p.trim().is_empty()) {
                if is_dutch_page(page) {
                    // The binding Dutch edition of a decision: Latin digits only.
                    assert!(
                        !page.chars().any(|c| PERSIAN_DIGITS.contains(&c)),
                        "{at}: Persian digits in the Dutch edition:\n{page}"
                    );
                    continue;
                }
                own_pages += 1;
                let latin = latin_numbers(page, &identifiers);
                assert!(
                    latin.is_empty(),
                    "{at}: numbers in Latin digits {latin:?} on a page in Persian digits:\n{page}"
                );
                assert!(
                    !page.chars().any(|c| ARABIC_INDIC_DIGITS.contains(&c)),
                    "{at}: Arabic-Indic digits beside Persian ones:\n{page}"
                );
                persian_digits += page.chars().filter(|c| PERSIAN_DIGITS.contains(c)).count();
            }
            assert!(own_pages >= 1, "{at}: no page in {lang}");
            // Dates, page x of y, counts and amounts: many numbers.
            assert!(
                persian_digits >= 10 * own_pages,
                "{at}: only {persian_digits} Persian digits on {own_pages} page(s)"
            );
        }
    }
}

#[test]
fn page_numbers_counts_and_minutes_use_the_letters_digits() {
    let invitation = render("uitnodiging", "fa", None, &example("uitnodiging"))
        .pdf()
        .unwrap();
    let text = squash(&pdf_text(&invitation));
    let minutes = persian(
        example("uitnodiging")["appointment"]["duration_minutes"]
            .as_u64()
            .unwrap(),
    );
    assert!(
        text.contains(&squash(&format!("حدود {minutes} دقیقه"))),
        "duration `{minutes}` in\n{text}"
    );
    // The footer's page x of y (Fluent's own numbers): "صفحهٔ ۱ از ۲".
    let pages = render("afspraken", "fa", None, &example("afspraken"));
    let text = squash(&pdf_text(&pages.pdf().unwrap()));
    let total = persian(pages.pages() as u64);
    assert!(
        text.contains(&format!("۱از{total}")) || text.contains(&format!("{total}از۱")),
        "page x of y in Persian digits:\n{text}"
    );
    let count = example("afspraken")["agreements"].as_array().unwrap().len();
    assert!(
        text.contains(&squash(&format!("ما {} توافق", persian(count as u64)))),
        "agreement count in Persian digits:\n{text}"
    );
}

/// `n` in Persian digits.
fn persian(n: u64) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

#[test]
fn syrian_and_iraqi_arabic_get_levantine_month_names_with_latin_digits() {
    let data = example("afspraken");
    for tag in ["ar-SY", "ar-IQ"] {
        let letter = render("afspraken", tag, Some("nl"), &data);
        assert_eq!(letter.languages, ["ar", "nl"], "{tag}: the Arabic text");
        assert_eq!(letter.tags, [tag, "nl"], "{tag}: what was used");
        let pdf = letter.pdf().unwrap();
        let text = pdf_text(&pdf);
        let arabic: String = text.split('\x0c').filter(|p| !is_dutch_page(p)).collect();
        assert!(
            contains_squashed(&arabic, "تشرين الثاني"),
            "{tag}:\n{arabic}"
        );
        assert!(!arabic.contains("نوفمبر"), "{tag}");
        // Arabic pins Latin digits; a region does not change them.
        assert!(arabic.contains("2026"), "{tag}");
        assert!(
            !arabic.chars().any(|c| ARABIC_INDIC_DIGITS.contains(&c)),
            "{tag}"
        );
        // The Dutch edition stays Dutch, without the Arabic region.
        assert!(text.contains("23 november 2026"), "{tag}");
        let facts = PdfFacts::read(&pdf);
        assert_eq!(facts.lang.as_deref(), Some(tag), "{tag}: catalog /Lang");
        assert!(
            facts.span_langs.contains("nl"),
            "{tag}: {:?}",
            facts.span_langs
        );
        assert!(
            !facts.span_langs.iter().any(|l| l.starts_with("nl-")),
            "{tag}: Dutch spans with a region: {:?}",
            facts.span_langs
        );
    }
    // Plain Arabic keeps the month names it had.
    let plain = render("afspraken", "ar", None, &data);
    assert_eq!(plain.tags, ["ar"]);
    let text = pdf_text(&plain.pdf().unwrap());
    assert!(text.contains("نوفمبر") && !contains_squashed(&text, "تشرين الثاني"));
}

#[test]
fn alias_tags_reach_their_language() {
    for (asked, folder) in [("prs", "fa-AF"), ("prs-AF", "fa-AF"), ("PRS", "fa-AF")] {
        let letter = render("afspraken", asked, None, &example("afspraken"));
        assert_eq!(letter.languages, [folder], "{asked}");
        assert_eq!(letter.tags, [folder], "{asked}");
        let text = pdf_text(&letter.pdf().unwrap());
        // Dari words and Afghan months, not Iranian Persian ones.
        assert!(
            text.contains("شاروالی") && text.contains("نومبر"),
            "{asked}:\n{text}"
        );
        assert!(
            !text.contains("شهرداری") && !text.contains("نوامبر"),
            "{asked}"
        );
    }
    // The command line names the file by what was used.
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = eigentaal(
        &["render", "uitnodiging", "--lang", "prs", "--example"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        dir.path()
            .join("uitnodiging-UIT-2026-04127-fa-AF.pdf")
            .is_file(),
        "{:?}",
        std::fs::read_dir(dir.path()).unwrap().collect::<Vec<_>>()
    );
}

#[test]
fn the_report_lists_the_plural_categories_and_aliases() {
    let root = env!("CARGO_MANIFEST_DIR");
    let (code, out, err) = eigentaal(
        &["check", root, "--report", "md"],
        b"",
        std::path::Path::new(root),
    );
    assert_eq!(code, 0, "{err}");
    let md = String::from_utf8(out).unwrap();
    for row in [
        "| fa | فارسی | Perzisch (Farsi) | rtl | fa-u-nu-arabext | - | one, other |",
        "| fa-AF | دری | Dari | rtl | fa-AF-u-nu-arabext | prs | one, other |",
        "| ps | پښتو | Pasjtoe | rtl | ps-u-nu-arabext | - | one, other |",
        "| ar | العربية | Arabisch | rtl | ar-u-nu-latn | - | zero, one, two, few, many, other |",
    ] {
        assert!(md.contains(row), "missing `{row}` in\n{md}");
    }
    for lang in ["fa", "fa-AF", "ps"] {
        assert!(
            md.lines()
                .filter(|l| l.starts_with(&format!("| {lang} | ")))
                .filter(|l| l.contains("| 100% (") && l.ends_with("| machine draft | - |"))
                .count()
                == 6,
            "{lang}: every template fully translated, machine draft:\n{md}"
        );
    }
}

/// Arabic counts from 103 on take CLDR's plural forms (`n % 100`): 105
/// minutes are "دقائق" (few), as 5 are; 45 and 120 minutes "دقيقة" (many).
#[test]
fn arabic_minutes_above_a_hundred_take_their_plural_form() {
    let minutes_word = |minutes: u64| {
        let mut data = example("uitnodiging");
        data["appointment"]["duration_minutes"] = minutes.into();
        let text = squash(&pdf_text(
            &render("uitnodiging", "ar", None, &data).pdf().unwrap(),
        ));
        let few = text.matches("دقائق").count();
        let many = text.matches("دقيقة").count();
        (few, many)
    };
    let (few_45, many_45) = minutes_word(45);
    for (minutes, few) in [
        (5, true),
        (105, true),
        (205, true),
        (120, false),
        (45, false),
    ] {
        let (f, m) = minutes_word(minutes);
        if few {
            assert_eq!((f, m), (few_45 + 1, many_45 - 1), "{minutes} minutes: few");
        } else {
            assert_eq!((f, m), (few_45, many_45), "{minutes} minutes: many");
        }
    }
}
