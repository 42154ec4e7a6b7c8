extension ByteSearch {
    /// The index of the first byte of `bytes` at or after `start` that JSON text may have to
    /// escape: a control byte (below 0x20), `"`, `\` or 0xE2 (the lead byte of U+2028 and
    /// U+2029); `bytes.count` when none follows. Eight bytes are tested at a time: a record's
    /// strings are long runs of bytes that need no escape.
    public static func firstJSONEscapeCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress, start < count else { return count }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Each term flags its lowest matching byte exactly (a borrow can only flag bytes
            // above a match), so the lowest flag of the union is the first candidate.
            let quote = word ^ (0x22 &* ones)
            let backslash = word ^ (0x5C &* ones)
            let separatorLead = word ^ (0xE2 &* ones)
            let flags = ((word &- 0x20 &* ones) & ~word
                | (quote &- ones) & ~quote
                | (backslash &- ones) & ~backslash
                | (separatorLead &- ones) & ~separatorLead) & highs
            if flags != 0 { return index &+ flags.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { return index }
            index &+= 1
        }
        return count
    }
}
