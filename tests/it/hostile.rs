//! Careless and hostile input: characters a letter cannot print, control
//! characters, output onto things that are not regular files. Each is a clear
//! error at its field (or does the right thing), never echoes case values and
//! leaves nothing half-written.

use std::path::Path;

use serde_json::json;

use crate::util::*;

#[test]
fn characters_the_fonts_cannot_print_are_invalid_data_at_their_field() {
    let mut data = example("afspraken");
    data["recipient"]["name"] = json!("王小明");
    data["agreements"][0]["note"] = json!("Samen met Yusuf 👍");
    let errors = invalid_fields("afspraken", "nl", &data);
    let pointers: Vec<&str> = errors.iter().map(|(p, _)| p.as_str()).collect();
    // In the order of the case data (serde_json keeps it).
    assert_eq!(pointers, ["/recipient/name", "/agreements/0/note"]);
    let (_, name) = &errors[0];
    assert!(name.contains("script Han"), "{name}");
    assert!(errors[1].1.contains("emoji"), "{}", errors[1].1);
    for (_, message) in &errors {
        for c in ['王', '小', '明', '👍'] {
            assert!(!message.contains(c), "the value is echoed: {message}");
        }
    }

    // Devanagari too; joiners and direction marks in an Arabic name are fine.
    data = example("afspraken");
    data["recipient"]["name"] = json!("राम");
    assert!(
        invalid_fields("afspraken", "nl", &data)[0]
            .1
            .contains("Devanagari")
    );
    data["recipient"]["name"] = json!("\u{2067}سارة\u{200C}علي\u{2069}");
    render("afspraken", "nl", None, &data);
}

#[test]
fn control_characters_are_invalid_data_at_their_field() {
    let mut data = example("afspraken");
    data["recipient"]["name"] = json!("Rami\u{0}Al-Nasser");
    data["agreements"][1]["note"] = json!("eerst\u{1b}[31m");
    let errors = invalid_fields("afspraken", "nl", &data);
    let found: Vec<&str> = errors.iter().map(|(p, _)| p.as_str()).collect();
    assert!(found.contains(&"/recipient/name"), "{errors:?}");
    let name = &errors
        .iter()
        .find(|(p, _)| p == "/recipient/name")
        .unwrap()
        .1;
    assert!(name.contains("U+0000") && !name.contains("Rami"), "{name}");
    // Line breaks and tabs in free text are ordinary text.
    let mut data = example("afspraken");
    data["agreements"][0]["note"] = json!("regel 1\nregel\t2");
    render("afspraken", "nl", None, &data);
}

#[test]
fn the_cli_reports_unprintable_text_without_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = example("afspraken");
    data["recipient"]["name"] = json!("李雷");
    std::fs::write(dir.path().join("case.json"), data.to_string()).unwrap();
    let (code, _, err) = eigentaal(
        &[
            "render",
            "afspraken",
            "--lang",
            "nl",
            "--data",
            "case.json",
            "-o",
            "out.pdf",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("/recipient/name") && err.contains("Han"),
        "{err}"
    );
    assert!(!err.contains('李') && !err.contains('雷'), "{err}");
    assert!(!dir.path().join("out.pdf").exists());
}

#[cfg(unix)]
#[test]
fn output_onto_a_fifo_or_a_device_writes_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("letters.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--example", "-o", "letters.fifo"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let pdf = reader.join().unwrap();
    assert!(
        pdf.starts_with(b"%PDF-"),
        "the letter went through the FIFO"
    );
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO is still a FIFO");

    // A symlink to a device: the link and the device stay as they are.
    let link = dir.path().join("null.pdf");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--example", "-o", "null.pdf"],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(
        std::fs::metadata(Path::new("/dev/null"))
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A folder is refused, not replaced.
    let (code, _, err) = eigentaal(
        &["render", "afspraken", "--example", "-o", "."],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("folder"), "{err}");
}
