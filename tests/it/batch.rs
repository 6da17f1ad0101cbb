//! `eigentaal batch`: many letters, bad cases, CSV, resume, shards, merge.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::util::*;

/// NDJSON with `n` good cases c1..cn, alternating nl and ar.
fn cases(n: usize) -> String {
    (1..=n)
        .map(|i| {
            let mut case = example("afspraken");
            case["id"] = json!(format!("c{i}"));
            case["lang"] = json!(if i % 2 == 0 { "ar" } else { "nl" });
            serde_json::to_string(&case).unwrap()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `eigentaal batch afspraken --input <input> --out <out> <more>` in `dir`.
fn batch_args<'a>(input: &'a str, out: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["batch", "afspraken", "--input", input, "--out", out];
    args.extend_from_slice(more);
    args
}

fn run_batch(dir: &Path, input: &str, out: &str, more: &[&str]) -> (i32, Vec<u8>, String) {
    eigentaal(&batch_args(input, out, more), b"", dir)
}

fn pdfs(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect()
}

fn complete_pdf(path: &Path) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.starts_with(b"%PDF-")
        && String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(32)..]).contains("%%EOF")
}

#[test]
fn good_and_bad_cases() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = cases(3);
    let mut bad = example("afspraken");
    bad["id"] = json!("bad-1");
    bad["agreements"][0]["due"] = json!("morgen");
    input.push_str(&format!(
        "\n{}\n\n{{broken\n",
        serde_json::to_string(&bad).unwrap()
    ));
    std::fs::write(dir.path().join("cases.ndjson"), input).unwrap();
    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "out", &["--with", "nl"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("3 rendered, 2 failed"), "{err}");
    assert!(err.contains("errors.ndjson"), "{err}");
    let out = dir.path().join("out");
    assert_eq!(
        pdfs(&out),
        BTreeSet::from([
            "afspraken-c1-nl.pdf".into(),
            "afspraken-c2-ar-nl.pdf".into(),
            "afspraken-c3-nl.pdf".into()
        ])
    );
    assert!(
        pdf_text(&std::fs::read(out.join("afspraken-c2-ar-nl.pdf")).unwrap()).contains("اتفاقاتك")
    );
    let errors: Vec<Value> = std::fs::read_to_string(out.join("errors.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 2);
    let by_line = |n: u64| errors.iter().find(|e| e["line"] == n).unwrap();
    assert_eq!(by_line(4)["id"], "bad-1");
    assert_eq!(by_line(4)["errors"][0]["pointer"], "/agreements/0/due");
    assert_eq!(by_line(6)["kind"], "invalid-json");
}

#[test]
fn csv_input() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "id,lang,reference,letter_date,recipient/name,recipient/address/0,recipient/address/1,staff/name,staff/role,conversation/date,agreements/0/action,agreements/0/who,agreements/0/note\n\
r1,ar,AFS-1,2026-11-23,Amina Haddad,Lindelaan 12,1234 CD Voorbeeldstad,Sanne de Vries,werkconsulent,2026-11-20,open-bank-account,resident,\"Met hulp, samen\"\n\
r2,nl,AFS-2,2026-11-23,Yonas Tesfay,Beukenstraat 7,1234 EF Voorbeeldstad,Sanne de Vries,werkconsulent,2026-11-20,fly,resident,\n";
    std::fs::write(dir.path().join("cases.csv"), csv).unwrap();
    let (code, _, err) = run_batch(dir.path(), "cases.csv", "out", &[]);
    assert_eq!(code, 1, "{err}");
    let out = dir.path().join("out");
    assert_eq!(pdfs(&out), BTreeSet::from(["afspraken-r1-ar.pdf".into()]));
    assert!(
        pdf_text(&std::fs::read(out.join("afspraken-r1-ar.pdf")).unwrap())
            .contains("Met hulp, samen")
    );
    let errors = std::fs::read_to_string(out.join("errors.ndjson")).unwrap();
    let error: Value = serde_json::from_str(errors.lines().next().unwrap()).unwrap();
    assert_eq!(
        (error["line"].clone(), error["id"].clone()),
        (json!(3), json!("r2"))
    );
    assert_eq!(error["errors"][0]["pointer"], "/agreements/0/action");
}

#[test]
fn resume_after_an_interrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(400)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args(batch_args("cases.ndjson", "out", &["--jobs", "2"]))
        .current_dir(dir.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = dir.path().join("out");
    // Kill it hard once some letters exist, as a node failure would.
    for _ in 0..200 {
        if out.is_dir() && pdfs(&out).len() >= 20 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before = pdfs(&out).len();
    assert!(
        before < 400,
        "the run finished before it could be interrupted"
    );
    for name in pdfs(&out) {
        assert!(complete_pdf(&out.join(&name)), "{name} is incomplete");
    }

    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "out", &["--resume"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "{} rendered, 0 failed, {before} already done",
            400 - before
        )),
        "{err}"
    );
    let names = pdfs(&out);
    assert_eq!(names.len(), 400);
    for name in &names {
        assert!(complete_pdf(&out.join(name)), "{name} is incomplete");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn resume_renders_again_letters_cut_short() {
    // What a power cut can leave: letters renamed into place before their
    // bytes reached the disk (an empty file, half a PDF).
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(4)).unwrap();
    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "out", &[]);
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out");
    let half = std::fs::read(out.join("afspraken-c2-ar.pdf")).unwrap();
    std::fs::write(out.join("afspraken-c2-ar.pdf"), &half[..half.len() / 2]).unwrap();
    std::fs::write(out.join("afspraken-c3-nl.pdf"), b"").unwrap();

    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "out", &["--resume"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("2 rendered, 0 failed, 2 already done"),
        "{err}"
    );
    for name in pdfs(&out) {
        assert!(complete_pdf(&out.join(&name)), "{name} is incomplete");
    }
}

#[test]
fn shards_cover_every_case_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(10)).unwrap();
    let mut all = Vec::new();
    for k in 1..=3 {
        let out = format!("out{k}");
        let (code, _, err) = run_batch(
            dir.path(),
            "cases.ndjson",
            &out,
            &["--shard", &format!("{k}/3")],
        );
        assert_eq!(code, 0, "{err}");
        all.extend(pdfs(&dir.path().join(out)));
    }
    let unique: BTreeSet<_> = all.iter().cloned().collect();
    assert_eq!((all.len(), unique.len()), (10, 10), "{all:?}");
    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "x", &["--shard", "4/3"]);
    assert_eq!(code, 2, "{err}");
}

/// What one pod of a Kubernetes Indexed Job runs: the same arguments in
/// every pod, the shard taken from the environment only (the Job sets
/// `JOB_COMPLETION_INDEX`; the manifest sets `EIGENTAAL_SHARD=auto/n`).
fn job_pod(dir: &Path, index: usize, shards: usize) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args(batch_args(
            "cases.ndjson",
            "out",
            &["--resume", "--jobs", "1"],
        ))
        .env("JOB_COMPLETION_INDEX", index.to_string())
        .env("EIGENTAAL_SHARD", format!("auto/{shards}"))
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// `batch: 4 rendered, 0 failed, …` → (rendered, failed).
fn summary_counts(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix("batch: "))
        .filter(|l| l.contains(" rendered, "))
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    let number = |word: &str| {
        let before = &line[..line.find(word).unwrap()];
        before
            .trim_end()
            .rsplit([' ', ','])
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    (number(" rendered"), number(" failed"))
}

#[test]
fn indexed_job_shards_render_every_case_exactly_once() {
    // 12 lines, line 5 broken: 11 letters from 3 pods running at once
    // into one shared folder, as on a ReadWriteMany volume.
    let dir = tempfile::tempdir().unwrap();
    let mut lines: Vec<String> = cases(12).lines().map(str::to_string).collect();
    lines[4] = "{not json".into();
    std::fs::write(dir.path().join("cases.ndjson"), lines.join("\n")).unwrap();
    let pods: Vec<_> = (0..3).map(|i| job_pod(dir.path(), i, 3)).collect();
    let mut rendered = 0;
    for (i, pod) in pods.into_iter().enumerate() {
        let out = pod.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        // Line 5 is in shard 2 (lines 2, 5, 8, 11): only that pod fails.
        assert_eq!(out.status.code(), Some(if i == 1 { 1 } else { 0 }), "{err}");
        assert!(err.contains("8 left to other shards"), "{err}");
        let (done, failed) = summary_counts(&err);
        assert_eq!(
            (done, failed),
            if i == 1 { (3, 1) } else { (4, 0) },
            "{err}"
        );
        rendered += done;
    }
    // Every case rendered once: 11 renders in all, 11 distinct letters.
    let out = dir.path().join("out");
    let expected: BTreeSet<String> = (1..=12)
        .filter(|i| *i != 5)
        .map(|i| {
            format!(
                "afspraken-c{i}-{}.pdf",
                if i % 2 == 0 { "ar" } else { "nl" }
            )
        })
        .collect();
    assert_eq!(rendered, 11);
    assert_eq!(pdfs(&out), expected);
    for name in &expected {
        assert!(complete_pdf(&out.join(name)), "{name} is incomplete");
    }
    // Each shard reports its own failures; none overwrote another's file.
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".pdf"))
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "errors-1-of-3.ndjson",
            "errors-2-of-3.ndjson",
            "errors-3-of-3.ndjson"
        ]
    );
    let errors = std::fs::read_to_string(out.join("errors-2-of-3.ndjson")).unwrap();
    let error: Value = serde_json::from_str(errors.trim()).unwrap();
    assert_eq!(
        (error["line"].clone(), error["kind"].clone()),
        (json!(5), json!("invalid-json"))
    );

    // A restarted pod (same arguments, same index) finds its letters done.
    let out = job_pod(dir.path(), 0, 3).wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("0 rendered, 0 failed, 4 already done, 8 left to other shards"),
        "{err}"
    );
    // Outside a Job, auto has no index to take and says so.
    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "x", &["--shard", "auto/3"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("JOB_COMPLETION_INDEX"), "{err}");
}

#[test]
fn merge_makes_one_print_pdf_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(4)).unwrap();
    let (code, _, err) = run_batch(
        dir.path(),
        "cases.ndjson",
        "out",
        &["--merge", "print.pdf", "--jobs", "2"],
    );
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out");
    let pages: usize = pdfs(&out)
        .iter()
        .map(|n| {
            pdf_info(&std::fs::read(out.join(n)).unwrap())["Pages"]
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    let merged = std::fs::read(dir.path().join("print.pdf")).unwrap();
    assert_eq!(pdf_info(&merged)["Pages"].parse::<usize>().unwrap(), pages);
    // c1 (nl) comes before c2 (ar).
    let text = pdf_text(&merged);
    assert!(text.find("Uw afspraken met de gemeente").unwrap() < text.find("اتفاقاتك").unwrap());
}

/// The rows of `errors.ndjson` in `out` (or `errors_file`).
fn error_rows(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("errors.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every case is a complete letter or a row of `kind`, never both, and no
/// temporary file is left.
fn assert_accounted_for(out: &Path, n: usize, kind: &str) -> (usize, usize) {
    let letters = pdfs(out);
    for name in &letters {
        assert!(complete_pdf(&out.join(name)), "{name} is not complete");
    }
    let rows = error_rows(out);
    assert!(rows.iter().all(|r| r["kind"] == kind), "{rows:?}");
    let mut ids: BTreeSet<String> = letters
        .iter()
        .map(|n| n.split('-').nth(1).unwrap().to_string())
        .collect();
    for row in &rows {
        assert!(
            ids.insert(row["id"].as_str().unwrap().to_string()),
            "{row} is also a letter"
        );
    }
    assert_eq!(ids.len(), n, "every case is a letter or a row");
    let leftovers: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".eigentaal-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    (letters.len(), rows.len())
}

#[test]
fn a_batch_at_its_time_limit_keeps_its_letters_and_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(400)).unwrap();
    let (code, _, err) = run_batch(
        dir.path(),
        "cases.ndjson",
        "out",
        &["--jobs", "1", "--time-limit", "0.5", "--merge", "all.pdf"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("batch: time-limit: "), "{err}");
    assert!(err.contains("time limit (0.5 s"), "{err}");
    assert!(
        err.contains("--resume") && err.contains("no merged PDF"),
        "{err}"
    );
    let out = dir.path().join("out");
    let (letters, rows) = assert_accounted_for(&out, 400, "time-limit");
    assert!(letters >= 1 && rows >= 1, "{letters} letters, {rows} rows");
    assert!(err.contains(&format!("{rows} not rendered")), "{err}");
    assert!(
        error_rows(&out)[0]["detail"]
            .as_str()
            .unwrap()
            .contains("time limit (0.5 s)")
    );
    assert!(!dir.path().join("all.pdf").exists(), "no merge of a part");
    // Resumed, the rest is rendered and the report is empty.
    let (code, _, err) = run_batch(dir.path(), "cases.ndjson", "out", &["--resume"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "completed: {rows} rendered, 0 failed, {letters} already done"
        )),
        "{err}"
    );
    assert_eq!(pdfs(&out).len(), 400);
    assert!(error_rows(&out).is_empty());
}

#[test]
fn sigterm_stops_a_batch_after_the_letters_being_rendered() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cases.ndjson"), cases(200)).unwrap();
    let out = dir.path().join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_eigentaal"))
        .args(batch_args("cases.ndjson", "out", &["--jobs", "1"]))
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !out.exists() || pdfs(&out).is_empty() {
        assert!(started.elapsed().as_secs() < 60, "no letter in 60 s");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("batch: cancelled: "), "{err}");
    assert!(err.contains("the batch was cancelled"), "{err}");
    let (letters, rows) = assert_accounted_for(&out, 200, "cancelled");
    assert!(letters >= 1 && rows >= 1, "{letters} letters, {rows} rows");
}
