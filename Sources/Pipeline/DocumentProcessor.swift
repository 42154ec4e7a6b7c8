import Foundation
import Extraction
import Markup
import Records
import VietnameseText

/// Turns one document's bytes into a record or a reject: decode → content → extract.
/// Pure apart from the clock; safe to run on many documents at once.
public struct DocumentProcessor: Sendable {
    /// Documents larger than this are rejected unread (`too_large`).
    public var maxBytes: Int
    let extractor = FactExtractor()

    public init(maxBytes: Int = 32 << 20) {
        self.maxBytes = maxBytes
    }

    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType) -> Result<Record, Reject> {
        var source = SourceInfo(uri: uri, mediaType: mediaType.rawValue, encoding: nil, bytes: bytes.count)
        guard bytes.count <= maxBytes else {
            return .failure(Reject(source: source, kind: "too_large",
                                   message: "\(bytes.count) bytes exceeds the limit of \(maxBytes) bytes"))
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, isHTML: mediaType == .html)
        } catch {
            return .failure(Reject(source: source, kind: error.kind, message: error.description))
        }
        source.encoding = decoded.encoding
        let content: PageContent
        switch mediaType {
        case .html:
            do {
                content = try ContentExtractor.html(decoded.text)
            } catch {
                return .failure(Reject(source: source, kind: error.kind, message: "\(error)"))
            }
        case .text:
            content = ContentExtractor.plainText(decoded.text)
        }
        guard !content.text.isEmpty else {
            return .failure(Reject(source: source, kind: "empty", message: "no main text found in the document"))
        }
        let facts = extractor.extract(from: content.text)
        return .success(Record(
            id: SHA256.hex(bytes), source: source, title: content.title, published: content.published,
            authors: content.authors, site: content.site, text: content.text, facts: facts))
    }
}
