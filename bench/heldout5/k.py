import json,sys,hashlib
sents=json.load(open('/tmp/h5/sents.json'))
for q in sys.argv[1:]:
    m=[s for i,s in sents if q in s]
    for s in m[:3]: print(hashlib.sha1(s.encode()).hexdigest()[:8],'|',s)
    if not m: print('NONE',q)
