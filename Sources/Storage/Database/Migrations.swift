/// One numbered step of the database schema. Steps run in order, each in its own
/// transaction, and are recorded in `schema_migrations`; a database is never migrated
/// by hand.
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var statements: @Sendable (SQLDialect) -> [String]
}

/// The schema's history. Append new steps; never edit a released one.
public enum Migrations {
    public static let all: [Migration] = [
        Migration(version: 1, name: "documents and record lists") { dialect in
            ([RecordTables.documents] + RecordTables.lists.map(\.definition)).flatMap { $0.createStatements(in: dialect) }
        },
        Migration(version: 2, name: "crawl state") { dialect in
            CrawlStateTable.definition.createStatements(in: dialect)
        },
    ]

    public static var latestVersion: Int { all.map(\.version).max() ?? 0 }

    /// Brings the database up to the latest version; returns the versions applied.
    @discardableResult
    public static func migrate(_ connection: SQLConnection, clock: () -> String = Timestamp.now) throws(StorageError) -> [Int] {
        // Runs starting together on a new PostgreSQL database migrate one after the other.
        guard connection.dialect == .postgres else { return try migrateUnlocked(connection, clock: clock) }
        try connection.execute("SELECT pg_advisory_lock(\(migrationLock))")
        defer { try? connection.execute("SELECT pg_advisory_unlock(\(migrationLock))") }
        return try migrateUnlocked(connection, clock: clock)
    }

    /// The PostgreSQL advisory lock key migrations take ("BCmigr" in ASCII).
    static let migrationLock: Int64 = 0x42436D696772

    private static func migrateUnlocked(_ connection: SQLConnection, clock: () -> String) throws(StorageError) -> [Int] {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
            """)
        let applied = Set(try connection.queryColumn("SELECT version FROM schema_migrations", []).compactMap { $0.flatMap(Int.init) })
        if let newest = applied.max(), newest > latestVersion { throw .newerSchema(found: newest, known: latestVersion) }
        var done: [Int] = []
        for migration in all.sorted(by: { $0.version < $1.version }) where !applied.contains(migration.version) {
            do {
                try connection.transaction { () throws(StorageError) in
                    for statement in migration.statements(connection.dialect) { try connection.execute(statement) }
                    try connection.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(connection.dialect.placeholder(1)), \(connection.dialect.placeholder(2)), \(connection.dialect.placeholder(3)))",
                        [.integer(Int64(migration.version)), .text(migration.name), .text(clock())])
                }
            } catch {
                throw .migrationFailed(version: migration.version, reason: error.description)
            }
            done.append(migration.version)
        }
        return done
    }
}
