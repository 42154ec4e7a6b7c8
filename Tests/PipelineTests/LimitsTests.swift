import Foundation
import Pipeline
import Records
import Testing
import TestSupport
import VietnameseText

/// Hostile inputs against the limits that hold inside a stage: the time budget, SIGTERM,
/// FIFOs and deep nesting, through the processor and the real `baocao` binary.
@Suite(.serialized) struct LimitsTests {
    /// A report citing the same documents over and over, `megabytes` long.
    static func repeatedCitations(megabytes: Double) -> String {
        let sentence = "Thực hiện Nghị quyết số 15/2024/NQ-CP ngày 3/5/2024 của Chính phủ, Chỉ thị số 05-CT/TW "
            + "của Ban Bí thư và Quyết định 120/QĐ-UBND, tỉnh đạt tăng trưởng 7,5%, có 132 mô hình được nhân rộng. "
        let count = Int(megabytes * 1_048_576) / sentence.utf8.count
        var text = ""
        for index in 0..<count { text += sentence + (index % 5 == 4 ? "\n\n" : "") }
        return text
    }

    @Test func aBudgetCutsExtractionInsideTheStage() {
        // Two megabytes of citations take the debug build several seconds to extract.
        let processor = DocumentProcessor(timeBudget: .milliseconds(300))
        let started = ContinuousClock.now
        let result = processor.process(Array(Self.repeatedCitations(megabytes: 2).utf8), uri: "file:c.txt", mediaType: .text)
        let elapsed = ContinuousClock.now - started
        guard case .failure(let reject) = result else {
            Issue.record("a 2 MB text within 0.3 s: make it longer")
            return
        }
        #expect(reject.kind == "timeout")
        #expect(elapsed < .seconds(30), "cut late: \(elapsed)")
    }

    @Test func aCancelledDeadlineStopsAtOnce() {
        let cancellation = Cancellation()
        cancellation.cancel()
        let processor = DocumentProcessor()
        var times = StageTimes()
        let result = processor.process(Array(Self.repeatedCitations(megabytes: 0.05).utf8), uri: "file:c.txt",
                                       mediaType: .text, deadline: processor.deadline(cancellation: cancellation), times: &times)
        guard case .failure(let reject) = result else {
            Issue.record("a cancelled document must not become a record")
            return
        }
        #expect(reject.kind == DocumentProcessor.interruptedKind)
    }

    @Test func extractTakesATimeBudgetAndRejectsWithTimeout() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let input = dir.appendingPathComponent("citations.txt")
        try Data(Self.repeatedCitations(megabytes: 2).utf8).write(to: input)
        let output = dir.appendingPathComponent("records.jsonl")
        let result = try await Harness.baocao(["extract", input.path, "-o", output.path, "--time-budget", "0.3", "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try Harness.jsonLines(dir.appendingPathComponent("records.rejects.jsonl"))
        #expect((rejects.first?["error"] as? [String: Any])?["kind"] as? String == "timeout")
    }

    @Test func aFIFOWithoutAWriterIsATimeoutNotAHang() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let fifo = dir.appendingPathComponent("never.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let output = dir.appendingPathComponent("records.jsonl")
        let result = try await Harness.baocao(["extract", fifo.path, "-o", output.path, "--time-budget", "1", "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try Harness.jsonLines(dir.appendingPathComponent("records.rejects.jsonl"))
        let error = rejects.first?["error"] as? [String: Any]
        #expect(error?["kind"] as? String == "timeout")
        #expect(error?["stage"] as? String == "read")
    }

    @Test func aFIFOWithAWriterIsRead() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let fifo = dir.appendingPathComponent("report.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let text = "Thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư, tỉnh có 132 mô hình được nhân rộng.\n"
        let writer = Thread {
            // Opening for writing blocks until the reader opens; the reader then waits for the data.
            guard let handle = FileHandle(forWritingAtPath: fifo.path) else { return }
            usleep(300_000)
            handle.write(Data(text.utf8))
            try? handle.close()
        }
        writer.start()
        let result = try await Harness.baocao(["extract", fifo.path, "-o", "-", "--time-budget", "20", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("05-CT/TW"))
    }

    /// A pipe named as an input whose bytes are all there when the run starts: read whole
    /// (the look for a WARC archive among named inputs once took its first five bytes).
    @Test func aPipeNamedAsAnInputIsReadWhole() async throws {
        let text = "Thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư, tỉnh có 132 mô hình được nhân rộng.\n"
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        let result = try await ChildProcess.run(Harness.executable, ["extract", "/dev/stdin", "-o", "-", "--quiet"],
                                          in: Harness.root, standardInput: pipe.fileHandleForReading)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        #expect((record["source"] as? [String: Any])?["bytes"] as? Int == text.utf8.count, "\(result.stdout)")
        #expect((record["text"] as? String)?.hasPrefix("Thực hiện Chỉ thị") == true, "\(result.stdout)")
    }

    @Test func sigtermEndsARunBlockedOnAFIFO() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let fifo = dir.appendingPathComponent("never.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let process = Process()
        process.executableURL = Harness.executable
        process.arguments = ["extract", fifo.path, "-o", dir.appendingPathComponent("records.jsonl").path,
                             "--time-budget", "0", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The journal appears once the outputs are open, just before the signals are taken;
        // SIGTERM goes once the run listens for it (sent before, it would end the run by
        // default, with no status of the run's own).
        let opened = Date().addingTimeInterval(120)
        let journal = dir.appendingPathComponent("records.jsonl.checkpoint")
        _ = await ChildProcess.poll(seconds: opened.timeIntervalSinceNow) { FileManager.default.fileExists(atPath: journal.path) }
        #expect(await ChildProcess.waitUntilListening(for: SIGTERM, pid: process.processIdentifier), "the run never listened for SIGTERM")
        kill(process.processIdentifier, SIGTERM)
        let stillRunning = await !ChildProcess.waitUntilExit(process, seconds: 20)
        if stillRunning { kill(process.processIdentifier, SIGKILL) }
        await ChildProcess.waitUntilExit(process)
        #expect(!stillRunning, "SIGTERM did not end the run")
        #expect(process.terminationStatus == 143)
        #expect(FileManager.default.fileExists(atPath: journal.path))
    }

    @Test func textNestedDeeperThanLibxml2sLimitIsKept() throws {
        let page = "<html><body>" + String(repeating: "<div>", count: 400)
            + "<p>Báo cáo tổng kết năm 2024 về phát triển kinh tế xã hội của tỉnh, đạt nhiều kết quả quan trọng.</p>"
            + String(repeating: "</div>", count: 400) + "</body></html>"
        let record = try DocumentProcessor().process(Array(page.utf8), uri: "file:deep.html", mediaType: .html).get()
        #expect(record.text.contains("Báo cáo tổng kết năm 2024"))
    }

    @Test func aDoctypeInternalSubsetNeverReachesTheText() throws {
        let page = "<!DOCTYPE html [ <!ENTITY x \"SUBSET-TEXT\"> <!ELEMENT p ANY> ]><html><body>"
            + "<p>Báo cáo tổng kết năm 2024 về phát triển kinh tế xã hội của tỉnh, đạt nhiều kết quả quan trọng.</p>"
            + "</body></html>"
        let record = try DocumentProcessor().process(Array(page.utf8), uri: "file:dtd.html", mediaType: .html).get()
        #expect(record.text.contains("Báo cáo tổng kết"))
        #expect(!record.text.contains("ELEMENT"))
        #expect(!record.text.contains("]>"))
    }

    /// A page whose parse alone is slow in libxml2: tens of thousands of open elements,
    /// then end tags naming none of them, each of which libxml2 looks for down the whole
    /// stack of open elements (60,000 × 500,000 comparisons: minutes in one parse).
    static func slowToParse() -> String {
        "<html><body><p>Báo cáo tổng kết năm 2024 của tỉnh.</p>" + String(repeating: "<b>", count: 60_000)
            + String(repeating: "</i>", count: 500_000) + "</body></html>"
    }

    @Test func aBudgetCutsLibxml2sParse() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let input = dir.appendingPathComponent("slow.html")
        try Data(Self.slowToParse().utf8).write(to: input)
        let output = dir.appendingPathComponent("records.jsonl")
        let started = ContinuousClock.now
        // A budget far above the decode's 0.03 s (debug build) and far below the parse's
        // minutes: under a loaded test run a 0.5 s budget once ran out while decoding.
        let result = try await Harness.baocao(["extract", input.path, "-o", output.path, "--time-budget", "3", "--quiet"])
        let elapsed = ContinuousClock.now - started
        #expect(result.status == 1, "\(result.stderr)")
        let rejects = try Harness.jsonLines(dir.appendingPathComponent("records.rejects.jsonl"))
        let error = rejects.first?["error"] as? [String: Any]
        #expect(error?["kind"] as? String == "timeout")
        #expect(error?["stage"] as? String == "parse")
        #expect(elapsed < .seconds(30), "cut late: \(elapsed)")
    }

    @Test func anAttributeFloodIsRejectedAsTooLargeBeforeParsing() {
        let attributes = (0..<20_000).map { "a\($0)=1" }.joined(separator: " ")
        let page = "<html><body><div \(attributes)><p>Báo cáo tổng kết năm 2024 của tỉnh.</p></div></body></html>"
        let started = ContinuousClock.now
        guard case .failure(let reject) = DocumentProcessor().process(Array(page.utf8), uri: "file:a.html", mediaType: .html) else {
            Issue.record("20 000 attributes on one element must be rejected")
            return
        }
        #expect(reject.kind == "too_large")
        #expect(reject.message.contains("attributes"))
        #expect(ContinuousClock.now - started < .seconds(20))
    }
}
