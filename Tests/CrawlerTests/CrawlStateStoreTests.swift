import Foundation
import Pipeline
import Storage
import Testing
@testable import Crawler

@Suite struct CrawlStateStoreTests {
    /// A store in a new database file, which the test removes (`defer { Self.remove(path) }`).
    func store() throws -> (CrawlStateStore, path: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-state-\(UUID().uuidString).sqlite").path
        return (try CrawlStateStore(connection: SQLiteConnection(path: path)), path)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func savedEntriesComeBackPerPortal() throws {
        let (store, path) = try store()
        defer { Self.remove(path) }
        let first = CrawlStateEntry(url: "https://a.vn/1.html", portal: "a", etag: "\"e1\"",
                                    lastModified: "Tue, 14 Nov 2023 22:13:20 GMT", contentHash: "h1", lastStatus: 200,
                                    lastFetched: "2026-11-21T20:00:00Z", documentID: "h1")
        let second = CrawlStateEntry(url: "https://a.vn/2.html", portal: "a", lastStatus: 404)
        let other = CrawlStateEntry(url: "https://b.vn/1.html", portal: "b", etag: "\"b\"")
        for entry in [first, second, other] { try store.save(entry) }
        let entries = try store.entries(portal: "a")
        #expect(entries.count == 2)
        #expect(entries[first.url] == first)
        #expect(entries[second.url] == second)
        #expect(try store.entries(portal: "b")[other.url]?.etag == "\"b\"")
    }

    @Test func savingAgainUpdatesTheRow() throws {
        let (store, path) = try store()
        defer { Self.remove(path) }
        var entry = CrawlStateEntry(url: "https://a.vn/1.html", portal: "a", etag: "\"v1\"", contentHash: "h1", lastStatus: 200)
        try store.save(entry)
        entry.etag = "\"v2\""
        entry.contentHash = "h2"
        entry.lastStatus = 304
        try store.save(entry)
        #expect(try store.entries(portal: "a") == [entry.url: entry])
        #expect(try store.connection.count("crawl_state") == 1)
    }
}

@Suite struct CrawlOutputTests {
    /// The output's blocking file and database calls run on its own queue, not on a thread
    /// of the cooperative pool the fetches share.
    @Test func runsOnItsOwnQueue() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crawl-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CrawlOutput(sinks: SinkSpec(sqlite: folder.appendingPathComponent("b.sqlite").path),
                                     rejectsPath: folder.appendingPathComponent("rejects.jsonl").path, stateURL: nil)
        #expect(await output.runsOnItsQueue)
        try await output.save(CrawlStateEntry(url: "https://a.vn/1.html", portal: "a", lastStatus: 200))
        #expect(try await output.entries(portal: "a").keys.sorted() == ["https://a.vn/1.html"])
        try await output.close()
    }
}
