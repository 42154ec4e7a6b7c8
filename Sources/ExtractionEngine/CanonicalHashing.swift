import VietnameseText

/// Hashing a String by the UTF-8 of its NFC, for keys compared with `==` (canonical
/// equivalence): equal strings have equal NFC, so they hash alike, as `String`'s own hash
/// makes them; but the bytes of a string already NFC are hashed as they stand, without the
/// normalising pass `String` runs over any text beyond ASCII.
package enum CanonicalHashing {
    /// Feeds the NFC UTF-8 of `string`, and its length, to `hasher`.
    package static func combine(_ string: String, into hasher: inout Hasher) {
        var normal = Normalization.nfc(string)
        normal.withUTF8 { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            hasher.combine(bytes.count)
        }
    }
}
