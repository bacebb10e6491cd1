#!/usr/bin/env python3
"""Checks: every written sentence of candidates.tsv occurs verbatim (whitespace collapsed) in its
source blob (git mirror), and none occurs in any *.tsv under /work/data or /work/shared."""
import json, subprocess, re, unicodedata, glob, os
SE = '/work/.mirror/SENULT+Search_Engine/repo'; BD = '/work/.mirror/YangKlee+BinhDinhNews/repo'
def show(r, c, p): return subprocess.run(['git', '-C', r, 'show', c + ':' + p], capture_output=True, check=True).stdout.decode()
norm = lambda t: re.sub(r'\s+', ' ', unicodedata.normalize('NFC', t))
W = '/work/data/articles4/work/'
orig = {l.split('\t')[0]: l.split('\t')[1] for l in open(W + 'origins-pages.tsv', encoding='utf-8')}
SEC = '96f297dab5bb03160a22c1cfcc9b9162160baa96'; BDC = 'e9895703754c46b07d6bf2dd2382fc67f79326d8'
sql = norm(show(BD, BDC, 'binhdinhnews.sql'))
cache = {}; bad = 0
tsvs = [f for d in ('/work/data', '/work/shared') for f in glob.glob(d + '/**/*.tsv', recursive=True) if '/articles4/' not in f]
others = '\n'.join(open(f, encoding='utf-8', errors='replace').read() for f in tsvs)
dups = 0
for l in open(W + 'candidates.tsv', encoding='utf-8'):
    c, w, f = l.rstrip('\n').split('\t')
    o = orig[f]
    if o not in cache:
        path = o.split('@', 1)[1].split(':', 1)[1].split(' ')[0]
        if 'SENULT' in o:
            i = int(o.split('[')[1].split(']')[0]); a = json.loads(show(SE, SEC, path))[i]; raw = a['title'] + ' ' + a['content']
        else:
            raw = show(BD, BDC, path)
        cache[o] = norm(raw)
    if w not in cache[o] and w not in sql:
        bad += 1; print('NOT VERBATIM', f, w[:60])
    if w in others:
        dups += 1; print('IN ANOTHER SET', w[:60])
print(len(tsvs), 'tsv files searched;', bad, 'not verbatim;', dups, 'found elsewhere')
# 40-character stretches (every 10th position)
hits = 0
for l in open(W + 'candidates.tsv', encoding='utf-8'):
    w = l.split('\t')[1]
    for k in range(0, max(1, len(w) - 40), 10):
        if len(w) >= 40 and w[k:k + 40] in others:
            hits += 1; print('40-char stretch elsewhere:', w[k:k + 40]); break
print(hits, 'sentences share a 40-character stretch with another set')
