#!/usr/bin/env python3
"""Write the article pages of articles4 from two public GitHub repositories (git mirrors).

1. SENULT/Search_Engine (commit below): vnexpress.net articles crawled to JSON (title, url, date,
   content, tags). Page = title line + content, as stored.
2. YangKlee/BinhDinhNews (commit below): app/ArticleData/N.txt, articles of Bao Binh Dinh
   (lead "(BĐ) -") and the Binh Dinh provincial portal (lead "(binhdinh.gov.vn) -") copied into a
   student news site. Page = the article's title (column `title` of its row in the repository's
   binhdinhnews.sql, table `article`, same id as N) + the file with its "[img]" placeholder lines
   removed. Date and byline are recorded from the same row.
"""
import re
import json, subprocess, unicodedata, os
OUT = '/work/data/articles4/pages/'
SE = ('/work/.mirror/SENULT+Search_Engine/repo', '96f297dab5bb03160a22c1cfcc9b9162160baa96')
BD = ('/work/.mirror/YangKlee+BinhDinhNews/repo', 'e9895703754c46b07d6bf2dd2382fc67f79326d8')
def show(repo, path):
    return subprocess.run(['git', '-C', repo[0], 'show', repo[1] + ':' + path], capture_output=True, check=True).stdout.decode('utf-8')
VNE = [  # (file, index in the JSON list, page name)
 ('data/raw/vnexpressT_bongda_part1.json', 124, 'vnexpress-dat-cuoc-bong-da-quoc-te'),
 ('data/raw/vnexpressT_bongda_part4.json', 187, 'vnexpress-bridgestone-xay-cau'),
 ('data/raw/vnexpressT_bongda_part4.json', 193, 'vnexpress-thu-hang-internet'),
 ('data/raw/vnexpressT_bongda_part2.json', 155, 'vnexpress-dieu-tri-seo-loi'),
 ('data/raw/vnexpressT_bongda_part4.json', 212, 'vnexpress-ton-kho-bat-dong-san'),
 ('data/raw/vnexpress_bongda_part4.json', 419, 'vnexpress-le-sy-manh-bi-bat'),
 ('data/raw/vnexpress_bongda_part4.json', 149, 'vnexpress-olympic-hoa-quoc-te'),
 ('data/raw/vnexpress_bongda_part1.json', 1, 'vnexpress-tuyen-viet-nam-thang-cahn'),
 ('data/raw/vnexpress_bongda_part1.json', 118, 'vnexpress-bong-chuyen-dang-thi-hong'),
 ('data/raw/vnexpressT_bongda_part4.json', 283, 'vnexpress-xuat-khau-gao'),
]
BDN = [  # (N of app/ArticleData/N.txt, page name)
 (12, 'baobinhdinh-van-canh-kt-xh'), (13, 'baobinhdinh-thu-hut-dau-tu'), (15, 'baobinhdinh-giai-ngan-dau-tu-cong'),
 (31, 'baobinhdinh-giai-viet-da'), (38, 'baobinhdinh-vo-co-truyen'), (43, 'baobinhdinh-chi-dao-chu-tich-ubnd'),
 (49, 'baobinhdinh-chay-pccc'),
 (7, 'binhdinhgov-bi-thu-tinh-uy'), (8, 'binhdinhgov-nghi-huu'), (17, 'binhdinhgov-chu-tich-lam-viec'),
 # reprints credited in the byline to another publisher ("Lê Thúy/NLĐO", "TIẾN TRUNG/NDO", ...)
 (14, 'nld-nhap-khau-dien-lao'), (27, 'tuoitre-phao-hoa-30-4'),
 (44, 'vov-lua-dao-ve-may-bay'), (47, 'sggp-duong-day-rua-tien'),
]
orig = []
cache = {}
for f, i, name in VNE:
    if f not in cache:
        cache[f] = json.loads(show(SE, f))
    a = cache[f][i]
    text = a['title'].strip() + '\n' + a['content'].strip() + '\n'
    open(OUT + name + '.txt', 'w', encoding='utf-8').write(unicodedata.normalize('NFC', text))
    orig.append(f"{name}.txt\tgithub.com/SENULT/Search_Engine@{SE[1][:10]}:{f} [{i}] (from 0)\t{a['url']}\t{a['date']}\t{'/'.join(a['tags'])}")
sql = show(BD, 'binhdinhnews.sql')
ins = sql[sql.index('INSERT INTO `article`'):]
meta = {}
for m in re.finditer(r"^\((\d+), '([^']*)', NULL, '([^']*)', (\d+), '([^']*)',", ins, re.M):
    meta[int(m.group(1))] = (m.group(2), m.group(3), m.group(5))
for n, name in BDN:
    date, byline, title = meta[n]
    t = title + '\n' + show(BD, f'app/ArticleData/{n}.txt')
    lines = [l.rstrip() for l in t.replace('\r', '').split('\n') if l.strip() and l.strip() != '[img]']
    open(OUT + name + '.txt', 'w', encoding='utf-8').write(unicodedata.normalize('NFC', '\n'.join(lines) + '\n'))
    orig.append(f"{name}.txt\tgithub.com/YangKlee/BinhDinhNews@{BD[1][:10]}:app/ArticleData/{n}.txt (title: binhdinhnews.sql article id {n})\t(no address in the source)\t{date} (byline {byline})\t")
open('/work/data/articles4/work/origins-pages.tsv', 'w', encoding='utf-8').write('\n'.join(orig) + '\n')
