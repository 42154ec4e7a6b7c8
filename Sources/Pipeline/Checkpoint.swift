import Foundation
import Records
import Storage

/// The journal that makes an interrupted run resumable.
///
/// After each batch is in every sink (JSON Lines flushed, database committed), one line
/// records how many documents are done and how long the records and rejects files are.
/// A run of the same command (same files, same sinks: the fingerprint) that finds the
/// journal truncates the files to the last line's lengths and goes on from there, so a
/// `kill -9` at any moment loses nothing and doubles nothing. Databases load idempotently,
/// so documents redone after the last line are not doubled there either.
public final class Checkpoint {
    public struct Entry: Sendable, Equatable {
        public var documents: Int
        public var records: Int
        public var rejects: Int
        public var recordsOffset: UInt64
        public var rejectsOffset: UInt64

        public init(documents: Int, records: Int, rejects: Int, recordsOffset: UInt64, rejectsOffset: UInt64) {
            self.documents = documents
            self.records = records
            self.rejects = rejects
            self.recordsOffset = recordsOffset
            self.rejectsOffset = rejectsOffset
        }

        var line: String { "\(documents) \(records) \(rejects) \(recordsOffset) \(rejectsOffset)\n" }

        init?(line: Substring) {
            let fields = line.split(separator: " ")
            guard fields.count == 5, let documents = Int(fields[0]), let records = Int(fields[1]),
                  let rejects = Int(fields[2]), let recordsOffset = UInt64(fields[3]),
                  let rejectsOffset = UInt64(fields[4]) else { return nil }
            self.init(documents: documents, records: records, rejects: rejects,
                      recordsOffset: recordsOffset, rejectsOffset: rejectsOffset)
        }
    }

    static let header = "baocao-checkpoint/1"
    public let path: String
    public let fingerprint: String
    private var handle: FileHandle?

    public init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
    }

    /// The last complete entry of an earlier run with the same fingerprint, or nil.
    public func resumePoint() -> Entry? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "\(Self.header) \(fingerprint)" else { return nil }
        if !text.hasSuffix("\n") { lines.removeLast() }
        return lines.dropFirst().reversed().lazy.compactMap { Entry(line: $0) }.first
    }

    /// Starts the journal: a new one, or kept when resuming.
    public func open(resuming: Bool) throws(SinkError) {
        do { try OutputFiles.makeParentFolder(of: path) } catch {
            throw .cannotOpen(path: path, reason: error.reason)
        }
        var opened = resuming ? OutputFiles.handle(path, O_WRONLY | O_APPEND) : nil
        let fresh = opened == nil
        if fresh { opened = OutputFiles.handle(path, O_WRONLY | O_CREAT | O_TRUNC) }
        guard let handle = opened else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            if fresh { try handle.write(contentsOf: Data("\(Self.header) \(fingerprint)\n".utf8)) }
            try handle.seekToEnd()
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        self.handle = handle
    }

    public func append(_ entry: Entry) throws(SinkError) {
        guard let handle else { return }
        do { try handle.write(contentsOf: Data(entry.line.utf8)) } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Removes the journal this checkpoint opened, after a complete run (unlink(2): only
    /// ever a file).
    public func remove() {
        guard let handle else { return }
        try? handle.close()
        self.handle = nil
        unlink(path)
    }

    /// A fingerprint of the inputs (paths, sizes, modification times) and the sinks: a rerun
    /// resumes only if nothing of either changed.
    public static func fingerprint(files: [SourceFile], sinks: [String]) -> String {
        var hash = SHA256()
        for file in files {
            let status = try? file.location.status().get()
            let size = status.map { Int64($0.st_size) } ?? -1
            #if canImport(Darwin)
            let modified = status.map { Double($0.st_mtimespec.tv_sec) + Double($0.st_mtimespec.tv_nsec) / 1e9 } ?? 0
            #else
            let modified = status.map { Double($0.st_mtim.tv_sec) + Double($0.st_mtim.tv_nsec) / 1e9 } ?? 0
            #endif
            hash.update(Array("\(file.uri)\t\(file.mediaType.rawValue)\t\(size)\t\(modified)\n".utf8))
        }
        for sink in sinks { hash.update(Array("sink\t\(sink)\n".utf8)) }
        return hash.hexDigest()
    }
}
