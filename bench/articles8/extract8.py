#!/usr/bin/env python3
"""Write the article texts of real articles 8 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from one public crawl, read from its fetched git mirror at a pinned commit.

dangtrungc4/Crawl-News-TuoiTre.vn data.json (60 Tuổi Trẻ Online articles of 23-25 September
2020; fields title, url, abstract (the lead), content (the body), images). Taken: the articles
whose abstract + content is 1,500-5,000 characters long, 14 of them drawn with
random.Random(8), kept in file order. Page = title, abstract, content, one line each, as
crawled (NFC). The mirror is read with articles 5's extract5.py (show).
"""
import argparse, json, os, random, re, sys, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles5'))
from extract5 import HI, LO, show  # noqa: E402  articles 5's
# (repository, commit, file): the crawl file as the set's author stored it (the same git blob,
# 73032a73ab83c907ec66c9bba526e1992a859caa, kept in the set's work/ as tuoitre_data.json)
DATA = ('dangtrungc4/Crawl-News-TuoiTre.vn', '4c2d4d3484d586e362e6453df6928a4a85ef8210', 'data.json')

def name(url):
    s = re.sub(r'-\d+\.htm$', '', url.rstrip('/').split('/')[-1])
    return 'tuoitre-' + '-'.join(s.split('-')[:6]) + '.txt'

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 8 from the crawl.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles8', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    d = json.load(show(a.mirrors, DATA))
    elig = [i for i, x in enumerate(d) if LO <= len(x['abstract']) + len(x['content']) <= HI]
    pick = sorted(random.Random(8).sample(elig, 14))
    P = os.path.join(a.out, 'pages')
    os.makedirs(P, exist_ok=True)
    os.makedirs(os.path.join(a.out, 'work'), exist_ok=True)
    with open(os.path.join(a.out, 'work', 'origins-pages.tsv'), 'w', encoding='utf-8') as o:
        for i in pick:
            x = d[i]
            text = '\n'.join(unicodedata.normalize('NFC', x[k]).strip() for k in ('title', 'abstract', 'content')) + '\n'
            open(os.path.join(P, name(x['url'])), 'w', encoding='utf-8').write(text)
            o.write(f'{name(x["url"])}\t{x["url"]}\tdata.json item {i} (from 0)\n')
    print(len(elig), 'eligible;', pick)

if __name__ == '__main__':
    main()
