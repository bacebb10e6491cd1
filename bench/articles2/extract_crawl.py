#!/usr/bin/env python3
"""Write chosen articles of leduchuy20/crawl_news (commit 42e1fd6) as page texts.

Each page: title line, then the article text as the crawl stores it (one paragraph: the
crawler flattened the page). Removed: the 24h.com.vn page furniture the crawler kept
("Lưu bài viết thành công ... Tin bài đã lưu" before the text, "Nguồn: [Link nguồn]" after).
"""
import csv, re, sys, unicodedata
from urllib.parse import urlparse
csv.field_size_limit(10**9)
W = '/work/data/articles2/work/'
CHOSEN = [  # (file, row, publisher, slug)
 ('rss', 25, 'vnexpress', 'cuba-tu-chu-luong-thuc'),
 ('rss', 29, 'vnexpress', '217-can-bo-ung-cu-dbqh'),
 ('rss', 42, 'vnexpress', 'gia-vang-bac'),
 ('rss', 50, 'vnexpress', 'ho-kinh-doanh-tai-khoan'),
 ('rss', 54, 'vnexpress', 'alcaraz-djokovic'),
 ('rss', 34, 'vnexpress', 'ba-loai-ung-thu'),
 ('rss', 80, 'vnexpress', 'chong-ngap-10000-ty'),
 ('rss', 68, 'vnexpress', 'them-3-ty-phu-usd'),
 ('rss', 299, 'dantri', 'tu-hinh-lua-dao-4-2-ty-usd'),
 ('rss', 309, 'dantri', 'starlink-himars-patriot'),
 ('rss', 318, 'dantri', 'nasa-artemis'),
 ('rss', 340, 'dantri', 'trump-18000-ty-usd'),
 ('rss', 310, 'dantri', 'pakistan-145-tay-sung'),
 ('rss', 343, 'dantri', 'lien-hop-quoc-tien-mat'),
 ('rss', 304, 'dantri', 'trieu-tien-nha-kinh'),
 ('24h', 0, '24h', 'xang-gia-tphcm'),
 ('24h', 8, '24h', 'futsal-giustozzi'),
 ('24h', 19, '24h', 'an-phat-23-bi-cao'),
 ('24h', 34, '24h', 'lai-suat-tiet-kiem-2-2026'),
 ('24h', 15, '24h', 'man-city-newcastle'),
 ('24h', 44, '24h', 'ca-khung-son-tra'),
 ('24h', 7, '24h', 'tram-xang-cao-toc'),
 ('24h', 32, '24h', 'cong-ty-dien-lai-3700-ti'),
]
FILES = {'rss': 'rss_feed_articles_backup.csv', '24h': '24h_html_categories_vi.csv'}
rows = {k: list(csv.DictReader(open(W + f, encoding='utf-8'))) for k, f in FILES.items()}
orig = open('/work/data/articles2/work/origins-crawl.tsv', 'w', encoding='utf-8')
for src, i, pub, slug in CHOSEN:
    x = rows[src][i]
    t = x['content.text']
    t = re.sub(r'^Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu\s*', '', t)
    t = re.sub(r'(\s*Nguồn: \[Link nguồn\])+\s*$', '', t)
    text = unicodedata.normalize('NFC', x['title'].strip() + '\n' + t.strip() + '\n')
    name = f'{pub}-{slug}.txt'
    open(f'/work/data/articles2/pages/{name}', 'w', encoding='utf-8').write(text)
    orig.write(f"{name}\t{x['url']}\t{x['published_at']}\t{FILES[src]}\t{i}\n")
    print(name, len(text))
