# Split the leads (summary) of the VnExpress feeds into whole sentences of 40-200 characters not
# already in any .tsv under /work/data (heldout5 and heldout6/dantri included); second pool:
# VnExpress headlines (20-200 characters), used only where a category is too scarce in leads.
import json, os, sys, html, unicodedata, glob
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import leads  # noqa: E402  heldout5's lead splitter
arts = [a for a in json.load(open('/tmp/h6v/arts.json')) if a['source'].startswith('VnExpress')]
used = set()
for f in glob.glob('/work/data/**/*.tsv', recursive=True):
    if f.endswith('/heldout6/vnexpress/news6v.tsv'): continue   # this set itself (made from this pool)
    for line in open(f, encoding='utf-8', errors='replace'):
        p = line.rstrip('\n').split('\t')
        if len(p) >= 2: used.add(unicodedata.normalize('NFC', p[1]).strip())
usedtext = '\n'.join(used)
sents, seen = leads(arts, usedtext, lambda a: (a['published'], a['id'])); heads = []
for a in sorted(arts, key=lambda a: (a['published'], a['id'])):
    s = unicodedata.normalize('NFC', html.unescape(a['title'] or '')).replace('\xa0', ' ').strip()
    if 20 <= len(s) <= 200 and s not in seen and '\t' not in s and '\ufffd' not in s and s not in usedtext:
        seen.add(s); heads.append((a['id'], s))
print(len(sents), 'lead sentences;', len(heads), 'headlines', file=sys.stderr)
json.dump(sents, open('/tmp/h6v/sents.json', 'w'), ensure_ascii=False)
json.dump(heads, open('/tmp/h6v/heads.json', 'w'), ensure_ascii=False)
