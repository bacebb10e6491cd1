# Collect every article (title, summary, source, link, published) that ever appeared in the
# daily data files of mnngoisaoxanh/tintuchangngay, across the whole git history.
import subprocess, json, re, sys, unicodedata
REPO = '/work/.mirror/mnngoisaoxanh+tintuchangngay/repo'
blobs = [l.split() for l in open('/tmp/h6v/blobs.txt')]
p = subprocess.Popen(['git', '-C', REPO, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
arts = {}
bad = 0
for sha, path in blobs:
    p.stdin.write((sha + '\n').encode()); p.stdin.flush()
    hdr = p.stdout.readline().split()
    size = int(hdr[2]); data = p.stdout.read(size); p.stdout.read(1)
    t = data.decode('utf-8', 'replace')
    if path.endswith('.js'):
        i = t.find('{')
        t = t[i:].rstrip().rstrip(';')
    try:
        d = json.loads(t)
    except Exception:
        bad += 1; continue
    items = d if isinstance(d, list) else d.get('articles', [])
    for a in items:
        k = a.get('id') or a.get('link')
        if k and k not in arts:
            arts[k] = {x: a.get(x, '') for x in ('id', 'title', 'summary', 'source', 'link', 'published')}
            arts[k]['file'] = path; arts[k]['blob'] = sha
print(len(arts), 'articles;', bad, 'unparsed', file=sys.stderr)
json.dump(list(arts.values()), open('/tmp/h6v/arts.json', 'w'), ensure_ascii=False)
