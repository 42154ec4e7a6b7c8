import Foundation
import Storage
import Testing

/// The pipeline against the real PostgreSQL server of `scripts/test`
/// (`BAOCAO_TEST_POSTGRES_URL`): the same guarantees as with SQLite.
private let serverURL = ProcessInfo.processInfo.environment["BAOCAO_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

@Suite("Runs into PostgreSQL", .serialized,
       .enabled(if: serverURL != nil, "BAOCAO_TEST_POSTGRES_URL is not set: run scripts/test"))
struct PostgresRunTests {
    static let lists = ["directives", "figures", "models", "dates", "periods", "people", "themes"]

    /// Runs `body` with the URLs of `count` new databases, dropped afterwards. Connections
    /// block their caller, so this runs on a thread of its own.
    static func withDatabases(_ count: Int = 1, _ body: @escaping @Sendable ([String]) throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            Thread {
                continuation.resume(with: Result {
                    guard let serverURL else { return }
                    let admin = try PostgresConnection(url: serverURL)
                    defer { try? admin.close() }
                    let base = serverURL.split(separator: "?", maxSplits: 1).first.map(String.init) ?? serverURL
                    let query = serverURL.dropFirst(base.count)
                    guard let slash = base.range(of: "/", options: .backwards) else { return }
                    var urls: [String] = []
                    for _ in 0..<count {
                        let name = "p_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
                        try admin.execute("CREATE DATABASE \(name)", [])
                        urls.append(base[..<slash.upperBound] + name + query)
                    }
                    defer {
                        for url in urls {
                            let name = url.dropFirst(slash.upperBound.utf16Offset(in: base)).prefix { $0 != "?" }
                            try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", [])
                        }
                    }
                    try body(urls)
                })
            }.start()
        }
    }

    /// Row count of `documents` and each list table, and a digest of the list rows.
    static func tables(_ url: String) throws -> [String: String] {
        let connection = try PostgresConnection(url: url)
        defer { try? connection.close() }
        var result: [String: String] = [:]
        for table in ["documents"] + lists {
            let digest = table == "documents"
                ? "SELECT md5(string_agg(id || uri, ',' ORDER BY id)) FROM documents"
                : "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM \(table) t"
            result[table] = "\(try connection.count(table)) " + ((try connection.queryColumn(digest, []).first ?? nil) ?? "")
        }
        return result
    }

    static func pipeline(in folder: URL) throws {
        try """
            sources:
              - folder: corpus
            concurrency: 1
            sinks:
              jsonl: output/records.jsonl
              postgres: ${TEST_DATABASE_URL}
            """.write(to: folder.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
    }

    @Test func rowsEqualTheJSONLinesAndASecondRunChangesNothing() async throws {
        try await Self.withDatabases { urls in
            let url = urls[0]
            let folder = try RunTests.workspace()
            try Self.pipeline(in: folder)
            let first = try Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder, environment: ["TEST_DATABASE_URL": url])
            #expect(first.status == 0, "\(first.stderr)")
            let records = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
            let tables = try Self.tables(url)
            #expect(tables["documents"]?.hasPrefix("\(records.count) ") == true)
            for list in Self.lists {
                let inRecords = records.reduce(0) { $0 + (($1[list] as? [Any])?.count ?? 0) }
                #expect(tables[list]?.hasPrefix("\(inRecords) ") == true, "\(list): \(tables[list] ?? "-") vs \(inRecords)")
            }
            let second = try Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder, environment: ["TEST_DATABASE_URL": url])
            #expect(second.stderr.contains("0 inserted, 0 replaced, \(records.count) unchanged"), "\(second.stderr)")
            #expect(try Self.tables(url) == tables)
        }
    }

    @Test func aKilledRunResumesToTheSameRows() async throws {
        try await Self.withDatabases(2) { urls in
            let (referenceURL, url) = (urls[0], urls[1])
            let reference = try RunTests.workspace(copies: 3, concurrency: 1)
            try Self.pipeline(in: reference)
            let complete = try Harness.baocao(["run", "pipeline.yml", "--quiet"], in: reference,
                                              environment: ["TEST_DATABASE_URL": referenceURL])
            #expect(complete.status == 0, "\(complete.stderr)")
            let expected = try Self.tables(referenceURL)
            let folder = try RunTests.workspace(copies: 3, concurrency: 1)
            try Self.pipeline(in: folder)
            _ = try RunTests.interruptedRun(in: folder, signal: SIGKILL, environment: ["TEST_DATABASE_URL": url])
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/records.jsonl.partial").path),
                    "the run finished before it could be killed")
            let partialRows = try Self.tables(url)
            #expect(partialRows["documents"] != expected["documents"], "the killed run had loaded everything already")
            let resumed = try Harness.baocao(["run", "pipeline.yml"], in: folder, environment: ["TEST_DATABASE_URL": url])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stderr.contains("resuming an interrupted run"))
            #expect(try Self.tables(url) == expected)
            #expect(try Data(contentsOf: folder.appendingPathComponent("output/records.jsonl"))
                == Data(contentsOf: reference.appendingPathComponent("output/records.jsonl")))
        }
    }
}
