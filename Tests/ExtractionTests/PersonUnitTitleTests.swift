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
        // The unit alone on the last line, under the signing name; a tail list's label is no unit.
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nTrần Quốc Khánh\n\nHội CCB huyện Tuy Phước",
         ["Trần Quốc Khánh|Hội CCB huyện Tuy Phước"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nĐinh Thị Thu Hà\n\n(Đảng ủy xã Tân Lập)",
         ["Đinh Thị Thu Hà|Đảng ủy xã Tân Lập"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nThu Trang - Quốc Việt\n\nTin ảnh khác",
         ["Thu Trang|", "Quốc Việt|"]),
        // On a byline's line the unit or post after the dash is the title, not a rank or role before the name.
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nTác giả: Trung úy Lê Văn Sáng - Phòng Tham mưu",
         ["Lê Văn Sáng|Phòng Tham mưu"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nThiếu tá Hà Minh Đức - Phòng Công tác chính trị",
         ["Hà Minh Đức|Phòng Công tác chính trị"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nNgười viết: Cô giáo Phan Thị Ngân - Bí thư Chi đoàn giáo viên",
         ["Phan Thị Ngân|Bí thư Chi đoàn giáo viên"]),
        // A village savings group's name holds "và".
        ("Bà Trần Thị Lệ, Tổ trưởng Tổ tiết kiệm và vay vốn ấp Phú Hòa, vận động 42 hộ gửi tiết kiệm.",
         ["Trần Thị Lệ|Tổ trưởng Tổ tiết kiệm và vay vốn ấp Phú Hòa"]),
        // A Word table's cells read a line each: the name under an honorific, the post on the next line.
        ("II. CÁ NHÂN\n\n1\n\nĐồng chí Lê Thị Thanh Hoa\n\nPhó Bí thư Chi bộ, Phó Giám đốc Công ty TNHH Cơ khí Minh Phát\n\n2",
         ["Lê Thị Thanh Hoa|Phó Bí thư Chi bộ, Phó Giám đốc Công ty TNHH Cơ khí Minh Phát"]),
        // "bạn" before a student's name in youth-union news; "nước bạn" is a country.
        ("Đoàn trường tuyên dương bạn Đỗ Minh Khang (lớp Kế toán K44) và đoàn công tác của nước bạn Cu Ba.",
         ["Đỗ Minh Khang|lớp Kế toán K44"]),
        ("Đồn phối hợp với đơn vị bạn Trạm Kiểm soát Biên phòng Nà Hin tuần tra 42 km đường biên.", []),
        // A heading's apposition and a tail list's label are no writer's unit.
        ("Bí thư Tỉnh ủy Lê Văn Hòa - Kết quả sau 10 năm\nHội thảo thu hút 120 đại biểu tham dự trong hai ngày.",
         ["Lê Văn Hòa|Bí thư Tỉnh ủy"]),
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\n\nMinh An\n\nLiên kết website",
         ["Minh An|"]),
        // A credit's names, then the unit after a dash.
        ("Đảng ủy trao giấy khen cho 9 cá nhân.\nBài, ảnh: Thái Hà - Phòng Chính trị", ["Thái Hà|Phòng Chính trị"]),
        // A unit in parentheses after a name an honorific introduces; a place or a note is not one.
        ("Ban Tổ chức trao giải Nhất cho anh Lò Văn Pầu (Đảng bộ xã Chiềng Sơn) và 3 giải Nhì.",
         ["Lò Văn Pầu|Đảng bộ xã Chiềng Sơn"]),
        ("Ông Triệu Văn Sinh (SN 1975) đã hiến 300 m2 đất.", ["Triệu Văn Sinh|"]),
        // A place in parentheses is the unit too.
        ("Ban Tổ chức trao giải phụ cho em Lò Thị Dung (xã Mường Phăng).", ["Lò Thị Dung|xã Mường Phăng"]),
        // A role printed before the name is kept and joined, as printed, with the unit after it.
        ("Giải Nhất thuộc về thí sinh Lò Thị Mai (Đoàn xã Mường Khoa) với câu chuyện về Bác.",
         ["Lò Thị Mai|thí sinh, Đoàn xã Mường Khoa"]),
        ("Giải Đặc biệt thuộc về tác giả Vi Văn Toàn (Hội Nông dân huyện) với tác phẩm ký.",
         ["Vi Văn Toàn|tác giả, Hội Nông dân huyện"]),
        ("Bác sĩ Trần Thị Mỹ Linh, Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh, được tuyên dương.",
         ["Trần Thị Mỹ Linh|Bác sĩ, Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh"]),
        ("Câu chuyện của già làng Sùng A Chớ, bản Nà Hìn, xã Pa Ham (Mường Chà), người vận động 40 hộ.",
         ["Sùng A Chớ|già làng, bản Nà Hìn, xã Pa Ham (Mường Chà)"]),
        // A unit that opens a clause of its own is no apposition.
        ("Nhân dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Huyện ủy biểu dương 14 tập thể.",
         ["Hồ Chí Minh|Chủ tịch"]),
        // A role honorific is the title, joined with what is printed after the name.
        ("Cô giáo Hà Thị Lụa hơn 15 năm cắm bản dạy chữ.", ["Hà Thị Lụa|Cô giáo"]),
        ("Thầy giáo Trịnh Văn Khôi, Trường THCS Tân Lập mở lớp học miễn phí.",
         ["Trịnh Văn Khôi|Thầy giáo, Trường THCS Tân Lập"]),
        ("Cô giáo Trần Minh Phương, tổ trưởng tổ Toán chia sẻ kinh nghiệm.",
         ["Trần Minh Phương|Cô giáo, tổ trưởng tổ Toán"]),
        // … unless the title after the name restates the role.
        ("Cô giáo Vì Thị Lan, giáo viên điểm trường bản Huổi Lóng, được tặng bằng khen.",
         ["Vì Thị Lan|giáo viên điểm trường bản Huổi Lóng"]),
        // A note or an aside between the name and its title.
        ("Trong số đó có anh Lò Văn Dũng (32 tuổi), Bí thư Chi đoàn bản Mển, người khởi xướng mô hình.",
         ["Lò Văn Dũng|Bí thư Chi đoàn bản Mển"]),
        ("Thay mặt các điển hình, chị Điểu Thị Lan, dân tộc Mnông, Phó Bí thư Chi bộ thôn 4 báo công.",
         ["Điểu Thị Lan|Phó Bí thư Chi bộ thôn 4"]),
        ("Được tuyên dương có cô giáo Đinh Thị Hoa, người dân tộc Ca Dong, Trường Tiểu học Sơn Liên với 16 năm bám bản.",
         ["Đinh Thị Hoa|cô giáo, Trường Tiểu học Sơn Liên"]),
        // A title before the honorific and its name, set off by a comma or a dash.
        ("Gần 8 năm làm Bí thư Chi bộ bản Nà Phặc, xã Quang Minh, chị Lò Thị Dung luôn đi đầu.",
         ["Lò Thị Dung|Bí thư Chi bộ bản Nà Phặc, xã Quang Minh"]),
        ("Phó Chủ tịch Hội Nông dân huyện – ông Hà Văn Sơn đánh giá cao mô hình.",
         ["Hà Văn Sơn|Phó Chủ tịch Hội Nông dân huyện"]),
        // A place after a comma is the unit of a name with no title.
        ("Ông Lục Văn Thìn, thôn Khuổi Mản, xã Tân Lập có 9 ha quế.", ["Lục Văn Thìn|thôn Khuổi Mản, xã Tân Lập"]),
        // A company in parentheses and a workshop after a comma continue a title.
        ("Chị Đỗ Thị Hồng, công nhân Nông trường Suối Dây (Công ty TNHH MTV Cao su Tây Ninh) có 5 sáng kiến.",
         ["Đỗ Thị Hồng|công nhân Nông trường Suối Dây (Công ty TNHH MTV Cao su Tây Ninh)"]),
        ("Sáng kiến của anh Vũ Văn Toản, tổ trưởng Tổ Lò chợ 2, Phân xưởng Đào lò 4, được áp dụng.",
         ["Vũ Văn Toản|tổ trưởng Tổ Lò chợ 2, Phân xưởng Đào lò 4"]),
        // A byline with its unit in parentheses.
        ("Hội nghị đã biểu dương 12 tập thể và 21 cá nhân có thành tích tiêu biểu trong năm qua.\nTin, ảnh: Thu Hà (Hội Nông dân huyện)",
         ["Thu Hà|Hội Nông dân huyện"]),
        // A parent body after a comma continues the title; an organisation name holding "và".
        ("Đồng chí Đào Minh Khoa, Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương phát biểu.",
         ["Đào Minh Khoa|Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"]),
        ("Dự hội nghị có đồng chí Lê Thanh Bình, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh.",
         ["Lê Thanh Bình|Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]),
        ("Thượng tá Lê Văn Hiếu, Phó Trưởng phòng Công tác đảng và công tác chính trị phát biểu.",
         ["Lê Văn Hiếu|Phó Trưởng phòng Công tác đảng và công tác chính trị"]),
        ("Nhà báo Huỳnh Văn Lộc, Trưởng phòng Thời sự Đài Phát thanh và Truyền hình Đồng Tháp, nhận giải A.",
         ["Huỳnh Văn Lộc|Trưởng phòng Thời sự Đài Phát thanh và Truyền hình Đồng Tháp"]),
        ("Ông Phan Văn Hưng, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, cho biết.",
         ["Phan Văn Hưng|Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]),
        ("Bà Lê Thị Hòa, Phó Giám đốc Trung tâm Khoa học và Công nghệ tỉnh, phát biểu.",
         ["Lê Thị Hòa|Phó Giám đốc Trung tâm Khoa học và Công nghệ tỉnh"]),
    ]

    @Test(arguments: shapes)
    func shape(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: TitleVocabulary.roleHonorifics.phrases + TitleVocabulary.organisationPhrases.phrases
          + TitleVocabulary.asideOpeners.phrases + ["làm", "giáo viên"])
    func tableRowsAreTested(_ phrase: String) {
        let all = Self.shapes.map { $0.0.lowercased() }.joined(separator: "\n")
        #expect(all.contains(phrase))
    }
}
