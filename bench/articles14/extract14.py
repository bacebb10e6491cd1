#!/usr/bin/env python3
"""Write the article texts of real articles 14 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from two public repositories, neither used by an earlier set (claimed for articles14 in
/work/wt/SETS-claimed.txt). No VnExpress or Tuổi Trẻ text: a government portal and papers of the
party, the government and the army.

1. mourinhan8/qdnd-crawler (a crawler of Quân đội nhân dân, January 2025): articles.json, blob
   dcdd2b4baa56f66eeb7b6acaaac4b55eca85a1f5 (the file's only version, from the first commit
   283989bf866331a02338673a2af3582409f0bbff, unchanged at head 2b98c77), a JSON list of 56
   records {title, summary, article_text} copied from qdnd.vn: 28 articles, each twice (the
   second copy identical to the first and dropped). Page: title, summary (lead; qdnd's sapo),
   then the blocks of article_text (HTML): a <table> that holds a picture gives its text cells
   as captions; every other paragraph, heading or cell is body. The site's closing pointer
   ('* Mời bạn đọc vào chuyên mục ... xem các tin, bài liên quan.') is not part of the article
   and is dropped. Date: the date in the article's picture paths (/data/images/0/YYYY/MM/DD/),
   15 or 16 January 2025 (the crawl is of 20 January 2025).
2. ohmygodvt95/thesis-bacgiang.gov.vn (a student copy of the Bắc Giang provincial portal,
   March 2017): database/backup/thesis-01-15-2017.sql, blob
   0c66425d938278e6355f0a4573c1d7d75c584181 (the file's only version, commit
   316680fecbbee22c8c4ba0829d93f82f5ae8ceca), a phpMyAdmin dump whose `posts` rows (id,
   category_id, user_id, title, slug, thumb, description, body, views, created_at, updated_at)
   are pages of bacgiang.gov.vn. Rows of category 16 ('Trong nước', news) are articles: four,
   of February 2017 (the portal's own, its photos credited to BGP, and copies whose last line
   credits chinhphu.vn or ĐCSVN); row 1 (category 2, the provincial party committee's members,
   a directory page) is not an article. Page: title, description (lead), then the body's blocks
   (a <figure>'s <figcaption> is a caption). Paper: the credit in the last line (chinhphu.vn ->
   chinhphu.vn, Báo Chính phủ; ĐCSVN -> dangcongsan.vn), else bacgiang.gov.vn. Date: created_at (the copy's stamp; the texts are of late February 2017).

Draw (extract11.draw_pages, as articles 12): every article of both files is a candidate; an
article with more than 20 candidate sentences (a fifth of the 100 aimed at) is set aside before
the draw, by count alone; strata = papers; one random.Random(14) stream shuffles the strata and
takes one article per stratum per round (rng.choice among the stratum's articles not yet taken,
sorted by title) until there are at least 10 articles and 100 candidate sentences (articles 9's
rule and splitter, select9.candidates) or 14 articles, or the pool is empty. The writer saw parts
of some copies while checking the sources; no article was chosen, set aside or vetoed for its
content.
"""
import argparse, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles11'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles12'))
from extract11 import clean, draw_pages, git  # noqa: E402  articles 11's text cleaner, article draw, git reader
from extract12 import mysql_rows  # noqa: E402  articles 12's MySQL dump reader

QDND = ('mourinhan8/qdnd-crawler', '283989bf866331a02338673a2af3582409f0bbff', 'articles.json',
        'dcdd2b4baa56f66eeb7b6acaaac4b55eca85a1f5')
BACGIANG = ('ohmygodvt95/thesis-bacgiang.gov.vn', '316680fecbbee22c8c4ba0829d93f82f5ae8ceca',
            'database/backup/thesis-01-15-2017.sql', '0c66425d938278e6355f0a4573c1d7d75c584181')
SEED = 14
MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES = 10, 100, 14
MAX_PER_ARTICLE = MIN_CANDIDATES // 5
BLOCK = re.compile(r'</?(?:p|h[1-6]|div|td|tr|li|ul|ol|figcaption|figure|blockquote|br)\b[^>]*>', re.I)
PICTURE_BOX = re.compile(r'<table\b.*?</table>|<figure\b.*?</figure>', re.S | re.I)
PROMO = re.compile(r'^\*\s*Mời bạn đọc')

def blocks(htm):
    """[(kind, text)] of an article body: text of a table or figure that holds a picture is a
    caption (a figure's figcaption), every other block of text is body."""
    out, pos = [], 0
    for m in list(PICTURE_BOX.finditer(htm)) + [None]:
        part = htm[pos:m.start()] if m else htm[pos:]
        out += [('body', l) for l in split_blocks(part)]
        if m:
            box = m.group(0)
            kind = 'caption' if re.search(r'<img\b', box, re.I) else 'body'
            out += [(kind, l) for l in split_blocks(box)]
            pos = m.end()
    return out

def split_blocks(part):
    lines = []
    for l in BLOCK.split(part):
        l = clean(html.unescape(re.sub(r'<[^>]+>', '', l)))
        if l and re.search(r'\w', l):
            lines.append(l)
    return lines

def qdnd_articles(gdir):
    data = json.loads(git(gdir, 'cat-file', 'blob', QDND[3]).decode('utf-8'))
    out, seen = [], {}
    for n, a in enumerate(data, 1):
        if a['title'] in seen:
            assert seen[a['title']] == a, 'a repeated title with another text'
            continue
        seen[a['title']] = a
        lines, kinds = [clean(a['title']), clean(a['summary'])], ['title', 'lead']
        for kind, l in blocks(a['article_text']):
            if PROMO.match(l):
                continue
            lines.append(l)
            kinds.append(kind)
        day = re.search(r'/data/images/0/(\d{4})/(\d\d)/(\d\d)/', a['article_text'])
        date = f'{day.group(1)}-{day.group(2)}-{day.group(3)} (picture path)' if day else '2025-01 (crawl)'
        out.append(dict(paper='qdnd.vn', date=date, title=lines[0], lines=lines, kinds=kinds,
                        origin=[QDND[0], QDND[2], QDND[3], QDND[1], f'record {n} of 56']))
    return out

def bacgiang_articles(gdir):
    text = git(gdir, 'cat-file', 'blob', BACGIANG[3]).decode('utf-8')
    out = []
    for r in mysql_rows(text, 'posts'):
        if r['category_id'] != '16':
            continue
        lines, kinds = [clean(r['title']), clean(html.unescape(r['description']))], ['title', 'lead']
        for kind, l in blocks(r['body']):
            lines.append(l)
            kinds.append(kind)
        keep = [i for i, l in enumerate(lines) if l]
        lines, kinds = [lines[i] for i in keep], [kinds[i] for i in keep]
        last = lines[-1]
        credit = last.split()[-1].lower() if last.split()[0] == 'Theo' else ''
        paper = {'chinhphu.vn': 'chinhphu.vn', 'đcsvn': 'dangcongsan.vn'}.get(credit, 'bacgiang.gov.vn')
        out.append(dict(paper=paper, date=r['created_at'][:10] + ' (copy stamp)', title=lines[0],
                        lines=lines, kinds=kinds,
                        origin=[BACGIANG[0], BACGIANG[2], BACGIANG[3], BACGIANG[1],
                                f"posts id {r['id']}; slug {r['slug']}"]))
    return out

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 14.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='fetched repositories (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles14', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    draw_pages(qdnd_articles(os.path.join(a.mirrors, QDND[0].replace('/', '+'), 'repo')) +
               bacgiang_articles(os.path.join(a.mirrors, BACGIANG[0].replace('/', '+'), 'repo')),
               a.out, SEED, MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES, MAX_PER_ARTICLE)

if __name__ == '__main__':
    main()
