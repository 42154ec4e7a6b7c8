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
        var ranges: [Range<Int>] = []
        let scalars = text.scalars
        let count = scalars.count
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, text.ascii[lower] == 0x20 || text.ascii[lower] == 0x0A || text.ascii[lower] == 0x09 { lower += 1 }
            while upper > lower, text.ascii[upper - 1] == 0x20 || text.ascii[upper - 1] == 0x0A || text.ascii[upper - 1] == 0x09 { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
            start = end
        }
        while index < count {
            let byte = text.ascii[index]
            if byte == 0x0A {
                close(index)
                index += 1
                continue
            }
            let isTerminal = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            guard isTerminal else { index += 1; continue }
            var end = index + 1
            while end < count, Self.closesTerminal(text.ascii[end]) { end += 1 }
            guard end < count else { break }
            guard text.ascii[end] == 0x20 else { index = end; continue }
            var next = end
            while next < count, text.ascii[next] == 0x20 { next += 1 }
            guard next < count else { break }
            let nextScalar = scalars[next]
            let opensSentence = ScalarClass.isUppercase(nextScalar) || nextScalar.properties.numericType != nil
                || text.ascii[next] == UInt8(ascii: "\"") || text.ascii[next] == UInt8(ascii: "-")
            if !opensSentence { index = end; continue }
            if byte == UInt8(ascii: ".") && scalars[index] != "…" && isAbbreviation(text, periodAt: index) { index = end; continue }
            close(end)
            index = end
        }
        close(count)
        return ranges
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
