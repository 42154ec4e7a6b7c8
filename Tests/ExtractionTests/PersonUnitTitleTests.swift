@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Renders found people as "name|title" ("name|" when there is no title).
private func people(_ text: String) -> [String] {
    PersonExtractor().extract(from: AnalyzedText(text)).map { "\($0.name)|\($0.title ?? "")" }
}

/// Titles that are a unit or a role rather than an office, in the shapes portals print them:
/// sentences written for these tests, with other names, places and numbers.
@Suite struct PersonUnitTitleTests {
    static let shapes: [(String, [String])] = [
        // The writer's unit after the byline on the closing line, after a dash or in parentheses.
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\nMinh Thư - Ban Tuyên giáo Huyện ủy",
         ["Minh Thư|Ban Tuyên giáo Huyện ủy"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\nQuốc Bảo (Văn phòng Đảng ủy phường)",
         ["Quốc Bảo|Văn phòng Đảng ủy phường"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\nLan Anh - TTVH-TT&TT huyện",
         ["Lan Anh|TTVH-TT&TT huyện"]),
        // A credit's names, then the unit after a dash.
        ("Đảng ủy trao giấy khen cho 9 cá nhân.\nBài, ảnh: Thái Hà - Phòng Chính trị", ["Thái Hà|Phòng Chính trị"]),
        // A unit in parentheses after a name an honorific introduces; a place or a note is not one.
        ("Ban Tổ chức trao giải Nhất cho anh Lò Văn Pầu (Đảng bộ xã Chiềng Sơn) và 3 giải Nhì.",
         ["Lò Văn Pầu|Đảng bộ xã Chiềng Sơn"]),
        ("Ông Triệu Văn Sinh (SN 1975) đã hiến 300 m2 đất.", ["Triệu Văn Sinh|"]),
        // A role printed before the name stays the title; the unit in parentheses does not replace it.
        ("Giải Nhất thuộc về thí sinh Lò Thị Mai (Đoàn xã Mường Khoa) với câu chuyện về Bác.",
         ["Lò Thị Mai|thí sinh"]),
        ("Giải Đặc biệt thuộc về tác giả Vi Văn Toàn (Hội Nông dân huyện) với tác phẩm ký.",
         ["Vi Văn Toàn|tác giả"]),
        // A role honorific is the title, with the employer printed after the name.
        ("Cô giáo Hà Thị Lụa hơn 15 năm cắm bản dạy chữ.", ["Hà Thị Lụa|Cô giáo"]),
        ("Thầy giáo Trịnh Văn Khôi, Trường THCS Tân Lập mở lớp học miễn phí.",
         ["Trịnh Văn Khôi|Thầy giáo Trường THCS Tân Lập"]),
        // A parent body after a comma continues the title; an organisation name holding "và".
        ("Đồng chí Đào Minh Khoa, Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương phát biểu.",
         ["Đào Minh Khoa|Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"]),
        ("Dự hội nghị có đồng chí Lê Thanh Bình, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh.",
         ["Lê Thanh Bình|Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]),
    ]

    @Test(arguments: shapes)
    func shape(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: TitleVocabulary.roleHonorifics.phrases + TitleVocabulary.organisationPhrases.phrases)
    func tableRowsAreTested(_ phrase: String) {
        let all = Self.shapes.map { $0.0.lowercased() }.joined(separator: "\n")
        #expect(all.contains(phrase))
    }
}
