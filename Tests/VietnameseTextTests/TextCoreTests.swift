import Testing
@testable import VietnameseText

@Suite struct NumberTests {
    @Test(arguments: [
        ("16.700", 16700.0), ("99,7", 99.7), ("1.234,5", 1234.5), ("05", 5), ("1.000", 1000),
        ("2.5", 2.5), ("1.000.000", 1_000_000), ("100", 100),
    ])
    func parsesDigits(_ input: String, _ expected: Double) {
        #expect(VietnameseNumber.parse(input) == expected)
    }

    @Test(arguments: [
        (["ba"], 3.0, 1), (["hai", "mươi"], 20, 2), (["hai", "mươi", "lăm"], 25, 3),
        (["một", "trăm", "linh", "năm"], 105, 4), (["mười", "hai", "người"], 12, 2), (["ba", "nghìn"], 3000, 2),
    ])
    func parsesWords(_ words: [String], _ value: Double, _ used: Int) {
        let result = VietnameseNumber.parseWords(words)
        #expect(result?.value == value)
        #expect(result?.count == used)
    }

    @Test(arguments: [("XIII", 13), ("IV", 4), ("XII", 12), ("VII", 7), ("XXIV", 24)])
    func romanNumerals(_ numeral: String, _ value: Int) {
        #expect(RomanNumeral.value(numeral) == value)
    }

    @Test(arguments: ["IIII", "VX", "", "ABC"])
    func rejectsNonCanonicalRoman(_ numeral: String) {
        #expect(RomanNumeral.value(numeral) == nil)
    }
}

@Suite struct FoldingTests {
    @Test func foldKeepsOneBytePerScalar() {
        let text = AnalyzedText("Chỉ thị “05” – Tỉnh uỷ…")
        #expect(text.foldedString == "chi thi \"05\" - tinh uy.")
        #expect(text.folded.count == text.scalars.count)
    }

    /// The one-pass decoder gives what the scalar view and ``Folding`` give scalar by scalar,
    /// for one-, two-, three- and four-byte scalars, unmapped ones and text ending mid-word.
    @Test(arguments: [
        "", "a", "Chỉ thị “05” – Tỉnh uỷ…", "Đảng ủy ĐẢNG\u{00A0}Ủy ban\u{2028}x", "𝐀 🇻🇳 emoji 😀 end",
        "mixed ASCII and 中文 and Ελληνικά, ©®™ ½ ¾ ﬁ", "Chi\u{0309} thi\u{0323} (decomposed)", "\u{FEFF}BOM\u{200B}zw",
        String(repeating: "Báo cáo số 123/BC-UBND ngày 5/6/2025 – 98,6% hộ dân; ", count: 50),
    ])
    func oneScalarPerPositionAsTheScalarView(_ input: String) {
        let text = AnalyzedText(input)
        let scalars = Array(text.text.unicodeScalars)
        #expect(text.scalars == scalars)
        #expect(text.ascii == scalars.map(Folding.ascii))
        #expect(text.folded == scalars.map { Folding.lowercase(Folding.ascii($0)) })
        #expect(text.asciiString == String(decoding: text.ascii, as: UTF8.self))
        #expect(text.foldedString == String(decoding: text.folded, as: UTF8.self))
    }

    /// Every slice (each start and length up to 40 code points, ranges past the end
    /// clamped) is the UTF-8 of its scalars, as a String of those scalars is; the scalar
    /// count read eight bytes at a time is the count of scalars.
    @Test(arguments: [
        "", "a", "Chỉ thị “05” – Tỉnh uỷ…", "Đảng ủy ĐẢNG\u{00A0}Ủy ban\u{2028}x", "𝐀 🇻🇳 emoji 😀 end",
        "mixed ASCII and 中文 and Ελληνικά, ©®™ ½ ¾ ﬁ", "\u{FEFF}BOM\u{200B}zw ß İ ǅ",
    ])
    func slicesAreTheScalarsUTF8(_ input: String) {
        let text = AnalyzedText(input)
        #expect(text.text.utf8.withContiguousStorageIfAvailable(AnalyzedText.scalarCount) == text.scalars.count)
        for start in 0...text.count {
            for length in 0...40 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text.scalars[start..<min(text.count, start + length)])
                let slice = text.slice(start..<(start + length))
                #expect(slice == String(view))
                #expect(Array(slice.utf8) == Array(String(view).utf8))
                #expect(Array(text.foldedSlice(start..<(start + length)).utf8)
                        == Array(text.folded[start..<min(text.count, start + length)]))
            }
        }
    }

    @Test func decomposedInputBecomesNFC() {
        let decomposed = "Chi\u{0309} thi\u{0323}"
        let text = AnalyzedText(decomposed)
        #expect(text.text == "Chỉ thị")
        #expect(text.count == 7)
    }

    @Test(arguments: [
        ("Tỉnh uỷ", "Tỉnh ủy"), ("hoà bình", "hòa bình"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"),
        ("quý IV", "quý IV"), ("hoàn thành", "hoàn thành"), ("Ủy ban", "Ủy ban"), ("Thuỷ", "Thủy"),
    ])
    func toneMarksMoveToFirstVowel(_ input: String, _ expected: String) {
        #expect(ToneMarks.firstVowelStyle(input) == expected)
    }

    @Test func preCheckLetsOnlyWordFinalMarkedPairsThrough() {
        #expect(!ToneMarks.mayHaveSecondVowelMark("Hoàng Thúy Huy thuyết hoàn"))
        #expect(ToneMarks.mayHaveSecondVowelMark("Tỉnh uỷ"))
        #expect(ToneMarks.mayHaveSecondVowelMark("hoà"))
        #expect(ToneMarks.mayHaveSecondVowelMark("KHOẺ."))
    }

    @Test func textsThePreCheckPassesOverAreLeftAsTheyAre() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["o", "O", "u", "U", "q", "h", "n", " ", "-", "à", "ẻ", "ỷ", "Ý", "ả", "â", "ấ", "y", "a", "e", "ư", "ơ"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            if !ToneMarks.mayHaveSecondVowelMark(text) {
                #expect(Array(ToneMarks.firstVowelStyle(text).utf8) == Array(text.utf8), "\(text)")
            }
        }
    }
}

@Suite struct SentenceTests {
    @Test func splitsOnPeriodsButNotAbbreviationsOrNumbers() {
        let text = AnalyzedText("Đài TP. Mỹ Tho có 16.700 lượt. ThS. Lê Văn A phát biểu. Hết")
        let sentences = Sentences.split(text).map { text.slice($0) }
        #expect(sentences == ["Đài TP. Mỹ Tho có 16.700 lượt.", "ThS. Lê Văn A phát biểu.", "Hết"])
    }

    @Test func paragraphBreakEndsSentence() {
        let text = AnalyzedText("Dòng một\n\nDòng hai")
        #expect(Sentences.split(text).map { text.slice($0) } == ["Dòng một", "Dòng hai"])
    }
}

@Suite struct FoldingTableTests {
    /// The written-out folds of the Latin blocks give the table decomposing every scalar gives.
    @Test func latinBlocksAreEveryScalarThatFolds() {
        #expect(Folding.table == Folding.makeTable(decomposing: [0x80..<0x1F00]))
        #expect(Folding.latinFolds.map(\.start) == Folding.latinRanges.map(\.lowerBound))
        #expect(Folding.latinFolds.map(\.folds.utf8.count) == Folding.latinRanges.map(\.count))
        #expect(Folding.table[0x1EA1] == UInt8(ascii: "a"))
        #expect(Folding.table[0x1EC7] == UInt8(ascii: "e"))
    }
}
