import Foundation
import VietnameseText

/// Finds Theme items: a study theme ("chuyên đề") whose title the text quotes, with its year
/// or, for a whole-term theme, the first year of its term.
public struct ThemeExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Theme] {
        extract(from: text, quotes: nil)
    }

    /// ``extract(from:)`` with the text's quotations when the caller has them already.
    func extract(from text: AnalyzedText, quotes known: [QuotedSpan]?) -> [Theme] {
        let hits = ThemeVocabulary.themeWords(in: text)
        guard !hits.isEmpty else { return [] }
        let quotes = known ?? QuoteScanner.spans(in: text)
        let sentences = text.sentences
        var themes: [Theme] = []
        var indexByKey: [String: Int] = [:]
        for hit in hits {
            guard ThemeVocabulary.isPrintedThemeWord(text, hit),
                  let sentence = sentences.first(where: { $0.contains(hit.lowerBound) }),
                  let quote = quotes.first(where: { $0.outer.lowerBound >= hit.upperBound }),
                  quote.outer.upperBound <= sentence.upperBound else { continue }
            let gap = hit.upperBound..<quote.outer.lowerBound
            guard ThemeVocabulary.introduces(gap, in: text),
                  let year = ThemeYear.year(in: text, gap: gap, after: quote.outer.upperBound, sentence: sentence)
            else { continue }
            let inner = ModelText.withoutTrailingEllipsis(text, quote.inner)
            guard !inner.isEmpty else { continue }
            let title = Normalization.field(text.slice(inner))
            let key = "\(year) " + Folding.key(title)
            if let index = indexByKey[key] {
                themes[index].mentions.append(Mention(inner))
            } else {
                indexByKey[key] = themes.count
                themes.append(Theme(year: year, title: title, mentions: [Mention(inner)]))
            }
        }
        return themes
    }
}

/// The words that introduce a study theme and bound the text between it and its title.
enum ThemeVocabulary {
    static let themeWordPrinted = "chuyên đề"
    static let themeWordFolded = "chuyen de"

    /// ``themeWordPrinted`` as NFC scalars, for ``isPrintedThemeWord(_:_:)``.
    private static let themeWordScalars: [UInt32] = Normalization.nfc(themeWordPrinted).unicodeScalars.map(\.value)

    /// True when the text at `hit` lower-cased is ``themeWordPrinted`` (String equality):
    /// scalars lower-cased one by one when they are those of the word, else the String path.
    static func isPrintedThemeWord(_ text: AnalyzedText, _ hit: Range<Int>) -> Bool {
        let expected = themeWordScalars
        if hit.count == expected.count {
            let same = text.scalars.withUnsafeBufferPointer { scalars in
                LowerCase.table.withUnsafeBufferPointer { table in
                    for offset in 0..<hit.count {
                        let value = scalars[hit.lowerBound + offset].value
                        guard value < UInt32(table.count), table[Int(value)] == expected[offset] else { return false }
                    }
                    return true
                }
            }
            if same { return true }
        }
        return text.slice(hit).lowercased() == themeWordPrinted
    }

    /// Every "chuyen de" of the folded text that is a whole word (no letter or digit
    /// touching it), as the pattern `(?<![a-z0-9])chuyen de(?![a-z0-9])` finds them.
    static func themeWords(in text: AnalyzedText) -> [Range<Int>] {
        let needle = Array(themeWordFolded.utf8)
        return text.folded.withUnsafeBufferPointer { folded in
            var hits: [Range<Int>] = []
            guard let base = folded.baseAddress else { return hits }
            // Searched by its "y", a rarer byte than its "c": each "y" at `anchor` or later
            // is tried as the needle's, the leftmost occurrence first.
            let anchor = 3
            var index = 0
            while index + needle.count <= folded.count,
                  let found = memchr(base + index + anchor, Int32(needle[anchor]), folded.count - index - anchor) {
                let start = UnsafeRawPointer(found) - UnsafeRawPointer(base) - anchor
                let end = start + needle.count
                guard end <= folded.count else { break }
                guard (0..<needle.count).allSatisfy({ folded[start + $0] == needle[$0] }) else {
                    index = start + 1
                    continue
                }
                if start == 0 || !isWordByte(folded[start - 1]), end == folded.count || !isWordByte(folded[end]) {
                    hits.append(start..<end)
                    index = end
                } else {
                    index = start + 1
                }
            }
            return hits
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }

    /// Most words between "chuyên đề" and its quoted title.
    static let maxGapWords = 25

    /// Words between "chuyên đề" and a quote that make the quote something else: another
    /// theme, a model, a saying.
    static let blockingWords: [String] = ["chuyên đề", "lời", "dạy", "khẩu hiệu", "phương châm"]
        + ModelVocabulary.introducingWords.map(\.word)

    /// ``blockingWords`` split into words as ``ModelText/contains(_:phrase:)`` splits them, once.
    static let blockingNeedles: [[String]] = blockingWords.map(ModelText.needle)

    /// True when the text between "chuyên đề" and a quote lets the quote be its title.
    static func introduces(_ gap: Range<Int>, in text: AnalyzedText) -> Bool {
        guard !ModelText.containsAny(text, gap, of: ";.!?\n\"") else { return false }
        let words = ModelText.words(text, gap)
        guard words.count <= maxGapWords else { return false }
        let original = ModelText.originalWords(text, gap)
        return !blockingNeedles.contains { needle in
            !needle.isEmpty && needle.count <= original.count
                && (0...(original.count - needle.count)).contains { original[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
    }
}

/// Reads a theme's year: "năm 2024", "giai đoạn 2021 - 2026", "nhiệm kỳ 2020-2025", "(2021-2025)".
enum ThemeYear {
    /// A year after a year word, or the first year of a span.
    static let inGap = Pattern("(?<![0-9])(?:(?:nam(?: hoc)?|giai doan|nhiem ky|khoa)\\s+((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2})\\s*-\\s*(?:19|20)[0-9]{2})(?![0-9])")
    /// A year or span right after the title.
    static let afterTitle = Pattern("\\s*,?\\s*\\(?\\s*(?:(?:nam(?: hoc)?|giai doan|nhiem ky|khoa|trong)\\s+)?(?:nam\\s+)?((?:19|20)[0-9]{2})(?![0-9])")
    /// Any "năm YYYY" in the sentence.
    static let yearWord = Pattern("(?<![a-z0-9])nam\\s+((?:19|20)[0-9]{2})(?![0-9])")

    static func year(in text: AnalyzedText, gap: Range<Int>, after position: Int, sentence: Range<Int>) -> Int? {
        if hasDigit(text, gap), let match = inGap.matches(in: text, range: gap).first, let range = match[1] ?? match[2] {
            return Int(text.foldedSlice(range))
        }
        if let match = afterTitle.match(in: text, at: position, limit: sentence.upperBound), let range = match[1] {
            return Int(text.foldedSlice(range))
        }
        let before = sentence.lowerBound..<gap.lowerBound
        if hasDigit(text, before), let match = yearWord.matches(in: text, range: before).last, let range = match[1] {
            return Int(text.foldedSlice(range))
        }
        return nil
    }

    /// False when no digit stands in `range`: then neither ``inGap`` nor ``yearWord`` matches there.
    private static func hasDigit(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        text.folded.withUnsafeBufferPointer { folded in
            range.contains { folded[$0] >= 48 && folded[$0] <= 57 }
        }
    }
}
