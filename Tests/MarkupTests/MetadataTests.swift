import Testing
@testable import Markup

/// Publication date, authors, site and title, from each kind of source.
@Suite struct MetadataTests {
    static let body = "<p>Sáng nay, Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện nhiệm vụ trong năm.</p><p>Các đại biểu đã thảo luận, đóng góp nhiều ý kiến, kiến nghị thiết thực để nâng cao hiệu quả công tác, ngày 15/5/2016.</p>"

    static func page(head: String = "", top: String = "", byline: String = "", tail: String = "") -> String {
        "<html><head>\(head)</head><body>\(top)<div class=\"main\"><h1>Hội nghị sơ kết công tác</h1>\(byline)<div class=\"content\">\(body)\(tail)</div></div></body></html>"
    }

    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"2022-12-20T14:49:00+07:00\">", "2022-12-20T14:49:00+07:00"),
        ("<meta property=\"og:published_time\" content=\"2022-12-20T07:49:00Z\">", "2022-12-20T07:49:00+00:00"),
        ("<meta name=\"pubdate\" content=\"2021-01-13T00:00:00+07:00\">", "2021-01-13T00:00:00+07:00"),
        ("<meta name=\"date\" content=\"2023-02-02\">", "2023-02-02"),
        ("<meta name=\"DC.date\" content=\"2023-02-02 08:15\">", "2023-02-02T08:15:00+07:00"),
        ("<meta itemprop=\"datePublished\" content=\"2025-10-22T19:25:52+07:00\">", "2025-10-22T19:25:52+07:00"),
        ("<meta name=\"publishdate\" content=\"20/12/2022 14:49\">", "2022-12-20T14:49:00+07:00"),
    ])
    func publishedFromMeta(meta: String, expected: String) throws {
        #expect(try ContentExtractor.html(Self.page(head: meta)).published == expected)
    }

    /// The dateline printed with its time wins over a `<meta>` stamp of another day; a
    /// bare date, or the same day, leaves the `<meta>` stamp.
    @Test(arguments: [
        ("<div class=\"post-date\">27/05/2025 | 14:22</div>", "2025-05-27T14:22:00+07:00"),
        ("<div class=\"post-date\">27/05/2025</div>", "2025-05-28T07:00:00+07:00"),
        ("<div class=\"post-date\">28/05/2025 | 06:50</div>", "2025-05-28T07:00:00+07:00"),
        // A later printed day is the portal's clock or an update.
        ("<div class=\"date\">Thứ Hai, 07/12/2026 09:12</div>", "2025-05-28T07:00:00+07:00"),
    ])
    func printedDatelineAgainstMeta(byline: String, expected: String) throws {
        let meta = "<meta property=\"article:published_time\" content=\"2025-05-28T07:00:00+07:00\">"
        #expect(try ContentExtractor.html(Self.page(head: meta, byline: byline)).published == expected)
    }

    /// A long dateline in an element whose class reads as content ("post-info") does not win
    /// the page: the article's paragraphs stay whole.
    @Test func longDatelineInAPostClassDoesNotWinThePage() throws {
        let paragraphs = (1...5).map { "<p>Đoạn \($0): Đoàn trường tổ chức \($0 * 3) chương trình tình nguyện, thu hút \($0 * 150) lượt đoàn viên, hiến \($0 * 40) đơn vị máu trong năm học.</p>" }.joined()
        // Elementor's markup: the date's list says "post" (+25), the article's box "widget" (−25).
        let html = """
        <html><body><div class="elementor elementor-location-single">
        <div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
        <ul class="elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item">Cập nhật lần cuối vào 04/04/2025</span></li></ul>
        </div></div>
        <div class="elementor-element elementor-widget"><div class="elementor-widget-container"><h1>Tuổi trẻ nhà trường làm theo lời Bác năm 2025</h1></div></div>
        <div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">\(paragraphs)</div></div>
        </div></body></html>
        """
        let content = try ContentExtractor.html(html)
        #expect(content.text.components(separatedBy: "\n\n").count == 5, "\(content.text)")
    }

    /// An article typed straight into a cell under its dateline keeps its cell.
    @Test func articleUnderItsDatelineInOneCellKeepsIt() throws {
        let long = (1...4).map { "Đoạn \($0): Ban Thường vụ Huyện ủy đã biểu dương \($0 * 7) tập thể, \($0 * 11) cá nhân tiêu biểu trong học tập và làm theo Bác năm 2024." }
        let html = "<html><body><div class=\"wrap\"><div class=\"box\"><p>Hội nghị báo cáo viên tháng 11</p><p>Ra quân làm đường giao thông</p><p>Tập huấn nghiệp vụ tuyên giáo</p></div></div><div class=\"page\"><div class=\"main\">Cập nhật: 15/11/2024 8:05:21 AM<br><br>\(long.joined(separator: "<br><br>"))</div></div></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.text.hasPrefix("Đoạn 1:"), "\(content.text.prefix(120))")
    }

    /// The lead under a dateline's block chosen beside the article stays in the text.
    @Test func leadUnderTheDatelineBlockStays() throws {
        let lead = "(BTG) - Sau 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, huyện đã xây dựng 318 mô hình."
        let html = "<html><body><article class=\"article-detail\"><h1>Tân Sơn: 10 năm đưa lời Bác vào từng khu dân cư</h1><div class=\"article-meta\"><span class=\"time\">09:12, 20/05/2025</span> <span class=\"cat\">Xây dựng Đảng</span> <span class=\"views\">Lượt xem: 512</span></div><div class=\"sapo\"><strong>\(lead)</strong></div><div class=\"article-body\">\(Self.body)</div></article></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.text.hasPrefix(lead), "\(content.text.prefix(160))")
    }

    /// The writer a labelled dateline credits is an author of the page.
    @Test func writerOnTheDatelineIsAnAuthor() throws {
        let byline = "<div class=\"article_details\">Đăng lúc: 16/12/2024 14:30 Tác giả: Lê Thị Minh An Lượt đọc: 265</div>"
        let content = try ContentExtractor.html(Self.page(byline: byline))
        #expect(content.published == "2024-12-16T14:30:00+07:00")
        #expect(content.authors == ["Lê Thị Minh An"])
    }

    @Test func publishedFromTimeElement() throws {
        let html = Self.page(byline: "<time datetime=\"2023-01-05T10:30:00+07:00\">5/1/2023</time>")
        #expect(try ContentExtractor.html(html).published == "2023-01-05T10:30:00+07:00")
    }

    @Test(arguments: [
        ("<div class=\"date\">Thứ Ba, 20/12/2022 14:49'(GMT+7)</div>", "2022-12-20T14:49:00+07:00"),
        ("<span class=\"time\">20/12/2022 - 14:49</span>", "2022-12-20T14:49:00+07:00"),
        ("<p>Cập nhật: 10:30 ngày 05/01/2023</p>", "2023-01-05T10:30:00+07:00"),
        ("<div>02/02/2023</div>", "2023-02-02"),
        ("<div class=\"meta\">Thứ Hai, 24/12/2012, 03:04 PM (GMT+7)</div>", "2012-12-24T15:04:00+07:00"),
        ("<div>Ngày 5 tháng 1 năm 2023</div>", "2023-01-05"),
        ("<div class=\"post-date\">15:20 PM | 21/12/2012</div>", "2012-12-21T15:20:00+07:00"),
    ])
    func publishedFromDateline(byline: String, expected: String) throws {
        let content = try ContentExtractor.html(Self.page(byline: byline))
        #expect(content.published == expected)
        #expect(!content.text.contains("2022 14") && !content.text.contains("02/02/2023"))
    }

    @Test(arguments: [
        "<header><div class=\"today\">Thứ Hai, 21/11/2026</div></header>",
        "<div class=\"top-bar\">Hôm nay: Thứ Hai, 21/11/2026 08:00</div>",
        "<div id=\"header\"><span class=\"date\">21/11/2026</span><img class=\"logo\" alt=\"Cổng TTĐT\"></div>",
        "<nav><span>21/11/2026</span><a href='/'>Trang chủ</a></nav>",
    ])
    func neverTakesHeaderToday(top: String) throws {
        let content = try ContentExtractor.html(Self.page(top: top))
        #expect(content.published == nil)
        #expect(!content.text.contains("21/11/2026"))
    }

    @Test(arguments: [
        "<div class=\"header-top\"><span class=\"date\">Thứ Hai, 21/11/2026</span></div>",
        "<div id=\"topbar\"><div class=\"time\">21/11/2026 08:00</div></div>",
    ])
    func neverTakesHeaderTodayOnShortPages(top: String) throws {
        let html = "<html><body>\(top)<div class=\"main\"><h1>Hội nghị sơ kết công tác</h1><div class=\"content\"><p>Sáng nay, Thành ủy tổ chức hội nghị sơ kết, đánh giá kết quả.</p></div></div></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.published == nil)
        #expect(content.text == "Sáng nay, Thành ủy tổ chức hội nghị sơ kết, đánh giá kết quả.")
    }

    @Test func neverTakesHeaderTodayWhenRemovalIsRelaxed() throws {
        let story = (1...3).map { "<p>Đoạn \($0): Thành ủy tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện nhiệm vụ, đề ra giải pháp cho thời gian tới.</p>" }.joined()
        let html = "<html><body><div id=\"headerMover\"><div class=\"header-date\">Thứ Hai, 21/11/2026</div><h1>Hội nghị sơ kết công tác</h1><div>\(story)</div></div></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.text.hasPrefix("Đoạn 1"))
        #expect(content.published == nil)
    }

    @Test func headerTodayLosesToByline() throws {
        let html = Self.page(top: "<header>Thứ Hai, 21/11/2026</header>", byline: "<div class=\"date\">20/12/2022 - 14:49</div>")
        #expect(try ContentExtractor.html(html).published == "2022-12-20T14:49:00+07:00")
    }

    /// A posting date printed with its label under the article, the page's only date line.
    @Test(arguments: [
        ("<p>Đăng ngày: 14/03/2024 | Ảnh và bài: Thu Hà - Đồn Biên phòng Na Mèo</p>", "2024-03-14" as String?),
        ("<p>Cập nhật: 02/11/2023 09:12</p>", "2023-11-02T09:12:00+07:00"),
        // A label without its colon opens a sentence, not a posting date.
        ("<p>Đăng ký tham gia hội thi cho các đội trước ngày 20/05/2024 tại văn phòng Đảng ủy.</p>", nil),
    ])
    func labelledDateUnderTheArticle(tail: String, expected: String?) throws {
        #expect(try ContentExtractor.html(Self.page(tail: tail)).published == expected)
    }

    @Test func storyDateIsNotPublished() throws {
        #expect(try ContentExtractor.html(Self.page()).published == nil)
    }

    @Test(arguments: [
        ("<div class=\"date\">Ngày có hiệu lực: 01/01/2014</div>", nil as String?),
        ("<div>Ngày ban hành: 23/06/2014</div>", nil),
    ])
    func otherKindsOfDateAreNotPublished(byline: String, expected: String?) throws {
        #expect(try ContentExtractor.html(Self.page(byline: byline)).published == expected)
    }

    @Test(arguments: [
        ("<meta name=\"author\" content=\"Nguyễn Văn A\">", "", "", ["Nguyễn Văn A"]),
        ("<meta name=\"author\" content=\"VCCorp.vn\">", "", "", []),
        ("<meta name=\"author\" content=\"baodientu\">", "", "", []),
        ("<meta name=\"author\" content=\"SEO, Traffic Team\">", "", "", []),
        ("", "<div class=\"author\">Minh Anh</div>", "", ["Minh Anh"]),
        ("", "<p class=\"tacgia\">Tác giả: Lê Hoa</p>", "", ["Lê Hoa"]),
        ("", "", "<p>THỦY HÀ</p>", ["THỦY HÀ"]),
        ("", "", "<p>Nguyễn Văn A (TTXVN)</p>", ["Nguyễn Văn A"]),
        ("", "", "<p>Quang Phong - Tùng Nguyên</p>", ["Quang Phong", "Tùng Nguyên"]),
        ("", "", "<p>Tin, ảnh: Vũ Phương Thảo</p>", ["Vũ Phương Thảo"]),
        ("", "", "<p>Theo Infonet</p>", []),
        ("", "", "<p>Theo Thanh Niên</p>", []),
    ])
    func authors(head: String, byline: String, tail: String, expected: [String]) throws {
        #expect(try ContentExtractor.html(Self.page(head: head, byline: byline, tail: tail)).authors == expected)
    }

    @Test func signatureStaysInText() throws {
        let content = try ContentExtractor.html(Self.page(tail: "<p>THỦY HÀ</p>"))
        #expect(content.text.hasSuffix("\n\nTHỦY HÀ"))
    }

    @Test(arguments: [
        ("<meta property=\"og:site_name\" content=\"Báo Dân trí\">", "Báo Dân trí"),
        ("<meta name=\"application-name\" content=\"Cổng TTĐT tỉnh\">", "Cổng TTĐT tỉnh"),
        ("<title>Hội nghị sơ kết công tác | Cổng TTĐT TP Long Xuyên</title>", "Cổng TTĐT TP Long Xuyên"),
        ("<title>Hội nghị sơ kết công tác - Sự kiện - Dân trí</title>", "Dân trí"),
        ("<title>Teen9x News - Hội nghị sơ kết công tác</title>", "Teen9x News"),
    ])
    func site(head: String, expected: String) throws {
        #expect(try ContentExtractor.html(Self.page(head: head)).site == expected)
    }

    @Test func siteFromLogo() throws {
        let html = Self.page(top: "<div class=\"logo\"><img src=\"logo.png\" alt=\"Cổng thông tin điện tử\"></div>")
        #expect(try ContentExtractor.html(html).site == "Cổng thông tin điện tử")
    }

    @Test(arguments: [
        ("<title>Hội nghị sơ kết công tác - Cổng TTĐT</title>", "Hội nghị sơ kết công tác"),
        ("<meta property=\"og:title\" content=\"Hội nghị sơ kết công tác\"><title>Trang chủ</title>", "Hội nghị sơ kết công tác"),
        ("<meta property=\"og:title\" content=\"Trang thông tin dành cho giới trẻ\"><title>Tin khác - Trang thông tin dành cho giới trẻ</title>", "Hội nghị sơ kết công tác"),
        ("", "Hội nghị sơ kết công tác"),
    ])
    func title(head: String, expected: String) throws {
        let content = try ContentExtractor.html(Self.page(head: head))
        #expect(content.title == expected)
        #expect(!content.text.contains("Hội nghị sơ kết công tác"))
    }

    /// Portals without an h1: the headline in an h2 or h3 before the body, the `<title>` the
    /// site's name first, or a breadcrumb after the headline.
    @Test(arguments: [
        // og:title names the `<title>`'s second segment: that one is the headline.
        ("<title>Công an tỉnh Điện Biên - Bản Pa Tần giữ vững bình yên nơi biên giới</title><meta property=\"og:title\" content=\"Bản Pa Tần giữ vững bình yên nơi biên giới\">",
         "<h2 class=\"detail-title\">Bản Pa Tần giữ vững bình yên nơi biên giới</h2>", "Bản Pa Tần giữ vững bình yên nơi biên giới"),
        // The `<title>` is the site alone; the headline is an h3 after a category-and-date line.
        ("<title>Sở Giáo dục và Đào tạo tỉnh Sơn La</title>",
         "<div class=\"cat\">Hoạt động ngành 12/03/2024</div><h3 class=\"news-title\">Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2023 - 2024</h3>",
         "Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2023 - 2024"),
        // A breadcrumb after the headline in the `<title>`.
        ("<title>Mường Lát tuyên dương 40 điển hình > Tin hoạt động > Ban Tuyên giáo Tỉnh ủy</title>", "",
         "Mường Lát tuyên dương 40 điển hình"),
        // A section heading in capitals or numbered inside the article is no headline.
        ("<title>Hội nghị sơ kết công tác | Cổng TTĐT</title>", "<h2>KẾT QUẢ NỔI BẬT TRONG NĂM</h2>", "Hội nghị sơ kết công tác"),
        ("<title>Hội nghị sơ kết công tác | Cổng TTĐT</title>", "<h3>I. Kết quả thực hiện nhiệm vụ</h3>", "Hội nghị sơ kết công tác"),
        // A sapo in an h2 is no headline, with the headline in a div or in an h2 before it.
        ("<title>Huyện ủy Kim Bảng sơ kết Chỉ thị 05 - Cổng thông tin Huyện ủy Kim Bảng</title>",
         "<div class=\"detail-title\">Huyện ủy Kim Bảng sơ kết Chỉ thị 05</div><h2 class=\"sapo\">Ngày 12/3, Huyện ủy Kim Bảng tổ chức hội nghị sơ kết việc thực hiện Chỉ thị 05 của Bộ Chính trị, đánh giá kết quả đạt được và đề ra nhiệm vụ thời gian tới.</h2>",
         "Huyện ủy Kim Bảng sơ kết Chỉ thị 05"),
        ("<title>Huyện ủy Kim Bảng sơ kết Chỉ thị 05 | Cổng thông tin</title>",
         "<h2 class=\"title\">Huyện ủy Kim Bảng sơ kết Chỉ thị 05</h2><h2 class=\"sapo\">Ngày 12/3, Huyện ủy Kim Bảng tổ chức hội nghị sơ kết việc thực hiện Chỉ thị 05 của Bộ Chính trị, đánh giá kết quả đạt được và đề ra nhiệm vụ thời gian tới.</h2>",
         "Huyện ủy Kim Bảng sơ kết Chỉ thị 05"),
        // A category's or a sidebar's heading over the `<title>`'s headline printed in a div.
        ("<title>Huyện ủy Kim Bảng sơ kết Chỉ thị 05</title>",
         "<h2 class=\"cat\">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</h2><div class=\"detail-title\">Huyện ủy Kim Bảng sơ kết Chỉ thị 05</div>",
         "Huyện ủy Kim Bảng sơ kết Chỉ thị 05"),
        ("<title>Huyện ủy Kim Bảng sơ kết Chỉ thị 05</title>",
         "<h3>Tin cùng chuyên mục khác</h3><div class=\"detail-title\">Huyện ủy Kim Bảng sơ kết Chỉ thị 05</div>",
         "Huyện ủy Kim Bảng sơ kết Chỉ thị 05"),
    ])
    func titleWithoutH1(head: String, top: String, expected: String) throws {
        let html = "<html><head>\(head)</head><body><div class=\"main\">\(top)<div class=\"content\">\(Self.body)</div></div></body></html>"
        #expect(try ContentExtractor.html(html).title == expected)
    }

    /// An h1 that is not the page's `<title>` keeps a publication's name after its dash.
    @Test func headlineOfItsOwnKeepsAPublicationAfterADash() throws {
        let headline = "Kỷ niệm 100 năm Ngày Báo chí Cách mạng – Báo Nhân Dân: Tiếng nói của Đảng"
        let html = "<html><head><title>Tin tức - Cổng TTĐT tỉnh</title></head><body><div class=\"main\"><h1>\(headline)</h1><div class=\"content\">\(Self.body)</div></div></body></html>"
        #expect(try ContentExtractor.html(html).title == headline)
    }

    /// An aggregator's h1 copies the `<title>` with the publication's name and tagline after a
    /// dash; a dash inside a headline with no publication after it stays.
    @Test(arguments: [
        ("Chi bộ bản Nà Hin làm đường bê tông – Báo Điện Biên Phủ: Tin tức mới nhất về chính trị, kinh tế",
         "Chi bộ bản Nà Hin làm đường bê tông"),
        ("Chi bộ bản Nà Hin làm đường bê tông | Báo Điện Biên Phủ", "Chi bộ bản Nà Hin làm đường bê tông"),
        ("Hà Nam - Ninh Bình: 40 điển hình học tập và làm theo Bác", "Hà Nam - Ninh Bình: 40 điển hình học tập và làm theo Bác"),
        ("Tuyên dương 50 điển hình - Công nhân giỏi làm theo Bác", "Tuyên dương 50 điển hình - Công nhân giỏi làm theo Bác"),
        // A live tag comes off; a format's tag is part of the headline as printed.
        ("[TRỰC TIẾP] Hội nghị tổng kết 10 năm học tập và làm theo Bác", "Hội nghị tổng kết 10 năm học tập và làm theo Bác"),
        ("[Infographic] Hội nghị tổng kết 10 năm học tập và làm theo Bác", "[Infographic] Hội nghị tổng kết 10 năm học tập và làm theo Bác"),
    ])
    func headlineWithThePublicationAfterADash(headline: String, expected: String) throws {
        let html = "<html><head><title>\(headline)</title></head><body><div class=\"main\"><h1>\(headline)</h1><div class=\"content\">\(Self.body)</div></div></body></html>"
        #expect(try ContentExtractor.html(html).title == expected)
    }
}

/// The date reader on its own: printed and machine forms.
@Suite struct PublishedDateTests {
    @Test(arguments: [
        ("Thứ Ba, 20/12/2022 14:49'(GMT+7)", "2022-12-20T14:49:00+07:00"),
        ("02/02/2023", "2023-02-02"),
        ("20/12/2022 - 14:49", "2022-12-20T14:49:00+07:00"),
        ("Cập nhật: 10:30 ngày 05/01/2023", "2023-01-05T10:30:00+07:00"),
        ("Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)", "2012-12-24T03:04:00+07:00"),
        ("12:05 AM | 01/01/2020", "2020-01-01T00:05:00+07:00"),
        ("14h30 ngày 5-1-2023", "2023-01-05T14:30:00+07:00"),
        ("Đăng lúc 5.1.2023", "2023-01-05"),
        ("ngày 15 tháng 5 năm 2016", "2016-05-15"),
        ("20/12/2022 14:49 GMT+8", "2022-12-20T14:49:00+08:00"),
        ("Thứ Năm, 01/12/2022, 09:15:30", "2022-12-01T09:15:30+07:00"),
        ("Đăng lúc: 10 giờ 32 phút, ngày 15/01/2025", "2025-01-15T10:32:00+07:00"),
        // A month named in words, as a CMS's Vietnamese locale prints it.
        ("Ngày đăng: 03 Tháng Mười Hai, 2025", "2025-12-03"),
        ("28 Tháng Mười Một, 2025", "2025-11-28"),
        ("Thứ Bảy, 9 Tháng Tám 2025", "2025-08-09"),
    ])
    func printed(line: String, expected: String) {
        #expect(PublishedDate.fromPrintedText(line) == expected)
    }

    @Test(arguments: [
        "32/12/2022", "12/13/2022", "ngày 15/5", "năm 2023", "Số 05-CT/TW", "tháng 5/2022", "1234/56/7890", "",
    ])
    func notADate(line: String) {
        #expect(PublishedDate.fromPrintedText(line) == nil)
    }

    /// A month word in lower case with no comma after it counts months ("6 tháng năm 2025":
    /// six months of 2025); a lunar month is none.
    @Test(arguments: ["Sơ kết công tác 6 tháng năm 2025", "I. Kết quả 9 tháng năm 2024", "Rằm tháng Giêng 2025"])
    func monthWordsThatNameNoDate(line: String) {
        #expect(PublishedDate.fromPrintedText(line) == nil)
    }

    @Test(arguments: [
        ("2022-12-20T14:49:00+07:00", "2022-12-20T14:49:00+07:00"),
        ("2022-12-20T14:49:00.000+0700", "2022-12-20T14:49:00+07:00"),
        ("2022-12-20T07:49:00Z", "2022-12-20T07:49:00+00:00"),
        ("2022-12-20 14:49", "2022-12-20T14:49:00+07:00"),
        ("2022-12-20", "2022-12-20"),
        ("20/12/2022", "2022-12-20"),
    ])
    func machine(value: String, expected: String) {
        #expect(PublishedDate.fromMachineValue(value) == expected)
    }

    @Test func timeFarFromDateIsIgnored() {
        #expect(PublishedDate.fromPrintedText("02/02/2023 — buổi sáng hội nghị kéo dài đến 11:30") == "2023-02-02")
    }
}

/// Byline and signature lines.
@Suite struct SignatureTests {
    @Test(arguments: [
        ("THỦY HÀ", ["THỦY HÀ"]),
        ("Nguyễn Văn A (TTXVN)", ["Nguyễn Văn A"]),
        ("Quang Phong - Tùng Nguyên", ["Quang Phong", "Tùng Nguyên"]),
        ("Bài và ảnh: Minh Anh", ["Minh Anh"]),
        ("HOÀNG LAN - MINH KHOA", ["HOÀNG LAN", "MINH KHOA"]),
        ("NGUYỄN VĂN BẢO", ["NGUYỄN VĂN BẢO"]),
        ("Lâm Thông - Vũ Chính", ["Lâm Thông", "Vũ Chính"]),
        // The newsroom after a slash.
        ("Thanh Hà/VOV-Tây Bắc", ["Thanh Hà"]),
    ])
    func signatures(line: String, expected: [String]) {
        #expect(Signature.authors(in: line, requireStyle: true) == expected)
    }

    @Test(arguments: [
        "Theo Infonet", "Trung", "Hội nghị kết thúc lúc 11 giờ.", "KẾT QUẢ TÍCH CỰC NĂM 2023 CỦA TOÀN ĐẢNG BỘ THÀNH PHỐ",
        "Ảnh chụp tại khu phố, phường, quận,", "02/02/2023", "VĂN BẢN HỢP NHẤT", "KẾT QUẢ TÍCH CỰC", "NỘI DUNG CHÍNH", "các đại biểu dự họp", "Nguồn: Báo Nhân Dân",
    ])
    func notSignatures(line: String) {
        #expect(Signature.authors(in: line, requireStyle: true).isEmpty)
    }
}

/// `<title>` splitting.
@Suite struct TitleTextTests {
    @Test(arguments: [
        ("Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức - Sự kiện - Dân trí", "Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức", "Dân trí"),
        ("Teen9x News - 8/3 boy vào bếp chế bánh tình yêu", "8/3 boy vào bếp chế bánh tình yêu", "Teen9x News"),
        ("Thiếu tiền hụi, xách dao đi nói chuyện với chủ nợ | Pháp luật | Người Lao Động Online", "Thiếu tiền hụi, xách dao đi nói chuyện với chủ nợ", "Người Lao Động Online"),
        ("Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh - Zing News | Xã hội", "Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh", "Zing News"),
        ("Đột nhập lò luyện thi công chức Hàn Quốc-lo luyen thi", "Đột nhập lò luyện thi công chức Hàn Quốc-lo luyen thi", nil),
    ])
    func split(title: String, headline: String, site: String?) {
        let parts = TitleText.split(title)
        #expect(parts.headline == headline)
        #expect(parts.site == site)
    }
}
