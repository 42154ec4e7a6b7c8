@testable import Extraction
import ExtractionEngine
import Testing
import VietnameseText

/// Byte-level stand-ins of the rules checked against the definitions they replace.
@Suite struct RuleByteTests {
    static var texts: [String] {
        DirectiveScanTests.samples + ModelScanTests.sentences + [
            "Ban Thường vụ Tỉnh ủy và Ủy ban nhân dân tỉnh VÀ Bộ Giáo dục Và Đào tạo; XIII, IV, MCMXC, Xi, VÀO, vả, và̀",
            "mô hình “Dân vận khéo” … mô hình Dân vận khéo, dân vận khéo; Mô Hình Dân Vận Khéo xyz-dân vận khéo2",
            "aaaa aaaaa aaaa-aaaa Ăaaaa aaaa", "",
        ]
    }

    /// The issuer rules' byte tests ("và", Roman numerals, stop words, continuation phrases
    /// read backwards) answer as the String comparisons they replace, on every word.
    @Test func issuerWordTestsAreTheStringComparisons() {
        for sample in Self.texts {
            let text = AnalyzedText(sample)
            var words: [Range<Int>] = []
            var index = 0
            while index < text.count {
                if let word = DirectiveIssuerRules.nextWord(text, from: index) {
                    words.append(word)
                    index = word.upperBound
                } else {
                    index += 1
                }
            }
            for word in words {
                let value = text.slice(word)
                #expect(DirectiveIssuerRules.isAnd(text, word) == (value.lowercased() == "và"), "\(value)")
                #expect(DirectiveIssuerRules.isRomanNumeral(text, word)
                        == (value == value.uppercased() && RomanNumeral.value(value) != nil), "\(value)")
                let stops = DirectiveIssuerRules.stopWords.contains(text.foldedSlice(word))
                #expect(!stops || !DirectiveIssuerRules.continues(text, word, lower: value.lowercased()), "\(value)")
                let phrase = DirectiveIssuerRules.continuationPhrases.first { phrase in
                    let start = word.upperBound - phrase.count
                    return start >= 0 && text.foldedSlice(start..<word.upperBound) == phrase && text.isUppercase(at: start)
                        && (start == 0 || !text.isWordCharacter(at: start - 1))
                }.map { (word.upperBound - $0.count)..<word.upperBound }
                #expect(DirectiveIssuerRules.continuationPhrase(text, endingAt: word.upperBound, lowerBound: 0) == phrase,
                        "\(value)")
            }
        }
    }
}
