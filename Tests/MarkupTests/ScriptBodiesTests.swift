import Foundation
import Testing
import VietnameseText
@testable import Markup

/// The script bodies found in a page, and proof from libxml2 itself that parsing the page
/// without them gives the same tree, less the scripts' text.
@Suite struct ScriptBodiesTests {
    /// The bodies ``ScriptBodies`` finds in `html`, as strings.
    static func bodies(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ScriptBodies.ranges(in: buffer).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    /// libxml2's tree as text: elements with attributes, text and comments, the children of
    /// `script` elements left out.
    static func dump(_ document: HTMLDocument) -> String {
        var out = ""
        func walk(_ node: HTMLNode, depth: Int) {
            let indent = String(repeating: " ", count: depth)
            if node.isElement {
                out += indent + "<" + node.name + node.attributes.map { " \($0.name)=\($0.value)" }.joined() + ">\n"
                if node.name == "script" { return }
                for child in node.children { walk(child, depth: depth + 1) }
            } else if node.isText {
                out += indent + "#" + node.text.debugDescription + "\n"
            } else if let content = node.pointer.pointee.content {
                out += indent + "!" + String(cString: content).debugDescription + "\n"
            }
        }
        if let root = document.root { walk(root, depth: 0) }
        return out
    }

    /// The text of each `script` element in document order.
    static func scriptTexts(_ document: HTMLDocument) -> [String] {
        document.elements(named: "script").map(\.textContent)
    }

    /// Parses `html` both ways and checks the trees agree and the stripped scripts are empty.
    static func expectSameTree(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let decoded = DecodedText(text: html, encoding: "utf-8")
        let full = try HTMLDocument(decoded)
        let stripped = try HTMLDocument(decoded, skippingScriptBodies: true)
        #expect(dump(full) == dump(stripped), sourceLocation: sourceLocation)
        let fullTexts = scriptTexts(full)
        let strippedTexts = scriptTexts(stripped)
        #expect(fullTexts.count == strippedTexts.count, sourceLocation: sourceLocation)
        // Each script keeps its text or is emptied; the emptied ones are the bodies found.
        let emptied = zip(fullTexts, strippedTexts).filter { $0.0 != $0.1 }
        #expect(emptied.allSatisfy { $0.1.isEmpty }, sourceLocation: sourceLocation)
        #expect(emptied.map(\.0) == bodies(html).filter { !$0.isEmpty }, sourceLocation: sourceLocation)
    }

    @Test func findsJavaScriptBodiesAndKeepsOtherTypes() throws {
        let html = """
            <html><head><script>var a = 1;</script><script type="application/ld+json">{"a":1}</script>
            <SCRIPT Type=" Text/JavaScript ">b()</SCRIPT><script type=module>c()</script>
            <script type="text/template"> <p>t</p></script><script type>d()</script>
            <script src="x.js"></script></head><body><p>x</p></body></html>
            """
        #expect(Self.bodies(html) == ["var a = 1;", "b()", "c()"])
        try Self.expectSameTree(html)
    }

    @Test func bodyEndsAtTheFirstCloseTagEvenInsideAString() throws {
        let html = #"<html><body><script>var s = "</script><p>after</p>"; x()</script><p>tail</p></body></html>"#
        #expect(Self.bodies(html) == [#"var s = ""#])
        let full = try HTMLDocument(html)
        // libxml2 ends the script at the `</script` in the string: "after" is a paragraph.
        #expect(full.elements(named: "p").map(\.textContent) == ["after", "tail"])
        try Self.expectSameTree(html)
    }

    @Test func otherCloseTagsAndMarkupInsideABodyAreScriptText() throws {
        let html = """
            <html><body><script> document.write("<div id='a'>") ; if (a</b) {} <!-- x </SCRIPx </style>
            </script><style>p { }</script><script>s() } </style><p>p</p></body></html>
            """
        #expect(Self.bodies(html) == [" document.write(\"<div id='a'>\") ; if (a</b) {} <!-- x </SCRIPx </style>\n"])
        try Self.expectSameTree(html)
    }

    @Test func commentsAndQuotedValuesHideScriptTags() throws {
        let html = """
            <html><body><!-- <script>in comment()</script> --><div title="<script>v()</script>" data-x='<script>'>
            <p>text</p></div><script>real()</script></body></html>
            """
        #expect(Self.bodies(html) == ["real()"])
        try Self.expectSameTree(html)
    }

    @Test func styleRawTextHidesScriptTags() throws {
        let html = "<html><head><style>a::after { content: '<script>x()</script>' }</style></head><body><script>y()</script><p>z</p></body></html>"
        #expect(Self.bodies(html) == ["y()"])
        try Self.expectSameTree(html)
    }

    @Test func unclearPagesAreNotStripped() throws {
        let pages = [
            "<html><body><!-- open <script>x()</script><p>a</p></body></html>",
            "<html><head><title>T <script>x()</script></title></head><body><p>a</p></body></html>",
            "<html><body><textarea><script>x()</script></textarea></body></html>",
            "<html><body><div title=\"<script>x()</script></body></html>",
            "<html><body><script>unterminated()</body></html>",
            "<html><body><script/>x()</script><p>a</p></body></html>",
            "<html><body><script><p>x</p></script></body></html>",
            "<html><body><script>x()</scripts><p>a</p></body></html>",
            "<html><body><!--> <script>x()</script> --><p>a</p></body></html>",
            "<html><body><!-- a --!> <script>x()</script> --><p>a</p></body></html>",
            "<html><body><_x a=\"<script>\"><script>x()</script></body></html>",
            "<html><body>\u{0}<script>x()</script></body></html>",
        ]
        for page in pages {
            #expect(Self.bodies(page).isEmpty, "\(page)")
            try Self.expectSameTree(page)
        }
    }

    @Test func bogusAttributesAndOddTagsMatchLibxml2() throws {
        let pages = [
            #"<html><body><div "a>b" class=x><script>x()</script><p>a</p></div></body></html>"#,
            #"<html><body><img src=a>b alt=c><script >x()</script ><p>a</p></body></html>"#,
            "<html><body><p>1 < 2 <! x> <?php echo 1 ?></p><script\ttype='text/javascript'\n>x()</script\n><p>b</p></body></html>",
            #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html><body><script>x()</script><a href=<script>y()</script>z</a></body></html>"#,
            "<html><body><script>\n<!--\nx()\n//--></script><p>after</p></body></html>",
            "<html><body><div/><script>a()</script></div></body></html>",
            "<script>early()</script><p>no html tag</p>",
        ]
        for page in pages {
            // Each page is clear enough to be stripped, so the trees compared differ in input.
            #expect(!Self.bodies(page).isEmpty, "\(page)")
            try Self.expectSameTree(page)
        }
    }

    /// Every page of the corpus (and of `BAOCAO_EQUIVALENCE_PAGES`, a folder of pages such as
    /// generated bench pages): the same tree, and the same extracted content.
    @Test func corpusPagesGiveTheSameTreeAndContent() throws {
        var pages = 0
        var stripped = 0
        for (name, html) in try Corpus.equivalencePages() {
            pages += 1
            if !Self.bodies(html).isEmpty { stripped += 1 }
            try Self.expectSameTree(html)
            let decoded = DecodedText(text: html, encoding: "utf-8")
            let full = Result { () throws(MarkupError) in try ContentExtractor.html(decoded, skippingScriptBodies: false) }
            let skipped = Result { () throws(MarkupError) in try ContentExtractor.html(decoded, skippingScriptBodies: true) }
            switch (full, skipped) {
            case let (.success(a), .success(b)):
                #expect(a.title == b.title, "\(name)")
                #expect(a.published == b.published, "\(name)")
                #expect(a.authors == b.authors, "\(name)")
                #expect(a.site == b.site, "\(name)")
                #expect(a.text == b.text, "\(name)")
            case let (.failure(a), .failure(b)):
                #expect("\(a)" == "\(b)", "\(name)")
            default:
                Issue.record("\(name): one parse failed")
            }
        }
        #expect(pages > 30)
        // Most real pages carry scripts: the scan must not give up on them.
        #expect(stripped * 2 > pages)
    }
}
