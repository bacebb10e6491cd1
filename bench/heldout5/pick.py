# Print a seeded random sample of candidate sentences for each category (regular expressions
# adapted from heldout4's pick.py to the date styles of Tuoi Tre "5-12" and Thanh Nien "8.4").
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldlib import C, sample  # noqa: E402  heldout5's category expressions and sampler
sents = json.load(open('/tmp/h5/sents.json'))
if __name__ == '__main__':
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    sample(sents, sys.argv[1].split(','), C, n)
