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

    /// The eight-bytes-at-a-time pass against the byte-by-byte definition, on random bytes of
    /// every length up to 40 (every alignment of the last partial word), high bytes included.
    @Test func chunkedPassFollowsTheByteDefinition() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("az09/AZ `{:@".utf8) + [0x1A, 0x0A, 0x80, 0xB0, 0xE1, 0xFF, 0xAF, 0xDA]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            let isWordByte = { (byte: UInt8) in FoldedScan.isLowerAlphanumeric(byte) }
            let words = bytes.indices.filter { isWordByte(bytes[$0]) && ($0 == 0 || !isWordByte(bytes[$0 - 1])) }
            let digits = bytes.indices.filter {
                FoldedScan.isDigit(bytes[$0]) && ($0 == 0 || !FoldedScan.isDigit(bytes[$0 - 1]))
            }
            let starts = WordStarts(folded: bytes)
            #expect(Array(starts.positions) == words, "\(bytes)")
            let openings = starts.withOpenings { _, openings in Array(openings) }
            #expect(openings == words.map { WordStarts.opening(bytes, $0) }, "\(bytes)")
            #expect(openings == words.map { position in
                (0..<4).reduce(UInt32(0)) { packed, offset in
                    packed << 8 | UInt32(position + offset < bytes.count ? bytes[position + offset] : 0)
                }
            }, "\(bytes)")
            #expect(Array(starts.digitRunStarts) == digits, "\(bytes)")
        }
        for value in 0...255 {
            let byte = UInt8(value)
            let bytes = [UInt8](repeating: byte, count: 9)
            let (alphanumeric, digit) = WordStarts.classes(UInt64(byte) * 0x0101_0101_0101_0101)
            #expect((alphanumeric == 0x0101_0101_0101_0101) == FoldedScan.isLowerAlphanumeric(byte), "\(value)")
            #expect((digit == 0x0101_0101_0101_0101) == FoldedScan.isDigit(byte), "\(value)")
            #expect(Array(WordStarts(folded: bytes).positions) == (FoldedScan.isLowerAlphanumeric(byte) ? [0] : []))
        }
    }

    /// The date scanner's candidates from word starts are those of its own pass.
    @Test func dateCandidatesFromWordStartsAreTheFullScan() {
        for sample in DirectiveScanTests.samples + ModelScanTests.sentences + DateMatcherTests.samples + [
            "Ngày 12/3/2024, năm 2023 quý II tháng 5; ngaya 3x5 a12b 007 nam1 tha", "ngày", "12", "nga", "x9",
        ] {
            let text = AnalyzedText(sample)
            #expect(DateExpressionScanner.candidateStarts(in: text, wordStarts: WordStarts(text))
                    == DateExpressionScanner.candidateStarts(in: text), "\(sample.debugDescription)")
        }
    }

    /// The date scan with the text's word starts finds what it finds without them (its
    /// candidates, and the lone days and quarters sharing the next date's month).
    @Test func dateScanWithWordStartsIsTheScanWithout() {
        for sample in DirectiveScanTests.samples + ModelScanTests.sentences + DateMatcherTests.samples + [
            "Hội trại diễn ra ngày 7 và 8/4/2022 tại sân; từ ngày 2 đến ngày 5/12/2021; các ngày 21, 22/3/2023",
            "quý I và quý II/2024, quý III đến quý IV/2023; _7 và 8/4/2022; ngày 7_ và 8/4/2022",
        ] {
            let text = AnalyzedText(sample)
            #expect(DateExpressionScanner.scan(text, wordStarts: WordStarts(text)) == DateExpressionScanner.scan(text),
                    "\(sample.debugDescription)")
        }
    }

    /// The opening filter passes every opening a word of its set starts (short words with any
    /// byte after them), and refuses most others.
    @Test func openingFilterPassesEveryWordsOpening() {
        let words: [[UInt8]] = [Array("chi thi".utf8), Array("nghi".utf8), Array("ab".utf8), Array("x".utf8)]
        let filter = OpeningFilter(words)
        for word in words {
            for next in 0...255 {
                let bytes = word + [UInt8(next), 0x20, 0x20]
                #expect(filter.mayOpen(WordStarts.opening(bytes, 0)), "\(word) \(next)")
            }
        }
        #expect(filter.mayOpen(WordStarts.opening(Array("chi".utf8), 0)))
        let kindNames = OpeningFilter(DirectiveScan.kindNames)
        for name in DirectiveScan.kindNames {
            #expect(kindNames.mayOpen(WordStarts.opening(name, 0)), "\(name)")
        }
        let refused = ["the", "tha", "cho", "ngu", "qua"].filter { !kindNames.mayOpen(WordStarts.opening(Array($0.utf8), 0)) }
        #expect(!refused.isEmpty)
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
                #expect(SymbolScan.bareStarts(bytes, trying: WordStarts(text).digitRunStarts)
                        == SymbolScan.bareStarts(bytes), "\(sample.debugDescription)")
            }
        }
    }
}
