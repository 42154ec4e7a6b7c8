import Testing
@testable import VietnameseText

@Suite struct SyllableScoreTests {
    /// The score as it was first written: scalar by scalar through the Unicode property
    /// tables and a dictionary of the Vietnamese letters.
    static func reference(_ text: String) -> (plausible: Int, implausible: Int) {
        var letters: [Unicode.Scalar: Bool] = [:]
        for (value, kind) in LegacyText.Tables.shared.letterKinds.enumerated() where kind != 0 {
            if let scalar = Unicode.Scalar(UInt32(value)) { letters[scalar] = kind == LegacyText.Tables.tonedLetter }
        }
        var plausible = 0, implausible = 0
        var nonASCII = false, foreign = false, tones = 0
        func end() {
            if nonASCII { if foreign || tones > 1 { implausible += 1 } else { plausible += 1 } }
            nonASCII = false
            foreign = false
            tones = 0
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar.properties.isAlphabetic || scalar == "-" { continue }
                end()
                continue
            }
            if scalar.properties.isWhitespace {
                end()
                continue
            }
            nonASCII = true
            if let toned = letters[scalar] {
                if toned { tones += 1 }
            } else {
                foreign = true
            }
        }
        end()
        return (plausible, implausible)
    }

    @Test func letterTableHoldsTheVietnameseLetters() {
        let kinds = LegacyText.Tables.shared.letterKinds
        #expect(kinds[0xE0] == LegacyText.Tables.tonedLetter)   // à
        #expect(kinds[0xE2] == LegacyText.Tables.plainLetter)   // â
        #expect(kinds[0x1EDD] == LegacyText.Tables.tonedLetter) // ờ
        #expect(kinds[0x111] == LegacyText.Tables.plainLetter)  // đ
        #expect(kinds[0xE6] == 0)                               // æ
        #expect(kinds.count <= 0x1F00)
    }

    @Test func scoresAsTheScalarReference() {
        let palette: [String] = ["Học", "tập", "Hoïc", "taäp", "Häc", "tËp", "ờ", "ủy", "æ", "ñ", "-", " ", "\u{A0}",
                                 "\u{2003}", "\u{3000}", "\u{1680}", "\u{85}", "\n", "<p>", "a", "Z", "đ", "\u{300}",
                                 "\u{1F600}", "€", "日", ".", "ộ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator))
                .map { _ in palette.randomElement(using: &generator) ?? "" }.joined()
            let score = LegacyText.SyllableScore(text)
            let expected = Self.reference(text)
            #expect(score.plausible == expected.plausible && score.implausible == expected.implausible, "\(text)")
        }
    }

    /// Long runs of markup between the words, which the score skips eight bytes at a time.
    @Test func scoresMarkupRunsAsTheScalarReference() {
        let palette: [String] = ["<div class=\"content-body\">", "</p>\n", "Học", "tập", "Häc", "tËp", "ủy", "æ",
                                 " ", "\u{A0}", "\u{3000}", "abcdefghij", "-", "ộ", "x", "\u{300}", "日", "1234567"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator))
                .map { _ in palette.randomElement(using: &generator) ?? "" }.joined()
            let score = LegacyText.SyllableScore(text)
            let expected = Self.reference(text)
            #expect(score.plausible == expected.plausible && score.implausible == expected.implausible, "\(text)")
        }
    }

    @Test(arguments: ["a", "\u{A0}", "ờ", "\u{3000}", "\u{1F600}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}"])
    func readsScalarValues(_ text: String) {
        var text = text
        let scalar = text.unicodeScalars.first
        text.withUTF8 { bytes in
            #expect(UTF8Validation.scalarValue(bytes, at: 0, length: bytes.count) == scalar?.value)
        }
    }
}
