import Foundation
import Testing
import VietnameseText
@testable import Markup

/// The attribute values the parse for a page's text leaves out, and proof from libxml2 that
/// the tree is otherwise the same and the page's content identical.
@Suite struct AttributeElisionTests {
    static let elision = AttributeElision(contentXPath: nil)

    /// The values elided from `html` (marked ones prefixed with "*"), as strings.
    static func elided(_ html: String, _ elision: AttributeElision? = elision) -> [String] {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ScriptBodies.skips(in: buffer, eliding: elision).compactMap { skip in
                let text = String(decoding: bytes[skip.range], as: UTF8.self)
                // Script bodies are ScriptBodiesTests' subject.
                if ScriptBodiesTests.bodies(html).contains(text) && !skip.marked { return nil }
                return skip.marked ? "*" + text : text
            }
        }
    }

    static func parse(_ html: String, eliding: Bool) throws -> HTMLDocument {
        try HTMLDocument(DecodedText(text: html, encoding: "utf-8"), skippingScriptBodies: true,
                         eliding: eliding ? elision : nil)
    }

    /// Walks both trees together: the same nodes, names, texts and attribute names; a value
    /// differs only where it was elided (empty, or the marker for an image's `alt`), and
    /// never for an attribute the elision keeps; unit tests pin the exact elided values.
    static func expectSameTreeButElidedValues(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let full = try parse(html, eliding: false)
        let elided = try parse(html, eliding: true)
        var differences = 0
        func walk(_ a: HTMLNode, _ b: HTMLNode) -> Bool {
            guard a.isElement == b.isElement, a.isText == b.isText, a.name == b.name, a.text == b.text else { return false }
            let attributesA = a.attributes
            let attributesB = b.attributes
            guard attributesA.map(\.name) == attributesB.map(\.name) else { return false }
            for (x, y) in zip(attributesA, attributesB) where x.value != y.value {
                differences += 1
                let kept = Array(x.name.utf8).withUnsafeBufferPointer { name in
                    elision!.keeps(AttributeElision.packed(name.baseAddress!, 0..<name.count), name.baseAddress!,
                                   0..<name.count, onImage: a.name == "img")
                }
                let isAlt = a.name == "img" && x.name == "alt"
                // An image's source without a logo hint reads as the empty one.
                let isPlainSource = a.name == "img" && x.name == "src" && !Array(x.value.utf8).withUnsafeBufferPointer {
                    AttributeElision.mayMarkLogo(AttributeElision.srcKey, $0.baseAddress!, 0..<$0.count)
                }
                guard isAlt ? y.value == ScriptBodies.elidedMarker : ((!kept || isPlainSource) && y.value.isEmpty) else {
                    return false
                }
            }
            let childrenA = a.children
            let childrenB = b.children
            // A `<style>` body left out: the element stays, empty.
            if a.name == "style" && childrenB.isEmpty && !childrenA.isEmpty {
                differences += 1
                return true
            }
            guard childrenA.count == childrenB.count else { return false }
            return zip(childrenA, childrenB).allSatisfy { walk($0, $1) }
        }
        guard let rootA = full.root, let rootB = elided.root else {
            #expect(full.root == nil && elided.root == nil, sourceLocation: sourceLocation)
            return
        }
        #expect(walk(rootA, rootB), sourceLocation: sourceLocation)
        // Fewer when libxml2 dropped an elided value's attribute (the second of two with one
        // name) or its tag (a second `<body>`).
        #expect(differences <= Self.elided(html).count, sourceLocation: sourceLocation)
        #expect(differences > 0 || Self.elided(html).isEmpty, sourceLocation: sourceLocation)
    }

    @Test func unreadQuotedValuesAreElided() throws {
        let html = """
            <html><head><meta name="description" content="Trang thông tin điện tử huyện"><title>T</title></head>
            <body class="home page-template"><a href="/tin-tuc/bai-viet-123" title='Tiêu đề rất dài của bài'>x</a>
            <div id="main-content" style="display:block" data-x=unquoted-long-value itemprop="articleBody">
            <img src="/uploads/2022/anh.jpg" alt="Ảnh minh họa bài viết" width="120" loading="lazy"></div></body></html>
            """
        #expect(Self.elided(html) == ["/tin-tuc/bai-viet-123", "Tiêu đề rất dài của bài", "/uploads/2022/anh.jpg",
                                      "*Ảnh minh họa bài viết"])
        try Self.expectSameTreeButElidedValues(html)
    }

    @Test func logoImagesKeepTheirAltOrAskForTheWholePage() throws {
        // Its own source names a logo: the alt is given whole.
        let own = "<html><body><img src=\"/images/Logo-site.png\" alt=\"Cổng thông tin điện tử\"><p>x</p></body></html>"
        #expect(Self.elided(own).isEmpty)
        // Only the parent names it: the alt is elided, the metadata meets the marker, and
        // the content is read again from the whole page.
        let parent = "<html><body><div class=\"logo\"><img src=\"/images/x.png\" alt=\"Cổng thông tin điện tử\"></div><p>x</p></body></html>"
        #expect(Self.elided(parent) == ["/images/x.png", "*Cổng thông tin điện tử"])
        let meta = PageMetadata(try Self.parse(parent, eliding: true))
        #expect(meta.readElidedValue)
        #expect(meta.logoText == nil)
        let whole = PageMetadata(try Self.parse(parent, eliding: false))
        #expect(!whole.readElidedValue)
        #expect(whole.logoText == "Cổng thông tin điện tử")
        for html in [own, parent] {
            try Self.expectSameTreeButElidedValues(html)
        }
    }

    @Test func theLogoWordsAreTheMetadataHints() {
        // `AttributeElision.mayMarkLogo` spells these words out; a change of the hints must
        // change it too (or an image's alt would be elided, then parsed again, more often).
        #expect(MarkupVocabulary.logoHints == ["logo", "brand", "banner"])
        for value in ["a-LOGO", "Brand", "top_banner", "x&#108;ogo", "ảnh"] {
            let bytes = Array(value.utf8)
            #expect(bytes.withUnsafeBufferPointer { AttributeElision.mayMarkLogo(AttributeElision.classKey, $0.baseAddress!, 0..<$0.count) })
        }
        let plain = Array("/uploads/2022/anh.jpg".utf8)
        #expect(!plain.withUnsafeBufferPointer { AttributeElision.mayMarkLogo(AttributeElision.srcKey, $0.baseAddress!, 0..<$0.count) })
    }

    @Test func valuesInTitleAndTextareaAreNotElided() throws {
        let html = """
            <html><head><title>A <b title="long title value">b</b></title></head>
            <body><textarea><a href="/a/long/link/here">x</a></textarea><a href="/after/the/textarea">y</a></body></html>
            """
        #expect(Self.elided(html) == ["/after/the/textarea"])
        try Self.expectSameTreeButElidedValues(html)
    }

    @Test func styleBodiesNoWelcomeTestReadsAreLeftOut() throws {
        let html = """
            <html><head><style> .a { color: red }</style><style>Chào mừng</style><style>
            </style><style>@media print { p { x: y } }</style></head><body><p>x</p></body></html>
            """
        #expect(Self.elided(html) == [" .a { color: red }", "@media print { p { x: y } }"])
        #expect(Self.elided(html, AttributeElision(contentXPath: "//div[@id='main']")).isEmpty)
        try Self.expectSameTreeButElidedValues(html)
    }

    @Test func contentXPathKeepsTheAttributesItNames() {
        #expect(AttributeElision(contentXPath: "//*[@*='main']") == nil)
        #expect(AttributeElision(contentXPath: "//div[attribute::role='main']") == nil)
        let named = AttributeElision(contentXPath: "//div[@data-role='main-article']//section[@ TITLE]")
        #expect(named != nil)
        let html = "<html><body><div data-role=\"main-article\" title=\"long title value\" lang=\"vi-VN-long\"><p>x</p></div></body></html>"
        #expect(Self.elided(html, named) == ["vi-VN-long"])
    }

    @Test func unclearPagesElideNothing() {
        let html = "<html><body><a href=\"/a/long/link/here\">x</a><!--> <p>a</p></body></html>"
        #expect(Self.elided(html).isEmpty)
    }

    /// Every page of the corpus (and of `BAOCAO_EQUIVALENCE_PAGES`): the same tree but the
    /// elided values, and the same content as from the whole page.
    @Test func corpusPagesGiveTheSameTreeAndContent() throws {
        var pages = 0
        var elidedPages = 0
        for (name, html) in try Corpus.equivalencePages() {
            pages += 1
            if !Self.elided(html).isEmpty { elidedPages += 1 }
            try Self.expectSameTreeButElidedValues(html)
            let decoded = DecodedText(text: html, encoding: "utf-8")
            let whole = Result { () throws(MarkupError) in
                try ContentExtractor.html(decoded, skippingScriptBodies: true, elidingAttributeValues: false)
            }
            let elided = Result { () throws(MarkupError) in try ContentExtractor.html(decoded) }
            switch (whole, elided) {
            case let (.success(a), .success(b)): #expect(a == b, "\(name)")
            case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)", "\(name)")
            default: Issue.record("\(name): one parse failed")
            }
        }
        #expect(pages > 30)
        #expect(elidedPages * 2 > pages)
    }
}
