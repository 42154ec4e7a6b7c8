import ExtractionEngine
import Foundation
import Testing

/// ``CanonicalEquality`` and the word helpers built on it answer as `String`'s `==` does.
@Suite struct CanonicalEqualityTests {
    @Test(arguments: [
        ("hòa", "ho\u{0300}a"), ("Tỉnh ủy", "Ti\u{0309}nh u\u{0309}y"), ("ASCII", "ASCII"), ("", ""),
        ("Å", "A\u{030A}"), ("ạ\u{0302}", "ậ"), ("a", "b"), ("a", "a\u{0301}"), ("ab", "ac"), ("xã", "xa"),
        ("của", "cua"), ("đảng", "đang"), ("huyện", "huyen"), ("x", ""), ("q\u{0323}\u{0302}", "q\u{0302}\u{0323}"),
    ])
    func answersAsStringEquality(_ pair: (String, String)) {
        #expect(CanonicalEquality.equal(pair.0, pair.1) == (pair.0 == pair.1))
        #expect(CanonicalEquality.equal(pair.1, pair.0) == (pair.1 == pair.0))
    }

    @Test func randomStringsAnswerAsStringEquality() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "o", "u", "y", "b", " ", "đ", "ò", "ủ", "\u{0300}", "\u{0309}", "\u{0323}", "\u{0302}", "ê", "Ạ", "1", "ậ"]
        func random() -> String {
            (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
        for _ in 0..<20_000 {
            let first = random()
            let second = Bool.random(using: &generator) ? first.decomposedStringWithCanonicalMapping : random()
            #expect(CanonicalEquality.equal(first, second) == (first == second),
                    "\(first.debugDescription) \(second.debugDescription)")
        }
    }

    @Test func wordHelpersAnswerAsTheSequenceMethods() {
        let words = ["đồng", "chí", "ho\u{0300}a", "xã", "b"]
        for prefix in [["đồng"], ["đồng", "chí"], ["đô\u{0300}ng"], ["dong"], [], ["đồng", "chí", "hòa", "xã", "b", "c"]] {
            #expect(TextWords.starts(words, with: prefix) == words.starts(with: prefix))
            #expect(TextWords.starts(words[1...], with: prefix) == words[1...].starts(with: prefix))
        }
        for needle in [["hòa", "xã"], ["chí"], ["xa"], ["b"], ["xã", "b", "c"]] {
            let expected = (0...max(0, words.count - needle.count)).contains { start in
                start + needle.count <= words.count && words[start..<(start + needle.count)].elementsEqual(needle)
            }
            #expect(TextWords.contains(words, needle: needle) == expected)
        }
    }
}
