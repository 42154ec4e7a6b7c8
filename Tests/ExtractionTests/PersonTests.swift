import Foundation
import Testing
import VietnameseText
@testable import Extraction

@Suite struct PersonTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    @Test(arguments: ["000", "001", "002"])
    func seedMatchesGold(_ prefix: String) throws {
        let fm = FileManager.default
        let seedDir = Self.seeds.appendingPathComponent("seeds")
        let goldDir = Self.seeds.appendingPathComponent("gold")
        let seedName = try #require(try fm.contentsOfDirectory(atPath: seedDir.path).first { $0.hasPrefix(prefix) })
        let goldName = try #require(try fm.contentsOfDirectory(atPath: goldDir.path).first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: seedDir.appendingPathComponent(seedName), encoding: .utf8)
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldDir.appendingPathComponent(goldName))) as? [String: Any]
        let goldPeople = (gold?["people"] as? [[String: Any]] ?? []).map {
            ($0["name"] as? String ?? "", $0["title"] as? String)
        }
        let found = PersonExtractor().extract(from: AnalyzedText(text))
        for person in found { print("GOT \(prefix): \(person.name) | \(person.title ?? "nil")") }
        #expect(found.count == goldPeople.count)
        for (name, title) in goldPeople {
            let match = found.first { Folding.key($0.name) == Folding.key(name) }
            #expect(match != nil, "missing \(name)")
            #expect(match.map { Folding.key($0.title ?? "") } == Folding.key(title ?? ""), "title of \(name)")
        }
    }
}
