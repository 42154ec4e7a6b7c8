import Crypto
import Foundation

/// One WARC record (ISO 28500, WARC/1.1): its named fields and its block.
public struct WARCRecord: Sendable {
    /// `WARC-Type`: `warcinfo`, `request`, `response`…
    public var fields: [(name: String, value: String)]
    public var block: [UInt8]

    public init(fields: [(name: String, value: String)], block: [UInt8]) {
        self.fields = fields
        self.block = block
    }

    /// The first field named `name` (case-insensitive).
    public func field(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// `WARC/1.1`, the fields, `Content-Length` of the block, the block and two CRLFs.
    public var serialized: [UInt8] {
        var head = "WARC/1.1\r\n"
        for (name, value) in fields where name.caseInsensitiveCompare("Content-Length") != .orderedSame {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A new `<urn:uuid:…>` record ID.
    public static func newID() -> String { "<urn:uuid:\(UUID().uuidString.lowercased())>" }

    /// `sha1:` and the SHA-1 of `bytes` in base32 (RFC 4648), as Heritrix and wget write digests.
    public static func digest(_ bytes: some Sequence<UInt8>) -> String {
        "sha1:" + base32(Array(Insecure.SHA1.hash(data: Array(bytes))))
    }

    /// `2026-12-06T01:15:00Z`.
    public static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var result = "", buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                result.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { result.append(alphabet[(buffer << (5 - bits)) & 31]) }
        while result.count % 8 != 0 { result.append("=") }
        return result
    }
}

/// Why a WARC file could not be written or read.
public struct WARCError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Writes one `.warc.gz`: each record its own gzip member, a `warcinfo` record first. The
/// file is written as `PATH.partial` and renamed to `PATH` by ``finish()``.
public final class WARCWriter {
    public let path: String
    private let handle: FileHandle
    /// Bytes written so far (compressed).
    public private(set) var size = 0
    public private(set) var records = 0

    /// Creates `path.partial` (and its folder) and writes the `warcinfo` record with `info`
    /// (`software: baocao`, …).
    public init(path: String, info: [(name: String, value: String)]) throws(WARCError) {
        self.path = path
        let partial = path + ".partial"
        let folder = (partial as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw WARCError("cannot create \(folder): \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: partial, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial) else {
            throw WARCError("cannot create \(partial)")
        }
        self.handle = handle
        let block = info.map { "\($0.name): \($0.value)\r\n" }.joined()
        try write(WARCRecord(fields: [
            ("WARC-Type", "warcinfo"), ("WARC-Date", WARCRecord.date(Date())),
            ("WARC-Filename", (path as NSString).lastPathComponent),
            ("WARC-Record-ID", WARCRecord.newID()), ("Content-Type", "application/warc-fields"),
        ], block: Array(block.utf8)))
    }

    /// Appends `record` as one gzip member.
    public func write(_ record: WARCRecord) throws(WARCError) {
        do {
            let member = try Gzip.member(record.serialized)
            try handle.write(contentsOf: member)
            size += member.count
            records += 1
        } catch {
            throw WARCError("cannot write \(path).partial: \(error)")
        }
    }

    /// Closes and removes the `.partial`: the archive of a run that never got to fetch.
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path + ".partial")
    }

    /// Flushes, closes and renames the `.partial` to the final name.
    public func finish() throws(WARCError) {
        do {
            try handle.synchronize()
            try handle.close()
            try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
        } catch {
            throw WARCError("cannot finish \(path): \(error.localizedDescription)")
        }
    }
}

extension WARCWriter {
    /// Finishes the `.warc.gz.partial` a killed crawl left at `partial`: its complete gzip
    /// members (each one whole record) are kept, a last member torn by the kill is cut off,
    /// and the file is renamed to `path`. A file with no complete member is removed. Returns
    /// the records kept.
    @discardableResult
    public static func salvage(partial: String, to path: String) throws(WARCError) -> Int {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: partial)) } catch {
            throw WARCError("cannot read \(partial): \(error.localizedDescription)")
        }
        let (kept, length) = data.withUnsafeBytes { buffer -> (Int, Int) in
            var offset = 0, members = 0
            while offset < buffer.count, buffer.count - offset >= 2, buffer[offset] == 0x1f, buffer[offset + 1] == 0x8b,
                  let member = try? Gzip.inflateMember(buffer, at: offset),
                  (try? WARCReader.parse(member.bytes, at: 0, path: partial)) != nil {
                offset += member.consumed
                members += 1
            }
            return (members, offset)
        }
        do {
            guard kept > 0 else {
                try FileManager.default.removeItem(atPath: partial)
                return 0
            }
            if length < data.count {
                guard let handle = FileHandle(forUpdatingAtPath: partial) else { throw WARCError("cannot open \(partial)") }
                try handle.truncate(atOffset: UInt64(length))
                try handle.synchronize()
                try handle.close()
            }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch let error as WARCError {
            throw error
        } catch {
            throw WARCError("cannot finish \(partial): \(error.localizedDescription)")
        }
        return kept
    }
}

/// Reads the records of a `.warc` or `.warc.gz` file (told apart by their first bytes).
public enum WARCReader {
    /// Where one record sits in its file, to read it again alone.
    public struct Location: Sendable, Hashable {
        public var offset: Int
        public var length: Int
    }

    /// True when `head` opens a gzip member or an uncompressed WARC record.
    public static func isWARC(head: [UInt8], path: String) -> Bool {
        if head.starts(with: Array("WARC/".utf8)) { return true }
        let lower = path.lowercased()
        return head.starts(with: Gzip.magic) && (lower.hasSuffix(".warc.gz") || lower.hasSuffix(".warc.gz.partial"))
    }

    /// Every record of the file at `path`, with its location.
    public static func records(atPath path: String) throws(WARCError) -> [(record: WARCRecord, location: Location)] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw WARCError("cannot read \(path): \(error.localizedDescription)")
        }
        return try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in Result { () throws(WARCError) in try scan(buffer, path: path) } }.get()
    }

    private static func scan(_ buffer: UnsafeRawBufferPointer, path: String) throws(WARCError) -> [(record: WARCRecord, location: Location)] {
        do {
            var result: [(WARCRecord, Location)] = []
            var offset = 0
            let compressed = buffer.count >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b
            while offset < buffer.count {
                if compressed {
                    let member: (bytes: [UInt8], consumed: Int)
                    do { member = try Gzip.inflateMember(buffer, at: offset) } catch {
                        throw WARCError("\(path): bad gzip member at byte \(offset): \(error)")
                    }
                    var position = 0
                    // A member normally holds one record; take every record it holds.
                    while let (record, end) = try parse(member.bytes, at: position, path: path) {
                        result.append((record, Location(offset: offset, length: member.consumed)))
                        position = end
                    }
                    offset += member.consumed
                } else {
                    let bytes = UnsafeRawBufferPointer(rebasing: buffer[offset...])
                    guard let (record, end) = try parse(Array(bytes), at: 0, path: path) else { break }
                    result.append((record, Location(offset: offset, length: end)))
                    offset += end
                }
            }
            return result
        }
    }

    /// The record at `location` of the file at `path`.
    public static func record(atPath path: String, _ location: Location) throws(WARCError) -> WARCRecord {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw WARCError("cannot open \(path)") }
        defer { try? handle.close() }
        let bytes: [UInt8]
        do {
            try handle.seek(toOffset: UInt64(location.offset))
            bytes = [UInt8](try handle.read(upToCount: location.length) ?? Data())
        } catch {
            throw WARCError("cannot read \(path): \(error.localizedDescription)")
        }
        let plain: [UInt8]
        if bytes.starts(with: Gzip.magic) {
            do { plain = try bytes.withUnsafeBytes { buffer in Result { () throws(Gzip.Failure) in try Gzip.inflateMember(buffer, at: 0).bytes } }.get() } catch {
                throw WARCError("\(path): bad gzip member at byte \(location.offset): \(error)")
            }
        } else {
            plain = bytes
        }
        guard let (record, _) = try parse(plain, at: 0, path: path) else { throw WARCError("\(path): no record at byte \(location.offset)") }
        return record
    }

    /// The record starting at `start` (blank lines before it skipped) and where it ends; nil at the end.
    static func parse(_ bytes: [UInt8], at start: Int, path: String) throws(WARCError) -> (WARCRecord, Int)? {
        var position = start
        while position < bytes.count, bytes[position] == 13 || bytes[position] == 10 { position += 1 }
        guard position < bytes.count else { return nil }
        guard let headEnd = HTTPMessage.find([13, 10, 13, 10], in: bytes, from: position) else {
            throw WARCError("\(path): a record without the end of its header")
        }
        let lines = String(decoding: bytes[position..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        guard let version = lines.first, version.hasPrefix("WARC/") else { throw WARCError("\(path): not a WARC record") }
        let fields = HTTPMessage.fields(lines.dropFirst())
        let blockStart = headEnd + 4
        guard let lengthText = fields.first(where: { $0.name.caseInsensitiveCompare("Content-Length") == .orderedSame })?.value,
              let length = Int(lengthText), length >= 0, blockStart + length <= bytes.count else {
            throw WARCError("\(path): a record without a valid Content-Length")
        }
        return (WARCRecord(fields: fields, block: Array(bytes[blockStart..<blockStart + length])), blockStart + length)
    }
}

/// The HTTP message in a `request` or `response` record's block.
public struct HTTPMessage: Sendable {
    /// `HTTP/1.1 200 OK` or `GET /a HTTP/1.1`.
    public var startLine: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    /// The response's status code, when the start line is a status line.
    public var status: Int? {
        let parts = startLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/") else { return nil }
        return Int(parts[1])
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Parses `block`; nil when it holds no header end.
    public init?(_ block: [UInt8]) {
        guard let end = Self.find([13, 10, 13, 10], in: block, from: 0) else { return nil }
        let lines = String(decoding: block[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        startLine = lines.first ?? ""
        headers = Self.fields(lines.dropFirst())
        body = Array(block[(end + 4)...])
    }

    public init(startLine: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.startLine = startLine
        self.headers = headers
        self.body = body
    }

    /// The start line, the headers, a blank line and the body.
    public var serialized: [UInt8] {
        Array((startLine + "\r\n" + headers.map { "\($0.name): \($0.value)\r\n" }.joined() + "\r\n").utf8) + body
    }

    static func fields(_ lines: some Sequence<String>) -> [(name: String, value: String)] {
        lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
