import Testing
import VietnameseText
@testable import Markup

/// Long paragraphs skip the full fold only when it would pass every folded test anyway.
@Suite struct LongParagraphTests {
    static func paragraph(_ text: String) -> PageScan.Paragraph {
        PageScan.Paragraph(text: text, chars: text.unicodeScalars.count, linkChars: 0, block: 0, position: 0,
                           inAuthorHint: false, inDateHint: false, inMarkedRegion: false)
    }

    @Test func settledOnlyWhenTheFullFoldAgrees() {
        let pieces = ["Nghị quyết ", "Đảng ủy ", "12 ", "ab ", "a b ", "x ", "-- ", "... ", "(3) ", "\r\n", "chia sẻ ",
                      "tin liên quan ", "ệ", "“", "”", " ", "Chủ tịch ", "1", ", ", "Ⅻ ", "ß"]
        var generator = MetadataWalkTests.Generator(state: 13)
        var settled = 0
        for round in 0..<4000 {
            let text = generator.text(from: round % 7 == 0 ? pieces + ["\u{0301}"] : pieces, upTo: round % 3 == 0 ? 40 : 160)
            let folded = Folding.key(text)
            let lengths: Set<Int> = round % 5 == 0 ? [folded.utf8.count] : [10, 80]
            guard ContentExtractor.isLongText(text, notOfLengths: lengths) else { continue }
            settled += 1
            #expect(BoilerplateLabels.label(of: folded) == nil)
            #expect(!BoilerplateLabels.isCallToAction(folded))
            #expect(!ContentExtractor.isFurniture(Self.paragraph(text), folded: folded, label: nil, endsSection: false))
            #expect(!lengths.contains(folded.utf8.count))
        }
        #expect(settled > 500)
    }

    @Test func scalarsCountedByWords() {
        let pieces = ["a", "ệ", "Đ", "😀", "\u{0301}", " ", "ß", "“", "\u{10FFFF}", "xyz"]
        var generator = MetadataWalkTests.Generator(state: 19)
        for _ in 0..<2000 {
            var text = generator.text(from: pieces, upTo: 40)
            let count = text.withUTF8 { ContentExtractor.scalarCount($0) }
            #expect(count == text.unicodeScalars.count)
        }
    }

    @Test func shortOrMarkedTextsAreNotSettled() {
        let long = String(repeating: "Nghị quyết của Đảng ủy ", count: 12)
        #expect(ContentExtractor.isLongText(long, notOfLengths: []))
        #expect(!ContentExtractor.isLongText("Nghị quyết của Đảng ủy", notOfLengths: []))
        #expect(!ContentExtractor.isLongText(long + "e\u{0301}", notOfLengths: []))
        #expect(!ContentExtractor.isLongText(long, notOfLengths: [long.unicodeScalars.count]))
        #expect(!ContentExtractor.isLongText(String(repeating: "1 - ", count: 80), notOfLengths: []))
        #expect(!ContentExtractor.isLongText(String(repeating: "- . ", count: 80), notOfLengths: []))
    }
}

/// Long lines are refused as signatures before they are read only when reading refuses them.
@Suite struct LongSignatureTests {
    @Test func refusedOnlyWhenReadingRefuses() {
        let pieces = ["NGUYỄN VĂN A ", "Tác giả: ", "Bài và ảnh: ", ")", " - ", "Minh Anh", "--", "—",
                      "abcdefghij", "0123456789", " ", "\u{00A0}", "e\u{0301}", ".", ",", "Nhóm thực hiện: ", "THỦY HÀ"]
        var generator = MetadataWalkTests.Generator(state: 17)
        var refused = 0
        for round in 0..<3000 {
            let line = generator.text(from: round % 5 == 0 ? pieces + ["(TTXVN)", "("] : pieces, upTo: round % 2 == 0 ? 30 : 120)
            guard Signature.isTooLongWithoutUnit(line) else { continue }
            refused += 1
            #expect(Signature.readAuthor(in: line, requireStyle: round % 3 == 0) == nil, "\(line)")
        }
        #expect(refused > 100)
        let name = "Tác giả: " + String(repeating: "a", count: 250)
        #expect(!Signature.isTooLongWithoutUnit(name))
        #expect(Signature.isTooLongWithoutUnit(String(repeating: "Nguyễn Văn A ", count: 40)))
        #expect(!Signature.isTooLongWithoutUnit(String(repeating: "Nguyễn Văn A ", count: 40) + "(TTXVN)"))
    }
}

/// Lines without an ASCII digit hold no date the patterns find.
@Suite struct DateDigitTests {
    @Test func noASCIIDigitNoDate() {
        let pieces = ["Ngày ", "tháng ", "năm ", "hai mươi", "１２/１２/２０２２", "٣/٤/٢٠٢٢", "²", "/", "-", " ", "Thứ Hai",
                      "5", "12", "2023", "14h30", "GMT+7", "ngày 5 tháng 1 năm 2023", "20/12/2022"]
        var generator = MetadataWalkTests.Generator(state: 23)
        var dated = 0
        for _ in 0..<3000 {
            let line = generator.text(from: pieces, upTo: 5)
            let date = PublishedDate.fromPrintedText(line)
            if date != nil { dated += 1 }
            if !PublishedDate.mayHoldDate(line) {
                #expect(date == nil && !PublishedDate.containsDate(line), "\(line)")
            }
        }
        #expect(dated > 300)
    }
}
