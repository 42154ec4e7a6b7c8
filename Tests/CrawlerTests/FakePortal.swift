import AsyncHTTPClient
import Foundation
import NIOCore

/// The fake portal of `Fixtures/fake_portal.py`, started on 127.0.0.1 on a free port for
/// one test and stopped with it.
final class FakePortal: @unchecked Sendable {
    /// One request as the server logged it.
    struct Request: Decodable, Sendable {
        var method: String
        var path: String
        var status: Int
        /// The Host header the request was sent with.
        var host: String?
        var ifNoneMatch: String?
        var ifModifiedSince: String?
        var userAgent: String?
        var acceptEncoding: String?
        var contentEncoding: String?
        var start: Double
        var end: Double

        var isConditional: Bool { ifNoneMatch != nil || ifModifiedSince != nil }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fake_portal.py")

    /// The time the test's own requests to the server (its log, its switches) may take: long,
    /// for a loaded machine (the crawl suites' tests run on ``DedicatedThreads/crawls``, and the
    /// other tests wait for their child processes off the cooperative pool, but the machine's
    /// two cores are shared).
    static let controlTimeout = TimeAmount.seconds(120)

    let process = Process()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    enum StartError: Error { case noPort(String) }

    /// Starts the server; `slowSeconds` is how long `/loi/cham.html` takes to answer.
    init(slowSeconds: Double = 4) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, Self.root.appendingPathComponent("corpus").path]
        var environment = ProcessInfo.processInfo.environment
        environment["FAKE_PORTAL_SLOW"] = String(slowSeconds)
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw StartError.noPort(text)
        }
        self.port = port
    }

    deinit { stop() }

    /// Kills the server (SIGKILL: the test process may hand its children a mask that blocks SIGTERM).
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The requests served so far, in order.
    func log() async throws -> [Request] {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: base + "/__log"), timeout: Self.controlTimeout)
        let body = try await response.body.collect(upTo: 64 << 20)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode([Request].self, from: Data(body.readableBytesView))
    }

    /// Publishes a new version of the page at `path` (new bytes, ETag and Last-Modified).
    func touch(_ path: String) async throws {
        try await post("/__touch?path=" + path)
    }

    /// Makes `/robots.txt` answer `status` (200 restores the normal file).
    func setRobotsStatus(_ status: Int) async throws {
        try await post("/__robots?status=\(status)")
    }

    /// Makes `/robots.txt` 1.5 MB long: `Disallow: /private/` first, `Disallow: /bai-viet/` past 1 MB.
    func setBigRobots() async throws {
        try await post("/__robots?status=200&big=1")
    }

    /// Adds an article to the nights portal (`/dem/tin-tuc`), served from corpus file `file`.
    func addNightPage(_ path: String, file: String) async throws {
        try await post("/__dem?add=\(path)&file=\(file)")
    }

    /// Deletes an article of the nights portal: 404 from now on, and no longer listed.
    func deleteNightPage(_ path: String) async throws {
        try await post("/__dem?delete=\(path)")
    }

    /// Forgets the request log.
    func resetLog() async throws {
        try await post("/__reset")
    }

    private func post(_ path: String) async throws {
        var request = HTTPClientRequest(url: base + path)
        request.method = .POST
        _ = try await HTTPClient.shared.execute(request, timeout: Self.controlTimeout).body.collect(upTo: 1 << 20)
    }
}
