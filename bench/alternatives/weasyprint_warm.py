#!/usr/bin/env python3
"""WeasyPrint kept warm in one Python process: HTML(string).write_pdf() per
letter, a new reference each time (the text replaced in the HTML string, as a
template engine in front of WeasyPrint would fill it in).

    python3 weasyprint_warm.py LETTER.html SECONDS [FIRST_PDF]

Prints one JSON line: letters, seconds, peak RSS of this process (KiB).
"""
import json
import os
import resource
import sys
import time

t0 = time.perf_counter()
import weasyprint  # noqa: E402  (import time is part of setup)

path, seconds = sys.argv[1], float(sys.argv[2])
first_pdf = sys.argv[3] if len(sys.argv) > 3 else None
base = os.path.dirname(os.path.abspath(path))
with open(path, encoding="utf-8") as f:
    source = f.read()
REFERENCE = "AFS-2026-01873"
assert REFERENCE in source


def render(reference):
    return weasyprint.HTML(string=source.replace(REFERENCE, reference), base_url=base).write_pdf()


first = render(REFERENCE)  # warm-up, not counted
if first_pdf:
    with open(first_pdf, "wb") as f:
        f.write(first)
setup = time.perf_counter() - t0
n = 0
start = time.perf_counter()
deadline = start + seconds
while True:
    n += 1
    render(f"AFS-{n:08d}")
    if time.perf_counter() >= deadline:
        break
elapsed = time.perf_counter() - start
print(json.dumps({
    "letters": n,
    "seconds": elapsed,
    "setup_seconds": setup,
    "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "weasyprint": weasyprint.__version__,
}))
