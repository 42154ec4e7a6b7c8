import Testing
import ExtractionEngine

/// ``LineBreaks`` against a reading of the UTF-8 view byte by byte.
@Suite struct LineBreaksTests {
    static func reference(_ text: String, from offset: Int) -> Int {
        let bytes = Array(text.utf8)
        return bytes[offset...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
    }

    @Test func agreesWithTheBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Hà Nội", "\n", "\r\n", "\r", " ", "Đảng", "ủy", "…", "“x”", ""]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = text.utf8.count
            var offset = 0
            while offset <= count {
                #expect(LineBreaks.next(in: text, from: offset) == Self.reference(text, from: offset), "\(text.debugDescription) @\(offset)")
                offset += 1
            }
        }
    }

    /// Long lines, read eight bytes at a time between the breaks.
    @Test func agreesOnLongLines() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["abcdefghijklmnopqrstu", "Hà Nội ngày 5 tháng 3", "\n", "\r\n", "\r", " ", "\u{0B}\u{0C}", "\u{8A}", "ủy"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for offset in 0...text.utf8.count {
                #expect(LineBreaks.next(in: text, from: offset) == Self.reference(text, from: offset), "\(text.debugDescription) @\(offset)")
            }
        }
    }

    @Test func bridgedOrSubstringBackedTextsToo() {
        let text = String("xx\nHà Nội\r\nyy".dropFirst())
        #expect(LineBreaks.next(in: text, from: 0) == 1)
        #expect(LineBreaks.next(in: text, from: 2) == Self.reference(text, from: 2))
    }
}
