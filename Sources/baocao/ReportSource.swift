import Extraction
import Foundation
import Storage
import VietnameseText

/// What `report` and `export` read: a database, or a JSON Lines file of records loaded into a
/// scratch SQLite database so both are queried by the same SQL.
struct ReportSource {
    let connection: SQLConnection
    /// The name shown in the report.
    let name: String
    private let scratch: String?

    /// Opens `source`: `sqlite:PATH`, `postgres://…`, a SQLite file, or a JSON Lines file of records.
    init(_ source: String) throws(RunFailure) {
        if source.hasPrefix("sqlite:") || source.hasPrefix("postgres://") || source.hasPrefix("postgresql://") {
            let url: DatabaseURL
            do { url = try DatabaseURL(source) } catch { throw RunFailure(status: ExitStatus.usage, description: error.description) }
            if case .sqlite(let path) = url, !FileManager.default.fileExists(atPath: path) {
                throw RunFailure(status: ExitStatus.usage, description: "no such database: \(path)")
            }
            connection = try Self.connect(url)
            name = url.redacted
            scratch = nil
            return
        }
        guard let handle = FileHandle(forReadingAtPath: source) else {
            throw RunFailure(status: ExitStatus.usage, description: "no such file: \(source)")
        }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        name = source
        if head.starts(with: Data("SQLite format 3".utf8)) {
            connection = try Self.connect(.sqlite(path: source))
            scratch = nil
            return
        }
        let path = NSTemporaryDirectory() + "baocao-report-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite"
        scratch = path
        do {
            let connection = try SQLiteConnection(path: path)
            self.connection = connection
            try JSONLinesTables.load(source, into: connection)
        } catch let failure as RunFailure {
            try? FileManager.default.removeItem(atPath: path)
            throw failure
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw RunFailure(status: ExitStatus.cannotProceed, description: "\(error)")
        }
    }

    private static func connect(_ url: DatabaseURL) throws(RunFailure) -> SQLConnection {
        do { return try DatabaseSink.connect(url) } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }
    }

    func close() {
        try? connection.close()
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
    }
}

/// The columns of the record tables the report reads, filled from JSON Lines records.
enum JSONLinesTables {
    static let schema = [
        "CREATE TABLE documents (id TEXT, uri TEXT, title TEXT, published TEXT, site TEXT, province TEXT, portal TEXT, warnings TEXT)",
        "CREATE TABLE directives (document_id TEXT, ordinal INTEGER, type TEXT, number TEXT, code TEXT, date TEXT, issuer TEXT, directive_key TEXT)",
        "CREATE TABLE figures (document_id TEXT, ordinal INTEGER, value REAL, kind TEXT, subject TEXT)",
        "CREATE TABLE models (document_id TEXT, ordinal INTEGER, name TEXT, category TEXT, owner TEXT)",
        "CREATE TABLE people (document_id TEXT, ordinal INTEGER, name TEXT, title TEXT)",
        "CREATE TABLE themes (document_id TEXT, ordinal INTEGER, year INTEGER, title TEXT)",
    ]

    static func load(_ path: String, into connection: SQLConnection) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunFailure(status: ExitStatus.usage, description: "cannot read \(path)")
        }
        for statement in schema { try connection.execute(statement, []) }
        try connection.transaction { () throws(StorageError) in
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
                guard let id = object["id"] as? String else { continue }
                try insert(object, id: id, into: connection)
            }
        }
    }

    private static func insert(_ record: [String: Any], id: String, into connection: SQLConnection) throws(StorageError) {
        func text(_ value: Any?) -> SQLValue { (value as? String).map(SQLValue.text) ?? .null }
        let source = record["source"] as? [String: Any] ?? [:]
        let warnings = (try? JSONSerialization.data(withJSONObject: record["warnings"] ?? [])).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let site = (record["site"] as? String).map(Normalization.field)
        let province = record["province"] as? String
        try connection.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            .text(id), text(source["uri"]), text(record["title"]), text(record["published"]), site.map(SQLValue.text) ?? .null,
            text(province), text(source["portal"]), .text(warnings),
        ])
        func list(_ key: String) -> [[String: Any]] { record[key] as? [[String: Any]] ?? [] }
        for (ordinal, directive) in list("directives").enumerated() {
            let code = directive["code"] as? String
            let key = DirectiveScope.key(code: code, province: province, site: site)
            try connection.execute("INSERT INTO directives VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                .text(id), .integer(Int64(ordinal)), text(directive["type"]), text(directive["number"]), text(code),
                text(directive["date"]), text(directive["issuer"]), key.map(SQLValue.text) ?? .null,
            ])
        }
        for (ordinal, figure) in list("figures").enumerated() {
            try connection.execute("INSERT INTO figures VALUES (?, ?, ?, ?, ?)", [
                .text(id), .integer(Int64(ordinal)), (figure["value"] as? Double).map(SQLValue.real) ?? .null,
                text(figure["kind"]), text(figure["subject"]),
            ])
        }
        for (ordinal, model) in list("models").enumerated() {
            try connection.execute("INSERT INTO models VALUES (?, ?, ?, ?, ?)", [
                .text(id), .integer(Int64(ordinal)), text(model["name"]), text(model["category"]), text(model["owner"]),
            ])
        }
        for (ordinal, person) in list("people").enumerated() {
            try connection.execute("INSERT INTO people VALUES (?, ?, ?, ?)", [
                .text(id), .integer(Int64(ordinal)), text(person["name"]), text(person["title"]),
            ])
        }
        for (ordinal, theme) in list("themes").enumerated() {
            try connection.execute("INSERT INTO themes VALUES (?, ?, ?, ?)", [
                .text(id), .integer(Int64(ordinal)), (theme["year"] as? Int).map { SQLValue.integer(Int64($0)) } ?? .null,
                text(theme["title"]),
            ])
        }
    }
}
