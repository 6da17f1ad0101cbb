//! The staff web page in a real headless Chromium: runs the Playwright
//! tests in `tests/web/` (node's test runner) against this build's binary,
//! serving the page embedded in it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// `tests/web` with playwright-core installed (once: the staff page and the
/// sign-in tests run at the same time and must not both run `npm ci`).
pub(crate) fn web_tests() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web");
    assert!(
        Path::new("/usr/bin/chromium").exists() || std::env::var_os("CHROMIUM").is_some(),
        "the web page tests need Chromium: apt-get install chromium (or set CHROMIUM)"
    );
    let _installing = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    if !dir.join("node_modules/playwright-core").is_dir() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .expect("npm not found: install Node.js and npm");
        assert!(status.success(), "npm ci failed in tests/web");
    }
    dir
}

#[test]
fn staff_page_in_headless_chromium() {
    let dir = web_tests();
    let out = Command::new("npm")
        .args(["test", "--silent"])
        .current_dir(&dir)
        .env("EIGENTAAL_BIN", env!("CARGO_BIN_EXE_eigentaal"))
        .env_remove("EIGENTAAL_WEB_DIR")
        .env_remove("SCREENSHOTS")
        .output()
        .expect("npm not found: install Node.js and npm");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "web page tests failed:\n{report}");
    assert!(report.contains("# fail 0"), "{report}");
    assert!(!report.contains("# pass 0"), "no web test ran:\n{report}");
}
