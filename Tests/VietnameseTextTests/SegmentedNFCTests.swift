import Foundation
import Testing
@testable import VietnameseText

/// `Normalization.nfc` normalises only the regions the quick check flags; the result must be
/// what Foundation gives for the whole text (after the Stream-Safe step).
@Suite struct SegmentedNFCTests {
    static func whole(_ text: String) -> String {
        Normalization.streamSafe(text).precomposedStringWithCanonicalMapping
    }

    static let decomposed = "Ban Thu\u{031B}\u{0300}o\u{031B}\u{0300}ng vu\u{0323} Huye\u{0323}\u{0302}n u\u{0309}y"

    @Test(arguments: [
        decomposed,
        "<p class=\"x\">" + decomposed + "</p>" + String(repeating: "<div>menu</div>", count: 80) + decomposed,
        "\u{0301}mở đầu bằng dấu", "e\u{0301}", "\u{0301}", "a\u{0323}\u{0302}\u{0300} b",
        "한국어 \u{1100}\u{1161}\u{11A8} 가\u{11A8}", "Ω \u{2126} Å \u{212B}", "x" + String(repeating: "\u{0301}", count: 70) + "y",
        String(repeating: "Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 15 ", count: 200),
        "đã chuẩn NFC " + decomposed + String(repeating: " ", count: 600) + "ô\u{0301}",
        "\u{0F73}\u{0F75}\u{0F81} ক\u{09BE} \u{1D15E}\u{1D165} 𝅗𝅥",
    ])
    func sameAsWholeText(text: String) {
        let segmented = Normalization.nfc(text)
        #expect(Array(segmented.utf8) == Array(Self.whole(text).utf8))
    }

    @Test func regionsStartAndEndOnUnlistedScalars() {
        let text = "abc " + Self.decomposed + String(repeating: "z", count: 1000) + "e\u{0301}"
        var copy = text
        let regions = copy.withUTF8 { Normalization.unstableRegions(utf8: $0) }
        #expect(regions.count == 2)
        #expect(regions.first?.lowerBound ?? -1 > 0)
        #expect(regions.last?.upperBound == text.utf8.count)
    }

    @Test func randomMixes() {
        let pieces = ["a", "e", "o", "u", "y", " ", "\n", "<b>", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}",
                      "\u{0302}", "\u{0306}", "\u{031B}", "ơ", "ư", "đ", "\u{1100}", "\u{1161}", "\u{11A8}", "가",
                      "\u{2126}", "\u{0344}", String(repeating: "-", count: 300)]
        var state: UInt64 = 0x2545_F491
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + Int(state % 60)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(Array(Normalization.nfc(text).utf8) == Array(Self.whole(text).utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The scalar-by-scalar scan ``Normalization/unstableRegions(utf8:)`` skips eight bytes
    /// at a time outside a region: its regions must equal this one's.
    static func regionsByScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var lastBoundary = 0
        var open: Int?
        var index = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if NFCQuickCheck.contains(scalar) {
                if open == nil {
                    if let last = regions.last, lastBoundary - last.upperBound < Normalization.regionGap {
                        open = last.lowerBound
                        regions.removeLast()
                    } else {
                        open = lastBoundary
                    }
                }
            } else {
                if let start = open {
                    regions.append(start..<index)
                    open = nil
                }
                lastBoundary = index
            }
            index += UTF8.width(scalar)
        }
        if let start = open { regions.append(start..<index) }
        return regions
    }

    @Test func wordSkippingRegionsEqualTheScalarScan() {
        let pieces = ["a", "ab", "abcdefg", " ", "\n", "\r\n", "\u{0300}", "\u{0301}", "\u{0323}", "\u{0302}", "ơ", "ư", "đ",
                      "ộ", "\u{1100}", "\u{1161}", "가", "€", "😀", "\u{1D165}", "\u{2126}", "\u{0344}", "\u{00C0}",
                      String(repeating: "x", count: 13), String(repeating: "é", count: 5), String(repeating: "-", count: 600)]
        var state: UInt64 = 0x9E37_79B9
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<(1 + Int(state % 40)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            var copy = text
            let (fast, reference) = copy.withUTF8 { (Normalization.unstableRegions(utf8: $0), Self.regionsByScalar($0)) }
            #expect(fast == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
