# Build news5.tsv and origins.txt from the hand-written readings in w/*.txt
# (lines "key¦category¦spoken"; key = first 8 hex digits of the sha1 of the written sentence).
# The written text is never typed by hand: it is looked up by key among the candidates made by
# cand.py, so it is exactly the published sentence.  Shorthands written once here:
import glob, json, re, sys, unicodedata, hashlib, os, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldlib import ORDER, U, key, readings, two, write_set, year  # noqa: E402  heldout5's
W = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(W)
M = {'@USD': '{đô la Mỹ|đô la|u ét đê}', '@OZ': '{ao xơ|<en>ounce</en>}', '@PER': '{một|mỗi|trên}',
     '@L': '{linh|lẻ}', '@SL': '{năm|trên}', '@CP': '{của Chính phủ|}',
     '@TTG': '{của Thủ tướng Chính phủ|của Thủ tướng|}', '@AI': '{ây ai|a i|<en>AI</en>}',
     '@115': '{một một năm|một một lăm}'}
def expand(s):
    s = re.sub(r'@Y(20\d\d)', lambda m: year(int(m.group(1))), s)
    for k in sorted(M, key=len, reverse=True): s = s.replace(k, M[k])
    # "nghìn" outside a {...} group may equally be "ngàn"
    parts = re.split(r'(\{[^{}]*\})', s)
    s = ''.join(p if p.startswith('{') else re.sub(r'\bnghìn\b', '{nghìn|ngàn}', p) for p in parts)
    return s
sents = json.load(open('/tmp/h5/sents.json')); extra = json.load(open('/tmp/h5/extra.json'))
arts = {a['id']: a for a in json.load(open('/tmp/h5/arts.json'))}
pool = {}
for i, s in sents: pool.setdefault(key(s), (i, s, 'lead'))
for i, s, k in extra: pool.setdefault(key(s), (i, s, k))
rows, bad = readings(W, pool, expand)
# every written sentence must be new to the project's data
tsvtext = ''
for t in glob.glob('/work/data/**/*.tsv', recursive=True):
    if '/heldout5/' in t: continue
    tsvtext += open(t, encoding='utf-8', errors='replace').read()
for r in rows:
    if r[4] in tsvtext: print('USED', r[1], r[4][:60]); bad += 1
from collections import Counter
print(Counter(r[0] for r in rows), len(rows), 'bad', bad)
if bad: sys.exit(1)
if '--write' in sys.argv:
    first = json.load(open('/tmp/h5/blobcommit.json'))
    write_set(OUT + '/news5.tsv', rows, arts, first)
    print('written')
