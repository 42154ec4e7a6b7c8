import ArgumentParser
import Dispatch
import Extraction
import Foundation
import Markup
import Pipeline
import Records
import VietnameseText

/// `baocao-bench run DIR`: the measurement, in one process so every ratio compares runs
/// on the same machine at the same moment.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure raw libxml2, BaoCao end to end (1 and N cores) and each BaoCao stage on one corpus.",
        discussion: """
            Phases (--phases, comma-separated, run in this order):
              raw       libxml2 alone: htmlCtxtReadMemory and a walk over
                        every text node, C calls only, pages read from disk,
                        on 1 core and on N cores
              single    BaoCao end to end with Runner(jobs: 1): read, decode,
                        parse, main text, extract, JSON line (made by the
                        workers), FNV-1a checksum over the lines
              parallel  the same with Runner(jobs: N); its counts and checksum
                        must equal the single-core run's
              stages    each stage alone on the first --stage-pages pages in
                        memory; the stages composed must give the same lines
                        as DocumentProcessor
            raw, single and parallel run --pairs times in turn (raw N cores
            once); the target ratios are taken within each round and their
            median is reported, since a shared machine's speed drifts from one
            phase to the next. The raw floor always runs on the C library's
            malloc, never on BaoCao's libxml2 arenas.
            Peak RSS (getrusage ru_maxrss) is read after the streaming phases,
            before the stage phase loads its sample; for a memory test on a
            large corpus run `--phases parallel` alone. Exits non-zero when a
            check fails.
            """
    )

    @Argument(help: "Corpus folder (from `baocao-bench generate`, or any folder of .html/.txt).")
    var corpus: String

    @Option(help: "Phases to run: raw, single, parallel, stages.")
    var phases: String = "raw,single,parallel,stages"

    @Option(help: "Cores for the parallel phases (default: all active cores).")
    var cores: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Pages held in memory for the stage phase (0: all).")
    var stagePages: Int = 200

    @Option(help: "Repetitions of each stage; the fastest is reported.")
    var rounds: Int = 1

    @Option(help: "Rounds of raw, single and parallel, one after another; ratios are the median over rounds.")
    var pairs: Int = 1

    @Option(help: "Use only the first N files of the corpus.")
    var limit: Int?

    @Option(help: "Fail unless the end-to-end runs produce this many records.")
    var expectRecords: Int?

    @Option(help: "Fail unless the checksum (FNV-1a 64) over the records' JSON lines is this hex value.")
    var expectChecksum: String?

    @Option(help: "Also write the results as key=value lines to this file (for scripts/bench).")
    var summary: String?

    @Option(help: "Write the first end-to-end run's JSON lines to this file (to diff two builds); costs time.")
    var writeRecords: String?

    func run() throws {
        _ = RawLibXML.defaultAllocator
        let wanted = Set(phases.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let unknown = wanted.subtracting(["raw", "single", "parallel", "stages"])
        guard unknown.isEmpty else { throw ValidationError("unknown phase(s): \(unknown.sorted().joined(separator: ", "))") }
        let summaryPath = summary.map { URL(fileURLWithPath: $0).path }
        let recordsPath = writeRecords.map { URL(fileURLWithPath: $0).path }
        guard FileManager.default.changeCurrentDirectoryPath(corpus) else {
            throw ValidationError("cannot enter corpus folder \(corpus)")
        }
        // Paths relative to the corpus folder: record URIs, and so the checksum, do not
        // depend on where the corpus lives.
        var files = SourceCollector.collect(["."]).files
        if let limit { files = Array(files.prefix(limit)) }
        guard !files.isEmpty else { throw ValidationError("no .html or .txt files under \(corpus)") }
        let bytes = files.reduce(0) { $0 + Self.size(of: $1.path) }
        var report = Report(pages: files.count, bytes: bytes)
        print("corpus: \(corpus), \(files.count) files, \(Report.mib(bytes)) MiB; \(cores) cores; libxml2 \(libxml2Version)")
        print("machine: \(Self.machine())")
        print("")

        var single: EndToEnd?
        for round in 1...max(1, pairs) {
            let label = round == 1 ? "" : " (round \(round))"
            let suffix = round == 1 ? "" : "_r\(round)"
            var raw: Throughput?
            var one: EndToEnd?
            var many: EndToEnd?
            if wanted.contains("raw") {
                let measured = try RawPhase.measure(files, cores: 1)
                raw = measured
                report.add(measured, as: "raw libxml2, 1 core" + label, key: "raw_1" + suffix)
                if cores > 1 && round == 1 {
                    report.add(try RawPhase.measure(files, cores: cores), as: "raw libxml2, \(cores) cores", key: "raw_n")
                }
            }
            if wanted.contains("single") {
                let result = try EndToEnd.measure(files, jobs: 1, writingTo: single == nil ? recordsPath : nil)
                report.add(result.throughput, as: "BaoCao end to end, 1 core" + label, key: "e2e_1" + suffix)
                one = result
                if round == 1 {
                    let (share, bound) = result.serialBound(cores: cores)
                    report.values += [("serial_share", String(format: "%.4f", share)), ("amdahl_bound", String(format: "%.2f", bound))]
                    print(String(format: "  sink on the calling thread: %.1f %% of the 1-core CPU time → at most %.2f × on %d cores (Amdahl)",
                                 share * 100, bound, cores))
                }
            }
            if wanted.contains("parallel") {
                let result = try EndToEnd.measure(files, jobs: cores, writingTo: single == nil && one == nil ? recordsPath : nil)
                report.add(result.throughput, as: "BaoCao end to end, \(cores) cores" + label, key: "e2e_n" + suffix)
                many = result
            }
            for result in [one, many].compactMap({ $0 }) {
                if let first = single ?? one, first.check != result.check {
                    report.fail("a run differs from the first: \(first.check) vs \(result.check)")
                }
            }
            single = single ?? one ?? many
            if let raw, let one { report.ratios.append(one.throughput.megabytesPerCPUSecond / raw.megabytesPerCPUSecond) }
            if let one, let many { report.scalings.append(many.throughput.megabytesPerSecond / one.throughput.megabytesPerSecond) }
        }
        report.peakRSS = Self.peakResidentBytes()
        if let single {
            report.check = single.check
            print("records: \(single.check.records), rejects: \(single.check.rejects), lines checksum \(single.check.checksum)")
            if single.check.records == 0 { report.fail("no records") }
            if let expectRecords, expectRecords != single.check.records {
                report.fail("expected \(expectRecords) records, got \(single.check.records)")
            }
            if let expectChecksum, expectChecksum.lowercased() != single.check.checksum {
                report.fail("expected checksum \(expectChecksum), got \(single.check.checksum)")
            }
        }
        print("peak RSS after the streaming phases: \(Report.mib(report.peakRSS)) MiB")
        if wanted.contains("stages") {
            let sample = stagePages > 0 ? Array(files.prefix(stagePages)) : files
            try StagePhase.measure(sample, rounds: max(1, rounds), into: &report)
        }
        report.printTargets(cores: cores)
        if let summaryPath { try report.write(to: summaryPath, corpus: corpus) }
        if !report.failures.isEmpty {
            for failure in report.failures { print("FAILED: \(failure)") }
            throw ExitCode(2)
        }
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory >> 20
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) MiB RAM"
    }
}

/// Time, pages and bytes of one measured run: wall-clock seconds and the CPU seconds the
/// process spent (user + system, all threads). On a shared machine the CPU time of a
/// one-core run barely moves with other load; the wall time does.
struct Throughput {
    var seconds: Double
    var cpuSeconds: Double
    var pages: Int
    var bytes: Int

    init(_ timing: Timing, pages: Int, bytes: Int) {
        seconds = timing.wall
        cpuSeconds = timing.cpu
        self.pages = pages
        self.bytes = bytes
    }

    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
    var pagesPerSecond: Double { Double(pages) / seconds }
    var megabytesPerCPUSecond: Double { Double(bytes) / 1_048_576 / cpuSeconds }
    var pagesPerCPUSecond: Double { Double(pages) / cpuSeconds }

    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func time(_ body: () throws -> Void) rethrows -> Timing {
        let cpuStart = cpuSeconds()
        let start = ContinuousClock.now
        try body()
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        return Timing(wall: Double(seconds) + Double(attoseconds) / 1e18, cpu: cpuSeconds() - cpuStart)
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// What a correct run produced: compared between runs and against `--expect-*`.
struct OutputCheck: Equatable, CustomStringConvertible {
    var records = 0
    var rejects = 0
    var checksum = ""

    var description: String { "\(records) records, \(rejects) rejects, \(checksum.prefix(16))…" }
}

/// Checksums JSON lines as the JSON Lines sink would write them (FNV-1a, 64 bits: a
/// check that a fast run gave the same answer, cheap enough not to weigh on the timing).
struct LineHasher {
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    private(set) var check = OutputCheck()

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
    }

    private mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }

    mutating func record(_ line: String) {
        add(line)
        add("\n")
        check.records += 1
    }

    /// ``record(_:)-(String)`` of a line's UTF-8.
    mutating func record(_ line: [UInt8]) {
        add(bytes: line)
        add("\n")
        check.records += 1
    }

    mutating func reject(_ reject: Reject) {
        add("reject \(reject.source.uri) \(reject.kind)\n")
        check.rejects += 1
    }

    func finish() -> OutputCheck {
        var done = check
        done.checksum = String(hash, radix: 16)
        return done
    }
}

/// libxml2 alone over every page read from disk, on `cores` threads.
enum RawPhase {
    static func measure(_ files: [SourceFile], cores: Int) throws -> Throughput {
        try RawLibXML.withDefaultAllocator { try measureParsing(files, cores: cores) }
    }

    private static func measureParsing(_ files: [SourceFile], cores: Int) throws -> Throughput {
        let totals = Totals()
        let failures = Totals()
        let timing = Throughput.time {
            DispatchQueue.concurrentPerform(iterations: cores) { worker in
                guard let parser = RawLibXML() else {
                    failures.add(1, bytes: 0)
                    return
                }
                var buffer: [UInt8] = []
                var index = worker
                while index < files.count {
                    if FileReader.read(files[index].path, into: &buffer),
                       let text = buffer.withUnsafeBytes({ parser.textBytes(of: $0) }), text > 0 {
                        totals.add(1, bytes: buffer.count)
                    } else {
                        failures.add(1, bytes: 0)
                    }
                    index += cores
                }
            }
        }
        guard failures.count == 0 else {
            throw ValidationError("libxml2 gave no text for \(failures.count) pages")
        }
        return Throughput(timing, pages: totals.count, bytes: totals.bytes)
    }
}

/// BaoCao as users run it: `Runner` over the files, every record serialised and hashed.
struct EndToEnd {
    var throughput: Throughput
    var check: OutputCheck
    /// CPU seconds the calling thread spent in the sink (`emit`: checksum of the lines the
    /// workers serialised), the part of the run that stays on one thread.
    var sinkSeconds: Double

    /// Share of the run that does not parallelise, and the speed-up on `cores` it allows
    /// (Amdahl), from a one-core run.
    func serialBound(cores: Int) -> (share: Double, bound: Double) {
        let share = throughput.cpuSeconds > 0 ? sinkSeconds / throughput.cpuSeconds : 0
        return (share, 1 / (share + (1 - share) / Double(cores)))
    }

    static func measure(_ files: [SourceFile], jobs: Int, writingTo path: String? = nil) throws -> EndToEnd {
        var hasher = LineHasher()
        var summary = RunSummary()
        let output = path.flatMap { FileManager.default.createFile(atPath: $0, contents: nil) ? FileHandle(forWritingAtPath: $0) : nil }
        defer { try? output?.close() }
        var sinkSeconds = 0.0
        let timing = try Throughput.time {
            summary = try Runner(jobs: jobs).run(files, emit: { outcome in
                let start = threadCPUSeconds()
                defer { sinkSeconds += threadCPUSeconds() - start }
                switch outcome.result {
                case .record(_, let line):
                    hasher.record(line)
                    if let output { try output.write(contentsOf: Data(line + [0x0A])) }
                case .reject(let reject):
                    hasher.reject(reject)
                }
            })
        }
        return EndToEnd(throughput: Throughput(timing, pages: summary.documents, bytes: summary.bytes),
                        check: hasher.finish(), sinkSeconds: sinkSeconds)
    }

    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Reads a whole file into a reused buffer with POSIX calls.
enum FileReader {
    static func read(_ path: String, into buffer: inout [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return false }
        let size = Int(status.st_size)
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: repeatElement(0, count: size))
        var done = 0
        while done < size {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return Glibc.read(descriptor, base + done, size - done)
            }
            guard got > 0 else { return false }
            done += got
        }
        return true
    }
}

/// A counter shared by worker threads.
final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private var pages = 0
    private var byteCount = 0

    func add(_ count: Int, bytes: Int) {
        lock.lock()
        pages += count
        byteCount += bytes
        lock.unlock()
    }

    var count: Int { lock.lock(); defer { lock.unlock() }; return pages }
    var bytes: Int { lock.lock(); defer { lock.unlock() }; return byteCount }
}
