import Dispatch
import Documents
import Foundation
import WARC
import Logging
import Markup
import Records
import VietnameseText

/// Counts and timing of one run.
public struct RunSummary: Sendable, Equatable {
    public var documents = 0
    public var records = 0
    public var rejects = 0
    public var rejectsByKind: [String: Int] = [:]
    /// Warnings of the records written, by code (`no_date`, `cut_by_limit`, …).
    public var warningsByCode: [String: Int] = [:]
    public var bytes = 0
    public var elapsed: Double = 0
    /// Worker time per stage, summed over documents.
    public var stageTimes = StageTimes()
    /// Documents done by an earlier, interrupted run of the same command and skipped now.
    public var resumedAfter = 0
    /// True when the run stopped early on request (Ctrl-C); rerunning finishes it.
    public var interrupted = false
    /// Documents, records and rejects alike, by what held their text: `html`, `text`,
    /// `docx`, `odt`, `doc`, `pdf`, `pdf-ocr`, `image-ocr`, or the media type's family
    /// (`pdf`, `image`, `office`) for a reject read no further.
    public var documentsByContainer: [String: Int] = [:]

    public init() {}

    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytes) / 1_048_576 / elapsed : 0 }
    public var documentsPerSecond: Double { elapsed > 0 ? Double(documents) / elapsed : 0 }

    /// "12 documents, 11 records, 1 reject, 0.84 s, 4.21 MB/s, 14.3 docs/s"
    public var line: String {
        func counted(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(counted(documents, "document")), \(counted(records, "record")), \(counted(rejects, "reject")), "
            + "\(FixedPoint.text(elapsed, digits: 2)) s, \(FixedPoint.text(megabytesPerSecond, digits: 2)) MB/s, "
            + "\(FixedPoint.text(documentsPerSecond, digits: 1)) docs/s"
    }

    /// Pages recognised by OCR.
    public var ocrPages: Int { stageTimes.ocrPages }

    /// "docx 3, html 2, pdf-ocr 1; 4 pages by OCR", most frequent first; the OCR part only
    /// when there were such pages.
    public var containersLine: String {
        let counts = documentsByContainer.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        let ocr = ocrPages > 0 ? "; \(ocrPages) page\(ocrPages == 1 ? "" : "s") by OCR" : ""
        return counts.joined(separator: ", ") + ocr
    }

    /// The summary's figures as JSON (`--summary-json`): counts, rejects by kind, warnings by
    /// code, documents by container, seconds and worker seconds by stage.
    public var json: JSONValue {
        .object([
            ("documents", .number(Double(documents))), ("records", .number(Double(records))),
            ("rejects", .number(Double(rejects))),
            ("rejects_by_kind", .object(rejectsByKind.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })),
            ("warnings_by_code", .object(warningsByCode.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })),
            ("bytes", .number(Double(bytes))), ("seconds", .number(elapsed)),
            ("stage_seconds", .object(Stage.allCases.compactMap { stage in
                stageTimes.seconds(in: stage).map { (stage.rawValue, .number($0)) }
            })),
            ("resumed_after", .number(Double(resumedAfter))), ("interrupted", .bool(interrupted)),
            ("documents_by_container", .object(documentsByContainer.sorted { $0.key < $1.key }.map { ($0.key, .number(Double($0.value))) })),
            ("ocr_pages", .number(Double(ocrPages))),
        ])
    }

    /// "decode 2, empty 1", most frequent first.
    public var rejectsLine: String { Self.countsLine(rejectsByKind) }

    /// "no_date 3, cut_by_limit 1", most frequent first.
    public var warningsLine: String { Self.countsLine(warningsByCode) }

    static func countsLine(_ counts: [String: Int]) -> String {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// The source's container, or a name for its media type when no reader named one.
    static func container(of source: SourceInfo) -> String {
        if let container = source.container { return container }
        switch source.mediaType {
        case "text/html", "application/xhtml+xml": return "html"
        case "text/plain": return "text"
        case "application/pdf": return "pdf"
        case let type where type.hasPrefix("image/"): return "image"
        case let type where type.hasPrefix("application/vnd.") || type == "application/msword": return "office"
        default: return "other"
        }
    }

    mutating func count(_ outcome: Runner.Outcome) {
        documents += 1
        bytes += outcome.bytes
        stageTimes += outcome.times
        switch outcome.result {
        case .record(let record, _):
            records += 1
            documentsByContainer[Self.container(of: record.source), default: 0] += 1
            for warning in record.warnings { warningsByCode[warning.code.rawValue, default: 0] += 1 }
        case .reject(let reject):
            rejects += 1
            rejectsByKind[reject.kind, default: 0] += 1
            documentsByContainer[Self.container(of: reject.source), default: 0] += 1
        }
    }
}

/// Reads and processes documents on all cores and hands results to the sinks in input
/// order, so the same input always gives the same output. Workers take the next document
/// as soon as they are free (no batch barrier: a slow document holds back only the
/// sinks, never the other workers), and at most ``window`` documents are in flight or
/// waiting for their turn at the sinks, so memory stays bounded by the window, not the
/// corpus or the stream.
public struct Runner: Sendable {
    public var processor: DocumentProcessor
    /// Worker threads; defaults to the number of active cores.
    public var jobs: Int
    /// Documents between two checkpoints (`batchDone`).
    public var batchSize: Int
    /// Documents claimed by workers but not yet taken by the sinks, at most.
    public var window: Int
    /// Ends the run early, inside a document too (SIGINT, SIGTERM): documents not finished
    /// then are not written, so a rerun resumes with them.
    public var cancellation: Cancellation?

    public init(processor: DocumentProcessor = DocumentProcessor(),
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int? = nil,
                window: Int? = nil, cancellation: Cancellation? = nil) {
        self.processor = processor
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize ?? max(8, self.jobs * 16))
        self.window = max(self.jobs, window ?? max(16, self.jobs * 32))
        self.cancellation = cancellation
    }

    /// One document's result, serialised by the worker that made it.
    public struct Outcome: Sendable {
        public enum Result: Sendable {
            /// The record and its JSON line's UTF-8 (without the newline): writers take bytes,
            /// so the line is never made a String.
            case record(Record, line: [UInt8])
            case reject(Reject)
        }

        public var file: SourceFile
        public var bytes: Int
        public var times: StageTimes
        public var result: Result
    }

    /// Processes `files[start...]`, calling `emit` on the calling thread for each document in
    /// input order and `batchDone` after every ``batchSize`` documents and at the end with the
    /// number of documents done so far (counting from the start of `files`). `shouldStop` is
    /// asked while the sinks wait; once it says so no new document is started and the run
    /// ends after the documents in work. A cancelled ``cancellation`` cuts the documents in
    /// work too: the run ends after the documents done before the first unfinished one. An
    /// error thrown by `emit` or `batchDone` stops the run and is rethrown.
    public func run(_ files: [SourceFile], from start: Int = 0, logger: Logger? = nil, progress: Progress? = nil,
                    shouldStop: () -> Bool = { false },
                    emit: (Outcome) throws -> Void, batchDone: (Int) throws -> Void = { _ in }) throws -> RunSummary {
        let source = ListSource(files, from: start)
        let processor = processor
        let cancellation = cancellation
        let wordBatches = WordBatches(files: files, processor: processor, cancellation: cancellation)
        return try stream(next: { source.next() },
                          work: { Self.read($0.file, with: processor, cancellation: cancellation, wordBatches: wordBatches, index: $0.index) },
                          resumedAfter: start, total: files.count, logger: logger, progress: progress,
                          shouldStop: shouldStop, emit: emit, batchDone: batchDone)
    }

    /// The streaming core: `next` is called on worker threads, one call at a time, until it
    /// returns nil (the end of the inputs, or a cut by cancellation); `work` turns an input
    /// into its outcome on a worker thread, or nil when cancelled inside it. `idle` is called
    /// on the calling thread when the next outcome is not ready yet (flush a stream then).
    /// `total`, when known, is the number of inputs counting the `resumedAfter` skipped ones.
    func stream<Input>(next: @escaping @Sendable () -> Input?, work: @escaping @Sendable (Input) -> Outcome?,
                       resumedAfter: Int = 0, total: Int? = nil, logger: Logger? = nil, progress: Progress? = nil,
                       shouldStop: () -> Bool = { false }, idle: () throws -> Void = {},
                       emit: (Outcome) throws -> Void, batchDone: (Int) throws -> Void = { _ in }) throws -> RunSummary {
        let clock = ContinuousClock.now
        var summary = RunSummary()
        summary.resumedAfter = resumedAfter
        let queue = OrderedQueue<Input>(window: window, next: next, work: work, cancellation: cancellation)
        queue.start(workers: jobs)
        defer { queue.stop() }
        var sinceCheckpoint = 0
        func checkpoint() throws {
            let done = resumedAfter + summary.documents
            try batchDone(done)
            progress?.update(done: done, total: total ?? done, bytes: summary.bytes, rejects: summary.rejects)
            sinceCheckpoint = 0
        }
        while true {
            var taken = queue.take(waiting: false, shouldStop: shouldStop)
            if case .notReady = taken {
                try idle()
                taken = queue.take(waiting: true, shouldStop: shouldStop)
            }
            guard case .outcome(let outcome) = taken else {
                if case .interrupted = taken { summary.interrupted = true }
                break
            }
            summary.count(outcome)
            if case .reject(let reject) = outcome.result {
                logger?.warning("rejected \(reject.source.uri): \(reject.kind) at \(reject.stage ?? "?"): \(reject.message)")
            } else {
                logger?.debug("\(outcome.file.uri): record")
            }
            try emit(outcome)
            sinceCheckpoint += 1
            if sinceCheckpoint >= batchSize { try checkpoint() }
        }
        if sinceCheckpoint > 0 { try checkpoint() }
        progress?.finish()
        summary.elapsed = Self.seconds(ContinuousClock.now - clock)
        return summary
    }

    /// Processes `files`, calling `record` and `reject` on the calling thread in input order.
    public func run(_ files: [SourceFile], logger: Logger? = nil,
                    record: (Record) throws -> Void, reject: (Reject) throws -> Void) throws -> RunSummary {
        try run(files, logger: logger, emit: { outcome in
            switch outcome.result {
            case .record(let value, _): try record(value)
            case .reject(let value): try reject(value)
            }
        })
    }

    /// One document's outcome; nil when the run was cancelled before it was done. A Word
    /// 97–2003 document is converted with others of `wordBatches` (`index` is its place there).
    static func read(_ file: SourceFile, with processor: DocumentProcessor, cancellation: Cancellation? = nil,
                     wordBatches: WordBatches? = nil, index: Int = 0) -> Outcome? {
        var times = StageTimes()
        let started = ContinuousClock.now
        let deadline = processor.deadline(cancellation: cancellation)
        if let problem = file.problem {
            return Outcome(file: file, bytes: 0, times: times, result: .reject(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: 0),
                kind: problem.kind, stage: Stage.read.rawValue, message: problem.message)))
        }
        if let archived = file.archived {
            return readArchived(file, archived, with: processor, deadline: deadline, times: &times, started: started)
        }
        let bytes: [UInt8]
        // Standard input may come slowly from a producer: only cancellation ends its read.
        switch FileBytes.read(file.location, limit: file.isStandardInput ? nil : processor.maxBytes,
                              deadline: file.isStandardInput ? Deadline(instant: nil, cancellation: cancellation) : deadline) {
        case .success(let read):
            bytes = read
        case .failure(.deadline):
            if deadline.isCancelled { return nil }
            return Outcome(file: file, bytes: 0, times: times, result: .reject(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: 0),
                kind: "timeout", stage: Stage.read.rawValue,
                message: "nothing more to read from \(file.path) after \(seconds(ContinuousClock.now - started)) s: a pipe or device with no end in time")))
        case .failure(.tooLarge(let size)):
            return Outcome(file: file, bytes: size, times: times, result: .reject(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: size),
                kind: "too_large", stage: Stage.read.rawValue,
                message: "\(size) bytes exceeds the limit of \(processor.maxBytes) bytes")))
        case .failure(.system(let code)):
            return Outcome(file: file, bytes: 0, times: times, result: .reject(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: 0),
                kind: "io", stage: Stage.read.rawValue,
                message: "cannot read \(file.path): \(FileBytes.reason(code))")))
        }
        times[.read] += seconds(ContinuousClock.now - started)
        var conversion: WordBinaryReader.Conversion?
        var budgeted = deadline
        if let wordBatches, OfficeReader.isCompoundFile(bytes) {
            conversion = wordBatches.conversion(ofFileAt: index, times: &times)
            if deadline.isCancelled { return nil }
            // A batch has a budget of its own: the document's starts once its batch has ended.
            budgeted = processor.deadline(cancellation: cancellation)
        }
        return outcome(of: bytes, from: file, with: processor, deadline: budgeted, wordConversion: conversion, times: times)
    }

    /// The outcome of bytes already read for `file`; nil when cancelled inside the document.
    static func outcome(of bytes: [UInt8], from file: SourceFile, with processor: DocumentProcessor,
                        deadline: Deadline, wordConversion: WordBinaryReader.Conversion? = nil,
                        times: StageTimes = StageTimes()) -> Outcome? {
        var times = times
        let mediaType = file.sniffsContent && HTMLSniffer.isHTML(bytes.prefix(HTMLSniffer.headerLength)) ? .html : file.mediaType
        switch processor.process(bytes, uri: file.uri, mediaType: mediaType, deadline: deadline,
                                 wordConversion: wordConversion, times: &times) {
        case .success(let record):
            let serializing = ContinuousClock.now
            let line = record.jsonLine
            times[.serialize] += seconds(ContinuousClock.now - serializing)
            return Outcome(file: file, bytes: bytes.count, times: times, result: .record(record, line: line))
        case .failure(let reject):
            if reject.kind == DocumentProcessor.interruptedKind { return nil }
            return Outcome(file: file, bytes: bytes.count, times: times, result: .reject(reject))
        }
    }

    /// A response kept in a WARC file: its payload, with the charset its headers named.
    static func readArchived(_ file: SourceFile, _ archived: SourceFile.Archived, with processor: DocumentProcessor,
                             deadline: Deadline, times: inout StageTimes, started: ContinuousClock.Instant) -> Outcome? {
        let bytes: [UInt8]
        do {
            let record = try WARCReader.record(atPath: file.path, archived.record)
            guard let message = HTTPMessage(record.block) else { throw WARCError("\(file.path): a response record without HTTP headers") }
            bytes = message.body
        } catch {
            return Outcome(file: file, bytes: 0, times: times, result: .reject(Reject(
                source: SourceInfo(uri: file.uri, mediaType: file.mediaType.rawValue, encoding: nil, bytes: 0),
                kind: "io", stage: Stage.read.rawValue, message: "cannot read \(file.uri) from \(file.path): \(error)")))
        }
        let mediaType = file.sniffsContent && HTMLSniffer.isHTML(bytes.prefix(HTMLSniffer.headerLength)) ? .html : file.mediaType
        times[.read] += seconds(ContinuousClock.now - started)
        switch processor.process(bytes, uri: file.uri, mediaType: mediaType, declaredCharset: archived.charset,
                                 deadline: deadline, times: &times) {
        case .success(var record):
            record.source.fetchedAt = archived.fetchedAt
            return Outcome(file: file, bytes: bytes.count, times: times, result: .record(record, line: record.jsonLine))
        case .failure(var reject):
            if reject.kind == DocumentProcessor.interruptedKind { return nil }
            reject.source.fetchedAt = archived.fetchedAt
            return Outcome(file: file, bytes: bytes.count, times: times, result: .reject(reject))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

