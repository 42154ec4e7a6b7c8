import Extraction
import Foundation
import Records
import Storage
import Testing

/// The loading contract, written once and run against every database BaoCao supports.
enum LoaderChecks {
    static let listTables = RecordTables.lists.map(\.definition.name)

    static func rowCounts(_ connection: SQLConnection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["documents"] + listTables { counts[table] = try connection.count(table) }
        return counts
    }

    static func migrationsAreRecordedOnce(_ connection: SQLConnection) throws {
        _ = try RecordLoader(connection: connection)
        let versions = try connection.queryColumn("SELECT version FROM schema_migrations ORDER BY version", [])
        #expect(versions.compactMap { $0.flatMap(Int.init) } == Migrations.all.map(\.version))
        #expect(try Migrations.migrate(connection).isEmpty)
    }

    static func loadsEveryListRow(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        let record = RecordFixtures.record(uri: "file:a.txt", bytes: "a", figures: 3)
        #expect(try loader.load([record]) == LoadCounts(inserted: 1))
        let counts = try rowCounts(connection)
        #expect(counts == ["documents": 1, "directives": 1, "figures": 3, "models": 1, "dates": 1,
                           "periods": 1, "people": 1, "themes": 1])
        let p = connection.dialect == .sqlite ? "?" : "$1"
        #expect(try connection.queryColumn("SELECT code FROM directives WHERE document_id = \(p)", [.text(record.id)]) == ["05-CT/TW"])
        #expect(try connection.queryColumn("SELECT issuer FROM directives", []) == ["Bộ Chính trị"])
        let subjects = try connection.queryColumn("SELECT subject FROM figures ORDER BY ordinal", [])
        #expect(subjects == ["mô hình", "mô hình", "mô hình"])
        let approx = try connection.queryColumn("SELECT approx FROM figures ORDER BY ordinal", [])
        #expect(approx == ["over", nil, nil])
    }

    /// The second round's fields land in their columns; a news page leaves the `doc_*` columns null.
    static func loadsTheSecondRoundColumns(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        var report = RecordFixtures.record(uri: "file:report.docx", bytes: "report")
        report.province = "Cao Bằng"
        report.source.container = "docx"
        report.source.fontEncoding = "tcvn3"
        report.warnings = [RecordWarning(.legacyFont, "converted from TCVN3")]
        report.document = OfficialDocument(
            type: "bao_cao", number: "31", code: "31-BC/BTGTU", date: "2022-12-20", place: "Cao Bằng",
            issuer: "Ban Tuyên giáo Tỉnh ủy Cao Bằng", title: "Báo cáo kết quả",
            signers: [.init(name: "Nông Văn B", title: "Phó Trưởng Ban", capacity: "K/T Trưởng ban")],
            recipients: ["Thường trực Tỉnh ủy", "Lưu VP"])
        var page = RecordFixtures.record(uri: "https://portal.example/a", bytes: "page")
        page.source.portal = "mau"
        page.source.fetchedAt = "2026-12-06T01:00:00Z"
        #expect(try loader.load([report, page]) == LoadCounts(inserted: 2))
        let rows = try connection.queryRows("""
            SELECT province, portal, fetched_at, container, font_encoding, doc_type, doc_number, doc_code, doc_date,
                   doc_place, doc_issuer, doc_title, doc_signers, doc_recipients, warnings
            FROM documents ORDER BY uri
            """, [])
        #expect(rows.count == 2)
        #expect(Array(rows[0].prefix(12)) == ["Cao Bằng", nil, nil, "docx", "tcvn3", "bao_cao", "31", "31-BC/BTGTU",
                                              "2022-12-20", "Cao Bằng", "Ban Tuyên giáo Tỉnh ủy Cao Bằng", "Báo cáo kết quả"])
        let signers = try JSONSerialization.jsonObject(with: Data((rows[0][12] ?? "").utf8)) as? [[String: String]]
        #expect(signers == [["name": "Nông Văn B", "title": "Phó Trưởng Ban", "capacity": "K/T Trưởng ban"]])
        let recipients = try JSONSerialization.jsonObject(with: Data((rows[0][13] ?? "").utf8)) as? [String]
        #expect(recipients == ["Thường trực Tỉnh ủy", "Lưu VP"])
        let warnings = try JSONSerialization.jsonObject(with: Data((rows[0][14] ?? "").utf8)) as? [[String: String]]
        #expect(warnings == [["code": "legacy_font", "message": "converted from TCVN3"]])
        #expect(Array(rows[1].prefix(14)) == [nil, "mau", "2026-12-06T01:00:00Z"] + Array(repeating: nil, count: 11))
    }

    /// "Tỉnh uỷ" and "Tỉnh ủy" group as one site; local symbols of two provinces are two keys;
    /// a search typed without accents finds the text, and a replaced document's old text is gone from it.
    static func keysAndSearchFoldVietnamese(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        func record(_ name: String, site: String, province: String?, code: String, text: String) -> Record {
            var record = RecordFixtures.record(uri: "file:\(name).txt", bytes: name + text)
            record.site = site
            record.province = province
            record.text = text
            record.facts.directives[0].code = code
            return record
        }
        let a = record("a", site: "Tỉnh uỷ  Cao Bằng", province: "Cao Bằng", code: "1234/QĐ-UBND",
                       text: "Thực hiện Chỉ thị số 05-CT/TW, đảng viên học tập và làm theo.")
        let b = record("b", site: "Tỉnh ủy Cao Bằng", province: "Hà Giang", code: "1234/QĐ-UBND", text: "Mô hình dân vận khéo.")
        let c = record("c", site: "Huyện ủy Hòa An", province: nil, code: "05-CT/TW", text: "Không có gì.")
        try loader.load([a, b, c])
        #expect(try connection.queryColumn("SELECT DISTINCT site FROM documents WHERE site LIKE '%Tỉnh ủy%'", []) == ["Tỉnh ủy Cao Bằng"])
        #expect(try connection.queryColumn("SELECT site_raw FROM documents ORDER BY uri", [])
                == ["Tỉnh uỷ  Cao Bằng", "Tỉnh ủy Cao Bằng", "Huyện ủy Hòa An"])
        #expect(try connection.queryColumn("SELECT DISTINCT directive_key FROM directives ORDER BY directive_key", [])
                == ["05-CT/TW", "1234/QĐ-UBND|Cao Bằng", "1234/QĐ-UBND|Hà Giang"])
        func search(_ words: String) throws -> [String?] {
            switch connection.dialect {
            case .sqlite:
                try connection.queryColumn("""
                    SELECT d.uri FROM documents_search s JOIN documents d ON d.rowid = s.rowid
                    WHERE documents_search MATCH ? ORDER BY d.uri
                    """, [.text(words)])
            case .postgres:
                try connection.queryColumn("""
                    SELECT uri FROM documents
                    WHERE to_tsvector('simple', coalesce(search_text, '')) @@ plainto_tsquery('simple', baocao_fold($1))
                    ORDER BY uri
                    """, [.text(words)])
            }
        }
        #expect(try search("chi thi 05") == ["file:a.txt"])
        #expect(try search("dang vien") == ["file:a.txt"])
        #expect(try search("mô hình") == ["file:b.txt"])
        #expect(try search("dan van kheo") == ["file:b.txt"])
        var changed = b
        changed.id = String(repeating: "f", count: 64)
        changed.text = "Tổ heo đất."
        try loader.load([changed])
        #expect(try search("mo hinh").isEmpty)
        #expect(try search("heo dat") == ["file:b.txt"])
    }

    static func readsWholeRows(_ connection: SQLConnection) throws {
        _ = try RecordLoader(connection: connection)
        let record = RecordFixtures.record(uri: "file:a.txt", bytes: "a", figures: 2)
        try RecordLoader(connection: connection).load([record])
        let p = connection.dialect == .sqlite ? "?" : "$1"
        let rows = try connection.queryRows(
            "SELECT ordinal, subject, approx, value FROM figures WHERE document_id = \(p) ORDER BY ordinal", [.text(record.id)])
        #expect(rows.count == 2)
        #expect(rows.map(\.count) == [4, 4])
        #expect(rows.map { $0[1] } == ["mô hình", "mô hình"])
        #expect(rows.map { $0[2] } == ["over", nil])
        #expect(rows.allSatisfy { $0[3].flatMap(Double.init) != nil })
        #expect(try connection.queryRows("SELECT id FROM documents WHERE id = \(p)", [.text("none")]).isEmpty)
    }

    static func loadingTwiceKeepsOneCopy(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        let records = [RecordFixtures.record(uri: "file:a.txt", bytes: "a"), RecordFixtures.record(uri: "file:b.txt", bytes: "b")]
        #expect(try loader.load(records) == LoadCounts(inserted: 2))
        let before = try rowCounts(connection)
        #expect(try loader.load(records) == LoadCounts(unchanged: 2))
        #expect(try rowCounts(connection) == before)
    }

    static func changedDocumentReplacesItsRows(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        let old = RecordFixtures.record(uri: "file:a.txt", bytes: "old", figures: 4)
        let other = RecordFixtures.record(uri: "file:b.txt", bytes: "b", figures: 2)
        try loader.load([old, other])
        let new = RecordFixtures.record(uri: "file:a.txt", bytes: "new", figures: 1)
        #expect(try loader.load([new]) == LoadCounts(replaced: 1))
        #expect(try connection.queryColumn("SELECT id FROM documents ORDER BY uri", []) == [new.id, other.id])
        let counts = try rowCounts(connection)
        #expect(counts["figures"] == 3)
        #expect(counts["directives"] == 2)
        let p = connection.dialect == .sqlite ? "?" : "$1"
        #expect(try connection.queryColumn("SELECT COUNT(*) FROM figures WHERE document_id = \(p)", [.text(old.id)]) == ["0"])
        // The replaced version stays whole in document_versions, beside the latest; going back
        // to the old bytes adds no second copy of it.
        let versions = try connection.queryRows(
            "SELECT id, record FROM document_versions WHERE uri = \(p) ORDER BY extracted_at, id", [.text("file:a.txt")])
        #expect(Set(versions.map { $0[0] ?? "" }) == [old.id, new.id])
        for row in versions {
            let stored = try JSONSerialization.jsonObject(with: Data((row[1] ?? "").utf8)) as? [String: Any]
            let expected = row[0] == old.id ? old : new
            let original = try JSONSerialization.jsonObject(with: Data(expected.json.serialized.utf8)) as? [String: Any]
            #expect(stored.map { NSDictionary(dictionary: $0) } == original.map { NSDictionary(dictionary: $0) })
        }
        #expect(try loader.load([old]) == LoadCounts(replaced: 1))
        #expect(try connection.count("document_versions") == 3)
        #expect(try connection.queryColumn("SELECT id FROM documents WHERE uri = \(p)", [.text("file:a.txt")]) == [old.id])
    }

    static func sameBytesUnderAnotherNameAreOneDocument(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "same")])
        #expect(try loader.load([RecordFixtures.record(uri: "file:copy/a.txt", bytes: "same")]) == LoadCounts(unchanged: 1))
        #expect(try connection.count("documents") == 1)
    }

    static func failedTransactionLeavesNothing(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        struct Boom: Error {}
        #expect(throws: StorageError.self) {
            try connection.transaction { () throws(StorageError) in
                try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "a")])
                try connection.execute("INSERT INTO no_such_table VALUES (1)", [])
            }
        }
        #expect(try connection.count("documents") == 0)
        #expect(try connection.count("figures") == 0)
    }

    /// More rows than one statement may bind (SQLite 32,000, PostgreSQL 65,535 values): the
    /// loader splits them over several statements.
    static func largeListsLoadWhole(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "a", figures: 12_000)])
        #expect(try connection.count("figures") == 12_000)
        #expect(try connection.queryColumn("SELECT MAX(ordinal) FROM figures", []) == ["11999"])
    }

    static func innerTransactionRollsBackAlone(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        try connection.transaction { () throws(StorageError) in
            try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "a")])
            #expect(throws: StorageError.self) {
                try connection.transaction { () throws(StorageError) in
                    try loader.load([RecordFixtures.record(uri: "file:b.txt", bytes: "b")])
                    try connection.execute("INSERT INTO no_such_table VALUES (1)", [])
                }
            }
            try loader.load([RecordFixtures.record(uri: "file:c.txt", bytes: "c")])
        }
        #expect(try connection.queryColumn("SELECT uri FROM documents ORDER BY uri", []) == ["file:a.txt", "file:c.txt"])
        #expect(try connection.count("directives") == 2)
    }

    static func jsonColumnsHoldJSON(_ connection: SQLConnection) throws {
        let loader = try RecordLoader(connection: connection)
        try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "a")])
        let authors = try connection.queryColumn("SELECT authors FROM documents", []).first ?? nil
        #expect(try json(authors) as? [String] == ["THỦY HÀ"])
        // Compared as JSON: PostgreSQL's JSONB keeps objects with their keys reordered.
        let mentions = try connection.queryColumn("SELECT mentions FROM directives", []).first ?? nil
        #expect(try json(mentions) as? [[String: Int]] == [["start": 0, "end": 8]])
    }

    private static func json(_ text: String?) throws -> Any? {
        try text.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
    }
}
