import Testing
import VietnameseText
@testable import Markup

/// Labels are stripped as bytes exactly as by Characters.
@Suite struct LabelStripTests {
    @Test func bytesAgreeWithCharacters() {
        let pieces = ["tin", " ", "  ", "lien quan", "(", ")", "3", "»", ">", "-", "*", ".", "\r\n", "\n", "\r", "\"", "'",
                      "x", "chia se", "\u{1A}", ":", "|", "!", "?", "/", "\t", "binh luan", "tags"]
        var generator = MetadataWalkTests.Generator(state: 3)
        var labels = 0
        for _ in 0..<20000 {
            let folded = generator.text(from: pieces, upTo: 8)
            #expect(BoilerplateLabels.strippedDecoration(folded) == BoilerplateLabels.strippedDecorationOfCharacters(folded),
                    "\(Array(folded.utf8))")
            if let label = BoilerplateLabels.label(of: folded), BoilerplateLabels.sectionEnderSet.contains(label) {
                labels += 1
            }
        }
        #expect(labels > 100)
    }

    @Test(arguments: [("Bình luận (3)", true), ("Tin khác »", true), ("  Tin   liên quan: ", true), ("Tin", false),
                      ("Tin liên quan đến vụ việc", false)])
    func sectionEnders(text: String, isEnder: Bool) {
        let folded = Folding.key(text)
        #expect(BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.sectionEnders) == isEnder)
        #expect((BoilerplateLabels.label(of: folded).map { BoilerplateLabels.sectionEnderSet.contains($0) } ?? false) == isEnder)
    }
}
