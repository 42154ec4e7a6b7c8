import Extraction
import Records

/// Small records with every list filled, for loading tests.
enum RecordFixtures {
    static func record(uri: String, bytes: String, figures: Int = 2) -> Record {
        var facts = Facts()
        facts.directives = [Directive(type: .chiThi, number: "05", code: "05-CT/TW", date: "2016-05-15",
                                      issuer: "Bộ Chính trị", term: "XII", mentions: [Mention(start: 0, end: 8)])]
        facts.figures = (0..<figures).map { n in
            Figure(value: Double(100 + n), kind: .count, max: nil, approx: n == 0 ? .over : nil,
                   subject: "mô hình", mentions: [Mention(start: 10 + n, end: 11 + n)])
        }
        facts.models = [Model(name: "Ngày thứ bảy với dân", category: .moHinh, owner: nil, mentions: [Mention(start: 20, end: 40)])]
        facts.dates = [DateItem(value: "2016-05-15", mentions: [Mention(start: 0, end: 9)])]
        facts.periods = [Period(start: "2021", end: "2025", label: "giai đoạn", mentions: [Mention(start: 1, end: 9)])]
        facts.people = [Person(name: "Nguyễn Văn A", title: "Bí thư", mentions: [Mention(start: 3, end: 7)])]
        facts.themes = [Theme(year: 2024, title: "Chuyên đề", mentions: [Mention(start: 2, end: 5)])]
        return Record(
            id: SHA256.hex(Array(bytes.utf8)),
            source: SourceInfo(uri: uri, mediaType: "text/plain", encoding: "utf-8", bytes: bytes.utf8.count),
            title: "Tiêu đề", published: "2024-01-02", authors: ["THỦY HÀ"], site: nil,
            text: "Chỉ thị 05 của Bộ Chính trị", facts: facts)
    }
}
