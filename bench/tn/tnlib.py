"""What bench/tn/extract.py and bench/tn2/extract.py share: reading a fetched repository with
git, and the key by which our judgement files name a case without quoting it (the key
bench/normalize_vs_espeak computes too)."""
import hashlib
import subprocess


def key(written):
    """The key of a case in an adjudication file: sha1: and 12 hex digits of its written text."""
    return "sha1:" + hashlib.sha1(written.encode("utf-8")).hexdigest()[:12]


def git(gitdir, *args):
    """The standard output of a git command run on the git directory gitdir."""
    return subprocess.run(["git", "--git-dir=" + gitdir, *args], check=True,
                          capture_output=True, text=True).stdout
