internal import CLibXML2
import VietnameseText

/// What an element's class and id say about it.
struct ClassHints {
    var weight = 0
    var removes = false
    /// Whether the strictest removal (``PageScan/Removal/full``) drops the element.
    var removesInFull = false
    /// Whether ``PageScan/Removal/strongOnly`` drops the element (strong words, ad tokens).
    var removesStrongly = false
    var author = false
    var date = false

    /// Only this much of a class or id is read; longer values are junk or attacks.
    static let maximumChars = 200

    init(_ element: HTMLNode, removal: PageScan.Removal = .full) {
        var scratch: [UInt8] = []
        self.init(ElementAttributes(element.pointer), removal: removal, scratch: &scratch)
    }

    /// Reads `class` and `id`. ASCII values no longer than ``maximumChars`` are lower-cased
    /// as bytes into `scratch` (reused from element to element); others go through String
    /// (Character prefix, Unicode lower-casing).
    init(_ attributes: ElementAttributes, removal: PageScan.Removal = .full, scratch: inout [UInt8],
         table: HintTable = .all) {
        guard attributes.classValue != nil || attributes.id != nil else { return }
        var raw: String?
        if !Self.asciiLabel(attributes.classValue, attributes.id, into: &scratch) {
            let label = [attributes.classValue, attributes.id].compactMap { $0?.string.prefix(Self.maximumChars) }
                .joined(separator: " ").lowercased()
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: label.utf8)
            raw = label
        }
        guard !scratch.isEmpty else { return }
        Self.blankSpacingUtilities(&scratch)
        let found = table.matches(scratch)
        let positive = found.contains(.positive)
        let strong = found.contains(.strongNegative)
        let weak = found.contains(.weakNegative)
        let tokenNegative = Self.hasNegativeToken(raw ?? String(decoding: scratch, as: UTF8.self), scratch)
        removesInFull = strong || tokenNegative || (weak && !positive)
        removesStrongly = strong || tokenNegative
        switch removal {
        case .full: removes = strong || tokenNegative || (weak && !positive)
        case .strongOnly: removes = strong || tokenNegative
        case .none: removes = false
        }
        weight = (positive ? 25 : 0) - (weak ? 25 : 0)
        author = found.contains(.author)
        date = found.contains(.date)
    }

    /// Spacing utilities of CSS frameworks (Bootstrap's "margin-bottom-lg", "padding-bottom"),
    /// which say where an element sits, not what it is: their "bottom" is no footer.
    static let spacingUtilities: [[UInt8]] = ["margin-bottom", "padding-bottom", "border-bottom"].map { Array($0.utf8) }
    private static let bottom = Array("bottom".utf8)

    /// Overwrites each of ``spacingUtilities`` in the lower-cased `label` with spaces.
    static func blankSpacingUtilities(_ label: inout [UInt8]) {
        guard label.count >= 13, label.indices.dropLast(5).contains(where: { start in
            label[start] == UInt8(ascii: "b") && label[start..<(start + 6)].elementsEqual(bottom)
        }) else { return }
        for utility in spacingUtilities {
            var start = 0
            while start + utility.count <= label.count {
                if label[start..<(start + utility.count)].elementsEqual(utility) {
                    for index in start..<(start + utility.count) { label[index] = 0x20 }
                    start += utility.count
                } else {
                    start += 1
                }
            }
        }
    }

    /// Writes the present values joined by a space and lower-cased into `label` and returns
    /// true, when all are ASCII bytes no longer than ``maximumChars`` (so the Character
    /// prefix keeps them whole); false otherwise.
    private static func asciiLabel(_ first: ElementAttributes.Value?, _ second: ElementAttributes.Value?,
                                   into label: inout [UInt8]) -> Bool {
        label.removeAll(keepingCapacity: true)
        func append(_ value: ElementAttributes.Value, separated: Bool) -> Bool {
            guard case .bytes(let bytes) = value, bytes.count <= maximumChars else { return false }
            var bits: UInt8 = 0
            for byte in bytes { bits |= byte }
            guard bits < 0x80 else { return false }
            if separated { label.append(0x20) }
            let start = label.count
            label.append(contentsOf: bytes)
            label.withUnsafeMutableBufferPointer { written in
                for index in start..<written.count { written[index] = Folding.lowercase(written[index]) }
            }
            return true
        }
        if let first, !append(first, separated: false) { return false }
        if let second, !append(second, separated: first != nil) { return false }
        return true
    }
}

extension ClassHints {
    /// Longest word of ``MarkupVocabulary/negativeTokens``.
    static let longestNegativeToken = MarkupVocabulary.negativeTokens.map(\.utf8.count).max() ?? 0
    /// ``MarkupVocabulary/negativeTokens`` as bytes.
    static let negativeTokenBytes = MarkupVocabulary.negativeTokens.map { Array($0.utf8) }
    /// Tokens of up to eight bytes as numbers, byte i at bits 8i (no word byte is zero, so
    /// equal numbers are equal words).
    static let packedNegativeTokens: [UInt64] = negativeTokenBytes.filter { $0.count <= 8 }.map { bytes in
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// True when a letters-and-digits word of `raw` is a negative token ("ad", "qc").
    /// ASCII values are split on their bytes, building a String only for words short enough
    /// to be a token; others go through Character properties.
    static func hasNegativeToken(_ raw: @autoclosure () -> String, _ bytes: [UInt8]) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return raw().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .contains { MarkupVocabulary.negativeTokens.contains(String($0)) }
        }
        var start = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte { continue }
            let length = index - start
            if length > 0 && length <= longestNegativeToken && length <= 8 {
                var key: UInt64 = 0
                for offset in 0..<length { key |= UInt64(bytes[start + offset]) << (8 * UInt64(offset)) }
                if packedNegativeTokens.contains(key) { return true }
            } else if length > 8 && length <= longestNegativeToken,
                      negativeTokenBytes.contains(where: { $0.elementsEqual(bytes[start..<index]) }) {
                return true
            }
            start = index + 1
        }
        return false
    }
}

/// The class/id fragment lists searched as bytes in one pass (the hot path of the scan):
/// at each byte only the fragments that start with it are tried. A class, so the scan holds
/// it by one reference.
final class HintTable: Sendable {
    /// Which lists matched.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let positive = Kinds(rawValue: 1)
        static let strongNegative = Kinds(rawValue: 2)
        static let weakNegative = Kinds(rawValue: 4)
        static let author = Kinds(rawValue: 8)
        static let date = Kinds(rawValue: 16)
    }

    /// The fragments' bytes, one after another, sorted by first byte.
    private let bytes: [UInt8]
    /// Per fragment: offset into `bytes`, length, and the lists it belongs to.
    private let offsets: [Int]
    private let lengths: [Int]
    private let kinds: [Kinds]
    /// Fragments starting with byte `b` are `bucket[b]..<bucket[b + 1]`.
    private let bucket: [Int]
    private let every: Kinds
    /// Bit `first << 8 | second` is set when a fragment starts with those two bytes; nil when
    /// a fragment is a single byte. Most positions of a class are passed over on this bit.
    private let openings: [UInt64]?

    init(_ lists: [(words: [String], kind: Kinds)]) {
        var merged: [[UInt8]: Kinds] = [:]
        for (words, kind) in lists {
            for word in words where !word.isEmpty { merged[Array(word.utf8), default: []].insert(kind) }
        }
        let fragments = merged.map { ($0.key, $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        bytes = fragments.flatMap(\.0)
        lengths = fragments.map(\.0.count)
        offsets = lengths.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1) }.dropLast()
        kinds = fragments.map(\.1)
        var bucket = [Int](repeating: fragments.count, count: 257)
        for (index, fragment) in fragments.enumerated().reversed() { bucket[Int(fragment.0[0])] = index }
        for first in stride(from: 255, through: 0, by: -1) where bucket[first] > bucket[first + 1] {
            bucket[first] = bucket[first + 1]
        }
        self.bucket = bucket
        every = lists.reduce(into: Kinds()) { $0.insert($1.kind) }
        if fragments.allSatisfy({ $0.0.count >= 2 }) {
            var openings = [UInt64](repeating: 0, count: 1024)
            for (fragment, _) in fragments {
                let pair = Int(fragment[0]) << 8 | Int(fragment[1])
                openings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            self.openings = openings
        } else {
            openings = nil
        }
    }

    static let all = HintTable([
        (MarkupVocabulary.positiveHints, .positive), (MarkupVocabulary.strongNegativeHints, .strongNegative),
        (MarkupVocabulary.weakNegativeHints, .weakNegative), (MarkupVocabulary.authorHints, .author),
        (MarkupVocabulary.dateHints, .date),
    ])

    /// The lists with a fragment occurring in `haystack`.
    func matches(_ haystack: [UInt8]) -> Kinds {
        guard let openings else { return matchesEverywhere(haystack) }
        return withTables(haystack) { hay, tables in
            openings.withUnsafeBufferPointer { openings in
                var found: Kinds = []
                var start = 0
                while start + 1 < hay.count {
                    defer { start += 1 }
                    let pair = Int(hay[start]) << 8 | Int(hay[start + 1])
                    guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    if tables.match(hay, at: start, into: &found) { return found }
                }
                return found
            }
        }
    }

    /// ``matches(_:)`` trying the fragments at every position.
    func matchesEverywhere(_ haystack: [UInt8]) -> Kinds {
        withTables(haystack) { hay, tables in
            var found: Kinds = []
            for start in hay.indices where tables.match(hay, at: start, into: &found) { return found }
            return found
        }
    }

    /// The tables as unsafe buffers, for one search.
    private struct Tables {
        let bytes: UnsafeBufferPointer<UInt8>
        let lengths: UnsafeBufferPointer<Int>
        let offsets: UnsafeBufferPointer<Int>
        let kinds: UnsafeBufferPointer<Kinds>
        let bucket: UnsafeBufferPointer<Int>
        let every: Kinds

        /// Adds to `found` the lists of the fragments at `start` not all of whose lists it
        /// holds; true when it then holds every list.
        @inline(__always)
        func match(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, into found: inout Kinds) -> Bool {
            let first = Int(hay[start])
            var candidate = bucket[first]
            let end = bucket[first + 1]
            while candidate < end {
                defer { candidate += 1 }
                let length = lengths[candidate]
                guard !found.isSuperset(of: kinds[candidate]), length <= hay.count - start else { continue }
                let offset = offsets[candidate]
                var matched = 1
                while matched < length && hay[start + matched] == bytes[offset + matched] { matched += 1 }
                if matched == length {
                    found.formUnion(kinds[candidate])
                    if found == every { return true }
                }
            }
            return false
        }
    }

    private func withTables(_ haystack: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Tables) -> Kinds) -> Kinds {
        haystack.withUnsafeBufferPointer { hay in
            bytes.withUnsafeBufferPointer { bytes in
                lengths.withUnsafeBufferPointer { lengths in
                    offsets.withUnsafeBufferPointer { offsets in
                        kinds.withUnsafeBufferPointer { kinds in
                            bucket.withUnsafeBufferPointer { bucket in
                                body(hay, Tables(bytes: bytes, lengths: lengths, offsets: offsets, kinds: kinds,
                                                 bucket: bucket, every: every))
                            }
                        }
                    }
                }
            }
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
        if case .bytes(let bytes) = style, bytes.allSatisfy({ $0 < 0x80 }) {
            let end = Self.asciiCharacterPrefix(bytes, characters: ClassHints.maximumChars)
            var ascii: [UInt8] = []
            ascii.reserveCapacity(end)
            for byte in bytes[..<end] where !Whitespace.isASCIISpace(byte) {
                ascii.append(Folding.lowercase(byte))
            }
            compact = String(decoding: ascii, as: UTF8.self)
        } else {
            compact = style.string.prefix(ClassHints.maximumChars).lowercased().filter { !$0.isWhitespace }
        }
        return ByteSearch.contains(compact, "display:none") || ByteSearch.contains(compact, "visibility:hidden")
    }

    /// The byte length of the first `characters` Characters of ASCII `bytes` (all of them
    /// when they hold fewer): one byte is one Character, but a CR LF pair is one.
    static func asciiCharacterPrefix(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Int {
        var seen = 0
        var index = 0
        while index < bytes.count, seen < characters {
            index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            seen += 1
        }
        return index
    }

    /// `itemprop` is `datePublished`, in any case.
    var isDatePublished: Bool {
        guard let itemprop else { return false }
        if case .bytes(let bytes) = itemprop {
            let expected = "datepublished".utf8
            guard bytes.count == expected.count, bytes.allSatisfy({ $0 < 0x80 }) else {
                return itemprop.string.lowercased() == "datepublished"
            }
            return zip(bytes, expected).allSatisfy { Folding.lowercase($0) == $1 }
        }
        return itemprop.string.lowercased() == "datepublished"
    }
}
