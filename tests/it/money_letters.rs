//! The information request and the monthly payment overview, read back from
//! the PDF in every language they are offered in: the computed deadline, the
//! month, the amounts and the totals eigentaal adds up; and the case data
//! whose amounts cannot be right, refused with every pointer.

use serde_json::{Value, json};

use crate::util::*;

/// Every language a template is offered in; at least the five shipped.
fn languages(template: &str) -> Vec<String> {
    let engine = engine();
    let t = engine.templates().get(template).unwrap();
    let langs: Vec<String> = engine
        .languages_of(t)
        .into_iter()
        .map(str::to_string)
        .collect();
    for lang in ["nl", "ar", "en", "ti", "uk"] {
        assert!(
            langs.iter().any(|l| l == lang),
            "{template} not offered in {lang}"
        );
    }
    langs
}

fn date(lang: &str, iso: &str, weekday: bool) -> String {
    engine()
        .locales()
        .formats(lang, None)
        .date(iso, weekday)
        .unwrap()
}

fn money(lang: &str, amount: f64) -> String {
    engine().locales().money(lang, None, amount).unwrap().text
}

/// Whether `text` shows `expected`. pdftotext reorders the digits and words
/// of a date or amount within a right-to-left line, so in Arabic, Persian,
/// Pashto and Sorani each word of it must be there, a number apart from the
/// letters joined to it (Sorani "23ی", the 23rd); elsewhere the phrase itself.
fn reads(lang: &str, text: &str, expected: &str) -> bool {
    if is_rtl(lang) {
        let text = squash(text);
        expected
            .split(|c: char| c.is_whitespace() || c == '،' || c == ',')
            .flat_map(digits_apart)
            .map(|w| squash(&w))
            .filter(|w| !w.is_empty())
            .all(|w| text.contains(&w))
    } else {
        contains_squashed(text, expected)
    }
}

/// A word cut where digits (with their separators) meet letters.
fn digits_apart(word: &str) -> Vec<String> {
    let numeric = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let mut parts: Vec<String> = Vec::new();
    for c in word.chars() {
        match parts.last_mut() {
            Some(part) if part.ends_with(|l: char| numeric(l) == numeric(c)) => part.push(c),
            _ => parts.push(c.to_string()),
        }
    }
    parts
}

fn script_of(lang: &str, text: &str) -> bool {
    match lang {
        _ if is_rtl(lang) => has_script(text, ARABIC),
        "ti" => has_script(text, ETHIOPIC),
        "uk" => has_script(text, CYRILLIC),
        _ => text.contains("Voorbeeldstad"),
    }
}

fn invalid_pointers(template: &str, data: &Value) -> Vec<String> {
    invalid_fields(template, "nl", data)
        .into_iter()
        .map(|(pointer, _)| pointer)
        .collect()
}

#[test]
fn information_request_names_the_computed_deadline_in_every_language() {
    // Sent Tuesday 24 November 2026, 14 days: Tuesday 8 December 2026.
    let data = example("informatieverzoek");
    for lang in languages("informatieverzoek") {
        let letter = render("informatieverzoek", &lang, None, &data);
        let text = pdf_text(&letter.pdf().unwrap());
        let at = format!("informatieverzoek/{lang}");
        assert!(script_of(&lang, &text), "{at}: script\n{text}");
        let deadline = date(&lang, "2026-12-08", true);
        assert!(
            reads(&lang, &text, &deadline),
            "{at}: deadline {deadline} missing\n{text}"
        );
        // The application date, a document's period and the free text.
        assert!(
            reads(&lang, &text, &date(&lang, "2026-11-16", false)),
            "{at}: application date"
        );
        assert!(
            reads(&lang, &text, &date(&lang, "2026-10-31", false)),
            "{at}: period"
        );
        assert!(contains_squashed(&text, "Rana Al-Hamwi"), "{at}: person");
        assert!(
            text.contains("https://www.voorbeeldstad.nl/papieren"),
            "{at}: upload address"
        );
        assert!(
            contains_squashed(&text, "Postbus 100"),
            "{at}: postal address"
        );
        assert!(letter.fallbacks.is_empty(), "{at}: {:?}", letter.fallbacks);
    }
}

#[test]
fn information_request_deadline_runs_past_christmas() {
    // Sent Friday 11 December 2026 with 14 days: the period ends on Christmas
    // Day (Friday 25 December); Saturday and Sunday follow, so Monday 28.
    let mut data = example("informatieverzoek");
    data["letter_date"] = json!("2026-12-11");
    let nl = pdf_text(
        &render("informatieverzoek", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(nl.contains("maandag 28 december 2026"), "{nl}");
    assert!(!nl.contains("25 december 2026"), "{nl}");
    let ar = pdf_text(
        &render("informatieverzoek", "ar", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(reads("ar", &ar, &date("ar", "2026-12-28", true)), "{ar}");

    // Sent later than dated: the period counts from sending.
    data["letter_date"] = json!("2026-11-24");
    data["dispatch_date"] = json!("2026-11-27");
    let nl = pdf_text(
        &render("informatieverzoek", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(nl.contains("vrijdag 11 december 2026"), "{nl}");
}

#[test]
fn information_request_says_what_follows_and_that_it_is_no_decision() {
    let mut data = example("informatieverzoek");
    let text = pdf_text(
        &render("informatieverzoek", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(
        contains_squashed(&text, "Deze brief is geen besluit"),
        "{text}"
    );
    assert!(
        contains_squashed(&text, "aanvraag niet te behandelen"),
        "{text}"
    );
    data["request"] = json!({ "stage": "assistance", "days": 10 });
    let text = pdf_text(
        &render("informatieverzoek", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(contains_squashed(&text, "stoppen met betalen"), "{text}");
    assert!(
        !contains_squashed(&text, "aanvraag niet te behandelen"),
        "{text}"
    );
}

#[test]
fn information_request_checks_across_fields_give_every_pointer() {
    let mut data = example("informatieverzoek");
    data["request"]
        .as_object_mut()
        .unwrap()
        .remove("application_date");
    data["documents"][0]["to"] = json!("2026-07-01");
    data["documents"][5].as_object_mut().unwrap().remove("note");
    data["send"].as_object_mut().unwrap().remove("upload_url");
    let pointers = invalid_pointers("informatieverzoek", &data);
    for expected in [
        "/request/application_date",
        "/documents/0/to",
        "/documents/5/note",
        "/send/upload_url",
    ] {
        assert!(
            pointers.iter().any(|p| p == expected),
            "{expected} not in {pointers:?}"
        );
    }
}

/// The example's sums in cents: norm 1423.84 − holiday 71.19 − deductions
/// (186.40 + 100 + 45) = 1021.25; − direct payments (512.75 + 94 + 152.35)
/// = 262.15 for the resident.
#[test]
fn payment_overview_shows_the_computed_totals_in_every_language() {
    let data = example("betaalspecificatie");
    for lang in languages("betaalspecificatie") {
        let letter = render("betaalspecificatie", &lang, None, &data);
        let text = pdf_text(&letter.pdf().unwrap());
        let at = format!("betaalspecificatie/{lang}");
        assert!(script_of(&lang, &text), "{at}: script\n{text}");
        for amount in [1423.84, 71.19, 186.4, 512.75, 1021.25, 262.15, 427.14] {
            let m = money(&lang, amount);
            assert!(reads(&lang, &text, &m), "{at}: {m} missing\n{text}");
        }
        let month = engine()
            .locales()
            .formats(&lang, None)
            .month("2026-11-01")
            .unwrap();
        assert!(reads(&lang, &text, &month), "{at}: month {month}\n{text}");
        assert!(
            reads(&lang, &text, &date(&lang, "2026-11-25", true)),
            "{at}: payment date"
        );
        assert!(text.contains("HUUR-55120"), "{at}: payee reference");
        assert!(
            contains_squashed(&text, "Mariam Tesfamariam"),
            "{at}: budget coach"
        );
        assert!(letter.fallbacks.is_empty(), "{at}: {:?}", letter.fallbacks);
    }
    let nl = pdf_text(
        &render("betaalspecificatie", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert!(nl.contains("november 2026"), "{nl}");
    assert!(nl.contains("€ 262,15"), "{nl}");
    assert!(
        contains_squashed(&nl, "Vorige maand: € 498,60. Nu: € 512,75."),
        "{nl}"
    );
    assert!(nl.contains("mei 2027"), "{nl}");
}

#[test]
fn payment_overview_adds_in_whole_cents() {
    // 0.1 + 0.2 is 0.30000000000000004 in floats; in cents it is 30. The
    // bijstand is 1000.30 − 50.01 − 0.30 = 949.99: a direct payment of 950
    // leaves −0.01 and is refused, one of 949.99 leaves exactly 0.
    let mut data = example("betaalspecificatie");
    data["norm"] = json!(1000.3);
    data["holiday_allowance"] = json!({ "this_month": 50.01, "saved": 50.01 });
    data["deductions"] = json!([
        { "code": "income-work", "amount": 0.1 },
        { "code": "recovery", "amount": 0.2 }
    ]);
    data["direct_payments"] = json!([
        { "kind": "rent", "payee": "Woonstichting", "amount": 950, "paid_on": "2026-11-23" }
    ]);
    data.as_object_mut().unwrap().remove("changes");
    assert_eq!(
        invalid_pointers("betaalspecificatie", &data),
        ["/direct_payments"]
    );
    data["direct_payments"][0]["amount"] = json!(949.99);
    let text = pdf_text(
        &render("betaalspecificatie", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert_eq!(text.matches("€ 949,99").count(), 2, "{text}");
    assert!(text.contains("€ 0,00"), "{text}");
    assert!(
        !contains_squashed(&text, "veranderd sinds vorige maand"),
        "{text}"
    );
}

#[test]
fn payment_overview_without_direct_payments_pays_the_resident_everything() {
    let mut data = example("betaalspecificatie");
    data["direct_payments"] = json!([]);
    data["changes"] = json!([]);
    data.as_object_mut().unwrap().remove("budget_coach");
    let text = pdf_text(
        &render("betaalspecificatie", "nl", None, &data)
            .pdf()
            .unwrap(),
    );
    assert_eq!(text.matches("€ 1.021,25").count(), 3, "{text}");
    assert!(
        text.contains("Er is niets veranderd sinds vorige maand."),
        "{text}"
    );
    assert!(!text.contains("budgetcoach"), "{text}");
}

#[test]
fn payment_overview_refuses_amounts_that_cannot_be_right_with_every_pointer() {
    let mut data = example("betaalspecificatie");
    data["deductions"][1]["amount"] = json!(100.005);
    data["direct_payments"][0]["amount"] = json!(5000);
    data["holiday_allowance"]["saved"] = json!(10);
    data["changes"][0]["after"] = json!(512.755);
    data["direct_payments"][1]["kind"] = json!("other");
    let pointers = invalid_pointers("betaalspecificatie", &data);
    for expected in [
        "/deductions/1/amount",
        "/direct_payments",
        "/holiday_allowance/saved",
        "/changes/0/after",
        "/direct_payments/1/note",
    ] {
        assert!(
            pointers.iter().any(|p| p == expected),
            "{expected} not in {pointers:?}"
        );
    }

    // Deductions above the norm: the bijstand itself would be negative.
    let mut data = example("betaalspecificatie");
    data["deductions"][0]["amount"] = json!(2000);
    assert_eq!(
        invalid_pointers("betaalspecificatie", &data),
        ["/deductions"]
    );
    data["holiday_allowance"]["this_month"] = json!(2000);
    data["holiday_allowance"]["saved"] = json!(2000);
    assert_eq!(
        invalid_pointers("betaalspecificatie", &data),
        ["/holiday_allowance/this_month"]
    );
}

/// A month's run: good overviews in several languages and one whose direct
/// payments exceed the bijstand, which lands in `errors.ndjson` with every
/// pointer while the others are written; the exit code says a case failed.
#[test]
fn payment_overview_batch_writes_good_letters_and_reports_bad_amounts() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = Vec::new();
    for (i, lang) in ["nl", "ar", "ti", "uk", "en"].iter().enumerate() {
        let mut case = example("betaalspecificatie");
        case["id"] = json!(format!("h{i}"));
        case["lang"] = json!(lang);
        lines.push(serde_json::to_string(&case).unwrap());
    }
    let mut bad = example("betaalspecificatie");
    bad["id"] = json!("h-bad");
    bad["direct_payments"][0]["amount"] = json!(5000);
    bad["deductions"][2]["amount"] = json!(45.001);
    lines.push(serde_json::to_string(&bad).unwrap());
    std::fs::write(dir.path().join("cases.ndjson"), lines.join("\n")).unwrap();
    let (code, _, err) = eigentaal(
        &[
            "batch",
            "betaalspecificatie",
            "--input",
            "cases.ndjson",
            "--out",
            "out",
            "--jobs",
            "2",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("5 rendered, 1 failed"), "{err}");
    let out = dir.path().join("out");
    let uk = std::fs::read(out.join("betaalspecificatie-h3-uk.pdf")).unwrap();
    assert!(reads("uk", &pdf_text(&uk), &money("uk", 262.15)));
    let errors: Vec<Value> = std::fs::read_to_string(out.join("errors.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["id"], "h-bad");
    let pointers: Vec<&str> = errors[0]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(pointers.len(), 2, "{pointers:?}");
    assert!(pointers.contains(&"/direct_payments"), "{pointers:?}");
    assert!(pointers.contains(&"/deductions/2/amount"), "{pointers:?}");
}
