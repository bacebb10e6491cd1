#!/usr/bin/env python3
"""Builds the fourth set of public Vietnamese number-reading / text-normalization test pairs
(a BLIND set, issue 14, round 6).

Reads snapshots of public repositories (git directories under MIRRORS/<owner>+<name>/repo)
with `git --git-dir=DIR show COMMIT:PATH`, takes the pairs (written, expected spoken) that each
project's tests or test fixture files assert, and writes under OUT:

  <project>/<category>.tsv   `category<TAB>written<TAB>spoken`, UTF-8, NFC
  origins.txt                one line per kept pair: project, file, line (or test name)
  left-out.txt               every pair read and not kept, with the reason

Rules (as for the third set): only whole-output assertions; cases made with non-default
options left out; numbers a test passes as program values written as Vietnamese text writes
them (integers as digits, decimals with a decimal comma, ordinals as `thứ N`, amounts in
đồng as `N đồng`); a written text kept once (first project in PROJECTS order wins); a written
text already in any *.tsv under /work/data or /work/shared (other than this set) left out;
integers of more than 15 digits left out (no text writes them in digits; readings beyond
"trăm nghìn tỷ" are not standard). The expected text is kept as the project writes it.

Uses node (for one jest suite whose cases are made by loops: its bodies are run with
stand-ins that only record the asserted pairs; the library under test is never run).
Python 3 standard library otherwise.
"""

import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tn"))
from tnlib import clean, show, sha256, write_tsv  # noqa: E402

PROJECTS = [
    # (short name, repo, commit, licence)
    ("vieneu-tts", "pnnbao97/VieNeu-TTS", None, "Apache-2.0"),
    ("read-vnd-currency", "deverlex/ReadVNDCurrency",
     "f4c1a67c4f6e1af5c1fa6e7ed9ea05ecb5d89ed9", "MIT"),
    ("num2txt", "malderfox30/num2txt", "50f03b48ef49869264b5c3eab61b76d07d9051b9", "MIT"),
    ("read-vn-number", "hckhanh/read-vn-number",
     "bab558890f4ffb00286f6c3704db1a5aa1063eee", "MIT"),
    ("spell-vn-number", "vincentchu161/spell-vn-number",
     "e517ef7b022127840c68f594dec5a58be5ddac79", "MIT"),
    ("number-to-text-vietnamese", "namnh240795/number-to-text-vietnamese",
     "23df3227f2c70d31175241f476f2e98a15fc5d17", "MIT"),
    ("flutter-number-to-words", "kenguyenduc/flutter_number_to_words_english",
     "d150e1f3b63179e9f7ea64ea6b022b951fc39ffd", "MIT"),
    ("java-num-2-vietnamese", "sluongng/java-num-2-vietnamese",
     "ba8fd372d92dea0321ba260a4b2520fa8e50c176", "none stated: measurement only"),
    ("humanize-vietnamese", "bachpx195/humanize_vietnamese",
     "78317b8157f19931416b068b8b05cf48d8ff455b", "none stated: measurement only"),
    ("laravel-number-to-words", "phpviet/laravel-number-to-words", None, "MIT"),
    ("tienbangchu", "tienphuocgroup/tienbangchu",
     "6aa96a40d10513b3d10038f19c51360ba7f96c70", "MIT"),
]

MAX_DIGITS = 15
TIENBANGCHU_SAMPLE = 16  # keep a fixture pair when the first byte of sha1(written) < this


def gdir_of(mirrors, repo):
    base = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    return os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base


def head(gdir):
    return subprocess.run(["git", "--git-dir=" + gdir, "rev-parse", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()


def line_of(src, pos):
    return src.count("\n", 0, pos) + 1


def int_text(lit):
    """A program's integer literal (underscores, L suffix) -> digits, '-' kept."""
    return lit.replace("_", "").rstrip("Ll")


def group_dots(digits):
    """'1234567' -> '1.234.567' (Vietnamese thousands separator)."""
    neg = digits.startswith("-")
    d = digits.lstrip("-")
    out = ""
    while len(d) > 3:
        out = "." + d[-3:] + out
        d = d[:-3]
    return ("-" if neg else "") + d + out


def too_long(written):
    m = re.match(r"-?(\d[\d.]*)", written)
    return bool(m) and len(m.group(1).replace(".", "")) > MAX_DIGITS and "," not in written


# ---------------------------------------------------------------------------------------------
# Readers: each returns (pairs, notes); a pair is (category, written, spoken, origin).


def read_vieneu(gdir, commit):
    """tests/test_normalize.py in every version (the file was removed at 139bbe5): the
    (written, expected) tuples; a written text with two different expectations across versions
    is left out; the latest version's expectation is taken."""
    revs = subprocess.run(["git", "--git-dir=" + gdir, "log", "--all", "--format=%H",
                           "--", "tests/test_normalize.py"],
                          capture_output=True, text=True).stdout.split()
    seen, notes = {}, []
    for rev in revs:  # newest first
        src = subprocess.run(["git", "--git-dir=" + gdir, "show", rev + ":tests/test_normalize.py"],
                             capture_output=True, text=True).stdout
        for m in re.finditer(r'\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)', src):
            w, s = m.group(1), m.group(2)
            if "\\" in w or "\\" in s:
                continue  # escapes (newlines): not one line of text
            seen.setdefault(w, []).append((s, "tests/test_normalize.py@%s:%d"
                                           % (rev[:12], line_of(src, m.start()))))
    pairs = []
    for w, lst in seen.items():
        readings = {s for s, _ in lst}
        if len(readings) > 1:
            notes.append("`%s` left out: its expected reading changed between versions" % w)
            continue
        pairs.append(("vieneu-tts sentence", w, lst[0][0], lst[0][1]))
    return pairs, notes


def read_deverlex(gdir, commit):
    path = "src/test/java/Test.java"
    src = show(gdir, commit, path)
    pairs = []
    for m in re.finditer(r'assertEquals\(\s*"([^"]*)"\s*,\s*VNDCurrencyReader\.readNumber\((-?[\d_]+L?)\)',
                         src):
        pairs.append(("read-vnd-currency cardinal", int_text(m.group(2)), m.group(1),
                      "%s:%d" % (path, line_of(src, m.start()))))
    return pairs, []


def read_num2txt(gdir, commit):
    path = "src/__tests__/index.test.ts"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for m in re.finditer(r"expect\(num2txt\(('?)(-?\d+)\1(\s*,\s*\{[^}]*\})?\)\)\.toBe\('([^']*)'\)", src):
        origin = "%s:%d" % (path, line_of(src, m.start()))
        if m.group(3):
            notes.append("%s: `%s` left out: made with options %s" % (origin, m.group(2),
                                                                       m.group(3).strip(", ")))
            continue
        pairs.append(("num2txt cardinal", m.group(2), m.group(4), origin))
    return pairs, notes


def read_hckhanh(gdir, commit):
    pairs, notes = [], []
    path = "tests/index.test.ts"
    src = show(gdir, commit, path)
    for m in re.finditer(r"readNumber\('?(\d+)'?\)\)\.to\.equal\('([^']*)'\)", src):
        pairs.append(("read-vn-number cardinal", m.group(1), m.group(2),
                      "%s:%d" % (path, line_of(src, m.start()))))
    path = "tests/NumberReader.test.ts"
    src = show(gdir, commit, path)
    for m in re.finditer(r"const number: \w+ = '?(\d+)'?\s*\n\s*expect\(NumberReader\.read\(number\)\)"
                         r"\.to\.equal\(\s*'([^']*)'\s*\)", src):
        pairs.append(("read-vn-number cardinal", m.group(1), m.group(2),
                      "%s:%d" % (path, line_of(src, m.start()))))
    path = "tests/Number.test.ts"
    src = show(gdir, commit, path)
    for m in re.finditer(r"const s: string = '(\d+)'\s*\n\s*const number = new Numbers\(s\)\s*\n\s*"
                         r"expect\(number\.read\(([^)]*)\)\)\.to\.equal\('([^']*)'\)", src):
        origin = "%s:%d" % (path, line_of(src, m.start()))
        digits, args, spoken = m.group(1), m.group(2).replace(" ", ""), m.group(3)
        # read(true) reads the group as the leading group of a number: a whole number.
        if args == "true" and not digits.startswith("0"):
            pairs.append(("read-vn-number cardinal", digits, spoken, origin))
        elif args == "true":
            notes.append("%s: `%s` read(true) left out: leading zeros" % (origin, digits))
        else:
            notes.append("%s: `%s` read(%s) left out: reads a three-digit group inside a "
                         "longer number, not a number" % (origin, digits, args))
    notes.append("tests/Thousand.test.ts, Million.test.ts, Billion.test.ts left out: they read "
                 "one digit group inside a longer number, not a number")
    return pairs, notes


def read_spell(gdir, commit):
    """jest suites: `spell(S)` and `spellVnNumber(config, S)` where config is the default
    `new SpellerConfig()`; cases under a customized config are left out."""
    pairs, notes = [], []
    for path in ["test/speller.test.ts", "test/speller.advanced.test.ts"]:
        src = show(gdir, commit, path)
        # split into it(...) blocks
        starts = [m.start() for m in re.finditer(r"\n\s*it\(", src)] + [len(src)]
        for a, b in zip(starts, starts[1:]):
            block = src[a:b]
            default = re.search(r"new SpellerConfig\(\)", block) is not None
            for m in re.finditer(r"expect\((spell|spellVnNumber)\((?:(\w+),\s*)?'([^']*)'\)\)"
                                 r"\.toBe\(\s*'([^']*)'\s*\)", block):
                fn, cfg, inp, spoken = m.groups()
                origin = "%s:%d" % (path, line_of(src, a + m.start()))
                if fn == "spellVnNumber" and not (cfg == "config" and default):
                    notes.append("%s: `%s` left out: made with a customized SpellerConfig"
                                 % (origin, inp))
                    continue
                if re.match(r"0\d", inp):
                    notes.append("%s: `%s` left out: leading zeros (the project's trimming, "
                                 "not a reading)" % (origin, inp))
                    continue
                if re.search(r"\.\d*0$", inp):
                    notes.append("%s: `%s` left out: trailing zeros after the point (the "
                                 "project's trimming, not a reading)" % (origin, inp))
                    continue
                if "," in inp:
                    written = inp.replace(",", ".")  # thousands separators as Vietnamese writes them
                    cat = "spell-vn-number cardinal"
                    notes.append("%s: `%s` written `%s` (Vietnamese thousands separator)"
                                 % (origin, inp, written))
                    if "." in inp.split(",")[-1]:
                        continue
                elif "." in inp:
                    written, cat = inp, "spell-vn-number decimal-point"
                else:
                    written, cat = inp, "spell-vn-number cardinal"
                pairs.append((cat, written, spoken, origin))
    return pairs, notes


def read_namnh(gdir, commit):
    pairs, notes = [], []
    for path in ["__tests__/single.test.js", "__tests__/edge-cases.test.js",
                 "__tests__/comprehensive.test.js"]:
        src = show(gdir, commit, path)
        tmp = os.path.join("/tmp", "tn4-" + os.path.basename(path))
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(src)
        out = subprocess.run(["node", os.path.join(HERE, "jest_pairs.js"), tmp],
                             capture_output=True, text=True, check=True).stdout
        os.unlink(tmp)
        for n, spoken, name in json.loads(out):
            pairs.append(("number-to-text-vietnamese cardinal", n, spoken,
                          "%s: test \"%s\"" % (path, name)))
    notes.append("__tests__/separator.test.js left out: every case is made with a separator "
                 "option")
    return pairs, notes


def read_flutter(gdir, commit):
    pairs, notes = [], []
    for path in ["test/number_to_words_english_test.dart",
                 "test/number_to_words_vietnamese_additional_test.dart"]:
        src = show(gdir, commit, path)
        pats = [
            (r"NumberToWords\.convert\('vi',\s*(-?\d+)\),\s*'([^']*)'", "cardinal",
             lambda g: g),
            (r"NumberToWords\.convert\('vi',\s*(-?\d+\.\d+)\),\s*'([^']*)'", "decimal",
             lambda g: g.replace(".", ",")),
            (r"NumberToWords\.convertDecimal\('vi',\s*'(-?\d+\.\d+)'\),\s*'([^']*)'", "decimal",
             lambda g: g.replace(".", ",")),
            (r"(\d+)\.(?:toWordsInLanguage|toCardinal)\('vi'\),\s*'([^']*)'", "cardinal",
             lambda g: g),
            (r"NumberToWords\.convertOrdinal\('vi',\s*(\d+)\),\s*'([^']*)'", "ordinal",
             lambda g: "thứ " + g),
            (r"(\d+)\.(?:toOrdinalInLanguage|toOrdinalWords)\('vi'\),\s*'([^']*)'", "ordinal",
             lambda g: "thứ " + g),
            (r"NumberToWords\.convertCurrency\('vi',\s*(\d+),\s*'VND'\),\s*'([^']*)'", "currency",
             lambda g: g + " đồng"),
        ]
        for pat, cat, conv in pats:
            for m in re.finditer(pat, src):
                pairs.append(("flutter-number-to-words " + cat, conv(m.group(1)), m.group(2),
                              "%s:%d" % (path, line_of(src, m.start()))))
        for m in re.finditer(r"'vi':\s*'([^']*)'", src):
            pairs.append(("flutter-number-to-words cardinal", "0", m.group(1),
                          "%s:%d (zero in all languages)" % (path, line_of(src, m.start()))))
    pairs.sort(key=lambda p: (p[3].split(":")[0], int(re.match(r"\d+", p[3].split(":")[1]).group())))
    notes.append("Written forms: program decimals with a decimal comma (12.34 -> 12,34), "
                 "ordinals as `thứ N`, convertCurrency(..., 'VND') as `N đồng`; "
                 "`contains(...)` checks not taken")
    return pairs, notes


def read_sluongng(gdir, commit):
    path = "NumToViet.java"
    src = show(gdir, commit, path)
    got = {}
    for m in re.finditer(r'testCase\.put\((-?[\d_]+L)\s*,\s*"([^"]*)"\)', src):
        n = int_text(m.group(1))
        got[n] = (m.group(2), "%s:%d" % (path, line_of(src, m.start())))  # Map: last put wins
    notes = ["The test harness is `main()`: it compares each entry with equalsIgnoreCase and "
             "prints [Passed]/[Failed]; a key put twice keeps its last value (a Map)"]
    return [("java-num-2-vietnamese cardinal", n, s, o) for n, (s, o) in got.items()], notes


def tens_contracted(digits, spoken):
    """True if the reading drops `mươi` for some tens digit >= 2 (colloquial `hai mốt`)."""
    d = digits.lstrip("-")
    groups = [d[max(0, i - 3):i] for i in range(len(d), 0, -3)]
    need = sum(1 for g in groups if len(g) >= 2 and int(g[-2]) >= 2)
    return spoken.count("mươi") < need


def read_humanize(gdir, commit):
    path = "spec/humanize_vietnamese_spec.rb"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for m in re.finditer(r"\[\s*(-?[\d_]+)\s*,\s*\"([^\"]*)\"\s*\]", src):
        n, spoken = int_text(m.group(1)), m.group(2)
        origin = "%s:%d" % (path, line_of(src, m.start()))
        cat = "humanize-vietnamese " + ("colloquial" if tens_contracted(n, spoken) else "cardinal")
        pairs.append((cat, n, spoken, origin))
    notes.append("Error cases (1.0/0, 0.0/0, -0.042, 'string') not taken: not numbers. "
                 "`colloquial` = readings that drop `mươi` (21 `hai mốt`, 99 `chín chín`), "
                 "everyday northern speech, not a newsreader's form; kept as asserted")
    return pairs, notes


def read_laravel(gdir, commit):
    path = "tests/TestCase.php"
    src = show(gdir, commit, path)
    pairs = []
    for m in re.finditer(r"\['([^']*)',\s*(\d+(?:\.\d+)?)\]", src):
        spoken, num = m.group(1), m.group(2)
        origin = "%s:%d" % (path, line_of(src, m.start()))
        if spoken.endswith(" đồng"):
            pairs.append(("laravel-number-to-words currency", num + " đồng", spoken, origin))
        elif "." in num:
            # a PHP float literal: its value, with a decimal comma (217.470 is 217.47)
            pairs.append(("laravel-number-to-words decimal", repr(float(num)).replace(".", ","),
                          spoken, origin))
        else:
            pairs.append(("laravel-number-to-words cardinal", num, spoken, origin))
    return pairs, []


def read_tienbangchu(gdir, commit):
    path = "random_numbers_with_vietnamese.txt"
    src = show(gdir, commit, path)
    pairs, total = [], 0
    for i, line in enumerate(src.splitlines(), 1):
        if not line.strip():
            continue
        n, spoken = line.split(" ", 1)
        total += 1
        written = n + " đồng"
        if hashlib.sha1(written.encode()).digest()[0] < TIENBANGCHU_SAMPLE:
            pairs.append(("tienbangchu currency", written, spoken.strip(), "%s:%d" % (path, i)))
    notes = ["Fixture of `TestVietnameseConverter_FullDataset` (pkg/converter/vietnamese_test.go, "
             "exact comparison in pkg/converter/testutil/testframework.go): %d amounts; a sample "
             "of %d taken, those whose SHA-1 of the written text (`N đồng`) has a first byte "
             "below %d (about 1 in %d), so that one fixture of random ten-digit amounts does "
             "not outweigh the set" % (total, len(pairs), TIENBANGCHU_SAMPLE,
                                      256 // TIENBANGCHU_SAMPLE)]
    return pairs, notes


READERS = {
    "vieneu-tts": read_vieneu, "read-vnd-currency": read_deverlex, "num2txt": read_num2txt,
    "read-vn-number": read_hckhanh, "spell-vn-number": read_spell,
    "number-to-text-vietnamese": read_namnh, "flutter-number-to-words": read_flutter,
    "java-num-2-vietnamese": read_sluongng, "humanize-vietnamese": read_humanize,
    "laravel-number-to-words": read_laravel, "tienbangchu": read_tienbangchu,
}


def prior_written(out):
    seen = {}
    for root in ["/work/data", "/work/shared"]:
        for f in glob.glob(os.path.join(root, "**", "*.tsv"), recursive=True):
            if os.path.abspath(f).startswith(os.path.abspath(out) + os.sep):
                continue
            with open(f, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) >= 2:  # only the written column is read
                        seen.setdefault(clean(parts[1]), f)
    return seen


def sift(name, pairs, prior, kept_by, kept_reading, leftout):
    """The pairs (category, written, spoken, origin) of project name that are kept, cleaned, and
    the counts of those read and left out: more than MAX_DIGITS digits, a repeat within the
    project or of a project kept before (kept_by, kept_reading: written -> project, reading;
    updated), or a written text already in prior (written -> file). Each pair left out is
    appended to leftout as a line project<TAB>written<TAB>reason<TAB>origin."""
    kept, counts = [], {"read": len(pairs), "repeat": 0, "set": 0, "prior": 0, "long": 0}
    for cat, w, s, origin in pairs:
        w, s = clean(w), clean(s)
        if too_long(w):
            counts["long"] += 1
            leftout.append("%s\t%s\tmore than %d digits\t%s" % (name, w, MAX_DIGITS, origin))
            continue
        if w in kept_by:
            if kept_by[w] == name:
                counts["repeat"] += 1
                same = "same" if kept_reading[w] == s else "DIFFERENT"
                leftout.append("%s\t%s\trepeat within the project (%s reading)\t%s"
                               % (name, w, same, origin))
            else:
                counts["set"] += 1
                leftout.append("%s\t%s\talready kept from %s\t%s" % (name, w, kept_by[w], origin))
            continue
        if w in prior:
            counts["prior"] += 1
            leftout.append("%s\t%s\talready in %s\t%s" % (name, w, os.path.relpath(prior[w], "/work"), origin))
            continue
        kept_by[w] = name
        kept_reading[w] = s
        kept.append((cat, w, s, origin))
    return kept, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/tn4")
    args = ap.parse_args()
    prior = prior_written(args.out)
    kept_by, kept_reading = {}, {}
    report = []
    origins = []
    leftout = []
    for name, repo, commit, licence in PROJECTS:
        gdir = gdir_of(args.mirrors, repo)
        commit = commit or head(gdir)
        pairs, notes = READERS[name](gdir, commit)
        kept, counts = sift(name, pairs, prior, kept_by, kept_reading, leftout)
        rows = [(cat, w, s) for cat, w, s, origin in kept]
        for cat, w, s, origin in kept:
            origins.append("%s\t%s\t%s\t%s@%s" % (name, cat, w, repo, commit[:12]) + "\t" + origin)
        bycat = {}
        for r in rows:
            bycat.setdefault(r[0].split(" ", 1)[1], []).append(r)
        for cat, rs in bycat.items():
            write_tsv(os.path.join(args.out, name, cat + ".tsv"), rs)
        report.append((name, repo, commit, licence, counts, {c: len(r) for c, r in bycat.items()},
                       notes))
    write_outputs(args.out, "project\tcategory\twritten\trepository@commit\tfile:line", origins,
                  leftout, report)


def write_outputs(out, origins_header, origins, leftout, report):
    """Write origins.txt, left-out.txt and work/report.json of a set of pairs into out, and
    print each project's counts."""
    with open(os.path.join(out, "origins.txt"), "w", encoding="utf-8") as f:
        f.write(origins_header + "\n")
        f.write("\n".join(origins) + "\n")
    with open(os.path.join(out, "left-out.txt"), "w", encoding="utf-8") as f:
        f.write("project\twritten\treason\tfile:line\n")
        f.write("\n".join(leftout) + "\n")
    os.makedirs(os.path.join(out, "work"), exist_ok=True)
    with open(os.path.join(out, "work", "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    for name, repo, commit, licence, counts, cats, notes in report:
        print(name, commit[:12], counts, cats)


if __name__ == "__main__":
    main()
