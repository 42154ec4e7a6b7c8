import Testing
@testable import Markup

/// Page layouts of real CMSs in their own shapes (invented pages): where the headline, the
/// lead and the furniture sit when no heading element or container says so.
@Suite struct PortalLayoutTests {
    static let article = """
    <p>Sáng 12/11, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị biểu dương 36 bí thư chi bộ thôn tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2024.</p>
    <p>Các bí thư chi bộ đã đi đầu trong phát triển kinh tế, vận động Nhân dân hiến đất làm đường, xây dựng nông thôn mới; nhiều mô hình làm theo Bác được nhân rộng trong toàn huyện.</p>
    """

    /// An old table layout: the headline in a bold cell over the "Cập nhật" cell, the
    /// `<title>` the site's unaccented name.
    @Test func headlineInACellOverTheDateline() throws {
        let page = """
        <html><head><title>Huyen uy Yen Son - Tin chi tiet</title></head><body>
        <table><tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></td></tr></table>
        <table width="580"><tr><td class="path">Trang chủ &gt;&gt; Học tập và làm theo Bác</td></tr>
        <tr><td class="tieude"><b>YÊN SƠN: BIỂU DƯƠNG 36 BÍ THƯ CHI BỘ THÔN TIÊU BIỂU LÀM THEO BÁC</b></td></tr>
        <tr><td class="ngay">Cập nhật: 13/11/2024 9:12:40 AM</td></tr>
        <tr><td class="noidung">\(Self.article)</td></tr></table></body></html>
        """
        let content = try ContentExtractor.html(page)
        #expect(content.title == "YÊN SƠN: BIỂU DƯƠNG 36 BÍ THƯ CHI BỘ THÔN TIÊU BIỂU LÀM THEO BÁC")
        #expect(content.published == "2024-11-13T09:12:40+07:00")
        #expect(content.text.hasPrefix("Sáng 12/11"))
    }

    /// A register's short fields over its dates are no headline.
    @Test func shortFieldOverADateIsNoHeadline() throws {
        let page = """
        <html><head><title>Cơ sở dữ liệu văn bản</title></head><body>
        <table><tr><td>Hiệu lực: Còn hiệu lực</td></tr><tr><td>Ngày ban hành: 13/11/2024</td></tr>
        <tr><td>\(Self.article)</td></tr></table></body></html>
        """
        #expect(try ContentExtractor.html(page).title == "Cơ sở dữ liệu văn bản")
    }

    /// A newspaper prints the date in its own block above the h1 and the sapo in an h2
    /// between the h1 and the article's block: the sapo is the article's lead.
    @Test func sapoBetweenTheHeadlineAndTheArticle() throws {
        let page = """
        <html><head><title>Yên Sơn biểu dương 36 bí thư chi bộ | Báo Tuyên Quang</title></head><body>
        <div class="col-main">
        <div class="detail-meta"><span class="detail-time">Thứ Tư, 13/11/2024, 07:45 [GMT+7]</span></div>
        <h1 class="detail-title">Yên Sơn biểu dương 36 bí thư chi bộ</h1>
        <h2 class="detail-sapo">BTQ - Nhân dịp tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW, Huyện ủy Yên Sơn biểu dương 36 bí thư chi bộ thôn tiêu biểu trong học tập và làm theo Bác.</h2>
        <div class="detail-content">\(Self.article)</div>
        </div></body></html>
        """
        let content = try ContentExtractor.html(page)
        #expect(content.title == "Yên Sơn biểu dương 36 bí thư chi bộ")
        #expect(content.text.hasPrefix("BTQ - Nhân dịp tổng kết"))
        #expect(content.text.hasSuffix("nhân rộng trong toàn huyện."))
    }

    /// Joomla's "Chi tiết" heading, a view counter and a NukeViet rating line inside the
    /// article's container are furniture.
    @Test func detailsHeadingCounterAndRatingAreFurniture() throws {
        let page = """
        <html><head><title>Yên Sơn biểu dương 36 bí thư chi bộ</title></head><body>
        <div class="item-page"><h2>Yên Sơn biểu dương 36 bí thư chi bộ</h2><p>Chi tiết</p><p>Lượt xem: 412</p>
        \(Self.article)
        <p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p></div></body></html>
        """
        let content = try ContentExtractor.html(page)
        #expect(content.text.hasPrefix("Sáng 12/11"))
        #expect(content.text.hasSuffix("nhân rộng trong toàn huyện."))
    }

    /// Inside the container only rating lines and view counters are furniture: article lines
    /// opening like a comment form's ("Lên trên …", "Họ và tên: …") or a total stay.
    @Test func articleLinesShapedLikeChromeStay() throws {
        let lines = ["Lên trên đỉnh đồi, đoàn dâng hương tưởng niệm các anh hùng liệt sĩ.", "Tổng cộng 35", "Họ và tên: Nguyễn Văn An, sinh năm 1985"]
        let page = """
        <html><head><title>Yên Sơn biểu dương 36 bí thư chi bộ</title></head><body>
        <div class="item-page"><h2>Yên Sơn biểu dương 36 bí thư chi bộ</h2>
        \(Self.article)\(lines.map { "<p>\($0)</p>" }.joined())
        <p>Sáng cùng ngày, đoàn đã thăm mô hình “Thôn không có người vi phạm pháp luật” của Chi bộ thôn Đồng Tâm.</p></div></body></html>
        """
        let text = try ContentExtractor.html(page).text
        for line in lines { #expect(text.contains(line), "\(line)") }
    }
}

