#!/usr/bin/env python3
"""Rebuilds the third set of public Vietnamese text-normalization test pairs (a BLIND set).

Reads snapshots of public repositories (git directories, as the fetch tool leaves them under
MIRRORS/<owner>+<name>/repo) with `git --git-dir=DIR show COMMIT:PATH`, takes the pairs of
written text and expected spoken text that each project's tests (or, where a project has no
test, its README) assert, and writes, under OUT:

  <project>/<category>.tsv   every pair kept, `category<TAB>written<TAB>spoken` (UTF-8, NFC)
  README.md                  origins, commits, files, licences, counts, every pair left out or
                             changed and why, SHA-256 of every tsv

The whole set is sealed: there is no guide/sealed split, and nothing here is measured while
tuning. Pairs whose written text is already in an earlier set (--prior, default the first
and second sets under /work/data/tn and /work/data/tn2) are left out, so that every pair is
new evidence; a written text repeated within this set is kept once (the first project in
PROJECTS order wins).

Python 3 standard library only. Third-party data: OUT must be outside the project.

Usage: extract.py [--mirrors DIR] [--out DIR] [--prior DIR ...]
"""

import argparse
import ast
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tn"))
from tnlib import clean, git, git_dir, licence_name, show, write_readme, write_tsv  # noqa: E402


def by_origin(pair):
    """The sort key of a pair (category, written, spoken, "file:line"): its file, then its line."""
    path, line = pair[3].rsplit(":", 1)
    return path, int(line)


def line_of(src, pos):
    return src.count("\n", 0, pos) + 1


def decimal_comma(text):
    """'12.5' (a program's decimal point) -> '12,5' (as Vietnamese text writes a decimal)."""
    return text.replace(".", ",")


def float_text(value):
    """The shortest text of a float, with a decimal comma; None if it has no fraction."""
    if float(value).is_integer():
        return None
    return decimal_comma(repr(float(value)))


# ---------------------------------------------------------------------------------------------
# Each reader returns (pairs, notes): pairs are (category, written, spoken, origin); notes are
# lines for the README (pairs left out by the reader, changes made).


def read_codelink(gdir, commit):
    """The `self.<name>_cases = [(input, expected), ...]` lists set up by each unittest module
    under tests/ (each test runs `clean_basic` then one normalization stage, and compares)."""
    files = ["tests/test_number_vi.py", "tests/test_currency_vi.py",
             "tests/test_datestime_vi.py", "tests/test_month_vi.py",
             "tests/test_measurement_vi.py", "tests/test_abbreviation_vi.py",
             "tests/test_acronym_vi.py", "tests/test_letter_vi.py",
             "tests/test_intergration.py"]
    pairs, notes = [], []
    for path in files:
        src = show(gdir, commit, path)
        category = re.sub(r"^test_|_vi$", "", os.path.basename(path)[:-3])
        category = {"intergration": "integration", "datestime": "datetime"}.get(category,
                                                                              category)
        for node in ast.walk(ast.parse(src)):
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.List)):
                continue
            for elt in node.value.elts:
                if (isinstance(elt, ast.Tuple) and len(elt.elts) == 2 and
                        all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                            for e in elt.elts)):
                    pairs.append((category, elt.elts[0].value, elt.elts[1].value,
                                  "%s:%d" % (path, elt.lineno)))
    pairs.sort(key=by_origin)
    notes.append("Each test runs one stage of the cleaner (numbers, dates, currency, units, "
                 "...) on the input, so its expected text often keeps what another stage "
                 "would read (digits, units, acronyms). Such pairs are left out by the "
                 "general rules below (digits or an unread acronym in the expected text).")
    return pairs, notes


def read_vicleaners(gdir, commit):
    """The README's `## Input` / `## Output` example (the project has no test with an expected
    output: its test.py prints). Line k of the input goes with line k of the output; the list
    marker `N. ` that starts both lines is removed."""
    path = "README.md"
    src = show(gdir, commit, path)
    blocks = {}
    for m in re.finditer(r"## (Input|Output)\s*\n```\s*\n(.*?)\n```", src, re.S):
        blocks[m.group(1)] = (m.group(2).split("\n"), line_of(src, m.start(2)))
    (ins, l_in), (outs, _l_out) = blocks["Input"], blocks["Output"]
    pairs, notes = [], []
    for i, (w, s) in enumerate(zip(ins, outs)):
        mw, ms = re.match(r"(\d+)\. (.*)$", w.strip()), re.match(r"(\d+)\. (.*)$", s.strip())
        pairs.append(("readme", mw.group(2), ms.group(2), "%s:%d" % (path, l_in + i)))
    notes.append("The list markers `1. ` and `2. ` that start both the input and the output "
                 "lines of the example are removed.")
    return pairs, notes


def read_vnnum2word(gdir, commit):
    """assertEqual(convert_number(N), "...") of tests/number.py and
    assertEqual(convert_string("..."), "...") of tests/string.py (unittest modules)."""
    pairs, notes = [], []
    for path, func in (("tests/string.py", "convert_string"),
                       ("tests/number.py", "convert_number")):
        src = show(gdir, commit, path)
        tree = ast.parse(src)
        names = {}  # `text = "..."` assignments the assertions use
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                    isinstance(node.targets[0], ast.Name) and
                    isinstance(node.value, ast.Constant)):
                names[node.targets[0].id] = node.value.value

        def value(n):
            return names[n.id] if isinstance(n, ast.Name) else ast.literal_eval(n)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") ==
                    "assertEqual"):
                continue
            call, expected = node.args[0], node.args[1]
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == func):
                continue
            origin = "%s:%d" % (path, node.lineno)
            arg = value(call.args[0])
            spoken = value(expected)
            if func == "convert_string":
                if re.search(r"[a-z]\d|\d[a-z]", arg):
                    notes.append("%s: `%s` left out: a code of letters and digits; the expected "
                                 "text keeps its letters as written (`%s`)" % (origin, arg,
                                                                               spoken))
                    continue
                pairs.append(("sentence", arg, spoken, origin))
            elif isinstance(arg, float):
                written = float_text(arg)
                if written is None:
                    notes.append("%s: %r left out: a float with no fraction, so the written "
                                 "text cannot be told (`19`? `19,00`?)" % (origin, arg))
                    continue
                notes.append("%s: %r written `%s` (decimal comma)" % (origin, arg, written))
                pairs.append(("decimal", written, spoken, origin))
            else:
                pairs.append(("cardinal", str(arg), spoken, origin))
    pairs.sort(key=by_origin)
    notes.append("tests/number.py is, by its header and content, derived from num2words' "
                 "tests/test_vi.py, which the second set already holds; its repeats are left "
                 "out by the earlier-set rule below.")
    return pairs, notes


def read_n2words(gdir, commit):
    """The `cardinal`, `ordinal` and `currency` arrays of test/fixtures/vi-VN.js
    ([input, expected, options?], checked by test/conversions.test.js with toCardinal,
    toOrdinal and toCurrency)."""
    path = "test/fixtures/vi-VN.js"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for block in re.finditer(r"export const (\w+) = \[(.*?)\n\]", src, re.S):
        form = block.group(1)
        for m in re.finditer(r"\[\s*(-?[\d_.]+n?|'[^']*')\s*,\s*'([^']*)'\s*(,\s*\{[^}]*\})?"
                             r"\s*\]", block.group(2)):
            origin = "%s:%d" % (path, line_of(src, block.start(2) + m.start()))
            raw, spoken = m.group(1), m.group(2)
            if m.group(3):
                notes.append("%s: `%s` left out: made with non-default options" % (origin, raw))
                continue
            num = raw.strip("'").rstrip("n").replace("_", "")
            frac = "." in num
            if form == "currency" and frac:
                notes.append("%s: `%s` left out: the library rounds the decimals away; the "
                             "expected text is not a reading of the written amount"
                             % (origin, raw))
                continue
            written = decimal_comma(num) if frac else num
            if written != raw:
                notes.append("%s: `%s` written `%s`%s" % (
                    origin, raw, written, " (decimal comma)" if frac else ""))
            if form == "cardinal":
                pairs.append(("decimal" if frac else "cardinal", written, spoken, origin))
            elif form == "ordinal":
                pairs.append(("ordinal", "thứ " + written, spoken, origin))
            elif form == "currency":
                pairs.append(("currency", written + " đồng", spoken, origin))
    notes.append("Ordinals (`toOrdinal(N)`) are written `thứ N`, the way Vietnamese text writes "
                 "an ordinal; currency amounts (`toCurrency(N)`, Vietnamese đồng) are written "
                 "`N đồng`.")
    return pairs, notes


def _balanced(src, start):
    """Index just past the parenthesis that closes the one opened at src[start]."""
    depth, i, quote = 0, start, None
    while i < len(src):
        c = src[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced parentheses")


def _split_top(text):
    """Split on commas outside parentheses and quotes."""
    parts, depth, cur, quote = [], 0, "", None
    for c in text:
        if quote:
            cur += c
            if c == quote:
                quote = None
            continue
        if c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += c
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _dart_number(expr):
    """The value of a Dart number expression of the tests (int/double literals, BigInt.from,
    BigInt.parse, .pow, *), or None for anything else (NaN, infinity, null, strings, lists)."""
    py = re.sub(r"BigInt\.parse\('(\d+)'\)", r"(\1)", expr)
    py = re.sub(r"BigInt\.from\((-?[\d.]+)\)", r"(\1)", py)
    py = re.sub(r"\.pow\((\d+)\)", r"**\1", py)
    try:
        tree = ast.parse(py, mode="eval")
    except SyntaxError:
        return None
    for n in ast.walk(tree):
        if not isinstance(n, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Mult,
                              ast.Pow, ast.USub)):
            return None
        if isinstance(n, ast.Constant) and not isinstance(n.value, (int, float)):
            return None
    return eval(compile(tree, "<dart>", "eval"), {"__builtins__": {}})  # arithmetic only


def read_num2text(gdir, commit):
    """`expect(converter.convert(VALUE[, options: NAME]), equals("..."))` of
    test/lang/lang_vi_test.dart; an option set is looked up in the nearest preceding
    `const NAME = ViOptions(...)`."""
    path = "test/lang/lang_vi_test.dart"
    src = show(gdir, commit, path)
    defs = [(m.start(), m.group(1), m.group(2)) for m in
            re.finditer(r"const (\w+) =\s*ViOptions\((.*?)\);", src, re.S)]
    pairs, notes = [], []
    for m in re.finditer(r"expect\(", src):
        end = _balanced(src, m.end() - 1)
        args = _split_top(src[m.end():end - 1])
        origin = "%s:%d" % (path, line_of(src, m.start()))
        if len(args) != 2 or not re.match(r"converter(WithFallback)?\.convert\(", args[0]):
            continue
        em = re.fullmatch(r"equals\(\s*([\"'])(.*)\1\s*\)", args[1], re.S)
        if not em:
            continue
        spoken = em.group(2)
        call = args[0]
        inner = _split_top(call[call.index("(") + 1:_balanced(call, call.index("(")) - 1])
        value = _dart_number(inner[0])
        if value is None:
            notes.append("%s: `%s` left out: not a number (the expected text is an error "
                         "message)" % (origin, inner[0]))
            continue
        category = "cardinal"
        if len(inner) > 1:
            om = re.fullmatch(r"options:\s*(const\s+)?(\w+)(\((.*)\))?", inner[1], re.S)
            if om.group(3):
                opts = om.group(4)
            else:
                known = [d for d in defs if d[0] < m.start() and d[1] == om.group(2)]
                opts = known[-1][2]
            if "currency: true" in opts:
                category = "currency"
            elif re.search(r"useLe: true|negativePrefix|Format\.year|DecimalSeparator\."
                           r"(point|period)", opts):
                notes.append("%s: `%s` left out: made with non-default options (%s)"
                             % (origin, inner[0], clean(opts)))
                continue
            elif not re.fullmatch(r"\s*(useLe: false|decimalSeparator: DecimalSeparator\."
                                  r"comma)\s*", opts):
                sys.exit("extract.py: %s: unknown options %s" % (origin, opts))
        if isinstance(value, float):
            written = float_text(value)
            if written is None:
                notes.append("%s: `%s` left out: a float with no fraction, so the written "
                             "text cannot be told" % (origin, inner[0]))
                continue
            if category == "currency":
                notes.append("%s: `%s` left out: the library drops the decimals of an "
                             "amount; the expected text is not a reading of the written "
                             "amount" % (origin, inner[0]))
                continue
            notes.append("%s: `%s` written `%s` (decimal comma)" % (origin, inner[0], written))
            category = "decimal"
        else:
            written = str(value)
        if category == "currency":
            written += " đồng"
        pairs.append((category, written, spoken, origin))
    notes.append("Amounts converted with `currency: true` (Vietnamese đồng) are written "
                 "`N đồng`; options equal to the defaults (`useLe: false`, "
                 "`decimalSeparator: DecimalSeparator.comma`) count as default.")
    return pairs, notes


def read_vn_numberwords(gdir, commit):
    """`assert CALL == "..."` of tests/test_basic.py and tests/test_decimal.py, for the
    functions number_to_words, number_to_currency and vietnamese_string_to_words."""
    pairs, notes = [], []
    for path in ("tests/test_basic.py", "tests/test_decimal.py"):
        src = show(gdir, commit, path)
        for node in ast.walk(ast.parse(src)):
            if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare) and
                    isinstance(node.test.ops[0], ast.Eq)):
                continue
            call, expected = node.test.left, node.test.comparators[0]
            if not (isinstance(call, ast.Call) and isinstance(expected, ast.Constant) and
                    isinstance(expected.value, str)):
                continue
            func = getattr(call.func, "id", "")
            origin = "%s:%d" % (path, node.lineno)
            arg = ast.literal_eval(call.args[0])
            spoken = expected.value
            category = "cardinal"
            if func == "number_to_words":
                if len(call.args) > 1:
                    category = "south"  # SouthDictionary()
                if isinstance(arg, str):
                    written = decimal_comma(arg)
                    if written != arg:
                        notes.append("%s: `%s` written `%s`: the function reads a point as the "
                                     "decimal sign; Vietnamese text writes a comma"
                                     % (origin, arg, written))
                elif isinstance(arg, float):
                    written = float_text(arg)
                    if written is None:
                        notes.append("%s: %r left out: a float with no fraction, so the "
                                     "written text cannot be told" % (origin, arg))
                        continue
                    notes.append("%s: %r written `%s` (decimal comma)" % (origin, arg, written))
                else:
                    written = str(arg)
                if "," in written and category == "cardinal":
                    category = "decimal"
            elif func == "number_to_currency":
                written = "%s %s" % (arg, call.args[1].value)
                category = "currency"
            elif func == "vietnamese_string_to_words":
                written = arg  # Vietnamese-formatted string: point groups thousands
            else:
                continue  # words_to_number etc.: the other direction
            pairs.append((category, written, spoken, origin))
    pairs.sort(key=by_origin)
    notes.append("Substring checks (`\"nghìn\" in number_to_words(1000)`) and the words-to-"
                 "number tests are not taken; `number_to_currency(N, \"đồng\")` is written "
                 "`N đồng`; `SouthDictionary()` readings go to `south.tsv`.")
    return pairs, notes


def read_phpviet(gdir, commit):
    """The PHPUnit data providers of tests/NumberTest.php, tests/CurrencyTest.php and
    tests/SouthDictionaryTest.php (rows `[expected, number(, decimalPart)]`)."""
    # (file, provider) -> category, or None to leave the provider out (with the reason)
    providers = {
        ("tests/NumberTest.php", "dataProvider"): "cardinal",
        ("tests/NumberTest.php", "minusDataProvider"): "cardinal",
        ("tests/NumberTest.php", "fractionDataProvider"): "decimal",
        ("tests/NumberTest.php", "decimalPartDataProvider"):
            "the transformer is built with a non-default decimal-part length (the decimals are "
            "rounded first), so the expected text is not a reading of the written number",
        ("tests/CurrencyTest.php", "dataProvider"): "currency",
        ("tests/CurrencyTest.php", "decimalPartDataProvider"):
            "non-default decimal-part length (decimals rounded first)",
        ("tests/CurrencyTest.php", "usdDataProvider"):
            "non-default unit words ['đô', 'xen'] given by the caller; the written form of "
            "such an amount is not in the test",
        ("tests/CurrencyTest.php", "usdDecimalPartDataProvider"):
            "non-default unit words and decimal-part length",
        ("tests/SouthDictionaryTest.php", "dataProvider"): "south",
    }
    pairs, notes = [], []
    for path in ("tests/NumberTest.php", "tests/CurrencyTest.php",
                 "tests/SouthDictionaryTest.php"):
        src = show(gdir, commit, path)
        for fm in re.finditer(r"public function (\w+)\(\): array\s*\{(.*?)\n    \}", src, re.S):
            prov = fm.group(1)
            what = providers[(path, prov)]
            rows = list(re.finditer(r"\['([^']*)', (-?[\d.]+)(, \d+)?\],", fm.group(2)))
            if what not in ("cardinal", "decimal", "currency", "south"):
                notes.append("%s `%s()`: %d rows left out: %s" % (path, prov, len(rows), what))
                continue
            for rm in rows:
                origin = "%s:%d (%s)" % (path, line_of(src, fm.start(2) + rm.start()), prov)
                spoken, raw = rm.group(1), rm.group(2)
                if "." in raw:
                    written = float_text(float(raw))
                    if written is None:
                        notes.append("%s: `%s` left out: no fraction" % (origin, raw))
                        continue
                    if written != decimal_comma(raw):
                        notes.append("%s: `%s` written `%s` (decimal comma; PHP reads the "
                                     "literal as a float, so trailing zeros are not part of "
                                     "the number the test converts)" % (origin, raw, written))
                else:
                    written = raw
                if what == "currency":
                    written += " đồng"
                pairs.append((what, written, spoken, origin))
    notes.append("Decimals are written with a decimal comma (the test gives PHP floats). "
                 "`toCurrency(N)` (default unit, đồng) is written `N đồng`. The Southern "
                 "dictionary's readings (`ngàn`, `lẻ`) go to `south.tsv`: a valid reading, "
                 "but another dialect's words than the default.")
    notes.append("The default readings of this library read the digits after the decimal "
                 "comma as one number (`0,378758` -> `không phẩy ba trăm bảy mươi tám nghìn "
                 "...`), a convention other suites do not share.")
    return pairs, notes


def read_trinhvuduc(gdir, commit):
    """The `numbers` map of test/number_to_vietnamese_words_test.dart (N: 'text')."""
    path = "test/number_to_vietnamese_words_test.dart"
    src = show(gdir, commit, path)
    consts = {m.group(1): m.group(2) for m in re.finditer(r"const int (\w+) = (\d+);", src)}
    pairs = []
    for m in re.finditer(r"(-?\d+|[a-zA-Z]\w*):\s*'([^']*)'", src):
        num = consts.get(m.group(1), m.group(1))
        if not re.fullmatch(r"-?\d+", num):
            continue
        pairs.append(("cardinal", num, m.group(2), "%s:%d" % (path, line_of(src, m.start()))))
    return pairs, []


def read_truongbo17(gdir, commit):
    """The `{N, "text"}` rows of TestToVietnameseWords in number_test.go."""
    path = "number_test.go"
    src = show(gdir, commit, path)
    body = re.search(r"func TestToVietnameseWords\(.*?\n}\n", src, re.S)
    pairs = []
    for m in re.finditer(r"\{(-?\d+), \"([^\"]*)\"\}", body.group(0)):
        pairs.append(("cardinal", m.group(1), m.group(2),
                      "%s:%d" % (path, line_of(src, body.start() + m.start()))))
    notes = ["TestNumberToVietnameseWord_Convert left out: its cases are made with options "
             "whose output keeps a currency code (`VND`, `USD`) or names a currency the test "
             "never writes."]
    return pairs, notes


# name, repository, commit, licence file, reader, files and what is taken. Order: the suites of
# sentences first, then the number suites by the number of pairs read (largest first); a
# written text found in two projects is kept from the first.
PROJECTS = [
    ("codelink-vi-cleaner", "CodeLinkIO/Vietnamese-text-normalization",
     "4f7b9ea525de73b95838700abab33b68a96bfe85", "LICENSE", read_codelink,
     "The `(input, expected)` lists of `tests/test_*_vi.py` and `tests/test_intergration.py` "
     "(unittest; a news-oriented TTS cleaner: numbers, dates, times, currency, units, "
     "abbreviations, acronyms, letters)."),
    ("vicleaners", "rinleit/Vicleaners", "484838df909d302c196594606de79c55b8f5fb02", "LICENSE",
     read_vicleaners,
     "README ONLY: the project has no test that asserts an output (`test.py` prints), so the "
     "one worked example of `README.md` (two input lines and their outputs) is taken."),
    ("vnnum2word", "jayll-publics/vnnum2word", "8689dbd95bced1ef0df77f2717bdb0f69ef70341",
     "LICENSE", read_vnnum2word,
     "`tests/string.py` (sentences with numbers) and `tests/number.py` (numbers), unittest "
     "assertions."),
    ("phpviet-number-to-words", "phpviet/number-to-words",
     "1bfbcbc9fab84d6e13bd2717a49f47e88eb46aa9", "LICENSE.md", read_phpviet,
     "The data providers of `tests/NumberTest.php`, `tests/CurrencyTest.php`, "
     "`tests/SouthDictionaryTest.php` (PHPUnit)."),
    ("n2words", "forzagreen/n2words", "b8943aad57f0a867a75bda34402029265d9a6d40", "LICENSE",
     read_n2words, "`test/fixtures/vi-VN.js` (cardinal, ordinal, currency fixtures)."),
    ("num2text", "rahmat412/num2text", "088f03273040962562cbdeb864a143651003e92a", "LICENSE",
     read_num2text, "`test/lang/lang_vi_test.dart` (Dart, flutter_test)."),
    ("vn-numberwords", "rato-kaz/vn-numberwords", "dd76ad360c145daa43cbc72528374cb6b1ee6c00",
     "LICENSE", read_vn_numberwords, "`tests/test_basic.py`, `tests/test_decimal.py` (pytest)."),
    ("number-to-vietnamese-words", "trinhvuduc/number_to_vietnamese_words",
     "8c99b03a66b3f8a27a056a1c256761b7bd4f85fb", "LICENSE", read_trinhvuduc,
     "`test/number_to_vietnamese_words_test.dart` (Dart test)."),
    ("number-to-vietnamese-text", "truongbo17/number_to_vietnamese_text",
     "b5c2e97b8e4ef177d5a165448571ee32e8f2bd66", None, read_truongbo17,
     "`TestToVietnameseWords` of `number_test.go` (Go test)."),
]

NOT_TAKEN = [
    "github:mastermunj/to-words (MIT), `__tests__/vi-VN.test.ts` at 552d4bd8: its expected "
    "readings break the basic rules of Vietnamese numbers throughout (15 `Mười Năm`, 25 "
    "`Hai Mươi Năm`, 101 `Một Trăm Một`, 2741034 without `không trăm`, ordinals such as 21 "
    "`Hai Mươi Thứ Nhất`), so a measurement against it would reward wrong readings. The "
    "choice was made on the suite as a whole, not pair by pair.",
    "github:sp1007/num2text_vi (Apache 2.0): `test.py` prints outputs, asserts nothing.",
    "github:ducnt18121997/Viet-Text-Normalization-style pytest file with news sentences "
    "(`from cores.normalizer import TextNormalizer`) is in the search index, but, as for the "
    "second set, no repository or commit could be named for it.",
    "Number-to-words tests found in the search index whose repository could not be named "
    "(a Go `package transformer` table, a `meddies_tts` pytest, a `number-words.js` "
    "node:test, a vitest `vi-VN` toWords suite, a Flutter `number_to_words_english` test): "
    "not taken, as a pair must have a citable origin.",
    "github:vidongls/task-test: its assertions are unanchored regular expressions "
    "(`toMatch(/Một nghìn/)`), not whole spoken forms.",
    "github:langmaninternet/VietnameseTextNormalizer: normalizes spelling and tone marks, not "
    "written-to-spoken.",
    "The second set's list (VieNeu-TTS, Vinorm and forks, vietnormalizer) stands: nothing new "
    "there.",
]


def not_speech(spoken):
    """Why an expected text is not (wholly) Vietnamese speech, or None."""
    if re.search(r"\d", spoken):
        return "the expected text keeps digits (written form)"
    if not re.search(r"[^\W\d_]", spoken):
        return "the expected text has no word"
    caps = [t for t in re.findall(r"[^\W\d_]+", spoken) if len(t) >= 2 and t.isupper()]
    if caps:
        return "the expected text keeps an acronym unread (%s)" % ", ".join(caps)
    if re.search(r"[^\W\d_]\.[^\W\d_]", spoken):
        return "the expected text keeps a written form with a point (e-mail/domain)"
    return None


# Pairs whose expected text is plainly not a spoken form although the general rules let them
# through (the reason is written into the README).
LEAVE_OUT = {
    ("codelink-vi-cleaner", "gps"):
        "an acronym left as written by the unit stage (`gps`), not a reading",
}


# Expected readings noticed, while extracting, to be plainly wrong Vietnamese: kept as the
# project wrote them (this set is not ours to correct), listed in the README for whoever
# measures. Not a full review: only what was seen in passing.
OBSERVED = {
    ("n2words", "1097"):
        "`lẻ` before a two-digit number (`một nghìn lẻ chín mươi bảy`); the standard reading "
        "is `một nghìn không trăm chín mươi bảy`",
    ("vnnum2word", "anh ấy đứng thứ 1"):
        "the ordinal 1 is said `thứ nhất`, not `thứ một`",
}


def read_prior(dirs):
    """Written texts of the earlier sets: every `category<TAB>written<TAB>spoken` tsv under
    the given folders (guide/ and sealed/ copies included)."""
    seen = {}
    for d in dirs:
        for root, _dirs, names in os.walk(d):
            for n in names:
                if n.endswith(".tsv"):
                    with open(os.path.join(root, n), encoding="utf-8") as f:
                        for line in f:
                            cols = line.rstrip("\n").split("\t")
                            if len(cols) >= 3:
                                rel = os.path.relpath(os.path.join(root, n), os.path.dirname(d))
                                seen.setdefault(clean(cols[1]), rel)
    return seen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/tn3")
    ap.add_argument("--prior", action="append",
                    help="folder of an earlier set (repeatable; default /work/data/tn and "
                         "/work/data/tn2)")
    args = ap.parse_args()
    prior_dirs = args.prior or ["/work/data/tn", "/work/data/tn2"]
    out = os.path.abspath(args.out)
    up = out
    while up != os.path.dirname(up):  # third-party data stays out of any docbao checkout
        if os.path.isdir(os.path.join(up, "src", "core")) and os.path.exists(
                os.path.join(up, "CMakePresets.json")):
            sys.exit("extract.py: the output must be outside the project (third-party data)")
        up = os.path.dirname(up)
    prior = read_prior(prior_dirs)
    readme = [
        "# Public Vietnamese text-normalization test pairs, third set (BLIND, sealed)", "",
        "Made by `extract.py` (kept beside this file) from snapshots of public repositories; "
        "third-party data, kept out of the project, used only to measure. Format: "
        "`category<TAB>written<TAB>spoken`, UTF-8 NFC, one pair a line, as in the second set. "
        "The expected text is kept as each project writes it (case, punctuation).", "",
        "**Sealed.** This set was extracted without running docbao, anything under the "
        "project's build folders, or the bench scorer on any pair, and without reading "
        "docbao's normalizer sources or lexicons. It has never been scored. There is no "
        "guide half: the whole set is for one final measurement, by someone who has not "
        "tuned on it.", "",
        "Rules for every project:", "",
        "- Only pairs that the project's tests assert (input -> whole expected output), "
        "unless said otherwise under the project; substring or regular-expression checks are "
        "not taken.",
        "- Left out: cases made with non-default options; inputs that are not numbers "
        "(errors); expected texts that are not wholly speech: digits left in them, no word, "
        "an acronym of two or more capitals left unread, an e-mail/domain form.",
        "- Numbers that a test passes as program values are written as Vietnamese text "
        "writes them: digits only for integers (as in the second set), a decimal comma for "
        "decimals; ordinals as `thứ N`, amounts in đồng as `N đồng`.",
        "- A written text repeated within a project is kept once (the first); one already "
        "kept by an earlier project of this set (order below: sentence suites first, then "
        "number suites, largest first) is left out; one already in an earlier set "
        "(%s) is left out, so that every pair is new evidence." % ", ".join(
            "`%s`" % d for d in prior_dirs),
        "- Every pair left out or changed is listed under its project, by file and line.", ""]
    files, total = [], 0
    kept_by = {}
    summary = []
    for name, repo, commit, lic, reader, taken in PROJECTS:
        gdir = git_dir(args.mirrors, repo)
        if not os.path.isdir(gdir):
            sys.exit("extract.py: no snapshot of %s at %s" % (repo, gdir))
        rev = git(gdir, "rev-parse", commit).strip()
        date = git(gdir, "show", "-s", "--format=%cI", rev).strip()
        pairs, notes = reader(gdir, rev)
        seen, kept = {}, []
        dropped = {"speech": 0, "repeat": 0, "set": 0, "prior": 0, "listed": 0}
        prior_hits = []
        for cat, written, spoken, origin in pairs:
            w, s = clean(written), clean(spoken)
            if w != written.strip() or s != spoken.strip():
                notes.append("%s: spaces, tabs or line breaks made single spaces / NFC" % origin)
            why = LEAVE_OUT.get((name, w))
            if why:
                notes.append("%s: `%s` left out: %s" % (origin, w, why))
                dropped["listed"] += 1
                continue
            why = not_speech(s)
            if why:
                notes.append("%s: `%s` left out: %s" % (origin, w, why))
                dropped["speech"] += 1
                continue
            if w in seen:
                same = "same" if seen[w][1].lower() == s.lower() else "another"
                notes.append("%s: repeats the written text of %s (%s reading); kept once"
                             % (origin, seen[w][0], same))
                dropped["repeat"] += 1
                continue
            seen[w] = (origin, s)
            if w in kept_by:
                other = kept_by[w]
                notes.append("%s: `%s` left out: already kept from %s (%s reading)" % (
                    origin, w, other[0], "same" if other[1].lower() == s.lower() else "another"))
                dropped["set"] += 1
                continue
            if w in prior:
                prior_hits.append("`%s` (%s; in %s)" % (w, origin, prior[w]))
                dropped["prior"] += 1
                continue
            kept_by[w] = (name, s)
            kept.append((cat, w, s))
        if prior_hits:
            notes.append("Left out, written text already in an earlier set (%d): %s"
                         % (len(prior_hits), "; ".join(prior_hits)))
        d = os.path.join(out, name)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".tsv"):
                    os.remove(os.path.join(d, f))
        cats = {}
        for cat, w, s in kept:
            cats.setdefault(cat, []).append((cat, w, s))
        for cat, rows in sorted(cats.items()):
            write_tsv(os.path.join(out, name, cat + ".tsv"), rows)
        total += len(kept)
        summary.append((name, len(pairs), len(kept), cats))
        readme += ["## %s" % name, "",
                   "Origin: github:%s, commit %s (%s). Licence: %s." % (
                       repo, rev, date, licence_name(gdir, rev, lic)), "",
                   "Taken: " + taken, "",
                   "%d pairs read, %d kept (%s). Left out: %d not wholly speech, %d listed "
                   "by hand, %d repeats within the project, %d already kept from another "
                   "project of this set, %d already in an earlier set." % (
                       len(pairs), len(kept),
                       ", ".join("%s %d" % (c, len(r)) for c, r in sorted(cats.items())) or
                       "none", dropped["speech"], dropped["listed"], dropped["repeat"],
                       dropped["set"], dropped["prior"]), ""]
        readme += (["Changes and pairs left out:", ""] + ["- " + n for n in notes] + [""]
                   if notes else ["No pair changed or left out.", ""])
        seen_wrong = [(w, why) for (p, w), why in sorted(OBSERVED.items()) if p == name]
        if seen_wrong:
            kept_w = {w for _c, w, _s in kept}
            read_w = {clean(p[1]) for p in pairs}
            for w, _why in seen_wrong:
                if w not in read_w:
                    sys.exit("extract.py: OBSERVED names a pair not read: %s %s" % (name, w))
            seen_wrong = [(w, why) for w, why in seen_wrong if w in kept_w]
        if seen_wrong:
            readme += ["Expected readings noticed to be plainly wrong (kept as written):", ""]
            readme += ["- `%s`: %s" % (w, why) for w, why in seen_wrong] + [""]
    readme[readme.index("Rules for every project:"):readme.index("Rules for every project:")] = [
        "Total: %d pairs from %d projects (%s)." % (
            total, sum(1 for s in summary if s[2]),
            ", ".join("%s %d" % (s[0], s[2]) for s in summary)), "",
        "For whoever measures: report per project and category, not one pooled figure. "
        "phpviet-number-to-words holds most pairs and many of them are runs of neighbouring "
        "numbers (1000..1100, -99..-1, 131050030..); only codelink-vi-cleaner, vicleaners and "
        "vnnum2word/sentence.tsv are running text. `south.tsv` holds Southern readings "
        "(`ngàn`, `lẻ`), valid speech in another dialect's words; phpviet's `decimal.tsv` "
        "reads the digits after the comma as one number.", ""]
    readme += ["## Looked at, not taken", ""] + ["- " + n for n in NOT_TAKEN] + [""]
    for root, _dirs, names in os.walk(out):
        for n in names:
            if n.endswith(".tsv"):
                files.append(os.path.relpath(os.path.join(root, n), out))
    readme += ["## Rebuild", "",
               "    python3 extract.py --mirrors /work/.mirror --out /work/data/tn3 "
               "--prior /work/data/tn --prior /work/data/tn2", "",
               "with each repository above fetched (the fetch tool leaves it under "
               "`/work/.mirror/<owner>+<name>/repo`); the commits are pinned in `PROJECTS`.", ""]
    write_readme(out, readme, "## SHA-256 of every tsv", sorted(files))
    for name, nread, nkept, cats in summary:
        print("%-28s read %4d kept %4d  %s" % (name, nread, nkept,
              " ".join("%s=%d" % (c, len(r)) for c, r in sorted(cats.items()))))
    print("total %d pairs, %d files under %s" % (total, len(files), out))


if __name__ == "__main__":
    main()
