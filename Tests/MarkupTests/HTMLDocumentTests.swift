import Testing
@testable import Markup

@Suite struct HTMLDocumentTests {
    @Test func parsesElementsAttributesAndText() throws {
        let document = try HTMLDocument(#"<html><body><div id="a" class="x y"><p>Xin <b>chào</b></p><p>Hà Nội</p></div></body></html>"#)
        let body = try #require(document.body)
        #expect(body.name == "body")
        let div = try #require(body.children.first { $0.isElement })
        #expect(div.name == "div")
        #expect(div.attribute("id") == "a")
        #expect(div.attribute("class") == "x y")
        #expect(div.attribute("missing") == nil)
        #expect(div.attributes.map(\.name) == ["id", "class"])
        #expect(div.children.map(\.name) == ["p", "p"])
        #expect(div.textContent == "Xin chàoHà Nội")
        #expect(div.parent?.name == "body")
        #expect(document.elements(named: "p").count == 2)
        #expect(document.elements(named: "b").first?.children.first?.text == "chào")
    }

    @Test func namesAreLowerCased() throws {
        let document = try HTMLDocument("<HTML><BODY><DIV CLASS='k'>t</DIV></BODY></HTML>")
        #expect(document.elements(named: "div").first?.attribute("class") == "k")
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: MarkupError.noContent) { try HTMLDocument("") }
        #expect(throws: MarkupError.noContent) { try HTMLDocument("   \n\t ") }
    }

    @Test func rejectsOversizedInput() {
        let big = String(repeating: "a", count: HTMLDocument.maximumBytes + 1)
        #expect(throws: MarkupError.tooLarge(bytes: HTMLDocument.maximumBytes + 1)) { try HTMLDocument(big) }
    }

    @Test(arguments: [
        (MarkupError.tooLarge(bytes: 1), "too_large"),
        (MarkupError.parse(reason: "x"), "parse"),
        (MarkupError.noContent, "empty"),
    ])
    func errorKinds(error: MarkupError, kind: String) {
        #expect(error.kind == kind)
        #expect(!error.message.isEmpty)
    }

    @Test(arguments: [
        "<html><body><p>Đoạn văn bị cắt ngang giữa chừng",
        "<div><p>Không đóng thẻ<div><span>lồng sai</p></div>",
        "<p>a</b></i></p></table></html>",
        "<<<>>> <p class=\"unterminated>Nội dung",
        "<html><body><table><tr><td>ô<td>ô</table>",
    ])
    func recoversFromMalformedMarkup(html: String) throws {
        let document = try HTMLDocument(html)
        #expect(document.root != nil)
    }

    @Test func survivesDeepNesting() throws {
        let depth = 5_000
        let html = String(repeating: "<div>", count: depth) + "Sâu" + String(repeating: "</div>", count: depth)
        let document = try HTMLDocument(html)
        #expect(document.root != nil)
        _ = try? ContentExtractor.html(html)
    }

    @Test func survivesHugeAttributes() throws {
        let value = String(repeating: "x", count: 2_000_000)
        let paragraph = "Đây là một đoạn văn đủ dài để trở thành nội dung chính của trang, có dấu phẩy, và có nghĩa."
        let html = "<html><body><div data-x=\"\(value)\" class=\"\(value)\"><p>\(paragraph)</p></div></body></html>"
        let content = try ContentExtractor.html(html)
        #expect(content.text == paragraph)
    }

    @Test func nodeOutlivesLocalDocumentReference() throws {
        var node: HTMLNode?
        do {
            let document = try HTMLDocument("<p>giữ lại</p>")
            node = document.elements(named: "p").first
        }
        #expect(node?.textContent == "giữ lại")
    }

    @Test func versionIsReported() {
        #expect(libxml2Version.hasPrefix("2."))
    }
}

@Suite struct HTMLDocumentEncodingTests {
    /// The text is UTF-8 already: a page's own charset declaration must not re-decode it.
    @Test func declaredCharsetIsIgnored() throws {
        let html = #"<html><head><meta charset="windows-1258"></head><body><p>Đảng viên Hà Nội</p></body></html>"#
        let document = try HTMLDocument(html)
        #expect(document.elements(named: "p").first?.textContent == "Đảng viên Hà Nội")
        let legacy = #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Chỉ thị 05</p></body></html>"#
        #expect(try HTMLDocument(legacy).elements(named: "p").first?.textContent == "Chỉ thị 05")
    }
}
