import Foundation

/// Sentence splitting that survives Vietnamese abbreviations and numbers.
public enum Sentences {
    /// Abbreviations that end with a period but not a sentence ("TP. Mỹ Tho", "ThS. Lê").
    /// Compared case-insensitively on the folded word before the period.
    public static let abbreviations: Set<String> = [
        "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "cn", "ncs", "th.s", "p", "q", "tx", "h", "x",
        "ubnd", "hđnd", "đ", "ng", "st", "nxb", "tr", "vd", "v.v", "mr", "ms", "dr", "no", "sđd",
    ]

    /// Scalars in the longest of ``abbreviations``.
    static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    /// Code-point ranges of the sentences of `text`, in order. A paragraph break always
    /// ends a sentence; `.`, `!`, `?`, `…` end one when followed by space and an upper-case
    /// letter, a digit, a quote or a dash, unless the word before is an abbreviation or a
    /// single capital (an initial), or the period sits inside a number ("16.700").
    public static func split(_ text: AnalyzedText) -> [Range<Int>] {
        text.ascii.withUnsafeBufferPointer { split(text, ascii: $0) }
    }

    /// ``split(_:)`` over the text's ASCII bytes, read through a buffer: the scan between
    /// terminal marks is the whole text's length.
    private static func split(_ text: AnalyzedText, ascii: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let scalars = text.scalars
        let count = ascii.count
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, ascii[lower] == 0x20 || ascii[lower] == 0x0A || ascii[lower] == 0x09 { lower += 1 }
            while upper > lower, ascii[upper - 1] == 0x20 || ascii[upper - 1] == 0x0A || ascii[upper - 1] == 0x09 { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
            start = end
        }
        while index < count {
            index = nextMark(ascii, from: index)
            guard index < count else { break }
            let byte = ascii[index]
            if byte == 0x0A {
                close(index)
                index += 1
                continue
            }
            let isTerminal = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            guard isTerminal else { index += 1; continue }
            var end = index + 1
            while end < count, Self.closesTerminal(ascii[end]) { end += 1 }
            guard end < count else { break }
            guard ascii[end] == 0x20 else { index = end; continue }
            var next = end
            while next < count, ascii[next] == 0x20 { next += 1 }
            guard next < count else { break }
            let nextScalar = scalars[next]
            let opensSentence = ScalarClass.isUppercase(nextScalar) || nextScalar.properties.numericType != nil
                || ascii[next] == UInt8(ascii: "\"") || ascii[next] == UInt8(ascii: "-")
            if !opensSentence { index = end; continue }
            if byte == UInt8(ascii: ".") && scalars[index] != "…" && isAbbreviation(text, periodAt: index) { index = end; continue }
            close(end)
            index = end
        }
        close(count)
        return ranges
    }

    /// The first index from `index` of a line feed, `.`, `!` or `?` in `ascii`, or its count:
    /// the only bytes ``split(_:)`` stops at. Eight bytes at a time: a byte of a word equals
    /// one of the four when the word XORed with it repeated has a zero byte there, and the
    /// lowest byte the zero test flags is always a true zero (a false flag needs a borrow
    /// from a true zero below it).
    static func nextMark(_ ascii: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        let count = ascii.count
        var index = index
        if let base = ascii.baseAddress {
            let raw = UnsafeRawPointer(base)
            @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 {
                (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            }
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let found = zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                    | zeroBytes(word ^ 0x2121_2121_2121_2121) | zeroBytes(word ^ 0x3F3F_3F3F_3F3F_3F3F)
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < count {
            let byte = ascii[index]
            if byte == 0x0A || byte == 0x2E || byte == 0x21 || byte == 0x3F { return index }
            index &+= 1
        }
        return count
    }

    /// `.`, `!`, `?`, `"`, `'` and `)`: what may follow a sentence's terminal mark.
    @inline(__always)
    static func closesTerminal(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x22 || byte == 0x27 || byte == 0x29
    }

    static func isAbbreviation(_ text: AnalyzedText, periodAt index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, text.isWordCharacter(at: wordStart - 1) || text.ascii[wordStart - 1] == UInt8(ascii: ".") { wordStart -= 1 }
        guard wordStart < index else { return false }
        // Lower-casing never shortens a word: one longer than every abbreviation is none.
        guard index - wordStart <= longestAbbreviation else { return false }
        let word = text.slice(wordStart..<index).lowercased()
        if abbreviations.contains(word) { return true }
        let folded = text.foldedSlice(wordStart..<index)
        if abbreviations.contains(folded) { return true }
        // A single capital letter is an initial ("Nguyễn V. A").
        return index - wordStart == 1 && text.isUppercase(at: wordStart)
    }
}
