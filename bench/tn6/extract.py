#!/usr/bin/env python3
"""Builds the sixth set of public Vietnamese number-reading / text-normalization test pairs
(a BLIND set), from projects no earlier set used (none is in /work/wt/TN-used.txt).

Reads snapshots of public repositories (git directories under MIRRORS/<owner>+<name>/repo)
with `git --git-dir=DIR show COMMIT:PATH`, takes the pairs (written, expected spoken) that each
project's tests assert, and writes under OUT:

  <project>/<project>.tsv    `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason

One project (dvchd/ViFastTts) has no snapshot that the fetch tool can bring; its test files
were copied verbatim (character counts checked) from the stored index of public repositories,
each at the commit the index names, into the set's work/sources/dvchd+ViFastTts/ (outside the
project: /work/data/tn6/work/sources, or --sources) and are read from there.

Rules (as for the fifth set): only whole-output assertions (`==`), with the project's default
options; numbers a test passes as program values written as Vietnamese text writes them
(integers as digits, decimals with a decimal comma); string inputs as written; a written text
kept once (first project in PROJECTS order wins); a written text already in any *.tsv under
/work/data or /work/shared (other than this set) left out (only the written column of those
files is read); integers of more than 15 digits left out. New for this set: an expected text
that is not a Vietnamese reading (it keeps digits, symbols, URLs, acronyms, single letters,
brand or English words as written, or is a broken reading) is left out with the reason, since
it tests what a normalizer leaves alone, not how it reads. Python 3 standard library only.
"""

import argparse
import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import clean, extractor, git_dir, show, write_tsv  # noqa: E402
# the fourth set's helpers: line numbers, the written texts of earlier sets, its sifting of
# pairs (more than 15 digits, repeats, pairs of earlier sets), the output files
tn4 = extractor("tn4")
line_of, prior_written, sift, write_outputs = tn4.line_of, tn4.prior_written, tn4.sift, tn4.write_outputs

VIFAST_COMMITS = {
    "tests/test_normalizer.py": "98a2fd0e6eff6c7e8ede96711a859b045d344502",
    "tests/test_nsw_coverage.py": "8386001d341a001e7a64681cf62c04184adf0174",
    "tests/test_roman.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
    "tests/test_stem_physics.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
    "tests/test_normalization_precedence.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
    "tests/test_dialect_normalizer.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
    "tests/test_ai_ambiguity.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
    "tests/test_stem_chemistry.py": "b4f8be7b8c3c0ad01e4b6d305a0d476735f89795",
}

PROJECTS = [
    # (short name, repo, commit, licence)
    ("zerotts", "zeroweight-ai/ZeroTTS",
     "11974109fae356634f4187fdfe6ba2cdb0ff1b5c", "MIT"),
    ("vifasttts", "dvchd/ViFastTts", "index copies (commit per file)", "MIT (pyproject.toml)"),
    ("jofu-number-to-words", "LqhResearch/jofu-number-to-words",
     "a72ee0d9729578d4bd26a7722efb4175999e91d5", "MIT (package.json)"),
    ("number-2-letter", "phuongtailtranminh/Number-To-Vietnamese-Word-Representation",
     "4cf8d88f40f895f28a13ff71fe49acec8c78b313", "none stated: measurement only"),
    ("num2words2", "jqueguiner/num2words2",
     "6cc0b0a01332000b4b8dc5833d6a0f3ad15a0a48", "LGPL-2.1-only"),
]


def py_num(value):
    """A number passed as a program value, written as Vietnamese text writes it."""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


# ---------------------------------------------------------------------------------------------
# Is the expected text a Vietnamese reading?

LETTERS = set("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")


def not_a_reading(spoken):
    """The reason why `spoken` is not a Vietnamese reading, or None."""
    if re.search(r"\d", spoken):
        return "expected text keeps digits unread"
    if re.search(r"[%@/°$#\\_&+=^*~<>|]|://", spoken):
        return "expected text keeps symbols, a URL or an e-mail unread"
    for raw in spoken.split():
        tok = raw.strip(".,;:!?()[]\"'“”‘’…-")
        if not tok:
            continue
        if sum(1 for c in tok if c.isupper()) >= 2 or any(c.isupper() for c in tok[1:]):
            return "expected text keeps an acronym or a brand name as written (%s)" % tok
        if len(tok) == 1 and tok in LETTERS:
            return "expected text keeps a single letter unread (%s)" % tok
    return None


# ---------------------------------------------------------------------------------------------
# Python test files read with the ast module: parametrize rows, CASES tables and assertions.

def _const(node, env):
    """The value of a literal node (strings, numbers, negatives, tuples), names from env."""
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise ValueError("name " + node.id)
    return ast.literal_eval(node)


def _param_rows(func):
    """[(row dict, line)] of a function's @pytest.mark.parametrize, or [({}, None)]."""
    rows = [({}, None)]
    for dec in func.decorator_list:
        if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"):
            continue
        if not isinstance(dec.args[1], (ast.List, ast.Tuple)):
            return []  # rows from a module table (read on their own)
        names = ast.literal_eval(dec.args[0])
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",")]
        new = []
        for elt in dec.args[1].elts:
            vals = ast.literal_eval(elt)
            if len(names) == 1:
                vals = (vals,)
            new.append((dict(zip(names, vals)), elt.lineno))
        rows = [(dict(r, **n), nl or rl) for r, rl in rows for n, nl in new]
    return rows


def _is_xfail(func):
    return any("xfail" in ast.unparse(d) for d in func.decorator_list)


def py_assertions(src, funcs):
    """Yield (test function, call name, args, kwargs, expected, line, xfail) for every
    `assert F(...) == expected` in test functions, F in funcs; parametrize rows expanded."""
    tree = ast.parse(src)
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef) or not func.name.startswith("test"):
            continue
        for row, rline in _param_rows(func):
            for node in ast.walk(func):
                if not isinstance(node, ast.Assert) or not isinstance(node.test, ast.Compare):
                    continue
                cmp = node.test
                if len(cmp.ops) != 1 or not isinstance(cmp.ops[0], ast.Eq):
                    continue
                call = cmp.left
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                        and call.func.id in funcs):
                    continue
                try:
                    args = [_const(a, row) for a in call.args]
                    kwargs = {k.arg: ast.unparse(k.value) for k in call.keywords}
                    expected = _const(cmp.comparators[0], row)
                except ValueError:
                    continue
                if not isinstance(expected, str):
                    continue
                yield (func.name, call.func.id, args, kwargs, expected,
                       rline or node.lineno, _is_xfail(func))


def py_tables(src, name):
    """Rows of a module-level list NAME of tuples, with their lines."""
    tree = ast.parse(src)
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if getattr(target, "id", "") == name:
                for elt in node.value.elts:
                    yield ast.literal_eval(elt), elt.lineno


# ---------------------------------------------------------------------------------------------
# Readers: each returns (pairs, notes); a pair is (category, written, spoken, origin).

ZEROTTS_KIND = {"number": None, "date": "date", "time": "time", "version": "version",
                "fraction": "fraction", "abbrev": "abbreviation", "untouched": "sentence",
                "partial": "measure", "sentence": "sentence", "percent": "percent",
                "at": "symbol"}
ZEROTTS_FUNC_KIND = {
    "test_date_survives_sentence_final_period": "date",
    "test_alphanumeric_codes_are_spelled_not_counted": "code",
    "test_degree_sign_is_spoken": "measure",
    "test_roman_numeral_after_ordinal_cue": "roman",
    "test_acronym_pair_over_slash_is_left_verbatim": "money",
    "test_prefix_abbreviation_keeps_its_dot_out_of_the_sentence": "abbreviation",
    "test_coordinated_day_shares_the_month": "date",
    "test_parenthesized_acronym_after_its_own_expansion_is_spelled": "abbreviation",
    "test_camel_case_split": "sentence",
}
# English text passed through: the token test cannot see it.
ZEROTTS_ENGLISH = {"Hello world!": "expected text is English left as written"}


def zerotts_number_kind(w):
    if re.search(r"\d\s*[-+*^]\s*\d", w):
        return "arithmetic"
    if re.fullmatch(r"[-+]?\d+,\d+", w) or re.fullmatch(r"\d+\.\d{1,2}", w):
        return "decimal"
    return "cardinal"


def read_zerotts(gdir, commit):
    """pytest: the CASES table (kind, input, expected) checked by test_normalize with
    `assert N(text) == expected`, and the regression tests' `assert N("W") == "S"`
    (N is normalize_vi_text, default arguments)."""
    path = "tests/test_vi_normalizer.py"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for (kind, w, s), line in py_tables(src, "CASES"):
        cat = ZEROTTS_KIND[kind] or zerotts_number_kind(w)
        pairs.append(("zerotts " + cat, w, s, "%s:%d" % (path, line)))
    for fname, fn, args, kwargs, expected, line, xfail in py_assertions(src, {"N"}):
        if fname == "test_normalize":
            continue  # the CASES table, read above
        pairs.append(("zerotts " + ZEROTTS_FUNC_KIND[fname], args[0], expected,
                      "%s:%d" % (path, line)))
    notes.append("Left out as not a reading when the expected text keeps digits, symbols, "
                 "URLs, e-mails, acronyms, brand names, single letters or English as written "
                 "(the suite's `untouched`/`partial` checks and several regressions)")
    notes.append("`-7` is read `trừ bảy` and `+3` `cộng ba` (sign as an operator), `3.14` "
                 "`ba chấm một bốn`: kept as the project asserts them")
    return pairs, notes


VIFAST_FUNC_KIND = {
    "test_numbers": "cardinal",
    "test_thousand_separators": "cardinal",
    "test_decimal_dot_preserved": "decimal",
    "test_currency": "money",
    "test_phone_continuous": "phone",
    "test_leading_zeros": "digits",
    "test_version_code_not_chemistry": "code",
    "test_nasa_acronym": "abbreviation",
    "test_version_strings_conservative": "code",
    "test_ordinal_thu": "ordinal",
    "test_date_ideal": "date",
    "test_time_ideal": "time",
    "test_fraction_ideal": "fraction",
    "test_range_ideal": "range",
    "test_roman_normalization": "roman",
    "test_units": "measure",
    "test_formula_and_unit": "measure",
    "test_vietnamese_beats_english_fallback": "loanword",
    "test_roman_uses_dialect_number_reading": "roman",
    "test_thousand_by_region": "cardinal",
    "test_zero_tens_by_region": "cardinal",
    "test_four_after_tens_profile": "cardinal",
    "test_number_inventory": "cardinal",
    "test_decimal_percent_and_english": "percent",
    "test_acronym_case_sensitivity": "abbreviation",
    "test_explicit_chem_command": "chemistry",
    "test_automatic_formula": "chemistry",
    "test_vi_not_captured_as_chemistry": "roman",
}
VIFAST_NOT_READING = {
    "api": "expected text is the English word left as written",
    "Cpu Gpu Usb": "expected text keeps English words as written",
}


def read_vifasttts(srcdir):
    """pytest files copied from the stored index: `assert normalize_text(...) == "S"` and
    `assert integer_to_words(N[, "north"]) == "S"`, parametrize rows expanded. The default
    dialect is north (`normalize_text(text, dialect=Dialect.NORTH, *, options=None)`), so an
    explicit "north" is the default; other dialects and NormalizerOptions are options."""
    pairs, notes = [], []
    for path in sorted(VIFAST_COMMITS):
        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
            src = f.read()
        for fname, fn, args, kwargs, expected, line, xfail in py_assertions(
                src, {"normalize_text", "integer_to_words"}):
            origin = "%s@%s:%d" % (path, VIFAST_COMMITS[path][:12], line)
            if xfail:
                origin += " (xfail: the project's stated reading, not yet its output)"
            dialect = args[1] if len(args) > 1 else kwargs.get("dialect")
            written = py_num(args[0]) if fn == "integer_to_words" else args[0]
            if kwargs.get("options") or (dialect not in (None, "north")):
                opt = "options=" + kwargs["options"] if kwargs.get("options") else \
                    "dialect " + str(dialect)
                pairs.append((None, written, expected, origin + " [option %s]" % opt))
                continue
            kind = VIFAST_FUNC_KIND[fname]
            if fname == "test_decimal_percent_and_english" and "%" not in written:
                kind = "abbreviation"
            if fname == "test_numbers" and " " in written:
                kind = "sentence"
            pairs.append(("vifasttts " + kind, written, expected, origin))
    notes.append("Helpers not taken: read_math_expression and read_chemical_formula "
                 "(tests/test_stem_math.py, tests/test_stem_chemistry.py: called with the "
                 "suite's own number reader), roman_to_int, the english_fallback lookup "
                 "tables, parse_text checks")
    notes.append("xfail tests (dates, times, fractions, ranges) state the reading the authors "
                 "expect but the project does not yet give; kept, marked in origins.txt")
    return pairs, notes


def read_jofu(gdir, commit):
    """vitest: `expect(toWords.vi(N)).toBe('S')` in __tests__/vi/*.test.ts; calls with a
    config object (second argument) are options."""
    pairs, notes = [], []
    for path in ["__tests__/vi/positive.test.ts", "__tests__/vi/negative.test.ts",
                 "__tests__/vi/decimalNumbers.test.ts", "__tests__/vi/toWords.config.test.ts",
                 "__tests__/vi/useThousandsSeparator.test.ts"]:
        src = show(gdir, commit, path)
        for m in re.finditer(r"toWords\.vi\((-?[\d.]+)(\s*,\s*\w+)?\)\)\.toBe\(\s*'([^']*)'",
                             src):
            num, opt, spoken = m.group(1), m.group(2), m.group(3)
            origin = "%s:%d" % (path, line_of(src, m.start()))
            written = num.replace(".", ",")
            kind = "decimal" if "." in num else "cardinal"
            if opt:
                pairs.append((None, written, spoken,
                              origin + " [option config:%s]" % opt.strip(", ")))
                continue
            pairs.append(("jofu-number-to-words " + kind, written, spoken, origin))
    notes.append("A number literal is written with a decimal comma (2.75 -> 2,75); digits "
                 "after the comma are read as one number (`hai phẩy bảy mươi lăm`), after "
                 "leading zeros digit by digit (`một phẩy không không không năm`)")
    return pairs, notes


def read_number2letter(gdir, commit):
    """JUnit: `String input = "N"; ... Assert.assertEquals("", "S", rs)`."""
    path = "src/test/java/me/phuongtm/number2letter/NumberToLetterTest.java"
    src = show(gdir, commit, path)
    pairs = []
    for m in re.finditer(r'String input = "(\d+)";\s*String rs = NumberToLetter\.from\(input\);'
                         r'\s*Assert\.assertEquals\(""\s*,\s*"([^"]*)"\s*,\s*rs\)', src):
        pairs.append(("number-2-letter cardinal", m.group(1), m.group(2),
                      "%s:%d" % (path, line_of(src, m.start()))))
    return pairs, []


NUM2WORDS2_BROKEN = "not a normal reading: the fraction is read padded to two digits " \
    "(0,4 as `không phẩy bốn mươi`)"


def read_num2words2(gdir, commit):
    """unittest: `self.assertEqual(num2words(N, lang="vi"), "S")` in tests/lang/test_vi.py
    (a fork of num2words with its own additions)."""
    path = "tests/lang/test_vi.py"
    src = show(gdir, commit, path)
    pairs = []
    for m in re.finditer(r'num2words\(\s*(-?[\d.]+)\s*,\s*lang="vi"\s*\)\s*,\s*((?:"[^"]*"\s*)+)',
                         src):
        spoken = "".join(re.findall(r'"([^"]*)"', m.group(2)))
        num = m.group(1)
        written = num.replace(".", ",")
        kind = "decimal" if "." in num else "cardinal"
        origin = "%s:%d" % (path, line_of(src, m.start()))
        if "." in num and re.fullmatch(r"-?\d+\.\d", num) and spoken.endswith("mươi"):
            pairs.append((None, written, spoken, origin + " [broken]"))
            continue
        pairs.append(("num2words2 " + kind, written, spoken, origin))
    notes = ["tests/data/e2e_test_suite.csv (currency with options; LLM-written expected "
             "texts, per tests/scripts/generate_llm_tests.py) and "
             "tests/test_currency_comprehensive.py (assertIsNotNone only) not taken"]
    return pairs, notes


READERS = {
    "zerotts": read_zerotts,
    "jofu-number-to-words": read_jofu,
    "number-2-letter": read_number2letter,
    "num2words2": read_num2words2,
}


def main():
    ap = argparse.ArgumentParser(description="Build the sixth set of public test pairs (tn6).")
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="where the fetched repositories lie (<owner>+<name>/repo)")
    ap.add_argument("--sources", default="/work/data/tn6/work/sources",
                    help="the ViFastTts test files copied from the stored index")
    ap.add_argument("--out", default="/work/data/tn6")
    ap.add_argument("--home", default="/work/data/tn6",
                    help="the set's own folder, whose pairs are not earlier sets' (when --out is elsewhere)")
    args = ap.parse_args()
    prior = {w: f for w, f in prior_written(args.out).items()
             if not os.path.abspath(f).startswith(os.path.abspath(args.home) + os.sep)}
    kept_by, kept_reading = {}, {}
    report, origins, leftout = [], [], []
    for name, repo, commit, licence in PROJECTS:
        if name == "vifasttts":
            pairs, notes = read_vifasttts(os.path.join(args.sources, "dvchd+ViFastTts"))
            pin = "%s@index" % repo
        else:
            pairs, notes = READERS[name](git_dir(args.mirrors, repo), commit)
            pin = "%s@%s" % (repo, commit[:12])
        # what this set leaves out on its own (options, texts that are no reading), then the
        # fourth set's sifting (long numbers, repeats, pairs of earlier sets), pair by pair so
        # that left-out.txt keeps the order of the tests
        counts = {"read": len(pairs), "option": 0, "not_reading": 0, "repeat": 0, "set": 0,
                  "prior": 0, "long": 0}
        kept = []
        for cat, w, s, origin in pairs:
            w, s = clean(w), clean(s)
            if cat is None:
                counts["option" if "[option" in origin else "not_reading"] += 1
                reason = "made with a non-default option" if "[option" in origin \
                    else NUM2WORDS2_BROKEN
                leftout.append("%s\t%s\t%s\t%s" % (name, w, reason, origin))
                continue
            why = not_a_reading(s)
            if why is None and name == "zerotts":
                why = ZEROTTS_ENGLISH.get(w)
            if why is None and name == "vifasttts":
                why = VIFAST_NOT_READING.get(w)
            if why is None and name == "vifasttts" and (w.count("$") >= 2 or "\\" in w):
                why = "LaTeX markup, not running text"
            if why:
                counts["not_reading"] += 1
                leftout.append("%s\t%s\t%s\t%s" % (name, w, why, origin))
                continue
            one, sifted = sift(name, [(cat, w, s, origin)], prior, kept_by, kept_reading, leftout)
            kept += one
            for k in ("repeat", "set", "prior", "long"):
                counts[k] += sifted[k]
        rows = [(cat, w, s) for cat, w, s, origin in kept]
        origins += ["\t".join([name, cat, w, pin, licence, origin]) for cat, w, s, origin in kept]
        if rows:
            write_tsv(os.path.join(args.out, name, name + ".tsv"), rows)
        bycat = {}
        for r in rows:
            k = r[0].split(" ", 1)[1]
            bycat[k] = bycat.get(k, 0) + 1
        report.append((name, repo, commit, licence, counts, bycat, notes))
    write_outputs(args.out, "project\tcategory\twritten\trepository@commit\tlicence\tfile:line",
                  origins, leftout, report)


if __name__ == "__main__":
    main()
