//! Review records per message, end to end: a copy of the project's own
//! templates and translations in a temp folder, reviewed with the real
//! `eigentaal review`, edited like a content writer or translator would, and
//! read back through `review status`, `check`, the completeness report, the
//! HTTP API and the render policy. Keys are found at run time (the subject
//! of each template, the messages a letter reports), so the tests hold
//! whatever the texts become.

use std::collections::BTreeSet;
use std::path::Path;

use eigentaal::assets::Assets;
use eigentaal::l10n::MessageStatus;
use eigentaal::render::{Engine, RenderRequest};
use serde_json::Value;

use crate::server::{Server, assert_problem, get, post};
use crate::util::{eigentaal, engine, example, pdf_text};

/// A copy of the repository's templates, locales and branding.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for top in ["templates", "locales", "branding"] {
        copy_dir(&root.join(top), &dir.path().join(top));
    }
    // Records the repository may have are not part of these tests.
    for lang in std::fs::read_dir(dir.path().join("locales")).unwrap() {
        let _ = std::fs::remove_file(lang.unwrap().path().join("reviews.toml"));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs the binary and insists on success; returns stdout.
fn run_ok(args: &[&str], stdin: &[u8], dir: &Path) -> String {
    let (code, out, err) = eigentaal(args, stdin, dir);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "eigentaal {args:?} failed:\n{err}\n{out}");
    out
}

fn path_str(dir: &tempfile::TempDir) -> &str {
    dir.path().to_str().unwrap()
}

/// `review status --format json` as (key → message object).
fn status(dir: &tempfile::TempDir, lang: &str, template: &str) -> Vec<Value> {
    let out = run_ok(
        &[
            "review",
            "status",
            "--lang",
            lang,
            "--template",
            template,
            "--format",
            "json",
            path_str(dir),
        ],
        b"",
        dir.path(),
    );
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["lang"], lang);
    json["messages"].as_array().unwrap().clone()
}

fn status_of(dir: &tempfile::TempDir, lang: &str, template: &str, key: &str) -> Value {
    status(dir, lang, template)
        .into_iter()
        .find(|m| m["key"] == key)
        .unwrap_or_else(|| panic!("no message {key} in review status"))
}

fn approve(dir: &tempfile::TempDir, lang: &str, keys: &[&str]) {
    let mut args = vec![
        "review",
        "approve",
        "--lang",
        lang,
        "--reviewer",
        "A. Haddad",
        "--date",
        "2026-05-04",
    ];
    for key in keys {
        args.extend(["--key", key]);
    }
    args.push(path_str(dir));
    run_ok(&args, b"", dir.path());
}

/// Appends `extra` to the first line of message `key` in `file` (a change
/// of its text), and returns that line number.
fn edit_message(file: &Path, key: &str, extra: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    let mut found = None;
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let is_it = line
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='));
            if is_it && found.is_none() {
                found = Some(i + 1);
                assert!(
                    line.trim_end().len() > key.len() + 2,
                    "{key} in {} has no text on its first line",
                    file.display()
                );
                format!("{line}{extra}")
            } else {
                line.to_string()
            }
        })
        .collect();
    std::fs::write(file, lines.join("\n") + "\n").unwrap();
    found.unwrap_or_else(|| panic!("{key} not found in {}", file.display()))
}

fn check_json(dir: &tempfile::TempDir, strict: bool) -> (i32, Value) {
    let mut args = vec!["check", path_str(dir), "--format", "json"];
    if strict {
        args.push("--strict");
    }
    let (code, out, err) = eigentaal(&args, b"", dir.path());
    (
        code,
        serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{e}: {err}")),
    )
}

fn report_row(report: &Value, lang: &str, template: &str) -> Value {
    report
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == lang && r["template"] == template)
        .cloned()
        .unwrap_or_else(|| panic!("no report row {lang}/{template}"))
}

fn report(dir: &tempfile::TempDir) -> Value {
    let out = run_ok(
        &["check", path_str(dir), "--report", "json"],
        b"",
        dir.path(),
    );
    serde_json::from_str(&out).unwrap()
}

#[test]
fn approved_then_dutch_changed_is_stale_everywhere() {
    let dir = project();
    let key = "afspraken-subject";
    assert_eq!(
        status_of(&dir, "ar", "afspraken", key)["status"],
        "machine-draft"
    );

    approve(&dir, "ar", &[key]);
    let m = status_of(&dir, "ar", "afspraken", key);
    assert_eq!(
        (&m["status"], &m["reviewer"], &m["date"]),
        (
            &"reviewed".into(),
            &"A. Haddad".into(),
            &"2026-05-04".into()
        ),
        "{m}"
    );
    let records = std::fs::read_to_string(dir.path().join("locales/ar/reviews.toml")).unwrap();
    assert!(records.contains(&format!("[messages.{key}]")), "{records}");
    let row = report_row(&report(&dir), "ar", "afspraken");
    assert_eq!(
        (row["reviewed"].as_u64(), row["stale"].as_u64()),
        (Some(1), Some(0))
    );
    let (_, check) = check_json(&dir, true);
    assert!(
        !check["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "stale-review"),
        "{check}"
    );

    // A content writer changes the Dutch text.
    let dutch_before =
        std::fs::read_to_string(dir.path().join("locales/nl/afspraken.ftl")).unwrap();
    edit_message(
        &dir.path().join("locales/nl/afspraken.ftl"),
        key,
        " (nieuw)",
    );
    let m = status_of(&dir, "ar", "afspraken", key);
    assert_eq!(m["status"], "stale", "{m}");
    assert_eq!(
        (&m["source_changed"], &m["translation_changed"]),
        (&true.into(), &false.into())
    );

    // The interactive review shows the Dutch as it was when reviewed.
    let out = run_ok(
        &[
            "review",
            "--lang",
            "ar",
            "--reviewer",
            "B. Tesfay",
            "--template",
            "afspraken",
            path_str(&dir),
        ],
        b"q\n",
        dir.path(),
    );
    let first = out.lines().find(|l| l.starts_with("── 1 of")).unwrap();
    assert!(first.contains(key) && first.contains("stale"), "{out}");
    let old_line = dutch_before
        .lines()
        .find(|l| l.starts_with(key))
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .trim()
        .to_string();
    let when = out
        .split("Dutch when reviewed on 2026-05-04:")
        .nth(1)
        .expect(&out);
    assert!(when.lines().nth(1).unwrap().contains(&old_line), "{out}");

    // check: a warning at the Arabic translation's line; strict fails.
    let ar_line = std::fs::read_to_string(dir.path().join("locales/ar/afspraken.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with(key))
        .unwrap()
        + 1;
    let (code, check) = check_json(&dir, false);
    let findings = check["findings"].as_array().unwrap();
    let stale: Vec<&Value> = findings
        .iter()
        .filter(|f| f["code"] == "stale-review")
        .collect();
    assert_eq!(stale.len(), 1, "{check}");
    assert_eq!(stale[0]["level"], "warning");
    assert_eq!(stale[0]["file"], "locales/ar/afspraken.ftl");
    assert_eq!(stale[0]["line"].as_u64(), Some(ar_line as u64));
    assert!(
        stale[0]["message"]
            .as_str()
            .unwrap()
            .contains("the Dutch text changed"),
        "{check}"
    );
    assert_eq!(code, 0, "stale-review is a warning: {check}");
    assert_eq!(
        check_json(&dir, true).0,
        1,
        "--strict fails on stale-review"
    );
    let text = run_ok(&["check", path_str(&dir)], b"", dir.path());
    assert!(
        text.contains(&format!(
            "locales/ar/afspraken.ftl:{ar_line}:1: warning[stale-review]"
        )),
        "{text}"
    );

    // The report counts it per message.
    let row = report_row(&report(&dir), "ar", "afspraken");
    assert_eq!(
        (row["reviewed"].as_u64(), row["stale"].as_u64()),
        (Some(0), Some(1)),
        "{row}"
    );
    assert_eq!(row["stale_messages"], serde_json::json!([key]));

    // The API: /v1/translations and the letter's own header.
    let server = Server::start(&["--project", path_str(&dir)], &[]);
    let api = get(&server.url("/v1/translations"), &[]).json();
    let row = report_row(&api, "ar", "afspraken");
    assert_eq!(
        (row["reviewed"].as_u64(), row["stale"].as_u64()),
        (Some(0), Some(1)),
        "{row}"
    );
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=ar&with=nl"),
        &[("content-type", "application/json")],
        &serde_json::to_vec(&example("afspraken")).unwrap(),
    );
    assert_eq!(r.status, 200);
    let review = r.header("x-eigentaal-review");
    assert!(review.starts_with("lang=ar, messages="), "{review}");
    assert!(
        review.contains("stale=1,") && review.ends_with("required=?0"),
        "{review}"
    );
    assert!(
        r.header("x-eigentaal-unreviewed")
            .split(", ")
            .any(|m| m == format!("{key};status=stale")),
        "{}",
        r.header("x-eigentaal-unreviewed")
    );

    // Approved again: current once more.
    approve(&dir, "ar", &[key]);
    assert_eq!(
        status_of(&dir, "ar", "afspraken", key)["status"],
        "reviewed"
    );
}

#[test]
fn a_changed_translation_makes_the_review_stale() {
    let dir = project();
    let key = "uitnodiging-subject";
    approve(&dir, "uk", &[key]);
    assert_eq!(
        status_of(&dir, "uk", "uitnodiging", key)["status"],
        "reviewed"
    );
    // Only the layout changes: still reviewed.
    let file = dir.path().join("locales/uk/uitnodiging.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("# a comment a translator added\n{text}\n\n")).unwrap();
    assert_eq!(
        status_of(&dir, "uk", "uitnodiging", key)["status"],
        "reviewed"
    );
    // The words change: stale, and it says which side changed.
    edit_message(&file, key, " (змінено)");
    let m = status_of(&dir, "uk", "uitnodiging", key);
    assert_eq!(m["status"], "stale", "{m}");
    assert_eq!(
        (&m["source_changed"], &m["translation_changed"]),
        (&false.into(), &true.into())
    );
    let (_, check) = check_json(&dir, false);
    let f = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "stale-review")
        .cloned()
        .unwrap_or_else(|| panic!("{check}"));
    assert_eq!(f["file"], "locales/uk/uitnodiging.ftl");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("the translation changed"),
        "{f}"
    );
}

#[test]
fn approve_checks_every_key_before_writing() {
    let dir = project();
    let (code, _, err) = eigentaal(
        &[
            "review",
            "approve",
            "--lang",
            "ar",
            "--reviewer",
            "R",
            "--key",
            "afspraken-subject",
            "--key",
            "no-such-message",
            path_str(&dir),
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("no-such-message") && err.contains("no such message in Dutch"),
        "{err}"
    );
    assert!(!dir.path().join("locales/ar/reviews.toml").exists());
    let (code, _, err) = eigentaal(
        &[
            "review",
            "approve",
            "--lang",
            "nl",
            "--reviewer",
            "R",
            "--key",
            "afspraken-subject",
            path_str(&dir),
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("Dutch is the reference"), "{err}");
    // A broken record file is an error with its line, in check and at load.
    std::fs::write(
        dir.path().join("locales/ar/reviews.toml"),
        "[messages.afspraken-subject]\nreviewer = \"R\"\ndate = \"2026-13-01\"\n",
    )
    .unwrap();
    let (code, check) = check_json(&dir, false);
    assert_eq!(code, 1);
    let f = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "review-record")
        .cloned()
        .unwrap_or_else(|| panic!("{check}"));
    assert_eq!(
        (&f["file"], &f["level"]),
        (&"locales/ar/reviews.toml".into(), &"error".into())
    );
    assert!(f["line"].as_u64().is_some(), "{f}");
    let (code, _, err) = eigentaal(
        &[
            "--project",
            path_str(&dir),
            "render",
            "afspraken",
            "--lang",
            "ar",
            "--example",
            "-o",
            "-",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("reviews.toml:"), "{err}");
}

#[test]
fn interactive_review_records_what_was_approved() {
    let dir = project();
    // approve, a typo, skip, approve, quit.
    let out = run_ok(
        &[
            "review",
            "--lang",
            "ti",
            "--reviewer",
            "S. Gebremedhin",
            "--template",
            "uitnodiging",
            path_str(&dir),
        ],
        b"a\nx\ns\napprove\nq\n",
        dir.path(),
    );
    let shown: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("── "))
        .map(|l| l.split(" · ").nth(1).unwrap())
        .collect();
    // The fourth message is on screen when the reviewer quits.
    assert_eq!(shown.len(), 4, "{out}");
    assert!(
        out.contains("`x`? Answer a (approve), s (skip) or q (quit)."),
        "{out}"
    );
    assert!(out.contains("2 approved, 1 skipped"), "{out}");
    assert!(
        out.contains("Dutch (locales/nl/") && out.contains("Tigrinya ("),
        "{out}"
    );

    let text = std::fs::read_to_string(dir.path().join("locales/ti/reviews.toml")).unwrap();
    let records = eigentaal::l10n::review::parse_reviews(&text)
        .unwrap()
        .records;
    let keys: Vec<&str> = records.keys().map(String::as_str).collect();
    let mut expected = vec![shown[0], shown[2]];
    expected.sort_unstable();
    assert_eq!(keys, expected, "{text}");
    for record in records.values() {
        assert_eq!(record.reviewer, "S. Gebremedhin");
        assert_eq!(record.date.len(), 10);
    }
    let statuses = status(&dir, "ti", "uitnodiging");
    let reviewed: BTreeSet<&str> = statuses
        .iter()
        .filter(|m| m["status"] == "reviewed")
        .map(|m| m["key"].as_str().unwrap())
        .collect();
    assert_eq!(reviewed, expected.into_iter().collect());

    // The next session starts where this one stopped: the approved ones are done.
    let out = run_ok(
        &[
            "review",
            "--lang",
            "ti",
            "--reviewer",
            "S. Gebremedhin",
            "--template",
            "uitnodiging",
            path_str(&dir),
        ],
        b"",
        dir.path(),
    );
    let next: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("── "))
        .map(|l| l.split(" · ").nth(1).unwrap())
        .collect();
    assert_eq!(
        next,
        [shown[1]],
        "the skipped message comes first now: {out}"
    );
}

/// The messages a 409 names, from its problem+json.
fn refused_keys(problem: &Value) -> Vec<String> {
    problem["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_decision_is_refused_until_its_messages_are_reviewed() {
    let dir = project();
    let case = serde_json::to_vec(&example("beschikking")).unwrap();
    let json = [("content-type", "application/json")];
    let keys = {
        let server = Server::start(&["--project", path_str(&dir)], &[]);
        let url = server.url("/v1/templates/beschikking/render?lang=ar&with=nl");
        let p = assert_problem(&post(&url, &json, &case), 409, "unreviewed-translation");
        assert_eq!(p["lang"], "ar");
        let keys = refused_keys(&p);
        assert!(keys.contains(&"beschikking-subject".to_string()), "{p}");
        assert!(
            p["messages"]
                .as_array()
                .unwrap()
                .iter()
                .all(|m| m["status"] == "machine-draft"),
            "{p}"
        );
        assert!(
            p["detail"]
                .as_str()
                .unwrap()
                .contains("requires reviewed translations"),
            "{p}"
        );
        // Explicitly accepted: the letter is made, and says what is unreviewed.
        let r = post(&format!("{url}&acceptUnreviewed=true"), &json, &case);
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(
            r.header("x-eigentaal-review"),
            format!(
                "lang=ar, messages={n}, reviewed=0, stale=0, machine-draft={n}, missing=0, staff-translated=0, required=?1",
                n = keys.len()
            )
        );
        // Dutch is always fine; other templates do not require review.
        let dutch = server.url("/v1/templates/beschikking/render?lang=nl");
        let r = post(&dutch, &json, &case);
        assert_eq!(r.status, 200);
        assert!(
            r.header("x-eigentaal-review")
                .starts_with("lang=nl, messages=")
        );
        assert!(r.header("x-eigentaal-unreviewed").is_empty());
        let other = server.url("/v1/templates/afspraken/render?lang=ar");
        let r = post(
            &other,
            &json,
            &serde_json::to_vec(&example("afspraken")).unwrap(),
        );
        assert_eq!(r.status, 200);
        keys
    };
    // Batch: the case goes to errors.ndjson, the batch goes on.
    let mut ndjson = String::new();
    for (id, lang) in [("A", "ar"), ("B", "nl")] {
        let mut case = example("beschikking");
        case["id"] = id.into();
        case["lang"] = lang.into();
        ndjson.push_str(&format!("{case}\n"));
    }
    let input = dir.path().join("cases.ndjson");
    std::fs::write(&input, &ndjson).unwrap();
    let out_dir = dir.path().join("out");
    let (code, _, err) = eigentaal(
        &[
            "--project",
            path_str(&dir),
            "batch",
            "beschikking",
            "--input",
            input.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
            "--jobs",
            "1",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1, "{err}");
    let errors = std::fs::read_to_string(out_dir.join("errors.ndjson")).unwrap();
    let failure: Value = serde_json::from_str(errors.lines().next().unwrap()).unwrap();
    assert_eq!(
        (&failure["id"], &failure["kind"]),
        (&"A".into(), &"unreviewed-translation".into()),
        "{errors}"
    );
    assert!(out_dir.join("beschikking-B-nl.pdf").exists());
    // The CLI refuses the same way, and accepts when told to.
    let (code, _, err) = eigentaal(
        &[
            "--project",
            path_str(&dir),
            "render",
            "beschikking",
            "--lang",
            "ar",
            "--example",
            "-o",
            "-",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("requires reviewed translations")
            && err.contains("beschikking-subject (machine-draft)"),
        "{err}"
    );
    let (code, out, err) = eigentaal(
        &[
            "--project",
            path_str(&dir),
            "render",
            "beschikking",
            "--lang",
            "ar",
            "--example",
            "--accept-unreviewed",
            "-o",
            "-",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(b"%PDF-"));

    // A translator reviews exactly the messages the refusal named.
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    approve(&dir, "ar", &key_refs);
    let server = Server::start(&["--project", path_str(&dir)], &[]);
    let url = server.url("/v1/templates/beschikking/render?lang=ar&with=nl");
    let r = post(&url, &json, &case);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        r.header("x-eigentaal-review"),
        format!(
            "lang=ar, messages={n}, reviewed={n}, stale=0, machine-draft=0, missing=0, staff-translated=0, required=?1",
            n = keys.len()
        )
    );
    assert!(r.header("x-eigentaal-unreviewed").is_empty());
    assert!(pdf_text(&r.body).contains("Voorbeeldstad"));

    // The Dutch subject changes: refused again, naming just that message.
    edit_message(
        &dir.path().join("locales/nl/beschikking.ftl"),
        "beschikking-subject",
        " (gewijzigd)",
    );
    let server = Server::start(&["--project", path_str(&dir)], &[]);
    let p = assert_problem(
        &post(
            &server.url("/v1/templates/beschikking/render?lang=ar&with=nl"),
            &json,
            &case,
        ),
        409,
        "unreviewed-translation",
    );
    assert_eq!(
        p["messages"],
        serde_json::json!([{"key": "beschikking-subject", "status": "stale"}])
    );
}

#[test]
fn the_service_option_requires_review_for_every_template() {
    let dir = project();
    let server = Server::start(&["--project", path_str(&dir), "--require-review"], &[]);
    let json = [("content-type", "application/json")];
    let case = serde_json::to_vec(&example("afspraken")).unwrap();
    let url = server.url("/v1/templates/afspraken/render?lang=uk");
    let p = assert_problem(&post(&url, &json, &case), 409, "unreviewed-translation");
    assert!(!refused_keys(&p).is_empty());
    let r = post(&format!("{url}&acceptUnreviewed=true"), &json, &case);
    assert_eq!(r.status, 200);
    assert!(
        r.header("x-eigentaal-review").ends_with("required=?1"),
        "{}",
        r.header("x-eigentaal-review")
    );
    let r = post(
        &server.url("/v1/templates/afspraken/render?lang=nl"),
        &json,
        &case,
    );
    assert_eq!(r.status, 200);
}

/// The messages a letter used, per language.
fn used(
    engine: &Engine,
    template: &str,
    lang: &str,
    with: Option<&str>,
    data: &Value,
) -> Vec<(String, String, MessageStatus)> {
    let letter = engine
        .render(&RenderRequest {
            template,
            lang,
            with,
            data,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    letter
        .messages
        .iter()
        .map(|m| (m.lang.to_string(), m.key.to_string(), m.status))
        .collect()
}

#[test]
fn every_render_knows_its_messages_also_from_typsts_cache() {
    // A warm engine renders letter after letter; typst answers much of the
    // layout from its cache. The messages must still all be recorded.
    let warm = engine();
    for template in warm
        .templates()
        .iter()
        .map(|t| t.name.clone())
        .collect::<Vec<_>>()
    {
        let mut data = example(&template);
        let first = used(warm, &template, "ar", Some("nl"), &data);
        let again = used(warm, &template, "ar", Some("nl"), &data);
        data["reference"] = Value::String("REF-2026-99999".into());
        let other = used(warm, &template, "ar", Some("nl"), &data);
        assert_eq!(first, again, "{template}: the same letter twice");
        assert_eq!(first, other, "{template}: another reference");
        let subject = format!("{template}-subject");
        for lang in ["ar", "nl"] {
            assert!(
                first.iter().any(|(l, k, _)| l == lang && *k == subject),
                "{template}: {first:?}"
            );
        }
        assert!(
            first.iter().filter(|(l, _, _)| l == "ar").count() > 10,
            "{template}: {first:?}"
        );
        assert!(
            first
                .iter()
                .all(|(l, _, s)| (l == "nl") == (*s == MessageStatus::Reference)),
            "{first:?}"
        );
        // A Dutch-only letter uses no Arabic messages.
        let nl = used(warm, &template, "nl", None, &data);
        assert!(nl.iter().all(|(l, _, _)| l == "nl"));
    }
    // A fresh engine (its own functions, so nothing cached for it) agrees.
    let fresh = Engine::new(Assets::embedded()).unwrap();
    let data = example("afspraken");
    assert_eq!(
        used(&fresh, "afspraken", "ar", Some("nl"), &data),
        used(warm, "afspraken", "ar", Some("nl"), &data)
    );
}
