/// A database session the loader and the migrator speak SQL through. SQLite and
/// PostgreSQL each implement it; everything above it is written once.
public protocol SQLConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ values: [SQLValue]) throws(StorageError)
    /// Every row, each column as text (`nil` for NULL).
    func queryRows(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> [[String?]]
    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    /// Called inside another transaction, it is a savepoint of that one.
    func transaction<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T
    func close() throws(StorageError)
    /// Every row with the result's column names, each cell as text (`nil` for NULL).
    func queryTable(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> SQLTable
}

/// A query's result with its column names, for exports.
public struct SQLTable: Sendable {
    public var columns: [String]
    public var rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// Errors of the database sinks. A run that cannot reach or write its database cannot
/// proceed (exit status 3).
public enum StorageError: Error, CustomStringConvertible, Sendable {
    case badURL(String, reason: String)
    case cannotOpen(url: String, reason: String)
    case statementFailed(sql: String, reason: String)
    case migrationFailed(version: Int, reason: String)
    case newerSchema(found: Int, known: Int)

    public var description: String {
        switch self {
        case let .badURL(url, reason): "bad database URL \(url): \(reason)"
        case let .cannotOpen(url, reason): "cannot open database \(url): \(reason)"
        case let .statementFailed(sql, reason):
            "database statement failed: \(reason) (in: \(sql.prefix(120))\(sql.count > 120 ? "…" : ""))"
        case let .migrationFailed(version, reason): "migration \(version) failed: \(reason)"
        case let .newerSchema(found, known):
            "the database has schema version \(found), newer than this baocao knows (\(known)); upgrade baocao"
        }
    }
}

extension SQLConnection {
    func execute(_ sql: String) throws(StorageError) { try execute(sql, []) }

    /// The first column of each row, as text (`nil` for NULL).
    public func queryColumn(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> [String?] {
        try queryRows(sql, values).map { $0.first ?? nil }
    }

    /// Rows of `table`, for checks and summaries.
    public func count(_ table: String) throws(StorageError) -> Int {
        Int(try queryColumn("SELECT COUNT(*) FROM \(table)", []).first.flatMap { $0 } ?? "0") ?? 0
    }
}
