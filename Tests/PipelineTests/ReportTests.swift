import Foundation
import Storage
import TestSupport
import Testing

/// `baocao report`: the HTML page of a database or a JSON Lines file, rendered in headless
/// Chromium (Debian's `chromium`, installed by scripts/test-browser) with the network cut off.
@Suite(.serialized) struct ReportTests {
    static let sections = ["documents-over-time", "documents-by-province", "documents-by-portal", "directives", "figures",
                           "models", "people", "themes", "warnings", "coverage"]

    /// The corpus extracted once into a SQLite database and a JSON Lines file.
    static let corpus = Task { () async throws -> (folder: URL, database: URL, records: URL) in
        let folder = try Harness.temporaryDirectoryOfTheRun()
        let database = folder.appendingPathComponent("corpus.sqlite")
        let records = folder.appendingPathComponent("corpus.jsonl")
        let result = try await Harness.baocao(["extract", "corpus", "-o", records.path, "--db", "sqlite:" + database.path, "--quiet"])
        guard result.status == 0 else { throw Failure("extract failed (\(result.status)): \(result.stderr)") }
        return (folder, database, records)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let chromiumRequired = ProcessInfo.processInfo.environment["BAOCAO_REQUIRE_CHROMIUM"] == "1"

    /// The report's body without its header line (source and time differ between runs).
    static func body(_ html: String) -> String {
        html.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<title>") && !$0.hasPrefix("<p class=\"meta\">Nguồn:") }
            .joined(separator: "\n")
    }

    /// The `<section id=…>` of `id` in `html`.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The `data-count` numbers of each table row of a section.
    static func rows(_ section: String) -> [[Int]] {
        section.components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "data-count=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        }.filter { !$0.isEmpty }
    }

    static func sqlInt(_ connection: SQLConnection, _ sql: String) throws -> Int {
        Int((try connection.queryColumn(sql, []).first ?? nil) ?? "") ?? -1
    }

    static func report(_ arguments: [String]) async throws -> String {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let output = folder.appendingPathComponent("report.html")
        let result = try await Harness.baocao(["report"] + arguments + ["-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Checks the counts a report shows against SQL on the database it was made from.
    static func checkCounts(_ html: String, database: URL) throws {
        let connection = try SQLiteConnection(path: database.path)
        defer { try? connection.close() }
        let total = try sqlInt(connection, "SELECT COUNT(*) FROM documents")
        #expect(total > 50)
        #expect(html.contains("id=\"total-documents\" data-count=\"\(total)\""))
        for id in sections { #expect(section(id, in: html) != nil, "section \(id) missing") }
        #expect(html.contains("id=\"chart-years\""))

        let provinces = rows(section("documents-by-province", in: html) ?? "")
        #expect(provinces.map { $0[0] }.reduce(0, +) == total)
        #expect(provinces.count == (try sqlInt(connection, "SELECT COUNT(DISTINCT COALESCE(province, site, '(không rõ)')) FROM documents")))

        let portals = rows(section("documents-by-portal", in: html) ?? "")
        #expect(portals.map { $0[0] }.reduce(0, +) == total)

        let directives = rows(section("directives", in: html) ?? "")
        #expect(!directives.isEmpty)
        #expect(directives.first?.first == (try sqlInt(connection, """
            SELECT COUNT(DISTINCT document_id) AS n FROM directives WHERE directive_key IS NOT NULL
            GROUP BY directive_key ORDER BY n DESC LIMIT 1
            """)))

        let figures = rows(section("figures", in: html) ?? "")
        #expect(figures.map { $0[0] }.reduce(0, +) == (try sqlInt(connection, "SELECT COUNT(*) FROM figures")))
        #expect(figures.count == (try sqlInt(connection, "SELECT COUNT(DISTINCT kind) FROM figures")))

        let models = rows(section("models", in: html) ?? "")
        #expect(models.first?.first == (try sqlInt(connection,
            "SELECT COUNT(*) AS n FROM models GROUP BY COALESCE(owner, '') ORDER BY n DESC LIMIT 1")))
        let people = rows(section("people", in: html) ?? "")
        #expect(people.first?.first == (try sqlInt(connection,
            "SELECT COUNT(*) AS n FROM people GROUP BY COALESCE(title, '') ORDER BY n DESC LIMIT 1")))
        let themes = rows(section("themes", in: html) ?? "")
        #expect(themes.count == (try sqlInt(connection, "SELECT COUNT(*) FROM (SELECT DISTINCT year, title FROM themes)")))

        let warnings = rows(section("warnings", in: html) ?? "")
        #expect(warnings.map { $0[0] }.reduce(0, +) == (try sqlInt(connection,
            "SELECT COUNT(*) FROM documents, json_each(documents.warnings)")))

        let coverage = rows(section("coverage", in: html) ?? "")
        #expect(coverage.map { $0[0] }.reduce(0, +) == total)
        #expect(coverage.map { $0[1] }.reduce(0, +) == (try sqlInt(connection, "SELECT COUNT(*) FROM documents WHERE published IS NOT NULL")))
        #expect(coverage.map { $0[2] }.reduce(0, +) == (try sqlInt(connection, "SELECT COUNT(*) FROM documents WHERE title IS NOT NULL AND title <> ''")))
        #expect(coverage.map { $0[3] }.reduce(0, +) == (try sqlInt(connection, "SELECT COUNT(DISTINCT document_id) FROM directives")))
    }

    /// Chromium with every request sent to a proxy on a closed port and every host name unresolvable:
    /// a page that needed the network would lose what it fetched.
    static func chromiumArguments(proxyPort: Int, profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile.path,
         "--proxy-server=http://127.0.0.1:\(proxyPort)", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--disable-background-networking", "--disable-component-update", "--no-first-run"]
    }

    @Test(.enabled(if: chromium != nil || chromiumRequired, "chromium is not installed: run scripts/test-browser"))
    func corpusReportRendersOfflineInChromiumWithTheDatabaseCounts() async throws {
        let chromium = try #require(Self.chromium, "chromium is not installed: run scripts/test-browser")
        let corpus = try await Self.corpus.value
        let html = try await Self.report(["sqlite:" + corpus.database.path])
        #expect(html.contains("<meta charset=\"utf-8\">"))
        for pattern in ["src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe"] {
            #expect(!html.lowercased().contains(pattern), "the report has \(pattern)")
        }
        try Self.checkCounts(html, database: corpus.database)

        let page = corpus.folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let profile = try Harness.temporaryDirectory()
        defer { Harness.remove(profile) }
        let arguments = Self.chromiumArguments(proxyPort: 9, profile: profile)
        let dump = try await Harness.run(URL(fileURLWithPath: chromium), arguments + ["--dump-dom", page.absoluteString])
        let artifacts = Harness.artifacts
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("report.png")
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try await Harness.run(URL(fileURLWithPath: chromium),
                                   arguments + ["--screenshot=" + screenshot.path, "--window-size=1200,3000", page.absoluteString])
        #expect(dump.status == 0, "\(dump.stderr)")
        #expect(shot.status == 0, "\(shot.stderr)")
        #expect(dump.stdout.contains("BaoCao: báo cáo tổng hợp"), "Vietnamese text did not survive the render")
        // The DOM Chromium built holds every section and the same counts.
        try Self.checkCounts(dump.stdout, database: corpus.database)
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "no screenshot at \(screenshot.path)")
    }

    @Test func jsonLinesReportEqualsTheDatabaseReport() async throws {
        let corpus = try await Self.corpus.value
        let fromDatabase = try await Self.report([corpus.database.path])
        let fromRecords = try await Self.report([corpus.records.path])
        #expect(Self.body(fromDatabase) == Self.body(fromRecords))
        try Self.checkCounts(fromRecords, database: corpus.database)
    }

    @Test func textIsEscapedAndRejectsAreCounted() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let records = folder.appendingPathComponent("records.jsonl")
        let record: [String: Any] = [
            "schema": "baocao.record/2", "id": "x1", "source": ["uri": "file:///tmp/x.txt", "media_type": "text/plain", "bytes": 10],
            "title": "Tiêu đề", "published": "2024-03-02", "site": "<script>alert(1)</script> & \"Đảng bộ\"", "province": NSNull(),
            "text": "…", "warnings": [["code": "no_date", "message": "<b>không có ngày</b>"]],
            "directives": [["type": "chi_thi", "code": "05-CT/TW", "issuer": "Bộ Chính trị <BCT>"]],
            "figures": [], "models": [["name": "Mô hình \"Dân vận khéo\"", "category": "model", "owner": "Xã Ấp & Bắc"]],
            "people": [], "themes": [],
        ]
        try JSONSerialization.data(withJSONObject: record).write(to: records)
        let rejects = folder.appendingPathComponent("rejects.jsonl")
        try Data("""
            {"source":{"uri":"file:///tmp/a.pdf","media_type":"application/pdf","bytes":1},"error":{"kind":"unsupported_media","stage":"read","message":"PDF"}}
            {"source":{"uri":"file:///tmp/b.pdf","media_type":"application/pdf","bytes":1},"error":{"kind":"unsupported_media","stage":"read","message":"PDF"}}
            {"source":{"uri":"file:///tmp/c.txt","media_type":"text/plain","bytes":1},"error":{"kind":"too_large","stage":"read","message":"<big>"}}

            """.utf8).write(to: rejects)
        let html = try await Self.report([records.path, "--rejects", rejects.path])
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>không"))
        #expect(!html.contains("<BCT>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Đảng bộ&quot;"))
        #expect(html.contains("Xã Ấp &amp; Bắc"))
        let rejectRows = Self.rows(Self.section("rejects", in: html) ?? "")
        #expect(rejectRows.map { $0[0] } == [2, 1])
        #expect(Self.rows(Self.section("warnings", in: html) ?? "").map { $0[0] } == [1])
        // Without --rejects there is no rejects section.
        await #expect(Self.section("rejects", in: try Self.report([records.path])) == nil)
    }

    @Test func missingSourceIsAUsageError() async throws {
        let result = try await Harness.baocao(["report", "/nonexistent/records.jsonl", "-o", "/tmp/never.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/records.jsonl"))
        #expect(try await Harness.baocao(["report", "sqlite:/nonexistent/x.sqlite", "-o", "/tmp/never.html"]).status == 2)
    }

    @Test(.enabled(if: ScratchPostgres.isAvailable || ScratchPostgres.isRequired, Comment(rawValue: ScratchPostgres.skipReason)))
    func postgresReportEqualsTheSQLiteReport() async throws {
        let corpus = try await Self.corpus.value
        let fromSQLite = try await Self.report(["sqlite:" + corpus.database.path])
        let fromPostgres = try await ScratchPostgres.withDatabasesAsync { urls in
            let load = try await Harness.baocao(["extract", "corpus", "-o", "/dev/null", "--db", urls[0], "--quiet"])
            guard load.status == 0 else { throw Failure("extract into PostgreSQL failed: \(load.stderr)") }
            return try await Self.report([urls[0]])
        }
        #expect(Self.body(fromSQLite) == Self.body(fromPostgres))
    }
}
