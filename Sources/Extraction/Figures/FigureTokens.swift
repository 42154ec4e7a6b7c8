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
    let text: String
    /// True when no space separates this token from the previous one.
    let attached: Bool
    /// True when a word starts with a capital letter.
    let capitalized: Bool

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}

/// Splits a text into words, numerals (with their `.`/`,` groups: "16.700", "99,7"),
/// single-character symbols and line breaks; spaces only separate.
enum FigureTokenizer {
    static func tokens(of text: AnalyzedText) -> [FigureToken] {
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
                let word = ToneMarks.firstVowelStyle(text.slice(index..<end).lowercased())
                add(.word, index..<end, word, capitalized: text.isUppercase(at: index))
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

/// Code-point ranges of quoted passages (“…”, "…", «…») within one paragraph: numbers
/// inside a quoted title or slogan are not figures.
enum QuotedSpans {
    static func ranges(in text: AnalyzedText) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var openChar: Unicode.Scalar = "\""
        for (index, scalar) in text.scalars.enumerated() {
            switch scalar {
            case "\n":
                open = nil
            case "\u{201C}", "\u{00AB}":
                if open == nil { open = index; openChar = scalar }
            case "\u{201D}", "\u{00BB}":
                if let start = open, openChar != "\"" {
                    spans.append(start..<(index + 1))
                    open = nil
                }
            case "\"":
                if let start = open, openChar == "\"" {
                    spans.append(start..<(index + 1))
                    open = nil
                } else if open == nil {
                    open = index
                    openChar = "\""
                }
            default:
                break
            }
        }
        return spans
    }

    static func contains(_ spans: [Range<Int>], _ position: Int) -> Bool {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].contains(position)
    }
}
