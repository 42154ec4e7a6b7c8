import Foundation

/// Unicode normalisation for Vietnamese text.
///
/// Portals serve both precomposed (NFC) and decomposed (NFD) Vietnamese. Foundation's
/// NFC costs ~20 MB/s even on text that is already NFC, so `nfc(_:)` first scans the
/// UTF-8 bytes for combining marks (U+0300–U+036F, lead bytes 0xCC/0xCD) and only
/// normalises when one is present.
public enum Normalization {
    /// Returns `text` in Unicode Normalization Form C.
    public static func nfc(_ text: String) -> String {
        needsNormalization(text) ? text.precomposedStringWithCanonicalMapping : text
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
