import Foundation
import Storage

/// The figures of a report, read by SQL that both SQLite and PostgreSQL run.
struct ReportData {
    struct Count {
        var label: String
        var count: Int
        /// Shown after the label: issuers, top subjects, examples.
        var detail: String = ""
    }

    struct Coverage {
        var portal: String
        var documents: Int
        var dated: Int
        var titled: Int
        var withDirective: Int
    }

    var documents = 0
    var byYear: [Count] = []
    /// (province, year, documents).
    var byProvinceYear: [(province: String, year: String, count: Int)] = []
    var byProvince: [Count] = []
    var byPortal: [Count] = []
    var directives: [Count] = []
    var figures: [Count] = []
    var models: [Count] = []
    var people: [Count] = []
    var themes: [Count] = []
    var warnings: [Count] = []
    var rejects: [Count]?
    var coverage: [Coverage] = []

    static let unknown = "(không rõ)"
    static let province = "COALESCE(d.province, d.site, '\(unknown)')"
    static let portal = "COALESCE(d.portal, d.site, '\(unknown)')"
    static let year = "COALESCE(SUBSTR(d.published, 1, 4), '\(unknown)')"

    init(_ connection: SQLConnection, rejectsPath: String?, limit: Int = 20) throws {
        func rows(_ sql: String) throws -> [[String?]] { try connection.queryRows(sql, []) }
        func int(_ cell: String??) -> Int { cell.flatMap { $0 }.flatMap { Int($0) } ?? 0 }
        // Ties are ordered here, not in SQL: SQLite and PostgreSQL collate text differently.
        func counts(_ sql: String, top: Int? = nil) throws -> [Count] {
            let all = try rows(sql).map { Count(label: ($0.first ?? nil) ?? Self.unknown, count: int($0.count > 1 ? $0[1] : nil)) }
                .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
            return top.map { Array(all.prefix($0)) } ?? all
        }
        documents = int(try rows("SELECT COUNT(*) FROM documents").first?.first)
        byYear = try counts("SELECT \(Self.year) AS y, COUNT(*) FROM documents d GROUP BY y ")
        byYear.sort { ($0.label == Self.unknown ? 1 : 0, $0.label) < ($1.label == Self.unknown ? 1 : 0, $1.label) }
        byProvinceYear = try rows("""
            SELECT \(Self.province) AS p, \(Self.year) AS y, COUNT(*) FROM documents d GROUP BY p, y
            """).map { (($0[0] ?? Self.unknown), ($0[1] ?? Self.unknown), int($0[2])) }
        byProvince = try counts("SELECT \(Self.province) AS p, COUNT(*) AS n FROM documents d GROUP BY p")
        byPortal = try counts("SELECT \(Self.portal) AS p, COUNT(*) AS n FROM documents d GROUP BY p")

        directives = try counts("""
            SELECT directive_key, COUNT(DISTINCT document_id) AS n FROM directives
            WHERE directive_key IS NOT NULL GROUP BY directive_key
            """, top: limit)
        let issuers = try rows("""
            SELECT directive_key, issuer, COUNT(*) AS n FROM directives
            WHERE directive_key IS NOT NULL AND issuer IS NOT NULL GROUP BY directive_key, issuer
            """)
        directives = directives.map { Self.detailed($0, from: issuers, top: 3) }

        figures = try counts("SELECT kind, COUNT(*) AS n FROM figures GROUP BY kind")
        let subjects = try rows("""
            SELECT kind, subject, COUNT(*) AS n FROM figures WHERE subject IS NOT NULL
            GROUP BY kind, subject
            """)
        figures = figures.map { Self.detailed($0, from: subjects, top: 5) }

        models = try counts("""
            SELECT COALESCE(owner, '\(Self.unknown)') AS o, COUNT(*) AS n FROM models GROUP BY o
            """, top: limit)
        let modelNames = try rows("""
            SELECT COALESCE(owner, '\(Self.unknown)') AS o, name, COUNT(*) AS n FROM models GROUP BY o, name
            """)
        models = models.map { Self.detailed($0, from: modelNames, top: 3) }

        people = try counts("""
            SELECT COALESCE(title, '\(Self.unknown)') AS t, COUNT(*) AS n FROM people GROUP BY t
            """, top: limit)
        let names = try rows("""
            SELECT COALESCE(title, '\(Self.unknown)') AS t, name, COUNT(*) AS n FROM people GROUP BY t, name
            """)
        people = people.map { Self.detailed($0, from: names, top: 3) }

        themes = try rows("""
            SELECT year, title, COUNT(DISTINCT document_id) AS n FROM themes GROUP BY year, title
            """).map { Count(label: ($0[0] ?? "?"), count: int($0[2]), detail: $0[1] ?? "") }
            .sorted { ($0.label, $0.detail) < ($1.label, $1.detail) }

        coverage = try rows("""
            SELECT \(Self.portal) AS p, COUNT(*),
                   SUM(CASE WHEN d.published IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN d.title IS NOT NULL AND d.title <> '' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM directives r WHERE r.document_id = d.id) THEN 1 ELSE 0 END)
            FROM documents d GROUP BY p
            """).map { Coverage(portal: $0[0] ?? Self.unknown, documents: int($0[1]), dated: int($0[2]),
                                titled: int($0[3]), withDirective: int($0[4])) }
            .sorted { ($0.documents, $1.portal) > ($1.documents, $0.portal) }

        warnings = Self.warningCounts(try rows("SELECT uri, warnings FROM documents"))
        if let rejectsPath { rejects = try Self.rejectCounts(rejectsPath) }
    }

    /// `count` with the `top` most frequent second columns of `rows` whose first column is its label.
    private static func detailed(_ count: Count, from rows: [[String?]], top: Int) -> Count {
        var result = count
        let details = rows.filter { $0[0] == count.label && $0[1] != nil }
            .map { (name: $0[1] ?? "", count: Int($0[2] ?? "0") ?? 0) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
            .prefix(top).map(\.name)
        result.detail = details.joined(separator: "; ")
        return result
    }

    /// Warnings by code, each with up to three documents as examples.
    static func warningCounts(_ rows: [[String?]]) -> [Count] {
        var counts: [String: (Int, [String])] = [:]
        for row in rows {
            guard let json = row[1], json != "[]",
                  let list = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { continue }
            for warning in list {
                let code = warning["code"] as? String ?? "?"
                var entry = counts[code] ?? (0, [])
                entry.0 += 1
                if entry.1.count < 3 {
                    entry.1.append((row[0] ?? "") + ((warning["message"] as? String).map { ": " + $0 } ?? ""))
                }
                counts[code] = entry
            }
        }
        return counts.map { Count(label: $0.key, count: $0.value.0, detail: $0.value.1.joined(separator: "\n")) }
            .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
    }

    /// Rejects by kind, each with up to three examples, from a rejects file.
    static func rejectCounts(_ path: String) throws -> [Count] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunFailure(status: ExitStatus.usage, description: "cannot read the rejects file \(path)")
        }
        var counts: [String: (Int, [String])] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { continue }
            let error = object["error"] as? [String: Any] ?? [:]
            let kind = error["kind"] as? String ?? "?"
            let uri = (object["source"] as? [String: Any])?["uri"] as? String ?? "?"
            var entry = counts[kind] ?? (0, [])
            entry.0 += 1
            if entry.1.count < 3 { entry.1.append(uri + ((error["message"] as? String).map { ": " + $0 } ?? "")) }
            counts[kind] = entry
        }
        return counts.map { Count(label: $0.key, count: $0.value.0, detail: $0.value.1.joined(separator: "\n")) }
            .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
    }
}
