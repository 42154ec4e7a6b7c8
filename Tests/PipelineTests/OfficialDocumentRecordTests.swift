import Extraction
import Foundation
import Pipeline
import Records
import Testing

/// A record's `document`, `title`, `published`, signers among `people` and `province`, through
/// the whole document processor, on invented documents in the official layout.
@Suite("Official document records")
struct OfficialDocumentRecordTests {
    /// A portal page carrying a Party document: the page headline and posting date are not
    /// the document's own.
    static let portalPage = """
        TRANG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN CHẤN
        Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
        Văn bản Huyện ủy
        Kế hoạch học tập chuyên đề năm 2024 của Huyện ủy
        Cập nhật: 14/02/2024 15:20
        ĐẢNG BỘ TỈNH YÊN BÁI
        HUYỆN ỦY VĂN CHẤN
        *
        Số 96-KH/HU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Văn Chấn, ngày 08 tháng 02 năm 2024
        KẾ HOẠCH
        học tập, quán triệt chuyên đề năm 2024 trong cán bộ, đảng viên
        -----
        Căn cứ Hướng dẫn số 121-HD/BTGTW ngày 12/12/2023 của Ban Tuyên giáo Trung ương, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        Bảo đảm trên 95% cán bộ, đảng viên tham gia học tập chuyên đề.
        Nơi nhận:
        - Ban Thường vụ Tỉnh ủy (b/c),
        - Các chi, đảng bộ cơ sở,
        - Lưu Văn phòng Huyện ủy.
        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ
        (Đã ký)
        Hà Thị Mai Loan
        """

    static let news = """
        Huyện Văn Chấn biểu dương 40 điển hình học tập và làm theo Bác
        Thứ Năm, 16/5/2024 10:05
        Sáng 15/5, Huyện ủy Văn Chấn tổ chức hội nghị biểu dương 40 tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
        Phát biểu tại hội nghị, đồng chí Hà Thị Mai Loan, Phó Bí thư Huyện ủy ghi nhận những kết quả đã đạt được.
        MINH THU
        """

    func record(_ text: String, registryProvince: String? = nil) throws -> Record {
        try DocumentProcessor().process(Array(text.utf8), uri: "file:doc.txt", mediaType: .text,
                                        registryProvince: registryProvince).get()
    }

    @Test func portalPageCarryingADocument() throws {
        let record = try record(Self.portalPage)
        let document = try #require(record.document)
        #expect(document.type == "ke_hoach")
        #expect(document.code == "96-KH/HU")
        #expect(document.issuer == "Huyện ủy Văn Chấn")
        #expect(document.place == "Văn Chấn")
        #expect(document.recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ cơ sở", "Lưu Văn phòng Huyện ủy"])
        #expect(document.signers == [.init(name: "Hà Thị Mai Loan", title: "Phó Bí thư", capacity: "T/M Ban Thường vụ")])
        #expect(record.title == "Kế hoạch học tập, quán triệt chuyên đề năm 2024 trong cán bộ, đảng viên")
        #expect(record.published == "2024-02-08")
        #expect(record.facts.people.contains { $0.name == "Hà Thị Mai Loan" && $0.title == "Phó Bí thư" })
        #expect(record.province == "Yên Bái")
        #expect(record.json.serialized.contains("\"document\":{\"type\":\"ke_hoach\",\"number\":\"96\""))
    }

    @Test func aDocumentAfterTheReorganisationTakesTheNewProvince() throws {
        let text = Self.portalPage.replacingOccurrences(of: "ngày 08 tháng 02 năm 2024", with: "ngày 08 tháng 8 năm 2025")
        let record = try record(text)
        #expect(record.published == "2025-08-08")
        #expect(record.province == "Lào Cai")
    }

    @Test func theRegistryProvinceWins() throws {
        #expect(try record(Self.portalPage, registryProvince: "Hà Giang").province == "Hà Giang")
    }

    @Test func aNewsArticleHasNoDocument() throws {
        let record = try record(Self.news)
        #expect(record.document == nil)
        #expect(record.json.serialized.contains("\"document\":null"))
    }
}
