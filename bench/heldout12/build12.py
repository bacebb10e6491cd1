# Build news12.tsv and origins.txt (held-out 12, through held-out 11's build11.main) from the
# hand-written readings in WORK/w/*.txt (lines "key¦category¦spoken"; key = first 8 hex digits
# of the sha1 of the written sentence). The written text is never typed by hand: it is looked up
# by key among the candidates made by cand12.py, so it is exactly the published sentence. The
# readings are expanded with held-out 7's shorthands (build7.expand) and checked by heldout5's
# heldlib.readings (a fault names its case by key); every written sentence must also stand
# verbatim in its item, in no other .tsv, and no two cases may come from the same item (a lead,
# or the whole body of one article: at most one case per article body).
# Usage: build12.py [--work DIR] [--tmp DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout11'))
from build11 import main  # noqa: E402  held-out 11's build, with this set's number and header
HEADER = ('kind (lead = the page\'s sapo, body = a body paragraph)'
          '\tpublisher\tpublished (the crawl\'s date)'
          '\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')

if __name__ == '__main__':
    main(12, HEADER)
