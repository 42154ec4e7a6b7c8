@testable import Extraction
import ExtractionEngine
import Testing
import VietnameseText

/// ``YearlessDates/find(in:claimed:wordStarts:)`` finds the same days trying only the starts
/// of the text's runs of digits as trying every code point.
@Suite struct YearlessDateStartsTests {
    static let pieces = [
        "Chiều 24/7", "sáng ngày 3-6", "từ ngày 13/11 đến 10/12/2023", "từ 01/3 đến 31/3", "ngày 9 và 10/6",
        "a12/5", "12/5/2024", "ngày 1.2,3", "ngày 31/12", "ngày 32/13", "ngày 5/6a", " ", "\n", ", ", "ngày",
        "x9/9", "9/9", "ngày 7/8-9", "đến 18/10", "lúc 8 giờ ngày 20/11.", "Ngày 28/12", "0/0", "ngày 05/06",
    ]

    @Test func digitRunStartsFindWhatEveryCodePointFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let sample = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator) ?? ""
            }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let text = AnalyzedText(sample)
            var claimed = ClaimedPositions(count: text.count)
            if text.count > 4, Bool.random(using: &generator) {
                let start = Int.random(in: 0..<(text.count - 2), using: &generator)
                claimed.claim(start..<(start + 2))
            }
            let every = YearlessDates.find(in: text, claimed: claimed)
            let starts = YearlessDates.find(in: text, claimed: claimed, wordStarts: WordStarts(text))
            #expect(every.map(\.range) == starts.map(\.range), "\(sample.debugDescription)")
            #expect(every.map(\.day) == starts.map(\.day) && every.map(\.month) == starts.map(\.month))
        }
    }
}
