@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// A class of error a run over real page excerpts showed, as sentences written for the test.

@Suite("Real page classes: themes")
struct RealPageThemeTests {
    private func themes(_ sentence: String) -> [String] {
        ThemeExtractor().extract(from: AnalyzedText(sentence)).map { "\($0.year) \($0.title)" }
    }

    @Test func wholeTermThemeTakesItsTermsFirstYear() {
        #expect(themes("Kế hoạch năm 2024 là quán triệt chuyên đề toàn khóa nhiệm kỳ Đại hội XIII của Đảng “Học Bác về tinh thần đổi mới”.")
                == ["2021 Học Bác về tinh thần đổi mới"])
        #expect(themes("Năm 2018, chi bộ tiếp tục học chuyên đề toàn khóa XII “Học Bác về nêu gương”.")
                == ["2016 Học Bác về nêu gương"])
        // A yearly theme keeps the year its sentence names.
        #expect(themes("Năm 2023, đảng bộ triển khai chuyên đề “Xây dựng văn hóa công sở”.") == ["2023 Xây dựng văn hóa công sở"])
    }

    @Test(arguments: ThemeVocabulary.genericTitles.map(\.example))
    func genericTitleIsNoTheme(_ example: String) {
        #expect(themes(example) == [], "\(example)")
    }

    @Test func longerTitleOpeningWithTheGenericWordsIsATheme() {
        #expect(themes("Học chuyên đề toàn khóa XIII “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về khát vọng cống hiến”.")
                == ["2021 Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về khát vọng cống hiến"])
    }
}
