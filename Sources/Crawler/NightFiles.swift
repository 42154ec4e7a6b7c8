import Foundation
import Storage
import WARC

/// Where one night's records and rejects go, so that nights add up: the configured file
/// name with the night's UTC start inserted before its extensions, beside it.
///
///     output/nightly.jsonl          → output/nightly.20261206T011500Z.jsonl
///     output/nightly.rejects.jsonl  → output/nightly.20261206T011500Z.rejects.jsonl
///
/// A second crawl started within the same second is stamped a second later. Nothing a previous
/// night wrote is touched, and the files of a crawl that was killed (`….jsonl.partial`,
/// `….warc.gz.partial`) are finished by the next one: cut to their last complete line, or
/// gzip member for the page archive, and renamed into place.
public enum NightFiles {
    /// `20261206T011500Z`: ISO 8601 basic format in UTC, which sorts by time.
    public static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `path` with `.stamp` inserted after the file name's first part (before its first dot).
    public static func dated(_ path: String, stamp: String) -> String {
        let (folder, name) = split(path)
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return folder + name + "." + stamp }
        return folder + name[..<dot] + "." + stamp + name[dot...]
    }

    /// The stamp of `date`, or of the first second after it, that none of `paths` has been
    /// dated with yet (nor a `.partial` of it): two crawls in one second still get files of
    /// their own, in the order they ran.
    public static func freshStamp(for paths: [String], at date: Date) -> String {
        var seconds = 0.0
        while true {
            let candidate = stamp(date.addingTimeInterval(seconds))
            let taken = paths.contains { path in
                let dated = dated(path, stamp: candidate)
                return FileManager.default.fileExists(atPath: dated) || FileManager.default.fileExists(atPath: dated + ".partial")
            }
            if !taken { return candidate }
            seconds += 1
        }
    }

    /// Finishes the dated files of `path` a killed crawl left as `.partial`: each is cut to
    /// its last complete line (a `.warc.gz`: its last complete record) and renamed to its final name (unless that exists). Returns the
    /// files finished. The files in `current` (tonight's, open for writing) are left alone.
    @discardableResult
    public static func salvage(_ path: String, current: Set<String> = []) -> [String] {
        let (folder, name) = split(path)
        let dot = name.firstIndex(of: ".") ?? name.endIndex
        let stem = String(name[..<dot]), rest = String(name[dot...])
        let directory = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var finished: [String] = []
        for candidate in names.sorted() where candidate.hasPrefix(stem + ".") && candidate.hasSuffix(rest + ".partial") {
            let middle = candidate.dropFirst(stem.count + 1).dropLast(rest.count + ".partial".count)
            guard isStamp(middle) else { continue }
            let target = folder + candidate.dropLast(".partial".count)
            guard !current.contains(target), !FileManager.default.fileExists(atPath: target) else { continue }
            if rest.hasSuffix(".warc.gz") {
                if (try? WARCWriter.salvage(partial: target + ".partial", to: target)) ?? 0 > 0 { finished.append(target) }
                continue
            }
            guard let length = JSONLinesWriter.completeLength(ofPartialFor: target),
                  let handle = FileHandle(forUpdatingAtPath: target + ".partial") else { continue }
            do {
                try handle.truncate(atOffset: length)
                try handle.synchronize()
                try handle.close()
                try FileManager.default.moveItem(atPath: target + ".partial", toPath: target)
                finished.append(target)
            } catch {
                try? handle.close()
            }
        }
        return finished
    }

    /// `20261206T011500Z`.
    static func isStamp(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 16 && bytes[8] == UInt8(ascii: "T") && bytes[15] == UInt8(ascii: "Z")
            && bytes.enumerated().allSatisfy { $0.offset == 8 || $0.offset == 15 || (48...57).contains($0.element) }
    }

    /// The folder part (with its trailing slash, or empty) and the file name.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
