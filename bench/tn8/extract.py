#!/usr/bin/env python3
"""Builds the eighth set of public Vietnamese text-normalization / number-reading test pairs
(tn8, a BLIND set), from projects no earlier set used (none is named under bench/ or docs/, none
is in /work/wt/SETS-claimed.txt for another set; each is claimed there for tn8).

Takes the pairs (written, expected spoken) that each project's tests assert as a whole output
and writes under OUT:

  <project>/cases.tsv        `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason
  work/report.json           counts per project

Three projects are read from snapshots fetched with the fetch tool (git directories under
MIRRORS/<owner>+<name>/repo, `git --git-dir=DIR show COMMIT:PATH`). One (yoonjae26/vietnamese-tts)
has no snapshot the fetch tool can bring; its two test files were copied verbatim (character
counts checked) from the stored index of public repositories, each at the commit the index names,
into the set's work/sources/<owner>+<name>/ (outside the project; --sources) and are read there.

Rules (as for the sixth and seventh sets): only whole-output assertions (`==`, `assertEqual`,
`eq`, `assert ... ==` in a generated ExUnit test) with the project's default options; no
substring checks, no calls with keyword options (a dialect, a transliteration hook), no other rule
set of the same inputs; numbers a test passes as program values written as Vietnamese text writes
them (integers as digits, decimals with a decimal comma); string inputs as written; the expected
text kept as the project writes it (only NFC and single spaces); an expected text that is not a
Vietnamese reading (digits, symbols, an acronym or brand as written, a single consonant letter, a
word that is no Vietnamese syllable) left out with the reason; integers of more than 15 digits
left out; a written text kept once in the whole set (first project in PROJECTS order wins, later
repeats are left out and listed). The written texts of earlier sets are NOT read (round 14 forbids
reading any .tsv of expected readings), so a bare number may repeat one of an earlier set. Python
3 standard library only.
"""

import ast
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import clean, extractor, git_dir, show, write_tsv  # noqa: E402

# the fourth set's helpers (line numbers, the sifting of repeats and long numbers, the output
# files), the sixth set's test of an expected text that is no Vietnamese reading (through the
# seventh set's no_reading, which adds a dash between number words), the seventh set's
# categories of running text, its Python test reader and its test of a non-Vietnamese word
tn4 = extractor("tn4")
tn7 = extractor("tn7")
line_of, sift, write_outputs = tn4.line_of, tn4.sift, tn4.write_outputs
no_reading, text_category, english_word = tn7.no_reading, tn7.text_category, tn7.english_word
py_pairs, py_num = tn7.py_pairs, tn7.py_num

# Test files copied from the stored index: path -> (commit the index names, characters).
INDEX_FILES = {
    "yoonjae26/vietnamese-tts": {
        "tests/test_normalizer.py": ("545b386d7aaeb1509f298e1b821496dc9968489e", 3787),
        "tests/test_numbers.py": ("db473dec44852fb1bd18606de37554bf92fea805", 1203),
    },
}

PROJECTS = [
    # (short name, repo, commit or None for index copies, licence)
    ("vietnamese-tts", "yoonjae26/vietnamese-tts", None, "MIT (LICENSE at db473dec)"),
    ("vietnamese-tts-studio", "vuhai2002/vietnamese-tts-studio",
     "466394aad901592517c668837f5c6f5cd2d0a94a", "MIT (LICENSE)"),
    ("humanize", "radar/humanize", "9b5500e0b7d8b2b7d3eeb0ddf5bc9022ab21d8f9",
     "MIT (LICENSE.md)"),
    ("cldr-numbers", "elixir-cldr/cldr_numbers", "e651aef9498c2dabaac51aba78b241545db0addd",
     "Apache-2.0 (LICENSE.md, mix.exs)"),
]


# ---------------------------------------------------------------------------------------------
# Categories of running text without digits, and of digit strings read digit by digit.

def plain_category(w):
    """A written text without digits: headline (all capitals), abbreviation (a run of two
    capitals or a dotted short form), else plain (case, tone marks or punctuation only)."""
    letters = [c for c in w if c.isalpha()]
    if len(letters) > 10 and all(c.isupper() for c in letters):
        return "headline"
    if re.search(r"[A-ZĐ]{2,}|\b[A-Z]\.", w):
        return "abbreviation"
    return "plain"


# The categories of running text with digits, the first whose expression matches.
DIGIT_CATEGORIES = [
    (r"\bthứ \d", "ordinal"),
    (r"(?i)\bngày \d+ tháng \d", "date"),
    (r"\d\s*(?:W|mAh)\b", "unit"),
    (r"\b[A-ZĐ]+[-.]?\d", "abbreviation"),
    (r"\d[A-Z]\b", "code"),
]


def category(w, s):
    """The category of a pair of running text: roman, phone, ordinal, date (a day and month in
    words), unit (W, mAh), abbreviation (capital letters joined to a number), code
    (a number with a letter suffix), else the seventh set's text_category; without digits
    plain_category."""
    if tn7.ROMAN.search(w) or re.search(r"\bthứ [IVX]+\b", w):
        return "roman"
    if not re.search(r"\d", w):
        return plain_category(w)
    if re.fullmatch(r"(?:[^\d+]*\s)?\+?\d[\d ]{7,}\d", w):
        return "phone"
    for pattern, name in DIGIT_CATEGORIES:
        if re.search(pattern, w):
            return name
    return text_category(w, s)


def not_vietnamese(spoken):
    """no_reading, and a word that is no Vietnamese syllable (a brand kept as written)."""
    why = no_reading(spoken)
    if why:
        return why
    word = english_word(spoken)
    if word:
        return "expected text keeps a word that is no Vietnamese syllable (%s)" % word
    return None


# ---------------------------------------------------------------------------------------------
# yoonjae26/vietnamese-tts (pytest): normalize_text(raw) == expected (parametrize), and
# read_number(n), read_digits(s), read_decimal(int, frac) == words.

def read_vietnamese_tts(srcdir, files):
    pairs = []
    funcs = {"normalize_text", "read_number", "read_digits", "read_decimal"}
    for path in sorted(files):
        commit = files[path][0]
        with open(os.path.join(srcdir, path), encoding="utf-8") as f:
            src = f.read()
        for fname, fn, args, kwargs, expected, line in py_pairs(src, funcs):
            origin = "%s@%s:%d" % (path, commit[:12], line)
            if fn == "read_decimal":
                written = "%s,%s" % (args[0], args[1])
            elif isinstance(args[0], str):
                written = args[0]
            else:
                written = py_num(args[0])
            if kwargs:
                pairs.append((None, written, expected, origin + " [option %s]" %
                              ", ".join("%s=%s" % kv for kv in kwargs.items())))
                continue
            if fn == "read_number":
                kind = "number"
            elif fn == "read_decimal":
                kind = "decimal"
            elif fn == "read_digits":
                kind = "phone"
            else:
                kind = category(written, expected)
            pairs.append((kind, written, expected, origin))
    notes = ["Not taken: the NFC, character-set and sentence-splitting checks; the calls with a "
             "transliteration hook (translit=...) are options",
             "read_decimal(integer part, fraction digits) is written with a decimal comma; "
             "read_digits reads a digit string digit by digit (category phone)",
             "Reads scores as two bare numbers, '/' after an amount as 'một' (per), keeps tone "
             "marks in the modern place and lowercases everything: kept as the project asserts"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# vuhai2002/vietnamese-tts-studio (unittest): self.assertEqual(read_integer(n), expected, n) over
# a `cases` dict, and self.assertEqual(normalize("W"), "S") (also through out = normalize(...) or
# a string bound to a name).

def _literal(node, env):
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    return ast.literal_eval(node)


def read_studio(gdir, commit):
    path = "tests/test_vietnamese_number_normalizer.py"
    src = show(gdir, commit, path)
    tree = ast.parse(src)
    pairs = []
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef) or not func.name.startswith("test"):
            continue
        env, calls = {}, {}
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if isinstance(node.value, ast.Call):
                    calls[name] = node.value
                else:
                    try:
                        env[name] = ast.literal_eval(node.value)
                    except ValueError:
                        pass
        loop_cases = None
        for node in ast.walk(func):
            if isinstance(node, ast.For) and isinstance(node.iter, ast.Call) and \
                    isinstance(node.iter.func, ast.Attribute) and node.iter.func.attr == "items":
                loop_cases = node.iter.func.value.id
        for node in ast.walk(func):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "assertEqual"):
                continue
            call = node.args[0]
            if isinstance(call, ast.Name) and call.id in calls:
                call = calls[call.id]
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            fn = call.func.id
            kw = ", ".join("%s=%s" % (k.arg, ast.unparse(k.value)) for k in call.keywords)
            if loop_cases and isinstance(call.args[0], ast.Name) and \
                    call.args[0].id not in env:
                table = func_dict(func, loop_cases)
                for key, value, kline in table:
                    origin = "%s:%d" % (path, kline)
                    pairs.append(("number", py_num(key), value, origin))
                continue
            written = _literal(call.args[0], env)
            expected = _literal(node.args[1], env)
            origin = "%s:%d" % (path, node.lineno)
            written = written if isinstance(written, str) else py_num(written)
            if kw:
                pairs.append((None, written, expected, origin + " [option %s]" % kw))
                continue
            kind = "number" if fn == "read_integer" else category(written, expected)
            if kind == "number" and "," in written:
                kind = "decimal"
            pairs.append((kind, written, expected, origin))
    notes = ["Not taken: nothing else; read_integer(..., dialect='nam') (ngàn) is an option",
             "Says 'lẻ' (not 'linh') and 'tỉ': kept as the project asserts them"]
    return pairs, notes


def func_dict(func, name):
    """[(key, value, line)] of the dict literal bound to name in func."""
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and \
                node.targets[0].id == name and isinstance(node.value, ast.Dict):
            return [(ast.literal_eval(k), ast.literal_eval(v), k.lineno)
                    for k, v in zip(node.value.keys, node.value.values)]
    return []


# ---------------------------------------------------------------------------------------------
# radar/humanize (RSpec): spec/locales/vi_spec.rb, rows `[NUM, "words"]` checked with
# `expect(num.humanize).to eq(output)` under `config.decimals_as = :number`.

RB_ROW = re.compile(r'^\s*\[([^,\]]+),\s*"([^"]*)"\]', re.M)


def read_humanize(gdir, commit):
    path = "spec/locales/vi_spec.rb"
    src = show(gdir, commit, path)
    pairs = []
    for m in RB_ROW.finditer(src):
        lit, spoken = m.group(1).strip(), m.group(2)
        origin = "%s:%d" % (path, line_of(src, m.start(1)))
        if re.fullmatch(r"-?[\d_]+", lit):
            pairs.append(("number", lit.replace("_", ""), spoken, origin))
        elif re.fullmatch(r"-?[\d_]+\.[\d_]+", lit):
            pairs.append((None, lit.replace("_", "").replace(".", ","), spoken, origin +
                          " [option: decimals read under config.decimals_as = :number, not the "
                          "default]"))
        else:
            pairs.append((None, lit, spoken, origin +
                          " [a program value (infinity, not a number), not a text]"))
    notes = ["Integers only: the spec sets decimals_as = :number (not the default), which "
             "changes only how the digits after the point are read",
             "Integers of more than 15 digits (most of the file) are left out"]
    return pairs, notes


# ---------------------------------------------------------------------------------------------
# elixir-cldr/cldr_numbers (ExUnit): test/support/rbnf/vi/rbnf_test.json, read by
# test/support/rbnf_test_support.exs and asserted in test/number/rbnf_test.exs
# (`assert apply(module, rule_set, [integer, locale]) == expected`) for every rule set.

TAKEN_RULE_SET = ("SpelloutRules", "spellout-cardinal")


def read_cldr(gdir, commit):
    path = "test/support/rbnf/vi/rbnf_test.json"
    src = show(gdir, commit, path)
    data = json.loads(src)
    pairs = []
    for group in data:
        for rule_set, tests in data[group].items():
            for num, spoken in tests.items():
                pos = src.find('"%s": "%s"' % (num, spoken))
                origin = "%s:%d" % (path, line_of(src, pos))
                if (group, rule_set) == TAKEN_RULE_SET:
                    pairs.append(("number", num, spoken, origin))
                else:
                    pairs.append((None, num, spoken, origin +
                                  " [rule set %s/%s: another reading of the same integer, not "
                                  "the default spellout]" % (group, rule_set)))
    # the taken rule set first, in the file's order
    pairs.sort(key=lambda p: p[0] is None)
    notes = ["Only the default spellout rule set (spellout-cardinal, Cldr.Number.to_string "
             "format: :spellout); spellout-numbering and spellout-numbering-year give the same "
             "words for the same integers, spellout-ordinal and digits-ordinal are other readings",
             "The test data is generated from ICU's Vietnamese RBNF rules"]
    return pairs, notes


INDEX_READERS = {"vietnamese-tts": read_vietnamese_tts}
MIRROR_READERS = {"vietnamese-tts-studio": read_studio, "humanize": read_humanize,
                  "cldr-numbers": read_cldr}


def main():
    tn7.build("Build the eighth set of public test pairs (tn8).", "/work/data/tn8", PROJECTS,
              INDEX_FILES, INDEX_READERS, MIRROR_READERS, not_vietnamese)


if __name__ == "__main__":
    main()
