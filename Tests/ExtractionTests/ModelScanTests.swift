@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// The byte and scalar readings of the model rules against the string forms they replace.
@Suite struct ModelScanTests {
    static let sentences = [
        "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” của Ủy ban MTTQ tỉnh; Hội thi “Dân vận khéo”.",
        "Mô hình «Chi bộ 4 tốt» (Đảng ủy xã Tân Hòa), Tỉnh uỷ Thuỷ Nguyên khoẻ hoà thuý quý QUỶ HOÀ",
        "Cuộc thi lần thứ III năm 2023 của Hội LHPN; CLB “Gia đình 5 không, 3 sạch” – Tổ 7, khu phố 3…",
        "Giải thưởng Báo chí về chủ đề học tập và làm theo Bác giai đoạn 2021-2025\r\nTP.HCM: 1.234 người, ½ số hộ",
        "Combining: Hoa\u{300} thu\u{309}y; joiner: a\u{200D}b; İstanbul; Ωμέγα; ‘đơn’ — “kép”… x²",
    ]

    static func ranges(_ count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for lower in stride(from: 0, through: count, by: 3) {
            for length in [0, 1, 2, 5, 9, 17, 40, 400] where lower + length <= count + 2 {
                ranges.append(lower..<min(count, lower + length))
            }
        }
        return ranges
    }

    @Test func originalWordsAreTheNormalisedStringsWords() {
        for sentence in Self.sentences {
            let text = AnalyzedText(sentence)
            for range in Self.ranges(text.count) {
                #expect(TextWords.originalWords(text, range) == TextWords.normalisedWords(text, range),
                        "\(sentence) \(range)")
            }
        }
    }

    @Test func foldedWordsAreTheFoldedStringsWords() {
        for sentence in Self.sentences + ["a - b -- c-d -x- \u{1A}e", "-", "- -"] {
            let text = AnalyzedText(sentence)
            for range in Self.ranges(text.count) {
                let expected = text.foldedSlice(range)
                    .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") || $0 == "\u{1A}" })
                    .map(String.init)
                    .filter { $0 != "-" }
                #expect(TextWords.words(text, range) == expected, "\(sentence) \(range)")
            }
        }
    }

    @Test(arguments: [
        ("Tỉnh uỷ Thuỷ Nguyên", ["tỉnh", "ủy", "thủy", "nguyên"]),
        ("“Dân vận khéo”, 2023", ["dân", "vận", "khéo", "2023"]),
        ("QUÝ HOÀ", ["quý", "hòa"]),
    ])
    func originalWords(phrase: String, expected: [String]) {
        let text = AnalyzedText(phrase)
        #expect(TextWords.originalWords(text, 0..<text.count) == expected)
    }

    static let ownerSamples = [
        "lần thứ III của Hội", "lần thứ 3x của", "lần 2 (Đoàn)", "lần 2x (Đoàn)", "năm 2023 của Đoàn", "năm 20234 của",
        "năm 2023  cuả", "năm 2023 (", "lần thứ ba  của\tX", "của  Hội", "của", "cua(", "lần thứ III của",
    ]

    @Test func ownerOpeningsAreTheExpressions() {
        for sample in Self.ownerSamples {
            let text = AnalyzedText(sample)
            text.folded.withView { bytes in
                for lower in 0...text.count {
                    for upper in Set([text.count, min(text.count, lower + 14)]) {
                        #expect(ModelOwner.editionEnd(bytes, lower, upper)
                                == ModelOwner.edition.match(in: text, at: lower, limit: upper)?.range.upperBound,
                                "edition \(sample) \(lower)..<\(upper)")
                        #expect(ModelOwner.ofWordEnd(bytes, lower, upper)
                                == ModelOwner.ofWord.match(in: text, at: lower, limit: upper)?.range.upperBound,
                                "of \(sample) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }
}

extension ModelScanTests {
    @Test func topicSearchIsTheExpression() {
        for sample in ["về chủ đề học tập", "chủ đềx chủ đề", "xchủ đề, chủ đề", "chủ  đề", "chủ đề"] {
            let text = AnalyzedText(sample)
            for lower in 0...text.count {
                for upper in lower...text.count {
                    #expect(ModelContext.firstTopic(in: text, lower..<upper)
                            == ModelContext.topicPattern.matches(in: text, range: lower..<upper).first?.range,
                            "\(sample) \(lower)..<\(upper)")
                }
            }
        }
    }
}

extension ModelScanTests {
    @Test func needlesAreTheNormalisedPhrasesWords() {
        let phrases = ModelVocabulary.blockingWords + ModelVocabulary.speakerWords + ModelVocabulary.unitHeads
            + ModelVocabulary.topicStopWords + ["tp.", "Tỉnh uỷ", "hoà  bình", "Hoa\u{300}", "a\u{200D}b", "quý", "İ"]
        for phrase in phrases {
            let expected = Normalization.field(phrase).lowercased()
                .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            #expect(TextWords.needle(phrase) == expected, "\(phrase)")
        }
    }
}

extension ModelScanTests {
    @Test func firstWordsAreThePrefixOfTheWords() {
        for sentence in Self.sentences + ["Hội Phụ nữ xã Hoa\u{300} Bình", "a < \u{338} b c"] {
            let text = AnalyzedText(sentence)
            for range in Self.ranges(text.count) {
                for count in [1, 3] {
                    #expect(TextWords.originalWords(text, range, first: count)
                            == Array(TextWords.normalisedWords(text, range).prefix(count)), "\(sentence) \(range) \(count)")
                }
            }
        }
    }
}

extension ModelScanTests {
    static let hitPattern = Pattern("(?<![a-z0-9])("
        + ModelContext.foldedHitWords.map { NSRegularExpression.escapedPattern(for: String(decoding: $0, as: UTF8.self)) }
            .joined(separator: "|") + ")(?![a-z0-9])")

    @Test func introducingWordsOpenWithLetters() {
        #expect(ModelContext.hitWordsOpenWithLetters)
        #expect(ModelContext.hitWordsHaveThreeBytes)
    }

    @Test func hitRangesAreTheExpressionsMatches() {
        let samples = Self.sentences + [
            "các mô hình: A; phong trào thi đua, phong tràox, xphong trào, cuộc thi2 giải thưởng",
            "nhóm “A”, quỹ B, quy ước, đội hình, công trình, tháng cao điểm, giải phụ, thắng, nhà, cô, quý, đồng",
            "Mô hình", "mô hình-mô hình", "phong trào", "giải", "x", "", "môhình mô  hình 1mô hình",
        ]
        for sample in samples {
            let text = AnalyzedText(sample)
            #expect(ModelContext.hitRanges(in: text)
                    == Self.hitPattern.matches(in: text, range: 0..<text.count).map(\.range), "\(sample)")
        }
    }
}

extension ModelScanTests {
    @Test func introducingWordsReadBackAsPrinted() {
        for entry in ModelVocabulary.introducingWords {
            let text = AnalyzedText(entry.word)
            #expect(Array(text.scalars) == Array(entry.word.unicodeScalars), "\(entry.word)")
            #expect(TextWords.originalWords(text, 0..<text.count).joined(separator: " ") == entry.word, "\(entry.word)")
        }
        #expect(Set(ModelVocabulary.introducingWords.map(\.word)).count == ModelVocabulary.introducingWords.count)
    }

    @Test(arguments: [("các mô hình “A”", "mô hình"), ("Mô Hình “A”", "mô hình"), ("CLB “A”", "clb"),
                      ("Câu lạc bộ “A”", "câu lạc bộ"), ("Giải thưởng Báo chí", "giải thưởng")])
    func introducingHit(sentence: String, word: String) {
        let text = AnalyzedText(sentence)
        let context = ModelContext(text, hitRanges: ModelContext.hitRanges(in: text), quotes: QuoteScanner.spans(in: text))
        #expect(context.hits.map(\.entry.word) == [word])
    }
}

extension ModelScanTests {
    /// Where no head or stop word's first word opens, the words read there open none.
    @Test func firstWordChecksAreNecessary() {
        let samples = Self.sentences + [
            "của Hội Nông dân xã và Đoàn xã đã", "của Hộix Đoànthanh đãng Ủy ban", "của Hội² Hội_x Hội-x Hội",
            "của Đảng ủy, Công đoànviên; Tổ7 tổ 7 Tp.HCM tp. hội\u{300}", "góp phần góp mang lại tạo thu hút",
        ]
        for sample in samples {
            let text = AnalyzedText(sample)
            for position in 0..<text.count {
                for limit in Set([text.count, min(text.count, position + 5)]) {
                    let rest = TextWords.originalWords(text, position..<min(limit, position + 24), first: ModelOwner.longestPhrase)
                    if !ModelOwner.startsWithAnyWord(text, at: position, limit: limit, ModelOwner.ownerStopFirstWords) {
                        #expect(!ModelOwner.isStopWord(rest) || !text.isWordCharacter(at: position), "\(sample) \(position)")
                    }
                    if !ModelOwner.startsWithAnyWord(text, at: position, limit: limit, ModelOwner.unitHeadFirstWords) {
                        #expect(ModelOwner.headLength(rest) == 1 || !text.isWordCharacter(at: position), "\(sample) \(position)")
                    }
                }
            }
        }
    }

    @Test(arguments: [("Hội Nông dân", true), ("Hộix", false), ("Hội-x", true), ("hội2", false), ("hội²", true), ("ủy ban", true),
                      ("ủyban", false), ("Đoàn", true)])
    func unitHeadFirstWord(phrase: String, opens: Bool) {
        let text = AnalyzedText(phrase)
        #expect(ModelOwner.startsWithAnyWord(text, at: 0, limit: text.count, ModelOwner.unitHeadFirstWords) == opens)
    }
}

extension ModelScanTests {
    @Test(arguments: ["", ";.:!?()\"\n", "\u{0}\u{7F}@?", "aé"])
    func byteSetHoldsTheStringsBytes(characters: String) {
        let set = ByteSet(characters)
        for byte in 0...255 {
            #expect(set.contains(UInt8(byte)) == characters.utf8.contains(UInt8(byte)), "\(byte)")
        }
    }
}

extension ModelScanTests {
    @Test(arguments: [
        (["a", "b", "c"], ["b", "c"], true), (["a", "b", "c"], ["a", "c"], false), (["a"], ["a"], true),
        (["a"], ["a", "b"], false), (["a", "b"], [], false), ([], ["a"], false), (["b", "a", "b", "d"], ["b", "d"], true),
    ])
    func containsWholeWords(words: [String], needle: [String], expected: Bool) {
        #expect(TextWords.contains(words, needle: needle) == expected)
    }
}

extension ModelScanTests {
    /// ``TextWords/lowercaseScalars`` is the one-scalar lower-case mapping of every scalar below
    /// U+1F00 (``TextWords/unmappedLowercase`` where the mapping is not one scalar).
    @Test func lowercaseScalarsAreTheMapping() {
        var changed = 0
        for value in 0..<UInt32(0x1F00) {
            let expected: UInt32
            if let scalar = Unicode.Scalar(value) {
                let mapping = scalar.properties.lowercaseMapping.unicodeScalars
                expected = mapping.count == 1 ? mapping.first?.value ?? TextWords.unmappedLowercase : TextWords.unmappedLowercase
            } else {
                expected = TextWords.unmappedLowercase
            }
            if expected != value { changed += 1 }
            #expect(TextWords.lowercaseScalars[Int(value)] == expected, "U+\(String(value, radix: 16))")
        }
        #expect(changed > 500)
    }
}
