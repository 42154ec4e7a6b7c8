@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// Runs the extractor on the seed reports and scores it against the gold lists the way
/// eval/score.py does: items keyed by type and number, then code, date, issuer and term.
@Suite("Directives: gold seeds")
struct DirectiveGoldTests {
    static func key(_ type: String, _ number: String?) -> String {
        let digits = (number ?? "").drop { $0 == "0" }
        return "\(type)|\(digits)"
    }

    @Test func seedsMatchGold() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, attributeMisses = 0
        for doc in SeedCorpus.documents {
            let gold = try SeedCorpus.gold(doc, list: "directives")
            var predicted: [String: Directive] = [:]
            for item in DirectiveExtractor().extract(from: try SeedCorpus.text(doc)) {
                predicted[Self.key(item.type.rawValue, item.number)] = item
            }
            for expected in gold {
                let key = Self.key(expected["type"] as? String ?? "", expected["number"] as? String)
                guard let item = predicted.removeValue(forKey: key) else {
                    falseNegatives += 1
                    print("\(doc) MISS \(key)")
                    continue
                }
                truePositives += 1
                let checks: [(String, String?, String?)] = [
                    ("code", expected["code"] as? String, item.code), ("date", expected["date"] as? String, item.date),
                    ("issuer", expected["issuer"] as? String, item.issuer), ("term", expected["term"] as? String, item.term),
                ]
                for (name, want, got) in checks where want != nil && SeedCorpus.fold(want) != SeedCorpus.fold(got) {
                    attributeMisses += 1
                    print("\(doc) \(key) \(name): want \(want ?? "-") got \(got ?? "-")")
                }
            }
            for (key, item) in predicted {
                falsePositives += 1
                print("\(doc) EXTRA \(key) \(directiveSummary(item))")
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print("directives gold: tp \(truePositives) fp \(falsePositives) fn \(falseNegatives) F1 \(f1) attribute misses \(attributeMisses)")
        #expect(f1 >= 0.95)
        #expect(attributeMisses == 0)
    }
}
