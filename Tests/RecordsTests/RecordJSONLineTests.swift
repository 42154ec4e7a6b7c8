import Foundation
import Testing
import Extraction
@testable import Records

/// `Record.jsonLine`, written straight from the record, is byte for byte the line of
/// `record.json.serializedUTF8`.
@Suite struct RecordJSONLineTests {
    @Test func handMadeRecordsWriteTheSameLine() {
        let mentions = [Mention(start: 0, end: 3), Mention(start: 10, end: 1_234_567)]
        var facts = Facts()
        facts.directives = [Directive(type: .chiThi, number: "05", code: "05-CT/TW", date: "2016-05-15",
                                      issuer: "Bộ Chính trị", term: nil, mentions: mentions)]
        facts.figures = [Figure(value: 99.7, kind: .percent, max: nil, approx: nil, subject: "tỷ lệ \"đạt\"", mentions: mentions),
                         Figure(value: 3e9, kind: .money, max: 5e9, approx: .over, subject: nil, mentions: [])]
        facts.models = [Model(name: "Dân vận khéo", category: .moHinh, owner: nil, mentions: mentions)]
        facts.dates = [DateItem(value: "2023-05-19", mentions: mentions)]
        facts.periods = [Period(start: "2021", end: "2025", label: "nhiệm kỳ\n2021–2025", mentions: mentions)]
        facts.people = [Person(name: "Lê Văn A", title: nil, mentions: [])]
        facts.themes = [Theme(year: 2023, title: "Năm dân vận", mentions: mentions)]
        var record = Record(
            id: String(repeating: "a", count: 64),
            source: SourceInfo(uri: "https://x.example.vn/a?b=\"c\"", mediaType: "text/html", encoding: nil, bytes: 12,
                               portal: "mau", fetchedAt: nil),
            title: "Tiêu đề \\ \u{2028}", published: nil, authors: ["A", "Bờ\u{1}"], site: nil,
            text: "Đoạn một.\n\nĐoạn \"hai\"\t\u{2029}.", facts: facts,
            province: "Cao Bằng", warnings: [RecordWarning(.ocr, "mean confidence 91")])
        #expect(record.jsonLine == record.json.serializedUTF8)
        record.document = OfficialDocument(
            type: "bao_cao", number: "12", code: "12-BC/BTGHU", date: "2021-03-04", place: "Hòa An",
            issuer: "Ban Tuyên giáo", title: "Báo cáo", signers: [.init(name: "Lê Văn A", title: nil, capacity: nil)],
            recipients: ["Lưu"])
        record.facts = Facts()
        #expect(record.jsonLine == record.json.serializedUTF8)
    }

    /// The facts of the corpus texts, with every list and mention the extractor finds.
    @Test func corpusRecordsWriteTheSameLine() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus").standardizedFileURL
        let extractor = FactExtractor()
        var checked = 0
        for folder in ["seeds", "dev", "realshape"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                let text = String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
                let record = Record(id: name, source: SourceInfo(uri: name, mediaType: "text/plain", encoding: "utf-8", bytes: text.utf8.count),
                                    title: name, published: "2024-01-02", authors: [], site: nil, text: text,
                                    facts: extractor.extract(from: text))
                #expect(record.jsonLine == record.json.serializedUTF8, "\(folder)/\(name)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
