import Foundation
import Storage
import TestSupport
import Testing

/// `baocao crawl` as cron runs it: the built executable, its summary and exit statuses.
@Suite(.crawlThreads) struct CrawlCommandTests {
    typealias Output = ChildProcess.Output

    /// The `baocao` executable under test (`BAOCAO_BINARY`, or the debug build).
    static var executable: URL { BaoCaoBinary.url }

    /// Runs `baocao` and waits for it to exit on a thread of its own.
    static func baocao(_ arguments: [String]) async throws -> Output {
        try await ChildProcess.run(executable, arguments, in: FakePortal.root)
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
        defer { fixture.remove() }
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
        let fixture = try CrawlFixture(slowSeconds: CrawlFixture.slowPageSeconds)
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal, fixture.faultyPortal], timeout: CrawlFixture.shortTimeout)
        let first = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(first.status == 1)
        #expect(first.stderr.contains("baocao: mau: 9 new, 0 changed, 0 unchanged, 0 failed"))
        #expect(first.stderr.contains("baocao: loi: 1 new, 0 changed, 0 unchanged, 8 failed"))
        #expect(first.stderr.contains("baocao: loi: 1 new, 0 changed, 0 unchanged, 8 failed (8 new)"))
        #expect(first.stderr.contains("2 portals: 10 new, 0 changed, 0 unchanged, 8 failed (8 new)"))

        // The same failures the next night are old trouble: counted, written to the night's
        // rejects, but the night exits 0, and --quiet prints nothing.
        let again = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty, "\(again.stderr)")

        let second = try await Self.baocao(["crawl", pipeline, "--portal", "mau"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("baocao: mau: 0 new, 0 changed, 9 unchanged, 0 failed"))
        #expect(!second.stderr.contains("loi:"))
    }

    /// Two nights as cron runs them, on whichever binary is under test (`scripts/test` runs
    /// this on the release build too, where Swift 6.3.1's optimiser once made every crawl
    /// trap with SIGILL as its first portal ended): articles, a 404, a robots.txt-disallowed
    /// page and a PDF link across three portals crawled at once. Each night ends with an exit
    /// status, not a signal, leaves no `.partial` file, and the second keeps the first
    /// night's documents in the database. The PDF is a document for the document readers, not a reject.
    @Test func twoNightsEndWithAnExitStatusAndKeepTheFirstNightsRecords() async throws {
        let fixture = try CrawlFixture(slowSeconds: 0.2)
        defer { fixture.remove() }
        let documents = """
              - name: tai-lieu
                start: "\(fixture.portal.base)/tai-lieu"
                allow: ["/tai-lieu/*", "/bai-viet/*.html", "/private/*.html"]
            """
        let pipeline = try fixture.write(portals: [fixture.cleanPortal, fixture.faultyPortal, documents])
        var firstNight = 0
        for night in 1...2 {
            let result = try await Self.baocao(["crawl", pipeline, "--quiet"])
            #expect(result.status == 0 || result.status == 1, "night \(night): status \(result.status)\n\(result.stderr)")
            #expect(!result.stderr.contains("Program crashed"), "night \(night):\n\(result.stderr)")
            // --quiet: the summary on a night with new failures, nothing on a clean one.
            #expect(result.status == 0 ? result.stderr.isEmpty : result.stderr.contains("3 portals:"),
                    "night \(night): status \(result.status)\n\(result.stderr)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
                .filter { $0.hasSuffix(".partial") }
            #expect(leftovers.isEmpty, "night \(night) left \(leftovers)")
            let stored = try await Self.documentCount(fixture.database)
            if night == 1 {
                firstNight = stored
                #expect(stored >= 11, "night 1 stored \(stored) documents")
                let rejects = try fixture.nightFiles(rejects: true).map { try String(contentsOf: $0, encoding: .utf8) }.joined()
                #expect(!rejects.contains("/tai-lieu/bao-cao.pdf"))
                #expect(rejects.contains("/tai-lieu/mat.html"))
            } else {
                #expect(stored >= firstNight, "night 2 has \(stored) documents, night 1 had \(firstNight)")
            }
        }
    }

    static func documentCount(_ database: URL) async throws -> Int {
        let result = try await Self.runTool("/usr/bin/env", ["python3", "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])",
            database.path])
        return Int(result.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    static func runTool(_ path: String, _ arguments: [String]) async throws -> String {
        try await ChildProcess.run(URL(fileURLWithPath: path), arguments).stdout
    }

    @Test func aSinkThatIsAFolderIsRefusedBeforeAnyFetch() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        try FileManager.default.createDirectory(at: fixture.records, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: fixture.records.appendingPathComponent("mine.txt"))
        let result = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("sinks.jsonl: \(fixture.records.path): is a folder"), "\(result.stderr)")
        #expect(try String(contentsOf: fixture.records.appendingPathComponent("mine.txt"), encoding: .utf8) == "mine")
        #expect(try await fixture.portal.log().isEmpty)
    }

    /// While another run holds the database (here this process), a crawl exits 3 at once.
    @Test func aCrawlOnOutputsAnotherRunWritesExitsThree() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let held = try OutputLock(guarding: [try OutputPath(fixture.database.path)])
        let result = try await Self.baocao(["crawl", pipeline, "--quiet"])
        held.release()
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr == "baocao: another baocao run (pid \(getpid())) is writing \(fixture.database.path); try again when it ends\n")
        #expect(try await fixture.portal.log().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.records.path))
    }

    @Test func unwritableDatabaseExitsThree() async throws {
        let fixture = try CrawlFixture()
        defer { fixture.remove() }
        let pipeline = try fixture.write(portals: [fixture.cleanPortal])
        let blocker = fixture.folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let text = try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(of: "sqlite: \(fixture.database.path)", with: "sqlite: \(blocker.path)/db.sqlite")
        try text.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let result = try await Self.baocao(["crawl", pipeline, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot open \(blocker.path)/db.sqlite for writing"), "\(result.stderr)")
        #expect(try await fixture.portal.log().isEmpty)
    }
}
