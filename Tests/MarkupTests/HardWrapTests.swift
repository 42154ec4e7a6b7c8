import Testing
@testable import Markup

/// Reports copied from a PDF or a mail, broken every 70–90 characters mid-sentence: their
/// lines join back into paragraphs before anything is read from them.
@Suite struct HardWrapTests {
    static let wrapped = """
    Trong năm, Ban Thường vụ Huyện ủy đã chỉ đạo các chi bộ, đảng bộ cơ sở tổ chức
    học tập chuyên đề năm 2024 cho cán bộ, đảng viên; các đoàn thể chính trị - xã hội
    tuyên truyền đến hội viên, đoàn viên qua hơn 2,3
    triệu lượt tin, bài trên mạng xã hội và hệ thống loa truyền thanh cơ sở. Các
    mô hình làm theo Bác được duy trì, nhân rộng, tiêu biểu là mô hình của Đảng ủy
    xã Tân Hòa, được Ban Thường vụ Tỉnh ủy biểu dương tại hội nghị sơ kết năm.

    Năm 2025, Huyện ủy tiếp tục chỉ đạo đưa việc học tập và làm theo tư tưởng, đạo
    đức, phong cách Hồ Chí Minh thành công việc tự giác, thường xuyên của mỗi cán bộ.
    """

    @Test func wrappedLinesJoinIntoTheirParagraphs() {
        let text = PlainTextCleaner.unwrapped(Self.wrapped)
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(text.contains("hơn 2,3 triệu lượt tin"))
        #expect(text.contains("các đoàn thể chính trị - xã hội tuyên truyền"))
    }

    /// Before a capital, no join from or into an official header's two columns, a heading in
    /// capitals, a numbered item or an indented signature block.
    @Test func headersHeadingsListsAndSignaturesStayApart() {
        let report = """
        ĐẢNG BỘ TỈNH HÀ NAM                                   ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY KIM BẢNG                                      Kim Bảng, ngày 10 tháng 4 năm 2024
        Số 123-BC/HU

        \(Self.wrapped)
        I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC TUYÊN GIÁO TRONG QUÝ I NĂM 2024 CỦA HUYỆN
        Ban Tuyên giáo đã phối hợp với các cơ quan liên quan tổ chức 12 hội nghị quán
        triệt, học tập nghị quyết cho hơn 1.500 lượt cán bộ, đảng viên tham dự.
        1. Công tác tuyên truyền miệng được quan tâm thực hiện thường xuyên, có nền nếp
        2. Công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân kịp thời
                                                                T/M BAN THƯỜNG VỤ
                                                                PHÓ BÍ THƯ
        """
        let lines = PlainTextCleaner.unwrapped(report).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Số 123-BC/HU"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("HUYỆN ỦY KIM BẢNG") && $0.hasSuffix("năm 2024") })
        #expect(lines.contains { $0.hasPrefix("ĐẢNG BỘ TỈNH HÀ NAM") && $0.hasSuffix("VIỆT NAM") })
        #expect(lines.contains { $0.hasPrefix("I. KẾT QUẢ") && $0.hasSuffix("CỦA HUYỆN") })
        #expect(lines.contains { $0.hasPrefix("1. Công tác") && $0.hasSuffix("có nền nếp") })
        #expect(lines.contains("T/M BAN THƯỜNG VỤ"))
        #expect(lines.contains("triệt, học tập nghị quyết cho hơn 1.500 lượt cán bộ, đảng viên tham dự.") == false)
    }

    /// Short head lines, a list and sentences that end on their lines stay as they are.
    @Test func unwrappedTextIsLeftAlone() {
        let page = """
        Trang chủ | Tin tức | Liên hệ
        Huyện ủy sơ kết 5 năm thực hiện Kết luận 01-KL/TW
        Thứ Hai, 12/05/2025 08:30
        Sáng 12/5, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị.
        - toàn huyện có 45 mô hình làm theo Bác;
        - xây dựng 12 nhà Đại đoàn kết cho hộ nghèo;
        - trao 80 suất học bổng cho học sinh nghèo vượt khó.
        Hội nghị đã biểu dương 24 tập thể và 36 cá nhân tiêu biểu trong học tập và làm theo Bác.
        """
        #expect(PlainTextCleaner.unwrapped(page) == page)
    }

    /// A report saved on Windows (CR LF line ends) keeps its lines: its head, title and date.
    @Test func windowsLineEndsKeepTheLines() {
        let page = "Cổng thông tin điện tử huyện Mường Tè\nHuyện ủy sơ kết 5 năm thực hiện Kết luận 01-KL/TW\nThứ Hai, 12/05/2025 08:30\nSáng 12/5, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị.\nHội nghị biểu dương 24 tập thể và 36 cá nhân tiêu biểu trong học tập và làm theo Bác."
        let unix = PlainTextCleaner.clean(page)
        let windows = PlainTextCleaner.clean(page.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(unix.title == "Huyện ủy sơ kết 5 năm thực hiện Kết luận 01-KL/TW")
        #expect(windows.title == unix.title)
        #expect(windows.published == unix.published)
        #expect(windows.text == unix.text)
    }
}
