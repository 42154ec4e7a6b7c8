import Foundation
import Storage
import Testing

/// The schema a database gets from the migrations, compared with the table definitions the
/// loader writes by, and upgrades of databases made by earlier schemas.
enum SchemaChecks {
    static let definitions = [RecordTables.documents] + RecordTables.lists.map(\.definition) + [CrawlStateTable.definition, RobotsCacheTable.definition, RecordTables.versions]

    /// A table as the database has it, or as its definition says it should be.
    struct Shape: Equatable, CustomStringConvertible {
        /// Column name → type (lower case) and whether it is NOT NULL.
        var columns: [String: String]
        var primaryKey: [String]
        /// Index name → indexed columns (the primary key's own index left out).
        var indexes: [String: [String]]
        /// "column → table.column", with " cascade" when its rows go with the referenced row.
        var foreignKeys: [String]

        var description: String {
            "columns \(columns.sorted { $0.key < $1.key }), primary key \(primaryKey), "
                + "indexes \(indexes.sorted { $0.key < $1.key }), foreign keys \(foreignKeys)"
        }
    }

    static func expected(_ table: TableDefinition, in dialect: SQLDialect) -> Shape {
        Shape(
            columns: Dictionary(uniqueKeysWithValues: table.columns.map {
                ($0.name, $0.type.sqlName(in: dialect).lowercased() + ($0.nullable ? "" : " not null"))
            }),
            primaryKey: table.primaryKey,
            indexes: Dictionary(uniqueKeysWithValues: table.indexes.map { ($0.name, $0.columns) }),
            foreignKeys: table.foreignKey.map { ["\($0.column) → \($0.table).\($0.referenced) cascade"] } ?? [])
    }

    static func actual(_ table: String, _ connection: SQLConnection) throws -> Shape {
        switch connection.dialect {
        case .sqlite:
            // cid, name, type, notnull, dflt_value, pk (position in the primary key, 0 if none)
            let columns = try connection.queryRows("PRAGMA table_info(\(table))", [])
            var indexes: [String: [String]] = [:]
            // seq, name, unique, origin ('c' for CREATE INDEX, 'pk' for the primary key), partial
            for index in try connection.queryRows("PRAGMA index_list(\(table))", []) where index[3] == "c" {
                let name = index[1] ?? ""
                indexes[name] = try connection.queryRows("PRAGMA index_info(\(name))", []).map { $0[2] ?? "" }
            }
            return Shape(
                columns: Dictionary(uniqueKeysWithValues: columns.map {
                    ($0[1] ?? "", ($0[2] ?? "").lowercased() + ($0[3] == "1" ? " not null" : ""))
                }),
                primaryKey: columns.filter { $0[5] != "0" }.sorted { Int($0[5] ?? "") ?? 0 < Int($1[5] ?? "") ?? 0 }
                    .map { $0[1] ?? "" },
                indexes: indexes,
                // id, seq, table, from, to, on_update, on_delete, match
                foreignKeys: try connection.queryRows("PRAGMA foreign_key_list(\(table))", []).map {
                    "\($0[3] ?? "") → \($0[2] ?? "").\($0[4] ?? "")" + ($0[6] == "CASCADE" ? " cascade" : "")
                })
        case .postgres:
            let columns = try connection.queryRows("""
                SELECT column_name::text, data_type::text, is_nullable::text FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = $1
                """, [.text(table)])
            let indexRows = try connection.queryRows("""
                SELECT i.relname::text, x.indisprimary::text, string_agg(a.attname::text, ',' ORDER BY k.n)
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace ns ON ns.oid = t.relnamespace
                CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE ns.nspname = current_schema() AND t.relname = $1
                GROUP BY i.relname, x.indisprimary
                """, [.text(table)])
            let foreignKeys = try connection.queryRows("""
                SELECT a.attname::text, r.relname::text, fa.attname::text, c.confdeltype::text
                FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_namespace ns ON ns.oid = t.relnamespace
                JOIN pg_class r ON r.oid = c.confrelid
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
                WHERE c.contype = 'f' AND ns.nspname = current_schema() AND t.relname = $1
                """, [.text(table)]).map { "\($0[0] ?? "") → \($0[1] ?? "").\($0[2] ?? "")" + ($0[3] == "c" ? " cascade" : "") }
            let split = { (row: [String?]) in (row[2] ?? "").split(separator: ",").map(String.init) }
            return Shape(
                columns: Dictionary(uniqueKeysWithValues: columns.map {
                    ($0[0] ?? "", ($0[1] ?? "").lowercased() + ($0[2] == "NO" ? " not null" : ""))
                }),
                primaryKey: indexRows.first { $0[1] == "true" }.map(split) ?? [],
                indexes: Dictionary(uniqueKeysWithValues: indexRows.filter { $0[1] != "true" }.map { ($0[0] ?? "", split($0)) }),
                foreignKeys: foreignKeys)
        }
    }

    /// Every table of the definitions is in the database as defined.
    static func tablesMatchTheDefinitions(_ connection: SQLConnection) throws {
        for table in definitions {
            let actual = try actual(table.name, connection)
            #expect(actual == expected(table, in: connection.dialect),
                    "table \(table.name) as migrated differs from its definition: add a migration (see Migrations)")
        }
    }

    /// A new database through the migrations.
    static func migrationsBuildTheDefinedTables(_ connection: SQLConnection) throws {
        try Migrations.migrate(connection)
        try tablesMatchTheDefinitions(connection)
    }

    /// A database left at migration 1 with rows in it, written with that version's columns
    /// only, then opened by today's loader: the rows stay and new records land.
    static func upgradesFromTheFirstSchema(_ connection: SQLConnection) throws {
        #expect(try Migrations.migrate(connection, through: 1) == [1])
        try connection.execute("""
            INSERT INTO documents ("id", "uri", "media_type", "encoding", "bytes", "title", "published", "site",
              "authors", "text", "warnings", "extracted_at", "schema")
            VALUES ('old', 'file:old.txt', 'text/plain', 'utf-8', 3, 'Cũ', NULL, NULL, '["A"]', 'cũ', '[]',
              '2024-01-01T00:00:00Z', 'v1')
            """, [])
        try connection.execute("""
            INSERT INTO figures ("document_id", "ordinal", "value", "kind", "max", "approx", "subject", "mentions")
            VALUES ('old', 0, 1.5, 'count', NULL, NULL, NULL, '[{"start": 0, "end": 2}]')
            """, [])
        let loader = try RecordLoader(connection: connection)
        #expect(try connection.queryColumn("SELECT MAX(version) FROM schema_migrations", []) == [String(Migrations.latestVersion)])
        try tablesMatchTheDefinitions(connection)
        let record = RecordFixtures.record(uri: "file:new.txt", bytes: "new", figures: 2)
        #expect(try loader.load([record]) == LoadCounts(inserted: 1))
        #expect(try connection.queryColumn("SELECT id FROM documents ORDER BY uri", []) == [record.id, "old"])
        #expect(try connection.queryColumn("SELECT title FROM documents WHERE id = 'old'", []) == ["Cũ"])
        #expect(try connection.queryColumn("SELECT document_id FROM figures ORDER BY document_id, ordinal", [])
                == [record.id, record.id, "old"])
    }
}

@Suite("Schema history")
struct SchemaHistoryTests {
    @Test func sqliteMigrationsBuildTheDefinedTables() throws {
        try SQLiteStoreTests.withConnection(SchemaChecks.migrationsBuildTheDefinedTables)
    }

    @Test func sqliteUpgradesFromTheFirstSchema() throws {
        try SQLiteStoreTests.withConnection(SchemaChecks.upgradesFromTheFirstSchema)
    }

    /// `Fixtures/schema-2.sqlite`, made by the release whose latest migration was 2 (see
    /// Fixtures/README.md), opened by today's loader in a copy: it migrates, keeps every
    /// row, and takes new records.
    @Test func sqliteDatabaseOfAnEarlierReleaseUpgrades() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("schema-2.sqlite"), to: copy)

        let before = try SQLiteConnection(path: copy.path)
        let oldIDs = try before.queryColumn("SELECT id FROM documents ORDER BY id", [])
        let oldCounts = try LoaderChecks.rowCounts(before)
        let oldVersions = try before.queryColumn("SELECT version FROM schema_migrations ORDER BY version", [])
        try before.close()
        #expect(oldVersions == ["1", "2"])
        #expect(oldIDs.count == 3)
        #expect((oldCounts["directives"] ?? 0) > 0 && (oldCounts["figures"] ?? 0) > 0)

        let connection = try SQLiteConnection(path: copy.path)
        defer { try? connection.close() }
        let loader = try RecordLoader(connection: connection)
        try SchemaChecks.tablesMatchTheDefinitions(connection)
        #expect(try connection.queryColumn("SELECT id FROM documents ORDER BY id", []) == oldIDs)
        #expect(try LoaderChecks.rowCounts(connection) == oldCounts)

        let record = RecordFixtures.record(uri: "file:new.txt", bytes: "new", figures: 2)
        #expect(try loader.load([record]) == LoadCounts(inserted: 1))
        var expected = oldCounts
        for (table, rows) in ["documents": 1, "directives": 1, "figures": 2, "models": 1, "dates": 1, "periods": 1,
                              "people": 1, "themes": 1] {
            expected[table, default: 0] += rows
        }
        #expect(try LoaderChecks.rowCounts(connection) == expected)
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}

@Suite("Schema history on PostgreSQL", .enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
struct PostgresSchemaHistoryTests {
    @Test func migrationsBuildTheDefinedTables() async throws {
        try await TestPostgres.inSchema(SchemaChecks.migrationsBuildTheDefinedTables)
    }

    @Test func upgradesFromTheFirstSchema() async throws {
        try await TestPostgres.inSchema(SchemaChecks.upgradesFromTheFirstSchema)
    }
}
