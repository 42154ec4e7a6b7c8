import Foundation
import Storage
import Testing
import TestSupport

/// `baocao crawl` night after night as cron runs it, on the binary under test (`scripts/test`
/// runs this suite on the release build too): nights that add up, gone pages, documents,
/// provenance, `--quiet`, `--summary-json` and `--dry-run`.
@Suite(.crawlThreads) struct CrawlNightsTests {
    static func nightsPortal(_ fixture: CrawlFixture) -> String {
        """
          - name: dem
            province: An Giang
            start: "\(fixture.portal.base)/dem/tin-tuc"
            allow: ["/dem/*"]
        """
    }

    static func crawl(_ arguments: [String]) async throws -> CrawlCommandTests.Output {
        try await CrawlCommandTests.baocao(["crawl"] + arguments)
    }

    static func summary(_ file: URL) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
        return (json["portals"] as? [[String: Any]])?.first ?? [:]
    }

    /// `2026-12-06T01:15:02Z` or with an offset and fractions: RFC 3339.
    static func isRFC3339(_ text: String) -> Bool {
        text.wholeMatch(of: #/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/#) != nil
    }

    /// The issue's acceptance test: over three nights the portal adds, edits and deletes
    /// pages; every record of every night stays in the night files and in the database
    /// (`documents` the latest version of every page, the deleted one included;
    /// `document_versions` every version), the deleted page fails once and is gone on the
    /// third night, which exits 0; every night's exchanges are in its WARC archive, which
    /// warcio reads and `baocao extract` turns back into the night's records; a fourth night
    /// does not ask for the gone page.
    @Test func threeNightsAddUpAndADeletedPageBecomesGone() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [Self.nightsPortal(fixture)])
        let summaryFile = fixture.folder.appendingPathComponent("nightly.summary.json")
        let base = fixture.portal.base
        func night() async throws -> CrawlCommandTests.Output {
            try await Self.crawl([pipeline, "--quiet", "--summary-json", summaryFile.path])
        }

        // Night 1: three articles, a PDF and a Word file linked, one article linked with credentials.
        let first = try await night()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty, "--quiet printed on a clean night: \(first.stderr)")
        let firstFiles = try fixture.nightFiles()
        try #require(firstFiles.count == 1)
        let firstBytes = try Data(contentsOf: firstFiles[0])
        let night1 = try CrawlFixture.jsonLines(firstFiles[0])
        #expect(Set(night1.compactMap(\.uri)) == ["\(base)/dem/hoc-tap.html", "\(base)/dem/lam-theo.html", "\(base)/dem/tin-nhanh.html"])
        for record in night1 {
            let source = try #require(record["source"] as? [String: Any])
            #expect(source["portal"] as? String == "dem")
            let fetched = try #require(source["fetched_at"] as? String)
            #expect(Self.isRFC3339(fetched), "fetched_at \(fetched)")
            #expect(record["province"] as? String == "An Giang")
            #expect(record["schema"] as? String == "baocao.record/2")
        }
        var figures = try Self.summary(summaryFile)
        #expect(figures["discovered"] as? Int == 5)
        #expect(figures["new"] as? Int == 3)
        #expect(figures["documents"] as? Int == 2)
        #expect(figures["failed"] as? Int == 0)
        #expect((figures["bytes"] as? Int ?? 0) > 10_000)
        #expect(figures["seconds"] is Double || figures["seconds"] is Int)

        // Between nights: one page added, one edited, one deleted.
        try await fixture.portal.addNightPage("/dem/moi-them.html", file: "real-html/vnexpress-4.html")
        try await fixture.portal.touch("/dem/hoc-tap.html")
        try await fixture.portal.deleteNightPage("/dem/lam-theo.html")

        // Night 2: the deletion is new trouble (exit 1, the summary printed despite --quiet).
        let second = try await night()
        #expect(second.status == 1, "\(second.stderr)")
        #expect(second.stderr.contains("dem: 1 new, 1 changed, 1 unchanged, 1 failed (1 new)"), "\(second.stderr)")
        let secondFiles = try fixture.nightFiles()
        try #require(secondFiles.count == 2)
        #expect(try Data(contentsOf: secondFiles[0]) == firstBytes, "night 2 touched night 1's file")
        let night2 = try CrawlFixture.jsonLines(secondFiles[1])
        #expect(Set(night2.compactMap(\.uri)) == ["\(base)/dem/hoc-tap.html", "\(base)/dem/moi-them.html"])
        let rejects2 = try CrawlFixture.jsonLines(try #require(try fixture.nightFiles(rejects: true).last))
        #expect(rejects2.compactMap(\.uri) == ["\(base)/dem/lam-theo.html"])
        #expect(rejects2.first?.errorMessage?.contains("HTTP 404") == true)

        // Night 3: the page still answers 404: gone, not failed; a clean night.
        let third = try await night()
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.isEmpty, "\(third.stderr)")
        figures = try Self.summary(summaryFile)
        #expect(figures["gone"] as? Int == 1)
        #expect(figures["failed"] as? Int == 0)
        #expect(figures["unchanged"] as? Int == 3)
        let thirdFiles = try fixture.nightFiles()
        try #require(thirdFiles.count == 3)
        #expect(try CrawlFixture.jsonLines(thirdFiles[2]).isEmpty)
        #expect(try fixture.nightFiles(rejects: true).count == 3)

        // Every record of every night is in the night files; the database has each page's latest.
        let all = try thirdFiles.flatMap { try CrawlFixture.jsonLines($0) }
        #expect(Set(all.compactMap { $0["id"] as? String }).count == 5)
        let connection = try SQLiteConnection(path: fixture.database.path)
        defer { try? connection.close() }
        var latest: [String: String] = [:]
        for record in all { if let uri = record.uri, let id = record["id"] as? String { latest[uri] = id } }
        let stored = try connection.queryRows("SELECT uri, id FROM documents", [])
        #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0[0] ?? "", $0[1] ?? "") }) == latest)
        #expect(try connection.queryColumn("SELECT gone_since IS NOT NULL FROM crawl_state WHERE url = ?",
                                           [.text("\(base)/dem/lam-theo.html")]) == ["1"])
        #expect(try connection.queryColumn("SELECT skipped FROM crawl_state WHERE skipped IS NOT NULL ORDER BY url", [])
                == ["document: pdf", "document: docx"])
        // Credentials never stored.
        let everything = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
            .filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOf: fixture.folder.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(!everything.contains("matkhau") && !everything.contains("bientap"))
        #expect(try connection.queryColumn("SELECT url FROM crawl_state WHERE url LIKE '%matkhau%'", []).isEmpty)

        // Every version of every page is in the database: documents has the latest, and
        // document_versions each record of each night, whole, as its night's file has it.
        let lines = try thirdFiles.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        let versions = try connection.queryRows("SELECT id, uri, fetched_at, record FROM document_versions", [])
        let byID = Dictionary(versions.map { ($0[0] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(versions.count == lines.count, "\(versions.count) versions for \(lines.count) records")
        for (line, record) in zip(lines, all) {
            let id = record["id"] as? String ?? ""
            let row = byID[id]
            #expect(row?[3] == line, "record \(id) of \(record.uri ?? "") is not in document_versions as written")
            #expect(row?[1] == record.uri && row?[2] == WARCArchiveTests.source(record)["fetched_at"] as? String)
        }
        #expect(try connection.queryColumn("SELECT COUNT(*) FROM document_versions WHERE uri = ?",
                                           [.text("\(base)/dem/hoc-tap.html")]) == ["2"])

        // Every night archived its exchanges: warcio reads each archive, every record of the
        // night has its 200 response there, and `baocao extract` of the archive gives the
        // night's records back.
        let archives = try WARCArchiveTests.archives(in: fixture.folder)
        try #require(archives.count == 3, "\(archives.map(\.lastPathComponent))")
        for (night, (archive, file)) in zip(archives, thirdFiles).enumerated() {
            #expect(archive.lastPathComponent.dropLast(".warc.gz".count) == file.lastPathComponent.dropLast(".jsonl".count))
            let responses = try await WARCArchiveTests.warcioRecords(archive).filter { $0["type"] as? String == "response" }
            #expect(!responses.isEmpty, "night \(night + 1): no response archived")
            let again = try await WARCArchiveTests.extracted(archive)
            for record in try CrawlFixture.jsonLines(file) {
                let uri = record.uri ?? ""
                #expect(responses.contains { $0["uri"] as? String == uri && $0["status"] as? Int == 200 },
                        "night \(night + 1): \(uri) not archived")
                let extracted = try #require(again[uri], "night \(night + 1): \(uri) not extracted from \(archive.lastPathComponent)")
                #expect(extracted["id"] as? String == record["id"] as? String)
                #expect(WARCArchiveTests.runIndependent(extracted) == WARCArchiveTests.runIndependent(record),
                        "night \(night + 1): \(uri) differs when extracted from the archive")
            }
        }
        // Night 3 asked conditionally: its archive holds the 304s and the deleted page's 404.
        let third3 = try await WARCArchiveTests.warcioRecords(archives[2]).filter { $0["type"] as? String == "response" }
        #expect(third3.contains { $0["uri"] as? String == "\(base)/dem/lam-theo.html" && $0["status"] as? Int == 404 })

        // Night 4: the gone page is not asked for; the Word file never was.
        try await fixture.portal.resetLog()
        let fourth = try await night()
        #expect(fourth.status == 0, "\(fourth.stderr)")
        let log = try await fixture.portal.log()
        #expect(!log.contains { $0.path == "/dem/lam-theo.html" })
        #expect(!log.contains { $0.path.hasSuffix(".docx") })
    }

    /// `--dry-run` lists every URL with the rule that decided it, and fetches no article and writes nothing.
    @Test func dryRunListsEveryURLWithItsRule() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal, Self.nightsPortal(fixture)])
        let result = try await Self.crawl([pipeline, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        let base = fixture.portal.base
        let lines = Set(result.stdout.split(separator: "\n").map(String.init))
        for expected in [
            "mau\tlisting\t\(base)/tin-tuc\tstart",
            "mau\tarticle\t\(base)/bai-viet/hoc-tap.html\tallow /bai-viet/*.html",
            "mau\tlisting\t\(base)/tin-tuc?page=2\tlisting /tin-tuc?page=*",
            "mau\trefused\thttps://example.com/ngoai\toff the portal's hosts (127.0.0.1)",
            "mau\trefused\t\(base)/\tmatches no allow: pattern",
            "dem\tdocument\t\(base)/dem/bao-cao.pdf\tallow /dem/*; a document, left to the document readers",
            "dem\tarticle\t\(base)/dem/tin-nhanh.html\tallow /dem/*",
        ] {
            #expect(lines.contains(expected), "missing: \(expected)\n\(result.stdout)")
        }
        #expect(lines.contains { $0.hasPrefix("mau\trefused\t\(base)/private/bi-mat.html\trobots.txt Disallow") })
        let log = try await fixture.portal.log()
        let fetched = log.filter { $0.path.hasPrefix("/bai-viet/") || ($0.path.hasPrefix("/dem/") && $0.path != "/dem/tin-tuc") }
        #expect(fetched.isEmpty, "articles fetched: \(fetched.map(\.path))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted() == ["pipeline.yml", "portals.yml"])
    }

    @Test func anEmptyProvinceIsAConfigurationError() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let portal = Self.nightsPortal(fixture).replacingOccurrences(of: "province: An Giang", with: "province: \"  \"")
        let result = try await Self.crawl([try fixture.write(portals: [portal])])
        #expect(result.status == 2)
        #expect(result.stderr.contains("province"), "\(result.stderr)")
    }

    /// HTTP 999, a header overflow and a name that does not resolve are asked once (under the
    /// generous timeout, so that no time-out on a loaded machine adds a retry).
    @Test func onlyTransientErrorsAreRetried() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let portals = [
            """
              - name: kho
                start: "\(fixture.portal.base)/kho/tin-tuc"
                allow: ["/kho/999.html", "/kho/dau-to.html"]
            """,
            """
              - name: ma
                start: "http://khong-co.invalid/tin-tuc"
                allow: ["/*"]
            """,
        ]
        let result = try await Self.crawl([try fixture.write(portals: portals), "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        func reject(_ uri: String) -> [String: Any]? { rejects.first { $0.uri == uri } }
        let base = fixture.portal.base
        #expect(reject("\(base)/kho/999.html")?.errorMessage?.contains("HTTP 999") == true)
        #expect(reject("\(base)/kho/dau-to.html")?.errorKind == "protocol", "\(rejects)")
        #expect(reject("http://khong-co.invalid/tin-tuc")?.errorKind == "dns", "\(rejects)")
        let log = try await fixture.portal.log()
        #expect(log.filter { $0.path == "/kho/999.html" }.count == 1)
        #expect(log.filter { $0.path == "/kho/dau-to.html" }.count == 1)
    }

    /// A body sent one byte every 0.2 s is cut at the timeout (three attempts, not a minute
    /// each). The crawl ends (a trickling body would otherwise hold it for ever); how fast
    /// depends on the machine, so the requests it made are checked, not the time it took.
    @Test func aTricklingBodyIsCutAtTheTimeout() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let trouble = """
              - name: kho
                start: "\(fixture.portal.base)/kho/tin-tuc"
                allow: ["/kho/nho-giot.html"]
            """
        let result = try await Self.crawl([try fixture.write(portals: [trouble], timeout: CrawlFixture.shortTimeout), "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        let slow = rejects.first { $0.uri == "\(fixture.portal.base)/kho/nho-giot.html" }
        #expect(slow?.errorKind == "timeout", "\(rejects)")
        // Logged as each request arrives: every attempt is there when the crawl has ended.
        let log = try await fixture.portal.log()
        #expect(log.filter { $0.path == "/kho/nho-giot.html" }.count == 3)
    }

    /// `host_deadline: 10s`: the trickling page (a minute long) is cut when its host's time is
    /// up and not asked again (without the host deadline: three attempts of 30 s each). The
    /// host's time holds robots.txt and the listing too, so it is not short: a loaded machine
    /// may take seconds over them, and the listing's failure would hide what is tested here.
    @Test func aHostDeadlineStopsItsHostOnly() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let trouble = """
              - name: kho
                start: "\(fixture.portal.base)/kho/tin-tuc"
                allow: ["/kho/nho-giot.html"]
            """
        let pipeline = try fixture.write(portals: [trouble], crawl: "host_deadline: 10s", timeout: "30s")
        let result = try await Self.crawl([pipeline, "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("kho: 0 new, 0 changed, 0 unchanged, 1 failed (1 new)"), "\(result.stderr)")
        let rejects = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        let slow = try #require(rejects.first { $0.uri == "\(fixture.portal.base)/kho/nho-giot.html" })
        #expect(slow.errorKind == "deadline" || slow.errorKind == "timeout", "\(slow)")
        let log = try await fixture.portal.log()
        #expect(log.filter { $0.path == "/kho/nho-giot.html" }.count == 1)
    }

    /// `crawl.deadline`: the night ends when it passes, with what was fetched by then: its
    /// files and archive finished, nothing failed, exit 0, and the pages not fetched left for
    /// the next night, which fetches them. `--deadline` overrides it and is checked.
    @Test func aNightDeadlineEndsTheNightWithWhatWasFetched() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal], crawl: "deadline: 2s", perHostDelay: "600ms")
        let summaryFile = fixture.folder.appendingPathComponent("nightly.summary.json")
        let first = try await Self.crawl([pipeline, "--summary-json", summaryFile.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("left for the next night"), "\(first.stderr)")
        let figures = try Self.summary(summaryFile)
        #expect((figures["postponed"] as? Int ?? 0) > 0 || figures["discovery_cut"] as? Bool == true, "\(figures)")
        #expect(figures["failed"] as? Int == 0, "\(figures)")
        #expect(try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
        let archives = try WARCArchiveTests.archives(in: fixture.folder)
        try #require(archives.count == 1)
        _ = try await WARCArchiveTests.warcioRecords(archives[0])
        let firstNight = try fixture.nightFiles().flatMap { try CrawlFixture.jsonLines($0) }
        #expect(firstNight.count < 9, "the deadline stopped nothing")

        let bad = try await Self.crawl([pipeline, "--deadline", "soon"])
        #expect(bad.status == 2 && bad.stderr.contains("--deadline"), "\(bad.stderr)")
        let second = try await Self.crawl([pipeline, "--quiet", "--deadline", "10m"])
        #expect(second.status == 0, "\(second.stderr)")
        let uris = Set(try fixture.nightFiles().flatMap { try CrawlFixture.jsonLines($0) }.compactMap(\.uri))
        #expect(uris.count == 9, "\(uris.sorted())")
    }

    /// A listing is read for links under the time budget of a page's extraction
    /// (`limits.document_time_budget`): within 30 s the 10,000 links of a 0.8 MB listing are
    /// read; with 1 ms libxml2's parse is cut and the listing is a `timeout` reject.
    @Test func aListingIsReadForLinksWithinThePageTimeBudget() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let base = fixture.portal.base
        let portal = """
              - name: to
                start: "\(base)/to/tin-tuc"
                allow: ["/to/bai-9999.html"]
            """
        let dry = try await Self.crawl([try fixture.write(portals: [portal]), "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("to\tarticle\t\(base)/to/bai-9999.html\tallow /to/bai-9999.html"), "\(dry.stdout.prefix(2000))")
        let tight = try fixture.write(portals: [portal], topLevel: "limits:\n  document_time_budget: 1ms")
        let result = try await Self.crawl([tight, "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        let listing = rejects.first { $0.uri == "\(base)/to/tin-tuc" }
        #expect(listing?.errorKind == "timeout", "\(rejects)")
        #expect(listing?.errorMessage?.contains("no links read from the page") == true, "\(rejects)")
    }

    /// The address guard in the binary cron runs: a portal reached through a name of this
    /// machine that resolves to 127.0.0.1 is refused before any request unless the settings
    /// name it; a portal allowed on that name whose page redirects to another loopback host
    /// ("localhost", not allowed) has the hop checked again and refused.
    @Test(.enabled(if: RebindingTests.loopbackName != nil, "this machine's host name does not resolve to 127.0.0.1"))
    func theBinaryRefusesInternalAddressesAndRedirectsToThem() async throws {
        let name = try #require(RebindingTests.loopbackName)
        let fixture = try CrawlFixture(slowSeconds: 0.2)
        defer { fixture.remove() }
        let byName = fixture.cleanPortal.replacingOccurrences(of: "127.0.0.1", with: name)
        let refused = try await Self.crawl([try fixture.write(portals: [byName], privateAddresses: "allow_private_addresses: false")])
        #expect(refused.status == 1, "\(refused.stderr)")
        let rejects = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        #expect(!rejects.isEmpty && rejects.allSatisfy { $0.errorKind == "private_address" }, "\(rejects)")
        #expect(try await fixture.portal.log().isEmpty)

        let faulty = fixture.faultyPortal.replacingOccurrences(of: "127.0.0.1", with: name) + "\n    hosts: [localhost]"
        _ = try await Self.crawl([try fixture.write(portals: [faulty], privateAddresses: "allow_private_addresses: [\(name)]")])
        let all = try fixture.nightFiles(rejects: true).flatMap { try CrawlFixture.jsonLines($0) }
        let redirect = all.first { $0.uri?.hasSuffix("/loi/chuyen.html") == true }
        #expect(redirect?.errorKind == "private_address", "\(all)")
        let log = try await fixture.portal.log()
        #expect(log.contains { $0.path == "/loi/chuyen.html" && $0.status == 302 })
        #expect(!log.contains { $0.path == "/bai-viet/hoc-tap.html" })
    }

    /// robots.txt of 1.5 MB: its first 500 KiB are read (the `Disallow: /private/` of its first
    /// group holds, a group past 1 MB does not); it is cached for 24 hours, and when it is
    /// older and the site answers 503 the cached copy is used instead of closing the site.
    @Test func robotsTxtIsReadToFiveHundredKiBAndCached() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        try await fixture.portal.setBigRobots()
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let first = try await Self.crawl([pipeline])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("mau: 9 new, 0 changed, 0 unchanged, 0 failed"), "\(first.stderr)")
        #expect(first.stderr.contains("1 disallowed by robots.txt"), "\(first.stderr)")
        var log = try await fixture.portal.log()
        #expect(!log.contains { $0.path.hasPrefix("/private/") })
        #expect(log.filter { $0.path == "/robots.txt" }.count == 1)

        try await fixture.portal.resetLog()
        #expect(try await Self.crawl([pipeline, "--quiet"]).status == 0)
        log = try await fixture.portal.log()
        #expect(!log.contains { $0.path == "/robots.txt" }, "robots.txt fetched again within 24 hours")

        let connection = try SQLiteConnection(path: fixture.database.path)
        try connection.execute("UPDATE robots_cache SET fetched_at = '2000-01-01T00:00:00Z'", [])
        try connection.close()
        try await fixture.portal.setRobotsStatus(503)
        try await fixture.portal.resetLog()
        let third = try await Self.crawl([pipeline])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("mau: 0 new, 0 changed, 9 unchanged, 0 failed"), "\(third.stderr)")
        log = try await fixture.portal.log()
        #expect(log.filter { $0.path == "/robots.txt" }.count == 3)
        #expect(!log.contains { $0.path.hasPrefix("/private/") })
    }

    /// A portal whose only start page is its listing still finds the articles of the sitemap
    /// its robots.txt names.
    @Test func robotsSitemapLinesAreFollowed() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let portal = """
              - name: chi-tin
                start: "\(fixture.portal.base)/tin-tuc"
                allow: ["/bai-viet/*.html"]
                listing: ["/tin-tuc?page=*"]
            """
        let result = try await Self.crawl([try fixture.write(portals: [portal]), "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try fixture.nightFiles().flatMap { try CrawlFixture.jsonLines($0) }
        #expect(records.contains { $0.uri == "\(fixture.portal.base)/bai-viet/nld.html" })
        #expect(try await fixture.portal.log().contains { $0.path == "/sitemap.xml" && $0.status == 200 })
    }
}
