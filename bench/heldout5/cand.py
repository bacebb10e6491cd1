# Split the leads (summary) of Thanh Nien and Tuoi Tre articles into sentences; keep whole
# sentences of 40-200 characters not already in any .tsv under /work/data.
import json, os, re, sys, html, unicodedata, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldlib import leads, split  # noqa: E402  the lead splitter heldout6 shares
arts = [a for a in json.load(open('/tmp/h5/arts.json')) if a['source'] in ('Thanh Niên', 'Tuổi Trẻ')]
used = set()
for f in glob.glob('/work/data/**/*.tsv', recursive=True):
    for line in open(f, encoding='utf-8', errors='replace'):
        p = line.rstrip('\n').split('\t')
        if len(p) >= 2: used.add(unicodedata.normalize('NFC', p[1]).strip())
usedtext = '\n'.join(used)
sents, seen = leads(arts, usedtext, lambda a: a['published'])
print(len(sents), file=sys.stderr)
json.dump(sents, open('/tmp/h5/sents.json', 'w'), ensure_ascii=False)

# Second, smaller pool used only where the first is short (phone): leads of the VnExpress
# feeds of the same crawl and the headlines of all its feeds, each headline taken whole.
allarts = json.load(open('/tmp/h5/arts.json'))
extra = []; seen2 = set(s for _, s in sents)
for a in sorted(allarts, key=lambda a: a['published']):
    pieces = []
    if a['source'] not in ('Thanh Niên', 'Tuổi Trẻ'):
        t = unicodedata.normalize('NFC', html.unescape(a['summary'] or '')).replace('\xa0', ' ').strip()
        parts = split.split(t)
        if parts and not re.search(r'[.!?…"”’\')]$', parts[-1]):
            parts = parts[:-1]
        pieces += [(s.strip(), 'lead') for s in parts]
    pieces.append((unicodedata.normalize('NFC', html.unescape(a['title'] or '')).replace('\xa0', ' ').strip(), 'headline'))
    for s, kind in pieces:
        if 20 <= len(s) <= 200 and s not in seen2 and '\t' not in s and s not in usedtext:
            seen2.add(s); extra.append((a['id'], s, kind))
print(len(extra), 'extra', file=sys.stderr)
json.dump(extra, open('/tmp/h5/extra.json', 'w'), ensure_ascii=False)
