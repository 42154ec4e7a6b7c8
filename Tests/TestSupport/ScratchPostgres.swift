import Foundation
import Storage

/// The PostgreSQL server the tests use: `BAOCAO_TEST_POSTGRES_URL`, which `scripts/test`
/// sets after starting a throwaway server (`scripts/postgres-test-server`), and scratch
/// databases on it that disappear after each test.
public enum ScratchPostgres {
    static let environment = ProcessInfo.processInfo.environment
    /// The server's URL, or nil when no server is configured.
    public static let url: String? = environment["BAOCAO_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    /// True in CI and under `scripts/test`: then a missing server is a failure, not a skip.
    public static let isRequired = !["", "0", "false"].contains(environment["CI"]?.lowercased() ?? "")
        || environment["BAOCAO_REQUIRE_POSTGRES"] == "1"
    public static let isAvailable = url != nil
    public static let skipReason = "BAOCAO_TEST_POSTGRES_URL is not set: run scripts/test, or point it at a server (postgres://user@host:port/database)"

    public struct NoServer: Error, CustomStringConvertible {
        public var description: String { "BAOCAO_TEST_POSTGRES_URL is not set" }
    }

    /// Runs `body` on a thread of its own, as the pipeline's runner calls sinks: a
    /// connection blocks its caller, which must not be a thread of the cooperative pool.
    public static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await TestSupport.onOwnThread(body)
    }

    /// Runs `body` on its own thread with the URLs of `count` new databases, dropped afterwards.
    public static func withDatabases<T: Sendable>(_ count: Int = 1,
                                                  _ body: @escaping @Sendable ([String]) throws -> T) async throws -> T {
        try await onOwnThread {
            let admin = try connect()
            defer { try? admin.close() }
            var names: [String] = []
            defer { for name in names { try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", []) } }
            for _ in 0..<count {
                let name = newName()
                try admin.execute("CREATE DATABASE \(name)", [])
                names.append(name)
            }
            return try body(try names.map { try url(database: $0) })
        }
    }

    /// ``withDatabases(_:_:)`` for a body that awaits (child processes, say): the databases
    /// are created and dropped on a thread of their own, the body runs on the caller's task
    /// and must not open connections there (``onOwnThread(_:)`` does, without holding a
    /// thread of the cooperative pool).
    public static func withDatabasesAsync<T: Sendable>(_ count: Int = 1,
                                                       _ body: ([String]) async throws -> T) async throws -> T {
        let names = try await onOwnThread { () throws -> [String] in
            let admin = try connect()
            defer { try? admin.close() }
            var names: [String] = []
            do {
                for _ in 0..<count {
                    let name = newName()
                    try admin.execute("CREATE DATABASE \(name)", [])
                    names.append(name)
                }
            } catch {
                for name in names { try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", []) }
                throw error
            }
            return names
        }
        let result: Result<T, any Error>
        do { result = .success(try await body(try names.map { try url(database: $0) })) } catch { result = .failure(error) }
        await TestSupport.onOwnThread { () -> Void in
            guard let admin = try? connect() else { return }
            for name in names { try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", []) }
            try? admin.close()
        }
        return try result.get()
    }

    /// A connection to the server's own database.
    public static func connect() throws -> PostgresConnection {
        guard let url else { throw NoServer() }
        return try PostgresConnection(url: url)
    }

    /// The server URL with another database name.
    public static func url(database: String) throws -> String {
        guard let url else { throw NoServer() }
        let query = url.firstIndex(of: "?").map { String(url[$0...]) } ?? ""
        let base = url.dropLast(query.count)
        guard let slash = base.range(of: "/", options: .backwards),
              slash.lowerBound > base.index(base.startIndex, offsetBy: "postgres://".count)
        else { return base + "/" + database + query }
        return base[..<slash.upperBound] + database + query
    }

    /// A fresh lower-case identifier for a schema or database.
    public static func newName() -> String { "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "") }
}
