@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// An approximation word is one row of ``FigureVocabulary/approximations``: its example
/// gives a figure of the example's value with the row's approximation, and every word
/// list the figure rules read about approximations comes from the rows.
@Suite struct FigureApproximationTests {
    @Test(arguments: FigureVocabulary.approximations.map(\.phrase))
    func rowExampleIsExtractedAsTheRowSays(_ phrase: String) throws {
        let row = try #require(FigureVocabulary.approximations.first { $0.phrase == phrase })
        #expect(Folding.key(row.example.text).contains(Folding.key(row.phrase) + " "), "\(row.example.text)")
        let figures = FactExtractor().extract(from: row.example.text).figures
        #expect(figures.contains { $0.value == row.example.value && $0.approx == row.approx },
                "\(row.example.text): \(figures.map { ($0.value, $0.approx) })")
    }

    @Test func phrasesAreDistinct() {
        let phrases = FigureVocabulary.approximations.map(\.phrase)
        #expect(Set(phrases).count == phrases.count)
    }

    /// What the record's contract says of a few words, independent of the table.
    @Test func knownWordsKeepTheirMeaning() {
        let approx = Dictionary(FigureVocabulary.approximations.map { ($0.phrase, $0.approx) }, uniquingKeysWith: { a, _ in a })
        #expect(approx["hơn"] == .over && approx["trên"] == .over && approx["ít nhất"] == .over)
        #expect(approx["dưới"] == .under && approx["tối đa"] == .under)
        #expect(approx["khoảng"] == .about && approx["gần"] == .about)
    }

    @Test func derivedListsComeFromTheRows() {
        #expect(FigureVocabulary.approximationWords == Set(FigureVocabulary.approximations.map(\.phrase)))
        #expect(FigureVocabulary.oneAfterApproximation
                == ["hơn", "ít nhất", "tối thiểu", "gần", "khoảng", "ngót", "xấp xỉ", "chừng"])
    }

    /// "một" after a row marked `readsOne` is the number one; without the word it is the
    /// article.
    @Test(arguments: FigureVocabulary.approximations.filter(\.readsOne).map(\.phrase))
    func oneAfterAReadsOneRowIsANumber(_ phrase: String) {
        let figures = FactExtractor().extract(from: "Mô hình đã duy trì \(phrase) một thập kỷ.").figures
        #expect(figures.contains { $0.value == 1 }, "\(phrase): \(figures.map(\.value))")
        #expect(FactExtractor().extract(from: "Mô hình đã duy trì một thập kỷ.").figures.isEmpty)
    }
}
