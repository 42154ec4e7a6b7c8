import Foundation
import TestSupport
import Testing
import WARC

/// The night's page archive: `baocao crawl` writes every exchange to a `.warc.gz` that
/// Python's warcio reads, and `baocao extract` gives the crawl's records back from it.
@Suite(.crawlThreads) struct WARCArchiveTests {
    /// warcio's view of a WARC file: every record's type, URI, IDs and HTTP status.
    static let warcioScript = """
        import json, sys
        from warcio.archiveiterator import ArchiveIterator
        out = []
        with open(sys.argv[1], 'rb') as f:
            for r in ArchiveIterator(f):
                h = r.rec_headers
                out.append({'type': r.rec_type, 'uri': h.get_header('WARC-Target-URI'),
                            'id': h.get_header('WARC-Record-ID'), 'to': h.get_header('WARC-Concurrent-To'),
                            'status': int(r.http_headers.get_statuscode()) if r.rec_type == 'response' else None,
                            'location': r.http_headers.get_header('Location') if r.rec_type == 'response' else None,
                            'length': len(r.content_stream().read())})
        print(json.dumps(out))
        """

    @Test func aCrawlArchivesEveryExchangeAndExtractGivesItsRecordsBack() async throws {
        let fixture = try CrawlFixture(slowSeconds: 0.2)
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal, fixture.faultyPortal])
        let crawl = try await CrawlCommandTests.baocao(["crawl", pipeline, "--quiet"])
        #expect(crawl.status == 0 || crawl.status == 1, "status \(crawl.status)\n\(crawl.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
        let archives = names.filter { $0.hasPrefix("records.") && $0.hasSuffix(".warc.gz") }
        try #require(archives.count == 1, "\(names)")
        let archive = fixture.folder.appendingPathComponent(archives[0])
        let stamp = archives[0].dropFirst("records.".count).dropLast(".warc.gz".count)
        #expect(names.contains("records.\(stamp).jsonl"), "the archive is dated like the records: \(names)")

        // warcio reads it: warcinfo first, then a response and its request for every exchange.
        let python = try await Self.run("/usr/bin/env", ["python3", "-c", Self.warcioScript, archive.path])
        try #require(python.status == 0, "warcio failed:\n\(python.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [[String: Any]])
        #expect(records.first?["type"] as? String == "warcinfo")
        let responses = records.filter { $0["type"] as? String == "response" }
        let requests = records.filter { $0["type"] as? String == "request" }
        #expect(responses.count == requests.count && responses.count + requests.count + 1 == records.count)
        let responseIDs = Dictionary(responses.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for request in requests {
            let response = responseIDs[request["to"] as? String ?? ""]
            #expect(response?["uri"] as? String == request["uri"] as? String, "request \(request) has no response")
        }
        let statuses = Set(responses.compactMap { $0["status"] as? Int })
        #expect(statuses.isSuperset(of: [200, 404]), "statuses \(statuses)")
        // warcio checks every block and payload digest.
        let check = try await Self.run("/usr/bin/env", ["python3", "-m", "warcio.cli", "check", "-v", archive.path])
        #expect(check.status == 0, "warcio check:\n\(check.stdout)\n\(check.stderr)")

        // Every crawled record is in the archive, and extract gives it back (under the URI a
        // redirect led to: the crawl keeps the URI it asked for).
        let crawled = try CrawlFixture.jsonLines(fixture.folder.appendingPathComponent("records.\(stamp).jsonl"))
        #expect(crawled.count >= 10, "\(crawled.count) records")
        let output = fixture.folder.appendingPathComponent("again.jsonl")
        let extract = try await CrawlCommandTests.baocao(["extract", archive.path, "-o", output.path])
        #expect(extract.status == 0 || extract.status == 1, "extract: \(extract.status)\n\(extract.stderr)")
        let extracted = try CrawlFixture.jsonLines(output)
        let byURI = Dictionary(extracted.map { (Self.source($0)["uri"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for record in crawled {
            var uri = Self.source(record)["uri"] as? String ?? ""
            for _ in 0..<5 {
                guard let moved = responses.first(where: { $0["uri"] as? String == uri && (300..<400).contains($0["status"] as? Int ?? 0) }),
                      let location = moved["location"] as? String, let next = URL(string: location, relativeTo: URL(string: uri)) else { break }
                uri = next.absoluteString
            }
            #expect(responses.contains { $0["uri"] as? String == uri && $0["status"] as? Int == 200 }, "\(uri) not archived")
            let again = try #require(byURI[uri], "\(uri) not extracted from the archive")
            #expect(Self.runIndependent(again) == Self.runIndependent(record), "\(uri) differs:\n\(Self.runIndependent(again))\n\(Self.runIndependent(record))")
            let fetchedAt = Self.source(again)["fetched_at"] as? String ?? ""
            #expect(fetchedAt.count == 20 && fetchedAt.hasSuffix("Z"), "\(uri): fetched_at \(fetchedAt)")
        }
    }

    /// SIGTERM in the middle of a night: the crawl stops starting requests, closes its files
    /// and finishes its archive (exit status 143); the next night fetches the rest.
    @Test func aSignalEndsTheNightWithAFinishedArchive() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let slow = try fixture.write(portals: [fixture.cleanPortal], perHostDelay: "700ms")
        let folder = fixture.folder
        let (status, stderr) = try await onOwnThread { () throws -> (Int32, String) in
            let process = try Self.startCrawl([slow, "--quiet"], folder: folder)
            // Signalled once its first exchanges are archived.
            if Self.waitForArchive(in: folder, bytes: 2000) { kill(process.processIdentifier, SIGTERM) }
            let ended = Self.wait(process, seconds: 60)
            return (ended ? process.terminationStatus : -1, try String(contentsOf: folder.appendingPathComponent("stderr.txt"), encoding: .utf8))
        }
        #expect(status == 143, "\(stderr)")
        #expect(stderr.contains("stopped by a signal") && stderr.contains("left for the next night"), "\(stderr)")
        var names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
        let archives = try Self.archives(in: folder)
        try #require(archives.count == 1, "\(names)")
        let responses = try await Self.warcioRecords(archives[0]).filter { $0["type"] as? String == "response" }
        #expect(!responses.isEmpty)
        let check = try await Self.run("/usr/bin/env", ["python3", "-m", "warcio.cli", "check", archives[0].path])
        #expect(check.status == 0, "warcio check:\n\(check.stdout)\n\(check.stderr)")
        let firstNight = try fixture.nightFiles().flatMap { try CrawlFixture.jsonLines($0) }
        #expect(firstNight.count < 9, "the signal stopped nothing: \(firstNight.count) records")
        for record in firstNight {
            #expect(responses.contains { $0["uri"] as? String == record.uri && $0["status"] as? Int == 200 }, "\(record.uri ?? "")")
        }

        let next = try await CrawlCommandTests.baocao(["crawl", try fixture.write(portals: [fixture.cleanPortal]), "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
        let uris = Set(try fixture.nightFiles().flatMap { try CrawlFixture.jsonLines($0) }.compactMap(\.uri))
        #expect(uris.count == 9, "\(uris.sorted())")
        for archive in try Self.archives(in: folder) { _ = try await Self.warcioRecords(archive) }
    }

    /// A night killed outright (SIGKILL) leaves `….warc.gz.partial`, here with a last gzip
    /// member torn in two; the next night keeps its complete records, cuts the torn one and
    /// gives the file its final name, which warcio reads and checks.
    @Test func aKilledNightsArchiveIsFinishedByTheNextNight() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let slow = try fixture.write(portals: [fixture.cleanPortal], perHostDelay: "700ms")
        let folder = fixture.folder
        let killed = try await onOwnThread { () throws -> Bool in
            let process = try Self.startCrawl([slow, "--quiet"], folder: folder)
            let archived = Self.waitForArchive(in: folder, bytes: 2000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return archived && process.terminationReason == .uncaughtSignal
        }
        try #require(killed, "the crawl archived nothing, or ended before it was killed")
        let partial = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first { $0.hasSuffix(".warc.gz.partial") }.map { folder.appendingPathComponent($0) })
        let complete = try Data(contentsOf: partial)
        let torn = try Gzip.member(Array("WARC/1.1\r\nWARC-Type: resource\r\n".utf8) + Array(repeating: 0x41, count: 4000))
        let handle = try FileHandle(forWritingTo: partial)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn.prefix(torn.count / 2)))
        try handle.close()

        let next = try await CrawlCommandTests.baocao(["crawl", try fixture.write(portals: [fixture.cleanPortal]), "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") }, "\(names)")
        let finished = URL(fileURLWithPath: String(partial.path.dropLast(".partial".count)))
        #expect(try Data(contentsOf: finished) == complete, "the torn member was not cut, or more was cut")
        let records = try await Self.warcioRecords(finished)
        #expect(records.first?["type"] as? String == "warcinfo")
        #expect(records.contains { $0["type"] as? String == "response" })
        let check = try await Self.run("/usr/bin/env", ["python3", "-m", "warcio.cli", "check", finished.path])
        #expect(check.status == 0, "warcio check:\n\(check.stdout)\n\(check.stderr)")
        #expect(try Self.archives(in: folder).count == 2)
    }

    /// `baocao crawl ARGUMENTS` started in the background; its standard error goes to `folder/stderr.txt`.
    static func startCrawl(_ arguments: [String], folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = CrawlCommandTests.executable
        process.arguments = ["crawl"] + arguments
        process.currentDirectoryURL = FakePortal.root
        let log = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits (up to 90 s, on a thread of the caller's: ``onOwnThread(_:)``) until the night's archive in `folder` holds `bytes` or more.
    static func waitForArchive(in folder: URL, bytes: Int) -> Bool {
        let until = Date().addingTimeInterval(90)
        while Date() < until {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if let partial = names.first(where: { $0.hasSuffix(".warc.gz.partial") }),
               let size = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(partial).path)[.size] as? Int,
               size >= bytes {
                return true
            }
            usleep(50_000)
        }
        return false
    }

    /// Waits (on a thread of the caller's) up to `seconds` for `process` to end; kills it and returns false when it does not.
    static func wait(_ process: Process, seconds: Double) -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < until { usleep(20_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return false
        }
        process.waitUntilExit()
        return true
    }

    static func source(_ record: [String: Any]) -> [String: Any] { record["source"] as? [String: Any] ?? [:] }

    /// The records of `archive` as warcio reads them (see ``warcioScript``); fails the test when it cannot.
    static func warcioRecords(_ archive: URL) async throws -> [[String: Any]] {
        let python = try await run("/usr/bin/env", ["python3", "-c", warcioScript, archive.path])
        try #require(python.status == 0, "warcio failed on \(archive.lastPathComponent):\n\(python.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [[String: Any]])
    }

    /// What `baocao extract ARCHIVE` gives, by URI.
    static func extracted(_ archive: URL) async throws -> [String: [String: Any]] {
        let output = archive.deletingLastPathComponent().appendingPathComponent("extract-" + UUID().uuidString + ".jsonl")
        let extract = try await CrawlCommandTests.baocao(["extract", archive.path, "-o", output.path, "--quiet"])
        #expect(extract.status == 0 || extract.status == 1, "extract \(archive.lastPathComponent): \(extract.status)\n\(extract.stderr)")
        defer { try? FileManager.default.removeItem(at: output) }
        return Dictionary(try CrawlFixture.jsonLines(output).map { (source($0)["uri"] as? String ?? "", $0) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// The files of `folder` named like a night's page archive (`records.STAMP.warc.gz`), oldest first.
    static func archives(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasPrefix("records.") && $0.hasSuffix(".warc.gz") }
            .map { folder.appendingPathComponent($0) }
    }

    /// The record without what depends on the run: the portal and province (from the registry),
    /// fetched_at, which the crawl stamps after the body, the archive when the headers came, and
    /// the URI (compared above, through redirects).
    static func runIndependent(_ record: [String: Any]) -> String {
        var copy = record
        var source = source(record)
        source["portal"] = nil
        source["fetched_at"] = nil
        source["uri"] = nil
        copy["source"] = source
        copy["province"] = nil
        let data = (try? JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func run(_ path: String, _ arguments: [String]) async throws -> ChildProcess.Output {
        try await ChildProcess.run(URL(fileURLWithPath: path), arguments)
    }
}
