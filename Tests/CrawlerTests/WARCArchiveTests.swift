import Foundation
import TestSupport
import Testing

/// The night's page archive: `baocao crawl` writes every exchange to a `.warc.gz` that
/// Python's warcio reads, and `baocao extract` gives the crawl's records back from it.
@Suite struct WARCArchiveTests {
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
        let python = try Self.run("/usr/bin/env", ["python3", "-c", Self.warcioScript, archive.path])
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
        let check = try Self.run("/usr/bin/env", ["python3", "-m", "warcio.cli", "check", "-v", archive.path])
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

    static func source(_ record: [String: Any]) -> [String: Any] { record["source"] as? [String: Any] ?? [:] }

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

    static func run(_ path: String, _ arguments: [String]) throws -> ChildProcess.Output {
        try ChildProcess.run(URL(fileURLWithPath: path), arguments)
    }
}
