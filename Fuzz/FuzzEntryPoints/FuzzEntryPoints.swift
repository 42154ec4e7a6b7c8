import Extraction
import Foundation
import Markup
import Records
import VietnameseText

/// The code each fuzz target runs on one input, shared with the replay test of the committed
/// corpora (`Tests/FuzzReplayTests`). Each entry point returns the contract violations it
/// saw (empty when none); a fuzz target stops on the first, the replay test reports them.
/// A crash, hang or sanitizer report is the other kind of finding.
public enum FuzzEntryPoints {
    /// Declared charsets the decode and document targets try, chosen by the input's first byte:
    /// none, the ones BaoCao supports, an unsupported one, one that names nothing, and junk.
    static let charsets: [String?] = [
        nil, "utf-8", "windows-1258", "tcvn3", "viscii", "iso-8859-1", "utf-16", "vni", "x-unknown", "\u{0}utf-8 ",
        "UTF8", "windows-1252", "us-ascii", "utf-16le", "utf-16be", "",
    ]

    /// An input whose first byte picks how the rest is read: bit 0 HTML or plain text,
    /// bits 1–4 the declared charset (``charsets``).
    public struct Selected {
        public let isHTML: Bool
        public let declaredCharset: String?
        public let bytes: [UInt8]

        public init(_ input: [UInt8]) {
            let selector = input.first ?? 0
            isHTML = selector & 1 == 1
            declaredCharset = FuzzEntryPoints.charsets[Int(selector >> 1) % FuzzEntryPoints.charsets.count]
            bytes = Array(input.dropFirst())
        }
    }

    /// Byte decoding: `TextDecoding.decode` with and without a declared charset, and the
    /// `<meta>` charset sniffer. The text must be NFC.
    public static func decode(_ input: [UInt8]) -> [String] {
        let selected = Selected(input)
        _ = TextDecoding.sniffCharset(html: selected.bytes)
        guard let decoded = try? TextDecoding.decode(
            selected.bytes, isHTML: selected.isHTML, declaredCharset: selected.declaredCharset) else { return [] }
        var violations: [String] = []
        if !isNFC(decoded.text) { violations.append("decoded text (\(decoded.encoding)) is not NFC") }
        if decoded.encoding.isEmpty { violations.append("decoded text names no encoding") }
        return violations
    }

    /// HTML content and metadata: parse, main text, title, date, authors, site.
    public static func html(_ input: [UInt8]) -> [String] {
        guard let content = try? ContentExtractor.html(String(decoding: input, as: UTF8.self)) else { return [] }
        return pageViolations(content)
    }

    /// Plain-text cleaning.
    public static func plainText(_ input: [UInt8]) -> [String] {
        pageViolations(ContentExtractor.plainText(String(decoding: input, as: UTF8.self)))
    }

    /// Extraction over NFC text (what the pipeline hands the extractor); every mention must
    /// lie inside the text.
    public static func extract(_ input: [UInt8]) -> [String] {
        let text = Normalization.nfc(String(decoding: input, as: UTF8.self))
        return factViolations(FactExtractor().extract(from: text), text: text)
    }

    /// What a `PageContent` promises: the date in one of the two ISO shapes.
    public static func pageViolations(_ content: PageContent) -> [String] {
        publishedViolations(content.published)
    }

    /// A publication date in one of the two ISO shapes of the contract, or none.
    public static func publishedViolations(_ published: String?) -> [String] {
        guard let published, !isISODate(published) else { return [] }
        return ["published \(published.debugDescription) is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+07:00"]
    }

    /// Every mention a half-open range inside `text`, in code points.
    public static func factViolations(_ facts: Facts, text: String) -> [String] {
        let length = text.unicodeScalars.count
        let mentions: [(String, [Mention])] =
            facts.directives.map { ("directive", $0.mentions) } + facts.figures.map { ("figure", $0.mentions) }
            + facts.models.map { ("model", $0.mentions) } + facts.dates.map { ("date", $0.mentions) }
            + facts.periods.map { ("period", $0.mentions) } + facts.people.map { ("person", $0.mentions) }
            + facts.themes.map { ("theme", $0.mentions) }
        return mentions.flatMap { kind, list in
            list.filter { !(0 <= $0.start && $0.start <= $0.end && $0.end <= length) }
                .map { "\(kind) mention \($0.start)..<\($0.end) outside the text of \(length) code points" }
        }
    }

    static func isNFC(_ text: String) -> Bool {
        Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars)
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+07:00` (any offset), digits where digits belong.
    static func isISODate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { (0x30...0x39).contains(bytes[$0]) } }
        guard bytes.count == 10 || bytes.count == 25, digits(0..<4), bytes[4] == 0x2D, digits(5..<7),
              bytes[7] == 0x2D, digits(8..<10) else { return false }
        if bytes.count == 10 { return true }
        return bytes[10] == 0x54 && digits(11..<13) && bytes[13] == 0x3A && digits(14..<16) && bytes[16] == 0x3A
            && digits(17..<19) && (bytes[19] == 0x2B || bytes[19] == 0x2D) && digits(20..<22) && bytes[22] == 0x3A
            && digits(23..<25)
    }
}
