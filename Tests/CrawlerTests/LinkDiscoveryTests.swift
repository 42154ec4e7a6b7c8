import Foundation
import Markup
import Testing
import VietnameseText
@testable import Crawler

@Suite struct LinkDiscoveryTests {
    let base = URL(string: "https://tuyengiao.example.vn/tin-tuc/")!

    func links(_ text: String, type: String? = nil) throws -> DiscoveredPage {
        try LinkDiscovery.links(in: Array(text.utf8), from: base, contentType: type)
    }

    /// The page time budget holds during link discovery: libxml2 is fed the page in pieces
    /// and stops once the deadline has passed, for HTML listings and for feeds alike.
    @Test func aPassedDeadlineStopsTheParse() throws {
        let passed = Deadline(instant: .now - .seconds(1))
        let listing = Array("<html><body><a href='/a.html'>A</a></body></html>".utf8)
        #expect(throws: MarkupError.outOfTime) {
            try LinkDiscovery.links(in: listing, from: base, contentType: "text/html", deadline: passed)
        }
        let feed = Array(#"<?xml version="1.0"?><rss><channel><item><link>/a.html</link></item></channel></rss>"#.utf8)
        #expect(throws: MarkupError.outOfTime) {
            try LinkDiscovery.links(in: feed, from: base, contentType: "application/rss+xml", deadline: passed)
        }
        #expect(try LinkDiscovery.links(in: listing, from: base, contentType: "text/html", deadline: Deadline(after: .seconds(60)))
                .links.map(\.url.absoluteString) == ["https://tuyengiao.example.vn/a.html"])
        #expect(try LinkDiscovery.links(in: feed, from: base, contentType: "application/rss+xml", deadline: Deadline(after: .seconds(60)))
                .kind == .rss)
    }

    @Test func rssItemsGiveTheirLinks() throws {
        let page = try links("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Tin</title><link>https://tuyengiao.example.vn/</link>
            <item><title>A</title><link>https://tuyengiao.example.vn/a.html</link></item>
            <item><title>B</title><guid>https://tuyengiao.example.vn/b.html</guid></item>
            <item><title>C</title><link>/c.html</link></item>
            </channel></rss>
            """, type: "application/rss+xml")
        #expect(page.kind == .rss)
        #expect(page.links.map(\.url.absoluteString) == [
            "https://tuyengiao.example.vn/a.html", "https://tuyengiao.example.vn/b.html", "https://tuyengiao.example.vn/c.html",
        ])
    }

    @Test func atomEntriesGiveTheirAlternateLinks() throws {
        let page = try links("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
            <link rel="self" href="https://tuyengiao.example.vn/atom.xml"/>
            <entry><title>A</title><link rel="alternate" href="https://tuyengiao.example.vn/a.html"/>
            <link rel="enclosure" href="https://tuyengiao.example.vn/a.mp3"/></entry>
            <entry><title>B</title><link href="b.html"/></entry>
            </feed>
            """)
        #expect(page.kind == .atom)
        #expect(page.links.map(\.url.absoluteString) == [
            "https://tuyengiao.example.vn/a.html", "https://tuyengiao.example.vn/tin-tuc/b.html",
        ])
    }

    @Test func sitemapsAndSitemapIndexes() throws {
        let sitemap = try links("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://tuyengiao.example.vn/a.html</loc><lastmod>2024-05-01</lastmod></url>
            <url><loc> https://tuyengiao.example.vn/b.html </loc></url></urlset>
            """)
        #expect(sitemap.kind == .sitemap)
        #expect(sitemap.links.count == 2)
        let index = try links("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://tuyengiao.example.vn/sitemap-1.xml</loc></sitemap></sitemapindex>
            """)
        #expect(index.kind == .sitemapIndex)
        #expect(index.links.map(\.url.path) == ["/sitemap-1.xml"])
    }

    @Test func xmlWithEntityDeclarationsIsNotRead() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><item><link>https://tuyengiao.example.vn/&b;</link></item></channel></rss>
            """
        #expect(throws: MarkupError.self) { try HTMLDocument(xml: Array(bomb.utf8)) }
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><link>&x;</link></item></channel></rss>
            """
        #expect(throws: MarkupError.self) { try HTMLDocument(xml: Array(external.utf8)) }
    }

    @Test func listingPageLinksAndPagination() throws {
        let page = try links("""
            <html><head><link rel="next" href="?page=2"></head><body>
            <a href="/tin-tuc/a.html">Bài A</a> <a href="b.html#binh-luan">Bài B</a>
            <a href="mailto:x@example.vn">Thư</a> <a href="javascript:void(0)">In</a> <a href="file:///etc/passwd">f</a>
            <div class="pages"><a href="?page=3">3</a> <a href="?page=2">Trang sau »</a> <a href="?page=9">Tiếp</a>
            <a href="/tin-tuc/c.html">Sau đây là bài C</a></div></body></html>
            """, type: "text/html; charset=utf-8")
        #expect(page.kind == .listing)
        let found = Dictionary(uniqueKeysWithValues: page.links.map { (CrawlURL.pathAndQuery($0.url), $0.isNextPage) })
        #expect(found == [
            "/tin-tuc/?page=2": true, "/tin-tuc/a.html": false, "/tin-tuc/b.html": false,
            "/tin-tuc/?page=3": true, "/tin-tuc/?page=9": true, "/tin-tuc/c.html": false,
        ])
    }

    @Test func encodingHintDecidesHowLinkTextsRead() throws {
        // "Tiếp" in TCVN3 (T, i, 0xD5, p): read as windows-1258, the fallback, it is not a label.
        let bytes = Array("<html><body><a href=\"?trang=2\">Ti".utf8) + [0xD5] + Array("p</a></body></html>".utf8)
        let hinted = try LinkDiscovery.links(in: bytes, from: base, contentType: "text/html", encoding: "tcvn3")
        #expect(hinted.links.map(\.isNextPage) == [true])
        let unhinted = try LinkDiscovery.links(in: bytes, from: base, contentType: "text/html")
        #expect(unhinted.links.map(\.isNextPage) == [false])
    }

    @Test func baseHrefResolvesRelativeLinks() throws {
        let page = try links(#"<html><head><base href="https://tuyengiao.example.vn/goc/"></head><body><a href="x.html">x</a></body></html>"#)
        #expect(page.links.map(\.url.absoluteString) == ["https://tuyengiao.example.vn/goc/x.html"])
    }

    @Test(arguments: [
        ("2", true), ("[3]", true), ("Trang sau", true), ("Trang sau »", true), ("»", true), ("Tiếp theo", true),
        ("Sau", true), ("Sau đây là bài C", false), ("2024", false), ("Bài viết 2", false), ("", false),
    ])
    func nextPageText(text: String, isNext: Bool) {
        #expect(LinkDiscovery.isNextPageText(text) == isNext)
    }
}
