import Foundation
import Testing
@testable import Markup

@Test(.enabled(if: ProcessInfo.processInfo.environment["MARKUP_DUMP"] != nil))
func tmpSeeds() throws {
    for prefix in ["000", "001", "002"] {
        let c = ContentExtractor.plainText(try Corpus.seed(prefix))
        print("SEED", prefix, c.title ?? "nil", "|", c.published ?? "nil", "|", c.authors, "|", c.site ?? "nil")
        print("HEAD", c.text.prefix(200))
        print("TAIL", c.text.suffix(200).debugDescription)
    }
}
