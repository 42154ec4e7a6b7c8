@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Issuers, terms and dates read from the clause that issues a document: the body before
/// "ban hành"/"có", the term stated beside it, the date opening the sentence, and subjectless
/// clauses that take the subject of the clause before.
@Suite("Directives: issuing subject")
struct DirectiveIssuingSubjectTests {
    static let cases: [DirectiveSentenceCase] = [
        // Term stated with the body before the verb, with or without parentheses.
        .init("Ngày 20/3/2019, Ban Bí thư khóa XII ban hành Chỉ thị số 32-CT/TW về tăng cường công tác.",
              ["chi_thi|32|32-CT/TW|2019-03-20|Ban Bí thư|XII"]),
        .init("Sau khi Bộ Chính trị khoá XI ban hành Kết luận số 03-KL/TW, các cấp ủy đã quán triệt.",
              ["ket_luan|03|03-KL/TW|-|Bộ Chính trị|XI"]),
        .init("Ban Chấp hành Trung ương Đảng (khóa XIII) đã ban hành Nghị quyết số 21-NQ/TW về củng cố tổ chức cơ sở.",
              ["nghi_quyet|21|21-NQ/TW|-|Ban Chấp hành Trung ương Đảng|XIII"]),
        .init("Ngày 12 tháng 6 năm 2021, Ban Chấp hành Đảng bộ tỉnh khóa XVII ban hành Nghị quyết số 02-NQ/TU.",
              ["nghi_quyet|02|02-NQ/TU|2021-06-12|Ban Chấp hành Đảng bộ tỉnh|XVII"]),
        // "xây dựng và ban hành", tone variants.
        .init("Ban Thường vụ Tỉnh uỷ đã xây dựng và ban hành Quy định số 15-QĐ/TU về trách nhiệm nêu gương.",
              ["quy_dinh|15|15-QĐ/TU|-|Ban Thường vụ Tỉnh ủy|-"]),
        .init("Thành uỷ kịp thời nghiên cứu và ban hành Hướng dẫn số 06-HD/TU để các chi bộ thực hiện.",
              ["huong_dan|06|06-HD/TU|-|Thành ủy|-"]),
        // Subjectless clauses take the subject of the clause before.
        .init("Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU ngày 3/2/2022; đồng thời ban hành Hướng dẫn số 04-HD/ĐU về sinh hoạt chuyên đề.",
              ["ke_hoach|12|12-KH/ĐU|2022-02-03|Đảng ủy xã|-", "huong_dan|04|04-HD/ĐU|-|Đảng ủy xã|-"]),
        .init("Ngày 5/6/2020, Thành ủy ban hành Chỉ thị số 07-CT/TU, sau đó ban hành Kế hoạch số 30-KH/TU để cụ thể hóa.",
              ["chi_thi|07|07-CT/TU|2020-06-05|Thành ủy|-", "ke_hoach|30|30-KH/TU|2020-06-05|Thành ủy|-"]),
        .init("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 55-KH/HU triển khai trên địa bàn; đồng thời ban hành Chương trình hành động số 09-CTr/HU về thực hiện chuyên đề.",
              ["ke_hoach|55|55-KH/HU|-|Ban Thường vụ Huyện ủy|-", "chuong_trinh|09|09-CTr/HU|-|Ban Thường vụ Huyện ủy|-"]),
        // A holding verb "có" right before the citation; each clause keeps its own subject.
        .init("Huyện ủy Tân Phú ban hành Nghị quyết số 05-NQ/HU về phát triển du lịch; Đảng ủy xã Hòa Bình có Kế hoạch số 09-KH/ĐU về xây dựng nông thôn mới.",
              ["nghi_quyet|05|05-NQ/HU|-|Huyện ủy Tân Phú|-", "ke_hoach|09|09-KH/ĐU|-|Đảng ủy xã Hòa Bình|-"]),
        .init("Huyện ủy có Chương trình số 03-CTr/HU và Kế hoạch số 45-KH/HU về công tác dân vận.",
              ["chuong_trinh|03|03-CTr/HU|-|Huyện ủy|-", "ke_hoach|45|45-KH/HU|-|Huyện ủy|-"]),
        .init("Tỉnh ủy Bình Minh đã ban hành Kế hoạch số 08-KH/TU; tiếp đó, Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn số 11-HD/TU.",
              ["ke_hoach|08|08-KH/TU|-|Tỉnh ủy Bình Minh|-", "huong_dan|11|11-HD/TU|-|Ban Thường vụ Tỉnh ủy|-"]),
        // Bodies other than Party committees and State offices, with inner "Bộ", before "ban hành".
        .init("Liên đoàn Lao động thành phố Hải Phòng đã ban hành Hướng dẫn số 12/HD-LĐLĐ ngày 5/4/2023 về thi đua.",
              ["huong_dan|12|12/HD-LĐLĐ|2023-04-05|Liên đoàn Lao động thành phố Hải Phòng|-"]),
        .init("Năm 2022, Bộ Chỉ huy Quân sự tỉnh ban hành Kế hoạch số 77/KH-BCH về huấn luyện.",
              ["ke_hoach|77|77/KH-BCH|-|Bộ Chỉ huy Quân sự tỉnh|-"]),
        .init("Đảng ủy Quân sự tỉnh Quảng Trị đã ban hành Nghị quyết số 18-NQ/ĐU về công tác giáo dục chính trị.",
              ["nghi_quyet|18|18-NQ/ĐU|-|Đảng ủy Quân sự tỉnh Quảng Trị|-"]),
        .init("Hội Liên hiệp Phụ nữ tỉnh ban hành Kế hoạch số 31/KH-HLHPN để triển khai.",
              ["ke_hoach|31|31/KH-HLHPN|-|Hội Liên hiệp Phụ nữ tỉnh|-"]),
        .init("Thực hiện Kế hoạch số 20/KH-BCH ngày 8/1/2024 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các đồn đã đăng ký.",
              ["ke_hoach|20|20/KH-BCH|2024-01-08|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|-"]),
        .init("Công văn số 150/SNV-TCBC của Sở Nội vụ tỉnh Bắc Giang về tuyển dụng được triển khai.",
              ["cong_van|150|150/SNV-TCBC|-|Sở Nội vụ tỉnh Bắc Giang|-"]),
        .init("Bộ Giáo dục và Đào tạo ban hành Thông tư số 08/2023/TT-BGDĐT về đánh giá giáo viên.",
              ["thong_tu|08|08/2023/TT-BGDĐT|-|Bộ Giáo dục và Đào tạo|-"]),
        // Counter-examples: no issuer.
        .init("Người lao động tỉnh đã ban hành Kế hoạch số 6 về thi đua.", ["ke_hoach|6|-|-|-|-"]),
        .init("Tỉnh ủy ban hành Kế hoạch số 40-KH/TU; Huyện ủy Tân Phú xây dựng Đề án số 02-ĐA/HU về chuyển đổi số.",
              ["ke_hoach|40|40-KH/TU|-|Tỉnh ủy|-", "de_an|02|02-ĐA/HU|-|-|-"]),
        .init("Các huyện ủy có Kế hoạch số 7 về triển khai.", ["ke_hoach|7|-|-|-|-"]),
        .init("Mỗi chi bộ có Kế hoạch số 2 riêng.", ["ke_hoach|2|-|-|-|-"]),
        .init("Đồng thời ban hành Kế hoạch số 14-KH/TU về tuyên truyền.", ["ke_hoach|14|14-KH/TU|-|-|-"]),
        .init("Thực hiện Kế hoạch số 33-KH/TU của Tỉnh ủy; đồng thời ban hành Kế hoạch số 12-KH/HU.",
              ["ke_hoach|33|33-KH/TU|-|Tỉnh ủy|-", "ke_hoach|12|12-KH/HU|-|-|-"]),
        .init("Tỉnh ủy đã ban hành văn bản chỉ đạo thực hiện Chỉ thị số 05-CT/TW trong toàn Đảng bộ.",
              ["chi_thi|05|05-CT/TW|-|-|-"]),
        .init("Ban Thường vụ Tỉnh ủy ban hành kế hoạch triển khai; đồng thời tổ chức quán triệt Kết luận số 01-KL/TW.",
              ["ket_luan|01|01-KL/TW|-|-|-"]),
        .init("Cơ quan có Kế hoạch số 4 về cải cách hành chính.", ["ke_hoach|4|-|-|-|-"]),
        .init("Chỉ thị số 05-CT/TW được ban hành, Tỉnh ủy có nhiều kế hoạch triển khai.", ["chi_thi|05|05-CT/TW|-|-|-"]),
    ]

    @Test(arguments: cases)
    func issuingClause(_ example: DirectiveSentenceCase) {
        #expect(directiveSummaries(example.sentence) == example.expected)
    }

    @Test(arguments: [
        ("Bộ Chính trị khóa X ban hành", "X"), ("Ban Bí thư (khóa IX) ban hành", "IX"),
        ("Ban Chấp hành Trung ương khoá XIII ban hành", "XIII"),
    ])
    func termBeforeVerb(_ phrase: String, _ roman: String) {
        let text = AnalyzedText(phrase)
        let verb = text.foldedString.range(of: " ban hanh").map { text.foldedString.distance(from: text.foldedString.startIndex, to: $0.lowerBound) }
        #expect(verb.flatMap { DirectiveIssuerSharing.termBefore(text, endingAt: $0, lowerBound: 0)?.roman } == roman)
    }

    @Test(arguments: ["Bộ Chính trị ban hành", "Đại hội XIII ban hành", "khóa học ban hành"])
    func noTermBeforeVerb(_ phrase: String) {
        let text = AnalyzedText(phrase)
        let verb = text.foldedString.range(of: " ban hanh").map { text.foldedString.distance(from: text.foldedString.startIndex, to: $0.lowerBound) }
        #expect(verb != nil)
        #expect(verb.flatMap { DirectiveIssuerSharing.termBefore(text, endingAt: $0, lowerBound: 0) } == nil)
    }
}
