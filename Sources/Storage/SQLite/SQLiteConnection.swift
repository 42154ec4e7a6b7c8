import GRDB

/// `SQLConnection` on an SQLite file through GRDB: WAL journal, foreign keys on,
/// statements prepared once and cached.
public final class SQLiteConnection: SQLConnection {
    public let dialect = SQLDialect.sqlite
    public let path: String
    private let queue: DatabaseQueue
    /// The database handle while a transaction runs; statements inside it reuse it.
    private var current: Database?

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String) throws(StorageError) {
        self.path = path
        var configuration = Configuration()
        configuration.label = "baocao"
        // Another run writing the same file: wait for its transaction rather than fail.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(url: "sqlite:" + path, reason: Self.reason(error))
        }
    }

    public func execute(_ sql: String, _ values: [SQLValue]) throws(StorageError) {
        try run(sql) { db in try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(values)) }
    }

    public func queryRows(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> [[String?]] {
        try run(sql) { db in
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.arguments(values)).map { row in
                row.databaseValues.map { value -> String? in
                    switch value.storage {
                    case .null: nil
                    case .int64(let n): String(n)
                    case .double(let d): String(d)
                    case .string(let s): s
                    case .blob: nil
                    }
                }
            }
        }
    }

    public func queryTable(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> SQLTable {
        let columns = try run(sql) { db in try db.makeStatement(sql: sql).columnNames }
        return SQLTable(columns: columns, rows: try queryRows(sql, values))
    }

    public func transaction<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        var result: Result<T, StorageError>?
        func attempt() -> Database.TransactionCompletion {
            do throws(StorageError) {
                result = .success(try body())
                return .commit
            } catch {
                result = .failure(error)
                return .rollback
            }
        }
        do {
            if let current {
                try current.inSavepoint { attempt() }
            } else {
                try queue.inDatabase { db in
                    current = db
                    defer { current = nil }
                    try db.inTransaction { attempt() }
                }
            }
        } catch {
            throw .statementFailed(sql: "BEGIN/COMMIT", reason: Self.reason(error))
        }
        guard let result else { throw .statementFailed(sql: "BEGIN/COMMIT", reason: "transaction did not run") }
        return try result.get()
    }

    public func close() throws(StorageError) {
        do { try queue.close() } catch { throw .statementFailed(sql: "close", reason: Self.reason(error)) }
    }

    private func run<T>(_ sql: String, _ body: (Database) throws -> T) throws(StorageError) -> T {
        do {
            if let current { return try body(current) }
            return try queue.inDatabase(body)
        } catch {
            throw .statementFailed(sql: sql, reason: Self.reason(error))
        }
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let n): n.databaseValue
            case .real(let d): d.databaseValue
            case .text(let s): s.databaseValue
            }
        })
    }

    private static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? String(describing: error)
    }
}
