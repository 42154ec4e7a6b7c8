/// One numbered step of the database schema: the literal SQL it ran when it shipped, for
/// each dialect. Steps run in order, each in its own transaction, and are recorded in
/// `schema_migrations`; a database is never migrated by hand.
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var sqlite: [String]
    public var postgres: [String]

    /// The step's statements for `dialect`.
    public func statements(in dialect: SQLDialect) -> [String] {
        switch dialect {
        case .sqlite: sqlite
        case .postgres: postgres
        }
    }
}

/// The schema's history.
///
/// Never edit a migration that has shipped, not even its spelling: a database that ran it
/// keeps what it ran, and only later versions reach it. To change the tables, change their
/// definitions (`RecordTables`, `CrawlStateTable`: the loader writes by their columns) and
/// append a migration with the next version that brings every existing database there, as
/// literal SQL for both dialects, e.g.
///
///     Migration(version: 3, name: "documents.language",
///               sqlite: [#"ALTER TABLE documents ADD COLUMN "language" TEXT"#],
///               postgres: [#"ALTER TABLE documents ADD COLUMN "language" TEXT"#])
///
/// (a `NOT NULL` column added to a table with rows needs a `DEFAULT`; a new index is a
/// `CREATE INDEX` step). `SchemaHistoryTests` fails while the migrated tables and the
/// definitions disagree, and upgrades a database made by an earlier release.
public enum Migrations {
    public static let all: [Migration] = [
        Migration(
            version: 1, name: "documents and record lists",
            sqlite: [
                """
                    CREATE TABLE documents (
                      "id" TEXT NOT NULL,
                      "uri" TEXT NOT NULL,
                      "media_type" TEXT NOT NULL,
                      "encoding" TEXT,
                      "bytes" INTEGER NOT NULL,
                      "title" TEXT,
                      "published" TEXT,
                      "site" TEXT,
                      "authors" TEXT NOT NULL,
                      "text" TEXT NOT NULL,
                      "warnings" TEXT NOT NULL,
                      "extracted_at" TEXT NOT NULL,
                      "schema" TEXT NOT NULL,
                      PRIMARY KEY ("id")
                    )
                    """,
                #"CREATE INDEX documents_uri ON documents ("uri")"#,
                #"CREATE INDEX documents_published ON documents ("published")"#,
                """
                    CREATE TABLE directives (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "type" TEXT NOT NULL,
                      "number" TEXT,
                      "code" TEXT,
                      "date" TEXT,
                      "issuer" TEXT,
                      "term" TEXT,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX directives_code ON directives ("code")"#,
                #"CREATE INDEX directives_document ON directives ("document_id")"#,
                """
                    CREATE TABLE figures (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "value" REAL NOT NULL,
                      "kind" TEXT NOT NULL,
                      "max" REAL,
                      "approx" TEXT,
                      "subject" TEXT,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX figures_document_kind ON figures ("document_id", "kind")"#,
                """
                    CREATE TABLE models (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "name" TEXT NOT NULL,
                      "category" TEXT NOT NULL,
                      "owner" TEXT,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX models_document ON models ("document_id")"#,
                """
                    CREATE TABLE dates (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "value" TEXT NOT NULL,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX dates_value ON dates ("value")"#,
                """
                    CREATE TABLE periods (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "start" TEXT NOT NULL,
                      "end" TEXT NOT NULL,
                      "label" TEXT,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX periods_document ON periods ("document_id")"#,
                """
                    CREATE TABLE people (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "name" TEXT NOT NULL,
                      "title" TEXT,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX people_name ON people ("name")"#,
                """
                    CREATE TABLE themes (
                      "document_id" TEXT NOT NULL,
                      "ordinal" INTEGER NOT NULL,
                      "year" INTEGER NOT NULL,
                      "title" TEXT NOT NULL,
                      "mentions" TEXT NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX themes_year ON themes ("year")"#,
            ],
            postgres: [
                """
                    CREATE TABLE documents (
                      "id" TEXT NOT NULL,
                      "uri" TEXT NOT NULL,
                      "media_type" TEXT NOT NULL,
                      "encoding" TEXT,
                      "bytes" BIGINT NOT NULL,
                      "title" TEXT,
                      "published" TEXT,
                      "site" TEXT,
                      "authors" JSONB NOT NULL,
                      "text" TEXT NOT NULL,
                      "warnings" JSONB NOT NULL,
                      "extracted_at" TEXT NOT NULL,
                      "schema" TEXT NOT NULL,
                      PRIMARY KEY ("id")
                    )
                    """,
                #"CREATE INDEX documents_uri ON documents ("uri")"#,
                #"CREATE INDEX documents_published ON documents ("published")"#,
                """
                    CREATE TABLE directives (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "type" TEXT NOT NULL,
                      "number" TEXT,
                      "code" TEXT,
                      "date" TEXT,
                      "issuer" TEXT,
                      "term" TEXT,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX directives_code ON directives ("code")"#,
                #"CREATE INDEX directives_document ON directives ("document_id")"#,
                """
                    CREATE TABLE figures (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "value" DOUBLE PRECISION NOT NULL,
                      "kind" TEXT NOT NULL,
                      "max" DOUBLE PRECISION,
                      "approx" TEXT,
                      "subject" TEXT,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX figures_document_kind ON figures ("document_id", "kind")"#,
                """
                    CREATE TABLE models (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "name" TEXT NOT NULL,
                      "category" TEXT NOT NULL,
                      "owner" TEXT,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX models_document ON models ("document_id")"#,
                """
                    CREATE TABLE dates (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "value" TEXT NOT NULL,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX dates_value ON dates ("value")"#,
                """
                    CREATE TABLE periods (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "start" TEXT NOT NULL,
                      "end" TEXT NOT NULL,
                      "label" TEXT,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX periods_document ON periods ("document_id")"#,
                """
                    CREATE TABLE people (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "name" TEXT NOT NULL,
                      "title" TEXT,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX people_name ON people ("name")"#,
                """
                    CREATE TABLE themes (
                      "document_id" TEXT NOT NULL,
                      "ordinal" BIGINT NOT NULL,
                      "year" BIGINT NOT NULL,
                      "title" TEXT NOT NULL,
                      "mentions" JSONB NOT NULL,
                      PRIMARY KEY ("document_id", "ordinal"),
                      FOREIGN KEY ("document_id") REFERENCES documents ("id") ON DELETE CASCADE
                    )
                    """,
                #"CREATE INDEX themes_year ON themes ("year")"#,
            ]
        ),
        Migration(
            version: 2, name: "crawl state",
            sqlite: [
                """
                    CREATE TABLE crawl_state (
                      "url" TEXT NOT NULL,
                      "portal" TEXT NOT NULL,
                      "etag" TEXT,
                      "last_modified" TEXT,
                      "content_hash" TEXT,
                      "last_status" INTEGER,
                      "last_fetched" TEXT,
                      "document_id" TEXT,
                      PRIMARY KEY ("url")
                    )
                    """,
                #"CREATE INDEX crawl_state_portal ON crawl_state ("portal")"#,
            ],
            postgres: [
                """
                    CREATE TABLE crawl_state (
                      "url" TEXT NOT NULL,
                      "portal" TEXT NOT NULL,
                      "etag" TEXT,
                      "last_modified" TEXT,
                      "content_hash" TEXT,
                      "last_status" BIGINT,
                      "last_fetched" TEXT,
                      "document_id" TEXT,
                      PRIMARY KEY ("url")
                    )
                    """,
                #"CREATE INDEX crawl_state_portal ON crawl_state ("portal")"#,
            ]
        ),
        Migration(
            version: 3, name: "record contract round 2: province, portal, source container, document fields",
            sqlite: [
                #"ALTER TABLE documents ADD COLUMN "province" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "portal" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "fetched_at" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "container" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "font_encoding" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_type" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_number" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_code" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_date" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_place" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_issuer" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_title" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_signers" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_recipients" TEXT"#,
                #"CREATE INDEX documents_province ON documents ("province")"#,
                #"CREATE INDEX documents_doc_code ON documents ("doc_code")"#,
            ],
            postgres: [
                #"ALTER TABLE documents ADD COLUMN "province" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "portal" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "fetched_at" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "container" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "font_encoding" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_type" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_number" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_code" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_date" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_place" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_issuer" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_title" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "doc_signers" JSONB"#,
                #"ALTER TABLE documents ADD COLUMN "doc_recipients" JSONB"#,
                #"CREATE INDEX documents_province ON documents ("province")"#,
                #"CREATE INDEX documents_doc_code ON documents ("doc_code")"#,
            ]
        ),
        Migration(
            version: 4, name: "site as normalised, directive_key, accent-free full-text search",
            sqlite: [
                #"ALTER TABLE documents ADD COLUMN "site_raw" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "search_text" TEXT"#,
                #"ALTER TABLE directives ADD COLUMN "directive_key" TEXT"#,
                #"CREATE INDEX directives_key ON directives ("directive_key")"#,
                #"UPDATE directives SET "directive_key" = "code""#,
                """
                    CREATE VIRTUAL TABLE documents_search USING fts5(
                      search_text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
                    """,
                """
                    CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
                      INSERT INTO documents_search (rowid, search_text) VALUES (new.rowid, new.search_text);
                    END
                    """,
                """
                    CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
                      INSERT INTO documents_search (documents_search, rowid, search_text)
                        VALUES ('delete', old.rowid, old.search_text);
                    END
                    """,
                """
                    CREATE TRIGGER documents_search_update AFTER UPDATE ON documents BEGIN
                      INSERT INTO documents_search (documents_search, rowid, search_text)
                        VALUES ('delete', old.rowid, old.search_text);
                      INSERT INTO documents_search (rowid, search_text) VALUES (new.rowid, new.search_text);
                    END
                    """,
            ],
            postgres: [
                #"ALTER TABLE documents ADD COLUMN "site_raw" TEXT"#,
                #"ALTER TABLE documents ADD COLUMN "search_text" TEXT"#,
                #"ALTER TABLE directives ADD COLUMN "directive_key" TEXT"#,
                #"CREATE INDEX directives_key ON directives ("directive_key")"#,
                #"UPDATE directives SET "directive_key" = "code""#,
                #"CREATE INDEX documents_search ON documents USING GIN (to_tsvector('simple', coalesce("search_text", '')))"#,
                """
                    CREATE FUNCTION baocao_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                      SELECT translate(lower($1),
                        'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
                        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')
                    $$
                    """,
            ]
        ),
        Migration(
            version: 5, name: "crawl state: gone pages, documents, robots.txt cache",
            sqlite: [
                #"ALTER TABLE crawl_state ADD COLUMN "missing_nights" INTEGER NOT NULL DEFAULT 0"#,
                #"ALTER TABLE crawl_state ADD COLUMN "last_error" TEXT"#,
                #"ALTER TABLE crawl_state ADD COLUMN "gone_since" TEXT"#,
                #"ALTER TABLE crawl_state ADD COLUMN "skipped" TEXT"#,
                """
                    CREATE TABLE robots_cache (
                      "origin" TEXT NOT NULL,
                      "fetched_at" TEXT NOT NULL,
                      "status" INTEGER NOT NULL,
                      "body" TEXT NOT NULL,
                      PRIMARY KEY ("origin")
                    )
                    """,
            ],
            postgres: [
                #"ALTER TABLE crawl_state ADD COLUMN "missing_nights" BIGINT NOT NULL DEFAULT 0"#,
                #"ALTER TABLE crawl_state ADD COLUMN "last_error" TEXT"#,
                #"ALTER TABLE crawl_state ADD COLUMN "gone_since" TEXT"#,
                #"ALTER TABLE crawl_state ADD COLUMN "skipped" TEXT"#,
                """
                    CREATE TABLE robots_cache (
                      "origin" TEXT NOT NULL,
                      "fetched_at" TEXT NOT NULL,
                      "status" BIGINT NOT NULL,
                      "body" TEXT NOT NULL,
                      PRIMARY KEY ("origin")
                    )
                    """,
            ]
        ),
        Migration(
            version: 6, name: "document_versions: every version of a document loaded, the latest included",
            sqlite: [
                """
                    CREATE TABLE document_versions (
                      "id" TEXT NOT NULL,
                      "uri" TEXT NOT NULL,
                      "fetched_at" TEXT,
                      "extracted_at" TEXT NOT NULL,
                      "record" TEXT NOT NULL,
                      PRIMARY KEY ("id")
                    )
                    """,
                #"CREATE INDEX document_versions_uri ON document_versions ("uri", "fetched_at")"#,
            ],
            postgres: [
                """
                    CREATE TABLE document_versions (
                      "id" TEXT NOT NULL,
                      "uri" TEXT NOT NULL,
                      "fetched_at" TEXT,
                      "extracted_at" TEXT NOT NULL,
                      "record" JSONB NOT NULL,
                      PRIMARY KEY ("id")
                    )
                    """,
                #"CREATE INDEX document_versions_uri ON document_versions ("uri", "fetched_at")"#,
            ]
        ),
    ]

    public static var latestVersion: Int { all.map(\.version).max() ?? 0 }

    /// Brings the database up to `version` (the latest when nil); returns the versions applied.
    @discardableResult
    public static func migrate(_ connection: SQLConnection, through version: Int? = nil,
                               clock: () -> String = Timestamp.now) throws(StorageError) -> [Int] {
        let target = version ?? latestVersion
        // Runs starting together on a new PostgreSQL database migrate one after the other.
        guard connection.dialect == .postgres else { return try migrateUnlocked(connection, through: target, clock: clock) }
        try connection.execute("SELECT pg_advisory_lock(\(migrationLock))")
        defer { try? connection.execute("SELECT pg_advisory_unlock(\(migrationLock))") }
        return try migrateUnlocked(connection, through: target, clock: clock)
    }

    /// The PostgreSQL advisory lock key migrations take ("BCmigr" in ASCII).
    static let migrationLock: Int64 = 0x42436D696772

    private static func migrateUnlocked(_ connection: SQLConnection, through target: Int,
                                        clock: () -> String) throws(StorageError) -> [Int] {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
            """)
        let applied = Set(try connection.queryColumn("SELECT version FROM schema_migrations", []).compactMap { $0.flatMap(Int.init) })
        if let newest = applied.max(), newest > latestVersion { throw .newerSchema(found: newest, known: latestVersion) }
        var done: [Int] = []
        for migration in all.sorted(by: { $0.version < $1.version })
        where migration.version <= target && !applied.contains(migration.version) {
            do {
                try connection.transaction { () throws(StorageError) in
                    for statement in migration.statements(in: connection.dialect) { try connection.execute(statement) }
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
