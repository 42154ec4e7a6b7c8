@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// Renders found people as "name|title" ("name|" when there is no title).
private func people(_ text: String) -> [String] {
    PersonExtractor().extract(from: AnalyzedText(text)).map { "\($0.name)|\($0.title ?? "")" }
}

@Suite struct PersonTests {
    // MARK: Honorific + name, title after the name

    static let afterName: [(String, [String])] = [
        ("Ông Hoàng Văn Thuận, Phó Bí thư Phụ trách Huyện ủy Lộc Bình cho biết: Ở Lộc Bình, việc nêu gương…",
         ["Hoàng Văn Thuận|Phó Bí thư Phụ trách Huyện ủy Lộc Bình"]),
        ("Bà Nghiêm Thị Thu Hường, chủ cơ sở May Công nghiệp của người khuyết tật tỉnh Lạng Sơn: “Học Bác lòng nhân ái…”",
         ["Nghiêm Thị Thu Hường|chủ cơ sở May Công nghiệp của người khuyết tật tỉnh Lạng Sơn"]),
        ("Đồng chí Nguyễn Văn Đức, Trưởng Ban Tuyên giáo Thành ủy Mỹ Tho cho biết, việc học tập tiếp tục được chú trọng.",
         ["Nguyễn Văn Đức|Trưởng Ban Tuyên giáo Thành ủy Mỹ Tho"]),
        ("Ông Nông Đình Công, Chủ nhiệm Ủy Ban Kiểm tra Huyện ủy, Bí thư Chi bộ Huyện ủy Tràng Định: “Xây dựng mô hình…”",
         ["Nông Đình Công|Chủ nhiệm Ủy Ban Kiểm tra Huyện ủy, Bí thư Chi bộ Huyện ủy Tràng Định"]),
        ("Anh Lương Văn Tám, Bí thư Chi đoàn thôn Khuổi Tát, chia sẻ: đoàn viên rất hăng hái.",
         ["Lương Văn Tám|Bí thư Chi đoàn thôn Khuổi Tát"]),
        ("Chị Trần Thị Mai, giáo viên Trường Tiểu học Kim Đồng nói rằng các em rất thích.",
         ["Trần Thị Mai|giáo viên Trường Tiểu học Kim Đồng"]),
        ("Thầy Phạm Minh Đức, Hiệu trưởng Trường THCS Quang Trung nhấn mạnh việc nêu gương.",
         ["Phạm Minh Đức|Hiệu trưởng Trường THCS Quang Trung"]),
        ("Cô Lê Thị Hồng Nhung, Phó Hiệu trưởng nhà trường khẳng định: học sinh tiến bộ.",
         ["Lê Thị Hồng Nhung|Phó Hiệu trưởng nhà trường"]),
        ("Theo đ/c Vũ Đình Hòe, Trưởng phòng Nội vụ huyện; kết quả rất tốt.",
         ["Vũ Đình Hòe|Trưởng phòng Nội vụ huyện"]),
        ("Tại buổi lễ, ông Nguyễn Văn Hải (Chủ tịch UBND xã Tân Lập) đã trao quà cho các hộ nghèo.",
         ["Nguyễn Văn Hải|Chủ tịch UBND xã Tân Lập"]),
        ("Thượng tá Nguyễn Văn Nam, Phó Trưởng Công an huyện cho biết lực lượng đã vào cuộc.",
         ["Nguyễn Văn Nam|Phó Trưởng Công an huyện"]),
        ("Thiếu tướng Trần Văn Tuấn, Giám đốc Công an tỉnh, phát biểu chỉ đạo.",
         ["Trần Văn Tuấn|Giám đốc Công an tỉnh"]),
        ("Nguyễn Thị Bích, Chủ tịch Hội Liên hiệp Phụ nữ xã, chia sẻ kinh nghiệm.",
         ["Nguyễn Thị Bích|Chủ tịch Hội Liên hiệp Phụ nữ xã"]),
        ("Ông Lý Văn Páo, Bí thư Chi bộ và Trưởng thôn Nà Phạ cho biết cả thôn đồng lòng.",
         ["Lý Văn Páo|Bí thư Chi bộ và Trưởng thôn Nà Phạ"]),
        ("Người phát biểu là ông Trần Quốc Toản, Giám đốc Sở Nội vụ. Ông nói thêm về kế hoạch.",
         ["Trần Quốc Toản|Giám đốc Sở Nội vụ"]),
        ("Ông Phan Văn Mãi, Chủ tịch UBND TP. Hồ Chí Minh cho biết thành phố đã chuẩn bị.",
         ["Phan Văn Mãi|Chủ tịch UBND TP. Hồ Chí Minh"]),
        ("Bà Hà Thị Nguyệt, Phó Chủ tịch Hội Nông dân huyện “rất tâm đắc” với mô hình này.",
         ["Hà Thị Nguyệt|Phó Chủ tịch Hội Nông dân huyện"]),
        ("bà Lò Thị Xuân, hội viên Hội Phụ nữ bản Pá Khoang cho hay năm nay được mùa.",
         ["Lò Thị Xuân|hội viên Hội Phụ nữ bản Pá Khoang"]),
        ("Kỷ luật ông Hoàng Mạnh Phú – Bí thư Huyện ủy, Chủ tịch HĐND huyện Phúc Thọ.",
         ["Hoàng Mạnh Phú|Bí thư Huyện ủy, Chủ tịch HĐND huyện Phúc Thọ"]),
        ("Đồng chí Lâm Văn Bắc - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
         ["Lâm Văn Bắc|Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy"]),
        ("Tham dự có các đồng chí: Nguyễn Văn Bình, Phó Bí thư Thường trực Tỉnh ủy; Trần Thị Hoa, Chủ tịch UBND tỉnh.",
         ["Nguyễn Văn Bình|Phó Bí thư Thường trực Tỉnh ủy", "Trần Thị Hoa|Chủ tịch UBND tỉnh"]),
        ("Cô Lê Ngọc Diệp - Trưởng phòng GD tiểu học Sở GD-ĐT TP.HCM",
         ["Lê Ngọc Diệp|Trưởng phòng GD tiểu học Sở GD-ĐT TP.HCM"]),
        ("Tham dự có các đồng chí: Hoàng Văn Minh, Lý Thị Hoa và Đàm Quang Vinh.",
         ["Hoàng Văn Minh|", "Lý Thị Hoa|", "Đàm Quang Vinh|"]),
        ("Dự hội nghị có các đồng chí Lục Văn Bảo, Chủ tịch UBND huyện; Vi Thị Hằng, Phó Chủ tịch HĐND huyện.",
         ["Lục Văn Bảo|Chủ tịch UBND huyện", "Vi Thị Hằng|Phó Chủ tịch HĐND huyện"]),
        ("Đ/c Nguyễn Văn Toàn - TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu chỉ đạo hội nghị.",
         ["Nguyễn Văn Toàn|TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện"]),
        ("Đồng chí Hoàng Văn Minh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy phát biểu tại hội nghị.",
         ["Hoàng Văn Minh|Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy"]),
        ("Cụ Đinh Văn Sáu năm nay đã 90 tuổi vẫn hăng say lao động.", ["Đinh Văn Sáu|"]),
        ("Chúng tôi gặp chị Hoàng Thị Lan khi chị đang thu hoạch chè.", ["Hoàng Thị Lan|"]),
        ("Ông Nguyễn Văn Thuỷ, Bí thư Đảng uỷ xã đã phát biểu.", ["Nguyễn Văn Thủy|Bí thư Đảng ủy xã"]),
        // A title runs on into the employer the next segment names.
        ("Chị Đỗ Thị Hạnh, tổ phó tổ hoàn thiện 3, Công ty TNHH May Hưng Phát, có 2 sáng kiến.",
         ["Đỗ Thị Hạnh|tổ phó tổ hoàn thiện 3, Công ty TNHH May Hưng Phát"]),
        ("Thầy Vũ Văn Long, giáo viên Toán, Trường THCS Lê Quý Đôn chia sẻ kinh nghiệm.",
         ["Vũ Văn Long|giáo viên Toán, Trường THCS Lê Quý Đôn"]),
        ("Bác sĩ Trần Minh Khoa, Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh cho biết số ca bệnh giảm.",
         ["Trần Minh Khoa|Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh"]),
        ("Ông Bùi Văn Tư, Giám đốc, Hợp tác xã Nông nghiệp Tân Tiến, đã mở rộng sản xuất.",
         ["Bùi Văn Tư|Giám đốc, Hợp tác xã Nông nghiệp Tân Tiến"]),
        // … but not into a clause that only starts with an organisation word.
        ("Anh Phạm Văn Lộc, tổ trưởng tổ sản xuất, công ty đã ghi nhận sáng kiến của anh.",
         ["Phạm Văn Lộc|tổ trưởng tổ sản xuất"]),
        ("Chị Ngô Thị Lan, công nhân, Công ty đã khen thưởng chị.",
         ["Ngô Thị Lan|công nhân"]),
        // Central Highlands family names, two syllables after a title or honorific.
        ("Trung úy Rah Lan Hiền, Phó Đội trưởng Đội tuần tra, cùng tổ công tác đến từng nhà.",
         ["Rah Lan Hiền|Phó Đội trưởng Đội tuần tra"]),
        ("Thiếu tá Puih Dơng, Đội trưởng Đội trinh sát cho biết tình hình ổn định.",
         ["Puih Dơng|Đội trưởng Đội trinh sát"]),
        ("Già làng Rmah Bloih kể lại chuyện xưa.", ["Rmah Bloih|Già làng"]),
        ("Bà Siu Hương cùng con cháu chăm sóc vườn cà phê.", ["Siu Hương|"]),
        ("Ông Kpă Thuyên, Chủ tịch UBND xã, chia sẻ kinh nghiệm.", ["Kpă Thuyên|Chủ tịch UBND xã"]),
    ]

    @Test(arguments: afterName)
    func titleAfterName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Title before the name

    static let beforeName: [(String, [String])] = [
        ("Chủ tịch Hồ Chí Minh, vị lãnh tụ thiên tài, kiệt xuất của dân tộc.", ["Hồ Chí Minh|Chủ tịch"]),
        ("Tổng Bí thư Nguyễn Phú Trọng nhấn mạnh vai trò nêu gương.", ["Nguyễn Phú Trọng|Tổng Bí thư"]),
        ("Bí thư Tỉnh ủy Hoàng Văn Nghiệm chủ trì hội nghị.", ["Hoàng Văn Nghiệm|Bí thư Tỉnh ủy"]),
        ("Phó Chủ tịch UBND tỉnh Lạng Sơn Dương Xuân Huyên phát biểu tại hội nghị.",
         ["Dương Xuân Huyên|Phó Chủ tịch UBND tỉnh Lạng Sơn"]),
        ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự buổi lễ.", ["Đinh Tiến Dũng|Bí thư Thành ủy Hà Nội"]),
        ("Buổi lễ có sự tham dự của nguyên Chủ tịch nước Trương Tấn Sang.",
         ["Trương Tấn Sang|nguyên Chủ tịch nước"]),
        ("Nhà giáo Nguyễn Thị Lan đã có 30 năm gắn bó với nghề.", ["Nguyễn Thị Lan|Nhà giáo"]),
        ("Bác sĩ Lê Văn Bình cho biết bệnh nhân đã ổn định.", ["Lê Văn Bình|Bác sĩ"]),
        ("Đại tá Vương Văn Hùng tặng quà các gia đình chính sách.", ["Vương Văn Hùng|Đại tá"]),
        ("Tổng Bí thư Lê Duẩn từng về thăm tỉnh.", ["Lê Duẩn|Tổng Bí thư"]),
        ("đồng chí Bí thư Huyện ủy Triệu Đức Thanh kiểm tra mô hình.", ["Triệu Đức Thanh|Bí thư Huyện ủy"]),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Thu Hà kiểm tra tiến độ.", ["Nguyễn Thị Thu Hà|Phó Chủ tịch UBND tỉnh"]),
        ("Giám đốc Trung tâm Chính trị huyện Lê Thị Mai quán triệt chuyên đề.",
         ["Lê Thị Mai|Giám đốc Trung tâm Chính trị huyện"]),
        ("Chủ tịch UBND huyện Trần Văn Thời Nguyễn Văn Hiếu dự lễ.", ["Nguyễn Văn Hiếu|Chủ tịch UBND huyện Trần Văn Thời"]),
        ("Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp.", ["Phạm Minh Chính|Thủ tướng Chính phủ"]),
        ("Đại biểu Quốc hội Hà Thị Minh Tâm tiếp xúc cử tri.", ["Hà Thị Minh Tâm|Đại biểu Quốc hội"]),
        ("Em Hoàng Gia Bảo, học sinh lớp 9A Trường THCS Tân Lập, chia sẻ niềm vui.",
         ["Hoàng Gia Bảo|học sinh lớp 9A Trường THCS Tân Lập"]),
        ("Nguyên Chủ tịch nước Lê Đức Anh từ trần.", ["Lê Đức Anh|Nguyên Chủ tịch nước"]),
        ("Hội thảo do PGS.TS Trần Văn Phòng chủ trì.", ["Trần Văn Phòng|PGS.TS"]),
        ("Báo cáo viên là TS. Nguyễn Thị Hạnh giới thiệu chuyên đề.", ["Nguyễn Thị Hạnh|TS"]),
        ("PGS-TS Vũ Hải Quân: Người trò chuyện với máy tính", ["Vũ Hải Quân|PGS-TS"]),
        ("CHỦ TỊCH HỒ CHÍ MINH VỚI NHÂN DÂN\nChủ tịch Hồ Chí Minh luôn gần dân.", ["Hồ Chí Minh|Chủ tịch"]),
        ("CHỦ TỊCH HỒ CHÍ MINH\nChủ tịch Hồ Chí Minh luôn gần dân.", ["Hồ Chí Minh|CHỦ TỊCH"]),
        ("Dự hội nghị có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đỗ Trọng Hưng.",
         ["Đỗ Trọng Hưng|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"]),
        ("Cục trưởng Mai Văn Trinh: Yêu cầu điểm thi siết thiết bị.", ["Mai Văn Trinh|Cục trưởng"]),
    ]

    @Test(arguments: beforeName)
    func titleBeforeName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Bylines, photo credits, signatures

    static let bylines: [(String, [String])] = [
        ("Các tập thể được khen thưởng. Ảnh: VĂN THẢO\nNội dung tiếp theo.", ["VĂN THẢO|"]),
        ("Bài, ảnh: MINH HẢI\n\nHuyện đã triển khai.", ["MINH HẢI|"]),
        ("Lễ ra quân (Ảnh: Quang Huy).", ["Quang Huy|"]),
        ("Tin: NGỌC ANH - HOÀNG LONG\n\nNgày 5/3, huyện tổ chức hội nghị.", ["NGỌC ANH|", "HOÀNG LONG|"]),
        ("Tin và ảnh: Trần Mạnh Hùng\n\nSáng nay, xã tổ chức lễ.", ["Trần Mạnh Hùng|"]),
        ("Việc học tập tạo sức lan tỏa sâu rộng.\nTHỦY HÀ", ["THỦY HÀ|"]),
        ("Phong trào ngày càng phát triển.\n\nMinh Châu", ["Minh Châu|"]),
        ("Phong trào ngày càng phát triển.\n\nHOÀNG ANH (tổng hợp)", ["HOÀNG ANH|"]),
        ("Phong trào ngày càng phát triển.\n\nNguyễn Hằng - Ban Tuyên giáo Huyện ủy", ["Nguyễn Hằng|Ban Tuyên giáo Huyện ủy"]),
        ("Phong trào ngày càng phát triển.\n\nTHANH TÙNG - MINH ANH", ["THANH TÙNG|", "MINH ANH|"]),
        ("Hội nghị tổng kết. Ảnh: VĂN THẢO Đồng chí Lê Văn Hòa phát biểu.", ["VĂN THẢO|", "Lê Văn Hòa|"]),
        // A document signed by its head alone: the office is the title, never a name.
        ("Báo cáo kết quả năm học.\nNơi nhận:\n- Lưu: VT.\nHIỆU TRƯỞNG\nĐinh Thị Mai Lan", ["Đinh Thị Mai Lan|Hiệu trưởng"]),
        ("Kế hoạch thực hiện năm 2025.\nNơi nhận:\n- Như trên.\nBÍ THƯ\nLò Văn Khoa", ["Lò Văn Khoa|Bí thư"]),
        ("Xã trao giấy khen cho 6 điển hình.\nH’Dim - Văn phòng Đảng ủy xã", ["H’Dim|Văn phòng Đảng ủy xã"]),
        // A table row copied as text: the name's cell, then its title's cell.
        ("Danh sách điển hình:\nSTT | Họ và tên | Đơn vị | Thành tích\n1 | Lò Văn Pao | Trưởng bản Nà Lay | Vận động 20 hộ hiến đất\n2 | Chi bộ bản Co Mạ | - | 3 năm liền hoàn thành tốt",
         ["Lò Văn Pao|Trưởng bản Nà Lay"]),
    ]

    @Test(arguments: bylines)
    func bylinesAndCredits(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Locators, multi-role titles, prefixed titles, more heads and enders

    static let titleShapes: [(String, [String])] = [
        // Central Highlands names: a prefixed given name ("H’", "K’"), two-syllable family names, teknonyms.
        ("Dự có đồng chí TS. H’Lan Ayŭn - Phó Hiệu trưởng Nhà trường.", ["H’Lan Ayŭn|Phó Hiệu trưởng Nhà trường"]),
        ("Anh K’Brẻ, Bí thư Đoàn xã Lộc Bắc trao quà.", ["K’Brẻ|Bí thư Đoàn xã Lộc Bắc"]),
        ("Đồng chí Y Suôn Êban, Bí thư Đảng ủy xã chủ trì.", ["Y Suôn Êban|Bí thư Đảng ủy xã"]),
        ("Ca khúc đoạt giải của nhạc sĩ Ama Sương.", ["Ama Sương|nhạc sĩ"]),
        ("Thí sinh Đổng Thị Mai (Đảng bộ Sở Tư pháp) đạt giải Nhất.", ["Đổng Thị Mai|Thí sinh, Đảng bộ Sở Tư pháp"]),
        // A lower-case word after a place closing the title opens the predicate.
        ("Ông Lục Văn Tám, Chi hội trưởng Chi hội CCB thôn 2, xã Nà Phặc vận động 30 hộ hiến đất.",
         ["Lục Văn Tám|Chi hội trưởng Chi hội CCB thôn 2, xã Nà Phặc"]),
        ("Đồng chí Phan Văn Lộc, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.",
         ["Phan Văn Lộc|Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy"]),
        ("Đồng chí Mạc Thị Hoa, Phó Bí thư Tỉnh ủy thảo luận với các đại biểu.", ["Mạc Thị Hoa|Phó Bí thư Tỉnh ủy"]),
        // Roles joined by a spaced dash before the name, as printed.
        ("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Hà Văn Tâm phát biểu khai mạc hội nghị.",
         ["Hà Văn Tâm|Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy"]),
        ("Ủy viên Ban Thường vụ Tỉnh ủy – Trưởng Ban Tuyên giáo Tỉnh ủy Lò Thị Mai chủ trì.",
         ["Lò Thị Mai|Ủy viên Ban Thường vụ Tỉnh ủy – Trưởng Ban Tuyên giáo Tỉnh ủy"]),
        // Before the dash the role opens its clause: a head inside a body's name is none.
        ("Chủ tịch Hội Cựu chiến binh tỉnh - Trưởng đoàn công tác Hoàng Văn Sơn phát biểu.",
         ["Hoàng Văn Sơn|Chủ tịch Hội Cựu chiến binh tỉnh - Trưởng đoàn công tác"]),
        // "kiêm" after a place goes on with the next role.
        ("Ông Lê Văn Hùng, Bí thư Chi bộ thôn 3, xã Quảng Tiến kiêm Trưởng thôn cho biết.",
         ["Lê Văn Hùng|Bí thư Chi bộ thôn 3, xã Quảng Tiến kiêm Trưởng thôn"]),
        // Peoples written like prefixed names are no people.
        ("Trường có 45 giáo viên M’Nông và 20 cán bộ K’Ho.", []),
        ("Ông Vàng A Chứ, Bí thư Chi bộ bản Tả Phìn, xã Hồ Thầu cho biết bà con đã bỏ hủ tục.",
         ["Vàng A Chứ|Bí thư Chi bộ bản Tả Phìn, xã Hồ Thầu"]),
        ("Bà Nguyễn Thị Hạnh, Chủ tịch UBND xã Phú Mỹ, huyện Tân Phước khẳng định: đường đã thông.",
         ["Nguyễn Thị Hạnh|Chủ tịch UBND xã Phú Mỹ, huyện Tân Phước"]),
        ("Anh Trần Văn Lợi, Trưởng ấp 3, xã Long Hòa chia sẻ niềm vui.",
         ["Trần Văn Lợi|Trưởng ấp 3, xã Long Hòa"]),
        ("Ông Nguyễn Văn Hòa, Bí thư Chi bộ thôn Đông, xã hội hóa nguồn lực để làm đường.",
         ["Nguyễn Văn Hòa|Bí thư Chi bộ thôn Đông"]),
        ("Bà Lê Thị Nga, Chủ tịch Hội Phụ nữ xã, huyện đã hỗ trợ vốn cho hội viên.",
         ["Lê Thị Nga|Chủ tịch Hội Phụ nữ xã"]),
        ("Đồng chí Lê Văn Hùng, Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy trình bày báo cáo.",
         ["Lê Văn Hùng|Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy"]),
        ("Ông Phạm Quốc Khánh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện ghi nhận những kết quả.",
         ["Phạm Quốc Khánh|Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện"]),
        ("Ông Lê Văn Tâm, Giám đốc Sở Tư pháp biểu dương các tập thể.",
         ["Lê Văn Tâm|Giám đốc Sở Tư pháp"]),
        ("Ông Đỗ Văn Lâm, Chi cục trưởng Chi cục Kiểm lâm tỉnh cho biết rừng được giữ vững.",
         ["Đỗ Văn Lâm|Chi cục trưởng Chi cục Kiểm lâm tỉnh"]),
        ("Bà Đào Thị Liên, Phó Chi cục trưởng Chi cục Thủy lợi – Phòng chống thiên tai chia sẻ kinh nghiệm.",
         ["Đào Thị Liên|Phó Chi cục trưởng Chi cục Thủy lợi – Phòng chống thiên tai"]),
        ("Ông Ngô Văn Tư, nguyên Chủ tịch UBND huyện kể lại những ngày đầu.",
         ["Ngô Văn Tư|nguyên Chủ tịch UBND huyện"]),
        ("Ông Lý Văn Sình, nguyên Bí thư Đảng ủy xã Nà Sản nhớ lại: thời đó rất khó.",
         ["Lý Văn Sình|nguyên Bí thư Đảng ủy xã Nà Sản"]),
        ("Ông Lê Văn Bảy, Đội trưởng Đội Quản lý thị trường số 2 giới thiệu sản phẩm.",
         ["Lê Văn Bảy|Đội trưởng Đội Quản lý thị trường số 2"]),
        ("Già làng Hồ Văn Thắng kể chuyện Bác Hồ cho con cháu.", ["Hồ Văn Thắng|Già làng"]),
        ("Bà H’Hoa Niê, Phó Chủ tịch Hội Nông dân xã cho hay bà con rất phấn khởi.",
         ["H’Hoa Niê|Phó Chủ tịch Hội Nông dân xã"]),
        ("Ông Y’Bhin Ksor, Trưởng buôn Ea Kmar chia sẻ về hương ước.",
         ["Y’Bhin Ksor|Trưởng buôn Ea Kmar"]),
    ]

    @Test(arguments: titleShapes)
    func locatorsRolesAndHeads(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: ["H’Lan", "Y’Bih", "K’Thiu", "Byă"])
    func highlandNameWordsAreSyllables(_ word: String) {
        let tokens = PersonTokens(AnalyzedText(word))
        #expect(tokens.count == 1)
        #expect(tokens.count == 1 && tokens[0].isSyllable)
    }

    // MARK: Counter-examples

    static let notPeople: [String] = [
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 – 2023",
        "làm theo tấm gương đạo đức Hồ Chí Minh trong toàn Đảng",
        "Tư tưởng Hồ Chí Minh soi đường cho sự nghiệp cách mạng.",
        "quán triệt tư tưởng, đạo đức, phong cách Hồ Chi Minh, trong những năm qua",
        "Đoàn TNCS Hồ Chí Minh tổ chức ra quân tình nguyện.",
        "Thành phố Hồ Chí Minh, Chủ tịch nước dự lễ.",
        "Đảng bộ thành phố vinh dự được nhận Bằng khen của Thủ tướng Chính phủ.",
        "đề nghị Thủ tướng Chính phủ và UBND tỉnh khen thưởng những cá nhân tiêu biểu.",
        "Trường THPT Nguyễn Trãi, Hiệu trưởng nhà trường cho biết.",
        "Đoàn công tác làm việc tại tỉnh Bà Rịa – Vũng Tàu.",
        "Con cháu luôn ghi nhớ công ơn ông bà, cha mẹ.",
        "Chủ tịch UBND tỉnh Hà Giang cho biết kế hoạch đã hoàn thành.",
        "Phó Bí thư Tỉnh ủy Cao Bằng cho biết, các chỉ tiêu đều đạt.",
        "Ảnh minh họa",
        "Hội nghị thành công tốt đẹp. Ảnh: TTXVN",
        "Quang cảnh hội nghị. Ảnh: Báo Lạng Sơn",
        "Anh hùng Lực lượng vũ trang nhân dân được tôn vinh.",
        "Chủ tịch Hội Nông dân tỉnh cho biết sẽ nhân rộng mô hình.",
        "Thủ tướng Chính phủ ban hành Quyết định số 12/QĐ-TTg.",
        "Đường Hồ Chí Minh huyền thoại đi qua địa bàn huyện.",
        "Tại phường Lê Hồng Phong, Chủ tịch UBND phường trực tiếp chỉ đạo.",
        "Báo cáo tổng kết năm.\nKết luận 01",
        "KẾT QUẢ TÍCH CỰC\nChuyên đề năm 2024 được quán triệt.",
        "Nội dung bài viết.\nÝ kiến ()",
        "Nhiều đồng chí lãnh đạo tỉnh dự hội nghị.",
        "Bí thư Tỉnh ủy Thái Nguyên phát biểu.",
        "Giải thưởng Hồ Chí Minh được trao cho các công trình xuất sắc.",
        "Sau khi học tập, anh em trong đơn vị đều chuyển biến.",
        "Bí thư Đảng ủy phường Lê Hồng Phong cho biết phong trào phát triển.",
        "Chủ tịch UBND Thành phố Hồ Chí Minh cho biết kế hoạch đã hoàn thành.",
        "Các đồng chí lãnh đạo Huyện ủy, Nguyễn Văn A cùng dự.",
        "các anh chị em đoàn viên Thanh Niên tình nguyện",
        "Một người đàn ông Trung Quốc mới nhập viện ở tỉnh Vân Nam.",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì.",
        "Nội dung bài viết.\n\nBAN TUYÊN GIÁO HUYỆN ỦY",
        "Nội dung bài viết.\n\nTRUNG TÂM CHÍNH TRỊ HUYỆN",
        "Bí thư Chi bộ thôn Đông, xã Tân Hòa trình bày tham luận.",
        "Người dân gọi ‘Dân vận khéo’ là cách làm hay.",
        "nguyên Chủ tịch UBND huyện cũng về dự.",
        "Đội trưởng Đội vận động quần chúng cùng tổ công tác đến từng nhà.",
        "Người dân làng Siu đã thu hoạch xong lúa.",
    ]

    @Test(arguments: notPeople)
    func counterExamples(_ text: String) {
        #expect(people(text) == [])
    }

    // MARK: Merging and mentions

    @Test func mentionsMergeIntoOneItem() {
        let text = "Chủ tịch Hồ Chí Minh là lãnh tụ. Học tập tấm gương đạo đức của Chủ tịch Hồ Chí Minh."
        let found = PersonExtractor().extract(from: AnalyzedText(text))
        #expect(found.count == 1)
        #expect(found.first?.title == "Chủ tịch")
        let analyzed = AnalyzedText(text)
        #expect(found.first?.mentions.map { analyzed.slice($0.range) } == ["Hồ Chí Minh", "Hồ Chí Minh"])
    }

    @Test func titleComesFromFirstMentionThatHasOne() {
        let text = "Anh Nguyễn Văn Tùng kể lại. Sau đó, anh Nguyễn Văn Tùng, Bí thư Chi đoàn xã, cho biết thêm."
        #expect(people(text) == ["Nguyễn Văn Tùng|Bí thư Chi đoàn xã"])
    }

    @Test func distinctPeopleKeepOrderOfFirstMention() {
        let text = "Ông Trần Văn Lâm, Chủ tịch UBND xã cho biết. Bà Ngô Thị Hoa, Phó Chủ tịch UBND xã nói thêm."
        #expect(people(text) == ["Trần Văn Lâm|Chủ tịch UBND xã", "Ngô Thị Hoa|Phó Chủ tịch UBND xã"])
    }

    // MARK: Vocabulary tables, one sentence per entry

    @Test(arguments: TitleVocabulary.honorifics.phrases)
    func everyHonorificIntroducesAName(_ honorific: String) {
        // A role honorific ("cô giáo") is the title as well.
        let title = TitleVocabulary.roleHonorifics.phrases.contains(honorific) ? honorific : ""
        #expect(people("Hôm qua, \(honorific) Nguyễn Văn An cho biết thêm.") == ["Nguyễn Văn An|\(title)"])
    }

    @Test(arguments: TitleVocabulary.titleHeads.phrases)
    func everyTitleHeadOpensATitleAfterAName(_ head: String) {
        #expect(people("Ông Nguyễn Văn An, \(head) xã Tân Lập cho biết thêm.") == ["Nguyễn Văn An|\(head) xã Tân Lập"])
    }

    @Test(arguments: TitleVocabulary.titleHeads.phrases)
    func everyTitleHeadOpensATitleBeforeAName(_ head: String) {
        #expect(people("Hôm qua, \(head) Nguyễn Văn An cho biết thêm.") == ["Nguyễn Văn An|\(head)"])
    }

    @Test(arguments: ["cho biết", "nói", "phát biểu", "khẳng định", "chia sẻ", "nhấn mạnh", "cho rằng", "bày tỏ"])
    func titleEndsBeforeAVerbOfSaying(_ verb: String) {
        #expect(people("Ông Trần Văn Hòa, Chủ tịch UBND huyện \(verb) như vậy.") == ["Trần Văn Hòa|Chủ tịch UBND huyện"])
    }

    @Test(arguments: [":", ".", ";", " “"])
    func titleEndsAtPunctuation(_ mark: String) {
        #expect(people("Ông Trần Văn Hòa, Chủ tịch UBND huyện\(mark) tiếp theo") == ["Trần Văn Hòa|Chủ tịch UBND huyện"])
    }

    @Test(arguments: ["Ảnh", "Bài", "Tin", "Bài, ảnh", "Tin, ảnh", "Bài và ảnh", "Tin và ảnh"])
    func everyBylineMarker(_ marker: String) {
        #expect(people("Nội dung.\n\(marker): HOÀNG MINH\nTiếp theo bài.") == ["HOÀNG MINH|"])
    }

    @Test(arguments: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                      "Hồ", "Ngô", "Dương", "Lý", "Lô", "Nông", "Nghiêm"])
    func surnameLedNameBeforeATitle(_ surname: String) {
        #expect(people("Theo đó, \(surname) Văn Minh, Trưởng thôn Nà Lầu cho biết.") == ["\(surname) Văn Minh|Trưởng thôn Nà Lầu"])
    }

    @Test(arguments: ["UBND", "HĐND", "TNCS", "THPT", "Nguyễn", "Hường", "Chủ"])
    func syllableShape(_ word: String) {
        let analyzed = AnalyzedText(word)
        let expected = ["Nguyễn", "Hường", "Chủ"].contains(word)
        #expect(PersonTokens.isSyllableShape(analyzed.folded[0..<analyzed.count]) == expected)
    }

    // MARK: Seeds against gold

    @Test(arguments: SeedCorpus.documents)
    func seedMatchesGold(_ prefix: String) throws {
        let text = try SeedCorpus.source(prefix)
        let expected = try SeedCorpus.gold(prefix, list: "people").map {
            Folding.key("\($0["name"] as? String ?? "")|\($0["title"] as? String ?? "")")
        }
        let found = people(text).map { Folding.key($0) }
        for miss in expected where !found.contains(miss) { print("MISS \(prefix): \(miss)") }
        for extra in found where !expected.contains(extra) { print("EXTRA \(prefix): \(extra)") }
        let hits = Double(found.filter { expected.contains($0) }.count)
        let f1 = expected.isEmpty && found.isEmpty ? 1 : 2 * hits / Double(expected.count + found.count)
        #expect(f1 >= 0.95)
    }
}

/// The separators ``PersonTokens`` records after each word.
@Suite struct PersonSeparatorTests {
    @Test(arguments: [
        ("Ông A, Chủ tịch", 1, ",", false), ("Ông A Chủ tịch", 1, "", true), ("Ảnh: A", 0, ":", false),
        ("A ,  B", 0, ",", false), ("A\nB", 0, "\n", false), ("A - B", 0, "-", false), ("A.\tB", 0, ".", false),
    ])
    func separators(_ row: (String, Int, String, Bool)) {
        let tokens = PersonTokens(AnalyzedText(row.0))
        var expected = Punctuation()
        for byte in row.2.utf8 { expected.append(byte) }
        #expect(tokens.punctuation(after: row.1) == expected, "\(row.0)")
        #expect(tokens.isSpaceGap(after: row.1) == row.3, "\(row.0)")
    }

    @Test func longerSeparatorIsNoSingleMark() {
        let tokens = PersonTokens(AnalyzedText("A), B"))
        #expect(tokens.punctuation(after: 0) != [UInt8(ascii: ")")])
        #expect(tokens.punctuation(after: 0) != [UInt8(ascii: ",")])
        #expect(!tokens.punctuation(after: 0).isEmpty)
    }

    @Test(arguments: [("A\nB", 0, true), ("A \n B", 0, true), ("A, B", 0, false), ("A.\r\nB", 0, true), ("A B\n", 0, false), ("A B\n", 1, true)])
    func lineBreaks(_ row: (String, Int, Bool)) {
        let tokens = PersonTokens(AnalyzedText(row.0))
        #expect(tokens[row.1].breaksLineAfter == row.2, "\(row.0)")
        #expect(tokens.startsLine(row.1 + 1) == row.2 || row.1 + 1 == tokens.count, "\(row.0)")
    }

    @Test func lastWordRunsToTheEndOfText() {
        let tokens = PersonTokens(AnalyzedText("Ông A."))
        #expect(tokens.punctuation(after: 1) == [UInt8(ascii: ".")])
        #expect(!tokens.isSpaceGap(after: 1))
    }
}
