@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// A class of error a run over real page excerpts showed, as sentences written for the test.

private func figureSummaries(_ sentence: String) -> [String] {
    FigureExtractor().extract(from: AnalyzedText(sentence)).map { figure in
        let value = figure.value == figure.value.rounded() ? String(Int(figure.value)) : String(figure.value)
        return "\(value) \(figure.kind.rawValue) \(figure.approx?.rawValue ?? "exact") \(figure.subject ?? "-")"
    }
}

@Suite("Real page classes: figures")
struct RealPageFigureTests {
    /// Every row of the idiom table: its example gives no figure from the phrase.
    @Test(arguments: FigureVocabulary.wordNumberIdioms.map(\.example))
    func idiomHoldsNoFigure(_ example: String) {
        #expect(figureSummaries(example) == [], "\(example)")
    }

    @Test func idiomBesideRealCount() {
        #expect(figureSummaries("Xã có 12 hộ tham gia nuôi ba ba và cắm cờ hai bên đường.") == ["12 count exact hộ"])
    }

    @Test func oneCountsAPrizeInAPrizeList() {
        #expect(figureSummaries(FigureVocabulary.oneCountedPrizeExample)
                == ["1 count exact giải nhất", "2 count exact giải nhì", "3 count exact giải ba"])
        // The article before other nouns stays no figure.
        #expect(figureSummaries("Đây là một giải pháp hay của chi bộ.") == [])
    }

    @Test(arguments: SubjectRules.nounsOtherwiseFunctionWords.map(\.example))
    func functionWordAsCountedNoun(_ example: String) {
        #expect(figureSummaries(example) == ["9 count exact từ"], "\(example)")
    }

    @Test func functionWordBeforeItsObjectStaysNoSubject() {
        #expect(figureSummaries("Số hộ nghèo giảm 5 từ năm 2020.") == [])
        #expect(figureSummaries("Bài dự thi dài tối đa 1.200 từ và có ảnh minh họa.") == ["1200 count under từ"])
    }

    @Test func abbreviationIsASubject() {
        #expect(figureSummaries("Hội nghị dành cho hơn 40 ĐVTN của xã.") == ["40 count over ĐVTN"])
        // A headline in capitals holds no abbreviation.
        #expect(figureSummaries("25 TẬP THỂ ĐƯỢC KHEN") == [])
    }

    @Test func ratioSubjectSkipsItsVerb() {
        #expect(figureSummaries("Tỷ lệ thu hút HSSV tham gia câu lạc bộ đạt trên 90%.") == ["90 percent over HSSV"])
        #expect(figureSummaries("Năm qua, tỷ lệ hài lòng của khách hàng đạt 97,5%.") == ["97.5 percent exact khách hàng"])
    }

    @Test func measureTakesNoNounAfterItsComma() {
        #expect(figureSummaries("Gia đình ông hiến 250m2, đảng viên Lê Văn Bình hiến thêm đất.") == ["250 count exact m2"])
    }

    @Test func coordinatedNounBeforeANameOpensTheNextClause() {
        #expect(figureSummaries("Toàn huyện có 12 chi hội, hội phụ nữ Tân Lập đã góp sức.") == ["12 count exact chi hội"])
        // A noun that continues the subject still joins it.
        #expect(figureSummaries("Khen thưởng 30 tập thể, cá nhân.") == ["30 count exact tập thể, cá nhân"])
    }

    @Test func valuedThingIsNoPlaceOrPerson() {
        let placed = figureSummaries("Khởi công cây cầu tại xã Phú Hòa, TP.Bảo Lộc trị giá 300 triệu đồng.")
        #expect(placed.count == 1 && !placed[0].contains("Bảo Lộc"), "\(placed)")
        let district = figureSummaries("Khánh thành nhà văn hóa ở xã An Phú, huyện Tân Châu trị giá 900 triệu đồng.")
        #expect(district.count == 1 && !district[0].contains("huyện"), "\(district)")
        // A thing before the valuation is still its subject.
        #expect(figureSummaries("Đoàn trao 20 suất quà, mỗi suất trị giá 500 nghìn đồng.")
                == ["20 count exact suất quà", "500000 money exact suất"])
    }

    /// A tally after a place's name counts ("Kỳ Sơn 35 mô hình"); a name's own number stays
    /// none ("Tổ 3", "thôn 4 Yên Phú").
    @Test func tallyAfterAPlaceName() {
        #expect(figureSummaries(FigureVocabulary.tallyNounExamples[0])
                == ["35 count exact mô hình", "27 count exact mô hình", "19 count exact mô hình"])
        #expect(figureSummaries(FigureVocabulary.tallyNounExamples[1]) == ["4 duration exact năm"])
        #expect(figureSummaries("Mô hình của Chi bộ thôn 4 Yên Phú có 86 hộ tham gia.") == ["86 count exact hộ"])
        #expect(figureSummaries("Tổ 3 hộ dân phố Bình Minh nhận giấy khen.") == [])
    }

    /// Zero money names a free service ("Tủ bánh mì 0 đồng"): no figure; the numbers beside it are.
    @Test func zeroMoneyIsAName() {
        #expect(figureSummaries("Đoàn xã duy trì Tủ bánh mì 0 đồng, mỗi sáng phát 80 ổ bánh mì.") == ["80 count exact ổ bánh mì"])
        #expect(figureSummaries("Chuyến xe 0 đồng chở 40 công nhân về quê.") == ["40 count exact công nhân"])
        // After a label's colon the zero is a value.
        #expect(figureSummaries("Số nợ đọng thuế: 0 đồng.").count == 1)
    }

    /// A share in parentheses right after a count is a share of the count's noun.
    @Test func shareInParenthesesAfterACount() {
        #expect(figureSummaries("Năm qua, 82 đảng viên (94,3%) hoàn thành tốt nhiệm vụ.")
                == ["82 count exact đảng viên", "94.3 percent exact đảng viên"])
        #expect(figureSummaries("Tiếp nhận hồ sơ, giải quyết đúng hạn 3.187 hồ sơ (đạt 99,1%).")
                == ["3187 count exact hồ sơ", "99.1 percent exact hồ sơ"])
    }
}

