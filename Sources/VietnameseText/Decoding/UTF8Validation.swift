/// Strict UTF-8 validation (no overlongs, surrogates or code points above U+10FFFF).
enum UTF8Validation {
    enum Verdict: Equatable {
        /// Every byte belongs to a well-formed sequence; `multiByte` when any is non-ASCII.
        case valid(multiByte: Bool)
        /// Well-formed up to a multi-byte sequence cut off by the end of the input,
        /// which starts at `tailStart`.
        case truncated(tailStart: Int)
        /// The first ill-formed byte.
        case invalid(offset: Int)
    }

    /// Counts of well-formed multi-byte sequences and of ill-formed bytes over the whole
    /// input: tells a UTF-8 page with a few stray bytes from a legacy-encoded one.
    static func tally(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multiByte = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                invalid += 1
                index += 1
            } else {
                if length > 1 { multiByte += 1 }
                index += length
            }
        }
        return (multiByte, invalid)
    }

    /// Length of the well-formed sequence at `index`, 0 when ill-formed or cut off.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        guard let (length, lower, upper) = leadRule(lead) else { return 0 }
        for position in 1..<length {
            let at = index + position
            guard at < bytes.count else { return 0 }
            let (low, high) = position == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            if bytes[at] < low || bytes[at] > high { return 0 }
        }
        return length
    }

    /// Sequence length and the allowed range of the second byte for a lead byte.
    private static func leadRule(_ lead: UInt8) -> (Int, UInt8, UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }

    /// The value of the scalar whose well-formed UTF-8 sequence of `length` bytes starts at
    /// `bytes[index]` (a String's bytes, say: the sequence is not checked).
    @inline(__always)
    static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<max(1, length) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    static func check(_ bytes: [UInt8], from start: Int = 0) -> Verdict {
        bytes.withUnsafeBufferPointer { check($0, from: start) }
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Verdict {
        var index = start
        var multiByte = false
        let count = bytes.count
        guard let base = bytes.baseAddress else { return .valid(multiByte: false) }
        let raw = UnsafeRawPointer(base)
        while index < count {
            // ASCII eight bytes at a time; in a word with a non-ASCII byte, the ASCII bytes
            // before it are skipped at once.
            if index + 8 <= count {
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    & 0x8080_8080_8080_8080
                if high == 0 {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3
            } else if base[index] < 0x80 {
                index += 1
                continue
            }
            let lead = base[index]
            multiByte = true
            // The sequences of Vietnamese text, checked without the general rule: two bytes
            // (C2–DF) and three bytes led by E1–EC (U+1000–U+CFFF, no excluded ranges).
            if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && base[index + 1] & 0xC0 == 0x80 {
                index += 2
                continue
            }
            if lead >= 0xE1 && lead <= 0xEC && index + 2 < count
                && base[index + 1] & 0xC0 == 0x80 && base[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            let length: Int
            let lower: UInt8
            let upper: UInt8
            switch lead {
            case 0xC2...0xDF: (length, lower, upper) = (2, 0x80, 0xBF)
            case 0xE0: (length, lower, upper) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, lower, upper) = (3, 0x80, 0xBF)
            case 0xED: (length, lower, upper) = (3, 0x80, 0x9F)
            case 0xF0: (length, lower, upper) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, lower, upper) = (4, 0x80, 0xBF)
            case 0xF4: (length, lower, upper) = (4, 0x80, 0x8F)
            default: return .invalid(offset: index)
            }
            guard index + 1 < count else { return .truncated(tailStart: index) }
            let second = base[index + 1]
            if second < lower || second > upper { return .invalid(offset: index + 1) }
            var position = 2
            while position < length {
                guard index + position < count else { return .truncated(tailStart: index) }
                if base[index + position] & 0xC0 != 0x80 { return .invalid(offset: index + position) }
                position += 1
            }
            index += length
        }
        return .valid(multiByte: multiByte)
    }
}
