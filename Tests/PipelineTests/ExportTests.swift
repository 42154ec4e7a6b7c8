import Foundation
import Records
import Storage
import Testing

/// `baocao export`: CSV for Excel (UTF-8 with BOM, RFC 4180) and JSON Lines, read back by Python.
@Suite(.serialized) struct ExportTests {
    @Test func csvRoundTripsVietnameseTextThroughPythonsCSVModule() async throws {
        let corpus = try await ReportTests.corpus.value
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let csv = folder.appendingPathComponent("documents.csv")
        let result = try await Harness.baocao(["export", "sqlite:" + corpus.database.path, "-o", csv.path,
                                         "--query", "SELECT id, title, site, text FROM documents ORDER BY id"])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: csv)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        // Python reads the CSV and the database and says whether every cell is the same.
        let check = try await Harness.python(["-c", """
            import csv, sqlite3, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
            db = sqlite3.connect(sys.argv[2])
            expected = [[c if c is not None else "" for c in r]
                        for r in db.execute("SELECT id, title, site, text FROM documents ORDER BY id")]
            assert rows[0] == ["id", "title", "site", "text"], rows[0]
            assert rows[1:] == expected, "rows differ"
            assert any("ệ" in c or "ố" in c for r in rows for c in r), "no Vietnamese text"
            print(len(rows) - 1)
            """, csv.path, corpus.database.path])
        #expect(check.status == 0, "\(check.stderr)")
        let connection = try SQLiteConnection(path: corpus.database.path)
        defer { try? connection.close() }
        #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(try connection.count("documents")))
    }

    @Test func csvQuotesCommasQuotesAndNewlines() async throws {
        let corpus = try await ReportTests.corpus.value
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let csv = folder.appendingPathComponent("quoting.csv")
        let result = try await Harness.baocao(["export", corpus.database.path, "-o", csv.path, "--format", "csv", "--query", """
            SELECT 'Hà Nội, Việt Nam' AS "a,b", 'nói "xin chào"' AS q, 'dòng 1' || char(10) || 'dòng 2' AS nl, NULL AS empty, 'thường' AS plain
            """])
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try Data(contentsOf: csv), as: UTF8.self)
        #expect(text == "\u{FEFF}\"a,b\",q,nl,empty,plain\r\n\"Hà Nội, Việt Nam\",\"nói \"\"xin chào\"\"\",\"dòng 1\ndòng 2\",,thường\r\n")
        let check = try await Harness.python(["-c", """
            import csv, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
            assert rows == [["a,b", "q", "nl", "empty", "plain"],
                            ["Hà Nội, Việt Nam", 'nói "xin chào"', "dòng 1\\ndòng 2", "", "thường"]], rows
            """, csv.path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func jsonLinesExportOfATable() async throws {
        let corpus = try await ReportTests.corpus.value
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let output = folder.appendingPathComponent("directives.jsonl")
        let result = try await Harness.baocao(["export", "sqlite:" + corpus.database.path, "--table", "directives", "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Harness.jsonLines(output)
        let connection = try SQLiteConnection(path: corpus.database.path)
        defer { try? connection.close() }
        #expect(rows.count == (try connection.count("directives")))
        #expect(rows.first?["directive_key"] != nil)
        #expect(rows.contains { ($0["issuer"] as? String)?.contains("Chính trị") == true })
        #expect(result.stderr.contains("\(rows.count) rows written"))
    }

    @Test func badTableOrQueryIsAUsageError() async throws {
        let corpus = try await ReportTests.corpus.value
        let out = "/tmp/baocao-export-never.csv"
        #expect(try await Harness.baocao(["export", corpus.database.path, "--table", "x; DROP TABLE documents", "-o", out]).status == 2)
        #expect(try await Harness.baocao(["export", corpus.database.path, "--table", "no_such_table", "-o", out]).status == 2)
        #expect(try await Harness.baocao(["export", corpus.database.path, "-o", out]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// `baocao --version`.
@Suite struct VersionTests {
    @Test func versionNamesTheSchemasAndLibxml2() async throws {
        let result = try await Harness.baocao(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("baocao ") == true)
        #expect(lines.contains("record schema: \(Record.schemaID)"))
        #expect(lines.contains("database schema version: \(Migrations.latestVersion)"))
        let library = try await Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["pkg-config", "--modversion", "libxml-2.0"])
        let version = library.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty)
        #expect(lines.contains { $0.hasPrefix("libxml2: \(version)") })
    }
}
