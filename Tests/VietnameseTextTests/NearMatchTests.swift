import Testing
@testable import VietnameseText

@Suite struct NearMatchTests {
    @Test func oneMisreadLetterInOneWord() {
        let motto = ["dang", "cong", "san", "viet", "nam"]
        #expect(NearMatch.words("dang cong san viet nam".split(separator: " "), nearlyEqual: motto))
        #expect(NearMatch.words("dang cong saan viet nam".split(separator: " "), nearlyEqual: motto))
        #expect(NearMatch.words("dang cong sn viet nam".split(separator: " "), nearlyEqual: motto))
        #expect(NearMatch.words("dang cong sen viet nam".split(separator: " "), nearlyEqual: motto))
        // Two misread words, a word too short to forgive, a word missing: no match.
        #expect(!NearMatch.words("dang cang saan viet nam".split(separator: " "), nearlyEqual: motto))
        #expect(!NearMatch.words("dang cong san viet nem".split(separator: " "), nearlyEqual: ["dang", "cong", "san", "viet", "na"]))
        #expect(!NearMatch.words("dang cong viet nam".split(separator: " "), nearlyEqual: motto))
        #expect(!NearMatch.words("dang cong saaan viet nam".split(separator: " "), nearlyEqual: motto))
    }
}
