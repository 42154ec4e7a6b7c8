import Foundation
@testable import Markup

/// Paths of the shared corpus and of this suite's fixtures, relative to this file.
enum Corpus {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = testsDirectory.appendingPathComponent("../../corpus").standardizedFileURL
    static let realHTML = root.appendingPathComponent("real-html")
    static let seeds = root.appendingPathComponent("seeds")
    static let expected = testsDirectory.appendingPathComponent("Fixtures/expected")

    static func html(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: realHTML.appendingPathComponent(name)), as: UTF8.self)
    }

    static func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else { throw CocoaError(.fileNoSuchFile) }
        return String(decoding: try Data(contentsOf: seeds.appendingPathComponent(name)), as: UTF8.self)
    }

    static func expectedText(_ page: String) -> String? {
        let url = expected.appendingPathComponent(page.replacingOccurrences(of: ".html", with: ".txt"))
        return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every HTML page of the corpus folders that hold pages (`BAOCAO_EQUIVALENCE_PAGES` adds a
    /// folder, such as generated bench pages), as (name, text): what the equivalence tests of
    /// the byte scanners read.
    static func equivalencePages() throws -> [(name: String, html: String)] {
        var folders = ["real-html", "html", "seeds", "realshape5"].map { root.appendingPathComponent($0) }
        if let extra = ProcessInfo.processInfo.environment["BAOCAO_EQUIVALENCE_PAGES"] {
            folders.append(URL(fileURLWithPath: extra))
        }
        var pages: [(name: String, html: String)] = []
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
            for name in names {
                pages.append((name, String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)))
            }
        }
        return pages
    }

    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: realHTML.path)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }
}
