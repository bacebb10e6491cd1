#!/usr/bin/env python3
"""Write the article texts of real articles 12 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from three public repositories, none used by an earlier set (claimed for articles12).

1. cavoibien9888/Project-FE (a student news site, July 2024):
   news-web/src/components/data/NewContent.ts, blob 712e8ed20318ecc957946395329d51b3d7004981 (read
   at commit 0bcca3c; its last version before the file was removed; the two earlier versions,
   7c30ec14 and 4fd7621c, hold the same six articles with other date stamps). Six articles of
   Báo Tin tức (baotintuc.vn, TTXVN) of 6 July 2024, each {id, title, author, publishDate,
   thumbnail, category, paragraphs: [{text, image: {capture, link}}]}. The array is evaluated with
   node (imports, the type annotation and the `Category.` prefix removed). Page: title, then every
   paragraph entry's fields in the order the copy gives them (`text`, and `image.capture`, the
   photo caption with its credit). Kinds: title; lead = the first paragraph (baotintuc's sapo);
   body; caption (an image.capture). The `thumbnail` field is a picture address (once a photo
   credit alone) and not part of the text. Date: the copy's publishDate stamp.
2. Kiet089/demo (a student news site, PHP/MySQL, November 2024): news.sql, blob
   8d672c8b99414d85448f72d71ac7cbd0806378d1 (at head d6525643c2b929c5e06447e712bb9cfee1a2ae44;
   the earlier blobs b2127891 and f124dcc6 hold the same articles or fewer), a phpMyAdmin dump
   whose `items` rows (id, title, excerpt, content, image, category, featured, views,
   created_at, updated_at, author) copy VnExpress articles. Rows 1 and 2 are 2020 articles (a
   typhoon of November 2020) and are left out: the set takes text of 2024 or later. Rows 6-9
   are of October-November 2024. MySQL string literals: backslash escapes (\\r \\n \\" \\' \\\\).
   Page: title, excerpt (lead), then the content split at blank lines and at <img> tags (the
   copy's pictures have no captions: alt=""), tags removed; a line that is only punctuation left
   by a removed tag is dropped, and punctuation that begins a line after a removed tag (the copy
   once put a sentence's full stop after the picture) is moved back to the line before it.
   Date: created_at (the copy's stamp; the articles are of the day before or the same day).
3. devtino2605/Busify_Project (a student bus-booking site, September 2025): docs/scheamDB/DB.sql,
   blob 6bb74657955673e282b0c021e49b711707ca971c (at commit e69aeb52ec5fa13670c20b124b998e0c4321eb4f,
   unchanged to head 032d319; no other version of any file holds these texts), a phpMyAdmin dump
   whose `blog_posts` rows (id, content, created_at, excerpt, ...) copy two Dân trí articles of
   19 September 2025: title, excerpt = the sapo with its '(Dân trí) - ' prefix (lead), content =
   HTML paragraphs with entities (body; <strong> subheadings are paragraphs of their own). The
   copies are cut short (the second ends at a subheading). Date: created_at.

Draw: every article of 2024 or later (12) is a candidate for the pool; an article with more than
20 candidate sentences (a fifth of the 100 aimed at: the brief allows no story more than a fifth
of the set) is set aside before the draw, by count alone (two baotintuc articles, of 33 and 39,
on Russia and India and on the new British prime minister); the other 10 form the pool;
strata = papers; one random.Random(12) stream shuffles the strata and takes one article per stratum per round (rng.choice among the
stratum's articles not yet taken, sorted by title) until there are at least 10 articles and 100
candidate sentences (articles 9's rule and splitter, select9.candidates) or 14 articles, or the
pool is empty. The writer saw parts of some copies while checking the sources; no article was
chosen, set aside or vetoed for its content.
"""
import argparse, html, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles11'))
from extract11 import clean, draw_pages, git  # noqa: E402  articles 11's text cleaner, article draw, git reader

FE = ('cavoibien9888/Project-FE', '0bcca3c', 'news-web/src/components/data/NewContent.ts',
      '712e8ed20318ecc957946395329d51b3d7004981')
BUSIFY = ('devtino2605/Busify_Project', 'e69aeb52ec5fa13670c20b124b998e0c4321eb4f', 'docs/scheamDB/DB.sql',
          '6bb74657955673e282b0c021e49b711707ca971c')
KIET = ('Kiet089/demo', 'd6525643c2b929c5e06447e712bb9cfee1a2ae44', 'news.sql', '8d672c8b99414d85448f72d71ac7cbd0806378d1')
SEED = 12
MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES = 10, 100, 14
MAX_PER_ARTICLE = MIN_CANDIDATES // 5
MONTHS = {m: i for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], 1)}

# ---- TS (Project-FE)
def fe_articles(gdir):
    ts = git(gdir, 'cat-file', 'blob', FE[3]).decode('utf-8')
    ts = re.sub(r'^import .*$', '', ts, flags=re.M).replace(': NewsContent[]', '')
    ts = re.sub(r'\bCategory\.(\w+)', r"'\1'", ts).replace('export default newContent;', '')
    js = ts + '\nprocess.stdout.write(JSON.stringify(newContent.map(a => ' \
              '({...a, publishDate: String(a.publishDate)}))));\n'
    data = json.loads(subprocess.run(['node', '-e', js], capture_output=True, check=True).stdout)
    raw = re.findall(r"publishDate: new Date\(Date\.parse\('([^']*)'\)\)", ts)
    out = []
    for a, stamp in zip(data, raw):
        lines, kinds = [clean(a['title'])], ['title']
        for k, p in enumerate(a['paragraphs']):
            for key in p:  # the copy's order: text and image in the order written
                if key == 'text':
                    lines.append(clean(p['text']))
                    kinds.append('lead' if k == 0 else 'body')
                elif key == 'image' and p['image'].get('capture'):
                    lines.append(clean(p['image']['capture']))
                    kinds.append('caption')
        keep = [i for i, l in enumerate(lines) if l]
        m = re.match(r'\w+, (\d+) (\w{3})\w* (\d{4})', stamp)
        date = f'{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d} (copy stamp)'
        out.append(dict(paper='baotintuc.vn', date=date, title=lines[0],
                        lines=[lines[i] for i in keep], kinds=[kinds[i] for i in keep],
                        origin=[FE[0], FE[2], FE[3], FE[1], f"id {a['id']}; author {a['author']}"]))
    return out

# ---- MySQL dump (Kiet089/demo)
ESC = {'r': '\r', 'n': '\n', 't': '\t', '0': '\0', '\\': '\\', "'": "'", '"': '"'}

def mysql_rows(text, table):
    """Tuples of the INSERT INTO `table` statement, literals unescaped (strings) or raw."""
    m = re.search(r"INSERT INTO `%s` \(([^)]*)\) VALUES\s*" % table, text)
    cols = [c.strip(' `') for c in m.group(1).split(',')]
    i, rows = m.end(), []
    while text[i] == '(':
        i += 1
        row = []
        while True:
            if text[i] == "'":
                j, buf = i + 1, []
                while text[j] != "'":
                    if text[j] == '\\':
                        buf.append(ESC.get(text[j + 1], text[j + 1]))
                        j += 2
                    else:
                        buf.append(text[j])
                        j += 1
                row.append(''.join(buf))
                i = j + 1
            else:
                v = re.match(r'[^,)]+', text[i:]).group(0)
                row.append(v.strip())
                i += len(v)
            if text[i] == ',':
                i += 1
                while text[i] == ' ':
                    i += 1
                continue
            i += 1  # ')'
            break
        rows.append(dict(zip(cols, row)))
        while i < len(text) and text[i] in ',\r\n ':
            i += 1
    return rows

def kiet_lines(content):
    parts = re.split(r'<img\b[^>]*>|(?:\r?\n[ \t]*){2,}', content)
    lines = []
    for p in parts:
        for l in p.split('\n'):
            l = clean(l)
            lead = re.match(r'^([.,;:]+)\s*', l)
            if lead and lines:
                lines[-1] += lead.group(1)
                l = l[lead.end():]
            if l and re.search(r'\w', l):
                lines.append(l)
    return lines

def kiet_articles(gdir):
    text = git(gdir, 'cat-file', 'blob', KIET[3]).decode('utf-8')
    out = []
    for r in mysql_rows(text, 'items'):
        if not r['created_at'].startswith('2024') or int(r['id']) in (1, 2):
            continue
        lines = [clean(r['title']), clean(r['excerpt'])] + kiet_lines(r['content'])
        kinds = ['title', 'lead'] + ['body'] * (len(lines) - 2)
        out.append(dict(paper='vnexpress.net', date=r['created_at'][:10] + ' (copy stamp)', title=lines[0],
                        lines=lines, kinds=kinds,
                        origin=[KIET[0], KIET[2], KIET[3], KIET[1], f"items id {r['id']}; author {r['author']}"]))
    return out

def busify_articles(gdir):
    text = git(gdir, 'cat-file', 'blob', BUSIFY[3]).decode('utf-8')
    out = []
    for r in mysql_rows(text, 'blog_posts'):
        paras = [clean(html.unescape(p)) for p in re.findall(r'<p\b[^>]*>(.*?)</p>', r['content'], re.S)]
        lines = [clean(r['title']), clean(html.unescape(r['excerpt']))] + [p for p in paras if p]
        kinds = ['title', 'lead'] + ['body'] * (len(lines) - 2)
        out.append(dict(paper='dantri.com.vn', date=r['created_at'][:10] + ' (copy stamp)', title=lines[0],
                        lines=lines, kinds=kinds,
                        origin=[BUSIFY[0], BUSIFY[2], BUSIFY[3], BUSIFY[1], f"blog_posts id {r['id']}; slug {r['slug']}"]))
    return out

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 12.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='fetched repositories (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles12', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    draw_pages(fe_articles(os.path.join(a.mirrors, FE[0].replace('/', '+'), 'repo')) +
               kiet_articles(os.path.join(a.mirrors, KIET[0].replace('/', '+'), 'repo')) +
               busify_articles(os.path.join(a.mirrors, BUSIFY[0].replace('/', '+'), 'repo')),
               a.out, SEED, MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES, MAX_PER_ARTICLE)

if __name__ == '__main__':
    main()
