@testable import Extraction
import Testing
import VietnameseText

/// ``DirectiveCodeParser/canonical(_:_:)`` gives what the scalar view it replaced gave.
@Suite struct CodeCanonicalTests {
    static func reference(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for index in range {
            let byte = text.ascii[index]
            if byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0A { continue }
            view.append(byte == UInt8(ascii: "-") ? "-" : text.scalars[index])
        }
        return Normalization.nfc(String(view))
    }

    @Test func equalsTheScalarViewItReplaced() {
        let samples = [
            "05-CT/TW", "12 /QĐ–UBND", "số 3\t-\tNQ/ĐU", "Kế hoạch 45-KH/HU ngày", "x\u{0301}y - z", "", "₫-đ — Đ\nA",
        ]
        for sample in samples {
            let text = AnalyzedText(sample)
            for lower in 0...text.count {
                for upper in lower...text.count {
                    let found = DirectiveCodeParser.canonical(text, lower..<upper)
                    let expected = Self.reference(text, lower..<upper)
                    #expect(Array(found.unicodeScalars) == Array(expected.unicodeScalars), "\(lower)..<\(upper) of \(sample)")
                }
            }
        }
    }
}
