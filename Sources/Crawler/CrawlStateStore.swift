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
    /// Nights in a row the URL answered 404 or 410.
    public var missingNights = 0
    /// The kind and status of the last failure (`http 503`, `timeout`), nil when the last fetch worked:
    /// a failure equal to it is old trouble, not new.
    public var lastError: String?
    /// When the URL was marked gone (RFC 3339): it is not fetched again unless a listing links it.
    public var goneSince: String?
    /// Why the URL is kept but not extracted: `document: application/pdf` for a linked office document or PDF.
    public var skipped: String?

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
    public var isGone: Bool { goneSince != nil }
}

/// A robots.txt as last fetched for an origin (`https://host:port`).
public struct CachedRobots: Sendable, Equatable {
    public var origin: String
    public var fetchedAt: String
    /// The HTTP status it answered (2xx with rules, 4xx: no rules).
    public var status: Int
    public var body: String

    public init(origin: String, fetchedAt: String, status: Int, body: String) {
        self.origin = origin
        self.fetchedAt = fetchedAt
        self.status = status
        self.body = body
    }
}

/// Reads and writes `crawl_state` and `robots_cache` over any `SQLConnection` (SQLite or
/// PostgreSQL): plain SELECTs and `INSERT … ON CONFLICT … DO UPDATE`, which both speak.
public final class CrawlStateStore {
    public let connection: SQLConnection

    /// Uses `connection`, migrating its database to the latest schema first.
    public init(connection: SQLConnection) throws(StorageError) {
        self.connection = connection
        try Migrations.migrate(connection)
    }

    private static let columns = ["url", "portal", "etag", "last_modified", "content_hash", "last_status", "last_fetched",
                                  "document_id", "missing_nights", "last_error", "gone_since", "skipped"]

    /// Every URL remembered for `portal`, keyed by URL.
    public func entries(portal: String) throws(StorageError) -> [String: CrawlStateEntry] {
        let rows = try connection.queryRows(
            "SELECT \(Self.columns.joined(separator: ", ")) FROM crawl_state WHERE portal = \(connection.dialect.placeholder(1))",
            [.text(portal)])
        var entries: [String: CrawlStateEntry] = [:]
        for row in rows where row.count == Self.columns.count {
            guard let url = row[0] else { continue }
            var entry = CrawlStateEntry(
                url: url, portal: portal, etag: row[2], lastModified: row[3], contentHash: row[4],
                lastStatus: row[5].flatMap { Int($0) }, lastFetched: row[6], documentID: row[7])
            entry.missingNights = row[8].flatMap { Int($0) } ?? 0
            entry.lastError = row[9]
            entry.goneSince = row[10]
            entry.skipped = row[11]
            entries[url] = entry
        }
        return entries
    }

    /// Inserts or replaces the row of `entry.url`.
    public func save(_ entry: CrawlStateEntry) throws(StorageError) {
        let names = Self.columns
        let placeholders = (1...names.count).map { connection.dialect.placeholder($0) }.joined(separator: ", ")
        let updates = names.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
        try connection.execute(
            "INSERT INTO crawl_state (\(names.joined(separator: ", "))) VALUES (\(placeholders)) ON CONFLICT (url) DO UPDATE SET \(updates)",
            [.text(entry.url), .text(entry.portal), text(entry.etag), text(entry.lastModified), text(entry.contentHash),
             entry.lastStatus.map { SQLValue.integer(Int64($0)) } ?? .null, text(entry.lastFetched), text(entry.documentID),
             .integer(Int64(entry.missingNights)), text(entry.lastError), text(entry.goneSince), text(entry.skipped)])
    }

    /// Every cached robots.txt, keyed by origin.
    public func robots() throws(StorageError) -> [String: CachedRobots] {
        var cached: [String: CachedRobots] = [:]
        for row in try connection.queryRows("SELECT origin, fetched_at, status, body FROM robots_cache", []) where row.count == 4 {
            guard let origin = row[0], let fetchedAt = row[1], let status = row[2].flatMap({ Int($0) }) else { continue }
            cached[origin] = CachedRobots(origin: origin, fetchedAt: fetchedAt, status: status, body: row[3] ?? "")
        }
        return cached
    }

    /// Inserts or replaces the cached robots.txt of `robots.origin`.
    public func save(_ robots: CachedRobots) throws(StorageError) {
        let p = (1...4).map { connection.dialect.placeholder($0) }
        try connection.execute(
            "INSERT INTO robots_cache (origin, fetched_at, status, body) VALUES (\(p.joined(separator: ", "))) "
                + "ON CONFLICT (origin) DO UPDATE SET fetched_at = excluded.fetched_at, status = excluded.status, body = excluded.body",
            [.text(robots.origin), .text(robots.fetchedAt), .integer(Int64(robots.status)), .text(robots.body)])
    }
}
