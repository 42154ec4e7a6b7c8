import Foundation

/// Unicode normalisation for Vietnamese text.
///
/// Portals serve both precomposed (NFC) and decomposed (NFD) Vietnamese. Foundation's
/// NFC costs ~20 MB/s even on text that is already NFC, so `nfc(_:)` first runs the quick
/// check of UAX #15 on the UTF-8 bytes and only normalises text that may not be NFC.
public enum Normalization {
    /// Returns `text` in Unicode Normalization Form C.
    public static func nfc(_ text: String) -> String {
        needsNormalization(text) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// False when the text is NFC for certain; true when it may not be (see
    /// ``mayNeedNormalization(utf8:)``).
    public static func needsNormalization(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayNeedNormalization(utf8: $0) }
    }

    /// False when the UTF-8 text `bytes` is NFC for certain: it holds no scalar of
    /// ``NFCQuickCheck``'s table (a combining mark, or a scalar whose NFC_Quick_Check is No
    /// or Maybe). `bytes` must be valid UTF-8.
    public static func mayNeedNormalization(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        return NFCQuickCheck.basicPlane.withUnsafeBufferPointer { plane in
            // Only lead bytes of 0xCC and more start a scalar the table may hold (its first is
            // U+0300); ASCII, continuation bytes and the leads of U+0080–U+02FF are below.
            // Continuation bytes never reach 0xCC, so every such byte is a lead wherever a
            // scan lands, and the scan can go eight bytes at a time.
            @inline(__always) func isListed(at index: Int) -> Bool {
                let lead = base[index]
                if lead < 0xE0 {
                    let value = Int(lead & 0x1F) << 6 | Int(base[index + 1] & 0x3F)
                    return plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                }
                if lead < 0xF0 {
                    let value = Int(lead & 0x0F) << 12 | Int(base[index + 1] & 0x3F) << 6 | Int(base[index + 2] & 0x3F)
                    return plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                }
                let value = UInt32(lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
                    | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
                return NFCQuickCheck.containsSupplementary(value)
            }
            @inline(__always) func leads(at index: Int) -> UInt64 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // A byte's low seven bits plus 0x34 carry into its high bit exactly when they
                // are 0x4C or more: with the high bit set, the byte is 0xCC or more.
                return ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080
            }
            @inline(__always) func anyListed(_ leads: UInt64, from index: Int) -> Bool {
                var leads = leads
                while leads != 0 {
                    if isListed(at: index + leads.trailingZeroBitCount >> 3) { return true }
                    leads &= leads &- 1
                }
                return false
            }
            var index = 0
            while index + 16 <= count {
                let first = leads(at: index)
                let second = leads(at: index + 8)
                if first | second != 0, anyListed(first, from: index) || anyListed(second, from: index + 8) { return true }
                index += 16
            }
            if index + 8 <= count {
                if anyListed(leads(at: index), from: index) { return true }
                index += 8
            }
            while index < count {
                if base[index] >= 0xCC, isListed(at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// NFC, the first-vowel tone-mark placement of the contract (`ủy`, `hòa`), and single
    /// spaces: the form of every normalised field (`issuer`, `owner`, `subject`, `name`, `title`).
    public static func field(_ text: String) -> String {
        ToneMarks.firstVowelStyle(nfc(text).squeezedSpaces)
    }
}
