import ExtractionEngine
import Foundation
import Testing

/// ``CanonicalHashing``: strings equal under `==` (canonical equivalence) hash alike, whatever
/// their bytes, and a string hashes as the UTF-8 of its NFC.
@Suite struct CanonicalHashingTests {
    static func hash(_ string: String) -> Int {
        var hasher = Hasher()
        CanonicalHashing.combine(string, into: &hasher)
        return hasher.finalize()
    }

    static func bytesHash(_ string: String) -> Int {
        var hasher = Hasher()
        let bytes = Array(string.precomposedStringWithCanonicalMapping.utf8)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(bytes.count)
        return hasher.finalize()
    }

    @Test(arguments: [
        ("hòa", "ho\u{0300}a"), ("Tỉnh ủy", "Ti\u{0309}nh u\u{0309}y"), ("đảng viên", "đa\u{0309}ng viên"),
        ("ASCII", "ASCII"), ("", ""), ("Å", "A\u{030A}"), ("ạ\u{0302}", "ậ"),
    ])
    func canonicallyEqualStringsHashAlike(_ pair: (String, String)) {
        #expect(pair.0 == pair.1)
        #expect(Self.hash(pair.0) == Self.hash(pair.1))
        #expect(Self.hash(pair.0) == Self.bytesHash(pair.0))
    }

    @Test func randomStringsHashAsTheirNFCBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "o", "u", "y", " ", "đ", "ò", "ủ", "\u{0300}", "\u{0309}", "\u{0323}", "\u{0302}", "ê", "Ạ", "1"]
        for _ in 0..<5_000 {
            let first = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let second = first.decomposedStringWithCanonicalMapping
            #expect(Self.hash(first) == Self.hash(second), "\(first.debugDescription)")
            #expect(Self.hash(first) == Self.bytesHash(first), "\(first.debugDescription)")
        }
    }
}
