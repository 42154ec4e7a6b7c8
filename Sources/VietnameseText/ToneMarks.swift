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
            let pair = String(first).lowercased() + String(second).lowercased()
            guard pair == "oa" || pair == "oe" || pair == "uy" else { continue }
            if index + 1 < scalars.count, isLetter(scalars[index + 1]) { continue }
            if index >= 2 {
                let before = String(scalars[index - 2]).lowercased()
                if before == "q" { continue }
                if pair == "oa" || pair == "oe", isVowel(scalars[index - 2]) { continue }
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
    /// pass, no table look-up for ASCII.
    static func mayHaveSecondVowelMark(_ text: String) -> Bool {
        var previous: UInt32 = 0
        var markedPairEnds = false
        for scalar in text.unicodeScalars {
            if markedPairEnds {
                if !isLetter(scalar) { return true }
                markedPairEnds = false
            }
            let value = scalar.value
            if value >= 0xC0, previous | 0x20 == 0x6F || previous | 0x20 == 0x75, let base = split[scalar]?.base.value {
                let lowerBase = base | 0x20
                markedPairEnds = previous | 0x20 == 0x6F
                    ? base < 0x80 && (lowerBase == 0x61 || lowerBase == 0x65)
                    : base < 0x80 && lowerBase == 0x79
            }
            previous = value
        }
        return markedPairEnds
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        let base = split[scalar]?.base ?? scalar
        return "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".unicodeScalars.contains(base)
    }
}
