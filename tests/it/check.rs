//! `eigentaal check` on small trees that are broken in one way each.

use std::path::Path;

use serde_json::Value;

use crate::util::eigentaal;

const NL_META: &str = "name = \"Nederlands\"\nname-nl = \"Nederlands\"\n[translation]\nstatus = \"reference\"\nproduced-by = \"test\"\n";
const AR_META: &str = "name = \"العربية\"\nname-nl = \"Arabisch\"\ndirection = \"rtl\"\nformatting-locale = \"ar-u-nu-latn\"\n[translation]\nstatus = \"machine-draft\"\nproduced-by = \"test\"\n";
const NL_BRIEF: &str = "brief-subject = Onderwerp\nbrief-count = { $count ->\n    [one] Eén ding\n   *[other] { $count } dingen\n}\n";
const AR_BRIEF: &str = "brief-subject = الموضوع\nbrief-count = { $count ->\n    [zero] لا شيء\n    [one] شيء واحد\n    [two] شيئان\n    [few] { $count } أشياء\n    [many] { $count } شيئًا\n   *[other] { $count } شيء\n}\n";
const LETTER: &str = "#let case = json(\"/case.json\")\n#context t(\"brief-subject\")\n\n#context t(\"brief-count\", count: case.items.len())\n#context t-money(case.amount)\n";
const SCHEMA: &str = r#"{"type": "object", "required": ["letter_date", "items", "amount"], "properties": {"letter_date": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}}, "amount": {"type": "number"}}}"#;
const EXAMPLE: &str = r#"{"letter_date": "2026-11-23", "items": ["a", "b"], "amount": 12.5}"#;

/// The staff page's texts a project needs whatever its templates: the
/// wording of every error code eigentaal gives and of every review state.
fn staff_ftl() -> String {
    let mut ftl = String::new();
    for code in eigentaal::templates::ErrorCode::ALL {
        ftl.push_str(&format!("error-{} = Fout.\n", code.as_str()));
    }
    for state in eigentaal::l10n::ReviewState::ALL {
        ftl.push_str(&format!("{} = Stand.\n", state.message_id()));
    }
    ftl
}

/// A minimal, clean project: one template, Dutch and Arabic.
fn tree(dir: &Path, changes: &[(&str, &str)]) {
    let staff = staff_ftl();
    let mut files = vec![
        (
            "branding/branding.toml",
            "name = \"G\"\nplace = \"P\"\naddress = [\"A\"]\nreturn-address = \"R\"\nphone = \"1\"\nwebsite = \"w\"\nemail = \"e\"\ncolour = \"#000000\"\nlogo = \"logo.svg\"\n",
        ),
        (
            "branding/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>",
        ),
        (
            "templates/brief/template.toml",
            "title = \"Brief\"\ndescription = \"Test\"\n",
        ),
        ("templates/brief/letter.typ", LETTER),
        ("templates/brief/schema.json", SCHEMA),
        ("templates/brief/example.json", EXAMPLE),
        ("locales/nl/locale.toml", NL_META),
        ("locales/nl/common.ftl", "money = € { $amount }\n"),
        ("locales/nl/brief.ftl", NL_BRIEF),
        ("locales/nl/staff.ftl", &staff),
        ("locales/ar/locale.toml", AR_META),
        ("locales/ar/common.ftl", "money = { $amount } €\n"),
        ("locales/ar/brief.ftl", AR_BRIEF),
    ];
    for (path, text) in changes {
        files.retain(|(p, _)| p != path);
        if !text.is_empty() {
            files.push((path, text));
        }
    }
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Runs `eigentaal check DIR --format json [--strict]` on a tree with `changes`.
fn check(changes: &[(&str, &str)], strict: bool) -> (i32, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), changes);
    let path = dir.path().to_str().unwrap();
    let mut args = vec!["check", path, "--format", "json"];
    if strict {
        args.push("--strict");
    }
    let (code, out, err) = eigentaal(&args, b"", dir.path());
    let report: Value = serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    (code, report["findings"].as_array().unwrap().clone())
}

fn only(findings: &[Value]) -> &Value {
    assert_eq!(findings.len(), 1, "{findings:#?}");
    &findings[0]
}

fn at(finding: &Value) -> (String, String, Value, Value) {
    (
        finding["code"].as_str().unwrap().to_string(),
        finding["file"].as_str().unwrap().to_string(),
        finding["line"].clone(),
        finding["column"].clone(),
    )
}

#[test]
fn clean_tree_passes_strict() {
    let (code, findings) = check(&[], true);
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
}

#[test]
fn fluent_syntax_error() {
    let (code, findings) = check(
        &[(
            "locales/ar/brief.ftl",
            "brief-subject = الموضوع\nbrief-count = { $count\n",
        )],
        false,
    );
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "fluent-syntax")
        .unwrap();
    assert_eq!(
        at(f),
        (
            "fluent-syntax".into(),
            "locales/ar/brief.ftl".into(),
            3.into(),
            1.into()
        )
    );
    assert_eq!(f["level"], "error");
}

#[test]
fn a_term_defined_in_two_files() {
    let (code, findings) = check(
        &[
            (
                "locales/nl/common.ftl",
                "money = € { $amount }\n-bijstand = bijstand\n",
            ),
            (
                "locales/nl/brief.ftl",
                &format!("{NL_BRIEF}-bijstand = bijstand\n"),
            ),
        ],
        false,
    );
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "duplicate-key")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(f["file"], "locales/nl/common.ftl");
    assert_eq!(f["line"], 2);
    assert_eq!(
        f["message"],
        "term `-bijstand` is also defined in locales/nl/brief.ftl"
    );
}

#[test]
fn missing_translation_is_a_warning_that_fails_only_strict() {
    let ar = AR_BRIEF.replace("brief-subject = الموضوع\n", "");
    let (code, findings) = check(&[("locales/ar/brief.ftl", &ar)], false);
    assert_eq!(code, 0);
    let f = only(&findings);
    assert_eq!(at(f).0, "missing-translation");
    assert_eq!(f["file"], "locales/ar/brief.ftl");
    assert_eq!(
        f["message"],
        "message `brief-subject` is not translated into `ar`; letters show the Dutch text"
    );
    assert_eq!(check(&[("locales/ar/brief.ftl", &ar)], true).0, 1);
}

#[test]
fn stray_and_unused_keys() {
    let (code, findings) = check(
        &[
            (
                "locales/ar/brief.ftl",
                &format!("{AR_BRIEF}brief-extra = زائد\n"),
            ),
            (
                "locales/nl/common.ftl",
                "money = € { $amount }\nnot-used = Niet gebruikt\n",
            ),
            (
                "locales/ar/common.ftl",
                "money = { $amount } €\nnot-used = غير مستخدم\n",
            ),
        ],
        false,
    );
    assert_eq!(code, 1);
    let unknown = findings
        .iter()
        .find(|f| f["code"] == "unknown-key")
        .unwrap();
    assert_eq!(
        at(unknown),
        (
            "unknown-key".into(),
            "locales/ar/brief.ftl".into(),
            10.into(),
            1.into()
        )
    );
    let unused = findings.iter().find(|f| f["code"] == "unused-key").unwrap();
    assert_eq!(
        at(unused),
        (
            "unused-key".into(),
            "locales/nl/common.ftl".into(),
            2.into(),
            1.into()
        )
    );
    assert_eq!(unused["level"], "warning");
}

#[test]
fn key_used_by_a_template_but_missing_in_dutch() {
    let letter = format!("{LETTER}#context t(\"brief-nope\")\n");
    let (code, findings) = check(&[("templates/brief/letter.typ", &letter)], false);
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "undefined-key")
        .unwrap();
    assert_eq!(
        at(f),
        (
            "undefined-key".into(),
            "templates/brief/letter.typ".into(),
            6.into(),
            12.into()
        )
    );
    // Compiling says the same in every language, once.
    let compile = findings.iter().find(|f| f["code"] == "compile").unwrap();
    assert_eq!(compile["file"], "templates/brief/letter.typ");
    assert!(
        compile["message"]
            .as_str()
            .unwrap()
            .starts_with("in `ar`, `nl`: message `brief-nope` does not exist"),
        "{compile}"
    );
}

/// `SCHEMA` with one more property, `kind`, an enum.
fn schema_with_choice(kind: &str) -> String {
    SCHEMA.replace(
        r#""amount": {"type": "number"}}"#,
        &format!(r#""amount": {{"type": "number"}}, "kind": {kind}}}"#),
    )
}

#[test]
fn every_code_of_a_labelled_choice_needs_a_dutch_message() {
    let schema =
        schema_with_choice(r#"{"enum": ["rent", "water"], "x-message-prefix": "brief-kind-"}"#);
    let nl = format!("{NL_BRIEF}brief-kind-rent = Huur\n");
    let (code, findings) = check(
        &[
            ("templates/brief/schema.json", &schema),
            ("locales/nl/brief.ftl", &nl),
        ],
        false,
    );
    assert_eq!(code, 1);
    // (and a missing translation of `brief-kind-rent`, a warning)
    let labels: Vec<&Value> = findings
        .iter()
        .filter(|f| f["code"] == "choice-label")
        .collect();
    assert_eq!(labels.len(), 1, "{findings:#?}");
    let f = labels[0];
    assert_eq!(f["level"], "error");
    assert_eq!(f["file"], "templates/brief/schema.json");
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("/properties/kind") && message.contains("`brief-kind-water`"),
        "{message}"
    );
    // A label that needs a variable must have a `.label` of its own; with
    // both messages (one of them labelled so) the tree is clean, and the
    // messages count as used though no template calls them.
    let nl = format!(
        "{NL_BRIEF}brief-kind-rent = Huur\nbrief-kind-water = Water voor {{ $name }}\n    .label = Water\n"
    );
    let ar = format!("{AR_BRIEF}brief-kind-rent = إيجار\nbrief-kind-water = ماء\n");
    let (code, findings) = check(
        &[
            ("templates/brief/schema.json", &schema),
            ("locales/nl/brief.ftl", &nl),
            ("locales/ar/brief.ftl", &ar),
        ],
        true,
    );
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
    let nl =
        format!("{NL_BRIEF}brief-kind-rent = Huur\nbrief-kind-water = Water voor {{ $name }}\n");
    let (_, findings) = check(
        &[
            ("templates/brief/schema.json", &schema),
            ("locales/nl/brief.ftl", &nl),
            ("locales/ar/brief.ftl", &ar),
        ],
        false,
    );
    let f = only(&findings);
    assert_eq!(
        (f["code"].as_str(), f["level"].as_str()),
        (Some("choice-label"), Some("error"))
    );
    assert!(f["message"].as_str().unwrap().contains("`.label`"), "{f}");
}

#[test]
fn a_choice_without_a_message_prefix_is_a_warning() {
    let schema = schema_with_choice(r#"{"enum": ["rent", "water"]}"#);
    let (code, findings) = check(&[("templates/brief/schema.json", &schema)], false);
    assert_eq!(code, 0);
    let f = only(&findings);
    assert_eq!(f["code"], "choice-label");
    assert_eq!(f["level"], "warning");
    assert_eq!(f["file"], "templates/brief/schema.json");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("/properties/kind has no `x-message-prefix`"),
        "{f}"
    );
    assert_eq!(
        check(&[("templates/brief/schema.json", &schema)], true).0,
        1
    );
}

#[test]
fn a_case_error_code_needs_its_wording_in_staff_ftl() {
    let letter = format!(
        "{LETTER}#if case.amount < 0 {{ case-error(\"/amount\", \"negative\", code: \"brief-negative\") }}\n\
         #if case.amount > 1000 {{ case-error(\"/amount\", \"too much\") }}\n"
    );
    let (code, findings) = check(&[("templates/brief/letter.typ", &letter)], false);
    assert_eq!(code, 1);
    let missing = findings
        .iter()
        .find(|f| f["code"] == "undefined-key")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(
        at(missing),
        (
            "undefined-key".into(),
            "templates/brief/letter.typ".into(),
            6.into(),
            57.into()
        )
    );
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("`error-brief-negative = …` to locales/nl/staff.ftl"),
        "{missing}"
    );
    let uncoded = findings
        .iter()
        .find(|f| f["code"] == "case-error-code")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(uncoded["level"], "warning");
    assert_eq!(uncoded["line"], 7);
    assert_eq!(findings.len(), 2, "{findings:#?}");

    // With its wording the code is fine, and the message is used.
    let staff = format!(
        "{}error-brief-negative = Het bedrag is lager dan nul.\n",
        staff_ftl()
    );
    let (_, findings) = check(
        &[
            ("templates/brief/letter.typ", &letter),
            ("locales/nl/staff.ftl", &staff),
        ],
        false,
    );
    let f = only(&findings);
    assert_eq!(f["code"], "case-error-code");
}

#[test]
fn the_staff_texts_are_dutch_only_and_never_in_a_letter() {
    let letter = format!("{LETTER}#context t(\"error-required\")\n");
    let (code, findings) = check(
        &[
            ("templates/brief/letter.typ", &letter),
            ("locales/ar/staff.ftl", "error-required = مطلوب\n"),
        ],
        false,
    );
    assert_eq!(code, 1);
    let in_letter = findings
        .iter()
        .find(|f| f["code"] == "staff-message-in-letter")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(in_letter["file"], "templates/brief/letter.typ");
    assert_eq!(in_letter["line"], 6);
    let translated = findings
        .iter()
        .find(|f| f["code"] == "staff-translated")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(translated["file"], "locales/ar/staff.ftl");
    // Nothing expects staff.ftl in Arabic: no missing file, no missing translation.
    let (_, findings) = check(&[], true);
    assert!(findings.is_empty(), "{findings:#?}");
    // Without staff.ftl the staff page's words are missing.
    let (code, findings) = check(&[("locales/nl/staff.ftl", "")], false);
    assert_eq!(code, 1);
    assert_eq!(only(&findings)["code"], "staff-file");
}

#[test]
fn a_template_without_its_subject_in_dutch() {
    let nl = NL_BRIEF.replace("brief-subject = Onderwerp\n", "");
    let letter = LETTER.replace("#context t(\"brief-subject\")\n", "");
    let (code, findings) = check(
        &[
            ("locales/nl/brief.ftl", &nl),
            ("templates/brief/letter.typ", &letter),
        ],
        false,
    );
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "undefined-key")
        .unwrap_or_else(|| panic!("{findings:#?}"));
    assert_eq!(f["file"], "templates/brief/template.toml");
    assert!(
        f["message"].as_str().unwrap().contains("`brief-subject`"),
        "{f}"
    );
}

#[test]
fn stray_variable_in_a_translation() {
    let ar = AR_BRIEF.replace("[few] { $count }", "[few] { $cuont }");
    let (code, findings) = check(&[("locales/ar/brief.ftl", &ar)], false);
    assert_eq!(code, 1);
    let f = only(&findings);
    assert_eq!(
        at(f),
        (
            "unknown-variable".into(),
            "locales/ar/brief.ftl".into(),
            2.into(),
            1.into()
        )
    );
    assert_eq!(
        f["message"],
        "message `brief-count` uses `$cuont`, which the Dutch message never receives (it has: $count)"
    );
}

#[test]
fn form_of_address_only_where_the_template_passes_it() {
    // Arabic writes "you" to a woman in the feminine: it selects on `$form`,
    // which the Dutch message does not need.
    let nl = format!("{NL_BRIEF}brief-call = Bel ons.\n");
    let ar = format!(
        "{AR_BRIEF}brief-call = {{ $form ->\n    [ms] اتصلي بنا.\n   *[mr] اتصل بنا.\n}}\n"
    );
    let letter = format!("{LETTER}#context t(\"brief-call\")\n");
    let (code, findings) = check(
        &[
            ("locales/nl/brief.ftl", &nl),
            ("locales/ar/brief.ftl", &ar),
            ("templates/brief/letter.typ", &letter),
        ],
        false,
    );
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "unknown-variable")
        .unwrap();
    assert_eq!(f["file"], "locales/ar/brief.ftl");
    // (Rendering would not fail: Fluent picks the default variant.)
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("(`tr-you(..)` or `form: form`)"),
        "{f}"
    );
    // Once the template passes it, the translation may use it.
    let letter = format!("{LETTER}#context t(\"brief-call\", form: \"ms\")\n");
    let (code, findings) = check(
        &[
            ("locales/nl/brief.ftl", &nl),
            ("locales/ar/brief.ftl", &ar),
            ("templates/brief/letter.typ", &letter),
        ],
        true,
    );
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
}

#[test]
fn missing_plural_categories() {
    let ar = AR_BRIEF
        .replace("    [few] { $count } أشياء\n", "")
        .replace("    [many] { $count } شيئًا\n", "");
    let (code, findings) = check(&[("locales/ar/brief.ftl", &ar)], false);
    assert_eq!(code, 0);
    let f = only(&findings);
    assert_eq!(
        at(f),
        (
            "plural-categories".into(),
            "locales/ar/brief.ftl".into(),
            2.into(),
            1.into()
        )
    );
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("plural categories few, many"),
        "{f}"
    );
}

#[test]
fn invalid_example() {
    let (code, findings) = check(
        &[(
            "templates/brief/example.json",
            r#"{"letter_date": "2026-11-23", "items": "a", "amount": 1}"#,
        )],
        false,
    );
    assert_eq!(code, 1);
    let f = only(&findings);
    assert_eq!(at(f).0, "invalid-example");
    assert_eq!(f["file"], "templates/brief/example.json");
    assert!(f["message"].as_str().unwrap().contains("/items"), "{f}");
}

#[test]
fn template_compile_error_points_at_the_line() {
    let letter = LETTER.replace(
        "#context t-money(case.amount)",
        "#context t-money(case.amount\n",
    );
    let (code, findings) = check(&[("templates/brief/letter.typ", &letter)], false);
    assert_eq!(code, 1);
    let f = findings.iter().find(|f| f["code"] == "compile").unwrap();
    assert_eq!(f["file"], "templates/brief/letter.typ");
    assert_eq!(f["line"], 5, "{f}");
}

#[test]
fn locale_metadata_and_missing_files() {
    let (code, findings) = check(
        &[("locales/ar/locale.toml", ""), ("locales/ar/brief.ftl", "")],
        true,
    );
    assert_eq!(code, 1);
    let meta = findings
        .iter()
        .find(|f| f["code"] == "locale-meta")
        .unwrap();
    assert_eq!(meta["file"], "locales/ar/locale.toml");
    let missing = findings
        .iter()
        .find(|f| f["code"] == "missing-file")
        .unwrap();
    assert_eq!(missing["file"], "locales/ar/brief.ftl");
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("2 messages to translate"),
        "{missing}"
    );
}

#[test]
fn characters_no_font_has_are_errors() {
    // Devanagari: none of the embedded Noto fonts has it.
    let ar = AR_BRIEF.replace("brief-subject = الموضوع", "brief-subject = الموضوع विषय");
    let (code, findings) = check(&[("locales/ar/brief.ftl", &ar)], false);
    assert_eq!(code, 1);
    let f = findings
        .iter()
        .find(|f| f["code"] == "no-glyph")
        .unwrap_or_else(|| panic!("{findings:?}"));
    assert_eq!(f["file"], "locales/ar/brief.ftl");
    assert_eq!(f["line"], 1);
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("`brief-subject`") && message.contains("U+0935"),
        "{message}"
    );
}

#[test]
fn aliases_must_be_tags_of_one_language() {
    let aliased = |aliases: &str| {
        AR_META.replace(
            "[translation]",
            &format!("aliases = {aliases}\n[translation]"),
        )
    };
    // An alias that is another language's folder.
    let (code, findings) = check(&[("locales/ar/locale.toml", &aliased(r#"["nl"]"#))], false);
    assert_eq!(code, 1);
    let meta = findings
        .iter()
        .find(|f| f["code"] == "locale-meta")
        .unwrap_or_else(|| panic!("{findings:?}"));
    assert_eq!(meta["file"], "locales/ar/locale.toml");
    assert!(
        meta["message"]
            .as_str()
            .unwrap()
            .contains("alias `nl` is also a language folder"),
        "{meta}"
    );
    // Not a tag: reported with the file, and the rest of the check goes on.
    let (code, findings) = check(
        &[("locales/ar/locale.toml", &aliased(r#"["arabic please"]"#))],
        false,
    );
    assert_eq!(code, 1);
    assert!(
        findings.iter().any(|f| f["code"] == "locale-meta"
            && f["message"]
                .as_str()
                .unwrap()
                .contains("not a BCP 47 language tag")),
        "{findings:?}"
    );
    // A good alias passes.
    let (code, findings) = check(&[("locales/ar/locale.toml", &aliased(r#"["arb"]"#))], true);
    assert_eq!(code, 0, "{findings:?}");
}

#[test]
fn completeness_report_formats() {
    let dir = tempfile::tempdir().unwrap();
    let ar = AR_BRIEF.replace("brief-subject = الموضوع\n", "");
    tree(dir.path(), &[("locales/ar/brief.ftl", &ar)]);
    let path = dir.path().to_str().unwrap();
    let (_, md, _) = eigentaal(&["check", path, "--report", "md"], b"", dir.path());
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("| ar | brief | 67% (2/3) | 0% (0) | 0 | machine draft | brief-subject |"),
        "{md}"
    );
    let (_, json, _) = eigentaal(&["check", path, "--report", "json"], b"", dir.path());
    let rows: Value = serde_json::from_slice(&json).unwrap();
    let nl = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == "nl")
        .unwrap();
    assert_eq!(
        (nl["translated"].clone(), nl["status"].clone()),
        (3.into(), "reference".into())
    );
    // Each row carries the language's CLDR plural categories (ICU4X).
    let ar = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == "ar")
        .unwrap();
    assert_eq!(
        ar["plural_categories"],
        serde_json::json!(["zero", "one", "two", "few", "many", "other"])
    );
    assert!(
        md.contains(
            "| ar | العربية | Arabisch | rtl | ar-u-nu-latn | - | zero, one, two, few, many, other |"
        ),
        "{md}"
    );
    let (_, text, _) = eigentaal(&["check", path, "--report", "text"], b"", dir.path());
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("language  name "), "{text}");
    assert!(text.contains("\nlanguage  template  translated"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("nl ") && l.ends_with("one, other")),
        "{text}"
    );
}

#[test]
fn repository_tree_passes_strict() {
    let root = env!("CARGO_MANIFEST_DIR");
    let (code, out, err) = eigentaal(&["check", root, "--strict"], b"", Path::new(root));
    assert_eq!(code, 0, "{}{err}", String::from_utf8_lossy(&out));
}

#[test]
fn check_reads_the_project_folder_of_project_and_its_own_folder_first() {
    let broken = tempfile::tempdir().unwrap();
    tree(
        broken.path(),
        &[("locales/ar/brief.ftl", "brief-subject = { $x\n")],
    );
    let clean = tempfile::tempdir().unwrap();
    tree(clean.path(), &[]);
    let broken_path = broken.path().to_str().unwrap();
    let clean_path = clean.path().to_str().unwrap();
    // --project names the tree (run from a clean folder, so the current
    // folder is not what was checked).
    let (code, _, err) = eigentaal(&["check", "--project", broken_path], b"", clean.path());
    assert_eq!(code, 1, "{err}");
    let (code, out, _) = eigentaal(
        &["--project", broken_path, "check", "--format", "json"],
        b"",
        clean.path(),
    );
    assert_eq!(code, 1);
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["level"] == "error" && f["code"] == "fluent-syntax"),
        "{report:#}"
    );
    // A folder given to check wins over --project.
    let (code, _, err) = eigentaal(
        &["check", clean_path, "--project", broken_path],
        b"",
        clean.path(),
    );
    assert_eq!(code, 0, "{err}");
}
