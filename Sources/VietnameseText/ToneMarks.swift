import Foundation

/// Tone-mark placement for the vowel pairs `oa`, `oe`, `uy`.
///
/// Vietnamese is printed with two conventions: "hoà, uỷ, thuỷ" (mark on the second
/// vowel) and "hòa, ủy, thủy" (mark on the first). The contract's normalised fields use
/// the first-vowel form, the one most Party and State documents print.
public enum ToneMarks {
    /// The five tone marks as combining scalars.
    static let toneMarks: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// Precomposed vowel with tone → (toneless vowel, tone mark).
    static let split: [Unicode.Scalar: (base: Unicode.Scalar, tone: Unicode.Scalar)] = {
        var table: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [:]
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars {
            for tone in toneMarks {
                let composed = (String(base) + String(tone)).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let scalar = composed.first { table[scalar] = (base, tone) }
            }
        }
        return table
    }()

    /// (toneless vowel, tone mark) → precomposed vowel with tone, keyed by ``joinKey(_:_:)``:
    /// scalar values, not a `String` of the two, which costs each process a normalising hash
    /// per entry when the table is built.
    static let join: [UInt64: Unicode.Scalar] = {
        var table: [UInt64: Unicode.Scalar] = [:]
        for (composed, parts) in split { table[joinKey(parts.base, parts.tone)] = composed }
        return table
    }()

    static func joinKey(_ base: Unicode.Scalar, _ tone: Unicode.Scalar) -> UInt64 {
        UInt64(base.value) << 32 | UInt64(tone.value)
    }

    /// Moves the tone mark of a syllable-final `oa`, `oe`, `uy` onto its first vowel:
    /// "Tỉnh uỷ" → "Tỉnh ủy", "hoà" → "hòa", "khoẻ" → "khỏe". `quý` keeps its mark
    /// (the `u` belongs to `qu`), and `hoàn`, `thuyết` are untouched (a consonant or
    /// vowel follows the pair). Input must be NFC.
    public static func firstVowelStyle(_ text: String) -> String {
        guard mayHaveSecondVowelMark(text) else { return text }
        var source = text
        return source.withUTF8 { utf8 in
            splitTable.withUnsafeBufferPointer { table in
                movingMarks(utf8, table) ?? text
            }
        }
    }

    /// ``firstVowelStyle(_:)`` of valid UTF-8, scalar by scalar with the two before and the one
    /// after at hand: the text with the marks moved, or nil when none moves.
    private static func movingMarks(_ utf8: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt64>) -> String? {
        // The scalar two before, the one before (and where it starts), the current one (where
        // it starts and ends) and the next one.
        var beforePrevious: UInt32 = 0
        var previous: UInt32 = 0
        var previousStart = 0
        var index = 0
        var start = 0
        var current = UTF8Scalars.decode(utf8, at: 0)
        var out: [UInt8] = []
        var copied = 0
        while start < utf8.count {
            let end = start + current.length
            let next = end < utf8.count ? UTF8Scalars.decode(utf8, at: end) : (value: UInt32(0), length: 0)
            let value = current.value
            defer {
                beforePrevious = previous
                previous = value
                previousStart = start
                start = end
                current = next
                index += 1
            }
            // Every key of `split` is a precomposed vowel, U+00C0 or above.
            guard index >= 1, value >= 0xC0, let (second, tone) = splitParts(value, table) else { continue }
            // The pair lower-cased is "oa", "oe" or "uy": only `O`/`o` and `U`/`u` lower-case
            // to "o" and "u", and `second` is a toneless vowel.
            let firstValue = previous | 0x20
            let secondValue = second.value | 0x20
            let isOA = previous < 0x80 && firstValue == 0x6F && second.value < 0x80
                && (secondValue == 0x61 || secondValue == 0x65)
            let isUY = previous < 0x80 && firstValue == 0x75 && second.value < 0x80 && secondValue == 0x79
            guard isOA || isUY else { continue }
            if end < utf8.count, isLetter(scalar(next.value)) { continue }
            if index >= 2 {
                if beforePrevious | 0x20 == 0x71 && beforePrevious < 0x80 { continue }
                if isOA, isVowel(scalar(beforePrevious)) { continue }
            }
            guard let marked = join[joinKey(scalar(previous), tone)] else { continue }
            if out.isEmpty { out.reserveCapacity(utf8.count + 4) }
            out.append(contentsOf: utf8[copied..<previousStart])
            UTF8.encode(marked) { out.append($0) }
            UTF8.encode(second) { out.append($0) }
            copied = end
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: utf8[copied..<utf8.count])
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// `split[value]` through ``splitTable`` below U+1F00.
    @inline(__always)
    private static func splitParts(_ value: UInt32, _ table: UnsafeBufferPointer<UInt64>)
        -> (base: Unicode.Scalar, tone: Unicode.Scalar)? {
        guard value < UInt32(table.count) else { return split[scalar(value)] }
        let entry = table[Int(value)]
        guard entry != 0 else { return nil }
        return (scalar(UInt32(truncatingIfNeeded: entry >> 32)), scalar(UInt32(truncatingIfNeeded: entry)))
    }

    /// ``split`` below U+1F00 as `base << 32 | tone`, 0 for a scalar that is no key.
    private static let splitTable: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 0x1F00)
        for (scalar, parts) in split where scalar.value < 0x1F00 {
            table[Int(scalar.value)] = UInt64(parts.base.value) << 32 | UInt64(parts.tone.value)
        }
        return table
    }()

    /// False unless some `o` + toned `a`/`e` or `u` + toned `y` (any case) ends a word: the
    /// only place ``firstVowelStyle(_:)`` changes anything ("Hoàng", "thuyết" do not). One
    /// pass over the UTF-8, no look-up for ASCII.
    static func mayHaveSecondVowelMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            pairEndFlags.withUnsafeBufferPointer { flags in
                mayHaveSecondVowelMark(utf8: utf8, flags: flags)
            }
        }
    }

    /// ``mayHaveSecondVowelMark(_:)`` over valid UTF-8, scalar by scalar.
    private static func mayHaveSecondVowelMark(utf8: UnsafeBufferPointer<UInt8>,
                                               flags: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt32 = 0
        var markedPairEnds = false
        var index = 0
        let end = utf8.count
        while index < end {
            let (value, length) = UTF8Scalars.decode(utf8, at: index)
            index &+= length
            if markedPairEnds {
                if !ScalarClass.isAlphabetic(Unicode.Scalar(value) ?? "\u{FFFD}") { return true }
                markedPairEnds = false
            }
            if value >= 0xC0, value < UInt32(flags.count), previous | 0x20 == 0x6F || previous | 0x20 == 0x75 {
                let flag = flags[Int(value)]
                markedPairEnds = previous | 0x20 == 0x6F ? flag & tonedAEFlag != 0 : flag & tonedYFlag != 0
            }
            previous = value
        }
        return markedPairEnds
    }

    private static let tonedAEFlag: UInt8 = 1
    private static let tonedYFlag: UInt8 = 2

    /// Per scalar below U+1F00: ``tonedAEFlag`` for a key of ``split`` whose toneless vowel
    /// is `a` or `e` (either case), ``tonedYFlag`` for one whose vowel is `y`.
    private static let pairEndFlags: [UInt8] = {
        var flags = [UInt8](repeating: 0, count: 0x1F00)
        for (scalar, parts) in split where scalar.value < 0x1F00 && parts.base.value < 0x80 {
            switch parts.base.value | 0x20 {
            case 0x61, 0x65: flags[Int(scalar.value)] = tonedAEFlag
            case 0x79: flags[Int(scalar.value)] = tonedYFlag
            default: break
            }
        }
        return flags
    }()

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        let base = split[scalar]?.base ?? scalar
        return "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars.contains(base)
    }
}
