import Foundation
import Logging

/// The one status line standard error may show at its bottom (the progress bar), and the
/// lines printed above it: a line printed while the status is shown first erases it (`\r` and
/// clear-to-end, `ESC [K`), then draws it again below, so log lines and the bar never
/// overwrite each other. Every write is one `write(2)` under a lock.
public final class StatusLine: @unchecked Sendable {
    /// The status line of the process's standard error.
    public static let standardError = StatusLine { bytes in
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Erases the line the cursor is on: back to its start, then clear to its end.
    public static let erase = "\r\u{1B}[K"

    private let lock = NSLock()
    private let output: @Sendable ([UInt8]) -> Void
    private var shown: String?

    /// A status line writing through `output` (one call per update).
    public init(output: @escaping @Sendable ([UInt8]) -> Void) {
        self.output = output
    }

    /// Draws `status` in place of the one shown.
    public func show(_ status: String) {
        lock.withLock {
            shown = status
            output(Array((Self.erase + status).utf8))
        }
    }

    /// Erases the status line, if one is shown.
    public func clear() {
        lock.withLock {
            guard shown != nil else { return }
            shown = nil
            output(Array(Self.erase.utf8))
        }
    }

    /// Prints `text` (whole lines, ending in a newline) above the status line: erased first,
    /// drawn again after.
    public func print(_ text: String) {
        lock.withLock {
            guard let shown else { return output(Array(text.utf8)) }
            output(Array((Self.erase + text + shown).utf8))
        }
    }
}

/// A swift-log handler that writes `StreamLogHandler`'s lines through a ``StatusLine``, so a
/// log line never lands in the middle of the progress bar.
public struct StatusLineLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let statusLine: StatusLine

    public init(label: String, statusLine: StatusLine = .standardError) {
        self.label = label
        self.statusLine = statusLine
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let explicit = event.metadata { all.merge(explicit) { $1 } }
        if let error = event.error { all["error"] = "\(error)" }
        let pretty = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        statusLine.print("\(Self.timestamp()) \(event.level)\(label.isEmpty ? "" : " ")\(label):\(pretty) [\(event.source)] \(event.message)\n")
    }

    /// Local time as `StreamLogHandler` prints it: `2026-12-06T13:45:00+0000`.
    static func timestamp() -> String {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return "<unknown>" }
        var buffer = [Int8](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second. Made
/// only when standard error is a terminal, so CI logs and pipes stay clean.
public final class Progress {
    private let started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private let statusLine: StatusLine

    /// A progress bar drawn on `statusLine`.
    public init(statusLine: StatusLine = .standardError) {
        self.statusLine = statusLine
    }

    /// True when standard error is a terminal and `CI` is not set: where a bar is drawn.
    public static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// A progress bar if standard error is a terminal and `CI` is not set, else nil.
    public static func forTerminal() -> Progress? {
        standardErrorIsTerminal ? Progress() : nil
    }

    public func update(done: Int, total: Int, bytes: Int, rejects: Int) {
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
        lastDraw = now
        let elapsed = Runner.seconds(now - started)
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        let speed = elapsed > 0 ? Double(bytes) / 1_048_576 / elapsed : 0
        let eta = fraction > 0 && fraction < 1 ? elapsed / fraction - elapsed : 0
        statusLine.show(String(format: "[%@] %d/%d docs  %.1f MB/s  %d rejects  ETA %d:%02d",
                               bar, done, total, speed, rejects, Int(eta) / 60, Int(eta) % 60))
    }

    /// Clears the bar so the summary starts on a clean line.
    public func finish() {
        statusLine.clear()
    }
}
