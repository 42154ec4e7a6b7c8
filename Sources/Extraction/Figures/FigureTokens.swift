import ExtractionEngine
import VietnameseText

/// One token of a text as the figure rules see it. Sixteen bytes: a long text has a token
/// for every two or three code points, so offsets are 32-bit (a document is at most
/// 32 MB) and the flags share one byte.
struct FigureToken: Sendable {
    enum Kind: UInt8, Sendable, Equatable {
        case word, numeral, symbol, lineBreak
    }

    private let lower: Int32
    private let upper: Int32
    /// Words: the ``FigureLexicon`` id of the word (lower-case, tone marks in first-vowel
    /// style, "uỷ" → "ủy"), 0 when it is no entry or not read. Filled only near numbers and
    /// number words (see ``FigureTokenizer``).
    var word: Int32 = 0
    let kind: Kind
    /// Symbols: the folded character ("–" → "-", "“" → "\""); line breaks: "\n"; else 0.
    let symbol: UInt8
    private var flags: UInt8

    private static let readFlag: UInt8 = 1
    private static let attachedFlag: UInt8 = 2
    private static let yearFlag: UInt8 = 4
    private static let capitalizedFlag: UInt8 = 8
    private static let pendingFlag: UInt8 = 16

    init(kind: Kind, range: Range<Int>, symbol: UInt8, attached: Bool) {
        self.kind = kind
        lower = Int32(truncatingIfNeeded: range.lowerBound)
        upper = Int32(truncatingIfNeeded: range.upperBound)
        self.symbol = symbol
        flags = attached ? Self.attachedFlag : 0
    }

    /// Code-point range in the text.
    var range: Range<Int> {
        @inline(__always) get { Int(lower)..<Int(upper) }
    }

    /// True for a word read by the rules (near a number): only those may match a vocabulary.
    var isRead: Bool {
        @inline(__always) get { flags & Self.readFlag != 0 }
        set { setFlag(Self.readFlag, newValue) }
    }
    /// True when no space separates this token from the previous one.
    var attached: Bool { flags & Self.attachedFlag != 0 }
    /// Numerals: true when the numeral is an integer 1800–2100 (`Int(text)`, leading zeros
    /// allowed), the test of a year.
    var isYearValue: Bool {
        @inline(__always) get { flags & Self.yearFlag != 0 }
        set { setFlag(Self.yearFlag, newValue) }
    }
    /// True when a word starts with a capital letter (filled with `word`).
    var capitalized: Bool {
        @inline(__always) get { flags & Self.capitalizedFlag != 0 }
        set { setFlag(Self.capitalizedFlag, newValue) }
    }
    /// True for a read word whose `word` and `capitalized` are not looked up yet
    /// (``FigureTokenList`` looks them up when a rule first reads the token).
    var isPending: Bool {
        @inline(__always) get { flags & Self.pendingFlag != 0 }
        set { setFlag(Self.pendingFlag, newValue) }
    }

    @inline(__always)
    private mutating func setFlag(_ flag: UInt8, _ on: Bool) {
        flags = on ? flags | flag : flags & ~flag
    }

    @inline(__always)
    func isSymbol(_ byte: UInt8) -> Bool { kind == .symbol && symbol == byte }
    /// True for the word `id` (a non-zero ``FigureLexicon`` id).
    @inline(__always)
    func isWord(_ id: Int32) -> Bool { kind == .word && word == id }
    /// True for a symbol among `bytes`.
    @inline(__always)
    func isSymbol(in bytes: ByteSet) -> Bool { kind == .symbol && bytes.contains(symbol) }
}

/// A few short folded words packed by ``FigureTokenizer/pack(_:)``, looked up by one
/// multiplicative hash into a table mostly empty.
struct PackedWordSet: Sendable {
    private let slots: [UInt64]

    init(_ words: [String]) {
        var slots = [UInt64](repeating: 0, count: 128)
        for word in words {
            let key = FigureTokenizer.pack(Array(word.utf8)[...])
            precondition(key != 0, "\(word) does not pack")
            var index = Self.home(key)
            while slots[index] != 0 && slots[index] != key { index = (index + 1) & 127 }
            slots[index] = key
        }
        self.slots = slots
    }

    @inline(__always)
    private static func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }

    /// True for a packed word of the set; false for 0 (a word too long to pack).
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return false }
        var index = Self.home(key)
        while true {
            let slot = slots[index]
            if slot == key { return true }
            if slot == 0 { return false }
            index = (index + 1) & 127
        }
    }
}

/// Splits a text into words, numerals (with their `.`/`,` groups: "16.700", "99,7"),
/// single-character symbols and line breaks; spaces only separate. A word is looked up
/// only within a window around numerals and possible number words, the only places the
/// rules read.
enum FigureTokenizer {
    /// Folded spellings of the number words that may open a figure: those of
    /// ``FigureVocabulary/wordNumberStarts``, ``FigureVocabulary/one`` and
    /// ``FigureVocabulary/tensAfterDigit``.
    static let foldedNumberWords = PackedWordSet(
        (FigureVocabulary.wordNumberStarts.union([FigureVocabulary.one, FigureVocabulary.tensAfterDigit]))
            .map(FigureTables.folded))

    /// Tokens a rule may read before and after a number: a few words before (approximation,
    /// name leads) or the whole clause before a percentage or an amount of money (its
    /// subject may stand there), and the subject after.
    static let windowBefore = 6
    static let clauseWindowBefore = 32
    static let windowAfter = 30

    /// Folded words after a number that make it a percentage or money: the percent marks,
    /// the currencies and the scales of thousands and more.
    static let foldedClauseUnits = PackedWordSet(
        (FigureVocabulary.percentMarks + FigureVocabulary.currencies + FigureVocabulary.scales.filter { $0.value >= 1e3 }.keys)
            .map(FigureTables.folded))

    /// Up to eight folded bytes packed into one integer, for cheap look-ups; 0 when longer.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        guard bytes.count <= 8 else { return 0 }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    /// `pack` of the folded bytes of `range`: the low half of ``Lexicon/pack(_:_:)``'s key,
    /// which holds the first eight bytes the same way.
    @inline(__always)
    static func pack(_ folded: BufferView<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        return Lexicon.pack(folded, range).low
    }

    static func tokens(of text: AnalyzedText) -> FigureTokenList {
        var tokens = scan(text)
        let numberWords = foldedNumberWords
        let clauseUnits = foldedClauseUnits
        // Each window as +1/-1 marks at its ends: one pass then reads every word inside one.
        var marks = [Int32](repeating: 0, count: tokens.count + 1)
        text.folded.withView { folded in
            for (index, token) in tokens.enumerated()
            where token.kind == .numeral
                || token.kind == .word && token.range.count <= 4 && numberWords.contains(pack(folded, token.range)) {
                var reach = windowBefore
                for next in (index + 1)..<min(tokens.count, index + 5)
                where clauseUnits.contains(pack(folded, tokens[next].range)) {
                    reach = clauseWindowBefore
                    break
                }
                marks[max(0, index - reach)] += 1
                marks[min(tokens.count, index + windowAfter)] -= 1
            }
        }
        var open: Int32 = 0
        tokens.withMutableView { tokens in
            for index in tokens.indices {
                open += marks[index]
                guard open > 0, tokens[index].kind == .word else { continue }
                tokens[index].isRead = true
                tokens[index].isPending = true
            }
        }
        return FigureTokenList(text: text, tokens: tokens)
    }

    static func scan(_ text: AnalyzedText) -> [FigureToken] {
        text.folded.withView { folded in
            let count = folded.count
            var tokens: [FigureToken] = []
            // Room for the most tokens the text can hold (one a code point), reserved once:
            // growing by doubling would hold the old and the new copy at once (a flood of
            // punctuation has a token for every code point). Only the slots filled are
            // touched, so only they take memory.
            tokens.reserveCapacity(count)
            var index = 0
            var lastEnd = -1
            func add(_ kind: FigureToken.Kind, _ range: Range<Int>, _ symbol: UInt8 = 0) {
                tokens.append(FigureToken(kind: kind, range: range, symbol: symbol, attached: range.lowerBound == lastEnd))
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
                    add(.numeral, index..<end)
                    tokens[tokens.count - 1].isYearValue = isYearValue(folded[index..<end])
                    index = end
                } else if isLetter(byte) {
                    var end = index + 1
                    while end < count, isLetter(folded[end]) { end += 1 }
                    add(.word, index..<end)
                    index = end
                } else if byte == 0x0A {
                    add(.lineBreak, index..<(index + 1), 0x0A)
                    index += 1
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    index += 1
                } else {
                    add(.symbol, index..<(index + 1), byte)
                    index += 1
                }
            }
            return tokens
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
}

/// The tokens of one text (``FigureTokenizer/tokens(of:)``). A read word's lexicon id and
/// capitalisation are looked up the first time a rule reads the token, so the words of a
/// window that no rule reaches are never looked up; every read gives the token as an eager
/// look-up would have filled it.
final class FigureTokenList {
    let text: AnalyzedText
    private let tokens: [FigureToken]
    /// Per token, once looked up: the lexicon id, with ``capitalizedBit`` set for a capital
    /// first letter; ``notLookedUp`` before. An owned buffer: filled without the exclusivity
    /// checks of a stored array, and without copying the tokens.
    private let lookedUp: Slots<Int32>
    private static let notLookedUp: Int32 = -1
    private static let capitalizedBit: Int32 = 1 << 30

    init(text: AnalyzedText, tokens: [FigureToken]) {
        self.text = text
        self.tokens = tokens
        lookedUp = Slots(count: tokens.count, repeating: Self.notLookedUp)
    }

    var count: Int { tokens.count }

    /// The token, its word looked up when it is read for the first time. Inlined where it is
    /// read: a token that is no read word is returned as it stands, and a read word once
    /// looked up takes its memo; only the first look-up is a call.
    @inline(__always)
    subscript(_ index: Int) -> FigureToken {
        var token = tokens[index]
        guard token.isPending else { return token }
        var entry = lookedUp[index]
        if entry == Self.notLookedUp { entry = lookUp(token, at: index) }
        token.word = entry & ~Self.capitalizedBit
        token.capitalized = entry & Self.capitalizedBit != 0
        token.isPending = false
        return token
    }

    /// The memo entry of the pending word `token` at `index`, looked up and kept: its
    /// lexicon id, with ``capitalizedBit`` for a capital first letter.
    @inline(never)
    private func lookUp(_ token: FigureToken, at index: Int) -> Int32 {
        var entry = FigureLexicon.lexicon.id(in: text, token.range)
        precondition(entry < Self.capitalizedBit, "lexicon ids fit below the capital bit")
        if text.isUppercase(at: token.range.lowerBound) { entry |= Self.capitalizedBit }
        lookedUp[index] = entry
        return entry
    }

    /// The token as scanned and marked, a read word not looked up yet: for tests of its
    /// kind, range and `isRead` only.
    func unread(_ index: Int) -> FigureToken { tokens[index] }

    /// True when some token is no word or is a read word: the only texts a figure may stand in.
    var hasNonWordOrReadWord: Bool { tokens.contains { $0.kind != .word || $0.isRead } }
}

/// Numerals read from their folded bytes (digits with `.`/`,` groups, as the tokenizer cuts them).
enum FigureNumeral {
    /// `VietnameseNumber.parse` of the numeral's text, read from its bytes: digits, a `.`
    /// before exactly three digits groups thousands, another `.` or a `,` is the decimal
    /// mark; a second mark after the decimal one makes no number.
    static func value(_ text: AnalyzedText, _ range: Range<Int>) -> Double? {
        text.folded.withView { value(of: BufferView(rebasing: $0[range])) }
    }

    static func value(of numeral: BufferView<UInt8>) -> Double? {
        wholeValue(of: numeral) ?? parsedValue(of: numeral)
    }

    /// The value of a numeral of at most 15 digits, thousands groups allowed, with no decimal
    /// mark, summed from its digits: exact, as `Double` parses such a number (below 2^53);
    /// nil for any other numeral, which ``parsedValue(of:)`` reads.
    static func wholeValue(of numeral: BufferView<UInt8>) -> Double? {
        guard let first = numeral.first, FigureTokenizer.isDigit(first) else { return nil }
        var value = 0
        var digits = 0
        var index = 0
        while index < numeral.count {
            let byte = numeral[index]
            if FigureTokenizer.isDigit(byte) {
                digits += 1
                guard digits <= 15 else { return nil }
                value = value * 10 + Int(byte &- 48)
            } else if byte == UInt8(ascii: ".") {
                var run = 0
                while index + 1 + run < numeral.count, FigureTokenizer.isDigit(numeral[index + 1 + run]) { run += 1 }
                guard run == 3 else { return nil }
            } else if byte != UInt8(ascii: " ") {
                return nil
            }
            index += 1
        }
        return Double(value)
    }

    /// ``value(of:)`` through `Double`'s parser of the digits, with the decimal mark as ".".
    static func parsedValue(of numeral: BufferView<UInt8>) -> Double? {
        guard let first = numeral.first, FigureTokenizer.isDigit(first) else { return nil }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var inFraction = false
        var index = 0
        while index < numeral.count {
            let byte = numeral[index]
            if FigureTokenizer.isDigit(byte) {
                if inFraction { fraction.append(byte) } else { integer.append(byte) }
            } else if byte == UInt8(ascii: ".") && !inFraction {
                var run = 0
                while index + 1 + run < numeral.count, FigureTokenizer.isDigit(numeral[index + 1 + run]) { run += 1 }
                if run == 3 {
                    // thousands group
                } else if run > 0 {
                    inFraction = true
                } else {
                    return nil
                }
            } else if byte == UInt8(ascii: ",") && !inFraction {
                inFraction = true
            } else if byte == UInt8(ascii: " ") {
                // a space groups thousands too
            } else {
                return nil
            }
            index += 1
        }
        guard !integer.isEmpty else { return nil }
        if !fraction.isEmpty {
            integer.append(UInt8(ascii: "."))
            integer.append(contentsOf: fraction)
        }
        return Double(String(decoding: integer, as: UTF8.self))
    }
}

extension FigureTokenizer {
    /// True when `Int(digits)` is 1800–2100: all digits, no overflow.
    static func isYearValue(_ digits: Slice<BufferView<UInt8>>) -> Bool {
        guard !digits.isEmpty else { return false }
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return false }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - 48))
            guard !overflow, !overflowSum else { return false }
            value = sum
        }
        return (1800...2100).contains(value)
    }

    /// A numeral of four characters that is a year 1800–2100.
    static func isYear(_ token: FigureToken) -> Bool {
        token.kind == .numeral && token.range.count == 4 && token.isYearValue
    }
}
