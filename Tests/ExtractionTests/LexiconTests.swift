import Testing
import VietnameseText
@testable import Extraction

/// ``Lexicon``: a word of the text is found by its lower-case, first-vowel-tone form.
@Suite struct LexiconTests {
    static let lexicon = Lexicon(["ba", "bà", "ủy", "hòa", "khỏe", "quý", "đồng", "campuchia", "đ/c", "thuyết"])

    /// The entry the word of `sentence` at `word` (0-based, words split on spaces) is, or nil.
    func entry(_ sentence: String, word: Int) -> String? {
        let text = AnalyzedText(sentence)
        var ranges: [Range<Int>] = []
        var start: Int?
        for index in 0...text.count {
            let isSpace = index == text.count || text.scalars[index] == " "
            if isSpace, let open = start { ranges.append(open..<index); start = nil }
            if !isSpace, start == nil { start = index }
        }
        let id = Self.lexicon.id(in: text, ranges[word])
        return id == 0 ? nil : Self.lexicon[id]
    }

    @Test(arguments: [
        ("ba người", 0, "ba"), ("BA người", 0, "ba"), ("Bà Lan", 0, "bà"), ("BÀ LAN", 0, "bà"),
        ("Tỉnh uỷ", 1, "ủy"), ("Tỉnh UỶ", 1, "ủy"), ("Tỉnh ủy", 1, "ủy"), ("hoà bình", 0, "hòa"),
        ("khoẻ mạnh", 0, "khỏe"), ("Quý I", 0, "quý"), ("5 đồng", 1, "đồng"), ("ĐỒNG", 0, "đồng"),
        ("nước Campuchia", 1, "campuchia"), ("Đ/c Lan", 0, "đ/c"), ("lý thuyết", 1, "thuyết"),
    ])
    func wordsFound(_ row: (String, Int, String)) {
        #expect(entry(row.0, word: row.1) == row.2, "\(row.0)")
    }

    @Test(arguments: [
        ("bá chủ", 0), ("bả vai", 0), ("dong sông", 0), ("đông người", 0), ("uy tín", 0), ("quy định", 0),
        ("hoa quả", 0), ("campuchiaa", 0), ("bas", 0),
    ])
    func otherWordsNotFound(_ row: (String, Int)) {
        #expect(entry(row.0, word: row.1) == nil, "\(row.0)")
    }

    /// Over every word of the seed reports, the scalar comparison gives the entry the
    /// String definition gives.
    @Test func agreesWithStringDefinitionOnSeeds() throws {
        let lexicon = FigureLexicon.lexicon
        var checked = 0
        for document in SeedCorpus.documents {
            let text = try SeedCorpus.text(document)
            var index = 0
            while index < text.count {
                guard text.folded[index] >= 97 && text.folded[index] <= 122 else { index += 1; continue }
                var end = index + 1
                while end < text.count, text.folded[end] >= 97 && text.folded[end] <= 122 { end += 1 }
                let expected = lexicon.id(of: ToneMarks.firstVowelStyle(text.slice(index..<end).lowercased()))
                #expect(lexicon.id(in: text, index..<end) == expected, "\(text.slice(index..<end))")
                checked += 1
                index = end
            }
        }
        #expect(checked > 3_000)
    }
}

/// ``FigureNumeral``: a numeral read from its bytes as `VietnameseNumber.parse` reads it.
@Suite struct FigureNumeralTests {
    @Test(arguments: [
        ("16.700", 16700.0), ("99,7", 99.7), ("1.234,5", 1234.5), ("05", 5), ("2.5", 2.5), ("2.500.000", 2_500_000),
        ("1,2", 1.2), ("12.34", 12.34), ("1.2345", 1.2345), ("0,05", 0.05), ("2020", 2020),
    ])
    func values(_ row: (String, Double)) {
        let text = AnalyzedText(row.0)
        #expect(FigureNumeral.value(text, 0..<text.count) == row.1, "\(row.0)")
        #expect(FigureNumeral.value(text, 0..<text.count) == VietnameseNumber.parse(row.0), "\(row.0)")
    }

    @Test(arguments: ["1,2,3", "1,2.345", "1.2,3"])
    func secondMarkAfterTheDecimalOneIsNoNumber(_ numeral: String) {
        let text = AnalyzedText(numeral)
        #expect(FigureNumeral.value(text, 0..<text.count) == nil)
        #expect(VietnameseNumber.parse(numeral) == nil)
    }

    @Test(arguments: [("2020", true), ("1800", true), ("2100", true), ("2101", false), ("1799", false), ("02020", true),
                      ("20.20", false), ("99999999999999999999", false)])
    func yearValues(_ row: (String, Bool)) {
        let tokens = FigureTokenizer.scan(AnalyzedText(row.0))
        #expect(tokens.count == 1 && tokens[0].isYearValue == row.1, "\(row.0)")
    }
}
