# Build news9.tsv and origins.txt (held-out 9) from the hand-written cases of WORK/cases*.txt:
# "category¦page address¦date¦written¦spoken", with held-out 8's builder (build8.build: held-out
# 7's shorthands, heldout5's checks, no written sentence in another set's .tsv).
# Usage: build9.py [--work DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout8'))
from build8 import build  # noqa: E402
HEADER = ("publisher domain\tpublished (the stored page's date, else read from the link)"
          "\tpage address (search tool, corpus \"pages\")")

if __name__ == '__main__':
    build('news9.tsv', 'cases*.txt', HEADER, False, '/work/data/heldout9/work')
