#!/usr/bin/env python3
"""Write the article texts of real articles 5 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from the two public crawls, read from their fetched git mirrors at pinned commits.

tex-corver/vietnamnet-crawler data.csv (VietNamNet, 16 sections x 25 articles, published 2025-03
to 2025-04-07). Taken: in each section, the first article in file order whose text (title + sapo
+ body) is 1500-5000 characters long (16 articles). The crawler appends the teasers of related
articles ("Title?Lead" after two or more blank lines) to the body: cut there.
khoaihps/baomoi-crawler-NER result/articles.csv (baomoi.com, 2025-06-28/29, '|'-separated).
Taken: 6 articles by random.Random(5) among those of 1500-5000 characters.
"""
import argparse, csv, io, random, re, os, subprocess, unicodedata
csv.field_size_limit(10**9)
LO, HI = 1500, 5000
# (repository, commit, file): the crawl files as the set's author stored them (same git blobs)
VNN = ('tex-corver/vietnamnet-crawler', '08966fb7c3299804b951657f979edeab791b428a', 'data.csv')
BAOMOI = ('khoaihps/baomoi-crawler-NER', '306ed52fe1d4b16c2a3780b30cefa4387e01f229', 'result/articles.csv')

def show(mirrors, src):
    repo, commit, path = src
    gdir = os.path.join(mirrors, repo.replace('/', '+'), 'repo')
    out = subprocess.run(['git', '--git-dir=' + gdir, 'show', commit + ':' + path], capture_output=True, check=True).stdout
    # as a file opened in text mode reads it: universal newlines
    return io.StringIO(out.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n'))

def slug(url):
    s = url.rstrip('/').split('/')[-1]
    s = re.sub(r'\.(html|epi)$', '', s)
    s = re.sub(r'-(\d+|c\d+)$', '', s)
    return '-'.join(s.split('-')[:6])

def trim_teasers(body):
    # the related-article teasers (a title line and a lead line, or the two glued) follow the
    # body after two or more blank lines: drop such trailing chunks (checked by eye)
    chunks = re.split(r'\n\s*\n\s*\n', body.strip())
    while len(chunks) > 1 and len([l for l in chunks[-1].split('\n') if l.strip()]) <= 2:
        chunks.pop()
    paras = '\n\n'.join(c.strip() for c in chunks).split('\n\n')
    # or a teaser glued to its lead ("...Hùng VươngVề Phú Thọ ...") as the last paragraph
    while len(paras) > 1 and re.search(r'[a-zà-ỹ?][A-ZĐÀ-Ỹ]', paras[-1].split('\n')[0]):
        paras.pop()
    return '\n\n'.join(paras).rstrip()

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 5 from the two crawls.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles5', help='the set\'s folder (pages/ and work/ are written there)')
    a = ap.parse_args()
    rows = []
    v = list(csv.DictReader(show(a.mirrors, VNN)))
    seen = set()
    for i, x in enumerate(v):
        cat = x['category']
        if cat in seen:
            continue
        body = trim_teasers(x['content'])
        text = x['title'].strip() + '\n' + x['summary'].strip() + '\n' + body
        if LO <= len(text) <= HI:
            seen.add(cat)
            rows.append(('vietnamnet', x['url'], x['time'], text, f'vietnamnet_data.csv data row {i} (from 0), section {cat}'))
    b = list(csv.DictReader(show(a.mirrors, BAOMOI), delimiter='|'))
    cand = [(i, x) for i, x in enumerate(b) if LO <= len(x['title']) + 1 + len(x['content']) <= HI]
    for i, x in sorted(random.Random(5).sample(cand, 6), key=lambda t: t[0]):
        text = x['title'].strip() + '\n' + x['content'].strip()
        rows.append(('baomoi', x['url'], x['published_time'], text, f'baomoi_articles.csv data row {i} (from 0), byline "{x["author"]}"'))
    P = os.path.join(a.out, 'pages')
    os.makedirs(P, exist_ok=True)
    os.makedirs(os.path.join(a.out, 'work'), exist_ok=True)
    with open(os.path.join(a.out, 'work', 'origins-pages.tsv'), 'w', encoding='utf-8') as o:
        for pub, url, t, text, note in rows:
            name = f'{pub}-{slug(url)}.txt'
            open(os.path.join(P, name), 'w', encoding='utf-8').write(unicodedata.normalize('NFC', text) + '\n')
            o.write(f'{name}\t{url}\t{t}\t{note}\n')
    print(len(rows), 'pages')

if __name__ == '__main__':
    main()
