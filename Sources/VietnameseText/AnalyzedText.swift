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
    ///
    /// Bytes are counted eight at a time (a continuation byte has its top bit set and the next
    /// clear), and a scalar beyond ASCII folds through ``Folding/table`` held for the whole
    /// pass instead of fetched for each scalar.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [UInt8], [UInt8]) {
        Folding.table.withUnsafeBufferPointer { foldTable in
            decode(utf8, foldTable: foldTable)
        }
    }

    /// The number of bytes of `utf8` that are no continuation byte.
    static func scalarCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var index = 0
        let end = utf8.count
        while index &+ 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            continuations &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index &+= 8
        }
        while index < end {
            continuations &+= utf8[index] & 0xC0 == 0x80 ? 1 : 0
            index &+= 1
        }
        return end &- continuations
    }

    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>,
                               foldTable: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [UInt8], [UInt8]) {
        let scalarCount = scalarCount(utf8)
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
                        let (value, length) = UTF8Scalars.decode(utf8, at: index)
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        let byte = scalar.value < UInt32(foldTable.count)
                            ? foldTable[Int(scalar.value)] : Folding.ascii(scalar)
                        scalarBuffer[count] = scalar
                        asciiBuffer[count] = byte
                        foldedBuffer[count] = Folding.lowercase(byte)
                        index &+= length
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
    @inlinable public var count: Int { scalars.count }

    /// True when a code point of `range` (clamped to the text) is a combining mark of
    /// U+0300–U+037F: `scalars[range].contains { (0x300..<0x380).contains($0.value) }`, read
    /// as the least of the values less 0x300 over 64 code points at a time, a reduction the
    /// compiler does in vector registers.
    public func holdsCombiningMark(in range: Range<Int>) -> Bool {
        let clamped = range.clamped(to: 0..<scalars.count)
        return scalars.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt32.self) { values in
                var index = clamped.lowerBound
                while index < clamped.upperBound {
                    let end = Swift.min(clamped.upperBound, index + 64)
                    var least = UInt32.max
                    for position in index..<end { least = Swift.min(least, values[position] &- 0x300) }
                    if least < 0x80 { return true }
                    index = end
                }
                return false
            }
        }
    }

    /// The original text of a code-point range.
    ///
    /// The UTF-8 is written straight into the new string's storage (a short slice stays a
    /// small string), without an array of bytes to copy it from.
    public func slice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        return scalars.withUnsafeBufferPointer { scalars in
            var length = 0
            for index in clamped {
                let value = scalars[index].value
                length &+= value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var count = 0
                // Encoded here, not through `UTF8.encode`'s closure, which a slice of Vietnamese
                // text called for every second scalar.
                for index in clamped {
                    let value = scalars[index].value
                    if value < 0x80 {
                        buffer[count] = UInt8(truncatingIfNeeded: value)
                        count &+= 1
                    } else if value < 0x800 {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                        buffer[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count &+= 2
                    } else if value < 0x10000 {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                        buffer[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                        buffer[count &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count &+= 3
                    } else {
                        buffer[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                        buffer[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                        buffer[count &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                        buffer[count &+ 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count &+= 4
                    }
                }
                return count
            }
        }
    }

    /// The folded (lower-case ASCII) text of a code-point range.
    public func foldedSlice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<folded.count)
        return folded.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self)
        }
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
    @inlinable public func isUppercase(at index: Int) -> Bool {
        guard index >= 0 && index < scalars.count else { return false }
        return ScalarClass.isUppercase(scalars[index])
    }

    /// True when the scalar at `index` is a letter or digit.
    @inlinable public func isWordCharacter(at index: Int) -> Bool {
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
    @usableFromInline static let uppercaseBit: UInt8 = 1
    @usableFromInline static let alphabeticBit: UInt8 = 2
    @usableFromInline static let numericBit: UInt8 = 4

    /// The blocks in the table, one after another: `table[slot(value)]`.
    static let ranges: [Range<UInt32>] = [0..<0x370, 0x1E00..<0x1F00, 0x2000..<0x2070]

    /// Two property look-ups a scalar instead of three (start-up): in ``ranges`` no upper-case
    /// scalar is non-alphabetic, and the numeric bit is read only beside the alphabetic one
    /// (``isWordCharacter(_:)``), so it is left clear for alphabetic scalars. ScalarClassTests
    /// check every answer against the properties.
    @usableFromInline static let table: [UInt8] = ranges.joined().map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        if properties.isAlphabetic {
            return alphabeticBit | (properties.isUppercase ? uppercaseBit : 0)
        }
        return properties.numericType != nil ? numericBit : 0
    }

    /// The index of `value` in ``table``, or -1 when it is not in ``ranges``.
    @inlinable @inline(__always)
    static func slot(_ value: UInt32) -> Int {
        if value < 0x370 { return Int(value) }
        if value &- 0x1E00 < 0x100 { return Int(value &- 0x1E00) &+ 0x370 }
        if value &- 0x2000 < 0x70 { return Int(value &- 0x2000) &+ 0x470 }
        return -1
    }

    /// `scalar.properties.isUppercase`.
    @inlinable @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0 ? table[slot] & uppercaseBit != 0 : scalar.properties.isUppercase
    }

    /// `scalar.properties.isAlphabetic`.
    @inlinable @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0 ? table[slot] & alphabeticBit != 0 : scalar.properties.isAlphabetic
    }

    /// A letter or a digit: `isAlphabetic` or a numeric type.
    @inlinable @inline(__always)
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let slot = slot(scalar.value)
        return slot >= 0
            ? table[slot] & (alphabeticBit | numericBit) != 0
            : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
