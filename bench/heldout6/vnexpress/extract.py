# Collect every article (title, summary, source, link, published) that ever appeared in the
# daily data files of mnngoisaoxanh/tintuchangngay, across the whole git history.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import extract  # noqa: E402  heldout5's extraction
extract('/tmp/h6v')
