import Foundation
import Records
import Storage

/// Why a run could not start or go on.
public enum RunError: Error, CustomStringConvertible {
    /// A destination is a folder, a device or such: refused before anything is written.
    case destination(UnusableDestination)
    /// Another run is writing the same outputs.
    case lock(OutputLockError)
    case sink(SinkError)
    case storage(StorageError)

    public var description: String {
        switch self {
        case .destination(let error): error.description
        case .lock(let error): error.description
        case .sink(let error): error.description
        case .storage(let error): error.description
        }
    }
}

/// A destination of a run that cannot take its output, and which one it is.
public struct UnusableDestination: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case records
        case rejects
        /// An SQLite database (a sink or a crawl's state).
        case database
    }

    public let role: Role
    public let error: OutputPathError

    public var description: String { error.description }
}

/// Everything a run writes to: the records and rejects files, the databases, and the
/// checkpoint journal that lets an interrupted run resume. It holds the lock of its files
/// (``OutputLock``) from the start until `finish()` or `suspend()`, so no other run writes
/// them meanwhile.
public final class RunOutput {
    /// Where a run's results go.
    public struct Destinations: Sendable {
        /// Records file, "-" for standard output, nil for none.
        public var records: String?
        /// Rejects file; nil means beside the records file, or standard error when records
        /// go to standard output or nowhere.
        public var rejects: String?
        public var databases: [DatabaseURL]

        public init(records: String?, rejects: String? = nil, databases: [DatabaseURL] = []) {
            self.records = records
            self.rejects = rejects
            self.databases = databases
        }

        /// `output/records.jsonl` → `output/records.rejects.jsonl`; nil (standard error) when
        /// records go to standard output or a device such as /dev/null.
        public static func defaultRejects(for records: String?) -> String? {
            guard let records, records != "-", !JSONLinesWriter.isSpecialFile(records) else { return nil }
            let url = URL(fileURLWithPath: records)
            let name = url.deletingPathExtension().lastPathComponent + ".rejects.jsonl"
            let directory = (records as NSString).deletingLastPathComponent
            return directory.isEmpty ? name : directory + "/" + name
        }

        var rejectsPath: String? { rejects ?? Self.defaultRejects(for: records) }

        /// Where the journal lives: beside the first regular file sink. Output to a stream or
        /// a device cannot be resumed, so there is none then.
        var checkpointPath: String? {
            let streams = [records, rejects].compactMap { $0 }.filter { $0 == "-" || JSONLinesWriter.isSpecialFile($0) }
            guard streams.isEmpty else { return nil }
            if let records { return records + ".checkpoint" }
            for database in databases { if case .sqlite(let path) = database { return path + ".checkpoint" } }
            if let rejectsPath { return rejectsPath + ".checkpoint" }
            return nil
        }

        /// The files the run writes, checked before it starts: each must be missing or a
        /// regular file, or (records and rejects only) a character device or FIFO, which is
        /// written in place, and the records and rejects files must be files of their own.
        /// Standard streams are left out.
        public func files() throws(UnusableDestination) -> [OutputPath] {
            var files: [(file: OutputPath, role: UnusableDestination.Role)] = []
            func inspect(_ path: String, as role: UnusableDestination.Role) throws(UnusableDestination) {
                let file: OutputPath
                do { file = try OutputPath(path, allowsStreams: role != .database) } catch {
                    throw UnusableDestination(role: role, error: error)
                }
                if !file.isStream, let other = files.first(where: { other in
                    !other.file.isStream && (role != .database || other.role != .database)
                        && other.file.canonicalPath == file.canonicalPath
                }) {
                    let name = switch other.role {
                    case .records: "the records file"
                    case .rejects: "the rejects file"
                    case .database: "the database"
                    }
                    throw UnusableDestination(role: role, error: OutputPathError(
                        path: path, reason: .sameFile(as: "\(name) \(other.file.path)")))
                }
                files.append((file, role))
            }
            if let records, records != "-" { try inspect(records, as: .records) }
            if let rejectsPath, rejectsPath != "-" { try inspect(rejectsPath, as: .rejects) }
            for case .sqlite(let path) in databases { try inspect(path, as: .database) }
            return files.map(\.file)
        }

        var descriptions: [String] {
            ["records=\(records ?? "")", "rejects=\(rejectsPath ?? "")"] + databases.map(\.redacted)
        }
    }

    public let destinations: Destinations
    /// The point an earlier interrupted run of the same command reached, if resuming.
    public let resumePoint: Checkpoint.Entry?
    private let records: JSONLinesWriter?
    private let rejects: JSONLinesWriter
    private let databases: [DatabaseSink]
    private let checkpoint: Checkpoint?
    private let lock: OutputLock
    private var recordsWritten = 0
    private var rejectsWritten = 0

    /// Checks the destinations (``Destinations/files()``), locks them under `lockPolicy`,
    /// and opens every sink. If a journal of the same command (same files, same sinks)
    /// exists and its files are intact, the run resumes where that one stopped, unless
    /// `ignoringCheckpoint` (`--fresh`). A run that reads standard input is not `resumable`:
    /// it keeps no journal. Documents an older baocao stored under `file:PATH` uris get
    /// their `file://` uri when PATH is absolute or, taken from the current directory, lies
    /// in one of `scopes` (see `RecordLoader.adoptLegacyFileURIs`).
    public init(_ destinations: Destinations, files: [SourceFile], resumable: Bool = true,
                ignoringCheckpoint: Bool = false, lockPolicy: OutputLock.Policy = .failIfHeld,
                scopes: [InputScope] = []) throws(RunError) {
        self.destinations = destinations
        let outputFiles: [OutputPath]
        do { outputFiles = try destinations.files() } catch { throw .destination(error) }
        do {
            lock = try OutputLock(guarding: outputFiles.filter { !$0.isStream }, policy: lockPolicy)
        } catch {
            throw .lock(error)
        }
        let checkpoint = resumable ? destinations.checkpointPath.map {
            Checkpoint(path: $0, fingerprint: Checkpoint.fingerprint(files: files, sinks: destinations.descriptions))
        } : nil
        var resumePoint = ignoringCheckpoint ? nil : checkpoint?.resumePoint()
        if let point = resumePoint,
           !Self.partialFile(destinations.records, holdsAtLeast: point.recordsOffset)
            || !Self.partialFile(destinations.rejectsPath, holdsAtLeast: point.rejectsOffset) {
            resumePoint = nil
        }
        self.resumePoint = resumePoint
        self.checkpoint = checkpoint
        do throws(SinkError) {
            if let path = destinations.records {
                records = try JSONLinesWriter(path: path, resumeAt: resumePoint?.recordsOffset)
            } else {
                records = nil
            }
            if let path = destinations.rejectsPath {
                rejects = try JSONLinesWriter(path: path, resumeAt: resumePoint?.rejectsOffset)
            } else {
                rejects = JSONLinesWriter(standardError: ())
            }
            try checkpoint?.open(resuming: resumePoint != nil)
        } catch {
            throw .sink(error)
        }
        do throws(StorageError) {
            var opened: [DatabaseSink] = []
            for url in destinations.databases { opened.append(try DatabaseSink(url: url)) }
            databases = opened
            if !scopes.isEmpty {
                let directory = InputPath.currentDirectory() ?? InputPath("/")
                for database in opened {
                    database.adoptedLegacyURIs = try database.loader.adoptLegacyFileURIs {
                        Self.fileURI(ofLegacy: $0, in: directory, scopes: scopes)
                    }
                }
            }
        } catch {
            throw .storage(error)
        }
        recordsWritten = resumePoint?.records ?? 0
        rejectsWritten = resumePoint?.rejects ?? 0
    }

    /// Per database, how many documents of an older baocao got their `file://` uri.
    public var adoptedLegacyURIs: [(database: String, count: Int)] {
        databases.map { ($0.url.redacted, $0.adoptedLegacyURIs) }
    }

    /// Database load counts so far, by redacted URL.
    public var loadCounts: [(database: String, counts: LoadCounts)] {
        databases.map { ($0.url.redacted, $0.counts) }
    }

    public func emit(_ outcome: Runner.Outcome) throws(RunError) {
        switch outcome.result {
        case .record(let record, let line):
            do { try records?.write(line: line) } catch { throw .sink(error) }
            do { for database in databases { try database.write(record) } } catch { throw .storage(error) }
            recordsWritten += 1
        case .reject(let reject):
            do { try rejects.write(reject.json) } catch { throw .sink(error) }
            rejectsWritten += 1
        }
    }

    /// Makes everything so far durable in every sink, then notes it in the journal.
    public func checkpoint(documents: Int) throws(RunError) {
        do throws(SinkError) {
            try records?.flush()
            try rejects.flush()
        } catch {
            throw .sink(error)
        }
        do { for database in databases { try database.flush() } } catch { throw .storage(error) }
        do {
            try checkpoint?.append(Checkpoint.Entry(
                documents: documents, records: recordsWritten, rejects: rejectsWritten,
                recordsOffset: records?.flushedBytes ?? 0,
                rejectsOffset: destinations.rejectsPath == nil ? 0 : rejects.flushedBytes))
        } catch {
            throw .sink(error)
        }
    }

    /// Closes a complete run: files move into place, the journal goes. With `pruning`, the
    /// databases lose the documents whose `file://` file lies in one of those scopes and no
    /// longer exists.
    public func finish(pruning scopes: [InputScope]? = nil) throws(RunError) {
        do throws(SinkError) {
            try records?.close()
            try rejects.close()
        } catch {
            throw .sink(error)
        }
        do {
            for database in databases {
                if let scopes { try database.prune { Self.isGone($0, in: scopes) } }
                try database.close()
            }
        } catch {
            throw .storage(error)
        }
        checkpoint?.remove()
        lock.release()
    }

    /// True when `uri` names a file in one of `scopes` that does not exist.
    static func isGone(_ uri: String, in scopes: [InputScope]) -> Bool {
        guard let path = InputPath(fileURI: uri), scopes.contains(where: { $0.contains(path) }),
              case .failure(let error) = path.status() else { return false }
        return error.isMissing
    }

    /// The `file://` uri of an older baocao's `file:PATH` uri: PATH as typed, not encoded.
    /// An absolute PATH is certain; a relative one is taken from `directory`, and only when
    /// that lands in one of `scopes` (the run's inputs, so most likely the files meant).
    static func fileURI(ofLegacy uri: String, in directory: InputPath, scopes: [InputScope]) -> String? {
        guard uri.hasPrefix("file:") else { return nil }
        let path = InputPath(String(uri.dropFirst(5)))
        let absolute = path.absolute(in: directory)
        guard path.isAbsolute || scopes.contains(where: { $0.contains(absolute) }) else { return nil }
        return absolute.fileURI
    }

    /// Leaves an interrupted run resumable: everything is flushed and journaled by the
    /// last checkpoint; files stay `.partial`.
    public func suspend() {
        for database in databases { try? database.close() }
        lock.release()
    }

    private static func partialFile(_ path: String?, holdsAtLeast bytes: UInt64) -> Bool {
        guard let path, path != "-" else { return bytes == 0 }
        let size = (try? FileManager.default.attributesOfItem(atPath: JSONLinesWriter.partialPath(for: path))[.size] as? NSNumber)?.uint64Value
        return (size ?? 0) >= bytes && (size != nil || bytes == 0)
    }
}
