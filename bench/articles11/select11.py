#!/usr/bin/env python3
"""Split the pages of real articles 11 into sentences and keep those that give a reader work:
articles 3's rule (keep(): a digit, a symbol other than ordinary punctuation, a capital after a
word's first letter, or a Latin-script word that is not a Vietnamese syllable) with articles 2's
splitter, applied to every line of a page (title, lead, body, captions), as in articles 9 and
10: sentences of any length are kept; a sentence already kept from an earlier page or line is
not repeated.
Output: file<TAB>line (from 1)<TAB>sentence, pages sorted by name.
Usage: select11.py PAGES_DIR
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
from select9 import candidates, main  # noqa: E402,F401  the same rule, splitter and output as articles 9

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] in ('-h', '--help'):
        sys.exit(__doc__.strip())
    main(sys.argv[1])
