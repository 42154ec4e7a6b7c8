import Foundation
import ZIPFoundation

/// A ZIP archive of an office document, read in memory within ``OfficeLimits``.
struct OfficeArchive {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: OfficeLimits
    /// Bytes read out of the archive so far, all parts together.
    private var taken = 0

    /// True when `bytes` open a ZIP archive (a local file header).
    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    init(_ bytes: [UInt8], limits: OfficeLimits) throws(OfficeError) {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .parse("not a readable ZIP archive: \(error)")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw OfficeError(kind: "too_large", message: "the archive lists more than \(limits.maxEntries) entries")
            }
            entries[entry.path] = entry
        }
        guard count > 0 else { throw .parse("the ZIP archive lists no entries") }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    func contains(_ path: String) -> Bool {
        entries[path] != nil
    }

    /// The bytes of the entry at `path`, or nil when there is none. Reading stops, with a
    /// `too_large` error, once the archive has given more than the limit, whatever the
    /// entries declare.
    mutating func read(_ path: String) throws(OfficeError) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let limit = limits.maxUncompressedBytes
        if declared > limit - taken {
            throw OfficeError(kind: "too_large",
                              message: "\(path) unpacks to \(declared) bytes, over the limit of \(limit) bytes for the document")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(declared, 1 << 20))
        let already = taken
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard already + bytes.count + chunk.count <= limit else { throw LimitExceeded() }
                bytes.append(contentsOf: chunk)
            }
        } catch is LimitExceeded {
            throw OfficeError(kind: "too_large",
                              message: "\(path) unpacks to more than the limit of \(limit) bytes for the document")
        } catch {
            throw .parse("cannot unpack \(path): \(error)")
        }
        taken += bytes.count
        return bytes
    }

    private struct LimitExceeded: Error {}
}
