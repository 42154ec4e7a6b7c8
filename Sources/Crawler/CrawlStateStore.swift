import Storage

/// What the crawl remembers of one URL (a row of `crawl_state`).
public struct CrawlStateEntry: Sendable, Equatable {
    public var url: String
    public var portal: String
    public var etag: String?
    public var lastModified: String?
    /// SHA-256 of the bytes last fetched: the record id when they made a record.
    public var contentHash: String?
    public var lastStatus: Int?
    public var lastFetched: String?
    /// The record loaded from this URL, if the last content made one.
    public var documentID: String?

    public init(url: String, portal: String, etag: String? = nil, lastModified: String? = nil, contentHash: String? = nil,
                lastStatus: Int? = nil, lastFetched: String? = nil, documentID: String? = nil) {
        self.url = url
        self.portal = portal
        self.etag = etag
        self.lastModified = lastModified
        self.contentHash = contentHash
        self.lastStatus = lastStatus
        self.lastFetched = lastFetched
        self.documentID = documentID
    }

    var validators: Validators { Validators(etag: etag, lastModified: lastModified) }
}

/// Reads and writes `crawl_state` over any `SQLConnection` (SQLite or PostgreSQL): plain
/// SELECTs and one `INSERT … ON CONFLICT (url) DO UPDATE`, which both speak.
public final class CrawlStateStore {
    public let connection: SQLConnection

    /// Uses `connection`, migrating its database to the latest schema first.
    public init(connection: SQLConnection) throws(StorageError) {
        self.connection = connection
        try Migrations.migrate(connection)
    }

    /// Every URL remembered for `portal`, keyed by URL.
    public func entries(portal: String) throws(StorageError) -> [String: CrawlStateEntry] {
        let rows = try connection.queryRows(
            "SELECT url, etag, last_modified, content_hash, last_status, last_fetched, document_id FROM crawl_state WHERE portal = \(connection.dialect.placeholder(1))",
            [.text(portal)])
        var entries: [String: CrawlStateEntry] = [:]
        for row in rows where row.count == 7 {
            guard let url = row[0] else { continue }
            entries[url] = CrawlStateEntry(
                url: url, portal: portal, etag: row[1], lastModified: row[2], contentHash: row[3],
                lastStatus: row[4].flatMap { Int($0) }, lastFetched: row[5], documentID: row[6])
        }
        return entries
    }

    /// Inserts or replaces the row of `entry.url`.
    public func save(_ entry: CrawlStateEntry) throws(StorageError) {
        let names = ["url", "portal", "etag", "last_modified", "content_hash", "last_status", "last_fetched", "document_id"]
        let placeholders = (1...names.count).map { connection.dialect.placeholder($0) }.joined(separator: ", ")
        let updates = names.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
        try connection.execute(
            "INSERT INTO crawl_state (\(names.joined(separator: ", "))) VALUES (\(placeholders)) ON CONFLICT (url) DO UPDATE SET \(updates)",
            [.text(entry.url), .text(entry.portal), text(entry.etag), text(entry.lastModified), text(entry.contentHash),
             entry.lastStatus.map { SQLValue.integer(Int64($0)) } ?? .null, text(entry.lastFetched), text(entry.documentID)])
    }
}
