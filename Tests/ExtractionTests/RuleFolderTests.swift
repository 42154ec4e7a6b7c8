import Foundation
import Testing

/// The rules target keeps one folder per list (Dates, Directives, Document, Figures, Models,
/// People, Themes); what two lists share lives in `Shared` or in the engine. Swift has no
/// per-folder imports, so the rule is checked here over the source files: a list folder's
/// file must not name a type declared at the top level of a sibling list folder, and
/// `Shared` must not name a type of any list folder.
@Suite struct RuleFolderTests {
    struct Violation: Equatable, CustomStringConvertible {
        let file: String
        let type: String
        let owner: String

        var description: String { "\(file) uses \(type) of \(owner)" }
    }

    /// Folders every list may use.
    static let sharedFolders: Set<String> = ["Shared"]

    /// The violations among the folders directly under `root`.
    static func violations(under root: URL) throws -> [Violation] {
        let declaration =
            #/^(?:(?:public|package|internal|private|fileprivate|final)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_][A-Za-z0-9_]*)/#
            .anchorsMatchLineEndings()
        let typeName = #/\b[A-Z][A-Za-z0-9_]*\b/#.wordBoundaryKind(.simple)
        let comment = #/\/\/[^\n]*/#
        let stringLiteral = #/"(?:[^"\\\n]|\\.)*"/#
        let manager = FileManager.default
        let folders = try manager.contentsOfDirectory(atPath: root.path).filter { name in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
        var files: [String: [(path: String, text: String)]] = [:]
        var owner: [String: String] = [:]
        for folder in folders {
            let folderURL = root.appendingPathComponent(folder)
            guard let enumerator = manager.enumerator(atPath: folderURL.path) else { continue }
            for case let relative as String in enumerator where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folderURL.appendingPathComponent(relative), encoding: .utf8)
                files[folder, default: []].append((folder + "/" + relative, text))
                for match in text.matches(of: declaration) {
                    owner[String(match.output.1)] = folder
                }
            }
        }
        var found: [Violation] = []
        for folder in folders {
            for file in files[folder, default: []].sorted(by: { $0.path < $1.path }) {
                let code = file.text.replacing(comment, with: "").replacing(stringLiteral, with: "\"\"")
                let names = Set(code.matches(of: typeName).map { String(code[$0.range]) })
                for name in names.sorted() {
                    guard let home = owner[name], home != folder, !sharedFolders.contains(home) else { continue }
                    found.append(Violation(file: file.path, type: name, owner: home))
                }
            }
        }
        return found
    }

    static var extractionSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Extraction")
    }

    @Test func noRuleFolderUsesASibling() throws {
        let found = try Self.violations(under: Self.extractionSources)
        #expect(found.isEmpty, "\(found)")
    }

    /// Every pointer stays in the engine: the rules read bytes through ``BufferView``.
    @Test func rulesHandleNoPointer() throws {
        let root = Self.extractionSources
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            Issue.record("no \(root.path)")
            return
        }
        var files = 0
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            files += 1
            let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            for word in ["Unsafe", "baseAddress", "memchr", "memcmp", ".allocate("] {
                #expect(!text.contains(word), "\(relative) uses \(word)")
            }
        }
        #expect(files > 30)
    }

    @Test func theListFoldersAreThere() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.extractionSources.path)
        for list in ["Dates", "Directives", "Document", "Figures", "Models", "People", "Themes", "Shared"] {
            #expect(folders.contains(list), "\(list)")
        }
    }

    /// The check finds a list using its sibling's type, and `Shared` using a list's, but not
    /// a list using `Shared`, its own types, or a sibling's type named in a comment or string.
    @Test func aSiblingUseIsFound() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rule-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sources: [String: String] = [
            "Dates/DateRules.swift": "enum DateRules {\n    static let rows = [1]\n}\n",
            "Directives/DirectiveRules.swift": """
                struct DirectiveRules {
                    // DateRules in a comment
                    let note = "DateRules in a string"
                    let table = KindTable.rows
                    let own = DirectiveHelper()
                }
                struct DirectiveHelper {}
                """,
            "Figures/FigureRules.swift": "enum FigureRules {\n    static let dates = DateRules.rows\n}\n",
            "Shared/KindTable.swift": "enum KindTable {\n    static let rows = [1]\n    static let bad = DirectiveHelper()\n}\n",
        ]
        for (path, text) in sources {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let found = try Self.violations(under: root)
        #expect(found == [
            Violation(file: "Figures/FigureRules.swift", type: "DateRules", owner: "Dates"),
            Violation(file: "Shared/KindTable.swift", type: "DirectiveHelper", owner: "Directives"),
        ])
    }
}
