import Foundation
import Testing
import TestSupport

/// A user's files are never destroyed, and one run at a time writes a set of outputs: the
/// real `baocao` binary against folders, devices, sockets and symbolic links given as
/// destinations, and against a second run started while a first one writes.
@Suite("Outputs are safe", .serialized)
struct OutputSafetyTests {
    /// A folder holding two files of the user's, one in a subfolder.
    static func userFolder(at url: URL) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent("keep"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: url.appendingPathComponent("notes.txt"))
        try Data("also mine\n".utf8).write(to: url.appendingPathComponent("keep/data.csv"))
    }

    static func expectIntact(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((try? String(contentsOf: url.appendingPathComponent("notes.txt"), encoding: .utf8)) == "mine\n",
                sourceLocation: sourceLocation)
        #expect((try? String(contentsOf: url.appendingPathComponent("keep/data.csv"), encoding: .utf8)) == "also mine\n",
                sourceLocation: sourceLocation)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? []
        #expect(names == ["keep", "notes.txt"], sourceLocation: sourceLocation)
    }

    /// Names in `folder`, to show nothing was written beside a refused destination.
    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func recordsNamingAFolderAreRefusedAndTheFolderIsKept() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let output = dir.appendingPathComponent("output")
        try Self.userFolder(at: output)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", output.path, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr == "baocao: -o \(output.path): is a folder; give a file path such as \(output.path)/records.jsonl\n")
        Self.expectIntact(output)
        #expect(try Self.names(dir) == ["output"])
    }

    @Test func theDefaultRecordsPathNamingAFolderIsRefused() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let output = dir.appendingPathComponent("output/records.jsonl")
        try Self.userFolder(at: output)
        let input = dir.appendingPathComponent("in.txt")
        try Data("Có 132 mô hình được đăng ký.".utf8).write(to: input)
        let result = try await Harness.baocao(["extract", input.path, "--quiet"], in: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("-o output/records.jsonl: is a folder"))
        Self.expectIntact(output)
    }

    @Test func rejectsNamingAFolderAreRefusedBeforeAnyWork() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let rejects = dir.appendingPathComponent("rejects")
        try Self.userFolder(at: rejects)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", dir.appendingPathComponent("r.jsonl").path,
                                         "--rejects", rejects.path, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--rejects \(rejects.path): is a folder; give a file path such as \(rejects.path)/rejects.jsonl"))
        Self.expectIntact(rejects)
        #expect(try Self.names(dir) == ["rejects"], "nothing is written when a destination is refused")
    }

    @Test func aDefaultRejectsPathThatIsAFolderIsRefused() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let rejects = dir.appendingPathComponent("r.rejects.jsonl")
        try Self.userFolder(at: rejects)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", dir.appendingPathComponent("r.jsonl").path, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("the rejects file \(rejects.path): is a folder"))
        Self.expectIntact(rejects)
    }

    @Test(arguments: ["jsonl", "rejects", "sqlite"])
    func aPipelineSinkNamingAFolderIsRefused(sink: String) async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        try FileManager.default.copyItem(at: Harness.corpus.appendingPathComponent("seeds"), to: dir.appendingPathComponent("corpus"))
        let output = dir.appendingPathComponent("output")
        try Self.userFolder(at: output)
        var sinks = ["jsonl": "records.jsonl", "sqlite": "baocao.sqlite", "rejects": "records.rejects.jsonl"]
        sinks[sink] = "output"
        try """
            sources:
              - folder: corpus
            sinks:
              jsonl: \(sinks["jsonl"]!)
              rejects: \(sinks["rejects"]!)
              sqlite: \(sinks["sqlite"]!)
            """.write(to: dir.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
        let result = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("pipeline.yml: sinks.\(sink): output: is a folder; give a file path such as output/"),
                "\(result.stderr)")
        Self.expectIntact(output)
        #expect(try Self.names(dir) == ["corpus", "output", "pipeline.yml"], "nothing is written when a sink is refused")
    }

    @Test func aDatabaseNamingAFolderIsRefused() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let database = dir.appendingPathComponent("db.sqlite")
        try Self.userFolder(at: database)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", "-", "--db", "sqlite:" + database.path, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--db sqlite:\(database.path): is a folder; give a file path such as \(database.path)/baocao.sqlite"))
        Self.expectIntact(database)
    }

    /// A character device is a stream: records to /dev/null are written in place and the
    /// device stays. A database cannot live on one.
    @Test func devNullTakesRecordsButNotADatabase() async throws {
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", "/dev/null", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let database = try await Harness.baocao(["extract", "corpus/seeds", "-o", "-", "--db", "sqlite:/dev/null", "--quiet"])
        #expect(database.status == 2, "\(database.stderr)")
        #expect(database.stderr.contains("--db sqlite:/dev/null: is a character device, not a file"))
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aSocketIsRefusedAndKept() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let socketPath = dir.appendingPathComponent("s.sock").path
        let made = try await Harness.python(["-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", socketPath])
        #expect(made.status == 0, "\(made.stderr)")
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", socketPath, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("-o \(socketPath): is a socket"))
        var status = stat()
        #expect(lstat(socketPath, &status) == 0 && status.st_mode & S_IFMT == S_IFSOCK)
        #expect(try Self.names(dir) == ["s.sock"])
    }

    /// A symbolic link to a file stays a link; the file it leads to gets the records.
    @Test func aSymbolicLinkKeepsLeadingToItsFile() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let real = dir.appendingPathComponent("real/records.jsonl")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: real)
        let link = dir.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", link.path, "--rejects",
                                         dir.appendingPathComponent("rejects.jsonl").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try Harness.jsonLines(real).count == 3)

        let dangling = dir.appendingPathComponent("dangling.jsonl")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: dir.appendingPathComponent("nowhere/x").path)
        let refused = try await Harness.baocao(["extract", "corpus/seeds", "-o", dangling.path, "--quiet"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("is a symbolic link to nothing"))
    }

    /// Records renamed onto the database would replace it: two outputs on one file are refused.
    @Test func recordsAndTheDatabaseCannotShareAFile() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let database = dir.appendingPathComponent("baocao.sqlite")
        let loaded = try await Harness.baocao(["extract", "corpus/seeds", "-o", "-", "--db", "sqlite:" + database.path, "--quiet"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let before = try Data(contentsOf: database)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", dir.path + "/./baocao.sqlite",
                                         "--db", "sqlite:" + database.path, "--quiet"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--db sqlite:\(database.path): is the same file as the records file \(dir.path)/./baocao.sqlite; "
            + "give each output a file of its own"), "\(result.stderr)")
        #expect(try Data(contentsOf: database) == before)
        let rejects = try await Harness.baocao(["extract", "corpus/seeds", "-o", dir.path + "/r.jsonl", "--rejects", dir.path + "/r.jsonl"])
        #expect(rejects.status == 2, "\(rejects.stderr)")
        #expect(rejects.stderr.contains("--rejects \(dir.path)/r.jsonl: is the same file as the records file"))
    }

    @Test func missingParentFoldersAreCreated() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let records = dir.appendingPathComponent("a/b/records.jsonl")
        let database = dir.appendingPathComponent("c/d/baocao.sqlite")
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", records.path, "--db", "sqlite:" + database.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Harness.jsonLines(records).count == 3)
        await #expect(RunTests.count(try RunTests.tables(database), "documents") == 3)
    }

    // MARK: One writer at a time

    /// Starts `baocao` with its standard error going to a file, so it can be read while the
    /// process runs.
    static func start(_ arguments: [String], in folder: URL) throws -> (process: Process, stderr: URL) {
        let stderr = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        #expect(FileManager.default.createFile(atPath: stderr.path, contents: nil))
        let process = Process()
        process.executableURL = Harness.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return (process, stderr)
    }

    /// Waits until `lock` names `process` as its holder: the run has locked its outputs.
    static func waitForLock(_ lock: URL, heldBy process: Process) async -> Bool {
        await ChildProcess.poll(seconds: 120, every: .milliseconds(2)) {
            !process.isRunning || (try? String(contentsOf: lock, encoding: .utf8)) == "\(process.processIdentifier)\n"
        } && (try? String(contentsOf: lock, encoding: .utf8)) == "\(process.processIdentifier)\n"
    }

    /// A second run on the same outputs exits at once with status 3 while the first one
    /// writes (stopped with SIGSTOP, and held at its last document, so it cannot finish
    /// first); the first then completes with every record and a consistent database.
    @Test func aSecondRunOnTheSameOutputsExitsThreeAndTheFirstCompletes() async throws {
        let folder = try RunTests.workspace(copies: 12, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        let documents = try Self.documents(in: folder)
        let first = try Self.start(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(await Self.waitForLock(folder.appendingPathComponent("output/records.jsonl.lock"), heldBy: first.process),
                "the first run never locked its outputs")
        kill(first.process.processIdentifier, SIGSTOP)
        defer { kill(first.process.processIdentifier, SIGCONT) }

        let second = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(second.status == 3, "\(second.stderr)")
        #expect(second.stderr == "baocao: another baocao run (pid \(first.process.processIdentifier)) is writing "
            + "output/records.jsonl; try again when it ends\n")
        // Another records file, the same database: the database's own lock stops it.
        let sharing = try await Harness.baocao(["extract", "corpus", "-o", "other.jsonl", "--db", "sqlite:output/baocao.sqlite", "--quiet"],
                                         in: folder)
        #expect(sharing.status == 3, "\(sharing.stderr)")
        #expect(sharing.stderr.contains("is writing output/baocao.sqlite; try again when it ends"), "\(sharing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.jsonl").path))
        #expect(first.process.isRunning, "the first run ended while stopped")

        kill(first.process.processIdentifier, SIGCONT)
        try await RunTests.feedingHeld(folder) { await ChildProcess.waitUntilExit(first.process) }
        #expect(first.process.terminationStatus == 0, "\((try? String(contentsOf: first.stderr, encoding: .utf8)) ?? "")")
        let records = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
        #expect(records.count == documents)
        await #expect(RunTests.count(try RunTests.tables(folder.appendingPathComponent("output/baocao.sqlite")), "documents") == documents)
        let integrity = try await Harness.python(["-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
                                            folder.appendingPathComponent("output/baocao.sqlite").path])
        #expect(integrity.stdout == "ok\n")

        // The same command once the first is done: the lock is free again.
        let again = try await RunTests.feedingHeld(folder) { try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder) }
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// With --wait-lock the second run says it waits and runs once the first has ended (held at
    /// its last document until then, so that it cannot end before it is stopped).
    @Test func waitLockWaitsForTheFirstRun() async throws {
        let folder = try RunTests.workspace(copies: 4, concurrency: 1, held: true)
        defer { Harness.remove(folder) }
        let first = try Self.start(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(await Self.waitForLock(folder.appendingPathComponent("output/records.jsonl.lock"), heldBy: first.process),
                "the first run never locked its outputs")
        kill(first.process.processIdentifier, SIGSTOP)
        defer { kill(first.process.processIdentifier, SIGCONT) }
        let second = try Self.start(["run", "pipeline.yml", "--wait-lock", "--log-level", "notice"], in: folder)
        var waiting = ""
        _ = await ChildProcess.poll(seconds: 60, every: .milliseconds(5)) {
            waiting = (try? String(contentsOf: second.stderr, encoding: .utf8)) ?? ""
            return !second.process.isRunning || waiting.contains("waiting for another baocao run")
        }
        #expect(waiting.contains("waiting for another baocao run (pid \(first.process.processIdentifier)) to finish writing output/records.jsonl"),
                "\(waiting)")
        #expect(second.process.isRunning, "the second run did not wait")
        kill(first.process.processIdentifier, SIGCONT)
        try await RunTests.feedingHeld(folder) { await ChildProcess.waitUntilExit(first.process) }
        try await RunTests.feedingHeld(folder) { await ChildProcess.waitUntilExit(second.process) }
        #expect(first.process.terminationStatus == 0)
        #expect(second.process.terminationStatus == 0, "\((try? String(contentsOf: second.stderr, encoding: .utf8)) ?? "")")
        #expect(try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl")).count
            == Self.documents(in: folder))
    }

    /// A run killed with SIGKILL leaves its lock file (and its pid in it); the kernel has
    /// dropped the lock, so the next run goes on, resuming the killed one.
    @Test func aKilledRunsLockDoesNotBlock() async throws {
        let folder = try RunTests.workspace(copies: 4, concurrency: 1)
        defer { Harness.remove(folder) }
        let lock = folder.appendingPathComponent("output/records.jsonl.lock")
        let first = try Self.start(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(await Self.waitForLock(lock, heldBy: first.process), "the run never locked its outputs")
        kill(first.process.processIdentifier, SIGKILL)
        await ChildProcess.waitUntilExit(first.process)
        #expect(try String(contentsOf: lock, encoding: .utf8) == "\(first.process.processIdentifier)\n")
        let next = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl")).count
            == Self.documents(in: folder))
    }

    /// How many documents `baocao run` reads in a workspace (its corpus files, and the held one).
    static func documents(in folder: URL) throws -> Int {
        let corpus = folder.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? []
        let held = FileManager.default.fileExists(atPath: folder.appendingPathComponent("held.list").path) ? 1 : 0
        return files.filter { name in [".txt", ".html", ".htm"].contains { name.hasSuffix($0) } }.count + held
    }
}
