import Foundation
import VietnameseText

/// The seed reports and their gold records (`corpus/seeds`, `corpus/gold`), found relative
/// to this file, with the scorer's folding and F1: shared by every extractor's gold test.
enum SeedCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// Stems of the seed reports, sorted.
    static let documents: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// The seed text as stored.
    static func source(_ document: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("seeds/\(document).txt"), encoding: .utf8)
    }

    /// The seed text, optionally without the portal's bullet header lines (publish date,
    /// font buttons), which production removes before extraction.
    static func text(_ document: String, withoutBulletLines: Bool = false) throws -> AnalyzedText {
        var raw = try source(document)
        if withoutBulletLines {
            raw = raw.components(separatedBy: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("•") }
                .joined(separator: "\n")
        }
        return AnalyzedText(raw)
    }

    /// One list of a gold record.
    static func gold(_ document: String, list: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: root.appendingPathComponent("gold/\(document).json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?[list] as? [[String: Any]] ?? []
    }

    /// The scorer's fold: no diacritics, lower-case, no quotes, trimmed punctuation.
    static func fold(_ value: String?) -> String {
        guard let value else { return "" }
        let key = Folding.key(value).filter { $0 != "\"" && $0 != "'" }
        return key.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " .,;:-()"))
    }

    /// F1 of predicted keys against gold keys.
    static func f1(gold: Set<String>, predicted: Set<String>) -> Double {
        let hits = Double(gold.intersection(predicted).count)
        guard !gold.isEmpty || !predicted.isEmpty else { return 1 }
        return 2 * hits / Double(gold.count + predicted.count)
    }
}
