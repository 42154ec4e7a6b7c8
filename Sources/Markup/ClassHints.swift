internal import CLibXML2
import VietnameseText

/// What an element's class and id say about it.
struct ClassHints {
    var weight = 0
    var removes = false
    /// Whether the strictest removal (``PageScan/Removal/full``) drops the element.
    var removesInFull = false
    var author = false
    var date = false

    /// Only this much of a class or id is read; longer values are junk or attacks.
    static let maximumChars = 200

    init(_ element: HTMLNode, removal: PageScan.Removal = .full) {
        self.init(ElementAttributes(element.pointer), removal: removal)
    }

    /// Reads `class` and `id`. ASCII values no longer than ``maximumChars`` are lower-cased
    /// as bytes; others go through String (Character prefix, Unicode lower-casing).
    init(_ attributes: ElementAttributes, removal: PageScan.Removal = .full) {
        let values = [attributes.classValue, attributes.id].compactMap { $0 }
        guard !values.isEmpty else { return }
        var bytes: [UInt8] = []
        var raw: String?
        if let ascii = Self.asciiLabel(values) {
            bytes = ascii
        } else {
            let label = values.map { $0.string.prefix(Self.maximumChars) }.joined(separator: " ").lowercased()
            bytes = Array(label.utf8)
            raw = label
        }
        guard !bytes.isEmpty else { return }
        let positive = HintTable.positive.matches(bytes)
        let strong = HintTable.strongNegative.matches(bytes)
        let weak = HintTable.weakNegative.matches(bytes)
        let tokenNegative = Self.hasNegativeToken(raw ?? String(decoding: bytes, as: UTF8.self), bytes)
        removesInFull = strong || tokenNegative || (weak && !positive)
        switch removal {
        case .full: removes = strong || tokenNegative || (weak && !positive)
        case .strongOnly: removes = strong || tokenNegative
        case .none: removes = false
        }
        weight = (positive ? 25 : 0) - (weak ? 25 : 0)
        author = HintTable.author.matches(bytes)
        date = HintTable.date.matches(bytes)
    }

    /// The values joined by a space and lower-cased, when all are ASCII bytes no longer than
    /// ``maximumChars`` (so the Character prefix keeps them whole); nil otherwise.
    private static func asciiLabel(_ values: [ElementAttributes.Value]) -> [UInt8]? {
        var label: [UInt8] = []
        for (index, value) in values.enumerated() {
            guard case .bytes(let bytes) = value, bytes.count <= maximumChars else { return nil }
            if index > 0 { label.append(0x20) }
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                label.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            }
        }
        return label
    }
}

extension ClassHints {
    /// Longest word of ``MarkupVocabulary/negativeTokens``.
    static let longestNegativeToken = MarkupVocabulary.negativeTokens.map(\.utf8.count).max() ?? 0

    /// True when a letters-and-digits word of `raw` is a negative token ("ad", "qc").
    /// ASCII values are split on their bytes, building a String only for words short enough
    /// to be a token; others go through Character properties.
    static func hasNegativeToken(_ raw: String, _ bytes: [UInt8]) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return raw.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .contains { MarkupVocabulary.negativeTokens.contains(String($0)) }
        }
        var start = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte { continue }
            let length = index - start
            if length > 0 && length <= longestNegativeToken,
               MarkupVocabulary.negativeTokens.contains(String(decoding: bytes[start..<index], as: UTF8.self)) {
                return true
            }
            start = index + 1
        }
        return false
    }
}

/// A list of class/id fragments searched as bytes (the hot path of the scan): one pass
/// over the haystack, trying at each byte only the fragments that start with it.
struct HintTable: Sendable {
    let fragments: [[UInt8]]
    /// Indexes into `fragments` by first byte.
    private let byFirstByte: [[Int]]

    init(_ words: [String]) {
        fragments = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var index = [[Int]](repeating: [], count: 256)
        for (position, fragment) in fragments.enumerated() { index[Int(fragment[0])].append(position) }
        byFirstByte = index
    }

    static let positive = HintTable(MarkupVocabulary.positiveHints)
    static let strongNegative = HintTable(MarkupVocabulary.strongNegativeHints)
    static let weakNegative = HintTable(MarkupVocabulary.weakNegativeHints)
    static let author = HintTable(MarkupVocabulary.authorHints)
    static let date = HintTable(MarkupVocabulary.dateHints)

    /// True when any fragment occurs in `haystack`.
    func matches(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for start in hay.indices {
                for candidate in byFirstByte[Int(hay[start])] {
                    let fragment = fragments[candidate]
                    guard fragment.count <= hay.count - start else { continue }
                    var offset = 1
                    while offset < fragment.count && hay[start + offset] == fragment[offset] { offset += 1 }
                    if offset == fragment.count { return true }
                }
            }
            return false
        }
    }
}

extension HTMLNode {
    /// A node view used only during a walk that its document outlives.
    init(_ pointer: xmlNodePtr, inUnowned: Void) {
        self.pointer = pointer
        self.document = nil
    }

    /// Attribute lookup without lower-casing the name.
    func rawAttribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { LibXML.release(value) }
        return String(cString: value)
    }

    /// True for elements hidden by `hidden` or an inline `display:none`/`visibility:hidden`.
    var isHidden: Bool { ElementAttributes(pointer).isHidden }
}

extension ElementAttributes {
    /// `hidden`, or an inline style (its first ``ClassHints/maximumChars`` characters,
    /// lower-cased, whitespace removed) with `display:none` or `visibility:hidden`.
    var isHidden: Bool {
        if hasHidden { return true }
        guard let style else { return false }
        let compact: String
        if case .bytes(let bytes) = style, bytes.count <= ClassHints.maximumChars, bytes.allSatisfy({ $0 < 0x80 }) {
            var ascii: [UInt8] = []
            ascii.reserveCapacity(bytes.count)
            for byte in bytes where !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                ascii.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            }
            compact = String(decoding: ascii, as: UTF8.self)
        } else {
            compact = style.string.prefix(ClassHints.maximumChars).lowercased().filter { !$0.isWhitespace }
        }
        return ByteSearch.contains(compact, "display:none") || ByteSearch.contains(compact, "visibility:hidden")
    }

    /// `itemprop` is `datePublished`, in any case.
    var isDatePublished: Bool {
        guard let itemprop else { return false }
        if case .bytes(let bytes) = itemprop {
            let expected = "datepublished".utf8
            guard bytes.count == expected.count, bytes.allSatisfy({ $0 < 0x80 }) else {
                return itemprop.string.lowercased() == "datepublished"
            }
            return zip(bytes, expected).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0) == $1 }
        }
        return itemprop.string.lowercased() == "datepublished"
    }
}
