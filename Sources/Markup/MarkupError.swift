/// Why a markup document could not be turned into page content.
public enum MarkupError: Error, Equatable, Sendable {
    /// The document is larger than ``HTMLDocument/maximumBytes``.
    case tooLarge(bytes: Int)
    /// libxml2 could not build a tree.
    case parse(reason: String)
    /// The document holds no readable text.
    case noContent
    /// An element with more attributes than ``HTMLPrescan/maximumAttributes``.
    case tooManyAttributes(limit: Int)
    /// The document's deadline passed while libxml2 was parsing it.
    case outOfTime

    /// The reject kind of the record contract.
    public var kind: String {
        switch self {
        case .tooLarge, .tooManyAttributes: "too_large"
        case .parse: "parse"
        case .noContent: "empty"
        case .outOfTime: "timeout"
        }
    }

    /// A one-line human-readable message.
    public var message: String {
        switch self {
        case .tooLarge(let bytes): "document of \(bytes) bytes exceeds the \(HTMLDocument.maximumBytes)-byte limit"
        case .parse(let reason): "HTML parse failed: \(reason)"
        case .noContent: "document has no readable text"
        case .tooManyAttributes(let limit):
            "an element has more than \(limit) attributes (the HTML parser's time grows with their square)"
        case .outOfTime: "the parse was still in work when the document's deadline passed"
        }
    }
}
