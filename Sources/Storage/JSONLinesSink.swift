import Foundation
import Records

/// Errors of the sinks; the run cannot proceed (exit status 3).
public enum SinkError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// The destination is something a sink must not replace (a folder, a block device, …).
    case unusableDestination(OutputPathError)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open \(path) for writing: \(reason)"
        case let .writeFailed(path, reason): "cannot write to \(path): \(reason)"
        case let .unusableDestination(error): "cannot write to \(error.path): it \(error.problem)"
        }
    }
}

/// Writes one JSON value per line to a file or to standard output, buffered.
///
/// Lines go out in the order `write` is called; `close()` flushes. A file is written to
/// `PATH.partial` beside it and moved into place with rename(2) on close, so a crashed or
/// interrupted run never leaves a truncated file that looks complete, and what was at `PATH`
/// is replaced only if it is a regular file (see ``OutputPath``). A character device or
/// FIFO is written in place.
public final class JSONLinesWriter {
    public let path: String
    private let handle: FileHandle
    /// `PATH.partial` and the file it becomes, or nil when written in place.
    private let file: (temporary: String, target: String)?
    /// A device or FIFO opened here, closed on `close()` (standard streams are left open).
    private var closesHandle = false
    private var buffer = Data()
    private let flushThreshold = 1 << 20
    public private(set) var linesWritten = 0
    /// Bytes in the file after the last flush: where a resumed run continues.
    public private(set) var flushedBytes: UInt64 = 0

    /// `path` "-" means standard output. With `resumeAt`, an existing `PATH.partial` from an
    /// interrupted run is kept up to that many bytes and written on from there. Missing
    /// parent folders are created.
    public init(path: String, resumeAt: UInt64? = nil) throws(SinkError) {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardOutput
            file = nil
            return
        }
        let destination: OutputPath
        do { destination = try OutputPath(path) } catch { throw .unusableDestination(error) }
        if destination.isStream {
            // /dev/null, /dev/stdout, a FIFO: written in place. Renaming a temporary file
            // onto one would replace the device with a regular file.
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            self.handle = handle
            file = nil
            closesHandle = true
            return
        }
        let partial = destination.target + ".partial"
        do { try OutputFiles.makeParentFolder(of: destination.target) } catch {
            throw .cannotOpen(path: path, reason: error.reason)
        }
        file = (partial, destination.target)
        if let resumeAt {
            if let handle = OutputFiles.handle(partial, O_RDWR) {
                do {
                    try handle.truncate(atOffset: resumeAt)
                    try handle.seekToEnd()
                } catch {
                    throw .cannotOpen(path: path, reason: "cannot resume \(partial): \(error.localizedDescription)")
                }
                self.handle = handle
                flushedBytes = resumeAt
                return
            }
        }
        guard let handle = OutputFiles.handle(partial, O_WRONLY | O_CREAT | O_TRUNC) else {
            throw .cannotOpen(path: path, reason: "\(partial): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    /// Where the lines for `path` are written until the writer closes.
    public static func partialPath(for path: String) -> String {
        ((try? OutputPath(path))?.target ?? path) + ".partial"
    }

    /// The length of `PATH.partial` up to its last complete line, or nil when there is
    /// none: where a writer continues the lines an interrupted run left (a torn last line
    /// is dropped).
    public static func completeLength(ofPartialFor path: String) -> UInt64? {
        guard path != "-", let handle = FileHandle(forReadingAtPath: partialPath(for: path)) else {
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

    /// True when `path` is a character device or FIFO (`/dev/null`, a named pipe): written in
    /// place, never renamed onto.
    public static func isSpecialFile(_ path: String) -> Bool {
        (try? OutputPath(path))?.isStream ?? false
    }

    /// A writer on standard error (for rejects when records go to standard output).
    public init(standardError: Void) {
        path = "<stderr>"
        handle = FileHandle.standardError
        file = nil
    }

    public func write(_ value: JSONValue) throws(SinkError) {
        try write(line: value.serialized)
    }

    /// Writes an already serialised value and a newline.
    public func write(line: String) throws(SinkError) {
        try write(line: line.utf8)
    }

    /// Writes the UTF-8 of an already serialised value and a newline.
    public func write(line: some Collection<UInt8>) throws(SinkError) {
        buffer.append(contentsOf: line)
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

    /// Flushes, closes, and moves a file into place: rename(2) replaces a regular file at the
    /// destination atomically; anything else found there now stops it, the lines stay in
    /// `PATH.partial`.
    public func close() throws(SinkError) {
        try flush()
        guard let file else {
            if closesHandle {
                do { try handle.close() } catch { throw .writeFailed(path: path, reason: error.localizedDescription) }
            }
            return
        }
        do { try handle.close() } catch { throw .writeFailed(path: path, reason: error.localizedDescription) }
        var status = stat()
        if lstat(file.target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw .writeFailed(path: path, reason: "it is no longer a regular file; the lines are in \(file.temporary)")
        }
        guard rename(file.temporary, file.target) == 0 else {
            throw .writeFailed(path: path, reason: "cannot move \(file.temporary) into place: \(String(cString: strerror(errno)))")
        }
    }
}
