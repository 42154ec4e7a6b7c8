import Foundation

/// Unicode normalisation for Vietnamese text.
///
/// Portals serve both precomposed (NFC) and decomposed (NFD) Vietnamese. Foundation's
/// NFC costs ~20 MB/s even on text that is already NFC, so `nfc(_:)` first scans the
/// UTF-8 bytes for combining marks (U+0300–U+036F, lead bytes 0xCC/0xCD) and only
/// normalises when one is present.
public enum Normalization {
    /// Returns `text` in Unicode Normalization Form C. A run of more than
    /// ``maximumNonStarters`` combining marks is first broken up as the Stream-Safe Text
    /// Format of UAX #15 does (see ``streamSafe(_:)``): NFC reorders each run, and
    /// Foundation's cost grew with the square of a run's length (70 s for a 1 MB run).
    public static func nfc(_ text: String) -> String {
        needsNormalization(text) ? streamSafe(text).precomposedStringWithCanonicalMapping : text
    }

    /// Longest run of non-starters the Stream-Safe Text Format allows (UAX #15).
    public static let maximumNonStarters = 30

    /// `text` with a COMBINING GRAPHEME JOINER (U+034F, a starter that renders as nothing)
    /// after every ``maximumNonStarters`` non-starters in a row, as UAX #15's Stream-Safe
    /// Text Format prescribes; `text` itself when it has no longer run. Real text never has
    /// one: a Vietnamese letter carries at most two marks.
    public static func streamSafe(_ text: String) -> String {
        var run = 0
        var breaks = false
        for scalar in text.unicodeScalars {
            if isNonStarter(scalar) {
                run += 1
                if run > maximumNonStarters {
                    breaks = true
                    break
                }
            } else {
                run = 0
            }
        }
        guard breaks else { return text }
        var result = String()
        result.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        run = 0
        for scalar in text.unicodeScalars {
            if isNonStarter(scalar) {
                if run == maximumNonStarters {
                    result.unicodeScalars.append("\u{034F}")
                    run = 0
                }
                run += 1
            } else {
                run = 0
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// True for a scalar with a non-zero canonical combining class.
    static func isNonStarter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass != .notReordered
    }

    /// True when the text contains a combining mark and so may not be NFC.
    public static func needsNormalization(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
        }
    }

    /// NFC, the first-vowel tone-mark placement of the contract (`ủy`, `hòa`), and single
    /// spaces: the form of every normalised field (`issuer`, `owner`, `subject`, `name`, `title`).
    public static func field(_ text: String) -> String {
        ToneMarks.firstVowelStyle(nfc(text).squeezedSpaces)
    }
}
