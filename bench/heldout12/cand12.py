# Build the candidate pool of held-out 12 (held-out 11's cand11.py, adapted): whole sentences
# (40-200 characters) of the leads and bodies of real news articles in one public repository new
# to the project:
#   vuthanhdatt/baomoi: text files result/<topic>/<title>.txt (topics giai-tri, giao-duc,
#   homepage, the-gioi), each an article page of the aggregator baomoi.com as crawled on
#   2025-09-14 (commit 555e3a0): the first line is the lead (the page's h3 "sapo"), the other
#   lines the body paragraphs (p.text; photo captions and bylines were left out by the crawler).
#   The originating paper (national and provincial papers) is not recorded, except where the
#   paper's own text names it; the title exists only as the (lower-cased) file name and is not used.
# Every version of every data file in the git history is read; a sentence is kept once, with the
# first item (article and kind) it was found in. Sentences already in any .tsv under /work/data
# or /work/shared are dropped (held-out 7's write_pool). Held-out 10's splitter (no sentence end
# after an abbreviation or an initial); a lead is one paragraph, every body line one paragraph.
# Usage: cand12.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout10'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from cand10 import blobs, splitter  # noqa: E402  held-out 10's file listing and sentence splitter
from cand7 import cat, clean, firstcommit, glued, write_pool  # noqa: E402  held-out 7's

REPO = 'vuthanhdatt/baomoi'

def articles(repo, docs):
    first = firstcommit(repo)
    lst = sorted(blobs(repo, r'^result/[^/]+/.*\.txt$'), key=lambda x: x[1])
    paths = {s: p for s, p in lst}
    seen = set()
    for sha, data in cat(repo, [s for s, _ in lst]):
        if sha in seen: continue
        seen.add(sha)
        p = paths[sha]
        lines = clean(data.decode('utf-8', 'replace')).split('\n')
        # the file starts with the lead line (empty when the page has none), then the body paragraphs
        base = dict(repo=REPO, path=p, blob=sha, commit=first.get(sha, '?'),
                    domain='baomoi.com (originating paper not recorded)', url='',
                    date='2025-09 (crawled 2025-09-14)')
        head, body = (lines[0], lines[1:]) if lines else ('', [])
        docs.append(dict(base, kind='lead', text=head.strip()))
        docs.append(dict(base, kind='body', text='\n'.join(body)))

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 12 (docs.json, sents.json).')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--tmp', default='/tmp/h12', help='output folder')
    a = ap.parse_args()
    docs = []   # dict: repo, path, blob, commit, domain (publisher), url, date, kind, text
    articles(os.path.join(a.mirrors, 'vuthanhdatt+baomoi', 'repo'), docs)
    END = re.compile(r'[.!?…"”’\')]$')
    write_pool(docs, 'heldout12', a.tmp, lambda d, para: splitter(para),
               lambda d, s: END.search(s) and not glued(s))

if __name__ == '__main__':
    main()
