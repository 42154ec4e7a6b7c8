import Foundation
import Storage
import Testing
import TestSupport

/// The pipeline against the real PostgreSQL server of `scripts/test`
/// (`BAOCAO_TEST_POSTGRES_URL`): the same guarantees as with SQLite.
@Suite("Runs into PostgreSQL", .serialized,
       .enabled(if: ScratchPostgres.isAvailable, Comment(rawValue: ScratchPostgres.skipReason)))
struct PostgresRunTests {
    static let lists = ["directives", "figures", "models", "dates", "periods", "people", "themes"]

    /// Row count of `documents` and each list table, and a digest of the list rows; document
    /// uris are taken relative to `workspace`, so two workspaces compare equal.
    static func tables(_ url: String, workspace: URL? = nil) async throws -> [String: String] {
        try await onOwnThread { try tablesNow(url, workspace: workspace) }
    }

    private static func tablesNow(_ url: String, workspace: URL?) throws -> [String: String] {
        let connection = try PostgresConnection(url: url)
        defer { try? connection.close() }
        var result: [String: String] = [:]
        let prefix = workspace.map { "file://\($0.path)/" } ?? ""
        for table in ["documents"] + lists {
            let (digest, values): (String, [SQLValue]) = table == "documents"
                ? ("SELECT md5(string_agg(id || replace(uri, $1, ''), ',' ORDER BY id)) FROM documents", [.text(prefix)])
                : ("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM \(table) t", [])
            result[table] = "\(try connection.count(table)) " + ((try connection.queryColumn(digest, values).first ?? nil) ?? "")
        }
        return result
    }

    /// The uris of `documents`, sorted.
    static func documentURIs(_ url: String) async throws -> [String] {
        try await onOwnThread {
            let connection = try PostgresConnection(url: url)
            defer { try? connection.close() }
            return try connection.queryColumn("SELECT uri FROM documents ORDER BY uri COLLATE \"C\"", []).compactMap { $0 }
        }
    }

    @Test func pruneRemovesTheRowsOfDeletedFilesOnly() async throws {
        try await ScratchPostgres.withDatabasesAsync { urls in
            let url = urls[0]
            let folder = try Harness.temporaryDirectory()
            defer { Harness.remove(folder) }
            for name in ["corpus/a/x.txt", "corpus/a/y.txt", "corpus/b/z.txt"] {
                let target = folder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (String(contentsOf: InputTests.report, encoding: .utf8) + "\n\(name)\n").write(to: target, atomically: true, encoding: .utf8)
            }
            let db = ["--db", url, "-o", "/dev/null", "--quiet"]
            #expect(try await Harness.baocao(["extract", "corpus"] + db, in: folder).status == 0)
            try await onOwnThread {
                let connection = try PostgresConnection(url: url)
                try connection.execute("""
                    INSERT INTO documents (id, uri, media_type, bytes, authors, text, warnings, extracted_at, schema)
                    VALUES ('crawled', 'https://example.vn/gone.html', 'text/html', 1, '[]', 'x', '[]', 't', 's')
                    """, [])
                try connection.close()
            }
            try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/a/x.txt"))
            try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/b/z.txt"))
            let pruned = try await Harness.baocao(["extract", "corpus/a", "--prune"] + db, in: folder)
            #expect(pruned.status == 0, "\(pruned.stderr)")
            #expect(pruned.stderr.contains("1 unchanged, 1 pruned"), "\(pruned.stderr)")
            let root = "file://\(folder.path)/corpus/"
            await #expect(try Self.documentURIs(url) == [root + "a/y.txt", root + "b/z.txt", "https://example.vn/gone.html"])
        }
    }

    /// The pipeline of `folder`, into PostgreSQL; it reads ``RunTests/heldDocument`` last when
    /// the workspace has one.
    static func pipeline(in folder: URL) throws {
        let held = FileManager.default.fileExists(atPath: folder.appendingPathComponent("held.list").path)
        try """
            sources:
              - folder: corpus
            \(held ? "  - manifest: held.list\n" : "")concurrency: 1
            sinks:
              jsonl: output/records.jsonl
              postgres: ${TEST_DATABASE_URL}
            """.write(to: folder.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
    }

    @Test func rowsEqualTheJSONLinesAndASecondRunChangesNothing() async throws {
        try await ScratchPostgres.withDatabasesAsync { urls in
            let url = urls[0]
            let folder = try RunTests.workspace()
            defer { Harness.remove(folder) }
            try Self.pipeline(in: folder)
            let first = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder, environment: ["TEST_DATABASE_URL": url])
            #expect(first.status == 0, "\(first.stderr)")
            let records = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
            let tables = try await Self.tables(url)
            #expect(tables["documents"]?.hasPrefix("\(records.count) ") == true)
            for list in Self.lists {
                let inRecords = records.reduce(0) { $0 + (($1[list] as? [Any])?.count ?? 0) }
                #expect(tables[list]?.hasPrefix("\(inRecords) ") == true, "\(list): \(tables[list] ?? "-") vs \(inRecords)")
            }
            let second = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder, environment: ["TEST_DATABASE_URL": url])
            #expect(second.stderr.contains("0 inserted, 0 replaced, \(records.count) unchanged"), "\(second.stderr)")
            await #expect(try Self.tables(url) == tables)
        }
    }

    @Test func aKilledRunResumesToTheSameRows() async throws {
        try await ScratchPostgres.withDatabasesAsync(2) { urls in
            let (referenceURL, url) = (urls[0], urls[1])
            let reference = try RunTests.workspace(copies: 3, concurrency: 1, held: true)
            defer { Harness.remove(reference) }
            try Self.pipeline(in: reference)
            let complete = try await RunTests.feedingHeld(reference) {
                try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: reference, environment: ["TEST_DATABASE_URL": referenceURL])
            }
            #expect(complete.status == 0, "\(complete.stderr)")
            let expected = try await Self.tables(referenceURL, workspace: reference)
            let folder = try RunTests.workspace(copies: 3, concurrency: 1, held: true)
            defer { Harness.remove(folder) }
            try Self.pipeline(in: folder)
            _ = try await RunTests.interruptedRun(in: folder, signal: SIGKILL, environment: ["TEST_DATABASE_URL": url])
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/records.jsonl.partial").path),
                    "the run finished before it could be killed")
            let partialRows = try await Self.tables(url, workspace: folder)
            #expect(partialRows["documents"] != expected["documents"], "the killed run had loaded everything already")
            let resumed = try await RunTests.feedingHeld(folder) {
                try await Harness.baocao(["run", "pipeline.yml"], in: folder, environment: ["TEST_DATABASE_URL": url])
            }
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stderr.contains("resuming an interrupted run"))
            await #expect(try Self.tables(url, workspace: folder) == expected)
            let records = try String(contentsOf: reference.appendingPathComponent("output/records.jsonl"), encoding: .utf8)
            #expect(try String(contentsOf: folder.appendingPathComponent("output/records.jsonl"), encoding: .utf8)
                == records.replacingOccurrences(of: "file://\(reference.path)/", with: "file://\(folder.path)/"))
        }
    }

    /// Four shard processes load one database at the same time, twice over: no lost rows, no
    /// deadlock (each exits 0 in time), the same tables as one process loading everything,
    /// and the second round changes nothing.
    @Test func fourShardsLoadOneDatabaseAtOnce() async throws {
        try await ScratchPostgres.withDatabasesAsync(2) { urls in
            let (single, shared) = (urls[0], urls[1])
            let folder = try RunTests.workspace(copies: 2)
            defer { Harness.remove(folder) }
            let alone = try await Harness.baocao(["extract", "corpus", "--db", single, "-o", "/dev/null", "--quiet"], in: folder)
            #expect(alone.status == 0, "\(alone.stderr)")
            let expected = try await Self.tables(single)
            for round in 0..<2 {
                var processes: [Process] = []
                for index in 0..<4 {
                    let process = Process()
                    process.executableURL = Harness.executable
                    process.arguments = ["extract", "corpus", "--shard", "\(index)/4", "--db", shared, "-o", "/dev/null",
                                         "--quiet", "-j", "1"]
                    process.currentDirectoryURL = folder
                    process.standardError = FileHandle.nullDevice
                    try process.run()
                    processes.append(process)
                }
                _ = await ChildProcess.poll(seconds: 300) { !processes.contains(where: \.isRunning) }
                let hanging = processes.filter(\.isRunning).count
                #expect(hanging == 0, "round \(round): a shard process hangs (deadlock?)")
                for process in processes where process.isRunning { process.terminate() }
                for process in processes {
                    await ChildProcess.waitUntilExit(process)
                    #expect(process.terminationStatus == 0, "round \(round): \(process.arguments ?? [])")
                }
                await #expect(try Self.tables(shared) == expected, "round \(round): four shards' rows differ from one load")
            }
        }
    }
}
