import Foundation

/// A document's text prepared for rule matching, with code-point offsets.
///
/// `scalars` is the NFC text; `ascii` and `folded` hold one byte per scalar (see
/// ``Folding``), so an index into either is a code-point offset into the text, the unit
/// of the contract's `mentions`. Patterns run over `foldedString` (pure ASCII, so
/// NSString's UTF-16 offsets are code-point offsets too).
public struct AnalyzedText: Sendable {
    /// The text, NFC.
    public let text: String
    /// The text's Unicode scalars; `scalars[i]` is code point `i`.
    public let scalars: [Unicode.Scalar]
    /// One ASCII byte per scalar, case kept: "Chỉ thị" → "Chi thi".
    public let ascii: [UInt8]
    /// One ASCII byte per scalar, lower-cased: "Chỉ thị" → "chi thi".
    public let folded: [UInt8]
    /// `ascii` as a String (ASCII only).
    public let asciiString: String
    /// `folded` as a String (ASCII only).
    public let foldedString: String
    /// Sentence ranges (``Sentences/split(_:)``), computed once for every rule that needs them.
    public private(set) var sentences: [Range<Int>] = []

    public init(_ text: String) {
        var nfc = Normalization.nfc(text)
        let (scalars, ascii, folded) = nfc.withUTF8(Self.decode)
        self.text = nfc
        self.scalars = scalars
        self.ascii = ascii
        self.folded = folded
        self.asciiString = String(decoding: ascii, as: UTF8.self)
        self.foldedString = String(decoding: folded, as: UTF8.self)
        self.sentences = Sentences.split(self)
    }

    /// The scalars of valid UTF-8 and their ASCII and folded bytes, in one pass over the
    /// bytes (a String's scalar view, then two passes over the scalars, cost three times as
    /// many instructions on a long report). The arrays are sized to the scalars (the bytes
    /// that are no continuation byte), not to the bytes: four bytes a scalar is the largest
    /// array of a long text.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [UInt8], [UInt8]) {
        var scalarCount = 0
        for byte in utf8 { scalarCount &+= byte & 0xC0 == 0x80 ? 0 : 1 }
        var ascii: [UInt8] = []
        var folded: [UInt8] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { scalarBuffer, written in
            ascii = [UInt8](unsafeUninitializedCapacity: scalarCount) { asciiBuffer, asciiWritten in
                folded = [UInt8](unsafeUninitializedCapacity: scalarCount) { foldedBuffer, foldedWritten in
                    var index = 0
                    var count = 0
                    let end = utf8.count
                    while index < end, count < scalarCount {
                        let lead = utf8[index]
                        if lead < 0x80 {
                            scalarBuffer[count] = Unicode.Scalar(lead)
                            asciiBuffer[count] = lead
                            foldedBuffer[count] = Folding.lowercase(lead)
                            index &+= 1
                            count &+= 1
                            continue
                        }
                        var value: UInt32
                        var length: Int
                        if lead < 0xE0 {
                            value = UInt32(lead & 0x1F)
                            length = 2
                        } else if lead < 0xF0 {
                            value = UInt32(lead & 0x0F)
                            length = 3
                        } else {
                            value = UInt32(lead & 0x07)
                            length = 4
                        }
                        length = min(length, end &- index)
                        for offset in 1..<max(length, 1) {
                            value = value << 6 | UInt32(utf8[index &+ offset] & 0x3F)
                        }
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        let byte = Folding.ascii(scalar)
                        scalarBuffer[count] = scalar
                        asciiBuffer[count] = byte
                        foldedBuffer[count] = Folding.lowercase(byte)
                        index &+= max(length, 1)
                        count &+= 1
                    }
                    foldedWritten = count
                }
                asciiWritten = folded.count
            }
            written = ascii.count
        }
        return (scalars, ascii, folded)
    }

    /// Number of code points.
    public var count: Int { scalars.count }

    /// The original text of a code-point range.
    public func slice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(clamped.count * 2)
        for scalar in scalars[clamped] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded (lower-case ASCII) text of a code-point range.
    public func foldedSlice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<folded.count)
        return String(decoding: folded[clamped], as: UTF8.self)
    }

    /// True when the folded text contains `needle` (lower-case ASCII): the cheap literal
    /// pre-check that keeps patterns off texts that cannot match.
    public func containsFolded(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let patternBase = pattern.baseAddress, pattern.count <= folded.count else { return pattern.isEmpty }
            return folded.withUnsafeBufferPointer { hay in
                guard let hayBase = hay.baseAddress else { return false }
                return ByteSearch.find(patternBase, pattern.count, in: hayBase, hay.count)
            }
        }
    }

    /// True when the scalar at `index` is an upper-case letter.
    public func isUppercase(at index: Int) -> Bool {
        guard index >= 0 && index < scalars.count else { return false }
        return ScalarClass.isUppercase(scalars[index])
    }

    /// True when the scalar at `index` is a letter or digit.
    public func isWordCharacter(at index: Int) -> Bool {
        guard index >= 0 && index < scalars.count else { return false }
        return ScalarClass.isWordCharacter(scalars[index])
    }
}

/// Unicode properties the rules ask of every scalar, looked up in a table for the
/// scalars Vietnamese text is made of (below U+0370: Latin, Latin Extended, combining
/// marks; Latin Extended Additional; general punctuation) and asked of the Unicode
/// database for the others. The table is built from the same `Unicode.Scalar.Properties`,
/// so answers are identical; it only spares the property look-up on every call. It holds
/// those blocks only, not every scalar below U+2000: building it is a one-time cost of each
/// process (8,192 scalars took 10 M instructions, a third of a small extract's start-up).
public enum ScalarClass {
    private static let uppercaseBit: UInt8 = 1
    private static let alphabeticBit: UInt8 = 2
    private static let numericBit: UInt8 = 4

    /// The blocks in the table, one after another: `table[slot(value)]`.
    static let ranges: [Range<UInt32>] = [0..<0x370, 0x1E00..<0x1F00, 0x2000..<0x2070]

    /// Two property look-ups a scalar instead of three (start-up): in ``ranges`` no upper-case
    /// scalar is non-alphabetic, and the numeric bit is read only beside the alphabetic one
    /// (``isWordCharacter(_:)``), so it is left clear for alphabetic scalars. ScalarClassTests
    /// check every answer against the properties.
    private static let table: [UInt8] = ranges.joined().map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        if properties.isAlphabetic {
            return alphabeticBit | (properties.isUppercase ? uppercaseBit : 0)
        }
        return properties.numericType != nil ? numericBit : 0
    }

    /// The index of `value` in ``table``, or -1 when it is not in ``ranges``.
    @inline(__always)
    private static func slot(_ value: UInt32) -> Int {
        if value < 0x370 { return Int(value) }
        if value &- 0x1E00 < 0x100 { return Int(value &- 0x1E00) &+ 0x370 }
        if value &- 0x2000 < 0x70 { return Int(value &- 0x2000) &+ 0x470 }
        return -1
    }

    /// `scalar.properties.isUppercase`.
    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0 ? table[slot] & uppercaseBit != 0 : scalar.properties.isUppercase
    }

    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0 ? table[slot] & alphabeticBit != 0 : scalar.properties.isAlphabetic
    }

    /// A letter or a digit: `isAlphabetic` or a numeric type.
    @inline(__always)
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0
            ? table[slot] & (alphabeticBit | numericBit) != 0
            : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
