extension StringProtocol {
    /// `count <= limit`, reading at most `limit + 1` characters: the length tests of the line
    /// rules cost no walk over a long paragraph. A string of at most `limit` UTF-8 bytes
    /// passes unread (a character takes one byte at least).
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if let simple = utf8.withContiguousStorageIfAvailable({ CharacterLimits.hasAtMostCharacters(limit, simpleUTF8: $0) }),
           let answer = simple {
            return answer
        }
        var seen = 0
        for _ in self {
            seen += 1
            if seen > limit { return false }
        }
        return true
    }
}

enum CharacterLimits {
    /// True when the scalar whose UTF-8 starts with `lead`, `second` is a Character by itself
    /// whatever stands around it (but CR before LF): U+0000–U+02FF, below the combining marks,
    /// and U+1E00–U+1EFF (Vietnamese letters), whose grapheme break property is none that
    /// joins (no Extend, SpacingMark, Prepend, ZWJ, Hangul or regional indicator).
    @inline(__always)
    static func standsAlone(lead: UInt8, second: UInt8) -> Bool {
        lead < 0xCC || (lead == 0xE1 && second >= 0xB8 && second <= 0xBB)
    }

    /// `count <= limit` of valid UTF-8 `bytes` counted on the bytes while every scalar stands
    /// alone (``standsAlone(lead:second:)``; a CR LF pair is one Character); nil when a
    /// scalar that may join its neighbours comes first, and the Characters must be counted.
    static func hasAtMostCharacters(_ limit: Int, simpleUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var characters = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if !(lead == 0x0A && index > 0 && bytes[index - 1] == 0x0D) { characters += 1 }
                index += 1
            } else {
                guard index + 1 < count, standsAlone(lead: lead, second: bytes[index + 1]) else { return nil }
                characters += 1
                index += lead < 0xE0 ? 2 : 3
            }
            // Each scalar counted starts a Character of its own (marks after it may join it,
            // never start one): the count only grows.
            if characters > limit { return false }
        }
        return characters <= limit
    }
}
