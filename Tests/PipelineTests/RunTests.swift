import Foundation
import Testing
import TestSupport

/// End-to-end runs of `baocao run` and `extract --db`: database rows match the JSON Lines,
/// reruns change nothing, a changed file replaces only its rows, and killed runs resume to
/// exactly what an uninterrupted run writes.
@Suite("Runs you can trust", .serialized)
struct RunTests {
    /// A work folder holding a copy of some corpus documents (`copies` times) and a pipeline;
    /// with `held`, the pipeline reads ``heldDocument`` after them (see ``interruptedRun``).
    static func workspace(copies: Int = 1, folders: [String] = ["seeds", "html", "dev"], concurrency: Int = 2,
                          held: Bool = false) throws -> URL {
        let folder = try Harness.temporaryDirectory()
        for copy in 0..<copies {
            for name in folders {
                let target = folder.appendingPathComponent("corpus/\(copy)-\(name)")
                try FileManager.default.copyItem(at: Harness.corpus.appendingPathComponent(name), to: target)
                guard copy > 0 else { continue }
                // Trailing blank lines make each copy other bytes (another document id)
                // with the same text, so databases hold every copy.
                for file in try FileManager.default.contentsOfDirectory(atPath: target.path) {
                    let handle = try FileHandle(forWritingTo: target.appendingPathComponent(file))
                    try handle.seekToEnd()
                    try handle.write(contentsOf: Data(String(repeating: "\n", count: copy).utf8))
                    try handle.close()
                }
            }
        }
        if held { try holdLast(in: folder) }
        try """
            sources:
              - folder: corpus
            \(held ? "  - manifest: held.list\n" : "")concurrency: \(concurrency)
            sinks:
              jsonl: output/records.jsonl
              sqlite: output/baocao.sqlite
            """.write(to: folder.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The document a pipeline with `- manifest: held.list` reads last: a FIFO, which
    /// ``interruptedRun`` leaves without a writer and ``feedingHeld(_:_:)`` fills.
    static let heldDocument = "held/report.txt"
    static let heldText = "Ngày 15/5/2016, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW; 250 đảng viên tham gia học tập.\n"

    /// Makes ``heldDocument`` and `held.list`, which names it, in `folder`.
    static func holdLast(in folder: URL) throws {
        let document = folder.appendingPathComponent(heldDocument)
        try FileManager.default.createDirectory(at: document.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(document.path, 0o600) == 0)
        try (heldDocument + "\n").write(to: folder.appendingPathComponent("held.list"), atomically: true, encoding: .utf8)
    }

    /// Runs `body` (a run on `folder`) while a thread writes ``heldText`` into the held FIFO
    /// once the run opens it. The FIFO stays what it was (size 0, same time), so a run that
    /// resumes an interrupted one finds the same inputs.
    /// The waits (the run's, the feeder's end) hold no thread of the cooperative pool.
    static func feedingHeld<T: Sendable>(_ folder: URL, _ body: () async throws -> T) async throws -> T {
        let feeder = startFeeding(folder)
        let result: Result<T, any Error>
        do { result = .success(try await body()) } catch { result = .failure(error) }
        feeder.stop()
        await onOwnThread { feeder.finished.wait() }
        return try result.get()
    }

    struct Feeder: Sendable {
        let flag: StopFlag
        let finished: DispatchSemaphore
        func stop() { flag.set() }
    }

    /// Starts the feeder thread of ``heldDocument``.
    private static func startFeeding(_ folder: URL) -> Feeder {
        let path = folder.appendingPathComponent(heldDocument).path
        let stop = StopFlag()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            defer { finished.signal() }
            // A reader that goes away makes write fail with EPIPE instead of killing the tests.
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            while !stop.isSet {
                // Fails (ENXIO) until a reader has the FIFO open.
                let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                guard descriptor >= 0 else {
                    usleep(5_000)
                    continue
                }
                let bytes = Array(heldText.utf8)
                _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                return
            }
        }.start()
        return Feeder(flag: stop, finished: finished)
    }

    final class StopFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    /// Row count of each table and a digest of the list tables' contents, from Python's sqlite3.
    /// Document uris are taken relative to the workspace, so two workspaces compare equal.
    static func tables(_ database: URL) async throws -> [String: String] {
        let script = """
            import sqlite3, sys, hashlib, json
            db = sqlite3.connect(sys.argv[1])
            workspace = "file://" + sys.argv[2] + "/"
            out = {}
            for t in ["documents", "directives", "figures", "models", "dates", "periods", "people", "themes"]:
                rows = db.execute(f"SELECT * FROM {t}").fetchall()
                rows = [r for r in rows]
                if t == "documents":
                    # leave out extracted_at and schema
                    rows = [(r[0], r[1].replace(workspace, "", 1)) + tuple(r[2:11]) for r in rows]
                out[t] = f"{len(rows)} " + hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()[:16]
            print(json.dumps(out))
            """
        let result = try await Harness.python(["-c", script, database.path, database.deletingLastPathComponent().deletingLastPathComponent().path])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String] ?? [:]
    }

    static func count(_ tables: [String: String], _ table: String) -> Int {
        Int(tables[table]?.split(separator: " ").first ?? "") ?? -1
    }

    @Test func databaseRowsEqualTheJSONLinesLists() async throws {
        let folder = try Self.workspace()
        defer { Harness.remove(folder) }
        let result = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
        let tables = try await Self.tables(folder.appendingPathComponent("output/baocao.sqlite"))
        #expect(Self.count(tables, "documents") == records.count)
        for list in ["directives", "figures", "models", "dates", "periods", "people", "themes"] {
            let inRecords = records.reduce(0) { $0 + (($1[list] as? [Any])?.count ?? 0) }
            #expect(Self.count(tables, list) == inRecords, "\(list)")
            #expect(inRecords > 0, "\(list) is empty: the check would prove nothing")
        }
        #expect(result.stderr.contains("\(records.count) inserted, 0 replaced, 0 unchanged"))
    }

    @Test func runningTwiceChangesNothingAndAChangedFileReplacesOnlyItsRows() async throws {
        let folder = try Self.workspace()
        defer { Harness.remove(folder) }
        let database = folder.appendingPathComponent("output/baocao.sqlite")
        #expect(try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder).status == 0)
        let first = try await Self.tables(database)
        let firstRecords = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))

        let second = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 inserted, 0 replaced, \(firstRecords.count) unchanged"), "\(second.stderr)")
        await #expect(try Self.tables(database) == first)

        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("corpus/0-seeds").path).sorted()
        let changed = folder.appendingPathComponent("corpus/0-seeds/" + seeds[0])
        var text = try String(contentsOf: changed, encoding: .utf8)
        text += "\n\nNgày 15/5/2016, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW; 250 đảng viên tham gia.\n"
        try text.write(to: changed, atomically: true, encoding: .utf8)
        let third = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(third.status == 0)
        #expect(third.stderr.contains("0 inserted, 1 replaced, \(firstRecords.count - 1) unchanged"), "\(third.stderr)")
        let after = try await Self.tables(database)
        let records = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
        #expect(Self.count(after, "documents") == firstRecords.count)
        let oldIDs = Set(firstRecords.compactMap { $0["id"] as? String })
        let newIDs = Set(records.compactMap { $0["id"] as? String })
        #expect(oldIDs.subtracting(newIDs).count == 1)
        #expect(newIDs.subtracting(oldIDs).count == 1)
        for list in ["figures", "directives"] {
            let inRecords = records.reduce(0) { $0 + (($1[list] as? [Any])?.count ?? 0) }
            #expect(Self.count(after, list) == inRecords, "\(list)")
        }
        #expect(Self.count(after, "figures") > Self.count(first, "figures"))
    }

    /// Starts a run, waits for its first checkpoint, and stops it with `signal`. In a `held`
    /// workspace no one writes to ``heldDocument``: the run blocks there, last, so it cannot
    /// finish before the signal however long the test takes to see the checkpoint (the rest
    /// takes an unloaded machine under half a second).
    static func interruptedRun(in folder: URL, signal: Int32, environment: [String: String] = [:],
                               checkpoint: String = "output/records.jsonl.checkpoint", arguments: [String] = []) async throws -> Int32 {
        let process = Process()
        process.executableURL = Harness.executable
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.arguments = ["run", "pipeline.yml", "--quiet"] + arguments
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        let checkpoint = folder.appendingPathComponent(checkpoint)
        _ = await ChildProcess.poll(seconds: 120, every: .milliseconds(5)) {
            guard process.isRunning else { return true }
            return ((try? String(contentsOf: checkpoint, encoding: .utf8))?.split(separator: "\n").count ?? 0) >= 2
        }
        kill(process.processIdentifier, signal)
        await ChildProcess.waitUntilExit(process)
        return process.terminationStatus
    }

    @Test(arguments: [SIGKILL, SIGINT, SIGTERM])
    func interruptedRunResumesToTheSameOutput(signal: Int32) async throws {
        // One worker: batches of 16, so 43 documents make three checkpoints.
        let reference = try Self.workspace(copies: 3, concurrency: 1, held: true)
        defer { Harness.remove(reference) }
        await #expect(try Self.feedingHeld(reference) { try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: reference) }.status == 0)

        let folder = try Self.workspace(copies: 3, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        let status = try await Self.interruptedRun(in: folder, signal: signal)
        if signal == SIGINT { #expect(status == 130) }
        if signal == SIGTERM { #expect(status == 143) }
        let partial = folder.appendingPathComponent("output/records.jsonl.partial")
        #expect(FileManager.default.fileExists(atPath: partial.path), "the run finished before it could be interrupted")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/records.jsonl").path))

        let resumed = try await Self.feedingHeld(folder) { try await Harness.baocao(["run", "pipeline.yml"], in: folder) }
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("resuming an interrupted run"))
        // The same documents in another folder: their uris differ by the folder's path.
        let expected = try Data(String(contentsOf: reference.appendingPathComponent("output/records.jsonl"), encoding: .utf8)
            .replacingOccurrences(of: "file://\(reference.path)/", with: "file://\(folder.path)/").utf8)
        let actual = try Data(contentsOf: folder.appendingPathComponent("output/records.jsonl"))
        #expect(actual == expected, "resumed JSON Lines differ from an uninterrupted run")
        await #expect(try Self.tables(folder.appendingPathComponent("output/baocao.sqlite"))
            == Self.tables(reference.appendingPathComponent("output/baocao.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/records.jsonl.checkpoint").path))
    }

    /// Rejects go to standard error when there is no records file; the journal beside the
    /// database must still resume.
    @Test func aDatabaseOnlyRunWithRejectsResumes() async throws {
        let folder = try Self.workspace(copies: 3, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        let bad = folder.appendingPathComponent("corpus/0-a")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: bad.appendingPathComponent("binary.txt"))
        try "sources:\n  - folder: corpus\n  - manifest: held.list\nconcurrency: 1\nsinks:\n  sqlite: output/baocao.sqlite\n"
            .write(to: folder.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
        _ = try await Self.interruptedRun(in: folder, signal: SIGKILL, checkpoint: "output/baocao.sqlite.checkpoint")
        let resumed = try await Self.feedingHeld(folder) { try await Harness.baocao(["run", "pipeline.yml"], in: folder) }
        #expect(resumed.status == 1, "one input is rejected: \(resumed.stderr)")
        #expect(resumed.stderr.contains("resuming an interrupted run"), "\(resumed.stderr)")
        await #expect(Self.count(try Self.tables(folder.appendingPathComponent("output/baocao.sqlite")), "documents") == 43)
    }

    @Test func aFreshRunCanItselfBeResumed() async throws {
        let folder = try Self.workspace(copies: 3, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        _ = try await Self.interruptedRun(in: folder, signal: SIGKILL, arguments: ["--fresh"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/records.jsonl.partial").path),
                "the run finished before it could be killed")
        let resumed = try await Self.feedingHeld(folder) { try await Harness.baocao(["run", "pipeline.yml"], in: folder) }
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("resuming an interrupted run"), "\(resumed.stderr)")
    }

    @Test func freshIgnoresTheCheckpoint() async throws {
        let folder = try Self.workspace(copies: 3, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        _ = try await Self.interruptedRun(in: folder, signal: SIGKILL)
        let rerun = try await Self.feedingHeld(folder) { try await Harness.baocao(["run", "pipeline.yml", "--fresh"], in: folder) }
        #expect(rerun.status == 0)
        #expect(!rerun.stderr.contains("resuming"))
    }

    @Test func rejectsNameTheirStage() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try Data([0x00, 0x01, 0xFF, 0x00, 0x10]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.html"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a-dangling.html").path,
                                                   withDestinationPath: folder.path + "/missing.html")
        let result = try await Harness.baocao(["extract", folder.path, "-o", folder.appendingPathComponent("r.jsonl").path, "--quiet"])
        #expect(result.status == 1)
        let rejects = try Harness.jsonLines(folder.appendingPathComponent("r.rejects.jsonl"))
        let stages = rejects.compactMap { ($0["error"] as? [String: Any])?["stage"] as? String }
        #expect(stages.count == 3)
        #expect(stages.first == "read")
        #expect(stages.dropFirst().allSatisfy { $0 == "decode" })
        #expect(result.stderr.contains("rejects by kind:"))
    }

    @Test func anUnreachableDatabaseStopsTheRunWithStatus3() async throws {
        let folder = try Self.workspace(folders: ["seeds"])
        defer { Harness.remove(folder) }
        let result = try await Harness.baocao(["extract", "corpus", "--db", "postgres://baocao@127.0.0.1:1/none", "--quiet"], in: folder)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("postgres://"))
    }

    @Test func aBadPipelineIsAUsageErrorNamingLineAndKey() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        try "sources:\n  - folder: corpus\nsinks:\n  jsonl: o.jsonl\n  sqlit: b.sqlite\n"
            .write(to: folder.appendingPathComponent("bad.yml"), atomically: true, encoding: .utf8)
        let result = try await Harness.baocao(["run", "bad.yml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yml:5:3: sinks.sqlit: unknown key"), "\(result.stderr)")
    }
}
