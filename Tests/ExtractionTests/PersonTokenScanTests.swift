@testable import Extraction
import ExtractionEngine
import Testing
import VietnameseText

/// The byte-table syllable test of the person words against the definition it stands for,
/// and the first-word filter of each word as the tables' filter gives it.
@Suite struct PersonTokenScanTests {
    @Test func syllableShapeOverTheViewIsTheDefinition() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aeiouybcdghklmnqrstx'1-/".utf8)
        for _ in 0..<30_000 {
            let bytes = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0x61
            }
            let lower = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            let range = lower..<Int.random(in: lower...bytes.count, using: &generator)
            let fast = bytes.withView { folded in
                PersonTokens.syllableClasses.withView { PersonTokens.isSyllableShape(folded, range, $0) }
            }
            #expect(fast == PersonTokens.isSyllableShape(bytes[range]), "\(bytes) \(range)")
        }
    }

    @Test func eachWordCarriesTheTablesItMayOpen() {
        for sample in DirectiveScanTests.samples + ModelScanTests.sentences + [
            "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy; ông H’Lan Niê và bà Y’Bih, đ/c Trần Thị B phát biểu.",
        ] {
            let text = AnalyzedText(sample)
            let tokens = PersonTokens(text)
            for index in 0..<tokens.count {
                let key = tokens.foldedKey(index)
                let expected = PersonTables.openFilter[key.isEmpty ? 0 : key.hash & (PersonTables.filterBits - 1)]
                #expect(tokens[index].opens == expected, "\(sample.debugDescription) \(index)")
            }
        }
    }
}
