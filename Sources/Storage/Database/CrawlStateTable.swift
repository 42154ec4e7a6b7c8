/// What the crawler remembers of each URL between runs, so the next run can ask
/// conditionally (ETag, Last-Modified) and re-extract only pages whose bytes changed.
public enum CrawlStateTable {
    public static let definition = TableDefinition(
        name: "crawl_state",
        columns: [
            Column("url", .text, nullable: false), Column("portal", .text, nullable: false),
            Column("etag", .text), Column("last_modified", .text), Column("content_hash", .text),
            Column("last_status", .integer), Column("last_fetched", .text), Column("document_id", .text),
        ],
        primaryKey: ["url"],
        indexes: [("crawl_state_portal", ["portal"])]
    )
}
