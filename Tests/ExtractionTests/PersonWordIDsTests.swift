@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// ``PersonTokens/word(_:)``: ids looked up on first use read as the lexicon's look-up, the
/// same on every read and from every copy of the tokens.
@Suite struct PersonWordIDsTests {
    @Test func lazyIDsAreTheLexiconLookUp() throws {
        var texts = [AnalyzedText("Ông Nguyễn Văn A, Chủ tịch UBND xã; Bí thư Tỉnh uỷ Lê Thị B và đ/c Trần C.")]
        for document in SeedCorpus.documents.prefix(8) { texts.append(try SeedCorpus.text(document)) }
        let lexicon = PersonLexicon.lexicon
        var found = 0
        for text in texts {
            let tokens = PersonTokens(text)
            let copy = tokens
            for index in stride(from: tokens.count - 1, through: 0, by: -1) {
                let expected = lexicon.id(in: text, tokens[index].range)
                #expect(copy.word(index) == expected)
                #expect(tokens.word(index) == expected)
                if expected != 0 { found += 1 }
            }
        }
        #expect(found > 50)
    }
}
