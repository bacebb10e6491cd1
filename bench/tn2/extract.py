#!/usr/bin/env python3
"""Rebuilds the second set of public Vietnamese text-normalization test pairs (issue 14).

Reads snapshots of public repositories (git directories, as the fetch tool leaves them under
MIRRORS/<owner>+<name>/repo) with `git --git-dir=DIR show COMMIT:PATH`, takes each project's
pairs of written text and expected spoken text, and writes, under OUT:

  <project>/<category>.tsv          every pair kept, `category<TAB>written<TAB>spoken`
  guide/<project>/<category>.tsv    the pairs whose written text's SHA-1 starts with an even byte
  sealed/<project>/<category>.tsv   the others (odd byte): never measured while tuning
  guide/<project>/adjudication.txt  copy of bench/tn2/<project>.adjudication.txt, if any
  README.md                         origins, commits, licences, counts, every change, checksums

Python 3 standard library only. Third-party data: OUT must be outside the project.

Usage: extract.py [--mirrors DIR] [--out DIR] | extract.py --key TEXT
"""

import argparse
import ast
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tn"))
from tnlib import clean, git, git_dir, key, licence_name, show, write_readme, write_tsv  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def swap_separators(number):
    """'1,234.5' (the library's English-style signs) -> '1.234,5' (as Vietnamese text writes)."""
    return number.translate(str.maketrans({",": ".", ".": ","}))


# ---------------------------------------------------------------------------------------------
# Each reader returns (pairs, notes): pairs are (category, written, spoken, origin); notes are
# lines for the README (pairs left out, changes made).


def read_soe_vinorm(gdir, commit):
    """README examples of soe-vinorm: `text = "..."` then `# Output: ...` with the default
    options, and the Original:/Normalized: lines printed for the batch example."""
    src = show(gdir, commit, "README.md")
    pairs, notes = [], []
    lines = src.split("\n")
    text = None
    in_options = False
    for i, line in enumerate(lines, 1):
        if line.startswith("Normalization options"):
            in_options = True  # examples with non-default options: not the default reading
        if in_options:
            continue
        # An input line (a code example's text, or "Original:"), then its output line.
        m = re.match(r'(?:text = "(.*)"|Original: (.*))$', line)
        if m:
            text = m.group(1) if m.group(1) is not None else m.group(2)
            continue
        m = re.match(r"(?:# Output|Normalized): (.*)$", line)
        if m and text is not None:
            pairs.append(("readme", text, m.group(1), "README.md:%d" % i))
            text = None
    notes.append("Left out: the examples under \"Normalization options\" (they show "
                 "non-default options that keep USD or e-mail addresses as written).")
    return pairs, notes


def read_vitext(gdir, commit):
    """The parametrized (input, expected) tuples of Version_2/test_case.py (one category: its
    comment headings name single cases rather than groups)."""
    path = "Version_2/test_case.py"
    src = show(gdir, commit, path)
    pairs = []
    for node in ast.walk(ast.parse(src)):
        if (isinstance(node, ast.Tuple) and len(node.elts) == 2 and
                all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)):
            pairs.append(("test_case", node.elts[0].value, node.elts[1].value,
                          "%s:%d" % (path, node.lineno)))
    pairs.sort(key=lambda p: int(p[3].rsplit(":", 1)[1]))
    return pairs, []


def read_rvn(gdir, commit):
    """`expect(doReadNumber(config, 'X')).toBe('Y')` of test/reader.test.ts (the other tests
    check internal functions on digit arrays, not text)."""
    path = "test/reader.test.ts"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for m in re.finditer(r"expect\(doReadNumber\(config, '([^']*)'\)\)\.toBe\(\s*'([^']*)'\s*\)",
                         src):
        line = src.count("\n", 0, m.start()) + 1
        written, spoken = m.group(1), m.group(2)
        origin = "%s:%d" % (path, line)
        if written in ("", "00.", ".00"):
            notes.append("%s: `%s` left out: empty or a bare point, not text a reader meets"
                         % (origin, written))
            continue
        integral, _point, fraction = written.lstrip("-").partition(".")
        if "," in integral and not re.fullmatch(r"\d{1,3}(,\d{3})+", integral):
            notes.append("%s: `%s` left out: thousands groups not of three digits, not text a "
                         "reader meets" % (origin, written))
            continue
        if "," in fraction:
            notes.append("%s: `%s` left out: a separator inside the decimals, not text a "
                         "reader meets" % (origin, written))
            continue
        vi = swap_separators(written)
        if vi != written:
            notes.append("%s: `%s` written `%s`: the library's default signs are English-style "
                         "(point for decimals, comma for thousands); Vietnamese text writes "
                         "them the other way round" % (origin, written, vi))
        category = "decimal" if "." in written else "cardinal"
        pairs.append((category, vi, spoken, origin))
    return pairs, notes


def read_num2words(gdir, commit):
    """assertEqual(num2words(N, lang="vi"), "text") of tests/test_vi.py."""
    path = "tests/test_vi.py"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    for node in ast.walk(ast.parse(src)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "assertEqual"):
            continue
        call, expected = node.args[0], node.args[1]
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "num2words"):
            continue
        kw = {k.arg: k.value.value for k in call.keywords if isinstance(k.value, ast.Constant)}
        if kw.get("lang") != "vi" or len(kw) != 1:
            notes.append("%s:%d: left out: a call with other options than lang=\"vi\""
                         % (path, node.lineno))
            continue
        num = call.args[0].value
        origin = "%s:%d" % (path, node.lineno)
        if isinstance(num, float):
            written = repr(num).replace(".", ",")
            notes.append("%s: %r written `%s`: a decimal comma, as Vietnamese text writes it"
                         % (origin, num, written))
            category = "decimal"
        else:
            written = str(num)
            category = "cardinal"
        pairs.append((category, written, expected.value, origin))
    pairs.sort(key=lambda p: int(p[3].rsplit(":", 1)[1]))
    return pairs, notes


def read_humanizer(gdir, commit):
    """[InlineData(N, "text")] of the Vietnamese NumberToWordsTests (cardinals; ordinals
    written `thứ N`, as text writes them)."""
    path = "tests/Humanizer.Tests/Localisation/vi/NumberToWordsTests.cs"
    src = show(gdir, commit, path)
    pairs, notes = [], []
    method = None
    pending = []
    for i, line in enumerate(src.split("\n"), 1):
        m = re.search(r'\[InlineData\((-?\d+), "([^"]*)"\)\]', line)
        if m:
            pending.append((m.group(1), m.group(2), i))
            continue
        m = re.search(r"public void (\w+)\(", line)
        if m:
            method = m.group(1)
            for num, text, ln in pending:
                origin = "%s:%d (%s)" % (path, ln, method)
                if method == "ToWords":
                    pairs.append(("cardinal", num, text, origin))
                elif method == "ToOrdinalWords":
                    pairs.append(("ordinal", "thứ " + num, text, origin))
                else:
                    notes.append("%s: left out: not a reading of a written number" % origin)
            pending = []
    notes.append("Ordinal cases (`ToOrdinalWords(N)`) are written `thứ N`, the way Vietnamese "
                 "text writes an ordinal; cardinals are written as the test's integer, digits "
                 "only.")
    return pairs, notes


# project, repository, commit (None: HEAD), licence file, reader, what is taken
PROJECTS = [
    ("soe-vinorm", "vinhdq842/soe-vinorm", None, "LICENSE", read_soe_vinorm,
     "The worked examples of README.md with their printed output (default options). Its tests "
     "(tests/*.py) assert only types and lengths, never a spoken form, so none is taken."),
    ("vitext", "SaikySu/ViText", None, None, read_vitext,
     "The (input, expected) pairs of `Version_2/test_case.py` (its pytest of `normalize_line` "
     "with punc, unknown, lower and rule all off)."),
    ("read-vietnamese-number", "tonghoangvu/read-vietnamese-number", None, "LICENSE.txt",
     read_rvn, "The `doReadNumber` assertions of `test/reader.test.ts`."),
    ("num2words", "savoirfairelinux/num2words", None, "COPYING", read_num2words,
     "The assertions of `tests/test_vi.py`."),
    ("humanizer", "Humanizr/Humanizer", "f5330118c8c27c3a8f2a2674c473904736b99a85", "license.txt",
     read_humanizer,
     "`tests/Humanizer.Tests/Localisation/vi/NumberToWordsTests.cs` as it was before the "
     "localisation rewrite (commit b1297d9e, which removed the file), i.e. at its parent."),
]


# Looked at and not taken, with why (written into the README).
NOT_TAKEN = [
    "github:pnnbao97/VieNeu-TTS (Apache 2.0): its normalizer tests (`tests/test_normalize.py`, "
    "removed at 139bbe5) are the suite sea-g2p grew from: of 6 distinct written texts in all "
    "its versions, all others are in sea-g2p's suite, which another measurement uses.",
    "github:v-nhandt21/Vinorm and its forks github:haidv2806/vinorm, "
    "github:cthanhnguyendn/Vinorm: no tests with an expected spoken form (their "
    "`input.txt`/`output.txt` is one run of the program, and `test_vinorm.py` prints outputs "
    "without checking them).",
    "github:nghimestudio/vietnormalizer (and its copy github:zhaomein/vietnormalizer): its "
    "tests check substrings (`\"hai mươi lăm\" in out`), never a whole spoken form.",
    "The annotated data set of the paper behind soe-vinorm: not in the repository (only its "
    "model is published, on another site).",
    "github:ducnt18121997/Viet-Text-Normalization: no tests in the snapshot (a pytest file "
    "with news sentences exists in the search index, but no repository or commit could be "
    "named for it); `models/data/*.txt` tags tokens, without spoken forms.",
]


def judgements(name, kept):
    """bench/tn2/<name>.adjudication.txt (keyed by key(), reasons in a 4th column) turned into
    the scorer's adjudication.txt lines: INPUT<TAB>exclude<TAB>REASON or
    INPUT<TAB>accept<TAB>FULL ALTERNATIVE, the alternative made by applying the committed
    `FROM => TO ;; FROM => TO` replacements (every occurrence) to the expected text."""
    path = os.path.join(HERE, name + ".adjudication.txt")
    if not os.path.exists(path):
        return None, 0
    by_key = {key(w): (w, s) for _c, w, s in kept}
    out, count = [], 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = "%s:%d" % (os.path.basename(path), n)
            if len(cols) < 3 or cols[1] not in ("exclude", "accept") or cols[0] not in by_key:
                sys.exit("extract.py: %s: bad line or unknown key" % where)
            written, spoken = by_key[cols[0]]
            if cols[1] == "exclude":
                out.append("%s\texclude\t%s" % (written, cols[2]))
            else:
                if len(cols) < 4 or not cols[3].strip():
                    sys.exit("extract.py: %s: an accepted reading needs a reason" % where)
                alt = spoken
                for rule in cols[2].split(" ;; "):
                    src, _arrow, dst = rule.partition(" =>")
                    dst = dst.strip()
                    if not _arrow or src not in alt:
                        sys.exit("extract.py: %s: `%s` is not in the expected text" % (where, src))
                    alt = alt.replace(src, dst)
                out.append("%s\taccept\t%s" % (written, re.sub(r"\s+", " ", alt).strip()))
            count += 1
    return out, count


def half(written):
    return "guide" if hashlib.sha1(written.encode("utf-8")).digest()[0] % 2 == 0 else "sealed"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/tn2")
    ap.add_argument("--key", metavar="TEXT", help="print the key of a written text and stop")
    args = ap.parse_args()
    if args.key is not None:
        print(key(clean(args.key)))
        return
    out = os.path.abspath(args.out)
    if out.startswith(os.path.dirname(os.path.dirname(HERE)) + os.sep):
        sys.exit("extract.py: the output must be outside the project (third-party data)")
    readme = ["# Public Vietnamese text-normalization test pairs, second set (converted)", "",
              "Made by docbao's `bench/tn2/extract.py` from snapshots of public repositories; "
              "third-party data, kept out of the project, used only to measure. Format: "
              "`category<TAB>written<TAB>spoken`, UTF-8 NFC, one pair a line. The expected "
              "text is kept as each project writes it (case, spaces before punctuation): "
              "the scorer compares espeak-ng phonemes and ignores clause punctuation.", "",
              "Split: a pair goes to `guide/` when the first byte of the SHA-1 of its written "
              "text (UTF-8) is even, else to `sealed/`. Only `guide/` is measured while "
              "working; `sealed/` is measured once, by someone else.", "",
              "Rules for leaving a pair out (not text a news reader meets): an empty input or "
              "a bare decimal point; a number whose thousands groups are not of three digits or "
              "with a separator inside its decimals; examples made with non-default options of the project. Repeated written texts "
              "within a project are kept once (the first). Every pair left out or changed is "
              "listed under its project.", ""]
    files = []
    for name, repo, commit, lic, reader, taken in PROJECTS:
        gdir = git_dir(args.mirrors, repo)
        if not os.path.isdir(gdir):
            sys.exit("extract.py: no snapshot of %s at %s" % (repo, gdir))
        rev = commit or git(gdir, "rev-parse", "HEAD").strip()
        date = git(gdir, "show", "-s", "--format=%cI", rev).strip()
        pairs, notes = reader(gdir, rev)
        seen = {}
        kept = []
        for cat, written, spoken, origin in pairs:
            w, s = clean(written), clean(spoken)
            if w != written.strip() or s != spoken.strip():
                notes.append("%s: spaces, tabs or line breaks made single spaces / NFC" % origin)
            if w in seen:
                same = "same" if seen[w][1] == s else "another"
                notes.append("%s: repeats the written text of %s (%s reading); kept once"
                             % (origin, seen[w][0], same))
                continue
            seen[w] = (origin, s)
            kept.append((cat, w, s))
        cats = {}
        for cat, w, s in kept:
            cats.setdefault(cat, []).append((cat, w, s))
        for sub in ("", "guide", "sealed"):
            d = os.path.join(out, sub, name) if sub else os.path.join(out, name)
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if f.endswith(".tsv") or f == "adjudication.txt":
                        os.remove(os.path.join(d, f))
        counts = {"guide": 0, "sealed": 0}
        for cat, rows in sorted(cats.items()):
            write_tsv(os.path.join(out, name, cat + ".tsv"), rows)
            for h in ("guide", "sealed"):
                part = [r for r in rows if half(r[1]) == h]
                counts[h] += len(part)
                if part:
                    write_tsv(os.path.join(out, h, name, cat + ".tsv"), part)
        adj, njudged = judgements(name, kept)
        if adj is not None:
            guide_inputs = {w for _c, w, _s in kept if half(w) == "guide"}
            if any(l.split("\t", 1)[0] not in guide_inputs for l in adj):
                sys.exit("extract.py: %s: a judgement names a sealed pair" % name)
            dst = os.path.join(out, "guide", name, "adjudication.txt")
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "w", encoding="utf-8") as g:
                g.write("# Made from docbao's bench/tn2/%s.adjudication.txt (reasons there)\n"
                        % name)
                g.write("\n".join(adj) + "\n")
        readme += ["## %s" % name, "",
                   "Origin: github:%s, commit %s (%s). Licence: %s." % (
                       repo, rev, date, licence_name(gdir, rev, lic)), "",
                   "Taken: " + taken, "",
                   "%d pairs read, %d kept (%s); guide %d, sealed %d." % (
                       len(pairs), len(kept),
                       ", ".join("%s %d" % (c, len(r)) for c, r in sorted(cats.items())),
                       counts["guide"], counts["sealed"]), ""]
        if adj is not None:
            readme += ["Judgements for the guide half: %d (docbao's `bench/tn2/%s.adjudication"
                       ".txt`, copied as `guide/%s/adjudication.txt`)." % (njudged, name, name),
                       ""]
        readme += ["Changes and pairs left out:", ""] + ["- " + n for n in notes] + [""] \
            if notes else ["No pair changed or left out.", ""]
        listed = os.path.join(HERE, name + ".expected-wrong.txt")
        if os.path.exists(listed):
            readme += ["Expected readings that are plainly wrong Vietnamese (kept as the "
                       "project wrote them; from docbao's `bench/tn2/%s.expected-wrong.txt`):"
                       % name, ""]
            with open(listed, encoding="utf-8") as f:
                for line in f:
                    if line.strip() and not line.startswith("#"):
                        k, why = line.rstrip("\n").split("\t", 1)
                        match = [w for _c, w, _s in kept if key(w) == k]
                        if not match:
                            sys.exit("extract.py: %s: unknown key %s" % (listed, k))
                        readme.append("- `%s` (%s): %s" % (match[0], half(match[0]), why))
            readme.append("")
    readme += ["## Looked at, not taken", ""] + ["- " + n for n in NOT_TAKEN] + [""]
    for root, _dirs, names in os.walk(out):
        for n in names:
            if n.endswith(".tsv") or n == "adjudication.txt":
                files.append(os.path.relpath(os.path.join(root, n), out))
    write_readme(out, readme, "## SHA-256 of every file", sorted(files))
    print("wrote %d files under %s" % (len(files), out))


if __name__ == "__main__":
    main()
