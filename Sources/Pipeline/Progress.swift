import Foundation

/// A one-line progress bar on standard error, redrawn at most ten times a second. Made
/// only when standard error is a terminal, so CI logs and pipes stay clean.
public final class Progress {
    private let started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    /// A progress bar if standard error is a terminal and `CI` is not set, else nil.
    public static func forTerminal() -> Progress? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        return Progress()
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
        let line = String(format: "\r[%@] %d/%d docs  %.1f MB/s  %d rejects  ETA %d:%02d ",
                          bar, done, total, speed, rejects, Int(eta) / 60, Int(eta) % 60)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the bar so the summary starts on a clean line.
    public func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
