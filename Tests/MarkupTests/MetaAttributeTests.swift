import Testing
@testable import Markup

/// Meta values read from attribute bytes equal `xmlGetProp`'s.
@Suite struct MetaAttributeTests {
    @Test func metaValuesAsXMLGetProp() throws {
        let html = """
            <html><head><meta Property="OG:Title" content="  Tiêu  đề &amp; A "><meta name="Author" content="Nguyễn Văn A">
            <meta content="x" name="date" name="other"><meta itemprop="datePublished" content="2023-01-05">
            <meta http-equiv="Refresh" content="0"><meta name="empty" content="  "><meta name="AUTHOR" content="B"></head>
            <body><p>x</p></body></html>
            """
        let document = try HTMLDocument(html)
        var expected: [String: String] = [:]
        for meta in document.elements(named: "meta") {
            guard let content = meta.attribute("content")?.squeezedSpaces, !content.isEmpty else { continue }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let name = meta.attribute(key)?.lowercased(), expected[name] == nil { expected[name] = content }
            }
        }
        #expect(PageMetadata(document).values == expected)
        #expect(expected["og:title"] == "Tiêu đề & A")
        #expect(expected["author"] == "Nguyễn Văn A")
    }
}
