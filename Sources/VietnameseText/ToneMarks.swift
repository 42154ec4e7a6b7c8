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
        let scalars = Array(text.unicodeScalars)
        var out = scalars
        var changed = false
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            // Every key of `split` is a precomposed vowel, U+00C0 or above.
            guard scalars[index].value >= 0xC0, let (second, tone) = split[scalars[index]] else { continue }
            let first = scalars[index - 1]
            // The pair lower-cased is "oa", "oe" or "uy": only `O`/`o` and `U`/`u` lower-case
            // to "o" and "u", and `second` is a toneless vowel.
            let firstValue = first.value | 0x20
            let secondValue = second.value | 0x20
            let isOA = first.value < 0x80 && firstValue == 0x6F && second.value < 0x80
                && (secondValue == 0x61 || secondValue == 0x65)
            let isUY = first.value < 0x80 && firstValue == 0x75 && second.value < 0x80 && secondValue == 0x79
            guard isOA || isUY else { continue }
            if index + 1 < scalars.count, isLetter(scalars[index + 1]) { continue }
            if index >= 2 {
                if scalars[index - 2].value | 0x20 == 0x71 && scalars[index - 2].value < 0x80 { continue }
                if isOA, isVowel(scalars[index - 2]) { continue }
            }
            guard let marked = join[joinKey(first, tone)] else { continue }
            out[index - 1] = marked
            out[index] = second
            changed = true
        }
        guard changed else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return String(result)
    }

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
            let lead = utf8[index]
            var value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index &+= 1
            } else {
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
                index &+= max(length, 1)
            }
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
