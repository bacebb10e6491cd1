#!/usr/bin/env python3
"""Builds the tenth set of public Vietnamese text-normalization test pairs (tn10, a BLIND set)
from five projects no earlier set used (none is named under bench/ or docs/ or in an earlier
set's origins.txt; each is claimed for tn10 in /work/wt/SETS-claimed.txt).

Takes the pairs (written, expected spoken) that each project's Python tests assert as a whole
output and writes under OUT:

  <project>/cases.tsv     `category<TAB>written<TAB>spoken`, UTF-8, NFC
  origins.txt             one line per kept pair: project, category, written,
                          repository@commit, licence, file:line
  left-out.txt            every pair read and not kept, with the reason
  work/report.json        counts per project

thaikhang113/dubflow is read from its snapshot (MIRRORS/thaikhang113+dubflow/repo) at the pinned
commit. The four others have no snapshot the fetch tool can bring (or, for k2-fsa/OmniVoice, the
snapshot's master lacks the Vietnamese tests, which the index holds at a later commit); their test
files were copied verbatim from the stored index of public repositories, at the commit the index
names, into SOURCES/<owner>+<name>/ (outside the project) and the character count of each copy is
checked before it is read.

Rules (as for the seventh to ninth sets): only whole-output assertions (`==`, `assertEqual`, a
parametrize table whose test compares with `==`) with the project's default options; substring
checks (`in`, `startswith`) are left out; calls with an option that changes the reading
(a loanword table) are left out; integers a test passes as program values are written as digits
(no grouping); the expected text is kept exactly as the project writes it (NFC and single spaces
only); an expected text that still holds digits (a test that the input is left alone) is left out;
written texts that test markup or Unicode composition are left out; a written text is kept once in
the whole set, the first project in PROJECTS order winning. Python 3 standard library only.

Usage: extract.py --mirrors /work/.mirror --sources /work/data/tn10/work/sources --out DIR
"""

import argparse
import ast
import json
import os
import re
import subprocess
import unicodedata

PROJECTS = [
    # (project, repository, commit, where, file, expected chars, licence)
    ("omnivoice", "k2-fsa/OmniVoice", "8d4011a44eb46b9b8118d91c68b2d80c53d5a8e6", "index",
     "tests/test_vietnamese_normalization.py", 7153,
     "Apache-2.0 (LICENSE of the snapshot's master)"),
    ("violin-vi-dubbing", "vonhatcuong/violin-vi-dubbing", "0f4c0f14bc9f668b2434431a7e031ed7b468883e",
     "index", "tests/test_vi_text.py", 2500,
     "none found (no LICENSE in the index): measurement only"),
    ("muse-ts-ads", "thinkingschool-vn/Muse-TS-ads", "9b4d537c81d6688b0cc4870cdbd03e2506077000",
     "index", "tests/test_vi_numbers.py", 1088,
     "a LICENSE file is in the index (not read): measurement only"),
    ("dubflow", "thaikhang113/dubflow", "db727972cb12aca63edb837f16e3c9c66b1082e8", "mirror",
     "tests/test_vi_numbers.py", 1522, "MIT (LICENSE of the snapshot)"),
    ("ai-audio", "dhp-exe/ai-audio", "643d4f0ce729d0557978f9bb08eea7be36aee085", "index",
     "tests/test_vi_normalize.py", 1614,
     "none found (no LICENSE in the index): measurement only"),
]


def clean(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def category(w):
    """What the written text holds (first rule that matches)."""
    rules = [
        (r"^-?\d+$", "number"),
        (r"^-?\d+[.,]\d+$", "decimal"),
        (r"\d+/\d+/\d{4}|\d{4}-\d\d-\d\d|ngày \d+/\d+", "date"),
        (r"\d+/\d+", "date" if re.search(r"(ngày|Ra mắt) \d", w) else "fraction"),
        (r"\d:\d\d|\d+h\d", "time"),
        (r"\d%", "percent"),
        (r"đ\b|đồng|\$|USD|VND", "money"),
        (r"\b0\d{3,}", "phone"),
        (r"\d\s*(kg|km|GHz|MB|G|độ)\b", "unit"),
        (r"\b(mã|Mã|phòng|đường dây|gọi)\s+\d", "code"),
        (r"^[\d.,]+(\s\S+)?$", "number"),
        (r"\d", "sentence"),
    ]
    for pat, cat in rules:
        if re.search(pat, w):
            return cat
    return "plain"


def const(node, env):
    """Value of a literal node: str, int (with unary minus), or a name bound to a str."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int)):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = const(node.operand, env)
        return -v if isinstance(v, int) else None
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    return None


def call_name(node):
    if isinstance(node, ast.Call):
        f = node.func
        if isinstance(f, ast.Name):
            return f.id
        if isinstance(f, ast.Attribute):
            return f.attr
    return None


READERS = {"normalize_vi", "number_to_vi", "num_to_vi", "number_to_words", "normalize_vi_text",
           "normalize_numbers", "normalize_for_tts", "custom_normalize", "normalize_text",
           "cardinal", "decimal", "digits"}


def pairs_of(src):
    """Yield (written, spoken, line, note) for every reading the file asserts; note is None for a
    whole-output assertion of a default call, else why it is not one."""
    tree = ast.parse(src)
    out = []
    # module-level tuples of (written, spoken) pairs (OmniVoice's REGRESSIONS)
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            for elt in node.value.elts:
                if isinstance(elt, ast.Tuple) and len(elt.elts) == 2:
                    a, b = (const(e, {}) for e in elt.elts)
                    if isinstance(a, str) and isinstance(b, str):
                        out.append((a, b, elt.lineno, None))
    for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        # pytest.mark.parametrize tables of (value, words)
        for dec in fn.decorator_list:
            if call_name(dec) == "parametrize" and len(dec.args) == 2 and isinstance(dec.args[1], ast.List):
                for elt in dec.args[1].elts:
                    if isinstance(elt, ast.Tuple) and len(elt.elts) == 2:
                        a, b = (const(e, {}) for e in elt.elts)
                        if a is not None and isinstance(b, str):
                            out.append((str(a), b, elt.lineno, None))
        env, outvar = {}, {}
        for st in ast.walk(fn):
            # s = "..." (a text asserted to pass unchanged)
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                v = const(st.value, {})
                if isinstance(v, str):
                    env[st.targets[0].id] = v
                elif call_name(st.value) in READERS:
                    outvar[st.targets[0].id] = st.value
            # dict literals {written: spoken} iterated by the test (OmniVoice)
            if isinstance(st, ast.Assign) and isinstance(st.value, ast.Dict):
                name = st.targets[0].id if isinstance(st.targets[0], ast.Name) else ""
                for k, v in zip(st.value.keys, st.value.values):
                    a, b = const(k, {}), const(v, {})
                    if a is not None and isinstance(b, str):
                        note = None
                        if name == "cases" and fn.name == "test_cardinals":
                            note = None
                        out.append((str(a), b, k.lineno, note))
        # for raw in ("...", ...): assertEqual(reader(raw, "vi"), raw): texts asserted unchanged
        for st in ast.walk(fn):
            if isinstance(st, ast.For) and isinstance(st.iter, ast.Tuple) and isinstance(st.target, ast.Name):
                texts = [const(e, {}) for e in st.iter.elts]
                for sub in ast.walk(st):
                    if (isinstance(sub, ast.Call) and call_name(sub) == "assertEqual"
                            and call_name(sub.args[0]) in READERS and isinstance(sub.args[1], ast.Name)
                            and sub.args[1].id == st.target.id):
                        for e, t in zip(st.iter.elts, texts):
                            if isinstance(t, str):
                                out.append((t, t, e.lineno, None))
        for st in ast.walk(fn):
            call, expect, line, note = None, None, None, None
            if isinstance(st, ast.Assert) and isinstance(st.test, ast.Compare):
                cmp = st.test
                left, op, right = cmp.left, cmp.ops[0], cmp.comparators[0]
                if isinstance(op, ast.Eq):
                    if isinstance(left, ast.Name) and left.id in outvar:
                        call = outvar[left.id]
                    elif call_name(left) in READERS:
                        call = left
                    expect, line = const(right, env), st.lineno
                elif isinstance(op, ast.In) and (call_name(right) in READERS or
                                                 (isinstance(right, ast.Name) and right.id in outvar)):
                    call = outvar[right.id] if isinstance(right, ast.Name) else right
                    expect, line = const(left, env), st.lineno
                    note = "substring check (`in`), not a whole output"
            elif isinstance(st, ast.Call) and call_name(st) == "assertEqual" and len(st.args) == 2:
                if call_name(st.args[0]) in READERS:
                    call, expect, line = st.args[0], const(st.args[1], env), st.lineno
            if call is None or not isinstance(expect, str) or not call.args:
                continue
            if len(call.args) > 1 and isinstance(call.args[1], ast.Constant) and call.args[1].value not in ("vi", True, False):
                note = note or f"call for another language ({call.args[1].value!r})"
            name = call_name(call)
            if name in ("cardinal", "decimal", "digits") and isinstance(call.args[0], ast.Name):
                continue  # cardinal(value, ...) over the dict above
            written = const(call.args[0], env)
            if written is None:
                written = ast.get_source_segment(src, call.args[0])
                note = note or "written text is built by the test (a test of Unicode composition or symbol dropping)"
            if any(k.arg == "loanwords" for k in call.keywords):
                note = note or "call with an option that changes the reading (loanwords table)"
            if name == "digits":
                note = note or "helper that forces a digit-by-digit reading, whatever the text"
            out.append((str(written), expect, line, note))
    return out


def why_not(written, spoken):
    if not written.strip():
        return "empty written text (a test of empty input)"
    if "[" in written:
        return "written text holds markup tags or brackets (a test of protected spans)"
    if re.search(r"\d", spoken):
        return "expected text keeps digits unread (a test that the input is left alone)"
    if re.search(r"[+%$@#&*=<>]", spoken):
        return "expected text keeps a symbol unread (a test that the input is left alone)"
    return None


def read(project, repo, commit, where, path, nchars, mirrors, sources):
    if where == "mirror":
        git = os.path.join(mirrors, repo.replace("/", "+"), "repo")
        src = subprocess.run(["git", "-C", git, "show", f"{commit}:{path}"], check=True,
                             capture_output=True).stdout.decode("utf-8")
    else:
        with open(os.path.join(sources, repo.replace("/", "+"), path), encoding="utf-8") as f:
            src = f.read()
    if len(src) != nchars:
        raise SystemExit(f"{repo}:{path}: {len(src)} characters, the index says {nchars}")
    return src


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--sources", default="/work/data/tn10/work/sources")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    seen, kept_total = {}, 0
    origins = ["project\tcategory\twritten\trepository@commit\tlicence\tfile:line"]
    left = ["project\twritten\treason\tfile:line"]
    report = {}
    for project, repo, commit, where, path, nchars, licence in PROJECTS:
        src = read(project, repo, commit, where, path, nchars, a.mirrors, a.sources)
        rows, nread, nleft = [], 0, 0
        for written, spoken, line, note in pairs_of(src):
            nread += 1
            w, s = clean(written), clean(spoken)
            loc = f"{path}@{commit[:12]}:{line}"
            reason = note or why_not(w, s)
            if not reason and w in seen:
                reason = f"already kept from {seen[w]}"
            if not reason and re.fullmatch(r"-?\d+", w) and len(w.lstrip("-")) > 15:
                reason = "more than 15 digits"
            if reason:
                left.append(f"{project}\t{w}\t{reason}\t{loc}")
                nleft += 1
                continue
            seen[w] = project
            cat = category(w)
            rows.append((cat, w, s))
            origins.append(f"{project}\t{cat}\t{w}\t{repo}@{commit[:12]}{' (index copy)' if where == 'index' else ''}\t{licence}\t{loc}")
        os.makedirs(os.path.join(a.out, project), exist_ok=True)
        with open(os.path.join(a.out, project, "cases.tsv"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write("\t".join(r) + "\n")
        cats = {}
        for c, _, _ in rows:
            cats[c] = cats.get(c, 0) + 1
        report[project] = {"repository": repo, "commit": commit, "file": path, "read": nread,
                           "kept": len(rows), "left_out": nleft,
                           "running_text": sum(1 for c, w, _ in rows if not re.fullmatch(r"-?[\d.,]+", w)),
                           "categories": dict(sorted(cats.items(), key=lambda x: -x[1]))}
        kept_total += len(rows)
    for name, lines in (("origins.txt", origins), ("left-out.txt", left)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    os.makedirs(os.path.join(a.out, "work"), exist_ok=True)
    with open(os.path.join(a.out, "work", "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({p: (r["kept"], r["read"], r["running_text"]) for p, r in report.items()}),
          "total", kept_total)


if __name__ == "__main__":
    main()
