#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte scans of a page made before libxml2 parses it, for shapes its HTML parser handles
/// badly: an element with a flood of attributes, and a DOCTYPE with an internal subset.
enum HTMLPrescan {
    /// Most attributes accepted on one element. libxml2's HTML parser compares each
    /// attribute with every earlier one of its element and appends it by walking the list,
    /// so an element costs the square of its attributes: 200 000 took over a minute.
    /// Real pages stay under a hundred; 10 000 cost libxml2 a fraction of a second.
    static let maximumAttributes = 10_000

    /// True when a start tag in `bytes` has more than `limit` attributes (as libxml2
    /// separates them: names split by blanks, values quoted or not). Comments are skipped.
    /// Linear: a tag is read only when it could hold that many attributes (two bytes each
    /// at least) — when the span to the next `>` is that long, or holds a quote, past which
    /// a quoted value may hide that `>` (`<div t=">" a0 a1 …>`) — and then once, to its end.
    static func hasElement(withMoreAttributesThan limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let shortest = 2 * limit
        // A smaller page cannot hold `<`, a name and more than `limit` blank-led attributes.
        guard let base = bytes.baseAddress, bytes.count > shortest else { return false }
        let count = bytes.count
        var index = 0
        var nextClose = -1
        while index < count {
            guard let found = memchr(base + index, 0x3C, count - index) else { return false }
            let open = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if open + 3 < count && base[open + 1] == 0x21 && base[open + 2] == 0x2D && base[open + 3] == 0x2D {
                index = commentEnd(base, count, from: open + 4)
                continue
            }
            guard open + 1 < count, isLetter(base[open + 1]) else {
                index = open + 1
                continue
            }
            if nextClose <= open {
                let close = memchr(base + open + 1, 0x3E, count - open - 1)
                nextClose = close.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            }
            // Outside a quoted value every `>` ends the tag: a short span without quotes is a short tag.
            let span = nextClose - open
            if span <= shortest && memchr(base + open, 0x22, span) == nil && memchr(base + open, 0x27, span) == nil {
                index = open + 1
                continue
            }
            let (attributes, end) = countAttributes(base, count, from: open + 1, stoppingAfter: limit)
            if attributes > limit { return true }
            index = end
        }
        return false
    }

    /// The attributes of the start tag whose name begins at `start`, counting stops past
    /// `limit`, and where the tag ends (past its `>`).
    private static func countAttributes(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int,
                                        stoppingAfter limit: Int) -> (Int, Int) {
        var index = start
        while index < count && !isBlank(base[index]) && base[index] != 0x3E { index += 1 }
        var attributes = 0
        while index < count {
            while index < count && isBlank(base[index]) { index += 1 }
            guard index < count, base[index] != 0x3E else { break }
            attributes += 1
            if attributes > limit { return (attributes, index) }
            // The name (or a bogus token), then an optional `= value`.
            while index < count && !isBlank(base[index]) && base[index] != 0x3E && base[index] != 0x3D { index += 1 }
            while index < count && isBlank(base[index]) { index += 1 }
            guard index < count, base[index] == 0x3D else { continue }
            index += 1
            while index < count && isBlank(base[index]) { index += 1 }
            guard index < count else { break }
            let quote = base[index]
            if quote == 0x22 || quote == 0x27 {
                index += 1
                let close = memchr(base + index, Int32(quote), count - index)
                index = close.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base + 1 } ?? count + 1
            } else {
                while index < count && !isBlank(base[index]) && base[index] != 0x3E { index += 1 }
            }
        }
        return (attributes, min(count, index + 1))
    }

    /// Past the `-->` that closes a comment whose text starts at `start`.
    private static func commentEnd(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
        var index = start
        while index < count, let found = memchr(base + index, 0x3E, count - index) {
            let close = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if close >= start + 2 && base[close - 1] == 0x2D && base[close - 2] == 0x2D { return close + 1 }
            index = close + 1
        }
        return count
    }

    /// The byte range of a DOCTYPE's internal subset (`[` through `]`), when the page opens
    /// (after blanks, a byte order mark and comments) with `<!DOCTYPE … [ … ]>`. libxml2's
    /// HTML parser does not read internal subsets: it ends the DOCTYPE at the first `>`
    /// and the rest of the subset became page text.
    static func internalSubset(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { index = 3 }
        while true {
            while index < count && isBlank(base[index]) { index += 1 }
            guard index + 3 < count, base[index] == 0x3C, base[index + 1] == 0x21 else { return nil }
            guard base[index + 2] == 0x2D && base[index + 3] == 0x2D else { break }
            index = commentEnd(base, count, from: index + 4)
        }
        let keyword = Array("doctype".utf8)
        guard index + 2 + keyword.count <= count else { return nil }
        for (offset, letter) in keyword.enumerated() where base[index + 2 + offset] | 0x20 != letter { return nil }
        index += 2 + keyword.count
        // The subset opens before the DOCTYPE's first `>` outside quotes.
        var quote: UInt8?
        while index < count {
            let byte = base[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return nil
            } else if byte == 0x5B {
                break
            }
            index += 1
        }
        guard index < count else { return nil }
        let start = index
        // Declarations hold quoted strings and comments that may contain `]`.
        quote = nil
        index += 1
        while index < count {
            let byte = base[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3C && index + 3 < count && base[index + 1] == 0x21 && base[index + 2] == 0x2D
                        && base[index + 3] == 0x2D {
                index = commentEnd(base, count, from: index + 4)
                continue
            } else if byte == 0x5D {
                return start..<(index + 1)
            }
            index += 1
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
