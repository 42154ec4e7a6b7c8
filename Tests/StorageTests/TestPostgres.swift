import Foundation
import Storage
import Testing

/// The PostgreSQL server the tests use: `BAOCAO_TEST_POSTGRES_URL`, which `scripts/test`
/// sets after starting a throwaway server (`scripts/postgres-test-server`).
///
/// Without it the PostgreSQL suites are skipped, unless `CI` or
/// `BAOCAO_REQUIRE_POSTGRES=1` is set: then `PostgresServerRequirementTests` fails.
enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment
    static let url: String? = environment["BAOCAO_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isRequired = !["", "0", "false"].contains(environment["CI"]?.lowercased() ?? "") || environment["BAOCAO_REQUIRE_POSTGRES"] == "1"
    static let isAvailable = url != nil
    static let skipReason: Comment = "BAOCAO_TEST_POSTGRES_URL is not set: run scripts/test, or point it at a server (postgres://user@host:port/database)"

    struct NoServer: Error, CustomStringConvertible {
        var description: String { "BAOCAO_TEST_POSTGRES_URL is not set" }
    }

    /// Runs `body` on a thread of its own, as the pipeline's runner calls sinks: the
    /// connection blocks its caller, which must not be a thread of the cooperative pool.
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// Runs `body` on its own thread with a connection whose tables live in a new schema,
    /// dropped afterwards, so tests running side by side never see each other's rows.
    static func inSchema<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        try await onOwnThread {
            let schema = newName()
            let connection = try connect()
            defer { try? connection.close() }
            try connection.execute("CREATE SCHEMA \(schema)", [])
            defer { try? connection.execute("DROP SCHEMA \(schema) CASCADE", []) }
            try connection.execute("SET search_path TO \(schema)", [])
            return try body(connection)
        }
    }

    /// Runs `body` on its own thread with the URL of a new database, dropped afterwards.
    static func inDatabase<T: Sendable>(_ body: @escaping @Sendable (String) throws -> T) async throws -> T {
        try await onOwnThread {
            let database = newName()
            let admin = try connect()
            defer { try? admin.close() }
            try admin.execute("CREATE DATABASE \(database)", [])
            defer { try? admin.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)", []) }
            return try body(try url(database: database))
        }
    }

    /// The error `body` throws, or nil.
    static func storageError(_ body: () throws(StorageError) -> Void) -> StorageError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    static func connect() throws -> PostgresConnection {
        guard let url else { throw NoServer() }
        return try PostgresConnection(url: url)
    }

    /// The test URL with another database name.
    static func url(database: String) throws -> String {
        guard let url else { throw NoServer() }
        let query = url.firstIndex(of: "?").map { String(url[$0...]) } ?? ""
        let base = url.dropLast(query.count)
        guard let slash = base.range(of: "/", options: .backwards), slash.lowerBound > base.index(base.startIndex, offsetBy: "postgres://".count)
        else { return base + "/" + database + query }
        return base[..<slash.upperBound] + database + query
    }

    static func newName() -> String { "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "") }
}

@Suite("PostgreSQL server for tests")
struct PostgresServerRequirementTests {
    @Test func serverIsThereWhenRequired() {
        #expect(TestPostgres.isAvailable || !TestPostgres.isRequired,
                "PostgreSQL tests are required here (CI or BAOCAO_REQUIRE_POSTGRES=1) but BAOCAO_TEST_POSTGRES_URL is not set; run scripts/test")
    }

    @Test(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
    func serverAnswers() async throws {
        let version = try await TestPostgres.onOwnThread {
            let connection = try TestPostgres.connect()
            defer { try? connection.close() }
            return try connection.queryColumn("SHOW server_version", []).first ?? nil
        }
        #expect(version?.isEmpty == false)
    }
}
