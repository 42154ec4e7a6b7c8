import VietnameseText

/// One word of the text for the people rules: a run of letters and digits ("đ/c" is one word).
struct PersonToken: Sendable {
    let range: Range<Int>
    /// The word as written.
    let text: String
    /// Lower-cased, first-vowel tone placement: the form the vocabulary tables use.
    let key: String
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
        while index < count {
            guard text.isWordCharacter(at: index) else { index += 1; continue }
            let start = index
            while index < count
                && (text.isWordCharacter(at: index)
                    || (text.scalars[index] == "/" && text.isWordCharacter(at: index + 1))) {
                index += 1
            }
            tokens.append(Self.token(text, start..<index))
        }
        self.tokens = tokens
    }

    static func token(_ text: AnalyzedText, _ range: Range<Int>) -> PersonToken {
        let word = text.slice(range)
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        let allCaps = !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
        return PersonToken(
            range: range, text: word, key: ToneMarks.firstVowelStyle(word.lowercased()),
            isCapitalised: text.isUppercase(at: range.lowerBound), isAllCaps: allCaps,
            isSyllable: isSyllableShape(text.folded[range]))
    }

    /// Onset of up to three consonants, one to three vowels, coda of up to two consonants.
    static func isSyllableShape(_ folded: ArraySlice<UInt8>) -> Bool {
        let vowels = Set("aeiouy".utf8)
        let letters = Array(folded)
        guard !letters.isEmpty, letters.count <= 7,
              letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        var position = 0
        while position < letters.count && !vowels.contains(letters[position]) { position += 1 }
        guard position <= 3 else { return false }
        let vowelStart = position
        while position < letters.count && vowels.contains(letters[position]) { position += 1 }
        guard position > vowelStart, position - vowelStart <= 3 else { return false }
        return letters.count - position <= 2
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
    /// Phrases by first word, longest first.
    let byFirstWord: [String: [[String]]]
    /// The phrases as listed.
    let phrases: [String]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var table: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map { Self.key(String($0)) }
            guard let first = words.first else { continue }
            table[first, default: []].append(words)
        }
        byFirstWord = table.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The comparison form of a word: NFC, lower-cased, tone mark on the first vowel.
    static func key(_ word: String) -> String {
        ToneMarks.firstVowelStyle(Normalization.nfc(word).lowercased())
    }

    /// True when `word` is a one-word entry.
    func contains(_ word: String) -> Bool {
        byFirstWord[word]?.contains { $0.count == 1 } ?? false
    }

    /// The number of words of the longest phrase starting at word `index` (words joined
    /// by spaces only), or nil.
    func match(_ tokens: PersonTokens, at index: Int, length: Int? = nil) -> Int? {
        guard index >= 0, index < tokens.count, let candidates = byFirstWord[tokens[index].key] else {
            return nil
        }
        for phrase in candidates where index + phrase.count <= tokens.count && (length ?? phrase.count) == phrase.count {
            var matched = true
            for offset in 1..<max(phrase.count, 1) {
                let position = index + offset
                if !tokens.isSpaceGap(after: position - 1) || tokens[position].key != phrase[offset] {
                    matched = false
                    break
                }
            }
            if matched { return phrase.count }
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
