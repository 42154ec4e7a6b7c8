import Foundation
import Logging
import Pipeline
import Testing

/// The progress bar and log lines share standard error: a log line printed while the bar is
/// shown erases it first and draws it again after.
@Suite("Progress line and log lines")
struct ProgressLineTests {
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
        func append(_ more: [UInt8]) { lock.withLock { bytes += more } }
    }

    @Test func aLogLineErasesTheBarAndRedrawsIt() {
        let captured = Captured()
        let status = StatusLine { captured.append($0) }
        status.print("before any bar\n")
        status.show("[=>  ] 1/4 docs")
        var logger = Logger(label: "baocao") { StatusLineLogHandler(label: $0, statusLine: status) }
        logger.logLevel = .info
        logger.warning("rejected file:///x: empty")
        status.show("[==> ] 2/4 docs")
        status.clear()
        status.print("summary\n")
        let text = captured.text
        let erase = "\r\u{1B}[K"
        #expect(text.hasPrefix("before any bar\n" + erase + "[=>  ] 1/4 docs" + erase))
        #expect(text.contains(" warning baocao: [PipelineTests] rejected file:///x: empty\n[=>  ] 1/4 docs" + erase + "[==> ] 2/4 docs"),
                "\(text.debugDescription)")
        #expect(text.hasSuffix("[==> ] 2/4 docs" + erase + "summary\n"))
    }

    /// The real binary on a pseudo-terminal (Python's `pty`): every log line that follows a
    /// drawn bar starts with the erase sequence, and the bar is drawn again after it.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BAOCAO_REQUIRE_POSTGRES"] != nil
                   || FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed"))
    func onATerminalLogLinesNeverLandInTheBar() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // 16 documents make a batch (-j 1), then a checkpoint draws the bar; empty files after
        // that are rejects, logged while the bar is shown.
        for index in 0..<60 {
            let name = String(format: "%03d.txt", index)
            let text = index >= 20 && index % 5 == 0 ? "" : "Báo cáo số \(index) về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
            try Data(text.utf8).write(to: input.appendingPathComponent(name))
        }
        let script = """
            import os, pty, subprocess, sys
            master, slave = pty.openpty()
            env = {k: v for k, v in os.environ.items() if k != "CI"}
            child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env)
            os.close(slave)
            out = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            child.wait()
            sys.stdout.buffer.write(out)
            sys.exit(child.returncode)
            """
        let run = try await Harness.run(URL(fileURLWithPath: "/usr/bin/python3"),
                                  ["-c", script, Harness.executable.path, "extract", input.path, "-j", "1",
                                   "-o", folder.appendingPathComponent("r.jsonl").path])
        #expect(run.status == 1, "\(run.stderr)")
        // The terminal turns "\n" into "\r\n".
        let screen = run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        let erase = "\r\u{1B}[K"
        let logLines = screen.components(separatedBy: "\n").filter { $0.contains(" warning baocao: ") }
        #expect(logLines.count == 8, "\(screen.debugDescription)")
        #expect(screen.contains("docs  "), "no bar was drawn: \(screen.debugDescription)")
        var checked = 0
        var rest = Substring(screen)
        while let warning = rest.range(of: " warning baocao: ") {
            let lineStart = rest[..<warning.lowerBound].lastIndex(of: "\n").map { rest.index(after: $0) } ?? rest.startIndex
            let before = rest[..<warning.lowerBound]
            let line = rest[lineStart..<warning.lowerBound]
            if before.contains("docs  ") {
                // Drawn before: the bar is erased right before the log line (what the line shows
                // after the last erase is the log line alone), and drawn again once it is printed.
                let visible = line.components(separatedBy: erase).last ?? ""
                #expect(line.contains(erase) && !visible.contains("docs") && visible.hasPrefix("20"),
                        "a log line landed in the bar: \(line.debugDescription)")
                let after = rest[warning.upperBound...]
                if let newline = after.firstIndex(of: "\n") {
                    let next = after[after.index(after: newline)...]
                    #expect(next.hasPrefix("["), "the bar is not drawn again after a log line: \(next.prefix(80).debugDescription)")
                }
                checked += 1
            }
            rest = rest[warning.upperBound...]
        }
        #expect(checked >= 4, "\(screen.debugDescription)")
        #expect(screen.contains(erase + "baocao: 60 documents, 52 records, 8 rejects"), "\(screen.debugDescription)")
    }
}
