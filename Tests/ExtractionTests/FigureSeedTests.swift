@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// Runs the figure extractor on the seed reports and compares with the gold lists the way
/// `eval/score.py` does: items keyed by (value, kind), then subject (folded containment),
/// max and approx on matched pairs.
@Suite struct FigureSeedTests {
    struct GoldFigure {
        var value: Double
        var kind: String
        var subject: String?
        var approx: String?
        var max: Double?
    }

    static func gold(_ stem: String) throws -> [GoldFigure] {
        try SeedCorpus.gold(stem, list: "figures").map {
            GoldFigure(value: ($0["value"] as? NSNumber)?.doubleValue ?? .nan, kind: $0["kind"] as? String ?? "",
                       subject: $0["subject"] as? String, approx: $0["approx"] as? String,
                       max: ($0["max"] as? NSNumber)?.doubleValue)
        }
    }


    @Test func seedsMatchGold() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var attributeChecks = 0, attributeFailures = 0
        for stem in SeedCorpus.documents {
            let text = try SeedCorpus.text(stem)
            var predicted = FigureExtractor().extract(from: text)
            for gold in try Self.gold(stem) {
                guard let index = predicted.firstIndex(where: {
                    abs($0.value - gold.value) < 1e-4 && $0.kind.rawValue == gold.kind
                }) else {
                    falseNegatives += 1
                    print("[\(stem)] MISS \(gold)")
                    continue
                }
                let item = predicted.remove(at: index)
                truePositives += 1
                var failures: [String] = []
                if gold.subject != nil {
                    attributeChecks += 1
                    if !SeedCorpus.fold(item.subject).contains(SeedCorpus.fold(gold.subject)) { failures.append("subject \(item.subject ?? "nil")") }
                }
                if let max = gold.max {
                    attributeChecks += 1
                    if item.max != max { failures.append("max \(String(describing: item.max))") }
                }
                attributeChecks += 1
                if (gold.approx ?? "exact") != (item.approx?.rawValue ?? "exact") { failures.append("approx \(String(describing: item.approx))") }
                if !failures.isEmpty {
                    attributeFailures += failures.count
                    print("[\(stem)] ATTR \(gold) → \(failures)")
                }
            }
            for extra in predicted {
                falsePositives += 1
                let mention = extra.mentions.first.map { text.slice($0.range) } ?? ""
                print("[\(stem)] EXTRA \(extra.value) \(extra.kind) \(extra.subject ?? "nil") «\(mention)»")
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print("figures: tp \(truePositives) fp \(falsePositives) fn \(falseNegatives) F1 \(f1); attribute failures \(attributeFailures)/\(attributeChecks)")
        #expect(f1 >= 0.95)
        #expect(attributeFailures == 0)
    }
}
