//! What the invitation, the summary of agreements and the plan of approach
//! say, read back from the PDFs: computed dates, the consequence of not
//! coming by who the resident is, "not a decision", the plan and the PIP,
//! consent to share data, one word for the benefit, and Arabic addressing a
//! woman in the feminine.

use serde_json::{Value, json};

use crate::util::*;

/// The letter's text with line breaks and repeated spaces folded, so a
/// sentence reads the same wherever the lines wrap.
fn text_of(template: &str, lang: &str, data: &Value) -> String {
    let text = pdf_text(&render(template, lang, None, data).pdf().unwrap());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn invitation(date: &str, consequence: &str) -> Value {
    let mut data = example("uitnodiging");
    data["appointment"]["date"] = json!(date);
    data["consequence"] = json!(consequence);
    data
}

#[test]
fn the_invitation_names_the_office_day_before_the_conversation() {
    for (date, expected) in [
        // A Monday: the Friday before.
        ("2026-11-30", "vrijdag 27 november 2026"),
        // Monday 4 January 2027: New Year's Day is a Friday, so Thursday.
        ("2027-01-04", "donderdag 31 december 2026"),
        // Wednesday 28 April 2027: King's Day is Tuesday 27 April.
        ("2027-04-28", "maandag 26 april 2027"),
        // Tuesday 29 December 2026: Monday 28 December is an office day.
        ("2026-12-29", "maandag 28 december 2026"),
    ] {
        let text = text_of("uitnodiging", "nl", &invitation(date, "applicant"));
        assert!(
            text.contains(&format!("Bel ons dan uiterlijk op {expected}.")),
            "{date}: expected {expected} in\n{text}"
        );
    }
    // Every language names the same day in its own words.
    let data = invitation("2027-01-04", "applicant");
    assert!(text_of("uitnodiging", "en", &data).contains("Thursday, 31 December 2026"));
    assert!(text_of("uitnodiging", "uk", &data).contains("31 грудня 2026"));
}

#[test]
fn what_happens_if_the_resident_does_not_come_depends_on_who_they_are() {
    let compulsory = "U moet naar dit gesprek komen.";
    let heading = "Wat gebeurt er als u niet komt?";
    let text = text_of("uitnodiging", "nl", &invitation("2026-11-30", "none"));
    assert!(
        !text.contains(compulsory) && !text.contains(heading),
        "{text}"
    );
    for (consequence, expected) in [
        (
            "applicant",
            "Als u niet komt en ons niet belt, kunnen wij besluiten uw aanvraag niet te behandelen. Dan krijgt u geen bijstand.",
        ),
        (
            "recipient",
            "Als u niet komt en u heeft geen goede reden, kunnen wij uw bijstand een tijd verlagen.",
        ),
        (
            "inburgering",
            "Dat staat in de Wet inburgering 2021. Als u niet komt en u heeft geen goede reden, kunnen wij u een boete geven.",
        ),
    ] {
        let text = text_of("uitnodiging", "nl", &invitation("2026-11-30", consequence));
        assert!(text.contains(compulsory), "{consequence}: {text}");
        assert!(text.contains(heading), "{consequence}: {text}");
        assert!(text.contains(expected), "{consequence}: {text}");
    }
    // The consequence reaches the translations too.
    let text = text_of("uitnodiging", "en", &invitation("2026-11-30", "recipient"));
    assert!(text.contains("You must come to this meeting."), "{text}");
    assert!(
        text.contains("we can lower your social assistance for a time"),
        "{text}"
    );
}

#[test]
fn the_invitation_says_who_interprets_who_may_come_along_and_what_to_do_when_ill() {
    let data = example("uitnodiging");
    let text = text_of("uitnodiging", "nl", &data);
    for expected in [
        "Bij het gesprek is een tolk Tigrinya. De tolk kost u niets.",
        "U mag iemand meenemen die u vertrouwt.",
        "Als u op de dag van het gesprek ziek bent, bel ons dan vóór 10:00 uur op 14 0123.",
        "Uw bankpas",
        "De brieven die u van het COA heeft gekregen",
    ] {
        assert!(text.contains(expected), "`{expected}` not in\n{text}");
    }
    assert!(
        text_of("uitnodiging", "en", &data)
            .contains("A Tigrinya interpreter will be at the meeting.")
    );
    assert!(contains_squashed(
        &text_of("uitnodiging", "ar", &data),
        "سيحضر المحادثة مترجم شفهي يتحدث التغرينية"
    ));
    // Without an interpreter, no sentence about one.
    let mut data = data;
    data.as_object_mut().unwrap().remove("interpreter_language");
    assert!(!text_of("uitnodiging", "nl", &data).contains("tolk"));
}

#[test]
fn the_invitation_explains_the_brede_intake_and_the_learnability_test() {
    let mut data = invitation("2026-11-30", "inburgering");
    for (purpose, expected) in [
        (
            "brede-intake",
            "Dit gesprek is de brede intake voor uw inburgering. We praten over uw opleiding, uw werk, uw gezondheid en uw situatie. Daarna maken we samen uw persoonlijk plan inburgering en participatie (PIP).",
        ),
        (
            "learnability-test",
            "Die toets laat zien hoe snel u een nieuwe taal leert. Het is geen examen.",
        ),
        ("pip", "Over het PIP nemen wij daarna een besluit."),
    ] {
        data["appointment"]["purpose"] = json!(purpose);
        let text = text_of("uitnodiging", "nl", &data);
        assert!(text.contains(expected), "{purpose}: {text}");
    }
}

#[test]
fn the_summary_of_agreements_is_no_decision_and_names_the_day_to_call() {
    let mut data = example("afspraken");
    for (letter_date, expected) in [
        // Monday 23 November 2026: 5 office days later is Monday 30 November.
        ("2026-11-23", "maandag 30 november 2026"),
        // Tuesday 22 December 2026: Christmas and the weekend are skipped.
        ("2026-12-22", "woensdag 30 december 2026"),
    ] {
        data["letter_date"] = json!(letter_date);
        let text = text_of("afspraken", "nl", &data);
        assert!(
            text.contains(&format!(
                "Als er iets niet klopt in deze brief, bel ons dan uiterlijk op {expected}."
            )),
            "{letter_date}: {text}"
        );
    }
    let text = text_of("afspraken", "nl", &example("afspraken"));
    for expected in [
        "Deze brief is geen besluit. Het is een verslag van ons gesprek.",
        "Belt u niet? Dan gaan wij ervan uit dat alles klopt.",
        "Uw volgende gesprek is op maandag 14 december 2026 om 10:30 uur.",
        // A contact per partner.
        "VluchtelingenWerk Yusuf Amrani 0123 45 67 90",
        "Budgetcoach Ingrid Mol 0123 45 67 91",
    ] {
        assert!(text.contains(expected), "`{expected}` not in\n{text}");
    }
    // "Afspraak" means an agreement here, never the next appointment.
    assert!(!text.contains("volgende afspraak"), "{text}");
}

#[test]
fn the_plan_says_how_it_relates_to_the_pip_and_with_whom_data_is_shared() {
    let mut data = example("plan-van-aanpak");
    let text = text_of("plan-van-aanpak", "nl", &data);
    for expected in [
        "Dit plan van aanpak is geen besluit.",
        "Voor uw inburgering maken we nog een persoonlijk plan inburgering en participatie (PIP). Dat doen we na de brede intake en de leerbaarheidstoets.",
        "Als u het daar niet mee eens bent, kunt u bezwaar maken.",
        // Wet inburgering 2021: the municipality chooses the language school.
        "Beginnen met de taallessen bij de taalschool die wij voor u kiezen",
        "Op 12 november 2026 heeft u ons toestemming gegeven om gegevens over u te delen met:",
        "U mag uw toestemming altijd intrekken. Bel daarvoor Eva Bakker op 14 0123.",
    ] {
        assert!(text.contains(expected), "`{expected}` not in\n{text}");
    }
    assert!(!text.contains("Aanmelden bij de taalschool"), "{text}");

    data["pip"] = json!({ "status": "set", "date": "2026-12-04", "route": "b1" });
    data.as_object_mut().unwrap().remove("consent");
    let text = text_of("plan-van-aanpak", "nl", &data);
    for expected in [
        "Daarover hebben wij op 4 december 2026 een besluit genomen. Dit plan hoort bij uw PIP, maar vervangt het niet.",
        "Uw leerroute is de B1-route.",
        "Wij delen alleen gegevens over u met de organisaties in dit plan als u daarvoor toestemming geeft, of als de wet dat regelt.",
    ] {
        assert!(text.contains(expected), "`{expected}` not in\n{text}");
    }

    // A decided PIP needs its date.
    data["pip"] = json!({ "status": "set" });
    let err = engine()
        .render(&eigentaal::render::RenderRequest {
            template: "plan-van-aanpak",
            lang: "nl",
            with: None,
            data: &data,
        })
        .unwrap_err();
    let eigentaal::render::RenderError::InvalidData { errors, .. } = &err else {
        panic!("{err}")
    };
    assert!(
        errors.iter().any(|e| e.pointer == "/pip/date"),
        "{errors:?}"
    );
}

#[test]
fn one_word_for_the_benefit() {
    let mut plan = example("plan-van-aanpak");
    plan["domains"]["income"]["situation"] = json!("Nog geen bankrekening.");
    let mut income = invitation("2026-11-30", "recipient");
    income["appointment"]["purpose"] = json!("income-check");
    for (template, data) in [
        ("uitnodiging", income),
        ("afspraken", example("afspraken")),
        ("plan-van-aanpak", plan),
    ] {
        let text = text_of(template, "nl", &data);
        assert!(text.contains("bijstand"), "{template}: {text}");
        assert!(
            !text.to_lowercase().contains("uitkering"),
            "{template}: {text}"
        );
    }
    // Arabic: the benefit and the allowances are different words (إعانة was both).
    let text = text_of("plan-van-aanpak", "ar", &example("plan-van-aanpak"));
    for expected in ["مساعدتك الاجتماعية", "بدل الرعاية الصحية", "بدل الإيجار"]
    {
        assert!(
            contains_squashed(&text, expected),
            "`{expected}` not in\n{text}"
        );
    }
    assert!(!text.contains("إعانة"), "{text}");
}

#[test]
fn arabic_addresses_a_woman_in_the_feminine() {
    // The afspraken example writes to Mrs Haddad.
    let mut data = example("afspraken");
    assert_eq!(data["recipient"]["form"], "ms");
    let feminine = squash(&text_of("afspraken", "ar", &data));
    for (she, he) in [
        ("فاتصلي بنا في موعد أقصاه", "فاتصل بنا في موعد أقصاه"),
        ("إذا لم تتصلي بنا", "إذا لم تتصل بنا"),
    ] {
        assert!(feminine.contains(&squash(she)), "{she}: {feminine}");
        assert!(!feminine.contains(&squash(he)), "{he}: {feminine}");
    }
    for form in ["mr", "neutral"] {
        data["recipient"]["form"] = json!(form);
        let masculine = squash(&text_of("afspraken", "ar", &data));
        assert!(
            masculine.contains(&squash("فاتصل بنا في موعد أقصاه")),
            "{form}: {masculine}"
        );
        assert!(
            !masculine.contains(&squash("فاتصلي")),
            "{form}: {masculine}"
        );
    }
    let mut invitation = example("uitnodiging");
    invitation["recipient"]["form"] = json!("ms");
    let text = squash(&text_of("uitnodiging", "ar", &invitation));
    assert!(
        text.contains(&squash("يمكنك أن تصطحبي معك شخصًا تثقين به")),
        "{text}"
    );
}

#[test]
fn translation_fixes_from_the_review() {
    let locales = engine().locales();
    let message = |lang: &str, key: &str| locales.message(lang, key, None).unwrap().text;
    // Ukrainian: a translation *of* a Dutch letter, not *into* Dutch.
    assert!(
        message("uk", "binding-notice-translation")
            .starts_with("Це переклад листа, написаного нідерландською мовою."),
    );
    // Arabic: the binding notice names the letter "written in Dutch".
    assert!(message("ar", "binding-notice-translation").contains("مكتوبة باللغة الهولندية"));
    // English: conditions with "If", not Dutch-style questions.
    assert!(message("en", "plan-van-aanpak-contacts-intro").starts_with("If you have a question"));
    // Every draft is still marked as one.
    for lang in ["ar", "en", "ti", "uk"] {
        let locale = locales.get(lang).unwrap_or_else(|| panic!("{lang} loaded"));
        assert_eq!(
            locale.meta.translation.status,
            eigentaal::l10n::TranslationStatus::MachineDraft,
            "{lang}"
        );
    }
}
