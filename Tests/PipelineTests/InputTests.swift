import Foundation
import Testing

/// What the real `baocao` takes as input: pages by their bytes whatever their name, links
/// followed, standard input, missing paths, empty folders, URIs that name the file wherever
/// the command runs, `--prune`, unreadable folders and names that are not UTF-8.
@Suite("Inputs read as what they are", .serialized)
struct InputTests {
    static let page = Harness.corpus.appendingPathComponent("html/000_f280e3f9c1c8211f.html")
    static let pageTitle = "Học và làm theo Bác linh hoạt, đa dạng hình thức, phù hợp, hiệu quả thiết thực trên địa bàn thành phố Long Xuyên"
    static let report = Harness.corpus.appendingPathComponent("seeds/002_31eddc2270e1bae0.txt")

    static func copy(_ source: URL, to target: URL) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
    }

    static func source(_ record: [String: Any]) -> [String: Any] { record["source"] as? [String: Any] ?? [:] }
    static func uri(_ record: [String: Any]) -> String { source(record)["uri"] as? String ?? "" }

    /// Rows of `documents` as (uri) from Python's sqlite3, sorted.
    static func documentURIs(_ database: URL) async throws -> [String] {
        let result = try await Harness.python(["-c", """
            import sqlite3, sys, json
            print(json.dumps(sorted(r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT uri FROM documents"))))
            """, database.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String] ?? []
    }

    @Test func webPagesAreReadAsHTMLInAFolderAndNamed() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let inputs = folder.appendingPathComponent("in")
        for name in ["bai-viet.aspx", "tin.php", "trang", "luu.txt"] { try Self.copy(Self.page, to: inputs.appendingPathComponent(name)) }
        try Self.copy(Self.report, to: inputs.appendingPathComponent("ghi-chu"))
        try Data("GIF89a".utf8 + [0x01, 0x00, 0x01, 0x00]).write(to: inputs.appendingPathComponent("anh.gif"))
        try Data("{\"a\": 1}".utf8).write(to: inputs.appendingPathComponent("du-lieu.json"))
        try Data("<html><body><p>x</p></body></html>".utf8).write(to: inputs.appendingPathComponent("trang.pdf"))

        let walked = try await Harness.baocao(["extract", inputs.path, "-o", folder.appendingPathComponent("walk.jsonl").path, "--quiet"])
        #expect(walked.status == 0, "\(walked.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("walk.jsonl"))
        // The plain-text file without an extension, the GIF image, the JSON and the .pdf that is
        // no PDF are not taken.
        #expect(records.map { (Self.uri($0) as NSString).lastPathComponent } == ["bai-viet.aspx", "luu.txt", "tin.php", "trang"])
        for record in records {
            #expect(Self.source(record)["media_type"] as? String == "text/html", "\(Self.uri(record))")
            #expect(record["title"] as? String == Self.pageTitle, "\(Self.uri(record))")
        }

        let names = ["bai-viet.aspx", "tin.php", "trang", "ghi-chu"]
        let named = try await Harness.baocao(["extract"] + names.map { "in/" + $0 } + ["-o", "named.jsonl", "--quiet"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        let namedRecords = try Harness.jsonLines(folder.appendingPathComponent("named.jsonl"))
        #expect(namedRecords.map { Self.source($0)["media_type"] as? String } == ["text/html", "text/html", "text/html", "text/plain"])
        #expect(namedRecords.prefix(3).allSatisfy { $0["title"] as? String == Self.pageTitle })
    }

    @Test func symbolicLinksAreFollowedAndALoopIsOneReject() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let root = folder.appendingPathComponent("root")
        try Self.copy(Self.report, to: root.appendingPathComponent("real/a.txt"))
        try Self.copy(Self.page, to: folder.appendingPathComponent("elsewhere/folder/c.html"))
        try Self.copy(Self.report, to: folder.appendingPathComponent("elsewhere/b.txt"))
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-file.txt").path, withDestinationPath: "../elsewhere/b.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: "../elsewhere/folder")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("real/loop").path, withDestinationPath: "..")

        let result = try await Harness.baocao(["extract", "root", "-o", "out.jsonl", "--quiet"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("out.jsonl"))
        #expect(records.map(Self.uri) == ["linked-file.txt", "linked-folder/c.html", "real/a.txt"].map { "file://\(root.path)/\($0)" })
        let rejects = try Harness.jsonLines(folder.appendingPathComponent("out.rejects.jsonl"))
        #expect(rejects.count == 1)
        #expect(rejects.first.map(Self.uri) == "file://\(root.path)/real/loop")
        let error = rejects.first?["error"] as? [String: Any]
        #expect(error?["kind"] as? String == "loop")
        #expect((error?["message"] as? String)?.contains("leads back to root") == true, "\(error ?? [:])")
        #expect(result.stderr.contains("4 documents, 3 records, 1 reject"))
    }

    /// Runs `baocao` with standard input read from `input`.
    static func withStandardInput(_ input: URL, _ arguments: [String], in directory: URL) async throws -> Harness.Output {
        try await Harness.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" < \"$INPUT\"", Harness.executable.path] + arguments,
                        in: directory, environment: ["INPUT": input.path])
    }

    @Test func aDashIsStandardInput() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let page = try await Self.withStandardInput(Self.page, ["extract", "-", "-o", "-", "--quiet"], in: folder)
        #expect(page.status == 0, "\(page.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(Self.uri(record) == "stdin:")
        #expect(Self.source(record)["media_type"] as? String == "text/html")
        #expect(record["title"] as? String == Self.pageTitle)

        try Self.copy(Self.report, to: folder.appendingPathComponent("x.txt"))
        let mixed = try await Self.withStandardInput(Self.report, ["extract", "x.txt", "-", "-o", "-", "--quiet"], in: folder)
        #expect(mixed.status == 0, "\(mixed.stderr)")
        let lines = mixed.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.map(Self.uri) == ["file://\(folder.path)/x.txt", "stdin:"])
        #expect(lines.last.map { Self.source($0)["media_type"] as? String } == "text/plain")

        #expect(try await Harness.baocao(["extract", "-", "-", "-o", "-"], in: folder).status == 2)
    }

    @Test func aMissingPathOrAGlobMatchingNothingIsAUsageError() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try Self.copy(Self.report, to: folder.appendingPathComponent("corpus/a.txt"))
        let missing = try await Harness.baocao(["extract", "corpus", "nothing-here", "-o", "out.jsonl"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or folder: nothing-here"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.jsonl").path), "work was done")

        // An unmatched glob as the shell hands it over.
        let glob = try await Harness.baocao(["extract", "corpus/*.htm", "-o", "out.jsonl"], in: folder)
        #expect(glob.status == 2)
        #expect(glob.stderr.contains("no file matches corpus/*.htm"), "\(glob.stderr)")

        for source in ["glob: \"corpus/**/*.html\"", "folder: archive", "manifest: lists/today.txt"] {
            try "sources:\n  - folder: corpus\n  - \(source)\nsinks:\n  jsonl: out.jsonl\n"
                .write(to: folder.appendingPathComponent("p.yml"), atomically: true, encoding: .utf8)
            let run = try await Harness.baocao(["run", "p.yml"], in: folder)
            #expect(run.status == 2, "\(source): \(run.stderr)")
            #expect(run.stderr.contains(source.split(separator: " ").last.map { $0.replacingOccurrences(of: "\"", with: "") } ?? ""),
                    "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.jsonl").path), "work was done")
        }

        // A path a manifest lists is data: missing, it is a reject and the rest is read.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lists"), withIntermediateDirectories: true)
        try "corpus/a.txt\ncorpus/gone.txt\n".write(to: folder.appendingPathComponent("lists/today.txt"), atomically: true, encoding: .utf8)
        try "sources:\n  - manifest: lists/today.txt\nsinks:\n  jsonl: out.jsonl\n"
            .write(to: folder.appendingPathComponent("p.yml"), atomically: true, encoding: .utf8)
        let listed = try await Harness.baocao(["run", "p.yml", "--quiet"], in: folder)
        #expect(listed.status == 1, "\(listed.stderr)")
        #expect(listed.stderr.contains("2 documents, 1 record, 1 reject"), "\(listed.stderr)")
    }

    @Test func anEmptyFolderIsSaidPlainly() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus/empty/sub"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("corpus/empty/sub/picture.jpg"))
        let result = try await Harness.baocao(["extract", "corpus/empty", "-o", "out.jsonl", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("baocao: no documents found in corpus/empty (looked for .txt, .html, .htm"), "\(result.stderr)")
        #expect(result.stderr.contains("0 documents, 0 records, 0 rejects"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.jsonl")).isEmpty)
    }

    @Test func theSameFileFromTwoWorkingDirectoriesIsOneDocument() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let file = folder.appendingPathComponent("corpus/seeds/a.txt")
        try Self.copy(Self.report, to: file)
        let database = folder.appendingPathComponent("db.sqlite")
        let first = try await Harness.baocao(["extract", "corpus/seeds/a.txt", "--db", "sqlite:" + database.path, "-o", "/dev/null", "--quiet"],
                                       in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nCó 250 đảng viên tham gia.\n".utf8))
        try handle.close()
        let second = try await Harness.baocao(["extract", "./seeds//a.txt", "--db", "sqlite:" + database.path, "-o", "/dev/null", "--quiet"],
                                        in: folder.appendingPathComponent("corpus"))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("0 inserted, 1 replaced, 0 unchanged"), "\(second.stderr)")
        await #expect(try Self.documentURIs(database) == ["file://\(file.path)"])
    }

    @Test func pruneRemovesTheRowsOfDeletedFilesAndNothingElse() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        for name in ["corpus/a/x.txt", "corpus/a/y.txt", "corpus/b/z.txt"] {
            let target = folder.appendingPathComponent(name)
            try Self.copy(Self.report, to: target)
            let handle = try FileHandle(forWritingTo: target)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\n\(name)\n".utf8))
            try handle.close()
        }
        let database = folder.appendingPathComponent("db.sqlite")
        let db = ["--db", "sqlite:" + database.path, "-o", "/dev/null", "--quiet"]
        #expect(try await Harness.baocao(["extract", "corpus/a", "corpus/b"] + db, in: folder).status == 0)
        let insert = try await Harness.python(["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for i, uri in enumerate(["https://example.vn/gone.html", "stdin:", "file:corpus/a/old-relative.txt"]):
                db.execute("INSERT INTO documents (id, uri, media_type, bytes, authors, text, warnings, extracted_at, schema) "
                           "VALUES (?, ?, 'text/plain', 1, '[]', 'x', '[]', 't', 's')", (f"other{i}", uri))
            db.commit()
            """, database.path])
        #expect(insert.status == 0, "\(insert.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/a/x.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/b/z.txt"))
        let root = "file://" + folder.path + "/corpus/"

        let without = try await Harness.baocao(["extract", "corpus/a"] + db, in: folder)
        #expect(without.status == 0, "\(without.stderr)")
        await #expect(try Self.documentURIs(database).filter { $0.hasPrefix(root) }.count == 4, "rows went without --prune")

        let pruned = try await Harness.baocao(["extract", "corpus/a", "--prune"] + db, in: folder)
        #expect(pruned.status == 0, "\(pruned.stderr)")
        #expect(pruned.stderr.contains("0 inserted, 0 replaced, 1 unchanged, 2 pruned"), "\(pruned.stderr)")
        // x.txt and the older baocao's relative row of a file that is gone; z.txt is not under corpus/a.
        await #expect(try Self.documentURIs(database) == [root + "a/y.txt", root + "b/z.txt", "https://example.vn/gone.html", "stdin:"])

        // The pipeline key does the same for a pipeline's sources.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("corpus/a/y.txt"))
        try "sources:\n  - folder: corpus\nprune: true\nsinks:\n  sqlite: db.sqlite\n"
            .write(to: folder.appendingPathComponent("p.yml"), atomically: true, encoding: .utf8)
        try Self.copy(Self.report, to: folder.appendingPathComponent("corpus/c.txt"))
        let run = try await Harness.baocao(["run", "p.yml", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        await #expect(try Self.documentURIs(database) == [root + "c.txt", "https://example.vn/gone.html", "stdin:"])
    }

    /// An older baocao's `file:corpus/…` rows take their `file://` uri when the same files are
    /// loaded from the same directory: a changed file replaces its rows, none is doubled.
    @Test func olderRelativeURIsAreAdopted() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try Self.copy(Self.report, to: folder.appendingPathComponent("corpus/a.txt"))
        try Self.copy(Self.page, to: folder.appendingPathComponent("corpus/b.html"))
        let database = folder.appendingPathComponent("db.sqlite")
        let db = ["--db", "sqlite:" + database.path, "-o", "/dev/null", "--quiet"]
        #expect(try await Harness.baocao(["extract", "corpus"] + db, in: folder).status == 0)
        let old = try await Harness.python(["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("UPDATE documents SET uri = 'file:corpus/' || replace(uri, ?, '')", (sys.argv[2],))
            db.commit()
            """, database.path, "file://\(folder.path)/corpus/"])
        #expect(old.status == 0, "\(old.stderr)")
        await #expect(try Self.documentURIs(database) == ["file:corpus/a.txt", "file:corpus/b.html"])
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("corpus/a.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nCó 250 đảng viên tham gia.\n".utf8))
        try handle.close()
        let again = try await Harness.baocao(["extract", "corpus"] + db, in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 inserted, 1 replaced, 1 unchanged"), "\(again.stderr)")
        #expect(again.stderr.contains("2 documents loaded by an older baocao"), "\(again.stderr)")
        await #expect(try Self.documentURIs(database) == ["a.txt", "b.html"].map { "file://\(folder.path)/corpus/\($0)" })
    }

    @Test func aFolderThatCannotBeReadIsAReject() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try Self.copy(Self.report, to: folder.appendingPathComponent("root/ok.txt"))
        try Self.copy(Self.report, to: folder.appendingPathComponent("root/locked/inner.txt"))
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: output.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.appendingPathComponent("root/locked").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("root/locked").path) }
        let arguments = ["extract", "root", "-o", "out/r.jsonl", "--quiet"]
        let result: Harness.Output
        if geteuid() == 0 {
            // Root reads any folder: run as nobody, for whom the permissions hold.
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "no setpriv to drop root's rights")
            result = try await Harness.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", Harness.executable.path] + arguments,
                                     in: folder)
        } else {
            result = try await Harness.baocao(arguments, in: folder)
        }
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try Harness.jsonLines(output.appendingPathComponent("r.jsonl")).map(Self.uri) == ["file://\(folder.path)/root/ok.txt"])
        let rejects = try Harness.jsonLines(output.appendingPathComponent("r.rejects.jsonl"))
        #expect(rejects.map(Self.uri) == ["file://\(folder.path)/root/locked"])
        let error = rejects.first?["error"] as? [String: Any]
        #expect(error?["kind"] as? String == "io")
        #expect(error?["message"] as? String == "cannot read folder root/locked: Permission denied")
    }

    /// Creates a file whose name has the byte 0xFF (not UTF-8) in `folder`.
    static func createFileNamedWithByteFF(in folder: URL, contents: URL) throws -> [UInt8] {
        let name: [UInt8] = Array("b".utf8) + [0xFF] + Array("o.txt".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let bytes = try [UInt8](Data(contentsOf: contents))
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
        close(descriptor)
        return name
    }

    @Test func aNameThatIsNotUTF8IsReadAndItsURIKeepsTheBytes() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        _ = try Self.createFileNamedWithByteFF(in: inputs, contents: Self.report)
        let walked = try await Harness.baocao(["extract", "in", "-o", "walk.jsonl", "--quiet"], in: folder)
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(try Harness.jsonLines(folder.appendingPathComponent("walk.jsonl")).map(Self.uri) == ["file://\(folder.path)/in/b%FFo.txt"])

        // Named on the command line: the shell hands over the raw byte.
        let named = try await Harness.run(URL(fileURLWithPath: "/bin/sh"),
                                    ["-c", "exec \"$0\" extract \"$(printf 'in/b\\377o.txt')\" -o named.jsonl --quiet", Harness.executable.path],
                                    in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try Harness.jsonLines(folder.appendingPathComponent("named.jsonl")).map(Self.uri) == ["file://\(folder.path)/in/b%FFo.txt"])
    }
}
