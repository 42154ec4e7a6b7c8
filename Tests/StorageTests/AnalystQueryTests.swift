import Extraction
import Foundation
import Records
import Storage
import TestSupport
import Testing

/// Runs every query of `sql/sqlite/analyst-queries.sql` on sample records loaded into SQLite
/// and of `sql/postgres/analyst-queries.sql` on the same records in PostgreSQL, so the
/// examples keep matching the tables; each whole file also goes through its database's own
/// command-line client (`sqlite3`, `psql`), as the files' headers tell analysts to run them.
@Suite("Analyst queries")
struct AnalystQueryTests {
    struct Query: CustomStringConvertible, Sendable {
        var sql: String
        /// The query's first comment line, to name it in failures.
        var title: String
        var description: String { title }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ dialect: SQLDialect) -> URL {
        root.appendingPathComponent("sql/\(dialect == .sqlite ? "sqlite" : "postgres")/analyst-queries.sql")
    }

    /// A file's statements, split at semicolons that end a line; a query's title is the first
    /// line of the block of comment lines right above it.
    static func queries(_ dialect: SQLDialect) throws -> [Query] {
        let text = try String(contentsOf: file(dialect), encoding: .utf8)
        return text.components(separatedBy: ";\n").compactMap { chunk -> Query? in
            let lines = chunk.components(separatedBy: "\n")
            guard let first = lines.firstIndex(where: { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix("--")
            }) else { return nil }
            let comment = lines[..<first].reversed().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed()
            let title = comment.first.map { String($0.drop { $0 == "-" || $0 == " " }) } ?? lines[first]
            return Query(sql: lines[first...].joined(separator: "\n"), title: title)
        }
    }

    /// Records from two provinces, two years and one undated report without a site.
    static func sample() -> [Record] {
        func record(_ name: String, site: String?, published: String?, codes: [String], warnings: [RecordWarning] = []) -> Record {
            var record = RecordFixtures.record(uri: "file:\(name).txt", bytes: name)
            record.site = site
            record.published = published
            record.facts.directives = codes.enumerated().map { n, code in
                Directive(type: code.contains("-NQ/") ? .nghiQuyet : .chiThi, number: String(code.prefix { $0 != "-" }), code: code,
                          date: nil, issuer: "Bộ Chính trị", term: nil,
                          mentions: [Mention(start: n, end: n + 7), Mention(start: n + 10, end: n + 17)])
            }
            record.warnings = warnings
            return record
        }
        return [
            record("a", site: "Tỉnh ủy An Giang", published: "2023-02-02", codes: ["05-CT/TW", "35-NQ/TW"]),
            record("b", site: "Tỉnh ủy An Giang", published: "2023-05-01T08:00:00+07:00", codes: ["05-CT/TW"]),
            record("c", site: "Huyện ủy Bình Lục", published: "2024-01-02", codes: ["35-NQ/TW"], warnings: [RecordWarning(.noDate, "no date in page")]),
            record("d", site: nil, published: nil, codes: ["05-CT/TW"]),
        ]
    }

    /// Each query's first column, sorted, on a database loaded with `sample()`.
    static func results(on connection: SQLConnection) throws -> [(Query, [String?])] {
        try RecordLoader(connection: connection).load(sample())
        return try queries(connection.dialect).map { query in
            do throws(StorageError) {
                return (query, try connection.queryColumn(query.sql, []).sorted { ($0 ?? "") < ($1 ?? "") })
            } catch {
                throw QueryFailed(query: query.title, dialect: connection.dialect, error: error)
            }
        }
    }

    struct QueryFailed: Error, CustomStringConvertible {
        var query: String
        var dialect: SQLDialect
        var error: StorageError
        var description: String { "\(query) (\(dialect)): \(error)" }
    }

    /// Queries 1–13 are the same text in both files; the last three use each database's own
    /// functions and must not appear in the other's file.
    @Test func filesShareTheCommonQueriesAndKeepTheirOwn() throws {
        let sqlite = try Self.queries(.sqlite)
        let postgres = try Self.queries(.postgres)
        #expect(sqlite.count == 16)
        #expect(postgres.count == 16)
        #expect(sqlite.prefix(13).map(\.sql) == postgres.prefix(13).map(\.sql))
        for query in sqlite {
            #expect(!["jsonb", "LATERAL", "::", "tsvector", "baocao_fold"].contains { query.sql.contains($0) }, "\(query) in the SQLite file")
        }
        for query in postgres {
            #expect(!["json_each", "json_extract", "MATCH", "documents_search"].contains { query.sql.contains($0) }, "\(query) in the PostgreSQL file")
        }
    }

    @Test func queriesRunOnSQLite() throws {
        let results = try SQLiteStoreTests.withConnection { try Self.results(on: $0) }
        #expect(results.count == (try Self.queries(.sqlite)).count)
        for (query, rows) in results {
            #expect(!rows.isEmpty, "no rows from \(query) on the sample")
        }
        let topDirectives = try #require(results.first).1
        #expect(topDirectives.contains("Tỉnh ủy An Giang"))
    }

    @Test(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
    func queriesRunOnPostgresAndAgreeWithSQLite() async throws {
        let postgres = try await TestPostgres.inSchema { connection in
            try Self.results(on: connection).map { ($0.0.title, $0.0.sql, $0.1) }
        }
        let sqlite = Dictionary(uniqueKeysWithValues: try SQLiteStoreTests.withConnection { try Self.results(on: $0) }.map { ($0.0.sql, $0.1) })
        #expect(postgres.count == (try Self.queries(.postgres)).count)
        for (title, sql, rows) in postgres {
            #expect(!rows.isEmpty, "no rows from \(title) on the sample")
            if let same = sqlite[sql] {
                #expect(rows == same, "\(title): PostgreSQL and SQLite disagree")
            }
        }
        #expect(postgres.filter { sqlite[$0.1] != nil }.count == 13)
    }

    /// The whole file through the `sqlite3` program, as its header says (`-bail`: the first
    /// error stops it with a non-zero status): no error, and a line of output per query at least.
    @Test(.enabled(if: ClientProgram.find("sqlite3") != nil || TestPostgres.isRequired,
                   "the sqlite3 program is not installed (apt-get install sqlite3; scripts/test installs it)"))
    func sqliteFileRunsInTheSQLite3Program() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-analyst-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let connection = try SQLiteConnection(path: path)
            try RecordLoader(connection: connection).load(Self.sample())
            try connection.close()
        }
        let run = try await ClientProgram.run("sqlite3", ["-bail", path], input: Self.file(.sqlite))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count >= 16)
    }

    /// The whole file through `psql` with ON_ERROR_STOP, as its header says.
    @Test(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
    func postgresFileRunsInPsql() async throws {
        let run = try await TestPostgres.inDatabase { url in
            let sink = try DatabaseSink(url: DatabaseURL(url), batchSize: 10)
            for record in Self.sample() { try sink.write(record) }
            try sink.close()
            return try ClientProgram.runBlocking("psql", [url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", Self.file(.postgres).path])
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: " rows)").count + run.stdout.components(separatedBy: " row)").count - 2 == 16,
                "\(run.stdout.suffix(2000))")
    }
}

/// A database's own command-line client, run as a real process.
enum ClientProgram {
    static func find(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: "\($0)/\(name)") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not on PATH" }
    }

    /// Runs `name` with `arguments`, standard input from `input` (else /dev/null), and waits
    /// on a thread of its own.
    static func run(_ name: String, _ arguments: [String], input: URL? = nil) async throws -> ChildProcess.Output {
        try await onOwnThread { try runBlocking(name, arguments, input: input) }
    }

    /// ``run(_:_:input:)`` holding the calling thread, for code on a thread of its own.
    static func runBlocking(_ name: String, _ arguments: [String], input: URL? = nil) throws -> ChildProcess.Output {
        guard let program = find(name) else { throw Missing(name: name) }
        let standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        return try ChildProcess.runBlocking(program, arguments, standardInput: standardInput)
    }
}
