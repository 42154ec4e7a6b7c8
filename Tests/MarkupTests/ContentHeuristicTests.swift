import Testing
@testable import Markup

/// Small hand-made pages, one per extraction heuristic.
@Suite struct ContentHeuristicTests {
    static let p1 = "Sáng nay, Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện nhiệm vụ trong năm."
    static let p2 = "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến, kiến nghị thiết thực để nâng cao hiệu quả công tác."
    static let p3 = "Hội nghị thống nhất các giải pháp trọng tâm, trong đó chú trọng công tác kiểm tra, giám sát, tuyên truyền."

    static func page(head: String = "", before: String = "", article: String, after: String = "") -> String {
        "<html><head>\(head)</head><body>\(before)<div class=\"wrapper\">\(article)</div>\(after)</body></html>"
    }

    static let story = "<div class=\"news-detail\"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>"

    @Test func keepsParagraphsInOrderSeparatedByBlankLines() throws {
        let content = try ContentExtractor.html(Self.page(article: Self.story))
        #expect(content.text == [Self.p1, Self.p2, Self.p3].joined(separator: "\n\n"))
    }

    @Test(arguments: [
        "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/a'>Tin tức</a></li></ul></nav>",
        "<header><div>Thứ Hai, 21/11/2026</div><img class='logo' alt='Cổng TTĐT'></header>",
        "<aside><h3>Tin mới nhất</h3><p>Một tin bên lề rất dài, có dấu phẩy, để thử điểm số của khối này, và nhiều chữ.</p></aside>",
        "<footer>Bản quyền thuộc về Cổng thông tin điện tử, ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>",
        "<script>var s = 'Tin mới nhất, Các tin khác';</script><style>p { color: red }</style>",
        "<form><label>Họ tên</label><input name='n'><textarea>Ý kiến</textarea><button>Gửi</button></form>",
        "<noscript>Trình duyệt của bạn không hỗ trợ JavaScript, vui lòng bật JavaScript.</noscript>",
        "<iframe src='x'>Khung nhúng quảng cáo</iframe>",
    ])
    func dropsStructuralBoilerplate(chrome: String) throws {
        let content = try ContentExtractor.html(Self.page(before: chrome, article: Self.story, after: chrome))
        #expect(content.text == [Self.p1, Self.p2, Self.p3].joined(separator: "\n\n"))
    }

    @Test(arguments: [
        "sidebar", "box-tinkhac", "related-news", "comment-list", "breadcrumb", "footer-links", "main-menu",
        "share-tools", "social",
    ])
    func dropsContainersMarkedAsBoilerplate(className: String) throws {
        let box = "<div class=\"\(className)\"><h3>Các tin khác</h3><p>Một đoạn rất dài, có dấu phẩy, có nội dung, không thuộc bài viết, nằm bên trong khối phụ.</p></div>"
        let content = try ContentExtractor.html(Self.page(article: Self.story + box))
        #expect(!content.text.contains("Một đoạn rất dài"))
        #expect(!content.text.contains("Các tin khác"))
    }

    @Test func positiveHintKeepsContainerWithWeakNegativeWord() throws {
        let html = Self.page(article: "<div class=\"print-content\"><p>\(Self.p1)</p><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text.hasPrefix(Self.p1))
    }

    @Test func relaxesRemovalWhenArticleSitsInMarkedWrapper() throws {
        let html = "<html><body><div id=\"headerMover\"><div><p>\(Self.p1)</p><p>\(Self.p2)</p><p>\(Self.p3)</p></div></div></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.text.contains(Self.p1))
        #expect(content.text.contains(Self.p3))
    }

    @Test func picksDenseTextOverLinkList() throws {
        let links = (1...12).map { "<li><a href='/\($0)'>Tiêu đề bài báo liên quan số \($0), rất hấp dẫn</a></li>" }.joined()
        let html = Self.page(article: "<div class=\"box\"><ul>\(links)</ul></div><div>\(Self.story)</div>")
        let content = try ContentExtractor.html(html)
        #expect(content.text.hasPrefix(Self.p1))
        #expect(!content.text.contains("liên quan số"))
    }

    @Test func dropsLinkHeavyParagraphInsideArticle() throws {
        let html = Self.page(article: "<div class=\"content\"><p>\(Self.p1)</p><p><a href='/x'>Xem: Hội nghị tổng kết công tác năm của Đảng bộ tỉnh</a></p><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test(arguments: ["A- A A+", "In bài", "Chia sẻ", "Ý kiến ()", "Bình luận (0)", "Chung nhan Tin Nhiem Mang", "|", "»"])
    func dropsWidgetText(widget: String) throws {
        let html = Self.page(article: "<div class=\"content\"><div>\(widget)</div><p>\(Self.p1)</p><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test(arguments: ["Tin liên quan", "Các tin khác", "Tin mới nhất", "Ý kiến bạn đọc", "Phản hồi", "Thư viện ảnh", "Liên kết website"])
    func stopsAtSectionHeading(heading: String) throws {
        let html = Self.page(article: "<div class=\"content\"><p>\(Self.p1)</p><p>\(Self.p2)</p><h3>\(heading)</h3><p>\(Self.p3)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func sectionHeadingAtTopDoesNotEmptyTheArticle() throws {
        let html = Self.page(article: "<div class=\"content\"><h3>Tin mới nhất</h3><p>\(Self.p1)</p><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func titleIsNotRepeatedInText() throws {
        let html = Self.page(head: "<title>Hội nghị sơ kết công tác - Cổng TTĐT</title>",
                             article: "<div class=\"detail\"><h1>Hội nghị sơ kết công tác</h1><p>\(Self.p1)</p><p>\(Self.p2)</p></div>")
        let content = try ContentExtractor.html(html)
        #expect(content.title == "Hội nghị sơ kết công tác")
        #expect(content.text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func keepsHeadingsAndCaptions() throws {
        let html = Self.page(article: "<div class=\"content\"><p>\(Self.p1)</p><h2>KẾT QUẢ TÍCH CỰC</h2><figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị</figcaption></figure><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text == [Self.p1, "KẾT QUẢ TÍCH CỰC", "Quang cảnh hội nghị", Self.p2].joined(separator: "\n\n"))
    }

    @Test func splitsBreakSeparatedLines() throws {
        let html = Self.page(article: "<div class=\"noidung\">\(Self.p1)<br>\(Self.p2)<br/><br/>\(Self.p3)</div>")
        #expect(try ContentExtractor.html(html).text == [Self.p1, Self.p2, Self.p3].joined(separator: "\n\n"))
    }

    @Test func readsTableCellArticles() throws {
        let html = Self.page(article: "<table><tr><td class=\"menu\"><a href='/'>Trang chủ</a></td><td>\(Self.p1)<br>\(Self.p2)</td></tr></table>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func squeezesWhitespaceAndNormalisesToNFC() throws {
        let decomposed = "Ho\u{0300}a Bi\u{0300}nh   tổ   chức\n\t hội nghị, đánh giá kết quả, rút kinh nghiệm, triển khai nhiệm vụ."
        let html = Self.page(article: "<div class=\"content\"><p>  \(decomposed)  </p><p>\(Self.p2)</p></div>")
        let text = try ContentExtractor.html(html).text
        #expect(text.hasPrefix("Hòa Bình tổ chức hội nghị, đánh giá"))
        #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func addsLeadBetweenHeadlineAndBody() throws {
        let lead = "(Tin tức) - Ban Tuyên giáo vừa tổ chức hội nghị triển khai chuyên đề học tập năm nay cho cán bộ chủ chốt."
        let html = Self.page(article: "<h1>Triển khai chuyên đề</h1><div class=\"sapo\">\(lead)</div><div class=\"content\"><p>\(Self.p1)</p><p>\(Self.p2)</p><p>\(Self.p3)</p></div>")
        #expect(try ContentExtractor.html(html).text == [lead, Self.p1, Self.p2, Self.p3].joined(separator: "\n\n"))
    }

    @Test func separatesAdjacentInlineWords() throws {
        let html = Self.page(article: "<div class=\"content\"><p><span class=\"location\">Hà Giang</span>Hơn 23h, chiến sĩ biên phòng bắt đầu ca tuần tra dọc mốc giới, trong giá rét.</p></div>")
        #expect(try ContentExtractor.html(html).text.hasPrefix("Hà Giang Hơn 23h, chiến sĩ"))
    }

    @Test func keepsSplitWordWhole() throws {
        let html = Self.page(article: "<div class=\"content\"><p>Thành <b>ủy</b> tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện nhiệm vụ năm, với nhiều ý kiến.</p></div>")
        #expect(try ContentExtractor.html(html).text.hasPrefix("Thành ủy tổ chức"))
    }

    @Test func dropsRepeatedParagraph() throws {
        let html = Self.page(article: "<div class=\"content\"><p>\(Self.p1)</p><p>\(Self.p1)</p><p>\(Self.p2)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func dropsHiddenElements() throws {
        let html = Self.page(article: "<div class=\"content\"><p style=\"display: none\">Đoạn bị ẩn đi, không hiển thị cho người đọc, dài hơn hai mươi lăm ký tự.</p><p>\(Self.p1)</p></div>")
        #expect(try ContentExtractor.html(html).text == Self.p1)
    }

    @Test(arguments: [
        "<html><body></body></html>",
        "<html><head><title>Trang</title></head><body>   </body></html>",
        "<html><body><script>var a = 1;</script><nav><a href='/'>Trang chủ</a></nav></body></html>",
    ])
    func emptyBodyIsTypedError(html: String) {
        #expect(throws: MarkupError.noContent) { try ContentExtractor.html(html) }
    }

    @Test func truncatedPageStillYieldsText() throws {
        let html = "<html><head><title>Tin</title></head><body><div class=\"content\"><p>\(Self.p1)</p><p>\(Self.p2)"
        #expect(try ContentExtractor.html(html).text == Self.p1 + "\n\n" + Self.p2)
    }
}

/// Datelines of portal CMSs around the headline of an HTML page.
@Suite struct HTMLDatelineShapeTests {
    static let article = "<div class=\"articleBody\"><p>\(ContentHeuristicTests.p1)</p><p>\(ContentHeuristicTests.p2)</p><p>\(ContentHeuristicTests.p3)</p></div>"

    /// NukeViet's `<meta>` time that reads as a day only takes the time printed by the headline.
    @Test func metaDayTakesThePrintedTime() throws {
        let page = ContentHeuristicTests.page(
            head: "<meta property=\"article:published_time\" content=\"2025-10-15EDT09:20:00\">",
            article: "<h1>Đảng bộ xã biểu dương 26 gương điển hình</h1><div><span class=\"h5\">Thứ tư - 15/10/2025 09:20</span></div>"
                + Self.article)
        #expect(try ContentExtractor.html(page).published == "2025-10-15T09:20:00+07:00")
    }

    /// A publication label printed in the article wins over a `<meta>` stamp of another day;
    /// an update label does not.
    @Test(arguments: [("Ngày xuất bản: 10/06/2025 08:00", "2025-06-10T08:00:00+07:00"),
                      ("Cập nhật: 10/06/2025 08:00", "2025-06-06T08:00:00+07:00")])
    func publicationLabelOverAnotherMetaDay(_ line: String, _ expected: String) throws {
        let page = ContentHeuristicTests.page(
            head: "<meta property=\"article:published_time\" content=\"2025-06-06T08:00:00+07:00\">",
            article: "<h3>Chi bộ thôn Đồng Tiến và câu chuyện nói ít, làm nhiều</h3><div class=\"journal-content-article\"><p>\(line) &nbsp; | &nbsp; Lượt xem: 267</p>"
                + "<p>\(ContentHeuristicTests.p1)</p><p>\(ContentHeuristicTests.p2)</p><p>\(ContentHeuristicTests.p3)</p></div>")
        #expect(try ContentExtractor.html(page).published == expected)
    }

    /// A DNN row of details: the date and time date the page, the writer stays as the byline.
    @Test func rowOfDetailsWithWriterAndCounter() throws {
        let page = ContentHeuristicTests.page(article: "<h1>Ngành Giáo dục: mỗi nhà giáo là một tấm gương đạo đức, tự học</h1>"
            + "<div class=\"articleInfo\"><span>Ngày 14/05/2025 | 10:05</span> &nbsp;|&nbsp; <span>Người viết: Trần Thị Kim Phượng</span>"
            + " &nbsp;|&nbsp; <span>Lượt xem: 1.047</span></div>" + Self.article)
        let content = try ContentExtractor.html(page)
        #expect(content.published == "2025-05-14T10:05:00+07:00")
        #expect(content.text.hasPrefix("Người viết: Trần Thị Kim Phượng\n\n"))
        #expect(!content.text.contains("Lượt xem"))
    }
}
