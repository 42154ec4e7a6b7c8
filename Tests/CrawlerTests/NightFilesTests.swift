import Foundation
import Testing
@testable import Crawler

/// The names of a night's files, and the files a killed night left.
@Suite struct NightFilesTests {
    @Test(arguments: [
        ("output/nightly.jsonl", "output/nightly.20261206T011500Z.jsonl"),
        ("output/nightly.rejects.jsonl", "output/nightly.20261206T011500Z.rejects.jsonl"),
        ("/srv/b/records", "/srv/b/records.20261206T011500Z"),
        ("nightly.jsonl", "nightly.20261206T011500Z.jsonl"),
    ])
    func datedNames(path: String, expected: String) {
        #expect(NightFiles.dated(path, stamp: "20261206T011500Z") == expected)
    }

    @Test func stampsAreUTCAndTwoCrawlsInOneSecondGetTheirOwnFiles() throws {
        let date = Date(timeIntervalSince1970: 1_796_519_700)  // 2026-12-06 01:15:00 UTC
        #expect(NightFiles.stamp(date) == "20261206T011500Z")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("night-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("nightly.jsonl").path
        try Data().write(to: URL(fileURLWithPath: NightFiles.dated(records, stamp: "20261206T011500Z")))
        #expect(NightFiles.freshStamp(for: [records], at: date) == "20261206T011501Z")
    }

    /// A killed night's `.partial` is cut to its last complete line and renamed; tonight's
    /// open file and files that are not a night's are left alone.
    @Test func aKilledNightsFilesAreFinished() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("night-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("nightly.jsonl").path
        let killed = NightFiles.dated(records, stamp: "20261205T011500Z")
        let tonight = NightFiles.dated(records, stamp: "20261206T011500Z")
        try Data("{\"a\":1}\n{\"b\":".utf8).write(to: URL(fileURLWithPath: killed + ".partial"))
        try Data("{\"c\":1}\n".utf8).write(to: URL(fileURLWithPath: tonight + ".partial"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: records + ".partial"))
        #expect(NightFiles.salvage(records, current: [tonight]) == [killed])
        #expect(try String(contentsOfFile: killed, encoding: .utf8) == "{\"a\":1}\n")
        #expect(FileManager.default.fileExists(atPath: tonight + ".partial"))
        #expect(FileManager.default.fileExists(atPath: records + ".partial"))
    }
}
