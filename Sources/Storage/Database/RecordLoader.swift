import Records

/// What one load did to the database.
public struct LoadCounts: Sendable, Equatable {
    /// Documents new to the database.
    public var inserted = 0
    /// Documents whose `uri` was loaded before with other bytes: old rows replaced.
    public var replaced = 0
    /// Documents already there with the same bytes: nothing written.
    public var unchanged = 0

    public init(inserted: Int = 0, replaced: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.replaced = replaced
        self.unchanged = unchanged
    }

    public static func += (lhs: inout LoadCounts, rhs: LoadCounts) {
        lhs.inserted += rhs.inserted
        lhs.replaced += rhs.replaced
        lhs.unchanged += rhs.unchanged
    }
}

/// Loads records into the contract's tables over any `SQLConnection`.
///
/// Loading is idempotent per document: a record whose id (the hash of its bytes) is
/// already stored is skipped, and a record whose `uri` is stored under another id
/// replaces that document's rows. Each call is one transaction, so a run that is killed
/// leaves whole documents or none.
public final class RecordLoader {
    public let connection: SQLConnection
    private let maxParameters: Int
    /// The PostgreSQL advisory lock key loads take ("BaoCao" in ASCII).
    static let loadLock: Int64 = 0x42616F43616F

    /// Opens the loader and migrates the database to the latest schema.
    public init(connection: SQLConnection) throws(StorageError) {
        self.connection = connection
        maxParameters = connection.dialect == .sqlite ? 32_000 : 60_000
        try Migrations.migrate(connection)
    }

    /// Loads `records` in one transaction.
    @discardableResult
    public func load(_ records: [Record], extractedAt: String = Timestamp.now()) throws(StorageError) -> LoadCounts {
        try connection.transaction { () throws(StorageError) -> LoadCounts in
            // Two runs loading one PostgreSQL database take turns, so both never insert the
            // same document at once; the lock ends with the transaction. (SQLite writers are
            // serialised by the database file's own lock.)
            if connection.dialect == .postgres { try connection.execute("SELECT pg_advisory_xact_lock(\(Self.loadLock))") }
            var counts = LoadCounts()
            for record in records { try load(record, extractedAt: extractedAt, into: &counts) }
            return counts
        }
    }

    private func load(_ record: Record, extractedAt: String, into counts: inout LoadCounts) throws(StorageError) {
        let p1 = connection.dialect.placeholder(1)
        let sameURI = try connection.queryColumn("SELECT id FROM documents WHERE uri = \(p1)", [.text(record.source.uri)])
            .compactMap { $0 }
        let sameBytes = try connection.queryColumn("SELECT id FROM documents WHERE id = \(p1)", [.text(record.id)])
        if !sameBytes.isEmpty {
            counts.unchanged += 1
            return
        }
        for old in sameURI { try delete(documentID: old) }
        if sameURI.isEmpty { counts.inserted += 1 } else { counts.replaced += 1 }
        try insert(RecordTables.documents, rows: [RecordTables.documentRow(record, extractedAt: extractedAt)])
        for table in RecordTables.lists {
            let rows = table.rows(record).enumerated().map { ordinal, values in
                [SQLValue.text(record.id), SQLValue(ordinal)] + values
            }
            try insert(table.definition, rows: rows)
        }
    }

    /// Removes a document and its list rows.
    public func delete(documentID: String) throws(StorageError) {
        let p1 = connection.dialect.placeholder(1)
        for table in RecordTables.lists {
            try connection.execute("DELETE FROM \(table.definition.name) WHERE document_id = \(p1)", [.text(documentID)])
        }
        try connection.execute("DELETE FROM documents WHERE id = \(p1)", [.text(documentID)])
    }

    private func insert(_ table: TableDefinition, rows: [[SQLValue]]) throws(StorageError) {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, maxParameters / table.columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            try connection.execute(table.insertStatement(rows: chunk.count, in: connection.dialect), chunk.flatMap { $0 })
            start += chunk.count
        }
    }
}
