import Foundation
import Testing
@testable import VietnameseText

/// ``ToneMarks`` against the String-based definition it replaced: the pre-check read over
/// the UTF-8 and the pair tests on scalar values give the same answers.
@Suite struct ToneMarksEquivalenceTests {
    /// The String-based ``ToneMarks/mayHaveSecondVowelMark(_:)`` before the UTF-8 pass.
    static func referenceMayHaveSecondVowelMark(_ text: String) -> Bool {
        var previous: UInt32 = 0
        var markedPairEnds = false
        for scalar in text.unicodeScalars {
            if markedPairEnds {
                if !scalar.properties.isAlphabetic { return true }
                markedPairEnds = false
            }
            let value = scalar.value
            if value >= 0xC0, previous | 0x20 == 0x6F || previous | 0x20 == 0x75,
               let base = ToneMarks.split[scalar]?.base.value {
                let lowerBase = base | 0x20
                markedPairEnds = previous | 0x20 == 0x6F
                    ? base < 0x80 && (lowerBase == 0x61 || lowerBase == 0x65)
                    : base < 0x80 && lowerBase == 0x79
            }
            previous = value
        }
        return markedPairEnds
    }

    /// The String-based ``ToneMarks/firstVowelStyle(_:)`` before the pair tests on scalars.
    static func referenceFirstVowelStyle(_ text: String) -> String {
        guard referenceMayHaveSecondVowelMark(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = scalars
        var changed = false
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index].value >= 0xC0, let (second, tone) = ToneMarks.split[scalars[index]] else { continue }
            let first = scalars[index - 1]
            let pair = String(first).lowercased() + String(second).lowercased()
            guard pair == "oa" || pair == "oe" || pair == "uy" else { continue }
            if index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic { continue }
            if index >= 2 {
                let before = String(scalars[index - 2]).lowercased()
                if before == "q" { continue }
                if pair == "oa" || pair == "oe", ToneMarks.isVowel(scalars[index - 2]) { continue }
            }
            guard let marked = ToneMarks.join[ToneMarks.joinKey(first, tone)] else { continue }
            out[index - 1] = marked
            out[index] = second
            changed = true
        }
        guard changed else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return String(result)
    }

    static let pieces = ["o", "O", "u", "U", "q", "Q", "h", "n", "k", " ", "-", ".", "\n", "à", "ẻ", "ỷ", "Ý", "ả", "â",
                         "ấ", "y", "Y", "a", "A", "e", "E", "ư", "ơ", "ọ", "Ó", "ú", "é", "È", "á", "Ạ", "ỹ", "ễ", "1",
                         "\u{0301}", "\u{0300}", "Ω", "я", "中", "😀", "\u{00A0}", "ǎ", "ö", "ü", "İ", "K", "\u{212A}"]

    @Test func preCheckAndPlacementAgreeWithTheStringDefinition() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<60_000 {
            let raw = (0..<Int.random(in: 1...7, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let text = raw.precomposedStringWithCanonicalMapping
            #expect(ToneMarks.mayHaveSecondVowelMark(text) == Self.referenceMayHaveSecondVowelMark(text), "\(text)")
            #expect(Array(ToneMarks.firstVowelStyle(text).unicodeScalars)
                    == Array(Self.referenceFirstVowelStyle(text).unicodeScalars), "\(text)")
        }
    }

    @Test(arguments: ["Tỉnh uỷ", "hoà", "KHOẺ.", "Hoàng Thúy Huy thuyết hoàn", "quý", "QUỶ", "ngoà", "thuỷ điện",
                      "Hoà-Bình", "", "o", "oà", "UỶ BAN", "khoẻ\u{0301}"])
    func knownTexts(_ text: String) {
        #expect(ToneMarks.mayHaveSecondVowelMark(text) == Self.referenceMayHaveSecondVowelMark(text))
        #expect(ToneMarks.firstVowelStyle(text) == Self.referenceFirstVowelStyle(text))
    }
}
