import Foundation
import Testing
@testable import Markup
import VietnameseText

/// Head lines of plain-text reports: datelines, "today" headers, portal names, menu bars.
@Suite struct PlainTextHeadTests {
    @Test(arguments: [
        ("Thứ Hai, 03/03/2025 07:05", "2025-03-03T07:05:00+07:00", nil),
        ("Chủ nhật, 5/1/2025", "2025-01-05", nil),
        ("Thứ 4, 12-02-2025 - 16h20", "2025-02-12T16:20:00+07:00", nil),
        ("Ngày đăng: 01/10/2022", "2022-10-01", nil),
        ("Ngày đăng: Thứ Bảy, 01/10/2022 | 10:02", "2022-10-01T10:02:00+07:00", nil),
        ("Cập nhật: 09/08/2021 21:30", "2021-08-09T21:30:00+07:00", nil),
        ("Cập nhật lúc 09:15 ngày 30/4/2022", "2022-04-30T09:15:00+07:00", nil),
        ("Đăng lúc 14:00 - 02/9/2020", "2020-09-02T14:00:00+07:00", nil),
        ("Đăng ngày: 11.11.2019", "2019-11-11", nil),
        ("Thứ Sáu, 26/5/2023 11:11 (GMT+7)", "2023-05-26T11:11:00+07:00", nil),
        ("Thứ Tư, 7/6/2023, 6:45 GMT+7", "2023-06-07T06:45:00+07:00", nil),
        ("20/10/2021 | Hội Liên hiệp Phụ nữ tỉnh", "2021-10-20", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("20/10/2021 - Trần Minh Khôi", "2021-10-20", "Trần Minh Khôi"),
        ("Ngày đăng: 18/03/2024 | Người đăng: Văn phòng | Lượt xem: 76", "2024-03-18", nil),
        ("ngày 3 tháng 2 năm 2021", "2021-02-03", nil),
        ("Posted on 04/07/2022 08:00 AM", "2022-07-04T08:00:00+07:00", nil),
        ("  • 15/03/2024", "2024-03-15", nil),
        ("Ngày đưa: 19/09/2017 02:05:00 PM", "2017-09-19T14:05:00+07:00", nil),
        ("Ngày cập nhật 27/04/2021", "2021-04-27", nil),
        ("[Đăng ngày: 30/10/2019]", "2019-10-30", nil),
        ("Thời gian đăng: 11/01/2020 09:44:18 AM", "2020-01-11T09:44:18+07:00", nil),
        ("Thời gian đăng: 11/01/2020 12:10:00 AM", "2020-01-11T00:10:00+07:00", nil),
        ("K.L 08/07/2023 17:20", "2023-07-08T17:20:00+07:00", "K.L"),
        ("PHƯƠNG LINH 02/12/2022 08:05", "2022-12-02T08:05:00+07:00", "PHƯƠNG LINH"),
        ("14:35, ngày 21-6-2021", "2021-06-21T14:35:00+07:00", nil),
        ("Thứ Tư, 22/05/2019 - 10:12'", "2019-05-22T10:12:00+07:00", nil),
        ("Đăng lúc: 04:50 PM 11/04/2022", "2022-04-11T16:50:00+07:00", nil),
        ("Thứ bảy, 16 Tháng 10 2021 09:27", "2021-10-16T09:27:00+07:00", nil),
        ("Thứ Năm, 17/09/2015, 07:40 [GMT+7]", "2015-09-17T07:40:00+07:00", nil),
        ("Tin đăng ngày: 9/3/2020 - Xem: 118", "2020-03-09", "Xem: 118"),
        ("Ngày 21/11/2022 | 09:50", "2022-11-21T09:50:00+07:00", nil),
        ("18:05 - 03/08/2023", "2023-08-03T18:05:00+07:00", nil),
        ("Ngày xuất bản: 25/06/2024 | 15:48", "2024-06-25T15:48:00+07:00", nil),
        ("Cập nhật lúc: 20:10 |14/05/2022", "2022-05-14T20:10:00+07:00", nil),
        // A view counter after the time with no separator; a CMS's year-first stamp after its login.
        ("11/04/2022 09:40 Số lượt xem: 287", "2022-04-11T09:40:00+07:00", nil),
        ("03/02/2021 16:05 1.204 lượt xem", "2021-02-03T16:05:00+07:00", nil),
        ("bientap gửi vào T3, 2016-08-23 10:12", "2016-08-23T10:12:00+07:00", nil),
        ("Ngày đăng: 2019-11-05 07:30", "2019-11-05T07:30:00+07:00", nil),
        // A weekday between the time and the date; a bare view count after the stamp.
        ("Cập nhật lúc 06:00, Thứ Hai, 19/05/2025", "2025-05-19T06:00:00+07:00", nil),
        ("09:46 | 21/09/2024   511", "2024-09-21T09:46:00+07:00", nil),
        // Vietnamese half-day marks: SA (sáng) and CH (chiều).
        ("Đăng lúc: 4:40 CH - 17/03/2022", "2022-03-17T16:40:00+07:00", nil),
        ("Ngày xuất bản: 08/01/2021 | 11:20:05 SA", "2021-01-08T11:20:05+07:00", nil),
        ("Cập nhật: 12/12/2020 12:30 SA", "2020-12-12T00:30:00+07:00", nil),
        ("Thứ Ba, 02/02/2021 7:15 chiều", "2021-02-02T19:15:00+07:00", nil),
        // A labelled poster before the stamp.
        ("Người đăng: quantri | Ngày: 14/02/2021", "2021-02-14", nil),
        ("Đăng bởi: Văn phòng Huyện ủy - 03/06/2020 08:10 PM", "2020-06-03T20:10:00+07:00", nil),
        ("Đăng bởi: Phòng Hành chính | 05/09/2023 - 07:45 | 1.120 lượt xem", "2023-09-05T07:45:00+07:00", nil),
        ("Tác giả: Hoàng Lan – Cập nhật: 19/07/2022", "2022-07-19", nil),
        // Tools printed on the dateline's line; English labels.
        ("Thứ năm, Ngày 16/05/2024, 05:30 CH Cỡ chữ Màu chữ image", "2024-05-16T17:30:00+07:00", nil),
        ("20/10/2023 08:15 In bài Chia sẻ", "2023-10-20T08:15:00+07:00", nil),
        ("Publish date 22/11/2024 | 15:10 | View count: 211", "2024-11-22T15:10:00+07:00", "View count: 211"),
        // A reporter's initials and a dash before the stamp; a paper's tag; a dash as bullet.
        ("TV - 08:20, 11/03/2021", "2021-03-11T08:20:00+07:00", "TV"),
        ("BBP -Thứ Hai, 06/11/2023, 15:02 (GMT+7)", "2023-11-06T15:02:00+07:00", nil),
        ("- Được đăng: Chủ nhật, 07 Tháng 5 2023 10:15", "2023-05-07T10:15:00+07:00", nil),
        // A two-digit year, day first, with the clock right after it.
        ("23/09/25 9:05 AM", "2025-09-23T09:05:00+07:00", nil),
        ("07/01/23 16:40", "2023-01-07T16:40:00+07:00", nil),
        ("5/9/24 8:05 AM", "2024-09-05T08:05:00+07:00", nil),
        // The stamp among credits, tools and counters, each its own piece.
        ("Minh An - Thứ Hai, 14/03/2022, 15:20 (GMT+7)", "2022-03-14T15:20:00+07:00", "Minh An"),
        ("Posted on 14/03/2022 by Minh An", "2022-03-14", "Minh An"),
        ("Đăng ngày 14/03/2022 bởi admin", "2022-03-14", nil),
        ("Đăng ngày: 14/03/2022 bởi Biên tập viên PTTH", "2022-03-14", nil),
        ("Đăng ngày: 14/03/2022 bởi Phóng viên Minh An", "2022-03-14", "Minh An"),
        ("Đăng bởi Minh An vào lúc 15:20 14/03/2022", "2022-03-14T15:20:00+07:00", "Minh An"),
        ("Tin: Minh An - Ảnh: Quốc Vũ | 14/03/2022", "2022-03-14", "Minh An, Quốc Vũ"),
        ("14/03/2022, 15:20 | Xem: 312 | In | Gửi", "2022-03-14T15:20:00+07:00", nil),
        ("Ban Tuyên giáo | 14/03/2022 15:20", "2022-03-14T15:20:00+07:00", nil),
        ("Ngày 14/03/2022 / Lượt xem: 312", "2022-03-14", nil),
        ("Người đăng: quantri | Ngày: 14/02/2021 | Lượt xem: 1.250 | In bài", "2021-02-14", nil),
        ("14/03/2022 15:20 (Xem: 312)", "2022-03-14T15:20:00+07:00", nil),
        // The zone printed after a time that comes first.
        ("Cập nhật: 09:12 (GMT+7), 14/5/2025", "2025-05-14T09:12:00+07:00", nil),
        // A view counter before the stamp with no separator, its number glued to the label.
        ("Số lượt xem 2041Ngày cập nhật 14/05/2025", "2025-05-14", nil),
        ("Lượt xem: 2041 Ngày đăng: 14/05/2025", "2025-05-14", nil),
        // A live page's note beside its stamp.
        ("14/05/2025 07:58 (Cập nhật liên tục)", "2025-05-14T07:58:00+07:00", nil),
        // A print view's buttons around the stamp.
        ("Print Thứ Tư, 14/05/2025 08:22 Gốc", "2025-05-14T08:22:00+07:00", nil),
        ("In 14/05/2025 08:22", "2025-05-14T08:22:00+07:00", nil),
        // Labels glued with no separator; a later update stamp on the same line.
        ("Đăng lúc: 14/03/2022 15:20 Tác giả: Minh An Lượt đọc: 312", "2022-03-14T15:20:00+07:00", "Minh An"),
        ("Ngày đăng: 12/05/2025 | Cập nhật: 14/05/2025 08:10 | Lượt xem: 341", "2025-05-12", nil),
        ("Ngày 14/03/2022 Số lượt xem: 312", "2022-03-14", nil),
        ("Ngày 14/03/2022 | Bài và ảnh: Minh An | Lượt xem: 12", "2022-03-14", "Minh An"),
        // Decomposed Vietnamese (combining marks), as some pages print it.
        ("Đăng lúc: 14/03/2022 15:20 Tác giả: Minh An Lượt đọc: 312".decomposedStringWithCanonicalMapping,
         "2022-03-14T15:20:00+07:00", "Minh An"),
    ] as [(String, String, String?)])
    func datelines(line: String, published: String, credit: String?) {
        let content = String(line.drop(while: { PlainTextCleaner.bullets.contains($0) || $0.isWhitespace }))
        #expect(PlainTextHead.classify(content) == .dateline(published: published, credit: credit))
    }

    /// A poster's label makes a dateline only beside a stamp, a counter or tools.
    @Test(arguments: [
        "Đăng bởi: Văn phòng Huyện ủy - hội nghị ngày 03/06/2020 tại hội trường",
        "Hội nghị của Văn phòng Huyện ủy - 03/06/2020",
        "Hội nghị tổng kết | 14/03/2022 15:20",
        "Tuyên dương 120 điển hình tiêu biểu - 16:40, 25/04/2024",
        "Trao giải cuộc thi bởi Minh An 14/03/2022",
        "In ấn 500 cuốn sách ngày 14/05/2025",
        // After "bởi"/"by" a login or a writer, not a cause.
        "Ngày 14/3/2025 bởi mưa lớn kéo dài",
        "Ngày 14/03/2022 by the Committee",
        // Account links and a language switch beside the date: the portal's clock.
        "Thứ Hai, 26/05/2025 | Đăng nhập | English",
        // A two-digit year without a clock is no dateline: a related headline's date.
        "Hội nghị người lao động năm 2025 - 05/04/25",
        "05/04/25",
    ])
    func notCreditedDatelines(line: String) {
        #expect(PlainTextHead.dateline(line) == nil)
    }

    /// A section or a place in capitals before a dash and the stamp is no writer.
    @Test(arguments: ["XÂY DỰNG ĐẢNG - 10:56, 18/06/2024", "HÀ NỘI - 07:00, 04/12/2024", "THỜI SỰ - 10:56, 18/06/2024"])
    func sectionBeforeDashIsNoCredit(line: String) {
        if case .dateline(_, let credit) = PlainTextHead.classify(line) { #expect(credit == nil) }
    }

    @Test(arguments: [
        ("Hôm nay: 02/05/2025", PlainTextHead.Line.today),
        ("Hôm nay là Thứ Sáu, 02/05/2025", .today),
        ("Today: 2/5/2025", .today),
        ("Cổng thông tin điện tử xã Hòa Bình", .portal(site: "Cổng thông tin điện tử xã Hòa Bình")),
        ("TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN PHÚ", .portal(site: "TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN PHÚ")),
        ("Cổng TTĐT thị xã Bình Minh", .portal(site: "Cổng TTĐT thị xã Bình Minh")),
        ("Báo Sông Hương điện tử", .portal(site: "Báo Sông Hương điện tử")),
        ("Trang chủ | Tin tức | Văn bản | Liên hệ", .menu),
        ("Hôm nay: Thứ Hai, 23/09/2024 | Liên hệ | Sơ đồ trang", .today),
        ("Hôm nay, ngày 04/04/2024", .today),
        ("Giới thiệu | Hoạt động - Sự kiện | Thủ tục hành chính", .menu),
        // Longer entries, a bar longer than any head line, " - " bars, a site's handle first.
        ("Trang chủ | Tin tức sự kiện | Thông báo | Tuyên truyền pháp luật | Học tập và làm theo lời Bác", .menu),
        ("Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng - An ninh | Dân tộc - Miền núi | Phóng sự | Ảnh | Tiếng Mông | Tiếng Dao",
         .menu),
        ("Trang chủ - Giới thiệu - Tin tức - Biên phòng toàn dân - Pháp luật", .menu),
        ("hoinongdanbg | Trang chủ | Tin tức | Gương sáng | Liên hệ", .menu),
    ] as [(String, PlainTextHead.Line)])
    func otherHeadLines(line: String, expected: PlainTextHead.Line) {
        #expect(PlainTextHead.classify(line) == expected)
    }

    @Test(arguments: [
        "Ngày 20/9/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.",
        "Ngày 04/01/2022 Huyện ủy ban hành kế hoạch",
        "Sáng 12/3/2024, hội nghị được tổ chức trực tuyến",
        "Hôm nay, Ban Thường vụ Huyện ủy họp phiên thường kỳ.",
        "Hôm nay: tiếp tục đợt thi đua cao điểm",
        "Báo cáo kết quả học tập và làm theo Bác năm 2023",
        "Báo chí cách mạng với việc làm theo Bác",
        "Giai đoạn 2021 - 2025 | nhiều kết quả",
        "Hội nghị sơ kết 3 năm thực hiện Kết luận 01",
        "Tổng kết | Khen thưởng",
        "Kỷ niệm 19/5/1890 - 19/5/2024",
        "Sáng 12/3/2024",
        "Kỷ niệm 75 năm 1949 - 2024",
        "Chào mừng Đại hội 2025 - 2030",
        "Thanh Sơn 2024",
        "Hà Giang - Tuyên Quang - Cao Bằng - Lạng Sơn phối hợp tổ chức",
        "Tuyên Quang | Nông dân thi đua | làm giàu chính đáng trên quê hương cách mạng của tỉnh nhà",
    ])
    func bodyLinesAreNotHeadLines(line: String) {
        #expect(PlainTextHead.classify(line) == nil)
    }

    @Test(arguments: [
        ("Trần Minh Khôi", "Trần Minh Khôi"),
        ("LÊ HẢI", "LÊ HẢI"),
        ("Tác giả: Hoàng Yến", "Hoàng Yến"),
        ("Ban Tuyên giáo Huyện ủy", nil),
        ("Ban Tuyên Giáo Huyện Ủy", nil),
        ("Văn phòng Đảng ủy xã", nil),
        ("Trung Tâm Văn Hóa", nil),
        ("Theo Báo Nhân Dân", nil),
        ("BTG", nil),
        ("Kết quả học tập", nil),
    ] as [(String, String?)])
    func creditAuthors(credit: String, author: String?) {
        #expect(PlainTextHead.author(inCredit: credit) == author)
    }

    @Test(arguments: [
        // dateline under the title, portal line above it
        ("Tiêu đề bài viết về hội nghị\nCổng thông tin điện tử huyện Mẫu\nThứ Hai, 03/03/2025 07:05\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2025-03-03T07:05:00+07:00", "Cổng thông tin điện tử huyện Mẫu", [], Self.body),
        // dateline above the title
        ("Thứ Ba, 04/03/2025 10:00 (GMT+7)\n\nTiêu đề bài viết về hội nghị\n\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2025-03-04T10:00:00+07:00", nil, [], Self.body),
        // portal, today header and menu before the title
        ("Cổng TTĐT xã Mẫu\nHôm nay: Thứ Tư, 05/03/2025\nTrang chủ | Tin tức | Liên hệ\nTiêu đề bài viết về hội nghị\nNgày đăng: 01/03/2025\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2025-03-01", "Cổng TTĐT xã Mẫu", [], Self.body),
        // unit credit: no author
        ("Tiêu đề bài viết về hội nghị\n01/03/2025 | Ban Tuyên giáo Huyện ủy\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2025-03-01", nil, [], Self.body),
        // person credit: an author
        ("Tiêu đề bài viết về hội nghị\n01/03/2025 | Trần Minh Khôi\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2025-03-01", nil, ["Trần Minh Khôi"], "Trần Minh Khôi\n\n" + Self.body),
        // a first body sentence opening with a date is body text
        ("Tiêu đề bài viết về hội nghị\nNgày 20/9/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", nil, nil, [],
         "Ngày 20/9/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.\n\n\(Self.body)"),
        // a headline that ends with its own stamp
        ("Cổng TTĐT xã Mẫu\nTrang chủ | Tin tức | Liên hệ\nHội nghị học tập chuyên đề năm 2025 (17:24 18/03/2025)\n\(Self.body)",
         "Hội nghị học tập chuyên đề năm 2025", "2025-03-18T17:24:00+07:00", "Cổng TTĐT xã Mẫu", [], Self.body),
        // a category label between the dateline and the headline
        ("Trang chủ | Tin tức | Liên hệ\nThứ Ba, 12/03/2024 - 06:45\nPhóng sự\nTiêu đề bài viết về hội nghị\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2024-03-12T06:45:00+07:00", nil, [], Self.body),
        // a label above the dateline repeating an entry of a menu printed with runs of spaces
        ("Trang chủ  Giới thiệu  Gương điển hình  Văn bản\nGương điển hình\nThứ sáu, 22/9/2023 | 15:30\nTiêu đề bài viết về hội nghị\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2023-09-22T15:30:00+07:00", nil, [], Self.body),
        // a tool line between the dateline and the headline
        ("Trang chủ | Tin tức sự kiện | Thông báo | Tuyên truyền pháp luật | Học tập và làm theo lời Bác\nCập nhật: 26/04/2024 10:13:00\nXem cỡ chữ\nTiêu đề bài viết về hội nghị\n\(Self.body)",
         "Tiêu đề bài viết về hội nghị", "2024-04-26T10:13:00+07:00", nil, [], Self.body),
        // a dateline after the first long paragraph stays in the text
        ("Tiêu đề bài viết về hội nghị\n\(Self.body)\n20/10/2021",
         "Tiêu đề bài viết về hội nghị", nil, nil, [], "\(Self.body)\n\n20/10/2021"),
    ] as [(String, String?, String?, String?, [String], String)])
    func headZones(input: String, title: String?, published: String?, site: String?, authors: [String], text: String) {
        let content = ContentExtractor.plainText(input)
        #expect(content.title == title)
        #expect(content.published == published)
        #expect(content.site == site)
        #expect(content.authors == authors)
        #expect(content.text == text)
    }

    static let body = "Thực hiện kế hoạch của cấp trên, các chi bộ đã tổ chức học tập chuyên đề cho toàn thể cán bộ, đảng viên, gắn với nhiệm vụ chính trị của từng đơn vị trong năm."
}

/// ``PlainTextHead/opensWithColonLabel(_:)`` passes over lines without a ":" before folding
/// them: only U+003A folds to ":".
@Suite struct ColonLabelTests {
    @Test func onlyTheColonFoldsToAColon() {
        let folded = (0..<0x1_0000).compactMap(Unicode.Scalar.init).filter { Folding.ascii($0) == UInt8(ascii: ":") }
        #expect(folded == [":"])
    }

    @Test(arguments: [
        ("Ngày đăng: 22/01/2025", true), ("Ngày đăng 22/01/2025", false), ("Cập nhật ： 09/08/2021", false),
        ("  Cập   nhật  :  09/08/2021", true), ("Date: 2021-08-09", false), ("Xuất bản:", true), ("Tin tức: mới", false),
        ("", false), (":", false), ("Posted on : 1/1/2020", true),
    ])
    func colonLabels(line: String, labelled: Bool) {
        #expect(PlainTextHead.opensWithColonLabel(line) == labelled)
        // The labels compared as Characters, as before the byte comparison.
        let folded = Folding.key(line.squeezedSpaces)
        let byCharacters = PlainTextHead.dateLabels.filter { $0 != "ngay" && folded.hasPrefix($0) }.contains { label in
            label != "date" && folded.dropFirst(label.count).drop(while: { $0 == " " }).first == ":"
        }
        #expect(byCharacters == labelled)
        #expect(PlainTextHead.openingLabels(of: line).map(\.label)
                == PlainTextHead.dateLabels.filter { $0 != "ngay" && folded.hasPrefix($0) })
    }
}

/// ``ContentExtractor/hasAtMostWords(_:_:)`` counts the words `split` makes.
@Suite struct WordLimitTests {
    @Test(arguments: ["", " ", "a", " a ", "a b", "a  b\tc\n", "\r\n x \r\n y", "10/07/2024 08:30 Thứ Tư", "a\u{00A0}b\u{2009}c",
                      " \u{0301}a", "x \u{0301} y", "Cập nhật: 09/08/2021 21:30 | Người đăng: Văn phòng | Lượt xem: 76"])
    func countsAsSplit(text: String) {
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        for limit in 0...12 {
            #expect(ContentExtractor.hasAtMostWords(limit, text) == (words <= limit))
        }
    }
}

/// Print views and buttons around a plain-text headline.
@Suite struct HeadlineFurnitureTests {
    @Test(arguments: [("[In trang này] [Đóng]", true), ("[Print] [Close]", true), ("[In trang này]", true),
                      ("[Tin ảnh] Hội nghị", false), ("[Hội nghị tổng kết]", false)])
    func printViewButtons(line: String, isButtons: Bool) {
        #expect(PageChrome.isBracketedButtons(line) == isButtons)
    }

    /// A line that is only the site's web address is furniture; a headline naming a site is not.
    @Test(arguments: [("https://truongchinhtri.tinh.gov.vn", true), ("www.baotinh.vn", true), ("baotinh.vn/tin-tuc", true),
                      ("truongchinhtri.tinh.gov.vn", true), ("Hội nghị tổng kết của baotinh.vn", false), ("Chỉ thị 05-CT/TW.", false),
                      ("Tr.", false)])
    func webAddressLines(line: String, isAddress: Bool) {
        #expect(PageChrome.isWebAddress(line) == isAddress)
    }

    /// A long bar may hold one long section name; a headline with a few bars is no menu.
    @Test func menuWithOneLongSectionName() {
        #expect(PlainTextHead.isMenu("Tin tức | Hoạt động của Đảng ủy Khối | Cơ sở đảng | Học tập làm theo tấm gương Hồ Chí Minh | Văn bản | Thư viện ảnh"))
        #expect(!PlainTextHead.isMenu("Tin tức | Học tập làm theo tấm gương Hồ Chí Minh của cán bộ | Văn bản"))
    }

    /// A byline's label with a comma ("Bài, ảnh:") is no writer's name.
    @Test func commaLabelOfACreditIsNoName() {
        #expect(PlainTextHead.authors(inCredit: "Bài, ảnh: Minh An") == ["Minh An"])
        #expect(PlainTextHead.authors(inCredit: "Tin, ảnh: Minh An, Quốc Vũ") == ["Minh An", "Quốc Vũ"])
    }

    @Test func printViewTitleBarIsTheSite() {
        #expect(PlainTextHead.classify("Báo Tây Sơn - In bài viết") == .portal(site: "Báo Tây Sơn"))
        #expect(PlainTextHead.classify("Hội nghị tổng kết - In bài viết") != .portal(site: "Hội nghị tổng kết"))
    }
}

