#!/usr/bin/env python3
"""Builds the seventh set of public Vietnamese text-normalization / number-reading test pairs
(tn7, a BLIND set), from projects no earlier set used (none is named under bench/ or docs/, none
is in /work/wt/SETS13-claimed.txt for another set).

Takes the pairs (written, expected spoken) that each project's tests assert as a whole output
and writes under OUT:

  <project>/cases.tsv        `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason
  work/report.json           counts per project

Two projects are read from snapshots fetched with the fetch tool (git directories under
MIRRORS/<owner>+<name>/repo, `git --git-dir=DIR show COMMIT:PATH`). Three have no snapshot the
fetch tool can bring; their test files were copied verbatim (character counts checked) from the
stored index of public repositories, each at the commit the index names, into the set's
work/sources/<owner>+<name>/ (outside the project; --sources) and are read from there.

Rules (as for the sixth set): only whole-output assertions (`==`, `toBe`) with the project's
default options; no substring checks (`in`, `toContain`), no internal stage helpers (a lexicon
pass alone, a prosody pass on text already in words); numbers a test passes as program values
written as Vietnamese text writes them (integers as digits, decimals with a decimal comma);
string inputs as written; the expected text kept as the project writes it (only NFC and single
spaces); an expected text that is not a Vietnamese reading (it keeps digits, symbols, an
acronym or abbreviation as written, a single consonant letter, English words) left out with the
reason; integers of more than 15 digits left out; a written text kept once in the whole set
(first project in PROJECTS order wins, later repeats are left out and listed). Unlike the earlier
sets, the written texts of earlier sets are NOT read (round 13 forbids reading any .tsv of
expected readings), so a bare number may repeat one of an earlier set. Python 3 standard
library only.
"""

import argparse
import ast
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import clean, extractor, git_dir, show, write_tsv  # noqa: E402

# the fourth set's helpers (line numbers, more than 15 digits, the sifting of repeats, the output
# files) and the sixth set's test of an expected text that is no Vietnamese reading
tn4 = extractor("tn4")
tn6 = extractor("tn6")
line_of, sift, write_outputs = tn4.line_of, tn4.sift, tn4.write_outputs
not_a_reading = tn6.not_a_reading

# Test files copied from the stored index: path -> (commit the index names, characters).
INDEX_FILES = {
    "vansyson1308/ttspromax": {
        "src/lib/speech/__tests__/text.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 5209),
        "src/lib/speech/__tests__/review-regressions.test.ts":
            ("5bfbb4930e07aa27b102af82039dede468a90632", 4292),
        "src/lib/speech/__tests__/review-round2.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 3247),
        "src/lib/speech/__tests__/review-round3.test.ts":
            ("cfab429386bebfa5a88cb1917265163ba3b043c4", 3821),
        "src/lib/speech/__tests__/review-round4.test.ts":
            ("db2d0186e534c80b14765369fdffb42b09607c46", 2373),
        "src/lib/speech/__tests__/review-round5.test.ts":
            ("fd70b8e01a4b017f53f08a4ada41bcb788e6b168", 2380),
        "src/lib/speech/__tests__/review-round6.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 2882),
        "src/lib/speech/__tests__/review-round7.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 1000),
        "src/lib/speech/__tests__/review-round8.test.ts":
            ("c8153d02be95410669390bbc255a32caeae90439", 3505),
        "src/lib/speech/__tests__/review-round9.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 1460),
        "src/lib/speech/__tests__/review-round10.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 1332),
        "src/lib/speech/__tests__/review-round11.test.ts":
            ("887976dd7e8a54c37e46311bff4a09cd15971e54", 884),
        "src/lib/speech/__tests__/review-round12.test.ts":
            ("abb74b6df0327f6b26058601e6be87e05018d2d4", 940),
    },
    "mona-software/mona-vn-normalize": {
        "tests/test_numbers.py": ("392d4f3204d35c51705702032bcbcc380e7ff2f1", 710),
        "tests/test_currency.py": ("392d4f3204d35c51705702032bcbcc380e7ff2f1", 485),
        "tests/test_phone_abbrev.py": ("392d4f3204d35c51705702032bcbcc380e7ff2f1", 842),
        "tests/test_units_roman_text.py": ("392d4f3204d35c51705702032bcbcc380e7ff2f1", 1397),
        "tests/test_datetime.py": ("392d4f3204d35c51705702032bcbcc380e7ff2f1", 1052),
    },
    "finalflash159/soca": {
        "tests/test_valtec_normalizer.py": ("217433ac6e7b15159e010c1bac106414cd750351", 6613),
    },
}

PROJECTS = [
    # (short name, repo, commit or None for index copies, licence)
    ("ttspromax", "vansyson1308/ttspromax", None,
     "none stated (package.json private, no licence file): measurement only"),
    ("mona-vn-normalize", "mona-software/mona-vn-normalize", None,
     "none stated (pyproject.toml has none, no licence file): measurement only"),
    ("react-19-number-to-words", "hihahihahoho/React-19",
     "bf61521ef9420db4b8748ed1453532becf05263f",
     "none stated (package.json private, no licence file): measurement only"),
    ("vietnam-number", "ngthuong45/vietnam-number",
     "e6deb2ab7b0405c247b4263727a62a546fd2220e", "GPL-3.0-or-later (pyproject.toml)"),
    ("soca", "finalflash159/soca", None, "MIT (pyproject.toml)"),
]


def py_num(value):
    """A number passed as a program value, written as Vietnamese text writes it."""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


NUMBER_WORDS = set("không một hai ba bốn năm sáu bảy tám chín mười mươi trăm nghìn ngàn "
                   "triệu tỷ linh lẻ lẽ mốt lăm tư".split())


def no_reading(spoken):
    """Why spoken is not a Vietnamese reading, or None: the sixth set's test, and a hyphen
    joining two number words (a code read by halves with its dash left in)."""
    why = not_a_reading(spoken)
    if why:
        return why
    for m in re.finditer(r"(\w+)-(\w+)", spoken):
        if m.group(1).lower() in NUMBER_WORDS and m.group(2).lower() in NUMBER_WORDS:
            return "expected text keeps a dash between number words"
    return None


# ---------------------------------------------------------------------------------------------
# Categories of running text.

ROMAN = re.compile(r"\b[IVXLC]{2,}\b|(?i:\b(?:chương|khoá|khóa|quý|thế kỷ)\s+[ivx]+\b)")
MONEY = re.compile(r"(?i)\d\s*(?:k|tr|đ|₫|usd|vnd)(?!\w)|\$\s*\d|"
                   r"\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?"
                   r"(?:đồng(?!\s+(?:loạt|bào|thời|ý|chí|hồ))|usd|vnd)(?!\w)")
PHONE = re.compile(r"(?<![\d.,])0\d{2,3}[-. ]?\d{3}[-. ]?\d{3,4}(?![\d.,])")
TIME = re.compile(r"(?i)\d\s*[hg](?:\d|(?!\w))|\d:\d")
UNIT = re.compile(r"(?i)\d\s*(?:mm|cm|km|kg|l|m2|m³|m|°c)(?!\w)|\d+m\d")


def text_category(w, s):
    """The category of a pair of running text, from what the written text holds (the first
    that applies): roman, phone, percent, money, unit, arithmetic, time, date, range, score, fraction,
    number, else abbreviation."""
    if ROMAN.search(w):
        return "roman"
    if PHONE.search(w):
        return "phone"
    if "%" in w:
        return "percent"
    if MONEY.search(w):
        return "money"
    if UNIT.search(w):
        return "unit"
    if re.search(r"\d\s*[-+=*]\s*\d", w) and re.search(r"\b(?:cộng|trừ|bằng|nhân)\b", s):
        return "arithmetic"
    s = s.lower()
    if TIME.search(w) and "giờ" in s and "tháng" not in s:
        return "time"
    if re.search(r"\d[-/.]\d", w) and re.search(r"\btháng\b", s) or \
            re.search(r"\d/\d{4}\b", w) and re.search(r"\bnăm\b", s):
        return "date"
    if re.search(r"\d\s*-\s*\d", w) and " đến " in " %s " % s:
        return "range"
    if re.search(r"\d\s*-\s*\d", w):
        return "score"
    if re.search(r"\d/\d", w):
        return "fraction"
    if re.search(r"\d", w):
        return "number"
    return "abbreviation"


# ---------------------------------------------------------------------------------------------
# ttspromax (vitest): `expect(vi("W")).toBe("S")` (vi = normalizeVietnameseText, the project's
# normalizer), it.each([["W", "S"], ...]) tables checked with `expect(vi(input)).toBe(expected)`,
# and `expect(prepareSpoken("W", "vi", <built-in lexicon>, false)).toBe("S")` (the spoken form
# of a headline, the whole pipeline with the built-in lexicon).

JS_STR = r'"((?:[^"\\]|\\.)*)"'
TTS_CALL = re.compile(r"expect\(\s*(vi|normalizeVietnameseText)\(\s*" + JS_STR + r"\s*\)\s*\)"
                      r"\s*\.toBe\(\s*" + JS_STR + r"\s*,?\s*\)")
TTS_SPOKEN = re.compile(r"expect\(\s*prepareSpoken\(\s*" + JS_STR + r'\s*,\s*"vi"\s*,\s*'
                        r'(VI_BUILTIN_LEXICON|mergeLexicons\(\[\],\s*"vi"\))\s*,\s*false\s*\)\s*\)'
                        r"\s*\.toBe\(\s*" + JS_STR + r"\s*,?\s*\)")
TTS_EACH = re.compile(r"it\.each\(\[(.*?)\]\)\(\s*\"%s\"\s*,\s*\(input, expected\)\s*=>\s*"
                      r"expect\(vi\(input\)\)\.toBe\(expected\)\)", re.S)
TTS_ROW = re.compile(r"\[\s*" + JS_STR + r"\s*,\s*" + JS_STR + r"\s*,?\s*\]")


def js_unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
        if "\\" in s else s


def read_ttspromax(srcdir, files):
    pairs, notes = [], []
    for path in files:  # in the order of INDEX_FILES: the rounds in order
        commit = files[path][0]
        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
            src = f.read()
        found = []
        for m in TTS_CALL.finditer(src):
            found.append((m.start(), None, js_unescape(m.group(2)), js_unescape(m.group(3))))
        for m in TTS_SPOKEN.finditer(src):
            found.append((m.start(), "headline", js_unescape(m.group(1)), js_unescape(m.group(3))))
        for block in TTS_EACH.finditer(src):
            for m in TTS_ROW.finditer(block.group(1)):
                found.append((block.start(1) + m.start(), None, js_unescape(m.group(1)),
                              js_unescape(m.group(2))))
        for pos, cat, w, s in sorted(found):
            origin = "%s@%s:%d" % (path, commit[:12], line_of(src, pos))
            pairs.append((cat or text_category(w, s), w, s, origin))
    notes.append("Not taken: applyLexicon (the lexicon pass alone, without the number reading), "
                 "toContain / not.toContain checks, planScript segments, subtitle and audio tests")
    notes.append("Scores are read as two bare numbers, ranges with 'đến', hyphen dates as day "
                 "and month, units with hyphenated loan syllables: kept as the project asserts them")
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# Python test files read with the ast module.

def _value(node, env):
    """The value of a literal node; names from env; str(<int literal>) as its digits."""
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise ValueError("name " + node.id)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "str" and len(node.args) == 1:
        return str(ast.literal_eval(node.args[0]))
    return ast.literal_eval(node)


def _param_rows(func):
    """[(row dict, line)] of a function's @pytest.mark.parametrize, or [({}, None)]."""
    rows = [({}, None)]
    for dec in func.decorator_list:
        if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"):
            continue
        names = ast.literal_eval(dec.args[0])
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",")]
        new = []
        for elt in dec.args[1].elts:
            vals = _value(elt, {}) if not isinstance(elt, ast.Tuple) else \
                tuple(_value(e, {}) for e in elt.elts)
            if len(names) == 1:
                vals = (vals,)
            new.append((dict(zip(names, vals)), elt.lineno))
        rows = [(dict(r, **n), nl or rl) for r, rl in rows for n, nl in new]
    return rows


def _call_name(call):
    """The name of a called function or method (normalize for x.normalize(...))."""
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def py_pairs(src, funcs):
    """Yield (test function, call name, args, kwargs, expected, line) for every
    `assert F(...) == "S"` in test functions, F in funcs (a method name counts:
    `ValtecTextNormalizer().normalize(...)`), also when the call was first assigned to a name
    (`result = F("W")` ... `assert result == "S"`); parametrize rows expanded."""
    tree = ast.parse(src)
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef) or not func.name.startswith("test"):
            continue
        for row, rline in _param_rows(func):
            assigned = {}
            for node in ast.walk(func):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                        isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call):
                    assigned[node.targets[0].id] = node.value
            for node in ast.walk(func):
                if not isinstance(node, ast.Assert) or not isinstance(node.test, ast.Compare):
                    continue
                cmp = node.test
                if len(cmp.ops) != 1 or not isinstance(cmp.ops[0], ast.Eq):
                    continue
                call = cmp.left
                if isinstance(call, ast.Name) and call.id in assigned:
                    call = assigned[call.id]
                if not isinstance(call, ast.Call) or _call_name(call) not in funcs:
                    continue
                try:
                    args = [_value(a, row) for a in call.args]
                    kwargs = {k.arg: ast.unparse(k.value) for k in call.keywords}
                    expected = _value(cmp.comparators[0], row)
                except ValueError:
                    continue
                if not isinstance(expected, str) or not args:
                    continue
                yield func.name, _call_name(call), args, kwargs, expected, rline or node.lineno


MONA_KIND = {"read_number": "number", "read_currency": "money", "read_phone": "phone",
             "read_date": "date", "read_time": "time"}
MONA_FUNC_KIND = {"test_roman_in_context": "roman",
                  "test_abbreviations": "abbreviation",
                  "test_large_number_is_not_mistaken_for_phone": "number",
                  "test_feature_flag_and_pipeline_sentence": "sentence",
                  "test_existing_date_word_is_not_duplicated": "date"}


def read_mona(srcdir, files):
    """pytest: read_number / read_currency / read_phone / read_date / read_time (the package's
    public readers) and normalize (the whole pipeline), parametrize rows expanded; calls with
    keyword options are options."""
    pairs, notes = [], []
    for path in sorted(files):
        commit = files[path][0]
        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
            src = f.read()
        for fname, fn, args, kwargs, expected, line in py_pairs(
                src, set(MONA_KIND) | {"normalize"}):
            origin = "%s@%s:%d" % (path, commit[:12], line)
            written = py_num(args[0]) if not isinstance(args[0], str) else args[0]
            if kwargs:
                pairs.append((None, written, expected, origin + " [option %s]" %
                              ", ".join("%s=%s" % kv for kv in kwargs.items())))
                continue
            if fn == "read_phone" and written.startswith("+"):
                pairs.append((None, written, expected, origin +
                              " [the country code is not read: not the reading of the whole input]"))
                continue
            kind = MONA_KIND.get(fn) or MONA_FUNC_KIND.get(fname) or text_category(written, expected)
            if kind == "number" and "," in written:
                kind = "decimal"
            pairs.append((kind, written, expected, origin))
    notes.append("Not taken: clean_text (whitespace only), read_roman and roman_to_int (bare "
                 "numeral helpers), the invalid-input and type checks")
    notes.append("read_date says 'mùng' before a bare day/month; read_currency adds 'đồng' to "
                 "shorthand amounts: kept as the project asserts them")
    return pairs, notes


SOCA_PROSODY = "input already in words: tests a prosody rewrite of spelled-out numbers, not a reading"
SOCA_LEFT_OUT = {  # test function -> why none of its pairs is a reading
    "test_numeric_linh_is_rewritten_to_le_and_scale_words_get_rests": SOCA_PROSODY,
    "test_scale_word_rest_skips_non_number_continuations": SOCA_PROSODY,
    "test_linh_outside_numbers_is_untouched": SOCA_PROSODY,
    "test_long_technical_terms_and_numeric_ratios_are_fully_spoken":
        "expected text translates an error code instead of reading it",
}
VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                         r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def english_word(spoken):
    """A word of spoken that is no Vietnamese syllable (tones and vowel marks set aside), or
    None: soca says some acronyms as their English words."""
    for raw in spoken.split():
        tok = raw.strip(".,;:!?()\"'").lower().replace("đ", "d")
        base = "".join(c for c in unicodedata.normalize("NFD", tok)
                       if unicodedata.category(c) != "Mn")
        if base and not re.search(r"\d", base) and not VI_SYLLABLE.fullmatch(base):
            return raw
    return None


def read_soca(srcdir, files):
    """pytest: number_to_words(raw) == spoken (parametrize) and
    ValtecTextNormalizer().normalize(text) == expected (the TTS front end's normalizer, default
    construction), also through `result = ...; assert result == (...)`."""
    pairs, notes = [], []
    for path in sorted(files):
        commit = files[path][0]
        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
            src = f.read()
        for fname, fn, args, kwargs, expected, line in py_pairs(
                src, {"number_to_words", "normalize"}):
            origin = "%s@%s:%d" % (path, commit[:12], line)
            written = args[0]
            why = SOCA_LEFT_OUT.get(fname)
            if not why and english_word(clean(expected)):
                why = "expected text keeps English words (%s)" % english_word(clean(expected))
            if why:
                pairs.append((None, written, expected, origin + " [%s]" % why))
                continue
            if fn == "number_to_words":
                kind = "number"
            elif re.search(r"\d", written):
                kind = "fraction" if "/" in written else text_category(written, expected)
            else:
                kind = "loanword"
            pairs.append((kind, written, expected, origin))
    notes.append("Not taken: the `expected in normalize(raw)` substring checks, the idempotence, "
                 "NFC, invalid-date and URL checks")
    notes.append("The normalizer inserts commas (pauses) after scale words and says 'lẻ' without "
                 "'không trăm' after a thousand; English terms are respelled in Vietnamese "
                 "syllables: kept as the project asserts them")
    return pairs, notes


VN_NOT_NORMAL = {"2345000000000": "not a normal reading: the thousands of tỷ read as a group of "
                                   "their own, the scale word said twice"}
VN_FUNCS = {"n2w_hundreds": "number", "n2w_large_number": "number", "n2w_single": "digits"}


def read_vietnam_number(gdir, commit):
    """pytest: the number2word tests, `assert n2w_*(s) == words` with parametrize rows
    (n2w_single reads a digit string digit by digit)."""
    pairs = []
    for path in ["tests/number2word/test_hundreds.py", "tests/number2word/test_large_number.py",
                 "tests/number2word/test_single.py"]:
        src = show(gdir, commit, path)
        for fname, fn, args, kwargs, expected, line in py_pairs(src, set(VN_FUNCS)):
            origin = "%s:%d" % (path, line)
            written = args[0]
            if fn == "n2w_single" and written.startswith("+"):
                pairs.append((None, written, expected, origin +
                              " [the country code is not read: not the reading of the whole input]"))
                continue
            if written in VN_NOT_NORMAL:
                pairs.append((None, written, expected, origin + " [%s]" % VN_NOT_NORMAL[written]))
                continue
            pairs.append(("phone" if fn == "n2w_single" else "number", written, expected, origin))
    notes = ["The word2number tests (spoken -> digits) are the inverse direction: not taken",
             "'lẽ' (a misspelling of 'lẻ') is the project's own spelling: kept unchanged",
             "One large number read with its scale word twice (a change made in 2025): left "
             "out as no normal reading"]
    return pairs, notes


# React-19 (vitest): it.each([[N, "S"], ...]) tables checked with
# `expect(toWords(input)).toBe(expected)`, and `expect(toWords(N)).toBe("S")`.
RX_EACH = re.compile(r"it\.each\(\[(.*?)\]\)\(\s*\"[^\"]*\"\s*,\s*\(input, expected\)\s*=>\s*\{"
                     r"\s*expect\(toWords\(input\)\)\.toBe\(expected\)", re.S)
RX_ROW = re.compile(r"\[\s*(-?[\d.]+|\"[^\"]*\")\s*,\s*" + JS_STR + r"\s*\]")
RX_CALL = re.compile(r"expect\(toWords\((-?[\d.]+n?|\"[^\"]*\")\)\)\.toBe\(" + JS_STR + r"\)")


def react_written(lit):
    """A JS literal passed to toWords, written as Vietnamese text writes it: a number as
    digits with a decimal comma, a BigInt as its digits, a string as written."""
    if lit.startswith('"'):
        return lit[1:-1], "string"
    lit = lit.rstrip("n")
    if "." in lit:
        return lit.replace(".", ","), "decimal"
    return lit, "number"


def read_react19(gdir, commit):
    path = "src/lib/number-to-words/vi-VN.test.ts"
    src = show(gdir, commit, path)
    pairs, found = [], []
    for block in RX_EACH.finditer(src):
        for m in RX_ROW.finditer(block.group(1)):
            found.append((block.start(1) + m.start(), m.group(1), m.group(2)))
    for m in RX_CALL.finditer(src):
        found.append((m.start(), m.group(1), m.group(2)))
    for pos, lit, spoken in sorted(found):
        origin = "%s:%d" % (path, line_of(src, pos))
        written, kind = react_written(lit)
        if written == "-0":
            pairs.append((None, written, spoken, origin + " [negative zero is a program value, "
                          "not a text]"))
            continue
        if kind == "string":
            kind = "decimal" if "." in written else "number"
        pairs.append((kind, written, spoken, origin))
    notes = ["Number literals are written with a decimal comma (3.141 -> 3,141), BigInt literals "
             "as their digits, string inputs as written ('3.14' stays '3.14')",
             "Digits after the comma are read as one number, after leading zeros digit by "
             "digit"]
    return pairs, notes


INDEX_READERS = {"ttspromax": read_ttspromax, "mona-vn-normalize": read_mona, "soca": read_soca}
MIRROR_READERS = {"vietnam-number": read_vietnam_number, "react-19-number-to-words": read_react19}


def check_sources(sources, index_files):
    """The index copies are there with the character counts the index gave."""
    for repo, files in index_files.items():
        for path, (commit, chars) in files.items():
            p = os.path.join(sources, repo.replace("/", "+"), path)
            with open(p, encoding="utf-8") as f:
                n = len(f.read())
            if n != chars:
                sys.exit("%s: %d characters, the index gave %d" % (p, n, chars))


def build(description, out, projects, index_files, index_readers, mirror_readers, no_reading):
    """Build a set of public test pairs from projects read from index copies (commit None in
    projects: index_readers) or fetched mirrors (mirror_readers), leaving out the pairs whose
    expected text no_reading() says is no reading; the eighth set uses it too."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="where the fetched repositories lie (<owner>+<name>/repo)")
    ap.add_argument("--sources", default=os.path.join(out, "work", "sources"),
                    help="the test files copied from the stored index")
    ap.add_argument("--out", default=out)
    args = ap.parse_args()
    check_sources(args.sources, index_files)
    kept_by, kept_reading = {}, {}
    report, origins, leftout = [], [], []
    for name, repo, commit, licence in projects:
        if commit is None:
            files = index_files[repo]
            pairs, notes = index_readers[name](
                os.path.join(args.sources, repo.replace("/", "+")), files)
            pin = "%s@index" % repo
            commit = "index copies: " + ", ".join(sorted({c[:12] for c, n in files.values()}))
        else:
            pairs, notes = mirror_readers[name](git_dir(args.mirrors, repo), commit)
            pin = "%s@%s" % (repo, commit[:12])
        counts = {"read": len(pairs), "left_out": 0, "not_reading": 0, "repeat": 0, "set": 0,
                  "prior": 0, "long": 0}
        kept = []
        for cat, w, s, origin in pairs:
            w, s = clean(w), clean(s)
            if cat is None:
                counts["left_out"] += 1
                reason = origin[origin.index(" [") + 2:-1]
                leftout.append("%s\t%s\t%s\t%s" % (name, w, reason, origin[:origin.index(" [")]))
                continue
            why = no_reading(s)
            if why:
                counts["not_reading"] += 1
                leftout.append("%s\t%s\t%s\t%s" % (name, w, why, origin))
                continue
            one, sifted = sift(name, [(cat, w, s, origin)], {}, kept_by, kept_reading, leftout)
            kept += one
            for k in ("repeat", "set", "prior", "long"):
                counts[k] += sifted[k]
        rows = [(cat, w, s) for cat, w, s, origin in kept]
        origins += ["\t".join([name, cat, w, pin, licence, origin]) for cat, w, s, origin in kept]
        if rows:
            write_tsv(os.path.join(args.out, name, "cases.tsv"), rows)
        bycat = {}
        for r in rows:
            bycat[r[0]] = bycat.get(r[0], 0) + 1
        report.append((name, repo, commit, licence, counts, bycat, notes))
    write_outputs(args.out, "project\tcategory\twritten\trepository@commit\tlicence\tfile:line",
                  origins, leftout, report)


def main():
    build("Build the seventh set of public test pairs (tn7).", "/work/data/tn7", PROJECTS,
          INDEX_FILES, INDEX_READERS, MIRROR_READERS, no_reading)


if __name__ == "__main__":
    main()
