#!/usr/bin/env python3
"""Rebuilds the public Vietnamese text-normalization suites in docbao's golden format.

Reads three git mirrors (bare directories, read with `git --git-dir=DIR show HEAD:PATH`):
  NeMo-text-processing (NVIDIA), pyvinorm (hoang1007), sea-g2p (pnnbao97),
and writes OUT/<suite>/<category>.tsv (category<TAB>written<TAB>spoken) and OUT/README.md
(origins, commits, licences, counts, every change made to a case). Our judgements about the
cases stay in the project (bench/tn/<suite>.adjudication.txt), where normalize_vs_espeak reads
them for a folder named <suite>.

Usage: extract.py --nemo DIR --pyvinorm DIR --sea-g2p DIR [--out /work/data/tn]
       extract.py --key TEXT   (prints the key by which bench/tn/*.adjudication.txt name a case)
Each suite folder also gets keys.txt (key<TAB>written text) to find the case a key names.
Python 3 standard library only. Nothing it writes belongs in the project.
"""
import argparse
import ast
import collections
import os
import re
import shutil
import sys
import tempfile
import unicodedata

from tnlib import args_or_key, git, key

HERE = os.path.dirname(os.path.abspath(__file__))

NEMO_TN = "tests/nemo_text_processing/vi/data_text_normalization"
PYVINORM_FILES = [
    "tests/patterns/test_address.py",
    "tests/patterns/test_datetime.py",
    "tests/patterns/test_math.py",
    "tests/patterns/test_special.py",
    "tests/test_multi_proc.py",
    "tests/utils/test_number_converter.py",
]
SEA_G2P_FILE = "tests/test_normalize.py"

# sea-g2p's section headings (numbered comments in its list), by number, in English.
SEA_G2P_SECTIONS = {
    1: "number", 2: "decimal", 3: "phone", 4: "ordinal", 5: "multiplication", 6: "date",
    7: "time", 8: "money", 9: "measure", 10: "range", 11: "roman", 12: "letter",
    13: "abbreviation", 14: "en_markup", 15: "punctuation", 16: "structure",
    17: "short_abbreviation", 18: "mixed", 19: "ambiguity", 20: "email",
    21: "alnum_abbreviation", 22: "case", 23: "technical", 24: "news_sentence",
    25: "more", 26: "edge", 27: "primes", 28: "scientific_currency", 29: "url_email",
    30: "extreme", 31: "hyphen_codes", 32: "technical_regression", 33: "user_reported",
}


def show(gitdir, path):
    return git(gitdir, "show", "HEAD:" + path)


def head(gitdir):
    return git(gitdir, "rev-parse", "HEAD").strip(), git(
        gitdir, "log", "-1", "--format=%cI").strip()


def licence(gitdir):
    names = git(gitdir, "ls-tree", "--name-only", "HEAD").split()
    for n in names:
        if n.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            first = [l.strip() for l in show(gitdir, n).splitlines() if l.strip()][:2]
            return "%s (%s)" % (" ".join(first), n)
    return None


class Suite:
    """Pairs of one suite, with every change made to a case written down."""

    def __init__(self, name):
        self.name = name
        self.pairs = collections.OrderedDict()  # written -> [category, [spoken...], origin]
        self.changes = []
        self.read = 0

    def add(self, category, written, spoken, origin):
        self.read += 1
        for what, text in (("written", written), ("spoken", spoken)):
            if "\n" in text or "\t" in text or "\r" in text:
                self.changes.append("%s: a line break or tab in the %s text became a space"
                                    % (origin, what))
        written = re.sub(r"[\t\r\n]+", " ", written).strip()
        spoken = re.sub(r"[\t\r\n]+", " ", spoken).strip()
        if "{" in spoken or "|" in spoken:
            self.changes.append("%s: '{', '}', '|' in the spoken text (alternatives in our "
                                "format) became spaces" % origin)
            spoken = re.sub(r"[{}|]", " ", spoken)
        if written in self.pairs:
            entry = self.pairs[written]
            if spoken in entry[1]:
                self.changes.append("%s: repeats the case of %s; kept once" % (origin, entry[2]))
            else:
                entry[1].append(spoken)
                self.changes.append("%s: same written text as %s with another spoken text; "
                                    "kept once, either reading counts as right" % (origin, entry[2]))
            return
        self.pairs[written] = [category, [spoken], origin]

    def write(self, out):
        d = os.path.join(out, self.name)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        by_cat = collections.OrderedDict()
        for written, (cat, spokens, _) in self.pairs.items():
            spoken = spokens[0] if len(spokens) == 1 else "{" + "|".join(spokens) + "}"
            by_cat.setdefault(cat, []).append("%s\t%s\t%s\n" % (cat, written, spoken))
        for cat, lines in by_cat.items():
            with open(os.path.join(d, cat + ".tsv"), "w", encoding="utf-8") as f:
                f.writelines(lines)
        with open(os.path.join(d, "keys.txt"), "w", encoding="utf-8") as f:
            f.writelines("%s\t%s\n" % (key(w), w) for w in self.pairs)
        return {c: len(l) for c, l in by_cat.items()}


def nemo(gitdir):
    s = Suite("nemo")
    names = sorted(n for n in git(gitdir, "ls-tree", "--name-only", "HEAD", NEMO_TN + "/").split()
                   if n.endswith(".txt"))
    for path in names:
        cat = re.sub(r"^test_cases_|\.txt$", "", os.path.basename(path))
        for i, line in enumerate(show(gitdir, path).split("\n"), 1):
            if not line.strip():
                continue
            parts = line.split("~")  # written~spoken[~another spoken...]
            origin = "%s:%d" % (os.path.basename(path), i)
            for spoken in parts[1:]:
                s.add(cat, parts[0], spoken, origin)
    return s


def const_str(node):
    """A string built of literals ("a" + "b" * 3), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp):
        left, right = node.left, node.right
        if isinstance(node.op, ast.Add):
            a, b = const_str(left), const_str(right)
            return a + b if a is not None and b is not None else None
        if isinstance(node.op, ast.Mult):
            if isinstance(right, ast.Constant) and isinstance(right.value, int):
                a = const_str(left)
                return a * right.value if a is not None else None
    return None


def str_list(node):
    """A list of string literals, possibly repeated ([...] * 10): the distinct list."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        node = node.left
    if isinstance(node, ast.List):
        items = [const_str(e) for e in node.elts]
        if items and all(i is not None for i in items):
            return items
    return None


def pair_lists(tree):
    """Module-level NAME = [("written", "spoken"), ...] lists: (name, [(lineno, w, s)])."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List) and \
                len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            pairs = []
            for e in node.value.elts:
                if isinstance(e, ast.Tuple) and len(e.elts) == 2:
                    w, sp = const_str(e.elts[0]), const_str(e.elts[1])
                    if w is not None and sp is not None:
                        pairs.append((e.lineno, w, sp))
            if pairs and len(pairs) == len(node.value.elts):
                yield node.targets[0].id, pairs


def asserted_calls(tree, function):
    """assert X.function("written") == "spoken": [(lineno, written, spoken)]."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare) and \
                len(node.test.ops) == 1 and isinstance(node.test.ops[0], ast.Eq):
            call, right = node.test.left, node.test.comparators[0]
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                    call.func.attr == function and len(call.args) == 1:
                w, sp = const_str(call.args[0]), const_str(right)
                if w is not None and sp is not None:
                    out.append((node.lineno, w, sp))
    return out


def parallel_lists(tree, inputs, outputs):
    """Inside a function: inputs = [...], outputs = [...] of the same length, paired."""
    out = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        found = {}
        for node in fn.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name) and \
                    node.targets[0].id in (inputs, outputs) and node.targets[0].id not in found:
                found[node.targets[0].id] = (node.lineno, str_list(node.value))
        if inputs in found and outputs in found and found[inputs][1] and found[outputs][1] \
                and len(found[inputs][1]) == len(found[outputs][1]):
            for w, sp in zip(found[inputs][1], found[outputs][1]):
                out.append((found[inputs][0], w, sp))
    return out


def category_of(list_name):
    return re.sub(r"_(tests|patterns)$", "", list_name.lower())


def pyvinorm(gitdir):
    s = Suite("pyvinorm")
    for path in PYVINORM_FILES:
        tree = ast.parse(show(gitdir, path))
        base = os.path.basename(path)
        for name, pairs in pair_lists(tree):
            for line, w, sp in pairs:
                s.add(category_of(name), w, sp, "%s:%d (%s)" % (base, line, name))
        for line, w, sp in asserted_calls(tree, "convert_number"):
            s.add("number", w, sp, "%s:%d (convert_number)" % (base, line))
        for line, w, sp in parallel_lists(tree, "texts", "expected"):
            s.add("sentence", w, sp, "%s:%d (texts/expected)" % (base, line))
    return s


def sea_g2p(gitdir):
    s = Suite("sea-g2p")
    src = show(gitdir, SEA_G2P_FILE)
    lines = src.split("\n")
    heading = {}
    current = "other"
    for i, line in enumerate(lines, 1):
        m = re.match(r"\s*#\s*─+\s*(\d+)\.", line)
        if m:
            n = int(m.group(1))
            current = SEA_G2P_SECTIONS.get(n, "section%d" % n)
        heading[i] = current
    tree = ast.parse(src)
    for name, pairs in pair_lists(tree):
        for line, w, sp in pairs:
            s.add(heading.get(line, "other"), w, sp, "%s:%d" % (os.path.basename(SEA_G2P_FILE), line))
    return s


README = """# Public Vietnamese text-normalization suites (converted)

Made by docbao's `bench/tn/extract.py`; third-party data: kept out of the project, used only to
measure (`DOCBAO_TN_DIR={out} bench/run_tn_suites.sh`). Format: one file per category,
`category<TAB>written<TAB>spoken`; `<en>...</en>` is the suites' own mark for English words;
`{{a|b}}` lists readings of which either is right. docbao's judgements about the cases are in its
`bench/tn/<suite>.adjudication.txt`, keyed by `sha1:` + the first 12 hex digits of the SHA-1 of
the written text (`keys.txt` here gives the key of each case).

{suites}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--key", help="print the adjudication key of a written text and stop")
    ap.add_argument("--nemo", help="git dir of NVIDIA/NeMo-text-processing")
    ap.add_argument("--pyvinorm", help="git dir of hoang1007/pyvinorm")
    ap.add_argument("--sea-g2p", help="git dir of pnnbao97/sea-g2p")
    ap.add_argument("--out", default="/work/data/tn")
    a = args_or_key(ap)
    if not (a.nemo and a.pyvinorm and a.sea_g2p):
        ap.error("--nemo, --pyvinorm and --sea-g2p are needed")
    origins = [
        ("nemo", a.nemo, "github:NVIDIA/NeMo-text-processing", nemo,
         "`%s/test_cases_*.txt` (lines `written~spoken[~other spoken]`, read by its pytest "
         "and Sparrowhawk tests); its inverse-normalization cases (spoken to written) are "
         "not taken: they test the other direction." % NEMO_TN),
        ("pyvinorm", a.pyvinorm, "github:hoang1007/pyvinorm", pyvinorm,
         "the module-level lists of (written, spoken) pairs in %s, the asserted "
         "`NumberConverter.convert_number` calls and the texts/expected lists of "
         "tests/test_multi_proc.py. Some lists (TIME_TESTS) are not called by its tests; they "
         "are taken all the same." % ", ".join(PYVINORM_FILES[:4])),
        ("sea-g2p", a.sea_g2p, "github:pnnbao97/sea-g2p", sea_g2p,
         "the TEST_CASES list of `%s` (its normalizer tests, which compare lowercased text); "
         "category from its numbered section headings, in English. Its other tests compare "
         "phonemes, not text." % SEA_G2P_FILE),
    ]
    os.makedirs(a.out, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=a.out, prefix=".extract-")
    parts = []
    total = 0
    try:
        for name, gitdir, origin, fn, what in origins:
            suite = fn(gitdir)
            counts = suite.write(tmp)
            commit, date = head(gitdir)
            lic = licence(gitdir) or "no licence file: used for measurement only"
            n = sum(counts.values())
            total += n
            parts.append("## %s\n\nOrigin: %s, commit %s (%s). Licence: %s.\n\nTaken: %s\n\n"
                         "%d pairs read, %d cases after merging repeats: %s.\n\nChanges:\n%s\n"
                         % (name, origin, commit, date, lic, what, suite.read, n,
                            ", ".join("%s %d" % kv for kv in counts.items()),
                            "\n".join("- " + c for c in suite.changes) or "- none"))
            print("%s: %d pairs read, %d cases (%s)" % (name, suite.read, n, commit[:12]))
        with open(os.path.join(tmp, "README.md"), "w", encoding="utf-8") as f:
            f.write(README.format(out=a.out, suites="\n".join(parts))
                    + "\nAll suites: %d cases.\n" % total)
        for name in ("nemo", "pyvinorm", "sea-g2p", "README.md"):
            dst = os.path.join(a.out, name)
            if os.path.isdir(dst):
                shutil.rmtree(dst)
            os.replace(os.path.join(tmp, name), dst)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("all: %d cases in %s" % (total, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
