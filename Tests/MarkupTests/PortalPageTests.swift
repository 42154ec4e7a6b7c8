import Foundation
import Testing
@testable import Markup

/// A hand-made page laid out like a provincial/district portal (made-up names).
@Suite struct PortalPageTests {
    static func content() throws -> PageContent {
        let url = Corpus.testsDirectory.appendingPathComponent("Fixtures/pages/portal-article.html")
        return try ContentExtractor.html(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    @Test func metadata() throws {
        let content = try Self.content()
        #expect(content.title == "Đẩy mạnh học tập và làm theo Bác trong cán bộ, đảng viên")
        #expect(content.published == "2023-02-02")
        #expect(content.authors == ["TTCT TP", "MINH AN"])
        #expect(content.site == "Cổng TTĐT huyện Mẫu Sơn")
    }

    @Test func text() throws {
        let expected = [
            "Những năm qua, Ban Thường vụ Huyện ủy đã ban hành nhiều văn bản, kế hoạch để triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, gắn với nhiệm vụ chính trị của địa phương.",
            "Quang cảnh hội nghị sơ kết",
            "Các cấp ủy, tổ chức đảng đã cụ thể hóa chuyên đề hằng năm thành các phần việc thiết thực, dễ làm, dễ kiểm tra, dễ đánh giá; nhiều mô hình hay được nhân rộng.",
            "KẾT QUẢ NỔI BẬT",
            "Qua 5 năm, toàn huyện có hơn 1.200 lượt tập thể, cá nhân được biểu dương, khen thưởng vì có thành tích xuất sắc trong học tập và làm theo Bác.",
            "MINH AN",
        ]
        #expect(try Self.content().text == expected.joined(separator: "\n\n"))
    }

    @Test(arguments: ["21/11/2024", "Trang chủ", "Tin tức - Sự kiện", "A- A A+", "Chia sẻ", "Ý kiến bạn đọc", "Các tin khác",
                      "Tin mới nhất", "Liên kết website", "Thư viện ảnh", "Cơ quan chủ quản", "Tín Nhiệm Mạng", "Chào mừng", "TTCT TP"])
    func noBoilerplate(marker: String) throws {
        #expect(try !Self.content().text.contains(marker))
    }
}
