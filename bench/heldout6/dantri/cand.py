# Dan Tri text for heldout6/dantri.  The brief's source, mnngoisaoxanh/tintuchangngay, holds no
# Dan Tri item in any version (its Dan Tri feed never yielded one), so the Dan Tri articles of
# leduchuy20/crawl_news `crawl_news/rss_feed_articles_backup.csv` (blob 8a46309, added in commit
# 42e1fd6, 2026-02-05; the crawler flattens each page to one paragraph) are used instead, minus
# the 14 pages already taken by ../../articles2 and ../../articles3.  Every article is split into
# sentences; whole sentences of 40-200 characters not already in any .tsv under /work/data or
# /work/shared are kept.  Titles (headlines) form a second pool.
import csv, json, re, sys, html, unicodedata, glob, subprocess
csv.field_size_limit(10**9)
REPO = '/work/.mirror/leduchuy20+crawl_news/repo'
BLOB = '8a463090c7ccd0ef5b5f67861fc73770c12780c4'
raw = subprocess.run(['git', '-C', REPO, 'cat-file', 'blob', BLOB], capture_output=True, check=True).stdout.decode('utf-8')
import io
rows = list(csv.DictReader(io.StringIO(raw)))
used_urls = set(l.strip() for l in open('/tmp/h6d/used_urls.txt'))
arts = []
for n, r in enumerate(rows):
    if 'dantri.com.vn' not in r['url']: continue
    u = re.match(r'https://dantri\.com\.vn/[a-z0-9/-]*\.htm', r['url']).group(0)
    if u in used_urls: continue
    arts.append({'id': r['id'], 'row': n, 'url': r['url'], 'published': r['published_at'],
                 'title': r['title'], 'text': r['content.text']})
print(len(arts), 'Dan Tri articles (after removing used pages)', file=sys.stderr)
U = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'
split = re.compile(r'(?<=[.!?…"”])\s+(?=["“‘\'(]?[' + U + r'0-9])')
used = set()
for f in glob.glob('/work/data/**/*.tsv', recursive=True) + glob.glob('/work/shared/**/*.tsv', recursive=True):
    if '/heldout6/' in f: continue
    for line in open(f, encoding='utf-8', errors='replace'):
        p = line.rstrip('\n').split('\t')
        if len(p) >= 2: used.add(unicodedata.normalize('NFC', p[1]).strip())
usedtext = '\n'.join(used)
sents = []; seen = set()
for a in arts:
    t = unicodedata.normalize('NFC', html.unescape(a['text'] or '')).replace('\xa0', ' ').strip()
    parts = split.split(t)
    if parts and not re.search(r'[.!?…"”’\')]$', parts[-1]):
        parts = parts[:-1]          # text cut short by the crawler: drop the unfinished sentence
    for j, s in enumerate(parts):
        s = s.strip()
        kind = 'lead' if j <= 2 else 'body'
        if 40 <= len(s) <= 200 and s not in seen and '\t' not in s and '\ufffd' not in s and '(Ảnh' not in s and s not in usedtext:
            seen.add(s); sents.append((a['id'], s, kind))
    h = unicodedata.normalize('NFC', html.unescape(a['title'] or '')).strip()
    if 20 <= len(h) <= 200 and h not in seen and h not in usedtext:
        seen.add(h); sents.append((a['id'], h, 'headline'))
print(len(sents), 'sentences', file=sys.stderr)
json.dump(arts, open('/tmp/h6d/arts.json', 'w'), ensure_ascii=False)
json.dump(sents, open('/tmp/h6d/sents.json', 'w'), ensure_ascii=False)
