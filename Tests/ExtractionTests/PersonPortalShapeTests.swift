@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Renders found people as "name|title" ("name|" when there is no title).
private func people(_ text: String) -> [String] {
    PersonExtractor().extract(from: AnalyzedText(text)).map { "\($0.name)|\($0.title ?? "")" }
}

/// The shapes in which Party portals print people: sentences written for these tests in those
/// shapes, with other names, places and numbers.
@Suite struct PersonPortalShapeTests {
    // MARK: A title that ends in a place runs into the name

    /// A role in parentheses after an age is the person's title, its places included.
    @Test(arguments: [
        ("Bà Lò Thị Hoa (52 tuổi, Bí thư Chi bộ bản Nà Khá, xã Mường Lay) vận động 40 hộ hiến đất.",
         ["Lò Thị Hoa|Bí thư Chi bộ bản Nà Khá, xã Mường Lay"]),
        ("Chị Kim Thị Ra (38 tuổi, Chi hội trưởng Chi hội Phụ nữ ấp Trà Cú) kể lại hành trình vận động.",
         ["Kim Thị Ra|Chi hội trưởng Chi hội Phụ nữ ấp Trà Cú"]),
        // A place alone after the age stays the unit rule's.
        ("Cụ Đinh Văn Sáu (84 tuổi, thôn Đồng Tâm) vẫn đi họp chi bộ.", ["Đinh Văn Sáu|thôn Đồng Tâm"]),
    ])
    func roleInParenthesesAfterAge(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    /// A caption's verb ends the title; a saying ends a qualifier; a rank gives way to the
    /// role after the name; fishers and ward police officers have roles too.
    @Test(arguments: [
        ("Đồng chí Hà Minh Khôi, Bí thư Huyện ủy Tân Sơn thăm mô hình chè an toàn tại xã Tân Phú.",
         ["Hà Minh Khôi|Bí thư Huyện ủy Tân Sơn"]),
        ("Đó là cách để mỗi cán bộ cơ sở thực hiện lời Chủ tịch Hồ Chí Minh dạy.", ["Hồ Chí Minh|Chủ tịch"]),
        // (After a title placed before the name, the unit after the role is not read.)
        ("7. Thượng úy Trần Văn Khang, Cảnh sát khu vực, Công an phường Bắc Sơn", ["Trần Văn Khang|Cảnh sát khu vực"]),
        ("Ông Lê Văn Tám, ngư dân xã Bình Châu, đã cứu 12 người gặp nạn.", ["Lê Văn Tám|ngư dân xã Bình Châu"]),
        ("Bưu tá Trần Văn Hậu 9 năm liền không để thất lạc bưu gửi.", ["Trần Văn Hậu|Bưu tá"]),
        ("Ông Lê Văn Hải, Đội trưởng Đội thăm dò địa chất 5 cho biết đơn vị có 40 đảng viên.",
         ["Lê Văn Hải|Đội trưởng Đội thăm dò địa chất 5"]),
        ("Đồng chí Vũ Minh Khôi, Bí thư Huyện ủy thăm mô hình nuôi cá lồng.", ["Vũ Minh Khôi|Bí thư Huyện ủy"]),
        ("Triển lãm thơ của Đại thi hào Nguyễn Du tại nhà văn hóa xã.", ["Nguyễn Du|Đại thi hào"]),
    ])
    func captionVerbSayingRankAndRoles(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    static let placeThenName: [(String, [String])] = [
        ("Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Kon Tum Hồ Văn Mười chủ trì hội nghị.",
         ["Hồ Văn Mười|Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Kon Tum"]),
        // The place ends in a word that is also a surname: "Bảo Lâm", "Yên Châu".
        ("Bí thư Huyện ủy Bảo Lâm Nguyễn Văn Quý dự lễ ra quân.", ["Nguyễn Văn Quý|Bí thư Huyện ủy Bảo Lâm"]),
        ("Chủ tịch UBND huyện Yên Châu Hoàng Minh Tuấn trao giấy khen.",
         ["Hoàng Minh Tuấn|Chủ tịch UBND huyện Yên Châu"]),
        // The place opens with a surname: the middle name tells where the person begins.
        ("Giám đốc Sở Nội vụ tỉnh Hà Nam Mai Thị Lan báo cáo kết quả.", ["Mai Thị Lan|Giám đốc Sở Nội vụ tỉnh Hà Nam"]),
        ("Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn thăm mô hình.",
         ["Lương Quốc Đoàn|Chủ tịch Hội Nông dân Việt Nam"]),
        ("Chủ tịch UBND TP. Hồ Chí Minh Phan Văn Mãi phát biểu.", ["Phan Văn Mãi|Chủ tịch UBND TP. Hồ Chí Minh"]),
        ("Bí thư Huyện ủy Ea Súp - Trần Quốc Khánh chủ trì buổi lễ.", ["Trần Quốc Khánh|Bí thư Huyện ủy Ea Súp"]),
    ]

    @Test(arguments: placeThenName)
    func placeEndedTitleBeforeName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Acronyms and dotted abbreviations in titles

    static let acronyms: [(String, [String])] = [
        ("Đồng chí Phạm Văn Hải, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.",
         ["Phạm Văn Hải|UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh"]),
        ("Đ/c Hoàng Văn Tú - UV.BTV Huyện ủy, Phó Chủ tịch HĐND huyện phát biểu.",
         ["Hoàng Văn Tú|UV.BTV Huyện ủy, Phó Chủ tịch HĐND huyện"]),
        ("Các đồng chí: Đào Văn Thức, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh; Lò Văn Pấng, Phó Chủ tịch HĐND tỉnh chủ trì.",
         ["Đào Văn Thức|UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh", "Lò Văn Pấng|Phó Chủ tịch HĐND tỉnh"]),
        // No mark between the name and the acronym.
        ("Đồng chí Ngô Văn Bảy UVBTV – PCT UBND huyện trao huy hiệu Đảng.", ["Ngô Văn Bảy|UVBTV – PCT UBND huyện"]),
        // A dash with a space on one side only.
        ("Đồng chí Lê Quang Lợi- TUV, Bí thư Thành ủy chủ trì hội nghị.", ["Lê Quang Lợi|TUV, Bí thư Thành ủy"]),
        ("Đ/c Đinh Văn Tâm - UVTV, Trưởng Ban Tuyên giáo Huyện ủy quán triệt chuyên đề.",
         ["Đinh Văn Tâm|UVTV, Trưởng Ban Tuyên giáo Huyện ủy"]),
        ("Phát biểu tại buổi lễ, UVBTV, Trưởng Ban Tổ chức Huyện ủy Chung Văn Hoà nhấn mạnh ý nghĩa.",
         ["Chung Văn Hòa|UVBTV, Trưởng Ban Tổ chức Huyện ủy"]),
        ("Đồng chí Vũ Thị Hồng, Phó Trưởng Ban Tuyên giáo T.Ư đến dự.", ["Vũ Thị Hồng|Phó Trưởng Ban Tuyên giáo T.Ư"]),
        ("CCB Đặng Văn Khiêm ở xã Quang Hưng hiến 300 m2 đất.", ["Đặng Văn Khiêm|CCB"]),
        // A dash with no space at all, and the standing-committee acronym "TVTU".
        ("Đồng chí Trần Hữu Phước-Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ kết luận hội nghị.",
         ["Trần Hữu Phước|Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"]),
        ("Đồng chí Lữ Văn Khoa, TVTU, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu.",
         ["Lữ Văn Khoa|TVTU, Trưởng Ban Dân vận Tỉnh ủy"]),
        // A second former role after the first.
        ("Dự lễ có đồng chí Đỗ Đình Khang, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy.",
         ["Đỗ Đình Khang|nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy"]),
        // A rank before the name and the command after it; a nurse's title before the name.
        ("Thiếu tá Giàng Seo Phử, Phó Đồn trưởng Đồn Biên phòng Sín Thầu trao quà cho học sinh.",
         ["Giàng Seo Phử|Phó Đồn trưởng Đồn Biên phòng Sín Thầu"]),
        ("Điều dưỡng trưởng Hà Thị Loan chia sẻ kinh nghiệm.", ["Hà Thị Loan|Điều dưỡng trưởng"]),
        // An age before the place in the parentheses after a name.
        ("Cụ Lương Văn Khải (78 tuổi, bản Phiêng Lanh) góp 300 m2 đất.", ["Lương Văn Khải|bản Phiêng Lanh"]),
        ("Ông Hà Văn Tư (75 tuổi) kể lại chuyện cũ.", ["Hà Văn Tư|"]),
        // "Bé" before a child's name is an honorific, not part of the name.
        ("Bé Lò Thị Mai được tặng quà.", ["Lò Thị Mai|"]),
        // A two-word name led by "Tô" after a title head.
        ("Tổng Bí thư Tô Lâm gửi thư chúc mừng.", ["Tô Lâm|Tổng Bí thư"]),
        // The merged committee's name joined by "và" after a lower-case "ban".
        ("Bà Cao Thị Huệ, Phó trưởng ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh.",
         ["Cao Thị Huệ|Phó trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    ]

    // MARK: Organisation names with "và", locators in parentheses, religious titles

    static let titleWords: [(String, [String])] = [
        ("Đồng chí Vi Thị Hằng, Trưởng Ban Tuyên giáo và Dân vận Thành ủy cho biết kết quả.",
         ["Vi Thị Hằng|Trưởng Ban Tuyên giáo và Dân vận Thành ủy"]),
        ("Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đàm Thị Nhung phát biểu.",
         ["Đàm Thị Nhung|Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
        ("Ông Tô Văn Hai, Giám đốc Sở Văn hóa và Thể thao trao giải.", ["Tô Văn Hai|Giám đốc Sở Văn hóa và Thể thao"]),
        // … but "và" still ends a title before another body or a person.
        ("Ông Lê Văn Út, Chủ tịch UBND xã và Hội Nông dân xã đã phối hợp tổ chức.", ["Lê Văn Út|Chủ tịch UBND xã"]),
        ("Bà Mai Thị Nở, Chủ tịch Hội Phụ nữ xã và ông Nguyễn Văn Tèo cùng dự.",
         ["Mai Thị Nở|Chủ tịch Hội Phụ nữ xã", "Nguyễn Văn Tèo|"]),
        ("Bà Mai Thị Nở, Chủ tịch Hội Phụ nữ Sở Y tế và Nguyễn Văn Tèo cùng dự.",
         ["Mai Thị Nở|Chủ tịch Hội Phụ nữ Sở Y tế"]),
        ("Ông Lê Văn Sáu, Bí thư Chi bộ thôn 5, xã Quảng Lợi (huyện Quảng Xương) chia sẻ kinh nghiệm.",
         ["Lê Văn Sáu|Bí thư Chi bộ thôn 5, xã Quảng Lợi (huyện Quảng Xương)"]),
        ("Đ/c Lại Văn Minh - UVTV, Trưởng Ban Tuyên giáo Huyện ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo thực hiện Chỉ thị 05 của huyện đã quán triệt chuyên đề.",
         ["Lại Văn Minh|UVTV, Trưởng Ban Tuyên giáo Huyện ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo thực hiện Chỉ thị 05 của huyện"]),
        ("Ông Lê Văn Tài, Giám đốc Sở GD&ĐT trao giấy khen.", ["Lê Văn Tài|Giám đốc Sở GD&ĐT"]),
        ("Tại hội nghị, PGS, TS Hà Văn Bình, Giảng viên cao cấp Học viện Chính trị khu vực I trình bày chuyên đề.",
         ["Hà Văn Bình|Giảng viên cao cấp Học viện Chính trị khu vực I"]),
        ("Anh Đỗ Văn Hiếu, công chức địa chính phường Tân Lập, đi từng ngõ.", ["Đỗ Văn Hiếu|công chức địa chính phường Tân Lập"]),
        ("Sư cả Kim Sóc Pha cho biết nhà chùa mở lớp dạy chữ.", ["Kim Sóc Pha|Sư cả"]),
        ("Achar Thạch Văn Sang, người gắn bó với chùa, vận động bà con.", ["Thạch Văn Sang|Achar"]),
        ("Thượng tọa Thích Minh Đạo tham dự lễ.", ["Thích Minh Đạo|Thượng tọa"]),
    ]

    @Test(arguments: titleWords)
    func joinedNamesLocatorsAndReligiousTitles(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: acronyms)
    func acronymsAndDottedAbbreviations(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: TitleVocabulary.abbreviationRows.map(\.example))
    func everyDottedAbbreviationKeepsTheTitleWhole(_ title: String) {
        #expect(people("Ông Trương Văn Khoa, \(title) cho biết thêm.") == ["Trương Văn Khoa|\(title)"])
    }

    // MARK: A degree or rank before the name yields to the role after it

    static let degrees: [(String, [String])] = [
        ("TS Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì hội thảo.", ["Nguyễn Văn An|Bí thư Tỉnh ủy"]),
        ("PGS.TS Trần Đình Long, Giám đốc Học viện Chính trị khu vực III trình bày tham luận.",
         ["Trần Đình Long|Giám đốc Học viện Chính trị khu vực III"]),
        ("Đại tá Võ Văn Hưng, Chỉ huy trưởng Bộ CHQS tỉnh dự lễ.", ["Võ Văn Hưng|Chỉ huy trưởng Bộ CHQS tỉnh"]),
        ("Giáo sư, Tiến sĩ Tạ Minh Khoa, Phó Chủ tịch Hội đồng làm Trưởng đoàn.",
         ["Tạ Minh Khoa|Phó Chủ tịch Hội đồng"]),
        ("BSCKII Lê Văn Thọ phát biểu kết luận hội nghị.", ["Lê Văn Thọ|BSCKII"]),
        ("Cùng dự có các đồng chí: Đỗ Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy; ThS Nguyễn Thị Thu, Phó Vụ trưởng Vụ Lý luận; Thượng tá Lê Văn Ba, Phó Chính ủy Bộ CHQS tỉnh.",
         ["Đỗ Thị Hoa|Trưởng Ban Dân vận Tỉnh ủy", "Nguyễn Thị Thu|Phó Vụ trưởng Vụ Lý luận",
          "Lê Văn Ba|Phó Chính ủy Bộ CHQS tỉnh"]),
    ]

    @Test(arguments: degrees)
    func degreeOrRankBeforeTheName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Attendance lists and pairs of titles with names

    static let lists: [(String, [String])] = [
        ("Dự hội nghị có các đồng chí: Phùng Văn Tư, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; Lê Thị Bé, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.",
         ["Phùng Văn Tư|Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy", "Lê Thị Bé|Phó Chủ tịch UBND tỉnh"]),
        ("Bí thư Huyện ủy Phạm Văn Cường, Chủ tịch UBND huyện Đỗ Thị Duyên dự lễ khánh thành.",
         ["Phạm Văn Cường|Bí thư Huyện ủy", "Đỗ Thị Duyên|Chủ tịch UBND huyện"]),
        ("Đến dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Tạ Thị Gấm - Trưởng Ban Tuyên giáo Tỉnh ủy; Kiều Văn Nam - Phó Chủ tịch UBND tỉnh.",
         ["Tạ Thị Gấm|Trưởng Ban Tuyên giáo Tỉnh ủy", "Kiều Văn Nam|Phó Chủ tịch UBND tỉnh"]),
        ("Đến dự có Đ/c Trịnh Văn Lực - Bí thư Huyện ủy; Đ/c Hà Thị Sen - UV.BTV Huyện ủy, Phó Chủ tịch UBND huyện.",
         ["Trịnh Văn Lực|Bí thư Huyện ủy", "Hà Thị Sen|UV.BTV Huyện ủy, Phó Chủ tịch UBND huyện"]),
    ]

    @Test(arguments: lists)
    func attendanceListsAndPairs(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Signature blocks

    static let signatures: [(String, [String])] = [
        ("Đề nghị Ban Thường vụ Tỉnh ủy quan tâm chỉ đạo.\nNơi nhận:\n- Như trên,\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nCao Văn Lộc\nTải về",
         ["Cao Văn Lộc|Phó Bí thư"]),
        ("Báo cáo kết quả năm 2023.\nNơi nhận:\n- Lưu BTG.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nK’Brông Thị Hoa",
         ["K’Brông Thị Hoa|Phó Trưởng Ban"]),
        ("Đề nghị các chi bộ thực hiện.\nTM. ĐẢNG ỦY\nBÍ THƯ\n(Đã ký)\nLương Văn Hải",
         ["Lương Văn Hải|Bí thư"]),
        ("Các cơ quan triển khai thực hiện.\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(đã ký)\nTrần Thị Mận\nVăn bản khác",
         ["Trần Thị Mận|Phó Bí thư Thường trực"]),
    ]

    @Test(arguments: signatures)
    func signatureBlocks(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [("PHÓ BÍ THƯ THƯỜNG TRỰC", "Phó Bí thư Thường trực"), ("PHÓ TRƯỞNG BAN", "Phó Trưởng Ban"),
                      ("CHỦ TỊCH", "Chủ tịch"), ("PHÓ GIÁM ĐỐC", "Phó Giám đốc"), ("UỶ VIÊN", "Uỷ viên")])
    func officeLineInNormalCase(_ row: (String, String)) {
        #expect(OfficeCase.normalCase(row.0) == row.1)
    }

    // MARK: Bylines and credits

    static let bylines: [(String, [String])] = [
        ("Lãnh đạo tỉnh trao Bằng khen cho các tập thể - Ảnh: T.T\nNội dung tiếp theo.", ["T.T|"]),
        ("Quang cảnh hội nghị. Ảnh: N.H\nNội dung tiếp theo.", ["N.H|"]),
        ("Tin, ảnh: Mạc Hùng\n\nSáng nay, xã tổ chức lễ.", ["Mạc Hùng|"]),
        // The byline closes the prose, and the page runs on.
        ("Mỗi chi bộ đăng ký ít nhất một việc làm cụ thể để học tập và làm theo Bác trong năm nay.\nThanh Loan\nTin liên quan\nHội nghị báo cáo viên tháng 7\nLượt xem: 1.024",
         ["Thanh Loan|"]),
        ("Các tập thể, cá nhân điển hình nhận Giấy khen của Ban Thường vụ Huyện ủy trong dịp này.\nThu Thảo - Ban Tuyên giáo Huyện ủy\nLượt xem: 981\nTin khác",
         ["Thu Thảo|Ban Tuyên giáo Huyện ủy"]),
        ("Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 14 tập thể và 36 cá nhân có thành tích xuất sắc.\nĐào Thu Trang - Phòng Công tác đảng\nTin khác\nCông an huyện tặng quà",
         ["Đào Thu Trang|Phòng Công tác đảng"]),
    ]

    @Test(arguments: bylines)
    func bylinesCreditsAndClosingNames(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    static let notBylines: [String] = [
        // A subheading between paragraphs, and one over a short list.
        "Huyện đã tổ chức cho cán bộ, đảng viên học tập chuyên đề năm 2024 đạt tỷ lệ rất cao.\nNHỮNG CÁCH LÀM HAY\n- Mỗi chi bộ một việc khó.\nNội dung bài viết tiếp theo được trình bày dưới đây cho bạn đọc tham khảo thêm.",
        "Huyện đã tổ chức cho cán bộ, đảng viên học tập chuyên đề năm 2024 đạt tỷ lệ rất cao.\nKết Quả Nổi Bật\nHuyện có 214 mô hình được đăng ký và triển khai trên địa bàn toàn huyện trong năm qua.",
        "Quang cảnh hội nghị. Ảnh: TTXVN",
        // A name that opens a sentence, a place heading over a headline, a caption.
        "Giới trẻ ngày càng cảm thấy thất vọng sau khi ra trường vì khó tìm được việc làm ổn định.\nKim Sa-rang (27 tuổi) đang ôn thi.\nTại một lớp học.\nCăng-tin ở làng thi cử.\nNhững sĩ tử đi bỏ phiếu sớm.",
        "Máy sẽ sở hữu màn hình rộng hơn và pin dùng lâu hơn các đời máy trước đây nhiều lần.\nHải Phòng\nGóp phần đưa Hải Phòng sớm trở thành thành phố thông minh đầu tiên trong cả nước\nTin khác",
        "Cổng vào nhà thờ được trang trí bắt mắt và lộng lẫy trong đêm Giáng sinh năm nay.\nĐường Lê Thánh Tông.\nTượng đài ở bờ hồ.\nNhiều người tập trung trước nhà thờ.\nTắc nghẽn quanh bờ hồ",
    ]

    @Test(arguments: notBylines)
    func linesThatAreNoBylines(_ text: String) {
        #expect(people(text) == [])
    }
}

/// Roles in realshape11's shapes, in our own words: restated by a pronoun in the next sentence,
/// closed by a verb with no object, or run into the next person's academic rank.
@Suite struct PersonRestatedRoleTests {
    @Test(arguments: [
        // A rank alone before the name gives way to the role the next sentence restates.
        ("Người giữ nhịp cho tổ là Trung tá Lê Quang Vinh. Ông là Đồn trưởng Đồn Biên phòng Cửa khẩu, Bí thư Chi bộ.",
         ["Lê Quang Vinh|Đồn trưởng Đồn Biên phòng Cửa khẩu, Bí thư Chi bộ"]),
        ("Dự hội nghị có đồng chí Phan Văn Lực. Đồng chí hiện là Phó Bí thư Thường trực Đảng ủy Sở.",
         ["Phan Văn Lực|Phó Bí thư Thường trực Đảng ủy Sở"]),
        // A rank with a role of its own keeps that role; a pronoun with no role says nothing.
        ("Thiếu tá Đỗ Văn Hòa, Phó Đồn trưởng cho biết đơn vị có 30 đảng viên.", ["Đỗ Văn Hòa|Phó Đồn trưởng"]),
        ("Tổ do Đại úy Hà Văn Lâm phụ trách. Anh là người gắn bó với bản.", ["Hà Văn Lâm|Đại úy"]),
    ])
    func roleRestatedInTheNextSentence(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        // A verb with no object closes the title (TitleVocabulary.clauseFinalVerbs) …
        ("Mô hình do ông Trần Văn Bảy, Tổ trưởng Tổ hòa giải ấp Long Hòa phụ trách, đã hòa giải 20 vụ.",
         ["Trần Văn Bảy|Tổ trưởng Tổ hòa giải ấp Long Hòa"]),
        ("Đội do Thiếu tá Lê Văn Hòa, Phó Chỉ huy trưởng Ban CHQS huyện phụ trách đã làm 2 km đường.",
         ["Lê Văn Hòa|Phó Chỉ huy trưởng Ban CHQS huyện"]),
        // … not one after a role in lower case, which it completes, nor one with its object.
        ("Cô Nguyễn Thị Hoa, giáo viên phụ trách, cho biết lớp có 30 em.", ["Nguyễn Thị Hoa|giáo viên phụ trách"]),
        ("Bà Lê Thị Nga, Phó Chủ tịch UBND xã phụ trách văn hóa cho biết xã có 12 thôn.",
         ["Lê Thị Nga|Phó Chủ tịch UBND xã phụ trách văn hóa"]),
        // What the titled person does ends the title (TitleVocabulary.titleEnders).
        ("Thầy Lưu Văn Bình, Tổ trưởng tổ Ngữ văn duy trì lớp học miễn phí cho 40 em.", ["Lưu Văn Bình|Tổ trưởng tổ Ngữ văn"]),
        // "và" before an academic rank opens the next person.
        ("Giải Nhì trao cho ThS. Vi Văn Hùng, Phó Trưởng Khoa Lý luận cơ sở và ThS. Lành Thị Mai, giảng viên.",
         ["Vi Văn Hùng|Phó Trưởng Khoa Lý luận cơ sở", "Lành Thị Mai|giảng viên"]),
    ])
    func titleEndsBeforeAVerbOrTheNextRank(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }
}

/// Roles in the shapes realshape9–11 missed, in our own words: posts of banks, courts and
/// mines before the name, a ward's officials in an attendance list, a post stated with "là"
/// before the name or taken with "làm" after it.
@Suite struct PersonPostTests {
    @Test(arguments: [
        ("Trong số đó có giao dịch viên Phạm Thị Hồng (Phòng giao dịch Long Hòa) được khen.",
         ["Phạm Thị Hồng|giao dịch viên, Phòng giao dịch Long Hòa"]),
        ("Tiêu biểu có Kiểm sát viên trung cấp Đỗ Văn Tài, người 4 năm liền không có án bị hủy.",
         ["Đỗ Văn Tài|Kiểm sát viên trung cấp"]),
        ("Thẩm phán Lê Minh Khoa, Chánh tòa Tòa Hình sự, chia sẻ kinh nghiệm.", ["Lê Minh Khoa|Chánh tòa Tòa Hình sự"]),
    ])
    func postsBeforeTheName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        // A ward named after a person ("phường Lê Hồng Phong") is a place, except in a list of people.
        ("Về phía phường có các đồng chí: Bí thư Đảng ủy phường Trần Văn Hải; Phó Bí thư Thường trực Đảng ủy phường Lê Thị Hoa; Chủ tịch UBND phường Vũ Minh Đức.",
         ["Trần Văn Hải|Bí thư Đảng ủy phường", "Lê Thị Hoa|Phó Bí thư Thường trực Đảng ủy phường",
          "Vũ Minh Đức|Chủ tịch UBND phường"]),
        ("Chủ tịch UBND phường Lê Hồng Phong phát biểu tại buổi lễ.", []),
        // A list of posts names no one.
        ("Trưởng ban: Chủ tịch UBND phường Trần Hưng Đạo; Phó Trưởng ban: Trưởng Công an phường Trần Hưng Đạo.", []),
    ])
    func wardOfficialsInAList(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        ("Ấp có mô hình Cầu nối yêu thương. Trưởng ban là ông Đặng Văn Hậu. Ông năm nay 67 tuổi.", ["Đặng Văn Hậu|Trưởng ban"]),
        // A count before the title is no statement of it.
        ("Xã có 3 tổ trưởng là ông Lê Văn An và bà Trần Thị Bình.", ["Lê Văn An|", "Trần Thị Bình|"]),
        ("Tổ hợp tác do chị Võ Thị Bé Năm làm tổ trưởng tạo việc làm cho 45 lao động.", ["Võ Thị Bé Năm|tổ trưởng"]),
        ("Hợp tác xã do chị Lương Thị Hiền làm giám đốc lập câu lạc bộ bán hàng.", ["Lương Thị Hiền|giám đốc"]),
        ("Anh Lò Văn Pầu làm Bí thư Chi bộ bản Nà Hìn từ năm 2015.", ["Lò Văn Pầu|Bí thư Chi bộ bản Nà Hìn"]),
    ])
    func postStatedOrTaken(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        // The role ends the sentence before; the next names its holder with "tên" or "Đó là".
        ("Người khởi xướng mô hình là Điều dưỡng trưởng khoa. Chị tên Trần Thị Bích Hạnh, 18 năm gắn bó với nghề.",
         ["Trần Thị Bích Hạnh|Điều dưỡng trưởng khoa"]),
        ("Được nhắc đến nhiều là Trạm trưởng Trạm Kiểm lâm Đắk Mai. Anh tên là Điểu Văn Sơn, người S'tiêng.",
         ["Điểu Văn Sơn|Trạm trưởng Trạm Kiểm lâm Đắk Mai"]),
        ("Người theo dõi mô hình là Phó Trưởng phòng THADS khu vực 2. Đó là đồng chí Phạm Quang Hải, người đã 17 năm làm nghề.",
         ["Phạm Quang Hải|Phó Trưởng phòng THADS khu vực 2"]),
        // A sentence with no role before gives none.
        ("Hội nghị diễn ra sôi nổi. Anh tên là Điểu Văn Sơn, người S'tiêng.", ["Điểu Văn Sơn|"]),
    ])
    func roleStatedTheSentenceBefore(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        // A rank right before the name leaves a longer role.
        ("Chủ trì hội nghị có Chính ủy Tổng công ty Đại tá Nguyễn Đăng Khoa và Tổng Giám đốc Tổng công ty Đại tá Ngô Minh Tuấn.",
         ["Nguyễn Đăng Khoa|Chính ủy Tổng công ty", "Ngô Minh Tuấn|Tổng Giám đốc Tổng công ty"]),
        ("Bí thư Chi bộ, Trưởng Thống kê tỉnh, đồng chí Trần Đình Lâm chủ trì.", ["Trần Đình Lâm|Bí thư Chi bộ, Trưởng Thống kê tỉnh"]),
    ])
    func rankBeforeTheName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }
}
