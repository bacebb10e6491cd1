"""Print a seeded random sample of held-out 11's candidate sentences for each category: heldout5's
category expressions C and sampler (../heldout5/heldlib.py) on the pool cand11.py writes; the
category "mixed" is the sentences that match three or more of the other categories' expressions.
One category of this set's own, "fraction2", is fractions and counts a/b that are not dates: a/b
after "vòng" or before a counted noun, or a/b whose second number cannot be a month (13-999).
Usage: pick11.py CATS [seed] [n] [--tmp DIR]   (seed 11, n 40 by default; CATS comma-separated)"""
import argparse, json, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout5'))
from heldlib import C, ORDER, sample  # noqa: E402  heldout5's category expressions, order and sampler

# a/b that are not dates (the pool's titles write dates d/m without "ngày")
EXTRA = {'fraction2': r'(\bvòng \d+/\d+\b|\b\d{1,3}/\d{1,3}\b(?!/)(?= (huy chương|HCV|HCB|HCĐ|số|tỉnh|xã|phường|đội|trận|ca|phiếu|thành viên|đại biểu|người|học sinh|bài|câu|môn|chỉ tiêu|dự án|trường|lần|cầu thủ|tổng|giải|nước|quốc gia))|\b\d{1,3}/(1[3-9]|[2-9]\d|\d{3})\b(?![/\d]))'}

def main(number=11, doc=__doc__):
    """Print held-out NUMBER's samples; held-out 12 samples its pool so too."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument('cats', help='categories, comma-separated: ' + ','.join(ORDER + list(EXTRA)))
    ap.add_argument('seed', nargs='?', type=int, default=number)
    ap.add_argument('n', nargs='?', type=int, default=40)
    ap.add_argument('--tmp', default='/tmp/h%d' % number, help="cand%d.py's output folder (sents.json)" % number)
    a = ap.parse_args()
    sents = json.load(open(os.path.join(a.tmp, 'sents.json')))
    random.seed(a.seed)
    sample(sents, a.cats.split(','), dict(C, **EXTRA), a.n, mix=[c for c in ORDER if c in C])

if __name__ == '__main__':
    main()
