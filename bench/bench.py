#!/usr/bin/env python3
"""The eigentaal benchmark (issue 8): one letter, Dutch and Arabic, rendered
by eigentaal (warm in-process, CLI cold, HTTP, batch), by bare typst on a
pre-filled equivalent (the floor), and by WeasyPrint, headless Chromium and
LibreOffice on an HTML/ODT equivalent. Prints letters/s and peak memory for
each, the ratios the issue sets targets for, and writes the report.

Run it through bench/run.sh, which builds, installs and sets the environment:

    EIGENTAAL_BIN  release binary          (target/release/eigentaal)
    BENCH_WARM_BIN examples/bench_warm     SOAK_BIN examples/soak
    TYPST_CLI      typst 0.15.1 CLI, optional
    BENCH_WORK     scratch folder          FONTCONFIG_FILE  project fonts only
    BENCH_QUICK=1  a smoke run with tiny counts (numbers not meaningful)

Nothing here invents a number: a row that could not be measured says so.
"""

import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

import psutil

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.environ.get("BENCH_WORK", "/var/tmp/eigentaal-bench")
EIGENTAAL = os.environ["EIGENTAAL_BIN"]
BENCH_WARM = os.environ["BENCH_WARM_BIN"]
SOAK = os.environ["SOAK_BIN"]
TYPST_CLI = os.environ.get("TYPST_CLI") or shutil.which("typst")
QUICK = os.environ.get("BENCH_QUICK") == "1"
REFERENCE = "AFS-2026-01873"
LANGS = ("nl", "ar")

# Iterations / seconds. Chosen so the whole run stays under ~10 minutes on
# the 2-core machine; the slow engines get fewer letters, but always several.
N = {
    "warm_seconds": 1.0 if QUICK else 6.0,
    "cli_cold": 3 if QUICK else 40,
    "typst_cold": 3 if QUICK else 40,
    "http_seconds": 2 if QUICK else 8,
    "soak": 300 if QUICK else 10000,
    "batch": 100 if QUICK else 1000,
    "batch_pairs": 1 if QUICK else 5,
    "preview_keys": 6 if QUICK else 40,
    "http_load_seconds": 5 if QUICK else 60,
    "weasy_seconds": 2.0 if QUICK else 12.0,
    "weasy_cold": 2 if QUICK else 6,
    "chromium_cold": 2 if QUICK else 10,
    "chromium_warm": 4 if QUICK else 60,
    "lo_cold": 2 if QUICK else 8,
    "lo_batch": 4 if QUICK else 40,
}

ROWS = []  # every measurement, in order
NOTES = []


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- measuring


def tree_rss_kib(proc):
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total // 1024


def tree_pss_kib(proc):
    """Proportional set size of the tree: shared pages split between the
    processes that share them, so a multi-process engine is not counted
    several times for the same library pages."""
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            with open(f"/proc/{p.pid}/smaps_rollup") as f:
                m = re.search(r"^Pss:\s+(\d+)", f.read(), re.M)
                total += int(m.group(1)) if m else 0
        except OSError:
            pass
    return total


TREE_PSS = [0]  # peak PSS of the process tree in the last run_measured call


def key_values(out):
    """bench_warm's one line of `key=value` pairs as a dict."""
    return dict(x.split("=", 1) for x in out.split())


def run_measured(cmd, env=None, cwd=None, stdin=None, timeout=600):
    """Runs cmd; returns (wall seconds, stdout, kernel peak RSS of the
    largest single process in KiB, sampled peak of the whole process tree's
    summed RSS in KiB). The tree's peak PSS is left in TREE_PSS[0]."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, stdin=subprocess.DEVNULL if stdin is None else stdin)
    proc = psutil.Process(p.pid)
    peak = [0]
    done = threading.Event()

    pss = [0]

    def sample():
        k = 0
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kib(proc))
            if k % 5 == 0:
                pss[0] = max(pss[0], tree_pss_kib(proc))
            k += 1
            done.wait(0.01)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out_chunks, err_chunks = [], []
    ro = threading.Thread(target=lambda: out_chunks.append(p.stdout.read()), daemon=True)
    re_ = threading.Thread(target=lambda: err_chunks.append(p.stderr.read()), daemon=True)
    ro.start()
    re_.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    t.join()
    ro.join()
    re_.join()
    TREE_PSS[0] = pss[0]
    out = b"".join(out_chunks).decode("utf-8", "replace")
    err = b"".join(err_chunks).decode("utf-8", "replace")
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}... exited {p.returncode}:\n{err[-2000:]}")
    return wall, out, ru.ru_maxrss, peak[0]


def add(engine, mode, lang, letters, seconds, peak_kib, rss_note, pages=None, text=None, extra=""):
    row = {
        "engine": engine,
        "mode": mode,
        "lang": lang,
        "letters": letters,
        "seconds": round(seconds, 3),
        "letters_per_s": letters / seconds if seconds > 0 else None,
        "peak_rss_mib": peak_kib / 1024 if peak_kib else None,
        "rss_note": rss_note,
        "pages": pages,
        "text_match": text,
        "extra": extra,
    }
    ROWS.append(row)
    lps = f"{row['letters_per_s']:.1f}" if row["letters_per_s"] else "-"
    log(f"  {engine:<28} {mode:<34} {lang}  {lps:>8} letters/s  peak {row['peak_rss_mib'] or 0:.0f} MiB")
    return row


def pss_note(kib):
    return f"tree PSS {kib / 1024:.0f} MiB"


def not_measured(engine, mode, why):
    ROWS.append({"engine": engine, "mode": mode, "lang": "-", "letters": 0, "seconds": 0,
                 "letters_per_s": None, "peak_rss_mib": None, "rss_note": "", "pages": None,
                 "text_match": None, "extra": f"not measured: {why}"})
    log(f"  {engine:<28} {mode:<34} not measured: {why}")


# ---------------------------------------------------- checking the outputs

# Vowel signs, bidi controls and marks that pdftotext adds or splits
# differently per PDF producer; they say nothing about the letter's text.
IGNORED = re.compile("[\u064b-\u065f\u0670\u200b-\u200f\u202a-\u202e\u2066-\u2069\\s]")


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def pdf_chars(path):
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    counts = {}
    for c in IGNORED.sub("", text):
        counts[c] = counts.get(c, 0) + 1
    return counts


REFERENCE_CHARS = {}


def text_match(lang, path):
    """Share of the characters of eigentaal's letter (as a multiset, so
    word order and line breaks do not matter) found in this engine's PDF
    text: shows the alternatives print the same letter."""
    ref = REFERENCE_CHARS.get(lang)
    if not ref or not os.path.exists(path):
        return None
    have = pdf_chars(path)
    hit = sum(min(n, have.get(c, 0)) for c, n in ref.items())
    return hit / sum(ref.values())


def check(lang, path):
    return pdf_pages(path), text_match(lang, path)


# ------------------------------------------------------------- the machine


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    flags = ""
    with open("/proc/cpuinfo") as f:
        m = re.search(r"^flags\s*:(.*)$", f.read(), re.M)
        if m and " hypervisor" in m.group(1):
            flags = " (virtual machine)"
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu + flags,
        "memory": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "kernel": platform.release(),
        "os": (lambda: open("/etc/os-release").read())() if os.path.exists("/etc/os-release") else "",
    }


def version(cmd, pattern=None):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        text = (out.stdout + out.stderr).strip()
    except (OSError, subprocess.TimeoutExpired):
        return "not installed"
    line = next((l for l in text.splitlines() if (pattern is None or re.search(pattern, l))), text)
    return line.strip()


def versions():
    typst_lib = "?"
    with open(os.path.join(REPO, "Cargo.lock")) as f:
        m = re.search(r'name = "typst"\nversion = "([^"]+)"', f.read())
        if m:
            typst_lib = m.group(1)
    pw = "not installed"
    pj = os.path.join(WORK, "node", "node_modules", "playwright-core", "package.json")
    if os.path.exists(pj):
        pw = json.load(open(pj))["version"]
    try:
        import weasyprint
        wp = weasyprint.__version__
    except ImportError:
        wp = "not installed"
    return {
        "eigentaal": version([EIGENTAAL, "--version"]),
        "rustc": version(["rustc", "--version"]),
        "typst (library, in eigentaal and the floor)": typst_lib,
        "typst CLI": version([TYPST_CLI, "--version"]) if TYPST_CLI else "not installed",
        "WeasyPrint": wp,
        "Chromium": version(["chromium", "--version"], r"Chromium"),
        "playwright-core": pw,
        "node": version(["node", "--version"]),
        "LibreOffice": version(["soffice", "--version"], r"LibreOffice"),
        "Python": platform.python_version(),
        "wrk": version(["wrk", "-v"], r"wrk"),
    }


def busy_processes():
    """Other CPU users that would disturb the numbers (e.g. a cargo build)."""
    names = []
    me = os.getpid()
    for p in psutil.process_iter(["name", "pid", "cpu_percent"]):
        if p.info["pid"] == me:
            continue
        if p.info["name"] in ("rustc", "cargo", "cc1", "cc1plus", "ld", "clang"):
            names.append(p.info["name"])
    return names


class ForeignCpu(threading.Thread):
    """Counts the CPU time used by processes that are not ours (not this
    script or its children) during each section, once a second: a cargo build
    started by someone else mid-run shows up in the report."""

    def __init__(self):
        super().__init__(daemon=True)
        self.section = "setup"
        self.used = {}      # section -> foreign CPU seconds
        self.wall = {}      # section -> seconds
        self.names = {}     # section -> {name: seconds}
        self.prev = {}
        self.stop = threading.Event()

    def ours(self, p):
        try:
            return any(a.pid == MY_PID for a in p.parents()) or p.pid == MY_PID
        except psutil.Error:
            return True

    def run(self):
        last = time.time()
        while not self.stop.wait(1.0):
            now = time.time()
            section = self.section
            self.wall[section] = self.wall.get(section, 0) + (now - last)
            last = now
            seen = {}
            for p in psutil.process_iter(["name"]):
                try:
                    t = p.cpu_times()
                    key = (p.pid, p.create_time())
                except psutil.Error:
                    continue
                total = t.user + t.system
                seen[key] = total
                if key in self.prev:
                    delta = total - self.prev[key]
                    if delta > 0 and not self.ours(p):
                        self.used[section] = self.used.get(section, 0) + delta
                        names = self.names.setdefault(section, {})
                        names[p.info["name"]] = names.get(p.info["name"], 0) + delta
            self.prev = seen

    def report(self):
        lines = []
        for section, wall in self.wall.items():
            used = self.used.get(section, 0)
            if wall > 0 and used / wall > 0.10:
                top = sorted(self.names.get(section, {}).items(), key=lambda kv: -kv[1])[:3]
                lines.append(f"{section}: other processes used {100 * used / wall:.0f}% of one core meanwhile"
                             f" ({', '.join(f'{n} {s:.0f}s' for n, s in top)}); its numbers may be low")
        return lines


MY_PID = os.getpid()
MONITOR = ForeignCpu()


def wait_quiet(section):
    """Waits (up to BENCH_WAIT_IDLE seconds, default 300) until the machine
    is idle before a section: nothing of ours runs between sections, so CPU
    use above 15 % of the machine is someone else's. Records it otherwise."""
    limit = float(os.environ.get("BENCH_WAIT_IDLE", "300"))
    deadline = time.time() + limit
    while True:
        MONITOR.section = "waiting"
        busy = psutil.cpu_percent(interval=1.0)
        others = busy_processes()
        if busy < 15:
            MONITOR.section = section
            return
        if time.time() >= deadline:
            note = (f"{section}: the machine was not idle before this section ({busy:.0f}% CPU in use by other "
                    f"processes{', ' + ', '.join(sorted(set(others))) if others else ''}); its numbers may be low")
            NOTES.append(note)
            log("WARNING: " + note)
            MONITOR.section = section
            return
        log(f"waiting for the machine to be idle before {section} ({busy:.0f}% CPU busy"
            f"{', ' + ', '.join(sorted(set(others))) if others else ''})")
        time.sleep(5)


# -------------------------------------------------------------- eigentaal


def eigentaal_warm():
    log("eigentaal warm, in-process (examples/bench_warm) and the bare typst floor")
    results = {}
    # eigentaal and the floor alternate in rounds, so a slow minute on the
    # (virtual) machine hits both and the ratio stays fair.
    rounds = 1 if QUICK else 3
    seconds = N["warm_seconds"] / rounds
    for threads in (1, 2):
        for lang in LANGS:
            acc = {m: {"letters": 0, "seconds": 0.0, "peak": 0, "rates": [], "ms": []} for m in ("eigentaal", "floor")}
            for r in range(rounds):
                for mode in (("eigentaal", "floor") if r % 2 == 0 else ("floor", "eigentaal")):
                    cmd = [BENCH_WARM, mode, lang, str(threads), str(seconds)]
                    if r == 0:
                        cmd += ["--out", os.path.join(WORK, "out", f"{mode}-{lang}.pdf")]
                    _, out, _, _ = run_measured(cmd)
                    kv = key_values(out)
                    a = acc[mode]
                    a["letters"] += int(kv["letters"])
                    a["seconds"] += float(kv["seconds"])
                    a["peak"] = max(a["peak"], int(kv["peak_rss_kib"]))
                    a["rates"].append(float(kv["letters_per_s"]))
                    a["ms"].append(float(kv["ms_per_letter"]))
            for mode in ("eigentaal", "floor"):
                first = os.path.join(WORK, "out", f"{mode}-{lang}.pdf")
                if mode == "eigentaal" and threads == 1:
                    REFERENCE_CHARS[lang] = pdf_chars(first)
                pages, match = check(lang, first)
                a = acc[mode]
                engine = "eigentaal (library)" if mode == "eigentaal" else "typst library, pre-filled (floor)"
                spread = (f"; {rounds} rounds, {min(a['rates']):.0f}-{max(a['rates']):.0f} letters/s"
                          if rounds > 1 else "")
                results[(mode, threads, lang)] = add(
                    engine, f"warm in-process, {threads} thread{'s' if threads > 1 else ''}", lang,
                    a["letters"], a["seconds"], a["peak"], "VmHWM", pages, match,
                    f"{statistics.mean(a['ms']):.2f} ms/letter/thread{spread}")
    # Why 2 threads give less than 2x: the same work as 2 separate processes
    # (no shared typst cache).
    log("  diagnostic: 2 processes x 1 thread")
    lang = "nl"
    cmd = [BENCH_WARM, "eigentaal", lang, "1", str(N["warm_seconds"])]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate()[0] for p in procs]
    kvs = [key_values(o) for o in outs]
    letters = sum(int(kv["letters"]) for kv in kvs)
    secs = max(float(kv["seconds"]) for kv in kvs)
    results[("two-processes", lang)] = add(
        "eigentaal (library)", "diagnostic: 2 processes x 1 thread", lang, letters, secs,
        max(int(kv["peak_rss_kib"]) for kv in kvs), "VmHWM", None, None, "each process its own Engine")
    return results


def instructions():
    """Instructions per letter (callgrind), eigentaal vs the floor: unlike
    seconds, the same on every run whatever else the machine does. Per-letter
    = (instructions for N2 letters - for N1 letters) / (N2 - N1), so start-up
    and the first, cold letters cancel out."""
    if not shutil.which("valgrind"):
        return None
    log("instructions per letter under callgrind (eigentaal vs floor)")
    n1, n2 = (3, 8) if QUICK else (10, 50)
    result = {}
    # "floor-cached": the floor with eigentaal's cache for font subsets
    # (vendor/krilla/PATCHED.md), for information: what is left of the
    # difference when bare typst has it too.
    # "floor-evicting": the floor evicting typst's cache as eigentaal's
    # engine does (src/render/mod.rs) instead of after every compile as
    # `typst watch` does, for information.
    # The cache model (a 2 MiB last level, this machine's L2 per core)
    # counts the misses that instructions do not show.
    modes = {"eigentaal": ["eigentaal"], "floor": ["floor"],
             "floor-cached": ["floor", "--memoize-binary-streams"],
             "floor-evicting": ["floor", "--evict-as-eigentaal"]}
    for lang in LANGS:
        for mode, args in modes.items():
            counts, misses, profiles = [], [], []
            for n in (n1, n2):
                out = os.path.join(WORK, f"callgrind-{mode}-{lang}-{n}.out")
                p = subprocess.run(["valgrind", "--tool=callgrind", "--cache-sim=yes", "--LL=2097152,16,64",
                                    f"--callgrind-out-file={out}",
                                    BENCH_WARM, args[0], lang, "1", "0", "--count", str(n), *args[1:]],
                                   capture_output=True, text=True, check=True,
                                   env={**os.environ, "RAYON_NUM_THREADS": "1"})
                counts.append(int(re.search(r"Collected : (\d+)", p.stderr).group(1)))
                misses.append(int(re.search(r"LL misses:\s+([\d,]+)", p.stderr).group(1).replace(",", "")))
                profiles.append(inclusive(out))
            result[(mode, lang)] = (counts[1] - counts[0]) / (n2 - n1)
            result[("misses", mode, lang)] = (misses[1] - misses[0]) / (n2 - n1)
            log(f"  {mode:<14} {lang}: {result[(mode, lang)] / 1e6:.2f} M instructions/letter,"
                f" {result[('misses', mode, lang)] / 1e3:.1f} k misses of a 2 MiB cache/letter")
            if mode == "eigentaal" and all(profiles):
                per = lambda name: (profiles[1].get(name, 0) - profiles[0].get(name, 0)) / (n2 - n1)
                compile_ = per("typst::compile")
                phases = [("eval", per("typst_eval::eval")),
                          ("layout", per("typst_layout::pages::layout_document")),
                          ("compile in all", compile_),
                          ("eigentaal's own work around the compile", per("eigentaal::render::Engine::render") - compile_),
                          ("PDF export", per("typst_pdf::pdf")),
                          ("of which font subsets and compression", per("krilla::text::cid::CIDFont::serialize")
                           + per("krilla::stream::deflate_encode"))]
                result[("phases", lang)] = phases
    return result


def inclusive(callgrind_out):
    """Inclusive instructions by function name of a callgrind profile."""
    if not shutil.which("callgrind_annotate"):
        return {}
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", callgrind_out],
                          capture_output=True, text=True).stdout
    costs = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*?:(\S.*?) \[", line)
        if m:
            costs.setdefault(m.group(2), int(m.group(1).replace(",", "")))
    return costs



def eigentaal_cli_cold():
    log("eigentaal CLI, one process per letter")
    for lang in LANGS:
        out = os.path.join(WORK, "out", f"cli-{lang}.pdf")
        cmd = [EIGENTAAL, "render", "afspraken", "--lang", lang, "--example", "-o", out]
        run_measured(cmd)  # warm the page cache
        walls, peaks = [], []
        for _ in range(N["cli_cold"]):
            wall, _, ru, _ = run_measured(cmd)
            walls.append(wall)
            peaks.append(ru)
        pages, match = check(lang, out)
        add("eigentaal CLI", "cold: 1 process per letter", lang, len(walls), sum(walls), max(peaks),
            "ru_maxrss", pages, match, f"median {statistics.median(walls) * 1000:.0f} ms/process")


def typst_cli_cold():
    if not TYPST_CLI:
        not_measured("typst CLI, pre-filled", "cold: 1 process per letter", "typst CLI not installed")
        return
    log("typst CLI on the pre-filled letter, one process per letter")
    for lang in LANGS:
        out = os.path.join(WORK, "out", f"typst-cli-{lang}.pdf")
        cmd = [TYPST_CLI, "compile", "--root", REPO, "--font-path", os.path.join(REPO, "fonts"),
               "--ignore-system-fonts", "--ignore-embedded-fonts", "--pdf-standard", "a-2a",
               "--creation-timestamp", "1795392000",
               os.path.join(REPO, "bench", "prefilled", f"afspraken-{lang}.typ"), out]
        run_measured(cmd)
        walls, peaks = [], []
        for _ in range(N["typst_cold"]):
            wall, _, ru, _ = run_measured(cmd)
            walls.append(wall)
            peaks.append(ru)
        pages, match = check(lang, out)
        add("typst CLI, pre-filled", "cold: 1 process per letter", lang, len(walls), sum(walls), max(peaks),
            "ru_maxrss", pages, match, f"median {statistics.median(walls) * 1000:.0f} ms/process")


WRK_LUA = r"""
local f = io.open(os.getenv("BENCH_BODY"), "r")
local template = f:read("*a")
f:close()
local counter = 0
request = function()
  counter = counter + 1
  local body = string.gsub(template, "AFS%-2026%-01873", string.format("AFS-%08d", counter))
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
"""


def http():
    """HTTP rows by (connections, lang), each with its p50 latency in ms;
    then the server's peak memory under a long four-connection load."""
    log("eigentaal serve, HTTP POST /v1/templates/afspraken/render with wrk")
    results = {}
    if not shutil.which("wrk"):
        not_measured("eigentaal HTTP", "serve + wrk", "wrk not installed (apt-get install wrk)")
        return results
    lua = os.path.join(WORK, "post.lua")
    with open(lua, "w") as f:
        f.write(WRK_LUA)
    env = dict(os.environ, RUST_LOG="warn", BENCH_BODY=os.path.join(REPO, "templates", "afspraken", "example.json"))
    server, url = start_server()
    try:
        for lang in LANGS:
            target = f"{url}/v1/templates/afspraken/render?lang={lang}"
            # one request to check the answer and keep the PDF
            first = os.path.join(WORK, "out", f"http-{lang}.pdf")
            subprocess.run(["curl", "-sf", "-X", "POST", "-H", "Content-Type: application/json",
                            "--data-binary", "@" + env["BENCH_BODY"], target, "-o", first], check=True)
            pages, match = check(lang, first)
            for conns in (1, 2, 4):
                # The library on as many threads, measured just before, so
                # HTTP is compared with the library in the same minute.
                if conns <= 2:
                    _, lib_out, _, _ = run_measured([BENCH_WARM, "eigentaal", lang, str(conns), "3"])
                    library_rate = float(key_values(lib_out)["letters_per_s"])
                # short warm-up, then the measured run
                subprocess.run(["wrk", "-t1", f"-c{conns}", "-d1s", "-s", lua, target], env=env,
                               capture_output=True)
                out = subprocess.run(["wrk", "-t1", f"-c{conns}", f"-d{N['http_seconds']}s", "--latency",
                                      "-s", lua, target], env=env, capture_output=True, text=True).stdout
                m = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out)
                bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
                p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
                if not m:
                    raise RuntimeError("could not read wrk output:\n" + out)
                n, secs = int(m.group(1)), float(m.group(2)) / (1000 if m.group(3) == "ms" else 1)
                if bad:
                    n -= int(bad.group(1))
                hwm = int(re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{server.pid}/status").read()).group(1))
                row = add("eigentaal HTTP (serve)", f"warm, {conns} connection{'s' if conns > 1 else ''} (wrk)", lang,
                          n, secs, hwm, "VmHWM of the server", pages, match,
                          f"p50 latency {p50.group(1) if p50 else '?'}"
                          + (f"; {bad.group(1)} non-2xx answers not counted" if bad else ""))
                row["p50_ms"] = wrk_ms(p50.group(1)) if p50 else None
                if conns <= 2:
                    row["library_rate"] = library_rate
                results[(conns, lang)] = row
        # The server's peak under a long load: four connections, Dutch and
        # Arabic letters alternating between two wrk runs side by side.
        log(f"  server memory under {N['http_load_seconds']} s of four connections")
        loads = [subprocess.Popen(["wrk", "-t1", "-c2", f"-d{N['http_load_seconds']}s", "-s", lua,
                                   f"{url}/v1/templates/afspraken/render?lang={lang}"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                 for lang in LANGS]
        outs = [p.communicate()[0] for p in loads]
        done = sum(int(m.group(1)) for o in outs for m in [re.search(r"(\d+) requests in", o)] if m)
        status = open(f"/proc/{server.pid}/status").read()
        hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
        rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        results["load"] = add("eigentaal HTTP (serve)", f"memory: 4 connections for {N['http_load_seconds']} s",
                              "nl+ar", done, N["http_load_seconds"], hwm, "VmHWM of the server",
                              extra=f"server RSS after the load {rss / 1024:.0f} MiB")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.kill()
    return results


def wrk_ms(text):
    """wrk's latency ("5.09ms", "812.00us", "1.02s") in milliseconds."""
    m = re.match(r"([\d.]+)(us|ms|s)$", text)
    if not m:
        return None
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]


def start_server(extra_args=()):
    """`eigentaal serve` on a free loopback port: (process, base URL)."""
    env = dict(os.environ, RUST_LOG="warn")
    server = subprocess.Popen([EIGENTAAL, "serve", "--listen", "127.0.0.1:0", *extra_args], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = server.stderr.readline()
        if not line:
            break
        m = re.search(r"eigentaal listening on (http://\S+)", line)
        if m:
            threading.Thread(target=lambda: server.stderr.read(), daemon=True).start()
            return server, m.group(1)
    server.kill()
    raise RuntimeError("eigentaal serve did not print its address")


def preview():
    """Staff-page preview latency in headless Chromium (bench/preview.mjs):
    from a keystroke to the updated first page, on the largest example,
    the bilingual plan-van-aanpak."""
    node_dir = os.path.join(WORK, "node")
    if not shutil.which("node") or not os.path.isdir(os.path.join(node_dir, "node_modules", "playwright-core")):
        not_measured("staff page preview", "keystroke to first page", "node or playwright-core missing")
        return None
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    log(f"staff page preview: {N['preview_keys']} keystrokes in headless Chromium")
    server, url = start_server()
    try:
        out = subprocess.run(["node", os.path.join(HERE, "preview.mjs"), url + "/", str(N["preview_keys"]),
                              "plan-van-aanpak", "ar"],
                             env=dict(os.environ, BENCH_NODE=node_dir, CHROMIUM=chromium),
                             capture_output=True, text=True, timeout=600)
        if out.returncode != 0:
            raise RuntimeError("bench/preview.mjs failed:\n" + out.stderr[-2000:])
        r = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=40)
    lat = sorted(r["latencies"])
    p50 = statistics.median(lat)
    p95 = lat[max(0, int(round(0.95 * len(lat))) - 1)]
    sizes = ", ".join(f"{b / 1024:.0f}" for b in r["svgBytes"] if b)
    row = add("staff page preview (Chromium)", "keystroke to new first page, plan-van-aanpak ar+nl",
              "ar+nl", len(lat), 0, None, "",
              extra=f"p50 {p50:.0f} ms, p95 {p95:.0f} ms; {r['pages']} pages, SVG KiB per page: {sizes}")
    row["p50_ms"], row["p95_ms"] = p50, p95
    return row


def soak():
    log(f"memory over {N['soak']} renders (examples/soak)")
    wall, out, ru, _ = run_measured([SOAK, str(N["soak"])], timeout=1200)
    rss = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\d+) renders\s+rss\s+(\d+) KiB\s+([\d.]+) letters/s", line)
        if m:
            rss[int(m.group(1))] = (int(m.group(2)), float(m.group(3)))
    first, last = rss.get(100), rss.get(N["soak"])
    return {"rss_100_kib": first[0] if first else None, "rss_last_kib": last[0] if last else None,
            "renders": N["soak"], "letters_per_s": last[1] if last else None, "peak_kib": ru,
            "seconds": wall, "lines": out.strip()}


def batch():
    """--jobs 1 and --jobs 2 in pairs, alternating which goes first (the
    machine drifts 20-30 % within a minute), output on disk and on tmpfs.
    Returns {(where, jobs): row} and the median --jobs 2 / --jobs 1 ratio
    of the pairs per place."""
    probe = subprocess.run([EIGENTAAL, "batch", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        not_measured("eigentaal batch", "--jobs 1 vs 2", "`eigentaal batch` does not exist in this build")
        return None
    log(f"eigentaal batch, {N['batch']} cases (half nl, half ar), --jobs 1 and 2 in "
        f"{N['batch_pairs']} pairs, on disk and on tmpfs")
    example = json.load(open(os.path.join(REPO, "templates", "afspraken", "example.json")))
    cases = os.path.join(WORK, "cases.ndjson")
    with open(cases, "w") as f:
        for i in range(N["batch"]):
            case = dict(example, reference=f"AFS-{i:08d}", id=f"case-{i:06d}", lang=LANGS[i % 2])
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    places = {"disk": WORK}
    if os.path.isdir("/dev/shm"):
        places["tmpfs"] = "/dev/shm"
    result = {"pairs": {}, "library-mix": [], "library-mix-one-core": []}
    for where, root in places.items():
        runs = {1: [], 2: []}
        ratios = []
        for pair in range(N["batch_pairs"]):
            # The library on the same mix (Dutch and Arabic in turn), beside
            # each pair, so the batch is compared with the library measured
            # in the same minute, counted as the batch is: as many letters,
            # the whole process from start to exit (start-up and the first,
            # cold letters included). Twice: as the library's other rows
            # (typst's parallel steps may use rayon's second thread) and on
            # one core (RAYON_NUM_THREADS=1), as `--jobs 1` renders: its one
            # render thread is its rayon pool.
            for key, env in (("library-mix", None), ("library-mix-one-core", {**os.environ, "RAYON_NUM_THREADS": "1"})):
                # --count N renders N letters after the first.
                wall, _, _, _ = run_measured([BENCH_WARM, "eigentaal", "mix", "1", "0", "--count",
                                              str(N["batch"] - 1)], env=env)
                result[key].append(N["batch"] / wall)
            rate = {}
            for jobs in ((1, 2) if pair % 2 == 0 else (2, 1)):
                out = os.path.join(root, f"eigentaal-batch-out-{jobs}")
                shutil.rmtree(out, ignore_errors=True)
                # Every run starts with the disk idle: the writes of the run
                # before, and their removal, are on disk first.
                os.sync()
                wall, _, ru, _ = run_measured([EIGENTAAL, "batch", "afspraken", "--input", cases, "--out", out,
                                               "--jobs", str(jobs)], timeout=1200)
                written = sum(1 for n in os.listdir(out) if n.endswith(".pdf"))
                shutil.rmtree(out, ignore_errors=True)
                if written != N["batch"]:
                    raise RuntimeError(f"batch --jobs {jobs} wrote {written} of {N['batch']} letters")
                rate[jobs] = written / wall
                runs[jobs].append((written / wall, wall, ru))
            ratios.append(rate[2] / rate[1])
        for jobs in (1, 2):
            ordered = sorted(runs[jobs])
            rate, wall, ru = ordered[len(ordered) // 2]
            result[(where, jobs)] = add("eigentaal batch (CLI)", f"--jobs {jobs}, {N['batch']} cases, files on {where}, "
                                        f"median of {len(ordered)}", "nl+ar", N["batch"], wall, ru, "ru_maxrss",
                                        extra="rates " + ", ".join(f"{r:.0f}" for r, _, _ in runs[jobs]))
        result["pairs"][where] = (statistics.median(ratios), ratios)
    return result


# ----------------------------------------------------------- alternatives


def html_copies(lang, n, folder):
    """n copies of the HTML letter, each with its own reference and a <base>
    so fonts and logo resolve from bench/alternatives/."""
    src = open(os.path.join(HERE, "alternatives", f"afspraken-{lang}.html"), encoding="utf-8").read()
    base = "file://" + os.path.join(HERE, "alternatives") + "/"
    src = src.replace("<head>", f'<head>\n<base href="{base}">', 1)
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(n):
        p = os.path.join(folder, f"letter-{lang}-{i:04d}.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(src.replace(REFERENCE, f"AFS-{i:08d}" if i else REFERENCE))
        paths.append(p)
    return paths


def odt_copies(lang, n, folder):
    """n copies of the ODT letter with their own reference (content.xml
    rewritten), so no two conversions see the same document."""
    src = os.path.join(WORK, "src", f"afspraken-{lang}.odt")
    os.makedirs(folder, exist_ok=True)
    with zipfile.ZipFile(src) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    paths = []
    for k in range(n):
        p = os.path.join(folder, f"letter-{lang}-{k:04d}.odt")
        with zipfile.ZipFile(p, "w") as out:
            for info, data in entries:
                if info.filename == "content.xml":
                    data = data.replace(REFERENCE.encode(), (f"AFS-{k:08d}" if k else REFERENCE).encode())
                out.writestr(info, data)
        paths.append(p)
    return paths


def weasyprint_runs():
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        not_measured("WeasyPrint", "warm and cold", "pip install weasyprint")
        return
    log("WeasyPrint (HTML → PDF)")
    for lang in LANGS:
        first = os.path.join(WORK, "out", f"weasyprint-{lang}.pdf")
        _, out, ru, _ = run_measured([sys.executable, os.path.join(HERE, "alternatives", "weasyprint_warm.py"),
                                      os.path.join(HERE, "alternatives", f"afspraken-{lang}.html"),
                                      str(N["weasy_seconds"]), first])
        r = json.loads(out.strip().splitlines()[-1])
        pages, match = check(lang, first)
        add("WeasyPrint", "warm in-process (Python API)", lang, r["letters"], r["seconds"], r["peak_rss_kib"],
            "ru_maxrss", pages, match)
    for lang in LANGS:
        files = html_copies(lang, N["weasy_cold"] + 1, os.path.join(WORK, "html", "weasy"))
        exe = shutil.which("weasyprint") or "weasyprint"
        out = os.path.join(WORK, "out", "weasyprint-cold.pdf")
        run_measured([exe, files[0], out])
        walls, peaks = [], []
        for f in files[1:]:
            wall, _, ru, _ = run_measured([exe, f, out])
            walls.append(wall)
            peaks.append(ru)
        add("WeasyPrint", "cold: 1 process per letter (CLI)", lang, len(walls), sum(walls), max(peaks),
            "ru_maxrss", pdf_pages(out), text_match(lang, out))


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--no-pdf-header-footer"]


def chromium_runs():
    exe = shutil.which("chromium")
    if not exe:
        not_measured("Chromium", "warm and cold", "apt-get install chromium")
        return
    log("headless Chromium (HTML → PDF)")
    profile = os.path.join(WORK, "chromium-profile")
    for lang in LANGS:
        files = html_copies(lang, N["chromium_cold"] + 1, os.path.join(WORK, "html", "chromium-cold"))
        out = os.path.join(WORK, "out", f"chromium-cold-{lang}.pdf")
        cmd = lambda f: [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}",
                         "file://" + f]
        run_measured(cmd(files[0]))
        walls, peaks, psss = [], [], []
        for f in files[1:]:
            wall, _, _, tree = run_measured(cmd(f))
            walls.append(wall)
            peaks.append(tree)
            psss.append(TREE_PSS[0])
        add("Chromium", "cold: 1 browser per letter (--print-to-pdf)", lang, len(walls), sum(walls),
            max(peaks), "tree", pdf_pages(out), text_match(lang, out), pss_note(max(psss)))
    node_modules = os.path.join(WORK, "node", "node_modules")
    if not os.path.isdir(os.path.join(node_modules, "playwright-core")):
        not_measured("Chromium", "warm (playwright page.pdf)", "playwright-core not installed")
        return
    for lang in LANGS:
        files = html_copies(lang, N["chromium_warm"] + 1, os.path.join(WORK, "html", "chromium-warm"))
        first = os.path.join(WORK, "out", f"chromium-warm-{lang}.pdf")
        env = dict(os.environ, NODE_PATH=node_modules, FIRST_PDF=first, CHROMIUM=exe)
        _, out, _, tree = run_measured(["node", os.path.join(HERE, "alternatives", "chromium_warm.js"), *files],
                                       env=env)
        r = json.loads(out.strip().splitlines()[-1])
        pages, match = check(lang, first)
        add("Chromium", "warm: 1 browser, page.pdf() (playwright)", lang, r["letters"], r["seconds"], tree,
            "tree", pages, match, pss_note(TREE_PSS[0]) + "; browser start not counted")


def libreoffice_runs():
    exe = shutil.which("soffice")
    if not exe:
        not_measured("LibreOffice", "cold and batch", "apt-get install libreoffice-writer-nogui")
        return
    log("LibreOffice (ODT → PDF)")
    profile = "file://" + os.path.join(WORK, "lo-profile")
    base = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf"]
    for lang in LANGS:
        folder = os.path.join(WORK, "odt", f"cold-{lang}")
        shutil.rmtree(folder, ignore_errors=True)
        files = odt_copies(lang, N["lo_cold"] + 1, folder)
        outdir = os.path.join(WORK, "out", f"lo-cold-{lang}")
        run_measured(base + ["--outdir", outdir, files[0]])  # creates the profile, warms the cache
        walls, peaks, psss = [], [], []
        for f in files[1:]:
            wall, _, _, tree = run_measured(base + ["--outdir", outdir, f])
            walls.append(wall)
            peaks.append(tree)
            psss.append(TREE_PSS[0])
        first = os.path.join(outdir, os.path.basename(files[0])[:-4] + ".pdf")
        add("LibreOffice", "cold: 1 soffice per letter", lang, len(walls), sum(walls), max(peaks),
            "tree", pdf_pages(first), text_match(lang, first), pss_note(max(psss)))
    pdfa = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
            '"UseTaggedPDF":{"type":"boolean","value":"true"}}')
    for variant, lang in [("", l) for l in LANGS] + [(", PDF/A-2b tagged", l) for l in LANGS]:
        folder = os.path.join(WORK, "odt", f"batch-{lang}")
        shutil.rmtree(folder, ignore_errors=True)
        files = odt_copies(lang, N["lo_batch"], folder)
        outdir = os.path.join(WORK, "out", f"lo-batch-{lang}")
        shutil.rmtree(outdir, ignore_errors=True)
        cmd = base[:-1] + [pdfa] if variant else base
        wall, _, _, tree = run_measured(cmd + ["--outdir", outdir, *files], timeout=1200)
        made = [n for n in os.listdir(outdir) if n.endswith(".pdf")]
        if len(made) != len(files):
            raise RuntimeError(f"LibreOffice batch made {len(made)} of {len(files)} PDFs")
        first = os.path.join(outdir, sorted(made)[0])
        add("LibreOffice", f"batch: {len(files)} files in 1 soffice call{variant}", lang, len(files), wall, tree,
            "tree", pdf_pages(first), text_match(lang, first),
            pss_note(TREE_PSS[0]) + "; startup included, amortised over the batch")
        # The same run without its startup: soffice writes the PDFs one after
        # the other, so the times at which they appear give the rate of a
        # LibreOffice that is already running (what a converter service that
        # keeps soffice alive, e.g. Gotenberg or unoserver, gets at best).
        mtimes = sorted(os.stat(os.path.join(outdir, n)).st_mtime_ns for n in made)
        span = (mtimes[-1] - mtimes[0]) / 1e9
        add("LibreOffice", f"warm: the same batch, first PDF to last{variant}", lang, len(mtimes) - 1, span, tree,
            "tree", pdf_pages(first), text_match(lang, first),
            "startup and first letter excluded (output file times)")


# ------------------------------------------------------------------ report


def fmt_rate(x):
    if x is None:
        return "-"
    return f"{x:,.1f}" if x < 100 else f"{x:,.0f}"


def table():
    head = ["engine", "mode", "lang", "letters", "letters/s", "peak RSS MiB", "pages", "text", "notes"]
    lines = []
    for r in ROWS:
        lines.append([
            r["engine"], r["mode"], r["lang"], str(r["letters"]) if r["letters"] else "-",
            fmt_rate(r["letters_per_s"]),
            f"{r['peak_rss_mib']:.0f} ({r['rss_note']})" if r["peak_rss_mib"] else "-",
            str(r["pages"]) if r["pages"] else "-",
            f"{r['text_match'] * 100:.1f}%" if r["text_match"] is not None else "-",
            r["extra"],
        ])
    widths = [max(len(h), *(len(l[i]) for l in lines)) for i, h in enumerate(head)]
    fmt = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    out = [fmt(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [fmt(l) for l in lines]
    return "\n".join(out)


def best(pred, lang):
    rows = [r for r in ROWS if pred(r) and r["lang"] == lang and r["letters_per_s"]]
    return max(rows, key=lambda r: r["letters_per_s"]) if rows else None


def mix(a, b):
    """letters/s for a 50/50 mix of two letters rendered at rates a and b."""
    return 2 / (1 / a + 1 / b)


def main():
    os.makedirs(os.path.join(WORK, "out"), exist_ok=True)
    t_start = time.time()
    m = machine()
    v = versions()
    busy_before = busy_processes()
    load_before = open("/proc/loadavg").read().split()[:3]
    log(f"machine: {m['cpus']} × {m['cpu']}, {m['memory']}; load {' '.join(load_before)}")

    MONITOR.start()
    wait_quiet("eigentaal warm")
    warm = eigentaal_warm()
    instr = instructions()
    wait_quiet("eigentaal CLI")
    eigentaal_cli_cold()
    wait_quiet("typst CLI")
    typst_cli_cold()
    wait_quiet("HTTP")
    http_rows = http()
    wait_quiet("preview")
    preview_row = preview()
    wait_quiet("batch")
    batch_rows = batch()
    wait_quiet("soak")
    soak_result = soak()
    wait_quiet("WeasyPrint")
    weasyprint_runs()
    wait_quiet("Chromium")
    chromium_runs()
    wait_quiet("LibreOffice")
    libreoffice_runs()

    MONITOR.section = "end"
    MONITOR.stop.set()
    MONITOR.join()
    NOTES.extend(MONITOR.report())
    load_after = open("/proc/loadavg").read().split()[:3]
    busy_after = busy_processes()
    elapsed = time.time() - t_start

    # ---- ratios against the targets
    alt = lambda r: r["engine"] in ("WeasyPrint", "Chromium", "LibreOffice")
    ratios = []

    def verdict(ok):
        return "met" if ok else "MISSED"

    lines = []
    rates = {}
    for lang in LANGS:
        ours = warm[("eigentaal", 1, lang)]["letters_per_s"]
        fastest = best(alt, lang)
        rates[lang] = (ours, fastest["letters_per_s"] if fastest else None)
        if fastest:
            r = ours / fastest["letters_per_s"]
            ratios.append({"name": f"warm vs fastest alternative ({lang})", "value": r, "target": ">= 20x",
                           "ok": r >= 20})
            lines.append(f"eigentaal warm, 1 thread, {lang}: {fmt_rate(ours)} letters/s vs fastest alternative "
                         f"{fastest['engine']} {fastest['mode']}: {fmt_rate(fastest['letters_per_s'])} letters/s"
                         f" -> {r:.0f}x (target >= 20x: {verdict(r >= 20)})")
    if all(v_[1] for v_ in rates.values()):
        r = mix(*[v_[0] for v_ in rates.values()]) / mix(*[v_[1] for v_ in rates.values()])
        lines.append(f"  50/50 nl+ar mix: {r:.0f}x")
    for threads in (1, 2):
        for lang in LANGS:
            ours = warm[("eigentaal", threads, lang)]["letters_per_s"]
            floor = warm[("floor", threads, lang)]["letters_per_s"]
            r = floor / ours
            ratios.append({"name": f"overhead over bare typst ({lang}, {threads} thread{'s' if threads > 1 else ''})",
                           "value": r, "target": "<= 1.0x", "ok": r <= 1.0})
            lines.append(f"overhead over the bare typst compile, {lang}, {threads} thread(s): floor {fmt_rate(floor)}"
                         f" / eigentaal {fmt_rate(ours)} letters/s = {r:.2f}x"
                         + (f" (target <= 1.0x: {verdict(r <= 1.0)})" if threads == 1 else " (for information)"))
    if instr:
        for lang in LANGS:
            e, f = instr[("eigentaal", lang)], instr[("floor", lang)]
            lines.append(f"  instructions per letter (callgrind), {lang}: eigentaal {e / 1e6:.2f} M, floor {f / 1e6:.2f} M"
                         f" -> {e / f:.2f}x (deterministic; not seconds)")
            em, fm = instr[("misses", "eigentaal", lang)], instr[("misses", "floor", lang)]
            lines.append(f"  misses of a 2 MiB last-level cache per letter (callgrind's cache model), {lang}:"
                         f" eigentaal {em / 1e3:.1f} k, floor {fm / 1e3:.1f} k -> {em / fm:.2f}x")
            c = instr.get(("floor-cached", lang))
            if c:
                lines.append(f"    for information, the floor with eigentaal's cache for font subsets: {c / 1e6:.2f} M"
                             f" -> eigentaal {e / c:.2f}x of it")
            fe = instr.get(("floor-evicting", lang))
            if fe:
                fem = instr[("misses", "floor-evicting", lang)]
                lines.append(f"    for information, the floor evicting as eigentaal does: {fe / 1e6:.2f} M, {fem / 1e3:.1f} k misses"
                             f" -> eigentaal {e / fe:.2f}x, {em / fem:.2f}x of it")
            phases = instr.get(("phases", lang))
            if phases:
                lines.append(f"    where eigentaal's go, {lang}: " + ", ".join(
                    f"{name} {value / 1e6:.2f} M" for name, value in phases))
    # Every path against the library, measured in the same run.
    for lang in LANGS:
        for conns in (1, 2):
            row = http_rows.get((conns, lang))
            if not row:
                continue
            # The library measured beside this HTTP run (see http()).
            lib = row.get("library_rate") or warm[("eigentaal", conns, lang)]["letters_per_s"]
            r = row["letters_per_s"] / lib
            ratios.append({"name": f"HTTP {conns} connection(s) / library {conns} thread(s) ({lang})", "value": r,
                           "target": ">= 0.9", "ok": r >= 0.9})
            line = (f"HTTP, {conns} connection(s) vs the library on {conns} thread(s) measured just before, {lang}: "
                    f"{fmt_rate(row['letters_per_s'])} / {fmt_rate(lib)} letters/s = {r:.0%} (target >= 90%: {verdict(r >= 0.9)})")
            if conns == 1 and row.get("p50_ms"):
                render_ms = 1000 / lib
                ok = row["p50_ms"] <= render_ms + 0.5
                ratios.append({"name": f"HTTP p50 - render time ({lang})", "value": row["p50_ms"] - render_ms,
                               "target": "<= 0.5 ms", "ok": ok})
                line += (f"; p50 {row['p50_ms']:.2f} ms vs render {render_ms:.2f} ms + 0.5 "
                         f"(target: {verdict(ok)})")
            lines.append(line)
    if http_rows.get("load"):
        lines.append(f"server peak memory under {N['http_load_seconds']} s of 4 connections: "
                     f"{http_rows['load']['peak_rss_mib']:.0f} MiB (VmHWM), "
                     f"{http_rows['load']['extra']}")
    if preview_row:
        ok = preview_row["p95_ms"] <= 150
        ratios.append({"name": "staff preview p95 (ms)", "value": preview_row["p95_ms"], "target": "<= 150",
                       "ok": ok})
        lines.append(f"staff preview, keystroke to new first page (plan-van-aanpak ar+nl, Chromium): "
                     f"p50 {preview_row['p50_ms']:.0f} ms, p95 {preview_row['p95_ms']:.0f} ms "
                     f"(target p95 <= 150 ms: {verdict(ok)}); {preview_row['extra'].split('; ', 1)[1]}")
    for lang in LANGS:
        one = warm[("eigentaal", 1, lang)]["letters_per_s"]
        two = warm[("eigentaal", 2, lang)]["letters_per_s"]
        lines.append(f"library, 2 threads sharing one Engine vs 1 thread, {lang}: {two / one:.2f}x")
    one = warm[("eigentaal", 1, "nl")]["letters_per_s"]
    lines.append(f"  diagnostic, nl: 2 separate processes vs 1 thread: "
                 f"{warm[('two-processes', 'nl')]['letters_per_s'] / one:.2f}x")
    if soak_result["rss_100_kib"] and soak_result["rss_last_kib"]:
        r = soak_result["rss_last_kib"] / soak_result["rss_100_kib"]
        ratios.append({"name": f"RSS after {soak_result['renders']} renders / after 100", "value": r,
                       "target": "<= 1.2x", "ok": r <= 1.2})
        lines.append(f"RSS after {soak_result['renders']:,} renders: {soak_result['rss_last_kib'] / 1024:.1f} MiB, "
                     f"after 100: {soak_result['rss_100_kib'] / 1024:.1f} MiB -> {r:.3f}x "
                     f"(target within 20%: {verdict(r <= 1.2)}); soak rate "
                     f"{soak_result['letters_per_s']:.0f} letters/s (bilingual ar+nl / nl letters)")
    else:
        lines.append("RSS soak: could not read the soak output")
    if batch_rows:
        # Measured beside the batch runs: the library rendering Dutch and
        # Arabic in turn on one thread (bench_warm eigentaal mix).
        lib_mix = statistics.median(batch_rows["library-mix"])
        lib_core = statistics.median(batch_rows["library-mix-one-core"])
        lines.append(f"library on the 50/50 nl+ar mix, 1 thread, {N['batch']} letters from process start to exit "
                     f"as the batch is counted, beside the batch runs: median {fmt_rate(lib_mix)} "
                     f"letters/s ({', '.join(f'{x:.0f}' for x in batch_rows['library-mix'])})")
        lines.append(f"  the same on one core (RAYON_NUM_THREADS=1, as --jobs 1 renders): median {fmt_rate(lib_core)} "
                     f"letters/s ({', '.join(f'{x:.0f}' for x in batch_rows['library-mix-one-core'])})")
        for where, (median, pairs) in batch_rows["pairs"].items():
            j1 = batch_rows[(where, 1)]["letters_per_s"]
            for lib, against in ((lib_mix, "the library"), (lib_core, "the library on one core")):
                r = j1 / lib
                ratios.append({"name": f"batch --jobs 1 / {against} on the mix ({where})", "value": r,
                               "target": ">= 0.9", "ok": r >= 0.9})
                lines.append(f"batch --jobs 1, files on {where}, vs {against} on the same 50/50 nl+ar mix: "
                             f"{fmt_rate(j1)} / {fmt_rate(lib)} letters/s = {r:.0%} (target >= 90%: {verdict(r >= 0.9)})")
            ratios.append({"name": f"batch --jobs 2 / --jobs 1 ({where})", "value": median, "target": ">= 1.8x",
                           "ok": median >= 1.8})
            lines.append(f"batch --jobs 2 / --jobs 1, files on {where}, median of {len(pairs)} interleaved pairs: "
                         f"{median:.2f}x (pairs {', '.join(f'{x:.2f}' for x in pairs)}; target >= 1.8x: "
                         f"{verdict(median >= 1.8)})")
    else:
        lines.append("batch scaling --jobs 1 vs 2: not measured (`eigentaal batch` not in this build)")

    report = []
    report.append(f"eigentaal benchmark — {time.strftime('%Y-%m-%d %H:%M %Z')}"
                  + ("  [QUICK smoke run: numbers not meaningful]" if QUICK else ""))
    report.append("")
    report.append(f"machine: {m['cpus']} CPUs, {m['cpu']}, {m['memory']} RAM, Linux {m['kernel']}")
    report.append(f"load average before: {' '.join(load_before)}, after: {' '.join(load_after)}; "
                  f"run took {elapsed / 60:.1f} min")
    if busy_before or busy_after:
        report.append(f"note: compiler processes existed (before: {sorted(set(busy_before))}, "
                      f"after: {sorted(set(busy_after))}); see the CPU checks below for whether they ran")
    for note in NOTES:
        report.append("WARNING: " + note)
    if not NOTES:
        report.append("the machine was idle: other processes used < 15% CPU before each section and < 10% of"
                      " one core during each")
    report.append("versions: " + "; ".join(f"{k} {val}" for k, val in v.items()))
    report.append("")
    report.append("letter: templates/afspraken/example.json, single language (no --with); Dutch 2 pages, Arabic 2 pages. The HTML and ODT letters of WeasyPrint, Chromium and LibreOffice are still the older, shorter letter (their text column shows it): ratios against them compare unlike letters")
    report.append("text = share of the characters of eigentaal's own PDF found in this PDF (pdftotext, order ignored; shows it is the same letter)")
    report.append("peak RSS: VmHWM / ru_maxrss = the kernel's peak for the one process; tree = summed RSS of the"
                  " process tree sampled every 10 ms (shared pages counted once per process; the tree's PSS, which"
                  " splits them, is in the notes)")
    report.append("")
    report.append(table())
    report.append("")
    report.append("ratios")
    report.extend("  " + l for l in lines)
    report.append("")
    report.append("soak output (examples/soak):")
    report.extend("  " + l for l in soak_result["lines"].splitlines())
    text = "\n".join(report) + "\n"
    print(text)
    # A quick smoke run's numbers mean nothing: they stay in the work folder.
    name = "results-quick.txt" if QUICK else "results-latest.txt"
    with open(os.path.join(WORK if QUICK else HERE, name), "w") as f:
        f.write(text)
    with open(os.path.join(WORK, name.replace(".txt", ".json")), "w") as f:
        json.dump({"machine": m, "versions": v, "rows": ROWS, "ratios": ratios, "soak": soak_result,
                   "instructions_per_letter": {"-".join(k): x for k, x in (instr or {}).items()},
                   "load_before": load_before, "load_after": load_after, "quick": QUICK}, f, indent=1)
    log(f"wrote {'' if QUICK else 'bench/'}{name}{' in ' + WORK if QUICK else ''} and {WORK}/{name.replace('.txt', '.json')}")


if __name__ == "__main__":
    main()
