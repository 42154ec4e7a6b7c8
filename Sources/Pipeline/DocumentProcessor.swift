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

    /// `declaredCharset` is the encoding the server (an HTTP `Content-Type` charset) or a
    /// portal's registry entry names; nil lets the bytes and the page's `<meta>` decide.
    /// `contentXPath` is a portal's hint naming the article container of its HTML pages.
    public func process(_ bytes: [UInt8], uri: String, mediaType: MediaType,
                        declaredCharset: String? = nil, contentXPath: String? = nil) -> Result<Record, Reject> {
        var source = SourceInfo(uri: uri, mediaType: mediaType.rawValue, encoding: nil, bytes: bytes.count)
        guard bytes.count <= maxBytes else {
            return .failure(Reject(source: source, kind: "too_large",
                                   message: "\(bytes.count) bytes exceeds the limit of \(maxBytes) bytes"))
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, isHTML: mediaType == .html, declaredCharset: declaredCharset)
        } catch {
            return .failure(Reject(source: source, kind: error.kind, message: error.description))
        }
        source.encoding = decoded.encoding
        let content: PageContent
        switch mediaType {
        case .html:
            if Self.isTruncatedHTML(bytes) {
                return .failure(Reject(source: source, kind: "truncated",
                                       message: "the page opens <html> or <body> but ends before closing either: an incomplete download or copy"))
            }
            do {
                content = try ContentExtractor.html(decoded.text, contentXPath: contentXPath)
            } catch {
                return .failure(Reject(source: source, kind: error.kind, message: error.message))
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

    /// True when a page opens `<html` or `<body` but closes neither: the bytes stop before
    /// the end of the page. A fragment with neither tag is not truncated. Byte scan, no parse.
    static func isTruncatedHTML(_ bytes: [UInt8]) -> Bool {
        let opensPage = contains(bytes, "<html") || contains(bytes, "<body")
        return opensPage && !contains(bytes, "</html") && !contains(bytes, "</body")
    }

    /// Case-insensitive search for an ASCII needle (lower-case) in bytes.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard pattern.count <= bytes.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            var offset = 0
            while offset < pattern.count {
                var byte = bytes[index + offset]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != pattern[offset] { break }
                offset += 1
            }
            if offset == pattern.count { return true }
            index += 1
        }
        return false
    }
}
