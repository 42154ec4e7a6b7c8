import Testing
@testable import Pipeline

/// Reading order and paragraphs from word boxes, on hand-made pages (A4 in points).
struct PageLayoutTests {
    typealias Word = PageLayout.Word
    typealias Line = PageLayout.Line

    /// A line of `text` at `y`, its words 6 points a character apart from `x`, 12 points high.
    static func line(_ text: String, x: Double, y: Double, flow: Int = 0, block: Int = 0, gap: Double = 4) -> Line {
        var words: [Word] = []
        var position = x
        for word in text.split(separator: " ") {
            let width = Double(word.count) * 6
            words.append(Word(text: String(word), x0: position, y0: y, x1: position + width, y1: y + 12))
            position += width + gap
        }
        return Line(flow: flow, block: block, words: words)
    }

    static func page(_ number: Int, _ lines: [Line]) -> PageLayout.Page {
        PageLayout.Page(number: number, width: 595, height: 842, lines: lines)
    }

    /// A justified body line from 80 to 539.
    static func full(_ text: String, y: Double, indent: Double = 0) -> Line {
        var line = line(text, x: 80 + indent, y: y)
        let used = line.words.reduce(0) { $0 + $1.x1 - $1.x0 }
        let gap = (539 - 80 - indent - used) / Double(max(1, line.words.count - 1))
        var position = 80 + indent
        for index in line.words.indices {
            let width = line.words[index].x1 - line.words[index].x0
            line.words[index].x0 = position
            line.words[index].x1 = position + width
            position += width + gap
        }
        return line
    }

    @Test func lineEndHyphensAreKept() {
        #expect(PageLayout.join("Chỉ thị số 05-", "CT/TW ngày") == "Chỉ thị số 05-CT/TW ngày")
        #expect(PageLayout.join("giai đoạn 2021 -", "2025 vào") == "giai đoạn 2021 - 2025 vào")
        #expect(PageLayout.join("học tập", "và làm theo") == "học tập và làm theo")
    }

    @Test func paragraphsJoinAcrossLinesAndPagesAndStopAtIndentsAndShortLines() {
        let first = Self.page(1, [
            Self.full("Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh", y: 100, indent: 28),
            Self.full("học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh theo Chỉ thị số 05-", y: 117),
            Self.line("CT/TW của Bộ Chính trị.", x: 80, y: 134),
            Self.full("Các cấp ủy đã lồng ghép nội dung chuyên đề toàn khóa vào sinh hoạt chi bộ định kỳ", y: 154, indent: 28),
            Self.full("hằng tháng ở tất cả các chi bộ trực thuộc trong toàn Đảng bộ tỉnh trong năm", y: 171),
            Self.line("- 3 -", x: 290, y: 800),
        ])
        let second = Self.page(2, [
            Self.line("- 4 -", x: 290, y: 30),
            Self.line("2023 đạt kết quả tốt.", x: 80, y: 60),
        ])
        let text = PageLayout(pages: [first, second]).text
        #expect(text.split(separator: "\n") == [
            "Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW của Bộ Chính trị.",
            "Các cấp ủy đã lồng ghép nội dung chuyên đề toàn khóa vào sinh hoạt chi bộ định kỳ hằng tháng ở tất cả các chi bộ trực thuộc trong toàn Đảng bộ tỉnh trong năm 2023 đạt kết quả tốt.",
        ])
    }

    @Test func runningFootersRepeatedOnPagesAreDropped() {
        let pages = (1...3).map { number in
            Self.page(number, [
                Self.line("Đoạn văn thứ \(number) của báo cáo.", x: 80, y: 100),
                Self.line("Ban Tuyên giáo Tỉnh ủy - trang \(number)", x: 200, y: 800),
            ])
        }
        let text = PageLayout(pages: pages).text
        #expect(!text.contains("Ban Tuyên giáo"))
        #expect(text.contains("Đoạn văn thứ 3 của báo cáo."))
        // On one page the same line is text.
        #expect(PageLayout(pages: [pages[0]]).text.contains("Ban Tuyên giáo Tỉnh ủy - trang 1"))
    }

    @Test func headerColumnsReadRowByRowAreReadColumnByColumn() {
        // An OCR engine gives the header row by row: issuer beside motto, number beside date.
        var rowOne = Self.line("TỈNH ỦY QUẢNG TRỊ", x: 105, y: 46)
        rowOne.words += Self.line("ĐẢNG CỘNG SẢN VIỆT NAM", x: 310, y: 46).words
        var rowThree = Self.line("Số 12-BC/BTGTU", x: 120, y: 97)
        rowThree.words += Self.line("Quảng Trị, ngày 15 tháng 11 năm 2023", x: 290, y: 97).words
        let page = Self.page(1, [
            rowOne, Self.line("BAN TUYÊN GIÁO", x: 111, y: 63), Self.line("*", x: 172, y: 80), rowThree,
            Self.line("BÁO CÁO", x: 275, y: 138),
            Self.line("Nội dung.", x: 80, y: 170),
        ])
        #expect(PageLayout(pages: [page]).text.split(separator: "\n") == [
            "TỈNH ỦY QUẢNG TRỊ", "BAN TUYÊN GIÁO", "*", "Số 12-BC/BTGTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Quảng Trị, ngày 15 tháng 11 năm 2023", "BÁO CÁO", "Nội dung.",
        ])
    }

    @Test func theSignatureComesBeforeTheRecipients() {
        var row = Self.line("Nơi nhận:", x: 80, y: 135)
        row.words += Self.line("K/T TRƯỞNG BAN", x: 345, y: 135).words
        let page = Self.page(1, [
            Self.line("Trên đây là báo cáo./.", x: 108, y: 100),
            row,
            Self.line("- Lưu Văn phòng.", x: 80, y: 150),
            Self.line("PHÓ TRƯỞNG BAN", x: 341, y: 152),
            Self.line("Lê Thị Thanh Hương", x: 337, y: 205),
        ])
        #expect(PageLayout(pages: [page]).text.split(separator: "\n") == [
            "Trên đây là báo cáo./.", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Thanh Hương", "Nơi nhận:", "- Lưu Văn phòng.",
        ])
    }

    @Test func aScriptCheckTellsVietnameseFromGlyphCodes() {
        #expect(!ScriptQuality("Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh").looksMisDecoded)
        #expect(ScriptQuality(String(repeating: "T‚NH †Y QU€NG TRƒ BAN TUY‚N GI€O ", count: 5)).looksMisDecoded)
        #expect(ScriptQuality(String(repeating: "Häc tËp vµ lµm theo t­ t­ëng ", count: 5)).looksMisDecoded)
    }

    @Test func formatsAreChosenByMagicBytes() {
        #expect(BinaryFormat(sniffing: Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(BinaryFormat(sniffing: Array("\n %PDF-1.4\n".utf8)) == .pdf)
        #expect(BinaryFormat(sniffing: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(BinaryFormat(sniffing: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(BinaryFormat(sniffing: [0x49, 0x49, 0x2A, 0x00]) == .tiff)
        #expect(BinaryFormat(sniffing: Array("Báo cáo %PDF-1.4".utf8)) == nil)
        #expect(BinaryFormat(sniffing: Array("<html>".utf8)) == nil)
    }

    @Test func imageSizesComeFromTheirHeaders() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x04, 0xD9, 0, 0, 0x06, 0xDA]
        #expect(ImageSize(png, format: .png) == ImageSize(width: 1241, height: 1754))
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x06, 0xDA, 0x04, 0xD9, 1, 0, 0, 0]
        #expect(ImageSize(jpeg, format: .jpeg) == ImageSize(width: 1241, height: 1754))
    }
}
