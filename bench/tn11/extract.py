#!/usr/bin/env python3
"""Builds the eleventh set of public Vietnamese text-normalization test pairs (tn11, a BLIND set)
from three projects no earlier set used (none is named under bench/ or docs/ or in an earlier
set's origins.txt; each is claimed for tn11 in /work/wt/SETS-claimed.txt).

Takes the pairs (written, expected spoken) that each project's tests assert as a whole output
and writes under OUT (default /work/data/tn11):

  <project>/cases.tsv        `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason
  work/report.json           counts per project

None of the three has a snapshot the fetch tool can bring (it answers "no snapshot", or, for
danghungtan0188-dot/tan-ai-skills, a snapshot without the test file), so the test files were
copied verbatim from the stored index of public repositories, at the commit the index names, into
SOURCES/<owner>+<name>/ (outside the project); their character counts are checked before they are
read. Of DuongNAD/LIVA_Banking's test file only characters 4335 to 9246 (sections 3 to 6, the
assertions of readings) were copied, as `<path>.4335-9246`: the rest of the file tests panics,
speed and memory on inputs (emoji, control characters) that the index text cannot be copied from
character for character.

Rules (as for the seventh to tenth sets, whose builder this imports): only whole-output
assertions (`assertEqual`, a parametrize row compared with `==`, `assert_eq!`) of the project's
reader with its default rules; no `assert_ne!` (a reading that must not come out), no substring
checks; numbers a test passes as program values written as digits; the expected text kept as the
project writes it (only NFC and single spaces); an expected text that is no Vietnamese reading
(digits, symbols, an acronym as written, a single consonant letter, a word that is no Vietnamese
syllable) left out with the reason; integers of more than 15 digits left out; a written text kept
once in the whole set (first project in PROJECTS order wins). The written texts of earlier sets
are not read. Python 3 standard library only.

Usage: extract.py [--sources DIR] [--out DIR]
"""

import ast
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import extractor  # noqa: E402

# the seventh set's builder (index copies checked, pairs cleaned and sifted, output files), the
# fourth set's line numbers, the eighth set's test of an expected text that is no Vietnamese
# reading and the ninth set's categories
tn4 = extractor("tn4")
tn7 = extractor("tn7")
tn8 = extractor("tn8")
tn9 = extractor("tn9")
line_of = tn4.line_of

# Copies from the stored index: copy's path -> (commit the index names, characters).
INDEX_FILES = {
    "danghungtan0188-dot/tan-ai-skills": {
        "tests/test_normalize_vi.py": ("a45eddf3ac5f3eab32d84554ad81711bbe8550c4", 2820),
    },
    "locphamnguyen/vonia": {
        "tests/test_norm_vi_numbers.py": ("7756d6d6855c64f51cbb443c5e5844aadef4780e", 2951),
    },
    "DuongNAD/LIVA_Banking": {
        # characters 4335..9246 of the 11272 of liva-native-core/tests/normalizer_adversarial_stress.rs
        "liva-native-core/tests/normalizer_adversarial_stress.rs.4335-9246":
            ("0e90f98955e496decb9dbd3da121ead951390399", 4911),
    },
}

NO_LICENCE = "none found (no licence file in the index): measurement only"
PROJECTS = [
    # (short name, repo, None: index copies, licence); running text first
    ("tan-ai-skills", "danghungtan0188-dot/tan-ai-skills", None, NO_LICENCE),
    ("vonia", "locphamnguyen/vonia", None, NO_LICENCE),
    ("liva", "DuongNAD/LIVA_Banking", None, NO_LICENCE),
]


def _read(srcdir, path):
    with open(os.path.join(srcdir, path), encoding="utf-8") as f:
        return f.read()


def text_pair(kind, written, spoken, origin):
    """A pair: its category (kind, else the ninth set's), or left out as a layout test."""
    why = tn9.layout_test(written)
    if why:
        return (None, written, spoken, origin + " [%s]" % why)
    return (kind or tn9.category(written, spoken), written, spoken, origin)


def _str(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# ---------------------------------------------------------------------------------------------
# danghungtan0188-dot/tan-ai-skills (unittest): a dict {int: words} checked with
# number_to_words(n); self.check(src, expected) = assertEqual(normalize_numbers(src), expected);
# out = normalize_text(src, load_rules()) then assertEqual(out, expected).

def read_tan_ai_skills(srcdir, files):
    path = "tests/test_normalize_vi.py"
    commit = files[path][0]
    src = _read(srcdir, path)
    where = "%s@%s:%%d" % (path, commit[:12])
    pairs, outs = [], {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Dict) and node.keys and all(
                isinstance(k, ast.Constant) and isinstance(k.value, int) for k in node.keys):
            for k, v in zip(node.keys, node.values):
                pairs.append(("number", str(k.value), _str(v), where % k.lineno))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                getattr(node.value.func, "attr", "") == "normalize_text":
            outs[node.targets[0].id] = _str(node.value.args[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "check" and \
                len(node.args) == 2 and all(_str(a) is not None for a in node.args):
            pairs.append(text_pair(None, _str(node.args[0]), _str(node.args[1]),
                                   where % node.lineno))
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "assertEqual" and \
                isinstance(node.args[0], ast.Name) and node.args[0].id in outs:
            pairs.append(text_pair(None, outs[node.args[0].id], _str(node.args[1]),
                                   where % node.lineno))
    pairs.sort(key=lambda p: int(p[3].rsplit(":", 1)[1].split(" ")[0]))
    notes = ["number_to_words(n) is written as the integer's digits; normalize_numbers(text) is "
             "the project's number pass, normalize_text(text, load_rules()) its whole normalizer "
             "with the rules file it ships (abbreviations), the one the project loads by default",
             "A reader for a VieNeu-TTS news voice (skills/tan-giong-doc-ban-tin); each case is a "
             "reading error the author met",
             "Says 'lẻ', 'tư' after 'mươi', adds 'ngày' before a bare day/month/year, keeps a "
             "sentence's capitals: kept as asserted"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# locphamnguyen/vonia (pytest): three parametrize tables, read_int(n), read_number(token) and
# normalize_numbers(text), each compared with `==`.

KIND_OF_TEST = {"test_read_int": "number"}


def read_vonia(srcdir, files):
    path = "tests/test_norm_vi_numbers.py"
    commit = files[path][0]
    src = _read(srcdir, path)
    pairs = []
    for func in ast.parse(src).body:
        if not isinstance(func, ast.FunctionDef):
            continue
        for dec in func.decorator_list:
            if getattr(dec.func, "attr", "") != "parametrize":
                continue
            for row in dec.args[1].elts:
                value, expected = (ast.literal_eval(e) for e in row.elts)
                origin = "%s@%s:%d" % (path, commit[:12], row.lineno)
                pairs.append(text_pair(KIND_OF_TEST.get(func.name), str(value), expected, origin))
    notes = ["The normalizer of a TTS server built on OmniVoice (omnivoice/server/"
             "norm_vi_numbers.py, the project's own module; k2-fsa/OmniVoice's own tests, taken "
             "by the tenth set, are a different file)",
             "read_int(n) is written as the integer's digits; read_number(token) and "
             "normalize_numbers(text) as the test writes them",
             "Says 'linh', 'tư' after 'mươi', 'độ xê', reads a dot before one digit as a "
             "decimal point and two decimal digits as one number: kept as asserted"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# DuongNAD/LIVA_Banking (cargo test): assert_eq!(normalize_vi("W"), "S") in sections 3 to 6 of
# liva-native-core/tests/normalizer_adversarial_stress.rs.

RS_STR = r'"((?:[^"\\]|\\.)*)"'
RS_EQ = re.compile(r"assert_eq!\(\s*normalize_vi\(\s*" + RS_STR + r"\s*\)\s*,\s*" + RS_STR
                   + r"\s*,?\s*\)")


# Rust's string escapes in the tests are those of JavaScript the ninth set reads
rs_unescape = tn9.js_unescape


def read_liva(srcdir, files):
    path = "liva-native-core/tests/normalizer_adversarial_stress.rs.4335-9246"
    commit = files[path][0]
    src = _read(srcdir, path)
    pairs = []
    for m in RS_EQ.finditer(src):
        origin = "%s@%s: line %d of the excerpt" % (path, commit[:12], line_of(src, m.start()))
        pairs.append(text_pair(None, rs_unescape(m.group(1)), rs_unescape(m.group(2)), origin))
    notes = ["Characters 4335-9246 of the test file only (sections 3 to 6: thousands and "
             "decimals, dates, times, money, units, percent, abbreviations, phone numbers); "
             "sections 1, 2 and 7 test panics, memory, speed and latency, not readings",
             "The one assert_ne! (a reading that must not come out) is not a pair",
             "Says 'tư' after 'mươi', reads decimal digits one by one, says 'đô la mỹ' for the "
             "dollar code, spells two acronyms letter by letter: kept as asserted (one of them "
             "leaves a single consonant letter and is left out by the rule)"]
    return pairs, notes


INDEX_READERS = {"tan-ai-skills": read_tan_ai_skills, "vonia": read_vonia, "liva": read_liva}


def main():
    tn7.build("Build the eleventh set of public test pairs (tn11).", "/work/data/tn11", PROJECTS,
              INDEX_FILES, INDEX_READERS, {}, tn8.not_vietnamese)


if __name__ == "__main__":
    main()
