import Foundation
import Records

/// Errors of the sinks; the run cannot proceed (exit status 3).
public enum SinkError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open \(path) for writing: \(reason)"
        case let .writeFailed(path, reason): "cannot write to \(path): \(reason)"
        }
    }
}

/// Writes one JSON value per line to a file or to standard output, buffered.
///
/// Lines go out in the order `write` is called; `close()` flushes. A file is written to
/// `PATH.partial` and renamed into place on close, so a crashed or interrupted run never
/// leaves a truncated file that looks complete.
public final class JSONLinesWriter {
    public let path: String
    private let handle: FileHandle
    private let temporaryPath: String?
    /// A device or FIFO opened here, closed on `close()` (standard streams are left open).
    private var closesHandle = false
    private var buffer = Data()
    private let flushThreshold = 1 << 20
    public private(set) var linesWritten = 0
    /// Bytes in the file after the last flush: where a resumed run continues.
    public private(set) var flushedBytes: UInt64 = 0

    /// `path` "-" means standard output. With `resumeAt`, an existing `PATH.partial` from an
    /// interrupted run is kept up to that many bytes and written on from there.
    public init(path: String, resumeAt: UInt64? = nil) throws(SinkError) {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            return
        }
        if Self.isSpecialFile(path) {
            // /dev/null, /dev/stdout, a FIFO: written in place. Renaming a temporary file
            // onto one would replace the device with a regular file.
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            self.handle = handle
            temporaryPath = nil
            closesHandle = true
            return
        }
        let url = URL(fileURLWithPath: path)
        let partial = url.path + ".partial"
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: error.localizedDescription)
        }
        if let resumeAt, let handle = FileHandle(forUpdatingAtPath: partial) {
            do {
                try handle.truncate(atOffset: resumeAt)
                try handle.seekToEnd()
            } catch {
                throw .cannotOpen(path: path, reason: "cannot resume \(partial): \(error.localizedDescription)")
            }
            self.handle = handle
            flushedBytes = resumeAt
            temporaryPath = partial
            return
        }
        guard FileManager.default.createFile(atPath: partial, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial) else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
        temporaryPath = partial
    }

    /// The length of `PATH.partial` up to its last complete line, or nil when there is
    /// none: where a writer continues the lines an interrupted run left (a torn last line
    /// is dropped).
    public static func completeLength(ofPartialFor path: String) -> UInt64? {
        guard path != "-", let handle = FileHandle(forReadingAtPath: URL(fileURLWithPath: path).path + ".partial") else {
            return nil
        }
        defer { try? handle.close() }
        guard var end = try? handle.seekToEnd() else { return nil }
        let chunk: UInt64 = 64 << 10
        while end > 0 {
            let start = end > chunk ? end - chunk : 0
            guard (try? handle.seek(toOffset: start)) != nil,
                  let data = try? handle.read(upToCount: Int(end - start)) else { return nil }
            if let newline = data.lastIndex(of: 0x0A) { return start + UInt64(newline - data.startIndex) + 1 }
            end = start
        }
        return 0
    }

    /// True when `path` exists and is not a regular file or folder (a device, a FIFO, a socket).
    public static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// A writer on standard error (for rejects when records go to standard output).
    public init(standardError: Void) {
        path = "<stderr>"
        handle = FileHandle.standardError
        temporaryPath = nil
    }

    public func write(_ value: JSONValue) throws(SinkError) {
        try write(line: value.serialized)
    }

    /// Writes an already serialised value and a newline.
    public func write(line: String) throws(SinkError) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        linesWritten += 1
        if buffer.count >= flushThreshold { try flush() }
    }

    public func flush() throws(SinkError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        flushedBytes += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes, and moves a file into place.
    public func close() throws(SinkError) {
        try flush()
        guard let temporaryPath else {
            if closesHandle {
                do { try handle.close() } catch { throw .writeFailed(path: path, reason: error.localizedDescription) }
            }
            return
        }
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }
}
