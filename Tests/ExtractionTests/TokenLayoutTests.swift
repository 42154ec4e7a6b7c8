@testable import Extraction
import ExtractionEngine
import Records
import Testing

/// The per-token records that a long text holds one of for every few code points: their size
/// is the memory a document costs beyond its text (a 2 MB report of citations held 22 MB of
/// figure tokens at 40 bytes each).
@Suite struct TokenLayoutTests {
    @Test func figureTokensTakeSixteenBytes() {
        #expect(MemoryLayout<FigureToken>.stride == 16)
    }

    @Test func personTokensTakeTwentyFourBytes() {
        #expect(MemoryLayout<PersonToken>.stride == 24)
    }

    @Test func packedFieldsReadBackAsSet() {
        var figure = FigureToken(kind: .numeral, range: 7..<1_000_003, symbol: 0x2D, attached: true)
        figure.isYearValue = true
        figure.isPending = true
        figure.isPending = false
        #expect(figure.range == 7..<1_000_003 && figure.attached && figure.isYearValue && !figure.isPending)
        #expect(!figure.isRead && !figure.capitalized && figure.symbol == 0x2D && figure.kind == .numeral)
        var person = PersonToken(range: 5..<9, isCapitalised: true, isAllCaps: false,
                                 isSyllable: true)
        person.breaksLineAfter = true
        #expect(person.range == 5..<9 && person.isCapitalised && !person.isAllCaps && person.isSyllable)
        #expect(person.breaksLineAfter && !person.isSpaceGapAfter)
    }
}
