#!/usr/bin/env python3
"""Split page texts into sentences and keep those that give a reader work.
(Copied unchanged from articles3 select3.py (rule and splitter identical).)

Kept: every sentence holding a digit, a symbol other than ordinary punctuation, a word with a
capital letter after its first letter (acronyms, all-caps, "iQOO", "TPBank"; a proper noun
written the normal Vietnamese way does not count), or a Latin-script word that is not a
Vietnamese syllable (FOREIGN adds the foreign words that happen to look like syllables).
Output: publisher<TAB>sentence<TAB>file, in page order (pages sorted by name).
"""
import os, re, sys, unicodedata

ORDINARY = set(' .,;:!?…"\'“”‘’()[]-–—')
ONSET = r'(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?'
VOWELS = 'aăâeêioôơuưy'
CODA = r'(?:ng|nh|ch|c|m|n|p|t)?'
SYL = re.compile('^' + ONSET + '[' + VOWELS + ']{1,3}' + CODA + '$')
TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}

def base(w):
    d = unicodedata.normalize('NFD', w.lower())
    return unicodedata.normalize('NFC', ''.join(c for c in d if c not in TONES))

def is_syllable(w):
    return bool(SYL.match(base(w)))

ABBR_END = re.compile(r'(?:\b(?:TP|Q|P|H|X|TX|TT|KP|St|Mr|Mrs|Dr|Th\.S|TS|ThS|PGS|GS|BS|Ths|v\.v)\.)$')

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?…]+["”’)]?\s+(?=["“‘(]?[A-ZĐÀ-Ỹ0-9])', line):
            chunk = line[start:m.end()].strip()
            if ABBR_END.search(line[start:m.start() + 1]):
                continue
            out.append(chunk)
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out

FOREIGN = {'pop', 'up'}  # pop-up

def keep(s):
    if re.search(r'\d', s):
        return True
    if any(not (c.isalpha() or c in ORDINARY) for c in s):
        return True
    words = re.findall(r'[^\W\d_]+', s)
    if any(any(c.isupper() for c in w[1:]) for w in words):
        return True
    if any(w.lower() in FOREIGN for w in words):
        return True
    return any(not is_syllable(w) for w in words)

def main(d):
    seen = set()
    for name in sorted(os.listdir(d)):
        pub = name.split('-')[0]
        text = unicodedata.normalize('NFC', open(os.path.join(d, name), encoding='utf-8').read())
        for s in sentences(text):
            s = re.sub(r'\s+', ' ', s)
            if len(s.split()) < 3 or s in seen:
                continue
            if keep(s):
                seen.add(s)
                print(f'{pub}\t{s}\t{name}')

main(sys.argv[1])
