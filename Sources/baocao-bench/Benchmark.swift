import Dispatch
import Extraction
import Foundation
import Markup
import Pipeline
import VietnameseText

/// `baocao-bench [PATH…] [--seconds N]`: throughput of each stage and of the whole
/// document path, on documents held in memory (so the disk is not measured), on one core
/// and on all cores. Prints MB/s and docs/s; fails if a stage produces nothing.
@main
enum Benchmark {
    static func main() throws {
        var paths: [String] = []
        var seconds = 3.0
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            if argument == "--seconds", let value = arguments.popFirst().flatMap(Double.init) { seconds = value } else { paths.append(argument) }
        }
        if paths.isEmpty { paths = ["corpus"] }
        let files = SourceCollector.collect(paths).files
        let documents = try files.map { file in
            (file, [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path))))
        }
        let totalBytes = documents.reduce(0) { $0 + $1.1.count }
        print("documents: \(documents.count), \(String(format: "%.2f", Double(totalBytes) / 1_048_576)) MB")

        let decoded = documents.compactMap { file, bytes in
            (try? TextDecoding.decode(bytes, isHTML: file.mediaType == .html)).map { (file, $0.text) }
        }
        let texts = decoded.compactMap { file, text -> String? in
            file.mediaType == .html ? (try? ContentExtractor.html(text))?.text : ContentExtractor.plainText(text).text
        }
        let textBytes = texts.reduce(0) { $0 + $1.utf8.count }
        let htmlDocs = decoded.filter { $0.0.mediaType == .html }
        let htmlBytes = htmlDocs.reduce(0) { $0 + $1.1.utf8.count }
        guard !texts.isEmpty, !htmlDocs.isEmpty else {
            print("error: nothing to measure")
            exit(1)
        }

        measure("decode (bytes → NFC text)", bytes: totalBytes, count: documents.count, seconds: seconds) {
            var n = 0
            for (file, bytes) in documents where (try? TextDecoding.decode(bytes, isHTML: file.mediaType == .html)) != nil { n += 1 }
            return n
        }
        measure("content (libxml2 parse + main text)", bytes: htmlBytes, count: htmlDocs.count, seconds: seconds) {
            htmlDocs.reduce(0) { $0 + ((try? ContentExtractor.html($1.1))?.text.isEmpty == false ? 1 : 0) }
        }
        let extractor = FactExtractor()
        measure("extract (all seven lists, on main text)", bytes: textBytes, count: texts.count, seconds: seconds) {
            texts.reduce(0) { total, text in
                let facts = extractor.extract(from: text)
                return total + facts.directives.count + facts.figures.count + facts.dates.count + 1
            }
        }
        let analyzed = texts.map(AnalyzedText.init)
        let stages: [(String, @Sendable (AnalyzedText) -> Int)] = [
            ("  directives", { DirectiveExtractor().extract(from: $0).count }),
            ("  figures", { FigureExtractor().extract(from: $0).count }),
            ("  models", { ModelExtractor().extract(from: $0).count }),
            ("  dates", { DateExtractor().extract(from: $0).count }),
            ("  periods", { PeriodExtractor().extract(from: $0).count }),
            ("  people", { PersonExtractor().extract(from: $0).count }),
            ("  themes", { ThemeExtractor().extract(from: $0).count }),
        ]
        measure("  text analysis (NFC check, folding)", bytes: textBytes, count: texts.count, seconds: seconds / 3) {
            texts.reduce(0) { $0 + AnalyzedText($1).count }
        }
        for (name, stage) in stages {
            measure(name, bytes: textBytes, count: texts.count, seconds: seconds / 3, allowEmpty: true) {
                analyzed.reduce(0) { $0 + stage($1) }
            }
        }
        let processor = DocumentProcessor()
        let job: @Sendable (Int) -> Int = { index in
            let (file, bytes) = documents[index]
            if case .success = processor.process(bytes, uri: file.uri, mediaType: file.mediaType) { return 1 }
            return 0
        }
        measure("end to end, 1 core", bytes: totalBytes, count: documents.count, seconds: seconds) {
            (0..<documents.count).reduce(0) { $0 + job($1) }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        measure("end to end, \(cores) cores", bytes: totalBytes, count: documents.count, seconds: seconds) {
            let counter = Counter()
            DispatchQueue.concurrentPerform(iterations: documents.count) { counter.add(job($0)) }
            return counter.value
        }
    }

    /// Runs `body` repeatedly for about `seconds` and prints its throughput.
    static func measure(_ name: String, bytes: Int, count: Int, seconds: Double, allowEmpty: Bool = false,
                        _ body: () -> Int) {
        var rounds = 0
        var produced = 0
        let start = ContinuousClock.now
        var elapsed = 0.0
        repeat {
            produced = body()
            rounds += 1
            let (s, atto) = (ContinuousClock.now - start).components
            elapsed = Double(s) + Double(atto) / 1e18
        } while elapsed < seconds
        let mbps = Double(bytes * rounds) / 1_048_576 / elapsed
        let docs = Double(count * rounds) / elapsed
        let label = name.padding(toLength: 42, withPad: " ", startingAt: 0)
        print(label + String(format: " %8.2f MB/s %9.1f docs/s  (%d rounds, output %d)", mbps, docs, rounds, produced))
        if produced == 0 && !allowEmpty {
            print("error: \(name) produced nothing")
            exit(1)
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}
