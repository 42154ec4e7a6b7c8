import Foundation
import Markup
import Records
import VietnameseText

extension DocumentProcessor {
    /// A PDF or an image: its reader (``PDFReader``, ``OCRReader``) gives the text in
    /// reading order, which then goes the way of plain text (header, title, date, main text)
    /// and on to the extractors. Reading counts as the `decode` stage.
    func processBinary(_ bytes: [UInt8], format: BinaryFormat, source: SourceInfo, registryProvince: String?,
                       started: ContinuousClock.Instant, deadline: Deadline, times: inout StageTimes) -> Result<Record, Reject> {
        var source = source
        source.mediaType = format.mediaType
        var clock = started
        func lap(_ stage: Stage) {
            let now = ContinuousClock.now
            times[stage] += Runner.seconds(now - clock)
            clock = now
        }
        func timeout(in stage: Stage) -> Reject {
            timeoutReject(source: source, stage: stage, started: started, deadline: deadline)
        }

        let read = format == .pdf
            ? PDFReader.read(bytes, limits: readerLimits, deadline: deadline)
            : OCRReader.read(bytes, format: format, limits: readerLimits, deadline: deadline)
        lap(.decode)
        let document: ReadDocument
        switch read {
        case .success(let value):
            document = value
        case .failure(let failure) where failure.kind == "timeout" || deadline.hasPassed:
            return .failure(timeout(in: failure.stage))
        case .failure(let failure):
            return .failure(Reject(source: source, kind: failure.kind, stage: failure.stage.rawValue, message: failure.message))
        }
        source.container = document.container
        source.fontEncoding = document.fontEncoding?.rawValue
        times.ocrPages += document.ocrPages
        if deadline.hasPassed { return .failure(timeout(in: .decode)) }

        let content = ContentExtractor.plainText(document.text, deadline: deadline)
        lap(.content)
        if deadline.hasPassed { return .failure(timeout(in: .content)) }
        guard !content.text.isEmpty else {
            return .failure(Reject(source: source, kind: "empty", stage: Stage.content.rawValue,
                                   message: "no text found in the \(format == .pdf ? "PDF" : "image")"))
        }
        let record = record(of: content, bytes: bytes, source: source, warnings: document.warnings,
                            registryProvince: registryProvince, deadline: deadline)
        lap(.extract)
        guard let record, !deadline.hasPassed else { return .failure(timeout(in: .extract)) }
        return .success(record)
    }
}
