#!/usr/bin/env python3
"""Character error rate of an OCR'd letter page against its translation files.

Used by tests/it/ocr.rs (the OCR round-trip): a letter is rendered to PNG, read
back by tesseract, and the OCR text is compared with what the page should say.
A page whose glyphs are boxes (tofu), whose Arabic is unjoined, mirrored or in
left-to-right order reads back as something else, and the error rate shows it.
Standard library only; needs `pdftotext` (poppler-utils) for the page's text.

Expected text
    The literal text of every message in <ftl-dir>/common.ftl and
    <ftl-dir>/<template>.ftl: the pieces between placeables (`{ $date }`), each
    variant of a selector apart, at least --min-letters letters each.  Of those,
    the pieces that are on the page are kept: loosely present (edit distance
    <= 15 %, spaces and Arabic vowel signs ignored) in the page's text layer
    (`pdftotext -f P -l P`).  The text layer only decides *which* messages the
    page shows; it is never compared with the OCR output, and the OCR output
    plays no part in choosing the strings, so however badly the glyphs are
    drawn, the expectation stays the same.  Against an expectation that
    silently becomes small (a text layer or FTL syntax this parser misses),
    two guards: --min-chars (characters to check) and --min-coverage (the
    share of the page's letters in the letter's script that the strings
    account for; the rest is case data: names, addresses, notes).  Or --expected FILE gives
    the strings directly, one a line.

Error rate
    CER = sum over expected strings e of min over substrings s of the OCR text
    of levenshtein(e, s), divided by the sum of len(e).  Both sides are NFC,
    without bidi controls, soft hyphens or tatweel, whitespace collapsed, and
    the Arabic comma, semicolon and question mark folded to the Latin ones
    (tesseract's Arabic model returns either).  Each string is matched on its
    own (Myers' bit-parallel approximate search), so the reading order of
    blocks and columns does not matter, the order inside a string does.  With
    --gap G a match may also jump forward over a stretch of OCR text for G
    edits (a table cell wrapped onto two lines is read with the neighbouring
    cells in between); jumps go forward only, so reversed word or letter order
    is still charged in full.  --ignore-spaces compares without whitespace.

Text layer
    The "OCR text" may also be the letter's own text layer (pdftotext of the
    whole PDF): a round-trip for a language tesseract has no data for.  It
    shows whether the text a screen reader or a copy gets is the translation,
    letter for letter and in logical order; pdftotext moves spaces in
    right-to-left lines, so those are compared with --ignore-spaces.

Output
    One JSON object: cer, errors, chars, strings, coverage, page_letters,
    script, worst (the strings with most errors), ok.  Exit status 1 when a
    limit given with --max-cer, --min-chars or --min-coverage is not met.

Examples
    OMP_THREAD_LIMIT=1 tesseract page.png page -l ara+nld --psm 3 --dpi 300 \\
        -c textord_noise_rejrows=0 -c textord_noise_rejwords=0   # -> page.txt
    ocr_cer.py --ocr-text page.txt --pdf letter.pdf --page 1 \\
        --ftl-dir locales/ar --template afspraken --gap 4 --max-cer 0.08
    ocr_cer.py --png page.png --tesseract-lang tir+nld --pdf letter.pdf \\
        --ftl-dir locales/ti --template uitnodiging
    pdftotext letter.pdf letter.txt; ocr_cer.py --ocr-text letter.txt \\
        --pdf letter.pdf --page 2 --ftl-dir locales/ckb --template afspraken \\
        --gap 4 --ignore-spaces
    ocr_cer.py --self-test
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter

# Invisible controls: bidi marks, embeddings and isolates (Fluent wraps every
# placeable in FSI/PDI), Arabic letter mark, BOM, soft hyphen, tatweel, and
# the zero-width non-joiner and joiner (Persian «می‌شود»: they only stop or
# force joining, which a page shows as a gap or no gap, not as a character).
INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                   "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad\u0640"
                                   "\u200c\u200d"))
# Arabic punctuation to Latin (tesseract's Arabic model returns either), and
# the Arabic and Persian forms of yeh and kaf to one: they are drawn alike at
# the start and in the middle of a word, and tesseract's Persian and Pashto
# models return the Arabic forms for the Persian ones (ليک for لیک).
FOLD = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?",
                      "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
WS = re.compile(r"\s+")


def norm(s):
    """NFC, invisible controls dropped, Arabic punctuation folded, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).translate(INVISIBLE).translate(FOLD)
    return WS.sub(" ", s).strip()


# ---------------------------------------------------------------- distance

def substring_distance(pattern, text):
    """min over substrings s of `text` of levenshtein(pattern, s).

    Myers (1999), bit-vector algorithm in its search form (a match may start
    anywhere in the text); one pass over the text with Python integers as bit
    vectors as long as the pattern.
    """
    m = len(pattern)
    if m == 0:
        return 0
    peq = {}
    for i, c in enumerate(pattern):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    best = m
    for c in text:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        if score < best:
            best = score
    return best


def substring_distance_dp(pattern, text, gap=None):
    """The same by dynamic programming, O(len(pattern) * len(text)).

    With `gap`, the alignment may also skip forward over any run of text for
    a flat cost `gap` (a column of the table D may take its value from any
    earlier column, plus `gap`).
    """
    m = len(pattern)
    col = list(range(m + 1))
    jump = col[:] if gap is not None else None
    best = col[m]
    for c in text:
        new = [0]
        for i in range(1, m + 1):
            v = min(col[i] + 1, new[i - 1] + 1, col[i - 1] + (pattern[i - 1] != c))
            if gap is not None and jump[i] + gap < v:
                v = jump[i] + gap
            new.append(v)
        if gap is not None:
            for i in range(1, m + 1):
                if col[i] < jump[i]:
                    jump[i] = col[i]
        col = new
        if col[m] < best:
            best = col[m]
    return best


def distance(pattern, text, gap=None):
    d = substring_distance(pattern, text)
    if gap is not None and d > gap:
        d = min(d, substring_distance_dp(pattern, text, gap))
    return d


def score(expected, ocr_text, gap=None, ignore_spaces=False):
    """(cer, errors, chars, rows) with rows = [(errors, len, string)].

    With `ignore_spaces`, both sides are compared without whitespace: the
    text layer of a right-to-left line as pdftotext writes it has its spaces
    moved around numbers, brackets and line ends, which says nothing about
    the letters or their order."""
    text = norm(ocr_text)
    if ignore_spaces:
        text = text.replace(" ", "")
    rows = []
    for e in expected:
        e = norm(e)
        if ignore_spaces:
            e = e.replace(" ", "")
        if e:
            rows.append((distance(e, text, gap), len(e), e))
    errors = sum(r[0] for r in rows)
    chars = sum(r[1] for r in rows)
    return (errors / chars if chars else 1.0), errors, chars, rows


# ---------------------------------------------------------------- expected text

MESSAGE = re.compile(r"^(-?[A-Za-z][\w-]*)\s*=\s?(.*)$")
ATTRIBUTE = re.compile(r"^\s+\.([\w-]+)\s*=\s?(.*)$")
SELECT = re.compile(r"\{[^{}]*->(.*?)\n\s*\}", re.S)
PLACEABLE = re.compile(r"\{[^{}]*\}")
VARIANT = re.compile(r"^\s*\*?\[[^\]]+\]\s?(.*)$")
CUT = "\x00"


def ftl_messages(path):
    """{id: value} of the messages, terms and attributes (`id.attr`) of an FTL file."""
    msgs, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                cur = None
                continue
            m = MESSAGE.match(line)
            a = ATTRIBUTE.match(line)
            if m:
                cur = m.group(1)
                msgs[cur] = m.group(2)
            elif a and cur:
                cur = cur.split(".")[0] + "." + a.group(1)
                msgs[cur] = a.group(2)
            elif cur and (line[0].isspace() or line[0] == "}"):
                msgs[cur] += "\n" + line
    return msgs


def ftl_pieces(value):
    """The literal pieces of a message value as groups of alternatives.
    Placeables cut the text. A piece outside a selector is a group of its
    own; the pieces of a selector's variants are grouped by their place in
    the variant, so the same sentence in the masculine and the feminine, or
    a term in its grammatical cases, are alternatives of which the page
    shows one."""
    def pieces(text):
        return [norm(x) for x in PLACEABLE.sub(CUT, text).split(CUT)]

    groups, pos = [], 0
    for m in SELECT.finditer(value):
        groups += [[p] for p in pieces(value[pos:m.start()]) if p]
        body = PLACEABLE.sub(CUT, m.group(1))
        variants = [[norm(x) for x in v.group(1).split(CUT)]
                    for v in map(VARIANT.match, body.split("\n")) if v]
        for i in range(max((len(v) for v in variants), default=0)):
            alternatives = [v[i] for v in variants if i < len(v) and v[i]]
            if alternatives:
                groups.append(alternatives)
        pos = m.end()
    groups += [[p] for p in pieces(value[pos:]) if p]
    return groups


def ftl_fragments(value):
    """The literal pieces of a message value, every variant's apart."""
    return [p for group in ftl_pieces(value) for p in group]


def letters(s):
    return sum(c.isalpha() for c in s)


def presence_key(s):
    """Loose form, only for deciding whether a piece is on the page: no spaces,
    no Arabic vowel signs (pdftotext moves them and the spaces around them)."""
    return "".join(c for c in norm(s) if c != " " and not ("\u064b" <= c <= "\u065f" or c == "\u0670"))


def pdf_page_text(pdf, page):
    cmd = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), pdf, "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def present_pieces(groups, page_text, min_letters=8, tolerance=0.15):
    """Of each group of alternative pieces (>= min_letters letters), the ones
    found in the page's text layer: loosely (edit distance <= tolerance of the
    length), and of near-identical alternatives only the closest, so a term's
    other grammatical cases or a sentence's other gender are not expected."""
    page = presence_key(page_text)
    seen, out = set(), []
    for group in groups:
        found = []
        for frag in group:
            if letters(frag) < min_letters or frag in seen:
                continue
            seen.add(frag)
            k = presence_key(frag)
            d = substring_distance(k, page)
            if d <= tolerance * len(k):
                found.append((d / len(k), frag))
        best = min((d for d, _ in found), default=None)
        out += [frag for d, frag in found if d == best]
    # a piece inside a longer kept one (a variant repeating another) counts once
    return [f for f in out if not any(f != g and f in g for g in out)]


def expected_from_ftl(ftl_dir, template, page_text, min_letters=8, tolerance=0.15):
    """The FTL pieces (>= min_letters letters) found in the page's text layer."""
    groups = []
    for name in ("common.ftl", template + ".ftl"):
        for value in ftl_messages(os.path.join(ftl_dir, name)).values():
            groups += ftl_pieces(value)
    return present_pieces(groups, page_text, min_letters, tolerance)


def script(c):
    """First word of the character's Unicode name: LATIN, ARABIC, ETHIOPIC, CYRILLIC."""
    return unicodedata.name(c, "?").split(" ")[0]


def coverage(expected, page_text):
    """(script, covered): the most frequent script among the expected letters,
    and the share of the page's letters in that script the strings hold."""
    exp = Counter(script(c) for e in expected for c in e if c.isalpha())
    if not exp:
        return None, 0.0, 0
    main = exp.most_common(1)[0][0]
    on_page = sum(1 for c in norm(page_text) if c.isalpha() and script(c) == main)
    return main, (exp[main] / on_page if on_page else 0.0), on_page


# ---------------------------------------------------------------- command line

def self_test():
    """The bit-parallel search against the plain DP; forward jumps never help
    reversed order."""
    rng = random.Random(7)
    for _ in range(3000):
        alpha = rng.choice(["ab", "abc", "abcdef"])
        p = "".join(rng.choice(alpha) for _ in range(rng.randint(1, 12)))
        t = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 30)))
        assert substring_distance(p, t) == substring_distance_dp(p, t), (p, t)
        assert substring_distance_dp(p, t, 10 ** 6) == substring_distance_dp(p, t), (p, t)
        assert substring_distance_dp(p, t, 2) <= substring_distance_dp(p, t), (p, t)
    p = "مرحبا بكم في البلدية"
    assert substring_distance(p, "xx " + p + " yy") == 0
    assert distance("abcdef ghijkl", "abcdef" + "z" * 40 + " ghijkl", gap=4) == 4
    words = p.split(" ")
    assert distance(p, " ".join(reversed(words)), gap=4) > 0.4 * len(p)
    assert distance(p, p[::-1], gap=4) > 0.6 * len(p)
    assert norm("\u2068a\u2069\u061f  b\u0640") == "a? b"
    frags = ftl_fragments("{ $n ->\n    [one] één ding\n   *[other] { $n } dingen hier\n}. Klaar { $x } nu")
    assert frags == ["één ding", "dingen hier", ". Klaar", "nu"], frags
    term = "{ $case ->\n   *[nom] соціальна допомога\n    [gen] соціальної допомоги\n}"
    assert ftl_pieces(term) == [["соціальна допомога", "соціальної допомоги"]], ftl_pieces(term)
    # Only the case (or gender) on the page is expected, not its near twin.
    page = "Ви не отримаєте соціальної допомоги."
    assert present_pieces(ftl_pieces(term), page) == ["соціальної допомоги"]
    gendered = "{ $form ->\n    [ms] إذا لم تتصلي بنا اليوم\n   *[mr] إذا لم تتصل بنا اليوم\n}"
    assert present_pieces(ftl_pieces(gendered), "إذا لم تتصلي بنا اليوم") == [norm("إذا لم تتصلي بنا اليوم")]
    # Persian: Arabic yeh and kaf read as the Persian ones; the non-joiner is invisible.
    assert norm("ليک\u200cها كار") == norm("لیکها کار") == "لیکها کار"
    # Spaces moved by pdftotext cost nothing when ignored; letters still do.
    assert score(["لە هەژماری بانکەکەتان"], "لەهەژماری  بانکەکە تان", ignore_spaces=True)[1] == 0
    assert score(["لە هەژماری بانکەکەتان"], "لە هەژماری بانکەکەتان".replace("ە", "ه"), ignore_spaces=True)[1] == 4
    print("ok")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_argument_group("OCR text (one of)")
    src.add_argument("--ocr-text", help="tesseract's output for the page")
    src.add_argument("--png", help="run tesseract on this image instead")
    src.add_argument("--tesseract-lang", help="with --png: tesseract languages, e.g. ara+nld")
    exp = ap.add_argument_group("expected text")
    exp.add_argument("--pdf", help="the letter; its text layer decides which messages the page shows")
    exp.add_argument("--page", type=int, default=1)
    exp.add_argument("--ftl-dir", help="the language's translations, e.g. locales/ar")
    exp.add_argument("--template")
    exp.add_argument("--expected", help="instead: a file with one expected string a line")
    exp.add_argument("--min-letters", type=int, default=8, help="shortest FTL piece (letters), default 8")
    ap.add_argument("--ignore-spaces", action="store_true",
                    help="compare without whitespace (a right-to-left text layer, where pdftotext moves spaces)")
    ap.add_argument("--gap", type=int, default=None, help="cost of a forward jump in the OCR text (e.g. 4)")
    ap.add_argument("--max-cer", type=float)
    ap.add_argument("--min-chars", type=int)
    ap.add_argument("--min-coverage", type=float)
    ap.add_argument("--worst", type=int, default=5, help="strings listed under worst, default 5")
    ap.add_argument("--dump-expected", help="write the expected strings to this file")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args(argv)

    if a.self_test:
        self_test()
        return 0

    page_text = pdf_page_text(a.pdf, a.page) if a.pdf else ""
    if a.expected:
        with open(a.expected, encoding="utf-8") as f:
            expected = [s for s in map(norm, f) if s and not s.startswith("#")]
    elif a.ftl_dir and a.template and a.pdf:
        expected = expected_from_ftl(a.ftl_dir, a.template, page_text, a.min_letters)
    else:
        ap.error("need --expected FILE, or --ftl-dir, --template and --pdf")
    if a.dump_expected:
        with open(a.dump_expected, "w", encoding="utf-8") as f:
            f.write("".join(e + "\n" for e in expected))

    if a.ocr_text:
        with open(a.ocr_text, encoding="utf-8") as f:
            text = f.read()
    elif a.png and a.tesseract_lang:
        env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
        cmd = ["tesseract", a.png, "stdout", "-l", a.tesseract_lang, "--psm", "3", "--dpi", "300",
               # keep Arabic lines the noise filter would drop (tesseract-ocr/tesseract#4582)
               "-c", "textord_noise_rejrows=0", "-c", "textord_noise_rejwords=0"]
        text = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    else:
        ap.error("need --ocr-text FILE, or --png and --tesseract-lang")

    cer, errors, chars, rows = score(expected, text, a.gap, a.ignore_spaces)
    main_script, covered, page_letters = coverage(expected, page_text) if page_text else (None, 0.0, 0)
    ok = ((a.max_cer is None or cer <= a.max_cer)
          and (a.min_chars is None or chars >= a.min_chars)
          and (a.min_coverage is None or covered >= a.min_coverage))
    worst = sorted((r for r in rows if r[0]), key=lambda r: (-r[0], r[2]))[: a.worst]
    print(json.dumps({
        "template": a.template, "page": a.page,
        "cer": round(cer, 5), "errors": errors, "chars": chars, "strings": len(rows),
        "script": main_script, "coverage": round(covered, 4), "page_letters": page_letters,
        "worst": [{"errors": d, "chars": n, "text": e} for d, n, e in worst],
        "ok": ok,
    }, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
