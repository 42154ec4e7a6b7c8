@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

@Suite struct PeriodTests {
    private func spans(_ sentence: String) -> [String] {
        PeriodExtractor().extract(from: AnalyzedText(sentence)).map { period in
            "\(period.start)…\(period.end)" + (period.label.map { " [\($0)]" } ?? "")
        }
    }

    static let sentences: [(String, [String])] = [
        ("học tập và làm theo Bác giai đoạn 2021 – 2025", ["2021…2025 [giai đoạn]"]),
        ("Nghị quyết Đại hội nhiệm kỳ 2020 – 2025, trong số 23 chỉ tiêu", ["2020…2025 [nhiệm kỳ]"]),
        ("trong 05 năm qua (2017 - 2022) đã có 100% chi bộ", ["2017…2022"]),
        ("Trong 3 năm gần đây (2020 – 2022), chi bộ đều đạt", ["2020…2022"]),
        ("Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022)", ["1890-05-19…2022-05-19"]),
        ("từ năm 2021 đến hết tháng 9/2022 đã xây dựng", ["2021…2022-09"]),
        ("từ năm 2015 đến năm 2020, toàn tỉnh", ["2015…2020"]),
        ("kế hoạch 2021-2025 của tỉnh", ["2021…2025"]),
        ("chương trình 2020–2025 của huyện", ["2020…2025"]),
        ("giai đoạn 2021 - 2026 và Chuyên đề năm 2025", ["2021…2026 [giai đoạn]"]),
        ("Giai đoạn: 2016-2020 có nhiều chuyển biến", ["2016…2020 [giai đoạn]"]),
        ("giai đoạn từ năm 2016 đến năm 2020", ["2016…2020 [giai đoạn]"]),
        ("từ ngày 01/01/2022 đến ngày 31/12/2022", ["2022-01-01…2022-12-31"]),
        ("từ tháng 3/2021 đến tháng 5 năm 2022", ["2021-03…2022-05"]),
        ("từ quý I/2022 đến quý IV/2022", ["2022-Q1…2022-Q4"]),
        ("từ 2015 đến 2020 toàn tỉnh", ["2015…2020"]),
        ("năm học 2021 - 2022 và năm học 2022 - 2023", ["2021…2022", "2022…2023"]),
        ("nhiệm kỳ 2020 – 2025 và nhiệm kỳ 2020 - 2025", ["2020…2025 [nhiệm kỳ]"]),
        ("(2020 – 2025) rồi nhiệm kỳ 2020 - 2025", ["2020…2025 [nhiệm kỳ]"]),
        ("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030", ["2021…2025 [giai đoạn]"]),
        ("Ban Chấp hành khóa XIII, nhiệm kỳ 2021-2026", ["2021…2026 [nhiệm kỳ]"]),
        ("các giai đoạn 2021 – 2025 và 2026 – 2030", ["2021…2025 [giai đoạn]", "2026…2030"]),
        ("nghỉ liên tục từ 29/12/2012 đến hết ngày 1/1/2013", ["2012-12-29…2013-01-01"]),
        ("từ tháng 3/2021 - 5/2022", ["2021-03…2022-05"]),
        ("Từ năm 2016 - 2020, huyện", ["2016…2020"]),
        ("giai đoạn 2021 đến 2025", ["2021…2025 [giai đoạn]"]),
        ("nhiệm kỳ từ năm 2020 đến năm 2025", ["2020…2025 [nhiệm kỳ]"]),
        // Counter-examples.
        ("năm học 2021/2022", []),
        ("từ năm 2020 đến năm 2025 và đến năm 2030", ["2020…2025"]),
        ("từ năm 2017 đến nay và năm 2022", []),
        ("mã số 2019-2020A", []),
        ("Từ năm 2017 đến nay, bên cạnh việc tổ chức quán triệt", []),
        ("Đơn cử từ năm 2021 đến nay, chi bộ thực hiện mô hình", []),
        ("Đại hội VII (1991). Liên tục 5 nhiệm kỳ đại hội (từ đại hội IX đến đại hội XIII)", []),
        ("Nghị định 30/2020/NĐ-CP của Chính phủ", []),
        ("mức hỗ trợ 250 – 500 nghìn đồng mỗi hộ", []),
        ("mỗi chi bộ đăng ký từ 01 đến 02 nhiệm vụ", []),
        ("giai đoạn 2025 - 2021", []),
        ("năm 2019 - 1800 người tham gia", []),
        ("hỗ trợ 2000 - 3000 người dân", []),
        ("từ 1900 đến 2000 hộ gia đình", []),
        ("năm 2019 đến năm 2020", []),
        ("năm 2019, và năm 2020", []),
        ("giai đoạn 1700 - 1750", []),
        ("năm 2020\n\n2021 - tiếp tục", []),
        ("tăng từ 1.500 - 2.000 người", []),
        ("Thông tư 01/2021/TT-BNV - 2022", []),
    ]

    @Test(arguments: sentences)
    func sentence(_ sentence: String, expected: [String]) {
        #expect(spans(sentence) == expected)
    }

    @Test func mentionsAndLabelFromFirstLabelledMention() {
        let text = AnalyzedText("Trong (2021 – 2025), tỉnh thực hiện; giai đoạn 2021 - 2025 là trọng tâm.")
        let items = PeriodExtractor().extract(from: text)
        #expect(items.count == 1)
        #expect(items.first?.label == "giai đoạn")
        #expect(items.first?.mentions.map { text.slice($0.range) } == ["2021 – 2025", "giai đoạn 2021 - 2025"])
    }

    @Test func throughMentionKeepsFrom() {
        let text = AnalyzedText("Từ năm 2021 đến hết tháng 9/2022, huyện đã làm.")
        let items = PeriodExtractor().extract(from: text)
        #expect(items.first?.mentions.map { text.slice($0.range) } == ["Từ năm 2021 đến hết tháng 9/2022"])
    }

    @Test(arguments: SeedCorpus.documents)
    func seed(_ document: String) throws {
        let found = PeriodExtractor().extract(from: try SeedCorpus.text(document, withoutBulletLines: true)).map { "\($0.start)-\($0.end)" }
        let gold = try SeedCorpus.gold(document, list: "periods").compactMap { item -> String? in
            guard let start = item["start"], let end = item["end"] else { return nil }
            return "\(start)-\(end)"
        }
        let misses = gold.filter { !found.contains($0) }, extras = found.filter { !gold.contains($0) }
        if !misses.isEmpty || !extras.isEmpty { print("periods \(document): MISS \(misses) EXTRA \(extras)") }
        #expect(SeedCorpus.f1(gold: Set(gold), predicted: Set(found)) >= 0.95)
    }
}
