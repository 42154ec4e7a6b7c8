import Dispatch
import Foundation
import Logging
import Records

/// Counts and timing of one run.
public struct RunSummary: Sendable, Equatable {
    public var documents = 0
    public var records = 0
    public var rejects = 0
    public var bytes = 0
    public var elapsed: Double = 0

    public init() {}

    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytes) / 1_048_576 / elapsed : 0 }
    public var documentsPerSecond: Double { elapsed > 0 ? Double(documents) / elapsed : 0 }

    /// "12 documents, 11 records, 1 reject, 0.84 s, 4.21 MB/s, 14.3 docs/s"
    public var line: String {
        let rejectWord = rejects == 1 ? "reject" : "rejects"
        return "\(documents) documents, \(records) records, \(rejects) \(rejectWord), "
            + String(format: "%.2f s, %.2f MB/s, %.1f docs/s", elapsed, megabytesPerSecond, documentsPerSecond)
    }
}

/// Reads and processes documents on all cores in bounded batches and hands results to
/// the sinks in input order, so memory stays bounded by the batch, not the corpus.
public struct Runner: Sendable {
    public var processor: DocumentProcessor
    /// Worker threads; defaults to the number of active cores.
    public var jobs: Int
    /// Documents in flight per batch.
    public var batchSize: Int

    public init(processor: DocumentProcessor = DocumentProcessor(),
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int? = nil) {
        self.processor = processor
        self.jobs = max(1, jobs)
        self.batchSize = batchSize ?? max(8, self.jobs * 16)
    }

    /// Processes `files`, calling `record` and `reject` on the calling thread in input
    /// order. A sink error stops the run and is rethrown.
    public func run(_ files: [SourceFile], logger: Logger? = nil,
                    record: (Record) throws -> Void, reject: (Reject) throws -> Void) throws -> RunSummary {
        let clock = ContinuousClock.now
        var summary = RunSummary()
        var lastProgress = ContinuousClock.now
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            let results = processBatch(batch)
            for result in results {
                summary.documents += 1
                summary.bytes += result.bytes
                switch result.outcome {
                case .success(let value):
                    summary.records += 1
                    try record(value)
                case .failure(let value):
                    summary.rejects += 1
                    logger?.warning("rejected \(value.source.uri): \(value.kind): \(value.message)")
                    try reject(value)
                }
            }
            start += batch.count
            if let logger, ContinuousClock.now - lastProgress > .seconds(2) {
                lastProgress = ContinuousClock.now
                logger.info("progress: \(summary.documents)/\(files.count) documents, \(summary.rejects) rejects")
            }
        }
        summary.elapsed = Self.seconds(ContinuousClock.now - clock)
        return summary
    }

    struct Outcome: Sendable {
        var bytes: Int
        var outcome: Result<Record, Reject>
    }

    func processBatch(_ batch: [SourceFile]) -> [Outcome] {
        let slots = ResultSlots(count: batch.count)
        let processor = processor
        let workers = min(jobs, batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < batch.count {
                slots.set(index, Self.read(batch[index], with: processor))
                index += workers
            }
        }
        return slots.values()
    }

    static func read(_ file: SourceFile, with processor: DocumentProcessor) -> Outcome {
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file.path))
            defer { try? handle.close() }
            let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
            if size > processor.maxBytes {
                return Outcome(bytes: size, outcome: .failure(Reject(
                    source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: size),
                    kind: "too_large", message: "\(size) bytes exceeds the limit of \(processor.maxBytes) bytes")))
            }
            try handle.seek(toOffset: 0)
            bytes = [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            return Outcome(bytes: 0, outcome: .failure(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: 0),
                kind: "io", message: "cannot read \(file.path): \(error.localizedDescription)")))
        }
        return Outcome(bytes: bytes.count, outcome: processor.process(bytes, uri: file.uri, mediaType: file.mediaType))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Per-index result storage written by concurrent workers, each index exactly once.
final class ResultSlots: @unchecked Sendable {
    private var storage: [Runner.Outcome?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Runner.Outcome) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Runner.Outcome] {
        storage.compactMap { $0 }
    }
}
