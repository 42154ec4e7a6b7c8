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
        // A "Phòng …" or "Trung tâm …" issues no directive here: its name opens no body.
        let issuer = DirectiveIssuerRules.startsBody(AnalyzedText(row.example), at: 0) ? row.example : nil
        #expect(found.map(\.issuer) == [issuer])
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

    /// A name ending in "Truyền" or "Thông" before a lower-case word is no field, and a field
    /// in lower case continues no issuer.
    @Test func namesAndLowerCaseWordsAreNoFields() {
        let people = PersonExtractor().extract(from: AnalyzedText(
            "Phó Chủ tịch UBND huyện Nguyễn Văn Truyền thông báo kết quả; Giám đốc Sở Tài chính Lê Văn Thông tin tưởng vào kế hoạch."))
        #expect(people.map(\.name) == ["Nguyễn Văn Truyền", "Lê Văn Thông"])
        let directives = DirectiveExtractor().extract(from: AnalyzedText(
            "Kế hoạch số 45-KH/UBND ngày 02/3/2025 của UBND xã thông tin đến toàn thể nhân dân."))
        #expect(directives.map(\.issuer) == ["UBND xã"])
        let commaTitleCase = AnalyzedText("Sở Văn Hóa, Thể thao và Du lịch")
        #expect(UnitFieldNames.end(in: commaTitleCase, at: 3) == nil)
    }

    @Test func countBeforeASpanOfYearsIsADuration() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Trong 5 năm 2020 - 2024, huyện có 152 tập thể được khen thưởng."))
        #expect(figures.map(\.value) == [5, 152])
        #expect(figures.first?.kind == .duration)
        let dated = FigureExtractor().extract(from: AnalyzedText("Ngày 15 tháng 5 năm 2024, huyện khen thưởng 12 tập thể."))
        #expect(dated.map(\.value) == [12])
    }
}
