import Foundation
import Logging
import Pipeline
import Storage
import Testing
import TestSupport
@testable import Crawler

/// A crawl of the fake portal into a temporary folder: pipeline and registry files written
/// there, records to `records.jsonl`, state and records to `baocao.sqlite`.
struct CrawlFixture {
    let portal: FakePortal
    let folder: URL
    /// Records and crawl state go to this PostgreSQL database instead of SQLite.
    let postgresURL: String?

    init(slowSeconds: Double = 4, postgresURL: String? = nil) throws {
        self.postgresURL = postgresURL
        portal = try FakePortal(slowSeconds: slowSeconds)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-crawl-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Stops the portal and removes the folder: every test that makes a fixture calls it
    /// (`defer { fixture.remove() }`).
    func remove() {
        portal.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    var records: URL { folder.appendingPathComponent("records.jsonl") }
    var rejects: URL { folder.appendingPathComponent("records.rejects.jsonl") }
    var database: URL { folder.appendingPathComponent("baocao.sqlite") }

    /// The clean portal: listing with pagination, RSS, sitemap; articles under /bai-viet/.
    var cleanPortal: String {
        """
          - name: mau
            start: ["\(portal.base)/tin-tuc", "\(portal.base)/rss.xml", "\(portal.base)/sitemap-index.xml"]
            allow: ["/bai-viet/*.html", "/private/*.html"]
            listing: ["/tin-tuc?page=*"]
        """
    }

    /// The timeout of the tests of slow pages, which must cut them: under `slowPageSeconds` and
    /// the trickling page's minute. Those tests count only what a loaded machine's timed-out and
    /// retried request cannot change; exact counts of requests are for crawls under `write`'s
    /// generous default.
    static let shortTimeout = "5s"

    /// How long `/loi/cham.html` takes in the tests that expect it cut by `shortTimeout`.
    static let slowPageSeconds = 10.0

    /// The faulty portal: every failure the issue lists, plus one good article.
    var faultyPortal: String {
        """
          - name: loi
            start: "\(portal.base)/loi/tin-tuc"
            allow: ["/loi/*.html"]
        """
    }

    /// The faulty portal without its slow page: failures that come at once, for a crawl under
    /// the generous timeout.
    var quickFaultyPortal: String {
        let pages = ["khong-co", "chuyen", "lon", "lon-luong", "hong", "tot", "bom", "vong"]
        return """
              - name: loi
                start: "\(portal.base)/loi/tin-tuc"
                allow: [\(pages.map { "\"/loi/\($0).html\"" }.joined(separator: ", "))]
            """
    }

    /// The faulty portal's slow page alone, for a crawl under `shortTimeout`.
    var slowPagePortal: String {
        """
          - name: cham
            start: "\(portal.base)/loi/tin-tuc"
            allow: ["/loi/cham.html"]
        """
    }

    /// Writes `pipeline.yml` and `portals.yml` and returns the pipeline's path.
    /// `crawl` adds lines to the `crawl:` section, `perHostDelay` replaces its 0ms, and
    /// `topLevel` adds sections of the pipeline (`limits:`).
    /// `timeout` is generous by default, so that a slow answer of a loaded machine is not
    /// retried and counted twice. (Crawls in this process run on ``DedicatedThreads/crawls``,
    /// and no test holds the cooperative pool while it waits for a child process, which once
    /// stalled them for minutes; see PoolProbeTests.) Tests of the slow pages pass
    /// `shortTimeout`, under their slowness.
    func write(portals: [String], crawl extra: String = "", privateAddresses: String = "allow_private_addresses: [127.0.0.1]",
               perHostDelay: String = "0ms", timeout: String = "120s", topLevel: String = "") throws -> String {
        let registry = folder.appendingPathComponent("portals.yml")
        try ("portals:\n" + portals.joined(separator: "\n") + "\n").write(to: registry, atomically: true, encoding: .utf8)
        let pipeline = folder.appendingPathComponent("pipeline.yml")
        try """
            name: test-crawl
            crawl:
              registry: \(registry.path)
              user_agent: "BaoCao-crawler/1.0 (test)"
              per_host_delay: \(perHostDelay)
              per_host_concurrency: 2
              timeout: \(timeout)
              retries: 2
              backoff: 20ms
              max_page_size: 1 MB
              \(privateAddresses)
            \(extra.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            sinks:
              jsonl: \(records.path)
              rejects: \(rejects.path)
              \(postgresURL.map { "postgres: " + $0 } ?? "sqlite: " + database.path)
            \(topLevel)
            """.write(to: pipeline, atomically: true, encoding: .utf8)
        return pipeline.path
    }

    /// Runs the crawl of the pipeline at `path` through the library, as `baocao crawl` does.
    func crawl(_ path: String) async throws -> CrawlSummary {
        let definition = try PipelineDefinition.load(path)
        let settings = try #require(try CrawlSettings.load(pipeline: path))
        let registry = try PortalRegistry.load(settings.registry)
        var logger = Logger(label: "crawl-test")
        logger.logLevel = .warning
        return try await Crawler(settings: settings, registry: registry, logger: logger)
            .run(sinks: definition.sinks, rejectsPath: try #require(definition.sinks.rejects))
    }

    /// The dated files `baocao crawl` wrote, one per night, oldest first: records, or rejects.
    func nightFiles(rejects: Bool = false) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasPrefix("records.") && $0.hasSuffix(".jsonl") && $0.contains(".rejects.") == rejects && $0 != "records.rejects.jsonl" }
            .map { folder.appendingPathComponent($0) }
    }

    func recordLines() throws -> [[String: Any]] { try Self.jsonLines(records) }
    func rejectLines() throws -> [[String: Any]] { try Self.jsonLines(rejects) }

    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }

    func count(_ table: String) throws -> Int {
        if let postgresURL { return try Self.count(postgresURL, table) }
        let connection = try SQLiteConnection(path: database.path)
        defer { try? connection.close() }
        return try connection.count(table)
    }

    static func count(_ postgresURL: String, _ table: String) throws -> Int {
        let connection = try PostgresConnection(url: postgresURL)
        defer { try? connection.close() }
        return try connection.count(table)
    }
}

extension [String: Any] {
    var uri: String? { (self["source"] as? [String: Any])?["uri"] as? String }
    var errorKind: String? { (self["error"] as? [String: Any])?["kind"] as? String }
    var errorMessage: String? { (self["error"] as? [String: Any])?["message"] as? String }
}

@Suite(.crawlThreads) struct CrawlTests {
    static let cleanArticles: Set<String> = [
        "/bai-viet/hoc-tap.html", "/bai-viet/long-xuyen.html", "/bai-viet/cu.html", "/bai-viet/chap-chon.html",
        "/bai-viet/lam-theo.html", "/bai-viet/vnexpress.html", "/bai-viet/dantri.html", "/bai-viet/thanhnien.html",
        "/bai-viet/nld.html",
    ]

    @Test func firstCrawlFindsEveryArticleThroughListingsFeedsAndSitemaps() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let summary = try await fixture.crawl(try fixture.write(portals: [fixture.cleanPortal]))
        let portal = try #require(summary.portals.first)
        #expect(portal.new == Self.cleanArticles.count)
        #expect(portal.changed == 0 && portal.unchanged == 0 && portal.failed == 0)
        #expect(portal.disallowed == 1)

        let records = try fixture.recordLines()
        let paths = Set(records.compactMap { $0.uri.flatMap { URL(string: $0)?.path } })
        #expect(paths == Self.cleanArticles)
        #expect(try fixture.count("documents") == Self.cleanArticles.count)
        #expect(try fixture.count("crawl_state") >= Self.cleanArticles.count + 3)

        let log = try await fixture.portal.log()
        // Pagination: pages 2 and 3 reached through numbers, "Trang sau" and rel=next.
        #expect(log.contains { $0.path == "/tin-tuc?page=3" })
        // The sitemap index led to the sitemap.
        #expect(log.contains { $0.path == "/sitemap.xml" && $0.status == 200 })
        // robots.txt read once, the disallowed page never requested.
        #expect(log.filter { $0.path == "/robots.txt" }.count == 1)
        #expect(!log.contains { $0.path.hasPrefix("/private/") })
        // A User-Agent naming the tool, gzip asked for and used.
        #expect(log.allSatisfy { $0.userAgent == "BaoCao-crawler/1.0 (test)" })
        #expect(log.contains { $0.path == "/bai-viet/hoc-tap.html" && $0.contentEncoding == "gzip" })
        // The 500 was retried and recovered; the same-host redirect was followed.
        #expect(log.filter { $0.path == "/bai-viet/chap-chon.html" }.map(\.status) == [500, 200])
        #expect(log.contains { $0.path == "/bai-viet/moi.html" && $0.status == 200 })
        // Linked from the listing and the feed, asked once.
        #expect(log.filter { $0.path == "/bai-viet/hoc-tap.html" }.count == 1, "\(log.filter { $0.path.hasPrefix("/bai-viet/hoc-tap") })")

        let windows = try #require(records.first { $0.uri?.hasSuffix("/bai-viet/long-xuyen.html") == true })
        #expect((windows["source"] as? [String: Any])?["encoding"] as? String == "windows-1258")
        #expect((windows["title"] as? String)?.hasPrefix("Học và làm theo Bác") == true)
        #expect(try fixture.rejectLines().isEmpty)
    }

    @Test func secondCrawlAsksOnlyConditionallyAndLoadsNothing() async throws {
        try await Self.secondCrawlAsksOnlyConditionally(try CrawlFixture())
    }

    @Test(.enabled(if: ScratchPostgres.isAvailable, Comment(rawValue: ScratchPostgres.skipReason)))
    func stateInPostgreSQLMakesTheSecondCrawlConditionalToo() async throws {
        let url = try await ScratchPostgres.onOwnThread { () throws -> String in
            let admin = try ScratchPostgres.connect()
            defer { try? admin.close() }
            let name = ScratchPostgres.newName()
            try admin.execute("CREATE DATABASE \(name)", [])
            return try ScratchPostgres.url(database: name)
        }
        try await Self.secondCrawlAsksOnlyConditionally(try CrawlFixture(postgresURL: url))
        let states = try await ScratchPostgres.onOwnThread { try CrawlFixture.count(url, "crawl_state") }
        #expect(states > Self.cleanArticles.count)
        try await ScratchPostgres.onOwnThread {
            let admin = try ScratchPostgres.connect()
            defer { try? admin.close() }
            try admin.execute("DROP DATABASE IF EXISTS \(url.split(separator: "/").last?.split(separator: "?").first ?? "") WITH (FORCE)", [])
        }
    }

    static func secondCrawlAsksOnlyConditionally(_ fixture: CrawlFixture) async throws {
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        _ = try await fixture.crawl(pipeline)
        let documents = try fixture.count("documents")
        try await fixture.portal.resetLog()

        let summary = try await fixture.crawl(pipeline)
        let portal = try #require(summary.portals.first)
        #expect(portal.new == 0 && portal.changed == 0 && portal.failed == 0)
        #expect(portal.unchanged == Self.cleanArticles.count)
        #expect(portal.listingsUnchanged == portal.listings)

        let log = try await fixture.portal.log()
        let pages = log.filter { $0.path != "/robots.txt" }
        #expect(!pages.isEmpty)
        let unconditional = pages.filter { !$0.isConditional }.map(\.path)
        #expect(unconditional.isEmpty, "unconditional requests: \(unconditional)")
        let fresh = pages.filter { $0.status == 200 }.map(\.path)
        #expect(fresh.isEmpty, "pages sent again: \(fresh)")
        #expect(try fixture.recordLines().isEmpty)
        #expect(try fixture.count("documents") == documents)
    }

    @Test func changedPageIsExtractedAgainAndReplacesItsRows() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        _ = try await fixture.crawl(pipeline)
        let documents = try fixture.count("documents")
        let uri = "\(fixture.portal.base)/bai-viet/hoc-tap.html"
        let before = try #require(try fixture.recordLines().first { $0.uri == uri }?["id"] as? String)
        try await fixture.portal.touch("/bai-viet/hoc-tap.html")
        try await fixture.portal.touch("/tin-tuc")
        try await fixture.portal.resetLog()

        let summary = try await fixture.crawl(pipeline)
        let portal = try #require(summary.portals.first)
        #expect(portal.changed == 1)
        #expect(portal.new == 0)
        #expect(portal.unchanged == Self.cleanArticles.count - 1)
        let records = try fixture.recordLines()
        #expect(records.compactMap(\.uri) == [uri])
        // The changed listing was read again; articles it links and articles remembered
        // from the last run are each asked for once.
        let log = try await fixture.portal.log()
        #expect(log.contains { $0.path == "/tin-tuc" && $0.status == 200 })
        for path in Self.cleanArticles {
            #expect(log.filter { $0.path == path }.count == 1, "\(path)")
        }
        let after = try #require(records.first?["id"] as? String)
        #expect(after != before)
        #expect(try fixture.count("documents") == documents)
        let connection = try SQLiteConnection(path: fixture.database.path)
        defer { try? connection.close() }
        #expect(try connection.queryColumn("SELECT id FROM documents WHERE uri = ?", [.text(uri)]) == [after])
        #expect(try connection.queryColumn("SELECT document_id FROM crawl_state WHERE url = ?", [.text(uri)]) == [after])
    }

    /// Every failure but a timeout, under the generous timeout so that the requests can be
    /// counted (a retry after a loaded machine's time-out would add one); the slow page is
    /// the next test's.
    @Test func failuresBecomeRejectsWithURLAndStatusAndTheCrawlGoesOn() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let summary = try await fixture.crawl(try fixture.write(portals: [fixture.quickFaultyPortal, fixture.cleanPortal]))
        let faulty = try #require(summary.portals.first { $0.portal == "loi" })
        let clean = try #require(summary.portals.first { $0.portal == "mau" })
        #expect(faulty.new == 1)
        #expect(faulty.failed == 7)
        #expect(clean.new == Self.cleanArticles.count)
        #expect(clean.failed == 0)

        let rejects = try fixture.rejectLines()
        func reject(_ path: String) -> [String: Any]? { rejects.first { $0.uri == fixture.portal.base + path } }
        #expect(reject("/loi/khong-co.html")?.errorKind == "http")
        #expect(reject("/loi/khong-co.html")?.errorMessage?.contains("HTTP 404") == true)
        #expect(reject("/loi/hong.html")?.errorMessage?.contains("HTTP 503") == true)
        #expect(reject("/loi/chuyen.html")?.errorKind == "offsite_redirect")
        #expect(reject("/loi/chuyen.html")?.errorMessage?.contains("HTTP 302") == true)
        #expect(reject("/loi/lon.html")?.errorKind == "too_large")
        #expect(reject("/loi/lon-luong.html")?.errorKind == "too_large")
        #expect(reject("/loi/bom.html")?.errorKind == "too_large")
        #expect(reject("/loi/vong.html")?.errorKind == "redirect_limit")
        #expect(reject("/loi/cham.html") == nil)

        let log = try await fixture.portal.log()
        // 4xx never retried; 5xx retried (retries: 2 → three attempts).
        #expect(log.filter { $0.path == "/loi/khong-co.html" }.count == 1)
        #expect(log.filter { $0.path == "/loi/hong.html" }.count == 3)
        // max_redirects (default 5): the first request and five hops, then no more.
        #expect(log.filter { $0.path.hasPrefix("/loi/vong.html") }.count == 6)
        // The redirect to another host (localhost) was not followed: hoc-tap.html was
        // requested by the clean portal only, never through localhost.
        let hocTap = log.filter { $0.path == "/bai-viet/hoc-tap.html" }
        #expect(!hocTap.isEmpty && hocTap.allSatisfy { $0.host == "127.0.0.1:\(fixture.portal.port)" }, "\(hocTap)")
    }

    /// A page that answers after the timeout is a `timeout` reject. (That the crawl goes on
    /// past it is CrawlCommandTests' failuresExitOne…: its crawl has a process of its own,
    /// whose other pages no starved thread pool of the tests can make time out.)
    @Test func aSlowPageIsATimeoutReject() async throws {
        let fixture = try CrawlFixture(slowSeconds: CrawlFixture.slowPageSeconds)
        defer { fixture.remove() }
        let summary = try await fixture.crawl(try fixture.write(portals: [fixture.slowPagePortal], timeout: CrawlFixture.shortTimeout))
        let slow = try #require(summary.portals.first)
        #expect(slow.new == 0 && slow.failed == 1)
        let rejects = try fixture.rejectLines()
        #expect(rejects.compactMap(\.uri) == [fixture.portal.base + "/loi/cham.html"], "\(rejects)")
        #expect(rejects.first?.errorKind == "timeout", "\(rejects)")
    }

    @Test func aRegistryEntryCanNameItsPortalInternal() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let intranet = fixture.cleanPortal + "\n    allow_private_addresses: true"
        let summary = try await fixture.crawl(try fixture.write(portals: [intranet], privateAddresses: "allow_private_addresses: false"))
        #expect(summary.portals.first?.new == Self.cleanArticles.count)
        #expect(summary.portals.first?.failed == 0)
    }

    @Test func privateAddressesAreRefusedUnlessTheSettingsNameThem() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal], privateAddresses: "allow_private_addresses: false")
        let summary = try await fixture.crawl(pipeline)
        #expect(summary.portals.first?.failed == 3)
        #expect(summary.portals.first?.new == 0)
        let rejects = try fixture.rejectLines()
        #expect(rejects.count == 3)
        #expect(rejects.allSatisfy { $0.errorKind == "private_address" })
        #expect(try await fixture.portal.log().isEmpty)
    }

    @Test(arguments: [(503, true), (404, false)])
    func unreadableRobotsClosesTheSiteButAMissingOneOpensIt(status: Int, closed: Bool) async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        try await fixture.portal.setRobotsStatus(status)
        let summary = try await fixture.crawl(try fixture.write(portals: [fixture.cleanPortal]))
        let portal = try #require(summary.portals.first)
        let log = try await fixture.portal.log()
        if closed {
            #expect(portal.failed == 3 && portal.new == 0)
            // "robots.txt unreachable: HTTP 503…", or a time-out on a loaded machine: closed either way.
            #expect(try fixture.rejectLines().allSatisfy { $0.errorKind == "robots" && $0.errorMessage?.contains("robots.txt unreachable") == true })
            #expect(log.map(\.path) == ["/robots.txt", "/robots.txt", "/robots.txt"])
        } else {
            #expect(portal.failed == 0 && portal.disallowed == 0)
            #expect(portal.new == Self.cleanArticles.count + 1)  // the /private/ page too
            // Asked once per run, not once per page; a loaded machine may time the first ask
            // out and retry it (retries: 2), so up to three asks, never one per page.
            let asks = log.filter { $0.path == "/robots.txt" }.count
            #expect((1...3).contains(asks), "robots.txt asked \(asks) times")
        }
    }

    @Test func pageLimitsCapEachPortal() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal], crawl: "max_pages_per_portal: 3\nmax_listing_pages: 2")
        let portal = try #require(try await fixture.crawl(pipeline).portals.first)
        #expect(portal.listings == 2)
        #expect(portal.new + portal.failed + portal.disallowed == 3)
        let log = try await fixture.portal.log()
        #expect(!log.contains { $0.path.hasPrefix("/sitemap") })
    }

    @Test func oneHostGetsOneRequestAtATime() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let text = try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(of: "per_host_delay: 0ms", with: "per_host_delay: 40ms")
            .replacingOccurrences(of: "per_host_concurrency: 2", with: "per_host_concurrency: 1")
        try text.write(toFile: pipeline, atomically: true, encoding: .utf8)
        _ = try await fixture.crawl(pipeline)
        let log = try await fixture.portal.log().sorted { $0.start < $1.start }
        #expect(log.count > 10)
        for (earlier, later) in zip(log, log.dropFirst()) {
            #expect(later.start >= earlier.end, "\(later.path) started while \(earlier.path) was served")
        }
    }
}
