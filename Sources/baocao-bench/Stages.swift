import ArgumentParser
import Extraction
import Foundation
import Markup
import Pipeline
import Records
import VietnameseText

/// Each stage of the document path alone, on pages held in memory, one core.
enum StagePhase {
    static func measure(_ files: [SourceFile], rounds: Int, into report: inout Report) throws {
        let pages: [(file: SourceFile, bytes: [UInt8])] = files.compactMap { file in
            var buffer: [UInt8] = []
            return FileReader.read(file.path, into: &buffer) ? (file, buffer) : nil
        }
        let pageBytes = pages.reduce(0) { $0 + $1.bytes.count }
        print("")
        print("stages on the first \(pages.count) pages in memory (\(Report.mib(pageBytes)) MiB), 1 core, CPU time, best of \(rounds):")

        /// CPU seconds of the fastest round (one thread: CPU time is the stage's own time).
        func best(_ body: () -> Void) -> Double {
            (0..<rounds).map { _ in Throughput.time(body).cpu }.min() ?? 0
        }
        func add(_ name: String, key: String, seconds: Double, input: Int) {
            report.addStage(name, key: key,
                            throughput: Throughput(.init(wall: seconds, cpu: seconds), pages: pages.count, bytes: pageBytes),
                            inputBytes: input)
        }

        var decoded: [DecodedText?] = []
        add("decode (bytes → text)", key: "decode", seconds: best {
            decoded = pages.map { try? TextDecoding.decode($0.bytes, isHTML: $0.file.mediaType == .html) }
        }, input: pageBytes)
        let texts = decoded.map { $0 ?? DecodedText(text: "", encoding: "utf-8") }
        let htmlBytes = zip(pages, texts).reduce(0) {
            $0 + ($1.0.file.mediaType == .html ? $1.1.withUTF8 { $0.count } : 0)
        }

        var parsed = 0
        let parseSeconds = best {
            parsed = 0
            for (page, text) in zip(pages, texts) where page.file.mediaType == .html {
                if (try? HTMLDocument(text)) != nil { parsed += 1 }
            }
        }
        add("parse (libxml2 tree)", key: "parse", seconds: parseSeconds, input: htmlBytes)

        var contents: [PageContent?] = []
        let contentSeconds = best {
            contents = zip(pages, texts).map { page, text in
                page.file.mediaType == .html ? try? ContentExtractor.html(text) : ContentExtractor.plainText(text.text)
            }
        }
        add("main text (content − parse)", key: "main_text", seconds: max(0, contentSeconds - parseSeconds), input: htmlBytes)

        let mainTexts = contents.map { $0?.text ?? "" }
        let mainBytes = mainTexts.reduce(0) { $0 + $1.utf8.count }
        var analyzed: [AnalyzedText] = []
        add("normalise (NFC, folding, sentences)", key: "normalise", seconds: best {
            analyzed = mainTexts.map(AnalyzedText.init)
        }, input: mainBytes)

        // The extract stage as DocumentProcessor runs it: the official header and signature
        // (title, date, signers), the lists with that date as reference, province, warnings.
        let processor = DocumentProcessor()
        var records: [Record] = []
        add("extract (document header, seven lists)", key: "extract", seconds: best {
            records = pages.indices.compactMap { index in
                guard let content = contents[index], let text = decoded[index], !content.text.isEmpty else { return nil }
                let (file, bytes) = pages[index]
                let source = SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: text.encoding,
                                        bytes: bytes.count)
                return processor.record(of: content, bytes: bytes, source: source, warnings: [],
                                        registryProvince: nil, deadline: .never)
            }
        }, input: mainBytes)

        var composed = LineHasher()
        var lineBytes = 0
        add("serialise (JSON line)", key: "serialise", seconds: best {
            composed = LineHasher()
            lineBytes = 0
            for record in records {
                let line = record.jsonLine
                lineBytes += line.count
                composed.record(line)
            }
        }, input: lineBytes)

        var whole = LineHasher()
        let wholeSeconds = best {
            whole = LineHasher()
            for page in pages {
                switch processor.process(page.bytes, uri: page.file.uri, mediaType: page.file.mediaType) {
                case .success(let record): whole.record(record.jsonLine)
                case .failure(let reject): whole.reject(reject)
                }
            }
        }
        add("end to end in memory (DocumentProcessor)", key: "memory_e2e", seconds: wholeSeconds, input: pageBytes)
        let stagesCheck = composed.finish()
        let wholeCheck = whole.finish()
        if stagesCheck.records != wholeCheck.records || stagesCheck.checksum != wholeCheck.checksum {
            report.fail("the stages composed give \(stagesCheck), DocumentProcessor gives \(wholeCheck)")
        }
        if parsed == 0 && htmlBytes > 0 { report.fail("the parse stage produced no documents") }
        let items: Int = records.reduce(0) { total, record in
            total + record.facts.directives.count + record.facts.figures.count + record.facts.dates.count
                + record.facts.people.count
        }
        print("  stage output: \(parsed) trees, \(Report.mib(mainBytes)) MiB main text, \(items) "
              + "directives+figures+dates+people, \(wholeCheck.records) records (same lines as DocumentProcessor: "
              + "\(stagesCheck == wholeCheck ? "yes" : "NO"))")
    }
}

/// Collects the measurements, prints them as a table, checks the targets.
struct Report {
    var pages: Int
    var bytes: Int
    var peakRSS = 0
    var check = OutputCheck()
    var failures: [String] = []
    var values: [(String, String)] = []
    var results: [String: Throughput] = [:]
    /// End to end / raw libxml2 (per CPU second) and N cores / 1 core, one of each per round.
    var ratios: [Double] = []
    var scalings: [Double] = []

    static func median(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func list(_ values: [Double]) -> String {
        values.map { String(format: "%.2f", $0) }.joined(separator: ", ")
    }

    static func mib(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    mutating func fail(_ message: String) { failures.append(message) }

    mutating func add(_ throughput: Throughput, as name: String, key: String) {
        results[key] = throughput
        values += [("\(key)_mbps", String(format: "%.2f", throughput.megabytesPerSecond)),
                   ("\(key)_pages_per_s", String(format: "%.1f", throughput.pagesPerSecond)),
                   ("\(key)_seconds", String(format: "%.2f", throughput.seconds)),
                   ("\(key)_cpu_mbps", String(format: "%.2f", throughput.megabytesPerCPUSecond)),
                   ("\(key)_cpu_pages_per_s", String(format: "%.1f", throughput.pagesPerCPUSecond)),
                   ("\(key)_cpu_seconds", String(format: "%.2f", throughput.cpuSeconds))]
        if results.count == 1 {
            print("".padding(toLength: 44, withPad: " ", startingAt: 0)
                  + "     wall clock                        |  per CPU second (user+sys)")
        }
        print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: "%8.2f MB/s %8.1f pages/s %7.2f s | %8.2f MB/s %8.1f pages/s %7.2f s",
                       throughput.megabytesPerSecond, throughput.pagesPerSecond, throughput.seconds,
                       throughput.megabytesPerCPUSecond, throughput.pagesPerCPUSecond, throughput.cpuSeconds))
    }

    /// A stage: MB/s of page bytes (comparable across stages) and of the stage's own input.
    mutating func addStage(_ name: String, key: String, throughput: Throughput, inputBytes: Int) {
        results[key] = throughput
        let own = Double(inputBytes) / 1_048_576 / max(throughput.seconds, 1e-9)
        values += [("stage_\(key)_mbps", String(format: "%.2f", throughput.megabytesPerSecond)),
                   ("stage_\(key)_pages_per_s", String(format: "%.1f", throughput.pagesPerSecond)),
                   ("stage_\(key)_input_mbps", String(format: "%.2f", own))]
        print("  " + name.padding(toLength: 42, withPad: " ", startingAt: 0)
              + String(format: "%8.2f MB/s %9.1f pages/s %7.2f s  (own input %6.1f MiB at %7.2f MB/s)",
                       throughput.megabytesPerSecond, throughput.pagesPerSecond, throughput.seconds,
                       Double(inputBytes) / 1_048_576, own))
    }

    func printTargets(cores: Int) {
        print("")
        if let ratio = Self.median(ratios), let e2e = results["e2e_1"], let raw = results["raw_1"] {
            let rounds = ratios.count > 1 ? " (median of \(ratios.count) rounds: \(Self.list(ratios)))" : ""
            print(String(format: "end to end / raw libxml2, 1 core, per CPU second: %.2f (target ≥ 0.60) ", ratio)
                  + (ratio >= 0.6 ? "met" : "MISSED") + rounds
                  + String(format: "; wall clock, first round: %.2f", e2e.megabytesPerSecond / raw.megabytesPerSecond))
        }
        if let ratio = Self.median(scalings) {
            let rounds = scalings.count > 1 ? " (median of \(scalings.count) rounds: \(Self.list(scalings)))" : ""
            print(String(format: "%d cores / 1 core, end to end: %.2f (target ≥ 1.80) ", cores, ratio)
                  + (ratio >= 1.8 ? "met" : "MISSED") + rounds)
        }
        if let one = results["raw_1"], let many = results["raw_n"] {
            print(String(format: "%d cores / 1 core, raw libxml2 (what the machine gives now): %.2f",
                         cores, many.megabytesPerSecond / one.megabytesPerSecond))
        }
        print("peak RSS \(Report.mib(peakRSS)) MiB (target < 300)")
    }

    func write(to path: String, corpus: String) throws {
        var lines = ["corpus=\(corpus)", "pages=\(pages)", "bytes=\(bytes)", "peak_rss_bytes=\(peakRSS)",
                     "records=\(check.records)", "rejects=\(check.rejects)", "checksum=\(check.checksum)",
                     "failures=\(failures.count)"]
        lines += values.map { "\($0.0)=\($0.1)" }
        if let ratio = Self.median(ratios) { lines.append(String(format: "ratio_e2e_raw_median=%.3f", ratio)) }
        if let scaling = Self.median(scalings) { lines.append(String(format: "scaling_median=%.3f", scaling)) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
