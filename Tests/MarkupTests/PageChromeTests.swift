import Testing
@testable import Markup
import VietnameseText

/// Line shapes of portal furniture in plain-text captures (invented lines in the shapes
/// real portals print).
@Suite struct PageChromeTests {
    @Test(arguments: [
        "Lượt xem: 1.204", "2.314 lượt xem", "Số lượt xem: 312", "Số lần xem: 87", "Xem: 45", "948 Lượt xem",
        "Đang truy cập: 9 | Tổng lượt truy cập: 318.204", "Hôm nay: 41", "Tổng: 77.016", "Bình luận (0)",
        "Trực tuyến : 712", "Số lượt truy cập: 2.004.117",
    ])
    func counters(line: String) {
        #expect(PageChrome.isCounter(line))
        #expect(PlainTextHead.classify(line) == .tool || PlainTextHead.classify(line) == .today)
    }

    @Test(arguments: [
        "Tổng kết 10 năm", "Hôm nay, 120 đoàn viên ra quân", "2024", "Xem 3 mô hình tiêu biểu ở xã Yên Hòa",
        "Năm 2023 có 45 lượt xem xét kỷ luật",
    ])
    func notCounters(line: String) {
        #expect(!PageChrome.isCounter(line))
    }

    /// The byte scan of the folded line answers as the Character loop it replaced.
    @Test func counterLabelsReadAsCharacters() {
        func characterLoop(_ line: String) -> Bool {
            guard line.hasAtMostCharacters(PageChrome.maximumChromeChars), PublishedDate.mayHoldDate(line) else { return false }
            var labels: [String] = []
            var current = ""
            for character in Folding.key(line) {
                if character.isLetter || character == " " { current.append(character) } else { labels.append(current); current = "" }
            }
            labels.append(current)
            let named = labels.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            return !named.isEmpty && named.allSatisfy { PageChrome.counterLabels.contains($0) }
        }
        let lines = [
            "Lượt xem: 1.204", "Lượt xem:\r\n1.204", "  Lượt  xem : 12  ", "Xem: 45 ☺", "Hôm nay: 41\r\nTổng: 77", "12",
            "Views 12 | Hits 4", "VIEWS: 12", "Đang truy cập: 9 | Tổng lượt truy cập: 318.204", "Tổng kết 10 năm",
            "Bình luận (0)", "x\u{0301}em: 3", "Lượt xem 1.204 \u{1A}", "", " 7 ", "Trực tuyến : 712 người",
        ]
        for line in lines { #expect(PageChrome.isCounter(line) == characterLoop(line), "\(line.debugDescription)") }
    }

    @Test(arguments: [
        ("Cỡ chữ: A- A A+", PlainTextHead.Line.tool),
        ("Cỡ chữ: A- A A+ | In bài | Gửi email", .tool),
        ("In bài viết | Gửi cho bạn bè | Về đầu trang", .tool),
        ("[ In trang ] [ Gửi email ] [ Quay lại ]", .tool),
        ("Bản in   Gửi email   Chia sẻ", .tool),
        ("Chia sẻ: Facebook | Zalo", .tool),
        ("Facebook  Twitter  Zalo", .tool),
        ("Chia sẻ | Bình luận | In bài viết", .tool),
        ("Tìm kiếm...", .navigation),
        ("Tìm kiếm:", .navigation),
        ("Đăng ký | Đăng nhập", .navigation),
        ("English | Sơ đồ site | Liên hệ", .navigation),
        ("Trang chủ", .navigation),
        ("Trang chủ | Thời sự | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh", .menu),
        ("Tiếng Việt | English | Français | 中文", .menu),
        ("Trang chủ » Tin tức » Xây dựng Đảng", .breadcrumb),
        ("Thời sự » Chính trị", .breadcrumb),
        ("Xã hội > Học tập và làm theo Bác", .breadcrumb),
        ("Trang chủ / Hoạt động Đảng ủy", .breadcrumb),
        ("Tin tức - Sự kiện / Hoạt động của Mặt trận / Cơ sở", .breadcrumb),
        ("Bạn đang ở: Trang chủ / Tin hoạt động", .breadcrumb),
        ("Phù Yên 28°C - Nắng nhẹ", .weather),
        ("Sa Pa: 14°C", .weather),
        ("Địa chỉ: Số 9 đường Trần Phú, phường Quyết Thắng", .colophon),
        ("Điện thoại: 0210.3811.402 - Email: btg@example.vn", .colophon),
        ("Tổng Biên tập: Hà Văn Lâm", .colophon),
        ("Đường dây nóng: 0209.3871.005", .colophon),
        ("Bản quyền thuộc Huyện ủy Yên Lập", .colophon),
        ("© Bản quyền thuộc về Báo Hòa Bình", .colophon),
        ("Ghi rõ nguồn khi phát hành lại thông tin từ website này.", .colophon),
        ("Hội Nông dân huyện Lục Yên - Địa chỉ: Tổ 7, thị trấn Yên Thế", .colophon),
        ("Thiết kế bởi VNPT Phú Thọ", .colophon),
    ] as [(String, PlainTextHead.Line)])
    func furniture(line: String, kind: PlainTextHead.Line) {
        #expect(PlainTextHead.classify(line) == kind, "\(line)")
    }

    @Test(arguments: [
        "Hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW",
        "Tuổi trẻ Yên Lập ra quân tình nguyện hè",
        "Xây dựng Đảng",
        "Nhiệt độ giảm, người dân vùng cao chủ động phòng rét cho gia súc.",
        "Phát biểu tại hội nghị / hội thảo, đồng chí Bí thư nhấn mạnh nhiều nội dung quan trọng.",
        "Địa chỉ đỏ giáo dục truyền thống cho thế hệ trẻ",
        "Chia sẻ kinh nghiệm xây dựng mô hình dân vận khéo",
        "Quang cảnh hội nghị",
        "Thạch Lam",
    ])
    func storyLinesAreNotFurniture(line: String) {
        #expect(PlainTextHead.classify(line) == nil, "\(line)")
    }

    @Test(arguments: [
        ("Hội nghị báo cáo viên tháng 8/2023 (21/08/2023)", true),
        ("Tập huấn công tác tuyên giáo cơ sở - 04/10/2022", true),
        ("Ra quân Tháng Thanh niên năm 2021 (03:10 PM 22/03/2021)", true),
        ("Trao Huy hiệu Đảng đợt 2/9 (02/09/2020 08:47:20 AM)", true),
        ("Đảng ủy xã Yên Hòa tổng kết năm (15-01-2024 09:30)", true),
        ("Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)", false),
        ("Hội nghị được tổ chức vào sáng 12/3/2024.", false),
        ("Giai đoạn 2021 - 2025", false),
    ] as [(String, Bool)])
    func listedHeadlines(line: String, listed: Bool) {
        #expect(PageChrome.isListedHeadline(line) == listed, "\(line)")
    }

    @Test(arguments: [
        ("Tin khác", true), ("CÁC TIN KHÁC", true), ("Các tin đã đưa:", true), ("Tin, ảnh cùng chuyên mục", true),
        ("Tin cùng chuyên mục", true), ("Ý kiến bạn đọc (0)", true), ("Liên kết website", true),
        ("-- Chọn liên kết --", true), ("Xem thêm >>", true), ("Từ khóa: Chỉ thị 05, Yên Lập", true),
        ("Tags: Hòa Bình, làm theo Bác", true), ("Thư viện ảnh", true), ("Mới nhất", true),
        ("Kết quả nổi bật", false), ("Những hạn chế cần khắc phục", false), ("Tin tức mới nhất về Yên Lập", false),
    ] as [(String, Bool)])
    func tailHeadings(line: String, heading: Bool) {
        #expect(PageTail.isTailHeading(line) == heading, "\(line)")
    }
}
