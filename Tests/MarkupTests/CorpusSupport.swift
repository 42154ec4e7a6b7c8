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

    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: realHTML.path)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }
}
