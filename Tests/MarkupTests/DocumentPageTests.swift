import Testing
@testable import Markup

/// Official documents published as portal pages ("Văn bản chỉ đạo" sections): the header
/// table and the signature table are the document's text. Names, places and numbers are made up.
@Suite struct DocumentPageTests {
    static func page(headerClass: String?) -> String {
        let headerAttribute = headerClass.map { " class=\"\($0)\"" } ?? ""
        let paragraphs = (1...4).map { index in
            "<p>\(index). Các xã, thị trấn tổ chức tuyên truyền về cuộc đời và sự nghiệp của Chủ tịch Hồ Chí Minh bằng nhiều hình thức phù hợp với từng địa bàn, bảo đảm tiết kiệm, hiệu quả; mỗi đơn vị báo cáo kết quả về Phòng Văn hóa trước ngày \(10 + index)/6/2025.</p>"
        }.joined(separator: "\n")
        return """
            <html><head><title>Kế hoạch tuyên truyền kỷ niệm Ngày sinh Bác - UBND huyện Hòa Vinh</title></head><body>
            <div class="menu"><a href="/">Trang chủ</a> <a href="/vb">Văn bản chỉ đạo</a></div>
            <div class="content">
            <div class="ngay-dang">Ngày đăng: 09/5/2025 08:30</div>
            <table\(headerAttribute) width="100%">
            <tr><td><b>ỦY BAN NHÂN DÂN<br>HUYỆN HÒA VINH</b><br>-------</td>
                <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
            <tr><td>Số: 207/KH-UBND</td><td><i>Hòa Vinh, ngày 06 tháng 5 năm 2025</i></td></tr>
            </table>
            <p align="center"><b>KẾ HOẠCH</b><br><b>Tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh<br>(19/5/1890 - 19/5/2025) trên địa bàn huyện</b></p>
            <div class="noi-dung">
            \(paragraphs)
            </div>
            <table width="100%"><tr>
            <td><b>Nơi nhận:</b><br>- Thường trực Huyện ủy;<br>- Lưu: VT.</td>
            <td><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><i>(Đã ký)</i><br><b>Lê Thị Thu Sương</b></td>
            </tr></table>
            <div class="post-info">Ngày đăng: 09/5/2025 | Người đăng: Văn phòng | Lượt xem: 41</div>
            <div class="attach">Tệp đính kèm: <a href="/f/207.pdf">207-KH-UBND.pdf</a></div>
            </div>
            <div class="footer">Cơ quan chủ quản: UBND huyện Hòa Vinh</div>
            </body></html>
            """
    }

    @Test(arguments: [nil, "vb-header"])
    func headerAndSignatureStayInTheText(headerClass: String?) throws {
        let content = try ContentExtractor.html(Self.page(headerClass: headerClass))
        let lines = content.text.components(separatedBy: "\n\n")
        #expect(Array(lines.prefix(8)) == [
            "ỦY BAN NHÂN DÂN", "HUYỆN HÒA VINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 207/KH-UBND", "Hòa Vinh, ngày 06 tháng 5 năm 2025", "KẾ HOẠCH",
            "Tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh",
        ])
        #expect(lines.contains("(19/5/1890 - 19/5/2025) trên địa bàn huyện"))
        #expect(Array(lines.suffix(7)) == [
            "Nơi nhận:", "- Thường trực Huyện ủy;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lê Thị Thu Sương",
        ])
        #expect(!content.text.contains("Tệp đính kèm") && !content.text.contains("Ngày đăng"))
    }

    /// Without a motto the page is news: its place-and-date line is a dateline, not text.
    @Test func newsPageIsNotFramed() throws {
        let page = Self.page(headerClass: nil)
            .replacingOccurrences(of: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc", with: "TIN TỨC - SỰ KIỆN")
        let content = try ContentExtractor.html(page)
        #expect(!content.text.contains("Hòa Vinh, ngày 06 tháng 5 năm 2025"))
        #expect(content.text.contains("1. Các xã"))
    }

}

/// A table-layout portal page (made-up names): the `<title>` is the site's name in capitals,
/// the headline is the og:title, the dateline is a row under the article with its poster and
/// view counter.
@Suite struct TableLayoutPageTests {
    static let page = """
        <html><head><title>TRUNG TÂM Y TẾ HUYỆN HÒA VINH</title>
        <meta property="og:title" content="Trung tâm Y tế Hòa Vinh: mỗi điều dưỡng là một người mẹ hiền"></head><body>
        <table><tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></td></tr>
        <tr><td><table class="news-detail">
        <tr><td class="news-title">Trung tâm Y tế Hòa Vinh: mỗi điều dưỡng là một người mẹ hiền</td></tr>
        <tr><td class="news-body">
        <p>Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, Chi bộ Trung tâm Y tế huyện Hòa Vinh đưa việc học tập và làm theo Bác vào từng khoa, phòng, gắn với đổi mới phong cách phục vụ người bệnh.</p>
        <p>Năm 2024, trung tâm khám cho 64.120 lượt người; 97% người bệnh hài lòng với thái độ phục vụ của nhân viên y tế, tăng 3% so với năm trước.</p>
        </td></tr>
        <tr><td class="news-info"><i>Ngày đăng: 16/05/2025 | Người đăng: Phòng Điều dưỡng | Lượt xem: 318</i></td></tr>
        </table></td></tr></table>
        <div class="footer">TRUNG TÂM Y TẾ HUYỆN HÒA VINH</div>
        </body></html>
        """

    @Test func titleAndDatelineRow() throws {
        let content = try ContentExtractor.html(Self.page)
        #expect(content.title == "Trung tâm Y tế Hòa Vinh: mỗi điều dưỡng là một người mẹ hiền")
        #expect(content.published == "2025-05-16")
        #expect(!content.text.contains("Lượt xem"))
    }
}
