import Foundation
import Testing
@testable import Markup

/// `ContentExtractor.mayHoldDateStamp(_:)`, the byte test that spares an h1 the dateline
/// readings, never refuses a line `PlainTextHead.dateline(_:)` reads as a dateline.
@Suite struct HeadlineDateShortcutTests {
    @Test(arguments: [
        "Ngày 12 tháng 3 năm 2024", "12/03/2024", "12 - 03 - 2024", "2024-03-12", "Thứ Hai, 13/05/2019 - 10:05",
        "Cập nhật lúc 06:00, Thứ Hai, 19/05/2025", "12.03.2024", "12/3/24 08:30", "(28/05/2025 - 06:55)",
        "12\u{00A0}/03/2024", "12 Tháng 3, 2024", "12 THÁNG 3 2024", "12\u{2013}03\u{2013}2024", "T.H 12/06/2022 15:05",
        "[Đăng ngày: 23/09/2018]", "NGUYÊN VŨ | 06:00, 24/05/2025",
    ])
    func datelinesPass(line: String) {
        #expect(ContentExtractor.mayHoldDateStamp(line))
    }

    /// The samples above are datelines, so the shortcut is tested where it matters.
    @Test func samplesAreDatelines() {
        let samples = ["12/03/2024", "Thứ Hai, 13/05/2019 - 10:05", "Cập nhật lúc 06:00, Thứ Hai, 19/05/2025",
                       "(28/05/2025 - 06:55)", "T.H 12/06/2022 15:05", "[Đăng ngày: 23/09/2018]", "NGUYÊN VŨ | 06:00, 24/05/2025"]
        for line in samples {
            #expect(PlainTextHead.dateline(line) != nil, "\(line)")
            #expect(ContentExtractor.mayHoldDateStamp(line))
        }
    }

    @Test(arguments: [
        "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2023 của huyện Tân Phước", "Năm 2024", "2024", "Tel 0219 3822",
        "Kế hoạch 125 năm 2023", "",
    ])
    func headlinesWithoutDateAreRefused(line: String) {
        #expect(!ContentExtractor.mayHoldDateStamp(line))
        #expect(PlainTextHead.dateline(line) == nil)
    }

    /// Every short line of the corpus texts that the shortcut refuses is no dateline.
    @Test func refusedCorpusLinesAreNoDatelines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus").standardizedFileURL
        var checked = 0
        for folder in ["seeds", "dev", "realshape", "realshape4", "realshape8", "realshape9"] {
            let url = root.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
                for line in PlainTextCleaner.lines(of: text) where line.utf8.count <= 400 && PublishedDate.mayHoldDate(line) {
                    guard !ContentExtractor.mayHoldDateStamp(line) else { continue }
                    checked += 1
                    #expect(PlainTextHead.dateline(line) == nil, "\(folder)/\(name): \(line)")
                }
            }
        }
        #expect(checked > 100)
    }
}
