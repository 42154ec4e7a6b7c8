import Testing
@testable import Markup

/// The byte-level shortcuts of the plain-text line rules answer as the Character-level
/// tests they stand for (invented lines; CR, LF, CR LF, combining marks, long lines).
@Suite struct LineShortcutTests {
    static let texts = [
        "", "\n", "\r", "\r\n", "\n\r", "a\nb", "a\rb", "a\r\nb", "a\r\r\nb", "\r\n\r\nx\n\n", "dòng một\ndòng hai\r\ndòng ba\rhết",
        "Tiêu đề\n\n  \nNgày 12/03/2024\r\n\r\nNội dung", "a\n\u{301}b", "x\r\u{301}\ny", "\u{FEFF}\nđầu\n",
    ]

    @Test(arguments: texts)
    func linesSplitLikeCharacters(text: String) {
        let expected = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map(String.init)
        let lines = PlainTextCleaner.lines(of: text)
        #expect(lines == expected)
        #expect(lines.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }

    @Test func characterLimits() {
        let samples = ["", "a", "ab", "Hà Nội", "e\u{301}\u{302}\u{303}", String(repeating: "ố", count: 200),
                       String(repeating: "x", count: 161), "🇻🇳🇻🇳", String(repeating: "a\u{300}", count: 50)]
        for sample in samples {
            for limit in [0, 1, 2, 5, 30, 120, 160, 161, 320] {
                #expect(sample.hasAtMostCharacters(limit) == (sample.count <= limit), "\(sample.prefix(10)) \(limit)")
            }
        }
    }

    /// The byte count of Characters made of scalars that stand alone answers as `count`, and
    /// leaves other strings to the Character walk.
    @Test func characterLimitsOnBytes() {
        let pieces = ["a", " ", "\r", "\n", "\r\n", "ố", "Đ", "ệ", "ư", "©", "\u{0085}", "\u{02FF}", "\u{0300}", "\u{0301}",
                      "\u{200D}", "😀", "🇻", "가", "\u{1100}", "\u{0600}", "\u{1E00}", "\u{1EFF}", "\u{1F00}", "€", "\u{00AD}"]
        var state: UInt64 = 0x0DDB_A11
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(Int(state % 12)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            for limit in 0...12 {
                var copy = text
                let answer = copy.withUTF8 { CharacterLimits.hasAtMostCharacters(limit, simpleUTF8: $0) }
                if let answer { #expect(answer == (text.count <= limit), "\(text.unicodeScalars.map(\.value)) \(limit)") }
                #expect(text.hasAtMostCharacters(limit) == (text.count <= limit))
            }
        }
    }

    @Test(arguments: [
        "Ngày đăng: 11/03/2021 09:15", "[Đăng ngày: 23/09/2018]", "Thứ Hai, 13/05/2019", "T.H 12/06/2022 15:05",
    ])
    func datelinesHoldAYear(line: String) {
        #expect(PlainTextHead.mayHoldYear(line))
        #expect(PlainTextHead.dateline(line) != nil)
    }

    @Test(arguments: ["Ngày 12/3", "Lượt xem: 1.204", "Năm 1899", "Tel 0219", "", "Thứ Hai, 13/05/18"])
    func noYearNoDateline(line: String) {
        #expect(!PlainTextHead.mayHoldYear(line))
        #expect(PlainTextHead.dateline(line) == nil)
    }

    /// The byte count of separators agrees with the String searches it spares.
    @Test(arguments: [
        "TRANG CHỦ  GIỚI THIỆU  VĂN BẢN", "Trang chủ | Tin tức | Liên hệ", "Một dòng văn bản thường",
        "A|B", "x  y", "Tin tức - Sự kiện", "a | b | c | d", "Trang chủ - Giới thiệu – Tin tức - Liên hệ",
        "x   y    z", "2021 -2025", "a -b - c", "", " - ", "Đà Nẵng – Huế",
    ])
    func menuSeparators(line: String) {
        let counts = PlainTextHead.separatorCounts(line)
        #expect(counts.pipes == line.filter { $0 == "|" }.count)
        let runs = line.split(separator: " ", omittingEmptySubsequences: false)
        var doubleSpaces = 0
        var previousEmpty = false
        for (index, piece) in runs.enumerated() where index > 0 && index < runs.count - 1 {
            if piece.isEmpty && !previousEmpty { doubleSpaces += 1 }
            previousEmpty = piece.isEmpty
        }
        #expect(counts.doubleSpaces == doubleSpaces)
        #expect(counts.dashes == line.components(separatedBy: " - ").count - 1 + line.components(separatedBy: " – ").count - 1)
        if counts.pipes + 1 < PlainTextHead.minimumMenuItems && counts.doubleSpaces + 1 < PlainTextHead.minimumMenuItems
            && counts.dashes + 1 < PlainTextHead.minimumDashMenuItems {
            #expect(!PlainTextHead.isMenu(line))
        }
    }
}
