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

    /// `memchr` to each occurrence of the first byte, `memcmp` for the rest.
    static func find(_ pattern: UnsafePointer<UInt8>, _ patternCount: Int,
                     in hay: UnsafePointer<UInt8>, _ hayCount: Int) -> Bool {
        guard patternCount <= hayCount else { return false }
        let first = Int32(pattern.pointee)
        var start = 0
        let last = hayCount - patternCount
        while start <= last {
            guard let hit = memchr(hay + start, first, last - start + 1) else { return false }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(hay)
            if memcmp(hay + offset, pattern, patternCount) == 0 { return true }
            start = offset + 1
        }
        return false
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}
