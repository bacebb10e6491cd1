#!/usr/bin/env python3
"""Builds the ninth set of public Vietnamese text-normalization / number-reading test pairs
(tn9, a BLIND set), from projects no earlier set used (none is named under bench/ or docs/, none
is in /work/wt/SETS-claimed.txt for another set; each is claimed there for tn9).

Takes the pairs (written, expected spoken) that each project's tests assert as a whole output
and writes under OUT:

  <project>/cases.tsv        `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason
  work/report.json           counts per project

One project (ducconit/gotoolkit) is read from its snapshot fetched with the fetch tool (a git
directory under MIRRORS/<owner>+<name>/repo). Four have no snapshot the fetch tool can bring; their
test files were copied verbatim (character counts checked) from the stored index of public
repositories, each at the commit the index names, into the set's work/sources/<owner>+<name>/
(outside the project; --sources) and are read there.

Rules (as for the sixth to eighth sets, whose code this imports): only whole-output assertions
(`==` in pytest, `assert.equal` in node:test, `expect(actual, matcher)` with a plain string in
Dart, a table row compared with `!=` in a Go test) with the project's default options; no substring
checks, no calls with options that change the reading (a compact thousands style) or that ask for
another language; numbers a test passes as program values written as Vietnamese text writes them
(integers as digits); string inputs as written; the expected text kept as the project writes it
(only NFC and single spaces); an expected text that is not a Vietnamese reading (digits, symbols,
an acronym or brand as written, a single consonant letter, a word that is no Vietnamese syllable)
left out with the reason; written texts that hold a line break or a tab (tests of line handling)
and empty ones left out; integers of more than 15 digits left out; a written text kept once in the
whole set (first project in PROJECTS order wins, later repeats are left out and listed). The
written texts of earlier sets are NOT read (round 15 forbids reading any .tsv of expected
readings), so a bare number may repeat one of an earlier set. Python 3 standard library only.
"""

import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import extractor, show  # noqa: E402

# the fourth set's line numbers, the seventh set's build (sifting of repeats and long numbers,
# output files) and the eighth set's categories and test of an expected text that is no
# Vietnamese reading
tn4 = extractor("tn4")
tn7 = extractor("tn7")
tn8 = extractor("tn8")
line_of = tn4.line_of
not_vietnamese = tn8.not_vietnamese

# Categories this set's texts need before the eighth set's (the first that matches): a sentence
# with a day/month/year and a time or a percentage, a phone number followed by punctuation, an
# amount in VNĐ or ₫, a bare decimal with a decimal comma, a code read digit by digit after "Mã".
TN9_CATEGORIES = [
    (r"\d/\d+/\d{4}.*(?:\d:\d|%)", "sentence"),
    (r"(?<![\d.,])0\d{9,10}(?!\d)", "phone"),
    (r"VNĐ|₫", "money"),
    (r"^-?\d+,\d+$", "decimal"),
    (r"\bMã \d", "code"),
]


def category(w, s):
    """The category of a pair of running text: TN9_CATEGORIES, else the eighth set's."""
    for pattern, name in TN9_CATEGORIES:
        if re.search(pattern, w):
            return name
    return tn8.category(w, s)

# Test files copied from the stored index: path -> (commit the index names, characters).
INDEX_FILES = {
    "saberadonisft-wq/content-bot": {
        "backend/tests/test_vietnamese_tts_normalizer.py":
            ("37076b6d4e1381a5fac980e1f0278ee83240f459", 1788),
    },
    "ImTheOne-9/VideoTranslate": {
        "test/tts-text-normalizer.test.js": ("ffc87e2fe04aebc4de1dd58ebbe50412fc03f99b", 1780),
    },
    "minhdev-ops/Text_To_Voice": {
        "test/domain/text/text_normalizer_test.dart":
            ("f64d2a0296dab24faf1f2da0779b565f58a8730b", 4137),
    },
    "Suzune-maid/vietnamese-number-practice-page": {
        "tests/number-vietnamese.test.js": ("0c30bc3fbb00ff6de195f8f03938451443ab091c", 3178),
    },
}

NO_LICENCE = "none found (no licence file at the root in any stored version): measurement only"
PROJECTS = [
    # (short name, repo, commit or None for index copies, licence); running text first
    ("content-bot", "saberadonisft-wq/content-bot", None, NO_LICENCE),
    ("videotranslate", "ImTheOne-9/VideoTranslate", None, NO_LICENCE),
    ("text-to-voice", "minhdev-ops/Text_To_Voice", None, NO_LICENCE),
    ("number-practice", "Suzune-maid/vietnamese-number-practice-page", None, NO_LICENCE),
    ("gotoolkit", "ducconit/gotoolkit", "006cade5338e67f3220735a7b2162bbc8a73198d", NO_LICENCE),
]


def _read(srcdir, path):
    with open(os.path.join(srcdir, path), encoding="utf-8") as f:
        return f.read()


def layout_test(written):
    """Why a written text is a test of layout rather than a text to read, or None."""
    if not written.strip():
        return "empty written text (a test of empty input)"
    if re.search(r"[\n\r\t]", written):
        return "written text holds a line break or a tab (a test of line handling)"
    return None


def text_pair(name_kind, written, spoken, origin):
    """A pair of running text: its category, or left out (cat None) as a layout test."""
    why = layout_test(written)
    if why:
        return (None, written, spoken, origin + " [%s]" % why)
    return (name_kind or category(written, spoken), written, spoken, origin)


# ---------------------------------------------------------------------------------------------
# saberadonisft-wq/content-bot (pytest): read_integer(value) == expected and
# normalize_vietnamese_for_tts(text) == expected, both over @pytest.mark.parametrize rows whose
# values may be integer expressions (10**12 + 5) or a repeated string ("9" * 100).

SAFE_NODES = (ast.Expression, ast.Constant, ast.BinOp, ast.UnaryOp, ast.Pow, ast.Add, ast.Sub,
              ast.Mult, ast.USub)


def safe_value(node):
    """The value of a literal built of constants and + - * ** (nothing else is evaluated)."""
    expr = ast.Expression(node)
    for sub in ast.walk(expr):
        if not isinstance(sub, SAFE_NODES):
            raise ValueError("not a literal: " + ast.unparse(node))
    return eval(compile(expr, "<row>", "eval"), {"__builtins__": {}})


def read_content_bot(srcdir, files):
    path = "backend/tests/test_vietnamese_tts_normalizer.py"
    commit = files[path][0]
    src = _read(srcdir, path)
    pairs = []
    for func in ast.parse(src).body:
        if not isinstance(func, ast.FunctionDef):
            continue
        called = {n.func.id for n in ast.walk(func)
                  if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        for dec in func.decorator_list:
            if getattr(dec.func, "attr", "") != "parametrize":
                continue
            for row in dec.args[1].elts:
                value, expected = (safe_value(e) for e in row.elts)
                origin = "%s@%s:%d" % (path, commit[:12], row.lineno)
                if "read_integer" in called:
                    pairs.append(("number", str(value), expected, origin))
                else:
                    pairs.append(text_pair(None, value, expected, origin))
    notes = ["read_integer(value) is written as the integer's digits; "
             "normalize_vietnamese_for_tts(text) is the project's whole normalizer",
             "Identifiers, impossible dates and times, versions and URLs are asserted to stay as "
             "written: not readings, left out",
             "Says 'lẻ', 'tỷ tỷ' for 10^18, 'ki lô gam', 'đến' in ranges, 'độ C': kept as the "
             "project asserts them"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# ImTheOne-9/VideoTranslate (node:test): assert.equal(F('W'[, { language: 'xx' }]), 'S') for the
# project's TTS text normalizer (normalizeVietnameseTtsText, normalizeTtsText,
# normalizePiperTtsText) and readVietnameseInteger(N).

JS_STR = r"'((?:[^'\\]|\\.)*)'"
VT_CALL = re.compile(r"assert\.equal\(\s*(\w+)\(\s*(" + JS_STR + r"|-?\d+)\s*"
                     r"(?:,\s*\{\s*language:\s*'(\w+)'\s*\})?\s*\)\s*,\s*" + JS_STR + r"\s*\)")


def js_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1),
                                                                            m.group(1)), s)


def read_videotranslate(srcdir, files):
    path = "test/tts-text-normalizer.test.js"
    commit = files[path][0]
    src = _read(srcdir, path)
    pairs = []
    for m in VT_CALL.finditer(src):
        fn, arg, lang, spoken = m.group(1), m.group(2), m.group(4), js_unescape(m.group(5))
        written = js_unescape(m.group(3)) if m.group(3) is not None else arg
        origin = "%s@%s:%d" % (path, commit[:12], line_of(src, m.start()))
        if lang and lang != "vi":
            pairs.append((None, written, spoken, origin +
                          " [option language '%s': not a Vietnamese reading]" % lang))
        elif fn == "readVietnameseInteger":
            pairs.append(("number", written, spoken, origin))
        elif not spoken and re.search(r"[\u4e00-\u9fff]", written):
            pairs.append((None, written, spoken, origin +
                          " [a test that Chinese text is dropped: the expected text is empty]"))
        else:
            pairs.append(text_pair(None, written, spoken, origin))
    notes = ["The file at ffc87e2f holds every pair of its earlier stored version (7bb71830) and "
             "the Piper ones; only ffc87e2f is read",
             "Calls that ask for English output (language 'en') are no Vietnamese reading; the "
             "language 'vi' calls are the project's Vietnamese path and are taken",
             "Lowercases a sentence-initial 'Ngày' it expands; says 'lẻ': kept as asserted"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# minhdev-ops/Text_To_Voice (flutter_test): expect(n.normalize('W'), 'S') with
# n = TextNormalizer(), and `const input = '...'; expect(n.normalize(input), input)`.

DART_STR = r"'((?:[^'\\]|\\.)*)'"
DART_CALL = re.compile(r"expect\(\s*n\.normalize\(\s*" + DART_STR + r"\s*\)\s*,\s*"
                       + DART_STR + r"\s*,?\s*\)")
DART_SAME = re.compile(r"const input = " + DART_STR + r";\s*expect\(n\.normalize\(input\),"
                       r"\s*input\);")


def read_text_to_voice(srcdir, files):
    path = "test/domain/text/text_normalizer_test.dart"
    commit = files[path][0]
    src = _read(srcdir, path)
    found = [(m.start(), js_unescape(m.group(1)), js_unescape(m.group(2)))
             for m in DART_CALL.finditer(src)]
    found += [(m.start(), js_unescape(m.group(1)), js_unescape(m.group(1)))
              for m in DART_SAME.finditer(src)]
    pairs = []
    for pos, written, spoken in sorted(found):
        origin = "%s@%s:%d" % (path, commit[:12], line_of(src, pos))
        kind = None
        if re.fullmatch(r"\d+,\d+|[\d.]+,\d+|\d+\.\d{1,2}", written):
            kind = "decimal"
        elif re.fullmatch(r"\d[\d.]*", written):
            kind = "number"
        pairs.append(text_pair(kind, written, spoken, origin))
    notes = ["Not taken: the checks with matchers (isFalse, isNotEmpty, everyElement, contains)",
             "Reads a dot before one or two digits as a decimal point, drops 'không trăm' before "
             "'lẻ' after a higher group and says 'bốn' after 'mươi': kept as the project "
             "asserts them"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# Suzune-maid/vietnamese-number-practice-page (node:test): assert.equal(numberToVietnamese(N),
# 'S') and digitToVietnamese(N); calls with { thousandStyle: 'compact' } are an option.

SZ_CALL = re.compile(r"assert\.equal\(\s*(numberToVietnamese|digitToVietnamese)\(\s*(\d+)\s*"
                     r"(,\s*\{[^}]*\})?\s*\)\s*,\s*" + JS_STR + r"\s*\)")


def read_number_practice(srcdir, files):
    path = "tests/number-vietnamese.test.js"
    commit = files[path][0]
    src = _read(srcdir, path)
    pairs = []
    for m in SZ_CALL.finditer(src):
        origin = "%s@%s:%d" % (path, commit[:12], line_of(src, m.start()))
        if m.group(3):
            pairs.append((None, m.group(2), m.group(4), origin +
                          " [option %s]" % m.group(3).strip(", ")))
        else:
            pairs.append(("number", m.group(2), m.group(4), origin))
    notes = ["Not taken: getVietnameseNumberForms (its primary form repeats numberToVietnamese, "
             "the others are includes checks), the DEFAULT_VARIANT fields and the throws checks",
             "Integers 0 to 9999 only; says 'lẻ' and 'hai mươi bốn' (not 'tư'; that pair repeats a "
             "written number of an earlier project and is left out as a repeat)"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# ducconit/gotoolkit (go test): num/num_test.go TestToWords, table rows
# {"name", value, "vi", "words", false} compared with `got != tt.want`.

GO_ROW = re.compile(r'\{"([^"]*)",\s*([-\w.]+),\s*"(\w+)",\s*"([^"]*)",\s*(true|false)\}')
GO_CONST = {"math.MaxInt64": str(2 ** 63 - 1), "math.MinInt64": str(-2 ** 63)}


def read_gotoolkit(gdir, commit):
    path = "num/num_test.go"
    src = show(gdir, commit, path)
    body = src[src.index("func TestToWords"):src.index("func TestRegister")]
    start = src.index(body)
    pairs = []
    for m in GO_ROW.finditer(body):
        value, lang, spoken, wants_err = m.group(2), m.group(3), m.group(4), m.group(5)
        if lang != "vi":
            continue
        origin = "%s:%d" % (path, line_of(src, start + m.start()))
        written = GO_CONST.get(value, value)
        if wants_err == "true":
            pairs.append((None, written, spoken, origin + " [a test of an error]"))
        else:
            pairs.append(("number", written, spoken, origin))
    notes = ["Only the Vietnamese rows of TestToWords (ToWords(value, \"vi\")); ToShorthand "
             "abbreviates with digits and Format groups digits: no readings",
             "ExampleToWords repeats ToWords(1005, \"vi\") of the table: not read again",
             "MaxInt64 and MinInt64 (19 digits) are left out as longer than 15 digits",
             "Says 'lẻ', 'tư' after 'mươi', 'tỷ tỷ', 'âm': kept as asserted"]
    return pairs, notes


INDEX_READERS = {"content-bot": read_content_bot, "videotranslate": read_videotranslate,
                 "text-to-voice": read_text_to_voice, "number-practice": read_number_practice}
MIRROR_READERS = {"gotoolkit": read_gotoolkit}


def main():
    tn7.build("Build the ninth set of public test pairs (tn9).", "/work/data/tn9", PROJECTS,
              INDEX_FILES, INDEX_READERS, MIRROR_READERS, not_vietnamese)


if __name__ == "__main__":
    main()
