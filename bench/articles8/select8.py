#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work: articles 5's
select5.py unchanged (articles 3's rule), run as it is.
Output: publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
Usage: select8.py PAGES_DIR
"""
import os, runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles5', 'select5.py'), run_name='__main__')
