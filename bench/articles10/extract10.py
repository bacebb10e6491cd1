#!/usr/bin/env python3
"""Write the article texts of real articles 10 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from two public repositories.

1. team-dev-qnt/songnhue (the portal of a Hanoi irrigation company): its staging seed
   backend/content/src/main/resources/db/seed/portal/V202608251100__seed_portal_content.sql, at
   commit 3f8271a178468f803b8c6f4204478ffcdca21f25, copies five whole articles of August 2026
   (four of Hànộimới, one of VnEconomy) with title, lead (`summary`) and the article HTML
   (paragraphs and photo captions), each with its source URL. The fetched snapshot of the
   repository (head aee64ecf, 2026-08-19) predates that file, so its five articles were read
   through the code index and transcribed into SONGNHUE_COPY (title, summary, content and URL of
   each INSERT INTO articles, as the SQL literals hold them); this script reads that copy. All
   five are taken (the file holds no other article): nothing to choose among.
   HTML to text: a <figure>'s <figcaption> is a caption line, a <p> a body line; <sup>...</sup>
   becomes superscript digits (as the page shows m³), other tags are dropped, entities
   unescaped, no-break spaces and runs of white space become one space.
2. HongQuan1812/VNExpressProject (a VnExpress scraper's output, 2024): newsdata.json (731
   articles, one version in history, blob f0ea76926219d927d59a786d9be2cec1dbda6e24, first
   committed in a1f14656f691e3b1c118114066cf4a3296d15127, read at head
   c4e56b64b644ebb02c2d56a67b4c5d0ee9f51c37): title, description (the lead), news_content (the
   body paragraphs joined with one space; no captions), release_date, main_category. The scraper
   dropped the text of links, leaving a double space or a space before punctuation where it
   was; an article showing any such trace, or articles 9's glue test (glued_tokens()), is not
   eligible. Eligible: published 2024 or later, 1,000-3,000 characters of body, a lead. The
   scraper fetched through a proxy whose URL carries a key; only the article's own URL (the
   proxy's `url` parameter) is written anywhere.
   Draw: one random.Random(10) stream; strata (VnExpress sections) fixed before any article was
   read, in STRATA order; one article per stratum by rng.choice among the eligible ones sorted
   by URL, taken until there are at least 11 articles in all (with the five above) and 120
   candidate sentences (select10.py's rule), or 12 articles.

Page = one paragraph a line (title first); work/origins-pages.tsv gives for every page the
paper, date, link, repository, path, git blob, commit and the kind of every line.
"""
import argparse, html, json, os, random, re, subprocess, sys, unicodedata
from urllib.parse import urlparse, parse_qs

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
from extract9 import glued_tokens, write_pages  # noqa: E402  articles 9's test for words run together, its page writer
sys.path.insert(0, HERE)
from select10 import candidates  # noqa: E402

SONGNHUE = ('team-dev-qnt/songnhue', '3f8271a178468f803b8c6f4204478ffcdca21f25',
            'backend/content/src/main/resources/db/seed/portal/V202608251100__seed_portal_content.sql')
SONGNHUE_COPY = '/work/data/articles10/work/source/songnhue-seed-articles.txt'
VNEX = ('HongQuan1812/VNExpressProject', 'c4e56b64b644ebb02c2d56a67b4c5d0ee9f51c37', 'newsdata.json',
        'f0ea76926219d927d59a786d9be2cec1dbda6e24', 'a1f14656f691e3b1c118114066cf4a3296d15127')
LO, HI = 1000, 3000
SEED = 10
STRATA = ['Thời sự', 'Kinh doanh', 'Thế giới', 'Giáo dục', 'Khoa học', 'Thể thao', 'Sức khỏe',
          'Số hóa', 'Giải trí', 'Bất động sản', 'Pháp luật']
MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES = 11, 120, 12
# Dates of the seeded articles, from their text (the seed stamps them 2026-08-24).
SONG_DATES = {'1238587': '2026-08 (before 08-24)', '1266648': '2026-08-24', '1247199': '2026-08-23',
              'vneconomy': '2026-08 (before 08-24)', '1250844': '2026-08-23'}
SUP = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')

def nfc(s):
    return unicodedata.normalize('NFC', s)

def html_text(frag):
    frag = re.sub(r'<sup>(.*?)</sup>', lambda m: m.group(1).translate(SUP), frag, flags=re.S)
    t = html.unescape(re.sub(r'<[^>]+>', '', frag)).replace('\xa0', ' ')
    return re.sub(r'\s+', ' ', nfc(t)).strip()

def song_articles(path):
    text = open(path, encoding='utf-8').read()
    out = []
    for block in text.split('=== ARTICLE\n')[1:]:
        block = block.split('=== END')[0]
        head, content = block.split('CONTENT:\n', 1)
        f = dict(re.findall(r'^(URL|TITLE|SUMMARY): (.*)$', head, re.M))
        lines, kinds = [html_text(f['TITLE']), html_text(f['SUMMARY'])], ['title', 'lead']
        for m in re.finditer(r'<figure\b.*?</figure>|<p\b.*?</p>', content, re.S):
            el = m.group(0)
            if el.startswith('<figure'):
                cap = re.search(r'<figcaption\b[^>]*>(.*?)</figcaption>', el, re.S)
                t, k = (html_text(cap.group(1)) if cap else ''), 'caption'
            else:
                t, k = html_text(el), 'body'
            if t:
                lines.append(t)
                kinds.append(k)
        out.append((f['URL'], lines, kinds))
    return out

def git(gdir, *args):
    return subprocess.run(['git', '--git-dir=' + gdir, *args], capture_output=True, check=True).stdout

def real_url(u):
    q = parse_qs(urlparse(u).query)
    return q['url'][0] if 'url' in q else u

def dropped_link(s):
    """Traces of a link's text dropped by the scraper."""
    return s != s.strip() or '  ' in s or re.search(r' [.,;:!?)]|\( ', s) is not None

def vnex_pool(mirrors):
    gdir = os.path.join(mirrors, VNEX[0].replace('/', '+'), 'repo')
    data = json.loads(git(gdir, 'cat-file', 'blob', VNEX[3]).decode('utf-8'))
    pool = {}
    for a in data:
        c, t, d = a.get('news_content') or '', a.get('title') or '', a.get('description') or ''
        date = (a.get('release_date') or ['?'])[0]
        if not (c and t and d) or date < '2024' or not LO <= len(c) <= HI:
            continue
        if any(dropped_link(x) for x in (c, t, d.replace('\u200b', '').strip())):
            continue
        if glued_tokens(nfc(t + ' ' + d + ' ' + c)):
            continue
        pool.setdefault(a.get('main_category'), []).append((real_url(a['url']), date, a))
    return {k: sorted(v, key=lambda x: x[0]) for k, v in pool.items()}

def slug(url):
    s = re.sub(r'-\d+\.(html|htm)$|\.(html|htm)$', '', url.rstrip('/').split('/')[-1])
    return '-'.join(s.split('-')[:6])

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 10.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='fetched repositories (<owner>+<name>/repo)')
    ap.add_argument('--songnhue', default=SONGNHUE_COPY, help='the transcribed copy of the seed articles')
    ap.add_argument('--out', default='/work/data/articles10', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    pages = []
    for url, lines, kinds in song_articles(a.songnhue):
        paper = url.split('/')[2]
        key = 'vneconomy' if 'vneconomy' in paper else re.search(r'-(\d+)\.html$', url).group(1)
        pages.append((f'{len(pages) + 1:02d}-{paper.split(".")[0]}-{slug(url)}.txt', lines, kinds,
                      [paper, SONG_DATES[key], url, SONGNHUE[0], SONGNHUE[2], '(not in snapshot)', SONGNHUE[1],
                       'copied whole into a company portal seed']))
    total = sum(len(candidates(l)) for _, l, _, _ in pages)
    rng = random.Random(SEED)
    pool = vnex_pool(a.mirrors)
    for stratum in STRATA:
        if len(pages) >= MAX_ARTICLES or (len(pages) >= MIN_ARTICLES and total >= MIN_CANDIDATES):
            break
        if not pool.get(stratum):
            continue
        url, date, art = rng.choice(pool[stratum])
        lines = [nfc(art['title']).strip(), nfc(art['description'].replace('\u200b', '')).strip(),
                 nfc(art['news_content']).strip()]
        pages.append((f'{len(pages) + 1:02d}-vnexpress-{slug(url)}.txt', lines, ['title', 'lead', 'body'],
                      ['vnexpress.net', date, url, VNEX[0], VNEX[2], VNEX[3], VNEX[4], 'section ' + stratum]))
        total += len(candidates(lines))
    write_pages(a.out, pages)
    print(sum(len(v) for v in pool.values()), 'VnExpress articles eligible;', len(pages), 'pages;', total, 'candidates')

if __name__ == '__main__':
    main()
