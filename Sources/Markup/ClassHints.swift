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
    var label = ""

    /// Only this much of a class or id is read; longer values are junk or attacks.
    static let maximumChars = 200

    init(_ element: HTMLNode, removal: PageScan.Removal = .full) {
        let raw = [element.rawAttribute("class"), element.rawAttribute("id")]
            .compactMap { $0?.prefix(Self.maximumChars) }.joined(separator: " ").lowercased()
        label = raw
        guard !raw.isEmpty else { return }
        let bytes = Array(raw.utf8)
        let positive = HintTable.positive.matches(bytes)
        let strong = HintTable.strongNegative.matches(bytes)
        let weak = HintTable.weakNegative.matches(bytes)
        let tokenNegative = Self.hasNegativeToken(raw, bytes)
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

/// A list of class/id fragments searched as bytes (the hot path of the scan).
struct HintTable: Sendable {
    let fragments: [[UInt8]]

    init(_ words: [String]) { fragments = words.map { Array($0.utf8) } }

    static let positive = HintTable(MarkupVocabulary.positiveHints)
    static let strongNegative = HintTable(MarkupVocabulary.strongNegativeHints)
    static let weakNegative = HintTable(MarkupVocabulary.weakNegativeHints)
    static let author = HintTable(MarkupVocabulary.authorHints)
    static let date = HintTable(MarkupVocabulary.dateHints)

    /// True when any fragment occurs in `haystack`.
    func matches(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for needle in fragments {
                let found = needle.withUnsafeBufferPointer { Self.occurs($0, in: hay) }
                if found { return true }
            }
            return false
        }
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard count > 0, count <= hay.count else { return false }
        let head = needle[0]
        var start = 0
        let last = hay.count - count
        while start <= last {
            if hay[start] == head {
                var offset = 1
                while offset < count && hay[start + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            start += 1
        }
        return false
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
    var isHidden: Bool {
        if xmlHasProp(pointer, "hidden") != nil { return true }
        guard let style = rawAttribute("style") else { return false }
        let compact = style.prefix(ClassHints.maximumChars).lowercased().filter { !$0.isWhitespace }
        return ByteSearch.contains(compact, "display:none") || ByteSearch.contains(compact, "visibility:hidden")
    }
}
