import Foundation
import Testing
@testable import VietnameseText

/// `ByteSearch.contains` must answer exactly as Foundation's `contains` it replaces.
@Suite struct ByteSearchTests {
    static let cases: [(haystack: String, needle: String, why: String)] = [
        ("site-logo header", "logo", "ASCII hit in the middle"),
        ("logo", "logo", "whole string"),
        ("llogo", "logo", "first byte repeats before the hit"),
        ("log", "logo", "needle longer than the haystack"),
        ("banner-top", "brand", "ASCII miss"),
        ("display: none", "display:none", "spaces are not skipped"),
        ("", "logo", "empty haystack"),
        ("cong ty truyen thong", "cong ty", "folded key"),
        ("Tỉnh ủy logo", "logo", "non-ASCII haystack goes to Foundation"),
        ("Tỉnh ủy", "ủy", "non-ASCII needle goes to Foundation"),
        ("Tỉnh uỷ", "ủy", "other tone placement: Foundation's answer, whatever it is"),
        ("abc", "", "empty needle goes to Foundation"),
    ]

    @Test(arguments: cases)
    func agreesWithFoundation(_ example: (haystack: String, needle: String, why: String)) {
        #expect(ByteSearch.contains(example.haystack, example.needle) == example.haystack.contains(example.needle),
                "\(example.why)")
    }

    @Test func findsEveryASCIIHit() {
        #expect(ByteSearch.contains("xxdisplay:nonexx", "display:none"))
        #expect(!ByteSearch.contains("display:non", "display:none"))
    }

    @Test(arguments: [
        ("<p>x</p></BODY></HTML>", "</html", true), ("<Html><body>", "<html", true), ("</bod", "</body", false),
        ("<<</body", "</body", true), ("<html", "<html", true), ("", "<html", false), ("<htm l", "<html", false),
    ])
    func containsIgnoringASCIICase(haystack: String, needle: String, expected: Bool) {
        #expect(ByteSearch.containsIgnoringASCIICase(Array(haystack.utf8)[...], needle) == expected)
    }
}
