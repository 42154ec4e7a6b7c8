@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// Compact form of an item: `type|number|code|date|issuer|term`, "-" for null.
func directiveSummary(_ directive: Directive) -> String {
    [directive.type.rawValue, directive.number ?? "-", directive.code ?? "-", directive.date ?? "-",
     directive.issuer ?? "-", directive.term ?? "-"].joined(separator: "|")
}

func directiveSummaries(_ sentence: String) -> [String] {
    DirectiveExtractor().extract(from: AnalyzedText(sentence)).map(directiveSummary)
}

struct DirectiveSentenceCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let expected: [String]
    init(_ sentence: String, _ expected: [String]) {
        self.sentence = sentence
        self.expected = expected
    }
    var testDescription: String { sentence }
}

@Suite("Directives: citations")
struct DirectiveTests {
    static let cases: [DirectiveSentenceCase] = [
        // Party symbols, dates, issuers, terms.
        .init("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (khóa XII) về đẩy mạnh học tập.",
              ["chi_thi|05|05-CT/TW|2016-05-15|Bộ Chính trị|XII"]),
        .init("Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện.",
              ["ket_luan|01|01-KL/TW|-|Bộ Chính trị|-"]),
        .init("Kết 01-KL/TW ngày 18/5/2021, của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05.",
              ["ket_luan|01|01-KL/TW|2021-05-18|Bộ Chính trị|-", "chi_thi|05|-|-|-|-"]),
        .init("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.",
              ["quy_dinh|08|08-QĐi/TW|2018-10-25|Ban Chấp hành Trung ương|-"]),
        .init("Công văn số 8011-CV/BTCTW của Ban Tổ chức Trung ương.",
              ["cong_van|8011|8011-CV/BTCTW|-|Ban Tổ chức Trung ương|-"]),
        .init("Chương trình hành động số 13-CTr/TU ngày 2/3/2021 của Tỉnh ủy Cao Bằng.",
              ["chuong_trinh|13|13-CTr/TU|2021-03-02|Tỉnh ủy Cao Bằng|-"]),
        .init("Kế hoạch số 91-KH/TU của Ban Thường vụ Tỉnh uỷ về tổ chức.",
              ["ke_hoach|91|91-KH/TU|-|Ban Thường vụ Tỉnh ủy|-"]),
        .init("Hướng dẫn số 125 - HD/BTGTW của Ban Tuyên giáo Trung ương.",
              ["huong_dan|125|125-HD/BTGTW|-|Ban Tuyên giáo Trung ương|-"]),
        .init("Nghị quyết số 35–NQ/TW ngày 22 tháng 10 năm 2018 của Bộ Chính trị khóa XII về tăng cường.",
              ["nghi_quyet|35|35-NQ/TW|2018-10-22|Bộ Chính trị|XII"]),
        .init("Thông báo kết luận số 12-TB/TW của Ban Bí thư.",
              ["thong_bao|12|12-TB/TW|-|Ban Bí thư|-"]),
        .init("Đề án số 04-ĐA/HU ngày 10-01-2022 của Huyện ủy.", ["de_an|04|04-ĐA/HU|2022-01-10|Huyện ủy|-"]),
        .init("Báo cáo số 120-BC/ĐU của Đảng ủy xã.", ["bao_cao|120|120-BC/ĐU|-|Đảng ủy xã|-"]),
        .init("Thực hiện Chỉ thị số 917-CT/QUTW ngày 9/3/2022 của Thường vụ Quân ủy Trung ương, Đảng ủy Trung đoàn xây dựng kế hoạch.",
              ["chi_thi|917|917-CT/QUTW|2022-03-09|Thường vụ Quân ủy Trung ương|-"]),
        .init("Đảng ủy Công ty đã ban hành Kế hoạch số 14-KH/ĐU về học tập chuyên đề.",
              ["ke_hoach|14|14-KH/ĐU|-|Đảng ủy Công ty|-"]),
        // What a body issued, named after "trong đó có", whatever words describe the whole.
        .init("Thị ủy đã ban hành 31 văn bản lãnh đạo, chỉ đạo, trong đó có Kế hoạch số 22-KH/ThU ngày 4/5/2017 và Kế hoạch số 96-KH/ThU ngày 1/9/2021.",
              ["ke_hoach|22|22-KH/ThU|2017-05-04|Thị ủy|-", "ke_hoach|96|96-KH/ThU|2021-09-01|Thị ủy|-"]),
        .init("Thực hiện Nghị quyết số 1660-NQ/ĐU của Đảng ủy Quân khu về xây dựng đơn vị.",
              ["nghi_quyet|1660|1660-NQ/ĐU|-|Đảng ủy Quân khu|-"]),
        .init("Theo Hướng dẫn số 36-HD/CCB của Trung ương Hội Cựu chiến binh Việt Nam về phong trào.",
              ["huong_dan|36|36-HD/CCB|-|Trung ương Hội Cựu chiến binh Việt Nam|-"]),
        .init("Thực hiện Chỉ thị số 855-CT/QUTW của Thường vụ Quân ủy Trung ương và Cuộc vận động “Phát huy truyền thống”.",
              ["chi_thi|855|855-CT/QUTW|-|Thường vụ Quân ủy Trung ương|-"]),
        // A State header's number line with the place and date joined to it is the document's own.
        .init("Số: 44/BC-UBND Tân Lập, ngày 20 tháng 11 năm 2024\nBÁO CÁO", []),
        // A cited symbol and its date alone on a line stay a citation.
        .init("Các văn bản:\nSố 21-NQ/TW, ngày 16 tháng 6 năm 2022", ["nghi_quyet|21|21-NQ/TW|2022-06-16|-|-"]),
        // Documents implemented, named after "trong đó có", were not issued by the subject.
        .init("Ban Thường vụ Tỉnh ủy đã ban hành 12 văn bản để triển khai các nghị quyết của Trung ương, trong đó có Nghị quyết số 21-NQ/TW.",
              ["nghi_quyet|21|21-NQ/TW|-|-|-"]),
        .init("Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Chấp hành Trung ương Đảng.",
              ["quyet_dinh|99|99-QĐ/TW|2017-10-03|Ban Chấp hành Trung ương Đảng|-"]),
        // State symbols.
        .init("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
              ["nghi_dinh|30|30/2020/NĐ-CP|2020-03-05|Chính phủ|-"]),
        .init("Theo Quyết định 1234/QĐ-UBND của Ủy ban nhân dân tỉnh về việc phê duyệt.",
              ["quyet_dinh|1234|1234/QĐ-UBND|-|Ủy ban nhân dân tỉnh|-"]),
        .init("Luật số 80/2015/QH13 của Quốc hội khóa XIII quy định.",
              ["luat|80|80/2015/QH13|-|Quốc hội|XIII"]),
        .init("Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức.",
              ["thong_tu|01|01/2011/TT-BNV|2011-01-19|Bộ Nội vụ|-"]),
        .init("Thông tư liên tịch số 03/2016/TTLT-BNV-BTC của hai bộ.",
              ["thong_tu_lien_tich|03|03/2016/TTLT-BNV-BTC|-|-|-"]),
        .init("Chỉ thị số 05/CT-TTg ngày 20/02/2022 của Thủ tướng Chính phủ.",
              ["chi_thi|05|05/CT-TTg|2022-02-20|Thủ tướng Chính phủ|-"]),
        .init("Kế hoạch số 215/KH-UBND của UBND huyện.", ["ke_hoach|215|215/KH-UBND|-|UBND huyện|-"]),
        .init("Quy định số 15/QyĐ-UBND về quản lý.", ["quy_dinh|15|15/QyĐ-UBND|-|-|-"]),
        .init("Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa.",
              ["nghi_quyet|43|43/2022/QH15|-|Quốc hội|-"]),
        .init("Bộ luật số 45/2019/QH14 có hiệu lực.", ["luat|45|45/2019/QH14|-|-|-"]),
        // As typed on real pages: one document however its symbol is written.
        .init("Thực hiện Chỉ thị 05/CT-TW của Bộ Chính trị; sơ kết Chỉ thị 05-CT/TW.",
              ["chi_thi|05|05-CT/TW|-|Bộ Chính trị|-"]),
        .init("Gắn với Chỉ thị 05-CT/T.Ư của Bộ Chính trị.", ["chi_thi|05|05-CT/TW|-|Bộ Chính trị|-"]),
        .init("Theo Hướng dẫn số 62HD/BTGTW của Ban Tuyên giáo Trung ương.",
              ["huong_dan|62|62-HD/BTGTW|-|Ban Tuyên giáo Trung ương|-"]),
        .init("Ban Chỉ đạo được kiện toàn (Quyết định số 2041/QĐ - HU ngày 14/6/2022).",
              ["quyet_dinh|2041|2041/QĐ-HU|2022-06-14|-|-"]),
        .init("Thông tri số 17-TT/TW của Ban Bí thư về lãnh đạo đại hội.", ["thong_tri|17|17-TT/TW|-|Ban Bí thư|-"]),
        // The document's own number line in its header is not a citation.
        .init("HUYỆN ỦY TÂN YÊN\nSố 88-BC/HU\nBÁO CÁO\nKết quả thực hiện Chỉ thị 05-CT/TW.",
              ["chi_thi|05|05-CT/TW|-|-|-"]),
        .init("Công văn số 1520/UBND-VX ngày 5/6/2023 của UBND tỉnh.",
              ["cong_van|1520|1520/UBND-VX|2023-06-05|UBND tỉnh|-"]),
        // Numbers only.
        .init("Bộ phận giúp việc Chỉ thị 05 (Ban Tuyên giáo Thành ủy) đã tham mưu.", ["chi_thi|05|-|-|-|-"]),
        .init("Nghị quyết số 11 ngày 14/4/2017 của Huyện ủy về tăng cường sự lãnh đạo.",
              ["nghi_quyet|11|-|2017-04-14|Huyện ủy|-"]),
        .init("Thực hiện nghiêm Kết luận 01 của Bộ Chính trị, Kế hoạch 46 ngày 13-8-2021 của Ban Thường vụ Thành ủy Mỹ Tho về thực hiện Chuyên đề.",
              ["ket_luan|01|-|-|Bộ Chính trị|-", "ke_hoach|46|-|2021-08-13|Ban Thường vụ Thành ủy Mỹ Tho|-"]),
        .init("Chuyên đề năm 2025 gắn với việc thực hiện Kết luận 21 của Ban Chấp hành Trung ương Đảng khóa XIII; kết quả.",
              ["ket_luan|21|-|-|Ban Chấp hành Trung ương Đảng|XIII"]),
        .init("Việc thực hiện chỉ thị 05 đã đi vào cuộc sống.", ["chi_thi|05|-|-|-|-"]),
        .init("Tiếp tục thực hiện Chỉ thị 05, Kết luận 01 của Bộ Chính trị.",
              ["chi_thi|05|-|-|Bộ Chính trị|-", "ket_luan|01|-|-|Bộ Chính trị|-"]),
        .init("Thực hiện Chỉ thị 05 và Kết luận 01 của Bộ Chính trị khóa XIII.",
              ["chi_thi|05|-|-|Bộ Chính trị|XIII", "ket_luan|01|-|-|Bộ Chính trị|XIII"]),
        .init("Quyết định số 1234 do Ủy ban nhân dân tỉnh ban hành ngày 5/5/2020.",
              ["quyet_dinh|1234|-|2020-05-05|Ủy ban nhân dân tỉnh|-"]),
        .init("Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản, kế hoạch như Kế hoạch số 33 ngày 14/9/2021 về tổ chức triển khai thực hiện Kết luận số 01-KL/TW của Bộ Chính trị.",
              ["ke_hoach|33|-|2021-09-14|Ban Thường vụ Tỉnh ủy|-", "ket_luan|01|01-KL/TW|-|Bộ Chính trị|-"]),
        .init("Huyện ủy đã ban hành Kế hoạch số 20, Kế hoạch số 21 để triển khai.",
              ["ke_hoach|20|-|-|Huyện ủy|-", "ke_hoach|21|-|-|Huyện ủy|-"]),
        .init("Chỉ thị 05 ngày 18 tháng 5 năm 2021 được quán triệt.", ["chi_thi|05|-|2021-05-18|-|-"]),
        .init("Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.",
              ["quy_dinh|144|144-QĐ/TW|2024-05-09|Bộ Chính trị|-"]),
        .init("Nghị quyết số 19-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về đổi mới.",
              ["nghi_quyet|19|19-NQ/TW|2017-10-25|Ban Chấp hành Trung ương Đảng|XII"]),
        .init("Chỉ thị 05 của Bộ Chính trị ngày 15/5/2016 được quán triệt.",
              ["chi_thi|05|-|2016-05-15|Bộ Chính trị|-"]),
        .init("Ngày 15/5/2016, Bộ Chính trị (khóa XII) ban hành Chỉ thị số 05-CT/TW về đẩy mạnh.",
              ["chi_thi|05|05-CT/TW|2016-05-15|Bộ Chính trị|XII"]),
        .init("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.",
              ["ket_luan|01|01-KL/TW|2021-05-18|Bộ Chính trị|-"]),
        .init("Thực hiện Kế hoạch số 33 của Tỉnh ủy, Huyện ủy đã ban hành Kế hoạch số 45 để triển khai.",
              ["ke_hoach|33|-|-|Tỉnh ủy|-", "ke_hoach|45|-|-|Huyện ủy|-"]),
        .init("Căn cứ Nghị quyết số 01/2021/NQ-HĐND ngày 10/3/2021 của Hội đồng nhân dân tỉnh.",
              ["nghi_quyet|01|01/2021/NQ-HĐND|2021-03-10|Hội đồng nhân dân tỉnh|-"]),
        .init("Kế hoạch số 12-KH/ĐUK của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh về học tập.",
              ["ke_hoach|12|12-KH/ĐUK|-|Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh|-"]),
        .init("Thực hiện Nghị quyết số 04-NQ/TW, ngày 30/10/2016 của Hội nghị Trung ương 4 khóa XII về xây dựng Đảng.",
              ["nghi_quyet|04|04-NQ/TW|2016-10-30|Hội nghị Trung ương 4|XII"]),
        .init("Căn cứ Nghị định số 30/2020/NĐ-CP và Quyết định số 2012/QĐ-UBND ngày 18 tháng 9 năm 2022 của UBND tỉnh.",
              ["nghi_dinh|30|30/2020/NĐ-CP|-|-|-", "quyet_dinh|2012|2012/QĐ-UBND|2022-09-18|UBND tỉnh|-"]),
        .init("Thực hiện Kết luận 01-KL/TW và Chỉ thị 05-CT/TW của Bộ Chính trị.",
              ["ket_luan|01|01-KL/TW|-|Bộ Chính trị|-", "chi_thi|05|05-CT/TW|-|Bộ Chính trị|-"]),
        .init("Thực hiện Chỉ thị 05; Kết luận 01 của Bộ Chính trị.",
              ["chi_thi|05|-|-|-|-", "ket_luan|01|-|-|Bộ Chính trị|-"]),
        .init("Sơ kết thực hiện Chỉ thị 05 - CT/TW của Bộ Chính trị (khóa XII) và Kết luận 01 – KL/TW.",
              ["chi_thi|05|05-CT/TW|-|Bộ Chính trị|XII", "ket_luan|01|01-KL/TW|-|-|-"]),
        .init("Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư.", ["de_an|06|-|-|Chính phủ|-"]),
        .init("Ngày 14/9/2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 33-KH/TU và Hướng dẫn số 05-HD/TU.",
              ["ke_hoach|33|33-KH/TU|2021-09-14|Ban Thường vụ Tỉnh ủy|-", "huong_dan|05|05-HD/TU|2021-09-14|Ban Thường vụ Tỉnh ủy|-"]),
        .init("Năm 2021 Bộ Chính trị ban hành Kết luận 01 về tiếp tục thực hiện Chỉ thị 05.",
              ["ket_luan|01|-|-|Bộ Chính trị|-", "chi_thi|05|-|-|-|-"]),
        .init("Thực hiện Kế hoạch số 33-KH/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU.",
              ["ke_hoach|33|33-KH/TU|-|Tỉnh ủy|-", "ke_hoach|45|45-KH/HU|-|Ban Thường vụ Huyện ủy|-"]),
        .init("Trong năm, Đảng bộ kết nạp 25 đảng viên mới, đạt 125% kế hoạch 20 đảng viên.", []),
        .init("Đã hướng dẫn 3 chi bộ xây dựng mô hình; báo cáo 12 chuyên đề; thông báo 5 kết luận.", []),
        .init("Đồng chí nhấn mạnh kế hoạch 2023 - 2025 và quyết định 2024 là năm bản lề.", []),
        .init("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND thay thế Quyết định số 5/QĐ-UBND.",
              ["quyet_dinh|12|12/QĐ-UBND|-|UBND tỉnh|-", "quyet_dinh|5|5/QĐ-UBND|-|-|-"]),
        .init("Nghị quyết số 11 ngày 14/4/2017 của Huyện uỷ về nếp sống văn minh.",
              ["nghi_quyet|11|-|2017-04-14|Huyện ủy|-"]),
        .init("Chỉ thị số 05 năm 2016 của Bộ Chính trị.", ["chi_thi|05|-|-|Bộ Chính trị|-"]),
        .init("Xây dựng Kế hoạch 5 năm 2021 - 2025 của Huyện ủy.", []),
        // Symbols named across a title.
        .init("Dự án sửa đổi Bộ luật tố tụng hình sự số 101/2015/QH13 được thông qua.",
              ["luat|101|101/2015/QH13|-|-|-"]),
        .init("Quyết định giám đốc thẩm số 04/2018/HC-GĐT ngày 23/10/2018 của Tòa án nhân dân cấp cao.",
              ["quyet_dinh|04|04/2018/HC-GĐT|2018-10-23|Tòa án nhân dân cấp cao|-"]),
        .init("Thực hiện Quy định về chuẩn mực đạo đức số 144-QĐ/TW của Bộ Chính trị.",
              ["quy_dinh|144|144-QĐ/TW|-|Bộ Chính trị|-"]),
        .init("Kế hoạch số 46-KH/TU của Thành ủy Mỹ Tho Về thực hiện chuyên đề.",
              ["ke_hoach|46|46-KH/TU|-|Thành ủy Mỹ Tho|-"]),
        .init("Thực hiện Chỉ thị 05 Kết số 01-KL/TW ngày 18/5/2021.",
              ["chi_thi|05|-|-|-|-", "ket_luan|01|01-KL/TW|2021-05-18|-|-"]),
        // Bare symbols.
        .init("Triển khai theo 05-CT/TW và các văn bản liên quan.", ["chi_thi|05|05-CT/TW|-|-|-"]),
        .init("Các đơn vị thực hiện tốt 01-KL/TW.", ["ket_luan|01|01-KL/TW|-|-|-"]),
        // Mentions of one document merge.
        .init("Chỉ thị 05 được triển khai sâu rộng. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị là văn bản quan trọng.",
              ["chi_thi|05|05-CT/TW|2016-05-15|Bộ Chính trị|-"]),
        .init("Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Tỉnh ủy.",
              ["chi_thi|05|05-CT/TW|-|Bộ Chính trị|-", "chi_thi|05|05-CT/TU|-|Tỉnh ủy|-"]),
        // Counter-examples.
        .init("Học tập Nghị quyết Trung ương 4 khóa XII và Nghị quyết Đại hội XIII của Đảng.", []),
        .init("Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV nhiệm kỳ 2020 – 2025.", []),
        .init("Thực hiện các chỉ thị, nghị quyết chuyên đề của cấp trên.", []),
        .init("Xây dựng kế hoạch 5 năm và hướng dẫn 50 hộ dân.", []),
        .init("Kế hoạch năm 2021 đã hoàn thành; Kế hoạch 2022 đang triển khai.", []),
        .init("Đã thi hành kỷ luật 15 đảng viên vi phạm pháp luật 2 lần.", []),
        .init("Ban hành 3 nghị quyết, 12 kế hoạch và 5 chỉ thị.", []),
        .init("Báo cáo 15/5/2023 cho thấy kết quả tốt.", []),
        .init("Hội nghị đã quyết định 3 vấn đề lớn và kết luận 2 nội dung.", []),
        .init("Bộ Chính trị chỉ thị 5 nhiệm vụ trọng tâm.", []),
        .init("Ngày 15/5/2016 và 13-8-2021 là các mốc quan trọng.", []),
        .init("Tỷ lệ đạt 99,7% theo báo cáo 3,5 điểm.", []),
        .init("Thực hiện theo quy định của pháp luật số 12 tại địa phương.", []),
        .init("Tổ chức 5 hội nghị quán triệt các nghị quyết của Đảng năm 2023.", []),
        .init("Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII.", []),
    ]

    @Test(arguments: cases)
    func citation(_ example: DirectiveSentenceCase) {
        #expect(directiveSummaries(example.sentence) == example.expected)
    }

    /// Long texts go through windowed matching; results and offsets must not change.
    @Test(arguments: cases.filter { !$0.expected.isEmpty }.prefix(40))
    func citationInsideLongText(_ example: DirectiveSentenceCase) {
        let filler = String(repeating: "Các cơ quan, đơn vị tiếp tục tuyên truyền sâu rộng trong nhân dân. ", count: 20)
        let text = AnalyzedText(filler + example.sentence + " " + filler)
        let items = DirectiveExtractor().extract(from: text)
        #expect(items.map(directiveSummary) == example.expected)
        let short = DirectiveExtractor().extract(from: AnalyzedText(example.sentence))
        let offset = AnalyzedText(filler).count
        #expect(items.map { $0.mentions.map { $0.start - offset } } == short.map { $0.mentions.map(\.start) })
    }

    @Test func issuerAfterIssuanceIsNotTakenForCitedDocument() {
        let sentence = "Tỉnh ủy đã ban hành kế hoạch thực hiện Chỉ thị 05 trong toàn Đảng bộ."
        #expect(directiveSummaries(sentence) == ["chi_thi|05|-|-|-|-"])
    }

    @Test func mentionsSpanKindWordThroughSymbol() {
        let text = "Theo Chỉ thị số 05-CT/TW, rồi Chỉ thị 05."
        let items = DirectiveExtractor().extract(from: AnalyzedText(text))
        #expect(items.count == 1)
        let analyzed = AnalyzedText(text)
        #expect(items.first?.mentions.map { analyzed.slice($0.range) } == ["Chỉ thị số 05-CT/TW", "Chỉ thị 05"])
    }
}
