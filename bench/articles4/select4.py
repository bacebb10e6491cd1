#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work.
(articles3's select3.py unchanged: its rule, with articles2's splitter and page loop.)

Kept: every sentence holding a digit, a symbol other than ordinary punctuation, a word with a
capital letter after its first letter (acronyms, all-caps, "iQOO", "TPBank"; a proper noun
written the normal Vietnamese way does not count), or a Latin-script word that is not a
Vietnamese syllable (FOREIGN adds the foreign words that happen to look like syllables).
Output: publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles2'))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles3'))
from select2 import main  # noqa: E402  the splitter and page loop
from select3 import keep  # noqa: E402  articles3's rule

main(sys.argv[1], keep)
