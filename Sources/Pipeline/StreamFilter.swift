#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import Records
import VietnameseText

/// `baocao extract --stdin -o -`: a filter for engines that pipe data through a command
/// (Spark's `RDD.pipe`, `xargs`, shell pipelines). Each line of the input names one
/// document and gives exactly one JSON line of output, in input order: the record, or the
/// reject object of the rejects file (`{"source": …, "error": …}`).
///
/// An input line is one of:
/// - a path (relative to the current directory, or absolute);
/// - a `file:` URI of an absolute path (`file:///srv/a.html`, percent-encoded);
/// - a JSON object `{"uri": …, "media_type": …, "content_base64": …}`, or with `"text"`
///   instead of `"content_base64"`, for data not on a local disk; `media_type`
///   (`text/html`, `text/plain`) is optional (the bytes decide without it), and an object
///   with only a `file:` `uri` reads that file.
///
/// A line that is none of these (or a folder, a file that cannot be read) is a reject line
/// (kind `input` or `io`); its source `uri` is the object's `uri` when it has one, else
/// `stdin:line:N` (N counting from 1). Memory stays bounded on an endless stream: at
/// most the runner's window of lines is held, and a line longer than the limit on a
/// document (base64 included) is skipped unread as `too_large`.
public struct StreamFilter: Sendable {
    public var runner: Runner

    public init(runner: Runner) {
        self.runner = runner
    }

    /// Standard output could not be written (a closed pipe, a full disk).
    public struct OutputError: Error, CustomStringConvertible {
        public var code: Int32
        public var description: String { "cannot write to standard output: \(FileBytes.reason(code))" }
    }

    /// Reads lines from `input` until its end (or a cancellation) and writes one line per
    /// input line to `output`, flushed whenever the next result is not ready yet, so a
    /// consumer reading line by line is never kept waiting.
    public func run(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger? = nil,
                    shouldStop: () -> Bool = { false }) throws -> RunSummary {
        let processor = runner.processor
        let cancellation = runner.cancellation
        // Base64 takes 4 bytes for 3; JSON escapes and the uri add a little.
        let reader = LineReader(descriptor: input, maxLength: processor.maxBytes / 3 * 4 + (1 << 20),
                                cancellation: cancellation)
        let directory = InputPath.currentDirectory() ?? InputPath("/")
        let writer = DescriptorWriter(descriptor: output)
        return try runner.stream(
            next: { reader.next() },
            work: { Self.outcome(of: $0, in: directory, with: processor, cancellation: cancellation) },
            logger: logger, shouldStop: shouldStop,
            idle: { try writer.flush() },
            emit: { outcome in
                switch outcome.result {
                case .record(_, let line): try writer.write(line)
                case .reject(let reject): try writer.write(reject.json.serialized)
                }
            },
            batchDone: { _ in try writer.flush() })
    }

    /// The outcome of one input line; nil when cancelled inside the document.
    static func outcome(of line: LineReader.Line, in directory: InputPath, with processor: DocumentProcessor,
                        cancellation: Cancellation?) -> Runner.Outcome? {
        let lineURI = "stdin:line:\(line.number)"
        guard !line.isTooLong else {
            return reject(uri: lineURI, kind: "too_large", bytes: line.length,
                          "input line \(line.number) is \(line.length) bytes, over the limit for one document")
        }
        var bytes = line.bytes[...]
        while let last = bytes.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            bytes.removeLast()
        }
        while let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { bytes.removeFirst() }
        guard !bytes.isEmpty else {
            return reject(uri: lineURI, kind: "input", "input line \(line.number) is empty: give a path, a file: URI or a JSON object")
        }
        if bytes.first == UInt8(ascii: "{") {
            return object(Array(bytes), line: line.number, in: directory, with: processor, cancellation: cancellation)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("file:") {
            guard let path = InputPath(fileURI: text) else {
                return reject(uri: lineURI, kind: "input", "input line \(line.number): \(text) is not a file: URI of an absolute path")
            }
            return file(path, in: directory, with: processor, cancellation: cancellation)
        }
        return file(InputPath(bytes: Array(bytes)), in: directory, with: processor, cancellation: cancellation)
    }

    /// A file named on a line, read as `extract PATH` reads a file it is given.
    private static func file(_ path: InputPath, in directory: InputPath, with processor: DocumentProcessor,
                             cancellation: Cancellation?) -> Runner.Outcome? {
        let uri = path.absolute(in: directory).fileURI
        switch path.status() {
        case .failure(let error):
            return reject(uri: uri, kind: "io", stage: Stage.read.rawValue, "cannot read \(path): \(error)")
        case .success(let status) where status.st_mode & S_IFMT == S_IFDIR:
            return reject(uri: uri, kind: "io", stage: Stage.read.rawValue,
                          "\(path) is a folder: give one document per line (baocao extract FOLDER reads a folder)")
        case .success:
            let html = MediaType.forExtension(path.pathExtension) == .html
            let file = SourceFile(location: path, uri: uri, mediaType: html ? .html : .text, sniffsContent: !html)
            return Runner.read(file, with: processor, cancellation: cancellation)
        }
    }

    /// A JSON object line: inline content, or a `file:` uri to read.
    private static func object(_ bytes: [UInt8], line: Int, in directory: InputPath, with processor: DocumentProcessor,
                               cancellation: Cancellation?) -> Runner.Outcome? {
        let lineURI = "stdin:line:\(line)"
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(bytes)), let object = parsed as? [String: Any] else {
            return reject(uri: lineURI, kind: "input", "input line \(line) is not a JSON object")
        }
        guard let uri = object["uri"] as? String, !uri.isEmpty else {
            return reject(uri: lineURI, kind: "input", "input line \(line): the object has no \"uri\" string")
        }
        var mediaType: MediaType?
        if let value = object["media_type"], !(value is NSNull) {
            guard let name = value as? String, let known = MediaType(rawValue: name.lowercased()) else {
                return reject(uri: uri, kind: "input",
                              "input line \(line): media_type must be text/html or text/plain, not \(object["media_type"] ?? "")")
            }
            mediaType = known
        }
        let content: [UInt8]
        if let encoded = object["content_base64"] as? String {
            guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
                return reject(uri: uri, kind: "input", "input line \(line): content_base64 is not base64")
            }
            content = Array(data)
        } else if let text = object["text"] as? String {
            content = Array(text.utf8)
        } else if let path = InputPath(fileURI: uri) {
            guard let mediaType else { return file(path, in: directory, with: processor, cancellation: cancellation) }
            let file = SourceFile(location: path, uri: path.fileURI, mediaType: mediaType)
            return Runner.read(file, with: processor, cancellation: cancellation)
        } else {
            return reject(uri: uri, kind: "input",
                          "input line \(line): give content_base64 or text (or a file: uri to read)")
        }
        let file = SourceFile(location: InputPath(""), uri: uri, mediaType: mediaType ?? .text, sniffsContent: mediaType == nil)
        return Runner.outcome(of: content, from: file, with: processor, deadline: processor.deadline(cancellation: cancellation))
    }

    private static func reject(uri: String, kind: String, stage: String? = Stage.read.rawValue, bytes: Int = 0,
                               _ message: String) -> Runner.Outcome {
        let source = SourceInfo(uri: uri, mediaType: MediaType.text.rawValue, encoding: nil, bytes: bytes)
        return Runner.Outcome(file: SourceFile(location: InputPath(""), uri: uri, mediaType: .text), bytes: 0,
                              times: StageTimes(), result: .reject(Reject(source: source, kind: kind, stage: stage, message: message)))
    }
}

/// Lines of a file descriptor, one at a time, each at most `maxLength` bytes kept (a longer
/// one is read to its end and dropped, so memory stays bounded). Waits for input with
/// `poll`, asking the cancellation every 100 ms.
final class LineReader: @unchecked Sendable {
    struct Line: Sendable {
        /// Counting from 1.
        var number: Int
        var bytes: [UInt8]
        /// The line's length; when over the limit, `bytes` is empty.
        var length: Int
        var isTooLong: Bool
    }

    private let descriptor: Int32
    private let maxLength: Int
    private let cancellation: Cancellation?
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var number = 0

    init(descriptor: Int32, maxLength: Int, cancellation: Cancellation?) {
        self.descriptor = descriptor
        self.maxLength = maxLength
        self.cancellation = cancellation
    }

    /// The next line without its newline; nil at the end of the input, on a read error, or
    /// when cancelled. A last line without a newline counts.
    func next() -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if start < end {
                let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n"))
                let stop = newline ?? end
                let count = stop - start
                if length + count <= maxLength { line += buffer[start..<stop] } else { line = [] }
                length += count
                start = newline.map { $0 + 1 } ?? end
                if newline != nil { return finish(line, length: length) }
                continue
            }
            if atEnd { return length > 0 ? finish(line, length: length) : nil }
            guard fill() else { return nil }
        }
    }

    private func finish(_ line: [UInt8], length: Int) -> Line {
        number += 1
        return Line(number: number, bytes: length > maxLength ? [] : line, length: length, isTooLong: length > maxLength)
    }

    /// Reads more into the buffer; false when cancelled or the read failed.
    private func fill() -> Bool {
        start = 0
        end = 0
        while true {
            if cancellation?.isCancelled == true { return false }
            var descriptorPoll = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptorPoll, 1, 100)
            if ready < 0 && errno != EINTR { return false }
            if ready <= 0 { continue }
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                end = got
                return true
            }
            if got == 0 {
                atEnd = true
                return true
            }
            if errno != EINTR && errno != EAGAIN { return false }
        }
    }
}

/// Buffered writes of lines to a file descriptor.
final class DescriptorWriter {
    private let descriptor: Int32
    private var pending: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
        pending.reserveCapacity(1 << 16)
    }

    /// Appends `line` and a newline; writes out once 64 KiB are pending.
    func write(_ line: String) throws(StreamFilter.OutputError) {
        try write(line.utf8)
    }

    /// Appends the UTF-8 `line` and a newline; writes out once 64 KiB are pending.
    func write(_ line: some Collection<UInt8>) throws(StreamFilter.OutputError) {
        pending += line
        pending.append(UInt8(ascii: "\n"))
        if pending.count >= 1 << 16 { try flush() }
    }

    func flush() throws(StreamFilter.OutputError) {
        var written = 0
        while written < pending.count {
            let result = pending.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(descriptor, $0 + written, buffer.count - written) } ?? 0
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw StreamFilter.OutputError(code: errno)
            }
            written += result
        }
        pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
    }
}
