#!/usr/bin/env python3
"""Rebuilds the public English text-normalization suite (issue 14): NeMo's English TN tests.

Reads the English text-normalization test files of NVIDIA/NeMo-text-processing from a snapshot
of the repository (a git directory, as the fetch tool leaves it under
MIRRORS/NVIDIA+NeMo-text-processing/repo) with `git --git-dir=DIR show COMMIT:PATH`, and writes
under OUT:

  <category>.tsv   `category<TAB>written<TAB><en>spoken</en>`, one file per test file
  keys.txt         the key (sha1: and 12 hex digits) of each written text
  README.md        origin, commit, licence, counts, every change and file left out, checksums

The spoken text is marked <en>...</en>: it is meant for the English voice, and so scored by
`normalize_vs_espeak --language en` (which normalizes the written text with the English rules).
A written text tested twice with two spoken texts becomes one case whose spoken text is
`<en>{a|b}</en>` (either right).

Python 3 standard library only. Third-party data: OUT must be outside the project.

Usage: extract.py [--mirrors DIR] [--commit REV] [--out DIR] | extract.py --key TEXT
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tn"))
from tnlib import args_or_key, clean, git, git_dir, key, show, write_readme, write_tsv  # noqa: E402

REPO = "NVIDIA/NeMo-text-processing"
TESTS = "tests/nemo_text_processing/en/data_text_normalization"

# Test files of options docbao does not have: not a single reading of the default normalizer.
SKIPPED = {
    "normalize_with_audio":
        "tests NormalizerWithAudio (n_tagged=50): each written text has a LIST of readings that "
        "must all be among the many candidates the normalizer proposes for an audio-based "
        "choice; docbao gives one reading and has no candidate mode, so no single reading is "
        "expected (the file's format, `~written` then one reading a line, differs too)",
    "punctuation_match_input":
        "tests the option punct_post_process=True, which puts the input's own spacing around "
        "punctuation back into the output (\"july,nineteen\", \"2014).and\"); docbao has no "
        "such option, and the scorer drops punctuation, so what the file tests cannot be "
        "measured; its cases are the punctuation file's kind",
}


def read_pairs(gdir, commit, notes):
    """(category, written, spoken, origin) of every kept test file, in file and line order."""
    names = sorted(n for n in git(gdir, "ls-tree", "--name-only", commit, TESTS + "/").split()
                   if re.match(r"test_cases_.*\.txt$", os.path.basename(n)))
    pairs = []
    for path in names:
        cat = re.sub(r"^test_cases_|\.txt$", "", os.path.basename(path))
        if cat in SKIPPED:
            notes.append("Left out `%s`: %s." % (os.path.basename(path), SKIPPED[cat]))
            continue
        for i, line in enumerate(show(gdir, commit, path).split("\n"), 1):
            if not line.strip():
                continue
            parts = line.split("~")  # written~spoken[~another spoken...], as NeMo's tests read
            origin = "%s:%d" % (os.path.basename(path), i)
            if len(parts) < 2:
                notes.append("%s: no `~`: not a pair, left out" % origin)
                continue
            for spoken in parts[1:]:
                pairs.append((cat, parts[0], spoken, origin))
    return pairs


def merge(pairs, notes):
    """Pairs with one case per written text: [category, written, [spoken...]]."""
    cases = {}
    order = []
    for cat, written, spoken, origin in pairs:
        w, s = clean(written), clean(spoken)
        if w != written or s != spoken:
            notes.append("%s: spaces at the ends or runs of spaces made single spaces / NFC"
                         % origin)
        if re.search(r"[{}|]|</?en>", s):
            notes.append("%s: '{', '}', '|', <en> or </en> in the spoken text (marks in our "
                         "format) became spaces" % origin)
            s = clean(re.sub(r"[{}|]|</?en>", " ", s))
        if w in cases:
            c = cases[w]
            if s in c[3]:
                notes.append("%s: repeats the case of %s; kept once" % (origin, c[0]))
            else:
                c[3].append(s)
                notes.append("%s: same written text as %s with another spoken text; kept "
                             "once, either reading counts as right" % (origin, c[0]))
            continue
        cases[w] = [origin, cat, w, [s]]
        order.append(w)
    return [cases[w][1:] for w in order]


def spoken_field(readings):
    inner = readings[0] if len(readings) == 1 else "{" + "|".join(readings) + "}"
    return "<en>%s</en>" % inner


def licence_line(gdir, commit):
    for n in git(gdir, "ls-tree", "--name-only", commit).split():
        if n.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            first = [l.strip() for l in show(gdir, commit, n).splitlines() if l.strip()][:2]
            return "%s (%s)" % (" ".join(first), n)
    return "no licence file: used for measurement only"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--commit", default="HEAD", help="commit of the repository to read")
    ap.add_argument("--out", default="/work/data/tn-en")
    ap.add_argument("--key", help="print the adjudication key of a written text and stop")
    a = args_or_key(ap)
    gdir = git_dir(a.mirrors, REPO)
    commit = git(gdir, "rev-parse", a.commit + "^{commit}").strip()
    date = git(gdir, "log", "-1", "--format=%cI", commit).strip()
    notes = []
    pairs = read_pairs(gdir, commit, notes)
    cases = merge(pairs, notes)
    os.makedirs(a.out, exist_ok=True)
    for f in os.listdir(a.out):
        if f.endswith(".tsv") or f == "keys.txt":
            os.remove(os.path.join(a.out, f))
    cats = {}
    for cat, w, readings in cases:
        cats.setdefault(cat, []).append((cat, w, spoken_field(readings)))
    for cat, rows in sorted(cats.items()):
        write_tsv(os.path.join(a.out, cat + ".tsv"), rows)
    tmp = os.path.join(a.out, "keys.txt.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines("%s\t%s\n" % (key(w), w) for _c, w, _r in cases)
    os.replace(tmp, os.path.join(a.out, "keys.txt"))
    files = sorted(c + ".tsv" for c in cats) + ["keys.txt"]
    readme = [
        "# Public English text-normalization suite: NeMo's English TN tests", "",
        "Third-party data, not part of docbao: rebuilt by docbao's `bench/tn-en/extract.py` "
        "from a public repository.", "",
        "Origin: github:%s, commit %s (%s). Licence: %s." % (REPO, commit, date,
                                                            licence_line(gdir, commit)), "",
        "Taken: `%s/test_cases_*.txt` (lines `written~spoken`, which NeMo's pytest tests "
        "compare with the default English normalizer's output, input_case=cased). Its "
        "inverse-normalization cases (spoken to written) are not taken: they test the other "
        "direction." % TESTS, "",
        "Format: `category<TAB>written<TAB><en>spoken</en>` (category: the test file's name); "
        "the spoken text is for the English voice. Score with "
        "`build/release/bench/normalize_vs_espeak --language en --by-file %s/` "
        "(add `--adjudicate` for the adjudicated column, `--wrong` for the misses)." % a.out, "",
        "%d pairs read, %d cases: %s." % (len(pairs), len(cases), ", ".join(
            "%s %d" % (c, len(r)) for c, r in sorted(cats.items()))), "",
        "Changes and files left out:", ""] + ["- " + n for n in notes] + [""]
    write_readme(a.out, readme, "## SHA-256 of every file", files)
    print("%d pairs read, %d cases in %d files under %s (commit %s)"
          % (len(pairs), len(cases), len(cats), a.out, commit[:12]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
