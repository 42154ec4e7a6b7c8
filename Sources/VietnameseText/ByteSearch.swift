import Foundation

/// Substring tests on UTF-8 bytes for the hot paths that look for ASCII words in ASCII
/// text (folded keys, class and style attributes).
public enum ByteSearch {
    /// Foundation's `haystack.contains(needle)`: by `memmem` when both strings are ASCII
    /// (where the two agree byte for byte), by Foundation otherwise.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        let fast: Bool? = haystack.withUTF8 { hay in
            needle.withUTF8 { pattern -> Bool? in
                guard !pattern.isEmpty, let hayBase = hay.baseAddress, let patternBase = pattern.baseAddress,
                      isASCII(hay), isASCII(pattern) else { return nil }
                return find(patternBase, pattern.count, in: hayBase, hay.count)
            }
        }
        return fast ?? haystack.contains(needle)
    }

    /// False only when `haystack` cannot contain `needle` under canonical equivalence, for
    /// an NFC `needle`: its bytes do not occur and the haystack is NFC by the quick check of
    /// ``Normalization/mayNeedNormalization(utf8:)``, so no other spelling of the needle can
    /// occur in it. A cheap guard before a full `contains`.
    public static func mayContainCanonically(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern -> Bool in
                guard let hayBase = hay.baseAddress, let patternBase = pattern.baseAddress else { return true }
                return find(patternBase, pattern.count, in: hayBase, hay.count)
                    || Normalization.mayNeedNormalization(utf8: hay)
            }
        }
    }

    /// True when `bytes` hold an ASCII digit, eight bytes at a time: in each byte below 0x80,
    /// `0x7F + 0x3A - byte` keeps its top bit only when the byte is below `:` and
    /// `byte + 0x7F - 0x2F` sets it only when the byte is above `/`; neither sum carries out
    /// of its byte, and bytes of 0x80 or more are masked out.
    public static func containsASCIIDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let low = word & (0x7F &* ones)
            let below = (0x7F &+ 0x3A) &* ones &- low
            let above = low &+ (0x7F &- 0x2F) &* ones
            if below & above & ~word & (0x80 &* ones) != 0 { return true }
            index &+= 8
        }
        while index < count {
            if base[index] &- 0x30 < 10 { return true }
            index &+= 1
        }
        return false
    }

    /// True when `bytes` contain `needle` with ASCII letters compared case-insensitively.
    /// `needle` is lower-case ASCII and starts with a non-letter (`"</html"`), so the scan can
    /// jump to its first byte with `memchr`.
    public static func containsIgnoringASCIICase(_ bytes: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { hay in
            pattern.withUnsafeBufferPointer { lowered in
                guard let hayBase = hay.baseAddress, let patternBase = lowered.baseAddress else { return false }
                return find(patternBase, lowered.count, in: hayBase, hay.count) { candidate in
                    for offset in 1..<lowered.count {
                        var byte = candidate[offset]
                        if byte >= 65 && byte <= 90 { byte += 32 }
                        if byte != lowered[offset] { return false }
                    }
                    return true
                }
            }
        }
    }

    /// `memchr` to each occurrence of the first byte, then `matches` (by default `memcmp`)
    /// on the candidate.
    static func find(_ pattern: UnsafePointer<UInt8>, _ patternCount: Int,
                     in hay: UnsafePointer<UInt8>, _ hayCount: Int,
                     matches: ((UnsafePointer<UInt8>) -> Bool)? = nil) -> Bool {
        guard patternCount <= hayCount else { return false }
        let first = Int32(pattern.pointee)
        var start = 0
        let last = hayCount - patternCount
        while start <= last {
            guard let hit = memchr(hay + start, first, last - start + 1) else { return false }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(hay)
            let candidate = hay + offset
            if matches.map({ $0(candidate) }) ?? (memcmp(candidate, pattern, patternCount) == 0) { return true }
            start = offset + 1
        }
        return false
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
