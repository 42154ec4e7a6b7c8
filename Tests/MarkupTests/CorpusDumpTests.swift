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
        bytes += html.utf8.count
        let header = "title: \(content?.title ?? "nil")\npublished: \(content?.published ?? "nil")\nauthors: \(content?.authors ?? [])\nsite: \(content?.site ?? "nil")\n----\n"
        try (header + (content?.text ?? "<error>")).write(to: out.appendingPathComponent(page + ".txt"), atomically: true, encoding: .utf8)
    }
    print("THROUGHPUT \(bytes) bytes in \(seconds) s = \(Double(bytes) / seconds / 1_000_000) MB/s")
}
