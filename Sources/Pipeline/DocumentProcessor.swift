import Foundation
import Documents
import Extraction
import Markup
import Records
import VietnameseText

/// The stages a document goes through; a reject names the one that failed.
public enum Stage: String, Sendable, CaseIterable {
    case read, decode, parse, content, extract, serialize, sink

    /// The stage's place in ``allCases``.
    var index: Int {
        switch self {
        case .read: 0
        case .decode: 1
        case .parse: 2
        case .content: 3
        case .extract: 4
        case .serialize: 5
        case .sink: 6
        }
    }
}

/// Time spent in each stage, summed over documents (CPU time of the workers, not wall time),
/// and the pages that took the longest of them, OCR's.
public struct StageTimes: Sendable, Equatable {
    /// Seconds by ``Stage/index``, nil for a stage never entered. Not a `[Stage: Double]`:
    /// the first dictionary of that type in a process cost a scan of every protocol
    /// conformance of the binary (0.64 M instructions), and each document carries one.
    private var slots: [Double?] = [nil, nil, nil, nil, nil, nil, nil]
    /// Pages recognised by OCR (scans, images, PDF pages without a usable text layer).
    public var ocrPages = 0

    public init() {}

    /// The seconds spent in `stage`, nil when no document entered it.
    public func seconds(in stage: Stage) -> Double? { slots[stage.index] }

    public subscript(stage: Stage) -> Double {
        get { slots[stage.index] ?? 0 }
        set { slots[stage.index] = newValue }
    }

    public static func += (lhs: inout StageTimes, rhs: StageTimes) {
        for stage in Stage.allCases {
            if let value = rhs.slots[stage.index] { lhs[stage] += value }
        }
        lhs.ocrPages += rhs.ocrPages
    }

    /// "read 0.01 s, decode 0.10 s, …" in pipeline order, stages never entered left out.
    public var line: String {
        Stage.allCases.compactMap { stage in
            seconds(in: stage).map { "\(stage.rawValue) \(FixedPoint.text($0, digits: 2)) s" }
        }.joined(separator: ", ")
    }
}

/// Turns one document's bytes into a record or a reject: decode → parse and main text →
/// extract. Pure apart from the clock; safe to run on many documents at once.
public struct DocumentProcessor: Sendable {
    /// Documents larger than this are rejected unread (`too_large`).
    public var maxBytes: Int
    /// A document still in work after this long is rejected (`timeout`): the stages check
    /// their deadline as they go (libxml2's parse, the page walk, plain-text cleaning,
    /// each extractor's loops), so work is cut inside a stage too. nil means no budget.
    public var timeBudget: Duration?
    /// Limits on what an office document's archive may unpack (`too_large` past them).
    public var officeLimits = OfficeLimits()
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
    /// `registryProvince` is the province a portal's registry entry names; it wins over the
    /// one the document's header or the site name gives.
    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType,
                        declaredCharset: String? = nil, contentXPath: String? = nil,
                        registryProvince: String? = nil) -> Result<Record, Reject> {
        var times = StageTimes()
        return process(bytes, uri: uri, mediaType: mediaType, declaredCharset: declaredCharset,
                       contentXPath: contentXPath, registryProvince: registryProvince, times: &times)
    }

    /// Processes a document, adding the time of each stage to `times`. `deadline` (by
    /// default ``deadline(cancellation:)`` from now) ends the work: past it the document is
    /// a `timeout` reject, or an ``interruptedKind`` one when it was cancelled.
    /// `wordConversion` is what a batch conversion made of a Word 97–2003 document (`bytes`);
    /// without it such a document is converted on its own.
    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType, declaredCharset: String? = nil,
                        contentXPath: String? = nil, registryProvince: String? = nil, deadline: Deadline? = nil,
                        wordConversion: WordBinaryReader.Conversion? = nil,
                        times: inout StageTimes) -> Result<Record, Reject> {
        let started = ContinuousClock.now
        let deadline = deadline ?? self.deadline()
        var source = SourceInfo(uri: uri, mediaType: mediaType.rawValue, encoding: nil, bytes: bytes.count)
        guard bytes.count <= maxBytes else {
            return .failure(Reject(source: source, kind: "too_large", stage: Stage.read.rawValue,
                                   message: "\(bytes.count) bytes exceeds the limit of \(maxBytes) bytes"))
        }
        if let format = BinaryFormat(sniffing: bytes) {
            return processBinary(bytes, format: format, source: source, registryProvince: registryProvince,
                                 started: started, deadline: deadline, times: &times)
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
            timeoutReject(source: source, stage: stage, started: started, deadline: deadline)
        }

        var warnings: [RecordWarning] = []
        let content: PageContent
        let office: OfficeText?
        do {
            if !OfficeReader.isCompoundFile(bytes) {
                office = try OfficeReader.readArchive(bytes, limits: officeLimits)
            } else if let wordConversion {
                office = try WordBinaryReader.read(converted: wordConversion, limits: officeLimits)
            } else {
                office = try WordBinaryReader.read(bytes, limits: officeLimits, deadline: deadline)
            }
        } catch {
            if OfficeReader.isCompoundFile(bytes) { source.mediaType = OfficeContainer.doc.mediaType }
            if let late = finish(.parse) { return .failure(late) }
            return .failure(Reject(source: source, kind: error.kind, stage: Stage.parse.rawValue, message: error.message))
        }
        if let office {
            source.mediaType = office.container.mediaType
            source.container = office.container.rawValue
            var text = office.text
            if let encoding = office.fontEncoding {
                source.fontEncoding = encoding.rawValue
                let converted = office.convertedCharacters.values.reduce(0, +)
                warnings.append(RecordWarning(.legacyFont, "\(converted) characters in legacy Vietnamese fonts (\(office.legacyFontNames.joined(separator: ", "))) converted to Unicode"))
            } else if let encoding = LegacyText.detect(text) {
                text = LegacyText.convert(text, from: encoding)
                source.fontEncoding = encoding.rawValue
                warnings.append(Self.detectedWarning(encoding))
            }
            if let timeout = finish(.parse) { return .failure(timeout) }
            content = ContentExtractor.plainText(Normalization.nfc(text), deadline: deadline)
        } else {
            var decoded: DecodedText
            do {
                decoded = try TextDecoding.decode(bytes, isHTML: mediaType == .html, declaredCharset: declaredCharset)
            } catch {
                _ = finish(.decode)
                return .failure(Reject(source: source, kind: error.kind, stage: Stage.decode.rawValue, message: error.description))
            }
            if let legacy = Self.legacyText(bytes, decoded) {
                decoded = legacy.decoded
                source.fontEncoding = legacy.encoding.rawValue
                warnings.append(Self.detectedWarning(legacy.encoding))
            }
            source.encoding = decoded.encoding
            if let timeout = finish(.decode) { return .failure(timeout) }
            switch mediaType {
            case .html:
                if Self.isTruncatedHTML(bytes) {
                    return .failure(Reject(source: source, kind: "truncated", stage: Stage.parse.rawValue,
                                           message: "the page opens <html> or <body> but ends before closing either: an incomplete download or copy"))
                }
                do {
                    content = try ContentExtractor.html(decoded, contentXPath: contentXPath, deadline: deadline)
                } catch {
                    if let late = finish(.content) { return .failure(error == .outOfTime ? timeout(in: .parse) : late) }
                    return .failure(Reject(source: source, kind: error.kind,
                                           stage: (error.kind == "empty" ? Stage.content : Stage.parse).rawValue, message: error.message))
                }
            case .text:
                content = ContentExtractor.plainText(decoded.text, deadline: deadline)
            }
        }
        if let timeout = finish(.content) { return .failure(timeout) }
        guard !content.text.isEmpty else {
            return .failure(Reject(source: source, kind: "empty", stage: Stage.content.rawValue,
                                   message: "no main text found in the document"))
        }
        let record = record(of: content, bytes: bytes, source: source, warnings: warnings,
                            registryProvince: registryProvince, deadline: deadline)
        if let timeout = finish(.extract) { return .failure(timeout) }
        guard let record else { return .failure(timeout(in: .extract)) }
        return .success(record)
    }

    /// The record of a document's main text, whatever read it: an official document's header
    /// and signature block give its own title, date and signers; the facts are extracted with
    /// that date as the reference for dates without a year; the province comes from the
    /// registry, the header or the site. Nil when the deadline passed during extraction.
    public func record(of content: PageContent, bytes: [UInt8], source: SourceInfo, warnings: [RecordWarning],
                registryProvince: String?, deadline: Deadline) -> Record? {
        let reading = OfficialDocumentReader.reading(content.text)
        let document = reading?.document
        let title = document?.title ?? content.title
        let published = document?.date ?? content.published
        let analyzed = AnalyzedText(content.text)
        guard var facts = extractor.extract(from: analyzed, published: published, before: deadline) else { return nil }
        if let document { facts.addSigners(of: document, in: analyzed) }
        facts.addBylines(content.authors, in: analyzed)
        let province = Provinces.province(registry: registryProvince, headerLines: reading?.issuerLines ?? [],
                                          site: content.site, date: published)
        var warnings = warnings
        if published == nil {
            warnings.append(RecordWarning(.noDate, "no publication or document date found"))
        } else if document?.date == nil, content.publishedFromPortalHeader {
            warnings.append(RecordWarning(.dateFromPortalHeader,
                                          "published is the date of the portal's \"today\" header, the only date found: the day the page was shown, perhaps not the article's"))
        }
        return Record(
            id: SHA256.hex(bytes), source: source, title: title, published: published,
            authors: content.authors, site: content.site, text: content.text, facts: facts, document: document,
            province: province, warnings: warnings)
    }

    /// The reject of a document stopped in `stage` by its deadline: `timeout`, or
    /// ``interruptedKind`` when the run was cancelled.
    func timeoutReject(source: SourceInfo, stage: Stage, started: ContinuousClock.Instant, deadline: Deadline) -> Reject {
        if deadline.isCancelled {
            return Reject(source: source, kind: Self.interruptedKind, stage: stage.rawValue,
                          message: "the run was interrupted during the \(stage.rawValue) stage")
        }
        let budget = timeBudget.map { ", over the budget of \(Runner.seconds($0)) s" } ?? ""
        return Reject(source: source, kind: "timeout", stage: stage.rawValue,
                      message: "still in work in the \(stage.rawValue) stage after \(Runner.seconds(ContinuousClock.now - started)) s\(budget)")
    }

    /// Text without a font to say it, typed in a legacy Vietnamese encoding: a single-byte
    /// document (read as Windows-1258 or Latin-1 for want of better) whose bytes are TCVN3 or
    /// VNI, or Unicode text holding their Windows characters ("Häc tËp"); nil for any other.
    static func legacyText(_ bytes: [UInt8], _ decoded: DecodedText) -> (decoded: DecodedText, encoding: LegacyFontEncoding)? {
        switch decoded.encoding {
        case "windows-1258", "windows-1252", "iso-8859-1":
            guard let encoding = LegacyText.detect(singleByte: bytes, decodedAs: decoded.text) else { return nil }
            let text = Normalization.nfc(LegacyText.convert(singleByte: bytes, from: encoding))
            return (DecodedText(text: text, encoding: encoding == .tcvn3 ? "tcvn3" : "windows-1252"), encoding)
        case "utf-8", "utf-16le", "utf-16be":
            guard decoded.withUTF8({ LegacyText.mayBeLegacy(utf8: $0) }),
                  let encoding = LegacyText.detect(decoded.text) else { return nil }
            return (DecodedText(text: Normalization.nfc(LegacyText.convert(decoded.text, from: encoding)),
                                encoding: decoded.encoding), encoding)
        default:
            return nil
        }
    }

    static func detectedWarning(_ encoding: LegacyFontEncoding) -> RecordWarning {
        RecordWarning(.legacyFont, "no font named the encoding: the text reads as \(encoding == .tcvn3 ? "TCVN3 (ABC)" : "VNI") and was converted to Unicode")
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
