import Foundation
import Markup
import Testing

@Suite("Recognising HTML by its bytes")
struct HTMLSnifferTests {
    @Test(arguments: [
        "<!DOCTYPE html>\n<html>", "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "  \r\n\t<html lang=\"vi\">",
        "<HTML>", "<html\n  xmlns=\"http://www.w3.org/1999/xhtml\">", "<head><title>x</title>", "<body>", "<div class=\"a\">",
        "<p>Đoạn văn</p>", "<p>", "<br/>", "<meta charset=\"utf-8\">", "<table>", "<a href=\"/\">", "<b>in đậm</b>",
        "<!-- saved from url=(0041)https://example.vn/ -->\n<html>", "<!--[if IE]><![endif]-->\n<!DOCTYPE html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">",
        "\u{FEFF}<!DOCTYPE html>",
    ])
    func pagesAreHTML(_ text: String) {
        #expect(HTMLSniffer.isHTML(Array(text.utf8)), "\(text)")
    }

    @Test(arguments: [
        "", "   \n", "Báo cáo sơ kết <html> 5 năm", "<pre>", "<header>", "<html", "<htmlx>", "<!DOCTYPE xml>",
        "<?xml version=\"1.0\"?><rss>", "<!--[if IE]> never closed", "<!--x--> Văn bản", "\u{FEFF}Kế hoạch số 33",
        "{\"a\": 1}", "%PDF-1.4", "\u{89}PNG",
    ])
    func otherBytesAreNot(_ text: String) {
        #expect(!HTMLSniffer.isHTML(Array(text.utf8)), "\(text)")
    }

    @Test func utf16WithAByteOrderMarkIsReadThroughItsASCII() {
        let text = "  <!DOCTYPE html><html>"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(HTMLSniffer.isHTML(little))
        #expect(HTMLSniffer.isHTML(big))
        let text16: [UInt8] = [0xFF, 0xFE] + "Văn bản".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(!HTMLSniffer.isHTML(text16))
    }

    /// The corpus's pages all sniff as HTML and its text reports none: the rule changes no
    /// record of the corpus.
    @Test func theCorpusIsReadAsBefore() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? []
        var checked = 0
        for name in files where name.hasSuffix(".html") || name.hasSuffix(".txt") {
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
            #expect(HTMLSniffer.isHTML(bytes) == name.hasSuffix(".html"), "\(name)")
            checked += 1
        }
        #expect(checked > 50)
    }
}
