//! The real `eigentaal` binary: arguments, files, stdin/stdout, exit codes.

use crate::util::*;

fn example_json(template: &str) -> Vec<u8> {
    serde_json::to_vec(&example(template)).unwrap()
}

#[test]
fn render_writes_a_pdf_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.json"), example_json("afspraken")).unwrap();
    let (code, _, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--lang",
            "ar",
            "--with",
            "nl",
            "--data",
            "case.json",
            "-o",
            "out.pdf",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let pdf = std::fs::read(dir.path().join("out.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("out.pdf"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o644,
            "the letter is readable like any written file"
        );
    }
    assert!(pdf_text(&pdf).contains("اتفاقاتك"));
}

#[test]
fn stdin_to_stdout_and_default_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--lang",
            "nl",
            "--data",
            "-",
            "-o",
            "-",
        ],
        &example_json("afspraken"),
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(pdf_text(&out).contains("Uw afspraken met de gemeente"));

    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--lang", "ar-SY", "--example"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        dir.path()
            .join("afspraken-AFS-2026-01873-ar-SY.pdf")
            .is_file()
    );
}

#[test]
fn png_format_writes_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--example",
            "--format",
            "png",
            "--dpi",
            "50",
            "-o",
            "-",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(&out[..4], b"\x89PNG");
}

#[test]
fn bad_json_names_line_and_column_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("case.json"),
        "{\n  \"reference\": \"x\",\n  oops\n}",
    )
    .unwrap();
    let (code, _, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--data",
            "case.json",
            "-o",
            "out.pdf",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("case.json is not valid JSON") && err.contains("line 3"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only case.json remains"
    );
}

#[test]
fn invalid_case_lists_pointers_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = example("afspraken");
    data["agreements"][0]["who"] = serde_json::json!("nobody");
    std::fs::write(
        dir.path().join("case.json"),
        serde_json::to_vec(&data).unwrap(),
    )
    .unwrap();
    let (code, _, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--data",
            "case.json",
            "-o",
            "out.pdf",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("/agreements/0/who"), "{err}");
    assert!(!dir.path().join("out.pdf").exists());
}

#[test]
fn unknown_language_and_missing_file_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--lang", "xx", "--example"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("language `xx` is not available for template `afspraken`; available:"),
        "{err}"
    );
    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--data", "nope.json"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("failed to read case data from nope.json"),
        "{err}"
    );
    let (code, _, err) = eigentaal(&["render", "afspraken"], b"", dir.path());
    assert_eq!(code, 2, "usage error: {err}");
}

#[test]
fn templates_lists_languages_with_status() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = eigentaal(&["templates"], b"", dir.path());
    assert_eq!(code, 0, "{err}");
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("afspraken — Afsprakenbrief"), "{out}");
    assert!(
        out.contains("Arabisch — العربية (machinaal concept, niet gecontroleerd"),
        "{out}"
    );
    assert!(
        out.contains("Nederlands — Nederlands (referentietekst"),
        "{out}"
    );
}

#[test]
fn project_folder_overrides_embedded_templates() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = eigentaal(
        &["--project", root.to_str().unwrap(), "templates"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(String::from_utf8(out).unwrap().contains("afspraken"));
    let (code, _, err) = eigentaal(
        &["--project", dir.path().to_str().unwrap(), "templates"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("no templates/ or locales/ folder"), "{err}");
}

#[test]
fn a_decision_in_another_language_always_carries_the_dutch_text() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = eigentaal(
        &[
            "render",
            "beschikking",
            "--lang",
            "ar",
            "--example",
            "--accept-unreviewed",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("decision"), "the user is told: {err}");
    let reference = example("beschikking")["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let file = dir
        .path()
        .join(format!("beschikking-{reference}-ar-nl.pdf"));
    let text = pdf_text(&std::fs::read(&file).unwrap());
    assert!(has_script(&text, ARABIC), "the Arabic edition");
    let dutch_subject = engine()
        .locales()
        .message("nl", "beschikking-subject", None)
        .unwrap()
        .text;
    assert!(text.contains(&dutch_subject), "the Dutch edition:\n{text}");

    // Asked for in Dutch alone, it is one edition and no note.
    let (code, _, err) = eigentaal(
        &["render", "beschikking", "--lang", "nl", "--example"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("decision"), "{err}");
    assert!(
        dir.path()
            .join(format!("beschikking-{reference}-nl.pdf"))
            .is_file()
    );
}
