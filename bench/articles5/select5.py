#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work: articles3's select3.py
unchanged (its rule, keep(), with articles2's splitter and page loop, main()), as articles4's
select4.py. Output: publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
Usage: select5.py PAGES_DIR
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles3'))
from select3 import keep, main  # noqa: E402

if __name__ == '__main__':
    if len(sys.argv) == 2 and sys.argv[1] in ('-h', '--help'):
        print(__doc__.strip())
        sys.exit(0)
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    main(sys.argv[1], keep)
