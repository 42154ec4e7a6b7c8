import Foundation
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

    /// ``run(_:_:in:environment:)`` holding the calling thread: for the look-ups of tools in
    /// static properties, which cannot wait otherwise.
    static func runBlocking(_ program: URL, _ arguments: [String]) throws -> Output {
        try ChildProcess.runBlocking(program, arguments, in: root)
    }

    static func baocao(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) async throws -> Output {
        try await run(executable, arguments, in: directory, environment: environment)
    }

    static func python(_ arguments: [String]) async throws -> Output {
        try await run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The JSON objects of a JSON Lines file.
    static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }
}
