# Build news13.tsv and origins.txt (held-out 13, through held-out 11's build11.main) from the
# hand-written readings in WORK/w/*.txt (lines "key¦category¦spoken"; key = first 8 hex digits
# of the sha1 of the written sentence). The written text is never typed by hand: it is looked up
# by key among the candidates made by cand13.py, so it is exactly the published sentence. The
# readings are expanded with held-out 7's shorthands (build7.expand) and checked by heldout5's
# heldlib.readings (a fault names its case by key); every written sentence must also stand
# verbatim in its item, in no other .tsv, and no two cases may come from the same item (a lead,
# or the body of one article).
# This set adds a few shorthands of market news to held-out 7's (@VNI, @HOSE, ...); the readings
# in WORK/w/ are written by raw13.py from WORK/raw/.
# Usage: build13.py [--work DIR] [--tmp DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout11'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from build11 import main  # noqa: E402  held-out 11's build, with this set's number and header
import build7  # noqa: E402  held-out 7's shorthands, to which this set adds those of its market news
build7.M.update({
    '@VNI': '{vê en|vê nờ|vi en} {in đéc|in đếch}',          # VN-Index
    '@HNXI': '{hát en ích|hát nờ ích} {in đéc|in đếch}',     # HNX-Index
    '@HOSE': '{hô xê|hát o ét e}',                            # the Ho Chi Minh City exchange
    '@UPCOM': '{úp côm|u pê côm}',                            # UPCoM
    '@DTCK': '{đê tê xê ca|đầu tư chứng khoán}',             # the tag (ĐTCK) of Tin Nhanh Chứng Khoán
    '@CEO': '{xi i ô|<en>CEO</en>}',
    '@GDP': '{gờ đê pê|giê đê pê}',
})
HEADER = ('kind (lead = the feed\'s summary of the article, body = its content text)'
          '\tpublisher (the feed\'s source)\tpublished'
          '\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')

if __name__ == '__main__':
    main(13, HEADER)
