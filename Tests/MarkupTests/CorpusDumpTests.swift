import Foundation
import Testing
@testable import Markup

/// Writes every page's extraction to $MARKUP_DUMP (manual review aid; skipped otherwise).
@Test(.enabled(if: ProcessInfo.processInfo.environment["MARKUP_DUMP"] != nil))
func dumpCorpusExtraction() throws {
    let out = URL(fileURLWithPath: ProcessInfo.processInfo.environment["MARKUP_DUMP"] ?? "/tmp")
    var bytes = 0
    var seconds = 0.0
    for page in Corpus.pages {
        let html = try Corpus.html(page)
        let start = Date()
        let content = try? ContentExtractor.html(html)
        seconds += Date().timeIntervalSince(start)
        print("PAGE \(page) \(html.utf8.count) bytes \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        bytes += html.utf8.count
        var debug = ""
        if let document = try? HTMLDocument(html), let root = document.root {
            let scan = PageScan(root: root)
            let chosen = ContentScoring.chooseContainers(scan)
            debug = "blocks \(scan.blocks.count) paragraphs \(scan.paragraphs.count) chosen " + chosen.map {
                "\(scan.blocks[$0].tag)@\(scan.blocks[$0].start) chars=\(scan.blocks[$0].totalChars)"
            }.joined(separator: " + ") + "\n"
            let final = ContentScoring.finalScores(scan)
            for index in final.indices.sorted(by: { final[$0] > final[$1] }).prefix(5) {
                debug += "  \(final[index]) \(scan.blocks[index].tag)@\(scan.blocks[index].start) chars=\(scan.blocks[index].totalChars) ld=\(scan.blocks[index].linkDensity)\n"
            }
        }
        let header = "title: \(content?.title ?? "nil")\npublished: \(content?.published ?? "nil")\nauthors: \(content?.authors ?? [])\nsite: \(content?.site ?? "nil")\n" + debug + "----\n"
        try (header + (content?.text ?? "<error>")).write(to: out.appendingPathComponent(page + ".txt"), atomically: true, encoding: .utf8)
    }
    print("THROUGHPUT \(bytes) bytes in \(seconds) s = \(Double(bytes) / seconds / 1_000_000) MB/s")
}
