#!/usr/bin/env python3
"""Write the article texts of real articles 7 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from one public crawl, read from its fetched git mirror at a pinned commit.

chris6868-tin/vnexpress-etl-tele-bot news.json (25 VnExpress articles of 9 May 2026, fields
title, date, url, content; the body is one paragraph). Taken: every article, in file order, whose
title + body is 1500-5000 characters long (the rule of articles 5). Page = title line, body line.
The mirror is read with articles 5's extract5.py (show, slug).
"""
import argparse, json, os, sys, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles5'))
from extract5 import HI, LO, show, slug  # noqa: E402  articles 5's
# (repository, commit, file): the crawl file as the set's author stored it (the same git blob)
NEWS = ('chris6868-tin/vnexpress-etl-tele-bot', '128638a03bdf74fe0d50e431dae988e01378ce80', 'news.json')

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 7 from the crawl.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles7', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    d = json.load(show(a.mirrors, NEWS))
    P = os.path.join(a.out, 'pages')
    os.makedirs(P, exist_ok=True)
    os.makedirs(os.path.join(a.out, 'work'), exist_ok=True)
    n = 0
    with open(os.path.join(a.out, 'work', 'origins-pages.tsv'), 'w', encoding='utf-8') as o:
        for i, x in enumerate(d):
            if not (LO <= len(x['title']) + len(x['content']) <= HI):
                continue
            text = x['title'].strip() + '\n' + x['content'].strip()
            name = f'vnexpress-{slug(x["url"])}.txt'
            open(os.path.join(P, name), 'w', encoding='utf-8').write(unicodedata.normalize('NFC', text) + '\n')
            o.write(f'{name}\t{x["url"]}\t{x["date"]}\tnews.json item {i} (from 0)\n')
            n += 1
    print(n, 'pages')

if __name__ == '__main__':
    main()
