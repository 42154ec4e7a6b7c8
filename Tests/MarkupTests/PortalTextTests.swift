import Testing
@testable import Markup
import VietnameseText

/// Whole plain-text captures of portal pages (invented, in the shapes real portals print):
/// the headline, dateline and article text come out, the furniture does not.
@Suite struct PortalTextTests {
    static let first = "(BTG) - Chiều 12/9, Ban Thường vụ Huyện ủy Yên Lập tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, biểu dương 35 tập thể và 52 cá nhân tiêu biểu."
    static let second = "Theo báo cáo, 100% chi bộ đã đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ; toàn huyện xây dựng 128 mô hình, cách làm hay gắn với nhiệm vụ chính trị của từng địa phương, đơn vị."
    static let last = "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu."
    /// A page: `head` (the lines above the article, "\n"-separated) over the two article paragraphs.
    static func page(_ head: String) -> String {
        head + "\n" + first + "\n" + second
    }

    static let headline = "Yên Lập sơ kết 3 năm thực hiện Kết luận 01, biểu dương 87 điển hình"

    /// A district portal: clock above the site name and menus, breadcrumb, category label,
    /// headline, dateline, tools; under the article: counter, tools, other stories, links, colophon.
    static let districtPage = """
    TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY YÊN LẬP
    Đảng bộ huyện Yên Lập - tỉnh Phú Thọ
    Thứ Sáu, 15/9/2023
    Yên Lập 31°C - Nắng
    Tìm kiếm
    Đăng nhập
    Trang chủ
    Giới thiệu
    Tin tức - Sự kiện
    Xây dựng Đảng
    Học tập và làm theo Bác
    Văn bản
    Liên hệ
    Trang chủ » Tin tức - Sự kiện » Học tập và làm theo Bác
    HỌC TẬP VÀ LÀM THEO BÁC
    \(headline)
    Ngày đăng: 13/09/2023 16:45
    Cỡ chữ: A- A A+
    \(first)
    \(second)
    Quang cảnh hội nghị
    \(last)
    Thu Hà - Ban Tuyên giáo Huyện ủy
    Lượt xem: 2.407
    In bài | Gửi bài viết | Chia sẻ | Về đầu trang
    Tin khác
    Hội nghị báo cáo viên tháng 9/2023 (08/09/2023)
    Yên Lập ra quân làm đường giao thông nông thôn (01/09/2023)
    Xem tiếp >>
    Liên kết website
    Cổng TTĐT tỉnh Phú Thọ
    Báo Phú Thọ
    Thống kê truy cập
    Đang truy cập: 21
    TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY YÊN LẬP
    Địa chỉ: Khu 5, thị trấn Yên Lập, tỉnh Phú Thọ
    Điện thoại: 0210.3870.112 - Email: btg@example.vn
    Ghi rõ nguồn khi phát hành lại thông tin từ website này.
    """

    @Test func districtPortal() {
        let content = ContentExtractor.plainText(Self.districtPage)
        #expect(content.title == Self.headline)
        #expect(content.published == "2023-09-13T16:45:00+07:00")
        #expect(content.site == "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY YÊN LẬP")
        #expect(content.text == [Self.first, Self.second, "Quang cảnh hội nghị", Self.last, "Thu Hà - Ban Tuyên giáo Huyện ủy"]
            .joined(separator: "\n\n"))
    }

    /// A newspaper: clock first, site, menu bar, label, headline, byline, dateline with zone.
    @Test func newspaperWithBylineBetweenHeadlineAndDate() {
        let page = """
        Chủ Nhật, 17/03/2024
        Báo Hòa Bình điện tử
        Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
        Chính trị
        \(Self.headline)
        Quang Minh
        Thứ Bảy, 16/03/2024, 10:20 (GMT+7)
        \(Self.first)
        \(Self.second)
        TIN LIÊN QUAN
        Hòa Bình tôn vinh 90 điển hình (14/03/2024)
        Bình luận (0)
        Tags: Yên Lập, Kết luận 01
        Bản quyền thuộc về Báo Hòa Bình.
        """
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2024-03-16T10:20:00+07:00")
        #expect(content.authors.contains("Quang Minh"))
        #expect(content.site == "Báo Hòa Bình điện tử")
        // The byline is the article's own: it stays in the text, where its writer is a person.
        #expect(content.text == "Quang Minh\n\n" + Self.first + "\n\n" + Self.second)
    }

    /// Two date lines: the one beside the headline dates it, the clock over the menus does not.
    @Test(arguments: [
        ("Thứ Ba, 05/12/2023 | 07:58", "Ngày đưa: 04/12/2023 03:47:00 PM", "2023-12-04T15:47:00+07:00"),
        ("Thứ Ba, ngày 05 tháng 12 năm 2023", "Thời gian đăng: 04/12/2023 09:05:12 AM", "2023-12-04T09:05:12+07:00"),
        ("Hôm nay: Thứ Ba, 05/12/2023", "[Đăng ngày: 04/12/2023]", "2023-12-04"),
        ("Thứ Ba, 05/12/2023", "P.T 04/12/2023 21:03", "2023-12-04T21:03:00+07:00"),
        ("Thứ Ba, 05/12/2023", "10:15, ngày 4-12-2023", "2023-12-04T10:15:00+07:00"),
        ("Thứ Ba, 05/12/2023", "Đăng lúc: 02:30 PM 04/12/2023", "2023-12-04T14:30:00+07:00"),
        ("Thứ Ba, 05/12/2023", "Ngày cập nhật 04/12/2023", "2023-12-04"),
    ] as [(String, String, String)])
    func clockAndDateline(clock: String, dateline: String, published: String) {
        let page = """
        \(clock)
        ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH PHÚ THỌ
        Trang thông tin điện tử
        Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ
        Tìm kiếm
        Tin hoạt động
        \(Self.headline)
        \(dateline)
        \(Self.first)
        \(Self.last)
        """
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == published)
        #expect(content.site == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH PHÚ THỌ")
        #expect(content.text == Self.first + "\n\n" + Self.last)
    }

    /// A clock over the menus and no dateline: no publication date.
    @Test func clockAloneIsNotPublished() {
        let page = """
        Thứ Năm, 25/7/2024
        CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH HÒA
        Trang chủ
        Giới thiệu
        Tin tức - Sự kiện
        Văn bản
        Trang chủ > Tin tức - Sự kiện
        \(Self.headline)
        \(Self.first)
        """
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == nil)
        #expect(content.text == Self.first)
    }

    /// A dateline above the headline, its time on the next line.
    @Test func datelineAboveHeadlineWithTimeBelow() {
        let page = "Chủ nhật, ngày 10 tháng 11 năm 2024\n16:40 (GMT +7)\n\(Self.headline)\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2024-11-10T16:40:00+07:00")
        #expect(content.text == Self.first)
    }

    /// A headline in capitals under a category label, a dateline and a counter under it.
    @Test func capitalHeadlineUnderLabel() {
        let headline = "HỘI CỰU CHIẾN BINH HUYỆN THANH SƠN TỔNG KẾT PHONG TRÀO GƯƠNG MẪU"
        let page = """
        HỘI CỰU CHIẾN BINH TỈNH PHÚ THỌ
        TRANG CHỦ
        TIN TỨC
        HOẠT ĐỘNG CÁC CẤP HỘI
        Hoạt động các cấp Hội
        \(headline)
        16:20 - 27/07/2023
        Lượt xem: 645
        \(Self.first)
        KẾT QUẢ NỔI BẬT
        \(Self.second)
        TRẦN HÙNG
        CÁC TIN KHÁC
        Hội CCB tỉnh sơ kết 6 tháng (20/07/2023)
        """
        let content = ContentExtractor.plainText(page)
        #expect(content.title == headline)
        #expect(content.published == "2023-07-27T16:20:00+07:00")
        #expect(content.authors == ["TRẦN HÙNG"])
        #expect(content.text == [Self.first, "KẾT QUẢ NỔI BẬT", Self.second, "TRẦN HÙNG"].joined(separator: "\n\n"))
    }

    /// Without a dateline, a short label line over a longer headline is the label.
    @Test func shortLabelOverLongerHeadline() {
        let content = ContentExtractor.plainText("Học tập và làm theo Bác\n\(Self.headline)\n\(Self.first)")
        #expect(content.title == Self.headline)
        #expect(content.text == Self.first)
    }

    /// A short line under the headline stays in the text.
    @Test func kickerUnderHeadlineStays() {
        let content = ContentExtractor.plainText("\(Self.headline)\nGương sáng - Thanh Sơn\n\(Self.first)")
        #expect(content.title == Self.headline)
        #expect(content.text == "Gương sáng - Thanh Sơn\n\n" + Self.first)
    }

    /// A heading of another block followed by prose is a subheading: the article goes on.
    @Test func tailHeadingBeforeProseStays() {
        let content = ContentExtractor.plainText("\(Self.headline)\n\(Self.first)\nTin liên quan\n\(Self.second)\nThu Hà")
        #expect(content.text == [Self.first, "Tin liên quan", Self.second, "Thu Hà"].joined(separator: "\n\n"))
    }

    /// Listed headlines with their dates end the article even without a heading.
    @Test func listedHeadlinesWithoutHeading() {
        let page = """
        \(Self.headline)
        \(Self.first)
        Minh Thư
        - Đảng ủy Khối tổ chức lớp bồi dưỡng kết nạp đảng (04/11/2020)
        - Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 2 (30/10/2020)
        """
        let content = ContentExtractor.plainText(page)
        #expect(content.text == Self.first + "\n\nMinh Thư")
    }

    /// The portal line that names no portal gives its name to the organisation line above it.
    @Test func bareSiteLineTakesTheOrganisation() {
        let page = "BAN TUYÊN GIÁO HUYỆN ỦY THANH SƠN\nTrang thông tin điện tử\nTrang chủ | Tin tức | Văn bản | Liên hệ\n\(Self.headline)\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.site == "BAN TUYÊN GIÁO HUYỆN ỦY THANH SƠN")
        #expect(content.title == Self.headline)
    }
}

/// Official documents reproduced in plain text, links and datelines under the article.
@Suite struct PortalDocumentTests {
    static let opening = "Thực hiện Hướng dẫn số 21-HD/BTGTU ngày 03/02/2022 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo kết quả 2 năm thực hiện Kết luận 01-KL/TW như sau:"
    static let result = "Toàn huyện có 27/27 tổ chức cơ sở đảng xây dựng kế hoạch thực hiện; 96% cán bộ, đảng viên đăng ký làm theo gắn với kiểm điểm cuối năm; 48 mô hình được công nhận và nhân rộng trong hai năm."
    static let header = ["ĐẢNG BỘ TỈNH PHÚ THỌ", "HUYỆN ỦY THANH SƠN", "*", "Số 141-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                         "Thanh Sơn, ngày 18 tháng 4 năm 2022", "BÁO CÁO",
                         "Kết quả 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị", "-----"]
    static let signature = ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (b/c),", "- Lưu Văn phòng Huyện ủy.",
                            "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(Đã ký)", "Hà Minh Khoa"]

    @Test func documentAloneKeepsItsHeader() {
        let page = (Self.header + [Self.opening, "I. KẾT QUẢ", Self.result] + Self.signature).joined(separator: "\n")
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "Báo cáo kết quả 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị")
        #expect(content.published == "2022-04-18")
        #expect(content.text.hasPrefix("ĐẢNG BỘ TỈNH PHÚ THỌ\n\nHUYỆN ỦY THANH SƠN\n\n*\n\nSố 141-BC/HU"))
        #expect(content.text.hasSuffix("(Đã ký)\n\nHà Minh Khoa"))
    }

    /// Every kind of ``OfficialDocumentWords`` that heads a document heads the title (the
    /// kind words are the extraction rules' table, not a copy).
    @Test(arguments: OfficialDocumentWords.kinds.flatMap(\.printedNames)
        .filter { !OfficialDocumentWords.namesNotHeadingDocuments.contains(Folding.key($0)) })
    func everyKindOfTheTableHeadsTheTitle(_ name: String) {
        let header = Self.header.map { $0 == "BÁO CÁO" ? name.uppercased() : $0 }
        let page = (header + [Self.opening, "I. KẾT QUẢ", Self.result] + Self.signature).joined(separator: "\n")
        let content = ContentExtractor.plainText(page)
        let kind = name.prefix(1).uppercased() + name.dropFirst()
        #expect(content.title == kind + " kết quả 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị")
    }

    @Test func documentOnAPortalPage() {
        let page = (["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH SƠN", "Trang chủ | Tin tức | Văn bản | Liên hệ",
                     "Trang chủ > Văn bản > Văn bản Đảng", "Báo cáo kết quả 2 năm thực hiện Kết luận 01-KL/TW",
                     "Ngày ban hành: 18/04/2022 | Lượt xem: 211"]
                    + Self.header + [Self.opening, Self.result] + Self.signature
                    + ["File đính kèm: 141-BC-HU.pdf", "Tải về", "Văn bản khác",
                       "Kế hoạch tổ chức Hội nghị báo cáo viên quý II (12/04/2022)",
                       "Thông báo kết luận của Ban Thường vụ Huyện ủy (02/04/2022)",
                       "Địa chỉ: Khu 4, thị trấn Thanh Sơn"]).joined(separator: "\n")
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "Báo cáo kết quả 2 năm thực hiện Kết luận 01-KL/TW")
        #expect(content.published == "2022-04-18")
        #expect(content.text.hasPrefix("ĐẢNG BỘ TỈNH PHÚ THỌ\n\nHUYỆN ỦY THANH SƠN"))
        #expect(content.text.hasSuffix("(Đã ký)\n\nHà Minh Khoa"))
    }

    /// The writer and the source before the labelled stamp, on one line under the article: the
    /// writer stays as the byline (a source's unit may hold a dash).
    @Test func creditedStampUnderTheArticle() {
        let content = ContentExtractor.plainText("\(PortalTextTests.headline)\n\(PortalTextTests.first)\n"
            + "Tác giả: Thu Hà - Nguồn: Phòng Thi đua - Khen thưởng - Ngày đăng: 14/09/2023 10:05\nCác tin khác:\n"
            + "› Phát động thi đua chào mừng Đại hội (02/09/2023)\n› Hướng dẫn khen thưởng năm học (28/08/2023)")
        #expect(content.published == "2023-09-14T10:05:00+07:00")
        #expect(content.text == PortalTextTests.first + "\n\nThu Hà")
    }

    @Test func labelledDatelineUnderTheArticle() {
        let content = ContentExtractor.plainText("\(PortalTextTests.headline)\n\(PortalTextTests.first)\nThu Hà\nTin đăng ngày: 14/9/2023 - Xem: 118")
        #expect(content.published == "2023-09-14")
        #expect(content.authors == ["Thu Hà"])
        #expect(content.text == PortalTextTests.first + "\n\nThu Hà")
    }

    @Test func linksToOtherStoriesLeaveTheText() {
        let page = "\(PortalTextTests.headline)\n\(PortalTextTests.first)\n>> Yên Lập ra quân làm đường giao thông nông thôn\n\(PortalTextTests.second)"
        let content = ContentExtractor.plainText(page)
        #expect(content.text == PortalTextTests.first + "\n\n" + PortalTextTests.second)
    }

    /// A short list under the dateline is article text, not a menu.
    @Test func shortListUnderDatelineStays() {
        let page = "\(PortalTextTests.headline)\nNgày đăng: 13/09/2023\nKết quả cụ thể:\n- 35 tập thể\n- 52 cá nhân\n- 12 mô hình\n\(PortalTextTests.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2023-09-13")
        #expect(content.text == ["Kết quả cụ thể:", "- 35 tập thể", "- 52 cá nhân", "- 12 mô hình", PortalTextTests.first]
            .joined(separator: "\n\n"))
    }
}

/// The same furniture rules for the headline of an HTML page.
@Suite struct HTMLHeadlineFurnitureTests {
    static let body = "<p>Sáng nay, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết, đánh giá kết quả học tập và làm theo Bác trong năm.</p><p>Các đại biểu đã thảo luận, đóng góp nhiều ý kiến thiết thực để nâng cao hiệu quả công tác trong thời gian tới.</p>"

    @Test(arguments: [
        "Cổng thông tin điện tử huyện Thanh Sơn",
        "Thứ Sáu, 15/09/2023",
        "Trang chủ » Tin tức » Xây dựng Đảng",
    ])
    func furnitureHeadingIsNoHeadline(heading: String) throws {
        let html = "<html><head><title>Thanh Sơn sơ kết học tập và làm theo Bác năm 2023 - Cổng TTĐT huyện Thanh Sơn</title></head><body><h1>\(heading)</h1><div class=\"content\">\(Self.body)</div></body></html>"
        #expect(try ContentExtractor.html(html).title == "Thanh Sơn sơ kết học tập và làm theo Bác năm 2023")
    }

    /// A category label over the dateline, the headline below it.
    @Test func categoryLabelOverTheDatelineIsNoHeadline() {
        let page = PortalTextTests.page("BÁO ĐIỆN TỬ TỈNH\nThời sự | Chính trị | Kinh tế | Xã hội\nTây Bắc\nThứ Ba, 20-05-2025, 10:12\n\(PortalTextTests.headline)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2025-05-20T10:12:00+07:00")
        #expect(content.text.hasPrefix("(BTG)"), "\(content.text.prefix(120))")
    }

    /// Heads around the headline (invented in real shapes), the published date, and how the
    /// text opens ("(BTG)": the article's first paragraph).
    @Test(arguments: [
        // Breadcrumb steps glued with no separator, the last one the headline printed below.
        ("Trang chủTin tứcHoạt động Đảng bộ\(PortalTextTests.headline)\n\(PortalTextTests.headline)", nil, "(BTG)"),
        // Joomla's "Viết bởi …" between the headline and the dateline stays as the byline.
        ("\(PortalTextTests.headline)\nViết bởi Minh An\nThứ hai, 14 Tháng 3 2022 15:20", "2022-03-14T15:20:00+07:00",
         "Viết bởi Minh An\n\n(BTG)"),
        // A unit credited before the stamp on the dateline's line is no headline.
        ("\(PortalTextTests.headline)\nBan Tuyên giáo | 14/03/2022 15:20", "2022-03-14T15:20:00+07:00", "(BTG)"),
        // A magazine's writer in capitals over their role, between the headline and the dateline.
        ("TẠP CHÍ TUYÊN GIÁO\nThực tiễn\n\(PortalTextTests.headline)\nTRẦN THỊ MINH AN\nTỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy\n09:15, ngày 26-05-2025",
         "2025-05-26T09:15:00+07:00", "TRẦN THỊ MINH AN\n\nTỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy\n\n(BTG)"),
        // A section label in capitals over the dateline, the headline in lower case under it;
        // the dateline's writer opens the text as the byline.
        ("BÁO ĐIỆN TỬ TỈNH\nNGƯỜI TỐT - VIỆC TỐT\nCập nhật: 18/05/2025 - 07:15 | Bài, ảnh: Minh An\n\(PortalTextTests.headline)",
         "2025-05-18T07:15:00+07:00", "Bài, ảnh: Minh An\n\n(BTG)"),
        // A print view: the site's title bar, bracketed buttons, the date, the headline.
        ("Báo Tây Sơn - In bài viết\n[In trang này] [Đóng]\n09/05/2025 06:45\n\(PortalTextTests.headline)",
         "2025-05-09T06:45:00+07:00", "(BTG)"),
    ] as [(String, String?, String)])
    func headAroundTheHeadline(head: String, published: String?, opening: String) {
        let content = PlainTextCleaner.clean(PortalTextTests.page(head))
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == published)
        #expect(content.text.hasPrefix(opening), "\(content.text.prefix(160))")
    }

    /// A hashtag over the dateline is the story's tag; a headline in capitals goes on to a
    /// second line that opens with a joining word, not to a writer's name in capitals.
    @Test(arguments: [
        ("#Gương sáng làm theo Bác\nThứ Ba, 20/5/2025 - 06:45\nCÔ GIÁO “CÕNG CHỮ”\nTRÊN ĐỈNH PHÌN HỒ", "CÔ GIÁO “CÕNG CHỮ” TRÊN ĐỈNH PHÌN HỒ"),
        ("Thứ Ba, 20/5/2025 - 06:45\nCÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ\nMINH AN", "CÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ"),
        // "TÚ", "LÃ" fold as "từ", "là" do: a pen name or a surname, not a joining word.
        ("Thứ Ba, 20/5/2025 - 06:45\nCÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ\nTÚ ANH", "CÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ"),
        ("Thứ Ba, 20/5/2025 - 06:45\nCÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ\nLÃ VĂN HÙNG", "CÔ GIÁO “CÕNG CHỮ” NƠI ĐỈNH PHÌN HỒ"),
    ])
    func hashtagAndCapitalHeadlineOverTwoLines(head: String, title: String) {
        let content = PlainTextCleaner.clean(PortalTextTests.page(head))
        #expect(content.title == title)
        #expect(content.published == "2025-05-20T06:45:00+07:00")
    }

    /// A newspaper's comment block under the writer's name ends the article.
    @Test func commentBlockUnderTheWriterEndsTheArticle() {
        let page = PortalTextTests.page(PortalTextTests.headline + "\n09/05/2025 06:45") + "\nMINH AN\nBÌNH LUẬN HAY\nChưa có bình luận nào.\nBản quyền thuộc về Báo Tây Sơn."
        let content = PlainTextCleaner.clean(page)
        #expect(content.text.hasSuffix(PortalTextTests.second + "\n\nMINH AN"), "\(content.text.suffix(120))")
    }

    /// Under the article, over the other stories: the stamp with its poster and counter, or
    /// with the writer (who stays as the byline).
    @Test(arguments: [
        ("15/05/2025 16:20:33 | Người đăng: admin | Lượt xem: 208", "2025-05-15T16:20:33+07:00", nil),
        ("Ngày 15/05/2025 - Minh An", "2025-05-15", "Minh An"),
    ] as [(String, String, String?)])
    func stampOverTheOtherStories(line: String, published: String, byline: String?) {
        let page = PortalTextTests.page(PortalTextTests.headline) + "\n\(line)\nTin khác\nHội nghị báo cáo viên tháng 5 (12/05/2025)\nRa quân hè tình nguyện (06/05/2025)"
        let content = PlainTextCleaner.clean(page)
        #expect(content.published == published)
        #expect(content.text.hasSuffix(PortalTextTests.second + (byline.map { "\n\n" + $0 } ?? "")), "\(content.text.suffix(120))")
    }

    /// A tool line between the dateline and the headline.
    @Test func toolsBetweenDatelineAndHeadline() {
        let page = PortalTextTests.page("Thời sự\n12/09/2023 00:00\nXem với cỡ chữ   In bài   Gửi bài\n\(PortalTextTests.headline)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2023-09-12T00:00:00+07:00")
        #expect(content.text.hasPrefix("(BTG)"), "\(content.text.prefix(120))")
    }

    /// A breadcrumb whose separators the copy lost, ending with the headline printed below it.
    @Test func breadcrumbRepeatingTheHeadline() {
        let long = PortalTextTests.headline + " trong toàn Đảng bộ huyện và các xã, thị trấn"
        let page = PortalTextTests.page("TRANG TIN ĐIỆN TỬ HUYỆN ỦY\nTrang chủ Tin tức Xây dựng Đảng \(long)\nThứ năm, 14 Tháng 9 2023 16:45\n2.407 Lượt xem\n\(long)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == long)
        #expect(content.published == "2023-09-14T16:45:00+07:00")
        #expect(content.text.hasPrefix("(BTG)"), "\(content.text.prefix(120))")
    }

    /// A section or place before " - " on the dateline is no writer.
    @Test func sectionBeforeTheStampIsNoWriter() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nTây Nguyên - 07:00, 04/12/2024")
        let content = PlainTextCleaner.clean(page)
        #expect(content.authors.isEmpty, "\(content.authors)")
    }

    /// A byline printed twice (the writer's avatar text over the name) is no headline.
    @Test func bylinePrintedTwiceIsNoHeadline() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\n\nHồng Nhung\nHồng Nhung\n07/12/2025 09:24 GMT+7")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2025-12-07T09:24:00+07:00")
    }

    /// A byline under the headline stays in the text, where its writer is named.
    @Test func bylineStaysInTheText() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nThu Hằng và Lê Gia - 07:00, 04/12/2024")
        let content = PlainTextCleaner.clean(page)
        #expect(content.text.hasPrefix("Thu Hằng và Lê Gia\n"), "\(content.text.prefix(80))")
    }

    /// A print tool glued to the end of the headline's line.
    @Test func printToolAfterTheHeadline() {
        let page = PortalTextTests.page("\(PortalTextTests.headline) In trang\n08/08/2022 10:11 SA")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2022-08-08T10:11:00+07:00")
    }

    /// Two writers credited before the stamp; "Thu Hằng" is no weekday.
    @Test func twoWritersBeforeTheStamp() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nThu Hằng và Lê Gia - 07:00, 04/12/2024")
        let content = PlainTextCleaner.clean(page)
        #expect(content.published == "2024-12-04T07:00:00+07:00")
        #expect(content.authors == ["Thu Hằng", "Lê Gia"])
    }

    /// The section printed after the stamp on the dateline's line is no credit, and the clock
    /// before it belongs to the date.
    @Test func sectionAfterTheStamp() {
        let page = PortalTextTests.page("TRUYỀN HÌNH YÊN BÁI\n\n\(PortalTextTests.headline)\n\nĐăng ngày: 12/09/2024 | 16:05   Chuyên mục: Xây dựng Đảng")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-12T16:05:00+07:00")
    }

    /// "Tin đăng trong mục: …" names the section, like a breadcrumb: never the headline.
    @Test func sectionLabelIsNoHeadline() {
        let page = PortalTextTests.page("Hội Khuyến học tỉnh Yên Bái\nTin đăng trong mục: Hoạt động của Hội\nNgày đăng tin: 13/09/2024\n\(PortalTextTests.headline)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-13")
    }

    /// A writer's name glued to the stamp after it.
    @Test func writerGluedToTheStamp() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nNguyễn Thị Hạnh12/09/2024 4:05 PM")
        let content = PlainTextCleaner.clean(page)
        #expect(content.published == "2024-09-12T16:05:00+07:00")
        #expect(content.text.hasPrefix("Nguyễn Thị Hạnh\n"), "\(content.text.prefix(60))")
    }

    /// A headline too long for a head line, then a writer glued to the stamp, under the
    /// section's name.
    @Test func longHeadlineOverAGluedByline() {
        let headline = "Chi bộ Phòng Kiểm soát thủ tục hành chính tỉnh: Sinh hoạt chuyên đề “Học tập và làm theo Bác về tinh thần phục vụ Nhân dân, gần dân, sát dân”"
        let page = PortalTextTests.page("Văn phòng UBND tỉnh Yên Bái\nĐảng bộ Văn phòng UBND tỉnh\n\(headline)\nLê Văn Định12/09/2024 4:05 PM")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == headline)
        #expect(content.published == "2024-09-12T16:05:00+07:00")
        #expect(content.text.hasPrefix("Lê Văn Định\n"), "\(content.text.prefix(60))")
    }

    /// A headline that ends with its date and time, unbracketed.
    @Test func headlineEndingWithItsStamp() {
        let page = PortalTextTests.page("\(PortalTextTests.headline) 12/09/2024 16:05")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-12T16:05:00+07:00")
    }

    /// A page copied from its dateline down: no headline, the dateline with its time dates it.
    @Test func datelineWithoutHeadline() {
        let page = PortalTextTests.page("Thứ năm, 12/09/2024 - 16:05\n")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == nil)
        #expect(content.published == "2024-09-12T16:05:00+07:00")
    }

    /// A body's and a district's names in capitals over the headline are the page's header.
    @Test func capitalHeaderOverTheHeadline() {
        let page = PortalTextTests.page("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nHUYỆN YÊN LẬP - TỈNH PHÚ THỌ\n\(PortalTextTests.headline)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(!content.text.contains("HUYỆN YÊN LẬP - TỈNH PHÚ THỌ"))
    }

    /// A headline in capitals over its byline stays the headline.
    @Test func capitalHeadlineOverAByline() {
        let page = PortalTextTests.page("YÊN LẬP BIỂU DƯƠNG 87 ĐIỂN HÌNH HỌC TẬP VÀ LÀM THEO BÁC\nMinh Hằng")
        #expect(PlainTextCleaner.clean(page).title == "YÊN LẬP BIỂU DƯƠNG 87 ĐIỂN HÌNH HỌC TẬP VÀ LÀM THEO BÁC")
    }

    /// The writer's box printed twice above the headline is no headline.
    @Test func writerBoxAboveTheHeadline() {
        let page = PortalTextTests.page("Minh Hằng\n\nMinh Hằng\n\n\(PortalTextTests.headline)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(!content.text.hasPrefix("Minh Hằng"))
    }

    /// A comment form and a rating widget under the article are no article text.
    @Test func commentFormUnderTheArticle() {
        let page = "\(PortalTextTests.headline)\n\(PortalTextTests.first)\n\(PortalTextTests.second)\nMinh Hằng\n"
            + "Lưu ý: Ban biên tập giữ quyền biên tập ý kiến của bạn đọc.\nGửi file đính kèm không quá 5MB Đính kèm File\n"
            + "intViewCount=1208\nHãy là người đầu tiên tặng sao\nTrở thành người đầu tiên tặng sao cho bài viết 0 0 0\nQuay lên trên"
        let content = PlainTextCleaner.clean(page)
        #expect(content.text.hasSuffix(PortalTextTests.second + "\n\nMinh Hằng"), "\(content.text.suffix(80))")
    }

    /// A byline printed twice between the headline and the dateline is one byline in the text.
    @Test func bylinePrintedTwiceStaysOnce() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nMinh Hằng\nMinh Hằng\n12/09/2024 16:05 GMT+7")
        let content = PlainTextCleaner.clean(page)
        #expect(content.text.hasPrefix("Minh Hằng\n\n(BTG)"), "\(content.text.prefix(40))")
    }

    /// A headline wrapped onto a second line that opens in lower case.
    @Test func headlineWrappedOntoTwoLines() {
        let page = PortalTextTests.page("KẾ HOẠCH: Tuyên truyền học tập và làm theo Bác; xây dựng và\nchỉnh đốn Đảng & thi đua yêu nước năm 2025")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == "KẾ HOẠCH: Tuyên truyền học tập và làm theo Bác; xây dựng và chỉnh đốn Đảng & thi đua yêu nước năm 2025")
        #expect(content.text.hasPrefix("(BTG)"))
    }

    /// A long run of capitalised words with a letter at the credit's limit is no glued credit
    /// (once read forever).
    @Test func capitalisedWordsAtTheCreditLimit() {
        let line = "Aaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbb Ccccccccccccccccccccccc năm 2025"
        #expect(PlainTextHead.dateline(line) == nil)
        #expect(!PlainTextCleaner.clean(line + "\n" + PortalTextTests.first).text.isEmpty)
    }

    /// A head of many capital lines is read line by line, not each against all.
    @Test func longHeadOfCapitalLines() {
        let head = Array(repeating: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nQUẬN BA THÀNH PHỐ HỒ CHÍ MINH", count: 600).joined(separator: "\n")
        let content = PlainTextCleaner.clean(head + "\n" + PortalTextTests.headline + "\n" + PortalTextTests.first)
        #expect(content.text.hasSuffix(PortalTextTests.first))
    }

    /// A school page prints its dateline under the lead paragraph.
    @Test func datelineUnderTheLead() {
        let page = "TRƯỜNG THCS YÊN LẬP\nTrang chủ | Giới thiệu | Tin tức | Văn bản\n\(PortalTextTests.headline)\n\(PortalTextTests.first)\nNgày đăng: 13/09/2024 - 07:40\n\(PortalTextTests.second)"
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-13T07:40:00+07:00")
        #expect(!content.text.contains("Ngày đăng"))
    }

    @Test func portalNameFirstInTitleIsTheSite() {
        let split = TitleText.split("Cổng thông tin điện tử huyện Thanh Sơn | Thanh Sơn sơ kết học tập và làm theo Bác")
        #expect(split.headline == "Thanh Sơn sơ kết học tập và làm theo Bác")
        #expect(split.site == "Cổng thông tin điện tử huyện Thanh Sơn")
    }

    /// A Joomla article files itself under its sections between the headline and the
    /// "Được đăng" line; a pager follows the article.
    @Test func joomlaFilingLinesStandBetweenHeadlineAndDateline() {
        let page = PortalTextTests.page("""
        BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ
        Trang chủ | Giới thiệu | Tin tức | Làm theo Bác | Liên hệ
        Làm theo Bác
        \(PortalTextTests.headline)
        Chi tiết
        Danh mục cha: Tin tức
        Chuyên mục: Làm theo Bác
        Được đăng: Thứ sáu, 13 Tháng 9 2024 10:12
        Lượt xem: 803
        """) + "\n« Trước   Tiếp theo »"
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-13T10:12:00+07:00")
        #expect(content.text.hasPrefix("(BTG)"))
        #expect(content.text.hasSuffix(PortalTextTests.second))
    }

    /// A WordPress theme prints the date alone under the article, over its categories and
    /// poster; an unlabelled view count sits under the headline.
    @Test func dateAloneAmongTheFilingUnderTheArticle() {
        let page = PortalTextTests.page("TỈNH ĐOÀN PHÚ THỌ\nTrang chủ   Giới thiệu   Tin tức   Phong trào\n\(PortalTextTests.headline)\n\n312")
            + "\nChia sẻ: Facebook | Zalo | Twitter\n14/09/2024\nDanh mục: Tin hoạt động, Làm theo lời Bác\nNgười đăng: Văn phòng Tỉnh đoàn"
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-14")
        #expect(content.text.hasPrefix("(BTG)"))
        #expect(content.text.hasSuffix(PortalTextTests.second))
    }

    /// A date alone at the end of an article dates it only when the head has no dateline.
    @Test func headDatelineWinsOverADateAloneUnderTheArticle() {
        let page = PortalTextTests.page("\(PortalTextTests.headline)\nNgày đăng: 13/09/2024 08:00") + "\n14/09/2024"
        #expect(PlainTextCleaner.clean(page).published == "2024-09-13T08:00:00+07:00")
    }

    /// A "follow us on Google News" line, a text-size level and a tags line are furniture.
    @Test func followLineZoomLevelAndTagsAreFurniture() {
        let page = PortalTextTests.page("BÁO PHÚ THỌ\nTheo dõi Báo Phú Thọ trên Google News\n\(PortalTextTests.headline)\n100%")
            + "\nThẻ: Kết luận 01, Yên Lập, làm theo Bác\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\nClick để đánh giá bài viết"
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.text.hasPrefix("(BTG)"))
        #expect(content.text.hasSuffix(PortalTextTests.second))
    }

    /// A headline broken after its colon onto a second line is one title; the dateline printed
    /// under the lead, time first and with counters and text-size tools glued after the date,
    /// still dates the article.
    @Test func headlineOnTwoLinesAfterItsColon() {
        let head = "BÁO ĐIỆN TỬ TÂY SƠN\nTrang chủ > Chính trị > Xây dựng Đảng\nYên Lập sơ kết 3 năm Kết luận 01:\nBiểu dương 87 điển hình làm theo Bác"
        let page = head + "\n" + PortalTextTests.first + "\nCập nhật: 16:05 | 13/09/2024   Lượt xem: 2.031   Cỡ chữ: A A A   In bài\n"
            + PortalTextTests.second
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == "Yên Lập sơ kết 3 năm Kết luận 01: Biểu dương 87 điển hình làm theo Bác")
        #expect(content.published == "2024-09-13T16:05:00+07:00")
        #expect(content.text == PortalTextTests.first + "\n\n" + PortalTextTests.second)
    }

    /// A posted and an updated stamp on one line: the posted one dates the article.
    @Test func postedAndUpdatedStampsOnOneLine() {
        let page = PortalTextTests.page("TIN HOẠT ĐỘNG\n\(PortalTextTests.headline)\n\nĐăng ngày 13/09/2024 - Cập nhật 16/09/2024 15:02 | 538 lượt xem")
        let content = PlainTextCleaner.clean(page)
        #expect(content.published == "2024-09-13")
        #expect(content.text.hasPrefix("(BTG)"))
    }

    /// A commune portal: a two-step breadcrumb, the time before the date over the headline,
    /// a counter and tools between "|" under it.
    @Test func timeFirstStampOverTheHeadlineUnderATwoStepBreadcrumb() {
        let page = PortalTextTests.page("XÃ TÂN PHÚ\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản\nThứ Sáu, ngày 13/09/2024\n"
            + "Tin tức - Sự kiện / Hoạt động Đảng ủy\n\n14:30 | 12/09/2024\n\(PortalTextTests.headline)\nLượt xem: 386   |   In   |   Gửi email")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-12T14:30:00+07:00")
        #expect(content.text.hasPrefix("(BTG)"))
    }

    /// The writer and stamp printed under the sapo date the article although the portal's
    /// clock stands above the menu.
    @Test func writersStampUnderTheSapo() {
        let page = "BÁO TÂY SƠN\nThứ Ba, 17/09/2024\nThời sự  Chính trị  Kinh tế  Xã hội  Văn hóa\nNgười tốt việc tốt\n\n"
            + "“NGƯỜI GIỮ LỬA” CỦA CHI BỘ THÔN\n\n" + PortalTextTests.first + "\n\nNGỌC LAN | 06:00, 14/09/2024\n\n" + PortalTextTests.second
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == "“NGƯỜI GIỮ LỬA” CỦA CHI BỘ THÔN")
        #expect(content.published == "2024-09-14T06:00:00+07:00")
        #expect(content.text == PortalTextTests.first + "\n\n" + PortalTextTests.second)
    }

    /// A stamp with the time after a dash, bracketed or not, and a view counter after it:
    /// the time stays the stamp's, not a credit, and the portal's "Cập nhật lúc" clock above
    /// the section label does not date the article.
    @Test(arguments: ["(12/09/2024 - 06:55)   Lượt xem: 241", "12/09/2024 - 06:55   Lượt xem: 241"])
    func stampWithItsTimeAfterADash(_ stamp: String) {
        let page = PortalTextTests.page("BAN TỔ CHỨC HUYỆN ỦY\nTRANG CHỦ | GIỚI THIỆU | TIN TỨC\nCập nhật lúc: 07:12 Thứ Sáu, 13/09/2024\n\n"
            + "NGHIÊN CỨU - TRAO ĐỔI\n\(PortalTextTests.headline)\n\(stamp)")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-12T06:55:00+07:00")
    }

    /// A menu with "·" between its entries is navigation: the clock above it is the portal's,
    /// the stamp under the headline dates the article.
    @Test func menuWithMiddleDots() {
        let page = PortalTextTests.page("ĐẢNG BỘ TỈNH TÂY SƠN\nTrang chủ · Tin tức · Văn kiện · Tư liệu · Học tập và làm theo Bác · Hỏi đáp\n"
            + "Thứ Bảy, 14/9/2024\n\nBài phát biểu lãnh đạo\n\(PortalTextTests.headline)\n13/09/2024 | 17:40 | Ban Biên tập")
        let content = PlainTextCleaner.clean(page)
        #expect(content.title == PortalTextTests.headline)
        #expect(content.published == "2024-09-13T17:40:00+07:00")
    }

    /// A headline broken before a number is one title; a section label over a headline that
    /// opens with a number is not its first line.
    @Test func headlineBrokenBeforeANumber() {
        let broken = PortalTextTests.page("Chuyên đề » Học tập và làm theo Bác\n\nYên Lập: Biểu dương 87 tập thể, cá nhân tiêu biểu\n"
            + "3 năm thực hiện Kết luận 01\nCập nhật lúc 20:15 ngày 13/09/2024")
        #expect(PlainTextCleaner.clean(broken).title == "Yên Lập: Biểu dương 87 tập thể, cá nhân tiêu biểu 3 năm thực hiện Kết luận 01")
        let labelled = PortalTextTests.page("Học tập và làm theo Bác\n3 năm thực hiện Kết luận 01 ở Yên Lập\nCập nhật lúc 20:15 ngày 13/09/2024")
        #expect(PlainTextCleaner.clean(labelled).title == "3 năm thực hiện Kết luận 01 ở Yên Lập")
    }

    /// A label ending with a colon over a headline is not the headline's first line.
    @Test(arguments: [("Tin liên quan:", false), ("Chia sẻ bài viết:", false), ("Ngày đăng tin:", false),
                      ("Yên Lập sơ kết 3 năm Kết luận 01:", true)])
    func labelOverTheHeadlineIsNoFirstLine(_ line: String, _ opens: Bool) {
        #expect(PlainTextCleaner.opensColonHeadline(at: 0, in: [line, PortalTextTests.headline], headEnd: 2) == opens)
    }

    /// A banner over a headline that opens with a number is no first line of it.
    @Test func bannerOverANumberHeadline() {
        let page = PortalTextTests.page("Chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030\n"
            + "100% chi bộ hoàn thành đại hội ở Yên Lập\nCập nhật lúc 20:15 ngày 13/09/2024")
        #expect(PlainTextCleaner.clean(page).title == "100% chi bộ hoàn thành đại hội ở Yên Lập")
    }

    /// A stamp whose time follows a dash, then a writer: the time is the stamp's, the writer the credit.
    @Test func timeAfterADashThenAWriter() {
        #expect(PlainTextHead.dateline("13/09/2024 - 14:30 Minh Anh")?.0 == "2024-09-13T14:30:00+07:00")
        #expect(PlainTextHead.dateline("13/09/2024 - 14:30 Minh Anh")?.1 == "Minh Anh")
    }

    /// A photo credit between "·" is no menu.
    @Test func creditBetweenMiddleDotsIsNoMenu() {
        #expect(!PlainTextHead.isMenu("Ảnh: Minh Anh · Thu Hà · Quốc Vũ"))
        #expect(PlainTextHead.isMenu("Trang chủ · Tin tức · Văn kiện · Hỏi đáp"))
    }

    @Test(arguments: [("co chu: a a a in bai", true), ("a- a a+ chia se", true), ("in", true), ("co chu: tang", false),
                      ("nguyen van an", false)])
    func toolRuns(_ folded: String, _ expected: Bool) {
        #expect(PlainTextHead.isToolRun(folded) == expected)
    }

    @Test(arguments: [("150", true), ("1.284", true), ("100%", true), ("2.314 lượt", false), ("%", false), ("12345678901", false), (".5", false)])
    func bareCounts(_ line: String, _ expected: Bool) {
        #expect(PageChrome.isBareCount(line) == expected)
    }

    /// A table flattened at the end of a plain-text article keeps its numbers: a number
    /// alone is furniture in the page's head only.
    @Test func numbersEndingTheArticleStay() {
        let page = PortalTextTests.page(PortalTextTests.headline) + "\nTổng cộng\n1.250\n100%"
        #expect(PlainTextCleaner.clean(page).text.hasSuffix("Tổng cộng\n\n1.250\n\n100%"))
        let signed = PortalTextTests.page(PortalTextTests.headline) + "\nNgày ký\n27/03/2025\n15"
        let content = PlainTextCleaner.clean(signed)
        #expect(content.published == nil)
        #expect(content.text.hasSuffix("27/03/2025\n\n15"))
    }
}


/// Head shapes from realshape11's pages (written in our own words): a clock in words, a
/// writer before a middle dot, a counter after one, a column of tools over the headline, a
/// headline in capitals broken before a quoted name.
@Suite struct PortalHeadShapeTests {
    static let first = PortalTextTests.first
    static let headline = PortalTextTests.headline

    @Test func clockInWordsOnTheDateline() {
        let page = "TRƯỜNG ĐẠI HỌC KINH TẾ\nĐẢNG - ĐOÀN THỂ / Tin Đảng ủy\n\n\(Self.headline)\nĐăng lúc: 9 giờ 05 phút, ngày 21/02/2025\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2025-02-21T09:05:00+07:00")
    }

    @Test func writerBeforeAMiddleDot() {
        let page = "Báo Hòa Bình điện tử\nThứ Hai, 10/03/2025\n\nChính trị\nMinh Khang  ·  Chủ Nhật, 09/03/2025 18:40 (GMT+7)\n\n\(Self.headline)\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2025-03-09T18:40:00+07:00")
        #expect(content.authors == ["Minh Khang"])
    }

    @Test func sectionBeforeAMiddleDotIsNoWriter() {
        let page = "Báo Hòa Bình điện tử\n\nTHỜI SỰ  ·  Chủ Nhật, 09/03/2025 18:40 (GMT+7)\n\n\(Self.headline)\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.authors.isEmpty)
    }

    @Test func counterAfterAMiddleDot() {
        let page = "CÔNG TY CỔ PHẦN MÍA ĐƯỜNG\nTin tức > Tin Đảng ủy\n\n\(Self.headline)\n\nĐăng ngày 14 tháng 4 năm 2025 · 806 lượt xem\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.published == "2025-04-14")
        #expect(!content.text.contains("lượt xem"))
    }

    @Test func toolsGluedWithoutASeparator() {
        let page = "Cổng thông tin điện tử Huyện Tân Trụ\nTin tức sự kiện › Mặt trận - Đoàn thể\n\n\(Self.headline)\n\n14/04/2025 09:12:40AM\nMàu chữ Cỡ chữ\nIn bài viết Gửi bài viết\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.text == Self.first)
    }

    @Test func columnOfToolsOverTheHeadline() {
        let page = "BỘ TƯ PHÁP\nTrang chủ » Tin tức\n\n14/04/2025\nXem cỡ chữ\nĐọc bài viết\nIn\nGửi email\n\(Self.headline)\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2025-04-14")
    }

    @Test func capitalHeadlineBrokenBeforeAQuotedName() {
        let page = "CÔNG AN TỈNH BẾN TRE\nGương người tốt\n\nĐOÀN THANH NIÊN CÔNG AN HUYỆN VỚI MÔ HÌNH\n“THẮP SÁNG ĐƯỜNG QUÊ” GẮN VỚI LÀM THEO BÁC\n\nCập nhật: 04/06/2025 - 09:10\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "ĐOÀN THANH NIÊN CÔNG AN HUYỆN VỚI MÔ HÌNH “THẮP SÁNG ĐƯỜNG QUÊ” GẮN VỚI LÀM THEO BÁC")
        #expect(!content.text.contains("ĐOÀN THANH NIÊN CÔNG AN HUYỆN"))
    }
}

/// Page heads in the shapes realshape12 brought, in our own words: a later stamp beside the
/// publication's, bullets and em-dashes between a dateline's pieces, a section beside the
/// stamp, counters beside bracketed tools, an audio player, bracketed menus, headlines broken
/// before a lower-case line, a number or a quote.
@Suite struct PortalHeadPieceTests {
    static let first = PortalTextTests.first
    static let headline = PortalTextTests.headline

    @Test func publicationBeforeALaterEditOnOneLine() {
        let page = "Sở Nội vụ tỉnh Lai Châu\nThứ Hai, ngày 20/10/2025\n\n\(Self.headline)\nĐăng ngày: 17/10/2025 - Sửa đổi lần cuối: 18/10/2025\nLượt xem: 412   [A-] [A+]   [In]\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2025-10-17")
        #expect(content.text == Self.first)
    }

    @Test func updateFirstThenPublication() {
        let page = "Cục Thống kê\n\n\(Self.headline)\nNgày cập nhật 05/11/2025 | Ngày đăng 02/11/2025 | Số lần xem: 51\n\n\(Self.first)"
        #expect(ContentExtractor.plainText(page).published == "2025-11-02")
    }

    @Test func bulletsBetweenStampSectionAndCounter() {
        let page = "Chi nhánh Mobifone Hà Giang\n\nĐoàn Thanh niên chi nhánh: 18 công trình, phần việc\nchào mừng Ngày thành lập Đoàn\n4/4/2025, 9h05  •  Đảng - Đoàn thể  •  731 lượt xem\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "Đoàn Thanh niên chi nhánh: 18 công trình, phần việc chào mừng Ngày thành lập Đoàn")
        #expect(content.published == "2025-04-04T09:05:00+07:00")
    }

    @Test func sectionAndStampOverAHeadlineBrokenBeforeAPlace() {
        let page = "ĐÀI TRUYỀN THANH HUYỆN MƯỜNG LA\nHôm nay: 15/06/2025\n\nHọc tập và làm theo Bác   |   14/06/2025\n\nTuyên dương 18 điển hình làm theo Bác\nở Chiềng Lao\n\n▶ Nghe bài viết  00:00 / 03:12   Giọng đọc: Nữ miền Bắc\n\n\(Self.first)"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "Tuyên dương 18 điển hình làm theo Bác ở Chiềng Lao")
        #expect(content.published == "2025-06-14")
        #expect(content.text == Self.first)
    }

    @Test func bracketedMenuAndADatelineUnderTheArticle() {
        let page = "HỘI CỰU GIÁO CHỨC TỈNH\n[Trang chủ] [Giới thiệu] [Tin hoạt động] [Gương sáng] [Liên hệ]\n\n\(Self.headline)\n\n\(Self.first)\n\nNgười đăng: Ban Biên tập — Ngày: 03/07/2025 — Đã xem: 57\n\nBình luận (0) | Gửi bài viết | In"
        let content = ContentExtractor.plainText(page)
        #expect(content.title == Self.headline)
        #expect(content.published == "2025-07-03")
    }

    @Test func footnoteMarksAreNoMenu() {
        #expect(!PlainTextHead.isMenu("[1] [2] [3] [4]"))
        #expect(PlainTextHead.isMenu("[Trang chủ] [Giới thiệu] [Tin hoạt động] [Liên hệ]"))
    }

    @Test func headlineBrokenAfterItsColonBeforeANumberOrAQuote() {
        let number = "CÔNG TY CẤP NƯỚC\n\nCÔNG ĐOÀN CÔNG TY LÀM THEO BÁC:\n52 ĐOÀN VIÊN ĐĂNG KÝ VIỆC LÀM CỤ THỂ\n\n\(Self.first)"
        #expect(ContentExtractor.plainText(number).title == "CÔNG ĐOÀN CÔNG TY LÀM THEO BÁC: 52 ĐOÀN VIÊN ĐĂNG KÝ VIỆC LÀM CỤ THỂ")
        let quote = "CÔNG TY CẤP NƯỚC\n\nĐảng ủy Công ty sơ kết học tập và làm theo Bác:\n\"Nước sạch về từng xóm\" ở vùng ven\n\n\(Self.first)"
        #expect(ContentExtractor.plainText(quote).title == "Đảng ủy Công ty sơ kết học tập và làm theo Bác: \"Nước sạch về từng xóm\" ở vùng ven")
    }

    @Test func stampAloneUnderTheLead() {
        let page = "LIÊN HIỆP CÁC HỘI KHOA HỌC\n\n\(Self.headline)\n\n\(Self.first)\n12 Tháng 10, 2025 - 08:40\n\nĐoạn thứ hai của bài viết kể tiếp về những việc làm cụ thể của chi bộ trong năm qua, với nhiều con số."
        #expect(ContentExtractor.plainText(page).published == "2025-10-12T08:40:00+07:00")
    }

    /// A PDF's text may give the header's left column, kind word included, before the motto
    /// and the place-and-date line: the title skips them.
    @Test func officialTitleAfterTheMottoColumn() {
        let page = "UBND TỈNH CAO BẰNG\nSỞ Y TẾ\n———\nSố: 318/BC-SYT\nBÁO CÁO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———————————\nCao Bằng, ngày 12 tháng 6 năm 2025\nKết quả học tập và làm theo Bác 6 tháng đầu năm 2025\n\nThực hiện Kế hoạch số 15-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy Cao Bằng về học tập và làm theo Bác năm 2025, Sở Y tế báo cáo kết quả thực hiện như sau:\n\nToàn ngành có 42 đơn vị, 100% tổ chức học tập chuyên đề trong năm."
        let content = ContentExtractor.plainText(page)
        #expect(content.title == "Báo cáo kết quả học tập và làm theo Bác 6 tháng đầu năm 2025")
        #expect(content.published == "2025-06-12")
    }
}
