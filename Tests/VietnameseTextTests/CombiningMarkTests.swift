import Testing
import VietnameseText

/// ``AnalyzedText/holdsCombiningMark(in:)`` answers as a scan of the range's scalars.
@Suite struct CombiningMarkTests {
    static let samples = [
        "Chỉ thị số 05-CT/TW", "q\u{0323}\u{0302} x\u{0301} \u{0300}đầu", "\u{0301}a\u{0345}b\u{037F}c\u{0380}\u{02FF}",
        "", "Hòa Bình ̣ ", String(repeating: "ab\u{0308}\u{0334} ", count: 40),
    ]

    @Test func answersAsAScanOfTheScalars() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            for lower in 0...text.count {
                for upper in lower...text.count {
                    let expected = text.scalars[lower..<upper].contains { $0.value >= 0x300 && $0.value < 0x380 }
                    #expect(text.holdsCombiningMark(in: lower..<upper) == expected,
                            "\(lower)..<\(upper) of \(sample.debugDescription)")
                }
            }
        }
    }
}
