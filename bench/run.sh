#!/usr/bin/env bash
# The eigentaal benchmark (issue 8): builds eigentaal, installs the engines a
# municipality would otherwise use, renders the same letter with all of them
# and writes bench/results-latest.txt. See docs/performance.md.
#
#   bash bench/run.sh              # everything (about 15 minutes on 2 cores)
#   BENCH_QUICK=1 bash bench/run.sh  # smoke run with tiny counts
#   BENCH_NO_INSTALL=1 ...         # do not install anything, measure what is there
#
# Needs: Debian (apt-get) for chromium, libreoffice-writer-nogui, wrk,
# poppler-utils and pango (WeasyPrint); PyPI for weasyprint, psutil, odfpy;
# npm for playwright-core. The typst CLI is optional: set TYPST_CLI, or have
# `typst` 0.15.1 on PATH, or build it once with
#   cargo install typst-cli --version 0.15.1 --locked --root /var/tmp/typst-cli
# (run.sh looks in /var/tmp/typst-cli/bin too).
#
# Let nothing else run on the machine meanwhile (a cargo build on the other
# core halves the numbers); the report warns if it sees rustc or cargo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/eigentaal-target}"
export BENCH_WORK="${BENCH_WORK:-/var/tmp/eigentaal-bench}"
mkdir -p "$BENCH_WORK"

say() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- install
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v wrk >/dev/null || need_apt+=(wrk)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v curl >/dev/null || need_apt+=(curl)
ldconfig -p | grep -q libpango-1.0 || need_apt+=(libpango-1.0-0 libpangoft2-1.0-0)
if ((${#need_apt[@]})); then
  if [[ -n "${BENCH_NO_INSTALL:-}" ]]; then
    say "missing (not installing): ${need_apt[*]} — apt-get install -y ${need_apt[*]}"
  else
    say "apt-get install ${need_apt[*]}"
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"; then
        break
      fi
      echo "apt busy or failed (attempt $attempt); retrying in 30 s" >&2
      sleep 30
    done
  fi
fi
if ! python3 -c 'import weasyprint, psutil, odf' 2>/dev/null; then
  if [[ -n "${BENCH_NO_INSTALL:-}" ]]; then
    say "missing Python packages: pip install weasyprint psutil odfpy"
  else
    say "pip install weasyprint psutil odfpy"
    python3 -m pip install -q weasyprint psutil odfpy
  fi
fi
if [[ ! -d "$BENCH_WORK/node/node_modules/playwright-core" && -z "${BENCH_NO_INSTALL:-}" ]]; then
  say "npm install playwright-core (uses Debian's chromium; downloads no browser)"
  mkdir -p "$BENCH_WORK/node"
  cp "$here/alternatives/package.json" "$BENCH_WORK/node/"
  (cd "$BENCH_WORK/node" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
if [[ -z "${TYPST_CLI:-}" ]]; then
  if command -v typst >/dev/null; then TYPST_CLI="$(command -v typst)";
  elif [[ -x /var/tmp/typst-cli/bin/typst ]]; then TYPST_CLI=/var/tmp/typst-cli/bin/typst; fi
fi
if [[ -n "${TYPST_CLI:-}" ]] && ! "$TYPST_CLI" --version | grep -q '0\.15\.1'; then
  say "$TYPST_CLI is not typst 0.15.1; not measuring the typst CLI"
  TYPST_CLI=""
fi
export TYPST_CLI="${TYPST_CLI:-}"

# ------------------------------------------------------------------ build
say "cargo build --release --examples --bins (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
(cd "$repo" && cargo build --release --examples --bins)
export EIGENTAAL_BIN="$CARGO_TARGET_DIR/release/eigentaal"
export BENCH_WARM_BIN="$CARGO_TARGET_DIR/release/examples/bench_warm"
export SOAK_BIN="$CARGO_TARGET_DIR/release/examples/soak"

# ---------------------------------------------------- fonts and sources
# The alternatives see exactly the fonts eigentaal embeds, and nothing else.
mkdir -p "$BENCH_WORK/fc-cache"
cat > "$BENCH_WORK/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$repo/fonts</dir>
  <cachedir>$BENCH_WORK/fc-cache</cachedir>
</fontconfig>
EOF
export FONTCONFIG_FILE="$BENCH_WORK/fonts.conf"
fc-cache -f >/dev/null 2>&1 || true
python3 "$here/alternatives/make_sources.py" "$BENCH_WORK/src" >&2

# -------------------------------------------------------------------- run
say "measuring (results in bench/results-latest.txt)"
python3 "$here/bench.py"
