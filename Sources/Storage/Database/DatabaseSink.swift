import Records

/// Loads a run's records into a database in batches, one transaction per batch.
public final class DatabaseSink {
    public let url: DatabaseURL
    public let loader: RecordLoader
    public private(set) var counts = LoadCounts()
    /// Documents of an older baocao given `file://` uris when the sink opened.
    public var adoptedLegacyURIs = 0
    private var pending: [Record] = []
    private let batchSize: Int

    /// Opens the database at `url`, migrating it to the latest schema.
    public init(url: DatabaseURL, batchSize: Int = 64) throws(StorageError) {
        self.url = url
        self.batchSize = max(1, batchSize)
        loader = try RecordLoader(connection: Self.connect(url))
    }

    /// A connection to `url`.
    public static func connect(_ url: DatabaseURL) throws(StorageError) -> SQLConnection {
        switch url {
        case .sqlite(let path): try SQLiteConnection(path: path)
        case .postgres(let url): try PostgresConnection(url: url)
        }
    }

    public func write(_ record: Record) throws(StorageError) {
        pending.append(record)
        if pending.count >= batchSize { try flush() }
    }

    /// Loads what is pending in one transaction.
    public func flush() throws(StorageError) {
        guard !pending.isEmpty else { return }
        counts += try loader.load(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Deletes the `file://` documents for which `isGone` is true (see
    /// `RecordLoader.pruneFileDocuments`), after loading what is pending.
    public func prune(where isGone: (String) -> Bool) throws(StorageError) {
        try flush()
        counts.pruned += try loader.pruneFileDocuments(where: isGone)
    }

    public func close() throws(StorageError) {
        try flush()
        try loader.connection.close()
    }
}
