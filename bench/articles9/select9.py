#!/usr/bin/env python3
"""Split the pages of real articles 9 into sentences and keep those that give a reader work:
articles 3's rule (keep(): a digit, a symbol other than ordinary punctuation, a capital after a
word's first letter, or a Latin-script word that is not a Vietnamese syllable) with articles 2's
splitter, applied to every line of a page (title, lead, body, captions). Unlike articles 2-8,
sentences of fewer than three words are kept too (a caption credit, a short title); a sentence
already kept from an earlier page or line is not repeated.
Output: file<TAB>line (from 1)<TAB>sentence, pages sorted by name.
Usage: select9.py PAGES_DIR
"""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles2'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles3'))
from select2 import sentences  # noqa: E402
from select3 import keep  # noqa: E402

def candidates(lines, seen=None):
    """[(line number from 1, sentence)] of the lines that pass keep()."""
    seen = set() if seen is None else seen
    out = []
    for n, line in enumerate(lines, 1):
        for s in sentences(unicodedata.normalize('NFC', line)):
            s = re.sub(r'\s+', ' ', s).strip()
            if s and s not in seen and keep(s):
                seen.add(s)
                out.append((n, s))
    return out

def main(d):
    seen = set()
    for name in sorted(os.listdir(d)):
        lines = open(os.path.join(d, name), encoding='utf-8').read().split('\n')
        for n, s in candidates(lines, seen):
            print(f'{name}\t{n}\t{s}')

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] in ('-h', '--help'):
        sys.exit(__doc__.strip())
    main(sys.argv[1])
