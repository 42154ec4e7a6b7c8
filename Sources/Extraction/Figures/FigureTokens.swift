import VietnameseText

/// One token of a text as the figure rules see it.
struct FigureToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word, numeral, symbol, lineBreak
    }

    let kind: Kind
    /// Code-point range in the text.
    let range: Range<Int>
    /// Words: lower-case, tone marks in first-vowel style ("uỷ" → "ủy"). Numerals: as
    /// written. Symbols: the folded character ("–" → "-", "“" → "\"").
    /// Filled only near numbers and number words (see ``FigureTokenizer``); empty elsewhere.
    var text: String
    /// True when no space separates this token from the previous one.
    let attached: Bool
    /// True when a word starts with a capital letter (filled with `text`).
    var capitalized: Bool

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}

/// Splits a text into words, numerals (with their `.`/`,` groups: "16.700", "99,7"),
/// single-character symbols and line breaks; spaces only separate. A word's text is
/// built only within a window around numerals and possible number words, the only
/// places the rules read.
enum FigureTokenizer {
    /// Folded spellings of the number words that may open a figure.
    static let foldedNumberWords: Set<UInt64> = Set(
        ["hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "mot"].map { pack(Array($0.utf8)[...]) })

    /// Tokens a rule may read before and after a number: a few words before (approximation,
    /// name leads) or the whole clause before a percentage or an amount of money (its
    /// subject may stand there), and the subject after.
    static let windowBefore = 6
    static let clauseWindowBefore = 32
    static let windowAfter = 30

    /// Folded words after a number that make it a percentage or money.
    static let foldedClauseUnits: Set<UInt64> = Set(
        ["%", "phan", "dong", "d", "vnd", "ty", "ti", "trieu", "nghin", "ngan"].map { pack(Array($0.utf8)[...]) })

    /// Up to eight folded bytes packed into one integer, for cheap look-ups; 0 when longer.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        guard bytes.count <= 8 else { return 0 }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    static func tokens(of text: AnalyzedText) -> [FigureToken] {
        var tokens = scan(text)
        var candidates: [Int] = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .numeral
                || token.kind == .word && token.range.count <= 4
                && foldedNumberWords.contains(pack(text.folded[token.range])) {
                candidates.append(index)
            }
        }
        var filled = [Bool](repeating: false, count: tokens.count)
        for candidate in candidates {
            var reach = windowBefore
            for index in (candidate + 1)..<min(tokens.count, candidate + 5)
            where foldedClauseUnits.contains(pack(text.folded[tokens[index].range])) {
                reach = clauseWindowBefore
                break
            }
            for index in max(0, candidate - reach)..<min(tokens.count, candidate + windowAfter)
            where !filled[index] && tokens[index].kind == .word {
                filled[index] = true
                tokens[index].text = word(text, tokens[index].range)
                tokens[index].capitalized = text.isUppercase(at: tokens[index].range.lowerBound)
            }
        }
        return tokens
    }

    /// A word lower-cased, its tone mark moved to the first vowel of oa/oe/uy.
    static func word(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        var isASCII = true
        for scalar in text.scalars[range] {
            if scalar.value >= 0x80 { isASCII = false }
            UTF8.encode(scalar) { bytes.append($0) }
        }
        // Plain ASCII letters: the folded bytes are the lower-cased word, with no tone mark to move.
        if isASCII { return String(decoding: text.folded[range], as: UTF8.self) }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        var needsToneMarks = false
        var previous: UInt8 = 0
        for byte in text.folded[range] {
            if (previous == UInt8(ascii: "o") && (byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e")))
                || (previous == UInt8(ascii: "u") && byte == UInt8(ascii: "y")) {
                needsToneMarks = true
                break
            }
            previous = byte
        }
        return needsToneMarks ? ToneMarks.firstVowelStyle(lower) : lower
    }

    static func scan(_ text: AnalyzedText) -> [FigureToken] {
        let folded = text.folded
        let count = folded.count
        var tokens: [FigureToken] = []
        tokens.reserveCapacity(count / 4)
        var index = 0
        var lastEnd = -1
        func add(_ kind: FigureToken.Kind, _ range: Range<Int>, _ string: String, capitalized: Bool = false) {
            tokens.append(FigureToken(kind: kind, range: range, text: string,
                                      attached: range.lowerBound == lastEnd, capitalized: capitalized))
            lastEnd = range.upperBound
        }
        while index < count {
            let byte = folded[index]
            if isDigit(byte) {
                var end = index + 1
                while end < count {
                    if isDigit(folded[end]) {
                        end += 1
                    } else if (folded[end] == UInt8(ascii: ".") || folded[end] == UInt8(ascii: ",")),
                              end + 1 < count, isDigit(folded[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                add(.numeral, index..<end, String(decoding: folded[index..<end], as: UTF8.self))
                index = end
            } else if isLetter(byte) {
                var end = index + 1
                while end < count, isLetter(folded[end]) { end += 1 }
                add(.word, index..<end, "")
                index = end
            } else if byte == 0x0A {
                add(.lineBreak, index..<(index + 1), "\n")
                index += 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                index += 1
            } else {
                add(.symbol, index..<(index + 1), String(decoding: [byte], as: UTF8.self))
                index += 1
            }
        }
        return tokens
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
}
