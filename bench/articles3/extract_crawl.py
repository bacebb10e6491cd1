#!/usr/bin/env python3
"""Write chosen articles of leduchuy20/crawl_news as page texts (adapted from articles2).

Sources: crawl_news/rss_feed_articles_backup.csv (commit 4b27caa, same blob as articles2's
42e1fd6 copy; rows not used by articles2) and crawl_news/crawl/24h_html_categories_vi.csv at
commit 78f03d6 (2026-02-08; articles published 2026-02-05..07, after articles2's crawl).
Each page: title line, then the article text as the crawl stores it (one paragraph).
Removed: the leads of related articles appended after five 24h pages (TRIM), and the 24h.com.vn page furniture ("Lưu bài viết thành công ... Tin bài đã lưu",
"Nguồn: [Link nguồn]").
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles2'))
from extract_crawl import write_pages  # the same page writer as articles2's

CHOSEN = [  # (file, row, publisher, slug)
 ('rss', 82, 'vnexpress', 'luong-thuong-truoc-tet'),
 ('rss', 103, 'vnexpress', 'duong-sat-toc-do-cao'),
 ('rss', 122, 'vnexpress', 'cam-duong-quang-truong-31-1'),
 ('rss', 157, 'vnexpress', 'ba-lan-luoi-chong-drone'),
 ('rss', 229, 'vnexpress', 'sacombank-bao-lo'),
 ('rss', 74, 'vnexpress', 'an-cac-loai-hat'),
 ('rss', 409, 'dantri', 'thu-tuc-thue-31-diem'),
 ('rss', 413, 'dantri', 'siet-quang-cao-online'),
 ('rss', 478, 'dantri', 'xang-e5-e10'),
 ('rss', 382, 'dantri', 'trung-quoc-9-5-ty-chuyen-di'),
 ('rss', 368, 'dantri', 'tuyet-moscow-203-nam'),
 ('24h', 549, '24h', '30-bao-vat-quoc-gia'),
 ('24h', 551, '24h', 'dung-nghi-dinh-46'),
 ('24h', 568, '24h', 'vivo-smartphone-choi-game'),
 ('24h', 757, '24h', 'le-chuc-an-golf'),
 ('24h', 751, '24h', 'cau-long-bien'),
 ('24h', 436, '24h', 'vff-futsal-world-cup'),
 # added after the first 321 candidates were read (their candidates are appended, see README)
 ('24h', 855, '24h', 'ham-chong-ngap-san-truong'),
 ('rss', 201, 'vnexpress', 'ai-chua-tham-nhap-san-xuat'),
 ('rss', 162, 'vnexpress', 'chi-phi-kham-chua-benh-my'),
 ('24h', 548, '24h', 'bao-penha-bien-dong'),
 ('rss', 334, 'dantri', 'vu-khi-mien-nhiem-tac-chien-dien-tu'),
 ('rss', 472, 'dantri', 'tpbank-lai-9200-ty'),
]
# Leads of related articles that the crawler appended after the 24h article (cut from here).
TRIM = {
 '30-bao-vat-quoc-gia': ['140 năm qua, người dân xã Phú Gia'],
 'cau-long-bien': ['Từ sáng 3/11, cầu Long Biên tạm dừng'],
 'dung-nghi-dinh-46': ['Thủ tướng giao Bộ Tài chính chỉ đạo Cục Hải quan'],
 'le-chuc-an-golf': ['(Tin thể thao, tin hậu trường)'],
 'vff-futsal-world-cup': ['(Lượt trận thứ 2 bảng B)'],
 'ham-chong-ngap-san-truong': ['Sở Xây dựng Hà Nội chuẩn bị xây dựng 2 bể ngầm'],
}
used = {l.split('\t')[1] for l in open('/work/data/articles2/work/origins-crawl.tsv', encoding='utf-8')}
write_pages('articles3', CHOSEN, TRIM, used)
