@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Days written without a year ("Chiều 9/11"), the news shape of an event's date, and the
/// place-and-date line of an official document.
@Suite struct YearlessDateTests {
    private func values(_ sentence: String, published: String?) -> [String] {
        DateExtractor().extract(from: AnalyzedText(sentence), published: published).map(\.value)
    }

    @Test(arguments: YearlessDates.leadRows.map(\.example) + YearlessDates.linkRows.map(\.example))
    func leadWordExample(_ example: String) {
        let found = values(example, published: "2019-12-31")
        #expect(found.count == 1 && found[0].hasPrefix("2019-"), "\(example): \(found)")
        #expect(values(example, published: nil).isEmpty)
    }

    static let sentences: [(String, String?, [String])] = [
        ("(TTV) - Chiều 14/8, Đảng ủy xã Tân Phước tổ chức hội nghị sơ kết", "2021-08-15T09:30:00+07:00", ["2021-08-14"]),
        ("Sáng nay, 9-11, Huyện ủy Krông Bông biểu dương 27 điển hình", "2022-11-09", ["2022-11-09"]),
        ("Sáng ngày 03/4, Ban Tuyên giáo Thị ủy khai mạc lớp bồi dưỡng", "2020-04-04", ["2020-04-03"]),
        ("Tối 30/12, Đoàn Thanh niên phường tổ chức đêm văn nghệ", "2025-01-02T08:00:00+07:00", ["2024-12-30"]),
        ("Các chi bộ hoàn thành học tập trước ngày 30/9", "2023-04-10", ["2023-09-30"]),
        // The start of a span takes the year of its end, not the article's.
        ("Cuộc thi diễn ra từ ngày 20/12 đến ngày 15/1/2024", "2024-03-01", ["2023-12-20", "2024-01-15"]),
        ("Hội thao diễn ra từ ngày 8/6 đến hết ngày 27/7/2022", nil, ["2022-06-08", "2022-07-27"]),
        // Not days: tallies, fractions, scores, codes, a day without its year known.
        ("Đến nay 15/15 chi bộ đã xây dựng chuẩn mực đạo đức", "2022-06-01", []),
        ("đạt 3/4 chỉ tiêu, tỷ số 2-1", "2022-06-01", []),
        ("Chiều 14/8, Đảng ủy xã Tân Phước tổ chức hội nghị", nil, []),
        ("ngày 15/5/2016 của Bộ Chính trị", "2022-06-01", ["2016-05-15"]),
        ("trong 2 ngày 18-19/5/2023", "2023-05-20", ["2023-05-19"]),
        // The place-and-date line of a document is the document's date, not a dates item.
        ("HUYỆN ỦY KRÔNG NĂNG\nKrông Năng, ngày 14 tháng 9 năm 2022\nBÁO CÁO\nNgày 3 tháng 8 năm 2022, Huyện ủy họp", nil, ["2022-08-03"]),
    ]

    @Test(arguments: sentences)
    func sentence(_ sentence: String, published: String?, expected: [String]) {
        #expect(values(sentence, published: published) == expected)
    }

    @Test(arguments: SharedDates.jointRows.map(\.example))
    func sharedMonthExample(_ example: String) {
        #expect(values(example, published: nil).count == 2, "\(example)")
    }

    static let shared: [(String, String?, [String], [String])] = [
        ("Hội trại diễn ra ngày 7 và 8/4/2022 tại sân vận động huyện", nil, ["2022-04-07", "2022-04-08"], []),
        ("Từ ngày 16 đến 18/10/2022, lớp bồi dưỡng diễn ra tại huyện", nil, ["2022-10-16", "2022-10-18"],
         ["2022-10-16…2022-10-18"]),
        ("các chi bộ học tập xong trong quý I và quý II/2024.", nil, ["2024-Q1", "2024-Q2"], []),
        // The fuller date written without its year: both take the article's.
        ("Sáng ngày 9 và 10/6, Huyện đoàn tổ chức hội trại", "2021-06-11", ["2021-06-09", "2021-06-10"], []),
        ("Từ ngày 26 đến 28/8, đoàn công tác làm việc tại 3 xã", "2020-09-01", ["2020-08-26", "2020-08-28"],
         ["2020-08-26…2020-08-28"]),
        // A lone month shares the next month's year and opens its span.
        ("Từ tháng 7 đến tháng 9/2025, xã giải quyết 6.218 hồ sơ", nil, ["2025-07", "2025-09"], ["2025-07…2025-09"]),
        ("từ tháng 7 đến hết tháng 12/2025, các chi bộ sinh hoạt", nil, ["2025-07", "2025-12"], ["2025-07…2025-12"]),
        ("trong tháng 7 và tháng 8/2025, huyện mở 12 lớp", nil, ["2025-07", "2025-08"], []),
        // A later month is no lone month of the one after it (the span crosses a year).
        ("từ tháng 11 đến tháng 3/2025, huyện mở 12 lớp", nil, ["2025-03"], []),
        // A count before "và" is no day; a dash joins the date it ends on only.
        ("có 5 và 6/10 xã đạt chuẩn", "2021-06-11", [], []),
        ("trong 2 ngày 18-19/5/2023", nil, ["2023-05-19"], []),
        // "từ" before a day marks it only when a span's joint and a second date follow.
        ("Tháng Thanh niên năm 2025 (từ 01/3 đến 31/3) ra quân 40 công trình", "2025-04-02", ["2025-03-01", "2025-03-31"],
         ["2025-03-01…2025-03-31"]),
        ("Hội thi diễn ra từ 15/5 đến 20/5/2024 tại nhà văn hóa", nil, ["2024-05-15", "2024-05-20"],
         ["2024-05-15…2024-05-20"]),
        ("Tỷ lệ hộ đạt chuẩn tăng từ 3/5 lên 5/5 thôn", "2024-06-01", [], []),
    ]

    @Test(arguments: shared)
    func sharedMonth(_ sentence: String, published: String?, dates: [String], periods: [String]) {
        let facts = FactExtractor().extract(from: AnalyzedText(sentence), published: published, before: .never)
        #expect(facts?.dates.map(\.value) == dates)
        #expect(facts?.periods.map { "\($0.start)…\($0.end)" } == periods)
    }

    @Test(arguments: DocumentDateLine.examples)
    func documentDateLine(_ line: String, isDocumentDate: Bool) {
        let text = AnalyzedText("ĐẢNG CỘNG SẢN VIỆT NAM\n" + line + "\nBÁO CÁO")
        let date = DateExpressionScanner.scan(text).first { $0.value.isDateItem }
        #expect((date == nil) == isDocumentDate, "\(line)")
    }

    @Test func spanOpenedWithoutYearIsAPeriod() {
        let facts = FactExtractor().extract(from: AnalyzedText("Hội thi diễn ra từ ngày 20/12 đến ngày 15/1/2024."),
                                            published: nil, before: .never)
        #expect(facts?.periods.map { "\($0.start)…\($0.end)" } == ["2023-12-20…2024-01-15"])
    }
}
