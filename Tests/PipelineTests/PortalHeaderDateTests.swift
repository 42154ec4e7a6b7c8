import Foundation
import Pipeline
import Records
import Testing

/// `date_from_portal_header`: a page whose only date is the portal's "today" header gets that
/// date with the warning; a page with its own dateline does not. The real binary's summary
/// counts the warnings by code.
@Suite("Warning: date from the portal's header")
struct PortalHeaderDateTests {
    static let body = """
        <p>Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, năm qua Ban Tuyên giáo Huyện ủy đã \
        hướng dẫn các chi bộ đăng ký 132 mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>
        <p>Các mô hình được đánh giá hằng quý; những mô hình tiêu biểu được biểu dương và nhân rộng trong toàn \
        Đảng bộ, góp phần xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.</p>
        """

    /// A portal page whose header prints the clock just above the headline; `dateline` is put
    /// under the headline when given.
    static func page(dateline: String?) -> [UInt8] {
        Array("""
            <html><head><title>Nhân rộng mô hình học tập và làm theo Bác</title></head><body>
            <div class="top"><span>Hôm nay: Thứ Tư, 10/07/2024</span></div>
            <h1>Nhân rộng mô hình học tập và làm theo Bác ở cơ sở</h1>
            \(dateline.map { "<div class=\"meta\">\($0)</div>" } ?? "")
            <div class="content">\(body)</div>
            </body></html>
            """.utf8)
    }

    static func codes(_ record: Record) -> [String] { record.warnings.map(\.code.rawValue) }

    @Test func aPageDatedOnlyByThePortalClockIsWarned() throws {
        let record = try DocumentProcessor().process(Self.page(dateline: nil), uri: "file:clock.html", mediaType: .html).get()
        #expect(record.published == "2024-07-10")
        #expect(Self.codes(record) == ["date_from_portal_header"])
    }

    @Test func aPageWithItsOwnDatelineIsNot() throws {
        let record = try DocumentProcessor().process(Self.page(dateline: "Ngày đăng: 11/03/2021 09:15"), uri: "file:dated.html",
                                                     mediaType: .html).get()
        #expect(record.published == "2021-03-11T09:15:00+07:00")
        #expect(Self.codes(record).isEmpty)
    }

    @Test func aPlainDatelineAboveTheHeadlineIsNotTheClock() throws {
        var bytes = Self.page(dateline: nil)
        bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "Hôm nay: Thứ Tư, 10/07/2024",
                                                                                   with: "Thứ Tư, 10/07/2024").utf8)
        let record = try DocumentProcessor().process(bytes, uri: "file:above.html", mediaType: .html).get()
        #expect(record.published == "2024-07-10")
        #expect(Self.codes(record).isEmpty)
    }

    @Test func theSummaryCountsWarningsByCode() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(Self.page(dateline: nil)).write(to: input.appendingPathComponent("clock.html"))
        try Data(Self.page(dateline: "Ngày đăng: 11/03/2021 09:15")).write(to: input.appendingPathComponent("dated.html"))
        try Data("Không có ngày tháng nào trong bài viết ngắn này về học tập và làm theo Bác.".utf8)
            .write(to: input.appendingPathComponent("undated.txt"))
        let summary = folder.appendingPathComponent("summary.json")
        let run = try await Harness.baocao(["extract", input.path, "-o", folder.appendingPathComponent("r.jsonl").path,
                                      "--summary-json", summary.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("baocao: warnings by code: date_from_portal_header 1, no_date 1\n"), "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any]
        let byCode = json?["warnings_by_code"] as? [String: Int]
        #expect(byCode == ["date_from_portal_header": 1, "no_date": 1], "\(json ?? [:])")
    }
}
