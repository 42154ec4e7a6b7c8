/// The stable codes a record's `warnings` carry, one row per thing a reader of the record
/// should know. A new doubt is one new case here, with the situation it names.
public enum WarningCode: String, CaseIterable, Sendable {
    /// Neither the page nor the document gave a date: `published` is null.
    case noDate = "no_date"
    /// The only date found was a portal's header or "today" line, not the article's dateline.
    case dateFromPortalHeader = "date_from_portal_header"
    /// The text was recognised by OCR; the message gives the engine's mean confidence.
    case ocr = "ocr"
    /// Text typed in a legacy Vietnamese font (TCVN3, VNI) was converted to Unicode.
    case legacyFont = "legacy_font"
    /// The text looks mis-decoded: replacement characters, or a PDF font without a Unicode map.
    case misDecoded = "mis_decoded"
    /// Some bytes could not be decoded in the detected encoding and were replaced.
    case decodedWithReplacements = "decoded_with_replacements"
    /// A limit cut the document; the record holds the part read (a PDF past `--max-pages`:
    /// its first pages). Limits that cannot leave a usable part reject the document instead.
    case cutByLimit = "cut_by_limit"
    /// Pages of a multi-page document could not be read; the message says which.
    case pagesUnreadable = "pages_unreadable"
}

/// One warning of a record: a stable code for queries and a message for people.
public struct RecordWarning: Sendable, Equatable, Hashable {
    public var code: WarningCode
    public var message: String

    public init(_ code: WarningCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var json: JSONValue {
        .object([("code", .string(code.rawValue)), ("message", .string(message))])
    }
}
