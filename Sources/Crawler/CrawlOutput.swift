import Foundation
import Pipeline
import Records
import Storage

/// Why a crawl could not go on: its outputs or its state database failed (exit status 3).
public struct CrawlError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The crawl's outputs in one place, used by one task at a time: records to JSON Lines and
/// databases, rejects to their file, and the crawl state written after the record it
/// describes is stored (its JSON line flushed, its rows committed), so a run killed in
/// between fetches the page again next time. The next crawl goes on from the `.partial`
/// files a killed one left, so a page the state calls stored keeps its line. Its methods
/// block on files and databases, so they run on a queue of their own
/// (``BlockingIOExecutor``), not on the cooperative pool.
actor CrawlOutput {
    private let executor = BlockingIOExecutor(label: "baocao.crawl-output")
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// True when called on the output's own queue (for tests).
    var runsOnItsQueue: Bool { executor.isCurrent }

    private let records: JSONLinesWriter?
    private let rejects: JSONLinesWriter
    private let databases: [DatabaseSink]
    private let state: CrawlStateStore
    private let clock: @Sendable () -> String
    private let lock: OutputLock

    /// Checks and locks the output files (as `RunOutput` does), then opens every sink of
    /// `sinks` and the state database (`stateURL`, else the sqlite sink, else the postgres
    /// sink). The lock is held until `close()`.
    init(sinks: SinkSpec, rejectsPath: String, stateURL: String?, lockPolicy: OutputLock.Policy = .failIfHeld,
         clock: @escaping @Sendable () -> String = Timestamp.now) throws(CrawlError) {
        self.clock = clock
        do throws(RunError) {
            let destinations = try Self.destinations(sinks: sinks, rejectsPath: rejectsPath, stateURL: stateURL)
            let files: [OutputPath]
            do { files = try destinations.files() } catch { throw .destination(error) }
            do { lock = try OutputLock(guarding: files.filter { !$0.isStream }, policy: lockPolicy) } catch { throw .lock(error) }
        } catch {
            throw CrawlError(error.description)
        }
        do {
            // A crawl killed before it closed its files left lines in `.partial` whose pages
            // the state already calls stored: go on from them instead of starting empty.
            records = try sinks.jsonl.map { path throws(SinkError) in
                try JSONLinesWriter(path: path, resumeAt: JSONLinesWriter.completeLength(ofPartialFor: path))
            }
            rejects = try JSONLinesWriter(path: rejectsPath, resumeAt: JSONLinesWriter.completeLength(ofPartialFor: rejectsPath))
        } catch {
            throw CrawlError(error.description)
        }
        do {
            var databases: [DatabaseSink] = []
            for url in sinks.databaseURLs {
                databases.append(try DatabaseSink(url: url, batchSize: 1))
            }
            self.databases = databases
            let chosen = try stateURL.map { text throws(StorageError) in try DatabaseURL(text) }
                ?? databases.first?.url
            guard let chosen else {
                throw CrawlError("a crawl needs a database for its state: crawl.state, sinks.sqlite or sinks.postgres")
            }
            let shared = databases.first { $0.url == chosen }?.loader.connection
            state = try CrawlStateStore(connection: shared ?? DatabaseSink.connect(chosen))
        } catch let error as CrawlError {
            throw error
        } catch {
            throw CrawlError(String(describing: error))
        }
    }

    /// Every file destination of a crawl, the state database included, for checks and locks.
    static func destinations(sinks: SinkSpec, rejectsPath: String, stateURL: String?) throws(RunError) -> RunOutput.Destinations {
        var databases = sinks.databaseURLs
        if let stateURL {
            do { databases.append(try DatabaseURL(stateURL)) } catch { throw .storage(error) }
        }
        return RunOutput.Destinations(records: sinks.jsonl, rejects: rejectsPath, databases: databases)
    }

    func entries(portal: String) throws(CrawlError) -> [String: CrawlStateEntry] {
        do { return try state.entries(portal: portal) } catch { throw CrawlError(error.description) }
    }

    /// The robots.txt copies earlier crawls cached, keyed by origin.
    func robots() throws(CrawlError) -> [String: CachedRobots] {
        do { return try state.robots() } catch { throw CrawlError(error.description) }
    }

    /// Caches a robots.txt for the next crawls.
    func save(_ robots: CachedRobots) throws(CrawlError) {
        do { try state.save(robots) } catch { throw CrawlError(error.description) }
    }

    /// Stores a new or changed page's record, then its state.
    func record(_ record: Record, state entry: CrawlStateEntry) throws(CrawlError) {
        do {
            try records?.write(record.json)
            try records?.flush()
            for database in databases {
                try database.write(record)
                try database.flush()
            }
        } catch let error as SinkError {
            throw CrawlError(error.description)
        } catch {
            throw CrawlError(String(describing: error))
        }
        try save(entry)
    }

    /// Writes a reject line and, when given, the URL's state.
    func reject(_ reject: Reject, state entry: CrawlStateEntry?) throws(CrawlError) {
        do {
            try rejects.write(reject.json)
            try rejects.flush()
        } catch {
            throw CrawlError(error.description)
        }
        if let entry { try save(entry) }
    }

    /// Stores a URL the crawl knows of but did not fetch, without a fetch time.
    func remember(_ entry: CrawlStateEntry) throws(CrawlError) {
        do { try state.save(entry) } catch { throw CrawlError(error.description) }
    }

    func save(_ entry: CrawlStateEntry) throws(CrawlError) {
        var entry = entry
        entry.lastFetched = clock()
        do { try state.save(entry) } catch { throw CrawlError(error.description) }
    }

    func close() throws(CrawlError) {
        defer { lock.release() }
        do {
            try records?.close()
            try rejects.close()
            for database in databases {
                try database.close()
            }
            if !databases.contains(where: { $0.loader.connection === state.connection }) { try state.connection.close() }
        } catch let error as SinkError {
            throw CrawlError(error.description)
        } catch {
            throw CrawlError(String(describing: error))
        }
    }
}
