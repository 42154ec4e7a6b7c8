import Records

/// What one load did to the database.
public struct LoadCounts: Sendable, Equatable {
    /// Documents new to the database.
    public var inserted = 0
    /// Documents whose `uri` was loaded before with other bytes: old rows replaced.
    public var replaced = 0
    /// Documents already there with the same bytes: nothing written.
    public var unchanged = 0
    /// Documents deleted because their file is gone (`--prune`).
    public var pruned = 0

    public init(inserted: Int = 0, replaced: Int = 0, unchanged: Int = 0, pruned: Int = 0) {
        self.inserted = inserted
        self.replaced = replaced
        self.unchanged = unchanged
        self.pruned = pruned
    }

    public static func += (lhs: inout LoadCounts, rhs: LoadCounts) {
        lhs.inserted += rhs.inserted
        lhs.replaced += rhs.replaced
        lhs.unchanged += rhs.unchanged
        lhs.pruned += rhs.pruned
    }
}

/// Loads records into the contract's tables over any `SQLConnection`.
///
/// Loading is idempotent per document: a record whose id (the hash of its bytes) is
/// already stored is skipped, and a record whose `uri` is stored under another id
/// replaces that document's rows. Every record stored is also kept whole in
/// `document_versions`, which nothing replaces or deletes: a document's earlier versions. Each call is one transaction, so a run that is killed
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
        // A page back to bytes it had before has that version stored already.
        if try connection.queryColumn("SELECT id FROM document_versions WHERE id = \(p1)", [.text(record.id)]).isEmpty {
            try insert(RecordTables.versions, rows: [RecordTables.versionRow(record, extractedAt: extractedAt)])
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

    /// Deletes, in one transaction, the documents with a `file://` uri for which `isGone`
    /// is true, with their list rows; returns how many. Documents of other schemes (crawled
    /// `https://` pages, `stdin:`) are never asked about.
    @discardableResult
    public func pruneFileDocuments(where isGone: (String) -> Bool) throws(StorageError) -> Int {
        try connection.transaction { () throws(StorageError) -> Int in
            if connection.dialect == .postgres { try connection.execute("SELECT pg_advisory_xact_lock(\(Self.loadLock))") }
            let rows = try connection.queryRows("SELECT id, uri FROM documents WHERE substr(uri, 1, 7) = 'file://'", [])
            var pruned = 0
            for row in rows {
                guard row.count == 2, let id = row[0], let uri = row[1], isGone(uri) else { continue }
                try delete(documentID: id)
                pruned += 1
            }
            return pruned
        }
    }

    /// Gives the documents an older baocao stored under `file:PATH` uris (the path as typed,
    /// often relative) the uri `rewrite` returns for them, so that loading the same files
    /// again finds them; a document whose new uri another row already has is deleted (that
    /// row is the newer load). `rewrite` returns nil to leave a uri as it is. Returns how
    /// many documents changed.
    @discardableResult
    public func adoptLegacyFileURIs(_ rewrite: (String) -> String?) throws(StorageError) -> Int {
        try connection.transaction { () throws(StorageError) -> Int in
            if connection.dialect == .postgres { try connection.execute("SELECT pg_advisory_xact_lock(\(Self.loadLock))") }
            let rows = try connection.queryRows(
                "SELECT id, uri FROM documents WHERE substr(uri, 1, 5) = 'file:' AND substr(uri, 1, 7) <> 'file://'", [])
            let (p1, p2) = (connection.dialect.placeholder(1), connection.dialect.placeholder(2))
            var changed = 0
            for row in rows {
                guard row.count == 2, let id = row[0], let uri = row[1], let new = rewrite(uri), new != uri else { continue }
                try connection.execute("UPDATE document_versions SET uri = \(p1) WHERE uri = \(p2)", [.text(new), .text(uri)])
                if try connection.queryColumn("SELECT id FROM documents WHERE uri = \(p1)", [.text(new)]).isEmpty {
                    try connection.execute("UPDATE documents SET uri = \(p1) WHERE id = \(p2)", [.text(new), .text(id)])
                } else {
                    try delete(documentID: id)
                }
                changed += 1
            }
            return changed
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
