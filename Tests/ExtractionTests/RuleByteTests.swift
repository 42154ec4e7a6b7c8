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

    /// `BufferView.firstIndex(of:in:)` (Horspool) is the first position of a naive search, for
    /// needles of every length and ranges that cut the text anywhere.
    @Test func substringSearchIsTheNaiveSearch() {
        for sample in Self.texts.prefix(12) {
            let bytes = AnalyzedText(sample).folded
            let needles: [[UInt8]] = [[], [UInt8(ascii: "a")], Array("an".utf8), Array("ban".utf8), Array("chi thi".utf8),
                                      Array("dan van kheo".utf8), Array("zzzz".utf8), Array(bytes.prefix(9))]
            for needle in needles {
                for lower in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 7)) {
                    for upper in [bytes.count, (lower + bytes.count) / 2, lower] {
                        let naive = (lower...upper).first { start in
                            start + needle.count <= upper && bytes[start..<(start + needle.count)].elementsEqual(needle)
                        }
                        let found = bytes.withView { $0.firstIndex(of: needle, in: lower..<upper) }
                        #expect(found == naive, "\(needle) in \(lower)..<\(upper) of \(sample.debugDescription)")
                    }
                }
            }
        }
    }

    /// ``ModelMerger/repeats(ofKey:in:)`` finds what the first-byte scan it replaced found:
    /// every whole-word occurrence, left to right, none overlapping the previous one.
    @Test func modelRepeatsAreEveryWholeWordOccurrence() {
        for sample in Self.texts {
            let text = AnalyzedText(sample)
            var keys = ["dan van kheo", "mo hinh", "aaaa", "chi thi", "nghi quyet", "ban"]
            keys += ModelExtractor().extract(from: text).map { Folding.key($0.name) }
            for key in keys {
                let needle = Array(key.utf8)
                var expected: [Range<Int>] = []
                if needle.count >= 4, needle.count <= text.count {
                    var start = 0
                    while start + needle.count <= text.count {
                        let end = start + needle.count
                        if text.folded[start..<end].elementsEqual(needle), !text.isWordCharacter(at: start - 1),
                           !text.isWordCharacter(at: end) {
                            expected.append(start..<end)
                            start = end
                        } else {
                            start += 1
                        }
                    }
                }
                #expect(ModelMerger.repeats(ofKey: key, in: text) == expected, "\(key) in \(sample.debugDescription)")
            }
        }
    }

    /// ``Provinces/key(_:)`` squeezes the folded bytes as the Character map and split it replaced.
    @Test func provinceKeysAreTheCharacterDefinition() {
        let samples = Self.texts + [
            "TP. Hồ Chí Minh", "Bà Rịa–Vũng Tàu", "  tỉnh  Cao Bằng ,", "Thừa Thiên - Huế", "-.,–", "a-\u{0301}b", "x\r\n y",
            "Đắk Lắk\tĐắk Nông", "…", "Hà Nội.", " ", "",
        ]
        for sample in samples {
            let expected = Folding.key(String(sample.map { "-–.,".contains($0) ? " " : $0 }))
                .split(separator: " ").joined(separator: " ")
            #expect(Provinces.key(sample) == expected, "\(sample.debugDescription)")
        }
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
                #expect(!stops || !DirectiveIssuerRules.continues(text, word), "\(value)")
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

/// The figure rules' one-look-up tables flag the words they must.
@Suite struct FigureWordTableTests {
    @Test func approximationTablesFlagEveryPhraseEnd() throws {
        let ends = try #require(FigureTables.approximationEnds)
        let starts = try #require(FigureTables.approximationFollowerStarts)
        for (words, _) in FigureTables.approximations { #expect(ends[Int(try #require(words.last))]) }
        for (words, _) in FigureTables.approximationFollowers { #expect(starts[Int(try #require(words.first))]) }
        #expect(ends.filter { $0 }.count == Set(FigureTables.approximations.compactMap(\.words.last)).count)
        #expect(FigureTables.wordTable([[3], []]) { $0.last } == nil)
    }
}
