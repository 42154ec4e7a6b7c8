import Foundation
import Testing
@testable import Pipeline

@Suite struct SourceCollectorTests {
    /// A folder walk keeps documents by extension (and pages of dynamic sites or without an
    /// extension by their bytes), in path order, follows symbolic links, and leaves out hidden
    /// names, what is under hidden folders and other extensions.
    @Test func folderWalkKeepsDocuments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        for folder in ["b/c", ".hidden", "a"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["b/c/x.HTML", "b/y.txt", "a/z.htm", "a/w.xhtml", "a/v.shtml", "a/report.pdf", "a/noext",
                     ".hidden/inside.html", "a/.dot.txt", "top.txt", "a/text.php"] {
            #expect(manager.createFile(atPath: root + "/" + file, contents: Data("x".utf8)))
        }
        for page in ["a/page", "a/page.ASPX", "a/page.jsp", "a/page.png"] {
            #expect(manager.createFile(atPath: root + "/" + page, contents: Data("\u{FEFF}<!DOCTYPE html>".utf8)))
        }
        try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/top.txt")
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/b")

        let (files, missing) = SourceCollector.collect([root + "/", root + "/none"])
        #expect(missing == [root + "/none"])
        #expect(files.map { String($0.path.dropFirst(root.count + 1)) }
            == ["a/page", "a/page.ASPX", "a/page.jsp", "a/v.shtml", "a/w.xhtml", "a/z.htm", "b/c/x.HTML", "b/y.txt",
                "link.txt", "linked/c/x.HTML", "linked/y.txt", "top.txt"])
        #expect(files.map(\.mediaType) == [.html, .html, .html, .html, .html, .html, .html, .text, .text, .html, .text, .text])
        #expect(files.allSatisfy { $0.problem == nil })
        #expect(files.first?.uri == "file://" + root + "/a/page")
    }

    /// A link that leads nowhere is a reject when its name is one a walk takes.
    @Test func danglingLinksThatNameDocumentsAreRejects() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("collect-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for name in ["gone.html", "gone-folder", "gone.gif"] {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + name, withDestinationPath: root + "/nothing/" + name)
        }
        let files = SourceCollector.collect([root]).files
        #expect(files.map(\.path) == [root + "/gone-folder", root + "/gone.html"])
        #expect(files.map(\.problem?.message) == ["gone-folder", "gone.html"].map { "cannot read \(root)/\($0): no such file or folder" })
    }

    @Test(arguments: [
        ("corpus/x.html", "/home/a", "file:///home/a/corpus/x.html"),
        ("./corpus//seeds/../x y.txt", "/srv", "file:///srv/corpus/x%20y.txt"),
        ("/abs/Báo cáo.txt", "/ignored", "file:///abs/B%C3%A1o%20c%C3%A1o.txt"),
        ("../../../x", "/a", "file:///x"),
        ("a&b=(c)#d?e%f", "/", "file:///a%26b%3D%28c%29%23d%3Fe%25f"),
    ])
    func fileURIsAreAbsoluteAndPercentEncoded(path: String, directory: String, uri: String) {
        let absolute = InputPath(path).absolute(in: InputPath(directory))
        #expect(absolute.fileURI == uri)
        #expect(InputPath(fileURI: uri) == absolute)
    }

    @Test func fileURIsKeepBytesThatAreNotUTF8() {
        let path = InputPath(bytes: Array("/in/b".utf8) + [0xFF] + Array("o.txt".utf8))
        #expect(path.fileURI == "file:///in/b%FFo.txt")
        #expect(InputPath(fileURI: "file:///in/b%FFo.txt") == path)
        #expect(InputPath(fileURI: "file://localhost/in/b%ffo.txt") == path)
        #expect(InputPath(fileURI: "file://server/share/x") == nil)
        #expect(InputPath(fileURI: "file:relative/x") == nil)
        #expect(InputPath(fileURI: "https://example.vn/x") == nil)
    }
}
