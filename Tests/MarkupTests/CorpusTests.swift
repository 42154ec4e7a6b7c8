import Foundation
import Testing
@testable import Markup

/// The real pages of corpus/real-html: boilerplate gone, article intact, reviewed texts.
@Suite struct CorpusTests {
    enum Kind { case article, homepage, legal }

    struct Page: CustomTestStringConvertible, Sendable {
        var file: String
        var kind: Kind
        /// Start of the first and end of the last paragraph of the article.
        var first: String
        var last: String
        /// Menu items, sidebar headings and footer lines seen on the page.
        var boilerplate: [String]
        var testDescription: String { file }
    }

    static let vnexpressChrome = ["vnexpress.net", "Xã hội", "Thế giới", "Kinh doanh", "Nhịp điệu trẻ", "Câu chuyện cuộc sống", "Ngôi sao", "Game thủ"]
    static let vbplChrome = ["CSDL Quốc Gia", "Trang chủ", "Tìm kiếm", "English", "Văn bản quy phạm pháp luật", "CSDL quốc gia về VBPL", "CSDL Trung ương", "CƠ SỞ DỮ LIỆU VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG"]

    static let pages: [Page] = [
        Page(file: "24h-1.html", kind: .article, first: "(giao duc) - Làng Thi cử hay còn gọi là Goshiwon", last: "đi bỏ phiếu sớm hôm 13/12.",
             boilerplate: ["Tuyển dụng", "Tìm việc", "Xổ số", "Chứng khoán", "TIM VIEC LAM", "GIA VANG", "Tuyển sinh 2012", "Đề xuất thi đại học 5 môn", "DIEM CHUAN 2012"]),
        Page(file: "dantri-1.html", kind: .article, first: "(Dân trí) - UBND Hà Nội vừa thông báo", last: "Quang Phong - Tùng Nguyên",
             boilerplate: ["Video", "Sự kiện", "Thể thao", "Góp ý - Liên hệ", "Font Unicode", "Đặt Dân trí làm trang chủ", "[ Back to top ]", "Thứ Ba, 25/12/2012 - 10:03"]),
        Page(file: "genk-1.html", kind: .article, first: "- Thành công của Amazon tới từ việc", last: "Theo Minh Nguyễn/Vcamp.vn\n\nForbes",
             boilerplate: ["GameK", "Home", "Máy tính bảng", "SITEMAP", "Tầng 18, Tòa nhà VTC Online", "Đăng nhập", "Đăng ký", "[ Thoát X ]"]),
        Page(file: "ngoisao-1.html", kind: .article, first: "Leila Lopes gây thất vọng với vẻ ngoài già", last: "Ảnh: Misso",
             boilerplate: ["Cô dâu", "Cẩm Nang", "Ảnh cưới", "Liên hệ quảng cáo", "Hotline: 01292 333 444", "4 kiểu trang điểm cô dâu được yêu thích nhất", "Thư Kỳ với những hình ảnh đẹp của ký ức"]),
        Page(file: "nld-1.html", kind: .article, first: "(NLĐO) - Cho rằng chủ hụi", last: "Trung thuê xe ôm đến Công an đầu thú.",
             boilerplate: ["Trong nước", "Chính trị", "Phóng sự - Ký sự", "Câu chuyện hôm nay", "Tiêu điểm", "Vụ giết người, chặt xác ở Đồng Nai: Bắt 2 nghi can"]),
        Page(file: "soha-1.html", kind: .article, first: "Showbiz Hoa ngữ có lẽ sẽ rất buồn chán", last: "những bức hình \"không thể nóng hơn\".",
             boilerplate: ["TRANG CHỦ", "Quân Sự", "Pháp luật", "Em gái Can Lộ Lộ tự sướng với mắt", "Những màn khoe ngực khủng"]),
        Page(file: "teen9x-1.html", kind: .article, first: "Bánh tình yêu này dành cho các cặp đôi", last: "Chúc các bồ tèo may mắn nha.",
             boilerplate: ["Trang Chủ", "Diễn đàn", "Blogs", "Có gì mới?", "Tra cứu điểm thi tốt nghiệp THPT năm 2012", "-- English", "Liên hệ", "Tuyệt vời", "Rất tệ"]),
        Page(file: "thanhnien-1.html", kind: .article, first: "(TNO) TAND TP.Đà Nẵng ngày 19.12 xét xử sơ thẩm", last: "Tin, ảnh: Vũ Phương Thảo",
             boilerplate: ["Skip Ribbon Commands", "Tin nóng", "Về đầu trang", "Thông tin tòa soạn", "Góp ý / Phản hồi", "Hồ sơ nhà tình báo Phạm Ngọc Thảo", "Doanh nhân buôn ma túy xuyên quốc gia lãnh án chung thân", "Telex", "Nhập mã xác nhận"]),
        Page(file: "tinhte-1.html", kind: .article, first: "Có rất nhiều điều thú vị với Facebook", last: "Trang Facebook chung của mình và anh cuhiep",
             boilerplate: ["Những chủ đề mới", "Show Ignored Content", "Lên đầu", "Copyright 2006 - 2012 ViMobi", "Điều khoản & Quy định", "Đăng Nhập hoặc Đăng Ký", "Viết bởi thành viên:"]),
        Page(file: "vnexpress-1.html", kind: .article, first: "Những gì tôi làm cho vợ trong lúc tức giận", last: "Trung",
             boilerplate: vnexpressChrome + ["Samsung định đầu tư 2,2 tỷ USD vào Việt Nam"]),
        Page(file: "vnexpress-2.html", kind: .article, first: "Vết bớt khác thường, lông mọc phủ kín người", last: "Papai",
             boilerplate: ["Đặt làm trang chủ", "Gửi tin nóng và góp ý cho chúng tớ", "Tuyển sinh", "Nhịp sống", "Gương mặt", "Showbiz", "'Khung xương di động' nặng 25 kg", "Theo dòng sự kiện:", "15:20 PM | 21/12/2012"]),
        Page(file: "vnexpress-3.html", kind: .article, first: "Dòng nước bốc lên lớp hơi bụi trắng", last: "Nguyễn Đình Quân",
             boilerplate: vnexpressChrome + ["Mua nhà Hà Nội là mơ ước hão huyền", "Chia sẻ bài viết của bạn về sự tàn phá môi trường tại đây."]),
        Page(file: "vnexpress-5.html", kind: .article, first: "Người đàn ông 63 tuổi đau bụng kéo dài", last: "Lê Phương",
             boilerplate: ["Mới nhất", "VnE-GO", "Thời sự", "Trở lại Sức khỏe", "Copy link thành công", "Tin theo khu vực", "TP Hồ Chí Minh"]),
        Page(file: "vnexpress-6.html", kind: .article, first: "Hà Giang Hơn 23h, chiến sĩ Nông Văn Tân", last: "Giang Huy - Hoàng Phương",
             boilerplate: ["Mới nhất", "Góc nhìn", "Trở lại Thời sự", "Chia sẻ", "Copy link thành công", "International"]),
        Page(file: "xinhxinh-1.html", kind: .article, first: "Chỉ với 4 bước đơn giản, bạn sẽ có ngay vẻ ngoài", last: "có thêm một số gợi ý khác cho các bạn tham khảo nhé:",
             boilerplate: ["Tư vấn", "Thư viện làm đẹp", "Trang điểm", "Chống lão hoá", "Chuyên mục chính", "Nghệ thuật yêu", "Tin bài cùng sự kiện", "Giao mùa buốt giá vẫn kiêu sa", "Chọn giày đi tiệc"]),
        Page(file: "zing-1.html", kind: .article, first: "Đêm Giáng sinh, 24/12, người dân khắp Việt Nam", last: "Nhóm PV\n\nTheo Infonet",
             boilerplate: ["Đời sống", "Phóng sự", "Từ thiện", "Ảnh/Video clip", "Thỏa thuận sử dụng", "Bảo vệ riêng tư", "Đọc nhiều nhất", "Chủ tịch phường ở Đà Nẵng cải trang đi quét mại dâm", "Tin tức gần đây"]),
        Page(file: "zing-2.html", kind: .article, first: "Một ông bố kêu trời vì bài văn của con", last: "Theo Thanh Niên",
             boilerplate: ["Đời sống", "Khám phá", "Zing.vn", "Chính sách Quyền SHTT", "Liên quan", "10 điều trẻ ghét nhất về trường học", "Tập san mừng 20/11 dày đặc lỗi chính tả", "Tin tức gần đây"]),
        Page(file: "vbpl-1.html", kind: .legal, first: "QUỐC HỘI", last: "kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013.", boilerplate: vbplChrome),
        Page(file: "vbpl-2.html", kind: .legal, first: "Hiến pháp năm 2013", last: "Tình trạng hiệu lực: Còn hiệu lực", boilerplate: vbplChrome),
        Page(file: "vbpl-5.html", kind: .legal, first: "Tố tụng hình sự", last: "Tình trạng hiệu lực: Còn hiệu lực", boilerplate: vbplChrome),
        Page(file: "anle-toaan-1.html", kind: .legal, first: "Về xem xét quyết định hành chính có liên quan đến hành vi hành chính bị khiếu kiện", last: "bị khiếu kiện",
             boilerplate: ["Giới thiệu", "Nguồn án lệ", "Nghiên cứu - bình luận án lệ", "Vướng mắc, kiến nghị", "TÒA ÁN NHÂN DÂN TỐI CAO", "Truy cập trong ngày:", "Hội đồng tư vấn án lệ"]),
        Page(file: "dantri-2.html", kind: .homepage, first: "", last: "", boilerplate: ["Video", "Sự kiện", "Thể thao", "Đặt Dân trí làm trang chủ", "Góp ý - Liên hệ", "[ Trở về đầu trang ]"]),
        Page(file: "genk-2.html", kind: .homepage, first: "", last: "", boilerplate: ["GameK", "Home", "Máy tính bảng", "SITEMAP", "Đăng nhập", "[ Thoát X ]"]),
        Page(file: "soha-2.html", kind: .homepage, first: "", last: "", boilerplate: ["TRANG CHỦ", "Quân Sự", "Kinh doanh"]),
        Page(file: "thanhnien-2.html", kind: .homepage, first: "", last: "", boilerplate: ["Skip Ribbon Commands", "iHay", "Về đầu trang", "Thông tin tòa soạn", "Cao nhất 34°C"]),
        Page(file: "vnexpress-4.html", kind: .homepage, first: "", last: "", boilerplate: vnexpressChrome),
        Page(file: "vbpl-3.html", kind: .legal, first: "", last: "", boilerplate: Array(vbplChrome.dropLast())),
        Page(file: "vbpl-4.html", kind: .legal, first: "", last: "", boilerplate: vbplChrome),
        Page(file: "vbpl-6.html", kind: .legal, first: "", last: "", boilerplate: vbplChrome),
        Page(file: "vbpl-7.html", kind: .legal, first: "", last: "", boilerplate: vbplChrome),
    ]

    @Test func everyCorpusPageIsCovered() {
        #expect(Set(Self.pages.map(\.file)) == Set(Corpus.pages))
    }

    @Test(arguments: pages)
    func boilerplateIsGone(page: Page) throws {
        let content = try ContentExtractor.html(try Corpus.html(page.file))
        let paragraphs = Set(content.text.components(separatedBy: "\n\n"))
        for marker in page.boilerplate {
            #expect(!paragraphs.contains(marker), "\(page.file): paragraph \(marker)")
            if marker.count >= 15 { #expect(!content.text.contains(marker), "\(page.file): \(marker)") }
        }
        #expect(!content.text.isEmpty)
        #expect(!content.text.contains("\n\n\n"))
        #expect(content.text.components(separatedBy: "\n\n").allSatisfy { !$0.isEmpty && $0 == $0.squeezedSpaces })
    }

    @Test(arguments: pages.filter { !$0.first.isEmpty })
    func articleIsIntact(page: Page) throws {
        let content = try ContentExtractor.html(try Corpus.html(page.file))
        #expect(content.text.hasPrefix(page.first), "\(page.file)")
        #expect(content.text.hasSuffix(page.last), "\(page.file)")
        if let title = content.title, page.kind == .article {
            #expect(!content.text.components(separatedBy: "\n\n").contains(title), "\(page.file): title repeated")
        }
    }

    @Test(arguments: pages.filter { Corpus.expectedText($0.file) != nil })
    func matchesReviewedText(page: Page) throws {
        let content = try ContentExtractor.html(try Corpus.html(page.file))
        #expect(content.text == Corpus.expectedText(page.file), "\(page.file)")
    }

    @Test(arguments: [
        ("dantri-1.html", "Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức", "2012-12-25T10:03:00+07:00", ["Quang Phong", "Tùng Nguyên"]),
        ("thanhnien-1.html", "5 \"bóng hồng\" buôn ma túy lãnh án", "2012-12-19T17:41:00+07:00", ["Vũ Phương Thảo"]),
        ("vnexpress-5.html", "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non", "2025-10-22T19:25:52+07:00", ["Lê Phương"]),
        ("vnexpress-6.html", "Tuần tra trong đêm âm 2 độ C", "2021-01-13T00:00:00+07:00", ["Giang Huy", "Hoàng Phương"]),
        ("vnexpress-2.html", "Những người khổ hạnh vì bớt lạ", "2012-12-21T15:20:00+07:00", []),
        ("nld-1.html", "Thiếu tiền hụi, xách dao đi “nói chuyện” với chủ nợ", "2012-12-26T17:14:00+07:00", []),
        ("genk-1.html", "Amazon: Kẻ lão luyện đầy chiến lược trong cuộc chiến công nghệ", "2012-12-21T08:04:00+07:00", []),
        ("vnexpress-1.html", "Vợ ngoại tình sau những lần bị tôi đánh đập dã man", nil, []),
        ("zing-1.html", "Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh", nil, ["Nhóm PV"]),
    ] as [(String, String, String?, [String])])
    func metadata(file: String, title: String, published: String?, authors: [String]) throws {
        let content = try ContentExtractor.html(try Corpus.html(file))
        #expect(content.title == title)
        #expect(content.published == published)
        #expect(content.authors == authors)
        #expect(content.site != nil)
    }
}
