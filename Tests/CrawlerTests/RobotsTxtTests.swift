import Testing
@testable import Crawler

@Suite struct RobotsTxtTests {
    static let text = """
        # portal robots
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/public-*
        Crawl-delay: 2

        User-agent: BaoCao-crawler
        User-agent: OtherBot
        Disallow: /admin
        Allow: /admin/tin-tuc
        Disallow: /search?

        Sitemap: https://tuyengiao.example.vn/sitemap.xml
        """

    @Test(arguments: [
        ("/private/x.html", "*", false, "prefix rule"),
        ("/private/public-a.html", "*", true, "longer Allow beats shorter Disallow"),
        ("/files/a.pdf", "*", false, "$ anchors the end"),
        ("/files/a.pdf?download=1", "*", true, "$ does not match with a query after"),
        ("/tin-tuc/a.html", "*", true, "no rule matches"),
        ("/private/x.html", "BaoCao-crawler", true, "an agent's own group replaces the * group"),
        ("/admin/users", "BaoCao-crawler", false, "own group's Disallow"),
        ("/admin/tin-tuc/1.html", "BaoCao-crawler", true, "own group's longer Allow"),
        ("/search?q=x", "BaoCao-crawler", false, "query is part of the path matched"),
        ("/robots.txt", "BaoCao-crawler", true, "robots.txt itself is always allowed"),
    ])
    func rules(path: String, agent: String, allowed: Bool, why: String) {
        #expect(RobotsTxt(Self.text, agent: agent).allows(path) == allowed, "\(why)")
    }

    @Test func crawlDelayAndSitemapsAreRead() {
        let robots = RobotsTxt(Self.text, agent: "SomeBot")
        #expect(robots.crawlDelay == 2)
        #expect(robots.sitemaps == ["https://tuyengiao.example.vn/sitemap.xml"])
        #expect(RobotsTxt(Self.text, agent: "BaoCao-crawler").crawlDelay == nil)
    }

    @Test func emptyDisallowAllowsEverythingAndDisallowAllRefusesAll() {
        #expect(RobotsTxt("User-agent: *\nDisallow:\n", agent: "x").allows("/a"))
        #expect(!RobotsTxt("User-agent: *\nDisallow: /\n", agent: "x").allows("/a"))
        #expect(!RobotsTxt.disallowAll.allows("/tin-tuc"))
        #expect(RobotsTxt.allowAll.allows("/tin-tuc"))
    }

    @Test func productTokenIsTheUserAgentUpToTheVersion() {
        #expect(PageFetcher.productToken("BaoCao-crawler/1.0 (+https://x)") == "BaoCao-crawler")
    }
}
