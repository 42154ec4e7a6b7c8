@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// A class of error a run over real page excerpts showed, as sentences written for the test.

@Suite("Real page classes: directives")
struct RealPageDirectiveTests {
    @Test(arguments: DirectiveKinds.kindSpellings)
    func mixedCaseKindSegment(_ row: (folded: String, canonical: String, example: String)) {
        let found = DirectiveExtractor().extract(from: AnalyzedText("Thực hiện văn bản số \(row.example) của cấp ủy."))
        #expect(found.count == 1 && found[0].code?.contains("-\(row.canonical)/") == true, "\(found.map(\.code))")
    }

    @Test func semicolonSeriesSharesIssuerAndTerm() {
        let sentence = "Huyện tổng kết Kế hoạch 05-KH/HU ngày 02/3/2017; Kế hoạch số 09-KH/HU ngày 10/5/2017; "
            + "Kế hoạch số 11-KH/HU ngày 12/6/2017 của Huyện ủy khóa XXI."
        #expect(directiveSummaries(sentence) == [
            "ke_hoach|05|05-KH/HU|2017-03-02|Huyện ủy|XXI",
            "ke_hoach|09|09-KH/HU|2017-05-10|Huyện ủy|XXI",
            "ke_hoach|11|11-KH/HU|2017-06-12|Huyện ủy|XXI",
        ])
    }

    @Test func quotedSubjectBeforeTheIssuer() {
        let sentence = "Huyện tổng kết Kế hoạch số 12-KH/HU ngày 02/3/2017 về “Nâng cao chất lượng sinh hoạt chi bộ” và "
            + "Kế hoạch số 15-KH/HU ngày 10/5/2017 về “Xây dựng chi bộ bốn tốt” của Huyện ủy khóa XXI."
        #expect(directiveSummaries(sentence) == [
            "ke_hoach|12|12-KH/HU|2017-03-02|Huyện ủy|XXI",
            "ke_hoach|15|15-KH/HU|2017-05-10|Huyện ủy|XXI",
        ])
    }

    @Test func semicolonSeriesOfOtherIssuersSharesNothing() {
        let sentence = "Đơn vị thực hiện Kế hoạch 05-KH/ĐU ngày 02/3/2017; Kế hoạch số 09-KH/HU ngày 10/5/2017 của Huyện ủy."
        #expect(directiveSummaries(sentence) == [
            "ke_hoach|05|05-KH/ĐU|2017-03-02|-|-",
            "ke_hoach|09|09-KH/HU|2017-05-10|Huyện ủy|-",
        ])
    }
}
