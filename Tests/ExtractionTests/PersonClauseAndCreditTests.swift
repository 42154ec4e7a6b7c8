@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Renders found people as "name|title" ("name|" when there is no title).
private func people(_ text: String) -> [String] {
    PersonExtractor().extract(from: AnalyzedText(text)).map { "\($0.name)|\($0.title ?? "")" }
}

/// Titles that end where the clause's predicate starts, roles chained by commas and dashes,
/// names that are no person's, people in role chains and lists, and bylines of real pages.
@Suite struct PersonClauseAndCreditTests {
    // MARK: A title stops where the predicate starts

    static let predicateEnds: [(String, [String])] = [
        // A locator with no name of its own closes the unit.
        ("Chị Hà Thị Hồng, Bí thư Chi bộ bản phấn khởi kể lại: năm nay cả bản thoát nghèo.",
         ["Hà Thị Hồng|Bí thư Chi bộ bản"]),
        // … unless it opens a compound.
        ("Ông Trịnh Văn Lộc, Phó Cục trưởng Cục Bảo trợ xã hội cho biết chính sách đã tới tận hộ.",
         ["Trịnh Văn Lộc|Phó Cục trưởng Cục Bảo trợ xã hội"]),
        ("Ông Lê Văn Tùng, Phó Trưởng ban Chỉ đạo xây dựng nông thôn mới huyện cho biết thêm.",
         ["Lê Văn Tùng|Phó Trưởng ban Chỉ đạo xây dựng nông thôn mới huyện"]),
        // After a place's name a lower-case word opens the predicate.
        ("Đại tá Phan Văn Lực, Giám đốc Công an tỉnh Hà Tĩnh kiểm tra công tác chuẩn bị.",
         ["Phan Văn Lực|Giám đốc Công an tỉnh Hà Tĩnh"]),
        // … unless it carries the role on.
        ("Ông Lò Văn Sinh, Chủ tịch UBND xã Mường Phăng kiêm Trưởng ban Chỉ đạo đã kiểm tra.",
         ["Lò Văn Sinh|Chủ tịch UBND xã Mường Phăng kiêm Trưởng ban Chỉ đạo"]),
        ("Ông Vi Văn Khải, Phó Chủ tịch UBND xã Tân Lập phụ trách văn hóa xã hội cho biết thêm.",
         ["Vi Văn Khải|Phó Chủ tịch UBND xã Tân Lập phụ trách văn hóa xã hội"]),
        // "Việt Nam" closes an organisation's name.
        ("Thượng tướng Lê Văn Cường, Chủ tịch Hội Cựu chiến binh Việt Nam Tổng kết công tác năm đã chỉ rõ.",
         ["Lê Văn Cường|Chủ tịch Hội Cựu chiến binh Việt Nam"]),
    ]

    @Test(arguments: predicateEnds)
    func titleEndsAtPredicate(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Roles chained by commas and dashes

    static let chainedRoles: [(String, [String])] = [
        ("Đồng chí Phạm Thị Lan, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự hội nghị.",
         ["Phạm Thị Lan|Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"]),
        ("Dự buổi lễ có đ/c Hoàng Văn Tình – thành ủy viên – phó ban dân vận thành ủy.",
         ["Hoàng Văn Tình|thành ủy viên – phó ban dân vận thành ủy"]),
        ("Bà Lê Minh Tâm, nguyên trưởng khoa Lịch sử Đảng, Học viện Chính trị khu vực 2 truyền đạt chuyên đề.",
         ["Lê Minh Tâm|nguyên trưởng khoa Lịch sử Đảng, Học viện Chính trị khu vực 2"]),
        ("Theo bà Trần Thị Bích, Phó Bí thư Chi bộ, Phó Trưởng Thuế tỉnh, mọi thủ tục đã làm trực tuyến.",
         ["Trần Thị Bích|Phó Bí thư Chi bộ, Phó Trưởng Thuế tỉnh"]),
        ("Đại đức Thạch Sa Ron, trụ trì chùa, vận động bà con góp tiền làm đường.",
         ["Thạch Sa Ron|trụ trì chùa"]),
    ]

    @Test(arguments: chainedRoles)
    func rolesChainedAfterName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Names that are no person's, and names completed

    @Test func delegationIsNoPerson() {
        let found = people("Đồng chí Vũ Thị Hạnh làm trưởng đoàn Đoàn Công tác của Tỉnh ủy về làm việc với huyện.")
        #expect(!found.contains { $0.hasPrefix("Đoàn Công") })
    }

    @Test func miscasedLastWordCompletesTheName() {
        #expect(people("Đoàn viên thi kể chuyện về Chủ tịch Hồ Chí minh, lãnh tụ kính yêu của dân tộc.")
            == ["Hồ Chí Minh|Chủ tịch"])
    }

    @Test func cityOfAPersonsNameIsNoPlace() {
        #expect(people("Dự có Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP Lê Hồng Sơn; các sở, ngành.")
            == ["Lê Hồng Sơn|Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP"])
        #expect(people("Chủ tịch UBND TP Hồ Chí Minh cho biết thành phố đã sẵn sàng.").isEmpty)
    }

    // MARK: People in role chains and lists

    static let chainsAndLists: [(String, [String])] = [
        ("Phó Giám đốc Sở NN&PTNT Đặng Văn Hòa cho biết diện tích lúa tăng.",
         ["Đặng Văn Hòa|Phó Giám đốc Sở NN&PTNT"]),
        ("Hội viên tiêu biểu như: Cựu chiến binh Trần Văn Lợi ở Thái Bình, Phạm Quang Vinh, Nam Định đều là chủ trang trại.",
         ["Trần Văn Lợi|Cựu chiến binh", "Phạm Quang Vinh|"]),
        ("Điển hình là già làng A Pứt (72 tuổi, làng Kon Rế), nhiều năm vận động bà con hiến đất.",
         ["A Pứt|già làng"]),
        ("Sư cả Danh Sơn trực tiếp quản lý tủ sách của chùa.", ["Danh Sơn|Sư cả"]),
        ("Người dạy nhiều buổi nhất là Trung úy Chau Ra Tha, cán bộ Đồn Biên phòng Vĩnh Gia.",
         ["Chau Ra Tha|cán bộ Đồn Biên phòng Vĩnh Gia"]),
        ("Hội trao quà cho gia đình bà Lò Thị Hoa (bản Nậm Cắn, xã Mường Lói) và nhiều hộ khác.",
         ["Lò Thị Hoa|bản Nậm Cắn, xã Mường Lói"]),
    ]

    @Test(arguments: chainsAndLists)
    func peopleInChainsAndLists(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Roles of people named in passing

    static let passingRoles: [(String, [String])] = [
        ("Bà Lê Thị Tư, tiểu thương chợ Vị Thanh, mỗi tuần nấu cơm cho bệnh nhân.",
         ["Lê Thị Tư|tiểu thương chợ Vị Thanh"]),
        ("Ông Lý Văn Tư (trái), 61 tuổi, tình nguyện viên phường Tân Định, chở bệnh nhân miễn phí.",
         ["Lý Văn Tư|tình nguyện viên phường Tân Định"]),
        ("Bà Kim Thị Sa (50 tuổi), học viên lớp, nay đã tự đọc được thư của con.",
         ["Kim Thị Sa|học viên lớp"]),
        ("Nhiều em kể bằng hai thứ tiếng, như em Kim Thị Sa Ra (lớp 4B) với câu chuyện về Bác.",
         ["Kim Thị Sa Ra|lớp 4B"]),
        ("Giải Nhì được trao cho em Đỗ Minh Khang, lớp 5C Trường Tiểu học Kim Đồng thuộc Phòng Giáo dục và Đào tạo huyện.",
         ["Đỗ Minh Khang|lớp 5C Trường Tiểu học Kim Đồng"]),
        ("Các em được tặng giấy khen.\n\nNgười viết: Lê Thị Hoa - TPT Đội\n\nBài viết liên quan",
         ["Lê Thị Hoa|TPT Đội"]),
    ]

    @Test(arguments: passingRoles)
    func rolesOfPeopleNamedInPassing(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    // MARK: Bylines

    static let credits: [(String, [String])] = [
        ("Đoàn viên các xã đã ra quân làm sạch đường làng, ngõ xóm.\n\nTin-ảnh: T.Hương\n", ["T.Hương|"]),
        ("Tiêu đề\nLê Hải - Mai Chi - Ảnh: Quang Huy\nHội nghị diễn ra trong một ngày với nhiều ý kiến tâm huyết.",
         ["Lê Hải|", "Mai Chi|", "Quang Huy|"]),
        ("ThS. Lê Minh Châu\n\nGiảng viên khoa Xây dựng Đảng\n\nBài viết bàn về việc nêu gương của cán bộ, đảng viên ở cơ sở.",
         ["Lê Minh Châu|Giảng viên khoa Xây dựng Đảng"]),
        ("Các chi bộ cần bám sát nghị quyết, tránh hình thức./.\n\nTS. Vũ Đức Anh - Chi ủy viên\n",
         ["Vũ Đức Anh|Chi ủy viên"]),
        // Initials in capitals on the line under the last paragraph, related links after it.
        ("Qua một năm, phong trào đã giúp hơn 200 hộ trong huyện có thêm thu nhập ổn định.\nP.LINH\n"
            + "Bạn đọc có thể gửi ý kiến về bài viết cho tòa soạn qua hộp thư điện tử 0 0 0\nBình luận",
         ["P.LINH|"]),
        // A name in capitals ending the last paragraph.
        ("Hội đã trao 40 suất quà cho các hộ nghèo trong xã, mỗi suất trị giá 500 nghìn đồng. KIM NGÂN\n"
            + "Chia sẻ bài viết\nBình luận của bạn đọc sẽ được biên tập trước khi đăng tải lên trang báo điện tử.",
         ["KIM NGÂN|"]),
        // A name in capitals over related headlines of ten words or more.
        ("Đến nay toàn huyện có 85% chi bộ thôn, làng có cấp ủy viên là người dân tộc thiểu số.\n\nTHANH HẢI\n\n"
            + "Nhiều thôn vùng cao ở xã Ia Dom tiếp tục đổi mới cách họp dân hằng tháng\nĐắk Đoa: tập huấn cho bí thư chi bộ thôn, làng",
         ["THANH HẢI|"]),
    ]

    @Test(arguments: credits)
    func bylinesOfRealPages(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test func sectionNameOverHeadlineIsNoSignature() {
        let text = "Nhiều cửa hàng đã giảm giá mạnh trong những ngày cuối năm để kích cầu mua sắm.\n\nĐà Lạt\n\n"
            + "Góp phần đưa Đà Lạt trở thành thành phố thông minh đầu tiên của vùng Tây Nguyên\n\n"
            + "Thành phố đã triển khai nhiều dịch vụ công trực tuyến cho người dân và doanh nghiệp.\n\nBình luận"
        #expect(people(text).isEmpty)
    }
}
