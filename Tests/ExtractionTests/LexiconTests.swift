@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// ``Lexicon``: a word of the text is found by its lower-case, first-vowel-tone form.
@Suite struct LexiconTests {
    static let lexicon = Lexicon(["ba", "bà", "ủy", "hòa", "khỏe", "quý", "đồng", "campuchia", "đ/c", "thuyết", "thủy",
                                 "quỹ", "ngoài", "khuỷu", "tỏa", "uống"])

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
        ("Thuỷ điện", 0, "thủy"), ("Quỹ", 0, "quỹ"), ("NGOÀI", 0, "ngoài"), ("khuỷu tay", 0, "khuỷu"), ("toả sáng", 0, "tỏa"),
        ("uống", 0, "uống"),
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
    /// String definition gives: with the figure vocabulary, and with every word of the
    /// seeds as an entry (so each word is compared with its own form).
    @Test func agreesWithStringDefinitionOnSeeds() throws {
        var words: [(AnalyzedText, Range<Int>)] = []
        for document in SeedCorpus.documents {
            let text = try SeedCorpus.text(document)
            let tokens = PersonTokens(text)
            for index in 0..<tokens.count { words.append((text, tokens[index].range)) }
        }
        let key = { (word: (AnalyzedText, Range<Int>)) in ToneMarks.firstVowelStyle(word.0.slice(word.1).lowercased()) }
        let everyWord = Lexicon(words.map(key))
        for lexicon in [FigureLexicon.lexicon, everyWord] {
            for word in words {
                #expect(lexicon.id(in: word.0, word.1) == lexicon.id(of: key(word)), "\(word.0.slice(word.1))")
            }
        }
        #expect(words.count > 3_000)
        #expect(words.allSatisfy { everyWord.id(in: $0.0, $0.1) != 0 })
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

    /// The packed key read by word loads is the key packed byte by byte, for every range of
    /// up to 17 bytes at every position of texts shorter and longer than one load.
    @Test(arguments: ["", "ab", "chi thi so 05", String(repeating: "tinh uy ban thuong vu ", count: 4)])
    func packByLoadsIsPackByBytes(_ input: String) {
        let bytes = Array(input.utf8)
        bytes.withView { folded in
            for start in 0...bytes.count {
                for end in start...min(bytes.count, start + 17) {
                    let loaded = Lexicon.pack(folded, start..<end)
                    let packed = Lexicon.packByBytes(folded, start..<end)
                    #expect(loaded == packed, "\(start)..<\(end)")
                    if end - start <= 8 { #expect(FigureTokenizer.pack(folded, start..<end) == FigureTokenizer.pack(bytes[start..<end])) }
                }
            }
        }
    }

    /// A whole numeral's value summed from its digits is what `Double` parses from them.
    @Test(arguments: ["0", "7", "007", "16.700", "1.000.000", "1 000", "123456789012345", "1234567890123456",
                      "999.999.999.999.999", "99,7", "1.234,5", "2.5", "1..2", "1.", "12a", "3 ", "4.56"])
    func wholeNumeralValueIsParsedValue(_ numeral: String) {
        let bytes = Array(numeral.utf8)
        bytes.withView { view in
            #expect(FigureNumeral.value(of: view) == FigureNumeral.parsedValue(of: view))
            if let whole = FigureNumeral.wholeValue(of: view) { #expect(whole == FigureNumeral.parsedValue(of: view)) }
        }
    }
}
