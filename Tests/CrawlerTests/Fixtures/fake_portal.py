#!/usr/bin/env python3
"""A fake provincial portal for the crawler tests, built from corpus/ pages.

Usage: fake_portal.py CORPUS_DIR   (binds 127.0.0.1 on a free port, prints "PORT <n>")

Clean portal (everything succeeds, every page has validators):
  /tin-tuc, /tin-tuc?page=2, /tin-tuc?page=3   listing with pagination (numbers, "Trang sau", rel=next)
  /rss.xml        RSS 2.0 feed (Last-Modified only)
  /sitemap-index.xml  sitemap index naming /sitemap.xml
  /sitemap.xml    sitemap (ETag only)
  /bai-viet/*.html articles from corpus/html and corpus/real-html (ETag and Last-Modified)
  /bai-viet/long-xuyen.html  the windows-1258 page, served with charset=windows-1258
  /bai-viet/cu.html          301 to /bai-viet/moi.html on the same host
  /bai-viet/chap-chon.html   500 on its first request, then 200
  /private/bi-mat.html       disallowed by robots.txt (linked from the listing)
Faulty portal (/loi/tin-tuc lists them):
  /loi/cham.html  answers after SLOW seconds     /loi/khong-co.html  404
  /loi/chuyen.html  302 to http://localhost:PORT/ (another host)
  /loi/lon.html  page over 2 MB with Content-Length   /loi/lon-luong.html  same, streamed, no length
  /loi/hong.html  503 every time      /loi/tot.html  a good article
  /loi/bom.html  4 MB of gzip in 4 KB   /loi/vong.html  redirects to itself forever
Documents portal (/tai-lieu lists them): /bai-viet/lam-theo.html (an article), /tai-lieu/mat.html (404),
  /private/tai-lieu.html (disallowed by robots.txt), /tai-lieu/bao-cao.pdf (a PDF, application/pdf)
Nights portal (/dem/tin-tuc lists what it holds tonight; pages change between nights):
  /dem/*.html     articles of DEM (path -> corpus file); POST /__dem?add=P&file=F adds one, POST /__dem?delete=P
                  deletes one (then 404, and the listing no longer links it); /__touch edits one
  /dem/bao-cao.pdf and /dem/ke-hoach.docx  linked documents (the PDF is served, the .docx is never asked for)
  /dem/tin-nhanh.html is linked with credentials (http://bientap:matkhau@HOST/dem/tin-nhanh.html)
Troublesome pages (/kho/tin-tuc lists them):
  /kho/nho-giot.html  headers at once, then the body one byte every 0.2 s for a minute
  /kho/999.html  answers HTTP 999         /kho/dau-to.html  a 100 KB response header (header overflow)
Control (not logged): GET /__log (JSON list), POST /__touch?path=P (new version of P), POST /__reset,
  POST /__robots?status=N (robots.txt answers N: 503 closes the site, 404 opens it),
  POST /__robots?big=1 (robots.txt of 1.5 MB: "Disallow: /private/" first, then comment lines)
"""
import email.utils
import gzip
import hashlib
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "corpus"
SLOW = float(os.environ.get("FAKE_PORTAL_SLOW", "3"))
BASE_TIME = 1_700_000_000  # fixed Last-Modified base, so runs agree

ARTICLES = {
    "/bai-viet/long-xuyen.html": ("html/000_f280e3f9c1c8211f.html", "windows-1258"),
    "/bai-viet/hoc-tap.html": ("html/001_811e4f6b770f6b67.html", "utf-8"),
    "/bai-viet/lam-theo.html": ("html/002_31eddc2270e1bae0.html", "utf-8"),
    "/bai-viet/vnexpress.html": ("real-html/vnexpress-1.html", "utf-8"),
    "/bai-viet/dantri.html": ("real-html/dantri-1.html", "utf-8"),
    "/bai-viet/thanhnien.html": ("real-html/thanhnien-1.html", "utf-8"),
    "/bai-viet/nld.html": ("real-html/nld-1.html", "utf-8"),
    "/bai-viet/moi.html": ("real-html/vnexpress-2.html", "utf-8"),
    "/bai-viet/chap-chon.html": ("real-html/dantri-2.html", "utf-8"),
    "/loi/tot.html": ("real-html/soha-1.html", "utf-8"),
}

LOCK = threading.Lock()
LOG = []
VERSIONS = {}      # path -> version number (touch bumps it)
HITS = {}          # path -> requests seen
ROBOTS_STATUS = [200]  # what /robots.txt answers (POST /__robots?status=N)
ROBOTS_BIG = [False]
DEM = {
    "/dem/hoc-tap.html": "html/001_811e4f6b770f6b67.html",
    "/dem/lam-theo.html": "html/002_31eddc2270e1bae0.html",
    "/dem/tin-nhanh.html": "real-html/vnexpress-3.html",
}
DEM_DELETED = set()


def listing(page):
    pages = {
        1: ["/bai-viet/hoc-tap.html", "/bai-viet/long-xuyen.html", "/bai-viet/cu.html", "/private/bi-mat.html",
            "/bai-viet/chap-chon.html"],
        2: ["/bai-viet/lam-theo.html", "/bai-viet/vnexpress.html"],
        3: ["/bai-viet/dantri.html"],
    }[page]
    links = "\n".join(f'<li><a href="{p}">Bài viết {p}</a></li>' for p in pages)
    numbers = " ".join(f'<a href="/tin-tuc?page={n}">{n}</a>' for n in (1, 2, 3) if n != page)
    nxt = f'<a href="/tin-tuc?page={page + 1}" rel="next">Trang sau »</a>' if page < 3 else ""
    head_next = f'<link rel="next" href="?page={page + 1}">' if page < 3 else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - trang {page}</title>
{head_next}</head><body><nav><a href="/">Trang chủ</a> <a href="https://example.com/ngoai">Liên kết ngoài</a>
<a href="mailto:banbientap@example.vn">Liên hệ</a> <a href="javascript:void(0)">In</a>
<a href="http://10.1.2.3/noi-bo.html">Nội bộ</a></nav>
<ul class="list-news">{links}</ul><div class="pagination">{numbers} {nxt}</div></body></html>"""


def faulty_listing(port):
    paths = ["/loi/cham.html", "/loi/khong-co.html", "/loi/chuyen.html", "/loi/lon.html", "/loi/lon-luong.html",
             "/loi/hong.html", "/loi/tot.html", "/loi/bom.html", "/loi/vong.html",
             f"http://localhost:{port}/bai-viet/thanhnien.html"]
    links = "\n".join(f'<li><a href="{p}">Bài {p}</a></li>' for p in paths)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lỗi</title></head><body><ul>{links}</ul></body></html>'


def documents_listing():
    paths = ["/bai-viet/lam-theo.html", "/tai-lieu/mat.html", "/private/tai-lieu.html", "/tai-lieu/bao-cao.pdf"]
    links = "\n".join(f'<li><a href="{p}">Tài liệu {p}</a></li>' for p in paths)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tài liệu</title></head><body><ul>{links}</ul></body></html>'


# A one-page PDF made by hand: enough for a reader to recognise it by its magic bytes.
PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def nights_listing(host):
    # /dem/tin-nhanh.html is linked with credentials in its URL.
    links = [f'<li><a href="{"http://bientap:matkhau@" + host if p == "/dem/tin-nhanh.html" else ""}{p}">Bài {p}</a></li>'
             for p in sorted(DEM)]
    links.append('<li><a href="/dem/bao-cao.pdf">Báo cáo (PDF)</a></li>')
    links.append('<li><a href="/dem/ke-hoach.docx">Kế hoạch (Word)</a></li>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin trong đêm</title></head><body><ul>'
            + "\n".join(links) + "</ul></body></html>")


def big_listing():
    # About 0.85 MB (under the tests' max_page_size): 10,000 links, more than libxml2 parses in 1 ms.
    links = "".join(f'<li><a href="/to/bai-{n}.html">Bài số {n} của danh sách rất dài</a></li>' for n in range(10000))
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>To</title></head><body><ul>{links}</ul></body></html>'


def trouble_listing():
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in ["/kho/nho-giot.html", "/kho/999.html", "/kho/dau-to.html"])
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kho</title></head><body><ul>{links}</ul></body></html>'


def rss(host):
    items = "".join(f"<item><title>Bài {p}</title><link>http://{host}{p}</link></item>"
                    for p in ["/bai-viet/thanhnien.html", "/bai-viet/hoc-tap.html"])
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>{items}</channel></rss>'


def sitemap(host):
    urls = "".join(f"<url><loc>http://{host}{p}</loc><lastmod>2024-01-0{i + 1}</lastmod></url>"
                   for i, p in enumerate(["/bai-viet/nld.html", "/bai-viet/lam-theo.html"]))
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


def page_bytes(path, body):
    """Body of a page at its current version: a touch appends a paragraph."""
    version = VERSIONS.get(path, 0)
    if version:
        marker = f"<p>Cập nhật lần {version}: bài viết đã được biên tập lại.</p>".encode("utf-8")
        index = body.rfind(b"</body>")
        body = body[:index] + marker + body[index:] if index >= 0 else body + marker
    return body


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def record(self, status, encoding=None):
        entry = {
            "method": self.command, "path": self.path, "status": status, "host": self.headers.get("Host"),
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
            "user_agent": self.headers.get("User-Agent"),
            "accept_encoding": self.headers.get("Accept-Encoding"),
            "content_encoding": encoding,
            "start": self.started, "end": getattr(self, "answered", time.monotonic()),
        }
        with LOCK:
            LOG.append(entry)

    def send_response(self, code, message=None):
        self.answered = time.monotonic()
        super().send_response(code, message)

    def send_simple(self, status, body=b"", headers=None, log=True):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        if log:
            self.record(status)

    def send_page(self, path, body, content_type, etag=True, last_modified=True):
        body = page_bytes(path, body)
        version = VERSIONS.get(path, 0)
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(BASE_TIME + version * 86400, usegmt=True)
        headers = {"Content-Type": content_type}
        if etag:
            headers["ETag"] = tag
        if last_modified:
            headers["Last-Modified"] = modified
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        fresh = False
        if inm is not None and etag:
            fresh = tag in [t.strip() for t in inm.split(",")]
        elif ims is not None and last_modified:
            try:
                fresh = email.utils.parsedate_to_datetime(ims).timestamp() >= BASE_TIME + version * 86400
            except (TypeError, ValueError):
                fresh = False
        if fresh:
            self.send_response(304)
            for name in ("ETag", "Last-Modified"):
                if name in headers:
                    self.send_header(name, headers[name])
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.record(304)
            return
        encoding = None
        if "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
            encoding = "gzip"
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.record(200, encoding)

    def do_POST(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        with LOCK:
            if url.path == "/__touch":
                for path in query.get("path", []):
                    VERSIONS[path] = VERSIONS.get(path, 0) + 1
            elif url.path == "/__robots":
                ROBOTS_STATUS[0] = int(query.get("status", ["200"])[0])
                ROBOTS_BIG[0] = query.get("big", ["0"])[0] == "1"
            elif url.path == "/__dem":
                for path in query.get("add", []):
                    DEM[path] = query.get("file", ["real-html/vnexpress-4.html"])[0]
                    DEM_DELETED.discard(path)
                for path in query.get("delete", []):
                    DEM.pop(path, None)
                    DEM_DELETED.add(path)
            elif url.path == "/__reset":
                LOG.clear()
        self.send_simple(200, b"ok", log=False)

    def do_GET(self):
        self.started = time.monotonic()
        url = urlsplit(self.path)
        path = url.path
        host = self.headers.get("Host", "127.0.0.1")
        port = self.server.server_address[1]
        with LOCK:
            HITS[path] = HITS.get(path, 0) + 1
            hits = HITS[path]
        if path == "/__log":
            with LOCK:
                body = json.dumps(LOG).encode()
            return self.send_simple(200, body, {"Content-Type": "application/json"}, log=False)
        if path == "/robots.txt" and ROBOTS_STATUS[0] != 200:
            return self.send_simple(ROBOTS_STATUS[0], b"robots unavailable", {"Content-Type": "text/plain"})
        if path == "/robots.txt" and ROBOTS_BIG[0]:
            filler = b"".join(b"# %06d filler line of a robots.txt far over the size limit\n" % i for i in range(24000))
            body = b"User-agent: *\nDisallow: /private/\n" + filler + b"User-agent: *\nDisallow: /bai-viet/\n"
            return self.send_simple(200, body, {"Content-Type": "text/plain"})
        if path == "/robots.txt":
            body = (f"User-agent: *\nDisallow: /private/\nCrawl-delay: 0\n\nUser-agent: BadBot\nDisallow: /\n"
                    f"Sitemap: http://{host}/sitemap.xml\n").encode()
            return self.send_simple(200, body, {"Content-Type": "text/plain"})
        if path == "/tin-tuc":
            page = int(parse_qs(url.query).get("page", ["1"])[0])
            if page not in (1, 2, 3):
                return self.send_simple(404, b"not found")
            return self.send_page(self.path, listing(page).encode(), "text/html; charset=utf-8")
        if path == "/rss.xml":
            return self.send_page(path, rss(host).encode(), "application/rss+xml", etag=False)
        if path == "/sitemap-index.xml":
            body = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f'<sitemap><loc>http://{host}/sitemap.xml</loc></sitemap></sitemapindex>')
            return self.send_page(path, body.encode(), "application/xml")
        if path == "/sitemap.xml":
            return self.send_page(path, sitemap(host).encode(), "application/xml", last_modified=False)
        if path == "/bai-viet/cu.html":
            return self.send_simple(301, b"", {"Location": "/bai-viet/moi.html"})
        if path == "/bai-viet/chap-chon.html" and hits == 1:
            return self.send_simple(500, b"temporary failure")
        if path in ARTICLES:
            name, charset = ARTICLES[path]
            with open(os.path.join(CORPUS, name), "rb") as handle:
                body = handle.read()
            return self.send_page(path, body, f"text/html; charset={charset}")
        if path.startswith("/private/"):
            return self.send_page(path, b"<html><body><p>secret</p></body></html>", "text/html")
        if path == "/dem/tin-tuc":
            return self.send_page(path, nights_listing(host).encode(), "text/html; charset=utf-8")
        if path in DEM:
            with open(os.path.join(CORPUS, DEM[path]), "rb") as handle:
                body = handle.read()
            return self.send_page(path, body, "text/html; charset=utf-8")
        if path == "/dem/bao-cao.pdf":
            return self.send_page(path, PDF_BYTES, "application/pdf")
        if path == "/to/tin-tuc":
            return self.send_page(path, big_listing().encode(), "text/html; charset=utf-8")
        if path == "/kho/tin-tuc":
            return self.send_page(path, trouble_listing().encode(), "text/html; charset=utf-8")
        if path == "/kho/nho-giot.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "300")
            self.end_headers()
            self.record(200)
            try:
                for _ in range(300):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if path == "/kho/999.html":
            return self.send_simple(999, b"request denied")
        if path == "/kho/dau-to.html":
            return self.send_simple(200, b"<html></html>", {"Content-Type": "text/html", "X-Filler": "a" * (100 << 10)})
        if path == "/loi/tin-tuc":
            return self.send_page(path, faulty_listing(port).encode(), "text/html; charset=utf-8")
        if path == "/tai-lieu":
            return self.send_page(path, documents_listing().encode(), "text/html; charset=utf-8")
        if path == "/tai-lieu/bao-cao.pdf":
            return self.send_page(path, PDF_BYTES, "application/pdf")
        if path == "/loi/cham.html":
            time.sleep(SLOW)
            return self.send_simple(200, b"<html><body><p>late</p></body></html>", {"Content-Type": "text/html"})
        if path == "/loi/chuyen.html":
            return self.send_simple(302, b"", {"Location": f"http://localhost:{port}/bai-viet/hoc-tap.html"})
        if path == "/loi/lon.html":
            return self.send_simple(200, b"<html><body><p>" + b"x" * (2 << 20) + b"</p></body></html>",
                                    {"Content-Type": "text/html"})
        if path == "/loi/lon-luong.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(b"<html><body><p>")
                for _ in range(64):
                    self.wfile.write(b"y" * 65536)
                self.wfile.write(b"</p></body></html>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return self.record(200)
        if path == "/loi/bom.html":
            body = gzip.compress(b"<html><body><p>" + b"z" * (4 << 20) + b"</p></body></html>")
            return self.send_simple(200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        if path == "/loi/vong.html":
            return self.send_simple(302, b"", {"Location": "/loi/vong.html?lan=" + str(hits)})
        if path == "/loi/hong.html":
            return self.send_simple(503, b"down")
        return self.send_simple(404, b"not found")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that hangs up (a timeout, a page over the size limit) is expected here.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
