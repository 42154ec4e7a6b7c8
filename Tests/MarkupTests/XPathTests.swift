import Markup
import Testing

@Suite struct XPathTests {
    static let page = """
        <html><head><title>Tin</title></head><body>
        <div id="quang-cao"><p>Một khối dài không phải bài viết, được trang đặt ở đây để quảng bá các chương trình, \
        sự kiện và hoạt động khác của cơ quan trong tháng, kèm nhiều lời giới thiệu dài dòng về từng hoạt động.</p>
        <p>Thêm một đoạn dài nữa của khối quảng bá để khối này có nhiều chữ hơn bài viết thật sự bên dưới, \
        khiến bộ tìm nội dung chung chọn nhầm khối này làm bài chính của trang.</p></div>
        <div class="noi-dung"><p>Bài viết thật: Ban Tuyên giáo tổ chức hội nghị học tập chuyên đề năm 2024.</p></div>
        </body></html>
        """

    @Test func selectsElementsInDocumentOrder() throws {
        let document = try HTMLDocument(Self.page)
        #expect(try document.elements(matchingXPath: "//div").count == 2)
        #expect(try document.elements(matchingXPath: "//div[@class='noi-dung']/p").first?.textContent.hasPrefix("Bài viết thật") == true)
        #expect(try document.elements(matchingXPath: "//section").isEmpty)
        #expect(throws: MarkupError.self) { try document.elements(matchingXPath: "//div[") }
    }

    @Test func validityIsCheckedWithoutAPage() {
        #expect(HTMLDocument.isValidXPath("//div[@id='noi-dung']"))
        #expect(!HTMLDocument.isValidXPath("//div[@id="))
    }

    @Test func contentXPathNamesTheArticleContainer() throws {
        let generic = try ContentExtractor.html(Self.page)
        #expect(generic.text.contains("khối quảng bá"))
        let hinted = try ContentExtractor.html(Self.page, contentXPath: "//div[@class='noi-dung']")
        #expect(hinted.text == "Bài viết thật: Ban Tuyên giáo tổ chức hội nghị học tập chuyên đề năm 2024.")
        let unmatched = try ContentExtractor.html(Self.page, contentXPath: "//article")
        #expect(unmatched.text == generic.text)
    }
}
