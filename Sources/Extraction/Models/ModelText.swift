import VietnameseText

/// Word-level helpers over a range of the folded text, for the model and theme rules.
enum ModelText {
    /// The words of the folded range, split at spaces and punctuation other than "-".
    static func words(_ text: AnalyzedText, _ range: Range<Int>) -> [String] {
        text.foldedSlice(range)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") || $0 == "\u{1A}" })
            .map(String.init)
            .filter { $0 != "-" }
    }

    /// The lower-cased original words of a range, split at spaces and punctuation.
    static func originalWords(_ text: AnalyzedText, _ range: Range<Int>) -> [String] {
        Normalization.field(text.slice(range)).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    /// True when `phrase` (lower-case, as printed) occurs as whole words in `words`.
    static func contains(_ words: [String], phrase: String) -> Bool {
        let needle = phraseWords[phrase] ?? Self.needle(phrase)
        guard !needle.isEmpty, needle.count <= words.count else { return false }
        for start in 0...(words.count - needle.count) where words[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    static func needle(_ phrase: String) -> [String] {
        Normalization.field(phrase).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The words of every vocabulary phrase ``contains(_:phrase:)`` is asked about, split once.
    static let phraseWords: [String: [String]] = {
        let phrases = ModelVocabulary.blockingWords + ModelVocabulary.speakerWords + ModelVocabulary.titleBreakingWords
            + ModelVocabulary.titleTopicWords + ModelVocabulary.descriptiveMarkers
        return Dictionary(phrases.map { ($0, needle($0)) }, uniquingKeysWith: { first, _ in first })
    }()

    /// True when any folded byte of the range is one of `characters`.
    static func containsAny(_ text: AnalyzedText, _ range: Range<Int>, of characters: String) -> Bool {
        let set = Set(characters.utf8)
        return range.clamped(to: 0..<text.count).contains { set.contains(text.folded[$0]) }
    }

    /// The range without leading and trailing spaces.
    static func trimmed(_ text: AnalyzedText, _ range: Range<Int>, also extra: String = "") -> Range<Int> {
        let strip = Set((" \t\n" + extra).utf8)
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, strip.contains(text.folded[lower]) { lower += 1 }
        while upper > lower, strip.contains(text.folded[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The range without a trailing ellipsis ("…", "...") and the spaces before it.
    static func withoutTrailingEllipsis(_ text: AnalyzedText, _ range: Range<Int>) -> Range<Int> {
        trimmed(text, range, also: ".")
    }
}
