@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

@Suite struct DateTests {
    private func values(_ sentence: String) -> [String] {
        DateExtractor().extract(from: AnalyzedText(sentence)).map(\.value)
    }

    @Test(arguments: DatePatterns.rules.flatMap { rule in rule.examples.map { (rule.name, $0.text, $0.value) } })
    func ruleExample(rule: String, text: String, expected: String?) {
        let found = DateExpressionScanner.scan(AnalyzedText(text)).first { $0.rule == rule }
        #expect(found?.value.iso == expected, "\(rule): \(text)")
    }

    static let sentences: [(String, [String])] = [
        ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", ["2016-05-15"]),
        ("Kết luận 01-KL/TW ngày 18/5/2021, của Bộ Chính trị", ["2021-05-18"]),
        ("Kế hoạch 46 ngày 13-8-2021 của Ban Thường vụ Thành ủy", ["2021-08-13"]),
        ("Nghị quyết số 11 ngày 14/4/2017 của Huyện ủy", ["2017-04-14"]),
        ("Ngày 18 tháng 5 năm 2021, Bộ Chính trị ban hành Kết luận", ["2021-05-18"]),
        ("Cập nhật lúc 14:49 ngày 20/12/2022", ["2022-12-20"]),
        ("Trong tháng 5/2022, toàn tỉnh tổ chức 20 hội nghị", ["2022-05"]),
        ("đến tháng 5 năm 2022 đã hoàn thành", ["2022-05"]),
        ("Kết quả quý IV/2022 khả quan", ["2022-Q4"]),
        ("trong quý IV năm 2022 và quý 1/2023", ["2022-Q4", "2023-Q1"]),
        ("Hội nghị ngày 01.02.2023 tại hội trường", ["2023-02-01"]),
        ("Từ 02/2023 các chi bộ triển khai", ["2023-02"]),
        ("Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022)", ["1890-05-19", "2022-05-19"]),
        ("từ năm 2021 đến hết tháng 9/2022", ["2022-09"]),
        ("ngày 15/5/2016 và một lần nữa ngày 15/5/2016", ["2016-05-15"]),
        ("ngày 3/2/2020 rồi ngày 15/5/2016 rồi ngày 03/02/2020", ["2020-02-03", "2016-05-15"]),
        ("Quyết định số 1234/QĐ-UBND ngày 12/5/2020 của UBND tỉnh", ["2020-05-12"]),
        ("Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", ["2020-03-05"]),
        ("ngày 29/02/2024 là ngày nhuận", ["2024-02-29"]),
        ("Sáng 2-9-1945, tại Quảng trường Ba Đình", ["1945-09-02"]),
        ("hoán đổi ngày thứ 2 (31/12/2012) sang ngày thứ 7 (5/1/2013)", ["2012-12-31", "2013-01-05"]),
        ("trong 2 ngày 18-19/5/2023", ["2023-05-19"]),
        ("Tháng 12-2020, Ban Thường vụ", ["2020-12"]),
        ("từ tháng 3 - 5/2022", ["2022-05"]),
        ("khoảng 16 giờ ngày 8.6.2012, Công an", ["2012-06-08"]),
        // Counter-examples: no year, bare years, codes, fractions, counts, impossible days.
        ("ngày 18/5 tổ chức hội nghị", []),
        ("Năm 2019, toàn huyện có 20 mô hình", []),
        ("Nghị định 30/2020/NĐ-CP của Chính phủ", []),
        ("Quyết định số 05/QĐ-UBND của UBND tỉnh", []),
        ("Luật số 80/2015/QH13 về ban hành văn bản", []),
        ("Nghị quyết số 05/2021 của HĐND", []),
        ("đạt 1/3 chỉ tiêu đề ra", []),
        ("bản đồ tỷ lệ 1/2000", []),
        ("Đại hội VII (1991) của Đảng", []),
        ("ngày 31/4/2021", []),
        ("ngày 29/2/2023", []),
        ("ngày 15/5/1700", []),
        ("ngày 15/5/16", []),
        ("giai đoạn 2021 – 2025", []),
        ("hơn 16.700 lượt người dân và 2.025 hộ", []),
        ("quỹ 4/2022 đã chi", []),
        ("đợt 1/2022 có 30 đảng viên", []),
        ("Thông tư 01/2021/TT-BNV hướng dẫn", []),
    ]

    @Test(arguments: sentences)
    func sentence(_ sentence: String, expected: [String]) {
        #expect(values(sentence) == expected)
    }

    @Test func mentionsCoverEachOccurrence() {
        let text = AnalyzedText("Ngày 15/5/2016 và ngày 18 tháng 5 năm 2021; lại ngày 15/5/2016.")
        let items = DateExtractor().extract(from: text)
        #expect(items.map(\.value) == ["2016-05-15", "2021-05-18"])
        #expect(items[0].mentions.map { text.slice($0.range) } == ["15/5/2016", "15/5/2016"])
        #expect(items[1].mentions.map { text.slice($0.range) } == ["ngày 18 tháng 5 năm 2021"])
    }

    static let parses: [(String, String?)] = [
        ("15/5/2016", "2016-05-15"),
        ("13-8-2021", "2021-08-13"),
        ("ngày 18 tháng 5 năm 2021", "2021-05-18"),
        ("tháng 5/2022", "2022-05"),
        ("tháng 5 năm 2022", "2022-05"),
        ("quý IV/2022", "2022-Q4"),
        ("quý IV năm 2022", "2022-Q4"),
        ("quý 4/2022", "2022-Q4"),
        (" ngày 01.02.2023, ", "2023-02-01"),
        ("5/2022", "2022-05"),
        ("năm 2019", nil),
        ("2019", nil),
        ("18/5", nil),
        ("32/5/2016", nil),
        ("15/13/2016", nil),
        ("15/5/2101", nil),
        ("15/5/1799", nil),
        ("30/2020/NĐ-CP", nil),
        ("15/5/2016 - 19/5/2022", nil),
        ("Chỉ thị 05 ngày 15/5/2016", nil),
        ("", nil),
    ]

    @Test(arguments: parses)
    func parse(_ input: String, expected: String?) {
        #expect(VietnameseDate.parse(input) == expected)
    }

    @Test(arguments: SeedCorpus.documents)
    func seed(_ document: String) throws {
        let found = DateExtractor().extract(from: try SeedCorpus.text(document, withoutBulletLines: true)).map(\.value)
        let gold = try SeedCorpus.gold(document, list: "dates").compactMap { $0["value"] as? String }
        let misses = gold.filter { !found.contains($0) }, extras = found.filter { !gold.contains($0) }
        if !misses.isEmpty || !extras.isEmpty { print("dates \(document): MISS \(misses) EXTRA \(extras)") }
        #expect(SeedCorpus.f1(gold: Set(gold), predicted: Set(found)) >= 0.95)
    }
}
