import Testing
import VietnameseText
@testable import Pipeline

/// Font names as PDFs carry them, and words whose letters are in two fonts.
struct PDFLegacyFontTests {
    @Test func pdfFontNamesNameTheirLegacyFont() {
        #expect(PDFFontSpans.legacyFont(named: "BAAAAA+.VnTimeH-Bold") == LegacyFont(encoding: .tcvn3, isUpperCase: true))
        #expect(PDFFontSpans.legacyFont(named: "CAAAAA+.VnTime-BoldItalic") == LegacyFont(encoding: .tcvn3))
        #expect(PDFFontSpans.legacyFont(named: ".VnArialH,Bold") == LegacyFont(encoding: .tcvn3, isUpperCase: true))
        #expect(PDFFontSpans.legacyFont(named: "DAAAAA+VNI-Times,Italic") == LegacyFont(encoding: .vni))
        #expect(PDFFontSpans.legacyFont(named: "BAAAAA+DejaVuSans") == nil)
        #expect(PDFFontSpans.legacyFont(named: "TimesNewRomanPS-BoldMT") == nil)
        #expect(PDFFontSpans.baseName("EAAAAA+.VnTime-Italic") == ".VnTime")
    }

    @Test func spansAreReadFromPdftohtmlXML() {
        let xml = """
            <page number="2" position="absolute" top="0" left="0" height="792" width="612">
            \t<fontspec id="0" size="13" family="BAAAAA+.VnTimeH" color="#000000"/>
            \t<fontspec id="1" size="13" family="CAAAAA+.VnTime" color="#000000"/>
            <text top="72" left="100" width="10" height="17" font="0"><b>ñ</b></text>
            <text top="72" left="110" width="30" height="17" font="1">y ban &amp; c</text>
            </page>
            """
        let spans = PDFFontSpans(xml: xml)
        #expect(spans.pages[2]?.map(\.text) == ["ñ", "y ban & c"])
        #expect(spans.pages[2]?.first?.font == "BAAAAA+.VnTimeH")
        #expect(spans.hasLegacyFonts)
    }

    /// "Ủy": the capital typed in .VnTimeH, "y" in .VnTime; one word of the text layer.
    @Test func aWordInTwoFontsIsConvertedRunByRun() {
        let spans = [PDFFontSpans.Span(text: "ñ", font: "BAAAAA+.VnTimeH", x0: 100, y0: 72, x1: 110, y1: 89),
                     PDFFontSpans.Span(text: "y ban", font: "CAAAAA+.VnTime", x0: 110, y0: 72, x1: 140, y1: 89),
                     PDFFontSpans.Span(text: "Häc", font: "DAAAAA+LiberationSerif", x0: 200, y0: 72, x1: 230, y1: 89)]
        var legacy = PDFLegacyText()
        #expect(legacy.convert(PageLayout.Word(text: "ñy", x0: 100, y0: 72, x1: 118, y1: 89), in: spans) == "Ủy")
        #expect(legacy.convert(PageLayout.Word(text: "ban", x0: 120, y0: 72, x1: 140, y1: 89), in: spans) == "ban")
        // Text in a Unicode font stays as it is, whatever it looks like.
        #expect(legacy.convert(PageLayout.Word(text: "Häc", x0: 200, y0: 72, x1: 230, y1: 89), in: spans) == "Häc")
        #expect(legacy.encoding == .tcvn3)
        #expect(legacy.fontNames == [".VnTimeH"])
    }

    @Test func touchingWordsOfALineAreJoined() {
        func word(_ text: String, _ x0: Double, _ x1: Double) -> PageLayout.Word {
            PageLayout.Word(text: text, x0: x0, y0: 35.85, x1: x1, y1: 52.75)
        }
        var layout = PageLayout(pages: [PageLayout.Page(number: 1, width: 612, height: 792, lines: [
            PageLayout.Line(flow: 0, block: 0, words: [word("HUY", 90.1, 119.5), word("Ệ", 119.5, 129.0), word("N", 129.01, 138.4),
                                                       word("ỦY", 141.6, 160.0)]),
        ])])
        layout.joinTouchingWords()
        #expect(layout.pages[0].lines[0].text == "HUYỆN ỦY")
    }
}
