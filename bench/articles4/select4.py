#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work: articles3's select3.py
unchanged (its rule, keep(), with articles2's splitter and page loop, main()). Output:
publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles3'))
from select3 import keep, main  # noqa: E402

main(sys.argv[1], keep)
