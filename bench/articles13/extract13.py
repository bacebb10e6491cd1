#!/usr/bin/env python3
"""Write the article texts of real articles 13 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from one public repository not used by an earlier set (claimed for articles13).

C0ngHung/Assignment_Java3_JSP_Servlet (a student Java news site, June 2025):
src/main/resources/db/migration/V4__insert_data_table_news.sql, blob
30edae12782e85aba1f18d1bf702b394a6e77cbf (read at commit 06879ee558ca39b1432eb9c70bd976b98d7923fc,
unchanged to head b52611d; the only earlier version, blob 799e65b2 at 97e43b7 of the same day, is
the file before its last edit). 21 `INSERT INTO news (id, title, content, image, postDate, author,
viewCount, categoryId, home)` statements, T-SQL literals (N'...', '' for a quote), copying
articles of late May and early June 2025 (the texts give the days, late May to early June; the
postDate column is a made-up stamp, from 2023 to 2025, and is recorded as such). The copy names
no paper: most are in VnExpress's style (a place-name dateline opening the lead), so every
article is labelled vnexpress.net here and the draw has one stratum; the set's origins.txt
marks the label as an attribution by style and names one drawn article (news7, a translated
film feature) as of unknown paper. The
copy gives no links, no pictures and no captions. Page: title, then every non-empty line of
`content` (one paragraph a line in the copy). Kinds: title; lead = the first content line
(VnExpress's sapo); body.

Draw: every article is in the pool (all are of 2025); one paper, so one stratum; an article with
more than 20 candidate sentences (a fifth of the 100 aimed at, so that no story is more than a
fifth of the set) is set aside before the draw, by count alone; then one random.Random(13) stream
takes one article at a time (rng.choice among the articles not yet taken, sorted by title) until
there are at least 10 articles and 100 candidate sentences (articles 9's rule and splitter,
select9.candidates) or 12 articles, or the pool is empty (articles 11's draw_pages). The writer
saw the first lines of some copies while checking the source; no article was chosen, set aside
or vetoed for its content.
"""
import argparse, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles11'))
from extract11 import clean, draw_pages, git, sql_values  # noqa: E402  articles 11's cleaner, draw, git and T-SQL readers

NEWS = ('C0ngHung/Assignment_Java3_JSP_Servlet', '06879ee558ca39b1432eb9c70bd976b98d7923fc',
        'src/main/resources/db/migration/V4__insert_data_table_news.sql', '30edae12782e85aba1f18d1bf702b394a6e77cbf')
SEED = 13
MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES = 10, 100, 12
MAX_PER_ARTICLE = MIN_CANDIDATES // 5

def news_articles(gdir):
    text = git(gdir, 'cat-file', 'blob', NEWS[3]).decode('utf-8-sig')
    out = []
    for m in re.finditer(r'INSERT\s+INTO\s+news\s*\(([^)]*)\)\s*VALUES', text, re.I):
        cols = [c.strip() for c in m.group(1).split(',')]
        rows, _ = sql_values(text, m.end())
        for r in rows:
            rec = dict(zip(cols, r))
            body = [clean(l) for l in rec['content'].split('\n')]
            lines = [clean(rec['title'])] + [l for l in body if l]
            kinds = ['title', 'lead'] + ['body'] * (len(lines) - 2)
            out.append(dict(paper='vnexpress.net', date=f"2025-05/06 (from the text; copy stamp {rec['postDate']})",
                            title=lines[0], lines=lines, kinds=kinds,
                            origin=[NEWS[0], NEWS[2], NEWS[3], NEWS[1],
                                    f"news id {rec['id']}; category {rec['categoryId']}; author {rec['author']}"]))
    return out

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 13.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='fetched repositories (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles13', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    draw_pages(news_articles(os.path.join(a.mirrors, NEWS[0].replace('/', '+'), 'repo')),
               a.out, SEED, MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES, MAX_PER_ARTICLE)

if __name__ == '__main__':
    main()
