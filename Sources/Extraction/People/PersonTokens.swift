import VietnameseText

/// One word of the text for the people rules: a run of letters and digits ("đ/c" is one word).
struct PersonToken: Sendable {
    let range: Range<Int>
    /// Folded (ASCII, lower-case) form: the cheap first test of every table lookup.
    let folded: String
    let isCapitalised: Bool
    let isAllCaps: Bool
    /// True when the word has the shape of one Vietnamese syllable (no acronyms, no digits).
    let isSyllable: Bool
}

/// The words of a text with the separators between them.
struct PersonTokens {
    let text: AnalyzedText
    let tokens: [PersonToken]

    init(_ text: AnalyzedText) {
        self.text = text
        var tokens: [PersonToken] = []
        let count = text.count
        var index = 0
        func isWord(_ position: Int) -> Bool {
            guard position < count else { return false }
            let byte = text.ascii[position]
            if (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) { return true }
            return byte == Folding.unmapped && text.isWordCharacter(at: position)
        }
        /// The apostrophe of a highland name prefix: "H’Lan", "Y’Bih", "K’Thiu".
        func isNamePrefixApostrophe(_ position: Int, start: Int) -> Bool {
            guard position < count, text.folded[position] == UInt8(ascii: "'"),
                  (1...2).contains(position - start), text.isUppercase(at: start),
                  position + 1 < count, text.isUppercase(at: position + 1) else { return false }
            return text.folded[start..<position].allSatisfy { Self.isConsonant($0) || $0 == UInt8(ascii: "y") }
        }
        while index < count {
            guard isWord(index) else { index += 1; continue }
            let start = index
            while isWord(index) || (index < count && text.ascii[index] == UInt8(ascii: "/") && isWord(index + 1))
                    || isNamePrefixApostrophe(index, start: start) {
                index += 1
            }
            tokens.append(Self.token(text, start..<index))
        }
        self.tokens = tokens
    }

    static func token(_ text: AnalyzedText, _ range: Range<Int>) -> PersonToken {
        var letters = 0
        var upper = 0
        for byte in text.ascii[range] {
            if byte >= 65 && byte <= 90 { letters += 1; upper += 1 } else if byte >= 97 && byte <= 122 { letters += 1 }
        }
        let first = text.ascii[range.lowerBound]
        return PersonToken(
            range: range, folded: String(decoding: text.folded[range], as: UTF8.self),
            isCapitalised: first >= 65 && first <= 90, isAllCaps: letters > 0 && upper == letters,
            isSyllable: isSyllableShape(text.folded[range]))
    }

    /// The word as written.
    func written(_ index: Int) -> String {
        text.slice(tokens[index].range)
    }

    /// The word lower-cased with the tone mark on the first vowel: the form of the tables.
    func key(_ index: Int) -> String {
        ToneMarks.firstVowelStyle(written(index).lowercased())
    }

    /// Onset of up to three consonants, one to three vowels, coda of up to two consonants.
    static func isSyllableShape(_ folded: ArraySlice<UInt8>) -> Bool {
        guard !folded.isEmpty, folded.count <= 7 else { return false }
        if let apostrophe = folded.firstIndex(of: UInt8(ascii: "'")) {
            return isSyllableShape(folded[(apostrophe + 1)...])
        }
        var position = folded.startIndex
        var onset = 0, nucleus = 0, coda = 0
        while position < folded.endIndex, isConsonant(folded[position]) { onset += 1; position += 1 }
        while position < folded.endIndex, isVowel(folded[position]) { nucleus += 1; position += 1 }
        while position < folded.endIndex, isConsonant(folded[position]) { coda += 1; position += 1 }
        return position == folded.endIndex && onset <= 3 && (1...3).contains(nucleus) && coda <= 2
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 97 || byte == 101 || byte == 105 || byte == 111 || byte == 117 || byte == 121
    }

    static func isConsonant(_ byte: UInt8) -> Bool {
        byte >= 97 && byte <= 122 && !isVowel(byte)
    }

    var count: Int { tokens.count }

    subscript(_ index: Int) -> PersonToken { tokens[index] }

    /// The folded separator between word `index` and the next one (to the end of text for the last).
    func gap(after index: Int) -> ArraySlice<UInt8> {
        let start = tokens[index].range.upperBound
        let end = index + 1 < tokens.count ? tokens[index + 1].range.lowerBound : text.count
        return text.folded[start..<end]
    }

    /// The folded separator before word `index` (from the start of text for the first).
    func gap(before index: Int) -> ArraySlice<UInt8> {
        index == 0 ? text.folded[0..<tokens[0].range.lowerBound] : gap(after: index - 1)
    }

    /// True when word `index` and the next are separated by spaces only, on one line.
    func isSpaceGap(after index: Int) -> Bool {
        let gap = gap(after: index)
        return !gap.isEmpty && gap.allSatisfy { $0 == 32 || $0 == 9 }
    }

    /// The separator after word `index` with spaces removed: "," for ", ", ":" for ": ".
    func punctuation(after index: Int) -> [UInt8] {
        gap(after: index).filter { $0 != 32 && $0 != 9 }
    }

    /// The original text of words `range` with their inner separators.
    func slice(_ range: Range<Int>) -> String {
        text.slice(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The code-point span of words `range`.
    func span(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}

/// A table of word phrases matched word by word against ``PersonTokens``.
struct PersonPhraseTable: Sendable {
    struct Phrase: Sendable {
        let folded: [String]
        let words: [String]
    }

    /// Phrases by folded first word, longest first.
    let byFirstWord: [String: [Phrase]]
    /// The phrases as listed.
    let phrases: [String]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var table: [String: [Phrase]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map { Self.key(String($0)) }
            guard let first = words.first else { continue }
            table[Folding.key(first), default: []].append(Phrase(folded: words.map(Folding.key), words: words))
        }
        byFirstWord = table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The comparison form of a word: NFC, lower-cased, tone mark on the first vowel.
    static func key(_ word: String) -> String {
        ToneMarks.firstVowelStyle(Normalization.nfc(word).lowercased())
    }

    /// True when word `index` is a one-word entry.
    func contains(_ tokens: PersonTokens, _ index: Int) -> Bool {
        match(tokens, at: index, length: 1) != nil
    }

    /// The number of words of the longest phrase starting at word `index` (words joined
    /// by spaces only), or nil.
    func match(_ tokens: PersonTokens, at index: Int, length: Int? = nil) -> Int? {
        guard index >= 0, index < tokens.count, let candidates = byFirstWord[tokens[index].folded] else {
            return nil
        }
        var keys: [Int: String] = [:]
        func key(_ position: Int) -> String {
            if let known = keys[position] { return known }
            let computed = tokens.key(position)
            keys[position] = computed
            return computed
        }
        for phrase in candidates {
            let count = phrase.words.count
            guard index + count <= tokens.count, (length ?? count) == count else { continue }
            var matched = true
            for offset in 0..<count {
                let position = index + offset
                if offset > 0 && !tokens.isSpaceGap(after: position - 1) { matched = false; break }
                if tokens[position].folded != phrase.folded[offset] { matched = false; break }
            }
            if matched {
                for offset in 0..<count where key(index + offset) != phrase.words[offset] {
                    matched = false
                    break
                }
            }
            if matched { return count }
        }
        return nil
    }

    /// True when a phrase ends with word `end - 1`.
    func endsAt(_ tokens: PersonTokens, _ end: Int) -> Bool {
        for length in 1...4 where end - length >= 0 {
            if match(tokens, at: end - length, length: length) != nil { return true }
        }
        return false
    }
}
