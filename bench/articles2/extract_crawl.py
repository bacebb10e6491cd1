#!/usr/bin/env python3
"""Write chosen articles of leduchuy20/crawl_news (commit 42e1fd6) as page texts.

Each page: title line, then the article text as the crawl stores it (one paragraph: the
crawler flattened the page). Removed: the 24h.com.vn page furniture the crawler kept
("Lưu bài viết thành công ... Tin bài đã lưu" before the text, "Nguồn: [Link nguồn]" after),
and what the crawler appended after six 24h articles (TRIM).
"""
import csv, re, unicodedata
csv.field_size_limit(10**9)
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


def write_pages(set_name, chosen, trim=None, used=frozenset()):
    """Writes /work/data/SET/pages/PUBLISHER-SLUG.txt for each (file, row, publisher, slug) of
    chosen, from the crawl's CSV files in /work/data/SET/work/, and origins-crawl.tsv there.
    trim: for a slug, the start of text the crawler appended after the article (cut there);
    used: article URLs another set took already (none may be chosen again)."""
    w = f'/work/data/{set_name}/work/'
    rows = {k: list(csv.DictReader(open(w + f, encoding='utf-8'))) for k, f in FILES.items()}
    orig = open(w + 'origins-crawl.tsv', 'w', encoding='utf-8')
    for src, i, pub, slug in chosen:
        x = rows[src][i]
        assert x['url'] not in used, x['url']
        t = x['content.text']
        t = re.sub(r'^Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu\s*', '', t)
        t = re.sub(r'(\s*Nguồn: \[Link nguồn\])+\s*$', '', t)
        for mark in (trim or {}).get(slug, []):
            k = t.find(mark)
            assert k > 0, (slug, mark)
            t = t[:k]
        text = unicodedata.normalize('NFC', x['title'].strip() + '\n' + t.strip() + '\n')
        name = f'{pub}-{slug}.txt'
        open(f'/work/data/{set_name}/pages/{name}', 'w', encoding='utf-8').write(text)
        orig.write(f"{name}\t{x['url']}\t{x['published_at']}\t{FILES[src]}\t{i}\n")
        print(name, len(text), x['title'][:60])
    orig.close()


# The lead of a related article or a promotion the crawler appended after six 24h articles
# (cut from here; until session 19 these were cut by hand after this script had run).
TRIM = {
 'xang-gia-tphcm': ['Do thời tiết xấu kéo dài, tàu vận tải'],
 'an-phat-23-bi-cao': ['Thứ trưởng Bộ Công an Phạm Thế Tùng yêu cầu'],
 'lai-suat-tiet-kiem-2-2026': ['Từ 1/3, tài khoản ngân hàng của hộ kinh doanh'],
 'man-city-newcastle': ['Liverpool - Man City 08.02 Dự đoán tỷ số'],
 'ca-khung-son-tra': ['Con cá khổng lồ dài gần 3m, nặng 453kg'],
 'cong-ty-dien-lai-3700-ti': ['Bộ Công Thương cho biết, sau quá trình thử'],
}

if __name__ == '__main__':
    write_pages('articles2', CHOSEN, TRIM)
