import Foundation
import TestSupport
import Testing

/// `baocao crawl` as cron runs it: the built executable, its summary and exit statuses.
@Suite struct CrawlCommandTests {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `baocao` executable under test (`BAOCAO_BINARY`, or the debug build).
    static var executable: URL { BaoCaoBinary.url }

    /// Runs `baocao` off the test's threads and waits for it to exit.
    static func baocao(_ arguments: [String]) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try run(arguments) }) }
        }
    }

    private static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = FakePortal.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard output drained on another thread, so neither pipe can fill up and block the process.
        nonisolated(unsafe) var outData = Data()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        reading.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func helpExplainsTheCrawl() async throws {
        let result = try await Self.baocao(["crawl", "--help"])
        #expect(result.status == 0)
        for words in ["robots.txt", "If-None-Match", "--portal", "Exit status", "per_host_delay"] {
            #expect(result.stdout.contains(words), "help lacks \(words)")
        }
    }

    @Test func badUsageAndConfigurationExitTwo() async throws {
        let fixture = try CrawlFixture()
        #expect(try await Self.baocao(["crawl"]).status == 2)
        #expect(try await Self.baocao(["crawl", fixture.folder.appendingPathComponent("none.yml").path]).status == 2)
        let noCrawl = fixture.folder.appendingPathComponent("files.yml")
        try "sources:\n  - folder: corpus/seeds\nsinks:\n  jsonl: out.jsonl\n".write(to: noCrawl, atomically: true, encoding: .utf8)
        let result = try await Self.baocao(["crawl", noCrawl.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no crawl: section"))
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let unknown = try await Self.baocao(["crawl", pipeline, "--portal", "khong-co"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no portal khong-co"))
    }

    @Test func failuresExitOneAndTheSummaryCountsPerPortal() async throws {
        let fixture = try CrawlFixture(slowSeconds: 3)
        let pipeline = try fixture.write(portals: [fixture.cleanPortal, fixture.faultyPortal])
        let first = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(first.status == 1)
        #expect(first.stderr.contains("baocao: mau: 9 new, 0 changed, 0 unchanged, 0 failed"))
        #expect(first.stderr.contains("baocao: loi: 1 new, 0 changed, 0 unchanged, 8 failed"))
        #expect(first.stderr.contains("2 portals: 10 new, 0 changed, 0 unchanged, 8 failed"))

        let second = try await Self.baocao(["crawl", pipeline, "--quiet", "--portal", "mau"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("baocao: mau: 0 new, 0 changed, 9 unchanged, 0 failed"))
        #expect(!second.stderr.contains("loi:"))
    }

    @Test func unwritableDatabaseExitsThree() async throws {
        let fixture = try CrawlFixture()
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let blocker = fixture.folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let text = try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(of: "sqlite: \(fixture.database.path)", with: "sqlite: \(blocker.path)/db.sqlite")
        try text.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let result = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot open database"))
        #expect(try await fixture.portal.log().isEmpty)
    }
}
