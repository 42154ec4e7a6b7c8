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

/// `==` of two Strings (canonical equivalence) without `String`'s normalising comparison
/// where the bytes settle it. `String` compares any pair not both ASCII through its
/// normalising path, most of the cost of comparing the Vietnamese words of the rules; here
/// only a pair whose first differing bytes are not both ASCII takes it.
package enum CanonicalEquality {
    @inline(__always)
    package static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let decided = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in decide(left, right) } ?? nil
        } ?? nil
        return decided ?? (lhs == rhs)
    }

    /// Whether the valid UTF-8 strings `left` and `right` are canonically equivalent, when
    /// their bytes settle it; nil when they do not. Equal bytes are equal strings. One string
    /// the other's proper prefix is a shorter one: its canonical decomposition has fewer
    /// scalars. Two first differing bytes that are both ASCII each start a scalar that is a
    /// starter without a decomposition: the decompositions agree before them (the bytes
    /// before are the same, and reordering stops at a starter) and differ there.
    @inline(__always)
    package static func decide(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool? {
        let common = min(left.count, right.count)
        var index = 0
        while index < common && left[index] == right[index] { index += 1 }
        if index == common { return left.count == right.count }
        return left[index] < 0x80 && right[index] < 0x80 ? false : nil
    }
}
