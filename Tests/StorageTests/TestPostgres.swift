import Foundation
import Storage
import Testing
import TestSupport

/// The PostgreSQL server the tests use: `BAOCAO_TEST_POSTGRES_URL`, which `scripts/test`
/// sets after starting a throwaway server (`scripts/postgres-test-server`).
///
/// Without it the PostgreSQL suites are skipped, unless `CI` or
/// `BAOCAO_REQUIRE_POSTGRES=1` is set: then `PostgresServerRequirementTests` fails.
enum TestPostgres {
    static let environment = ProcessInfo.processInfo.environment
    static let url = ScratchPostgres.url
    static let isRequired = ScratchPostgres.isRequired
    static let isAvailable = ScratchPostgres.isAvailable
    static let skipReason = Comment(rawValue: ScratchPostgres.skipReason)

    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await ScratchPostgres.onOwnThread(body)
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
        try await ScratchPostgres.withDatabases(1) { urls in try body(urls[0]) }
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

    static func connect() throws -> PostgresConnection { try ScratchPostgres.connect() }
    static func url(database: String) throws -> String { try ScratchPostgres.url(database: database) }
    static func newName() -> String { ScratchPostgres.newName() }
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
