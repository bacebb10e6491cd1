# A small news site for the edition tests, served by the local HTTP server on 127.0.0.1: three
# short articles, a feed whose entries are an article, a missing page (404), a page that is not
# an article, and two more articles; and a home page that lists articles and advertises no feed.
# Source after lib.sh; call start_site, then use $SITE (http://127.0.0.1:PORT).
: "${HTTP_TEST_SERVER:?set by ctest}"

article_page() { # FILE TITLE SENTENCE
    cat >"$1" <<HTML
<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>$2 - Báo Thử</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/the-thao.html">Thể thao</a></nav>
<article><h1>$2</h1>
<p class="sapo">$3 Bài viết ngắn này dùng để thử cách docbao đọc nhiều bài liền nhau.</p>
<p>Đây là đoạn thân bài, đủ dài để trang được nhận là một bài báo thật sự có nội dung. Các
phóng viên của báo đã ghi lại sự việc và trò chuyện với người dân ở địa phương.</p>
</article><footer>Báo Thử, giấy phép số 1</footer></body></html>
HTML
}

start_site() {
    local root="$TMP/site"
    mkdir -p "$root"
    "$HTTP_TEST_SERVER" --root "$root" --lifetime 600 >"$TMP/port" &
    SERVER_PID=$!
    for _ in $(seq 1 50); do
        [ -s "$TMP/port" ] && break
        sleep 0.1
    done
    SITE="http://127.0.0.1:$(head -1 "$TMP/port")"
    article_page "$root/mot.html" "Mưa lớn ở miền núi phía Bắc" "Mưa lớn kéo dài ba ngày."
    article_page "$root/hai.html" "Giá lúa tăng mạnh trong tuần" "Giá lúa tăng hai lần."
    article_page "$root/ba.html" "Thư viện mở cửa buổi tối" "Thư viện tỉnh mở thêm giờ."
    article_page "$root/bon.html" "Đường mới nối hai huyện" "Con đường dài mười cây số."
    cat >"$root/trang-chu.html" <<HTML
<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ Báo Thử</title></head>
<body><ul>
$(for i in $(seq 1 12); do echo "<li><a href=\"/tin-$i.html\">Tin số $i trong danh sách các bài mới nhất</a></li>"; done)
<li><a href="/ba.html">Thư viện mở cửa buổi tối cho bạn đọc</a></li>
</ul></body></html>
HTML
    cat >"$root/khong-phai-bai.html" <<HTML
<!DOCTYPE html><html><head><title>Liên hệ</title></head><body><p>Gọi 1900.</p></body></html>
HTML
    cat >"$root/tin.rss" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin mới</title><link>$SITE/</link>
<item><title>Mưa lớn ở miền núi phía Bắc</title><link>$SITE/mot.html</link>
  <pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate></item>
<item><title>Bài đã bị gỡ</title><link>$SITE/da-go.html</link></item>
<item><title>Trang liên hệ</title><link>$SITE/khong-phai-bai.html</link></item>
<item><title>Giá lúa tăng mạnh trong tuần</title><link>$SITE/hai.html</link></item>
<item><title>Đường mới nối hai huyện</title><link>$SITE/bon.html</link></item>
</channel></rss>
XML
}
