//! The decision on social assistance, read back from the PDF: the deciding
//! body and mandate, the computed objection deadline, every part of the
//! objection clause, the articles it rests on, amounts that add up (and
//! invalid case data where they do not), and each variant.

use eigentaal::render::{RenderError, RenderRequest};
use serde_json::{Value, json};

use crate::util::*;

fn text_of(lang: &str, data: &Value) -> String {
    pdf_text(&render("beschikking", lang, None, data).pdf().unwrap())
}

/// The Dutch text of a message without variables.
fn nl(key: &str) -> String {
    engine().locales().message("nl", key, None).unwrap().text
}

fn assert_has(text: &str, needle: &str) {
    assert!(
        contains_squashed(text, needle),
        "missing «{needle}» in\n{text}"
    );
}

fn assert_lacks(text: &str, needle: &str) {
    assert!(
        !contains_squashed(text, needle),
        "unexpected «{needle}» in\n{text}"
    );
}

/// The address objections go to, as configured: `objection-address`, else
/// the postal address, else the visiting address.
fn objection_address() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/branding/branding.toml");
    let branding: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    ["objection-address", "postal-address", "address"]
        .iter()
        .find_map(|key| branding.get(*key)?.as_array().cloned())
        .unwrap()
        .iter()
        .map(|line| line.as_str().unwrap().to_string())
        .collect()
}

/// The first invalid-data pointer and message of a render that must fail.
fn invalid(lang: &str, data: &Value) -> (String, String) {
    let err = engine()
        .render(&RenderRequest {
            template: "beschikking",
            lang,
            with: None,
            data,
        })
        .unwrap_err();
    let RenderError::InvalidData { errors, .. } = &err else {
        panic!("{lang}: expected invalid case data, got {err}")
    };
    assert_eq!(errors.len(), 1, "{errors:?}");
    (errors[0].pointer.clone(), errors[0].message.clone())
}

#[test]
fn the_college_decides_and_the_staff_member_signs_on_its_behalf() {
    let text = text_of("nl", &example("beschikking"));
    assert_has(
        &text,
        "Het college van burgemeester en wethouders van Voorbeeldstad heeft besloten: u krijgt bijstand vanaf 26 oktober 2026.",
    );
    assert_has(&text, &nl("beschikking-college-explained"));
    // The signature: closing, mandate, name and position, in that order.
    let squashed = squash(&text);
    let at = |s: &str| {
        squashed
            .find(&squash(s))
            .unwrap_or_else(|| panic!("«{s}» missing in\n{text}"))
    };
    let closing = at("Met vriendelijke groet,");
    let mandate = at("Namens het college van burgemeester en wethouders,");
    let name = squashed.rfind("MarloesBakker").unwrap();
    let role = squashed.rfind("Klantmanager").unwrap();
    assert!(closing < mandate && mandate < name && name < role, "{text}");
    // Both partners are parties and are named.
    assert_has(
        &text,
        "Dit besluit is voor u en uw partner Noor Al-Nasser samen.",
    );
    assert_has(&text, "Artikel 11, vierde lid");
}

#[test]
fn the_objection_deadline_is_computed_by_law() {
    // Sent on Friday 13 November 2026: six weeks end on Friday 25 December
    // (Christmas); 26 December is a holiday too and 27 a Sunday.
    let text = text_of("nl", &example("beschikking"));
    assert_has(
        &text,
        "Wij moeten uw bezwaar dus uiterlijk op maandag 28 december 2026 hebben.",
    );
    assert_has(&text, "deze brief verstuurden (13 november 2026)");
    assert_lacks(&text, "25 december");

    // Without a dispatch date the letter date counts.
    let mut data = example("beschikking");
    data.as_object_mut().unwrap().remove("dispatch_date");
    assert_has(&text_of("nl", &data), "maandag 28 december 2026");

    // Sent a week later: the period would end on New Year's Day, a Friday.
    data["dispatch_date"] = json!("2026-11-20");
    let text = text_of("nl", &data);
    assert_has(&text, "uiterlijk op maandag 4 januari 2027 hebben");
    assert_has(&text, "deze brief verstuurden (20 november 2026)");

    // Other languages name the same day.
    let uk = text_of("uk", &example("beschikking"));
    assert_has(&uk, "28 грудня 2026");
    let en = text_of("en", &example("beschikking"));
    assert_has(&en, "28 December 2026");
}

#[test]
fn every_part_of_the_objection_clause_is_there() {
    let text = text_of("nl", &example("beschikking"));
    for key in [
        // what objecting is, and that the college decides
        "beschikking-objection",
        // what to write (Awb 6:5)
        "beschikking-objection-what",
        "beschikking-objection-name",
        "beschikking-objection-date",
        "beschikking-objection-why",
        "beschikking-objection-signature",
        "beschikking-objection-copy",
        // both partners may object
        "beschikking-objection-couple",
        // own language and where to get help
        "beschikking-objection-language",
        // the decision stays in force (6:16); urgent cases (8:81)
        "beschikking-objection-in-force",
        "beschikking-objection-urgent",
    ] {
        assert_has(&text, &nl(key));
    }
    // In time when posted by the last day and received within a week (6:9).
    assert_has(
        &text,
        "Als u uw bezwaar met de post stuurt, is het ook op tijd als u het uiterlijk op maandag 28 december 2026 op de post doet en wij het binnen een week daarna krijgen.",
    );
    // To whom and where.
    assert_has(
        &text,
        "Het college van burgemeester en wethouders van Voorbeeldstad",
    );
    for line in objection_address() {
        assert_has(&text, &line);
    }
    assert_has(&text, "het kenmerk van deze brief: BIJ-2026-11580");
    // Calling is not objecting, and the period runs on.
    assert_has(
        &text,
        "Bel dan Marloes Bakker: 14 0123. Misschien lossen we het samen op. Let op: bellen is geen bezwaar maken. De 6 weken lopen gewoon door.",
    );
    for help in [
        "VluchtelingenWerk",
        "Juridisch Loket",
        "sociaal raadslieden",
    ] {
        assert_has(&text, help);
    }
    assert_has(&text, "voorlopige voorziening");
}

#[test]
fn the_articles_the_decision_rests_on_are_named() {
    let text = text_of("nl", &example("beschikking"));
    for line in [
        "Artikel 11 en 19: wie recht heeft op bijstand",
        "Artikel 21: hoeveel bijstand u krijgt (de norm)",
        "Artikel 31 en 32: welk inkomen meetelt",
        "Artikel 43, 44 en 45",
        "Artikel 52: het voorschot",
        "Artikel 56a: rekeningen betalen voor mensen die moeten inburgeren",
        "Artikel 9, 17 en 18",
        "Artikel 18b",
        "Artikel 18a en 58: een boete en geld terugbetalen",
        "Algemene wet bestuursrecht, artikel 6:4 tot en met 6:9",
    ] {
        assert_has(&text, line);
    }
    // Only the articles that apply: no housemates, no assets, no art. 57.
    for absent in ["Artikel 22a", "Artikel 34", "Artikel 57"] {
        assert_lacks(&text, absent);
    }
    // The duty to report changes is always there, with what follows.
    assert_has(&text, "ook als wij er niet om vragen");
    assert_has(&text, "soms alles wat u te veel kreeg");
    assert_has(&text, "U kunt dan ook een boete krijgen.");
}

#[test]
fn the_amounts_add_up_and_can_be_checked() {
    let text = text_of("nl", &example("beschikking"));
    // norm − holiday allowance − income = assistance; − bills = own.
    for amount in [
        "€ 1.958,34",
        "€ 93,25",
        "€ 215,40",
        "€ 1.649,69",
        "€ 812,30",
        "€ 337,69",
    ] {
        assert_has(&text, amount);
    }
    assert_has(
        &text,
        "U krijgt dus elke maand € 337,69 op uw bankrekening.",
    );
    assert_has(
        &text,
        "Elke maand sparen wij € 93,25 voor u: uw vakantiegeld. Dat krijgt u in één keer, uiterlijk op 30 juni 2027.",
    );
    assert_has(&text, "uiterlijk op de 25e");
    // First payment: 1968.99 − 1312.00 − 500.00.
    assert_has(&text, "€ 1.312,00");
    assert_has(&text, "U kreeg al een voorschot van € 500,00.");
    assert_has(&text, "U krijgt op 25 november 2026 € 156,99");

    // Sums in whole cents: 0.10 + 0.20 is 0.30, not 0.30000000000000004.
    let mut data = example("beschikking");
    data["assistance"]["norm"] = json!(1000.1);
    data["assistance"]["holiday_allowance"] = json!(47.62);
    data["assistance"]["income"] = json!([{ "kind": "benefit", "amount": 0.1 }]);
    data["fixed_costs"] = json!([
        { "kind": "water", "payee": "A", "amount": 0.1 },
        { "kind": "energy", "payee": "B", "amount": 0.2 }
    ]);
    data["first_payment"]["amount"] = json!(952.38);
    let text = text_of("nl", &data);
    assert_has(&text, "€ 952,38"); // 1000.10 − 47.62 − 0.10
    assert_has(
        &text,
        "U krijgt dus elke maand € 952,08 op uw bankrekening.",
    );
    assert_has(&text, "Min: uw andere uitkering");
    // 952.38 − 0.30 − 500.00
    assert_has(&text, "€ 452,08");
}

#[test]
fn parts_that_do_not_add_up_are_invalid_case_data_with_a_pointer() {
    type Change = fn(&mut Value);
    let cases: [(&str, Change, &str); 14] = [
        (
            "/assistance/income",
            |d| d["assistance"]["income"][0]["amount"] = json!(1900),
            "negative",
        ),
        (
            "/assistance/holiday_allowance",
            |d| d["assistance"]["holiday_allowance"] = json!(2000),
            "more than the norm",
        ),
        (
            "/fixed_costs",
            |d| d["fixed_costs"][0]["amount"] = json!(1500),
            "negative amount",
        ),
        (
            "/advance/amount",
            |d| d["advance"]["amount"] = json!(700),
            "advance",
        ),
        (
            "/first_payment/fixed_costs",
            |d| d["first_payment"]["fixed_costs"] = json!(2000),
            "first payment",
        ),
        (
            "/assistance/norm",
            |d| d["assistance"]["norm"] = json!(1958.345),
            "two decimals",
        ),
        (
            "/partner",
            |d| {
                d.as_object_mut().unwrap().remove("partner");
            },
            "name the partner",
        ),
        (
            "/partner",
            |d| d["decision"]["household"] = json!("single"),
            "only for household",
        ),
        (
            "/decision/reasons",
            |d| d["decision"]["outcome"] = json!("partly-granted"),
            "at least one reason",
        ),
        (
            "/decision/requested_start",
            |d| {
                d["decision"]["outcome"] = json!("partly-granted");
                d["decision"]["reasons"] = json!([{ "code": "start-date" }]);
            },
            "start the resident asked for",
        ),
        (
            "/decision/reasons/0/note",
            |d| {
                d["decision"]["outcome"] = json!("partly-granted");
                d["decision"]["reasons"] = json!([{ "code": "other" }]);
            },
            "needs a note",
        ),
        (
            "/direct_payment/consent_date",
            |d| d["direct_payment"]["basis"] = json!("consent"),
            "consent",
        ),
        (
            "/assistance",
            |d| {
                d["decision"]["outcome"] = json!("refused");
                d["decision"]["reasons"] = json!([{ "code": "income-too-high" }]);
            },
            "refusal",
        ),
        (
            "/dispatch_date",
            |d| d["dispatch_date"] = json!("2026-11-12"),
            "before /letter_date",
        ),
    ];
    for (pointer, change, words) in cases {
        let mut data = example("beschikking");
        change(&mut data);
        for lang in ["nl", "ar"] {
            let (got, message) = invalid(lang, &data);
            assert_eq!(got, pointer, "{lang}: {message}");
            assert!(message.contains(words), "{pointer}: {message}");
        }
    }
}

#[test]
fn partly_granted_gives_the_reasons() {
    let mut data = example("beschikking");
    data["decision"]["outcome"] = json!("partly-granted");
    data["decision"]["requested_start"] = json!("2026-10-19");
    data["decision"]["cost_sharers"] = json!(1);
    data["decision"]["reasons"] = json!([
        { "code": "start-date" },
        { "code": "cost-sharers", "note": "Uw broer Ahmad woont sinds september bij u." }
    ]);
    let text = text_of("nl", &data);
    assert_has(
        &text,
        "heeft besloten: u krijgt bijstand vanaf 26 oktober 2026. Maar u krijgt niet alles wat u heeft gevraagd.",
    );
    assert_has(&text, &nl("beschikking-heading-reasons"));
    assert_has(
        &text,
        "U vroeg bijstand vanaf 19 oktober 2026. U krijgt bijstand vanaf 26 oktober 2026.",
    );
    assert_has(&text, &nl("beschikking-reason-cost-sharers"));
    assert_has(&text, "Uw broer Ahmad woont sinds september bij u.");
    assert_has(&text, "Er woont nog 1 andere volwassene in uw huis.");
    assert_has(&text, "Artikel 22a");
    // Still a grant: the amounts and the duties are there.
    assert_has(&text, "€ 337,69");
    assert_has(&text, &nl("beschikking-heading-obligations"));
}

#[test]
fn refused_gives_reasons_and_no_amounts_or_duties() {
    let mut data = example("beschikking");
    data["decision"] = json!({
        "outcome": "refused",
        "application_date": "2026-10-26",
        "reasons": [
            { "code": "income-too-high", "note": "Uw loon is € 2.150 netto per maand." }
        ]
    });
    for field in [
        "assistance",
        "fixed_costs",
        "direct_payment",
        "first_payment",
        "budget_coach",
        "obligations",
        "partner",
    ] {
        data.as_object_mut().unwrap().remove(field);
    }
    let text = text_of("nl", &data);
    assert_has(
        &text,
        "Het college van burgemeester en wethouders van Voorbeeldstad heeft besloten: u krijgt geen bijstand.",
    );
    assert_has(&text, &nl("beschikking-reason-income-too-high"));
    assert_has(&text, "Uw loon is € 2.150 netto per maand.");
    // The advance must be paid back.
    assert_has(&text, "U kreeg een voorschot van € 500,00.");
    assert_has(&text, "moet u het voorschot terugbetalen");
    for absent in [
        "beschikking-heading-money",
        "beschikking-heading-obligations",
        "beschikking-heading-fixed-costs",
    ] {
        assert_lacks(&text, &nl(absent));
    }
    assert_has(&text, "Artikel 43: het besluit op uw aanvraag");
    assert_has(&text, "Artikel 31 en 32");
    assert_lacks(&text, "Artikel 43, 44 en 45");
    // The objection clause is the same for every variant.
    assert_has(&text, "uiterlijk op maandag 28 december 2026 hebben");
    assert_has(&text, "Namens het college van burgemeester en wethouders,");
}

#[test]
fn the_basis_for_paying_bills_directly_is_stated() {
    let text = text_of("nl", &example("beschikking"));
    assert_has(&text, &nl("beschikking-heading-fixed-costs"));
    assert_has(
        &text,
        "Dit moeten wij doen, omdat u moet inburgeren en een verblijfsvergunning asiel heeft. Wij doen dit tot en met 25 april 2027.",
    );
    assert_has(&text, &nl("beschikking-settlements-municipality"));

    let mut data = example("beschikking");
    data["direct_payment"] = json!({
        "basis": "art-57",
        "until": "2027-10-31",
        "reason": "Er waren huurachterstanden in 2025.",
        "settlements": "resident"
    });
    data["fixed_costs"][0]["payee_reference"] = json!("Contract 48-2210");
    let text = text_of("nl", &data);
    assert_has(&text, "Wij doen dit tot en met 31 oktober 2027.");
    assert_has(&text, "Er waren huurachterstanden in 2025.");
    assert_has(&text, "Artikel 57");
    assert_lacks(&text, "Artikel 56a");
    assert_has(&text, &nl("beschikking-settlements-resident"));
    assert_has(&text, "Nummer: Contract 48-2210");

    data["direct_payment"] = json!({
        "basis": "consent",
        "until": "2027-10-31",
        "consent_date": "2026-11-02",
        "settlements": "resident"
    });
    let text = text_of("nl", &data);
    assert_has(
        &text,
        "U heeft ons op 2 november 2026 gevraagd om deze rekeningen voor u te betalen.",
    );
    assert_lacks(&text, "Artikel 57");
}

#[test]
fn arabic_speaks_to_the_resident_in_their_grammatical_gender() {
    let mut data = example("beschikking");
    let masculine = squash(&text_of("ar", &data));
    data["recipient"]["form"] = json!("ms");
    let feminine = squash(&text_of("ar", &data));
    // "you will get" and "write" (imperative).
    for (m, f) in [("ستحصل", "ستحصلين"), ("اكتب", "اكتبي")] {
        assert!(masculine.contains(m), "{m} missing");
        assert!(feminine.contains(f), "{f} missing");
    }
    assert!(!masculine.contains("ستحصلين"));
    // The benefit and an allowance are two words; all of the excess may
    // have to be paid back.
    assert!(masculine.contains(&squash("المساعدة الاجتماعية")));
    assert!(masculine.contains(&squash("بدل الإيجار")));
    assert!(!masculine.contains("إعانة"));
    assert!(masculine.contains(&squash("كل المبلغ الزائد")));
    // The college is not "advisers".
    assert!(!masculine.contains("والمستشارين"));
    assert!(masculine.contains(&squash("نيابةً عن الهيئة التنفيذية للبلدية")));
}

#[test]
fn alleenstaande_is_without_a_partner_in_every_language() {
    let mut data = example("beschikking");
    data["decision"]["household"] = json!("single");
    data.as_object_mut().unwrap().remove("partner");
    for (lang, phrase) in [
        (
            "nl",
            "U krijgt bijstand voor iemand zonder partner (alleenstaande).",
        ),
        ("en", "for a person without a partner (alleenstaande)"),
        ("uk", "для одинокої особи (без партнера, alleenstaande)"),
        ("ti", "መጻምዲ ንዘይብሉ ሰብ"),
        ("ar", "لشخص ليس له شريك حياة"),
    ] {
        let text = text_of(lang, &data);
        assert_has(&text, phrase);
        for wrong in ["lives alone", "живе сама", "يعيش بمفرده", "ንበይኑ ንዝነብር"]
        {
            assert_lacks(&text, wrong);
        }
    }
}

#[test]
fn a_decision_asked_for_in_arabic_carries_the_binding_dutch_edition() {
    let letter = render("beschikking", "ar", None, &example("beschikking"));
    assert_eq!(letter.languages, ["ar", "nl"]);
    let text = pdf_text(&letter.pdf().unwrap());
    // Both editions are signed on behalf of the college and name the deadline.
    assert_has(&text, "Namens het college van burgemeester en wethouders,");
    assert_has(&text, "نيابةً عن الهيئة التنفيذية للبلدية");
    assert_has(&text, "uiterlijk op maandag 28 december 2026 hebben");
    assert_has(&text, &nl("binding-notice-bilingual"));
}
