@testable import Extraction
import Records
import Testing
import VietnameseText

/// A unit's name that holds a comma or a dash ("Sở Văn hóa, Thể thao và Du lịch") is read whole
/// by the issuer, owner and title rules.
@Suite("Unit field names")
struct UnitFieldNameTests {
    @Test(arguments: UnitFieldNames.rows)
    func exampleIsReadWholeAsAnIssuer(_ row: (field: String, example: String)) {
        let sentence = "Thực hiện Kế hoạch số 21-KH/ĐU ngày 03/3/2025 của \(row.example), các chi bộ đã quán triệt."
        let found = DirectiveExtractor().extract(from: AnalyzedText(sentence))
        guard DirectiveIssuerRules.startsBody(AnalyzedText(row.example), at: 0) else { return }
        #expect(found.map(\.issuer) == [row.example])
    }

    @Test(arguments: UnitFieldNames.rows)
    func exampleIsReadWholeInATitle(_ row: (field: String, example: String)) {
        let after = PersonExtractor().extract(from: AnalyzedText("Dự hội nghị có đồng chí Nguyễn Văn Khải, Trưởng ban \(row.example); bà con trong xã."))
        #expect(after.map(\.title) == ["Trưởng ban \(row.example)"])
        let before = PersonExtractor().extract(from: AnalyzedText("Phát biểu tại hội nghị, Giám đốc \(row.example) Nguyễn Văn Khải nhấn mạnh ba nội dung."))
        #expect(before.map(\.name) == ["Nguyễn Văn Khải"])
    }

    @Test(arguments: UnitFieldNames.rows)
    func exampleIsReadWholeAsAnOwner(_ row: (field: String, example: String)) {
        let sentence = "Mô hình “Sách hay mỗi tuần” của Chi đoàn \(row.example) được nhân rộng."
        let found = ModelExtractor().extract(from: AnalyzedText(sentence))
        #expect(found.map(\.owner) == ["Chi đoàn \(row.example)"])
    }

    @Test func aNameIsNoFieldButCapitalsAre() {
        #expect(UnitFieldNames.end(in: AnalyzedText("Đặng Văn Hòa"), at: 5) == nil)
        let capitals = AnalyzedText("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
        #expect(UnitFieldNames.end(in: capitals, at: 3) == capitals.count)
        let spaced = AnalyzedText("Sở Văn hóa ,Thể thao và Du lịch tỉnh")
        #expect(UnitFieldNames.end(in: spaced, at: 3) == spaced.count - 5)
    }

    @Test func aCommaAfterAnotherFieldStillEndsTheTitle() {
        let found = PersonExtractor().extract(from: AnalyzedText(
            "Dự có đồng chí Lê Thị Mai, Giám đốc Sở Y tế, đồng chí Hà Văn Nam, Giám đốc Sở Nội vụ."))
        #expect(found.map(\.title) == ["Giám đốc Sở Y tế", "Giám đốc Sở Nội vụ"])
    }

    @Test func trongNamBeforeASpanOfYearsCountsTheYears() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Trong 5 năm 2020 - 2024, huyện có 152 tập thể được khen thưởng."))
        #expect(figures.map(\.value) == [5, 152])
        #expect(figures.first?.kind == .duration)
        let dated = FigureExtractor().extract(from: AnalyzedText("Ngày 15 tháng 5 năm 2024, huyện khen thưởng 12 tập thể."))
        #expect(dated.map(\.value) == [12])
    }
}
