import Foundation
import Records
import Testing
import TestSupport
@testable import Storage

@Suite struct JSONLinesWriterTests {
    @Test func aFIFOIsWrittenInPlaceAndStaysAFIFO() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(JSONLinesWriter.isSpecialFile(path))
        nonisolated(unsafe) var received = Data()
        let reading = DispatchGroup()
        reading.enter()
        Thread {
            received = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            reading.leave()
        }.start()
        let writer = try JSONLinesWriter(path: path)
        try writer.write(.object([("a", .number(1))]))
        try writer.close()
        // A guard against a hang, not a timing check: a writer that never opens the FIFO
        // leaves the reader blocked.
        #expect(await onOwnThread { reading.wait(timeout: .now() + 30) } == .success)
        #expect(String(decoding: received, as: UTF8.self) == "{\"a\":1}\n")
        #expect(JSONLinesWriter.isSpecialFile(path))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test func aRegularFileIsReplacedWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-\(UUID().uuidString).jsonl").path
        defer { unlink(path) }
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(!JSONLinesWriter.isSpecialFile(path))
        let writer = try JSONLinesWriter(path: path)
        try writer.write(.string("new"))
        try writer.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\"new\"\n")
    }

    @Test func anInterruptedPartialFileIsContinuedFromItsLastCompleteLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-\(UUID().uuidString).jsonl").path
        defer { unlink(path); unlink(path + ".partial") }
        #expect(JSONLinesWriter.completeLength(ofPartialFor: path) == nil)
        let long = String(repeating: "x", count: 70_000)
        try Data("\"a\"\n\"\(long)\"\n\"torn".utf8).write(to: URL(fileURLWithPath: path + ".partial"))
        let length = try #require(JSONLinesWriter.completeLength(ofPartialFor: path))
        #expect(length == UInt64(4 + long.utf8.count + 3))
        let writer = try JSONLinesWriter(path: path, resumeAt: length)
        try writer.write(.string("b"))
        try writer.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\"a\"\n\"\(long)\"\n\"b\"\n")
    }
}
