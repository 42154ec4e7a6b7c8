import Foundation
import Extraction
import Markup
import Records
import VietnameseText

/// The stages a document goes through; a reject names the one that failed.
public enum Stage: String, Sendable, CaseIterable {
    case read, decode, parse, content, extract, serialize, sink
}

/// Time spent in each stage, summed over documents (CPU time of the workers, not wall time).
public struct StageTimes: Sendable, Equatable {
    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    public subscript(stage: Stage) -> Double {
        get { seconds[stage, default: 0] }
        set { seconds[stage] = newValue }
    }

    public static func += (lhs: inout StageTimes, rhs: StageTimes) {
        for (stage, value) in rhs.seconds { lhs[stage] += value }
    }

    /// "read 0.01 s, decode 0.10 s, …" in pipeline order, stages never entered left out.
    public var line: String {
        Stage.allCases.compactMap { stage in
            seconds[stage].map { String(format: "%@ %.2f s", stage.rawValue, $0) }
        }.joined(separator: ", ")
    }
}

/// Turns one document's bytes into a record or a reject: decode → parse and main text →
/// extract. Pure apart from the clock; safe to run on many documents at once.
public struct DocumentProcessor: Sendable {
    /// Documents larger than this are rejected unread (`too_large`).
    public var maxBytes: Int
    /// A document still in work after this long is rejected (`timeout`): the stages check
    /// their deadline as they go (the page walk, plain-text cleaning, each extractor's
    /// loops), so work is cut inside a stage too. nil means no budget.
    public var timeBudget: Duration?
    /// Limits of the PDF and image readers (pages, pixels).
    public var readerLimits: DocumentReaderLimits
    let extractor = FactExtractor()

    /// The kind of a document's reject when the run was interrupted while it was in work;
    /// such a document is not done, and the runner never writes it out.
    public static let interruptedKind = "interrupted"

    public init(maxBytes: Int = 32 << 20, timeBudget: Duration? = nil, readerLimits: DocumentReaderLimits = .init()) {
        self.maxBytes = maxBytes
        self.timeBudget = timeBudget
        self.readerLimits = readerLimits
    }

    /// The deadline of a document whose work starts now: ``timeBudget`` from now, ended
    /// early by `cancellation`.
    public func deadline(cancellation: Cancellation? = nil) -> Deadline {
        Deadline(after: timeBudget, cancellation: cancellation)
    }

    /// `declaredCharset` is the encoding the server (an HTTP `Content-Type` charset) or a
    /// portal's registry entry names; nil lets the bytes and the page's `<meta>` decide.
    /// `contentXPath` is a portal's hint naming the article container of its HTML pages.
    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType,
                        declaredCharset: String? = nil, contentXPath: String? = nil) -> Result<Record, Reject> {
        var times = StageTimes()
        return process(bytes, uri: uri, mediaType: mediaType, declaredCharset: declaredCharset,
                       contentXPath: contentXPath, times: &times)
    }

    /// Processes a document, adding the time of each stage to `times`. `deadline` (by
    /// default ``deadline(cancellation:)`` from now) ends the work: past it the document is
    /// a `timeout` reject, or an ``interruptedKind`` one when it was cancelled.
    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType, declaredCharset: String? = nil,
                        contentXPath: String? = nil, deadline: Deadline? = nil,
                        times: inout StageTimes) -> Result<Record, Reject> {
        let started = ContinuousClock.now
        let deadline = deadline ?? self.deadline()
        var source = SourceInfo(uri: uri, mediaType: mediaType.rawValue, encoding: nil, bytes: bytes.count)
        guard bytes.count <= maxBytes else {
            return .failure(Reject(source: source, kind: "too_large", stage: Stage.read.rawValue,
                                   message: "\(bytes.count) bytes exceeds the limit of \(maxBytes) bytes"))
        }
        if let format = BinaryFormat(sniffing: bytes) {
            return processBinary(bytes, format: format, source: source, started: started, deadline: deadline, times: &times)
        }
        var clock = started
        func finish(_ stage: Stage) -> Reject? {
            let now = ContinuousClock.now
            times[stage] += Runner.seconds(now - clock)
            clock = now
            guard deadline.hasPassed else { return nil }
            return timeout(in: stage)
        }
        func timeout(in stage: Stage) -> Reject {
            if deadline.isCancelled {
                return Reject(source: source, kind: Self.interruptedKind, stage: stage.rawValue,
                              message: "the run was interrupted during the \(stage.rawValue) stage")
            }
            let budget = timeBudget.map { ", over the budget of \(Runner.seconds($0)) s" } ?? ""
            return Reject(source: source, kind: "timeout", stage: stage.rawValue,
                          message: "still in work in the \(stage.rawValue) stage after \(Runner.seconds(ContinuousClock.now - started)) s\(budget)")
        }

        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, isHTML: mediaType == .html, declaredCharset: declaredCharset)
        } catch {
            _ = finish(.decode)
            return .failure(Reject(source: source, kind: error.kind, stage: Stage.decode.rawValue, message: error.description))
        }
        source.encoding = decoded.encoding
        if let timeout = finish(.decode) { return .failure(timeout) }
        let content: PageContent
        switch mediaType {
        case .html:
            if Self.isTruncatedHTML(bytes) {
                return .failure(Reject(source: source, kind: "truncated", stage: Stage.parse.rawValue,
                                       message: "the page opens <html> or <body> but ends before closing either: an incomplete download or copy"))
            }
            do {
                content = try ContentExtractor.html(decoded, contentXPath: contentXPath, deadline: deadline)
            } catch {
                if let timeout = finish(.content) { return .failure(timeout) }
                return .failure(Reject(source: source, kind: error.kind,
                                       stage: (error.kind == "empty" ? Stage.content : Stage.parse).rawValue, message: error.message))
            }
        case .text:
            content = ContentExtractor.plainText(decoded.text, deadline: deadline)
        }
        if let timeout = finish(.content) { return .failure(timeout) }
        guard !content.text.isEmpty else {
            return .failure(Reject(source: source, kind: "empty", stage: Stage.content.rawValue,
                                   message: "no main text found in the document"))
        }
        let facts = extractor.extract(from: AnalyzedText(content.text), before: deadline)
        if let timeout = finish(.extract) { return .failure(timeout) }
        guard let facts else { return .failure(timeout(in: .extract)) }
        var warnings: [RecordWarning] = []
        if content.published == nil {
            warnings.append(RecordWarning(.noDate, "no publication or document date found"))
        }
        return .success(Record(
            id: SHA256.hex(bytes), source: source, title: content.title, published: content.published,
            authors: content.authors, site: content.site, text: content.text, facts: facts, warnings: warnings))
    }

    /// True when a page opens `<html` or `<body` but closes neither: the bytes stop before
    /// the end of the page. A fragment with neither tag is not truncated. Byte scan, no parse.
    static func isTruncatedHTML(_ bytes: [UInt8]) -> Bool {
        let has = ByteSearch.containsIgnoringASCIICase
        // A whole page closes near its end: look there first, and read all only when not.
        let tail = bytes[max(0, bytes.count - 8192)...]
        if has(tail, "</html") || has(tail, "</body") { return false }
        let all = bytes[...]
        return (has(all, "<html") || has(all, "<body")) && !has(all, "</html") && !has(all, "</body")
    }
}
