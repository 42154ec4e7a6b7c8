import Extraction
import Foundation
import Records
import Storage
import Testing

/// Runs every query of `sql/analyst-queries.sql` on sample records loaded into SQLite and
/// PostgreSQL, so the examples keep matching the tables.
@Suite("Analyst queries")
struct AnalystQueryTests {
    enum Dialects: Equatable { case both, postgresOnly, sqliteOnly }

    struct Query: CustomStringConvertible, Sendable {
        var sql: String
        var dialects: Dialects
        /// The query's first comment line, to name it in failures.
        var title: String
        var description: String { title }

        func runs(on dialect: SQLDialect) -> Bool {
            switch dialects {
            case .both: true
            case .postgresOnly: dialect == .postgres
            case .sqliteOnly: dialect == .sqlite
            }
        }
    }

    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql/analyst-queries.sql")

    /// The file's statements, split at semicolons that end a line. A query's own comment is
    /// the block of comment lines right above it; "PostgreSQL only" or "SQLite only" there
    /// limits it to one database.
    static func queries() throws -> [Query] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.components(separatedBy: ";\n").compactMap { chunk -> Query? in
            let lines = chunk.components(separatedBy: "\n")
            guard let first = lines.firstIndex(where: { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix("--")
            }) else { return nil }
            let comment = lines[..<first].reversed().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed()
            let commentText = comment.joined(separator: "\n")
            let dialects: Dialects = commentText.contains("PostgreSQL only") ? .postgresOnly
                : commentText.contains("SQLite only") ? .sqliteOnly : .both
            let title = comment.first.map { String($0.drop { $0 == "-" || $0 == " " }) } ?? lines[first]
            return Query(sql: lines[first...].joined(separator: "\n"), dialects: dialects, title: title)
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
        return try queries().filter { $0.runs(on: connection.dialect) }.map { query in
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

    @Test func fileHasQueriesForBothDatabases() throws {
        let queries = try Self.queries()
        #expect(queries.count >= 15)
        #expect(queries.filter { $0.dialects == .both }.count >= 12)
        #expect(queries.contains { $0.dialects == .postgresOnly })
        #expect(queries.contains { $0.dialects == .sqliteOnly })
    }

    @Test func queriesRunOnSQLite() throws {
        let results = try Self.results(on: SQLiteStoreTests.connect())
        #expect(results.count == (try Self.queries()).filter { $0.runs(on: .sqlite) }.count)
        for (query, rows) in results {
            #expect(!rows.isEmpty, "no rows from \(query) on the sample")
        }
        let topDirectives = try #require(results.first).1
        #expect(topDirectives.contains("Tỉnh ủy An Giang"))
    }

    @Test(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
    func queriesRunOnPostgresAndAgreeWithSQLite() async throws {
        let postgres = try await TestPostgres.inSchema { connection in
            try Self.results(on: connection).map { ($0.0.title, $0.0.dialects, $0.1) }
        }
        let sqlite = Dictionary(uniqueKeysWithValues: try Self.results(on: SQLiteStoreTests.connect()).map { ($0.0.title, $0.1) })
        #expect(postgres.count == (try Self.queries()).filter { $0.runs(on: .postgres) }.count)
        for (title, dialects, rows) in postgres {
            #expect(!rows.isEmpty, "no rows from \(title) on the sample")
            if dialects == .both {
                #expect(rows == sqlite[title], "\(title): PostgreSQL and SQLite disagree")
            }
        }
    }
}
