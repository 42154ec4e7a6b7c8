/// A document's text after byte decoding, with the encoding it was read in.
///
/// Valid NFC UTF-8 input is kept as its bytes: an HTML page goes to the parser without
/// ever becoming a Swift String (``withUTF8(_:)``); ``text`` makes the String on demand.
public struct DecodedText: Sendable, Equatable {
    enum Storage: Sendable {
        case string(String)
        /// Valid UTF-8 in NFC (as ``Normalization/nfc(_:)`` judges it).
        case utf8([UInt8])
    }

    let storage: Storage
    /// Canonical name of the encoding the bytes were read in: "utf-8", "utf-16le",
    /// "utf-16be", "windows-1258", "tcvn3", "viscii", "iso-8859-1", "windows-1252", "us-ascii".
    public let encoding: String

    public init(text: String, encoding: String) {
        self.storage = .string(text)
        self.encoding = encoding
    }

    /// `bytes` must be valid UTF-8 in NFC.
    init(validUTF8 bytes: [UInt8], encoding: String) {
        self.storage = .utf8(bytes)
        self.encoding = encoding
    }

    /// The decoded text, NFC.
    public var text: String {
        switch storage {
        case .string(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Calls `body` with the text's UTF-8 bytes, without copying them.
    public func withUTF8<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        // The standard library's `withUTF8` only rethrows untyped errors: carry the typed one out.
        func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Swift.Result<Result, Failure> {
            do throws(Failure) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        switch storage {
        case .string(var text): return try text.withUTF8(run).get()
        case .utf8(let bytes): return try bytes.withUnsafeBufferPointer(run).get()
        }
    }

    public static func == (lhs: DecodedText, rhs: DecodedText) -> Bool {
        lhs.encoding == rhs.encoding && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
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
