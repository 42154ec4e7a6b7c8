@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// ``WordStarts`` and the scanners that try only its positions.
@Suite struct WordStartsTests {
    @Test(arguments: [
        ("Chỉ thị 05", [0, 4, 8]), ("", []), ("a", [0]), (" ab-c1 ,9", [1, 4, 8]), ("đ/c", [0, 2]), ("  ", []),
        ("x\ny", [0, 2]), ("Ủy ban", [0, 3]),
    ])
    func positionsAreWhereFoldedWordsOpen(_ row: (String, [Int])) {
        #expect(Array(WordStarts(AnalyzedText(row.0)).positions) == row.1, "\(row.0)")
    }

    /// Every position whose folded byte is `[a-z0-9]` after none, and no other, on many texts.
    @Test func positionsFollowTheDefinition() {
        for sample in DirectiveScanTests.samples + ModelScanTests.sentences {
            let text = AnalyzedText(sample)
            let expected = (0..<text.count).filter { position in
                FoldedScan.isLowerAlphanumeric(text.folded[position])
                    && (position == 0 || !FoldedScan.isLowerAlphanumeric(text.folded[position - 1]))
            }
            #expect(Array(WordStarts(text).positions) == expected, "\(sample.debugDescription)")
        }
    }

    @Test func kindNamesOpenWithLetters() {
        #expect(DirectiveTitleRules.kindNamesOpenWithLetters)
    }

    /// The kind-word scan over word starts finds the title expression's matches.
    @Test func titleMatchesAreTheExpressions() {
        for sample in DirectiveScanTests.samples + [
            "Thực hiện Chỉ thị số 05-CT/TW và Nghị quyết 19, kế hoạch số: 33; xchỉ thị 5, chỉ thị5, quyết định  12",
        ] {
            let text = AnalyzedText(sample)
            let scanned = DirectiveTitleRules.titleMatches(in: text, wordStarts: WordStarts(text))
            let expected = DirectiveTitleRules.title.matches(in: text)
            #expect(scanned.map(\.range) == expected.map(\.range), "\(sample.debugDescription)")
            #expect(scanned.map { [$0[1], $0[2]] } == expected.map { [$0[1], $0[2]] }, "\(sample.debugDescription)")
        }
    }

    /// Bare symbols found over word starts are those of the scan of every byte.
    @Test func bareStartsOverWordStartsAreTheFullScan() {
        for sample in DirectiveScanTests.samples {
            let text = AnalyzedText(sample)
            let starts = WordStarts(text).positions
            text.folded.withView { bytes in
                #expect(SymbolScan.bareStarts(bytes, trying: starts) == SymbolScan.bareStarts(bytes),
                        "\(sample.debugDescription)")
            }
        }
    }
}
