#!/usr/bin/env python3
"""Builds the fifth set of public Vietnamese number-reading / text-normalization test pairs
(a BLIND set, issue 14, round 7), from projects no earlier set used.

Reads snapshots of public repositories (git directories under MIRRORS/<owner>+<name>/repo)
with `git --git-dir=DIR show COMMIT:PATH`, takes the pairs (written, expected spoken) that each
project's tests or test fixture files assert, and writes under OUT:

  <project>/<project>.tsv    `category<TAB>written<TAB>spoken`, UTF-8, NFC (one file a project)
  origins.txt                one line per kept pair: project, category, written,
                             repository@commit, licence, file:line
  left-out.txt               every pair read and not kept, with the reason

Rules (as for the fourth set): only whole-output assertions; cases made with non-default
options left out; numbers a test passes as program values written as Vietnamese text writes
them (integers as digits, decimals with a decimal comma); string inputs as written, except
thousands separators (commas or spaces), written with dots; a written text kept once (first
project in PROJECTS order wins); a written text already in any *.tsv under /work/data or
/work/shared (other than this set) left out (only the written column of those files is read);
integers of more than 15 digits left out. The expected text is kept as the project writes it.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import clean, extractor, git_dir, show, write_tsv  # noqa: E402
# the fourth set's helpers and its sifting of pairs (limit, repeats, pairs of earlier sets)
tn4 = extractor("tn4")
group_dots, line_of, prior_written, sift = tn4.group_dots, tn4.line_of, tn4.prior_written, tn4.sift

PROJECTS = [
    # (short name, repo, commit, licence)
    ("soe-vinorm-pqt2p1", "pqt2p1/soe-vinorm",
     "88ec0732ff42d82a94c4bccfe20764f3e76979c1", "MIT"),
    ("soe-vinorm-nguyenvanthanhdat", "nguyenvanthanhdat/soe-vinorm",
     "ae126c699b2dd6e1bb15bd4111db2aab7df44f91", "MIT"),
    ("numbers-and-words", "kslazarev/numbers_and_words",
     "43a39a937c293684e0404c2419fadb91328d6120", "MIT"),
    ("1-translate", "joachimneumann/1-translate-tests",
     "53cf65c21c878211f48bde10e7131537b4e2dbc4", "none stated: measurement only"),
    ("num2vn-go", "philipdac/num2vn-go",
     "9efcd282f05bde9a5eb0b10a93165f26f7efd06b", "none stated: measurement only"),
    ("maven-number-to-vietnamese", "sanemat/maven-number-to-vietnamese",
     "9a2bcec2ee7460ae0ad724195e8c442a6293103f", "none stated: measurement only"),
    ("vn-number", "hckhanh/vn-number", "709c1ba944efa274c0cda145c1db18e195be5997", "MIT"),
    ("oorts-read-vn-number", "oorts/read-vn-number",
     "7ec0818b6877937f19d81f6d4bdb27ed65e3baf6", "MIT"),
    ("vietnamese-number", "dattran1232003/readNumberVietnamese",
     "7f8b9d0299f03ad2bf4cc63a1c9575e261ee011a", "MIT (package.json)"),
    ("vietnamese-number-reader-dart", "acaziasoftcom/vietnamese_number_reader_dart",
     "7bcfceffdc6745bd656b0c4bc8804ab6e2d12663", "MIT"),
    ("yii-number-to-words", "phpviet/yii-number-to-words",
     "cd35e7578b8bcdfa5a5c9037c7c3edf3b91fa94d", "MIT"),
    ("symfony-number-to-words", "phpviet/symfony-number-to-words",
     "b0d066ad67b0cfc8ba99edcefe2b7859cd029763", "MIT"),
]

def tens_needed(digits):
    """How many `mươi` a full reading of the integer `digits` says."""
    d = digits.lstrip("-")
    groups = [d[max(0, i - 3):i] for i in range(len(d), 0, -3)]
    return sum(1 for g in groups if len(g) >= 2 and int(g[-2]) >= 2)


def tens_contracted(digits, spoken):
    """True if the reading drops `mươi` for some tens digit >= 2 (colloquial `hai mốt`)."""
    d = digits.lstrip("-").split(",")[0].replace(".", "")
    groups = [d[max(0, i - 3):i] for i in range(len(d), 0, -3)]
    need = sum(1 for g in groups if len(g) >= 2 and int(g[-2]) >= 2)
    return spoken.lower().count("mươi") < need


# ---------------------------------------------------------------------------------------------
# Readers: each returns (pairs, notes); a pair is (category, written, spoken, origin).

PY_STR = r'"((?:[^"\\]|\\.)*)"'


def read_soe_fork(name, default_only):
    """pytest: `assert normalizer.normalize("W") == "S"` (a default SoeNormalizer()), and
    `normalize_text(text, ...)` checks whose dictionaries are the suite's own fixtures."""
    def reader(gdir, commit):
        path = "tests/test_normalizer.py"
        src = show(gdir, commit, path)
        pairs, notes = [], []
        for m in re.finditer(r"normalizer\.normalize\(\s*" + PY_STR + r"\s*\)\s*==\s*" + PY_STR,
                             src):
            w, s = m.group(1), m.group(2)
            origin = "%s:%d" % (path, line_of(src, m.start()))
            if not w.strip():
                notes.append("%s: empty input left out" % origin)
                continue
            pairs.append((name + " sentence", w, s, origin))
        # normalize_text(text, ...custom fixture dictionaries...) then assert result == "..."
        for m in re.finditer(r'text = ' + PY_STR + r'\s*\n\s*result = normalize_text\(text,([^)]*)\)'
                             r'(?:\s*\n\s*assert [^\n]*)*?\s*\n\s*assert result == ' + PY_STR, src):
            origin = "%s:%d" % (path, line_of(src, m.start()))
            notes.append("%s: `%s` left out: made with the suite's own toy dictionaries "
                         "(fixtures of tests/conftest.py), not the project's defaults"
                         % (origin, m.group(1)))
        return pairs, notes
    return reader


def read_numbers_and_words(gdir, commit):
    """RSpec fixture files read by spec/numbers_and_words/numbers_and_words_spec.rb
    (`to_words` of each key must equal the value): integer, float and array fixtures for vi."""
    pairs, notes = [], []
    path = "spec/numbers_and_words/integer/fixture_examples/vi.yml"
    src = show(gdir, commit, path)
    for m in re.finditer(r"(?m)^\s+(-?\d+):\s*(\S.*)$", src):
        pairs.append(("numbers-and-words cardinal", m.group(1), m.group(2).strip(),
                      "%s:%d" % (path, line_of(src, m.start()))))
    path = "spec/numbers_and_words/float/fixture_examples/vi.yml"
    src = show(gdir, commit, path)
    for m in re.finditer(r"(?m)^\s+(-?\d+\.\d+):\s*(\S.*)$", src):
        pairs.append(("numbers-and-words decimal", m.group(1).replace(".", ","),
                      m.group(2).strip(), "%s:%d" % (path, line_of(src, m.start()))))
    path = "spec/numbers_and_words/array/fixture_examples/vi.yml"
    src = show(gdir, commit, path)
    example, options, mode, keys, vals = None, False, None, [], []

    def flush():
        if example is None:
            return
        if options:
            notes.append("%s: example `%s` left out: made with options (remove_zero)"
                         % (path, example))
            return
        for (k, kl), (v, _) in zip(keys, vals):
            cat = "decimal" if "." in k else "cardinal"
            pairs.append(("numbers-and-words " + cat, k.replace(".", ","), v,
                          "%s:%d (array element)" % (path, kl)))

    for i, line in enumerate(src.splitlines(), 1):
        m = re.match(r"^  (\w+):\s*$", line)
        if m:
            flush()
            example, options, mode, keys, vals = m.group(1), False, None, [], []
            continue
        if re.match(r"^\s+options:", line):
            options = True
        elif re.match(r"^\s+\?\s*$", line):
            mode = "k"
        elif re.match(r"^\s+:\s*$", line):
            mode = "v"
        else:
            m = re.match(r"^\s+-\s+(\S.*)$", line)
            if m and mode == "k":
                keys.append((m.group(1).strip(), i))
            elif m and mode == "v":
                vals.append((m.group(1).strip(), i))
    flush()
    notes.append("Fixtures are read by `it_behaves_like 'correct fixture examples'` of "
                 "spec/numbers_and_words/numbers_and_words_spec.rb; float keys written with a "
                 "decimal comma (0.77 -> 0,77); array fixtures give one pair per element")
    return pairs, notes


def read_one_translate(gdir, commit):
    """language/vietnamese.txt: the test data of the 1-Translate calculator (successor of its
    XCTest file Tests/TestVietnamese.swift): `SETTINGS` lines set the reader's options, other
    lines are `NUMBER reading` (Swift-style underscores in the number)."""
    path = "language/vietnamese.txt"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    state = {}
    for i, line in enumerate(src.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        m = re.match(r"SETTINGS (\w+) (\S+)$", line)
        if m:
            state[m.group(1)] = m.group(2)
            continue
        m = re.match(r"(-?[\d_]+) (\D.*)$", line)
        if not m:
            notes.append("%s:%d: unparsed line left out" % (path, i))
            continue
        n, spoken = m.group(1).replace("_", ""), m.group(2).strip()
        settings = "compact %s, thousand %s, secondLast %s" % (
            state.get("compact"), state.get("vietnameseThousand"), state.get("secondLast"))
        if state.get("compact") == "true" and tens_contracted(n, spoken):
            cat = "1-translate colloquial"
        else:
            cat = "1-translate cardinal"
        pairs.append((cat, n, spoken, "%s:%d (%s)" % (path, i, settings)))
    notes.append("Settings are those the file itself declares: compact false (full readings) "
                 "first, then compact true (contracted tens, `hai mốt`), `lẻ` and `linh`, "
                 "`nghìn` and `ngàn`; a number asserted again under other settings is a repeat "
                 "(the first reading kept, the others listed in left-out.txt); contracted "
                 "readings are in category `colloquial`")
    return pairs, notes


def read_num2vn(gdir, commit):
    """num2vn_test.json, compared by TestNum2Vn (num2vn_test.go): mismatches are printed and
    counted, the test never calls t.Error (it cannot fail); taken all the same, as the suite's
    statement of the expected output."""
    path = "num2vn_test.json"
    src = show(gdir, commit, path)
    data = json.loads(src)
    pairs, notes = [], []
    for el in data["TestData"]:
        num, spoken = el["Number"], el["VnStr"]
        pos = src.find('"%s"' % num)
        origin = "%s:%d" % (path, line_of(src, pos))
        intpart, _, frac = num.partition(".")
        digits = re.sub(r"[ ,]", "", intpart)
        written = group_dots(digits) if re.search(r"[ ,]", intpart) else digits
        if frac:
            written += "," + frac
        if written != num:
            notes.append("%s: `%s` written `%s` (Vietnamese separators)" % (origin, num, written))
        kind = "decimal" if frac else "cardinal"
        # the project reads the digits after the comma as one number: count its tens too
        if tens_needed(digits) + tens_needed(frac.lstrip("0")) > spoken.lower().count("mươi"):
            kind = "colloquial"
        pairs.append(("num2vn-go " + kind, written, spoken, origin))
    notes.append("Readings are the project's brief style (README: `hai lăm`, `ba tư`, `lẻ`): "
                 "those that drop `mươi` are in category `colloquial`; digits after the "
                 "decimal comma are read as one number (`phẩy không một trăm ba tư nghìn...`)")
    return pairs, notes


def read_sanemat(gdir, commit):
    pairs = []
    for path in ["src/test/kotlin/jp/sane/numbertovietnamese/NumberToVietnameseTest.kt",
                 "src/test/kotlin/jp/sane/numbertovietnamese/NumberForVietnameseTest.kt"]:
        src = show(gdir, commit, path)
        for m in re.finditer(r'assertEquals\(\s*"([^"]*)"\s*,\s*(?:numberToVietnamese\(|'
                             r'NumberForVietnamese\.from\()(-?\d+)\)', src):
            pairs.append(("maven-number-to-vietnamese cardinal", m.group(2), m.group(1),
                          "%s:%d" % (path, line_of(src, m.start()))))
    return pairs, []


def matched_pairs(gdir, commit, path, pattern, category, written=1, spoken=2):
    """The pairs (category, written, spoken, file:line) of every match of pattern in a file of
    a commit; written and spoken are the numbers of the groups holding them."""
    src = show(gdir, commit, path)
    return [(category, m.group(written), m.group(spoken), "%s:%d" % (path, line_of(src, m.start())))
            for m in re.finditer(pattern, src)]


def read_vn_number(gdir, commit):
    """vitest: `expect(readVnNumber(ARG)).to.equal('S')`, ARG a number, a string of digits or
    BigInt(...). Other test files read one digit group or format digits: not taken."""
    pairs = matched_pairs(gdir, commit, "src/read/index.test.ts",
                          r"readVnNumber\(\s*(?:BigInt\(\s*)?'?(-?\d+)'?\s*\)?\s*\)\s*\)\s*"
                          r"\.to\.equal\(\s*'([^']*)'", "vn-number cardinal")
    notes = ["src/read/digits.test.ts, groups.test.ts, three-digits.test.ts left out: they read "
             "one digit group inside a longer number; src/format/number.test.ts formats digits "
             "(no reading)",
             "The same author's earlier package hckhanh/read-vn-number is in the fourth set; "
             "this is its rewrite (new code and tests); pairs already in earlier sets are left out"]
    return pairs, notes


def read_oorts(gdir, commit):
    path = "test/index.test.js"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for m in re.finditer(r"toVNWord\((-?\d*)\);\s*\n\s*expect\(result\)\.to\.equal\('([^']*)'\)",
                         src):
        origin = "%s:%d" % (path, line_of(src, m.start()))
        if not m.group(1):
            notes.append("%s: empty input left out" % origin)
            continue
        pairs.append(("oorts-read-vn-number cardinal", m.group(1), m.group(2), origin))
    return pairs, notes


def read_dattran(gdir, commit):
    pairs = matched_pairs(gdir, commit, "test/final.test.js",
                          r"const number = '(\d+)'[\s\S]*?toBe\('([^']*)'\)", "vietnamese-number cardinal")
    notes = ["test/mapper.test.js (one reversed digit group), readComplexCaseNumber.test.js "
             "(single digits by position) and splitNumber.test.js (arrays) left out: internal "
             "helpers, not readings of a number"]
    return pairs, notes


def read_acazia(gdir, commit):
    return matched_pairs(gdir, commit, "test/vietnamese_number_reader_test.dart",
                         r"readNumber\((-?\d+)\);\s*\n\s*expect\(result,\s*'([^']*)'\)",
                         "vietnamese-number-reader-dart cardinal"), []


def read_phpviet_bridge(name):
    """PHPUnit data providers `['spoken', number]` of a phpviet framework bridge (the same
    data as phpviet/number-to-words, third set); ChangeDictionaryTest uses the `south`
    dictionary option: left out."""
    def reader(gdir, commit):
        files = [f for f in subprocess.run(["git", "--git-dir=" + gdir, "ls-tree", "-r",
                                            "--name-only", commit, "tests"],
                                           capture_output=True, text=True,
                                           check=True).stdout.split() if f.endswith(".php")]
        pairs, notes = [], []
        for path in sorted(files):
            src = show(gdir, commit, path)
            found = list(re.finditer(r"\['([^']*)',\s*(-?\d+(?:\.\d+)?)\]", src))
            if "ChangeDictionary" in path:
                if found:
                    notes.append("%s: %d pairs left out: made with the `south` dictionary "
                                 "option" % (path, len(found)))
                continue
            for m in found:
                spoken, num = m.group(1), m.group(2)
                origin = "%s:%d" % (path, line_of(src, m.start()))
                if spoken.endswith(" đồng"):
                    pairs.append((name + " currency", num + " đồng", spoken, origin))
                elif "." in num:
                    pairs.append((name + " decimal", repr(float(num)).replace(".", ","),
                                  spoken, origin))
                else:
                    pairs.append((name + " cardinal", num, spoken, origin))
        notes.append("A PHP float literal is written as its value with a decimal comma "
                     "(217.470 is 217,47); amounts of toCurrency as `N đồng`")
        return pairs, notes
    return reader


READERS = {
    "soe-vinorm-pqt2p1": read_soe_fork("soe-vinorm-pqt2p1", True),
    "soe-vinorm-nguyenvanthanhdat": read_soe_fork("soe-vinorm-nguyenvanthanhdat", True),
    "numbers-and-words": read_numbers_and_words,
    "1-translate": read_one_translate,
    "num2vn-go": read_num2vn,
    "maven-number-to-vietnamese": read_sanemat,
    "vn-number": read_vn_number,
    "oorts-read-vn-number": read_oorts,
    "vietnamese-number": read_dattran,
    "vietnamese-number-reader-dart": read_acazia,
    "yii-number-to-words": read_phpviet_bridge("yii-number-to-words"),
    "symfony-number-to-words": read_phpviet_bridge("symfony-number-to-words"),
}


def main():
    ap = argparse.ArgumentParser(description="Build the fifth set of public test-suite pairs.")
    ap.add_argument("--mirrors", default="/work/.mirror",
                    help="where the fetched repositories lie (<owner>+<name>/repo)")
    ap.add_argument("--out", default="/work/data/tn5", help="the set's folder")
    args = ap.parse_args()
    prior = prior_written(args.out)
    kept_by, kept_reading = {}, {}
    report, origins, leftout = [], [], []
    for name, repo, commit, licence in PROJECTS:
        gdir = git_dir(args.mirrors, repo)
        pairs, notes = READERS[name](gdir, commit)
        kept, counts = sift(name, pairs, prior, kept_by, kept_reading, leftout)
        rows = [(cat, w, s) for cat, w, s, origin in kept]
        for cat, w, s, origin in kept:
            origins.append("\t".join([name, cat, w, "%s@%s" % (repo, commit[:12]), licence,
                                      origin]))
        if rows:
            write_tsv(os.path.join(args.out, name, name + ".tsv"), rows)
        bycat = {}
        for r in rows:
            k = r[0].split(" ", 1)[1]
            bycat[k] = bycat.get(k, 0) + 1
        report.append((name, repo, commit, licence, counts, bycat, notes))
    tn4.write_outputs(args.out, "project\tcategory\twritten\trepository@commit\tlicence\tfile:line",
                      origins, leftout, report)


if __name__ == "__main__":
    main()
