@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// ``FigureTokenList``: a read word is looked up when first read, and reads exactly as an
/// eager look-up of every read word would have filled it.
@Suite struct FigureTokenListTests {
    static let samples = [
        "Năm 2023, tỉnh có 1.250 hộ nghèo, giảm 3,5% so với năm trước; Ba nội dung, hai mươi lăm xã.",
        "Kinh phí khoảng 12 tỷ đồng, trong đó Trung ương hỗ trợ 40%. ĐẢNG BỘ XÃ có BA TRĂM đảng viên.",
        "Một trăm năm mươi người; Hoà Bình, Thuỷ điện, UỶ BAN nhân dân tỉnh năm 2020 được khen thưởng.",
        "không có số nào ở đây",
    ]

    /// Every token of a list read in a scattered order equals the scanned token with the read
    /// words looked up up front.
    @Test func readsAsTheEagerLookUp() throws {
        var texts = Self.samples.map(AnalyzedText.init)
        for document in SeedCorpus.documents.prefix(12) { texts.append(try SeedCorpus.text(document)) }
        #expect(texts.count > Self.samples.count)
        let lexicon = FigureLexicon.lexicon
        for text in texts {
            let list = FigureTokenizer.tokens(of: text)
            let scanned = FigureTokenizer.scan(text)
            #expect(list.count == scanned.count)
            var order = Array(0..<list.count)
            order.reverse()
            order.swapAt(0, order.count / 2)
            for index in order + order {
                let token = list[index]
                let marked = list.unread(index)
                #expect(token.range == scanned[index].range && token.kind == scanned[index].kind)
                #expect(!token.isPending)
                if token.isRead {
                    #expect(token.kind == .word)
                    #expect(token.word == lexicon.id(in: text, token.range))
                    #expect(token.capitalized == text.isUppercase(at: token.range.lowerBound))
                } else {
                    #expect(token.word == 0 && !token.capitalized && !marked.isPending)
                }
            }
        }
    }

    /// A word whose folded form is no opener's has no id that may open a number in words.
    @Test func openerFilterKeepsEveryOpeningWord() {
        let lexicon = FigureLexicon.lexicon
        var openers = 0
        for id in 1..<Int32(lexicon.count)
        where FigureTables.wordNumberStarts.contains(id) || id == FigureWords.mot {
            openers += 1
            let text = AnalyzedText(lexicon[id].uppercased())
            let folded = text.folded.withView { FigureTokenizer.pack($0, 0..<text.count) }
            #expect(FigureTables.foldedWordNumberOpeners.contains(folded), "\(lexicon[id])")
            #expect(lexicon.id(in: text, 0..<text.count) == id, "\(lexicon[id])")
        }
        #expect(openers >= 10)
        let other = AnalyzedText("người")
        #expect(!FigureTables.foldedWordNumberOpeners.contains(
            other.folded.withView { FigureTokenizer.pack($0, 0..<other.count) }))
    }
}

extension FigureTokenListTests {
    /// The figure lexicon's words split on the space byte are those of a Character split.
    @Test func lexiconWordsAreTheCharacterSplit() {
        let bySpaceCharacter = Lexicon(FigureLexicon.vocabularies.joined().flatMap { phrase in
            phrase.split(separator: " ").map(String.init)
        })
        #expect(FigureLexicon.lexicon.words == bySpaceCharacter.words)
        #expect(FigureLexicon.lexicon.count > 300)
    }
}
