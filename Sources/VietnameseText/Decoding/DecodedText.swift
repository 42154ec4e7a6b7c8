/// A document's text after byte decoding, with the encoding it was read in.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, NFC.
    public let text: String
    /// Canonical name of the encoding the bytes were read in: "utf-8", "utf-16le",
    /// "utf-16be", "windows-1258", "tcvn3", "viscii", "iso-8859-1", "windows-1252", "us-ascii".
    public let encoding: String

    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

/// Why a document's bytes could not be turned into text.
public enum DecodingError: Error, Equatable, CustomStringConvertible {
    /// No bytes, or only whitespace.
    case empty
    /// The bytes are not text (a file signature, NUL bytes, many control bytes).
    case binary(reason: String)
    /// The bytes are not valid in the encoding they were declared in; `offset` is the
    /// index of the first offending byte.
    case invalid(encoding: String, offset: Int)
    /// The declared charset is not one this decoder can read.
    case unsupported(charset: String)

    /// The reject's `error.kind`: "empty", "binary" or "decode".
    public var kind: String {
        switch self {
        case .empty: "empty"
        case .binary: "binary"
        case .invalid, .unsupported: "decode"
        }
    }

    public var description: String {
        switch self {
        case .empty: "document is empty or whitespace only"
        case .binary(let reason): "document is not text: \(reason)"
        case .invalid(let encoding, let offset): "invalid \(encoding) byte sequence at offset \(offset)"
        case .unsupported(let charset): "unsupported charset \"\(charset)\""
        }
    }
}
