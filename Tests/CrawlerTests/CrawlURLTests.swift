import Foundation
import Testing
@testable import Crawler

@Suite struct CrawlURLTests {
    @Test(arguments: [
        ("HTTP://TuyenGiao.Example.VN:80/a.html#x", "http://tuyengiao.example.vn/a.html"),
        ("https://tuyengiao.example.vn:443", "https://tuyengiao.example.vn/"),
        ("https://tuyengiao.example.vn:8443/a?b=1", "https://tuyengiao.example.vn:8443/a?b=1"),
        ("../tin-tuc/b.html", "https://tuyengiao.example.vn/tin-tuc/b.html"),
        ("//cdn.example.vn/x.html", "https://cdn.example.vn/x.html"),
    ])
    func normalizes(text: String, expected: String) {
        let base = URL(string: "https://tuyengiao.example.vn/chuyen-muc/")
        #expect(CrawlURL.normalized(text, relativeTo: base)?.absoluteString == expected)
    }

    @Test(arguments: ["file:///etc/passwd", "mailto:a@b.vn", "javascript:void(0)", "ftp://x.vn/a", "data:text/html,hi", "", "http://"])
    func refusesOtherSchemes(text: String) {
        #expect(CrawlURL.normalized(text, relativeTo: URL(string: "https://x.vn/")) == nil)
    }

    @Test(arguments: [
        ("127.0.0.1", true), ("10.2.3.4", true), ("172.16.0.1", true), ("172.32.0.1", false), ("192.168.1.1", true),
        ("169.254.169.254", true), ("100.64.0.1", true), ("0.0.0.0", true), ("8.8.8.8", false), ("::1", true),
        ("[::1]", true), ("fd00::1", true), ("fe80::1", true), ("::ffff:127.0.0.1", true), ("2001:db8::1", true),
        ("localhost", true), ("portal.localhost", true),
        // The IANA special-purpose registries: the blocks not globally reachable, and multicast.
        ("192.0.0.8", true), ("192.0.2.1", true), ("192.0.1.1", false), ("198.18.0.1", true), ("198.19.255.255", true),
        ("198.20.0.1", false), ("198.51.100.7", true), ("203.0.113.9", true), ("224.0.0.1", true), ("239.1.2.3", true),
        ("240.0.0.1", true), ("255.255.255.255", true), ("223.255.255.254", false), ("192.88.99.1", true),
        ("fec0::1", true), ("ff02::1", true), ("100::1", true), ("2001::1", true), ("3fff::1", true),
        ("2001:4860:4860::8888", false), ("2a00:1450::1", false),
        // 6to4 and NAT64 carry an IPv4 address: private when it is.
        ("2002:c0a8:0101::1", true), ("2002:7f00:0001::1", true), ("2002:0808:0808::1", false),
        ("64:ff9b::a00:1", true), ("64:ff9b::808:808", false), ("64:ff9b:1::1", true), ("::127.0.0.1", true),
    ])
    func privateAddresses(host: String, isPrivate: Bool) {
        #expect(CrawlURL.isPrivate(host: host) == isPrivate)
    }

    @Test(arguments: [
        ("http://user:secret@tuyengiao.example.vn/a.html", "http://tuyengiao.example.vn/a.html"),
        ("https://admin@tuyengiao.example.vn:8443/b?x=1", "https://tuyengiao.example.vn:8443/b?x=1"),
        ("//u:p@cdn.example.vn/x.html", "https://cdn.example.vn/x.html"),
    ])
    func credentialsAreStripped(text: String, expected: String) {
        let normalized = CrawlURL.normalized(text, relativeTo: URL(string: "https://tuyengiao.example.vn/"))
        #expect(normalized?.absoluteString == expected)
        #expect(normalized?.user == nil && normalized?.password == nil)
    }

    @Test func pathAndQueryIsWhatPatternsMatch() throws {
        let url = try #require(URL(string: "https://x.vn/tin-tuc/a.html?page=2"))
        #expect(CrawlURL.pathAndQuery(url) == "/tin-tuc/a.html?page=2")
        #expect(URLPattern("/tin-tuc/*.html*").matches(url))
        #expect(URLPattern("/tin-tuc?page=*").matches(try #require(URL(string: "https://x.vn/tin-tuc?page=3"))))
        #expect(!URLPattern("/tin-tuc/*.html").matches(url))
        #expect(URLPattern("https://x.vn/**").matches(url))
        #expect(!URLPattern("https://y.vn/**").matches(url))
        let vietnamese = try #require(CrawlURL.normalized("/tin-tức/bài viết.html", relativeTo: url))
        #expect(vietnamese.path.contains("tin-t"))
        #expect(URLPattern("/tin-tức/*.html").matches(vietnamese))
        #expect(URLPattern("/tin-t%E1%BB%A9c/*.html").matches(vietnamese))
    }
}
