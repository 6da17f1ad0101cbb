//! Free text staff type (`x-free-text` in a schema): in a letter in another
//! language it is printed in the resident's version when staff gave one, and
//! otherwise in Dutch, tagged as Dutch and marked "(in Dutch)" in the
//! resident's language; callers are told which fields went out in Dutch only,
//! and a setting refuses them.

use eigentaal::render::{RenderError, ReviewPolicy};
use serde_json::{Value, json};

use crate::pdf_read::PdfFacts;
use crate::server::{Server, assert_problem, post, problem_pointers};
use crate::util::*;

/// The Arabic "(in Dutch)" mark, from locales/ar/common.ftl.
const AR_MARK: &str = "باللغة الهولندية";
const NOTE_NL: &str = "Samen met Yusuf, vrijwilliger";
const NOTE_AR: &str = "مع يوسف، متطوع";

/// The afspraken example with its second agreement's note in Dutch and
/// Arabic; the other notes and the place stay Dutch only.
fn with_arabic_note() -> Value {
    let mut data = example("afspraken");
    data["agreements"][1]["note"] = json!({ "nl": NOTE_NL, "ar": NOTE_AR });
    data
}

/// Every free-text field of the afspraken example given in Arabic too.
fn all_in_arabic() -> Value {
    let mut data = with_arabic_note();
    for item in data["agreements"].as_array_mut().unwrap() {
        if let Some(note) = item.get("note").and_then(Value::as_str).map(str::to_string) {
            item["note"] = json!({ "nl": note, "ar": "ملاحظة" });
        }
    }
    let place = data["next_appointment"]["place"]
        .as_str()
        .unwrap()
        .to_string();
    data["next_appointment"]["place"] = json!({ "nl": place, "ar": "البلدية، الشباك 4" });
    data
}

#[test]
fn dutch_only_free_text_is_marked_and_tagged_dutch_in_an_arabic_letter() {
    let letter = render("afspraken", "ar", None, &example("afspraken"));
    assert_eq!(
        letter.free_text.dutch_only,
        [
            "/agreements/0/note",
            "/agreements/1/note",
            "/agreements/4/note",
            "/next_appointment/place"
        ]
    );
    assert!(letter.free_text.staff_translated.is_empty());
    let pdf = letter.pdf().unwrap();
    let text = pdf_text(&pdf);
    assert!(contains_squashed(&text, NOTE_NL), "{text}");
    // One mark per Dutch-only field (the words also occur in the notice on
    // the binding Dutch text, so count against the letter without any).
    let translated = render("afspraken", "ar", None, &all_in_arabic());
    let translated_pdf = translated.pdf().unwrap();
    let marks = |text: &str| squash(text).matches(&squash(AR_MARK)).count();
    assert_eq!(
        marks(&text) - marks(&pdf_text(&translated_pdf)),
        4,
        "one mark per Dutch-only field:\n{text}"
    );

    // Each Dutch-only note is a run of text tagged /Lang nl in the page
    // contents: with every field in Arabic, fewer of them.
    let count = |pdf: &[u8]| {
        PdfFacts::read(pdf)
            .content_langs
            .get("nl")
            .copied()
            .unwrap_or(0)
    };
    let (dutch_only, nl_after) = (count(&pdf), count(&translated_pdf));
    assert!(
        dutch_only >= nl_after + 3,
        "Dutch-only notes are tagged /Lang nl: {dutch_only} nl elements, {nl_after} with every note in Arabic"
    );
}

#[test]
fn the_residents_version_is_printed_and_counted_as_a_staff_translation() {
    let letter = render("afspraken", "ar", None, &with_arabic_note());
    assert_eq!(letter.free_text.staff_translated, ["/agreements/1/note"]);
    assert!(
        !letter
            .free_text
            .dutch_only
            .contains(&"/agreements/1/note".to_string())
    );
    assert_eq!(letter.review().staff_translated, 1);
    let text = pdf_text(&letter.pdf().unwrap());
    assert!(contains_squashed(&text, NOTE_AR), "{text}");
    assert!(!contains_squashed(&text, NOTE_NL), "{text}");

    let all = render("afspraken", "ar", None, &all_in_arabic());
    assert!(all.free_text.dutch_only.is_empty());
    assert_eq!(all.review().staff_translated, 4);
    let text = pdf_text(&all.pdf().unwrap());
    assert!(!contains_squashed(&text, NOTE_NL), "{text}");
}

#[test]
fn a_bilingual_letter_prints_each_language_its_own_version() {
    let letter = render("afspraken", "ar", Some("nl"), &with_arabic_note());
    let text = pdf_text(&letter.pdf().unwrap());
    assert!(contains_squashed(&text, NOTE_AR), "{text}");
    assert!(contains_squashed(&text, NOTE_NL), "{text}");
    // The Dutch edition never says its own text is Dutch.
    let dutch_edition = text.split("Afsprakenbrief").skip(1).collect::<String>();
    assert!(!dutch_edition.contains("in het Nederlands"), "{text}");

    // A Dutch letter has no free text to report.
    let dutch = render("afspraken", "nl", None, &with_arabic_note());
    assert!(dutch.free_text.dutch_only.is_empty() && dutch.free_text.staff_translated.is_empty());
    let text = pdf_text(&dutch.pdf().unwrap());
    assert!(contains_squashed(&text, NOTE_NL) && !contains_squashed(&text, NOTE_AR));
}

#[test]
fn versions_need_dutch_a_letter_language_and_the_fields_limits() {
    let mut data = example("afspraken");
    data["agreements"][1]["note"] = json!({ "ar": NOTE_AR });
    let errors = invalid_fields("afspraken", "ar", &data);
    assert_eq!(errors[0].0, "/agreements/1/note/nl", "{errors:?}");
    assert_eq!(errors[0].1, eigentaal::templates::MISSING, "{errors:?}");

    data["agreements"][1]["note"] = json!({ "nl": NOTE_NL, "fr": "Avec Yusuf" });
    let errors = invalid_fields("afspraken", "ar", &data);
    assert_eq!(errors[0].0, "/agreements/1/note/fr", "{errors:?}");
    assert!(
        errors[0].1.contains("not a language of this letter"),
        "{errors:?}"
    );
    assert!(!errors[0].1.contains("Avec"), "no value echoed: {errors:?}");

    data["agreements"][1]["note"] = json!({ "nl": NOTE_NL, "ar": "م".repeat(301) });
    let errors = invalid_fields("afspraken", "ar", &data);
    assert_eq!(errors[0].0, "/agreements/1/note/ar", "{errors:?}");
}

#[test]
fn refusing_dutch_only_free_text_names_every_field() {
    let letter = render("afspraken", "ar", None, &with_arabic_note());
    let policy = ReviewPolicy {
        refuse_dutch_only: true,
        ..ReviewPolicy::default()
    };
    let Err(RenderError::InvalidData { errors, .. }) = letter.check_review(policy) else {
        panic!("Dutch-only free text must be refused");
    };
    let pointers: Vec<&str> = errors.iter().map(|e| e.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/agreements/0/note",
            "/agreements/4/note",
            "/next_appointment/place"
        ]
    );
    let everything = render("afspraken", "ar", None, &all_in_arabic());
    everything.check_review(policy).unwrap();
    // Dutch letters have nothing to refuse.
    render("afspraken", "nl", None, &example("afspraken"))
        .check_review(policy)
        .unwrap();
}

#[test]
fn the_cli_notes_dutch_only_fields_and_refuses_them_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let case = serde_json::to_vec(&with_arabic_note()).unwrap();
    let (code, pdf, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--lang",
            "ar",
            "--data",
            "-",
            "-o",
            "-",
        ],
        &case,
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(pdf.starts_with(b"%PDF"));
    assert!(
        err.contains("3 free-text field(s) are printed in Dutch only")
            && err.contains("/next_appointment/place")
            && err.contains("1 free-text field(s) are printed as translated by staff"),
        "{err}"
    );
    assert!(
        !err.contains(NOTE_NL) && !err.contains(NOTE_AR),
        "no value echoed: {err}"
    );

    let out = dir.path().join("brief.pdf");
    let (code, _, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--lang",
            "ar",
            "--data",
            "-",
            "--refuse-dutch-only",
            "-o",
            out.to_str().unwrap(),
        ],
        &case,
        dir.path(),
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("/agreements/0/note") && err.contains("Dutch only"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written for a refused letter");
}

#[test]
fn http_says_which_fields_went_out_in_dutch_and_refuses_them_when_configured() {
    let case = serde_json::to_vec(&with_arabic_note()).unwrap();
    let json = [("content-type", "application/json")];

    let server = Server::start(&[], &[]);
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=ar"),
        &json,
        &case,
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        r.header("x-eigentaal-dutch-only"),
        "/agreements/0/note, /agreements/4/note, /next_appointment/place"
    );
    assert!(
        r.header("x-eigentaal-review")
            .contains("staff-translated=1"),
        "{}",
        r.header("x-eigentaal-review")
    );

    let strict = Server::start(&["--refuse-dutch-only"], &[]);
    let r = post(
        &strict.url("/v1/templates/afspraken/render?lang=ar"),
        &json,
        &case,
    );
    let problem = assert_problem(&r, 422, "invalid-case-data");
    let pointers = problem_pointers(&problem);
    assert_eq!(
        pointers,
        [
            "/agreements/0/note",
            "/agreements/4/note",
            "/next_appointment/place"
        ]
    );
    let all = serde_json::to_vec(&all_in_arabic()).unwrap();
    let r = post(
        &strict.url("/v1/templates/afspraken/render?lang=ar"),
        &json,
        &all,
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.header("x-eigentaal-dutch-only"), "");
}
