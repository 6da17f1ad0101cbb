"""Runs the `pdfua` checker (PyPI, PDF/UA-1 machine-checkable subset) on one PDF.

pdfua 0.1.3 crashes in its empty-heading rule (UA-14-001) on every heading
whose /K is an array, which typst always writes, and then silently skips the
rule. This wrapper makes its `as_integer` helper answer "not an integer" for
arrays and dictionaries, so the rule runs; nothing else is changed.
Usage: python pdfua_check.py check FILE.pdf --format json
"""

import sys

import pikepdf
import pdfua.document as document
import pdfua.rules.structure as structure
from pdfua.cli import main

_as_integer = document.as_integer


def as_integer(value):
    if isinstance(value, (pikepdf.Array, pikepdf.Dictionary)):
        return None
    return _as_integer(value)


document.as_integer = structure.as_integer = as_integer
sys.argv[0] = "pdfua"
sys.exit(main(sys.argv[1:]))
