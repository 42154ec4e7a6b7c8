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
}
