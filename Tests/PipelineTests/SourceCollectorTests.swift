import Foundation
import Testing
@testable import Pipeline

@Suite struct SourceCollectorTests {
    /// A folder walk keeps regular files with a known extension, in path order, and leaves
    /// out hidden names, what is under hidden folders, other extensions and symbolic links.
    @Test func folderWalkKeepsReadableFilesOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        for folder in ["b/c", ".hidden", "a"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["b/c/x.HTML", "b/y.txt", "a/z.htm", "a/w.xhtml", "a/v.shtml", "a/report.pdf", "a/noext",
                     ".hidden/inside.html", "a/.dot.txt", "top.txt"] {
            #expect(manager.createFile(atPath: root + "/" + file, contents: Data("x".utf8)))
        }
        try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/top.txt")
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/b")

        let (files, missing) = SourceCollector.collect([root + "/", root + "/none"])
        #expect(missing == [root + "/none"])
        #expect(files.map { String($0.path.dropFirst(root.count + 1)) }
            == ["a/v.shtml", "a/w.xhtml", "a/z.htm", "b/c/x.HTML", "b/y.txt", "top.txt"])
        #expect(files.map(\.mediaType) == [.html, .html, .html, .html, .text, .text])
        #expect(files.first?.uri == "file:" + root + "/a/v.shtml")
    }
}
