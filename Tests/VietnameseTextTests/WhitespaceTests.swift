import Testing
import VietnameseText

@Suite struct WhitespaceTests {
    @Test(arguments: [
        ("  Tỉnh   ủy \n Bến Tre ", "Tỉnh ủy Bến Tre"), ("a\u{00A0}\u{00A0}b", "a b"), ("\u{3000}x\u{2028}", "x"),
        ("đã squeezed", "đã squeezed"), ("", ""), (" ", ""), ("a\tb", "a b"), ("\u{1F}a", "\u{1F}a"),
    ])
    func squeezes(input: String, expected: String) {
        #expect(Array(input.squeezedSpaces.utf8) == Array(expected.utf8))
    }

    /// Every scalar led by E1 (the Vietnamese letters among them) is whitespace exactly when
    /// Unicode's White_Space says so.
    @Test func scalarsLedByE1AreWhitespaceAsUnicodeSays() {
        for value in UInt32(0x1000)...0x1FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String(scalar)
            let found = text.withUTF8 { Whitespace.isWhitespace($0, at: 0, length: $0.count) }
            #expect(found == scalar.properties.isWhitespace, "\(value)")
        }
    }

    @Test func alreadySqueezedTextIsDecidedLikeTheSqueeze() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [" ", "  ", "\n", "\t", "a", "ộ", "\u{00A0}", "\u{2003}", "Đ", "1", "\u{1F}", "\u{2028}", "x y"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            var copy = text
            let squeezedAlready = copy.withUTF8 { Whitespace.isSqueezed($0) }
            let squeezed = copy.withUTF8 { String(squeezingSpacesIn: $0) }
            #expect(squeezedAlready == (Array(squeezed.utf8) == Array(text.utf8)), "\(text.debugDescription)")
        }
    }
}
