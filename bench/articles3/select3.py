#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work.
(select2.py of bench/articles2 splits the pages; only the test of what is kept differs:
its capital-letter test is stricter.)

Kept: every sentence holding a digit, a symbol other than ordinary punctuation, a word with a
capital letter after its first letter (acronyms, all-caps, "iQOO", "TPBank"; a proper noun
written the normal Vietnamese way does not count), or a Latin-script word that is not a
Vietnamese syllable (FOREIGN adds the foreign words that happen to look like syllables).
Output: publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles2'))
from select2 import is_syllable, main, marked, words_of  # the splitter, page loop and tests

FOREIGN = {'pop', 'up'}  # pop-up

def keep(s):
    if marked(s):
        return True
    words = words_of(s)
    if any(any(c.isupper() for c in w[1:]) for w in words):
        return True
    if any(w.lower() in FOREIGN for w in words):
        return True
    return any(not is_syllable(w) for w in words)

if __name__ == '__main__':
    main(sys.argv[1], keep)
