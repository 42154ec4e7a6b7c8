/// What the crawler remembers of each URL between runs, so the next run can ask
/// conditionally (ETag, Last-Modified) and re-extract only pages whose bytes changed.
public enum CrawlStateTable {
    public static let definition = TableDefinition(
        name: "crawl_state",
        columns: [
            Column("url", .text, nullable: false), Column("portal", .text, nullable: false),
            Column("etag", .text), Column("last_modified", .text), Column("content_hash", .text),
            Column("last_status", .integer), Column("last_fetched", .text), Column("document_id", .text),
            Column("missing_nights", .integer, nullable: false), Column("last_error", .text), Column("gone_since", .text),
            Column("skipped", .text),
        ],
        primaryKey: ["url"],
        indexes: [("crawl_state_portal", ["portal"])]
    )
}

/// The robots.txt of each origin as last fetched, so a crawl within 24 hours reuses it and
/// an unreachable site falls back on it (RFC 9309, 2.4).
public enum RobotsCacheTable {
    public static let definition = TableDefinition(
        name: "robots_cache",
        columns: [
            Column("origin", .text, nullable: false), Column("fetched_at", .text, nullable: false),
            Column("status", .integer, nullable: false), Column("body", .text, nullable: false),
        ],
        primaryKey: ["origin"],
        indexes: []
    )
}
