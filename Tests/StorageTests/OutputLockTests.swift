import Foundation
import Records
import Testing
@testable import Storage

@Suite struct OutputPathTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("output-path-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func kindsOfDestination() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try OutputPath(folder + "/new.jsonl").kind == .missing)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/file.jsonl"))
        #expect(try OutputPath(folder + "/file.jsonl").kind == .regularFile)
        #expect(try OutputPath("/dev/null").kind == .stream)
        #expect(throws: OutputPathError(path: folder, reason: .folder)) { try OutputPath(folder) }
        #expect(throws: OutputPathError.self) { try OutputPath("/dev/null", allowsStreams: false) }
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(try OutputPath(folder + "/fifo").kind == .stream)
        #expect(throws: OutputPathError.self) { try OutputPath(folder + "/fifo", allowsStreams: false) }
    }

    @Test func aLinkToAFileTargetsTheFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/real.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.jsonl", withDestinationPath: "real.jsonl")
        let path = try OutputPath(folder + "/link.jsonl")
        #expect(path.kind == .regularFile)
        #expect(path.target.hasSuffix("/real.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/to-folder", withDestinationPath: folder)
        #expect(throws: OutputPathError.self) { try OutputPath(folder + "/to-folder") }
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: folder + "/none/x")
        #expect(throws: OutputPathError(path: folder + "/dangling", reason: .danglingLink)) {
            try OutputPath(folder + "/dangling")
        }
    }

    @Test func theSameFileByAnotherPathHasTheSameCanonicalPath() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/alias", withDestinationPath: folder)
        let direct = try OutputPath(folder + "/new/records.jsonl")
        #expect(try OutputPath(folder + "/alias/./new/../new/records.jsonl").canonicalPath == direct.canonicalPath)
        #expect(try OutputPath(folder + "/new/other.jsonl").canonicalPath != direct.canonicalPath)
        #expect(direct.canonicalPath.hasSuffix("/new/records.jsonl") && direct.canonicalPath.hasPrefix("/"))
    }

    /// The writer refuses a folder before creating anything, and keeps a link a link.
    @Test func theWriterNeverReplacesAFolderOrALink() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let kept = folder + "/out"
        try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: kept + "/mine.txt"))
        #expect(throws: SinkError.self) { try JSONLinesWriter(path: kept) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out"])
        #expect(try String(contentsOfFile: kept + "/mine.txt", encoding: .utf8) == "mine")

        try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/real.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.jsonl", withDestinationPath: "real.jsonl")
        let writer = try JSONLinesWriter(path: folder + "/link.jsonl")
        try writer.write(.string("new"))
        try writer.close()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.jsonl") == "real.jsonl")
        #expect(try String(contentsOfFile: folder + "/real.jsonl", encoding: .utf8) == "\"new\"\n")
    }

    /// A destination that became a folder while the run wrote is not replaced: the lines
    /// stay in the partial file.
    @Test func aDestinationThatBecameAFolderIsLeftAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/records.jsonl"
        let writer = try JSONLinesWriter(path: path)
        try writer.write(.string("line"))
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path + "/mine.txt"))
        #expect(throws: SinkError.self) { try writer.close() }
        #expect(try String(contentsOfFile: path + "/mine.txt", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: path + ".partial", encoding: .utf8) == "\"line\"\n")
    }
}

@Suite struct OutputLockTests {
    @Test func oneHolderAtATime() throws {
        let folder = try OutputPathTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = try OutputPath(folder + "/sub/records.jsonl")
        let database = try OutputPath(folder + "/baocao.sqlite")
        var first: OutputLock? = try OutputLock(guarding: [records, database, records])
        #expect(try String(contentsOfFile: folder + "/sub/records.jsonl.lock", encoding: .utf8) == "\(getpid())\n")
        // flock belongs to the open file, so a second hold in this process is refused too.
        #expect(throws: OutputLockError.held(path: database.path, pid: getpid())) {
            try OutputLock(guarding: [try OutputPath(folder + "/other.jsonl"), database])
        }
        first?.release()
        first = nil
        let second = try OutputLock(guarding: [database, try OutputPath(folder + "/other.jsonl")])
        second.release()
        #expect(FileManager.default.fileExists(atPath: folder + "/baocao.sqlite.lock"), "lock files stay")
    }

    #if os(Linux)
    /// A process being spawned holds a copy of every descriptor until its `exec`; a copy
    /// made with dup(2) stands in for it here (found through Linux's /proc/self/fd).
    @Test func aCopyOfTheDescriptorDoesNotKeepAReleasedLock() throws {
        let folder = try OutputPathTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = try OutputPath(folder + "/records.jsonl")
        let first = try OutputLock(guarding: [records])
        let lockFile = URL(fileURLWithPath: records.target + ".lock").resolvingSymlinksInPath().path
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap(Int32.init)
        let held = try #require(descriptors.first { descriptor in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")) == lockFile
        })
        let copy = dup(held)
        #expect(copy >= 0)
        defer { close(copy) }
        first.release()
        let second = try OutputLock(guarding: [records])
        second.release()
    }
    #endif

    @Test func aWaitingHolderGetsTheLockWhenTheFirstLetsGo() throws {
        let folder = try OutputPathTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = try OutputPath(folder + "/records.jsonl")
        let first = try OutputLock(guarding: [records])
        nonisolated(unsafe) var told: OutputLockError?
        let acquired = DispatchSemaphore(value: 0)
        let heard = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let second = try? OutputLock(guarding: [records], policy: .wait { held in told = held; heard.signal() })
            second?.release()
            acquired.signal()
        }
        #expect(heard.wait(timeout: .now() + 30) == .success)
        #expect(told == .held(path: records.path, pid: getpid()))
        #expect(acquired.wait(timeout: .now() + 0.2) == .timedOut, "the second holder did not wait")
        first.release()
        #expect(acquired.wait(timeout: .now() + 30) == .success)
    }
}
