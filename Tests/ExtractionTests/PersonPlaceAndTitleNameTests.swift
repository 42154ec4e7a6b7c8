@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Names that belong to a place or a quoted title, bylines the page printed, rarer surnames:
/// sentences written for these tests in the shapes portals print, with other names and places.
@Suite struct PersonPlaceAndTitleNameTests {
    private func people(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        let facts = FactExtractor().extract(from: analyzed, published: nil, before: .never)
        return (facts?.people ?? []).map { "\($0.name)|\($0.title ?? "")" }
    }

    @Test func memorialPlaceIsNoPerson() {
        #expect(people("Đoàn viên dâng hoa tại Khu tưởng niệm Chủ tịch Hồ Chí Minh ở xã Kim Liên.").isEmpty)
        #expect(people("Đoàn đến thăm Nhà lưu niệm Bác Tôn Đức Thắng trên đảo.").isEmpty)
        // The verb "tưởng niệm" is no memorial: the person is named.
        #expect(people("Đoàn viên, thanh niên dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.") == ["Hồ Chí Minh|Chủ tịch"])
    }

    @Test func quotedTitleIsNoPerson() {
        #expect(people("Ban Tổ chức phát động Cuộc thi “Tìm hiểu về Chủ tịch Hồ Chí Minh với quê hương Tây Ninh” đến các chi bộ.").isEmpty)
        // A quotation of speech keeps its people.
        #expect(people("Ông nhắc lại: “Chủ tịch Hồ Chí Minh đã dạy thanh niên phải biết hy sinh. Chúng ta phải làm theo.”")
                == ["Hồ Chí Minh|Chủ tịch"])
    }

    @Test func bylinesAndCreditsWithTheirMarkers() {
        #expect(people("Người viết: Đặng Thu Trà | Lượt đọc: 120").contains("Đặng Thu Trà|"))
        #expect(people("Hình ảnh: T.L").contains("T.L|"))
        #expect(people("Tác giả: Minh Tâm - Hội Nông dân huyện Krông Bông").contains("Minh Tâm|Hội Nông dân huyện Krông Bông"))
    }

    @Test func bylinesFromThePageBecomePeople() {
        let text = AnalyzedText("Sáng 12/3, huyện tổ chức hội nghị. TTXVN TP BBT Quảng Nam\nThanh Vân\nLò Văn Pọm")
        var facts = Facts()
        facts.addBylines(["Thanh Vân", "TTXVN TP", "BBT", "Quảng Nam", "Lò Văn Pọm", "Hà Thu"], in: text)
        // Initialisms and provinces are no names; a name not in the text has no mention to give.
        #expect(facts.people.map(\.name) == ["Thanh Vân", "Lò Văn Pọm"])
        #expect(facts.people.allSatisfy { !$0.mentions.isEmpty })
    }

    @Test func schoolOrPeoplesCommitteeInParentheses() {
        #expect(people("Giải Nhất được trao cho ông Trịnh Văn Lộc (Trường THCS Yên Lạc).") == ["Trịnh Văn Lộc|Trường THCS Yên Lạc"])
        #expect(people("Giải Nhì: bà Hà Thị Nguyệt (UBND xã Đông Sơn).") == ["Hà Thị Nguyệt|UBND xã Đông Sơn"])
    }

    @Test func rarerSurnamesInAnAttendanceList() {
        let found = people("Dự có các đồng chí Vi Văn Thạch, Phó Bí thư Tỉnh ủy; Đầu Minh Hải, Ủy viên BTV Tỉnh ủy, Giám đốc Sở Nội vụ.")
        #expect(found.contains("Đầu Minh Hải|Ủy viên BTV Tỉnh ủy, Giám đốc Sở Nội vụ"))
        #expect(people("Đầu năm 2024, xã tổ chức ra quân.").isEmpty)
    }
}
