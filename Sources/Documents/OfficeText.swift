import Foundation
import VietnameseText

/// The kinds of office document BaoCao reads, told apart by their bytes.
public enum OfficeContainer: String, Sendable, CaseIterable {
    /// Word 2007 and later (Office Open XML): a ZIP whose `[Content_Types].xml` names a
    /// WordprocessingML main document.
    case docx
    /// OpenDocument text: a ZIP whose `mimetype` entry is `application/vnd.oasis.opendocument.text`.
    case odt
    /// Word 97–2003: an OLE2 compound file, converted by LibreOffice (`antiword` when it is missing).
    case doc

    /// The media type of the container.
    public var mediaType: String {
        switch self {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .doc: "application/msword"
        }
    }
}

/// The text of an office document: its paragraphs in reading order (table cells one by
/// one, text boxes after the paragraph that holds them; running headers, footers, page
/// numbers, footnotes, comments and deleted text left out), with legacy-font runs
/// converted to Unicode.
public struct OfficeText: Sendable, Equatable {
    public var container: OfficeContainer
    /// One entry per paragraph; a line break inside a paragraph is "\n".
    public var paragraphs: [String]
    /// Characters converted from each legacy encoding, by the fonts of their runs.
    public var convertedCharacters: [LegacyFontEncoding: Int]
    /// The legacy fonts whose runs were converted, sorted.
    public var legacyFontNames: [String]

    public init(container: OfficeContainer, paragraphs: [String],
                convertedCharacters: [LegacyFontEncoding: Int] = [:], legacyFontNames: [String] = []) {
        self.container = container
        self.paragraphs = paragraphs
        self.convertedCharacters = convertedCharacters
        self.legacyFontNames = legacyFontNames
    }

    /// The paragraphs, one a line.
    public var text: String {
        paragraphs.joined(separator: "\n")
    }

    /// The legacy encoding most of the converted text was in, or nil when none was converted.
    public var fontEncoding: LegacyFontEncoding? {
        convertedCharacters.filter { $0.value > 0 }.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key
    }
}

/// Limits that keep a hostile archive (a "zip bomb") from taking the machine.
public struct OfficeLimits: Sendable, Equatable {
    /// The most bytes read out of the archive, all parts together.
    public var maxUncompressedBytes: Int
    /// The most entries an archive may list.
    public var maxEntries: Int

    public init(maxUncompressedBytes: Int = 64 << 20, maxEntries: Int = 10_000) {
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxEntries = maxEntries
    }
}

/// Why an office document could not be read.
public struct OfficeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reject kind: `too_large` (a limit of ``OfficeLimits``), `parse` (a damaged
    /// archive or part), `converter` (the external converter is missing or failed).
    public var kind: String
    public var message: String

    public init(kind: String, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func parse(_ message: String) -> OfficeError { OfficeError(kind: "parse", message: message) }
}

/// Gathers paragraphs and counts what legacy fonts converted.
struct ParagraphCollector {
    var paragraphs: [String] = []
    var converted: [LegacyFontEncoding: Int] = [:]
    var fontNames: Set<String> = []

    /// Adds a paragraph's text, its spaces and tabs tidied, unless it is blank.
    mutating func add(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
        }
        let joined = lines.filter { !$0.isEmpty }.joined(separator: "\n")
        if !joined.isEmpty { paragraphs.append(joined) }
    }

    /// `text` typed in the font `fontName`, converted when the font is a legacy one.
    mutating func decode(_ text: String, fontName: String?) -> String {
        guard let fontName, let font = LegacyFont(fontName: fontName) else {
            return text.replacingSoftHyphens
        }
        let decoded = font.decode(text)
        let count = decoded.unicodeScalars.count { !$0.isASCII }
        if count > 0 {
            converted[font.encoding, default: 0] += count
            fontNames.insert(fontName)
        }
        return decoded
    }

    func result(_ container: OfficeContainer) -> OfficeText {
        OfficeText(container: container, paragraphs: paragraphs, convertedCharacters: converted,
                   legacyFontNames: fontNames.sorted())
    }
}

extension String {
    /// Soft hyphens (U+00AD) left out: they only mark where a word may break.
    fileprivate var replacingSoftHyphens: String {
        unicodeScalars.contains("\u{AD}") ? String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\u{AD}" })) : self
    }
}
