import CLibXML2
import Testing
@testable import Markup

/// The publication-marker walk finds the elements the marker XPaths select first.
@Suite struct MarkerWalkTests {
    @Test func walkAgreesWithXPath() throws {
        let classes = ["published", "entry-date published", "Published", "published-date", "x\tpublished\n",
                       "a\u{0C}published", "  published  ", "updated", ""]
        let names = ["time", "span", "TIME", "div", "meta"]
        let itemprops = ["datePublished", "datepublished", "datePublished ", "x"]
        var generator = MetadataWalkTests.Generator(state: 37)
        var found = [0, 0]
        for _ in 0..<1500 {
            let elements = (0..<Int(generator.next() % 5 + 1)).map { _ -> String in
                var attributes = ""
                if generator.next() % 2 == 0 { attributes += " class=\"\(generator.pick(classes))\"" }
                if generator.next() % 2 == 0 { attributes += " datetime=\"2022-02-09\"" }
                if generator.next() % 3 == 0 { attributes += " content=\"2023-05-08\"" }
                if generator.next() % 3 == 0 { attributes += " itemprop=\"\(generator.pick(itemprops))\"" }
                let name = generator.pick(names)
                return "<\(name)\(attributes)>x</\(name)>"
            }
            let html = "<html><body><div>\(elements.joined())</div><p>\(generator.pick(elements))</p></body></html>"
            let document = try HTMLDocument(html)
            let markers: [(xmlNodePtr) -> Bool] = [ContentExtractor.isPublishedTime, ContentExtractor.isItempropPublished]
            for (index, xpath) in ContentExtractor.publishedMarkers.enumerated() {
                let expected = try document.elements(matchingXPath: xpath).first?.pointer
                let walked = ContentExtractor.firstElement(in: document, where: markers[index])
                #expect(walked == expected, "\(xpath) \(html)")
                if expected != nil { found[index] += 1 }
            }
        }
        #expect(found[0] > 100 && found[1] > 100)
    }
}

/// Attribute names are recognised exactly, as `xmlGetProp` compares them.
@Suite struct AttributeNameTests {
    @Test func fieldsAsXMLGetProp() throws {
        let names = ["id", "i", "idx", "ID", "class", "clas", "classx", "content", "contents", "style", "styl", "hidden",
                     "itemprop", "itempro", "datetime", "datetimex", "data-id", "c", "d", "h", "s"]
        var generator = MetadataWalkTests.Generator(state: 41)
        for round in 0..<1500 {
            let attributes = (0..<Int(generator.next() % 5)).map { index in
                " \(generator.pick(names))=\"v\(round)-\(index)\""
            }.joined()
            let document = try HTMLDocument("<html><body><div\(attributes)>x</div></body></html>")
            let div = try #require(document.elements(named: "div").first)
            let read = ElementAttributes(div.pointer)
            #expect(read.classValue?.string == div.attribute("class"), "\(attributes)")
            #expect(read.id?.string == div.attribute("id"))
            #expect(read.style?.string == div.attribute("style"))
            #expect(read.itemprop?.string == div.attribute("itemprop"))
            #expect(read.datetime?.string == div.attribute("datetime"))
            #expect(read.content?.string == div.attribute("content"))
            #expect(read.hasHidden == (div.attribute("hidden") != nil))
        }
    }
}

/// Blocks carry their tag's score and paragraph role.
@Suite struct BlockRoleTests {
    @Test func rolesFollowTheTag() throws {
        var blocks = 0
        for page in Corpus.pages {
            let document = try HTMLDocument(try Corpus.html(page))
            for block in PageScan(root: try #require(document.root)).blocks {
                blocks += 1
                #expect(block.baseScore == ContentScoring.baseScore(block.tag), "\(block.tag)")
                #expect(block.isParagraph == MarkupVocabulary.paragraphElements.contains(block.tag), "\(block.tag)")
            }
        }
        #expect(blocks > 1000)
        let document = try HTMLDocument("<html><body><BLOCKQUOTE>a</BLOCKQUOTE><figcaption>b</figcaption><td>c</td></body></html>")
        let tags = PageScan(root: try #require(document.root)).blocks.map { "\($0.tag) \($0.baseScore) \($0.isParagraph)" }
        #expect(tags.contains("blockquote 3.0 true") && tags.contains("figcaption 0.0 true"))
    }
}
