import Foundation
import Pipeline
import Records
import Testing

@Suite("Document stages and limits")
struct DocumentProcessorTests {
    static let report = Array("""
        <html><head><title>Học tập và làm theo Bác</title></head><body><article>
        <p>Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, có 132 mô hình được nhân rộng.</p>
        </article></body></html>
        """.utf8)

    @Test func timesEveryStageOfARecord() throws {
        var times = StageTimes()
        let result = DocumentProcessor().process(Self.report, uri: "file:a.html", mediaType: .html, times: &times)
        let record = try result.get()
        #expect(record.facts.directives.first?.code == "05-CT/TW")
        for stage in [Stage.decode, .content, .extract] { #expect(times[stage] > 0, "\(stage)") }
        #expect(times.line.hasPrefix("decode "))
    }

    @Test func aSpentBudgetRejectsWithTimeoutAtTheStageReached() {
        let processor = DocumentProcessor(timeBudget: .zero)
        guard case .failure(let reject) = processor.process(Self.report, uri: "file:a.html", mediaType: .html) else {
            Issue.record("a zero budget must reject")
            return
        }
        #expect(reject.kind == "timeout")
        #expect(reject.stage == "decode")
    }

    @Test func tooLargeIsRejectedAtRead() {
        let processor = DocumentProcessor(maxBytes: 10)
        guard case .failure(let reject) = processor.process(Self.report, uri: "file:a.html", mediaType: .html) else {
            Issue.record("an oversized document must reject")
            return
        }
        #expect(reject.kind == "too_large")
        #expect(reject.stage == "read")
        #expect(reject.json.serialized.contains(#""stage":"read""#))
    }

    @Test func truncatedPagesFailAtParse() {
        let bytes = Array("<html><body><p>Chỉ thị 05 của Bộ Chính trị về học tập và làm theo".utf8)
        guard case .failure(let reject) = DocumentProcessor().process(bytes, uri: "file:t.html", mediaType: .html) else {
            Issue.record("a truncated page must reject")
            return
        }
        #expect(reject.kind == "truncated")
        #expect(reject.stage == "parse")
    }

    @Test func aPageClosedFarFromItsEndIsNotTruncated() throws {
        let page = "<HTML><BODY><p>Chỉ thị 05 của Bộ Chính trị về học tập và làm theo Bác.</p></BODY></HTML>"
            + "<!-- " + String(repeating: "x", count: 9000) + " -->"
        let record = try DocumentProcessor().process(Array(page.utf8), uri: "file:c.html", mediaType: .html).get()
        #expect(record.text.contains("Chỉ thị 05"))
    }
}
