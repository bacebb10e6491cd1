"""What the extractors of bench/tn, bench/tn2, bench/tn3, bench/tn4, bench/tn5, bench/tn6 and bench/tn-en share: reading a fetched repository
with git, cleaning a text, writing a suite file, and the key by which our judgement files name a
case without quoting it (the key bench/normalize_vs_espeak computes too)."""
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import unicodedata


def key(written):
    """The key of a case in an adjudication file: sha1: and 12 hex digits of its written text."""
    return "sha1:" + hashlib.sha1(written.encode("utf-8")).hexdigest()[:12]


def args_or_key(ap):
    """Parse the command line of ap (which has --key); with --key TEXT print the key of TEXT
    and exit with status 0."""
    a = ap.parse_args()
    if a.key is not None:
        print(key(a.key))
        sys.exit(0)
    return a


def extractor(folder):
    """The extract.py of another set's folder (bench/FOLDER), loaded as a module: a later set
    uses an earlier one's helpers."""
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location(folder + "_extract", os.path.join(here, "..", folder, "extract.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def git(gitdir, *args):
    """The standard output of a git command run on the git directory gitdir."""
    return subprocess.run(["git", "--git-dir=" + gitdir, *args], check=True,
                          capture_output=True, text=True).stdout


def git_dir(mirrors, repo):
    """The git directory of repository owner/name fetched under mirrors."""
    base = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(base, ".git")):
        return os.path.join(base, ".git")
    return base


def show(gdir, commit, path):
    """A file of a commit, as text."""
    return git(gdir, "show", commit + ":" + path)


def licence_name(gdir, commit, path):
    """The first two lines of a project's licence file at a commit, and its path (or why there is
    none), for a suite's README."""
    if path is None:
        return "no licence file: used for measurement only"
    first = [l.strip() for l in show(gdir, commit, path).split("\n") if l.strip()][:2]
    return "%s (%s)" % (" ".join(first), path)


def clean(text):
    """NFC, one line, no tabs, single spaces."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def write_tsv(path, rows):
    """Writes rows (category, written, spoken) to path through a temporary file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for cat, written, spoken in rows:
            f.write("%s\t%s\t%s\n" % (cat, written, spoken))
    os.replace(tmp, path)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_readme(out, lines, title, files):
    """Writes OUT/README.md through a temporary file: lines, then the section title with the
    SHA-256 of each of files (paths under out, in the order given)."""
    lines = lines + [title, "", "```"] + [
        "%s  %s" % (sha256(os.path.join(out, f)), f) for f in files] + ["```", ""]
    tmp = os.path.join(out, "README.md.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    os.replace(tmp, os.path.join(out, "README.md"))
