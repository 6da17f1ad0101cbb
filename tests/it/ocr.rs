//! OCR round-trip: every template in Dutch, Arabic, Tigrinya, Ukrainian,
//! Persian, Pashto, Turkish and Kurmanji is rendered to PNG at 300 dpi, read
//! back by tesseract with the language's own data, and compared with the text
//! the translation files put on the page (`tests/ocr/ocr_cer.py`). A page that
//! shows boxes for missing glyphs (tofu), unjoined or mirrored Arabic, or
//! right-to-left text in left-to-right order reads back as something else, and
//! its character error rate (CER) shows it.
//!
//! Sorani and Somali have no tesseract data in Debian: their letters are read
//! back from their own text layer instead (what a screen reader or a copy
//! gets), with the same expectation and the same rating.
//!
//! Needs `tesseract` with the `ara`, `tir`, `ukr`, `fas`, `pus`, `nld`, `tur`
//! and `kmr` data, `python3` and poppler-utils (`.ci/run` installs them).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::*;

/// The languages read back, their tesseract data, and the highest CER a page
/// may have (and all pages of the language together).
///
/// Measured with tesseract 5.3 and Debian's `tessdata_fast` 4.1 models, every
/// good page of the four templates reads back with 0–4.4 % CER (Dutch under
/// 1 %). Simulated failures of the same pages read back far worse: Ethiopic
/// drawn as tofu 82–86 %, a mirrored Arabic page 70 %, Arabic words in
/// left-to-right order 47–49 %, unjoined (unshaped) Arabic 16–19 %. Each
/// ceiling leaves about twice the worst good page of its language (margin for
/// layout changes and other tesseract builds) and stays at or under half of
/// the mildest failure. Partial tofu can slip through: a font missing only the
/// Ethiopic o-forms (one syllable in eight) read back at 6.5–12 %.
///
/// Persian and Pashto (Debian's `fas` and `pus` data, same models): good pages
/// of the six templates read back at 1.2–9.2 % (fa, 5.5 % over all pages) and
/// 2.0–10.2 % (ps, 6.5 %); these models read clean pages worse than `ara`.
/// Simulated failures of the same first pages: the letters drawn unjoined
/// (a zero-width non-joiner between every two) 17.9–19.8 % (fa) and
/// 18.3–22.8 % (ps); the Persian or Pashto letters (پ چ ژ گ ی ک, or
/// ټ ډ ړ ښ ږ ځ څ ګ ڼ ې ۍ) as tofu, what an Arabic-only font gives,
/// 37–38 % and 25–29 %; words in left-to-right order 48–52 %. The ceiling
/// of 13 % sits between: 1.3× the worst good page and under three quarters
/// of the mildest failure, a smaller margin than for the others because the
/// good pages read worse. Dari is written like Persian and checked by the
/// text layer (tests/it/languages.rs), not read back again here.
///
/// Turkish and Kurmanji are read with their own data alone: those models read
/// the Dutch on the page too, and `tur+nld` misread more ş and ı (worst good
/// page 3.2 % instead of 2.8 %). Good pages read back at 0–2.9 % (Turkish) and
/// 0–3.8 % (Kurmanji), 0.7 % over all pages in both. The 3.8 % is one clean
/// line at the top of page 2 of the Kurmanji payment overview that `kmr` (and
/// `kmr+nld`) reads as "TA TAZAWmA"; every other Kurmanji page is under 2.3 %.
/// Their mildest failure is losing the letters of their own alphabet: the
/// OCR text of the same pages with ş ğ ı ç ö ü (Turkish) or ê î û ş ç
/// (Kurmanji) read as the base letter, what a font or shaping fault that drops
/// the marks would show, scores 6.1–12.5 % (8.9 % over all pages) and
/// 8.0–10.4 % (9.4 %). Both have less room than the other languages: 5 % is
/// 1.7 times Turkish's worst good page and 1.3 times Kurmanji's, under every
/// failing page, and 0.56 and 0.53 of the failure over all pages.
const LANGUAGES: [(&str, &str, f64); 8] = [
    ("nl", "nld", 0.03),
    ("ar", "ara+nld", 0.08),
    ("ti", "tir+nld", 0.08),
    ("uk", "ukr+nld", 0.06),
    ("fa", "fas+nld", 0.13),
    ("ps", "pus+nld", 0.13),
    ("tr", "tur", 0.05),
    ("ku", "kmr", 0.05),
];

/// The languages read back from their own text layer (no tesseract data in
/// Debian), whether spaces are left out of the comparison, and their ceiling.
///
/// The text layer is that of the whole letter, so a sentence that a page
/// break splits is still found. pdftotext moves the spaces of a right-to-left
/// line around numbers, brackets and line ends, so Sorani is compared without
/// spaces; Somali with them. Good pages: Sorani 0–2.7 % (1.1 % over all
/// pages; what remains is pdftotext moving a bracket or a full stop across a
/// Latin word), Somali 0–1.4 % (0.1 %; a short piece found in a longer one).
/// Simulated failures of the same pages: Sorani's own letters read as their
/// Arabic look-alikes (ێ ۆ ڵ ڕ ە as ی و ل ر ه, a text layer that lost the marks
/// that make them Kurdish) 18–27 %, every line in visual instead of logical
/// order 59–66 %; Somali with its spaces lost 7.9–12.6 %, lines reversed
/// 57–63 %. Each ceiling is about twice the worst good page and at most half
/// the mildest failure.
const TEXT_LAYER: [(&str, bool, f64); 2] = [("ckb", true, 0.06), ("so", false, 0.03)];

/// Characters of expected text a first page must have: fewer, and a few
/// OCR slips would decide the rate, or the expectation has gone missing.
const MIN_CHARS_FIRST_PAGE: u64 = 400;
/// A later page with fewer expected characters (the last lines of a letter)
/// is not rated on its own; its characters count in its language's rate.
const MIN_CHARS_RATED: u64 = 100;
/// Share of the page's letters (in the letter's own script) that the expected
/// strings account for; the rest is case data (names, addresses, notes).
/// Good pages have 44–98 %; a drop means translations are no longer found.
const MIN_COVERAGE: f64 = 0.3;
/// Cost of a forward jump in the OCR text (a wrapped table cell).
const GAP: &str = "4";

const INSTALL: &str = "the OCR round-trip needs tesseract with its Arabic, Tigrinya, Ukrainian, \
     Persian, Pashto, Dutch, Turkish and Kurmanji data: `.ci/run` installs them (apt-get install \
     tesseract-ocr tesseract-ocr-ara tesseract-ocr-tir tesseract-ocr-ukr tesseract-ocr-fas \
     tesseract-ocr-pus tesseract-ocr-nld tesseract-ocr-tur tesseract-ocr-kmr)";

fn ceiling(lang: &str) -> f64 {
    LANGUAGES
        .iter()
        .map(|l| (l.0, l.2))
        .chain(TEXT_LAYER.iter().map(|l| (l.0, l.2)))
        .find(|l| l.0 == lang)
        .unwrap()
        .1
}

fn tesseract_lang(lang: &str) -> &'static str {
    LANGUAGES.iter().find(|l| l.0 == lang).unwrap().1
}

/// Fails (never skips) when tesseract or one of its languages is missing.
fn require_tesseract() {
    let out = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .unwrap_or_else(|e| panic!("tesseract not found ({e}); {INSTALL}"));
    let listed = String::from_utf8_lossy(&out.stdout);
    let have: Vec<&str> = listed.lines().map(str::trim).collect();
    let mut missing: Vec<&str> = LANGUAGES
        .iter()
        .flat_map(|l| l.1.split('+'))
        .filter(|l| !have.contains(l))
        .collect();
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "tesseract has no data for {missing:?}; {INSTALL}"
    );
}

/// Runs tesseract on `png` single-threaded (its OpenMP threads make a page
/// take 15 s instead of 2 on two cores); returns the text and the time taken.
///
/// `textord_noise_rejrows=0`: tesseract's layout analysis otherwise takes
/// some Arabic lines for noise (their many dots) and drops them whole, before
/// recognition (tesseract-ocr/tesseract#4582): a correct table row of the
/// Arabic plan read back as nothing. The setting keeps the lines; it does not
/// change how a line is read, so broken glyphs still read back wrong.
fn ocr(png: &Path, lang: &str) -> (String, Duration) {
    let start = Instant::now();
    let out = Command::new("tesseract")
        .arg(png)
        .arg("stdout")
        .args(["-l", lang, "--psm", "3", "--dpi", "300"])
        .args([
            "-c",
            "textord_noise_rejrows=0",
            "-c",
            "textord_noise_rejwords=0",
        ])
        .env("OMP_THREAD_LIMIT", "1")
        .output()
        .unwrap_or_else(|e| panic!("tesseract not found ({e}); {INSTALL}"));
    assert!(
        out.status.success(),
        "tesseract {} -l {lang} failed: {}",
        png.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    (String::from_utf8(out.stdout).unwrap(), start.elapsed())
}

/// `ocr_cer.py`'s verdict on one page: its JSON output.
fn cer(ocr_text: &Path, pdf: &Path, page: usize, template: &str, lang: &str) -> Value {
    cer_with(ocr_text, pdf, page, template, lang, &[])
}

/// [`cer`] with more options for `ocr_cer.py` (`--ignore-spaces`).
fn cer_with(
    ocr_text: &Path,
    pdf: &Path,
    page: usize,
    template: &str,
    lang: &str,
    options: &[&str],
) -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut command = Command::new("python3");
    command
        .arg(root.join("tests/ocr/ocr_cer.py"))
        .arg("--ocr-text")
        .arg(ocr_text)
        .arg("--pdf")
        .arg(pdf)
        .args(["--page", &page.to_string(), "--template", template])
        .arg("--ftl-dir")
        .arg(root.join("locales").join(lang))
        .args(["--gap", GAP, "--worst", "3"])
        .args(options);
    let out = run_tool(&mut command, "python3 is needed");
    serde_json::from_slice(&out).expect("ocr_cer.py prints JSON")
}

/// OCR + CER of page `page` of a rendered letter of `pages` pages, files in
/// `dir`.
fn check_page(
    dir: &Path,
    (template, lang): (&str, &str),
    png: &[u8],
    pdf: &Path,
    (page, pages): (usize, usize),
) -> PageResult {
    let name = format!("{template}-{lang}");
    let png_path = dir.join(format!("{name}-{page}.png"));
    std::fs::write(&png_path, png).unwrap();
    let (text, secs) = ocr(&png_path, tesseract_lang(lang));
    let text_path = dir.join(format!("{name}-{page}.txt"));
    std::fs::write(&text_path, &text).unwrap();
    PageResult {
        template: template.to_string(),
        lang: lang.to_string(),
        page,
        dutch_edition: in_dutch_edition(pdf, page, pages, lang),
        secs,
        json: cer(&text_path, pdf, page, template, lang),
    }
}

/// Whether page `page` of `pdf` (a letter of `pages` pages in `lang`) is a
/// page of the Dutch edition a decision always carries: its footer says
/// "Pagina 5 van 7". Such a page holds the bilingual notice in the language
/// and little else of it, so it is not rated on its own (its characters
/// still count in the language's rate).
fn in_dutch_edition(pdf: &Path, page: usize, pages: usize, lang: &str) -> bool {
    if lang == "nl" {
        return false;
    }
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("page", page as i64);
    args.set("total", pages as i64);
    let footer = engine()
        .locales()
        .message("nl", "page-x-of-y", Some(&args))
        .unwrap()
        .text;
    let page = page.to_string();
    let text = run_tool(
        Command::new("pdftotext")
            .args(["-enc", "UTF-8", "-f", &page, "-l", &page])
            .arg(pdf)
            .arg("-"),
        "install poppler-utils",
    );
    String::from_utf8_lossy(&text).contains(&footer)
}

struct PageResult {
    template: String,
    lang: String,
    page: usize,
    /// A page of the Dutch edition of a decision (see [`in_dutch_edition`]).
    dutch_edition: bool,
    secs: Duration,
    json: Value,
}

impl PageResult {
    fn cer(&self) -> f64 {
        self.json["cer"].as_f64().unwrap()
    }
    fn chars(&self) -> u64 {
        self.json["chars"].as_u64().unwrap()
    }
    fn coverage(&self) -> f64 {
        self.json["coverage"].as_f64().unwrap()
    }
    fn errors(&self) -> u64 {
        self.json["errors"].as_u64().unwrap()
    }
    fn name(&self) -> String {
        format!("{}/{} p{}", self.template, self.lang, self.page)
    }
    /// Whether the page has enough expected text to be rated on its own.
    fn rated(&self) -> bool {
        !self.dutch_edition && (self.page == 1 || self.chars() >= MIN_CHARS_RATED)
    }
    /// What is wrong with this page, if anything.
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.page == 1 && self.chars() < MIN_CHARS_FIRST_PAGE {
            problems.push(format!(
                "only {} expected characters (< {MIN_CHARS_FIRST_PAGE})",
                self.chars()
            ));
        }
        if !self.rated() {
            return problems;
        }
        let limit = ceiling(&self.lang);
        if self.cer() > limit {
            problems.push(format!(
                "CER {:.2} % > {:.0} %",
                100.0 * self.cer(),
                100.0 * limit
            ));
        }
        if self.coverage() < MIN_COVERAGE {
            problems.push(format!(
                "expected strings cover {:.0} % of the page's letters (< {:.0} %)",
                100.0 * self.coverage(),
                100.0 * MIN_COVERAGE
            ));
        }
        problems
    }
}

/// Runs `work` on every item, two at a time (the machine's two cores).
fn two_at_a_time<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> Vec<R> + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let done = work(item);
                    results.lock().unwrap().extend(done);
                }
            });
        }
    });
    results.into_inner().unwrap()
}

#[test]
fn ocr_round_trip_of_every_template() {
    require_tesseract();
    let start = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let mut letters = Vec::new();
    for template in engine().templates().iter() {
        for (lang, _, _) in LANGUAGES {
            letters.push((template.name.clone(), lang));
        }
    }
    let pages = two_at_a_time(&letters, |(template, lang)| {
        let name = format!("{template}-{lang}");
        let letter = render(template, lang, None, &example(template));
        let pdf = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&pdf, letter.pdf().unwrap()).unwrap();
        (1..=letter.pages())
            .map(|page| {
                let png = letter.png(page, 300.0).unwrap();
                check_page(
                    dir.path(),
                    (template, lang),
                    &png,
                    &pdf,
                    (page, letter.pages()),
                )
            })
            .collect()
    });
    let langs: Vec<(&str, f64)> = LANGUAGES.iter().map(|l| (l.0, l.2)).collect();
    judge(pages, &langs, "OCR round-trip", start);
}

/// The text-layer round-trip of the languages tesseract cannot read: every
/// page's expected strings (chosen as for OCR) are looked up in the text
/// layer of the whole letter.
#[test]
fn text_layer_round_trip_of_every_template() {
    let start = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let mut letters = Vec::new();
    for template in engine().templates().iter() {
        for (lang, _, _) in TEXT_LAYER {
            letters.push(format!("{}-{lang}", template.name));
        }
    }
    let pages = two_at_a_time(&letters, |name| {
        let (template, lang) = name.rsplit_once('-').unwrap();
        let letter = render(template, lang, None, &example(template));
        let pdf_bytes = letter.pdf().unwrap();
        let pdf = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&pdf, &pdf_bytes).unwrap();
        let text = dir.path().join(format!("{name}.txt"));
        std::fs::write(&text, pdf_text(&pdf_bytes)).unwrap();
        (1..=letter.pages())
            .map(|page| text_layer_page(&text, &pdf, (page, letter.pages()), template, lang))
            .collect()
    });
    let langs: Vec<(&str, f64)> = TEXT_LAYER.iter().map(|l| (l.0, l.2)).collect();
    judge(pages, &langs, "Text-layer round-trip", start);
}

/// One page of a letter rated against a text layer (the letter's own, or a
/// corrupted copy of it).
fn text_layer_page(
    text: &Path,
    pdf: &Path,
    (page, pages): (usize, usize),
    template: &str,
    lang: &str,
) -> PageResult {
    let ignore_spaces = TEXT_LAYER.iter().any(|l| l.0 == lang && l.1);
    let options: &[&str] = if ignore_spaces {
        &["--ignore-spaces"]
    } else {
        &[]
    };
    PageResult {
        template: template.to_string(),
        lang: lang.to_string(),
        page,
        dutch_edition: in_dutch_edition(pdf, page, pages, lang),
        secs: Duration::ZERO,
        json: cer_with(text, pdf, page, template, lang, options),
    }
}

/// Prints the pages and their rates, then fails on any page or language over
/// its ceiling, and on any template of `langs` with no first page read back.
fn judge(mut pages: Vec<PageResult>, langs: &[(&str, f64)], what: &str, start: Instant) {
    let order = |r: &PageResult| {
        let lang = langs.iter().position(|l| l.0 == r.lang);
        (lang, r.template.clone(), r.page)
    };
    pages.sort_by_key(order);

    eprintln!("\n{what}, per page: CER, expected characters, coverage, tesseract time");
    for r in &pages {
        eprintln!(
            "  {:26} {:6.2} %  {:5}  {:3.0} %  {:4.1} s{}",
            r.name(),
            100.0 * r.cer(),
            r.chars(),
            100.0 * r.coverage(),
            r.secs.as_secs_f64(),
            if r.rated() {
                ""
            } else if r.dutch_edition {
                "  (Dutch edition, not rated alone)"
            } else {
                "  (too short to rate alone)"
            }
        );
    }
    let mut failures = Vec::new();
    eprintln!(
        "\nlang  ceiling  pages  CER all pages  mean / max per page  min chars p1  tesseract"
    );
    for &(lang, limit) in langs {
        let of: Vec<&PageResult> = pages.iter().filter(|r| r.lang == lang).collect();
        let rated: Vec<f64> = of.iter().filter(|r| r.rated()).map(|r| r.cer()).collect();
        let pooled = of.iter().map(|r| r.errors()).sum::<u64>() as f64
            / of.iter().map(|r| r.chars()).sum::<u64>() as f64;
        eprintln!(
            "{lang:4}  {:5.0} %  {:5}  {:11.2} %  {:7.2} % / {:5.2} %  {:12}  {:7.1} s",
            100.0 * limit,
            of.len(),
            100.0 * pooled,
            100.0 * rated.iter().sum::<f64>() / rated.len() as f64,
            100.0 * rated.iter().copied().fold(0.0, f64::max),
            of.iter()
                .filter(|r| r.page == 1)
                .map(|r| r.chars())
                .min()
                .unwrap_or(0),
            of.iter().map(|r| r.secs.as_secs_f64()).sum::<f64>(),
        );
        if pooled > limit {
            failures.push(format!(
                "{lang}: CER over all pages {:.2} % > {:.0} %",
                100.0 * pooled,
                100.0 * limit
            ));
        }
    }
    eprintln!(
        "{} pages in {:.1} s\n",
        pages.len(),
        start.elapsed().as_secs_f64()
    );

    for r in &pages {
        let problems = r.problems();
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}; worst strings: {}",
                r.name(),
                problems.join(", "),
                r.json["worst"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for &(lang, _) in langs {
        for template in engine().templates().iter() {
            assert!(
                pages
                    .iter()
                    .any(|r| r.lang == lang && r.template == template.name && r.page == 1),
                "{}/{lang} was not read back",
                template.name
            );
        }
    }
}

/// Page 1 of `pdf` as a 300 dpi PNG drawn by poppler, not typst.
fn pdftoppm(pdf: &Path, out: &Path) -> PathBuf {
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(pdf)
        .arg(out)
        .status()
        .unwrap_or_else(|e| panic!("pdftoppm not found ({e}); install poppler-utils"));
    assert!(status.success(), "pdftoppm {} failed", pdf.display());
    out.with_extension("png")
}

/// The PDF with page 1 drawn mirrored left to right: its content wrapped in
/// `q -1 0 0 1 x0+x1 0 cm … Q`.
fn mirror_first_page(pdf: &[u8]) -> Vec<u8> {
    use lopdf::{Dictionary, Document, Object, Stream};
    let mut doc = Document::load_mem(pdf).unwrap();
    let page = doc.get_pages()[&1];
    let media_box = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .and_then(Object::as_array)
        .expect("page 1 has its own MediaBox")
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect::<Vec<f32>>();
    let flip = format!("q -1 0 0 1 {} 0 cm\n", media_box[0] + media_box[2]);
    let before = doc.add_object(Stream::new(Dictionary::new(), flip.into_bytes()));
    let after = doc.add_object(Stream::new(Dictionary::new(), b"\nQ\n".to_vec()));
    let mut contents = vec![Object::Reference(before)];
    contents.extend(
        doc.get_page_contents(page)
            .into_iter()
            .map(Object::Reference),
    );
    contents.push(Object::Reference(after));
    doc.get_dictionary_mut(page)
        .unwrap()
        .set("Contents", Object::Array(contents));
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The check has teeth: the Arabic `afspraken` letter, drawn mirrored (what a
/// right-to-left page laid out as left-to-right and flipped looks like), and
/// its correct OCR text with the words of every line in reverse order (lost
/// right-to-left base direction), score far above the Arabic ceiling, while
/// the same letter drawn unmirrored by the same renderer passes. The expected
/// strings come from the PDF's text layer, not from the OCR, so they are the
/// same in all three cases.
#[test]
fn ocr_check_fails_mirrored_and_reversed_arabic() {
    require_tesseract();
    let dir = tempfile::tempdir().unwrap();
    let letter = render("afspraken", "ar", None, &example("afspraken"));
    let pdf = letter.pdf().unwrap();
    let pdf_path = dir.path().join("afspraken-ar.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();
    let mirrored_path = dir.path().join("mirrored.pdf");
    std::fs::write(&mirrored_path, mirror_first_page(&pdf)).unwrap();

    let variants = [("plain", &pdf_path), ("mirrored", &mirrored_path)];
    let mut results = two_at_a_time(&variants, |(what, path)| {
        let png = pdftoppm(path, &dir.path().join(what));
        let (text, _) = ocr(&png, tesseract_lang("ar"));
        let text_path = dir.path().join(format!("{what}.txt"));
        std::fs::write(&text_path, &text).unwrap();
        let json = cer(&text_path, &pdf_path, 1, "afspraken", "ar");
        vec![(*what, text, json)]
    });
    results.sort_by_key(|r| r.0);
    let [(_, mirrored_text, mirrored), (_, plain_text, plain)] = &results[..] else {
        unreachable!()
    };
    let reversed: String = plain_text
        .lines()
        .map(|line| line.split_whitespace().rev().collect::<Vec<_>>().join(" ") + "\n")
        .collect();
    let reversed_path = dir.path().join("reversed.txt");
    std::fs::write(&reversed_path, reversed).unwrap();
    let reversed = cer(&reversed_path, &pdf_path, 1, "afspraken", "ar");

    let rate = |v: &Value| v["cer"].as_f64().unwrap();
    let limit = ceiling("ar");
    eprintln!(
        "afspraken/ar page 1 drawn by poppler: plain {:.2} %, mirrored {:.2} %, \
         words reversed {:.2} % (ceiling {:.0} %)",
        100.0 * rate(plain),
        100.0 * rate(mirrored),
        100.0 * rate(&reversed),
        100.0 * limit
    );
    assert!(!mirrored_text.trim().is_empty(), "tesseract read nothing");
    assert!(rate(plain) <= limit, "unmirrored control fails: {plain}");
    for v in [mirrored, &reversed] {
        assert_eq!(v["chars"], plain["chars"], "same expectation");
    }
    assert!(
        rate(mirrored) > 4.0 * limit,
        "mirrored page passes: {mirrored}"
    );
    assert!(
        rate(&reversed) > 3.0 * limit,
        "reversed words pass: {reversed}"
    );
}

/// The text-layer check has teeth: page 1 of the Sorani and the Somali
/// `afspraken` letter passes against its own text layer and fails against
/// corrupted copies of it, each far over the ceiling: Sorani's own letters
/// read as their Arabic look-alikes (the marks of ێ ۆ ڵ ڕ lost, ە read as ه),
/// every line in visual instead of logical order, and Somali with its spaces
/// lost.
#[test]
fn text_layer_check_fails_lost_letters_visual_order_and_lost_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let reversed = |text: &str| -> String {
        text.lines()
            .map(|line| line.chars().rev().collect::<String>() + "\n")
            .collect()
    };
    let arabic_look_alikes = |text: &str| -> String {
        text.chars()
            .map(|c| match c {
                'ێ' => 'ی',
                'ۆ' => 'و',
                'ڵ' => 'ل',
                'ڕ' => 'ر',
                'ە' => 'ه',
                c => c,
            })
            .collect()
    };
    let without_spaces = |text: &str| text.replace(' ', "");
    type Corruption<'a> = (&'a str, &'a dyn Fn(&str) -> String, f64);
    let cases: [(&str, [Corruption; 2]); 2] = [
        (
            "ckb",
            [
                ("Arabic look-alikes", &arabic_look_alikes, 2.5),
                ("visual order", &reversed, 5.0),
            ],
        ),
        (
            "so",
            [
                ("spaces lost", &without_spaces, 2.0),
                ("lines reversed", &reversed, 5.0),
            ],
        ),
    ];
    for (lang, corruptions) in cases {
        let letter = render("afspraken", lang, None, &example("afspraken"));
        let pdf_bytes = letter.pdf().unwrap();
        let pdf = dir.path().join(format!("afspraken-{lang}.pdf"));
        std::fs::write(&pdf, &pdf_bytes).unwrap();
        let text = pdf_text(&pdf_bytes);
        let rate = |name: &str, text: &str| {
            let path = dir.path().join(format!("{lang}-{name}.txt"));
            std::fs::write(&path, text).unwrap();
            text_layer_page(&path, &pdf, (1, letter.pages()), "afspraken", lang)
        };
        let plain = rate("plain", &text);
        let limit = ceiling(lang);
        assert!(
            plain.problems().is_empty(),
            "{lang}: own text layer fails: {}",
            plain.json
        );
        for (name, corrupt, factor) in corruptions {
            let bad = rate(name, &corrupt(&text));
            eprintln!(
                "afspraken/{lang} p1 text layer: plain {:.2} %, {name} {:.2} % (ceiling {:.0} %)",
                100.0 * plain.cer(),
                100.0 * bad.cer(),
                100.0 * limit
            );
            assert_eq!(
                bad.chars(),
                plain.chars(),
                "{lang} {name}: same expectation"
            );
            assert!(
                bad.cer() > factor * limit,
                "{lang} {name} passes: {}",
                bad.json
            );
        }
    }
}

/// The edit-distance search of `ocr_cer.py` against a plain dynamic programme.
#[test]
fn ocr_cer_self_test() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ocr/ocr_cer.py");
    run_tool(
        Command::new("python3").arg(script).arg("--self-test"),
        "python3 is needed",
    );
}
