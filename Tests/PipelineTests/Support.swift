import Foundation
import Synchronization
import TestSupport

/// Paths and process helpers shared by the end-to-end tests.
enum Harness {
    /// The package root, found from this file's path so tests run from any directory.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var corpus: URL { root.appendingPathComponent("corpus") }

    /// The `baocao` executable under test (`BAOCAO_BINARY`, or the debug build).
    static var executable: URL { BaoCaoBinary.url }

    typealias Output = ChildProcess.Output

    /// Runs a program to completion, reading its output while it runs (from the package root
    /// unless `directory` is given); the wait holds a thread of its own, not one of the
    /// cooperative pool.
    static func run(_ program: URL, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String] = [:]) async throws -> Output {
        try await ChildProcess.run(program, arguments, in: directory ?? root, environment: environment)
    }

    static func baocao(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) async throws -> Output {
        try await run(executable, arguments, in: directory, environment: environment)
    }

    static func python(_ arguments: [String]) async throws -> Output {
        try await run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }

    /// A fresh temporary folder; the test that makes it removes it (`defer { Harness.remove(folder) }`).
    /// What a test keeps for a human to look at goes under ``artifacts`` instead.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a folder a test made, and what is in it.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A fresh temporary folder shared by the tests of a run (the corpus extracted once),
    /// removed when the test process exits.
    static func temporaryDirectoryOfTheRun() throws -> URL {
        let url = try temporaryDirectory()
        ofTheRun.withLock { folders in
            if folders.isEmpty { atexit { Harness.removeFoldersOfTheRun() } }
            folders.append(url)
        }
        return url
    }

    private static let ofTheRun = Mutex<[URL]>([])

    private static func removeFoldersOfTheRun() {
        for folder in ofTheRun.withLock({ $0 }) { remove(folder) }
    }

    /// Where tests keep what a human may want to see after the run (the report's screenshot):
    /// `.build/test-artifacts`, one file per artifact, replaced by the next run.
    static let artifacts = root.appendingPathComponent(".build/test-artifacts")

    /// The JSON objects of a JSON Lines file.
    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }
}
