import ExtractionEngine
import Testing
import VietnameseText

/// ``TextWords/lowercased(_:_:)`` is `text.slice(range).lowercased()` for every range.
@Suite struct TextWordsLowercasedTests {
    static let samples = [
        "Ban Thường vụ Tỉnh ủy VÀ Ủy ban nhân dân tỉnh; ĐẢNG ỦY, Đồng chí NGUYỄN VĂN A, Tp. HCM",
        "ẞ İstanbul ΣΟΦΙΑ Ǆ ǅ Ⱥ Ȿ Ω K Å ǈ 123 Ꭰ 𐐀 ﬀ Ǉ", "Hòa Bình – “Dân vận khéo” … x\u{0301}Y\u{0323}", "",
    ]

    @Test func equalsTheSliceLowercased() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            for lower in 0...(text.count + 1) {
                for upper in lower...(text.count + 2) {
                    #expect(TextWords.lowercased(text, lower..<upper) == text.slice(lower..<upper).lowercased(),
                            "\(lower)..<\(upper) of \(sample.debugDescription)")
                    #expect(Array(TextWords.lowercased(text, lower..<upper).unicodeScalars)
                            == Array(text.slice(lower..<upper).lowercased().unicodeScalars))
                }
            }
        }
    }

    /// Every scalar below U+1F00 alone, upper- and lower-case letters of every script there.
    @Test func equalsTheSliceLowercasedScalarByScalar() {
        let scalars = (0..<UInt32(0x1F10)).compactMap(Unicode.Scalar.init).filter { !$0.properties.isNoncharacterCodePoint }
        let text = AnalyzedText(String(String.UnicodeScalarView(scalars)))
        for start in stride(from: 0, to: text.count, by: 1) {
            let range = start..<(start + 1)
            #expect(Array(TextWords.lowercased(text, range).unicodeScalars) == Array(text.slice(range).lowercased().unicodeScalars),
                    "scalar at \(start)")
        }
    }
}
