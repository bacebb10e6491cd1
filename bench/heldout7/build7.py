# Build news7.tsv and origins.txt (held-out 7; adapted from held-out 5's build.py) from the
# hand-written readings in WORK/w/*.txt (lines "key¦category¦spoken"; key = first 8 hex digits
# of the sha1 of the written sentence). The written text is never typed by hand: it is looked up
# by key among the candidates made by cand7.py, so it is exactly the published sentence. The
# readings are read and checked by heldout5's heldlib.readings (a fault names its case by key);
# every written sentence must also stand verbatim in its item and in no other .tsv.
# Usage: build7.py [--work DIR] [--tmp DIR] [--write]   (the set is written beside WORK)
# Shorthands written once here:
import argparse, json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout5'))
from heldlib import key, readings, summary, used_elsewhere, write_origins, write_rows, year  # noqa: E402  heldout5's
M = {'@USD': '{đô la Mỹ|đô la|u ét đê}', '@OZ': '{ao xơ|<en>ounce</en>}', '@PER': '{một|mỗi|trên}',
     '@L': '{linh|lẻ}', '@SL': '{năm|trên}', '@CP': '{của Chính phủ|}',
     '@TTG': '{của Thủ tướng Chính phủ|của Thủ tướng|}', '@AI': '{ây ai|a i|<en>AI</en>}',
     '@115': '{một một năm|một một lăm}', '@GDDT': '{giáo dục và đào tạo|giáo dục đào tạo}',
     '@KHCN': '{khoa học và công nghệ|khoa học công nghệ}', '@HCM': 'thành phố Hồ Chí Minh',
     '@COVID': '{cô vít|<en>Covid</en>}'}
def year1(y):              # 20xx with or without "không trăm", "nghìn" only (to stay under the cap)
    alts = [a for a in year(y)[1:-1].split('|') if 'ngàn' not in a]
    return '{' + '|'.join(alts) + '}'
def expand(s):
    s = re.sub(r'@Y(20\d\d)', lambda m: year(int(m.group(1))), s)
    s = re.sub(r'@y(20\d\d)', lambda m: year1(int(m.group(1))), s)
    for k in sorted(M, key=len, reverse=True): s = s.replace(k, M[k])
    # "nghìn" outside a {...} group may equally be "ngàn"
    parts = re.split(r'(\{[^{}]*\})', s)
    s = ''.join(p if p.startswith('{') else re.sub(r'\bnghìn\b', '{nghìn|ngàn}', p) for p in parts)
    return s
def pubdate(d):
    # the crawl's own date, else the date the publisher writes into its article link
    if d['date']: return d['date']
    m = re.search(r'-185(\d\d)(\d\d)(\d\d)\d+\.htm', d['url'])          # Thanh Nien ids
    if m: return '20%s-%s-%s (from link)' % m.groups()
    m = re.search(r'-(20\d\d)(\d\d)(\d\d)\d+\.htm', d['url'])           # Tuoi Tre ids
    if m: return '%s-%s-%s (from link)' % m.groups()
    return '?'
def cases(W, tmp):
    """The pool cand7.py (or a later set's cand script) wrote into tmp, and the cases of the
    readings in W/w/*.txt looked up in it, expanded and checked, each written sentence verbatim
    in its item: (docs, rows, the count of faults printed)."""
    sents = json.load(open(os.path.join(tmp, 'sents.json')))
    docs = json.load(open(os.path.join(tmp, 'docs.json')))
    pool = {}
    for i, s in sents: pool.setdefault(key(s), (i, s, docs[i]['kind']))
    rows, bad = readings(W, pool, expand, cap=True, keys=True)
    for c, k, aid, kind, w, s in rows:
        if w not in docs[aid]['text']: print('NOTVERBATIM', k); bad += 1
    return docs, rows, bad
def main():
    ap = argparse.ArgumentParser(description='Build held-out 7 (news7.tsv, origins.txt) from the readings in WORK/w/.')
    ap.add_argument('--work', default='/work/data/heldout7/work', help='the set\'s work folder (holds w/); the set is written in its parent')
    ap.add_argument('--tmp', default='/tmp/h7', help="cand7.py's output folder (docs.json, sents.json)")
    ap.add_argument('--write', action='store_true', help='write the set (otherwise only check)')
    a = ap.parse_args()
    W = os.path.abspath(a.work)
    OUT = os.path.dirname(W)
    docs, rows, bad = cases(W, a.tmp)
    # every written sentence must be new to the project's data
    bad += used_elsewhere(rows, lambda t: t.startswith(OUT + os.sep))
    summary(rows, bad)
    if a.write:
        write_rows(OUT + '/news7.tsv', rows)
        write_origins(OUT + '/origins.txt', 'kind (lead = description/sapo, body = article text)\tpublisher domain\tpublished\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob', rows,
                      lambda aid: [docs[aid]['domain'], pubdate(docs[aid]), docs[aid]['url'], docs[aid]['repo'], docs[aid]['path'], docs[aid]['blob'], docs[aid]['commit']])
        print('written')
if __name__ == '__main__':
    main()
