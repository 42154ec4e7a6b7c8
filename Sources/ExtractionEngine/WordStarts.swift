import VietnameseText

/// Where the folded words of a text start: every position whose byte is a letter or digit
/// (`[a-z0-9]`) and whose previous byte is not (or which opens the text), and where its runs
/// of digits start (a digit whose previous byte is no digit). Found once per text, in one
/// pass, for the scanners whose matches can only open there (the directives' kind words and
/// bare symbols, the models' introducing words, the dates' numbers and date words), which
/// then try those positions only.
package struct WordStarts: Sendable {
    /// The positions, 32-bit (a document is at most 32 MB): a long text has a word start
    /// every five or six code points.
    private let starts: [Int32]
    /// The starts of the runs of digits, 32-bit.
    private let digitStarts: [Int32]
    /// For each start, the four folded bytes from it, the first in the top byte, 0 for a byte
    /// past the text's end: the scanners test a word's opening without reading the text.
    private let openingBytes: [UInt32]

    /// The positions, ascending.
    package var positions: LazyMapSequence<[Int32], Int> { starts.lazy.map { Int($0) } }

    /// The positions of the digits that follow no digit (or open the text), ascending.
    package var digitRunStarts: LazyMapSequence<[Int32], Int> { digitStarts.lazy.map { Int($0) } }

    package init(_ text: AnalyzedText) {
        self.init(folded: text.folded)
    }

    /// The starts in `folded`, whatever its bytes (a byte from 0x80 is neither letter nor digit).
    package init(folded: [UInt8]) {
        let (starts, digitStarts) = folded.withUnsafeBufferPointer(Self.scan)
        self.starts = starts
        self.digitStarts = digitStarts
        openingBytes = folded.withUnsafeBufferPointer { Self.openings($0, starts) }
    }

    /// Calls `body` with the positions (ascending) and, at the same index, the four folded
    /// bytes from each, packed (``opening(_:_:)``).
    package func withOpenings<Result>(_ body: (BufferView<Int32>, BufferView<UInt32>) throws -> Result) rethrows -> Result {
        try starts.withView { positions in
            try openingBytes.withView { openings in try body(positions, openings) }
        }
    }

    /// The folded bytes from `position`, up to four, the first in the top byte, 0 for a byte
    /// past the end: "ngay" → 0x6E67_6179, "ab" at the end → 0x6162_0000.
    package static func opening(_ folded: [UInt8], _ position: Int) -> UInt32 {
        var packed: UInt32 = 0
        for offset in 0..<4 {
            let index = position + offset
            packed = packed << 8 | (index < folded.count ? UInt32(folded[index]) : 0)
        }
        return packed
    }

    private static func openings(_ folded: UnsafeBufferPointer<UInt8>, _ starts: [Int32]) -> [UInt32] {
        guard let base = folded.baseAddress else { return [] }
        let count = folded.count
        return starts.map { start in
            let position = Int(start)
            if position &+ 4 <= count {
                return UInt32(bigEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self))
            }
            var packed: UInt32 = 0
            for offset in 0..<4 {
                let index = position &+ offset
                packed = packed << 8 | (index < count ? UInt32(base[index]) : 0)
            }
            return packed
        }
    }

    /// Eight bytes at a time: the letters and digits of a word of bytes as one bit each
    /// (bit `8i` for byte `i`), a run's start where the bit is set and the previous byte's is
    /// not.
    private static func scan(_ folded: UnsafeBufferPointer<UInt8>) -> ([Int32], [Int32]) {
        let count = folded.count
        guard let base = folded.baseAddress, count > 0 else { return ([], []) }
        // Runs are maximal, so at most one code point in two opens one: scratch room for that
        // many, and the arrays take only those found.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count / 2 + 2) { words in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: count / 2 + 2) { digits in
                var wordCount = 0
                var digitCount = 0
                var previousAlphanumeric: UInt64 = 0
                var previousDigit: UInt64 = 0
                var offset = 0
                while offset < count {
                    let chunk: UInt64
                    if offset &+ 8 <= count {
                        chunk = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                    } else {
                        var partial: UInt64 = 0
                        for index in offset..<count {
                            partial |= UInt64(base[index]) << UInt64(truncatingIfNeeded: (index &- offset) &* 8)
                        }
                        chunk = partial
                    }
                    let (alphanumeric, digit) = classes(chunk)
                    let wordOpenings = alphanumeric & ~(alphanumeric << 8 | previousAlphanumeric)
                    let digitOpenings = digit & ~(digit << 8 | previousDigit)
                    previousAlphanumeric = alphanumeric >> 56
                    previousDigit = digit >> 56
                    var bits = wordOpenings
                    while bits != 0 {
                        words[wordCount] = Int32(truncatingIfNeeded: offset &+ bits.trailingZeroBitCount >> 3)
                        wordCount &+= 1
                        bits &= bits &- 1
                    }
                    bits = digitOpenings
                    while bits != 0 {
                        digits[digitCount] = Int32(truncatingIfNeeded: offset &+ bits.trailingZeroBitCount >> 3)
                        digitCount &+= 1
                        bits &= bits &- 1
                    }
                    offset &+= 8
                }
                return (Array(words[0..<wordCount]), Array(digits[0..<digitCount]))
            }
        }
    }

    /// For each byte of `chunk`, bit `8i` set when byte `i` is `[a-z0-9]` (first) and when it
    /// is `[0-9]` (second). A byte's low seven bits plus a constant below 0x80 never carry
    /// into the next byte, so each byte is compared on its own.
    @inline(__always)
    package static func classes(_ chunk: UInt64) -> (UInt64, UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = chunk & ~high
        let ascii = ~chunk & high
        // Bit 7 of `low + (0x80 - first)` is set when the byte is `first` or above; of
        // `low + (0x7F - last)` when it is above `last`.
        let digit = (low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ascii
        let letter = (low &+ ones &* 0x1F) & ~(low &+ ones &* 0x05) & ascii
        return ((digit | letter) >> 7, digit >> 7)
    }
}

/// The first three bytes of a set of words, hashed into a table of bits: false where no word
/// opens with the three bytes of a ``WordStarts/withOpenings(_:)`` opening, true where one
/// may (collisions pass). A word shorter than three bytes opens with any byte after it.
package struct OpeningFilter: Sendable {
    private let bits: [UInt64]

    package init(_ words: [[UInt8]]) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for word in words where !word.isEmpty {
            let known = word.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let missing = 3 - min(word.count, 3)
            for rest in 0..<(UInt32(1) << UInt32(8 * missing)) {
                let slot = Self.slot(known << UInt32(8 * missing) | rest)
                bits[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        self.bits = bits
    }

    @inline(__always)
    private static func slot(_ triple: UInt32) -> Int {
        Int(truncatingIfNeeded: (triple &* 0x9E37_79B1) >> 16)
    }

    /// False when no word opens with the first three bytes of `opening` (packed as
    /// ``WordStarts/withOpenings(_:)`` gives them).
    @inline(__always)
    package func mayOpen(_ opening: UInt32) -> Bool {
        let slot = Self.slot(opening >> 8)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
