# Build news6d.tsv and origins.txt from the hand-written readings in w/*.txt
# (lines "key¦category¦spoken"; key = first 8 hex digits of the sha1 of the written sentence).
# The written text is never typed by hand: it is looked up by key among the candidates made by
# cand.py, so it is exactly the published sentence.  Shorthands written once here:
import json, re, sys, unicodedata, hashlib, os, subprocess
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import U, key, readings, two, used_elsewhere, write_origins, write_rows, year  # noqa: E402  heldout5's
W = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(W)
M = {'@USD': '{đô la Mỹ|đô la|u ét đê}', '@OZ': '{ao xơ|<en>ounce</en>}', '@PER': '{một|mỗi|trên}',
     '@L': '{linh|lẻ}', '@SL': '{năm|trên}', '@CP': '{của Chính phủ|}',
     '@TTG': '{của Thủ tướng Chính phủ|của Thủ tướng|}', '@AI': '{ây ai|a i|<en>AI</en>}',
     '@115': '{một một năm|một một lăm}', '@TRUMP': '{<en>Trump</en>|Trăm}', '@UKR': '{U crai na|<en>Ukraine</en>}',
     '@NATO': '{na tô|<en>NATO</en>}', '@IRAN': '{I ran|<en>Iran</en>}', '@FED': '{<en>Fed</en>|phét}',
     '@ZEL': '{<en>Zelensky</en>|Dê len xki}', '@HCM': 'Thành phố Hồ Chí Minh', '@GDP': '{gờ đê pê|<en>GDP</en>}',
     '@KIEV': '{Ki ép|<en>Kiev</en>}', '@PUTIN': '{<en>Putin</en>|Pu tin}'}
def expand(s):
    s = re.sub(r'@Y(20\d\d)', lambda m: year(int(m.group(1))), s)
    # @y2025: a year in two forms only (where several years would pass the 256-reading cap)
    s = re.sub(r'@y(20\d\d)', lambda m: '{' + '|'.join(a for a in year(int(m.group(1)))[1:-1].split('|') if 'ngàn' not in a and ' lẻ ' not in a and not a.startswith('hai nghìn linh')) + '}', s)
    for k in sorted(M, key=len, reverse=True): s = s.replace(k, M[k])
    # "nghìn" outside a {...} group may equally be "ngàn"
    parts = re.split(r'(\{[^{}]*\})', s)
    s = ''.join(p if p.startswith('{') else re.sub(r'\bnghìn\b', '{nghìn|ngàn}', p) for p in parts)
    return s
sents = json.load(open('/tmp/h6d/sents.json'))
arts = {a['id']: a for a in json.load(open('/tmp/h6d/arts.json'))}
pool = {}
for i, s, k in sents: pool.setdefault(key(s), (i, s, k))
rows, bad = readings(W, pool, expand, cap=True)
# every written sentence must be new to the project's data
bad += used_elsewhere(rows, lambda t: t.startswith(OUT + '/'))
from collections import Counter
print(Counter(r[0] for r in rows), len(rows), 'bad', bad)
if bad: sys.exit(1)
# every written sentence must occur verbatim in its article (title for headlines)
for r in rows:
    a = arts[r[2]]
    src = unicodedata.normalize('NFC', a['title'] if r[3] == 'headline' else a['text']).replace('\xa0', ' ')   # cand.py wrote no-break spaces as spaces
    if r[4] not in src: print('NOTVERBATIM', r[1]); bad += 1
if bad: sys.exit(1)
if '--write' in sys.argv:
    write_rows(OUT + '/news6d.tsv', rows)
    write_origins(OUT + '/origins.txt', 'kind (lead = one of the first three sentences of the crawled text, body = a later sentence, headline = the title)\tpublisher\tpublished\tarticle link\tleduchuy20/crawl_news crawl_news/rss_feed_articles_backup.csv (blob 8a463090c7ccd0ef5b5f67861fc73770c12780c4, added in commit 42e1fd6f55be6a340c9d3be819cc040c1cee2e54) data row (from 0)', rows,
                  lambda aid: ['Dân Trí', arts[aid]['published'][:10], arts[aid]['url'], f"row {arts[aid]['row']}"])
    print('written')
