import Testing
import VietnameseText
@testable import Markup

/// The page-metadata walk's byte-level shortcuts answer as the String code they skip.
@Suite struct MetadataWalkTests {
    /// Deterministic generator for the generated pages (64-bit LCG, high bits).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 17
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func text(from pieces: [String], upTo count: Int) -> String {
            (0..<Int(next() % UInt64(count + 1))).map { _ in pick(pieces) }.joined()
        }
    }

    static let leafPieces = [
        "Chào", "chao", "CHÀO MỪNG", " mừng bạn đến với ", "C", "c", "W", "w", "Welcome", "elcome to ", "Ç", "ç",
        "Ŵ", "ŵ", "\u{0327}", "\u{0301}", " ", "\u{00A0}", "\u{2003}", "\u{200B}", "\u{FEFF}", "Đ", "Ủy", "“", "–",
        "x", "1", "!", "Trang", "\u{1EA0}", "\t\n", "Æ", "ø", "&amp;", "<!--c-->", "<![CDATA[Ch]]>", "Cổng B", "ı",
        "Chính", "h", "à", "a", "o", "e", "l", "ĉ", "Wel", "cha", "\u{0300}", "chà", "<", "\u{0338}", "ch", "Ch\u{00E0}o",
    ]

    @Test func packedNameKeys() {
        func packed(_ name: StaticString) -> UInt64? { PageScan.ElementKind.packed(name.utf8Start) }
        #expect(packed("meta") == PageMetadata.metaKey)
        #expect(packed("title") == PageMetadata.titleKey)
        #expect(packed("img") == PageMetadata.imgKey)
        #expect(packed("META") == PageMetadata.metaKey)
    }

    @Test(arguments: [
        ("Trang chủ", true), ("Đảng bộ", true), ("Ủy ban", true), ("  \n x", true), ("Æ", true), ("1", true),
        ("Chào mừng", false), ("welcome", false), ("\u{00A0}Trang", false), ("– Chào", false), ("Ç", false),
        ("“Chào", false), ("", false), ("\u{200B}Trang", false), ("ŵ", false),
        ("Chính", true), ("cán bộ", true), ("Chà", false), ("Cha\u{0300}o", false), ("Ch", false), ("Ch-ao", false),
        ("Welcome", false), ("Wer", true), ("Cho", true), ("Chu\u{0301}", true),
    ])
    func otherLetterFilter(text: String, rulesOut: Bool) throws {
        let document = try HTMLDocument("<html><body><p>\(text)</p></body></html>")
        let paragraph = try #require(document.elements(named: "p").first)
        #expect(PlainTextCleaner.opensWithOtherLetter(paragraph) == rulesOut)
    }

    /// Leaves the filter rules out name no portal: the check it skips would find nothing.
    @Test func otherLetterFilterSkipsNoWelcome() throws {
        var generator = Generator(state: 7)
        var ruledOut = 0
        for _ in 0..<3000 {
            let leaves = (0..<4).map { _ in "<span>\(generator.text(from: Self.leafPieces, upTo: 6))</span>" }
            let document = try HTMLDocument("<html><body><div>\(leaves.joined())</div></body></html>")
            try #require(document.root).forEachElement { element in
                guard element.hasOnlyTextChildren, PlainTextCleaner.opensWithOtherLetter(element) else { return }
                ruledOut += 1
                #expect(PlainTextCleaner.welcomeSite(in: element.textContent) == nil, "\(element.textContent)")
            }
        }
        #expect(ruledOut > 1000)
        for page in Corpus.pages {
            let document = try HTMLDocument(try Corpus.html(page))
            try #require(document.root).forEachElement { element in
                guard element.hasOnlyTextChildren, PlainTextCleaner.opensWithOtherLetter(element) else { return }
                #expect(PlainTextCleaner.welcomeSite(in: element.textContent) == nil, "\(page): \(element.textContent)")
            }
        }
    }

    /// The String form the logo marks had: values lower-cased, joined, searched.
    static func stringLogoMarks(_ element: HTMLNode) -> Bool {
        let marks = [element.attribute("class"), element.attribute("id"), element.attribute("src"),
                     element.parent?.attribute("class"), element.parent?.attribute("id")]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        return MarkupVocabulary.logoHints.contains(where: { ByteSearch.contains(marks, $0) })
    }

    @Test func logoMarksAsStrings() throws {
        let pieces = ["LOGO", "Logo", "lo", "go", "brand", "BRA", "nd", "BaNNer", "ban", "ner", "İ", "ß", "x", "-",
                      " ", "é", "K", "\u{212A}", "&amp;", "\""]
        let attributes = ["class", "id", "src", "CLASS", "xml:class", "alt"]
        var generator = Generator(state: 11)
        var found = 0
        for _ in 0..<3000 {
            func attributeList() -> String {
                (0..<Int(generator.next() % 4)).map { _ in
                    let value = generator.text(from: pieces, upTo: 4).replacingOccurrences(of: "\"", with: "&quot;")
                    return " \(generator.pick(attributes))=\"\(value)\""
                }.joined()
            }
            let html = "<html><body><div\(attributeList())><img\(attributeList())></div><img\(attributeList())></body></html>"
            let document = try HTMLDocument(html)
            for image in document.elements(named: "img") {
                let expected = Self.stringLogoMarks(image)
                if expected { found += 1 }
                #expect(PageMetadata.hasLogoMarks(image.pointer) == expected, "\(html)")
            }
        }
        #expect(found > 300)
    }
}
